//! Action plans: the commitments a funded project holds (title, problem addressed, the OGP value it advances
//! and the institution that leads it), the milestones that belong to each, the council's adoption of the plan
//! (a project milestone flagged as the adoption, accepted with its evidence like any other) and the rating of
//! each commitment's completion that six-monthly progress reports carry. Commitments are written by the
//! project team or managers while the plan is not adopted; once adopted the plan is fixed. Milestone evidence,
//! report submission and review stay in [`super::work`]; this module owns only the plan's own rules.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    IntoActiveModel, QueryFilter, QueryOrder, Set,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::entity::{commitment, milestone, project, report};
use super::service::{self, Access, ProjectView, from_json};
use super::work::{Entry, begin, done, text};
use crate::error::Validator;
use crate::{Actor, Error, Message, Result};

/// Longest title and lead institution, in characters.
pub const MAX_NAME: usize = 200;

/// The Open Government Partnership value a commitment advances.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OgpValue {
    /// Access to information.
    Transparency,
    /// Civic participation.
    Participation,
    /// Public accountability.
    Accountability,
    /// Inclusion of those left out.
    Inclusion,
}

impl OgpValue {
    /// Every value, in the order forms list them.
    pub const ALL: [OgpValue; 4] = [
        OgpValue::Transparency,
        OgpValue::Participation,
        OgpValue::Accountability,
        OgpValue::Inclusion,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            OgpValue::Transparency => "transparency",
            OgpValue::Participation => "participation",
            OgpValue::Accountability => "accountability",
            OgpValue::Inclusion => "inclusion",
        }
    }

    /// The value of a stored name.
    pub fn parse(name: &str) -> Option<OgpValue> {
        Self::ALL.into_iter().find(|v| v.as_str() == name)
    }
}

/// How far a commitment is completed, as a self-report rates it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Completion {
    /// Nothing done yet.
    NotStarted,
    /// Some of it done.
    Limited,
    /// Most of it done.
    Substantial,
    /// All of it done.
    Complete,
}

impl Completion {
    /// Every rating, from none to complete.
    pub const ALL: [Completion; 4] = [
        Completion::NotStarted,
        Completion::Limited,
        Completion::Substantial,
        Completion::Complete,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Completion::NotStarted => "not_started",
            Completion::Limited => "limited",
            Completion::Substantial => "substantial",
            Completion::Complete => "complete",
        }
    }

    /// The rating of a stored name.
    pub fn parse(name: &str) -> Option<Completion> {
        Self::ALL.into_iter().find(|v| v.as_str() == name)
    }
}

/// A commitment's rating as a report stores it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommitmentRating {
    /// The commitment.
    pub commitment_id: Uuid,
    /// `not_started`, `limited`, `substantial` or `complete`.
    pub rating: String,
}

/// A commitment with its latest completion rating, as its viewer may see it.
#[derive(Debug, Clone)]
pub struct CommitmentView {
    /// The commitment.
    pub commitment: CommitmentSummary,
    /// The latest rating: from accepted reports for the public, from submitted ones too otherwise.
    pub latest: Option<Completion>,
    /// The number of the report that rated it so.
    pub rated_in: Option<i32>,
}

/// A commitment's own fields, its OGP value decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitmentSummary {
    /// Identifier.
    pub id: Uuid,
    /// The project.
    pub project_id: Uuid,
    /// Order, from 1.
    pub position: i32,
    /// Title.
    pub title: String,
    /// The problem it addresses.
    pub problem: String,
    /// The OGP value it advances.
    pub value: OgpValue,
    /// The institution that leads it.
    pub lead_institution: String,
    /// Send it back when updating.
    pub version: i32,
}

impl CommitmentSummary {
    /// A commitment row, or an internal error when its stored value is unknown.
    fn of(row: commitment::Model) -> Result<CommitmentSummary> {
        let value = OgpValue::parse(&row.value)
            .ok_or_else(|| Error::internal(format!("unknown OGP value {:?}", row.value)))?;
        Ok(CommitmentSummary {
            id: row.id,
            project_id: row.project_id,
            position: row.position,
            title: row.title,
            problem: row.problem,
            value,
            lead_institution: row.lead_institution,
            version: row.version,
        })
    }
}

/// A commitment as the team or a manager writes it.
#[derive(Debug, Clone, Default)]
pub struct CommitmentInput {
    /// Title.
    pub title: String,
    /// The problem it addresses.
    pub problem: String,
    /// The OGP value, a stored name.
    pub value: String,
    /// The institution that leads it.
    pub lead_institution: String,
}

/// Whether the plan is adopted: its adoption milestone was accepted.
pub fn adopted(milestones: &[milestone::Model]) -> bool {
    milestones
        .iter()
        .any(|m| m.adoption && m.state == "accepted")
}

/// The commitments of a project with their latest ratings, reading `reports` in number order.
pub(crate) async fn views(
    conn: &impl ConnectionTrait,
    project_id: Uuid,
    reports: &[report::Model],
    access: Access,
) -> Result<Vec<CommitmentView>> {
    let commitments = commitments_of(conn, vec![project_id])
        .await?
        .remove(&project_id)
        .unwrap_or_default();
    views_from(commitments, reports, access)
}

/// The commitments of several projects by project, in order, in one query.
pub(crate) async fn commitments_of(
    conn: &impl ConnectionTrait,
    project_ids: Vec<Uuid>,
) -> Result<std::collections::BTreeMap<Uuid, Vec<commitment::Model>>> {
    let mut grouped: std::collections::BTreeMap<Uuid, Vec<commitment::Model>> =
        std::collections::BTreeMap::new();
    for c in commitment::Entity::find()
        .filter(commitment::Column::ProjectId.is_in(project_ids))
        .order_by_asc(commitment::Column::Position)
        .all(conn)
        .await?
    {
        grouped.entry(c.project_id).or_default().push(c);
    }
    Ok(grouped)
}

/// A project's commitments with their latest completion from `reports`, as `access` may see them.
pub(crate) fn views_from(
    commitments: Vec<commitment::Model>,
    reports: &[report::Model],
    access: Access,
) -> Result<Vec<CommitmentView>> {
    let mut out: Vec<CommitmentView> = commitments
        .into_iter()
        .map(|row| {
            Ok(CommitmentView {
                commitment: CommitmentSummary::of(row)?,
                latest: None,
                rated_in: None,
            })
        })
        .collect::<Result<_>>()?;
    for r in reports {
        // The public sees what the secretariat accepted; the team and managers see what was submitted too.
        let counts = match r.state.as_str() {
            "accepted" => true,
            "submitted" | "changes_requested" => access.full(),
            _ => false,
        };
        if !counts {
            continue;
        }
        for rating in from_json::<Vec<CommitmentRating>>(&r.commitment_ratings)? {
            if let Some(view) = out
                .iter_mut()
                .find(|c| c.commitment.id == rating.commitment_id)
            {
                let latest = Completion::parse(&rating.rating).ok_or_else(|| {
                    Error::internal(format!("unknown completion rating {:?}", rating.rating))
                })?;
                view.latest = Some(latest);
                view.rated_in = Some(r.number);
            }
        }
    }
    Ok(out)
}

/// Checks a report's ratings against the project's commitments: every commitment rated once with a known
/// rating. Errors go to `commitment_ratings[i].…`, or to `commitment_ratings` for a commitment left unrated.
pub(crate) async fn parse_ratings(
    conn: &impl ConnectionTrait,
    v: &mut Validator,
    project_id: Uuid,
    ratings: &[CommitmentRating],
) -> Result<Vec<CommitmentRating>> {
    let commitments = commitment::Entity::find()
        .filter(commitment::Column::ProjectId.eq(project_id))
        .order_by_asc(commitment::Column::Position)
        .all(conn)
        .await?;
    let mut out: Vec<CommitmentRating> = Vec::new();
    for (i, rating) in ratings.iter().enumerate() {
        let known = commitments.iter().any(|c| c.id == rating.commitment_id);
        let twice = out.iter().any(|r| r.commitment_id == rating.commitment_id);
        v.check(
            known && !twice,
            &format!("commitment_ratings[{i}].commitment_id"),
            Message::new("error-commitment-unknown"),
        );
        let parsed = Completion::parse(rating.rating.trim());
        v.check(
            parsed.is_some(),
            &format!("commitment_ratings[{i}].rating"),
            Message::new("error-completion-unknown"),
        );
        if let (true, false, Some(parsed)) = (known, twice, parsed) {
            out.push(CommitmentRating {
                commitment_id: rating.commitment_id,
                rating: parsed.as_str().to_owned(),
            });
        }
    }
    for c in &commitments {
        // Six-monthly self-reports rate each commitment: none may be left out.
        let rated = ratings.iter().any(|r| r.commitment_id == c.id);
        v.check(
            rated,
            "commitment_ratings",
            Message::new("error-commitment-unrated").arg("commitment", &c.title),
        );
    }
    Ok(out)
}

/// The fields of a commitment, checked.
fn checked(v: &mut Validator, input: &CommitmentInput) -> (String, String, String, String) {
    let title = text(v, "title", &input.title, true);
    v.check(
        title.chars().count() <= MAX_NAME,
        "title",
        Message::new("error-too-long").arg("max", MAX_NAME),
    );
    let problem = text(v, "problem", &input.problem, true);
    let value = v
        .parse(
            "value",
            OgpValue::parse(input.value.trim())
                .ok_or_else(|| Message::new("error-ogp-value-unknown")),
        )
        .map(|value| value.as_str().to_owned())
        .unwrap_or_default();
    let lead = text(v, "lead_institution", &input.lead_institution, true);
    v.check(
        lead.chars().count() <= MAX_NAME,
        "lead_institution",
        Message::new("error-too-long").arg("max", MAX_NAME),
    );
    (title, problem, value, lead)
}

/// Refuses changes to an adopted plan.
async fn require_not_adopted(conn: &impl ConnectionTrait, project: &project::Model) -> Result<()> {
    let milestones = milestone::Entity::find()
        .filter(milestone::Column::ProjectId.eq(project.id))
        .filter(milestone::Column::Adoption.eq(true))
        .all(conn)
        .await?;
    if adopted(&milestones) {
        return Err(Error::Conflict(Message::new("error-plan-adopted")));
    }
    Ok(())
}

/// Adds a commitment at the end of the plan. The team and managers, while the plan is not adopted.
pub async fn add_commitment(
    db: &DatabaseConnection,
    actor: &Actor,
    project_id: Uuid,
    input: &CommitmentInput,
    now: DateTime<Utc>,
) -> Result<ProjectView> {
    let (tx, project, access) = begin(db, actor, project_id, true).await?;
    let mut v = Validator::new();
    let (title, problem, value, lead) = checked(&mut v, input);
    v.finish()?;
    require_not_adopted(&tx, &project).await?;
    let position = commitment::Entity::find()
        .filter(commitment::Column::ProjectId.eq(project_id))
        .order_by_desc(commitment::Column::Position)
        .one(&tx)
        .await?
        .map_or(1, |c| c.position + 1);
    commitment::ActiveModel {
        id: Set(Uuid::now_v7()),
        project_id: Set(project_id),
        position: Set(position),
        title: Set(title.clone()),
        problem: Set(problem),
        value: Set(value),
        lead_institution: Set(lead),
        created_by: Set(actor.user_id),
        created_at: Set(now),
        version: Set(1),
    }
    .insert(&tx)
    .await?;
    done(
        tx,
        db,
        actor,
        (project, access),
        Entry {
            action: "commitment.added",
            summary: title,
        },
        now.date_naive(),
    )
    .await
}

/// Rewrites a commitment, sending back the version read. The team and managers, while the plan is not
/// adopted.
pub async fn update_commitment(
    db: &DatabaseConnection,
    actor: &Actor,
    project_id: Uuid,
    commitment_id: Uuid,
    input: &CommitmentInput,
    version: i32,
    now: DateTime<Utc>,
) -> Result<ProjectView> {
    let (tx, project, access) = begin(db, actor, project_id, true).await?;
    let existing = commitment::Entity::find_by_id(commitment_id)
        .one(&tx)
        .await?
        .filter(|c| c.project_id == project_id)
        .ok_or(Error::NotFound)?;
    let mut v = Validator::new();
    let (title, problem, value, lead) = checked(&mut v, input);
    v.finish()?;
    if existing.version != version {
        return Err(Error::stale());
    }
    require_not_adopted(&tx, &project).await?;
    let mut model = existing.into_active_model();
    model.title = Set(title.clone());
    model.problem = Set(problem);
    model.value = Set(value);
    model.lead_institution = Set(lead);
    model.version = Set(version + 1);
    model.update(&tx).await?;
    done(
        tx,
        db,
        actor,
        (project, access),
        Entry {
            action: "commitment.updated",
            summary: title,
        },
        now.date_naive(),
    )
    .await
}

/// Checks a new milestone's link to a commitment of `project_id` and its adoption flag: an adoption milestone
/// belongs to the plan, not to a commitment, and a project has one. Errors go to `commitment_id` and
/// `adoption`.
pub(crate) async fn check_milestone_link(
    conn: &impl ConnectionTrait,
    v: &mut Validator,
    project_id: Uuid,
    commitment_id: Option<Uuid>,
    adoption: bool,
) -> Result<()> {
    if let Some(id) = commitment_id {
        let known = commitment::Entity::find_by_id(id)
            .one(conn)
            .await?
            .is_some_and(|c| c.project_id == project_id);
        v.check(
            known,
            "commitment_id",
            Message::new("error-commitment-unknown"),
        );
        v.check(
            !adoption,
            "adoption",
            Message::new("error-adoption-of-commitment"),
        );
    }
    if adoption {
        let existing = milestone::Entity::find()
            .filter(milestone::Column::ProjectId.eq(project_id))
            .filter(milestone::Column::Adoption.eq(true))
            .one(conn)
            .await?;
        v.check(
            existing.is_none(),
            "adoption",
            Message::new("error-adoption-exists"),
        );
    }
    Ok(())
}

/// A project's commitments as `actor` (or the public) may see them.
pub async fn list(
    db: &DatabaseConnection,
    actor: Option<&Actor>,
    project_id: Uuid,
    today: chrono::NaiveDate,
) -> Result<Vec<CommitmentView>> {
    Ok(service::get(db, actor, project_id, today)
        .await?
        .commitments)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_and_ratings_read_back_their_stored_names_and_nothing_else() {
        for value in OgpValue::ALL {
            assert_eq!(OgpValue::parse(value.as_str()), Some(value));
        }
        for rating in Completion::ALL {
            assert_eq!(Completion::parse(rating.as_str()), Some(rating));
        }
        assert_eq!(OgpValue::parse("Transparency"), None);
        assert_eq!(Completion::parse("done"), None);
        assert!(Completion::NotStarted < Completion::Complete);
    }

    fn milestone(adoption: bool, state: &str) -> milestone::Model {
        milestone::Model {
            id: Uuid::nil(),
            project_id: Uuid::nil(),
            position: 1,
            title: "Council adopts the plan".into(),
            description: String::new(),
            due_on: chrono::NaiveDate::from_ymd_opt(2027, 3, 31).unwrap_or_default(),
            state: state.into(),
            evidence: String::new(),
            submitted_at: None,
            review_comment: None,
            reviewed_by: None,
            reviewed_at: None,
            commitment_id: None,
            adoption,
            version: 1,
        }
    }

    #[test]
    fn a_plan_is_adopted_only_once_its_adoption_milestone_is_accepted() {
        assert!(!adopted(&[]));
        assert!(!adopted(&[milestone(true, "submitted")]));
        assert!(!adopted(&[milestone(false, "accepted")]));
        assert!(adopted(&[
            milestone(false, "pending"),
            milestone(true, "accepted")
        ]));
    }
}
