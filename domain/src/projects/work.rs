//! The work of a funded project: tranches released and paid by managers once their condition holds;
//! milestones defined by managers or the team, evidenced by the team and accepted by managers; progress
//! reports submitted by the team and accepted by managers, with reminders before and after they fall due;
//! indicator targets; and technical-assistance requests handled by an assigned expert. What the team (or
//! the expert, or whoever asked for assistance) needs to hear of is queued in the notification outbox in the
//! same transaction.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    IntoActiveModel, QueryFilter, QueryOrder, QuerySelect, Set,
};
use serde::{Deserialize, Serialize};
use serde_json::json as payload;
use uuid::Uuid;

use super::entity::{
    assistance, milestone, milestone_attachment, project, project_indicator, report, tranche,
};
use super::learning;
pub use super::learning::Lessons;
use super::plan::{self, CommitmentRating};
use super::schedule::{self, Condition, TrancheState};
use super::service::{
    Access, IndicatorValue, ProjectView, facts_of, find, from_json, insert_milestone, json, load,
};
use super::views::{self, AssistanceView, EvidenceFileView};
use crate::accounts::entity::user;
use crate::audit::{self, Subject};
use crate::calls::entity::call;
use crate::error::Validator;
use crate::money::Money;
use crate::money::{Sign, parse_decimal};
use crate::notifications::{self, Kind};
use crate::{Actor, Error, Message, Result, Role, db, outbox};

/// Longest text of evidence, narratives, comments and notes.
pub const MAX_TEXT: usize = 20_000;

fn require_manager(actor: &Actor) -> Result<()> {
    actor.require_any(&[Role::Manager])
}

/// Opens a write on a project the actor may work on: `team` lets the lead organisation's users in too.
/// Others get `NotFound` (the project may not even be public) or `Forbidden` (managers-only work).
pub(super) async fn begin(
    db: &DatabaseConnection,
    actor: &Actor,
    project_id: Uuid,
    team: bool,
) -> Result<(crate::db::WriteTransaction, project::Model, Access)> {
    let tx = db::begin_write(db).await?;
    let project = find(&tx, project_id).await?;
    let access = if actor.has(Role::Manager) {
        Access::Manager
    } else if actor.belongs_to(project.lead_organisation_id) {
        Access::Team
    } else {
        let call = call::Entity::find_by_id(project.call_id).one(&tx).await?;
        return Err(if call.is_some_and(|c| super::service::public(&c)) {
            Error::Forbidden
        } else {
            Error::NotFound
        });
    };
    if access == Access::Team && !team {
        return Err(Error::Forbidden);
    }
    if project.status != "active" {
        return Err(Error::Conflict(
            Message::new("error-project-not-active").arg("status", &project.status),
        ));
    }
    Ok((tx, project, access))
}

/// Opens a write on work only the project team does (evidence, reports, requests): managers are refused too.
async fn begin_as_team(
    db: &DatabaseConnection,
    actor: &Actor,
    project_id: Uuid,
) -> Result<(crate::db::WriteTransaction, project::Model, Access)> {
    let opened = begin(db, actor, project_id, true).await?;
    if opened.2 != Access::Team {
        return Err(Error::Forbidden);
    }
    Ok(opened)
}

/// Queues `kind` to the project's team (every active user of its lead organisation but `except`), with the
/// project's page, id and title and the message's own `values`. Returns how many were queued.
async fn tell_team(
    conn: &impl ConnectionTrait,
    project: &project::Model,
    except: Option<Uuid>,
    kind: Kind,
    values: serde_json::Value,
    now: DateTime<Utc>,
) -> Result<usize> {
    let mut message = payload!({
        "path": outbox::path::project(project.id),
        "project_id": project.id,
        "project": project.title,
    });
    if let (Some(message), serde_json::Value::Object(values)) = (message.as_object_mut(), values) {
        message.extend(values);
    }
    let mut queued = 0;
    for user in outbox::team_of(conn, project.lead_organisation_id).await? {
        if Some(user.id) == except {
            continue;
        }
        notifications::enqueue(conn, &outbox::recipient(&user), kind, &message, now).await?;
        queued += 1;
    }
    Ok(queued)
}

/// What a change writes to the audit log.
pub(super) struct Entry<'a> {
    pub(super) action: &'a str,
    pub(super) summary: String,
}

/// Commits a change with its audit entry and shows the project again as the actor sees it.
pub(super) async fn done(
    tx: crate::db::WriteTransaction,
    db: &DatabaseConnection,
    actor: &Actor,
    (project, access): (project::Model, Access),
    entry: Entry<'_>,
    today: NaiveDate,
) -> Result<ProjectView> {
    audit::record(
        &tx,
        Some(actor),
        entry.action,
        &Subject::new("project", project.id),
        entry.summary,
    )
    .await?;
    tx.commit().await?;
    let fresh = find(db, project.id).await?;
    load(db, fresh, access, today).await
}

pub(super) fn text(v: &mut Validator, field: &str, value: &str, required: bool) -> String {
    let value = value.trim();
    if required {
        v.check(!value.is_empty(), field, Message::new("error-required"));
    }
    v.check(
        value.chars().count() <= MAX_TEXT,
        field,
        Message::new("error-too-long").arg("max", MAX_TEXT),
    );
    value.to_owned()
}

fn transition(from: &str, to: &str) -> Error {
    Error::InvalidTransition {
        from: from.to_owned(),
        to: to.to_owned(),
    }
}

async fn tranche_of(conn: &impl ConnectionTrait, id: Uuid) -> Result<tranche::Model> {
    tranche::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound)
}

/// Releases a planned tranche once its condition holds (409 with the reason otherwise) and tells the team.
/// Managers only.
pub async fn release_tranche(
    db: &DatabaseConnection,
    actor: &Actor,
    tranche_id: Uuid,
    now: DateTime<Utc>,
) -> Result<ProjectView> {
    require_manager(actor)?;
    let t = tranche_of(db, tranche_id).await?;
    let (tx, project, access) = begin(db, actor, t.project_id, false).await?;
    // Read again inside the write: two clicks at once must not both release.
    let t = tranche_of(&tx, tranche_id).await?;
    let today = now.date_naive();
    let milestones = milestone::Entity::find()
        .filter(milestone::Column::ProjectId.eq(project.id))
        .all(&tx)
        .await?;
    let reports = report::Entity::find()
        .filter(report::Column::ProjectId.eq(project.id))
        .all(&tx)
        .await?;
    let facts = facts_of(&project, &milestones, &reports, today);
    let condition: Condition = from_json(&t.condition)?;
    let state = TrancheState::parse(&t.state)
        .ok_or_else(|| Error::internal(format!("unknown tranche state {}", t.state)))?;
    let next = schedule::release(state, &condition, &facts)?;
    let position = t.position;
    let amount_minor = t.amount_minor;
    let mut model = t.into_active_model();
    model.state = Set(next.as_str().into());
    model.released_at = Set(Some(now));
    model.released_by = Set(Some(actor.user_id));
    model.update(&tx).await?;
    let call = crate::calls::service::load(&tx, project.call_id).await?;
    tell_team(
        &tx,
        &project,
        None,
        Kind::TrancheReleased,
        payload!({
            "tranche": position,
            "amount": outbox::amount(amount_minor, call.currency),
        }),
        now,
    )
    .await?;
    done(
        tx,
        db,
        actor,
        (project, access),
        Entry {
            action: "tranche.released",
            summary: format!("tranche {position}"),
        },
        today,
    )
    .await
}

/// Records the payment of a released tranche. Managers only.
pub async fn pay_tranche(
    db: &DatabaseConnection,
    actor: &Actor,
    tranche_id: Uuid,
    paid_on: NaiveDate,
    today: NaiveDate,
) -> Result<ProjectView> {
    require_manager(actor)?;
    let t = tranche_of(db, tranche_id).await?;
    let (tx, project, access) = begin(db, actor, t.project_id, false).await?;
    let t = tranche_of(&tx, tranche_id).await?;
    let state = TrancheState::parse(&t.state)
        .ok_or_else(|| Error::internal(format!("unknown tranche state {}", t.state)))?;
    let next = schedule::pay(state)?;
    let position = t.position;
    let mut model = t.into_active_model();
    model.state = Set(next.as_str().into());
    model.paid_on = Set(Some(paid_on));
    model.paid_by = Set(Some(actor.user_id));
    model.update(&tx).await?;
    done(
        tx,
        db,
        actor,
        (project, access),
        Entry {
            action: "tranche.paid",
            summary: format!("tranche {position} paid on {paid_on}"),
        },
        today,
    )
    .await
}

/// A milestone as a manager or the team defines it.
#[derive(Debug, Clone)]
pub struct MilestoneInput {
    /// Title.
    pub title: String,
    /// What is expected.
    pub description: String,
    /// Due date.
    pub due_on: NaiveDate,
    /// The action-plan commitment it belongs to.
    pub commitment_id: Option<Uuid>,
    /// Whether it records the council's adoption of the action plan (one per project).
    pub adoption: bool,
}

/// Adds a milestone at the end, to the project or one of its commitments, or as the plan's adoption.
/// Managers and the team.
pub async fn add_milestone(
    db: &DatabaseConnection,
    actor: &Actor,
    project_id: Uuid,
    input: &MilestoneInput,
    today: NaiveDate,
) -> Result<ProjectView> {
    let (tx, project, access) = begin(db, actor, project_id, true).await?;
    let mut v = Validator::new();
    let title = text(&mut v, "title", &input.title, true);
    v.check(
        title.chars().count() <= 200,
        "title",
        Message::new("error-too-long").arg("max", 200),
    );
    let description = text(&mut v, "description", &input.description, false);
    plan::check_milestone_link(&tx, &mut v, project_id, input.commitment_id, input.adoption)
        .await?;
    v.finish()?;
    let position = milestone::Entity::find()
        .filter(milestone::Column::ProjectId.eq(project_id))
        .order_by_desc(milestone::Column::Position)
        .one(&tx)
        .await?
        .map_or(1, |m| m.position + 1);
    let inserted = insert_milestone(
        &tx,
        project_id,
        position,
        &title,
        &description,
        input.due_on,
    )
    .await?;
    if input.commitment_id.is_some() || input.adoption {
        let mut model = inserted.into_active_model();
        model.commitment_id = Set(input.commitment_id);
        model.adoption = Set(input.adoption);
        model.update(&tx).await?;
    }
    done(
        tx,
        db,
        actor,
        (project, access),
        Entry {
            action: "milestone.added",
            summary: format!("{title}, due {}", input.due_on),
        },
        today,
    )
    .await
}

async fn milestone_of(conn: &impl ConnectionTrait, id: Uuid) -> Result<milestone::Model> {
    milestone::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound)
}

/// The team submits evidence that a milestone is reached (pending or changes requested). The team only.
pub async fn submit_milestone(
    db: &DatabaseConnection,
    actor: &Actor,
    milestone_id: Uuid,
    version: i32,
    evidence: &str,
    now: DateTime<Utc>,
) -> Result<ProjectView> {
    let m = milestone_of(db, milestone_id).await?;
    let (tx, project, access) = begin_as_team(db, actor, m.project_id).await?;
    let m = milestone_of(&tx, milestone_id).await?;
    if m.version != version {
        return Err(Error::stale());
    }
    if !schedule::may_hand_in(&m.state) {
        return Err(transition(&m.state, "submitted"));
    }
    let mut v = Validator::new();
    let evidence = text(&mut v, "evidence", evidence, true);
    v.finish()?;
    let title = m.title.clone();
    let mut model = m.into_active_model();
    model.state = Set("submitted".into());
    model.evidence = Set(evidence);
    model.submitted_at = Set(Some(now));
    model.version = Set(version + 1);
    model.update(&tx).await?;
    done(
        tx,
        db,
        actor,
        (project, access),
        Entry {
            action: "milestone.submitted",
            summary: title,
        },
        now.date_naive(),
    )
    .await
}

/// A manager's review of submitted work.
#[derive(Debug, Clone)]
pub struct ReviewInput {
    /// Accept, or request changes.
    pub accept: bool,
    /// The comment; required when requesting changes.
    pub comment: String,
    /// The item's version as read.
    pub version: i32,
}

/// A manager's review of a submitted milestone or report: the state it moves to and the comment (required
/// to request changes), once the item's version and state allow it.
fn review_outcome(
    state: &str,
    version: i32,
    input: &ReviewInput,
) -> Result<(&'static str, Option<String>)> {
    if version != input.version {
        return Err(Error::stale());
    }
    let next = if input.accept {
        "accepted"
    } else {
        "changes_requested"
    };
    if !schedule::may_review(state) {
        return Err(transition(state, next));
    }
    let mut v = Validator::new();
    let comment = text(&mut v, "comment", &input.comment, !input.accept);
    v.finish()?;
    Ok((next, (!comment.is_empty()).then_some(comment)))
}

/// Accepts a submitted milestone or requests changes with a comment, and tells the team. Managers only.
pub async fn review_milestone(
    db: &DatabaseConnection,
    actor: &Actor,
    milestone_id: Uuid,
    input: &ReviewInput,
    now: DateTime<Utc>,
) -> Result<ProjectView> {
    require_manager(actor)?;
    let m = milestone_of(db, milestone_id).await?;
    let (tx, project, access) = begin(db, actor, m.project_id, false).await?;
    let m = milestone_of(&tx, milestone_id).await?;
    let (next, comment) = review_outcome(&m.state, m.version, input)?;
    let title = m.title.clone();
    let (kind, values) = if input.accept {
        (Kind::MilestoneAccepted, payload!({"milestone": title}))
    } else {
        (
            Kind::MilestoneChangesRequested,
            payload!({"milestone": title, "note": comment}),
        )
    };
    let mut model = m.into_active_model();
    model.state = Set(next.into());
    model.review_comment = Set(comment);
    model.reviewed_by = Set(Some(actor.user_id));
    model.reviewed_at = Set(Some(now));
    model.version = Set(input.version + 1);
    model.update(&tx).await?;
    tell_team(&tx, &project, None, kind, values, now).await?;
    done(
        tx,
        db,
        actor,
        (project, access),
        Entry {
            action: &format!("milestone.{next}"),
            summary: title,
        },
        now.date_naive(),
    )
    .await
}

/// A progress report as the team writes it.
#[derive(Debug, Clone)]
pub struct ReportInput {
    /// What happened.
    pub narrative: String,
    /// Spending to date, a decimal string.
    pub spending: String,
    /// Values of the call's indicators.
    pub indicator_values: Vec<IndicatorValue>,
    /// The lessons learned: required on the final report, ignored on the others.
    pub lessons: Lessons,
    /// The completion of each commitment of the action plan (every one required).
    pub commitment_ratings: Vec<CommitmentRating>,
    /// The report's version as read.
    pub version: i32,
}

async fn report_of(conn: &impl ConnectionTrait, id: Uuid) -> Result<report::Model> {
    report::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound)
}

/// The team submits a progress report (due or changes requested): narrative, spending to date and the
/// call's indicator values, and on the final report the lessons learned (each part required). The team only.
pub async fn submit_report(
    db: &DatabaseConnection,
    actor: &Actor,
    report_id: Uuid,
    input: &ReportInput,
    now: DateTime<Utc>,
) -> Result<ProjectView> {
    let r = report_of(db, report_id).await?;
    let (tx, project, access) = begin_as_team(db, actor, r.project_id).await?;
    let r = report_of(&tx, report_id).await?;
    if r.version != input.version {
        return Err(Error::stale());
    }
    if !schedule::may_hand_in(&r.state) {
        return Err(transition(&r.state, "submitted"));
    }
    let call = crate::calls::service::load(&tx, project.call_id).await?;
    let mut v = Validator::new();
    let narrative = text(&mut v, "narrative", &input.narrative, true);
    let spending = v
        .parse("spending", Money::parse(&input.spending, call.currency))
        .map(|m| m.to_minor(call.currency));
    let mut values = Vec::new();
    for (i, value) in input.indicator_values.iter().enumerate() {
        let known = call
            .indicators
            .iter()
            .any(|ind| ind.id == value.indicator_id);
        v.check(
            known,
            &format!("indicator_values[{i}].indicator_id"),
            Message::new("error-indicator-unknown"),
        );
        let parsed = v.parse(
            &format!("indicator_values[{i}].value"),
            parse_decimal(&value.value, Sign::Any).ok_or_else(|| Message::new("error-number")),
        );
        if let (true, Some(parsed)) = (known, parsed) {
            values.push(IndicatorValue {
                indicator_id: value.indicator_id,
                value: parsed.normalize().to_string(),
            });
        }
    }
    let reports = report::Entity::find()
        .filter(report::Column::ProjectId.eq(project.id))
        .all(&tx)
        .await?;
    let is_final = learning::final_report(&reports).is_some_and(|last| last.id == r.id);
    let lessons = if is_final {
        input.lessons.parse(&mut v)
    } else {
        Lessons::default()
    };
    let ratings = plan::parse_ratings(&tx, &mut v, project.id, &input.commitment_ratings).await?;
    v.finish()?;
    let number = r.number;
    let mut model = r.into_active_model();
    model.what_worked = Set(lessons.what_worked);
    model.what_did_not = Set(lessons.what_did_not);
    model.to_replicate = Set(lessons.to_replicate);
    model.lessons_contact = Set(lessons.contact);
    model.state = Set("submitted".into());
    model.narrative = Set(narrative);
    model.spending_minor = Set(spending);
    model.indicator_values = Set(json(&values)?);
    model.commitment_ratings = Set(json(&ratings)?);
    model.submitted_at = Set(Some(now));
    model.version = Set(input.version + 1);
    model.update(&tx).await?;
    done(
        tx,
        db,
        actor,
        (project, access),
        Entry {
            action: "report.submitted",
            summary: format!("report {number}"),
        },
        now.date_naive(),
    )
    .await
}

/// Accepts a submitted report or requests changes with a comment, and tells the team. Managers only.
pub async fn review_report(
    db: &DatabaseConnection,
    actor: &Actor,
    report_id: Uuid,
    input: &ReviewInput,
    now: DateTime<Utc>,
) -> Result<ProjectView> {
    require_manager(actor)?;
    let r = report_of(db, report_id).await?;
    let (tx, project, access) = begin(db, actor, r.project_id, false).await?;
    let r = report_of(&tx, report_id).await?;
    let (next, comment) = review_outcome(&r.state, r.version, input)?;
    let number = r.number;
    let (kind, values) = if input.accept {
        (Kind::ReportAccepted, payload!({"report": number}))
    } else {
        (
            Kind::ReportChangesRequested,
            payload!({"report": number, "note": comment}),
        )
    };
    let mut model = r.into_active_model();
    model.state = Set(next.into());
    model.review_comment = Set(comment);
    model.reviewed_by = Set(Some(actor.user_id));
    model.reviewed_at = Set(Some(now));
    model.version = Set(input.version + 1);
    model.update(&tx).await?;
    tell_team(&tx, &project, None, kind, values, now).await?;
    done(
        tx,
        db,
        actor,
        (project, access),
        Entry {
            action: &format!("report.{next}"),
            summary: format!("report {number}"),
        },
        now.date_naive(),
    )
    .await
}

/// Sets the project's targets for the call's indicators (decimal strings; an empty one removes it).
/// Managers only.
pub async fn set_targets(
    db: &DatabaseConnection,
    actor: &Actor,
    project_id: Uuid,
    targets: &[(Uuid, String)],
    today: NaiveDate,
) -> Result<ProjectView> {
    require_manager(actor)?;
    let (tx, project, access) = begin(db, actor, project_id, false).await?;
    let call = crate::calls::service::load(&tx, project.call_id).await?;
    let mut v = Validator::new();
    let mut parsed = Vec::new();
    for (i, (indicator_id, target)) in targets.iter().enumerate() {
        let known = call.indicators.iter().any(|ind| ind.id == *indicator_id);
        v.check(
            known,
            &format!("targets[{i}].indicator_id"),
            Message::new("error-indicator-unknown"),
        );
        if target.trim().is_empty() {
            continue;
        }
        let value = v.parse(
            &format!("targets[{i}].target"),
            parse_decimal(target, Sign::NonNegative).ok_or_else(|| Message::new("error-number")),
        );
        if let (true, Some(value)) = (known, value) {
            parsed.push((*indicator_id, value.normalize().to_string()));
        }
    }
    v.finish()?;
    project_indicator::Entity::delete_many()
        .filter(project_indicator::Column::ProjectId.eq(project_id))
        .exec(&tx)
        .await?;
    for (indicator_id, target) in &parsed {
        project_indicator::ActiveModel {
            id: Set(Uuid::now_v7()),
            project_id: Set(project_id),
            indicator_id: Set(*indicator_id),
            target: Set(target.clone()),
        }
        .insert(&tx)
        .await?;
    }
    let summary = format!("{} targets", parsed.len());
    done(
        tx,
        db,
        actor,
        (project, access),
        Entry {
            action: "project.targets_set",
            summary,
        },
        today,
    )
    .await
}

/// A note on a technical-assistance request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// When.
    pub at: DateTime<Utc>,
    /// Who wrote it.
    pub by: Uuid,
    /// What.
    pub text: String,
}

/// The team asks for technical assistance on a topic. The team only.
pub async fn request_assistance(
    db: &DatabaseConnection,
    actor: &Actor,
    project_id: Uuid,
    topic: &str,
    description: &str,
    now: DateTime<Utc>,
) -> Result<ProjectView> {
    let (tx, project, access) = begin_as_team(db, actor, project_id).await?;
    let mut v = Validator::new();
    let topic = text(&mut v, "topic", topic, true);
    v.check(
        topic.chars().count() <= 200,
        "topic",
        Message::new("error-too-long").arg("max", 200),
    );
    let description = text(&mut v, "description", description, true);
    v.finish()?;
    assistance::ActiveModel {
        id: Set(Uuid::now_v7()),
        project_id: Set(project_id),
        topic: Set(topic.clone()),
        description: Set(description),
        state: Set("open".into()),
        expert_id: Set(None),
        notes: Set("[]".into()),
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
            action: "assistance.requested",
            summary: topic,
        },
        now.date_naive(),
    )
    .await
}

/// What a manager or the expert does with a request.
#[derive(Debug, Clone)]
pub enum AssistanceStep {
    /// A manager assigns (or reassigns) an expert: `open | assigned -> assigned`.
    Assign {
        /// The expert, an active user.
        expert_id: Uuid,
    },
    /// A manager or the assigned expert resolves it: `assigned -> resolved`.
    Resolve,
}

/// Moves a technical-assistance request on, with a note (required to resolve). An assignment is told to the
/// expert and the team, a resolution to whoever asked.
pub async fn advance_assistance(
    db: &DatabaseConnection,
    actor: &Actor,
    request_id: Uuid,
    version: i32,
    step: &AssistanceStep,
    note: &str,
    now: DateTime<Utc>,
) -> Result<AssistanceView> {
    let tx = db::begin_write(db).await?;
    let request = assistance::Entity::find_by_id(request_id)
        .one(&tx)
        .await?
        .ok_or(Error::NotFound)?;
    let manager = actor.has(Role::Manager);
    let expert = request.expert_id == Some(actor.user_id);
    match step {
        AssistanceStep::Assign { .. } if !manager => return Err(Error::Forbidden),
        AssistanceStep::Resolve if !manager && !expert => return Err(Error::Forbidden),
        _ => {}
    }
    if request.version != version {
        return Err(Error::stale());
    }
    let project = find(&tx, request.project_id).await?;
    if project.status != "active" {
        return Err(Error::Conflict(
            Message::new("error-project-not-active").arg("status", &project.status),
        ));
    }
    let mut v = Validator::new();
    let note = text(
        &mut v,
        "note",
        note,
        matches!(step, AssistanceStep::Resolve),
    );
    let (next, expert_id) = match step {
        AssistanceStep::Assign { expert_id } => {
            let active = user::Entity::find_by_id(*expert_id)
                .one(&tx)
                .await?
                .is_some_and(|u| u.active);
            v.check(active, "expert_id", Message::new("error-user-unknown"));
            if request.state == "resolved" {
                return Err(transition(&request.state, "assigned"));
            }
            ("assigned", Some(*expert_id))
        }
        AssistanceStep::Resolve => {
            if request.state != "assigned" {
                return Err(transition(&request.state, "resolved"));
            }
            ("resolved", request.expert_id)
        }
    };
    v.finish()?;
    let mut notes: Vec<Note> = from_json(&request.notes)?;
    if !note.is_empty() {
        notes.push(Note {
            at: now,
            by: actor.user_id,
            text: note.clone(),
        });
    }
    let project_id = request.project_id;
    let topic = request.topic.clone();
    let asked_by = request.created_by;
    let mut model = request.into_active_model();
    model.state = Set(next.into());
    model.expert_id = Set(expert_id);
    model.notes = Set(json(&notes)?);
    model.version = Set(version + 1);
    let saved = model.update(&tx).await?;
    match step {
        AssistanceStep::Assign { expert_id } => {
            tell_assigned(&tx, &project, *expert_id, &topic, now).await?;
        }
        AssistanceStep::Resolve => {
            let asker = user::Entity::find_by_id(asked_by)
                .one(&tx)
                .await?
                .filter(|u| u.active);
            if let Some(asker) = asker {
                notifications::enqueue(
                    &tx,
                    &outbox::recipient(&asker),
                    Kind::AssistanceResolved,
                    &payload!({
                        "path": outbox::path::project(project.id),
                        "project_id": project.id,
                        "project": project.title,
                        "topic": topic,
                        "note": note,
                    }),
                    now,
                )
                .await?;
            }
        }
    }
    audit::record(
        &tx,
        Some(actor),
        &format!("assistance.{next}"),
        &Subject::new("project", project_id),
        topic,
    )
    .await?;
    tx.commit().await?;
    let expert = saved.expert_id == Some(actor.user_id);
    views::assistance(saved, manager, expert, true)
}

/// Tells the expert that a request is theirs (linking to their list of requests) and the project's team who
/// will help them (linking to the project). `audience` tells the two apart.
async fn tell_assigned(
    conn: &impl ConnectionTrait,
    project: &project::Model,
    expert_id: Uuid,
    topic: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let Some(expert) = user::Entity::find_by_id(expert_id).one(conn).await? else {
        return Err(Error::Internal("assigned expert without user".into()));
    };
    notifications::enqueue(
        conn,
        &outbox::recipient(&expert),
        Kind::AssistanceAssigned,
        &payload!({
            "path": outbox::path::assistance(),
            "audience": "expert",
            "project_id": project.id,
            "project": project.title,
            "topic": topic,
            "expert": expert.name,
        }),
        now,
    )
    .await?;
    tell_team(
        conn,
        project,
        Some(expert.id),
        Kind::AssistanceAssigned,
        payload!({
            "audience": "team",
            "topic": topic,
            "expert": expert.name,
        }),
        now,
    )
    .await?;
    Ok(())
}

/// Technical-assistance requests assigned to the actor as expert, with what the expert may do with each.
pub async fn assigned_to_me(db: &DatabaseConnection, actor: &Actor) -> Result<Vec<AssistanceView>> {
    let rows = assistance::Entity::find()
        .filter(assistance::Column::ExpertId.eq(actor.user_id))
        .order_by_asc(assistance::Column::CreatedAt)
        .all(db)
        .await?;
    // Work on a closed project is refused, so whether each project is active is part of what may be done.
    let active: std::collections::BTreeSet<Uuid> = project::Entity::find()
        .select_only()
        .column(project::Column::Id)
        .filter(project::Column::Id.is_in(rows.iter().map(|a| a.project_id)))
        .filter(project::Column::Status.eq(views::ProjectStatus::Active.as_str()))
        .into_tuple::<Uuid>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let manager = actor.has(Role::Manager);
    rows.into_iter()
        .map(|a| {
            let active = active.contains(&a.project_id);
            views::assistance(a, manager, true, active)
        })
        .collect()
}

/// How long before a report falls due its team is reminded.
pub const REMIND_BEFORE_DAYS: i64 = 7;

/// Queues report reminders in the notification outbox: `report-due-soon` once, within
/// [`REMIND_BEFORE_DAYS`] of the due date, and `report-overdue` once, the day after it, for reports of active
/// projects not yet submitted. Each goes to every active user of the lead organisation. Returns how many
/// messages were queued. Run by the server every hour and by tests with their own clock. The reminder is
/// recorded on the report by a conditional update before it is queued, in one transaction, so that two
/// servers running this at once queue it once.
pub async fn queue_report_reminders(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<usize> {
    let today = now.date_naive();
    let tx = db::begin_write(db).await?;
    let open = report::Entity::find()
        .filter(report::Column::State.is_in(["due", "changes_requested"]))
        .filter(report::Column::DueOn.lte(today + Duration::days(REMIND_BEFORE_DAYS)))
        .all(&tx)
        .await?;
    let mut queued = 0;
    for r in open {
        let overdue = schedule::overdue(r.due_on, false, today);
        let already = if overdue {
            r.reminded_after_at.is_some()
        } else {
            r.reminded_before_at.is_some()
        };
        if already {
            continue;
        }
        let project = find(&tx, r.project_id).await?;
        if project.status != "active" {
            continue;
        }
        let (kind, reminded) = if overdue {
            (Kind::ReportOverdue, report::Column::RemindedAfterAt)
        } else {
            (Kind::ReportDueSoon, report::Column::RemindedBeforeAt)
        };
        // Only the run whose update finds the reminder still unrecorded queues it: on PostgreSQL a
        // concurrent run waits for this row and then finds it recorded.
        let recorded = report::Entity::update_many()
            .col_expr(reminded, Expr::value(Some(now)))
            .filter(report::Column::Id.eq(r.id))
            .filter(reminded.is_null())
            .exec(&tx)
            .await?;
        if recorded.rows_affected != 1 {
            continue;
        }
        queued += tell_team(
            &tx,
            &project,
            None,
            kind,
            payload!({"report": r.number, "due_on": r.due_on}),
            now,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(queued)
}

/// A report due soon or overdue, with its project.
#[derive(Debug, Clone)]
pub struct DueReport {
    /// The report.
    pub report: views::ReportDue,
    /// Its project.
    pub project: learning::ProjectLink,
    /// Whether it is overdue.
    pub overdue: bool,
}

/// Reports of active projects not yet submitted that are due within `days` or overdue, soonest first.
/// Managers only.
pub async fn due_reports(
    db: &DatabaseConnection,
    actor: &Actor,
    today: NaiveDate,
    days: i64,
) -> Result<Vec<DueReport>> {
    require_manager(actor)?;
    let reports = report::Entity::find()
        .filter(report::Column::State.is_in(["due", "changes_requested"]))
        .filter(report::Column::DueOn.lte(today + Duration::days(days)))
        .order_by_asc(report::Column::DueOn)
        .all(db)
        .await?;
    let projects: std::collections::BTreeMap<Uuid, project::Model> = project::Entity::find()
        .filter(project::Column::Id.is_in(reports.iter().map(|r| r.project_id)))
        .filter(project::Column::Status.eq("active"))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let mut due = Vec::with_capacity(reports.len());
    for report in reports {
        let Some(project) = projects.get(&report.project_id) else {
            continue;
        };
        due.push(DueReport {
            overdue: schedule::overdue(report.due_on, false, today),
            report: views::report_due(&report)?,
            project: learning::ProjectLink {
                id: project.id,
                title: project.title.clone(),
            },
        });
    }
    Ok(due)
}

/// Most files per milestone.
pub const MAX_MILESTONE_FILES: usize = 10;

/// The team attaches a file as evidence of a milestone not yet accepted (checked like application files:
/// type read from the content, at most 10 MiB). The team only.
pub async fn add_milestone_file(
    db: &DatabaseConnection,
    store: &crate::applications::FileStore,
    actor: &Actor,
    milestone_id: Uuid,
    file_name: &str,
    file: &crate::files::StagedFile,
    now: DateTime<Utc>,
) -> Result<EvidenceFileView> {
    let m = milestone_of(db, milestone_id).await?;
    let (tx, project, _) = begin_as_team(db, actor, m.project_id).await?;
    if !schedule::may_hand_in(&m.state) {
        return Err(transition(&m.state, "submitted"));
    }
    let existing = milestone_attachment::Entity::find()
        .filter(milestone_attachment::Column::MilestoneId.eq(milestone_id))
        .all(&tx)
        .await?
        .len();
    let mut v = Validator::new();
    let checked = v.parse("file", crate::applications::files::check(file_name, file));
    v.check(
        existing < MAX_MILESTONE_FILES,
        "file",
        Message::new("error-attachment-limit").arg("max", MAX_MILESTONE_FILES),
    );
    v.finish()?;
    let checked = checked.ok_or_else(|| Error::Internal("checked file".into()))?;
    let already_stored = store.contains(&checked.sha256).await;
    store.put(file).await?;
    // A file stored for a row that could not be saved is removed again (unless it was there before).
    let saved = async {
        let saved = milestone_attachment::ActiveModel {
            id: Set(Uuid::now_v7()),
            milestone_id: Set(milestone_id),
            project_id: Set(project.id),
            file_name: Set(checked.file_name.clone()),
            media_type: Set(checked.media_type.to_owned()),
            size_bytes: Set(i64::try_from(checked.size).unwrap_or(i64::MAX)),
            sha256: Set(checked.sha256.clone()),
            uploaded_by: Set(actor.user_id),
            uploaded_at: Set(now),
        }
        .insert(&tx)
        .await?;
        audit::record(
            &tx,
            Some(actor),
            "milestone.file_added",
            &Subject::new("project", project.id),
            format!(
                "{}: {} (sha256 {})",
                m.title, checked.file_name, checked.sha256
            ),
        )
        .await?;
        tx.commit().await?;
        Ok::<_, Error>(saved)
    }
    .await;
    if saved.is_err() && !already_stored {
        store.remove(&checked.sha256).await.ok();
    }
    saved.map(views::evidence_file)
}

/// A milestone file's metadata and content, for the project team and managers (evidence is not public).
pub async fn milestone_file(
    db: &DatabaseConnection,
    store: &crate::applications::FileStore,
    actor: &Actor,
    milestone_id: Uuid,
    file_id: Uuid,
) -> Result<(EvidenceFileView, crate::files::StoredFile)> {
    let meta = milestone_attachment::Entity::find_by_id(file_id)
        .one(db)
        .await?
        .filter(|f| f.milestone_id == milestone_id)
        .ok_or(Error::NotFound)?;
    let project = find(db, meta.project_id).await?;
    if !actor.has(Role::Manager) && !actor.belongs_to(project.lead_organisation_id) {
        return Err(Error::NotFound);
    }
    let content = store.open_file(&meta.sha256).await?;
    Ok((views::evidence_file(meta), content))
}
