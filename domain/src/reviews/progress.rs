//! The committee's progress, for managers and the chair: completion per application and per member (counts
//! only, never scores), and reminders to members with reviews outstanding, queued in the notification
//! outbox.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use serde_json::json;
use uuid::Uuid;

use super::sheet::ReviewState;
use crate::accounts::entity::user;
use crate::applications::entity::application;
use crate::applications::lifecycle::ApplicationState;
use crate::audit::{self, Subject};
use crate::calls::entity::call;
use crate::committee::conflicts::ConflictStatus;
use crate::committee::entity::{assignment, committee, conflict, review};
use crate::committee::{MemberView, load, require_chair_or_manager};
use crate::notifications::{self, Recipient};
use crate::{Actor, Error, Result, db};

/// Completion of one eligible application.
#[derive(Debug, Clone)]
pub struct ApplicationProgress {
    /// The application.
    pub application_id: Uuid,
    /// Its reference.
    pub reference: String,
    /// Its title.
    pub title: String,
    /// Members assigned.
    pub assigned: usize,
    /// Reviews submitted by assigned members.
    pub submitted: usize,
    /// Reviews in draft.
    pub drafts: usize,
    /// Conflicts recorded on it (waived ones excluded).
    pub conflicts: usize,
}

/// Completion of one voting member.
#[derive(Debug, Clone)]
pub struct MemberProgress {
    /// The member.
    pub member: MemberView,
    /// Applications assigned.
    pub assigned: usize,
    /// Reviews submitted.
    pub submitted: usize,
    /// Reviews in draft.
    pub drafts: usize,
}

impl MemberProgress {
    /// Reviews still to submit.
    pub fn outstanding(&self) -> usize {
        self.assigned.saturating_sub(self.submitted)
    }
}

/// A call's reviewing progress.
#[derive(Debug, Clone)]
pub struct ProgressView {
    /// The call.
    pub call: call::Model,
    /// When reviews are due.
    pub deadline: Option<DateTime<Utc>>,
    /// Per eligible application, by reference.
    pub applications: Vec<ApplicationProgress>,
    /// Per voting member, chair first.
    pub members: Vec<MemberProgress>,
}

impl ProgressView {
    /// Submitted reviews over assigned ones.
    pub fn totals(&self) -> (usize, usize) {
        self.members
            .iter()
            .fold((0, 0), |(s, a), m| (s + m.submitted, a + m.assigned))
    }
}

/// A call's progress. Managers and the chair.
pub async fn progress(
    db: &DatabaseConnection,
    actor: &Actor,
    call_id: Uuid,
) -> Result<ProgressView> {
    let call = call::Entity::find_by_id(call_id)
        .one(db)
        .await?
        .ok_or(Error::NotFound)?;
    require_chair_or_manager(db, actor, call_id).await?;
    let committee_view = load(db, call_id).await?;
    let deadline = committee::Entity::find_by_id(call_id)
        .one(db)
        .await?
        .and_then(|c| c.review_deadline);
    let applications = application::Entity::find()
        .filter(application::Column::CallId.eq(call_id))
        .filter(application::Column::State.eq(ApplicationState::Eligible.as_str()))
        .order_by_asc(application::Column::Reference)
        .all(db)
        .await?;
    let assignments = assignment::Entity::find()
        .filter(assignment::Column::CallId.eq(call_id))
        .all(db)
        .await?;
    // Review states of assigned members only: a review whose assignment was removed does not count.
    let states: HashMap<(Uuid, Uuid), String> = review::Entity::find()
        .filter(review::Column::CallId.eq(call_id))
        .all(db)
        .await?
        .into_iter()
        .map(|r| ((r.application_id, r.user_id), r.state))
        .collect();
    let state_of = |a: &assignment::Model| {
        states
            .get(&(a.application_id, a.user_id))
            .map(String::as_str)
    };
    let submitted = ReviewState::Submitted.as_str();
    let draft = ReviewState::Draft.as_str();
    let conflicts = conflict::Entity::find()
        .filter(conflict::Column::CallId.eq(call_id))
        .filter(conflict::Column::Status.ne(ConflictStatus::Waived.as_str()))
        .all(db)
        .await?;
    let per_application = applications
        .into_iter()
        .map(|app| {
            let mine: Vec<&assignment::Model> = assignments
                .iter()
                .filter(|a| a.application_id == app.id)
                .collect();
            ApplicationProgress {
                application_id: app.id,
                reference: app.reference.unwrap_or_default(),
                title: app.title,
                assigned: mine.len(),
                submitted: mine
                    .iter()
                    .filter(|a| state_of(a) == Some(submitted))
                    .count(),
                drafts: mine.iter().filter(|a| state_of(a) == Some(draft)).count(),
                conflicts: conflicts
                    .iter()
                    .filter(|c| c.application_id == app.id)
                    .count(),
            }
        })
        .collect();
    let members = committee_view
        .members
        .into_iter()
        .filter(|m| m.role.votes())
        .map(|member| {
            let theirs: Vec<&assignment::Model> = assignments
                .iter()
                .filter(|a| a.user_id == member.user_id)
                .collect();
            MemberProgress {
                assigned: theirs.len(),
                submitted: theirs
                    .iter()
                    .filter(|a| state_of(a) == Some(submitted))
                    .count(),
                drafts: theirs.iter().filter(|a| state_of(a) == Some(draft)).count(),
                member,
            }
        })
        .collect();
    Ok(ProgressView {
        call,
        deadline,
        applications: per_application,
        members,
    })
}

/// Queues a reminder for every voting member with reviews outstanding (or only `only`, when given).
/// Managers and the chair. Returns how many were queued.
pub async fn remind(
    db: &DatabaseConnection,
    actor: &Actor,
    call_id: Uuid,
    only: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<usize> {
    let view = progress(db, actor, call_id).await?;
    let due: Vec<&MemberProgress> = view
        .members
        .iter()
        .filter(|m| m.outstanding() > 0)
        .filter(|m| only.is_none_or(|id| id == m.member.user_id))
        .collect();
    if only.is_some_and(|id| !view.members.iter().any(|m| m.member.user_id == id)) {
        return Err(Error::NotFound);
    }
    let emails: HashMap<Uuid, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(due.iter().map(|m| m.member.user_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.email))
        .collect();
    let tx = db::begin_write(db).await?;
    for member in &due {
        notifications::enqueue(
            &tx,
            &Recipient {
                user_id: Some(member.member.user_id),
                email: emails
                    .get(&member.member.user_id)
                    .cloned()
                    .unwrap_or_default(),
            },
            notifications::Kind::ReviewReminder,
            &json!({
                "call_id": call_id,
                "call_code": view.call.code,
                "call_title": view.call.title,
                "outstanding": member.outstanding(),
                "deadline": view.deadline,
            }),
            now,
        )
        .await?;
    }
    audit::record(
        &tx,
        Some(actor),
        "review.reminders_sent",
        &Subject::new("call", call_id),
        format!(
            "reminders to {} members: {}",
            due.len(),
            due.iter()
                .map(|m| m.member.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(due.len())
}
