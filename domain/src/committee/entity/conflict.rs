//! The `conflicts` table.

use sea_orm::entity::prelude::*;

/// A committee member's conflict of interest on one application.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "conflicts")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The call.
    pub call_id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// The member.
    pub user_id: Uuid,
    /// `automatic` (their organisation applied) or `declared` (by the member).
    pub source: String,
    /// institutional, personal, financial or other.
    pub kind: String,
    /// The member's explanation (or, when automatic, which organisation).
    pub note: String,
    /// declared, confirmed or waived.
    pub status: String,
    /// Who confirmed or waived it.
    pub decided_by: Option<Uuid>,
    /// Why.
    pub decision_reason: Option<String>,
    /// When.
    pub decided_at: Option<DateTimeUtc>,
    /// When it was recorded.
    pub created_at: DateTimeUtc,
    /// Optimistic-concurrency version.
    pub version: i32,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
