//! The `commitments` table.

use sea_orm::entity::prelude::*;

/// A commitment of a project's action plan; its milestones point to it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "commitments")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The project.
    pub project_id: Uuid,
    /// Order, from 1.
    pub position: i32,
    /// Title.
    pub title: String,
    /// The problem it addresses.
    pub problem: String,
    /// The OGP value it advances: `transparency`, `participation`, `accountability` or `inclusion`.
    pub value: String,
    /// The institution that leads it.
    pub lead_institution: String,
    /// Who added it.
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
