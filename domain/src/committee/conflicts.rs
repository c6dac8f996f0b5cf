//! Conflicts of interest. A member is conflicted on an application automatically when their organisation
//! is its lead or a partner, and when they declare a conflict (institutional, personal, financial or other,
//! with a note). The chair or a manager confirms or waives a declared conflict with a reason. While a
//! conflict stands the application does not exist for that member: it is absent from their lists and its
//! pages answer `NotFound`. A declaration removes the member's assignment to the application. Every recusal
//! and waiver is written to the audit log.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

use super::entity::{assignment, conflict, member};
use super::{require_chair_or_manager, seat_of};
use crate::accounts::entity::user;
use crate::applications::entity::{application, partner};
use crate::applications::lifecycle::ApplicationState;
use crate::audit::{self, Subject};
use crate::error::Validator;
use crate::{Actor, Error, Message, Result, db};

/// What kind of interest conflicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictKind {
    /// The member's institution is involved (always the kind of automatic conflicts).
    Institutional,
    /// A family or personal relationship.
    Personal,
    /// A financial interest.
    Financial,
    /// Anything else, explained in the note.
    Other,
}

impl ConflictKind {
    /// Every kind, in the order a form offers them.
    pub const ALL: [ConflictKind; 4] = [
        ConflictKind::Institutional,
        ConflictKind::Personal,
        ConflictKind::Financial,
        ConflictKind::Other,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            ConflictKind::Institutional => "institutional",
            ConflictKind::Personal => "personal",
            ConflictKind::Financial => "financial",
            ConflictKind::Other => "other",
        }
    }

    /// The translatable label (`conflict-kind-financial`).
    pub fn label(self) -> Message {
        Message::new(&format!("conflict-kind-{}", self.as_str()))
    }

    /// Parses a stored or submitted name.
    pub fn parse(value: &str) -> Result<ConflictKind, Message> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == value.trim())
            .ok_or_else(|| Message::new("error-conflict-kind-unknown").arg("value", value.trim()))
    }
}

/// Where a conflict stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictStatus {
    /// Declared by the member; already in force, awaiting the chair's or a manager's decision.
    Declared,
    /// Confirmed (automatic conflicts start here).
    Confirmed,
    /// Waived with a reason: the member may review the application again.
    Waived,
}

impl ConflictStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            ConflictStatus::Declared => "declared",
            ConflictStatus::Confirmed => "confirmed",
            ConflictStatus::Waived => "waived",
        }
    }

    fn parse(value: &str) -> Result<ConflictStatus> {
        [
            ConflictStatus::Declared,
            ConflictStatus::Confirmed,
            ConflictStatus::Waived,
        ]
        .into_iter()
        .find(|s| s.as_str() == value)
        .ok_or_else(|| Error::internal(format!("unknown conflict status {value}")))
    }
}

/// The stored source of a conflict found from organisations.
const AUTOMATIC: &str = "automatic";
/// The stored source of a conflict a member declared.
const DECLARED: &str = "declared";

/// A conflict as shown to managers, the chair and the member concerned.
#[derive(Debug, Clone)]
pub struct ConflictView {
    /// The stored conflict.
    pub conflict: conflict::Model,
    /// Its kind.
    pub kind: ConflictKind,
    /// Where it stands.
    pub status: ConflictStatus,
    /// Whether it was found from organisations (and so cannot be waived).
    pub automatic: bool,
    /// The application's reference.
    pub reference: String,
    /// The application's title.
    pub application_title: String,
    /// The member's name.
    pub member_name: String,
}

/// A member's declaration.
#[derive(Debug, Clone)]
pub struct DeclarationInput {
    /// institutional, personal, financial or other.
    pub kind: String,
    /// What the interest is.
    pub note: String,
}

/// The chair's or a manager's decision on a declared conflict.
#[derive(Debug, Clone)]
pub struct DecisionInput {
    /// `confirm` or `waive`.
    pub decision: String,
    /// Why; required.
    pub reason: String,
    /// The version the caller read.
    pub version: i32,
}

/// (application, member) pairs where the member's organisation is the application's lead or a partner.
/// Computed live from organisations, so a conflict holds even before it is recorded.
async fn organisation_pairs(
    conn: &impl ConnectionTrait,
    call_id: Uuid,
) -> Result<Vec<(Uuid, Uuid, Uuid)>> {
    let members: Vec<Uuid> = member::Entity::find()
        .select_only()
        .column(member::Column::UserId)
        .filter(member::Column::CallId.eq(call_id))
        .into_tuple()
        .all(conn)
        .await?;
    let organisation_of: HashMap<Uuid, Uuid> = user::Entity::find()
        .filter(user::Column::Id.is_in(members))
        .all(conn)
        .await?
        .into_iter()
        .filter_map(|u| u.organisation_id.map(|o| (u.id, o)))
        .collect();
    if organisation_of.is_empty() {
        return Ok(Vec::new());
    }
    let applications: Vec<(Uuid, Uuid, String)> = application::Entity::find()
        .select_only()
        .columns([
            application::Column::Id,
            application::Column::LeadOrganisationId,
            application::Column::State,
        ])
        .filter(application::Column::CallId.eq(call_id))
        .into_tuple()
        .all(conn)
        .await?;
    let live: Vec<(Uuid, Uuid)> = applications
        .into_iter()
        .filter(|(_, _, state)| {
            ApplicationState::parse(state).is_some_and(ApplicationState::is_submitted)
        })
        .map(|(id, lead, _)| (id, lead))
        .collect();
    let partners: Vec<(Uuid, Uuid)> = partner::Entity::find()
        .select_only()
        .columns([
            partner::Column::ApplicationId,
            partner::Column::OrganisationId,
        ])
        .filter(partner::Column::ApplicationId.is_in(live.iter().map(|(id, _)| *id)))
        .into_tuple()
        .all(conn)
        .await?;
    let mut pairs = Vec::new();
    for (application_id, organisation_id) in live.into_iter().chain(partners) {
        for (user_id, member_organisation) in &organisation_of {
            if *member_organisation == organisation_id {
                pairs.push((application_id, *user_id, organisation_id));
            }
        }
    }
    pairs.sort();
    pairs.dedup();
    Ok(pairs)
}

/// Every (application, member) pair of a call on which a conflict stands: recorded and not waived, or
/// found from organisations.
pub(crate) async fn conflict_pairs(
    conn: &impl ConnectionTrait,
    call_id: Uuid,
) -> Result<HashSet<(Uuid, Uuid)>> {
    let recorded: Vec<(Uuid, Uuid)> = conflict::Entity::find()
        .select_only()
        .columns([conflict::Column::ApplicationId, conflict::Column::UserId])
        .filter(conflict::Column::CallId.eq(call_id))
        .filter(conflict::Column::Status.ne(ConflictStatus::Waived.as_str()))
        .into_tuple()
        .all(conn)
        .await?;
    let mut pairs: HashSet<(Uuid, Uuid)> = recorded.into_iter().collect();
    pairs.extend(
        organisation_pairs(conn, call_id)
            .await?
            .into_iter()
            .map(|(application_id, user_id, _)| (application_id, user_id)),
    );
    Ok(pairs)
}

/// Whether `user_id` is conflicted on the application.
/// Whether `user_id` is conflicted on one application: the same rule as [`conflict_pairs`], asked of one
/// pair, since every request of a reviewer asks it.
pub(crate) async fn is_conflicted(
    conn: &impl ConnectionTrait,
    application_id: Uuid,
    user_id: Uuid,
) -> Result<bool> {
    let recorded = conflict::Entity::find()
        .filter(conflict::Column::ApplicationId.eq(application_id))
        .filter(conflict::Column::UserId.eq(user_id))
        .filter(conflict::Column::Status.ne(ConflictStatus::Waived.as_str()))
        .one(conn)
        .await?
        .is_some();
    if recorded {
        return Ok(true);
    }
    let Some(organisation_id) = user::Entity::find_by_id(user_id)
        .one(conn)
        .await?
        .and_then(|u| u.organisation_id)
    else {
        return Ok(false);
    };
    let leads = application::Entity::find_by_id(application_id)
        .filter(application::Column::LeadOrganisationId.eq(organisation_id))
        .one(conn)
        .await?
        .is_some();
    let partners = partner::Entity::find()
        .filter(partner::Column::ApplicationId.eq(application_id))
        .filter(partner::Column::OrganisationId.eq(organisation_id))
        .one(conn)
        .await?
        .is_some();
    Ok(leads || partners)
}

/// Records the automatic conflicts of a call that are not recorded yet, each with an audit entry, in the
/// caller's transaction. Called when a member joins, when an application is submitted, and before
/// assignment, so the list of conflicts and the audit log show every automatic recusal.
pub(crate) async fn record_automatic(
    conn: &impl ConnectionTrait,
    call_id: Uuid,
    now: DateTime<Utc>,
) -> Result<usize> {
    let recorded: HashSet<(Uuid, Uuid)> = conflict::Entity::find()
        .select_only()
        .columns([conflict::Column::ApplicationId, conflict::Column::UserId])
        .filter(conflict::Column::CallId.eq(call_id))
        .into_tuple::<(Uuid, Uuid)>()
        .all(conn)
        .await?
        .into_iter()
        .collect();
    let mut count = 0;
    for (application_id, user_id, organisation_id) in organisation_pairs(conn, call_id).await? {
        if recorded.contains(&(application_id, user_id)) {
            continue;
        }
        let organisation = crate::organisations::find(conn, organisation_id).await?;
        conflict::ActiveModel {
            id: Set(Uuid::now_v7()),
            call_id: Set(call_id),
            application_id: Set(application_id),
            user_id: Set(user_id),
            source: Set(AUTOMATIC.to_owned()),
            kind: Set(ConflictKind::Institutional.as_str().to_owned()),
            note: Set(organisation.name.clone()),
            status: Set(ConflictStatus::Confirmed.as_str().to_owned()),
            decided_by: Set(None),
            decision_reason: Set(None),
            decided_at: Set(Some(now)),
            created_at: Set(now),
            version: Set(1),
        }
        .insert(conn)
        .await?;
        // Removes an assignment made before the conflict was known (e.g. the member's organisation changed).
        assignment::Entity::delete_many()
            .filter(assignment::Column::ApplicationId.eq(application_id))
            .filter(assignment::Column::UserId.eq(user_id))
            .exec(conn)
            .await?;
        audit::record(
            conn,
            None,
            "conflict.recused",
            &Subject::new("application", application_id),
            format!(
                "user {user_id} recused automatically: their organisation {} takes part in the application",
                organisation.name
            ),
        )
        .await?;
        count += 1;
    }
    Ok(count)
}

async fn view_all(
    conn: &impl ConnectionTrait,
    rows: Vec<conflict::Model>,
) -> Result<Vec<ConflictView>> {
    let applications: HashMap<Uuid, application::Model> = application::Entity::find()
        .filter(application::Column::Id.is_in(rows.iter().map(|r| r.application_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|a| (a.id, a))
        .collect();
    let names: HashMap<Uuid, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(rows.iter().map(|r| r.user_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    rows.into_iter()
        .map(|row| {
            let app = applications
                .get(&row.application_id)
                .ok_or_else(|| Error::Internal("conflict without application".into()))?;
            Ok(ConflictView {
                kind: ConflictKind::parse(&row.kind)
                    .map_err(|_| Error::internal(format!("unknown conflict kind {}", row.kind)))?,
                status: ConflictStatus::parse(&row.status)?,
                automatic: row.source == AUTOMATIC,
                reference: app.reference.clone().unwrap_or_default(),
                application_title: app.title.clone(),
                member_name: names.get(&row.user_id).cloned().unwrap_or_default(),
                conflict: row,
            })
        })
        .collect()
}

/// A call's conflicts: all of them for managers and the chair, their own for other members.
pub async fn list(
    db: &DatabaseConnection,
    actor: &Actor,
    call_id: Uuid,
) -> Result<Vec<ConflictView>> {
    let mut query = conflict::Entity::find()
        .filter(conflict::Column::CallId.eq(call_id))
        .order_by_asc(conflict::Column::CreatedAt)
        .order_by_asc(conflict::Column::Id);
    if require_chair_or_manager(db, actor, call_id).await.is_err() {
        if seat_of(db, call_id, actor.user_id).await?.is_none() {
            return Err(Error::Forbidden);
        }
        query = query.filter(conflict::Column::UserId.eq(actor.user_id));
    }
    view_all(db, query.all(db).await?).await
}

/// A member declares a conflict on an application of their call. It stands at once: the member's
/// assignment to the application is removed and the application disappears for them.
pub async fn declare(
    db: &DatabaseConnection,
    actor: &Actor,
    application_id: Uuid,
    input: &DeclarationInput,
    now: DateTime<Utc>,
) -> Result<ConflictView> {
    let app = application::Entity::find_by_id(application_id)
        .one(db)
        .await?
        .ok_or(Error::NotFound)?;
    let seat = seat_of(db, app.call_id, actor.user_id).await?;
    // A member already conflicted on it does not see the application, so cannot declare on it either.
    if seat.is_none()
        || !ApplicationState::parse(&app.state).is_some_and(ApplicationState::is_submitted)
        || is_conflicted(db, application_id, actor.user_id).await?
    {
        return Err(Error::NotFound);
    }
    let mut v = Validator::new();
    let kind = v.parse("kind", ConflictKind::parse(&input.kind));
    let note = input.note.trim();
    v.check(
        !note.is_empty(),
        "note",
        Message::new("error-conflict-note-required"),
    );
    v.check(
        note.chars().count() <= 2000,
        "note",
        Message::new("error-too-long").arg("max", 2000),
    );
    v.finish()?;
    let kind = kind.ok_or_else(|| Error::Internal("validated kind".into()))?;

    let tx = db::begin_write(db).await?;
    // Declared meanwhile (two submissions of the form at once).
    if is_conflicted(&tx, application_id, actor.user_id).await? {
        return Err(Error::Conflict(Message::new("error-conflict-exists")));
    }
    // A declaration removes the member's assignment, and with it their review from the figures: once
    // scoring is closed (and the lottery seed revealed) no score may change that way.
    let closed = crate::calls::entity::call::Entity::find_by_id(app.call_id)
        .one(&tx)
        .await?
        .is_some_and(|call| call.scoring_closed_at.is_some());
    if closed {
        return Err(Error::Conflict(Message::new(
            "error-conflict-scoring-closed",
        )));
    }
    // A waived conflict is reopened by a new declaration.
    conflict::Entity::delete_many()
        .filter(conflict::Column::ApplicationId.eq(application_id))
        .filter(conflict::Column::UserId.eq(actor.user_id))
        .exec(&tx)
        .await?;
    let row = conflict::ActiveModel {
        id: Set(Uuid::now_v7()),
        call_id: Set(app.call_id),
        application_id: Set(application_id),
        user_id: Set(actor.user_id),
        source: Set(DECLARED.to_owned()),
        kind: Set(kind.as_str().to_owned()),
        note: Set(note.to_owned()),
        status: Set(ConflictStatus::Declared.as_str().to_owned()),
        decided_by: Set(None),
        decision_reason: Set(None),
        decided_at: Set(None),
        created_at: Set(now),
        version: Set(1),
    }
    .insert(&tx)
    .await?;
    let unassigned = assignment::Entity::delete_many()
        .filter(assignment::Column::ApplicationId.eq(application_id))
        .filter(assignment::Column::UserId.eq(actor.user_id))
        .exec(&tx)
        .await?
        .rows_affected;
    audit::record(
        &tx,
        Some(actor),
        "conflict.recused",
        &Subject::new("application", application_id),
        format!(
            "{} declares a {} conflict on {}{}",
            actor.name,
            kind.as_str(),
            app.reference.as_deref().unwrap_or_default(),
            if unassigned > 0 {
                "; their assignment is removed"
            } else {
                ""
            }
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(view_all(db, vec![row]).await?.remove(0))
}

/// The chair or a manager confirms or waives a declared conflict, with a reason. Automatic conflicts
/// stand: the member's organisation takes part in the application.
pub async fn decide(
    db: &DatabaseConnection,
    actor: &Actor,
    conflict_id: Uuid,
    input: &DecisionInput,
    now: DateTime<Utc>,
) -> Result<ConflictView> {
    let row = conflict::Entity::find_by_id(conflict_id)
        .one(db)
        .await?
        .ok_or(Error::NotFound)?;
    require_chair_or_manager(db, actor, row.call_id).await?;
    // The chair does not decide on their own conflict.
    if row.user_id == actor.user_id {
        return Err(Error::Refused(Message::new("error-conflict-own")));
    }
    let mut v = Validator::new();
    let status = v.parse(
        "decision",
        match input.decision.trim() {
            "confirm" => Ok(ConflictStatus::Confirmed),
            "waive" => Ok(ConflictStatus::Waived),
            other => Err(Message::new("error-conflict-decision-unknown").arg("value", other)),
        },
    );
    let reason = input.reason.trim();
    v.check(
        !reason.is_empty(),
        "reason",
        Message::new("error-conflict-reason-required"),
    );
    v.check(
        reason.chars().count() <= 2000,
        "reason",
        Message::new("error-too-long").arg("max", 2000),
    );
    v.finish()?;
    let status = status.ok_or_else(|| Error::Internal("validated decision".into()))?;
    if row.source == AUTOMATIC {
        return Err(Error::Conflict(Message::new("error-conflict-automatic")));
    }
    let current = ConflictStatus::parse(&row.status)?;
    if current != ConflictStatus::Declared {
        return Err(Error::InvalidTransition {
            from: current.as_str().into(),
            to: status.as_str().into(),
        });
    }

    let tx = db::begin_write(db).await?;
    let updated = conflict::Entity::update_many()
        .col_expr(
            conflict::Column::Status,
            sea_orm::sea_query::Expr::value(status.as_str()),
        )
        .col_expr(
            conflict::Column::DecidedBy,
            sea_orm::sea_query::Expr::value(actor.user_id),
        )
        .col_expr(
            conflict::Column::DecisionReason,
            sea_orm::sea_query::Expr::value(reason),
        )
        .col_expr(
            conflict::Column::DecidedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .col_expr(
            conflict::Column::Version,
            sea_orm::sea_query::Expr::value(row.version + 1),
        )
        .filter(conflict::Column::Id.eq(conflict_id))
        .filter(conflict::Column::Version.eq(input.version))
        .exec(&tx)
        .await?;
    if updated.rows_affected != 1 {
        return Err(Error::stale());
    }
    audit::record(
        &tx,
        Some(actor),
        if status == ConflictStatus::Waived {
            "conflict.waived"
        } else {
            "conflict.confirmed"
        },
        &Subject::new("application", row.application_id),
        format!(
            "conflict of user {} {}: {reason}",
            row.user_id,
            status.as_str()
        ),
    )
    .await?;
    tx.commit().await?;
    let row = conflict::Entity::find_by_id(conflict_id)
        .one(db)
        .await?
        .ok_or(Error::NotFound)?;
    Ok(view_all(db, vec![row]).await?.remove(0))
}
