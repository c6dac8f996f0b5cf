//! The `reports` table.

use sea_orm::entity::prelude::*;

/// A progress report of a project, due every N months.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reports")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The project.
    pub project_id: Uuid,
    /// Number, from 1; the last is the final report.
    pub number: i32,
    /// Due date.
    pub due_on: Date,
    /// `due`, `submitted`, `accepted` or `changes_requested`.
    pub state: String,
    /// What happened.
    pub narrative: String,
    /// Spending to date in minor units.
    pub spending_minor: Option<i64>,
    /// JSON list of `{indicator_id, value}` (decimal strings).
    pub indicator_values: String,
    /// When it was last submitted.
    pub submitted_at: Option<DateTimeUtc>,
    /// The managers' comment.
    pub review_comment: Option<String>,
    /// Who reviewed it.
    pub reviewed_by: Option<Uuid>,
    /// When.
    pub reviewed_at: Option<DateTimeUtc>,
    /// When the reminder before the due date was queued.
    pub reminded_before_at: Option<DateTimeUtc>,
    /// When the overdue reminder was queued.
    pub reminded_after_at: Option<DateTimeUtc>,
    /// Lessons learned (final report only): what worked.
    pub what_worked: String,
    /// What did not work.
    pub what_did_not: String,
    /// What another local government needs to copy the pilot.
    pub to_replicate: String,
    /// Whom to ask: a name and email, or a role.
    pub lessons_contact: String,
    /// JSON list of `{commitment_id, rating}`: the team's rating of each commitment's completion.
    pub commitment_ratings: String,
    /// Optimistic-concurrency version.
    pub version: i32,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
