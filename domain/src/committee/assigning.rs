//! Assigning committee members to eligible applications: an automatic plan (previewed, then applied) from
//! the pure [`super::assignment::plan`], and manual assignment and removal. Managers assign; managers and
//! the chair see the assignments. Conflicted members and observers are never assigned. Each member given
//! applications hears of it once per assignment action, through the notification outbox.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use serde_json::json;
use uuid::Uuid;

use super::assignment::{self, Candidate, Reviewer};
use super::conflicts::{conflict_pairs, is_conflicted, record_automatic};
use super::entity::{assignment as stored, member, review};
use super::{MemberRole, MemberView, Sector, load, require_chair_or_manager};
use crate::accounts::entity::user;
use crate::applications::entity::application;
use crate::applications::lifecycle::ApplicationState;
use crate::audit::{self, Subject};
use crate::calls::CallState;
use crate::calls::entity::call;
use crate::calls::service::load as load_call;
use crate::notifications;
use crate::outbox;
use crate::reviews::ReviewState;
use crate::{Actor, Error, Message, Result, Role, db};

/// How an assignment came about.
const AUTOMATIC: &str = "automatic";
const MANUAL: &str = "manual";

/// An assignment as shown to managers and the chair.
#[derive(Debug, Clone)]
pub struct AssignmentView {
    /// The stored assignment.
    pub assignment: stored::Model,
    /// The application's reference.
    pub reference: String,
    /// The application's title.
    pub application_title: String,
    /// The member's name.
    pub member_name: String,
    /// The member's sector.
    pub sector: Sector,
    /// Whether the member has submitted their review (progress only, never its content).
    pub submitted: bool,
}

/// One assignment a plan would add.
#[derive(Debug, Clone)]
pub struct PlannedAssignment {
    /// The application.
    pub application_id: Uuid,
    /// Its reference.
    pub reference: String,
    /// The member.
    pub user_id: Uuid,
    /// Their name.
    pub member_name: String,
    /// Their sector.
    pub sector: Sector,
}

/// An application the plan could not fully serve, and why.
#[derive(Debug, Clone)]
pub struct PlannedShortfall {
    /// The application.
    pub application_id: Uuid,
    /// Its reference.
    pub reference: String,
    /// Why.
    pub reason: Message,
}

/// An automatic assignment plan: what it adds, the resulting loads and what it cannot meet.
#[derive(Debug, Clone)]
pub struct PlanView {
    /// Reviewers each eligible application should get.
    pub min_reviews: usize,
    /// How many eligible applications there are.
    pub applications: usize,
    /// The assignments the plan adds.
    pub additions: Vec<PlannedAssignment>,
    /// Each voting member's load after the plan.
    pub loads: Vec<(MemberView, usize)>,
    /// Constraints that cannot be met, per application.
    pub shortfalls: Vec<PlannedShortfall>,
    /// Whether it was applied.
    pub applied: bool,
}

/// Assignments are made once applications are screened and before the call is decided; in a rolling call,
/// as they come.
fn require_assignable(call: &crate::calls::service::CallView) -> Result<()> {
    match call.state {
        CallState::Closed | CallState::Reviewing => Ok(()),
        CallState::Open if call.call.rolling => Ok(()),
        _ => Err(Error::Conflict(Message::new("error-assignment-call-state"))),
    }
}

/// The call's eligible applications.
async fn eligible(conn: &impl ConnectionTrait, call_id: Uuid) -> Result<Vec<application::Model>> {
    Ok(application::Entity::find()
        .filter(application::Column::CallId.eq(call_id))
        .filter(application::Column::State.eq(ApplicationState::Eligible.as_str()))
        .order_by_asc(application::Column::Reference)
        .all(conn)
        .await?)
}

async fn assignments_of(conn: &impl ConnectionTrait, call_id: Uuid) -> Result<Vec<stored::Model>> {
    Ok(stored::Entity::find()
        .filter(stored::Column::CallId.eq(call_id))
        .order_by_asc(stored::Column::CreatedAt)
        .order_by_asc(stored::Column::Id)
        .all(conn)
        .await?)
}

/// Computes the plan for a call from what is stored now.
async fn compute(conn: &impl ConnectionTrait, call_id: Uuid) -> Result<PlanView> {
    let call = load_call(conn, call_id).await?;
    require_assignable(&call)?;
    let committee = load(conn, call_id).await?;
    let voting: Vec<&MemberView> = committee
        .members
        .iter()
        .filter(|m| m.role.votes())
        .collect();
    let applications = eligible(conn, call_id).await?;
    let existing = assignments_of(conn, call_id).await?;
    let conflicts = conflict_pairs(conn, call_id).await?;
    let candidates: Vec<Candidate> = applications
        .iter()
        .map(|app| Candidate {
            id: app.id,
            reference: app.reference.clone().unwrap_or_default(),
            assigned: existing
                .iter()
                .filter(|a| a.application_id == app.id)
                .map(|a| a.user_id)
                .collect(),
            conflicted: voting
                .iter()
                .filter(|m| conflicts.contains(&(app.id, m.user_id)))
                .map(|m| m.user_id)
                .collect(),
        })
        .collect();
    let reviewers: Vec<Reviewer> = voting
        .iter()
        .map(|m| Reviewer {
            id: m.user_id,
            sector: m.sector,
        })
        .collect();
    let min_reviews = usize::try_from(call.call.min_reviews.max(1)).unwrap_or(1);
    let plan = assignment::plan(&reviewers, &candidates, min_reviews);
    let member_of: HashMap<Uuid, &MemberView> = voting.iter().map(|m| (m.user_id, *m)).collect();
    let reference_of: HashMap<Uuid, &str> = candidates
        .iter()
        .map(|c| (c.id, c.reference.as_str()))
        .collect();
    let additions = plan
        .additions
        .iter()
        .filter_map(|pair| {
            let m = member_of.get(&pair.user_id)?;
            Some(PlannedAssignment {
                application_id: pair.application_id,
                reference: reference_of
                    .get(&pair.application_id)
                    .copied()
                    .unwrap_or_default()
                    .to_owned(),
                user_id: pair.user_id,
                member_name: m.name.clone(),
                sector: m.sector,
            })
        })
        .collect();
    let loads = plan
        .loads
        .iter()
        .filter_map(|(id, load)| member_of.get(id).map(|m| ((*m).clone(), *load)))
        .collect();
    let shortfalls = plan
        .shortfalls
        .into_iter()
        .map(|s| PlannedShortfall {
            reference: reference_of
                .get(&s.application_id)
                .copied()
                .unwrap_or_default()
                .to_owned(),
            application_id: s.application_id,
            reason: s.reason,
        })
        .collect();
    Ok(PlanView {
        min_reviews,
        applications: applications.len(),
        additions,
        loads,
        shortfalls,
        applied: false,
    })
}

/// The automatic plan without applying it. Managers only.
pub async fn preview(db: &DatabaseConnection, actor: &Actor, call_id: Uuid) -> Result<PlanView> {
    actor.require_any(&[Role::Manager])?;
    compute(db, call_id).await
}

/// Applies the automatic plan computed afresh inside one transaction (existing assignments are kept).
/// Managers only.
pub async fn apply(
    db: &DatabaseConnection,
    actor: &Actor,
    call_id: Uuid,
    now: DateTime<Utc>,
) -> Result<PlanView> {
    actor.require_any(&[Role::Manager])?;
    let tx = db::begin_write(db).await?;
    record_automatic(&tx, call_id, now).await?;
    let mut plan = compute(&tx, call_id).await?;
    let mut added: HashMap<Uuid, i64> = HashMap::new();
    for addition in &plan.additions {
        *added.entry(addition.user_id).or_insert(0) += 1;
        stored::ActiveModel {
            id: Set(Uuid::now_v7()),
            call_id: Set(call_id),
            application_id: Set(addition.application_id),
            user_id: Set(addition.user_id),
            source: Set(AUTOMATIC.to_owned()),
            created_at: Set(now),
        }
        .insert(&tx)
        .await?;
    }
    let call = load_call(&tx, call_id).await?;
    tell_members(&tx, &call.call, &added, now).await?;
    audit::record(
        &tx,
        Some(actor),
        "assignment.applied",
        &Subject::new("call", call_id),
        format!(
            "automatic assignment: {} added over {} eligible applications, {} shortfalls",
            plan.additions.len(),
            plan.applications,
            plan.shortfalls.len()
        ),
    )
    .await?;
    tx.commit().await?;
    plan.applied = true;
    Ok(plan)
}

/// Queues one `review-assigned` message per member given new applications to review (`added`: how many
/// each), however many one action assigned them.
async fn tell_members(
    conn: &impl ConnectionTrait,
    call: &call::Model,
    added: &HashMap<Uuid, i64>,
    now: DateTime<Utc>,
) -> Result<()> {
    let members = user::Entity::find()
        .filter(user::Column::Id.is_in(added.keys().copied()))
        .order_by_asc(user::Column::Name)
        .all(conn)
        .await?;
    for member in members {
        let Some(count) = added.get(&member.id) else {
            continue;
        };
        notifications::enqueue(
            conn,
            &outbox::recipient(&member),
            notifications::Kind::ReviewAssigned,
            &json!({
                "path": outbox::path::reviews(),
                "call_id": call.id,
                "call_code": call.code,
                "call_title": call.title,
                "count": count,
            }),
            now,
        )
        .await?;
    }
    Ok(())
}

async fn view_all(
    conn: &impl ConnectionTrait,
    rows: Vec<stored::Model>,
) -> Result<Vec<AssignmentView>> {
    let Some(call_id) = rows.first().map(|r| r.call_id) else {
        return Ok(Vec::new());
    };
    let committee = load(conn, call_id).await?;
    let member_of: HashMap<Uuid, &MemberView> =
        committee.members.iter().map(|m| (m.user_id, m)).collect();
    let applications: HashMap<Uuid, application::Model> = application::Entity::find()
        .filter(application::Column::Id.is_in(rows.iter().map(|r| r.application_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|a| (a.id, a))
        .collect();
    let submitted: HashSet<(Uuid, Uuid)> = review::Entity::find()
        .filter(review::Column::CallId.eq(call_id))
        .filter(review::Column::State.eq(ReviewState::Submitted.as_str()))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| (r.application_id, r.user_id))
        .collect();
    rows.into_iter()
        .map(|row| {
            let app = applications
                .get(&row.application_id)
                .ok_or_else(|| Error::Internal("assignment without application".into()))?;
            let m = member_of
                .get(&row.user_id)
                .ok_or_else(|| Error::Internal("assignment without member".into()))?;
            Ok(AssignmentView {
                reference: app.reference.clone().unwrap_or_default(),
                application_title: app.title.clone(),
                member_name: m.name.clone(),
                sector: m.sector,
                submitted: submitted.contains(&(row.application_id, row.user_id)),
                assignment: row,
            })
        })
        .collect()
}

/// A call's assignments, by application reference then member. Managers and the chair.
pub async fn list(
    db: &DatabaseConnection,
    actor: &Actor,
    call_id: Uuid,
) -> Result<Vec<AssignmentView>> {
    load_call(db, call_id).await?;
    require_chair_or_manager(db, actor, call_id).await?;
    let mut views = view_all(db, assignments_of(db, call_id).await?).await?;
    views.sort_by(|a, b| (&a.reference, &a.member_name).cmp(&(&b.reference, &b.member_name)));
    Ok(views)
}

/// Assigns one member to one eligible application by hand. Managers only; never a conflicted member or
/// an observer.
pub async fn assign(
    db: &DatabaseConnection,
    actor: &Actor,
    call_id: Uuid,
    application_id: Uuid,
    user_id: Uuid,
    now: DateTime<Utc>,
) -> Result<AssignmentView> {
    actor.require_any(&[Role::Manager])?;
    let call = load_call(db, call_id).await?;
    require_assignable(&call)?;
    let app = application::Entity::find_by_id(application_id)
        .one(db)
        .await?
        .filter(|a| a.call_id == call_id)
        .ok_or_else(|| {
            Error::field(
                "application_id",
                Message::new("error-assignment-application-unknown"),
            )
        })?;
    if app.state != ApplicationState::Eligible.as_str() {
        return Err(Error::field(
            "application_id",
            Message::new("error-assignment-not-eligible"),
        ));
    }
    let seat = member::Entity::find()
        .filter(member::Column::CallId.eq(call_id))
        .filter(member::Column::UserId.eq(user_id))
        .one(db)
        .await?
        .ok_or_else(|| Error::field("user_id", Message::new("error-assignment-not-member")))?;
    if !MemberRole::parse(&seat.role).is_ok_and(MemberRole::votes) {
        return Err(Error::field(
            "user_id",
            Message::new("error-assignment-observer"),
        ));
    }
    let tx = db::begin_write(db).await?;
    if is_conflicted(&tx, application_id, user_id).await? {
        return Err(Error::field(
            "user_id",
            Message::new("error-assignment-conflicted"),
        ));
    }
    let row = stored::ActiveModel {
        id: Set(Uuid::now_v7()),
        call_id: Set(call_id),
        application_id: Set(application_id),
        user_id: Set(user_id),
        source: Set(MANUAL.to_owned()),
        created_at: Set(now),
    }
    .insert(&tx)
    .await
    .map_err(|err| match Error::from(err) {
        Error::Conflict(_) => Error::Conflict(Message::new("error-assignment-duplicate")),
        other => other,
    })?;
    tell_members(&tx, &call.call, &HashMap::from([(user_id, 1)]), now).await?;
    audit::record(
        &tx,
        Some(actor),
        "assignment.added",
        &Subject::new("application", application_id),
        format!(
            "user {user_id} assigned to review {}",
            app.reference.as_deref().unwrap_or_default()
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(view_all(db, vec![row]).await?.remove(0))
}

/// Removes an assignment. Managers only; refused once the member has submitted their review.
pub async fn unassign(db: &DatabaseConnection, actor: &Actor, assignment_id: Uuid) -> Result<()> {
    actor.require_any(&[Role::Manager])?;
    let row = stored::Entity::find_by_id(assignment_id)
        .one(db)
        .await?
        .ok_or(Error::NotFound)?;
    let call = load_call(db, row.call_id).await?;
    require_assignable(&call)?;
    let tx = db::begin_write(db).await?;
    let reviewed = review::Entity::find()
        .filter(review::Column::ApplicationId.eq(row.application_id))
        .filter(review::Column::UserId.eq(row.user_id))
        .filter(review::Column::State.eq(ReviewState::Submitted.as_str()))
        .one(&tx)
        .await?
        .is_some();
    if reviewed {
        return Err(Error::Conflict(Message::new("error-assignment-reviewed")));
    }
    stored::Entity::delete_by_id(assignment_id)
        .exec(&tx)
        .await?;
    audit::record(
        &tx,
        Some(actor),
        "assignment.removed",
        &Subject::new("application", row.application_id),
        format!("user {} no longer reviews it", row.user_id),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
