//! The `submissions` table.

use sea_orm::entity::prelude::*;

/// What was submitted, frozen: the reference and a JSON snapshot of the whole application.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "submissions")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// Reference number (`TUN-2026-0007`).
    pub reference: String,
    /// JSON snapshot of the application as submitted.
    pub snapshot: String,
    /// Who submitted it.
    pub submitted_by: Uuid,
    /// When.
    pub submitted_at: DateTimeUtc,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
