//! Selection committees: per call, members (users with the reviewer role) with a sector and a role, and the
//! composition rule that must hold before reviewing starts. The public sees the committee (names and sectors)
//! once reviewing has started; before that only managers and the members themselves.
//!
//! `composition` is pure; the services here check permissions, write in one transaction with an audit entry,
//! and never know about HTTP or HTML.

pub mod assigning;
pub mod assignment;
pub mod composition;
pub mod conflicts;
pub mod entity;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use uuid::Uuid;

use crate::audit::{self, Subject};
use crate::calls::CallState;
use crate::calls::entity::call;
use crate::{Actor, Error, Message, Result, Role, db};
pub use composition::{CompositionRule, MemberRole, RuleInput, Sector, SectorShare};

/// A committee member as shown.
#[derive(Debug, Clone)]
pub struct MemberView {
    /// The user.
    pub user_id: Uuid,
    /// Their name.
    pub name: String,
    /// Their sector.
    pub sector: Sector,
    /// Their role.
    pub role: MemberRole,
    /// When they joined.
    pub added_at: DateTime<Utc>,
}

/// A call's committee with the verdict of its composition rule.
#[derive(Debug, Clone)]
pub struct CommitteeView {
    /// The call.
    pub call_id: Uuid,
    /// The rule.
    pub rule: CompositionRule,
    /// Members, chair first, then by name.
    pub members: Vec<MemberView>,
    /// What the committee lacks under its rule; empty when reviewing may start.
    pub problems: Vec<Message>,
    /// When members' reviews are due, if set.
    pub review_deadline: Option<DateTime<Utc>>,
    /// Send it back when changing the rule.
    pub version: i32,
}

/// A member to add.
#[derive(Debug, Clone)]
pub struct MemberInput {
    /// A user with the reviewer role.
    pub user_id: Uuid,
    /// Their sector, by name.
    pub sector: String,
    /// chair, member or observer.
    pub role: String,
}

async fn call_of(conn: &impl ConnectionTrait, call_id: Uuid) -> Result<call::Model> {
    call::Entity::find_by_id(call_id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound)
}

fn call_state(call: &call::Model) -> Result<CallState> {
    CallState::parse(&call.state)
        .ok_or_else(|| Error::internal(format!("unknown call state {}", call.state)))
}

/// The caller's seat on a call's committee, if they have one.
pub(crate) async fn seat_of(
    conn: &impl ConnectionTrait,
    call_id: Uuid,
    user_id: Uuid,
) -> Result<Option<entity::member::Model>> {
    Ok(entity::member::Entity::find()
        .filter(entity::member::Column::CallId.eq(call_id))
        .filter(entity::member::Column::UserId.eq(user_id))
        .one(conn)
        .await?)
}

/// Managers, and the chair of this call's committee, run the committee's work (conflict decisions,
/// progress, reminders); anyone else is refused.
pub(crate) async fn require_chair_or_manager(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    call_id: Uuid,
) -> Result<()> {
    if actor.has(Role::Manager) {
        return Ok(());
    }
    match seat_of(conn, call_id, actor.user_id).await? {
        Some(seat) if seat.role == MemberRole::Chair.as_str() => Ok(()),
        _ => Err(Error::Forbidden),
    }
}

/// Loads a committee (an empty one under the default rule if none was set up), without a permission check.
pub(crate) async fn load(conn: &impl ConnectionTrait, call_id: Uuid) -> Result<CommitteeView> {
    let stored = entity::committee::Entity::find_by_id(call_id)
        .one(conn)
        .await?;
    let rule: CompositionRule = match &stored {
        Some(c) => serde_json::from_str(&c.rule)
            .map_err(|err| Error::internal(format!("stored committee rule: {err}")))?,
        None => CompositionRule::default(),
    };
    let rows = entity::member::Entity::find()
        .filter(entity::member::Column::CallId.eq(call_id))
        .order_by_asc(entity::member::Column::AddedAt)
        .all(conn)
        .await?;
    // One query for every member's name, whatever the committee's size.
    let names: std::collections::HashMap<Uuid, String> =
        crate::accounts::entity::user::Entity::find()
            .filter(crate::accounts::entity::user::Column::Id.is_in(rows.iter().map(|r| r.user_id)))
            .all(conn)
            .await?
            .into_iter()
            .map(|u| (u.id, u.name))
            .collect();
    let mut members = Vec::with_capacity(rows.len());
    for row in rows {
        let name = names
            .get(&row.user_id)
            .cloned()
            .ok_or_else(|| Error::Internal("committee member without user".into()))?;
        members.push(MemberView {
            user_id: row.user_id,
            name,
            sector: Sector::parse(&row.sector)
                .map_err(|_| Error::internal(format!("unknown sector {}", row.sector)))?,
            role: MemberRole::parse(&row.role)
                .map_err(|_| Error::internal(format!("unknown member role {}", row.role)))?,
            added_at: row.added_at,
        });
    }
    members.sort_by(|a, b| {
        (a.role != MemberRole::Chair, &a.name).cmp(&(b.role != MemberRole::Chair, &b.name))
    });
    let seats: Vec<composition::Seat> = members
        .iter()
        .map(|m| composition::Seat {
            sector: m.sector,
            role: m.role,
        })
        .collect();
    Ok(CommitteeView {
        call_id,
        problems: composition::problems(&rule, &seats),
        rule,
        members,
        review_deadline: stored.as_ref().and_then(|c| c.review_deadline),
        version: stored.map_or(0, |c| c.version),
    })
}

/// What a call's committee lacks before reviewing may start (used by the call's `start-review`).
pub(crate) async fn composition_problems(
    conn: &impl ConnectionTrait,
    call_id: Uuid,
) -> Result<Vec<Message>> {
    Ok(load(conn, call_id).await?.problems)
}

/// Shows a call's committee: to managers and its members always, to anyone once reviewing has started.
pub async fn get(
    db: &DatabaseConnection,
    actor: Option<&Actor>,
    call_id: Uuid,
) -> Result<CommitteeView> {
    let call = call_of(db, call_id).await?;
    let view = load(db, call_id).await?;
    let public = matches!(
        call_state(&call)?,
        CallState::Reviewing | CallState::Decided | CallState::Archived
    );
    let insider = actor.is_some_and(|a| {
        a.has(Role::Manager) || view.members.iter().any(|m| m.user_id == a.user_id)
    });
    if public || insider {
        Ok(view)
    } else {
        Err(Error::NotFound)
    }
}

/// Opens a change of a committee: managers only, before the call is decided. Creates the committee row
/// on first use and bumps its version.
async fn begin_change(
    db: &DatabaseConnection,
    actor: &Actor,
    call_id: Uuid,
    expected_version: Option<i32>,
    now: DateTime<Utc>,
) -> Result<(crate::db::WriteTransaction, call::Model)> {
    actor.require_any(&[Role::Manager])?;
    let call = call_of(db, call_id).await?;
    if matches!(call_state(&call)?, CallState::Decided | CallState::Archived) {
        return Err(Error::Conflict(Message::new("error-call-decided")));
    }
    let tx = db::begin_write(db).await?;
    let stored = entity::committee::Entity::find_by_id(call_id)
        .one(&tx)
        .await?;
    let current = stored.as_ref().map_or(0, |c| c.version);
    if expected_version.is_some_and(|v| v != current) {
        return Err(Error::stale());
    }
    match stored {
        Some(c) => {
            let mut model: entity::committee::ActiveModel = c.into();
            model.version = Set(current + 1);
            model.updated_at = Set(now);
            model.update(&tx).await?;
        }
        None => {
            entity::committee::ActiveModel {
                call_id: Set(call_id),
                rule: Set(
                    serde_json::to_string(&CompositionRule::default()).map_err(Error::caused_by)?
                ),
                version: Set(1),
                review_deadline: Set(None),
                updated_at: Set(now),
            }
            .insert(&tx)
            .await?;
        }
    }
    Ok((tx, call))
}

/// Adds a member. The user must be an active reviewer; a person sits once per committee.
pub async fn add_member(
    db: &DatabaseConnection,
    actor: &Actor,
    call_id: Uuid,
    input: &MemberInput,
    now: DateTime<Utc>,
) -> Result<CommitteeView> {
    // Before anything is read: a caller who may not add members learns nothing from the validation (not
    // even whether a user holds the reviewer role).
    actor.require_any(&[Role::Manager])?;
    let mut v = crate::error::Validator::new();
    let sector = v.parse("sector", Sector::parse(&input.sector));
    let role = v.parse("role", MemberRole::parse(&input.role));
    let user = crate::accounts::actor_for(db, input.user_id).await?;
    v.check(
        user.as_ref().is_some_and(|u| u.has(Role::Reviewer)),
        "user_id",
        Message::new("error-member-not-reviewer"),
    );
    v.finish()?;
    let (sector, role, user) = match (sector, role, user) {
        (Some(sector), Some(role), Some(user)) => (sector, role, user),
        _ => return Err(Error::Internal("validated member".into())),
    };
    let (tx, call) = begin_change(db, actor, call_id, None, now).await?;
    entity::member::ActiveModel {
        id: Set(Uuid::now_v7()),
        call_id: Set(call_id),
        user_id: Set(user.user_id),
        sector: Set(sector.as_str().to_owned()),
        role: Set(role.as_str().to_owned()),
        added_at: Set(now),
        deadline_reminded_at: Set(None),
    }
    .insert(&tx)
    .await
    .map_err(|err| match Error::from(err) {
        Error::Conflict(_) => Error::Conflict(Message::new("error-member-duplicate")),
        other => other,
    })?;
    conflicts::record_automatic(&tx, call_id, now).await?;
    audit::record(
        &tx,
        Some(actor),
        "committee.member_added",
        &Subject::new("call", call_id),
        format!(
            "{} ({}, {}) joins the committee of {}",
            user.name,
            sector.as_str(),
            role.as_str(),
            call.code
        ),
    )
    .await?;
    tx.commit().await?;
    load(db, call_id).await
}

/// Removes a member.
pub async fn remove_member(
    db: &DatabaseConnection,
    actor: &Actor,
    call_id: Uuid,
    user_id: Uuid,
    now: DateTime<Utc>,
) -> Result<CommitteeView> {
    let (tx, call) = begin_change(db, actor, call_id, None, now).await?;
    let removed = entity::member::Entity::delete_many()
        .filter(entity::member::Column::CallId.eq(call_id))
        .filter(entity::member::Column::UserId.eq(user_id))
        .exec(&tx)
        .await?;
    if removed.rows_affected == 0 {
        return Err(Error::NotFound);
    }
    audit::record(
        &tx,
        Some(actor),
        "committee.member_removed",
        &Subject::new("call", call_id),
        format!("user {user_id} leaves the committee of {}", call.code),
    )
    .await?;
    tx.commit().await?;
    load(db, call_id).await
}

/// Sets the composition rule, with the committee's version (0 before the first change). Managers only:
/// the role is checked before the rule is read, so a wrong caller learns nothing from its errors.
pub async fn set_rule(
    db: &DatabaseConnection,
    actor: &Actor,
    call_id: Uuid,
    version: i32,
    input: &RuleInput,
    now: DateTime<Utc>,
) -> Result<CommitteeView> {
    actor.require_any(&[Role::Manager])?;
    let rule = &composition::parse_rule(input)?;
    let (tx, call) = begin_change(db, actor, call_id, Some(version), now).await?;
    entity::committee::Entity::update_many()
        .col_expr(
            entity::committee::Column::Rule,
            sea_orm::sea_query::Expr::value(serde_json::to_string(rule).map_err(Error::caused_by)?),
        )
        .filter(entity::committee::Column::CallId.eq(call_id))
        .exec(&tx)
        .await?;
    audit::record(
        &tx,
        Some(actor),
        "committee.rule_set",
        &Subject::new("call", call_id),
        format!(
            "composition rule of {}: {}",
            call.code,
            serde_json::to_string(rule).unwrap_or_default()
        ),
    )
    .await?;
    tx.commit().await?;
    load(db, call_id).await
}

/// Sets (or clears) when members' reviews are due, with the committee's version. Managers only.
pub async fn set_review_deadline(
    db: &DatabaseConnection,
    actor: &Actor,
    call_id: Uuid,
    version: i32,
    deadline: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<CommitteeView> {
    let (tx, call) = begin_change(db, actor, call_id, Some(version), now).await?;
    entity::committee::Entity::update_many()
        .col_expr(
            entity::committee::Column::ReviewDeadline,
            sea_orm::sea_query::Expr::value(deadline),
        )
        .filter(entity::committee::Column::CallId.eq(call_id))
        .exec(&tx)
        .await?;
    // A new deadline is news: members are reminded again as it nears.
    entity::member::Entity::update_many()
        .col_expr(
            entity::member::Column::DeadlineRemindedAt,
            sea_orm::sea_query::Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(entity::member::Column::CallId.eq(call_id))
        .exec(&tx)
        .await?;
    audit::record(
        &tx,
        Some(actor),
        "committee.review_deadline_set",
        &Subject::new("call", call_id),
        format!(
            "reviews of {} due {}",
            call.code,
            deadline.map_or_else(|| "whenever".to_owned(), |d| d.to_rfc3339())
        ),
    )
    .await?;
    tx.commit().await?;
    load(db, call_id).await
}

/// Someone who could join a committee.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// The user.
    pub user_id: Uuid,
    /// Their name.
    pub name: String,
    /// Their email address.
    pub email: String,
}

/// Active users with the reviewer role who are not on the call's committee yet, by name: whom a manager may
/// seat. Managers only.
pub async fn candidates(
    db: &DatabaseConnection,
    actor: &Actor,
    call_id: Uuid,
) -> Result<Vec<Candidate>> {
    use crate::accounts::entity::{user, user_role};
    use sea_orm::{QuerySelect, QueryTrait};
    actor.require_any(&[Role::Manager])?;
    call_of(db, call_id).await?;
    let reviewers = user_role::Entity::find()
        .select_only()
        .column(user_role::Column::UserId)
        .filter(user_role::Column::Role.eq(Role::Reviewer.as_str()))
        .into_query();
    let seated = entity::member::Entity::find()
        .select_only()
        .column(entity::member::Column::UserId)
        .filter(entity::member::Column::CallId.eq(call_id))
        .into_query();
    Ok(user::Entity::find()
        .filter(user::Column::Active.eq(true))
        .filter(user::Column::Id.in_subquery(reviewers))
        .filter(user::Column::Id.not_in_subquery(seated))
        .order_by_asc(user::Column::Name)
        .order_by_asc(user::Column::Email)
        .all(db)
        .await?
        .into_iter()
        .map(|u| Candidate {
            user_id: u.id,
            name: u.name,
            email: u.email,
        })
        .collect())
}

/// A committee the caller sits on.
#[derive(Debug, Clone)]
pub struct MySeat {
    /// The call.
    pub call: call::Model,
    /// Their sector.
    pub sector: Sector,
    /// Their role.
    pub role: MemberRole,
}

/// The committees the caller sits on, newest call first: where a chair runs the reviewing page from.
pub async fn my_seats(db: &DatabaseConnection, actor: &Actor) -> Result<Vec<MySeat>> {
    let seats = entity::member::Entity::find()
        .filter(entity::member::Column::UserId.eq(actor.user_id))
        .all(db)
        .await?;
    let mut calls: Vec<MySeat> = Vec::with_capacity(seats.len());
    for seat in seats {
        calls.push(MySeat {
            call: call_of(db, seat.call_id).await?,
            sector: Sector::parse(&seat.sector)
                .map_err(|_| Error::internal(format!("unknown sector {}", seat.sector)))?,
            role: MemberRole::parse(&seat.role)
                .map_err(|_| Error::internal(format!("unknown member role {}", seat.role)))?,
        });
    }
    calls.sort_by_key(|seat| std::cmp::Reverse(seat.call.closes_at));
    Ok(calls)
}
