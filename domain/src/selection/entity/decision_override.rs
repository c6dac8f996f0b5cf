//! The `decision_overrides` table.

use sea_orm::entity::prelude::*;

/// A manager's departure from the proposal for one application, before the call is finalised.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "decision_overrides")]
pub struct Model {
    /// The application.
    #[sea_orm(primary_key, auto_increment = false)]
    pub application_id: Uuid,
    /// The call.
    pub call_id: Uuid,
    /// The outcome imposed (`selected`, `waitlisted`, `not_selected`); `None` follows the proposal.
    pub outcome: Option<String>,
    /// The written justification, required with an outcome.
    pub justification: Option<String>,
    /// The award, when lowered below the request, in minor units.
    pub awarded_minor: Option<i64>,
    /// The manager who last changed it.
    pub updated_by: Uuid,
    /// When.
    pub updated_at: DateTimeUtc,
    /// Optimistic-concurrency version.
    pub version: i32,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
