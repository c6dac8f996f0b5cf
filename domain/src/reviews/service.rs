//! Reviewers' services: their assignments, the score sheet of one application (read, save as draft,
//! submit, revise), and the other reviews of it, which stay hidden until the reviewer's own is submitted.
//!
//! Who may review: a voting member of the call's committee assigned to the application. A conflicted member
//! gets `NotFound` (the application does not exist for them); a non-member too; an unassigned member or an
//! observer is refused with the reason.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use uuid::Uuid;

use super::sheet::{self, ReviewState, Sheet, SheetInput};
use crate::accounts::entity::user;
use crate::applications::ApplicationState;
use crate::applications::entity::application;
use crate::applications::service::{ApplicationView, load as load_application};
use crate::audit::{self, Subject};
use crate::calls::entity::{call, criterion};
use crate::calls::{CallState, CriterionView};
use crate::committee::conflicts::{conflict_pairs, is_conflicted};
use crate::committee::entity::{assignment, committee, member, review};
use crate::committee::{MemberRole, Sector, seat_of};
use crate::{Actor, Error, Message, Result, db};

/// A reviewer's score sheet of one application, with the application itself.
#[derive(Debug, Clone)]
pub struct SheetView {
    /// The application as submitted, with its call and criteria.
    pub application: ApplicationView,
    /// The sheet (empty before the first save).
    pub sheet: Sheet,
    /// The stored review, once saved.
    pub review: Option<review::Model>,
    /// Its state, once saved.
    pub state: Option<ReviewState>,
    /// When reviews are due, if the committee set it.
    pub deadline: Option<DateTime<Utc>>,
    /// Whether the sheet can be saved now (the call is reviewing).
    pub editable: bool,
}

impl SheetView {
    /// The version to send back when saving (0 before the first save).
    pub fn version(&self) -> i32 {
        self.review.as_ref().map_or(0, |r| r.version)
    }

    /// Whether the reviewer's own review is submitted, which lifts the blind.
    pub fn submitted(&self) -> bool {
        self.state == Some(ReviewState::Submitted)
    }
}

/// A reviewer's assignment as listed on their dashboard.
#[derive(Debug, Clone)]
pub struct MyAssignment {
    /// The call.
    pub call: call::Model,
    /// The application.
    pub application_id: Uuid,
    /// Its reference.
    pub reference: String,
    /// Its title.
    pub title: String,
    /// Where the reviewer's review stands (`None` before the first save).
    pub state: Option<ReviewState>,
    /// Criteria scored so far.
    pub scored: usize,
    /// Criteria to score.
    pub criteria: usize,
    /// When reviews are due.
    pub deadline: Option<DateTime<Utc>>,
}

/// Another member's submitted review, shown once one's own is submitted.
#[derive(Debug, Clone)]
pub struct OtherReview {
    /// The reviewer's name.
    pub reviewer: String,
    /// Their sector.
    pub sector: Sector,
    /// Their sheet.
    pub sheet: Sheet,
    /// When submitted.
    pub submitted_at: Option<DateTime<Utc>>,
}

/// What a reviewer may do with an application.
struct Access {
    application: application::Model,
    call: call::Model,
    review: Option<review::Model>,
}

/// The reviewing caller's access to an application, or why not (see the module's rule).
async fn reviewer_access(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    application_id: Uuid,
) -> Result<Access> {
    let application = application::Entity::find_by_id(application_id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound)?;
    if !ApplicationState::parse(&application.state).is_some_and(ApplicationState::is_submitted) {
        return Err(Error::NotFound);
    }
    let Some(seat) = seat_of(conn, application.call_id, actor.user_id).await? else {
        return Err(Error::NotFound);
    };
    if is_conflicted(conn, application_id, actor.user_id).await? {
        return Err(Error::NotFound);
    }
    if !MemberRole::parse(&seat.role).is_ok_and(MemberRole::votes) {
        return Err(Error::Refused(Message::new("error-review-observer")));
    }
    let assigned = assignment::Entity::find()
        .filter(assignment::Column::ApplicationId.eq(application_id))
        .filter(assignment::Column::UserId.eq(actor.user_id))
        .one(conn)
        .await?
        .is_some();
    if !assigned {
        return Err(Error::Refused(Message::new("error-review-not-assigned")));
    }
    let call = call::Entity::find_by_id(application.call_id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound)?;
    let review = review::Entity::find()
        .filter(review::Column::ApplicationId.eq(application_id))
        .filter(review::Column::UserId.eq(actor.user_id))
        .one(conn)
        .await?;
    Ok(Access {
        application,
        call,
        review,
    })
}

/// `Ok` when the caller may review the application (see the module's rule), otherwise why not.
pub(crate) async fn may_review(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    application_id: Uuid,
) -> Result<()> {
    reviewer_access(conn, actor, application_id)
        .await
        .map(|_| ())
}

/// A call's criteria, in order.
async fn criteria_of(conn: &impl ConnectionTrait, call_id: Uuid) -> Result<Vec<CriterionView>> {
    criterion::Entity::find()
        .filter(criterion::Column::CallId.eq(call_id))
        .order_by_asc(criterion::Column::Position)
        .all(conn)
        .await?
        .into_iter()
        .map(CriterionView::try_from)
        .collect()
}

async fn deadline_of(conn: &impl ConnectionTrait, call_id: Uuid) -> Result<Option<DateTime<Utc>>> {
    Ok(committee::Entity::find_by_id(call_id)
        .one(conn)
        .await?
        .and_then(|c| c.review_deadline))
}

fn state_of(review: Option<&review::Model>) -> Result<Option<ReviewState>> {
    review.map(|r| ReviewState::parse(&r.state)).transpose()
}

/// Reviews are written while the call is reviewing (or rolling) and its scoring is open; once scoring closes
/// (and after the decision) they are final.
fn reviewing(call: &call::Model) -> bool {
    call.scoring_open()
}

async fn view(conn: &impl ConnectionTrait, access: Access) -> Result<SheetView> {
    let deadline = deadline_of(conn, access.call.id).await?;
    let editable = reviewing(&access.call);
    let application = load_application(conn, access.application).await?;
    let sheet = match &access.review {
        Some(r) => sheet::stored(
            &application.call.criteria,
            &r.scores,
            &r.overall_comment,
            r.recommendation.as_deref(),
        )?,
        None => Sheet::empty(&application.call.criteria),
    };
    Ok(SheetView {
        state: state_of(access.review.as_ref())?,
        application,
        sheet,
        review: access.review,
        deadline,
        editable,
    })
}

/// The caller's score sheet of an application they are assigned to.
pub async fn get(
    db: &DatabaseConnection,
    actor: &Actor,
    application_id: Uuid,
) -> Result<SheetView> {
    let access = reviewer_access(db, actor, application_id).await?;
    view(db, access).await
}

/// Saves the caller's sheet. A draft may be partial; a submitted review may be revised while the call is
/// reviewing, complete and audited with what changed. `version` is the one the caller read (0 before
/// the first save).
pub async fn save(
    db: &DatabaseConnection,
    actor: &Actor,
    application_id: Uuid,
    version: i32,
    input: &SheetInput,
    now: DateTime<Utc>,
) -> Result<SheetView> {
    write(db, actor, application_id, version, input, false, now).await
}

/// Saves and submits the caller's sheet, which must be complete. Submitting lifts the blind for the
/// caller: they may then read the other submitted reviews of the application.
pub async fn submit(
    db: &DatabaseConnection,
    actor: &Actor,
    application_id: Uuid,
    version: i32,
    input: &SheetInput,
    now: DateTime<Utc>,
) -> Result<SheetView> {
    write(db, actor, application_id, version, input, true, now).await
}

async fn write(
    db: &DatabaseConnection,
    actor: &Actor,
    application_id: Uuid,
    version: i32,
    input: &SheetInput,
    submitting: bool,
    now: DateTime<Utc>,
) -> Result<SheetView> {
    let tx = db::begin_write(db).await?;
    let access = reviewer_access(&tx, actor, application_id).await?;
    if !reviewing(&access.call) {
        return Err(Error::Conflict(Message::new(
            if access.call.state == CallState::Decided.as_str()
                || access.call.state == CallState::Archived.as_str()
            {
                "error-review-final"
            } else if access.call.scoring_closed_at.is_some() {
                "error-scoring-closed"
            } else {
                "error-review-not-started"
            },
        )));
    }
    let criteria = criteria_of(&tx, access.call.id).await?;
    let current = state_of(access.review.as_ref())?;
    if submitting && current == Some(ReviewState::Submitted) {
        return Err(Error::InvalidTransition {
            from: ReviewState::Submitted.as_str().into(),
            to: ReviewState::Submitted.as_str().into(),
        });
    }
    let revising = current == Some(ReviewState::Submitted);
    let sheet = sheet::check(&criteria, input, submitting || revising)?;
    if access.review.as_ref().map_or(0, |r| r.version) != version {
        return Err(Error::stale());
    }
    let scores = serde_json::to_string(&sheet.scores).map_err(Error::caused_by)?;
    let state = if submitting || revising {
        ReviewState::Submitted
    } else {
        ReviewState::Draft
    };
    let recommendation = sheet.recommendation.map(|r| r.as_str().to_owned());
    match &access.review {
        None => {
            review::ActiveModel {
                id: Set(Uuid::now_v7()),
                call_id: Set(access.call.id),
                application_id: Set(application_id),
                user_id: Set(actor.user_id),
                state: Set(state.as_str().to_owned()),
                scores: Set(scores),
                overall_comment: Set(sheet.overall_comment.clone()),
                recommendation: Set(recommendation),
                revision: Set(0),
                submitted_at: Set(submitting.then_some(now)),
                version: Set(1),
                created_at: Set(now),
                updated_at: Set(now),
            }
            .insert(&tx)
            .await
            // Two first saves at once: the unique index lets one in.
            .map_err(|err| match Error::from(err) {
                Error::Conflict(_) => Error::stale(),
                other => other,
            })?;
        }
        Some(stored) => {
            use sea_orm::sea_query::Expr;
            let mut update = review::Entity::update_many()
                .col_expr(review::Column::State, Expr::value(state.as_str()))
                .col_expr(review::Column::Scores, Expr::value(scores))
                .col_expr(
                    review::Column::OverallComment,
                    Expr::value(sheet.overall_comment.clone()),
                )
                .col_expr(review::Column::Recommendation, Expr::value(recommendation))
                .col_expr(review::Column::Version, Expr::value(stored.version + 1))
                .col_expr(review::Column::UpdatedAt, Expr::value(now))
                .filter(review::Column::Id.eq(stored.id))
                .filter(review::Column::Version.eq(version));
            if submitting {
                update = update.col_expr(review::Column::SubmittedAt, Expr::value(now));
            }
            if revising {
                update =
                    update.col_expr(review::Column::Revision, Expr::value(stored.revision + 1));
            }
            if update.exec(&tx).await?.rows_affected != 1 {
                return Err(Error::stale());
            }
        }
    }
    let reference = access.application.reference.clone().unwrap_or_default();
    if submitting {
        audit::record(
            &tx,
            Some(actor),
            "review.submitted",
            &Subject::new("application", application_id),
            format!("{} submits their review of {reference}", actor.name),
        )
        .await?;
    } else if revising {
        let before = access
            .review
            .as_ref()
            .map(|r| {
                sheet::stored(
                    &criteria,
                    &r.scores,
                    &r.overall_comment,
                    r.recommendation.as_deref(),
                )
            })
            .transpose()?;
        audit::record(
            &tx,
            Some(actor),
            "review.revised",
            &Subject::new("application", application_id),
            format!(
                "{} revises their review of {reference}: {}",
                actor.name,
                revision_summary(&criteria, before.as_ref(), &sheet)
            ),
        )
        .await?;
    }
    tx.commit().await?;
    get(db, actor, application_id).await
}

/// What a revision changed, for the audit log: each changed score, and the recommendation.
fn revision_summary(criteria: &[CriterionView], before: Option<&Sheet>, after: &Sheet) -> String {
    let Some(before) = before else {
        return "first version".into();
    };
    let show = |s: Option<i32>| s.map_or_else(|| "-".to_owned(), |s| s.to_string());
    let mut changes: Vec<String> = criteria
        .iter()
        .zip(before.scores.iter().zip(&after.scores))
        .filter(|(_, (b, a))| b.score != a.score)
        .map(|(c, (b, a))| format!("{} {} -> {}", c.title, show(b.score), show(a.score)))
        .collect();
    if before.recommendation != after.recommendation {
        changes.push(format!(
            "recommendation {} -> {}",
            before.recommendation.map_or("-", |r| r.as_str()),
            after.recommendation.map_or("-", |r| r.as_str())
        ));
    }
    if changes.is_empty() {
        "comments only".into()
    } else {
        changes.join("; ")
    }
}

/// The other submitted reviews of an application, shown to an assigned reviewer once their own review is
/// submitted. Before that, refused: reviewers are not swayed by others' scores.
pub async fn others(
    db: &DatabaseConnection,
    actor: &Actor,
    application_id: Uuid,
) -> Result<Vec<OtherReview>> {
    let access = reviewer_access(db, actor, application_id).await?;
    if state_of(access.review.as_ref())? != Some(ReviewState::Submitted) {
        return Err(Error::Refused(Message::new("error-review-blind")));
    }
    let criteria = criteria_of(db, access.call.id).await?;
    // Only reviews of members still assigned count (a later conflict removes the assignment).
    let assigned: Vec<Uuid> = assignment::Entity::find()
        .filter(assignment::Column::ApplicationId.eq(application_id))
        .all(db)
        .await?
        .into_iter()
        .map(|a| a.user_id)
        .filter(|id| *id != actor.user_id)
        .collect();
    let rows = review::Entity::find()
        .filter(review::Column::ApplicationId.eq(application_id))
        .filter(review::Column::State.eq(ReviewState::Submitted.as_str()))
        .filter(review::Column::UserId.is_in(assigned))
        .order_by_asc(review::Column::SubmittedAt)
        .all(db)
        .await?;
    let members: HashMap<Uuid, member::Model> = member::Entity::find()
        .filter(member::Column::CallId.eq(access.call.id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.user_id, m))
        .collect();
    let names: HashMap<Uuid, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(rows.iter().map(|r| r.user_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    rows.into_iter()
        .map(|r| {
            let sector = members
                .get(&r.user_id)
                .map(|m| Sector::parse(&m.sector))
                .transpose()
                .map_err(|_| Error::Internal("unknown sector".into()))?
                .ok_or_else(|| Error::Internal("review without member".into()))?;
            Ok(OtherReview {
                reviewer: names.get(&r.user_id).cloned().unwrap_or_default(),
                sector,
                sheet: sheet::stored(
                    &criteria,
                    &r.scores,
                    &r.overall_comment,
                    r.recommendation.as_deref(),
                )?,
                submitted_at: r.submitted_at,
            })
        })
        .collect()
}

/// The caller's assignments across calls, newest call first, without applications they are conflicted on.
pub async fn mine(db: &DatabaseConnection, actor: &Actor) -> Result<Vec<MyAssignment>> {
    let rows = assignment::Entity::find()
        .filter(assignment::Column::UserId.eq(actor.user_id))
        .all(db)
        .await?;
    // Per call, loaded once: the call, its number of criteria, the deadline and its conflicts.
    type CallFacts = (
        call::Model,
        usize,
        Option<DateTime<Utc>>,
        std::collections::HashSet<(Uuid, Uuid)>,
    );
    let mut calls: HashMap<Uuid, CallFacts> = HashMap::new();
    let mut out = Vec::new();
    for row in rows {
        if let std::collections::hash_map::Entry::Vacant(slot) = calls.entry(row.call_id) {
            let call = call::Entity::find_by_id(row.call_id)
                .one(db)
                .await?
                .ok_or_else(|| Error::Internal("assignment without call".into()))?;
            let criteria = criteria_of(db, row.call_id).await?.len();
            let deadline = deadline_of(db, row.call_id).await?;
            let conflicts = conflict_pairs(db, row.call_id).await?;
            slot.insert((call, criteria, deadline, conflicts));
        }
        let (call, criteria, deadline, conflicts) = &calls[&row.call_id];
        if conflicts.contains(&(row.application_id, actor.user_id)) {
            continue;
        }
        let Some(app) = application::Entity::find_by_id(row.application_id)
            .one(db)
            .await?
        else {
            continue;
        };
        let review = review::Entity::find()
            .filter(review::Column::ApplicationId.eq(row.application_id))
            .filter(review::Column::UserId.eq(actor.user_id))
            .one(db)
            .await?;
        let scored = match &review {
            Some(r) => serde_json::from_str::<Vec<sheet::Score>>(&r.scores)
                .map_err(|err| Error::internal(format!("stored scores: {err}")))?
                .iter()
                .filter(|s| s.score.is_some())
                .count(),
            None => 0,
        };
        out.push(MyAssignment {
            call: call.clone(),
            application_id: app.id,
            reference: app.reference.clone().unwrap_or_default(),
            title: app.title.clone(),
            state: state_of(review.as_ref())?,
            scored,
            criteria: *criteria,
            deadline: *deadline,
        });
    }
    out.sort_by(|a, b| (b.call.closes_at, &a.reference).cmp(&(a.call.closes_at, &b.reference)));
    Ok(out)
}
