//! The committee member's section of the home page: per call in review, the assignments left to score and
//! the review deadline; for the chair, what the committee meeting needs: the applications flagged for
//! discussion (reviewers disagree beyond the call's threshold) and whether their consensus scores are
//! recorded yet. Reviewers only; applications a member is conflicted on are never listed, and the chair's
//! list keeps the board's blind-review rule (nothing the chair may not see yet).

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use super::manager::{ReviewProgress, progress_of};
use crate::applications::entity::application;
use crate::calls::entity::call;
use crate::committee::MemberRole;
use crate::committee::conflicts::conflict_pairs;
use crate::committee::entity::{assignment, committee, member, review};
use crate::reviews::sheet::ReviewState;
use crate::selection::board;
use crate::{Actor, Result, Role};

/// An application a member still has to score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToScore {
    /// The application.
    pub application_id: Uuid,
    /// Its reference number.
    pub reference: String,
    /// Its title.
    pub title: String,
    /// Whether the member saved a draft review already.
    pub started: bool,
}

/// A call a member reviews for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewingCall {
    /// The call.
    pub call_id: Uuid,
    /// Its reference code.
    pub code: String,
    /// Its title.
    pub title: String,
    /// When reviews are due, if set.
    pub deadline: Option<DateTime<Utc>>,
    /// Applications assigned (conflicts left out).
    pub assigned: usize,
    /// Those still to score, by reference.
    pub left: Vec<ToScore>,
}

/// An application the committee should discuss.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flagged {
    /// The application.
    pub application_id: Uuid,
    /// Its reference number.
    pub reference: String,
    /// Its title.
    pub title: String,
    /// Whether a consensus score is recorded for it already.
    pub consensus_recorded: bool,
}

/// A call whose committee the member chairs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChairedCall {
    /// The committee's progress.
    pub progress: ReviewProgress,
    /// Applications flagged for discussion, in ranking order.
    pub flagged: Vec<Flagged>,
}

impl ChairedCall {
    /// Flagged applications still without a consensus score.
    pub fn consensus_to_record(&self) -> usize {
        self.flagged
            .iter()
            .filter(|f| !f.consensus_recorded)
            .count()
    }
}

/// What needs a committee member now.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewerAgenda {
    /// Calls in review with assignments, soonest deadline first.
    pub calls: Vec<ReviewingCall>,
    /// Calls in review whose committee the member chairs.
    pub chaired: Vec<ChairedCall>,
}

/// Whether scoring is still going on for `call` (in review, scoring not closed).
fn scoring(call: &call::Model) -> bool {
    call.scoring_open()
}

/// The member's section at `now`. Reviewers only.
pub async fn agenda(
    db: &DatabaseConnection,
    actor: &Actor,
    _now: DateTime<Utc>,
) -> Result<ReviewerAgenda> {
    actor.require_any(&[Role::Reviewer])?;
    let assignments = assignment::Entity::find()
        .filter(assignment::Column::UserId.eq(actor.user_id))
        .all(db)
        .await?;
    let seats = member::Entity::find()
        .filter(member::Column::UserId.eq(actor.user_id))
        .all(db)
        .await?;
    let calls: Vec<call::Model> = call::Entity::find()
        .filter(
            call::Column::Id.is_in(
                assignments
                    .iter()
                    .map(|a| a.call_id)
                    .chain(seats.iter().map(|s| s.call_id)),
            ),
        )
        .order_by_asc(call::Column::ClosesAt)
        .order_by_asc(call::Column::Code)
        .all(db)
        .await?
        .into_iter()
        .filter(scoring)
        .collect();
    let deadlines: HashMap<Uuid, Option<DateTime<Utc>>> = committee::Entity::find()
        .filter(committee::Column::CallId.is_in(calls.iter().map(|c| c.id)))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.call_id, c.review_deadline))
        .collect();
    let applications: HashMap<Uuid, application::Model> = application::Entity::find()
        .filter(application::Column::Id.is_in(assignments.iter().map(|a| a.application_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a))
        .collect();
    let reviews: HashMap<Uuid, String> = review::Entity::find()
        .filter(review::Column::UserId.eq(actor.user_id))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.application_id, r.state))
        .collect();

    let mut agenda = ReviewerAgenda::default();
    // One query per call the member reviews for (a handful): conflicts may be declared after assignment.
    for call in &calls {
        let mine: Vec<&assignment::Model> = assignments
            .iter()
            .filter(|a| a.call_id == call.id)
            .collect();
        if mine.is_empty() {
            continue;
        }
        let conflicts = conflict_pairs(db, call.id).await?;
        let mut assigned = 0;
        let mut left = Vec::new();
        for a in mine {
            if conflicts.contains(&(a.application_id, actor.user_id)) {
                continue;
            }
            let Some(app) = applications.get(&a.application_id) else {
                continue;
            };
            assigned += 1;
            let state = reviews.get(&app.id).map(String::as_str);
            if state != Some(ReviewState::Submitted.as_str()) {
                left.push(ToScore {
                    application_id: app.id,
                    reference: app.reference.clone().unwrap_or_default(),
                    title: app.title.clone(),
                    started: state.is_some(),
                });
            }
        }
        left.sort_by(|a, b| a.reference.cmp(&b.reference));
        agenda.calls.push(ReviewingCall {
            call_id: call.id,
            code: call.code.clone(),
            title: call.title.clone(),
            deadline: deadlines.get(&call.id).copied().flatten(),
            assigned,
            left,
        });
    }

    let chaired: HashSet<Uuid> = seats
        .iter()
        .filter(|s| s.role == MemberRole::Chair.as_str())
        .map(|s| s.call_id)
        .collect();
    let chaired_calls: Vec<call::Model> = calls
        .into_iter()
        .filter(|c| chaired.contains(&c.id))
        .collect();
    let progress = progress_of(db, chaired_calls).await?;
    // The board of each chaired call (a chair rarely chairs more than one committee at a time).
    for progress in progress {
        let flagged = flagged(db, actor, progress.call_id).await?;
        agenda.chaired.push(ChairedCall { progress, flagged });
    }
    Ok(agenda)
}

/// The applications of a call flagged for discussion as its chair sees the board: those whose figures are
/// hidden from the chair (conflicted, or not yet reviewed by the chair) are left out.
async fn flagged(db: &DatabaseConnection, actor: &Actor, call_id: Uuid) -> Result<Vec<Flagged>> {
    let call = crate::calls::service::load(db, call_id).await?;
    let hidden = board::hidden_from_chair(db, call_id, actor.user_id).await?;
    let lottery = call.lottery();
    let board = board::compute(db, call, lottery, false, &hidden).await?;
    Ok(board
        .rows
        .into_iter()
        .filter(|row| !hidden.contains(&row.application.id))
        .filter(|row| row.figures.as_ref().is_some_and(|f| f.flagged))
        .map(|row| Flagged {
            application_id: row.application.id,
            reference: row.application.reference.clone().unwrap_or_default(),
            title: row.application.title.clone(),
            consensus_recorded: !row.consensus.is_empty(),
        })
        .collect())
}
