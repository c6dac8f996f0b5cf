//! The `milestones` table.

use sea_orm::entity::prelude::*;

/// A milestone of a project, with the team's evidence and the managers' review.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "milestones")]
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
    /// What is expected.
    pub description: String,
    /// Due date.
    pub due_on: Date,
    /// `pending`, `submitted`, `accepted` or `changes_requested`.
    pub state: String,
    /// The team's evidence.
    pub evidence: String,
    /// When evidence was last submitted.
    pub submitted_at: Option<DateTimeUtc>,
    /// The managers' comment.
    pub review_comment: Option<String>,
    /// Who reviewed it.
    pub reviewed_by: Option<Uuid>,
    /// When.
    pub reviewed_at: Option<DateTimeUtc>,
    /// The action-plan commitment it belongs to, if any.
    pub commitment_id: Option<Uuid>,
    /// Whether it records the council's adoption of the action plan.
    pub adoption: bool,
    /// Optimistic-concurrency version.
    pub version: i32,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
