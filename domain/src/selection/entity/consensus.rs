//! The `consensus_scores` table.

use sea_orm::entity::prelude::*;

/// A score agreed in the committee meeting for one criterion of one application, recorded by the chair.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "consensus_scores")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The call.
    pub call_id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// The criterion.
    pub criterion_id: Uuid,
    /// The agreed score, in [0, max].
    pub score: i32,
    /// Why the committee agreed on it.
    pub rationale: String,
    /// The chair who recorded it.
    pub recorded_by: Uuid,
    /// When.
    pub recorded_at: DateTimeUtc,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
