//! The `calls` tag: calls for proposals, their criteria, questions, eligibility rules and indicators, the
//! lifecycle actions, cloning as the next cycle, and the translations of its texts.

use crate::strict::StrictJson;
use chrono::{DateTime, Utc};
use domain::calls::criteria::CriterionInput;
use domain::calls::details::{CallDetailsInput, Quota};
use domain::calls::eligibility;
use domain::calls::questions::QuestionInput;
use domain::calls::service::{self, CallFilter, CallView, IndicatorInput, Phase};
use domain::calls::translations;
use domain::calls::{CallAction, CriterionView};
use domain::selection::board;
use domain::selection::decisions::{BenchmarkInput, LevelInput};
use domain::selection::modes::SelectionMode;
use std::collections::BTreeMap;

use poem::web::Data;
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::{Enum, Object, OpenApi};
use uuid::Uuid;

use crate::AppState;
use crate::accounts::{ApiTags, Created, VersionIn};
use crate::auth::{Auth, OptionalAuth};
use crate::problem::ApiResult;

/// Where a call stands for the public.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[oai(rename_all = "snake_case")]
pub enum PhaseName {
    /// Not published (managers only).
    Draft,
    /// Published; applications open later.
    Upcoming,
    /// Accepting applications.
    Open,
    /// The deadline has passed.
    Past,
}

/// How a call selects; frozen once the call opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[oai(rename_all = "snake_case")]
pub enum SelectionModeIo {
    /// Ranked by the committee's scores, selected within the budget, slots and quotas.
    Competitive,
    /// Every eligible application that meets the benchmark is recognised, at the highest level it meets.
    Benchmark,
    /// Every eligible application is admitted once screened.
    Enrolment,
}

impl From<SelectionMode> for SelectionModeIo {
    fn from(mode: SelectionMode) -> Self {
        match mode {
            SelectionMode::Competitive => SelectionModeIo::Competitive,
            SelectionMode::Benchmark => SelectionModeIo::Benchmark,
            SelectionMode::Enrolment => SelectionModeIo::Enrolment,
        }
    }
}

impl SelectionModeIo {
    /// The domain's name.
    pub fn as_str(self) -> &'static str {
        match self {
            SelectionModeIo::Competitive => SelectionMode::Competitive.as_str(),
            SelectionModeIo::Benchmark => SelectionMode::Benchmark.as_str(),
            SelectionModeIo::Enrolment => SelectionMode::Enrolment.as_str(),
        }
    }
}

/// One level of a benchmark (e.g. Foundation, Quality, Gold), listed in ascending order.
#[derive(Debug, Clone, Object)]
pub struct BenchmarkLevelIo {
    /// Its name.
    #[oai(validator(max_length = 100))]
    pub name: String,
    /// The minimum total (0-100) it needs, on top of the call's.
    #[oai(validator(max_length = 40))]
    pub min_total: Option<String>,
    /// How many non-core criteria it needs met; the benchmark's number when null.
    pub others_needed: Option<u32>,
    /// A fixed award for the level (zero: a recognition only); the request when null.
    #[oai(validator(max_length = 40))]
    pub award: Option<String>,
}

/// A benchmark call's rule beyond the criterion minimums and the minimum total: all core criteria met, at
/// least `others_needed` of the others, and optional levels.
#[derive(Debug, Clone, Object)]
pub struct BenchmarkIo {
    /// Positions of the core criteria, every one of which must be met.
    #[oai(default, validator(max_items = 100))]
    pub core: Vec<i32>,
    /// How many of the other criteria must be met; all of them when null.
    pub others_needed: Option<u32>,
    /// Levels in ascending order; an application gets the highest it meets.
    #[oai(default, validator(max_items = 20))]
    pub levels: Vec<BenchmarkLevelIo>,
}

impl BenchmarkIo {
    /// The benchmark as stored with a call, its awards in the call's currency.
    pub fn of(view: &CallView) -> Option<BenchmarkIo> {
        let benchmark = board::benchmark_of(&view.call).ok()?;
        (benchmark != Default::default()).then(|| BenchmarkIo {
            core: benchmark.core.clone(),
            others_needed: benchmark.others_needed,
            levels: benchmark
                .levels
                .iter()
                .map(|l| BenchmarkLevelIo {
                    name: l.name.clone(),
                    min_total: l.min_total.map(|t| t.to_string()),
                    others_needed: l.others_needed,
                    award: l
                        .award_minor
                        .map(|m| view.money(m).to_decimal_string(view.currency)),
                })
                .collect(),
        })
    }

    /// The benchmark as the domain reads it.
    pub fn input(self) -> BenchmarkInput {
        BenchmarkInput {
            core: self.core,
            others_needed: self.others_needed,
            levels: self
                .levels
                .into_iter()
                .map(|l| LevelInput {
                    name: l.name,
                    min_total: l.min_total,
                    others_needed: l.others_needed,
                    award: l.award,
                })
                .collect(),
        }
    }
}

impl From<Phase> for PhaseName {
    fn from(phase: Phase) -> Self {
        match phase {
            Phase::Draft => PhaseName::Draft,
            Phase::Upcoming => PhaseName::Upcoming,
            Phase::Open => PhaseName::Open,
            Phase::Past => PhaseName::Past,
        }
    }
}

impl From<PhaseName> for Phase {
    fn from(phase: PhaseName) -> Self {
        match phase {
            PhaseName::Draft => Phase::Draft,
            PhaseName::Upcoming => Phase::Upcoming,
            PhaseName::Open => Phase::Open,
            PhaseName::Past => Phase::Past,
        }
    }
}

/// Awards per subdivision.
#[derive(Debug, Clone, Object)]
pub struct QuotaIo {
    /// ISO 3166-2 subdivision, e.g. `TN-42`.
    #[oai(validator(max_length = 10))]
    pub subdivision: String,
    /// Awards reserved for it.
    #[oai(validator(maximum(value = "10000")))]
    pub min_awards: Option<i32>,
    /// Most awards it may receive.
    #[oai(validator(maximum(value = "10000")))]
    pub max_awards: Option<i32>,
}

/// The details of a call. Amounts are decimal strings in the programme's currency.
#[derive(Debug, Object)]
pub struct CallDetailsIn {
    /// Reference code (2 to 12 letters or digits), e.g. `TUN`.
    #[oai(validator(max_length = 20))]
    pub code: String,
    /// Title.
    #[oai(validator(max_length = 200))]
    pub title: String,
    /// Description.
    #[oai(default, validator(max_length = 20000))]
    pub description: String,
    /// When applications open (RFC 3339).
    pub opens_at: DateTime<Utc>,
    /// The deadline (RFC 3339).
    pub closes_at: DateTime<Utc>,
    /// IANA time zone in which dates are shown, e.g. `Africa/Tunis`.
    #[oai(validator(max_length = 64))]
    pub time_zone: String,
    /// Total budget, e.g. `"500000.000"`.
    #[oai(validator(max_length = 40))]
    pub total_budget: String,
    /// Smallest award.
    #[oai(validator(max_length = 40))]
    pub min_award: String,
    /// Largest award.
    #[oai(validator(max_length = 40))]
    pub max_award: String,
    /// Most awards (slots), at least 1.
    #[oai(validator(maximum(value = "10000")))]
    pub max_awards: i32,
    /// Reviews each application needs, at least 1.
    #[oai(validator(maximum(value = "50")))]
    pub min_reviews: i32,
    /// Lowest qualifying total score (0 to 100), a decimal string.
    #[oai(validator(max_length = 40))]
    pub min_total_score: Option<String>,
    /// Criterion positions (from 1) whose scores break ties, in order.
    #[oai(default, validator(max_items = 50))]
    pub tie_break: Vec<i32>,
    /// Regional quotas.
    #[oai(default, validator(max_items = 100))]
    pub quotas: Vec<QuotaIo>,
    /// Months between progress reports; the programme's default when absent.
    #[oai(validator(maximum(value = "24")))]
    pub reporting_cadence_months: Option<i32>,
}

impl From<CallDetailsIn> for CallDetailsInput {
    fn from(d: CallDetailsIn) -> Self {
        CallDetailsInput {
            code: d.code,
            title: d.title,
            description: d.description,
            opens_at: d.opens_at,
            closes_at: d.closes_at,
            time_zone: d.time_zone,
            total_budget: d.total_budget,
            min_award: d.min_award,
            max_award: d.max_award,
            max_awards: d.max_awards,
            min_reviews: d.min_reviews,
            min_total_score: d.min_total_score,
            tie_break: d.tie_break,
            quotas: d
                .quotas
                .into_iter()
                .map(|q| Quota {
                    subdivision: q.subdivision,
                    min_awards: q.min_awards,
                    max_awards: q.max_awards,
                })
                .collect(),
            reporting_cadence_months: d.reporting_cadence_months,
        }
    }
}

/// A new draft call.
#[derive(Debug, Object)]
pub struct CreateCallIn {
    /// The programme.
    pub programme_id: Uuid,
    /// The details.
    #[oai(flatten)]
    pub details: CallDetailsIn,
}

/// An edit of a call's details.
#[derive(Debug, Object)]
pub struct UpdateCallIn {
    /// The version last read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
    /// The details.
    #[oai(flatten)]
    pub details: CallDetailsIn,
}

/// A selection criterion.
#[derive(Debug, Object)]
pub struct CriterionIo {
    /// Title.
    #[oai(validator(max_length = 200))]
    pub title: String,
    /// Guidance for reviewers.
    #[oai(default, validator(max_length = 4000))]
    pub guidance: String,
    /// Weight, a decimal string greater than zero.
    #[oai(validator(max_length = 40))]
    pub weight: String,
    /// Highest score, at least 1.
    #[oai(validator(maximum(value = "100")))]
    pub max_score: i32,
    /// Lowest score an application must reach on it.
    #[oai(validator(maximum(value = "100")))]
    pub min_score: Option<i32>,
}

/// The criteria of a call, in order.
#[derive(Debug, Object)]
pub struct CriteriaIn {
    /// The version last read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
    /// Every criterion, in order (replaces the current list).
    #[oai(validator(max_items = 50))]
    pub criteria: Vec<CriterionIo>,
}

/// A custom question.
#[derive(Debug, Object)]
pub struct QuestionIo {
    /// The question.
    #[oai(validator(max_length = 500))]
    pub prompt: String,
    /// Help shown under it.
    #[oai(default, validator(max_length = 4000))]
    pub help: String,
    /// short_text, long_text, number, single_choice, multiple_choice or yes_no.
    #[oai(validator(max_length = 100))]
    pub kind: String,
    /// Whether an answer is needed to submit.
    #[oai(default)]
    pub required: bool,
    /// For text: the longest answer.
    #[oai(validator(maximum(value = "20000")))]
    pub max_length: Option<i32>,
    /// For numbers: the smallest answer.
    #[oai(validator(max_length = 40))]
    pub min_number: Option<String>,
    /// For numbers: the largest answer.
    #[oai(validator(max_length = 40))]
    pub max_number: Option<String>,
    /// For choices: the options.
    #[oai(default, validator(max_items = 50))]
    pub choices: Vec<String>,
}

/// The questions of a call, in order.
#[derive(Debug, Object)]
pub struct QuestionsIn {
    /// The version last read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
    /// Every question, in order (replaces the current list).
    #[oai(validator(max_items = 100))]
    pub questions: Vec<QuestionIo>,
}

/// The eligibility rules of a call.
#[derive(Debug, Object)]
pub struct EligibilityIn {
    /// The version last read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
    /// Every rule (replaces the current list). Each is an object with a `type`:
    /// `{"type":"applicant_kinds","kinds":["municipality"]}`, `{"type":"population","min":1000,"max":null}`,
    /// `{"type":"location","countries":["AR"],"subdivisions":[]}`,
    /// `{"type":"prerequisites","required":[{"id":"<kind id>","name":"Training"}]}`,
    /// `{"type":"consortium","minimums":[{"kind":"municipality","minimum":2},{"kind":"civil_society","minimum":1}]}`,
    /// `{"type":"requested_amount","min":"10000.00","max":"50000.00"}` (decimal strings of the programme's
    /// currency, either may be null; the call's own smallest and largest award always apply besides),
    /// `{"type":"co_funding","min_share_percent":"20"}`.
    #[oai(validator(max_items = 50))]
    pub rules: Vec<serde_json::Value>,
}

/// An indicator funded projects report on.
#[derive(Debug, Object)]
pub struct IndicatorIo {
    /// Name.
    #[oai(validator(max_length = 200))]
    pub name: String,
    /// Unit.
    #[oai(validator(max_length = 100))]
    pub unit: String,
}

/// The indicators of a call.
#[derive(Debug, Object)]
pub struct IndicatorsIn {
    /// The version last read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
    /// Every indicator (replaces the current list).
    #[oai(validator(max_items = 50))]
    pub indicators: Vec<IndicatorIo>,
}

/// The dates of the next cycle.
#[derive(Debug, Object)]
pub struct CloneIn {
    /// When the new call opens.
    pub opens_at: DateTime<Utc>,
    /// Its deadline.
    pub closes_at: DateTime<Utc>,
}

/// A criterion as stored.
#[derive(Debug, Clone, Object)]
pub struct CriterionOut {
    /// Identifier.
    pub id: Uuid,
    /// Order, from 1.
    pub position: i32,
    /// Title.
    pub title: String,
    /// Guidance.
    pub guidance: String,
    /// Weight, a decimal string.
    pub weight: String,
    /// Highest score.
    pub max_score: i32,
    /// Per-criterion threshold.
    pub min_score: Option<i32>,
}

impl From<&CriterionView> for CriterionOut {
    fn from(c: &CriterionView) -> Self {
        CriterionOut {
            id: c.id,
            position: c.position,
            title: c.title.clone(),
            guidance: c.guidance.clone(),
            weight: c.weight.to_string(),
            max_score: c.max_score,
            min_score: c.min_score,
        }
    }
}

/// A question as stored.
#[derive(Debug, Object)]
pub struct QuestionOut {
    /// Identifier.
    pub id: Uuid,
    /// Order, from 1.
    pub position: i32,
    /// The question.
    pub prompt: String,
    /// Help.
    pub help: String,
    /// Kind of answer.
    pub kind: String,
    /// Required.
    pub required: bool,
    /// Longest text answer.
    pub max_length: Option<i32>,
    /// Smallest number.
    pub min_number: Option<String>,
    /// Largest number.
    pub max_number: Option<String>,
    /// Options.
    pub choices: Vec<String>,
}

/// An indicator as stored.
#[derive(Debug, Object)]
pub struct IndicatorOut {
    /// Identifier.
    pub id: Uuid,
    /// Order, from 1.
    pub position: i32,
    /// Name.
    pub name: String,
    /// Unit.
    pub unit: String,
}

/// A call for proposals.
#[derive(Debug, Object)]
pub struct CallOut {
    /// Identifier.
    pub id: Uuid,
    /// The programme.
    pub programme_id: Uuid,
    /// The programme's name.
    pub programme_name: String,
    /// Reference code.
    pub code: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// draft, open, closed, reviewing, decided or archived (an open call past its deadline is closed).
    pub state: String,
    /// Where it stands for the public.
    pub phase: PhaseName,
    /// Opening.
    pub opens_at: DateTime<Utc>,
    /// Deadline, as written; not a deadline in a rolling call (`rolling`), which is open until closed.
    pub closes_at: DateTime<Utc>,
    /// Whether the call is rolling: no deadline, each application decided as it comes (set with
    /// `PUT /calls/{id}/scoring` while a draft).
    pub rolling: bool,
    /// Display time zone.
    pub time_zone: String,
    /// ISO 4217 currency.
    pub currency: String,
    /// Total budget.
    pub total_budget: String,
    /// Smallest award.
    pub min_award: String,
    /// Largest award.
    pub max_award: String,
    /// Slots.
    pub max_awards: i32,
    /// Reviews each application needs.
    pub min_reviews: i32,
    /// Lowest qualifying total.
    pub min_total_score: Option<String>,
    /// Tie-break criteria positions.
    pub tie_break: Vec<i32>,
    /// Regional quotas.
    pub quotas: Vec<QuotaIo>,
    /// Months between progress reports.
    pub reporting_cadence_months: i32,
    /// Criteria, in order.
    pub criteria: Vec<CriterionOut>,
    /// Questions, in order.
    pub questions: Vec<QuestionOut>,
    /// Indicators, in order.
    pub indicators: Vec<IndicatorOut>,
    /// Eligibility rules (see `PUT /calls/{id}/eligibility` for their shapes).
    pub eligibility_rules: Vec<serde_json::Value>,
    /// How reviewers' scores combine per criterion: `mean` or `median`.
    pub aggregation: String,
    /// Whether per-reviewer z-scores are shown beside the raw figures.
    pub normalise_scores: bool,
    /// Spread (points on 0-100) from which an application is flagged for discussion.
    pub disagreement_threshold: Option<String>,
    /// How the call selects (set with `PUT /calls/{id}/scoring` while a draft).
    pub selection_mode: SelectionModeIo,
    /// A benchmark call's core criteria and levels; null when it has none.
    pub benchmark: Option<BenchmarkIo>,
    /// The SHA-256 (lowercase hex) of the lottery seed drawn when reviewing started. The seed itself stays
    /// hidden until scoring closes and is published with the results, where anyone can check it against
    /// this commitment.
    pub lottery_commitment: Option<String>,
    /// When scoring closed: reviews and consensus scores are locked and the seed is revealed on the
    /// selection board.
    pub scoring_closed_at: Option<DateTime<Utc>>,
    /// When the results were published (see `GET /calls/{id}/results`).
    pub results_published_at: Option<DateTime<Utc>>,
    /// The call this one is the next cycle of.
    pub cloned_from: Option<Uuid>,
    /// The languages the call is published in (the programme's), the first the one its texts above are
    /// written in; empty when it is not translated.
    pub content_languages: Vec<String>,
    /// Each translatable text by language, e.g. `{"title": {"ar": "…", "fr": "…"}}`, the first language's
    /// entry being the text as written. Keys: `title`, `description`, `criterion.{position}.title`,
    /// `criterion.{position}.guidance`, `question.{position}.prompt`, `question.{position}.help`,
    /// `indicator.{position}.name`, `milestone.{n}.title` (the n-th milestone of the tranche template).
    /// Empty when the call is not translated. Written with `PUT /calls/{id}/translations/{lang}`.
    pub translations: BTreeMap<String, BTreeMap<String, String>>,
    /// Send it back when editing; a stale version gets 409.
    pub version: i32,
}

/// Every translatable text of a call by language, as [`CallOut::translations`] shows them.
fn translations_of(view: &CallView) -> BTreeMap<String, BTreeMap<String, String>> {
    let Some(first) = view.programme.content_languages().first().copied() else {
        return BTreeMap::new();
    };
    view.texts()
        .into_iter()
        .map(|(field, written)| {
            let mut texts: BTreeMap<String, String> = view
                .translations
                .of(field)
                .map(|(language, text)| (language.code().to_owned(), text.to_owned()))
                .collect();
            texts.insert(first.code().to_owned(), written);
            (field.key(), texts)
        })
        .collect()
}

/// A call's texts in one language.
#[derive(Debug, Object)]
pub struct TranslationIn {
    /// Text by field key (the keys of `CallOut.translations`); a field left out or blank is not translated.
    /// Replaces every earlier translation into this language.
    #[oai(validator(max_properties = 2000))]
    pub texts: BTreeMap<String, String>,
}

impl From<CallView> for CallOut {
    fn from(view: CallView) -> Self {
        let money = |minor: i64| view.money(minor).to_decimal_string(view.currency);
        CallOut {
            id: view.call.id,
            programme_id: view.programme.id,
            programme_name: view.programme.name.clone(),
            code: view.call.code.clone(),
            title: view.call.title.clone(),
            description: view.call.description.clone(),
            state: view.state.as_str().to_owned(),
            phase: view.phase(Utc::now()).into(),
            opens_at: view.call.opens_at,
            closes_at: view.call.closes_at,
            rolling: view.call.rolling,
            time_zone: view.call.time_zone.clone(),
            currency: view.currency.code().to_owned(),
            total_budget: money(view.call.total_budget_minor),
            min_award: money(view.call.min_award_minor),
            max_award: money(view.call.max_award_minor),
            max_awards: view.call.max_awards,
            min_reviews: view.call.min_reviews,
            min_total_score: view.call.min_total_score.clone(),
            tie_break: view.tie_break.clone(),
            quotas: view
                .quotas
                .iter()
                .map(|q| QuotaIo {
                    subdivision: q.subdivision.clone(),
                    min_awards: q.min_awards,
                    max_awards: q.max_awards,
                })
                .collect(),
            reporting_cadence_months: view.call.reporting_cadence_months,
            aggregation: view.call.aggregation.clone(),
            normalise_scores: view.call.normalise_scores,
            disagreement_threshold: view.call.disagreement_threshold.clone(),
            selection_mode: board::mode_of(&view.call).unwrap_or_default().into(),
            benchmark: BenchmarkIo::of(&view),
            lottery_commitment: view.lottery().commitment().map(str::to_owned),
            scoring_closed_at: view.call.scoring_closed_at,
            results_published_at: view.call.results_published_at,
            criteria: view.criteria.iter().map(CriterionOut::from).collect(),
            questions: view
                .questions
                .iter()
                .map(|q| QuestionOut {
                    id: q.id,
                    position: q.position,
                    prompt: q.prompt.clone(),
                    help: q.help.clone(),
                    kind: q.kind.as_str().to_owned(),
                    required: q.required,
                    max_length: q.max_length,
                    min_number: q.min_number.map(|n| n.to_string()),
                    max_number: q.max_number.map(|n| n.to_string()),
                    choices: q.choices.clone(),
                })
                .collect(),
            indicators: view
                .indicators
                .iter()
                .map(|i| IndicatorOut {
                    id: i.id,
                    position: i.position,
                    name: i.name.clone(),
                    unit: i.unit.clone(),
                })
                .collect(),
            eligibility_rules: view
                .rules
                .iter()
                .map(|rule| eligibility::rule_to_json(rule, view.currency))
                .collect(),
            cloned_from: view.call.cloned_from,
            content_languages: view
                .programme
                .content_languages()
                .iter()
                .map(|l| l.code().to_owned())
                .collect(),
            translations: translations_of(&view),
            version: view.call.version,
        }
    }
}

/// A page of calls.
#[derive(Debug, Object)]
pub struct CallPage {
    /// The calls on this page.
    pub items: Vec<CallOut>,
    /// How many calls the whole list has.
    pub total: u64,
    /// This page's number, from 1.
    pub page: u64,
    /// The page size.
    pub limit: u64,
}

/// Parses rules sent as JSON, reporting each malformed one under `rules[i]`.
/// Applies a lifecycle action and answers with the call.
async fn move_call(
    state: &AppState,
    auth: &Auth,
    id: Uuid,
    version: i32,
    action: CallAction,
) -> ApiResult<Json<CallOut>> {
    let view = service::act(&state.db, auth.actor()?, id, version, action).await?;
    Ok(Json(view.into()))
}

/// Calls for proposals.
pub struct CallsApi;

#[OpenApi(prefix_path = "/calls", tag = "ApiTags::Calls")]
impl CallsApi {
    /// List calls
    ///
    /// Public: published calls, soonest deadline first. Managers also see drafts.
    #[allow(clippy::too_many_arguments)]
    #[oai(path = "/", method = "get")]
    async fn list(
        &self,
        state: Data<&AppState>,
        auth: OptionalAuth,
        /// Only calls of this programme.
        programme_id: Query<Option<Uuid>>,
        /// Only calls of programmes whose agency is in this country (ISO 3166-1).
        country: Query<Option<String>>,
        /// Only calls in this phase.
        phase: Query<Option<PhaseName>>,
        /// Page number, from 1 (at most 1,000,000).
        #[oai(validator(minimum(value = "1"), maximum(value = "1000000")))]
        page: Query<Option<u64>>,
        /// Page size, up to 200.
        #[oai(validator(minimum(value = "1"), maximum(value = "200")))]
        limit: Query<Option<u64>>,
    ) -> ApiResult<Json<CallPage>> {
        let filter = CallFilter {
            programme_id: programme_id.0,
            country: country.0,
            phase: phase.0.map(Phase::from),
        };
        let found = service::list(
            &state.db,
            auth.actor()?,
            &filter,
            crate::schema::page_request(page.0, limit.0),
        )
        .await?;
        Ok(Json(CallPage {
            items: found.items.into_iter().map(CallOut::from).collect(),
            total: found.total,
            page: found.page,
            limit: found.limit,
        }))
    }

    /// Create a draft call (managers)
    #[oai(path = "/", method = "post")]
    async fn create(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        body: StrictJson<CreateCallIn>,
    ) -> ApiResult<Created<CallOut>> {
        let body = body.0;
        let view = service::create(
            &state.db,
            auth.actor()?,
            body.programme_id,
            &body.details.into(),
        )
        .await?;
        Ok(Created::Created(Json(view.into())))
    }

    /// Show a call
    ///
    /// Public once opened; drafts are shown to managers only.
    #[oai(path = "/:id", method = "get")]
    async fn get(
        &self,
        state: Data<&AppState>,
        auth: OptionalAuth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<CallOut>> {
        Ok(Json(
            service::get(&state.db, auth.actor()?, id.0).await?.into(),
        ))
    }

    /// Edit a call's details (managers)
    ///
    /// Once the call is open only the title, description, deadline, time zone and reporting cadence may
    /// change; anything else is refused with 409.
    #[oai(path = "/:id", method = "put")]
    async fn update(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<UpdateCallIn>,
    ) -> ApiResult<Json<CallOut>> {
        let body = body.0;
        let view = service::update_details(
            &state.db,
            auth.actor()?,
            id.0,
            body.version,
            &body.details.into(),
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// Replace the criteria (managers, drafts only)
    #[oai(path = "/:id/criteria", method = "put")]
    async fn criteria(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<CriteriaIn>,
    ) -> ApiResult<Json<CallOut>> {
        let body = body.0;
        let inputs: Vec<CriterionInput> = body
            .criteria
            .into_iter()
            .map(|c| CriterionInput {
                title: c.title,
                guidance: c.guidance,
                weight: c.weight,
                max_score: c.max_score,
                min_score: c.min_score,
            })
            .collect();
        let view = service::replace_criteria(&state.db, auth.actor()?, id.0, body.version, &inputs)
            .await?;
        Ok(Json(view.into()))
    }

    /// Replace the custom questions (managers, drafts only)
    #[oai(path = "/:id/questions", method = "put")]
    async fn questions(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<QuestionsIn>,
    ) -> ApiResult<Json<CallOut>> {
        let body = body.0;
        let inputs: Vec<QuestionInput> = body
            .questions
            .into_iter()
            .map(|q| QuestionInput {
                prompt: q.prompt,
                help: q.help,
                kind: q.kind,
                required: q.required,
                max_length: q.max_length,
                min_number: q.min_number,
                max_number: q.max_number,
                choices: q.choices,
            })
            .collect();
        let view =
            service::replace_questions(&state.db, auth.actor()?, id.0, body.version, &inputs)
                .await?;
        Ok(Json(view.into()))
    }

    /// Replace the eligibility rules (managers, drafts only)
    #[oai(path = "/:id/eligibility", method = "put")]
    async fn eligibility(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<EligibilityIn>,
    ) -> ApiResult<Json<CallOut>> {
        let body = body.0;
        let view = service::replace_eligibility_json(
            &state.db,
            auth.actor()?,
            id.0,
            body.version,
            body.rules,
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// Replace the indicators (managers)
    #[oai(path = "/:id/indicators", method = "put")]
    async fn indicators(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<IndicatorsIn>,
    ) -> ApiResult<Json<CallOut>> {
        let body = body.0;
        let inputs: Vec<IndicatorInput> = body
            .indicators
            .into_iter()
            .map(|i| IndicatorInput {
                name: i.name,
                unit: i.unit,
            })
            .collect();
        let view =
            service::replace_indicators(&state.db, auth.actor()?, id.0, body.version, &inputs)
                .await?;
        Ok(Json(view.into()))
    }

    /// Translate a call's texts (managers, any state)
    ///
    /// `lang` must be one of the programme's content languages other than the first (the one the call is
    /// written in). Translations change no rule, so they may be edited after opening; each edit is audited.
    #[oai(path = "/:id/translations/:lang", method = "put")]
    async fn translate(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        lang: Path<String>,
        body: StrictJson<TranslationIn>,
    ) -> ApiResult<Json<CallOut>> {
        let view =
            translations::translate(&state.db, auth.actor()?, id.0, &lang.0, &body.0.texts).await?;
        Ok(Json(view.into()))
    }

    /// Open a call (managers)
    ///
    /// Needs at least one criterion and a deadline ahead. From then on criteria, weights, questions and
    /// eligibility rules are frozen. A call in any other state than draft gets 409.
    #[oai(path = "/:id/open", method = "post")]
    async fn open(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<VersionIn>,
    ) -> ApiResult<Json<CallOut>> {
        move_call(&state, &auth, id.0, body.version, CallAction::Open).await
    }

    /// Close a call before its deadline (managers)
    #[oai(path = "/:id/close", method = "post")]
    async fn close(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<VersionIn>,
    ) -> ApiResult<Json<CallOut>> {
        move_call(&state, &auth, id.0, body.version, CallAction::Close).await
    }

    /// Start the review of a closed call (managers)
    #[oai(path = "/:id/start-review", method = "post")]
    async fn start_review(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<VersionIn>,
    ) -> ApiResult<Json<CallOut>> {
        move_call(&state, &auth, id.0, body.version, CallAction::StartReview).await
    }

    /// Clone a call as the next cycle (managers)
    ///
    /// A new draft with everything but the dates and the applications.
    #[oai(path = "/:id/clone", method = "post")]
    async fn clone_call(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<CloneIn>,
    ) -> ApiResult<Created<CallOut>> {
        let view = service::clone_call(
            &state.db,
            auth.actor()?,
            id.0,
            body.opens_at,
            body.closes_at,
        )
        .await?;
        Ok(Created::Created(Json(view.into())))
    }
}
