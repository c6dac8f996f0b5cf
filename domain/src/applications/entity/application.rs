//! The `applications` table.

use sea_orm::entity::prelude::*;

/// An application as stored: the draft content, money in minor units of the call's currency, answers as
/// JSON keyed by question id.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "applications")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The call applied to.
    pub call_id: Uuid,
    /// The applying organisation.
    pub lead_organisation_id: Uuid,
    /// Lifecycle state, by name.
    pub state: String,
    /// Reference number, once submitted.
    pub reference: Option<String>,
    /// Project title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Problem addressed.
    pub problem: String,
    /// Objectives.
    pub objectives: String,
    /// Citizen-participation plan.
    pub participation_plan: String,
    /// JSON object: question id to answer.
    pub answers: String,
    /// Sum of the budget lines.
    pub requested_minor: i64,
    /// Co-funding.
    pub co_funding_minor: i64,
    /// Why it was screened as it was.
    pub screening_reason: Option<String>,
    /// Who screened it.
    pub screened_by: Option<Uuid>,
    /// When it was screened.
    pub screened_at: Option<DateTimeUtc>,
    /// When it was submitted.
    pub submitted_at: Option<DateTimeUtc>,
    /// When it was withdrawn.
    pub withdrawn_at: Option<DateTimeUtc>,
    /// The earlier funded (public) project this application proposes to replicate.
    pub replicates_project_id: Option<Uuid>,
    /// Who started it.
    pub created_by: Uuid,
    /// Optimistic-concurrency version.
    pub version: i32,
    /// Started at.
    pub created_at: DateTimeUtc,
    /// Last changed at.
    pub updated_at: DateTimeUtc,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
