//! The `assistance_requests` table.

use sea_orm::entity::prelude::*;

/// A request for technical assistance by a project team.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "assistance_requests")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The project.
    pub project_id: Uuid,
    /// What help is needed on.
    pub topic: String,
    /// Details.
    pub description: String,
    /// `open`, `assigned` or `resolved`.
    pub state: String,
    /// The expert assigned.
    pub expert_id: Option<Uuid>,
    /// JSON list of `{at, by, text}`.
    pub notes: String,
    /// Who asked.
    pub created_by: Uuid,
    /// When.
    pub created_at: DateTimeUtc,
    /// Optimistic-concurrency version.
    pub version: i32,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
