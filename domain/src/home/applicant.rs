//! The applicant's section of the home page, for the users of an organisation: its drafts and their
//! deadlines, its submissions and where they stand, the published results of calls it applied to, and its
//! funded projects with the milestones and reports due on them. Only the caller's own organisation's items
//! (as lead organisation) are ever read.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, NaiveDate, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use super::project_work::{self, ProjectWork, WorkFilter};
use crate::applications::ApplicationState;
use crate::applications::entity::application;
use crate::applications::service::accepting;
use crate::calls::entity::call;
use crate::projects::entity::project;
use crate::projects::schedule::{self, Health};
use crate::{Actor, Error, Result, Role};

/// How many days ahead the team is shown the milestones and reports coming due.
pub const DUE_SOON_DAYS: i64 = 90;

/// A draft application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// The application.
    pub application_id: Uuid,
    /// Its title.
    pub title: String,
    /// The call.
    pub call_id: Uuid,
    /// The call's title.
    pub call_title: String,
    /// The call's deadline; none for a rolling call.
    pub closes_at: Option<DateTime<Utc>>,
    /// The IANA time zone the deadline is shown in.
    pub time_zone: String,
    /// Whether it may still be submitted (the call is open and its deadline not passed).
    pub accepting: bool,
}

/// A submitted application (in any state after the draft).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    /// The application.
    pub application_id: Uuid,
    /// Its reference number.
    pub reference: String,
    /// Its title.
    pub title: String,
    /// The call's title.
    pub call_title: String,
    /// Where it stands.
    pub state: ApplicationState,
}

/// Published results of a call the organisation applied to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultsToRead {
    /// The call.
    pub call_id: Uuid,
    /// Its title.
    pub title: String,
    /// When the results were published.
    pub published_at: DateTime<Utc>,
}

/// A funded project of the organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FundedProject {
    /// The project.
    pub project_id: Uuid,
    /// Its title.
    pub title: String,
    /// Its health (at risk when something is overdue).
    pub health: Health,
}

/// What needs an applicant now.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ApplicantAgenda {
    /// Drafts, soonest deadline first.
    pub drafts: Vec<Draft>,
    /// Submissions, newest first.
    pub submissions: Vec<Submission>,
    /// Published results of calls applied to, newest first.
    pub results: Vec<ResultsToRead>,
    /// Funded projects, by title.
    pub projects: Vec<FundedProject>,
    /// Milestones and reports to hand in: overdue, sent back, or due within [`DUE_SOON_DAYS`].
    pub due: Vec<ProjectWork>,
}

impl ApplicantAgenda {
    /// Whether there is nothing to show.
    pub fn is_empty(&self) -> bool {
        self.drafts.is_empty()
            && self.submissions.is_empty()
            && self.results.is_empty()
            && self.projects.is_empty()
    }
}

/// Whether the team is shown `work` on `today`: overdue, sent back for changes, or due soon.
pub fn shown_to_team(work: &ProjectWork, today: NaiveDate) -> bool {
    work.overdue || work.changes_requested || work.due_on <= today + Duration::days(DUE_SOON_DAYS)
}

/// The applicant's section at `now`: applicants acting for an organisation only, and only that
/// organisation's items.
pub async fn agenda(
    db: &DatabaseConnection,
    actor: &Actor,
    now: DateTime<Utc>,
) -> Result<ApplicantAgenda> {
    actor.require_any(&[Role::Applicant])?;
    let organisation_id = actor.organisation_id.ok_or(Error::Forbidden)?;
    let today = now.date_naive();
    let applications = application::Entity::find()
        .filter(application::Column::LeadOrganisationId.eq(organisation_id))
        .order_by_desc(application::Column::CreatedAt)
        .order_by_desc(application::Column::Id)
        .all(db)
        .await?;
    let calls: HashMap<Uuid, call::Model> = call::Entity::find()
        .filter(call::Column::Id.is_in(applications.iter().map(|a| a.call_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let mut agenda = ApplicantAgenda::default();
    let mut applied_to = HashSet::new();
    for app in applications {
        let (Some(call), Some(state)) =
            (calls.get(&app.call_id), ApplicationState::parse(&app.state))
        else {
            continue;
        };
        if state == ApplicationState::Draft {
            agenda.drafts.push(Draft {
                application_id: app.id,
                title: app.title,
                call_id: call.id,
                call_title: call.title.clone(),
                closes_at: call.deadline(),
                time_zone: call.time_zone.clone(),
                accepting: accepting(call, now).is_ok(),
            });
            continue;
        }
        if state != ApplicationState::Withdrawn {
            applied_to.insert(call.id);
        }
        agenda.submissions.push(Submission {
            application_id: app.id,
            reference: app.reference.unwrap_or_default(),
            title: app.title,
            call_title: call.title.clone(),
            state,
        });
    }
    // Open drafts first, soonest deadline first; drafts whose deadline passed after them.
    agenda.drafts.sort_by_key(|d| {
        (
            !d.accepting,
            d.closes_at.is_none(),
            d.closes_at,
            d.application_id,
        )
    });
    agenda.results = calls
        .values()
        .filter(|c| applied_to.contains(&c.id))
        .filter_map(|c| {
            Some(ResultsToRead {
                published_at: c.results_published_at?,
                call_id: c.id,
                title: c.title.clone(),
            })
        })
        .collect();
    agenda
        .results
        .sort_by_key(|r| (std::cmp::Reverse(r.published_at), r.call_id));

    let projects = project::Entity::find()
        .filter(project::Column::LeadOrganisationId.eq(organisation_id))
        .order_by_asc(project::Column::Title)
        .all(db)
        .await?;
    let ids: Vec<Uuid> = projects.iter().map(|p| p.id).collect();
    let work = project_work::read(
        db,
        &WorkFilter {
            projects: Some(&ids),
            states: &project_work::TO_HAND_IN,
            due_by: None,
        },
        today,
    )
    .await?;
    agenda.projects = projects
        .into_iter()
        .map(|p| {
            let overdue = work
                .iter()
                .filter(|w| w.project_id == p.id && w.overdue)
                .count();
            FundedProject {
                health: schedule::health(&p.status, overdue),
                project_id: p.id,
                title: p.title,
            }
        })
        .collect();
    agenda.due = work
        .into_iter()
        .filter(|w| shown_to_team(w, today))
        .collect();
    Ok(agenda)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::home::project_work::WorkKind;

    fn report_due(due: &str) -> ProjectWork {
        ProjectWork {
            project_id: Uuid::nil(),
            project_title: "Open budget".into(),
            kind: WorkKind::Report { number: 1 },
            due_on: due.parse().unwrap(),
            overdue: false,
            changes_requested: false,
        }
    }

    #[test]
    fn the_team_sees_work_due_soon_overdue_or_sent_back() {
        let today: NaiveDate = "2027-01-01".parse().unwrap();
        assert!(shown_to_team(&report_due("2027-03-01"), today));
        assert!(!shown_to_team(&report_due("2027-06-01"), today));
        let sent_back = ProjectWork {
            changes_requested: true,
            ..report_due("2027-06-01")
        };
        assert!(shown_to_team(&sent_back, today));
        let overdue = ProjectWork {
            overdue: true,
            ..report_due("2026-12-01")
        };
        assert!(shown_to_team(&overdue, today));
    }
}
