//! Learning across pilots: the lessons learned a project writes in its final report (public once a manager
//! accepts that report), the earlier funded project an application or a project replicates (chosen from the
//! public portfolio), and what a programme's cycles count of both. Owns the rules of who may see a lesson
//! and which link is allowed; it does not render anything nor touch a report's other fields.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    IntoActiveModel, QueryFilter, QueryOrder, Set,
};
use uuid::Uuid;

use super::entity::{project, report};
use super::service::{self, Access, ProjectView};
use crate::audit::{self, Subject};
use crate::calls::entity::call;
use crate::error::Validator;
use crate::{Actor, Error, Message, Result, Role, db};

/// Longest lessons text, in characters.
pub const MAX_LESSON: usize = 20_000;
/// Longest contact, in characters.
pub const MAX_CONTACT: usize = 300;

/// The lessons-learned section of a final report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lessons {
    /// What worked.
    pub what_worked: String,
    /// What did not work.
    pub what_did_not: String,
    /// What another local government needs to copy the pilot.
    pub to_replicate: String,
    /// Whom to ask: a name and email, or a role.
    pub contact: String,
}

impl Lessons {
    /// The lessons stored on a report, if it holds any.
    pub fn of(report: &report::Model) -> Option<Lessons> {
        let lessons = Lessons {
            what_worked: report.what_worked.clone(),
            what_did_not: report.what_did_not.clone(),
            to_replicate: report.to_replicate.clone(),
            contact: report.lessons_contact.clone(),
        };
        (lessons != Lessons::default()).then_some(lessons)
    }

    /// Checks a final report's lessons: every part required, trimmed, within its length. Errors go to
    /// `what_worked`, `what_did_not`, `to_replicate` and `contact`.
    pub(crate) fn parse(&self, v: &mut Validator) -> Lessons {
        let mut part = |field: &str, value: &str, max: usize| {
            let value = value.trim();
            v.check(!value.is_empty(), field, Message::new("error-required"));
            v.check(
                value.chars().count() <= max,
                field,
                Message::new("error-too-long").arg("max", max),
            );
            value.to_owned()
        };
        Lessons {
            what_worked: part("what_worked", &self.what_worked, MAX_LESSON),
            what_did_not: part("what_did_not", &self.what_did_not, MAX_LESSON),
            to_replicate: part("to_replicate", &self.to_replicate, MAX_LESSON),
            contact: part("contact", &self.contact, MAX_CONTACT),
        }
    }
}

/// A project's lessons as its viewer may see them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectLessons {
    /// The lessons.
    pub lessons: Lessons,
    /// Whether they are public: the final report that carries them was accepted.
    pub published: bool,
    /// When the final report was accepted.
    pub accepted_at: Option<DateTime<Utc>>,
}

/// The final report of a project is its last by number.
pub(crate) fn final_report(reports: &[report::Model]) -> Option<&report::Model> {
    reports.iter().max_by_key(|r| r.number)
}

/// Whether a report's lessons are public: it is the final one and it was accepted.
fn published(report: &report::Model, final_number: Option<i32>) -> bool {
    Some(report.number) == final_number && report.state == "accepted"
}

/// The lessons of a project's final report for `access` (the public only once the report is accepted),
/// and the reports with unpublished lessons blanked for the public.
pub(crate) fn lessons_for(reports: &mut [report::Model], access: Access) -> Option<ProjectLessons> {
    let final_number = final_report(reports).map(|r| r.number);
    if !access.full() {
        for r in reports.iter_mut() {
            if !published(r, final_number) {
                r.what_worked.clear();
                r.what_did_not.clear();
                r.to_replicate.clear();
                r.lessons_contact.clear();
            }
        }
    }
    let last = final_report(reports)?;
    let lessons = Lessons::of(last)?;
    Some(ProjectLessons {
        lessons,
        published: published(last, final_number),
        accepted_at: last.reviewed_at.filter(|_| last.state == "accepted"),
    })
}

/// A link to another project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectLink {
    /// The project.
    pub id: Uuid,
    /// Its title.
    pub title: String,
}

/// Which projects replicate which, as one viewer may see them: loaded once for a whole list.
#[derive(Debug, Clone, Default)]
pub(crate) struct Replications {
    /// Per earlier project, the later projects that replicate it, oldest first.
    pub by_earlier: BTreeMap<Uuid, Vec<ProjectLink>>,
    /// Titles of the projects that are replicated.
    pub titles: BTreeMap<Uuid, String>,
}

impl Replications {
    /// Every replication link the viewer may see (public ones; every one for managers) in two queries.
    pub(crate) async fn load(conn: &impl ConnectionTrait, manager: bool) -> Result<Replications> {
        let later = project::Entity::find()
            .filter(project::Column::ReplicatesProjectId.is_not_null())
            .order_by_asc(project::Column::CreatedAt)
            .order_by_asc(project::Column::Id)
            .all(conn)
            .await?;
        let ids: Vec<Uuid> = later.iter().map(|p| p.call_id).collect();
        let public_calls: std::collections::BTreeSet<Uuid> = call::Entity::find()
            .filter(call::Column::Id.is_in(ids))
            .filter(call::Column::ResultsPublishedAt.is_not_null())
            .all(conn)
            .await?
            .into_iter()
            .map(|c| c.id)
            .collect();
        let earlier_ids: Vec<Uuid> = later
            .iter()
            .filter_map(|p| p.replicates_project_id)
            .collect();
        let titles = project::Entity::find()
            .filter(project::Column::Id.is_in(earlier_ids))
            .all(conn)
            .await?
            .into_iter()
            .map(|p| (p.id, p.title))
            .collect();
        let mut by_earlier: BTreeMap<Uuid, Vec<ProjectLink>> = BTreeMap::new();
        for p in later {
            let Some(earlier) = p.replicates_project_id else {
                continue;
            };
            if manager || public_calls.contains(&p.call_id) {
                by_earlier.entry(earlier).or_default().push(ProjectLink {
                    id: p.id,
                    title: p.title,
                });
            }
        }
        Ok(Replications { by_earlier, titles })
    }

    /// What a project's page shows: the project it replicates and those that replicate it.
    pub(crate) fn of(&self, project: &project::Model) -> (Option<ProjectLink>, Vec<ProjectLink>) {
        let replicates = project.replicates_project_id.map(|id| ProjectLink {
            id,
            title: self.titles.get(&id).cloned().unwrap_or_default(),
        });
        let replications = self
            .by_earlier
            .get(&project.id)
            .cloned()
            .unwrap_or_default();
        (replicates, replications)
    }
}

/// The links of one project, for its page: the project it replicates and those that replicate it.
pub(crate) async fn links_of(
    conn: &impl ConnectionTrait,
    project: &project::Model,
    manager: bool,
) -> Result<(Option<ProjectLink>, Vec<ProjectLink>)> {
    let replicates = match project.replicates_project_id {
        Some(id) => project::Entity::find_by_id(id)
            .one(conn)
            .await?
            .map(|p| ProjectLink {
                id: p.id,
                title: p.title,
            }),
        None => None,
    };
    let later = project::Entity::find()
        .filter(project::Column::ReplicatesProjectId.eq(project.id))
        .order_by_asc(project::Column::CreatedAt)
        .order_by_asc(project::Column::Id)
        .all(conn)
        .await?;
    let public_calls: std::collections::BTreeSet<Uuid> = call::Entity::find()
        .filter(call::Column::Id.is_in(later.iter().map(|p| p.call_id)))
        .filter(call::Column::ResultsPublishedAt.is_not_null())
        .all(conn)
        .await?
        .into_iter()
        .map(|c| c.id)
        .collect();
    let replications = later
        .into_iter()
        .filter(|p| manager || public_calls.contains(&p.call_id))
        .map(|p| ProjectLink {
            id: p.id,
            title: p.title,
        })
        .collect();
    Ok((replicates, replications))
}

/// Checks a replication link to `earlier` from `own` (a project), or from an application when `own` is
/// `None`: the earlier project must be public (its call's results published), not the project itself, and
/// created before it. Errors go to `replicates_project_id`.
pub(crate) async fn check_link(
    conn: &impl ConnectionTrait,
    earlier: Uuid,
    own: Option<&project::Model>,
) -> Result<()> {
    let field = "replicates_project_id";
    let target = project::Entity::find_by_id(earlier).one(conn).await?;
    let public = match &target {
        Some(t) => call::Entity::find_by_id(t.call_id)
            .one(conn)
            .await?
            .is_some_and(|c| service::public(&c)),
        None => false,
    };
    let Some(target) = target.filter(|_| public) else {
        return Err(Error::field(
            field,
            Message::new("error-replication-not-public"),
        ));
    };
    if let Some(own) = own {
        if own.id == target.id {
            return Err(Error::field(field, Message::new("error-replication-self")));
        }
        if target.created_at >= own.created_at {
            return Err(Error::field(field, Message::new("error-replication-later")));
        }
    }
    Ok(())
}

/// Sets (or, with `None`, clears) the earlier project a project replicates. The project's team or a
/// manager; `version` is the project's as read.
pub async fn set_replicates(
    db: &DatabaseConnection,
    actor: &Actor,
    project_id: Uuid,
    version: i32,
    replicates: Option<Uuid>,
    today: NaiveDate,
) -> Result<ProjectView> {
    let tx = db::begin_write(db).await?;
    let project = service::find(&tx, project_id).await?;
    let access = if actor.has(Role::Manager) {
        Access::Manager
    } else if actor.belongs_to(project.lead_organisation_id) {
        Access::Team
    } else {
        let call = call::Entity::find_by_id(project.call_id).one(&tx).await?;
        return Err(if call.is_some_and(|c| service::public(&c)) {
            Error::Forbidden
        } else {
            Error::NotFound
        });
    };
    if project.version != version {
        return Err(Error::stale());
    }
    if let Some(earlier) = replicates {
        check_link(&tx, earlier, Some(&project)).await?;
    }
    let summary = replicates.map_or_else(|| "none".to_owned(), |id| id.to_string());
    let mut model = project.clone().into_active_model();
    model.replicates_project_id = Set(replicates);
    model.version = Set(project.version + 1);
    model.updated_at = Set(Utc::now());
    let saved = model.update(&tx).await?;
    audit::record(
        &tx,
        Some(actor),
        "project.replicates_set",
        &Subject::new("project", project_id),
        summary,
    )
    .await?;
    tx.commit().await?;
    service::load(db, saved, access, today).await
}

/// The public portfolio to choose an earlier project from: every project of a call whose results are
/// published, oldest first.
pub async fn replicable(db: &DatabaseConnection) -> Result<Vec<ProjectLink>> {
    let calls: Vec<Uuid> = call::Entity::find()
        .filter(call::Column::ResultsPublishedAt.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.id)
        .collect();
    Ok(project::Entity::find()
        .filter(project::Column::CallId.is_in(calls))
        .order_by_asc(project::Column::CreatedAt)
        .order_by_asc(project::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|p| ProjectLink {
            id: p.id,
            title: p.title,
        })
        .collect())
}

/// The public calls of a programme and their projects.
async fn public_projects_of(
    db: &DatabaseConnection,
    programme_id: Uuid,
) -> Result<(Vec<call::Model>, Vec<project::Model>)> {
    let calls = call::Entity::find()
        .filter(call::Column::ProgrammeId.eq(programme_id))
        .filter(call::Column::ResultsPublishedAt.is_not_null())
        .all(db)
        .await?;
    let projects = project::Entity::find()
        .filter(project::Column::CallId.is_in(calls.iter().map(|c| c.id)))
        .all(db)
        .await?;
    Ok((calls, projects))
}

/// Per call of the programme whose results are published, how many of its projects have published lessons
/// (an accepted final report). Every such call is a key, with 0 when none has; calls not yet public are left
/// out. Three queries, whatever the number of calls.
pub async fn lessons_published_per_call(
    db: &DatabaseConnection,
    programme_id: Uuid,
) -> Result<HashMap<Uuid, u32>> {
    let (calls, projects) = public_projects_of(db, programme_id).await?;
    let mut counts: HashMap<Uuid, u32> = calls.iter().map(|c| (c.id, 0)).collect();
    let call_of: BTreeMap<Uuid, Uuid> = projects.iter().map(|p| (p.id, p.call_id)).collect();
    for (project_id, report) in final_reports(db, call_of.keys().copied()).await? {
        if report.state == "accepted"
            && Lessons::of(&report).is_some()
            && let Some(call_id) = call_of.get(&project_id)
        {
            *counts.entry(*call_id).or_default() += 1;
        }
    }
    Ok(counts)
}

/// Per call of the programme whose results are published, how many of its projects replicate an earlier
/// project. Every such call is a key, with 0 when none does; calls not yet public are left out.
pub async fn replications_per_call(
    db: &DatabaseConnection,
    programme_id: Uuid,
) -> Result<HashMap<Uuid, u32>> {
    let (calls, projects) = public_projects_of(db, programme_id).await?;
    let mut counts: HashMap<Uuid, u32> = calls.iter().map(|c| (c.id, 0)).collect();
    for p in projects
        .iter()
        .filter(|p| p.replicates_project_id.is_some())
    {
        *counts.entry(p.call_id).or_default() += 1;
    }
    Ok(counts)
}

/// The final report of each of `projects`, in one query.
pub(crate) async fn final_reports(
    conn: &impl ConnectionTrait,
    projects: impl IntoIterator<Item = Uuid>,
) -> Result<BTreeMap<Uuid, report::Model>> {
    let mut finals: BTreeMap<Uuid, report::Model> = BTreeMap::new();
    for r in report::Entity::find()
        .filter(report::Column::ProjectId.is_in(projects))
        .all(conn)
        .await?
    {
        match finals.get(&r.project_id) {
            Some(known) if known.number >= r.number => {}
            _ => {
                finals.insert(r.project_id, r);
            }
        }
    }
    Ok(finals)
}
