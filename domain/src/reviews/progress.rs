//! The committee's progress, for managers and the chair: completion per application and per member (counts
//! only, never scores), and reminders to members with reviews outstanding, queued in the notification
//! outbox: when a manager or the chair asks, and once per member as the review deadline nears.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
};
use serde_json::json;
use uuid::Uuid;

use super::sheet::ReviewState;
use crate::accounts::entity::user;
use crate::applications::entity::application;
use crate::applications::lifecycle::ApplicationState;
use crate::audit::{self, Subject};
use crate::calls::CallSummary;
use crate::calls::entity::call;
use crate::committee::conflicts::ConflictStatus;
use crate::committee::entity::{assignment, committee, conflict, member, review};
use crate::committee::{MemberRole, MemberView, load, require_chair_or_manager};
use crate::notifications::{self, Recipient};
use crate::outbox;
use crate::{Actor, Error, Result, Role, db};

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
    pub call: CallSummary,
    /// Whether the viewer may assign reviews and run the automatic assignment, as `committee::assigning`
    /// allows: managers (the chair follows the progress but does not assign).
    pub may_assign: bool,
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

/// Whether `actor` may assign reviews, as `committee::assigning` requires: managers only (the chair, who
/// also sees the progress, does not assign).
fn may_assign(actor: &Actor) -> bool {
    actor.has(Role::Manager)
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
        call: CallSummary::try_from(&call)?,
        may_assign: may_assign(actor),
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
            &reminder(&view.call, member.outstanding(), view.deadline),
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

/// The values of a review reminder: the call, how many reviews the member has outstanding and, when one is
/// set, the deadline in the call's time zone (`has_deadline` says whether there is one).
fn reminder(
    call: &CallSummary,
    outstanding: usize,
    deadline: Option<DateTime<Utc>>,
) -> serde_json::Value {
    let mut payload = json!({
        "path": outbox::path::reviews(),
        "call_id": call.id,
        "call_code": call.code,
        "call_title": call.title,
        "outstanding": outstanding,
        "has_deadline": if deadline.is_some() { "yes" } else { "no" },
    });
    if let Some(deadline) = deadline {
        payload["deadline"] = outbox::local_time(deadline, &call.time_zone);
    }
    payload
}

/// Reviews each member of a call has still to submit: their assignments without a submitted review.
async fn outstanding_by_member(
    conn: &impl ConnectionTrait,
    call_id: Uuid,
) -> Result<HashMap<Uuid, usize>> {
    let submitted: std::collections::HashSet<(Uuid, Uuid)> = review::Entity::find()
        .filter(review::Column::CallId.eq(call_id))
        .filter(review::Column::State.eq(ReviewState::Submitted.as_str()))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| (r.application_id, r.user_id))
        .collect();
    let mut outstanding = HashMap::new();
    for a in assignment::Entity::find()
        .filter(assignment::Column::CallId.eq(call_id))
        .all(conn)
        .await?
    {
        if !submitted.contains(&(a.application_id, a.user_id)) {
            *outstanding.entry(a.user_id).or_insert(0) += 1;
        }
    }
    Ok(outstanding)
}

/// Queues the reminder that reviews are due soon: for each call under review (scoring not closed) whose
/// review deadline is within `days_before` days and not yet past, one `review-reminder` to every voting
/// member who still has reviews outstanding and has not been reminded yet. The member's seat records the
/// reminder in the same transaction, so that each member is reminded once per call however often this
/// runs. Run by the server every hour and by tests with their own clock; returns how many were queued.
pub async fn queue_deadline_reminders(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    days_before: i64,
) -> Result<usize> {
    let tx = db::begin_write(db).await?;
    let committees = committee::Entity::find()
        .filter(committee::Column::ReviewDeadline.is_not_null())
        .all(&tx)
        .await?;
    let mut queued = 0;
    for c in committees {
        let Some(deadline) = c
            .review_deadline
            .filter(|d| *d > now && *d <= now + Duration::days(days_before))
        else {
            continue;
        };
        let Some(call) = call::Entity::find_by_id(c.call_id).one(&tx).await? else {
            continue;
        };
        if !call.scoring_open() {
            continue;
        }
        let seats: Vec<member::Model> = member::Entity::find()
            .filter(member::Column::CallId.eq(call.id))
            .filter(member::Column::DeadlineRemindedAt.is_null())
            .all(&tx)
            .await?
            .into_iter()
            .filter(|s| MemberRole::parse(&s.role).is_ok_and(MemberRole::votes))
            .collect();
        if seats.is_empty() {
            continue;
        }
        let outstanding = outstanding_by_member(&tx, call.id).await?;
        let users: HashMap<Uuid, user::Model> = user::Entity::find()
            .filter(user::Column::Id.is_in(seats.iter().map(|s| s.user_id)))
            .filter(user::Column::Active.eq(true))
            .all(&tx)
            .await?
            .into_iter()
            .map(|u| (u.id, u))
            .collect();
        let mut reminded = Vec::new();
        for seat in seats {
            let count = outstanding.get(&seat.user_id).copied().unwrap_or(0);
            let Some(user) = users.get(&seat.user_id).filter(|_| count > 0) else {
                continue;
            };
            // Recorded first, conditionally: of two servers running this at once only the one whose
            // update finds the seat unreminded queues the reminder (PostgreSQL makes the other wait for
            // the row, then finds it reminded).
            let recorded = member::Entity::update_many()
                .col_expr(member::Column::DeadlineRemindedAt, Expr::value(Some(now)))
                .filter(member::Column::Id.eq(seat.id))
                .filter(member::Column::DeadlineRemindedAt.is_null())
                .exec(&tx)
                .await?;
            if recorded.rows_affected != 1 {
                continue;
            }
            notifications::enqueue(
                &tx,
                &outbox::recipient(user),
                notifications::Kind::ReviewReminder,
                &reminder(&CallSummary::try_from(&call)?, count, Some(deadline)),
                now,
            )
            .await?;
            reminded.push(user.name.as_str());
        }
        if !reminded.is_empty() {
            queued += reminded.len();
            audit::record(
                &tx,
                None,
                "review.deadline_reminders_sent",
                &Subject::new("call", call.id),
                format!(
                    "deadline reminders to {} members: {}",
                    reminded.len(),
                    reminded.join(", ")
                ),
            )
            .await?;
        }
    }
    tx.commit().await?;
    Ok(queued)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(roles: Vec<Role>) -> Actor {
        Actor {
            user_id: Uuid::nil(),
            email: "chair@example.org".into(),
            name: "Chair".into(),
            organisation_id: None,
            roles,
        }
    }

    #[test]
    fn managers_assign_reviews_and_the_chair_only_follows_them() {
        assert!(may_assign(&actor(vec![Role::Manager])));
        assert!(!may_assign(&actor(vec![Role::Reviewer])));
    }
}
