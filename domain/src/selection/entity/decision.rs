//! The `decisions` table.

use sea_orm::entity::prelude::*;

/// The final decision on one application, written when the call is finalised and never changed.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "decisions")]
pub struct Model {
    /// The application.
    #[sea_orm(primary_key, auto_increment = false)]
    pub application_id: Uuid,
    /// The call.
    pub call_id: Uuid,
    /// 1-based rank among qualifying applications.
    pub rank: Option<i32>,
    /// The ranked total (0-100), a decimal string at full precision.
    pub total: Option<String>,
    /// JSON list of `{criterion_id, score}` with the ranked figure per criterion as a decimal string.
    pub scores: String,
    /// Submitted reviews counted.
    pub reviews: i32,
    /// The lottery key, when the lottery broke a tie it was in.
    pub lottery_key: Option<String>,
    /// `selected`, `waitlisted` or `not_selected`.
    pub outcome: String,
    /// Why (a `proposal::Reason` name, or `override`).
    pub reason: String,
    /// What the proposal said.
    pub proposed_outcome: String,
    /// The proposal's reason.
    pub proposed_reason: String,
    /// The manager's justification when the outcome departs from the proposal.
    pub justification: Option<String>,
    /// The award for a selected application, in minor units.
    pub awarded_minor: Option<i64>,
    /// The manager who finalised.
    pub decided_by: Uuid,
    /// When.
    pub decided_at: DateTimeUtc,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
