//! The `programmes` table.

use sea_orm::entity::prelude::*;

/// A national programme that runs calls.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "programmes")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
    /// The national agency that owns it.
    pub agency_id: Uuid,
    /// ISO 4217 currency of every amount.
    pub currency: String,
    /// Default months between progress reports.
    pub reporting_cadence_months: i32,
    /// The languages its calls are published in, comma-separated, the first the one they are written in;
    /// empty when the programme declares none (its calls are shown as written, untranslated).
    pub content_languages: String,
    /// Optimistic-concurrency version.
    pub version: i32,
    /// Created at.
    pub created_at: DateTimeUtc,
    /// Last changed at.
    pub updated_at: DateTimeUtc,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
