//! Rolling admission: a benchmark or enrolment call that takes applications until a manager closes it
//! decides each one as it comes, once it is screened (and, in a benchmark call, reviewed). Each decision is
//! final and public at once: the call's results list who has joined so far, and an admitted or recognised
//! local government becomes a project straight away (with no tranches when its award is zero).

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, IntoActiveModel, QueryFilter,
    Set,
};
use serde_json::json;
use uuid::Uuid;

use super::board::{self, BoardRow};
use super::decisions::{decision_of, state_after};
use super::entity::decision;
use super::proposal::Outcome;
use crate::applications::entity::application;
use crate::applications::lifecycle::ApplicationState;
use crate::audit::{self, Subject};
use crate::calls::CallState;
use crate::calls::service::{CallView, load as load_call};
use crate::notifications::{self, Recipient};
use crate::{Actor, Error, Message, Result, Role, db};

/// What deciding one application of a rolling call gives.
#[derive(Debug, Clone)]
pub struct RollingDecision {
    /// The call.
    pub call_id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// Its outcome.
    pub outcome: Outcome,
    /// Why, as stored (`enrolled`, `benchmark`, `below_benchmark`, `ineligible`, `override`, ...).
    pub reason: String,
    /// The award of a selected application, in the call's currency, as a decimal string.
    pub awarded: Option<String>,
    /// When it was decided.
    pub decided_at: DateTime<Utc>,
}

/// Whether a call in `state` may still decide applications one by one: published and not yet decided.
fn deciding(state: CallState) -> bool {
    matches!(
        state,
        CallState::Open | CallState::Closed | CallState::Reviewing
    )
}

/// Whether a manager may decide an application in `state` of `call` on its own now: the call is rolling and
/// still deciding, and the application was screened eligible and is not yet decided (deciding moves it on).
/// Screened-out applications need no decision: the screening, with its reason, already told them.
pub fn may_decide(call: &CallView, state: ApplicationState) -> bool {
    call.call.rolling && deciding(call.state) && state == ApplicationState::Eligible
}

/// Decides one application of a rolling call screened eligible, finally, and publishes it. Managers only;
/// `version` is the application's version as read. The outcome is the call's rule applied to this
/// application alone (enrolment: admitted when screened eligible; benchmark: recognised when its reviews
/// meet the benchmark), unless a manager's override with its justification says otherwise.
pub async fn decide(
    db: &DatabaseConnection,
    actor: &Actor,
    application_id: Uuid,
    version: i32,
) -> Result<RollingDecision> {
    actor.require_any(&[Role::Manager])?;
    let tx = db::begin_write(db).await?;
    let app = application::Entity::find_by_id(application_id)
        .one(&tx)
        .await?
        .ok_or(Error::NotFound)?;
    let call = load_call(&tx, app.call_id).await?;
    if !call.call.rolling {
        return Err(Error::Conflict(Message::new("error-rolling-only")));
    }
    if !deciding(call.state) {
        return Err(Error::Conflict(Message::new("error-decisions-final")));
    }
    if app.version != version {
        return Err(Error::stale());
    }
    let already = decision::Entity::find()
        .filter(decision::Column::ApplicationId.eq(application_id))
        .one(&tx)
        .await?;
    if already.is_some() {
        return Err(Error::Conflict(Message::new(
            "error-rolling-already-decided",
        )));
    }
    let state = ApplicationState::parse(&app.state)
        .ok_or_else(|| Error::internal(format!("unknown application state {}", app.state)))?;
    if !may_decide(&call, state) {
        return Err(Error::Conflict(Message::new("error-rolling-not-screened")));
    }
    let call_id = call.call.id;
    let lottery = call.lottery();
    let computed = board::compute(&tx, call, lottery, true, &Default::default()).await?;
    let row: &BoardRow = computed
        .rows
        .iter()
        .find(|r| r.application.id == application_id)
        .ok_or_else(|| Error::Internal("screened application missing from the board".into()))?;
    let now = Utc::now();
    let mut decided = decision_of(row, call_id, actor, now)?;
    // Ranks compare applications with each other; a rolling call judges each on its own.
    decided.rank = Set(None);
    decided.lottery_key = Set(None);
    let stored = decided.insert(&tx).await?;
    let mut model = app.clone().into_active_model();
    model.state = Set(state_after(row.outcome).as_str().to_owned());
    model.version = Set(app.version + 1);
    model.updated_at = Set(now);
    model.update(&tx).await?;
    let selected = row.outcome == Outcome::Selected;
    if selected {
        let award = row.awarded_minor.unwrap_or(app.requested_minor);
        crate::projects::service::create_for_call(
            &tx,
            actor,
            &computed.call,
            &[(app.clone(), award)],
            now,
        )
        .await?;
    }
    // The results are public from the first decision on, and grow with each one.
    if computed.call.call.results_published_at.is_none() {
        let mut model = computed.call.call.clone().into_active_model();
        model.results_published_at = Set(Some(now));
        model.version = Set(computed.call.call.version + 1);
        model.updated_at = Set(now);
        model.update(&tx).await?;
    }
    if let Some(creator) = crate::accounts::entity::user::Entity::find_by_id(app.created_by)
        .one(&tx)
        .await?
    {
        notifications::enqueue(
            &tx,
            &Recipient {
                user_id: Some(creator.id),
                email: creator.email,
            },
            notifications::Kind::ResultsPublished,
            &json!({
                "path": crate::outbox::path::results(call_id),
                "call_title": computed.call.call.title,
                "call_id": call_id,
                "reference": app.reference,
                "application_id": app.id,
                "application_title": app.title,
                "outcome": stored.outcome,
            }),
            now,
        )
        .await?;
    }
    let awarded = stored.awarded_minor.filter(|_| selected).map(|minor| {
        computed
            .call
            .money(minor)
            .to_decimal_string(computed.call.currency)
    });
    audit::record(
        &tx,
        Some(actor),
        "application.decided",
        &Subject::new("application", application_id),
        format!(
            "{} ({}){}",
            stored.outcome,
            stored.reason,
            awarded
                .as_deref()
                .map(|a| format!("; {} {a} awarded", computed.call.currency.code()))
                .unwrap_or_default()
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(RollingDecision {
        call_id,
        application_id,
        outcome: row.outcome,
        reason: stored.reason,
        awarded,
        decided_at: now,
    })
}

/// A local government admitted or recognised in a rolling call, as the call's public page lists it.
#[derive(Debug, Clone)]
pub struct Joined {
    /// The lead organisation's name.
    pub organisation: String,
    /// Its ISO 3166-2 subdivision.
    pub subdivision: Option<String>,
    /// The benchmark level reached, in a benchmark call with levels.
    pub level: Option<String>,
    /// When it was admitted or recognised.
    pub decided_at: DateTime<Utc>,
}

/// Who has joined a rolling call so far, in the order they joined; empty for other calls and before the
/// first decision. Public, like the results it is read from.
pub async fn joined(db: &DatabaseConnection, call: &CallView) -> Result<Vec<Joined>> {
    if !call.call.rolling || call.call.results_published_at.is_none() {
        return Ok(Vec::new());
    }
    let results = super::results::results(db, None, call.call.id).await?;
    let mut joined: Vec<Joined> = results
        .rows
        .into_iter()
        .filter(|row| row.outcome == Outcome::Selected)
        .map(|row| Joined {
            organisation: row.lead.name,
            subdivision: row.lead.subdivision,
            level: row.level,
            decided_at: row.decided_at,
        })
        .collect();
    joined.sort_by_key(|j| j.decided_at);
    Ok(joined)
}
