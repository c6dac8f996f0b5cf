//! The selection board: every submitted application of a call with its figures, its place in the ranking,
//! the greedy proposal and the optimised selection side by side, managers' overrides and the outcome they
//! lead to, and what still stands in the way of finalising. Computed afresh from the reviews on each request,
//! so that it can never disagree with them; only the optimised selection, the one costly part, comes from the
//! [`Optimiser`]'s cache, keyed by the exact ranking and limits it was searched for.

use std::collections::{BTreeMap, HashMap, HashSet};

use rust_decimal::Decimal;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use super::aggregate::{self, Aggregation, AggregationSettings, ApplicationFigures, CriterionRule};
use super::benchmark::{Assessment, Benchmark};
use super::entity::{consensus, decision_override};
use super::lottery::Lottery;
use super::modes::{self, SelectionMode};
use super::optimum::{Optimiser, OptimumView};
use super::proposal::{self, Limits, Outcome, Proposed};
use super::ranking::{self, Entry, Ranked, RankingRules};
use super::views::{self, ConsensusView, OverrideView};
use crate::applications::entity::application;
use crate::applications::lifecycle::ApplicationState;
use crate::calls::CriterionView;
use crate::calls::entity::call;
use crate::calls::service::{CallView, load as load_call};
use crate::committee::entity::{assignment, review};
use crate::committee::{self, MemberRole, conflicts};
use crate::organisations::{self, Organisation};
use crate::reviews::sheet::{ReviewState, Score};
use crate::{Actor, Error, Message, Result, Role};

/// One application on the board.
#[derive(Debug, Clone)]
pub struct BoardRow {
    /// The application.
    pub application: application::Model,
    /// Its state.
    pub state: ApplicationState,
    /// Its lead organisation.
    pub lead: Organisation,
    /// Its figures; `None` for a chair who may not see them (conflicted, or own review not submitted).
    pub figures: Option<ApplicationFigures>,
    /// Its place in the ranking.
    pub ranked: Ranked,
    /// What the greedy proposal says.
    pub proposed: Proposed,
    /// Whether the optimised selection includes it (always false on a board without the optimum).
    pub in_optimal: bool,
    /// The consensus scores recorded for it, by criterion position.
    pub consensus: Vec<ConsensusView>,
    /// A manager's override, if any (it decides nothing once the application is screened ineligible).
    pub override_: Option<OverrideView>,
    /// The outcome once overrides are applied.
    pub outcome: Outcome,
    /// The award for a selected application, in minor units: the override's, else its benchmark level's,
    /// else the request.
    pub awarded_minor: Option<i64>,
    /// How it fares against the benchmark, in a benchmark call.
    pub assessment: Option<Assessment>,
}

impl BoardRow {
    /// Whether the proposal and the optimised selection disagree on it.
    pub fn differs(&self) -> bool {
        (self.proposed.outcome == Outcome::Selected) != self.in_optimal
    }

    /// Whether a manager's outcome departs from the proposal.
    pub fn overridden(&self) -> bool {
        self.outcome != self.proposed.outcome
    }
}

/// Awards per quota subdivision once overrides are applied.
#[derive(Debug, Clone)]
pub struct QuotaUse {
    /// The quota.
    pub quota: crate::calls::details::Quota,
    /// Selected applications from it.
    pub selected: usize,
}

/// The whole board. Finalising works from a board without the optimised selection (`Board<()>`), which it
/// never needs.
#[derive(Debug, Clone)]
pub struct Board<Optimum = OptimumView> {
    /// The call.
    pub call: CallView,
    /// How it aggregates.
    pub settings: AggregationSettings,
    /// What the board may know of the lottery: while scoring is open only its commitment, and the ties it
    /// will break are shown unbroken.
    pub lottery: Lottery,
    /// Applications in ranking order.
    pub rows: Vec<BoardRow>,
    /// The optimised selection.
    pub optimal: Optimum,
    /// Sum of the proposal's ranked totals.
    pub proposal_score: Decimal,
    /// Sum of the proposal's requests, in minor units.
    pub proposal_cost_minor: i64,
    /// Selected applications once overrides are applied.
    pub selected: usize,
    /// Their awards, in minor units.
    pub awarded_minor: i64,
    /// Quota use once overrides are applied.
    pub quotas: Vec<QuotaUse>,
    /// What stands in the way of finalising; empty when the call may be finalised.
    pub problems: Vec<Message>,
    /// Whether the viewer is a manager (the chair sees the board but decides nothing).
    pub for_manager: bool,
    /// Whether the viewer chairs the call's committee (a manager may too).
    pub for_chair: bool,
}

impl<Optimum> Board<Optimum> {
    /// Whether the viewer may record consensus scores (see [`views::may_record_consensus`]). With
    /// `refused`, a form just refused is still the chair's to see, with the reason.
    pub fn may_record_consensus(&self, refused: bool) -> bool {
        views::may_record_consensus(
            self.for_chair,
            self.call.state,
            self.call.scoring_closed(),
            refused,
        )
    }

    /// Whether the viewer may override the proposal (see [`views::may_override`]).
    pub fn may_override(&self) -> bool {
        views::may_override(self.for_manager, self.call.state)
    }
}

/// How a call selects, as stored.
pub fn mode_of(call: &call::Model) -> Result<SelectionMode> {
    SelectionMode::parse(&call.selection_mode)
        .ok_or_else(|| Error::internal(format!("unknown selection mode {}", call.selection_mode)))
}

/// A call's benchmark as stored (empty when it has none: the criterion minimums and minimum total alone).
pub fn benchmark_of(call: &call::Model) -> Result<Benchmark> {
    call.benchmark
        .as_deref()
        .map(crate::db::from_json)
        .transpose()
        .map(Option::unwrap_or_default)
}

/// The benchmark's assessment of one application's figures, with the call's criteria and minimum total.
pub fn assess(
    benchmark: &Benchmark,
    call: &CallView,
    scores: &[Option<Decimal>],
    total: Option<Decimal>,
) -> Result<Assessment> {
    let bars = benchmark.bars(
        &call
            .criteria
            .iter()
            .map(|c| (c.position, c.min_score.map(Decimal::from)))
            .collect::<Vec<_>>(),
    );
    let min_total = call
        .call
        .min_total_score
        .as_deref()
        .map(parse_decimal)
        .transpose()?;
    Ok(benchmark.assess(&bars, min_total, scores, total))
}

/// The settings a call's rows hold.
pub fn settings_of(call: &call::Model) -> Result<AggregationSettings> {
    Ok(AggregationSettings {
        method: Aggregation::parse(&call.aggregation)
            .ok_or_else(|| Error::internal(format!("unknown aggregation {}", call.aggregation)))?,
        normalise: call.normalise_scores,
        disagreement_threshold: call
            .disagreement_threshold
            .as_deref()
            .map(parse_decimal)
            .transpose()?,
    })
}

pub(crate) fn parse_decimal(text: &str) -> Result<Decimal> {
    text.parse()
        .map_err(|_| Error::internal(format!("stored decimal {text}")))
}

/// The criteria as aggregation needs them.
pub(crate) fn rules_of(criteria: &[CriterionView]) -> Result<Vec<CriterionRule>> {
    criteria
        .iter()
        .map(|c| {
            Ok(CriterionRule {
                id: c.id,
                weight: c.weight,
                max_score: c.max_score,
                min_score: c.min_score,
            })
        })
        .collect()
}

/// Whether an application was screened eligible (selection states come only from eligible ones).
pub(crate) fn screened_eligible(state: ApplicationState) -> bool {
    matches!(
        state,
        ApplicationState::Eligible
            | ApplicationState::Selected
            | ApplicationState::Waitlisted
            | ApplicationState::NotSelected
    )
}

/// The applications a call decides on: every one submitted and not withdrawn.
pub(crate) async fn applications_of(
    conn: &impl ConnectionTrait,
    call_id: Uuid,
) -> Result<Vec<(application::Model, ApplicationState)>> {
    let rows = application::Entity::find()
        .filter(application::Column::CallId.eq(call_id))
        .filter(application::Column::State.is_not_in([
            ApplicationState::Draft.as_str(),
            ApplicationState::Withdrawn.as_str(),
        ]))
        .order_by_asc(application::Column::Reference)
        .all(conn)
        .await?;
    rows.into_iter()
        .map(|app| {
            let state = ApplicationState::parse(&app.state).ok_or_else(|| {
                Error::internal(format!("unknown application state {}", app.state))
            })?;
            Ok((app, state))
        })
        .collect()
}

/// The reviews that count: submitted, by a member still assigned to the application.
pub(crate) async fn counted_reviews(
    conn: &impl ConnectionTrait,
    call_id: Uuid,
) -> Result<Vec<review::Model>> {
    let assigned: HashSet<(Uuid, Uuid)> = assignment::Entity::find()
        .filter(assignment::Column::CallId.eq(call_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|a| (a.application_id, a.user_id))
        .collect();
    Ok(review::Entity::find()
        .filter(review::Column::CallId.eq(call_id))
        .filter(review::Column::State.eq(ReviewState::Submitted.as_str()))
        .order_by_asc(review::Column::SubmittedAt)
        .order_by_asc(review::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .filter(|r| assigned.contains(&(r.application_id, r.user_id)))
        .collect())
}

/// The scores of the reviews that count (submitted, by a member still assigned), as aggregation needs them.
/// A large call has tens of thousands of reviews, so only the three columns aggregation uses are read, the
/// assignments are joined in the database, and each score's comment is skipped while parsing.
pub(crate) async fn counted_scores(
    conn: &impl ConnectionTrait,
    call_id: Uuid,
) -> Result<Vec<aggregate::ReviewScores>> {
    use sea_orm::sea_query::{Order, Query};
    /// A stored score without its comment.
    #[derive(serde::Deserialize)]
    struct StoredScore {
        criterion_id: Uuid,
        score: Option<i32>,
    }
    let query = Query::select()
        .column((review::Entity, review::Column::ApplicationId))
        .column((review::Entity, review::Column::UserId))
        .column((review::Entity, review::Column::Scores))
        .apply(|query| from_counted_reviews(query, call_id))
        .order_by((review::Entity, review::Column::SubmittedAt), Order::Asc)
        .order_by((review::Entity, review::Column::Id), Order::Asc)
        .to_owned();
    conn.query_all(&query)
        .await?
        .into_iter()
        .map(|row| {
            let scores: String = row.try_get_by_index(2)?;
            let scores: Vec<StoredScore> = serde_json::from_str(&scores)
                .map_err(|err| Error::internal(format!("stored scores: {err}")))?;
            Ok(aggregate::ReviewScores {
                application_id: row.try_get_by_index(0)?,
                reviewer_id: row.try_get_by_index(1)?,
                scores: scores
                    .into_iter()
                    .filter_map(|s| s.score.map(|score| (s.criterion_id, score)))
                    .collect(),
            })
        })
        .collect()
}

/// Selects from the reviews that count: submitted, by a member still assigned to the application.
fn from_counted_reviews(query: &mut sea_orm::sea_query::SelectStatement, call_id: Uuid) {
    use sea_orm::sea_query::{Expr, ExprTrait};
    query
        .from(review::Entity)
        .inner_join(
            assignment::Entity,
            Expr::col((assignment::Entity, assignment::Column::ApplicationId))
                .equals((review::Entity, review::Column::ApplicationId))
                .and(
                    Expr::col((assignment::Entity, assignment::Column::UserId))
                        .equals((review::Entity, review::Column::UserId)),
                ),
        )
        .and_where(Expr::col((review::Entity, review::Column::CallId)).eq(call_id))
        .and_where(
            Expr::col((review::Entity, review::Column::State)).eq(ReviewState::Submitted.as_str()),
        );
}

/// The stored scores of a review.
pub(crate) fn scores_of(review: &review::Model) -> Result<Vec<Score>> {
    serde_json::from_str(&review.scores)
        .map_err(|err| Error::internal(format!("stored scores: {err}")))
}

/// Who may see the board: managers, and the chair of the call's committee. Returns whether the viewer is a
/// manager, and whether they chair the committee.
async fn viewer(conn: &impl ConnectionTrait, actor: &Actor, call_id: Uuid) -> Result<(bool, bool)> {
    let chair = committee::seat_of(conn, call_id, actor.user_id)
        .await?
        .is_some_and(|seat| seat.role == MemberRole::Chair.as_str());
    if actor.has(Role::Manager) {
        Ok((true, chair))
    } else if chair {
        Ok((false, true))
    } else {
        Err(Error::Forbidden)
    }
}

/// Shows the board of a call to managers and the chair. A draft's board is empty but holds the scoring
/// settings, which are set there before the call opens.
pub async fn board(
    conn: &impl ConnectionTrait,
    optimiser: &Optimiser,
    actor: &Actor,
    call_id: Uuid,
) -> Result<Board> {
    let call = load_call(conn, call_id).await?;
    let (for_manager, for_chair) = viewer(conn, actor, call_id).await?;
    let hidden = if for_manager {
        HashSet::new()
    } else {
        hidden_from_chair(conn, call_id, actor.user_id).await?
    };
    let lottery = call.lottery();
    let mut board = compute(conn, call, lottery, for_manager, &hidden).await?;
    board.for_chair = for_chair;
    board.with_optimum(optimiser).await
}

impl Board<()> {
    /// Adds the optimised selection, from the optimiser's cache when the ranking and limits are unchanged.
    pub(crate) async fn with_optimum(self, optimiser: &Optimiser) -> Result<Board> {
        let ranking = self.rows.iter().map(|r| &r.ranked);
        let optimal = optimiser
            .optimum(self.call.call.id, ranking, &limits_of(&self.call))
            .await?;
        let chosen: HashSet<Uuid> = optimal.optimal.selected.iter().copied().collect();
        let mut rows = self.rows;
        for row in &mut rows {
            row.in_optimal = chosen.contains(&row.application.id);
        }
        Ok(Board {
            call: self.call,
            settings: self.settings,
            lottery: self.lottery,
            rows,
            optimal,
            proposal_score: self.proposal_score,
            proposal_cost_minor: self.proposal_cost_minor,
            selected: self.selected,
            awarded_minor: self.awarded_minor,
            quotas: self.quotas,
            problems: self.problems,
            for_manager: self.for_manager,
            for_chair: self.for_chair,
        })
    }
}

/// The limits a call selects within.
fn limits_of(call: &CallView) -> Limits {
    Limits {
        budget_minor: call.call.total_budget_minor,
        slots: usize::try_from(call.call.max_awards).unwrap_or(0),
        quotas: call.quotas.clone(),
    }
}

/// The applications whose figures the chair may not see: those they are conflicted on, and those they are
/// assigned to and have not submitted their own review of yet (the figures would break blind review).
pub(crate) async fn hidden_from_chair(
    conn: &impl ConnectionTrait,
    call_id: Uuid,
    chair: Uuid,
) -> Result<HashSet<Uuid>> {
    let mut hidden: HashSet<Uuid> = conflicts::conflict_pairs(conn, call_id)
        .await?
        .into_iter()
        .filter(|(_, user)| *user == chair)
        .map(|(application, _)| application)
        .collect();
    let submitted: HashSet<Uuid> = review::Entity::find()
        .filter(review::Column::CallId.eq(call_id))
        .filter(review::Column::UserId.eq(chair))
        .filter(review::Column::State.eq(ReviewState::Submitted.as_str()))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| r.application_id)
        .collect();
    hidden.extend(
        assignment::Entity::find()
            .filter(assignment::Column::CallId.eq(call_id))
            .filter(assignment::Column::UserId.eq(chair))
            .all(conn)
            .await?
            .into_iter()
            .map(|a| a.application_id)
            .filter(|application| !submitted.contains(application)),
    );
    Ok(hidden)
}

/// Computes the board without a permission check and without the optimised selection (finalising uses it),
/// with what `lottery` reveals: a sealed lottery leaves its ties unbroken.
pub(crate) async fn compute(
    conn: &impl ConnectionTrait,
    call: CallView,
    lottery: Lottery,
    for_manager: bool,
    hidden: &HashSet<Uuid>,
) -> Result<Board<()>> {
    let settings = settings_of(&call.call)?;
    let criteria = rules_of(&call.criteria)?;
    let applications = applications_of(conn, call.call.id).await?;
    let leads: HashMap<Uuid, Organisation> = organisations::entity::Entity::find()
        .filter(
            organisations::entity::Column::Id
                .is_in(applications.iter().map(|(a, _)| a.lead_organisation_id)),
        )
        .all(conn)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let reviews = counted_scores(conn, call.call.id).await?;
    let consensus_rows: Vec<ConsensusView> = consensus::Entity::find()
        .filter(consensus::Column::CallId.eq(call.call.id))
        .all(conn)
        .await?
        .into_iter()
        .map(ConsensusView::from)
        .collect();
    let consensus: BTreeMap<(Uuid, Uuid), i32> = consensus_rows
        .iter()
        .map(|c| ((c.application_id, c.criterion_id), c.score))
        .collect();
    let mut overrides: HashMap<Uuid, OverrideView> = decision_override::Entity::find()
        .filter(decision_override::Column::CallId.eq(call.call.id))
        .all(conn)
        .await?
        .into_iter()
        .map(|o| Ok((o.application_id, OverrideView::try_from(o)?)))
        .collect::<Result<_>>()?;

    // What ranking needs of each application, before its figures exist.
    let entries: Vec<Entry> = applications
        .iter()
        .map(|(app, state)| Entry {
            application_id: app.id,
            reference: app.reference.clone().unwrap_or_default(),
            subdivision: leads
                .get(&app.lead_organisation_id)
                .and_then(|o| o.subdivision.clone()),
            requested_minor: app.requested_minor,
            eligible: screened_eligible(*state),
            reviews: 0,
            scores: Vec::new(),
            total: None,
        })
        .collect();
    let rules = RankingRules {
        min_reviews: usize::try_from(call.call.min_reviews).unwrap_or(0),
        criterion_minimums: criteria
            .iter()
            .map(|c| c.min_score.map(Decimal::from))
            .collect(),
        min_total: call
            .call
            .min_total_score
            .as_deref()
            .map(parse_decimal)
            .transpose()?,
        tie_break: call
            .tie_break
            .iter()
            .filter_map(|position| call.criteria.iter().position(|c| c.position == *position))
            .collect(),
        seed: lottery.seed().map(str::to_owned),
    };
    let limits = limits_of(&call);
    let aggregation = settings.clone();
    let mode = mode_of(&call.call)?;
    let benchmark = benchmark_of(&call.call)?;
    let bars = benchmark.bars(
        &call
            .criteria
            .iter()
            .map(|c| (c.position, c.min_score.map(Decimal::from)))
            .collect::<Vec<_>>(),
    );
    // Aggregating a large call takes tens of milliseconds of CPU: off the async threads that serve everyone.
    let (figures, ranking, proposals, assessments) = tokio::task::spawn_blocking(move || {
        let ids: Vec<Uuid> = entries.iter().map(|e| e.application_id).collect();
        let figures = aggregate::aggregate(&criteria, &ids, &reviews, &consensus, &aggregation);
        let entries = entries
            .into_iter()
            .zip(&figures)
            .map(|(entry, figures)| Entry {
                reviews: figures.reviews,
                scores: figures.criteria.iter().map(|c| c.ranked).collect(),
                total: figures.ranked_total,
                ..entry
            })
            .collect();
        let ranking = ranking::rank(entries, &rules);
        let assessments: Vec<Assessment> = ranking
            .iter()
            .map(|r| benchmark.assess(&bars, rules.min_total, &r.entry.scores, r.entry.total))
            .collect();
        // Only a competitive call rations; the others select every application that meets their rule.
        let proposals = if mode.is_competitive() {
            proposal::propose(&ranking, &limits)
        } else {
            modes::propose(mode, &ranking, rules.min_reviews, &assessments)
        };
        (figures, ranking, proposals, assessments)
    })
    .await
    .map_err(|err| Error::internal(format!("ranking failed: {err}")))?;

    let mut by_id: HashMap<Uuid, (application::Model, ApplicationState, ApplicationFigures)> =
        applications
            .into_iter()
            .zip(figures)
            .map(|((app, state), figures)| (app.id, (app, state, figures)))
            .collect();
    let mut rows = Vec::with_capacity(ranking.len());
    let mut proposal_score = Decimal::ZERO;
    let mut proposal_cost_minor = 0i64;
    let levels = benchmark_of(&call.call)?.levels;
    for ((ranked, proposed), assessment) in ranking.into_iter().zip(proposals).zip(assessments) {
        let assessment = (mode == SelectionMode::Benchmark).then_some(assessment);
        let id = ranked.entry.application_id;
        let (app, state, figures) = by_id
            .remove(&id)
            .ok_or_else(|| Error::Internal("ranked an unknown application".into()))?;
        if proposed.outcome == Outcome::Selected {
            proposal_score += ranked.entry.total.unwrap_or_default();
            proposal_cost_minor = proposal_cost_minor.saturating_add(app.requested_minor);
        }
        let override_ = overrides.remove(&id);
        // Outcomes are overridden for eligible applications only (as `set_override` requires): an override
        // left from before the application was screened ineligible stays visible but decides nothing.
        let outcome = override_
            .as_ref()
            .filter(|_| screened_eligible(state))
            .and_then(|o| o.outcome)
            .unwrap_or(proposed.outcome);
        let awarded_minor = (outcome == Outcome::Selected).then(|| {
            override_
                .as_ref()
                .and_then(|o| o.awarded_minor)
                .or_else(|| {
                    let level = assessment.as_ref()?.level?;
                    levels.get(level)?.award_minor
                })
                .unwrap_or(app.requested_minor)
        });
        let lead = leads
            .get(&app.lead_organisation_id)
            .cloned()
            .ok_or_else(|| Error::Internal("application without lead organisation".into()))?;
        let mut consensus: Vec<ConsensusView> = consensus_rows
            .iter()
            .filter(|c| c.application_id == id)
            .cloned()
            .collect();
        consensus.sort_by_key(|c| {
            call.criteria
                .iter()
                .position(|criterion| criterion.id == c.criterion_id)
        });
        rows.push(BoardRow {
            figures: (!hidden.contains(&id)).then_some(figures),
            application: app,
            state,
            lead,
            ranked,
            proposed,
            in_optimal: false,
            consensus,
            override_,
            outcome,
            awarded_minor,
            assessment,
        });
    }
    let selected: Vec<&BoardRow> = rows
        .iter()
        .filter(|r| r.outcome == Outcome::Selected)
        .collect();
    let awarded_minor = selected
        .iter()
        .map(|r| r.awarded_minor.unwrap_or(0))
        .fold(0i64, i64::saturating_add);
    let quotas: Vec<QuotaUse> = call
        .quotas
        .iter()
        .map(|quota| QuotaUse {
            selected: selected
                .iter()
                .filter(|r| {
                    r.lead
                        .subdivision
                        .as_deref()
                        .is_some_and(|s| s.eq_ignore_ascii_case(&quota.subdivision))
                })
                .count(),
            quota: quota.clone(),
        })
        .collect();
    let problems = problems(&call, mode, &rows, selected.len(), awarded_minor, &quotas);
    Ok(Board {
        settings,
        lottery,
        selected: selected.len(),
        call,
        rows,
        optimal: (),
        proposal_score,
        proposal_cost_minor,
        awarded_minor,
        quotas,
        problems,
        for_manager,
        for_chair: false,
    })
}

/// A summary of what a call's board is computed from beyond the call row: any change to an application's
/// screening, request or lead, to a counted review, an assignment that counts a review, a consensus score or
/// an override changes it. Finalising computes the board before its write transaction and compares the
/// stamp inside it, so that it never decides on figures that changed meanwhile.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Stamp {
    /// Count and version sum of the call's applications.
    applications: (i64, i64),
    /// Count and version sum of their lead organisations.
    leads: (i64, i64),
    /// Count and version sum of the submitted reviews by assigned members.
    counted_reviews: (i64, i64),
    consensus: Vec<(Uuid, Uuid, i32)>,
    overrides: Vec<decision_override::Model>,
}

/// The stamp of a call's board inputs as they are now.
pub(crate) async fn stamp(conn: &impl ConnectionTrait, call_id: Uuid) -> Result<Stamp> {
    use sea_orm::sea_query::{Expr, ExprTrait, Query, SelectStatement};
    let count_and_versions = |table: &str| {
        let mut query = Query::select();
        query.expr(Expr::cust("COUNT(*)")).expr(Expr::cust(format!(
            "CAST(COALESCE(SUM({table}.version), 0) AS BIGINT)"
        )));
        query
    };
    async fn pair(conn: &impl ConnectionTrait, query: &SelectStatement) -> Result<(i64, i64)> {
        let row = conn
            .query_one(query)
            .await?
            .ok_or_else(|| Error::Internal("an aggregate returned no row".into()))?;
        let value = |index| row.try_get_by_index::<i64>(index);
        Ok((value(0)?, value(1)?))
    }
    let applications = pair(
        conn,
        count_and_versions("applications")
            .from(application::Entity)
            .and_where(Expr::col((application::Entity, application::Column::CallId)).eq(call_id)),
    )
    .await?;
    let leads = pair(
        conn,
        count_and_versions("organisations")
            .from(application::Entity)
            .inner_join(
                organisations::entity::Entity,
                Expr::col((
                    organisations::entity::Entity,
                    organisations::entity::Column::Id,
                ))
                .equals((application::Entity, application::Column::LeadOrganisationId)),
            )
            .and_where(Expr::col((application::Entity, application::Column::CallId)).eq(call_id)),
    )
    .await?;
    let counted_reviews = pair(
        conn,
        count_and_versions("reviews").apply(|query| from_counted_reviews(query, call_id)),
    )
    .await?;
    let mut consensus: Vec<(Uuid, Uuid, i32)> = consensus::Entity::find()
        .filter(consensus::Column::CallId.eq(call_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|c| (c.application_id, c.criterion_id, c.score))
        .collect();
    consensus.sort_unstable();
    let overrides = decision_override::Entity::find()
        .filter(decision_override::Column::CallId.eq(call_id))
        .order_by_asc(decision_override::Column::ApplicationId)
        .all(conn)
        .await?;
    Ok(Stamp {
        applications,
        leads,
        counted_reviews,
        consensus,
        overrides,
    })
}

/// What stands in the way of finalising: overrides may not push the selection past the slots, the budget
/// or a quota's maximum, no award may fall outside the call's limits, and every application must be
/// screened first.
fn problems(
    call: &CallView,
    mode: SelectionMode,
    rows: &[BoardRow],
    selected: usize,
    awarded_minor: i64,
    quotas: &[QuotaUse],
) -> Vec<Message> {
    let mut problems = Vec::new();
    if call.call.lottery_seed.is_none() {
        problems.push(Message::new("selection-no-seed"));
    }
    let unscreened = rows
        .iter()
        .filter(|r| r.state == ApplicationState::Submitted)
        .count();
    if unscreened > 0 {
        problems.push(Message::new("selection-unscreened").arg("count", unscreened));
    }
    // Benchmark and enrolment calls ration nothing: no slots, budget, quotas or award limits to keep.
    if !mode.is_competitive() {
        return problems;
    }
    if selected > usize::try_from(call.call.max_awards).unwrap_or(0) {
        problems.push(
            Message::new("selection-over-slots")
                .arg("selected", selected)
                .arg("slots", call.call.max_awards),
        );
    }
    // Eligibility already holds every request within the call's award limits; checking again here keeps a
    // stale screening or an edited limit from ever awarding outside them.
    for row in rows {
        if let Some(award) = row.awarded_minor
            && !(call.call.min_award_minor..=call.call.max_award_minor).contains(&award)
        {
            let money = |minor| call.money(minor).to_decimal_string(call.currency);
            problems.push(
                Message::new("selection-award-outside-limits")
                    .arg(
                        "reference",
                        row.application.reference.as_deref().unwrap_or_default(),
                    )
                    .arg("award", money(award))
                    .arg("min", money(call.call.min_award_minor))
                    .arg("max", money(call.call.max_award_minor))
                    .arg("currency", call.currency.code()),
            );
        }
    }
    if awarded_minor > call.call.total_budget_minor {
        let money = |minor| call.money(minor).to_decimal_string(call.currency);
        problems.push(
            Message::new("selection-over-budget")
                .arg("awarded", money(awarded_minor))
                .arg("budget", money(call.call.total_budget_minor))
                .arg("currency", call.currency.code()),
        );
    }
    for used in quotas {
        if let Some(max) = used.quota.max_awards
            && used.selected > usize::try_from(max).unwrap_or(0)
        {
            problems.push(
                Message::new("selection-over-quota")
                    .arg("subdivision", &used.quota.subdivision)
                    .arg("selected", used.selected)
                    .arg("max", max),
            );
        }
    }
    problems
}
