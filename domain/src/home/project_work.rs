//! Milestones and progress reports of active funded projects as the home page lists them: the manager's
//! (waiting for review, overdue) and the team's (due soon). Shared by those two sections; no permission
//! check here, the sections check.

use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::Result;
use crate::projects::entity::report;
use crate::projects::entity::{milestone, project};
use crate::projects::schedule;

/// What a piece of project work is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkKind {
    /// A progress report, by number (from 1).
    Report {
        /// Its number.
        number: i32,
    },
    /// A milestone, by title.
    Milestone {
        /// Its title.
        title: String,
    },
}

/// A milestone or progress report of an active project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectWork {
    /// The project.
    pub project_id: Uuid,
    /// Its title.
    pub project_title: String,
    /// What it is.
    pub kind: WorkKind,
    /// When it is due.
    pub due_on: NaiveDate,
    /// Whether it is overdue on the day asked (due before, and not handed in).
    pub overdue: bool,
    /// Whether the managers asked for changes (the team hands it in again).
    pub changes_requested: bool,
}

/// Which work to read.
pub(crate) struct WorkFilter<'a> {
    /// Only these projects; every active project when `None`.
    pub projects: Option<&'a [Uuid]>,
    /// Only in these stored states.
    pub states: &'a [&'a str],
    /// Only due on or before this day.
    pub due_by: Option<NaiveDate>,
}

/// The work `filter` asks for, of active projects only, soonest due first: three queries whatever the
/// number of projects.
pub(crate) async fn read(
    conn: &impl ConnectionTrait,
    filter: &WorkFilter<'_>,
    today: NaiveDate,
) -> Result<Vec<ProjectWork>> {
    let mut reports =
        report::Entity::find().filter(report::Column::State.is_in(filter.states.iter().copied()));
    let mut milestones = milestone::Entity::find()
        .filter(milestone::Column::State.is_in(filter.states.iter().copied()));
    if let Some(ids) = filter.projects {
        reports = reports.filter(report::Column::ProjectId.is_in(ids.iter().copied()));
        milestones = milestones.filter(milestone::Column::ProjectId.is_in(ids.iter().copied()));
    }
    if let Some(day) = filter.due_by {
        reports = reports.filter(report::Column::DueOn.lte(day));
        milestones = milestones.filter(milestone::Column::DueOn.lte(day));
    }
    let reports = reports.all(conn).await?;
    let milestones = milestones.all(conn).await?;
    let wanted = reports
        .iter()
        .map(|r| r.project_id)
        .chain(milestones.iter().map(|m| m.project_id));
    let projects: HashMap<Uuid, String> = project::Entity::find()
        .filter(project::Column::Id.is_in(wanted))
        .filter(project::Column::Status.eq("active"))
        .all(conn)
        .await?
        .into_iter()
        .map(|p| (p.id, p.title))
        .collect();
    let item = |project_id: Uuid, kind: WorkKind, due_on: NaiveDate, state: &str| {
        Some(ProjectWork {
            project_title: projects.get(&project_id)?.clone(),
            project_id,
            kind,
            due_on,
            overdue: schedule::item_overdue(due_on, state, today),
            changes_requested: state == "changes_requested",
        })
    };
    let mut work: Vec<ProjectWork> = reports
        .iter()
        .filter_map(|r| {
            item(
                r.project_id,
                WorkKind::Report { number: r.number },
                r.due_on,
                &r.state,
            )
        })
        .chain(milestones.iter().filter_map(|m| {
            item(
                m.project_id,
                WorkKind::Milestone {
                    title: m.title.clone(),
                },
                m.due_on,
                &m.state,
            )
        }))
        .collect();
    sort(&mut work);
    Ok(work)
}

/// Soonest due first, then by project and by what it is, so that the order never depends on the database.
pub(crate) fn sort(work: &mut [ProjectWork]) {
    work.sort_by(|a, b| {
        (
            a.due_on,
            &a.project_title,
            a.project_id,
            kind_order(&a.kind),
        )
            .cmp(&(
                b.due_on,
                &b.project_title,
                b.project_id,
                kind_order(&b.kind),
            ))
    });
}

fn kind_order(kind: &WorkKind) -> (u8, i32, &str) {
    match kind {
        WorkKind::Milestone { title } => (0, 0, title),
        WorkKind::Report { number } => (1, *number, ""),
    }
}

/// The states in which the team still has to hand the work in.
pub(crate) const TO_HAND_IN: [&str; 3] = ["pending", "due", "changes_requested"];

#[cfg(test)]
mod tests {
    use super::*;

    fn work(due: &str, title: &str, kind: WorkKind) -> ProjectWork {
        ProjectWork {
            project_id: Uuid::nil(),
            project_title: title.into(),
            kind,
            due_on: due.parse().unwrap(),
            overdue: false,
            changes_requested: false,
        }
    }

    #[test]
    fn work_is_listed_soonest_due_first_then_milestones_before_reports() {
        let mut items = vec![
            work("2027-03-01", "B", WorkKind::Report { number: 2 }),
            work("2027-01-01", "B", WorkKind::Report { number: 1 }),
            work(
                "2027-01-01",
                "B",
                WorkKind::Milestone {
                    title: "Plan".into(),
                },
            ),
            work("2027-01-01", "A", WorkKind::Report { number: 1 }),
        ];
        sort(&mut items);
        let order: Vec<(&str, &WorkKind)> = items
            .iter()
            .map(|w| (w.project_title.as_str(), &w.kind))
            .collect();
        assert_eq!(order[0].0, "A");
        assert!(matches!(order[1].1, WorkKind::Milestone { .. }));
        assert_eq!(order[2].1, &WorkKind::Report { number: 1 });
        assert_eq!(order[3].1, &WorkKind::Report { number: 2 });
    }

    #[test]
    fn the_states_to_hand_in_are_those_the_team_may_hand_in() {
        for state in TO_HAND_IN {
            assert!(schedule::may_hand_in(state));
        }
        assert!(!schedule::may_hand_in("submitted"));
    }
}
