//! Submission and withdrawal: the checks, the reference number, the frozen snapshot and the receipt.

use chrono::{DateTime, Datelike, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};
use serde_json::json;
use uuid::Uuid;

use crate::applications::content::{self};
use crate::applications::entity::{application, reference_counter, submission};
use crate::applications::lifecycle::{ApplicationAction, ApplicationState};
use crate::audit::{self, Subject};
use crate::error::FieldError;
use crate::money::Money;
use crate::notifications::{self, Recipient};
use crate::{Actor, Error, Message, Result, db};

use super::{ApplicationView, Expected, accepting, find, get, load, require_team, write_if};

/// Why a draft cannot be submitted: an unverified organisation, open checklist items, failing rules. Every
/// reason at once, so that the applicant can fix them all.
fn submission_problems(view: &ApplicationView) -> Vec<FieldError> {
    let mut problems = Vec::new();
    if view.lead.verified_at.is_none() {
        problems.push(FieldError::new(
            "organisation",
            Message::new("error-organisation-unverified"),
        ));
    }
    problems.extend(content::missing(&view.checklist));
    for (i, verdict) in view.verdicts.iter().enumerate() {
        if !verdict.passed {
            problems.push(FieldError::new(
                &format!("eligibility[{i}]"),
                verdict.explanation.clone(),
            ));
        }
    }
    problems
}

/// The frozen record of what was submitted.
fn snapshot(view: &ApplicationView, reference: &str, now: DateTime<Utc>) -> serde_json::Value {
    let currency = view.currency();
    let money = |m: Money| m.to_decimal_string(currency);
    let prompt = |id: &Uuid| {
        view.call
            .questions
            .iter()
            .find(|q| q.id == *id)
            .map(|q| q.prompt.clone())
    };
    json!({
        "reference": reference,
        "submitted_at": now,
        "call": { "id": view.call.call.id, "code": view.call.call.code, "title": view.call.call.title },
        "lead": {
            "id": view.lead.id, "name": view.lead.name, "kind": view.lead.kind,
            "country": view.lead.country, "subdivision": view.lead.subdivision,
        },
        "partners": view.partners.iter().map(|p| json!({
            "id": p.organisation.id, "name": p.organisation.name,
            "kind": p.organisation.kind, "role": p.role,
        })).collect::<Vec<_>>(),
        "title": view.application.title,
        "summary": view.application.summary,
        "problem": view.application.problem,
        "objectives": view.application.objectives,
        "participation_plan": view.application.participation_plan,
        "answers": view.answers.iter().map(|(id, a)| json!({
            "question_id": id, "question": prompt(id), "value": a.value, "choices": a.choices,
        })).collect::<Vec<_>>(),
        "budget_lines": view.budget_lines.iter().map(|l| json!({
            "category": l.category, "description": l.description,
            "amount": money(view.call.money(l.amount_minor)),
        })).collect::<Vec<_>>(),
        "currency": currency.code(),
        "requested": money(view.requested()),
        "co_funding": money(view.co_funding()),
        "attachments": view.attachments.iter().map(|a| json!({
            "id": a.id, "file_name": a.file_name, "media_type": a.media_type,
            "size_bytes": a.size_bytes, "sha256": a.sha256, "question_id": a.question_id,
        })).collect::<Vec<_>>(),
        "eligibility": view.verdicts.iter().map(|v| json!({
            "passed": v.passed, "explanation": v.explanation,
        })).collect::<Vec<_>>(),
    })
}

/// Submits a draft: refused unless the organisation is verified, the application complete and eligible, and
/// `now` before the call's deadline. Draws the reference number, freezes a snapshot, queues a receipt.
/// Submitting again returns the same submission.
pub async fn submit(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<ApplicationView> {
    let app = find(db, id).await?;
    require_team(actor, &app)?;
    let view = load(db, app).await?;
    // Submitting again is harmless: the existing submission is the answer.
    if view.submission.is_some() && view.state.is_submitted() {
        return Ok(view);
    }
    view.state.transition(ApplicationAction::Submit)?;
    accepting(&view.call.call, now)?;
    let problems = submission_problems(&view);
    if !problems.is_empty() {
        return Err(Error::Validation(problems));
    }

    let tx = db::begin_write(db).await?;
    // The state and version guard the write: of two submits at once, one moves the draft, the other finds
    // it submitted and returns that submission.
    let moved = write_if(
        &tx,
        &view.application,
        Expected {
            version: Some(view.application.version),
            state: Some(ApplicationState::Draft),
        },
        application::ActiveModel {
            state: Set(ApplicationState::Submitted.as_str().to_owned()),
            submitted_at: Set(Some(now)),
            ..Default::default()
        },
        now,
    )
    .await?;
    if !moved {
        drop(tx);
        let again = get(db, actor, id).await?;
        return if again.submission.is_some() {
            Ok(again)
        } else {
            Err(Error::stale())
        };
    }
    let year = view
        .call
        .call
        .time_zone
        .parse::<chrono_tz::Tz>()
        .map(|tz| now.with_timezone(&tz).year())
        .unwrap_or_else(|_| now.year());
    let prefix = format!("{}-{year}", view.call.call.code);
    let number = draw_reference_number(&tx, &prefix).await?;
    let reference = format!("{prefix}-{number:04}");
    application::Entity::update_many()
        .col_expr(
            application::Column::Reference,
            Expr::value(reference.clone()),
        )
        .filter(application::Column::Id.eq(id))
        .exec(&tx)
        .await?;
    submission::ActiveModel {
        id: Set(Uuid::now_v7()),
        application_id: Set(id),
        reference: Set(reference.clone()),
        snapshot: Set(snapshot(&view, &reference, now).to_string()),
        submitted_by: Set(actor.user_id),
        submitted_at: Set(now),
    }
    .insert(&tx)
    .await?;
    notifications::enqueue(
        &tx,
        &Recipient {
            user_id: Some(actor.user_id),
            email: actor.email.clone(),
        },
        notifications::Kind::ApplicationSubmitted,
        &json!({
            "path": crate::outbox::path::application(id),
            "reference": reference,
            "application_id": id,
            "application_title": view.application.title,
            "call_title": view.call.call.title,
            "submitted_at": crate::outbox::local_time(now, &view.call.call.time_zone),
        }),
        now,
    )
    .await?;
    audit::record(
        &tx,
        Some(actor),
        "application.submitted",
        &Subject::new("application", id),
        format!("submitted as {reference}"),
    )
    .await?;
    crate::committee::conflicts::record_automatic(&tx, view.call.call.id, now).await?;
    tx.commit().await?;
    get(db, actor, id).await
}

/// Draws the next number of a reference prefix. One upsert: on PostgreSQL it locks the counter's row, so
/// concurrent submissions never draw the same number; calls sharing a code share the counter.
async fn draw_reference_number(conn: &impl ConnectionTrait, prefix: &str) -> Result<i32> {
    use sea_orm::sea_query::OnConflict;
    let drawn = reference_counter::Entity::insert(reference_counter::ActiveModel {
        prefix: Set(prefix.to_owned()),
        last_number: Set(1),
    })
    .on_conflict(
        OnConflict::column(reference_counter::Column::Prefix)
            .value(
                reference_counter::Column::LastNumber,
                Expr::col((
                    reference_counter::Entity,
                    reference_counter::Column::LastNumber,
                ))
                .add(1),
            )
            .to_owned(),
    )
    .exec_with_returning(conn)
    .await?;
    Ok(drawn.last_number)
}

/// Withdraws a submission, before the deadline only.
pub async fn withdraw(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<ApplicationView> {
    let app = find(db, id).await?;
    require_team(actor, &app)?;
    let view = load(db, app).await?;
    view.state.transition(ApplicationAction::Withdraw)?;
    if view.call.call.deadline().is_some_and(|d| now >= d) {
        return Err(Error::DeadlinePassed);
    }
    let tx = db::begin_write(db).await?;
    let moved = write_if(
        &tx,
        &view.application,
        Expected {
            version: None,
            state: Some(ApplicationState::Submitted),
        },
        application::ActiveModel {
            state: Set(ApplicationState::Withdrawn.as_str().to_owned()),
            withdrawn_at: Set(Some(now)),
            ..Default::default()
        },
        now,
    )
    .await?;
    if !moved {
        return Err(Error::stale());
    }
    audit::record(
        &tx,
        Some(actor),
        "application.withdrawn",
        &Subject::new("application", id),
        format!(
            "withdrew {}",
            view.application.reference.as_deref().unwrap_or("")
        ),
    )
    .await?;
    tx.commit().await?;
    get(db, actor, id).await
}
