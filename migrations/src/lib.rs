//! Convoca's database schema as sea-orm migrations.
//!
//! One schema serves SQLite and PostgreSQL, so migrations use only portable column types: money is stored as
//! `i64` minor units (never a decimal column), identifiers as UUIDs, times as UTC timestamps.

pub use sea_orm_migration::prelude::*;

mod m20261126_000001_foundation;
mod m20261126_000002_programmes_and_calls;
mod m20261126_000003_applications;
mod m20261126_000004_committees;
mod m20261126_000005_reviews;
mod m20261126_000006_selection;
mod m20261126_000007_projects;
mod m20261206_000008_scoring_closed;
mod m20261207_000009_email;
mod m20261207_000010_content_languages;
mod m20261208_000011_exchanges;
mod m20261208_000012_lessons_and_replication;
mod m20261209_000013_selection_modes;
mod m20261209_000014_commitments;
mod m20261209_000015_rolling_calls;
mod m20261209_000016_job_leases;
mod m20261209_000017_cache_generation;

/// Applies Convoca's migrations in order.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261126_000001_foundation::Migration),
            Box::new(m20261126_000002_programmes_and_calls::Migration),
            Box::new(m20261126_000003_applications::Migration),
            Box::new(m20261126_000004_committees::Migration),
            Box::new(m20261126_000005_reviews::Migration),
            Box::new(m20261126_000006_selection::Migration),
            Box::new(m20261126_000007_projects::Migration),
            Box::new(m20261206_000008_scoring_closed::Migration),
            Box::new(m20261207_000009_email::Migration),
            Box::new(m20261207_000010_content_languages::Migration),
            Box::new(m20261208_000011_exchanges::Migration),
            Box::new(m20261208_000012_lessons_and_replication::Migration),
            Box::new(m20261209_000013_selection_modes::Migration),
            Box::new(m20261209_000014_commitments::Migration),
            Box::new(m20261209_000015_rolling_calls::Migration),
            Box::new(m20261209_000016_job_leases::Migration),
            Box::new(m20261209_000017_cache_generation::Migration),
        ]
    }
}
