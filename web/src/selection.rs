//! Ranking and selection in the browser: the selection board for managers and the committee's chair (the
//! ranking with its figures, the greedy proposal beside the optimised selection, what blocks finalising),
//! one application's figures with the chair's consensus form and the managers' override form, finalising
//! and publishing; the public results page; and the results section of an applicant's own page.
//!
//! Who may see and do what, the figures, the ranking, the proposal and every rule of deciding are
//! `domain::selection`'s: these handlers read forms, call its services and phrase what they return. Figures
//! are kept at full precision by the domain; this module rounds them to two places for display only.

use askama::Template;
use domain::applications::service::ApplicationView;
use domain::calls::service::CallView;
use domain::calls::{CallState, CriterionView};
use domain::reviews::Recommendation;
use domain::selection::OverrideView;
use domain::selection::aggregate::{Aggregation, ApplicationFigures, Spread};
use domain::selection::board::{self, Board, BoardRow};
use domain::selection::decisions::{self, ConsensusInput, OverrideInput, SettingsInput};
use domain::selection::modes::SelectionMode;
use domain::selection::optimum::OptimumView;
use domain::selection::proposal::{Outcome, Reason};
use domain::selection::ranking::TieBreak;
use domain::selection::results::{self, FinalReason};
use domain::{Actor, Error, FieldError, Message};
use poem::http::StatusCode;
use poem::web::cookie::CookieJar;
use poem::web::{Data, Path, Query};
use poem::{Response, handler};
use rust_decimal::Decimal;
use serde::Deserialize;
use uuid::Uuid;

use crate::call_text::{self, ContentLanguage};
use crate::csrf::CheckedForm;
use crate::errors::PageError;
use crate::forms::{self, Fields, FormState};
use crate::i18n::Lang;
use crate::i18n::format;
use crate::layout::Localized as _;
use crate::layout::{self, Choice};
use crate::places::Place;
use crate::session::{self, Visitor};
use crate::{WebState, paths};

/// The scoring settings' fields (also in the call editor).
pub(crate) const SETTINGS_FIELDS: Fields = &[
    ("aggregation", "selection-page-aggregation"),
    ("normalise", "selection-page-normalise"),
    ("disagreement_threshold", "selection-page-threshold"),
];
const OVERRIDE_FIELDS: Fields = &[
    ("outcome", "selection-app-outcome"),
    ("justification", "selection-app-justification"),
    ("awarded_amount", "selection-app-awarded-amount"),
];

/// What a table shows where there is no figure.
const NO_FIGURE: &str = "–";

/// Applications per page of the public results: 50 rows with ten criteria stay well under 100 KB, where a
/// call of 2,000 made one page of 1.7 MB. The JSON and CSV downloads hold the whole table.
const RESULTS_PER_PAGE: u64 = 50;

// ---------------------------------------------------------------------------------------------------------
// Phrasing

/// A figure for display: rounded to two places (the domain keeps full precision) and written as the
/// language writes numbers; a dash where there is none.
pub(crate) fn figure(lang: Lang, value: Option<Decimal>) -> String {
    let Some(value) = value else {
        return NO_FIGURE.to_owned();
    };
    let mut rounded = value.round_dp(2);
    if rounded.is_zero() {
        // No "-0.00" for a z-score a hair below zero.
        rounded = Decimal::ZERO;
    }
    rounded.rescale(2);
    call_text::decimal(lang, &rounded.to_string())
}

/// Whether the optimised selection is proven, or how far below the best it can be, and when it was searched
/// (the same moment on every view until something it depends on changes).
fn search_note(lang: Lang, optimum: &OptimumView) -> String {
    let time = optimum.computed_at.format("%H:%M:%S UTC").to_string();
    if optimum.optimal.proven {
        lang.t_args(
            "selection-page-proven",
            &[("ms", &optimum.search_ms.to_string()), ("time", &time)],
        )
    } else {
        lang.t_args(
            "selection-page-not-proven",
            &[
                ("budget", &optimum.time_budget_ms.to_string()),
                ("gap", &figure(lang, Some(optimum.optimal.gap))),
                ("time", &time),
            ],
        )
    }
}

/// The translated name of an outcome.
fn outcome_label(lang: Lang, outcome: Outcome) -> String {
    lang.message(&outcome.label())
}

/// The tag style of an outcome.
fn outcome_class(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Selected => "tag-success",
        Outcome::Waitlisted => "tag-warning",
        Outcome::NotSelected => "tag-muted",
    }
}

/// The translated reason the proposal gives.
fn reason_label(lang: Lang, reason: Reason) -> String {
    lang.message(&reason.label())
}

/// The translated reason of a final decision (the proposal's, or an override's).
fn final_reason_label(lang: Lang, reason: FinalReason) -> String {
    lang.message(&reason.label())
}

/// An aggregation method's name as stored (`mean`), in the reader's language; an unknown one as written.
pub(crate) fn aggregation_name(lang: Lang, method: &str) -> String {
    Aggregation::parse(method).map_or_else(|| method.to_owned(), |m| lang.t(&aggregation_key(m)))
}

/// The catalog key of an aggregation method's name.
fn aggregation_key(method: Aggregation) -> String {
    format!("selection-aggregation-{}", method.as_str())
}

/// How an application was separated from the one just above it with the same total: "Tie broken by
/// criterion 2 (Transparency)" or "Tie broken by lottery".
fn tie_break_text(lang: Lang, tie: &TieBreak, criteria: &[CriterionView]) -> String {
    match tie {
        TieBreak::Criterion(index) => match criteria.get(*index) {
            Some(criterion) => lang.t_args(
                "selection-page-tie-criterion",
                &[
                    ("position", &criterion.position.to_string()),
                    ("criterion", &criterion.title),
                ],
            ),
            None => lang.t("selection-page-tie-lottery"),
        },
        TieBreak::Lottery => lang.t("selection-page-tie-lottery"),
    }
}

/// A rank, or the words for an application that does not qualify.
fn rank_text(lang: Lang, rank: Option<usize>) -> String {
    rank.map_or_else(|| lang.t("selection-page-unranked"), |r| r.to_string())
}

/// "REF – title", how lists name an application.
fn application_name(reference: Option<&str>, title: &str) -> String {
    match reference {
        Some(reference) if !reference.is_empty() => format!("{reference} – {title}"),
        _ => title.to_owned(),
    }
}

/// The language's number for a small count or limit; a dash for none.
fn limit_text(lang: Lang, limit: Option<i32>) -> String {
    limit.map_or_else(
        || NO_FIGURE.to_owned(),
        |n| call_text::decimal(lang, &n.to_string()),
    )
}

// ---------------------------------------------------------------------------------------------------------
// The board

/// An application as the ranking table shows it.
struct BoardLine {
    application_id: Uuid,
    rank: String,
    tie: Option<String>,
    lottery_key: Option<String>,
    reference: String,
    title: String,
    lead: String,
    subdivision: Place,
    reviews: usize,
    /// The viewer (a conflicted chair) may not see its figures.
    hidden: bool,
    total: String,
    /// The aggregate total, when a consensus makes the ranked total differ from it.
    raw_total: Option<String>,
    normalised_total: String,
    range: String,
    /// Why it is flagged for discussion: the criteria the reviewers disagree on, or their totals.
    flagged: Option<String>,
    proposed: String,
    proposed_class: &'static str,
    reason: String,
    in_optimal: bool,
    differs: bool,
    outcome: String,
    outcome_class: &'static str,
    overridden: bool,
    awarded: String,
}

/// What a flagged application is flagged on: the criteria whose scores spread past the threshold, by
/// title; or, when none does, the reviewers' totals.
fn flagged_note(lang: Lang, figures: &ApplicationFigures, criteria: &[CriterionView]) -> String {
    let titles: Vec<&str> = figures
        .criteria
        .iter()
        .filter(|c| c.flagged)
        .filter_map(|c| criteria.iter().find(|k| k.id == c.criterion_id))
        .map(|k| k.title.as_str())
        .collect();
    if titles.is_empty() {
        lang.t("selection-page-flagged-total")
    } else {
        lang.t_args(
            "selection-page-flagged-on",
            &[("criteria", &titles.join(&lang.t("list-separator")))],
        )
    }
}

fn board_line(lang: Lang, board: &Board, row: &BoardRow) -> BoardLine {
    let figures = row.figures.as_ref();
    let ranked_total = figures.and_then(|f| f.ranked_total);
    let raw_total = figures
        .and_then(|f| f.total)
        .filter(|total| Some(*total) != ranked_total);
    BoardLine {
        application_id: row.application.id,
        rank: rank_text(lang, row.ranked.rank),
        // Sealed, the lottery has not drawn: its ties are marked, never ordered.
        tie: if board.lottery.is_sealed() && row.ranked.lottery_tie {
            Some(lang.t("selection-page-tie-sealed"))
        } else {
            row.ranked
                .tie_break
                .as_ref()
                .map(|tie| tie_break_text(lang, tie, &board.call.criteria))
        },
        lottery_key: row.ranked.lottery_key.clone(),
        reference: row.application.reference.clone().unwrap_or_default(),
        title: row.application.title.clone(),
        lead: row.lead.name.clone(),
        subdivision: Place::subdivision_opt(lang, row.lead.subdivision.as_deref()),
        reviews: row.ranked.entry.reviews,
        hidden: figures.is_none(),
        total: figure(lang, ranked_total),
        raw_total: raw_total.map(|t| figure(lang, Some(t))),
        normalised_total: figure(lang, figures.and_then(|f| f.normalised_total)),
        range: figure(lang, figures.map(|f| f.total_spread.range)),
        flagged: figures
            .filter(|f| f.flagged)
            .map(|f| flagged_note(lang, f, &board.call.criteria)),
        proposed: outcome_label(lang, row.proposed.outcome),
        proposed_class: outcome_class(row.proposed.outcome),
        reason: reason_label(lang, row.proposed.reason),
        in_optimal: row.in_optimal,
        differs: row.differs(),
        outcome: outcome_label(lang, row.outcome),
        outcome_class: outcome_class(row.outcome),
        overridden: row.overridden(),
        awarded: row.awarded_minor.map_or_else(String::new, |minor| {
            call_text::amount_of_minor(lang, minor, board.call.currency)
        }),
    }
}

/// A quota's use once overrides apply.
struct QuotaLine {
    subdivision: Place,
    min: String,
    max: String,
    selected: usize,
}

/// A selection in figures: how many, their total score, their cost.
struct SelectionSum {
    count: usize,
    score: String,
    cost: String,
}

/// The forms of the board page, each fresh unless a handler brings one back with errors.
#[derive(Default)]
struct BoardForms {
    settings: Option<FormState>,
    close_scoring: Option<FormState>,
    finalise: Option<FormState>,
    publish: Option<FormState>,
}

#[derive(Template)]
#[template(path = "manage_selection.html")]
struct BoardPage<'a> {
    visitor: &'a Visitor,
    call_id: Uuid,
    call_title: String,
    call_state: String,
    /// Managers decide; the chair only sees.
    manager: bool,
    reviewing: bool,
    decided: bool,
    published: bool,
    version: i32,
    slots_used: String,
    awarded: String,
    quotas: Vec<QuotaLine>,
    seed: Option<String>,
    /// The seed's SHA-256, published when reviewing started.
    commitment: Option<String>,
    /// Drawn but hidden while scoring is open.
    sealed: bool,
    /// When scoring closed, in the call's time zone; `None` while open.
    scoring_closed: Option<String>,
    aggregation: String,
    normalise: bool,
    threshold: String,
    settings_form: FormState,
    aggregation_choices: Vec<Choice>,
    problems: Vec<String>,
    lines: Vec<BoardLine>,
    proposal: SelectionSum,
    optimal: SelectionSum,
    /// Whether the optimum is proven, or how far from the best it can be, and when it was searched.
    search_note: String,
    only_proposal: Vec<String>,
    only_optimal: Vec<String>,
    close_scoring_form: FormState,
    finalise_form: FormState,
    publish_form: FormState,
}
layout::localized!(BoardPage);

/// The settings form filled with the call's settings.
fn settings_form_for(lang: Lang, board: &Board) -> FormState {
    let mut form = FormState::new(lang, "settings", SETTINGS_FIELDS)
        .with("aggregation", board.settings.method.as_str())
        .with(
            "disagreement_threshold",
            board
                .settings
                .disagreement_threshold
                .map(|t| t.normalize().to_string())
                .unwrap_or_default(),
        );
    if board.settings.normalise {
        form = form.with("normalise", "yes");
    }
    form
}

/// The aggregation methods as choices (also in the call editor).
pub(crate) fn aggregation_choices(lang: Lang) -> Vec<Choice> {
    Aggregation::ALL
        .into_iter()
        .map(|method| Choice {
            value: method.as_str().to_owned(),
            label: lang.t(&aggregation_key(method)),
            selected: false,
        })
        .collect()
}

/// The applications in one selection and not the other: the proposal's only, then the optimum's only.
fn differences(board: &Board) -> (Vec<String>, Vec<String>) {
    let name = |row: &BoardRow| {
        application_name(row.application.reference.as_deref(), &row.application.title)
    };
    let only_proposal = board
        .rows
        .iter()
        .filter(|r| r.differs() && r.proposed.outcome == Outcome::Selected)
        .map(name)
        .collect();
    let only_optimal = board
        .rows
        .iter()
        .filter(|r| r.differs() && r.in_optimal)
        .map(name)
        .collect();
    (only_proposal, only_optimal)
}

async fn board_page(
    state: &WebState,
    visitor: &Visitor,
    call_id: Uuid,
    forms: BoardForms,
    status: StatusCode,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let lang = visitor.lang;
    // Managers and the chair of the call's committee; the domain refuses anyone else.
    let board = board::board(&state.db, &state.optimiser, actor, call_id).await?;
    let call = &board.call;
    let money = |minor: i64| call_text::amount_of_minor(lang, minor, call.currency);
    let (only_proposal, only_optimal) = differences(&board);
    let page = BoardPage {
        visitor,
        call_id: call.call.id,
        call_title: call.call.title.clone(),
        call_state: lang.t(call_text::state_key(call.state)),
        manager: board.for_manager,
        reviewing: call.state == CallState::Reviewing,
        decided: matches!(call.state, CallState::Decided | CallState::Archived),
        published: call.call.results_published_at.is_some(),
        version: call.call.version,
        slots_used: lang.t_args(
            "selection-page-slots-used",
            &[
                ("selected", &board.selected.to_string()),
                ("slots", &call.call.max_awards.to_string()),
            ],
        ),
        awarded: lang.t_args(
            "selection-page-awarded-of",
            &[
                ("awarded", &money(board.awarded_minor)),
                ("budget", &money(call.call.total_budget_minor)),
            ],
        ),
        quotas: board
            .quotas
            .iter()
            .map(|used| QuotaLine {
                subdivision: Place::subdivision(lang, &used.quota.subdivision),
                min: limit_text(lang, used.quota.min_awards),
                max: limit_text(lang, used.quota.max_awards),
                selected: used.selected,
            })
            .collect(),
        seed: board.lottery.seed().map(str::to_owned),
        commitment: board.lottery.commitment().map(str::to_owned),
        sealed: board.lottery.is_sealed(),
        scoring_closed: call
            .call
            .scoring_closed_at
            .map(|at| format::date_time(lang, at, call_text::time_zone_of(&call.call.time_zone))),
        aggregation: lang.t(&aggregation_key(board.settings.method)),
        normalise: board.settings.normalise,
        threshold: board.settings.disagreement_threshold.map_or_else(
            || lang.t("selection-page-threshold-none"),
            |t| call_text::decimal(lang, &t.normalize().to_string()),
        ),
        settings_form: forms
            .settings
            .unwrap_or_else(|| settings_form_for(lang, &board)),
        aggregation_choices: aggregation_choices(lang),
        problems: board.problems.iter().map(|p| lang.message(p)).collect(),
        lines: board
            .rows
            .iter()
            .map(|row| board_line(lang, &board, row))
            .collect(),
        proposal: SelectionSum {
            count: board
                .rows
                .iter()
                .filter(|r| r.proposed.outcome == Outcome::Selected)
                .count(),
            score: figure(lang, Some(board.proposal_score)),
            cost: money(board.proposal_cost_minor),
        },
        optimal: SelectionSum {
            count: board.optimal.optimal.selected.len(),
            score: figure(lang, Some(board.optimal.optimal.total_score)),
            cost: money(board.optimal.optimal.cost_minor),
        },
        search_note: search_note(lang, &board.optimal),
        only_proposal,
        only_optimal,
        close_scoring_form: forms
            .close_scoring
            .unwrap_or_else(|| FormState::new(lang, "close_scoring", &[])),
        finalise_form: forms
            .finalise
            .unwrap_or_else(|| FormState::new(lang, "finalise", &[])),
        publish_form: forms
            .publish
            .unwrap_or_else(|| FormState::new(lang, "publish", &[])),
    };
    layout::render(&page, status)
}

/// Back to the board after a change, at the section that changed.
fn board_changed(
    state: &WebState,
    jar: &CookieJar,
    call_id: Uuid,
    flash: &str,
    section: &str,
) -> Response {
    session::redirect_with_flash(
        state,
        jar,
        flash,
        format!("/manage/calls/{call_id}/selection#{section}"),
    )
}

/// `GET /manage/calls/{id}/selection`: managers and the committee's chair.
#[handler]
pub async fn board_show(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    board_page(
        state,
        visitor,
        paths::parse_id(&id)?,
        BoardForms::default(),
        StatusCode::OK,
    )
    .await
}

/// The scoring settings as posted; the checkbox sends `yes` when ticked and nothing otherwise.
fn read_settings(form: &CheckedForm, version: i32) -> SettingsInput {
    SettingsInput {
        aggregation: form.text("aggregation").to_owned(),
        normalise: form.optional("normalise").is_some(),
        disagreement_threshold: form.optional("disagreement_threshold").map(str::to_owned),
        version,
    }
}

/// `POST /manage/calls/{id}/selection/settings`: how scores are aggregated (managers).
#[handler]
pub async fn save_settings(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let call_id = paths::parse_id(&id)?;
    let result = match forms::version(&form) {
        Ok(version) => {
            decisions::set_settings(&state.db, actor, call_id, &read_settings(&form, version)).await
        }
        Err(stale) => Err(stale),
    };
    match result {
        Ok(_) => Ok(board_changed(
            state,
            jar,
            call_id,
            "flash-selection-settings-saved",
            "scoring",
        )),
        Err(err) => {
            let mut shown =
                FormState::new(visitor.lang, "settings", SETTINGS_FIELDS).keeping(&form, &[]);
            let status = shown.absorb(err)?;
            let forms = BoardForms {
                settings: Some(shown),
                ..BoardForms::default()
            };
            board_page(state, visitor, call_id, forms, status).await
        }
    }
}

/// `POST /manage/calls/{id}/selection/close-scoring`: locks reviews and consensus scores and reveals the
/// lottery seed (managers).
#[handler]
pub async fn close_scoring(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let call_id = paths::parse_id(&id)?;
    let result = match forms::version(&form) {
        Ok(version) => {
            decisions::close_scoring(&state.db, &state.optimiser, actor, call_id, version)
                .await
                .map(drop)
        }
        Err(stale) => Err(stale),
    };
    match result {
        Ok(()) => Ok(board_changed(
            state,
            jar,
            call_id,
            "flash-scoring-closed",
            "summary",
        )),
        Err(err) => {
            let mut shown = FormState::new(visitor.lang, "close_scoring", &[]);
            let status = shown.absorb(err)?;
            let forms = BoardForms {
                close_scoring: Some(shown),
                ..BoardForms::default()
            };
            board_page(state, visitor, call_id, forms, status).await
        }
    }
}

#[derive(Template)]
#[template(path = "confirm_finalise.html")]
struct FinaliseConfirmPage<'a> {
    visitor: &'a Visitor,
    view: domain::calls::service::CallView,
    possible: bool,
    form: FormState,
}
layout::localized!(FinaliseConfirmPage);

/// `GET /manage/calls/{id}/selection/finalise`: what finalising does, and the button that does it, as
/// opening, closing and starting the review are confirmed (managers). A call no longer in review says so.
#[handler]
pub async fn finalise_confirm(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let actor = visitor.manager()?;
    let view = domain::calls::service::get(&state.db, Some(actor), paths::parse_id(&id)?).await?;
    let mut form = FormState::new(visitor.lang, "finalise", &[]);
    let possible = view.state == domain::calls::CallState::Reviewing;
    let status = if possible {
        StatusCode::OK
    } else {
        form.add_error("", &Message::new("error-page-invalid-transition"));
        StatusCode::CONFLICT
    };
    let page = FinaliseConfirmPage {
        visitor,
        view,
        possible,
        form,
    };
    layout::render(&page, status)
}

/// `POST /manage/calls/{id}/selection/finalise`: records every decision and moves the call to `decided`
/// (managers). A refusal lists what stands in the way above the button.
#[handler]
pub async fn finalise(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let call_id = paths::parse_id(&id)?;
    let result = match forms::version(&form) {
        Ok(version) => decisions::finalise(&state.db, &state.optimiser, actor, call_id, version)
            .await
            .map(drop),
        Err(stale) => Err(stale),
    };
    match result {
        Ok(()) => Ok(board_changed(
            state,
            jar,
            call_id,
            "flash-selection-finalised",
            "decide",
        )),
        Err(err) => {
            let mut shown = FormState::new(visitor.lang, "finalise", &[]);
            let status = match err {
                // Finalised meanwhile, in another tab.
                Error::InvalidTransition { .. } => {
                    shown.add_error("", &Message::new("error-page-invalid-transition"));
                    StatusCode::CONFLICT
                }
                other => shown.absorb(other)?,
            };
            let forms = BoardForms {
                finalise: Some(shown),
                ..BoardForms::default()
            };
            board_page(state, visitor, call_id, forms, status).await
        }
    }
}

/// `POST /manage/calls/{id}/selection/publish`: makes a decided call's results public (managers, once).
#[handler]
pub async fn publish(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    _form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let call_id = paths::parse_id(&id)?;
    match results::publish(&state.db, actor, call_id).await {
        Ok(_) => Ok(board_changed(
            state,
            jar,
            call_id,
            "flash-selection-published",
            "decide",
        )),
        Err(err) => {
            let mut shown = FormState::new(visitor.lang, "publish", &[]);
            let status = shown.absorb(err)?;
            let forms = BoardForms {
                publish: Some(shown),
                ..BoardForms::default()
            };
            board_page(state, visitor, call_id, forms, status).await
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// One application

/// The consensus form's score input of a criterion.
fn consensus_score_field(criterion_id: Uuid) -> String {
    format!("score.{criterion_id}")
}

/// The consensus form's rationale textarea of a criterion.
fn consensus_rationale_field(criterion_id: Uuid) -> String {
    format!("rationale.{criterion_id}")
}

/// One criterion's figures, with the names of its consensus inputs.
struct CriterionLine {
    position: i32,
    title: String,
    max_score: i32,
    aggregate: String,
    consensus: Option<i32>,
    rationale: String,
    ranked: String,
    range: String,
    std_dev: String,
    normalised: String,
    flagged: bool,
    score_name: String,
    rationale_name: String,
}

/// The totals line of the figures.
struct TotalsLine {
    aggregate: String,
    ranked: String,
    range: String,
    std_dev: String,
    normalised: String,
    flagged: bool,
}

/// The forms of the application page, each fresh unless a handler brings one back.
#[derive(Default)]
struct ApplicationForms {
    consensus: Option<FormState>,
    /// The override as typed and the version it carries.
    decision: Option<(FormState, i32)>,
}

#[derive(Template)]
#[template(path = "manage_selection_application.html")]
struct ApplicationPage<'a> {
    visitor: &'a Visitor,
    call_id: Uuid,
    call_title: String,
    manager: bool,
    application_id: Uuid,
    reference: String,
    title: String,
    lead: String,
    subdivision: Place,
    requested: String,
    reviews: usize,
    rank: String,
    tie: Option<String>,
    lottery_key: Option<String>,
    proposed: String,
    proposed_class: &'static str,
    reason: String,
    in_optimal: bool,
    differs: bool,
    outcome: String,
    outcome_class: &'static str,
    overridden: bool,
    awarded: String,
    justification: Option<String>,
    normalise: bool,
    criteria: Vec<CriterionLine>,
    totals: TotalsLine,
    may_record_consensus: bool,
    consensus_form: FormState,
    may_override: bool,
    decision_form: FormState,
    decision_version: i32,
    has_override: bool,
    outcome_choices: Vec<Choice>,
}
layout::localized!(ApplicationPage);

/// The board of the call in the path and the index of the application in it. An application that is not
/// the call's, or that the viewer (a conflicted chair) may not see, does not exist for them.
async fn board_with(
    state: &WebState,
    actor: &Actor,
    call_id: &str,
    application_id: &str,
) -> Result<(Board, usize), PageError> {
    let call_id = paths::parse_id(call_id)?;
    let application_id = paths::parse_id(application_id)?;
    let board = board::board(&state.db, &state.optimiser, actor, call_id).await?;
    let index = board
        .rows
        .iter()
        .position(|r| r.application.id == application_id && r.figures.is_some())
        .ok_or(PageError::Domain(Error::NotFound))?;
    Ok((board, index))
}

/// The consensus form with a score and a rationale per criterion, labelled by criterion.
fn consensus_form(lang: Lang, criteria: &[CriterionView]) -> FormState {
    let mut form = FormState::new(lang, "consensus", &[]);
    for criterion in criteria {
        form.add_row_field(
            consensus_score_field(criterion.id),
            lang.t_args(
                "selection-app-consensus-score-of",
                &[("criterion", &criterion.title)],
            ),
        );
        form.add_row_field(
            consensus_rationale_field(criterion.id),
            lang.t_args(
                "selection-app-consensus-rationale-of",
                &[("criterion", &criterion.title)],
            ),
        );
    }
    form
}

/// The consensus form filled with what is recorded.
fn saved_consensus_form(lang: Lang, board: &Board, row: &BoardRow) -> FormState {
    row.consensus
        .iter()
        .fold(consensus_form(lang, &board.call.criteria), |form, c| {
            form.with(&consensus_score_field(c.criterion_id), c.score)
                .with(&consensus_rationale_field(c.criterion_id), &c.rationale)
        })
}

/// The override form filled with the override, if there is one.
fn saved_decision_form(lang: Lang, call: &CallView, row: &BoardRow) -> FormState {
    let form = FormState::new(lang, "decision", OVERRIDE_FIELDS);
    match &row.override_ {
        None => form,
        Some(o) => form
            .with("outcome", o.outcome.map_or("", Outcome::as_str))
            .with("justification", o.justification.clone().unwrap_or_default())
            .with(
                "awarded_amount",
                o.awarded_minor
                    .map(|m| call.money(m).to_decimal_string(call.currency))
                    .unwrap_or_default(),
            ),
    }
}

fn spread_texts(lang: Lang, spread: &Spread) -> (String, String) {
    (
        figure(lang, Some(spread.range)),
        figure(lang, Some(spread.std_dev)),
    )
}

fn application_page(
    visitor: &Visitor,
    board: Board,
    index: usize,
    forms: ApplicationForms,
    status: StatusCode,
) -> Result<Response, PageError> {
    let lang = visitor.lang;
    let row = &board.rows[index];
    let call = &board.call;
    let Some(figures) = row.figures.as_ref() else {
        return Err(PageError::Domain(Error::NotFound));
    };
    let criteria = call
        .criteria
        .iter()
        .zip(&figures.criteria)
        .map(|(criterion, f)| {
            let (range, std_dev) = spread_texts(lang, &f.spread);
            CriterionLine {
                position: criterion.position,
                title: criterion.title.clone(),
                max_score: criterion.max_score,
                aggregate: figure(lang, f.aggregate),
                consensus: f.consensus,
                rationale: row
                    .consensus
                    .iter()
                    .find(|c| c.criterion_id == criterion.id)
                    .map(|c| c.rationale.clone())
                    .unwrap_or_default(),
                ranked: figure(lang, f.ranked),
                range,
                std_dev,
                normalised: figure(lang, f.normalised),
                flagged: f.flagged,
                score_name: consensus_score_field(criterion.id),
                rationale_name: consensus_rationale_field(criterion.id),
            }
        })
        .collect();
    let (range, std_dev) = spread_texts(lang, &figures.total_spread);
    let (decision_form, decision_version) = forms.decision.unwrap_or_else(|| {
        (
            saved_decision_form(lang, call, row),
            row.override_.as_ref().map_or(0, |o| o.version),
        )
    });
    let page = ApplicationPage {
        visitor,
        call_id: call.call.id,
        call_title: call.call.title.clone(),
        manager: board.for_manager,
        application_id: row.application.id,
        reference: row.application.reference.clone().unwrap_or_default(),
        title: row.application.title.clone(),
        lead: row.lead.name.clone(),
        subdivision: Place::subdivision_opt(lang, row.lead.subdivision.as_deref()),
        requested: call_text::amount_of_minor(lang, row.application.requested_minor, call.currency),
        reviews: figures.reviews,
        rank: rank_text(lang, row.ranked.rank),
        tie: row
            .ranked
            .tie_break
            .as_ref()
            .map(|tie| tie_break_text(lang, tie, &call.criteria)),
        lottery_key: row.ranked.lottery_key.clone(),
        proposed: outcome_label(lang, row.proposed.outcome),
        proposed_class: outcome_class(row.proposed.outcome),
        reason: reason_label(lang, row.proposed.reason),
        in_optimal: row.in_optimal,
        differs: row.differs(),
        outcome: outcome_label(lang, row.outcome),
        outcome_class: outcome_class(row.outcome),
        overridden: row.overridden(),
        awarded: row.awarded_minor.map_or_else(String::new, |minor| {
            call_text::amount_of_minor(lang, minor, call.currency)
        }),
        justification: row.override_.as_ref().and_then(|o| o.justification.clone()),
        normalise: board.settings.normalise,
        criteria,
        totals: TotalsLine {
            aggregate: figure(lang, figures.total),
            ranked: figure(lang, figures.ranked_total),
            range,
            std_dev,
            normalised: figure(lang, figures.normalised_total),
            flagged: figures.flagged,
        },
        // Closed scoring locks consensus scores; a refused form still shows, with the reason.
        may_record_consensus: board.may_record_consensus(forms.consensus.is_some()),
        consensus_form: forms
            .consensus
            .unwrap_or_else(|| saved_consensus_form(lang, &board, row)),
        may_override: board.may_override(),
        decision_form,
        decision_version,
        has_override: row.override_.is_some(),
        outcome_choices: Outcome::ALL
            .into_iter()
            .map(|outcome| Choice {
                value: outcome.as_str().to_owned(),
                label: outcome_label(lang, outcome),
                selected: false,
            })
            .collect(),
    };
    layout::render(&page, status)
}

/// Back to the application's page after a change, with a notice.
fn application_changed(
    state: &WebState,
    jar: &CookieJar,
    call_id: Uuid,
    application_id: Uuid,
    flash: &str,
) -> Response {
    session::redirect_with_flash(
        state,
        jar,
        flash,
        format!("/manage/calls/{call_id}/selection/{application_id}"),
    )
}

/// `GET /manage/calls/{id}/selection/{application_id}`: managers and the chair (not on an application the
/// chair is conflicted on).
#[handler]
pub async fn application_show(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path((id, application_id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (board, index) = board_with(state, visitor.actor()?, &id, &application_id).await?;
    application_page(
        visitor,
        board,
        index,
        ApplicationForms::default(),
        StatusCode::OK,
    )
}

/// The consensus form as posted: one score per criterion whose row is filled in, in the call's order, and
/// the rows that cannot be sent (a score that is not a whole number, a rationale without a score). A row
/// left blank records no consensus on its criterion. Returns the inputs, the criterion of each input (the
/// domain's errors on `scores[i]` are about the `i`-th), and the errors found here.
fn read_consensus(
    form: &CheckedForm,
    criteria: &[CriterionView],
) -> (Vec<ConsensusInput>, Vec<Uuid>, Vec<FieldError>) {
    let mut inputs = Vec::new();
    let mut sent = Vec::new();
    let mut unreadable = Vec::new();
    for criterion in criteria {
        let score_name = consensus_score_field(criterion.id);
        let rationale = form.text(&consensus_rationale_field(criterion.id));
        let score = form.optional(&score_name);
        if score.is_none() && rationale.trim().is_empty() {
            continue;
        }
        match forms::parse_optional_i32(score) {
            Ok(Some(score)) => {
                inputs.push(ConsensusInput {
                    criterion_id: criterion.id,
                    score,
                    rationale: rationale.to_owned(),
                });
                sent.push(criterion.id);
            }
            Ok(None) => unreadable.push(FieldError::new(
                &score_name,
                Message::new("selection-app-consensus-score-missing"),
            )),
            Err(message) => unreadable.push(FieldError::new(&score_name, message)),
        }
    }
    (inputs, sent, unreadable)
}

/// The domain's errors on `scores[i].score` and `scores[i].rationale` renamed to the inputs of the `i`-th
/// criterion sent.
fn consensus_fields(errors: Vec<FieldError>, sent: &[Uuid]) -> Vec<FieldError> {
    errors
        .into_iter()
        .map(|mut error| {
            let indexed = error
                .field
                .strip_prefix("scores[")
                .and_then(|rest| rest.split_once("]."))
                .and_then(|(index, part)| Some((sent.get(index.parse::<usize>().ok()?)?, part)));
            if let Some((criterion_id, part)) = indexed {
                error.field = if part == "rationale" {
                    consensus_rationale_field(*criterion_id)
                } else {
                    consensus_score_field(*criterion_id)
                };
            }
            error
        })
        .collect()
}

/// `POST /manage/calls/{id}/selection/{application_id}/consensus`: the chair records the scores the
/// committee agreed on, replacing those recorded before.
#[handler]
pub async fn record_consensus(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path((id, application_id)): Path<(String, String)>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let lang = visitor.lang;
    let (board, index) = board_with(state, actor, &id, &application_id).await?;
    let call_id = board.call.call.id;
    let application_id = board.rows[index].application.id;
    let (inputs, sent, unreadable) = read_consensus(&form, &board.call.criteria);
    let mut shown = consensus_form(lang, &board.call.criteria).keeping(&form, &[]);
    let status = if unreadable.is_empty() {
        match decisions::record_consensus(&state.db, actor, application_id, &inputs).await {
            Ok(_) => {
                return Ok(application_changed(
                    state,
                    jar,
                    call_id,
                    application_id,
                    "flash-selection-consensus-saved",
                ));
            }
            Err(Error::Validation(errors)) => {
                shown.add_field_errors(&consensus_fields(errors, &sent));
                StatusCode::UNPROCESSABLE_ENTITY
            }
            Err(other) => shown.absorb(other)?,
        }
    } else {
        // Nothing is sent while a row cannot be read.
        shown.add_field_errors(&unreadable);
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let forms = ApplicationForms {
        consensus: Some(shown),
        ..ApplicationForms::default()
    };
    application_page(visitor, board, index, forms, status)
}

/// The override as posted.
fn read_override(form: &CheckedForm, version: i32) -> OverrideInput {
    OverrideInput {
        outcome: form.optional("outcome").map(str::to_owned),
        justification: form.text("justification").to_owned(),
        awarded_amount: form.optional("awarded_amount").map(str::to_owned),
        version,
    }
}

/// After an override refused because another manager changed it meanwhile: marks every field whose saved
/// value differs from what was typed, with the saved value to show beside it.
fn mark_saved_meanwhile(
    lang: Lang,
    shown: &mut FormState,
    call: &CallView,
    current: Option<&OverrideView>,
    sent: &OverrideInput,
) {
    let or_empty = |text: String| {
        if text.is_empty() {
            lang.t("selection-app-saved-empty")
        } else {
            text
        }
    };
    let saved_outcome = current.and_then(|o| o.outcome);
    if saved_outcome.map_or("", Outcome::as_str) != sent.outcome.as_deref().unwrap_or("").trim() {
        shown.add_saved_meanwhile(
            "outcome",
            saved_outcome.map_or_else(
                || lang.t("selection-app-as-proposed"),
                |o| outcome_label(lang, o),
            ),
        );
    }
    let saved_justification = current
        .and_then(|o| o.justification.clone())
        .unwrap_or_default();
    if saved_justification != sent.justification.trim() {
        shown.add_saved_meanwhile("justification", or_empty(saved_justification));
    }
    let saved_award = current
        .and_then(|o| o.awarded_minor)
        .map(|m| call.money(m).to_decimal_string(call.currency))
        .unwrap_or_default();
    if saved_award != sent.awarded_amount.as_deref().unwrap_or("").trim() {
        shown.add_saved_meanwhile("awarded_amount", or_empty(saved_award));
    }
}

/// `POST /manage/calls/{id}/selection/{application_id}/decision`: a manager departs from the proposal
/// (with a written justification) or lowers the award. A refusal comes back as typed; a stale one shows
/// what the other manager saved beside each field.
#[handler]
pub async fn set_decision(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path((id, application_id)): Path<(String, String)>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let lang = visitor.lang;
    let (board, index) = board_with(state, actor, &id, &application_id).await?;
    let call_id = board.call.call.id;
    let application_id = board.rows[index].application.id;
    let sent_version = forms::version(&form).ok();
    let input = read_override(&form, sent_version.unwrap_or(-1));
    let result = match sent_version {
        Some(_) => decisions::set_override(&state.db, actor, application_id, &input).await,
        None => Err(Error::stale()),
    };
    let mut shown = FormState::new(lang, "decision", OVERRIDE_FIELDS).keeping(&form, &[]);
    let (status, board, index, version) = match result {
        Ok(_) => {
            return Ok(application_changed(
                state,
                jar,
                call_id,
                application_id,
                "flash-selection-decision-saved",
            ));
        }
        // Changed meanwhile by another manager: both versions in view, and the current version carried so
        // that saving again keeps what was typed here.
        Err(Error::Stale) => {
            let (current, index) = board_with(
                state,
                actor,
                &call_id.to_string(),
                &application_id.to_string(),
            )
            .await?;
            let saved = current.rows[index].override_.as_ref();
            shown.add_error("", &Message::new("selection-app-stale"));
            mark_saved_meanwhile(lang, &mut shown, &current.call, saved, &input);
            let version = saved.map_or(0, |o| o.version);
            (StatusCode::CONFLICT, current, index, version)
        }
        Err(other) => {
            let status = shown.absorb(other)?;
            let version = sent_version.unwrap_or_else(|| {
                board.rows[index]
                    .override_
                    .as_ref()
                    .map_or(0, |o| o.version)
            });
            (status, board, index, version)
        }
    };
    let forms = ApplicationForms {
        decision: Some((shown, version)),
        ..ApplicationForms::default()
    };
    application_page(visitor, board, index, forms, status)
}

/// `POST /manage/calls/{id}/selection/{application_id}/decision/clear`: back to the proposal.
#[handler]
pub async fn clear_decision(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path((id, application_id)): Path<(String, String)>,
    _form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let (board, index) = board_with(state, actor, &id, &application_id).await?;
    let call_id = board.call.call.id;
    let application_id = board.rows[index].application.id;
    match decisions::clear_override(&state.db, actor, application_id).await {
        Ok(()) => Ok(application_changed(
            state,
            jar,
            call_id,
            application_id,
            "flash-selection-decision-cleared",
        )),
        Err(err) => {
            let mut shown = saved_decision_form(visitor.lang, &board.call, &board.rows[index]);
            let status = shown.absorb(err)?;
            let version = board.rows[index]
                .override_
                .as_ref()
                .map_or(0, |o| o.version);
            let forms = ApplicationForms {
                decision: Some((shown, version)),
                ..ApplicationForms::default()
            };
            application_page(visitor, board, index, forms, status)
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// The public results

/// An application as the results table shows it.
struct ResultLine {
    /// The funded project a selected applicant became, once it exists.
    project_id: Option<Uuid>,
    rank: String,
    lottery_key: Option<String>,
    reference: String,
    title: String,
    lead: String,
    subdivision: Place,
    /// Per criterion: the figure, and in a benchmark call "met" or "not met" (empty otherwise).
    scores: Vec<(String, String)>,
    /// In a benchmark call with levels, the level a selected application reached.
    level: String,
    total: String,
    outcome: String,
    outcome_class: &'static str,
    reason: String,
    justification: Option<String>,
    awarded: String,
}

/// A committee member as the results list them.
struct MemberLine {
    name: String,
    sector: String,
    role: String,
}

#[derive(Template)]
#[template(path = "results.html")]
struct ResultsPage<'a> {
    visitor: &'a Visitor,
    call_id: Uuid,
    title: String,
    programme: String,
    published: Option<String>,
    decided: Option<String>,
    awarded: String,
    aggregation: String,
    /// The kind of call, e.g. "Benchmark: every application that meets it is recognised".
    selection_mode: String,
    /// Whether the call is a benchmark call with levels (the table shows them).
    levels: bool,
    criteria: Vec<String>,
    /// This page's applications, in rank order.
    lines: Vec<ResultLine>,
    /// The links to the table's other pages.
    pager: layout::Pager,
    committee: Vec<MemberLine>,
    seed: Option<String>,
    /// The seed's SHA-256, published when reviewing started, to check the seed against.
    commitment: Option<String>,
    /// The shell command that prints the seed's SHA-256 (a command, not words to translate).
    check_command: String,
    /// The language of the call's own texts, when not the page's.
    content_language: Option<ContentLanguage>,
}
layout::localized!(ResultsPage);

/// The results page's query: which page of the table (nonsense means the first; past the end, the last).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ResultsQuery {
    page: String,
}

/// The page of `total` rows that `asked` names, clamped to the pages there are, as a pager sees it.
fn results_page(asked: &str, total: usize, path: &str) -> (layout::Pager, std::ops::Range<usize>) {
    let total = total as u64;
    let pages = total.div_ceil(RESULTS_PER_PAGE).max(1);
    let page = layout::page_number(Some(asked))
        .unwrap_or(1)
        .clamp(1, pages);
    let paged = domain::Page::<()> {
        items: vec![],
        total,
        page,
        limit: RESULTS_PER_PAGE,
    };
    let start = (page - 1) * RESULTS_PER_PAGE;
    let end = (start + RESULTS_PER_PAGE).min(total);
    let range =
        usize::try_from(start).unwrap_or(usize::MAX)..usize::try_from(end).unwrap_or(usize::MAX);
    (layout::Pager::new(&paged, path, &[]), range)
}

/// `GET /calls/{id}/results`: anyone once published; managers from the moment the call is decided, with a
/// notice that the public cannot see them yet. Otherwise the 404 page. The table comes 50 to a page
/// (`?page=N`); the JSON and CSV downloads hold all of it.
#[handler]
pub async fn results_show(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path(id): Path<String>,
    Query(query): Query<ResultsQuery>,
) -> Result<Response, PageError> {
    let lang = visitor.lang;
    let call_id = paths::parse_id(&id)?;
    let results = results::results(&state.db, visitor.actor.as_ref(), call_id).await?;
    let (pager, shown) = results_page(
        &query.page,
        results.rows.len(),
        &format!("/calls/{call_id}/results"),
    );
    let call = &results.call.clone().in_language(lang.into());
    let projects = domain::projects::service::ids_by_application(&state.db, call.call.id).await?;
    let tz = call_text::time_zone_of(&call.call.time_zone);
    let currency = call.currency;
    let page = ResultsPage {
        visitor,
        content_language: call_text::content_language(lang, &call.reading),
        call_id: call.call.id,
        title: call.call.title.clone(),
        programme: call.programme.name.clone(),
        published: results
            .published_at
            .map(|at| format::date_time(lang, at, tz)),
        decided: results.decided_at.map(|at| format::date_time(lang, at, tz)),
        awarded: lang.t_args(
            "selection-page-awarded-of",
            &[
                (
                    "awarded",
                    &call_text::amount(lang, results.awarded, currency),
                ),
                (
                    "budget",
                    &call_text::amount_of_minor(lang, call.call.total_budget_minor, currency),
                ),
            ],
        ),
        aggregation: Aggregation::parse(&call.call.aggregation)
            .map(|method| lang.t(&aggregation_key(method)))
            .unwrap_or_default(),
        selection_mode: lang.t(&format!(
            "call-selection-mode-{}",
            board::mode_of(&call.call)?.as_str()
        )),
        levels: board::mode_of(&call.call)? == SelectionMode::Benchmark
            && !board::benchmark_of(&call.call)?.levels.is_empty(),
        criteria: call
            .criteria
            .iter()
            .map(|c| format!("{}. {}", c.position, c.title))
            .collect(),
        pager,
        lines: results.rows[shown]
            .iter()
            .map(|row| ResultLine {
                project_id: projects.get(&row.application.id).copied(),
                rank: rank_text(lang, row.rank.and_then(|r| usize::try_from(r).ok())),
                lottery_key: row.lottery_key.clone(),
                reference: row.application.reference.clone().unwrap_or_default(),
                title: row.application.title.clone(),
                lead: row.lead.name.clone(),
                subdivision: Place::subdivision_opt(lang, row.lead.subdivision.as_deref()),
                scores: row
                    .scores
                    .iter()
                    .enumerate()
                    .map(|(i, s)| {
                        let met = row.assessment.as_ref().and_then(|a| a.met.get(i));
                        let met = match met {
                            None => String::new(),
                            Some(true) => lang.t("results-page-criterion-met"),
                            Some(false) => lang.t("results-page-criterion-not-met"),
                        };
                        (figure(lang, *s), met)
                    })
                    .collect(),
                level: row
                    .level
                    .clone()
                    .filter(|_| row.outcome == Outcome::Selected)
                    .unwrap_or_default(),
                total: figure(lang, row.total),
                outcome: outcome_label(lang, row.outcome),
                outcome_class: outcome_class(row.outcome),
                reason: final_reason_label(lang, row.reason),
                justification: row.justification.clone(),
                awarded: row
                    .awarded
                    .map_or_else(String::new, |m| call_text::amount(lang, m, currency)),
            })
            .collect(),
        committee: results
            .committee
            .iter()
            .map(|m| MemberLine {
                name: m.name.clone(),
                sector: lang.message(&m.sector.label()),
                role: lang.message(&m.role.label()),
            })
            .collect(),
        seed: results.seed.clone(),
        commitment: results.commitment.clone(),
        check_command: format!(
            "printf %s {} | sha256sum",
            results.seed.as_deref().unwrap_or_default()
        ),
    };
    layout::ok(&page)
}

// ---------------------------------------------------------------------------------------------------------
// An applicant's own results

/// One criterion of an application's results.
pub(crate) struct FeedbackCriterion {
    pub position: i32,
    pub title: String,
    /// The ranked figure on the criterion's scale, "4.33 out of 5".
    pub score: String,
    /// The consensus the committee agreed, "4 out of 5", and why.
    pub consensus: Option<(String, String)>,
}

/// One reviewer's score and comment on a criterion.
pub(crate) struct FeedbackScore {
    pub title: String,
    pub score: String,
    pub comment: String,
}

/// One reviewer's comments, named by number only.
pub(crate) struct FeedbackReviewer {
    /// "Reviewer 1".
    pub label: String,
    pub scores: Vec<FeedbackScore>,
    pub overall_comment: String,
    pub recommendation: String,
}

/// The results section of an application's page.
pub(crate) struct FeedbackSection {
    pub call_id: Uuid,
    pub outcome: String,
    pub outcome_class: &'static str,
    pub reason: String,
    pub justification: Option<String>,
    pub rank: String,
    /// "76.67 out of 100".
    pub total: String,
    pub awarded: Option<String>,
    pub criteria: Vec<FeedbackCriterion>,
    pub reviewers: Vec<FeedbackReviewer>,
}

/// "4.33 out of 5".
fn out_of(lang: Lang, score: String, max: i32) -> String {
    lang.t_args(
        "application-results-out-of",
        &[("score", &score), ("max", &max.to_string())],
    )
}

/// The results section of an application's page once the call's results are published; `None` before, and
/// for anyone the domain does not show them to.
pub(crate) async fn feedback_section(
    state: &WebState,
    actor: &Actor,
    lang: Lang,
    view: &ApplicationView,
) -> Result<Option<FeedbackSection>, PageError> {
    if view.call.call.results_published_at.is_none() {
        return Ok(None);
    }
    let feedback = match results::feedback(&state.db, actor, view.application.id).await {
        Ok(feedback) => feedback,
        // Not decided on (withdrawn before the decisions, say): nothing to show.
        Err(Error::NotFound | Error::Conflict(_)) => return Ok(None),
        Err(other) => return Err(other.into()),
    };
    let currency = feedback.call.currency;
    let row = &feedback.row;
    Ok(Some(FeedbackSection {
        call_id: feedback.call.call.id,
        outcome: outcome_label(lang, row.outcome),
        outcome_class: outcome_class(row.outcome),
        reason: final_reason_label(lang, row.reason),
        justification: row.justification.clone(),
        rank: rank_text(lang, row.rank.and_then(|r| usize::try_from(r).ok())),
        total: lang.t_args(
            "call-score-out-of-100",
            &[("score", &figure(lang, row.total))],
        ),
        awarded: row.awarded.map(|m| call_text::amount(lang, m, currency)),
        criteria: feedback
            .criteria
            .iter()
            .map(|c| FeedbackCriterion {
                position: c.criterion.position,
                title: c.criterion.title.clone(),
                score: out_of(lang, figure(lang, c.score), c.criterion.max_score),
                consensus: c.consensus.as_ref().map(|consensus| {
                    (
                        out_of(lang, consensus.score.to_string(), c.criterion.max_score),
                        consensus.rationale.clone(),
                    )
                }),
            })
            .collect(),
        reviewers: feedback
            .reviewers
            .iter()
            .map(|reviewer| FeedbackReviewer {
                label: lang.t_args(
                    "application-results-reviewer",
                    &[("number", &reviewer.number.to_string())],
                ),
                scores: reviewer
                    .scores
                    .iter()
                    .map(|(criterion, score, comment)| FeedbackScore {
                        title: criterion.title.clone(),
                        score: score.map_or_else(
                            || NO_FIGURE.to_owned(),
                            |s| out_of(lang, s.to_string(), criterion.max_score),
                        ),
                        comment: comment.clone(),
                    })
                    .collect(),
                overall_comment: reviewer.overall_comment.clone(),
                recommendation: reviewer.recommendation.map_or_else(
                    || NO_FIGURE.to_owned(),
                    |r: Recommendation| lang.t(&r.label_key()),
                ),
            })
            .collect(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    #[test]
    fn figures_are_rounded_to_two_places_for_display_only_in_the_language_s_format() {
        assert_eq!(
            figure(Lang::En, Some(dec("66.666666666666666666"))),
            "66.67"
        );
        assert_eq!(figure(Lang::En, Some(dec("80"))), "80.00");
        assert_eq!(figure(Lang::En, Some(dec("4.5"))), "4.50");
        assert_eq!(figure(Lang::Fr, Some(dec("66.666"))), "66,67");
        // CLDR's Spanish groups only from five digits on (minimum grouping digits 2).
        assert_eq!(figure(Lang::Es, Some(dec("1234.5"))), "1234,50");
        assert_eq!(figure(Lang::Es, Some(dec("12345.5"))), "12.345,50");
        assert_eq!(figure(Lang::En, Some(dec("-0.001"))), "0.00");
        assert_eq!(figure(Lang::En, Some(dec("-1.256"))), "-1.26");
        assert_eq!(figure(Lang::En, None), NO_FIGURE);
    }

    #[test]
    fn a_tie_broken_by_a_criterion_names_it_and_a_lottery_says_so() {
        let criterion = CriterionView {
            id: Uuid::nil(),
            position: 2,
            title: "Transparency".into(),
            guidance: String::new(),
            weight: Decimal::ONE,
            max_score: 10,
            min_score: None,
        };
        let text = tie_break_text(Lang::En, &TieBreak::Criterion(0), &[criterion]);
        assert!(
            text.contains('2') && text.contains("Transparency"),
            "{text}"
        );
        let lottery = tie_break_text(Lang::En, &TieBreak::Lottery, &[]);
        assert!(lottery.contains("lottery"), "{lottery}");
        // An index the call does not have cannot name a criterion.
        assert_eq!(
            tie_break_text(Lang::En, &TieBreak::Criterion(5), &[]),
            lottery
        );
    }

    #[test]
    fn every_outcome_reason_and_method_has_its_words_in_every_language() {
        let mut keys: Vec<String> = include_str!("selection.rs")
            .split('"')
            .skip(1)
            .step_by(2)
            .filter(|literal| {
                [
                    "selection-page-",
                    "selection-app-",
                    "application-results-",
                    "flash-selection-",
                ]
                .iter()
                .any(|prefix| literal.starts_with(prefix))
                    && literal
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && !literal.ends_with('-')
            })
            .map(str::to_owned)
            .collect();
        keys.extend(Outcome::ALL.into_iter().map(|o| o.label().key));
        keys.extend(Reason::ALL.into_iter().map(|r| r.label().key));
        keys.push(FinalReason::Override.label().key);
        keys.extend(Aggregation::ALL.into_iter().map(aggregation_key));
        assert!(keys.len() > 25, "found only {} keys", keys.len());
        for lang in Lang::ALL {
            let missing: Vec<_> = keys.iter().filter(|key| !lang.has(key)).collect();
            assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        }
    }

    fn criteria(n: usize) -> Vec<CriterionView> {
        (0..n)
            .map(|i| CriterionView {
                id: Uuid::from_u128(i as u128 + 1),
                position: i as i32 + 1,
                title: format!("Criterion {}", i + 1),
                guidance: String::new(),
                weight: Decimal::ONE,
                max_score: 5,
                min_score: None,
            })
            .collect()
    }

    #[test]
    fn blank_consensus_rows_are_not_sent_and_unreadable_ones_stop_the_form() {
        let criteria = criteria(3);
        let [a, b, c] = [criteria[0].id, criteria[1].id, criteria[2].id];
        let form = CheckedForm::from_pairs(&[
            ("csrf_token", "t"),
            (&consensus_score_field(a), " "),
            (&consensus_rationale_field(a), "  "),
            (&consensus_score_field(b), "4"),
            (&consensus_rationale_field(b), "Agreed after the hearing."),
            (&consensus_score_field(c), ""),
            (&consensus_rationale_field(c), "A reason but no score"),
        ]);
        let (inputs, sent, unreadable) = read_consensus(&form, &criteria);
        assert_eq!(sent, [b]);
        assert_eq!(inputs.len(), 1);
        assert_eq!(inputs[0].score, 4);
        assert_eq!(inputs[0].rationale, "Agreed after the hearing.");
        assert_eq!(unreadable.len(), 1);
        assert_eq!(unreadable[0].field, consensus_score_field(c));

        let garbled = CheckedForm::from_pairs(&[(&consensus_score_field(a), "four")]);
        let (_, _, unreadable) = read_consensus(&garbled, &criteria);
        assert_eq!(unreadable[0].message.key, "form-error-not-a-whole-number");
    }

    #[test]
    fn consensus_errors_land_on_the_inputs_of_the_criterion_they_are_about() {
        let criteria = criteria(3);
        let sent = [criteria[1].id, criteria[2].id];
        let errors = consensus_fields(
            vec![
                FieldError::new("scores[1].score", Message::new("error-between")),
                FieldError::new("scores[0].rationale", Message::new("error-required")),
                FieldError::new("scores[7].score", Message::new("error-between")),
                FieldError::new("scores", Message::new("error-required")),
            ],
            &sent,
        );
        assert_eq!(errors[0].field, consensus_score_field(criteria[2].id));
        assert_eq!(errors[1].field, consensus_rationale_field(criteria[1].id));
        assert_eq!(errors[2].field, "scores[7].score");
        assert_eq!(errors[3].field, "scores");
    }

    #[test]
    fn only_a_ticked_checkbox_turns_normalisation_on() {
        let on = CheckedForm::from_pairs(&[
            ("aggregation", "median"),
            ("normalise", "yes"),
            ("disagreement_threshold", " 25 "),
        ]);
        let input = read_settings(&on, 3);
        assert_eq!(input.aggregation, "median");
        assert!(input.normalise);
        assert_eq!(input.disagreement_threshold.as_deref(), Some("25"));
        assert_eq!(input.version, 3);
        let off =
            CheckedForm::from_pairs(&[("aggregation", "mean"), ("disagreement_threshold", "")]);
        let input = read_settings(&off, 3);
        assert!(!input.normalise);
        assert_eq!(input.disagreement_threshold, None);
    }

    #[test]
    fn an_override_without_an_outcome_keeps_the_proposal() {
        let form = CheckedForm::from_pairs(&[
            ("outcome", ""),
            ("justification", "Lower award agreed with the municipality."),
            ("awarded_amount", "4000"),
        ]);
        let input = read_override(&form, 2);
        assert_eq!(input.outcome, None);
        assert_eq!(input.awarded_amount.as_deref(), Some("4000"));
        assert_eq!(input.version, 2);
    }
}
