//! The `selection` tag: the selection board (figures, ranking, proposal beside the optimised selection),
//! aggregation settings, consensus scores, overrides, finalising, and the published results with each
//! applicant's feedback.

use crate::strict::StrictJson;
use chrono::{DateTime, Utc};
use domain::selection::aggregate::{ApplicationFigures, Spread};
use domain::selection::board::{self, Board, BoardRow};
use domain::selection::decisions::{self, ConsensusInput, ModeInput, OverrideInput, SettingsInput};
use domain::selection::ranking::{Disqualification, TieBreak};
use domain::selection::results::{self, Feedback, ResultRow, Results};
use domain::selection::rolling;
use domain::selection::{ConsensusView, OverrideView};
use poem::web::Data;
use poem_openapi::param::Path;
use poem_openapi::payload::{Json, PlainText};
use poem_openapi::{Object, OpenApi};
use rust_decimal::Decimal;
use uuid::Uuid;

use crate::AppState;
use crate::accounts::{ApiTags, NoContent};
use crate::applications::CsvFile;
use crate::auth::{Auth, OptionalAuth};
use crate::calls::{BenchmarkIo, CallOut, CriterionOut, SelectionModeIo};
use crate::problem::{ApiResult, request_lang};
use crate::schema::count;

fn decimal(value: Option<Decimal>) -> Option<String> {
    value.map(|d| d.to_string())
}

/// A translated message with its catalog key.
#[derive(Debug, Clone, Object)]
pub struct SelectionMessageOut {
    /// The message, in the language of `Accept-Language`.
    pub message: String,
    /// Its catalog key.
    pub code: String,
}

/// One criterion's figures for one application. Decimals are strings at full precision.
#[derive(Debug, Clone, Object)]
pub struct CriterionFiguresOut {
    /// The criterion.
    pub criterion_id: Uuid,
    /// Mean or median of the submitted scores.
    pub aggregate: Option<String>,
    /// The consensus score, when the chair recorded one.
    pub consensus: Option<i32>,
    /// What ranks: the consensus when recorded, else the aggregate.
    pub ranked: Option<String>,
    /// Highest minus lowest score.
    pub range: String,
    /// Population standard deviation of the scores.
    pub std_dev: String,
    /// Mean of the reviewers' z-scores, when normalisation is on.
    pub normalised: Option<String>,
    /// Whether the spread reaches the disagreement threshold.
    pub flagged: bool,
}

/// An application's figures.
#[derive(Debug, Clone, Object)]
pub struct FiguresOut {
    /// Per criterion, in the call's order.
    pub criteria: Vec<CriterionFiguresOut>,
    /// Weighted total (0-100) of the aggregates.
    pub total: Option<String>,
    /// Weighted total of the ranked figures (consensus where recorded): what ranks.
    pub ranked_total: Option<String>,
    /// Range of the reviewers' own totals.
    pub total_range: String,
    /// Standard deviation of the reviewers' own totals.
    pub total_std_dev: String,
    /// Mean of the reviewers' z-scores of their totals, when normalisation is on.
    pub normalised_total: Option<String>,
    /// Flagged for discussion.
    pub flagged: bool,
}

fn spread(s: &Spread) -> (String, String) {
    (s.range.to_string(), s.std_dev.to_string())
}

impl From<&ApplicationFigures> for FiguresOut {
    fn from(f: &ApplicationFigures) -> Self {
        let (total_range, total_std_dev) = spread(&f.total_spread);
        FiguresOut {
            criteria: f
                .criteria
                .iter()
                .map(|c| {
                    let (range, std_dev) = spread(&c.spread);
                    CriterionFiguresOut {
                        criterion_id: c.criterion_id,
                        aggregate: decimal(c.aggregate),
                        consensus: c.consensus,
                        ranked: decimal(c.ranked),
                        range,
                        std_dev,
                        normalised: decimal(c.normalised),
                        flagged: c.flagged,
                    }
                })
                .collect(),
            total: decimal(f.total),
            ranked_total: decimal(f.ranked_total),
            total_range,
            total_std_dev,
            normalised_total: decimal(f.normalised_total),
            flagged: f.flagged,
        }
    }
}

/// A consensus score as recorded.
#[derive(Debug, Clone, Object)]
pub struct ConsensusOut {
    /// The criterion.
    pub criterion_id: Uuid,
    /// The agreed score.
    pub score: i32,
    /// Why.
    pub rationale: String,
    /// When it was recorded.
    pub recorded_at: DateTime<Utc>,
}

impl From<&ConsensusView> for ConsensusOut {
    fn from(c: &ConsensusView) -> Self {
        ConsensusOut {
            criterion_id: c.criterion_id,
            score: c.score,
            rationale: c.rationale.clone(),
            recorded_at: c.recorded_at,
        }
    }
}

/// A manager's override.
#[derive(Debug, Clone, Object)]
pub struct OverrideOut {
    /// The outcome imposed; null keeps the proposal's.
    pub outcome: Option<String>,
    /// The written justification.
    pub justification: Option<String>,
    /// The lowered award, a decimal string; null awards the request.
    pub awarded_amount: Option<String>,
    /// When it was last changed.
    pub updated_at: DateTime<Utc>,
    /// Send it back when changing it.
    pub version: i32,
}

fn override_out(o: &OverrideView, board: &Board) -> OverrideOut {
    OverrideOut {
        outcome: o.outcome.map(|outcome| outcome.as_str().to_owned()),
        justification: o.justification.clone(),
        awarded_amount: o
            .awarded_minor
            .map(|m| board.call.money(m).to_decimal_string(board.call.currency)),
        updated_at: o.updated_at,
        version: o.version,
    }
}

fn disqualification_name(d: Disqualification) -> String {
    match d {
        Disqualification::Ineligible => "ineligible".into(),
        Disqualification::TooFewReviews => "too_few_reviews".into(),
        Disqualification::CriterionMinimum(_) => "criterion_minimum".into(),
        Disqualification::Threshold => "threshold".into(),
    }
}

fn tie_break_name(t: &TieBreak, board: &Board) -> String {
    match t {
        TieBreak::Criterion(i) => board.call.criteria.get(*i).map_or_else(
            || "criterion".into(),
            |c| format!("criterion:{}", c.position),
        ),
        TieBreak::Lottery => "lottery".into(),
    }
}

/// One application on the selection board.
#[derive(Debug, Clone, Object)]
pub struct BoardRowOut {
    /// The application.
    pub application_id: Uuid,
    /// Reference.
    pub reference: String,
    /// Title.
    pub title: String,
    /// The lead organisation's name.
    pub lead: String,
    /// Its ISO 3166-2 subdivision.
    pub subdivision: Option<String>,
    /// The application's state.
    pub state: String,
    /// The request, a decimal string.
    pub requested: String,
    /// Submitted reviews counted.
    pub reviews: u32,
    /// Figures; null for a chair conflicted on the application.
    pub figures: Option<FiguresOut>,
    /// 1-based rank among qualifying applications.
    pub rank: Option<u32>,
    /// Why it does not qualify: `ineligible`, `too_few_reviews`, `criterion_minimum`, `threshold`.
    pub disqualification: Option<String>,
    /// What separated it from the application above with an equal total: `criterion:<position>` or `lottery`.
    pub tie_break: Option<String>,
    /// Whether it is tied on total and tie-break criteria with another qualifying application, so that the
    /// lottery decides their order. While scoring is open the lottery is sealed: tied applications share
    /// their rank and are listed in reference order.
    pub lottery_tie: bool,
    /// Its lottery key, when it is in a tie the lottery breaks and the seed is revealed.
    pub lottery_key: Option<String>,
    /// The proposal's outcome: `selected`, `waitlisted`, `not_selected`.
    pub proposed_outcome: String,
    /// The proposal's reason: `ranked`, `minimum_quota`, `slots`, `quota`, `budget`, `ineligible`,
    /// `too_few_reviews`, `criterion_minimum`, `threshold`.
    pub proposed_reason: String,
    /// The reason, translated.
    pub proposed_reason_text: String,
    /// Whether the optimised selection includes it.
    pub in_optimal: bool,
    /// Whether the proposal and the optimised selection disagree on it.
    pub differs: bool,
    /// The consensus scores recorded.
    pub consensus: Vec<ConsensusOut>,
    /// A manager's override.
    #[oai(rename = "override")]
    pub override_: Option<OverrideOut>,
    /// The outcome once overrides apply.
    pub outcome: String,
    /// The award once overrides apply, for a selected application.
    pub awarded_amount: Option<String>,
}

fn row_out(row: &BoardRow, board: &Board) -> BoardRowOut {
    let lang = request_lang();
    let money = |minor| {
        board
            .call
            .money(minor)
            .to_decimal_string(board.call.currency)
    };
    BoardRowOut {
        application_id: row.application.id,
        reference: row.application.reference.clone().unwrap_or_default(),
        title: row.application.title.clone(),
        lead: row.lead.name.clone(),
        subdivision: row.lead.subdivision.clone(),
        state: row.state.as_str().into(),
        requested: money(row.application.requested_minor),
        reviews: count(row.ranked.entry.reviews),
        figures: row.figures.as_ref().map(FiguresOut::from),
        rank: row.ranked.rank.map(count),
        disqualification: row.ranked.disqualification.map(disqualification_name),
        tie_break: row
            .ranked
            .tie_break
            .as_ref()
            .map(|t| tie_break_name(t, board)),
        lottery_tie: row.ranked.lottery_tie,
        lottery_key: row.ranked.lottery_key.clone(),
        proposed_outcome: row.proposed.outcome.as_str().into(),
        proposed_reason: row.proposed.reason.as_str().into(),
        proposed_reason_text: lang.message(&row.proposed.reason.label()),
        in_optimal: row.in_optimal,
        differs: row.differs(),
        consensus: row.consensus.iter().map(ConsensusOut::from).collect(),
        override_: row.override_.as_ref().map(|o| override_out(o, board)),
        outcome: row.outcome.as_str().into(),
        awarded_amount: row.awarded_minor.map(money),
    }
}

/// Awards per quota subdivision.
#[derive(Debug, Clone, Object)]
pub struct QuotaUseOut {
    /// ISO 3166-2 subdivision.
    pub subdivision: String,
    /// Awards reserved for it.
    pub min_awards: Option<i32>,
    /// Most awards it may receive.
    pub max_awards: Option<i32>,
    /// Selected once overrides apply.
    pub selected: u32,
}

/// A selection (the proposal or the optimised one) in figures.
#[derive(Debug, Clone, Object)]
pub struct SelectionSumOut {
    /// Applications selected.
    pub selected: Vec<Uuid>,
    /// Sum of their ranked totals.
    pub total_score: String,
    /// Sum of their requests, a decimal string.
    pub cost: String,
}

/// The optimised selection.
#[derive(Debug, Clone, Object)]
pub struct OptimalOut {
    /// Its figures.
    #[oai(flatten)]
    pub sum: SelectionSumOut,
    /// Whether the search finished, so no better selection exists.
    pub proven: bool,
    /// How far below the best possible total score this selection can be at most (a decimal string);
    /// "0" once proven.
    pub gap: String,
    /// When the search ran: a board viewed again with nothing changed shows the same moment.
    pub computed_at: chrono::DateTime<chrono::Utc>,
    /// How long the search ran, in milliseconds.
    pub search_ms: u64,
    /// The search's time budget, in milliseconds.
    pub time_budget_ms: u64,
}

/// The selection board of a call.
#[derive(Debug, Clone, Object)]
pub struct BoardOut {
    /// The call.
    pub call_id: Uuid,
    /// The call's state.
    pub state: String,
    /// Send it back when finalising.
    pub call_version: i32,
    /// `mean` or `median`.
    pub aggregation: String,
    /// Whether z-scores are shown.
    pub normalise_scores: bool,
    /// The disagreement threshold.
    pub disagreement_threshold: Option<String>,
    /// The lottery seed, drawn when reviewing started; null until scoring closes.
    pub lottery_seed: Option<String>,
    /// The SHA-256 of the seed (lowercase hex), published when reviewing started.
    pub lottery_commitment: Option<String>,
    /// When scoring closed (reviews and consensus scores locked, the seed revealed); null while open.
    pub scoring_closed_at: Option<DateTime<Utc>>,
    /// Currency.
    pub currency: String,
    /// Total budget.
    pub budget: String,
    /// Most awards.
    pub slots: i32,
    /// The call's criteria.
    pub criteria: Vec<CriterionOut>,
    /// Applications in ranking order.
    pub rows: Vec<BoardRowOut>,
    /// The greedy proposal.
    pub proposal: SelectionSumOut,
    /// The selection with the highest total score within budget, slots and maximum quotas.
    pub optimal: OptimalOut,
    /// Selected once overrides apply.
    pub selected: u32,
    /// Their awards, a decimal string.
    pub awarded: String,
    /// Quota use once overrides apply.
    pub quotas: Vec<QuotaUseOut>,
    /// What stands in the way of finalising.
    pub problems: Vec<SelectionMessageOut>,
}

impl From<Board> for BoardOut {
    fn from(board: Board) -> Self {
        let lang = request_lang();
        let money = |minor| {
            board
                .call
                .money(minor)
                .to_decimal_string(board.call.currency)
        };
        let proposal_ids = board
            .rows
            .iter()
            .filter(|r| r.proposed.outcome == domain::selection::proposal::Outcome::Selected)
            .map(|r| r.application.id)
            .collect();
        BoardOut {
            call_id: board.call.call.id,
            state: board.call.state.as_str().into(),
            call_version: board.call.call.version,
            aggregation: board.settings.method.as_str().into(),
            normalise_scores: board.settings.normalise,
            disagreement_threshold: decimal(board.settings.disagreement_threshold),
            lottery_seed: board.lottery.seed().map(str::to_owned),
            lottery_commitment: board.lottery.commitment().map(str::to_owned),
            scoring_closed_at: board.call.call.scoring_closed_at,
            currency: board.call.currency.code().into(),
            budget: money(board.call.call.total_budget_minor),
            slots: board.call.call.max_awards,
            criteria: board.call.criteria.iter().map(CriterionOut::from).collect(),
            rows: board.rows.iter().map(|r| row_out(r, &board)).collect(),
            proposal: SelectionSumOut {
                selected: proposal_ids,
                total_score: board.proposal_score.to_string(),
                cost: money(board.proposal_cost_minor),
            },
            optimal: OptimalOut {
                sum: SelectionSumOut {
                    selected: board.optimal.optimal.selected.clone(),
                    total_score: board.optimal.optimal.total_score.to_string(),
                    cost: money(board.optimal.optimal.cost_minor),
                },
                proven: board.optimal.optimal.proven,
                gap: board.optimal.optimal.gap.to_string(),
                computed_at: board.optimal.computed_at,
                search_ms: board.optimal.search_ms,
                time_budget_ms: board.optimal.time_budget_ms,
            },
            selected: count(board.selected),
            awarded: money(board.awarded_minor),
            quotas: board
                .quotas
                .iter()
                .map(|q| QuotaUseOut {
                    subdivision: q.quota.subdivision.clone(),
                    min_awards: q.quota.min_awards,
                    max_awards: q.quota.max_awards,
                    selected: count(q.selected),
                })
                .collect(),
            problems: board
                .problems
                .iter()
                .map(|p| SelectionMessageOut {
                    message: lang.message(p),
                    code: p.key.clone(),
                })
                .collect(),
        }
    }
}

/// How a call aggregates scores.
#[derive(Debug, Clone, Object)]
pub struct ScoringSettingsIn {
    /// `mean` or `median`; frozen once the call opens.
    #[oai(validator(max_length = 100))]
    pub aggregation: String,
    /// Show per-reviewer z-scores beside the raw figures.
    #[oai(default)]
    pub normalise_scores: bool,
    /// Spread (points on 0-100) from which an application is flagged; null for none.
    #[oai(validator(max_length = 40))]
    pub disagreement_threshold: Option<String>,
    /// How the call selects; unchanged when absent. Frozen once the call opens.
    pub selection_mode: Option<SelectionModeIo>,
    /// A benchmark call's core criteria and levels; unchanged when absent. Frozen once the call opens.
    pub benchmark: Option<BenchmarkIo>,
    /// Rolling admission (benchmark and enrolment calls only): no deadline, each application decided as it
    /// comes; unchanged when absent. Frozen once the call opens.
    pub rolling: Option<bool>,
    /// The call's version as read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
}

/// One consensus score as written.
#[derive(Debug, Clone, Object)]
pub struct ConsensusScoreIn {
    /// The criterion.
    pub criterion_id: Uuid,
    /// The agreed score, from 0 to the criterion's maximum.
    #[oai(validator(maximum(value = "100")))]
    pub score: i32,
    /// Why the committee agreed on it.
    #[oai(validator(max_length = 4000))]
    pub rationale: String,
}

/// The consensus scores of an application.
#[derive(Debug, Clone, Object)]
pub struct ConsensusIn {
    /// One per criterion agreed; an empty list removes them all.
    #[oai(default, validator(max_items = 100))]
    pub scores: Vec<ConsensusScoreIn>,
}

/// A manager's override.
#[derive(Debug, Clone, Object)]
pub struct OverrideIn {
    /// `selected`, `waitlisted` or `not_selected`; null keeps the proposal's outcome.
    #[oai(validator(max_length = 100))]
    pub outcome: Option<String>,
    /// Why the outcome departs from the proposal; required with an outcome.
    #[oai(default, validator(max_length = 4000))]
    pub justification: String,
    /// A lower award, a decimal string; null awards the request.
    #[oai(validator(max_length = 40))]
    pub awarded_amount: Option<String>,
    /// The override's version as read; 0 when there is none.
    #[oai(default, validator(minimum(value = "0")))]
    pub version: i32,
}

/// The application's version, to decide it in a rolling call.
#[derive(Debug, Clone, Object)]
pub struct RollingDecisionIn {
    /// The application's version as read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
}

/// One application decided in a rolling call: final and public at once.
#[derive(Debug, Clone, Object)]
pub struct RollingDecisionOut {
    /// The call.
    pub call_id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// `selected` or `not_selected`.
    pub outcome: String,
    /// Why: `enrolled`, `benchmark`, `below_benchmark`, `too_few_reviews`, `ineligible` or `override`.
    pub reason: String,
    /// The award of a selected application (zero for an enrolment or a recognition without money).
    pub awarded: Option<String>,
    /// When it was decided.
    pub decided_at: DateTime<Utc>,
}

impl From<rolling::RollingDecision> for RollingDecisionOut {
    fn from(d: rolling::RollingDecision) -> Self {
        RollingDecisionOut {
            call_id: d.call_id,
            application_id: d.application_id,
            outcome: d.outcome.as_str().to_owned(),
            reason: d.reason,
            awarded: d.awarded,
            decided_at: d.decided_at,
        }
    }
}

/// The call's version, to close scoring or to finalise.
#[derive(Debug, Clone, Object)]
pub struct FinaliseIn {
    /// The call's version as read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
}

/// A committee member in the published results.
#[derive(Debug, Clone, Object)]
pub struct ResultMemberOut {
    /// Name.
    pub name: String,
    /// Sector.
    pub sector: String,
    /// chair, member or observer.
    pub role: String,
}

/// One criterion's figure in the results.
#[derive(Debug, Clone, Object)]
pub struct ResultScoreOut {
    /// The criterion.
    pub criterion_id: Uuid,
    /// The ranked figure (consensus or aggregate) at full precision.
    pub score: Option<String>,
    /// In a benchmark call, whether the figure meets the criterion's minimum; null in other calls.
    pub met: Option<bool>,
}

/// One application in the published results.
#[derive(Debug, Clone, Object)]
pub struct ResultRowOut {
    /// The application.
    pub application_id: Uuid,
    /// Reference.
    pub reference: String,
    /// Title.
    pub title: String,
    /// The lead organisation.
    pub lead: String,
    /// Its ISO 3166-2 subdivision.
    pub subdivision: Option<String>,
    /// 1-based rank among qualifying applications.
    pub rank: Option<i32>,
    /// The ranked total (0-100) at full precision.
    pub total: Option<String>,
    /// Figures per criterion, in the call's order.
    pub scores: Vec<ResultScoreOut>,
    /// Submitted reviews counted.
    pub reviews: i32,
    /// `selected`, `waitlisted` or `not_selected`.
    pub outcome: String,
    /// Why: a proposal reason, or `override`.
    pub reason: String,
    /// The reason, translated.
    pub reason_text: String,
    /// What the proposal said.
    pub proposed_outcome: String,
    /// The justification of an override.
    pub justification: Option<String>,
    /// The request.
    pub requested: String,
    /// The award, for a selected application.
    pub awarded: Option<String>,
    /// The lottery key (SHA-256 of `seed:reference`), when the lottery broke a tie it was in.
    pub lottery_key: Option<String>,
    /// In a benchmark call, whether it meets the benchmark; null in other calls.
    pub meets_benchmark: Option<bool>,
    /// In a benchmark call with levels, the highest level a selected application meets.
    pub level: Option<String>,
}

fn result_row_out(
    row: &ResultRow,
    results_call: &domain::calls::service::CallView,
) -> ResultRowOut {
    let currency = results_call.currency;
    ResultRowOut {
        application_id: row.application.id,
        reference: row.application.reference.clone().unwrap_or_default(),
        title: row.application.title.clone(),
        lead: row.lead.name.clone(),
        subdivision: row.lead.subdivision.clone(),
        rank: row.rank,
        total: decimal(row.total),
        scores: results_call
            .criteria
            .iter()
            .zip(&row.scores)
            .enumerate()
            .map(|(i, (c, s))| ResultScoreOut {
                criterion_id: c.id,
                score: decimal(*s),
                met: row.assessment.as_ref().and_then(|a| a.met.get(i).copied()),
            })
            .collect(),
        reviews: row.reviews,
        outcome: row.outcome.as_str().into(),
        reason: row.reason.as_str().into(),
        reason_text: request_lang().message(&row.reason.label()),
        proposed_outcome: row.proposed_outcome.as_str().into(),
        justification: row.justification.clone(),
        requested: row.requested.to_decimal_string(currency),
        awarded: row.awarded.map(|a| a.to_decimal_string(currency)),
        lottery_key: row.lottery_key.clone(),
        meets_benchmark: row.assessment.as_ref().map(|a| a.recognised),
        level: row
            .level
            .clone()
            .filter(|_| row.outcome == domain::selection::proposal::Outcome::Selected),
    }
}

/// A call's results.
#[derive(Debug, Clone, Object)]
pub struct ResultsOut {
    /// The call.
    pub call_id: Uuid,
    /// Its title.
    pub title: String,
    /// Currency.
    pub currency: String,
    /// Total budget.
    pub budget: String,
    /// Sum of the awards.
    pub awarded: String,
    /// `mean` or `median`.
    pub aggregation: String,
    /// How the call selected.
    pub selection_mode: SelectionModeIo,
    /// A benchmark call's core criteria and levels.
    pub benchmark: Option<BenchmarkIo>,
    /// The lottery seed: tied applications are ordered by the lowercase hex SHA-256 of `seed:reference`,
    /// ascending.
    pub lottery_seed: Option<String>,
    /// The SHA-256 of the seed (lowercase hex), published when reviewing started: check the seed against it
    /// with `printf %s SEED | sha256sum`.
    pub lottery_commitment: Option<String>,
    /// Criteria in order (tie-breaks name them by position).
    pub criteria: Vec<CriterionOut>,
    /// Criteria positions that break ties, in order.
    pub tie_break: Vec<i32>,
    /// When the decisions were finalised.
    pub decided_at: Option<DateTime<Utc>>,
    /// When the results were published; null while only managers see them.
    pub published_at: Option<DateTime<Utc>>,
    /// Applications: ranked by rank, then the rest.
    pub rows: Vec<ResultRowOut>,
    /// The committee.
    pub committee: Vec<ResultMemberOut>,
}

impl From<Results> for ResultsOut {
    fn from(r: Results) -> Self {
        ResultsOut {
            call_id: r.call.call.id,
            title: r.call.call.title.clone(),
            currency: r.call.currency.code().into(),
            budget: r
                .call
                .money(r.call.call.total_budget_minor)
                .to_decimal_string(r.call.currency),
            awarded: r.awarded.to_decimal_string(r.call.currency),
            aggregation: r.call.call.aggregation.clone(),
            selection_mode: board::mode_of(&r.call.call).unwrap_or_default().into(),
            benchmark: BenchmarkIo::of(&r.call),
            lottery_seed: r.seed.clone(),
            lottery_commitment: r.commitment.clone(),
            criteria: r.call.criteria.iter().map(CriterionOut::from).collect(),
            tie_break: r.call.tie_break.clone(),
            decided_at: r.decided_at,
            published_at: r.published_at,
            rows: r
                .rows
                .iter()
                .map(|row| result_row_out(row, &r.call))
                .collect(),
            committee: r
                .committee
                .iter()
                .map(|m| ResultMemberOut {
                    name: m.name.clone(),
                    sector: m.sector.as_str().into(),
                    role: m.role.as_str().into(),
                })
                .collect(),
        }
    }
}

/// One criterion of an applicant's feedback.
#[derive(Debug, Clone, Object)]
pub struct FeedbackCriterionOut {
    /// The criterion.
    pub criterion: CriterionOut,
    /// The ranked figure.
    pub score: Option<String>,
    /// The consensus, when agreed, with its rationale.
    pub consensus: Option<ConsensusOut>,
}

/// One reviewer's score and comment on a criterion.
#[derive(Debug, Clone, Object)]
pub struct FeedbackScoreOut {
    /// The criterion.
    pub criterion_id: Uuid,
    /// The score.
    pub score: Option<i32>,
    /// The comment.
    pub comment: String,
}

/// One reviewer's comments, without their name.
#[derive(Debug, Clone, Object)]
pub struct FeedbackReviewerOut {
    /// "Reviewer 1", "Reviewer 2", ... in the order the reviews were submitted.
    pub number: u32,
    /// Per criterion.
    pub scores: Vec<FeedbackScoreOut>,
    /// The overall comment.
    pub overall_comment: String,
    /// fund, fund_with_changes or do_not_fund.
    pub recommendation: Option<String>,
}

/// An application's own results.
#[derive(Debug, Clone, Object)]
pub struct FeedbackOut {
    /// Its row in the results.
    pub result: ResultRowOut,
    /// Figures per criterion.
    pub criteria: Vec<FeedbackCriterionOut>,
    /// The reviewers' comments.
    pub reviewers: Vec<FeedbackReviewerOut>,
}

impl From<Feedback> for FeedbackOut {
    fn from(f: Feedback) -> Self {
        FeedbackOut {
            result: result_row_out(&f.row, &f.call),
            criteria: f
                .criteria
                .iter()
                .map(|c| FeedbackCriterionOut {
                    criterion: CriterionOut::from(&c.criterion),
                    score: decimal(c.score),
                    consensus: c.consensus.as_ref().map(ConsensusOut::from),
                })
                .collect(),
            reviewers: f
                .reviewers
                .iter()
                .map(|r| FeedbackReviewerOut {
                    number: count(r.number),
                    scores: r
                        .scores
                        .iter()
                        .map(|(c, score, comment)| FeedbackScoreOut {
                            criterion_id: c.id,
                            score: *score,
                            comment: comment.clone(),
                        })
                        .collect(),
                    overall_comment: r.overall_comment.clone(),
                    recommendation: r.recommendation.map(|r| r.as_str().into()),
                })
                .collect(),
        }
    }
}

/// Ranking, selection, decisions and published results.
pub struct SelectionApi;

#[OpenApi(tag = "ApiTags::Selection")]
impl SelectionApi {
    /// Show the selection board (managers and the chair)
    ///
    /// Every submitted application with its figures, rank, the greedy proposal beside the optimised
    /// selection, overrides, and what stands in the way of finalising.
    #[oai(path = "/calls/:id/selection", method = "get")]
    async fn board(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<BoardOut>> {
        Ok(Json(
            board::board(&state.db, &state.optimiser, auth.actor()?, id.0)
                .await?
                .into(),
        ))
    }

    /// Set how scores are aggregated (managers)
    ///
    /// The method is frozen once the call opens; normalisation and the disagreement threshold may change
    /// until the call is decided.
    #[oai(path = "/calls/:id/scoring", method = "put")]
    async fn settings(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<ScoringSettingsIn>,
    ) -> ApiResult<Json<CallOut>> {
        let body = body.0;
        let view = decisions::set_settings_and_mode(
            &state.db,
            auth.actor()?,
            id.0,
            &SettingsInput {
                aggregation: body.aggregation,
                normalise: body.normalise_scores,
                disagreement_threshold: body.disagreement_threshold,
                version: body.version,
            },
            &ModeInput {
                selection_mode: body.selection_mode.map(|m| m.as_str().to_owned()),
                benchmark: body.benchmark.map(BenchmarkIo::input),
                rolling: body.rolling,
            },
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// Record consensus scores (the committee's chair)
    ///
    /// Replaces the application's consensus scores; each needs a rationale. When present they rank instead
    /// of the aggregate; the reviewers' scores stay.
    #[oai(path = "/applications/:id/consensus", method = "put")]
    async fn consensus(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<ConsensusIn>,
    ) -> ApiResult<Json<Vec<ConsensusOut>>> {
        let inputs: Vec<ConsensusInput> = body
            .0
            .scores
            .into_iter()
            .map(|s| ConsensusInput {
                criterion_id: s.criterion_id,
                score: s.score,
                rationale: s.rationale,
            })
            .collect();
        let recorded = decisions::record_consensus(&state.db, auth.actor()?, id.0, &inputs).await?;
        Ok(Json(recorded.iter().map(ConsensusOut::from).collect()))
    }

    /// Override the proposal for one application (managers)
    ///
    /// An outcome needs a written justification; the award may be lowered within the request and the
    /// call's limits.
    #[oai(path = "/applications/:id/decision", method = "put")]
    async fn override_decision(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<OverrideIn>,
    ) -> ApiResult<Json<BoardOut>> {
        let body = body.0;
        let actor = auth.actor()?;
        let saved = decisions::set_override(
            &state.db,
            actor,
            id.0,
            &OverrideInput {
                outcome: body.outcome,
                justification: body.justification,
                awarded_amount: body.awarded_amount,
                version: body.version,
            },
        )
        .await?;
        Ok(Json(
            board::board(&state.db, &state.optimiser, actor, saved.call_id)
                .await?
                .into(),
        ))
    }

    /// Remove an override (managers)
    ///
    /// The proposal decides again.
    #[oai(path = "/applications/:id/decision", method = "delete")]
    async fn clear_override(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<NoContent> {
        decisions::clear_override(&state.db, auth.actor()?, id.0).await?;
        Ok(NoContent::NoContent)
    }

    /// Close scoring (managers)
    ///
    /// Locks reviews and consensus scores (submitting or revising a review, recording a consensus score or
    /// declaring a conflict of interest then gets 409) and reveals the lottery seed, published until then
    /// only as its SHA-256 commitment; the board then ranks with it. Audited. 409 unless the call is
    /// reviewing with scoring open.
    #[oai(path = "/calls/:id/scoring/close", method = "post")]
    async fn close_scoring(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<FinaliseIn>,
    ) -> ApiResult<Json<BoardOut>> {
        Ok(Json(
            decisions::close_scoring(
                &state.db,
                &state.optimiser,
                auth.actor()?,
                id.0,
                body.0.version,
            )
            .await?
            .into(),
        ))
    }

    /// Finalise the decisions (managers)
    ///
    /// Writes one decision per application and moves the call to `decided`; refused (422) while the
    /// selection exceeds the slots, budget or a quota, or applications are unscreened. Final afterwards.
    /// A call whose scoring is still open has it closed first, in the same step (audited as its own).
    #[oai(path = "/calls/:id/selection/finalise", method = "post")]
    async fn finalise(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<FinaliseIn>,
    ) -> ApiResult<Json<BoardOut>> {
        Ok(Json(
            decisions::finalise(
                &state.db,
                &state.optimiser,
                auth.actor()?,
                id.0,
                body.0.version,
            )
            .await?
            .into(),
        ))
    }

    /// Decide one application of a rolling call (managers)
    ///
    /// In a rolling benchmark or enrolment call, decides a screened application on its own, finally, and
    /// publishes it: admitted when screened eligible (enrolment), recognised when its reviews meet the
    /// benchmark (benchmark), unless an override says otherwise. A selected one becomes a project at once.
    /// 409 when the call is not rolling, the application is not screened or is already decided.
    #[oai(path = "/applications/:id/rolling-decision", method = "post")]
    async fn decide_rolling(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<RollingDecisionIn>,
    ) -> ApiResult<Json<RollingDecisionOut>> {
        Ok(Json(
            rolling::decide(&state.db, auth.actor()?, id.0, body.0.version)
                .await?
                .into(),
        ))
    }

    /// Publish the results (managers)
    ///
    /// Once decided; the results become public and every applicant is notified.
    #[oai(path = "/calls/:id/results/publish", method = "post")]
    async fn publish(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<ResultsOut>> {
        Ok(Json(
            results::publish(&state.db, auth.actor()?, id.0)
                .await?
                .into(),
        ))
    }

    /// Read a call's results
    ///
    /// Public once published (managers see them once decided): ranking, figures per criterion, totals,
    /// outcomes with reasons, overrides' justifications, the committee, and the lottery seed beside its
    /// commitment.
    #[oai(path = "/calls/:id/results", method = "get")]
    async fn results(
        &self,
        state: Data<&AppState>,
        auth: OptionalAuth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<ResultsOut>> {
        Ok(Json(
            results::results(&state.db, auth.actor()?, id.0)
                .await?
                .into(),
        ))
    }

    /// Download a call's results as CSV
    ///
    /// The same visibility as the JSON results.
    #[oai(path = "/calls/:id/results.csv", method = "get")]
    async fn results_csv(
        &self,
        state: Data<&AppState>,
        auth: OptionalAuth,
        id: Path<Uuid>,
    ) -> ApiResult<CsvFile> {
        let csv = results::results_csv(&state.db, auth.actor()?, id.0).await?;
        Ok(CsvFile::Ok(
            PlainText(csv),
            format!("attachment; filename=\"results-{}.csv\"", id.0),
        ))
    }

    /// Read an application's own results (its team and managers)
    ///
    /// Figures per criterion with consensus rationales, and the reviewers' comments without their names.
    /// The team may read it once the results are published.
    #[oai(path = "/applications/:id/feedback", method = "get")]
    async fn feedback(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<FeedbackOut>> {
        Ok(Json(
            results::feedback(&state.db, auth.actor()?, id.0)
                .await?
                .into(),
        ))
    }
}
