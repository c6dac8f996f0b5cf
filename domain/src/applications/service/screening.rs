//! Screening by managers: eligible, or ineligible with a reason the applicant sees.

use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, EntityTrait, Set};
use serde_json::json;
use uuid::Uuid;

use crate::applications::entity::application;
use crate::applications::lifecycle::ApplicationAction;
use crate::audit::{self, Subject};
use crate::calls::CallState;
use crate::error::Validator;
use crate::notifications::{self, Recipient};
use crate::{Actor, Error, Message, Result, Role, db};

use super::{ApplicationView, Expected, find, get, load, write_if};

/// A manager's screening decision.
#[derive(Debug, Clone)]
pub struct ScreeningInput {
    /// Eligible (`true`) or not.
    pub eligible: bool,
    /// Why; required when ineligible. The applicant sees it.
    pub reason: String,
    /// The version the manager read.
    pub version: i32,
}

/// Screens a submitted application as eligible or ineligible. Managers only, until the call is decided;
/// the decision may be revised. The applicant is notified.
pub async fn screen(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    input: &ScreeningInput,
    now: DateTime<Utc>,
) -> Result<ApplicationView> {
    actor.require_any(&[Role::Manager])?;
    let view = load(db, find(db, id).await?).await?;
    let reason = input.reason.trim().to_owned();
    let mut v = Validator::new();
    v.check(
        input.eligible || !reason.is_empty(),
        "reason",
        Message::new("error-screening-reason"),
    );
    v.check(
        reason.chars().count() <= 5000,
        "reason",
        Message::new("error-too-long").arg("max", 5000),
    );
    v.finish()?;
    let action = if input.eligible {
        ApplicationAction::MarkEligible
    } else {
        ApplicationAction::MarkIneligible
    };
    let next = view.state.transition(action)?;
    if matches!(view.call.state, CallState::Decided | CallState::Archived) {
        return Err(Error::Conflict(Message::new("error-call-decided")));
    }
    let tx = db::begin_write(db).await?;
    let moved = write_if(
        &tx,
        &view.application,
        Expected {
            version: Some(input.version),
            state: None,
        },
        application::ActiveModel {
            state: Set(next.as_str().to_owned()),
            screening_reason: Set((!reason.is_empty()).then(|| reason.clone())),
            screened_by: Set(Some(actor.user_id)),
            screened_at: Set(Some(now)),
            ..Default::default()
        },
        now,
    )
    .await?;
    if !moved {
        return Err(Error::stale());
    }
    let creator = crate::accounts::entity::user::Entity::find_by_id(view.application.created_by)
        .one(&tx)
        .await?;
    if let Some(creator) = creator {
        notifications::enqueue(
            &tx,
            &Recipient {
                user_id: Some(creator.id),
                email: creator.email,
            },
            notifications::Kind::ApplicationScreened,
            &json!({
                "path": crate::outbox::path::application(id),
                "reference": view.application.reference,
                "application_id": id,
                "application_title": view.application.title,
                "call_title": view.call.call.title,
                "outcome": next.as_str(),
                "reason": reason,
            }),
            now,
        )
        .await?;
    }
    audit::record(
        &tx,
        Some(actor),
        "application.screened",
        &Subject::new("application", id),
        format!("{next}: {reason}"),
    )
    .await?;
    tx.commit().await?;
    get(db, actor, id).await
}
