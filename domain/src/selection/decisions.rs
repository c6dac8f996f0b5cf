//! Deciding: the call's aggregation settings, the chair's consensus scores, managers' overrides of the
//! proposal (each with a written justification), closing scoring (which locks reviews and consensus scores
//! and reveals the lottery seed), and finalising, which writes one immutable decision per application and
//! moves the call to `decided`.

use std::collections::HashMap;

use chrono::Utc;
use rust_decimal::Decimal;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, IntoActiveModel, QueryFilter,
    Set,
};
use serde::Serialize;
use uuid::Uuid;

use super::aggregate::Aggregation;
use super::board::{self, Board};
use super::entity::{consensus, decision, decision_override};
use super::lottery::{self, Lottery};
use super::modes::SelectionMode;
use super::optimum::Optimiser;
use super::proposal::Outcome;
use super::views::{ConsensusView, OverrideView};
use crate::applications::entity::application;
use crate::applications::lifecycle::ApplicationState;
use crate::audit::{self, Subject};
use crate::calls::CallState;
use crate::calls::entity::call;
use crate::calls::service::{CallView, frozen, load as load_call};
use crate::committee::{self, MemberRole, conflicts};
use crate::error::Validator;
use crate::money::Money;
use crate::money::{Sign, parse_decimal};
use crate::{Actor, Error, Message, Result, Role, db};

/// Longest justification or rationale, in characters.
pub const MAX_TEXT: usize = 4000;

/// A call's aggregation settings as a manager writes them.
#[derive(Debug, Clone)]
pub struct SettingsInput {
    /// `mean` or `median`; frozen once the call opens, as it is a published rule.
    pub aggregation: String,
    /// Show per-reviewer z-scores beside the raw figures.
    pub normalise: bool,
    /// Spread (points on 0-100) from which an application is flagged, or empty for none.
    pub disagreement_threshold: Option<String>,
    /// The call's version as read.
    pub version: i32,
}

/// How a call selects, as a manager writes it beside its aggregation settings; frozen once the call opens.
#[derive(Debug, Clone, Default)]
pub struct ModeInput {
    /// `competitive`, `benchmark` or `enrolment`; `None` keeps the call's.
    pub selection_mode: Option<String>,
    /// The benchmark's core criteria and levels; `None` keeps the call's.
    pub benchmark: Option<BenchmarkInput>,
    /// Whether the call is rolling (no deadline, each application decided as it comes; benchmark and
    /// enrolment calls only); `None` keeps the call's.
    pub rolling: Option<bool>,
}

/// A benchmark as a manager writes it.
#[derive(Debug, Clone, Default)]
pub struct BenchmarkInput {
    /// Positions of the core criteria, all of which must be met.
    pub core: Vec<i32>,
    /// How many of the other criteria must be met; all when `None`.
    pub others_needed: Option<u32>,
    /// Levels in ascending order.
    pub levels: Vec<LevelInput>,
}

/// A benchmark level as written.
#[derive(Debug, Clone, Default)]
pub struct LevelInput {
    /// Its name.
    pub name: String,
    /// Its minimum total (0-100), a decimal string.
    pub min_total: Option<String>,
    /// How many non-core criteria it needs met; the benchmark's number when `None`.
    pub others_needed: Option<u32>,
    /// A fixed award, a decimal string (zero is a recognition only); the request when `None`.
    pub award: Option<String>,
}

/// Longest level name, in characters.
pub const MAX_LEVEL_NAME: usize = 100;

/// Checks a written benchmark against the call's criteria and currency.
fn parse_benchmark(
    v: &mut Validator,
    call: &CallView,
    input: &BenchmarkInput,
) -> Option<super::benchmark::Benchmark> {
    let mut ok = true;
    for position in &input.core {
        if !call.criteria.iter().any(|c| c.position == *position) {
            v.check(
                false,
                "benchmark.core",
                Message::new("error-benchmark-criterion-unknown").arg("position", position),
            );
            ok = false;
        }
    }
    let mut levels = Vec::with_capacity(input.levels.len());
    for (i, level) in input.levels.iter().enumerate() {
        let field = |name: &str| format!("benchmark.levels[{i}].{name}");
        let name = level.name.trim();
        if name.is_empty() {
            v.check(false, &field("name"), Message::new("error-required"));
            ok = false;
        } else if name.chars().count() > MAX_LEVEL_NAME {
            v.check(
                false,
                &field("name"),
                Message::new("error-too-long").arg("max", MAX_LEVEL_NAME),
            );
            ok = false;
        }
        let min_total = match level.min_total.as_deref().filter(|t| !t.trim().is_empty()) {
            None => Some(None),
            Some(text) => v
                .parse(
                    &field("min_total"),
                    parse_decimal(text, Sign::NonNegative)
                        .filter(|t| *t <= Decimal::ONE_HUNDRED)
                        .ok_or_else(|| Message::new("error-threshold-range")),
                )
                .map(Some),
        };
        let award = match level.award.as_deref().filter(|t| !t.trim().is_empty()) {
            None => Some(None),
            Some(text) => v
                .parse(&field("award"), Money::parse(text.trim(), call.currency))
                .map(|m| Some(m.to_minor(call.currency))),
        };
        match (min_total, award) {
            (Some(min_total), Some(award_minor)) => levels.push(super::benchmark::Level {
                name: name.to_owned(),
                min_total: min_total.map(|t: Decimal| t.normalize()),
                others_needed: level.others_needed,
                award_minor,
            }),
            _ => ok = false,
        }
    }
    ok.then(|| super::benchmark::Benchmark {
        core: input.core.clone(),
        others_needed: input.others_needed,
        levels,
    })
}

/// One consensus score as the chair writes it.
#[derive(Debug, Clone)]
pub struct ConsensusInput {
    /// The criterion.
    pub criterion_id: Uuid,
    /// The agreed score.
    pub score: i32,
    /// Why the committee agreed on it.
    pub rationale: String,
}

/// A manager's override as written.
#[derive(Debug, Clone)]
pub struct OverrideInput {
    /// `selected`, `waitlisted` or `not_selected`; `None` keeps the proposal's outcome.
    pub outcome: Option<String>,
    /// Why the outcome departs from the proposal; required with an outcome.
    pub justification: String,
    /// A lower award, a decimal string; `None` awards the request.
    pub awarded_amount: Option<String>,
    /// The override's version as read (0 when there is none).
    pub version: i32,
}

fn require_manager(actor: &Actor) -> Result<()> {
    actor.require_any(&[Role::Manager])
}

/// Decisions can be prepared only while the committee reviews; once decided they are final.
fn require_reviewing(call: &CallView) -> Result<()> {
    match call.state {
        CallState::Reviewing => Ok(()),
        CallState::Decided | CallState::Archived => {
            Err(Error::Conflict(Message::new("error-decisions-final")))
        }
        _ => Err(Error::Conflict(Message::new("error-call-not-reviewing"))),
    }
}

/// Scores may change only until scoring closes: a revealed lottery seed must never meet a changing score.
fn require_scoring_open(call: &CallView) -> Result<()> {
    if call.scoring_closed() {
        Err(Error::Conflict(Message::new("error-scoring-closed")))
    } else {
        Ok(())
    }
}

/// What the audit log says of closing scoring: the seed revealed and the commitment it answers.
fn closing_summary(call: &CallView, how: &str) -> String {
    match call.call.lottery_seed.as_deref() {
        Some(seed) => format!(
            "{how}; reviews and consensus scores locked; lottery seed {seed} revealed (commitment {})",
            lottery::commitment(seed)
        ),
        None => format!("{how}; reviews and consensus scores locked"),
    }
}

/// Closes scoring: from now on no review may be submitted or revised and no consensus score recorded, and
/// the lottery seed, published until now only as its commitment, is revealed on the board and breaks ties.
/// Managers only, while the call is reviewing; overrides and finalising follow. Returns the board, with the
/// seed.
pub async fn close_scoring(
    db: &DatabaseConnection,
    optimiser: &Optimiser,
    actor: &Actor,
    call_id: Uuid,
    version: i32,
) -> Result<Board> {
    require_manager(actor)?;
    let tx = db::begin_write(db).await?;
    let view = load_call(&tx, call_id).await?;
    if view.call.version != version {
        return Err(Error::stale());
    }
    require_reviewing(&view)?;
    require_scoring_open(&view)?;
    let now = Utc::now();
    let mut model = view.call.clone().into_active_model();
    model.scoring_closed_at = Set(Some(now));
    model.version = Set(view.call.version + 1);
    model.updated_at = Set(now);
    model.update(&tx).await?;
    audit::record(
        &tx,
        Some(actor),
        "call.scoring_closed",
        &Subject::new("call", call_id),
        closing_summary(&view, "scoring closed"),
    )
    .await?;
    tx.commit().await?;
    board::board(db, optimiser, actor, call_id).await
}

/// Sets how a call aggregates scores. Managers only; the method is frozen once the call opens, the rest may
/// change until it is decided.
pub async fn set_settings(
    db: &DatabaseConnection,
    actor: &Actor,
    call_id: Uuid,
    input: &SettingsInput,
) -> Result<CallView> {
    set_settings_and_mode(db, actor, call_id, input, &ModeInput::default()).await
}

/// Sets how a call aggregates scores and how it selects (see [`set_settings`]); the selection mode and the
/// benchmark are frozen once the call opens, as the aggregation method is.
pub async fn set_settings_and_mode(
    db: &DatabaseConnection,
    actor: &Actor,
    call_id: Uuid,
    input: &SettingsInput,
    modes: &ModeInput,
) -> Result<CallView> {
    require_manager(actor)?;
    let tx = db::begin_write(db).await?;
    let view = load_call(&tx, call_id).await?;
    if view.call.version != input.version {
        return Err(Error::stale());
    }
    let mut v = Validator::new();
    let aggregation = v.parse(
        "aggregation",
        Aggregation::parse(&input.aggregation).ok_or_else(|| {
            Message::new("error-choice-unknown").arg("value", input.aggregation.trim())
        }),
    );
    let threshold = match input
        .disagreement_threshold
        .as_deref()
        .filter(|t| !t.trim().is_empty())
    {
        None => Some(None),
        Some(text) => v.parse(
            "disagreement_threshold",
            parse_decimal(text, Sign::NonNegative)
                // A threshold of 0 would flag every application, even unscored ones.
                .filter(|t| *t > Decimal::ZERO && *t <= Decimal::ONE_HUNDRED)
                .map(|t| Some(t.normalize()))
                .ok_or_else(|| Message::new("error-threshold-range")),
        ),
    };
    let mode = match modes.selection_mode.as_deref() {
        None => Some(board::mode_of(&view.call)?),
        Some(text) => v.parse(
            "selection_mode",
            SelectionMode::parse(text)
                .ok_or_else(|| Message::new("error-choice-unknown").arg("value", text.trim())),
        ),
    };
    let benchmark = match &modes.benchmark {
        None => Some(board::benchmark_of(&view.call)?),
        Some(written) => parse_benchmark(&mut v, &view, written),
    };
    let rolling = modes.rolling.unwrap_or(view.call.rolling);
    // A ranking needs every application at once: only calls where nothing is rationed can decide each
    // application as it comes.
    v.check(
        !rolling || mode.is_none_or(|m| !m.is_competitive()),
        "rolling",
        Message::new("error-rolling-competitive"),
    );
    v.finish()?;
    let (Some(aggregation), Some(threshold), Some(mode), Some(benchmark)) =
        (aggregation, threshold, mode, benchmark)
    else {
        return Err(Error::Internal("validated settings missing".into()));
    };
    let before = board::settings_of(&view.call)?;
    if aggregation != before.method && view.state.is_frozen() {
        return Err(frozen(&["aggregation"], view.state));
    }
    // How a call selects is a published rule, like its aggregation.
    if mode != board::mode_of(&view.call)? && view.state.is_frozen() {
        return Err(frozen(&["selection_mode"], view.state));
    }
    if benchmark != board::benchmark_of(&view.call)? && view.state.is_frozen() {
        return Err(frozen(&["benchmark"], view.state));
    }
    if rolling != view.call.rolling && view.state.is_frozen() {
        return Err(frozen(&["rolling"], view.state));
    }
    if matches!(view.state, CallState::Decided | CallState::Archived) {
        return Err(Error::Conflict(Message::new("error-decisions-final")));
    }
    let mut model = view.call.clone().into_active_model();
    model.aggregation = Set(aggregation.as_str().to_owned());
    model.selection_mode = Set(mode.as_str().to_owned());
    model.rolling = Set(rolling);
    model.benchmark = Set((benchmark != Default::default())
        .then(|| db::to_json(&benchmark))
        .transpose()?);
    model.normalise_scores = Set(input.normalise);
    model.disagreement_threshold = Set(threshold.map(|t| t.to_string()));
    model.version = Set(view.call.version + 1);
    model.updated_at = Set(Utc::now());
    model.update(&tx).await?;
    audit::record(
        &tx,
        Some(actor),
        "call.scoring_updated",
        &Subject::new("call", call_id),
        format!(
            "selection mode {}{}; aggregation {}; normalised figures {}; disagreement threshold {}",
            mode.as_str(),
            if rolling { ", rolling" } else { "" },
            aggregation.as_str(),
            if input.normalise { "shown" } else { "hidden" },
            threshold.map_or("none".to_owned(), |t| t.to_string())
        ),
    )
    .await?;
    tx.commit().await?;
    load_call(db, call_id).await
}

/// Loads an application and its call for a decision step.
async fn application_and_call(
    conn: &impl sea_orm::ConnectionTrait,
    application_id: Uuid,
) -> Result<(application::Model, CallView)> {
    let app = application::Entity::find_by_id(application_id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound)?;
    let call = load_call(conn, app.call_id).await?;
    Ok((app, call))
}

/// Records the consensus scores agreed in the committee meeting for one application, replacing any recorded
/// before (an empty list removes them). Only the committee's chair, and never on an application they are
/// conflicted on; while the call is reviewing. The reviewers' own scores stay as they are.
pub async fn record_consensus(
    db: &DatabaseConnection,
    actor: &Actor,
    application_id: Uuid,
    inputs: &[ConsensusInput],
) -> Result<Vec<ConsensusView>> {
    let tx = db::begin_write(db).await?;
    let (app, call) = application_and_call(&tx, application_id).await?;
    let seat = committee::seat_of(&tx, call.call.id, actor.user_id).await?;
    // A conflicted member may not even learn the application exists (the chair included).
    if seat.is_some() && conflicts::is_conflicted(&tx, application_id, actor.user_id).await? {
        return Err(Error::NotFound);
    }
    if seat
        .as_ref()
        .is_none_or(|s| s.role != MemberRole::Chair.as_str())
    {
        // Managers and the committee's other members are told why they may not (as the score sheet tells a
        // member it is not assigned); anyone else gets the answer for an unknown application.
        return Err(if seat.is_some() || actor.has(Role::Manager) {
            Error::Refused(Message::new("error-consensus-chair-only"))
        } else {
            Error::NotFound
        });
    }
    require_reviewing(&call)?;
    require_scoring_open(&call)?;
    let state = ApplicationState::parse(&app.state);
    if !state.is_some_and(board::screened_eligible) {
        return Err(Error::Conflict(Message::new(
            "error-consensus-not-eligible",
        )));
    }
    let mut v = Validator::new();
    let mut seen = std::collections::HashSet::new();
    for (i, input) in inputs.iter().enumerate() {
        let field = |name: &str| format!("scores[{i}].{name}");
        match call.criteria.iter().find(|c| c.id == input.criterion_id) {
            None => v.check(
                false,
                &field("criterion_id"),
                Message::new("error-criterion-unknown"),
            ),
            Some(criterion) => {
                v.check(
                    seen.insert(criterion.id),
                    &field("criterion_id"),
                    Message::new("error-duplicate"),
                );
                v.check(
                    (0..=criterion.max_score).contains(&input.score),
                    &field("score"),
                    Message::new("error-between")
                        .arg("min", 0)
                        .arg("max", criterion.max_score),
                );
            }
        }
        let rationale = input.rationale.trim();
        v.check(
            !rationale.is_empty(),
            &field("rationale"),
            Message::new("error-required"),
        );
        v.check(
            rationale.chars().count() <= MAX_TEXT,
            &field("rationale"),
            Message::new("error-too-long").arg("max", MAX_TEXT),
        );
    }
    v.finish()?;
    consensus::Entity::delete_many()
        .filter(consensus::Column::ApplicationId.eq(application_id))
        .exec(&tx)
        .await?;
    let now = Utc::now();
    let mut recorded: Vec<ConsensusView> = Vec::with_capacity(inputs.len());
    for input in inputs {
        recorded.push(
            consensus::ActiveModel {
                id: Set(Uuid::now_v7()),
                call_id: Set(call.call.id),
                application_id: Set(application_id),
                criterion_id: Set(input.criterion_id),
                score: Set(input.score),
                rationale: Set(input.rationale.trim().to_owned()),
                recorded_by: Set(actor.user_id),
                recorded_at: Set(now),
            }
            .insert(&tx)
            .await?
            .into(),
        );
    }
    let summary = if recorded.is_empty() {
        "consensus removed".to_owned()
    } else {
        recorded
            .iter()
            .filter_map(|r| {
                let criterion = call.criteria.iter().find(|c| c.id == r.criterion_id)?;
                Some(format!("{} {}", criterion.title, r.score))
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    audit::record(
        &tx,
        Some(actor),
        "consensus.recorded",
        &Subject::new("application", application_id),
        summary,
    )
    .await?;
    tx.commit().await?;
    recorded.sort_by_key(|r| call.criteria.iter().position(|c| c.id == r.criterion_id));
    Ok(recorded)
}

/// Overrides the proposal for one application, or lowers its award. An outcome needs a written
/// justification; the award must stay within the request and the call's limits. Managers only, while the
/// call is reviewing and the application is eligible.
pub async fn set_override(
    db: &DatabaseConnection,
    actor: &Actor,
    application_id: Uuid,
    input: &OverrideInput,
) -> Result<OverrideView> {
    require_manager(actor)?;
    let tx = db::begin_write(db).await?;
    let (app, call) = application_and_call(&tx, application_id).await?;
    require_reviewing(&call)?;
    let existing = decision_override::Entity::find_by_id(application_id)
        .one(&tx)
        .await?;
    if existing.as_ref().map_or(0, |o| o.version) != input.version {
        return Err(Error::stale());
    }
    if ApplicationState::parse(&app.state) != Some(ApplicationState::Eligible) {
        return Err(Error::field(
            "outcome",
            Message::new("error-override-not-eligible"),
        ));
    }
    let mut v = Validator::new();
    let outcome = match input
        .outcome
        .as_deref()
        .map(str::trim)
        .filter(|o| !o.is_empty())
    {
        None => Some(None),
        Some(text) => v.parse(
            "outcome",
            Outcome::parse(text)
                .map(Some)
                .ok_or_else(|| Message::new("error-choice-unknown").arg("value", text)),
        ),
    };
    let justification = input.justification.trim();
    if input
        .outcome
        .as_deref()
        .is_some_and(|o| !o.trim().is_empty())
    {
        v.check(
            !justification.is_empty(),
            "justification",
            Message::new("error-justification-required"),
        );
    }
    v.check(
        justification.chars().count() <= MAX_TEXT,
        "justification",
        Message::new("error-too-long").arg("max", MAX_TEXT),
    );
    let awarded = match input
        .awarded_amount
        .as_deref()
        .map(str::trim)
        .filter(|a| !a.is_empty())
    {
        None => Some(None),
        Some(text) => v
            .parse("awarded_amount", Money::parse(text, call.currency))
            .map(|m| Some(m.to_minor(call.currency))),
    };
    if let Some(Some(minor)) = awarded {
        let money = |minor| call.money(minor).to_decimal_string(call.currency);
        v.check(
            minor <= app.requested_minor,
            "awarded_amount",
            Message::new("error-award-above-request").arg("requested", money(app.requested_minor)),
        );
        v.check(
            minor >= call.call.min_award_minor,
            "awarded_amount",
            Message::new("error-award-below-minimum").arg("min", money(call.call.min_award_minor)),
        );
    }
    v.finish()?;
    let (Some(outcome), Some(awarded)) = (outcome, awarded) else {
        return Err(Error::Internal("validated override missing".into()));
    };
    let now = Utc::now();
    let version = input.version + 1;
    let model = decision_override::ActiveModel {
        application_id: Set(application_id),
        call_id: Set(call.call.id),
        outcome: Set(outcome.map(|o| o.as_str().to_owned())),
        justification: Set((!justification.is_empty()).then(|| justification.to_owned())),
        awarded_minor: Set(awarded),
        updated_by: Set(actor.user_id),
        updated_at: Set(now),
        version: Set(version),
    };
    let saved = if existing.is_some() {
        model.update(&tx).await?
    } else {
        model.insert(&tx).await?
    };
    let money = |minor| call.money(minor).to_decimal_string(call.currency);
    audit::record(
        &tx,
        Some(actor),
        "decision.overridden",
        &Subject::new("application", application_id),
        format!(
            "outcome {}; award {}; justification: {}",
            outcome.map_or("as proposed", Outcome::as_str),
            awarded.map_or_else(|| "as requested".to_owned(), money),
            if justification.is_empty() {
                "none"
            } else {
                justification
            }
        ),
    )
    .await?;
    tx.commit().await?;
    saved.try_into()
}

/// Removes a manager's override, so the proposal decides again. Managers only, while reviewing.
pub async fn clear_override(
    db: &DatabaseConnection,
    actor: &Actor,
    application_id: Uuid,
) -> Result<()> {
    require_manager(actor)?;
    let tx = db::begin_write(db).await?;
    let (_, call) = application_and_call(&tx, application_id).await?;
    require_reviewing(&call)?;
    let removed = decision_override::Entity::delete_by_id(application_id)
        .exec(&tx)
        .await?;
    if removed.rows_affected == 0 {
        return Err(Error::NotFound);
    }
    audit::record(
        &tx,
        Some(actor),
        "decision.override_cleared",
        &Subject::new("application", application_id),
        "back to the proposal",
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A decision's ranked figure for one criterion, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct StoredScore {
    /// The criterion.
    pub criterion_id: Uuid,
    /// The ranked figure (consensus or aggregate), a decimal string at full precision.
    pub score: Option<String>,
}

/// Finalises the call: writes one decision per application from the proposal and the overrides, gives each
/// application its outcome, and moves the call to `decided`. Refused while something stands in the way
/// (see [`Board::problems`]); afterwards nothing about the decisions can change. Managers only.
///
/// A call whose scoring is still open has it closed first, in the same transaction and audited as its own
/// step, so that a client that finalises right after scoring (as before scoring could be closed) keeps
/// working; the decisions always rank with the revealed seed.
///
/// The board is computed before the write transaction, so that a large call holds the write lock only while
/// its decisions are written (in batches): what the board was computed from is stamped before and compared
/// inside the transaction, and in the rare case it changed meanwhile the board is computed again there. The
/// optimised selection is never searched here; the board returned takes it from the optimiser's cache.
pub async fn finalise(
    db: &DatabaseConnection,
    optimiser: &Optimiser,
    actor: &Actor,
    call_id: Uuid,
    version: i32,
) -> Result<Board> {
    require_manager(actor)?;
    let read = load_call(db, call_id).await?;
    if read.call.version != version {
        return Err(Error::stale());
    }
    if read.call.rolling {
        return Err(Error::Conflict(Message::new("error-rolling-one-by-one")));
    }
    read.state.transition(crate::calls::CallAction::Decide)?;
    let stamp = board::stamp(db, call_id).await?;
    let revealed = revealed_lottery(&read);
    let computed = board::compute(db, read, revealed, true, &Default::default()).await?;

    let tx = db::begin_write(db).await?;
    let locked_at = std::time::Instant::now();
    let call = load_call(&tx, call_id).await?;
    if call.call.version != version {
        return Err(Error::stale());
    }
    let next = call.state.transition(crate::calls::CallAction::Decide)?;
    let reused = call.call == computed.call.call && board::stamp(&tx, call_id).await? == stamp;
    let closing = !call.scoring_closed();
    let board = if reused {
        computed
    } else {
        let revealed = revealed_lottery(&call);
        board::compute(&tx, call, revealed, true, &Default::default()).await?
    };
    if !board.problems.is_empty() {
        return Err(Error::Validation(
            board
                .problems
                .iter()
                .cloned()
                .map(|m| crate::FieldError::new("selection", m))
                .collect(),
        ));
    }
    let now = Utc::now();
    if closing {
        // Its own step in the log, before the decisions it makes final.
        audit::record(
            &tx,
            Some(actor),
            "call.scoring_closed",
            &Subject::new("call", call_id),
            closing_summary(&board.call, "scoring closed by finalising"),
        )
        .await?;
    }
    let mut counts = [0usize; 3];
    let mut decisions = Vec::with_capacity(board.rows.len());
    let mut new_states: HashMap<ApplicationState, Vec<Uuid>> = HashMap::new();
    for row in &board.rows {
        decisions.push(decision_of(row, call_id, actor, now)?);
        // Ineligible applications keep their screening; eligible ones take their outcome.
        if row.state == ApplicationState::Eligible {
            new_states
                .entry(state_after(row.outcome))
                .or_default()
                .push(row.application.id);
        }
        counts[Outcome::ALL
            .iter()
            .position(|o| *o == row.outcome)
            .unwrap_or(2)] += 1;
    }
    db::insert_batches(&tx, decisions).await?;
    for (state, ids) in new_states {
        for batch in ids.chunks(db::WRITE_BATCH) {
            application::Entity::update_many()
                .col_expr(application::Column::State, Expr::value(state.as_str()))
                .col_expr(
                    application::Column::Version,
                    Expr::col(application::Column::Version).add(1),
                )
                .col_expr(application::Column::UpdatedAt, Expr::value(now))
                .filter(application::Column::Id.is_in(batch.iter().copied()))
                .exec(&tx)
                .await?;
        }
    }
    // Every selected application becomes a funded project with its award.
    let selected: Vec<(application::Model, i64)> = board
        .rows
        .iter()
        .filter(|row| row.outcome == Outcome::Selected && board::screened_eligible(row.state))
        .map(|row| {
            (
                row.application.clone(),
                row.awarded_minor.unwrap_or(row.application.requested_minor),
            )
        })
        .collect();
    crate::projects::service::create_for_call(&tx, actor, &board.call, &selected, now).await?;
    let mut model = board.call.call.clone().into_active_model();
    model.state = Set(next.as_str().to_owned());
    if closing {
        model.scoring_closed_at = Set(Some(now));
    }
    model.version = Set(board.call.call.version + 1);
    model.updated_at = Set(now);
    model.update(&tx).await?;
    let money = |minor| {
        board
            .call
            .money(minor)
            .to_decimal_string(board.call.currency)
    };
    audit::record(
        &tx,
        Some(actor),
        "call.decided",
        &Subject::new("call", call_id),
        format!(
            "{} selected, {} waitlisted, {} not selected; {} {} awarded of {}; lottery seed {}",
            counts[0],
            counts[1],
            counts[2],
            board.call.currency.code(),
            money(board.awarded_minor),
            money(board.call.call.total_budget_minor),
            board.lottery.seed().unwrap_or_default()
        ),
    )
    .await?;
    tx.commit().await?;
    // Operators watch this: the write lock is what other people's writes wait for.
    tracing::info!(
        call = %call_id,
        applications = board.rows.len(),
        write_lock_ms = locked_at.elapsed().as_millis(),
        recomputed = !reused,
        "call finalised"
    );
    let call = load_call(db, call_id).await?;
    let lottery = call.lottery();
    board::compute(db, call, lottery, true, &Default::default())
        .await?
        .with_optimum(optimiser)
        .await
}

/// The immutable decision on one row of a manager's board: its figures, place, outcome and reason as they
/// stand (an override's justification when one decides it).
pub(super) fn decision_of(
    row: &board::BoardRow,
    call_id: Uuid,
    actor: &Actor,
    now: chrono::DateTime<Utc>,
) -> Result<decision::ActiveModel> {
    let Some(figures) = &row.figures else {
        return Err(Error::Internal("manager board without figures".into()));
    };
    let scores: Vec<StoredScore> = figures
        .criteria
        .iter()
        .map(|c| StoredScore {
            criterion_id: c.criterion_id,
            score: c.ranked.map(|s| s.to_string()),
        })
        .collect();
    let justification = row
        .override_
        .as_ref()
        .filter(|o| o.outcome.is_some() && board::screened_eligible(row.state))
        .and_then(|o| o.justification.clone());
    let reason = if row.overridden() {
        "override".to_owned()
    } else {
        row.proposed.reason.as_str().to_owned()
    };
    Ok(decision::ActiveModel {
        application_id: Set(row.application.id),
        call_id: Set(call_id),
        rank: Set(row.ranked.rank.and_then(|r| i32::try_from(r).ok())),
        total: Set(row.ranked.entry.total.map(|t| t.to_string())),
        scores: Set(db::to_json(&scores)?),
        reviews: Set(i32::try_from(figures.reviews).unwrap_or(i32::MAX)),
        lottery_key: Set(row.ranked.lottery_key.clone()),
        outcome: Set(row.outcome.as_str().to_owned()),
        reason: Set(reason),
        proposed_outcome: Set(row.proposed.outcome.as_str().to_owned()),
        proposed_reason: Set(row.proposed.reason.as_str().to_owned()),
        justification: Set(justification),
        awarded_minor: Set(row.awarded_minor),
        decided_by: Set(actor.user_id),
        decided_at: Set(now),
    })
}

/// The state an eligible application takes with its outcome.
pub(super) fn state_after(outcome: Outcome) -> ApplicationState {
    match outcome {
        Outcome::Selected => ApplicationState::Selected,
        Outcome::Waitlisted => ApplicationState::Waitlisted,
        Outcome::NotSelected => ApplicationState::NotSelected,
    }
}

/// The lottery as finalising ranks with it: revealed, since finalising closes scoring if it is still open.
fn revealed_lottery(call: &CallView) -> Lottery {
    Lottery::new(call.call.lottery_seed.as_deref(), true)
}

/// The final decisions of a call, by application.
pub(crate) async fn decisions_of(
    conn: &impl sea_orm::ConnectionTrait,
    call_id: Uuid,
) -> Result<Vec<decision::Model>> {
    Ok(decision::Entity::find()
        .filter(decision::Column::CallId.eq(call_id))
        .all(conn)
        .await?)
}

/// Whether a call's stored state says its decisions are final.
pub(crate) fn is_decided(call: &call::Model) -> bool {
    matches!(
        CallState::parse(&call.state),
        Some(CallState::Decided | CallState::Archived)
    )
}
