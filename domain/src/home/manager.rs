//! The programme manager's section of the home page: organisations (with users) waiting for verification,
//! submitted applications waiting for screening, reviewing progress of the calls in review, project work
//! waiting for review or overdue, and technical-assistance requests nobody has taken up. Managers only.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, QueryTrait,
};
use uuid::Uuid;

use super::project_work::{self, ProjectWork, WorkFilter};
use crate::accounts::entity::user;
use crate::applications::ApplicationState;
use crate::applications::entity::application;
use crate::calls::CallState;
use crate::calls::entity::call;
use crate::committee::entity::{committee, review};
use crate::organisations::entity as organisation;
use crate::projects::entity::{assistance, project};
use crate::reviews::sheet::ReviewState;
use crate::{Actor, Result, Role};

/// How many unverified organisations are named (the rest are counted).
pub const NAMED_ORGANISATIONS: u64 = 10;

/// An organisation waiting for a manager to verify it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaitingOrganisation {
    /// The organisation.
    pub id: Uuid,
    /// Its name.
    pub name: String,
}

/// A call and how many of its submitted applications wait for screening.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScreeningQueue {
    /// The call.
    pub call_id: Uuid,
    /// Its reference code.
    pub code: String,
    /// Its title.
    pub title: String,
    /// Submitted applications not screened yet.
    pub waiting: u64,
}

/// A call in review and how far its committee has got.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewProgress {
    /// The call.
    pub call_id: Uuid,
    /// Its reference code.
    pub code: String,
    /// Its title.
    pub title: String,
    /// Submitted reviews that count towards the minimum (at most the minimum per application).
    pub done: u64,
    /// Reviews needed: the minimum per application times the applications in review.
    pub needed: u64,
    /// When reviews are due, if set.
    pub deadline: Option<DateTime<Utc>>,
}

/// A technical-assistance request nobody has taken up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenRequest {
    /// The project.
    pub project_id: Uuid,
    /// Its title.
    pub project_title: String,
    /// What help is asked for.
    pub topic: String,
    /// When it was asked.
    pub created_at: DateTime<Utc>,
}

/// What needs a programme manager now.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ManagerAgenda {
    /// Unverified organisations that have users, oldest first (at most [`NAMED_ORGANISATIONS`]).
    pub unverified: Vec<WaitingOrganisation>,
    /// How many organisations with users are unverified in all.
    pub unverified_total: u64,
    /// Calls with submitted applications to screen, by deadline.
    pub to_screen: Vec<ScreeningQueue>,
    /// Calls in review, by deadline.
    pub reviewing: Vec<ReviewProgress>,
    /// Milestones and reports handed in and waiting for review.
    pub to_review: Vec<ProjectWork>,
    /// Milestones and reports past their due date and not handed in.
    pub overdue: Vec<ProjectWork>,
    /// Technical-assistance requests still open, oldest first.
    pub assistance: Vec<OpenRequest>,
}

impl ManagerAgenda {
    /// Whether nothing needs the manager.
    pub fn is_empty(&self) -> bool {
        self.unverified_total == 0
            && self.to_screen.is_empty()
            && self.reviewing.is_empty()
            && self.to_review.is_empty()
            && self.overdue.is_empty()
            && self.assistance.is_empty()
    }
}

/// The manager's section at `now`. Managers only.
pub async fn agenda(
    db: &DatabaseConnection,
    actor: &Actor,
    now: DateTime<Utc>,
) -> Result<ManagerAgenda> {
    actor.require_any(&[Role::Manager])?;
    let today = now.date_naive();
    // Organisations someone acts for: their users wait on the verification (an agency or a partner that
    // nobody signed in for waits on nothing).
    let with_users = user::Entity::find()
        .select_only()
        .column(user::Column::OrganisationId)
        .filter(user::Column::OrganisationId.is_not_null())
        .into_query();
    let unverified_query = organisation::Entity::find()
        .filter(organisation::Column::VerifiedAt.is_null())
        .filter(organisation::Column::Id.in_subquery(with_users));
    let unverified_total = unverified_query.clone().count(db).await?;
    let unverified = unverified_query
        .order_by_asc(organisation::Column::CreatedAt)
        .order_by_asc(organisation::Column::Name)
        .limit(NAMED_ORGANISATIONS)
        .all(db)
        .await?
        .into_iter()
        .map(|o| WaitingOrganisation {
            id: o.id,
            name: o.name,
        })
        .collect();
    let to_review = project_work::read(
        db,
        &WorkFilter {
            projects: None,
            states: &["submitted"],
            due_by: None,
        },
        today,
    )
    .await?;
    let overdue = project_work::read(
        db,
        &WorkFilter {
            projects: None,
            states: &project_work::TO_HAND_IN,
            due_by: Some(today - Duration::days(1)),
        },
        today,
    )
    .await?;
    Ok(ManagerAgenda {
        unverified,
        unverified_total,
        to_screen: to_screen(db).await?,
        reviewing: reviewing(db).await?,
        to_review,
        overdue,
        assistance: open_requests(db).await?,
    })
}

/// Submitted (not yet screened) applications counted per call: two queries.
async fn to_screen(db: &DatabaseConnection) -> Result<Vec<ScreeningQueue>> {
    let counts: Vec<(Uuid, i64)> = application::Entity::find()
        .select_only()
        .column(application::Column::CallId)
        .column_as(application::Column::Id.count(), "waiting")
        .filter(application::Column::State.eq(ApplicationState::Submitted.as_str()))
        .group_by(application::Column::CallId)
        .into_tuple()
        .all(db)
        .await?;
    let counts: HashMap<Uuid, i64> = counts.into_iter().collect();
    let calls = call::Entity::find()
        .filter(call::Column::Id.is_in(counts.keys().copied()))
        .order_by_asc(call::Column::ClosesAt)
        .order_by_asc(call::Column::Code)
        .all(db)
        .await?;
    Ok(calls
        .into_iter()
        .map(|c| ScreeningQueue {
            waiting: u64::try_from(counts.get(&c.id).copied().unwrap_or(0)).unwrap_or(0),
            call_id: c.id,
            code: c.code,
            title: c.title,
        })
        .collect())
}

/// Reviewing progress of the calls in review.
async fn reviewing(db: &DatabaseConnection) -> Result<Vec<ReviewProgress>> {
    let calls = call::Entity::find()
        .filter(call::Column::State.eq(CallState::Reviewing.as_str()))
        .order_by_asc(call::Column::ClosesAt)
        .order_by_asc(call::Column::Code)
        .all(db)
        .await?;
    progress_of(db, calls).await
}

/// Reviewing progress of `calls`, in their order: three queries whatever the number of calls.
pub(super) async fn progress_of(
    db: &DatabaseConnection,
    calls: Vec<call::Model>,
) -> Result<Vec<ReviewProgress>> {
    let ids: Vec<Uuid> = calls.iter().map(|c| c.id).collect();
    let deadlines: HashMap<Uuid, Option<DateTime<Utc>>> = committee::Entity::find()
        .filter(committee::Column::CallId.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.call_id, c.review_deadline))
        .collect();
    let in_review: Vec<(Uuid, Uuid)> = application::Entity::find()
        .select_only()
        .columns([application::Column::CallId, application::Column::Id])
        .filter(application::Column::CallId.is_in(ids.iter().copied()))
        .filter(application::Column::State.eq(ApplicationState::Eligible.as_str()))
        .into_tuple()
        .all(db)
        .await?;
    let submitted: Vec<Uuid> = review::Entity::find()
        .select_only()
        .column(review::Column::ApplicationId)
        .filter(review::Column::CallId.is_in(ids.iter().copied()))
        .filter(review::Column::State.eq(ReviewState::Submitted.as_str()))
        .into_tuple()
        .all(db)
        .await?;
    let mut reviews_of: HashMap<Uuid, u64> = HashMap::new();
    for application_id in submitted {
        *reviews_of.entry(application_id).or_default() += 1;
    }
    Ok(calls
        .into_iter()
        .map(|c| {
            let counts: Vec<u64> = in_review
                .iter()
                .filter(|(call_id, _)| *call_id == c.id)
                .map(|(_, application_id)| reviews_of.get(application_id).copied().unwrap_or(0))
                .collect();
            let (done, needed) = completion(u64::try_from(c.min_reviews).unwrap_or(0), &counts);
            ReviewProgress {
                deadline: deadlines.get(&c.id).copied().flatten(),
                call_id: c.id,
                code: c.code,
                title: c.title,
                done,
                needed,
            }
        })
        .collect())
}

/// Reviews done and needed for applications that each need `min_reviews` and have the given numbers of
/// submitted reviews: a review beyond the minimum does not make up for another application's missing one.
pub fn completion(min_reviews: u64, submitted: &[u64]) -> (u64, u64) {
    let done = submitted.iter().map(|n| (*n).min(min_reviews)).sum();
    (done, min_reviews * submitted.len() as u64)
}

/// Open technical-assistance requests of active projects, oldest first: two queries.
async fn open_requests(db: &DatabaseConnection) -> Result<Vec<OpenRequest>> {
    let requests = assistance::Entity::find()
        .filter(assistance::Column::State.eq("open"))
        .order_by_asc(assistance::Column::CreatedAt)
        .all(db)
        .await?;
    let titles: HashMap<Uuid, String> = project::Entity::find()
        .filter(project::Column::Id.is_in(requests.iter().map(|r| r.project_id)))
        .filter(project::Column::Status.eq("active"))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.title))
        .collect();
    Ok(requests
        .into_iter()
        .filter_map(|r| {
            Some(OpenRequest {
                project_title: titles.get(&r.project_id)?.clone(),
                project_id: r.project_id,
                topic: r.topic,
                created_at: r.created_at,
            })
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reviews_beyond_the_minimum_do_not_make_up_for_missing_ones() {
        assert_eq!(completion(2, &[3, 0, 1]), (3, 6));
        assert_eq!(completion(2, &[]), (0, 0));
        assert_eq!(completion(3, &[3, 3]), (6, 6));
    }
}
