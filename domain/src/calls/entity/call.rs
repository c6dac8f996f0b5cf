//! The `calls` table.

use sea_orm::entity::prelude::*;

/// A call for proposals as stored. Money in minor units of the programme's currency; the tie-break order,
/// quotas and eligibility rules as JSON.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "calls")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The programme it belongs to.
    pub programme_id: Uuid,
    /// Reference code.
    pub code: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Lifecycle state as recorded (see `CallState::effective` for the deadline).
    pub state: String,
    /// Opening.
    pub opens_at: DateTimeUtc,
    /// Deadline; not one in a rolling call (see [`Model::deadline`]), where it is kept only as written.
    pub closes_at: DateTimeUtc,
    /// IANA display time zone.
    pub time_zone: String,
    /// Total budget.
    pub total_budget_minor: i64,
    /// Smallest award.
    pub min_award_minor: i64,
    /// Largest award.
    pub max_award_minor: i64,
    /// Slots.
    pub max_awards: i32,
    /// Reviews needed per application.
    pub min_reviews: i32,
    /// Qualifying total, a decimal string.
    pub min_total_score: Option<String>,
    /// JSON list of criterion positions.
    pub tie_break: String,
    /// JSON list of quotas.
    pub quotas: String,
    /// JSON list of eligibility rules.
    pub eligibility_rules: String,
    /// Months between progress reports.
    pub reporting_cadence_months: i32,
    /// How reviewers' scores combine per criterion: `mean` or `median`.
    pub aggregation: String,
    /// Whether per-reviewer z-scores are shown beside the raw figures.
    pub normalise_scores: bool,
    /// Spread (points on 0-100) from which an application is flagged for discussion, a decimal string.
    pub disagreement_threshold: Option<String>,
    /// The lottery seed that breaks exact ties, drawn when reviewing starts; only its SHA-256 commitment is
    /// shown until scoring closes.
    pub lottery_seed: Option<String>,
    /// When scoring closed: reviews and consensus scores are locked and the lottery seed is revealed.
    pub scoring_closed_at: Option<DateTimeUtc>,
    /// When the results were published.
    pub results_published_at: Option<DateTimeUtc>,
    /// The tranche template of its funded projects (`projects::schedule::TemplateRule` list as JSON); the
    /// default template when absent.
    pub tranche_template: Option<String>,
    /// How it selects: `competitive`, `benchmark` or `enrolment` (`selection::modes::SelectionMode`).
    pub selection_mode: String,
    /// The benchmark's core criteria and levels (`selection::benchmark::Benchmark` as JSON).
    pub benchmark: Option<String>,
    /// Whether it takes applications until a manager closes it, each decided as it comes (benchmark and
    /// enrolment calls only).
    pub rolling: bool,
    /// The call this one was cloned from.
    pub cloned_from: Option<Uuid>,
    /// Optimistic-concurrency version.
    pub version: i32,
    /// Created at.
    pub created_at: DateTimeUtc,
    /// Last changed at.
    pub updated_at: DateTimeUtc,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// The deadline applications must meet: none in a rolling call, which is open until a manager closes it.
    pub fn deadline(&self) -> Option<DateTimeUtc> {
        (!self.rolling).then_some(self.closes_at)
    }

    /// Whether the committee may score and be assigned: while the call is reviewing and scoring is open. A
    /// rolling call is scored as its applications come, from opening until it is decided.
    pub fn scoring_open(&self) -> bool {
        use crate::calls::CallState;
        let state = CallState::parse(&self.state);
        let scoring = state == Some(CallState::Reviewing)
            || (self.rolling && matches!(state, Some(CallState::Open | CallState::Closed)));
        scoring && self.scoring_closed_at.is_none()
    }
}
