//! The `projects` table.

use sea_orm::entity::prelude::*;

/// A funded project: one per selected application.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "projects")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The call.
    pub call_id: Uuid,
    /// The selected application.
    pub application_id: Uuid,
    /// The lead organisation.
    pub lead_organisation_id: Uuid,
    /// Title (the application's).
    pub title: String,
    /// The award in minor units.
    pub awarded_minor: i64,
    /// Planned start.
    pub planned_start: Date,
    /// Planned end.
    pub planned_end: Date,
    /// When the grant agreement was signed.
    pub signed_on: Option<Date>,
    /// `active`, `completed` or `terminated`.
    pub status: String,
    /// Why it was terminated.
    pub termination_reason: Option<String>,
    /// The earlier funded (public) project this one replicates.
    pub replicates_project_id: Option<Uuid>,
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
