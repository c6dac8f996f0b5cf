//! The services of exchanges: organise, change, read, register attendance and record the outcome, each one
//! transaction with its audit entry; invitations are queued to each newly invited team in the same
//! transaction.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    IntoActiveModel, QueryFilter, QueryOrder, Set,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::entity::{exchange, invitation};
use crate::audit::{self, Subject};
use crate::calls::details::parse_time_zone;
use crate::calls::entity::call;
use crate::error::Validator;
use crate::notifications::{self, Kind};
use crate::organisations::entity as organisation;
use crate::projects::entity::project;
use crate::{Actor, Error, Message, Result, Role, db, outbox};

/// Longest title.
pub const MAX_TITLE: usize = 200;
/// Longest place or link.
pub const MAX_PLACE: usize = 500;
/// Longest agenda or notes.
pub const MAX_TEXT: usize = 20_000;
/// Most people a team registers.
pub const MAX_ATTENDEES: usize = 20;
/// Longest name of a person attending.
pub const MAX_NAME: usize = 200;
/// Most documents of an outcome.
pub const MAX_DOCUMENTS: usize = 20;
/// Most projects invited to one exchange.
pub const MAX_INVITED: usize = 200;

/// An exchange as a manager organises or changes it.
#[derive(Debug, Clone, Default)]
pub struct ExchangeInput {
    /// Title.
    pub title: String,
    /// When it starts.
    pub starts_at: DateTime<Utc>,
    /// The IANA time zone it is shown in (`Europe/Berlin`).
    pub time_zone: String,
    /// Where it takes place; this or `online_link` is required.
    pub place: String,
    /// An `http(s)` link to join online.
    pub online_link: String,
    /// The agenda (multi-line).
    pub agenda: String,
    /// The funded projects invited: projects of the programme's calls.
    pub invited: Vec<Uuid>,
}

/// A document of an outcome: a title and a link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Title.
    pub title: String,
    /// An `http(s)` address.
    pub url: String,
}

/// The outcome as a manager records it.
#[derive(Debug, Clone, Default)]
pub struct OutcomeInput {
    /// What was learned (multi-line, required).
    pub notes: String,
    /// The invited projects that took part.
    pub attended: Vec<Uuid>,
    /// Documents, as links.
    pub documents: Vec<Document>,
    /// The exchange's version as read.
    pub version: i32,
}

/// A recorded outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Notes.
    pub notes: String,
    /// Documents.
    pub documents: Vec<Document>,
    /// When it was recorded.
    pub recorded_at: DateTime<Utc>,
}

/// An invited project as the viewer may see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvitedProject {
    /// The project.
    pub project_id: Uuid,
    /// Its title.
    pub project: String,
    /// Its lead organisation.
    pub organisation_id: Uuid,
    /// The lead organisation's name.
    pub organisation: String,
    /// The names of the people registered (only for managers and the project's own team).
    pub attendees: Vec<String>,
    /// Whether it took part, once the outcome is recorded.
    pub attended: Option<bool>,
    /// The attendance's version, to send back when registering.
    pub version: i32,
}

/// What the viewer may do next.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Allowed {
    /// Change the exchange (managers, until the outcome is recorded).
    pub edit: bool,
    /// Record the outcome (managers, once it has started).
    pub record_outcome: bool,
    /// The invited projects whose attendance the viewer may register (their team, until it is over).
    pub register_for: Vec<Uuid>,
}

/// An exchange as its viewer may see it.
#[derive(Debug, Clone)]
pub struct ExchangeView {
    /// Identifier.
    pub id: Uuid,
    /// The programme.
    pub programme_id: Uuid,
    /// The programme's name.
    pub programme: String,
    /// Title.
    pub title: String,
    /// When it starts.
    pub starts_at: DateTime<Utc>,
    /// The time zone it is shown in.
    pub time_zone: Tz,
    /// Where.
    pub place: String,
    /// The online link.
    pub online_link: String,
    /// The agenda.
    pub agenda: String,
    /// The invited projects, by organisation name.
    pub invited: Vec<InvitedProject>,
    /// The outcome, once recorded.
    pub outcome: Option<Outcome>,
    /// Optimistic-concurrency version.
    pub version: i32,
    /// What the viewer may do next.
    pub allowed: Allowed,
}

/// When an exchange is over: the end of the day it starts on, in its own time zone.
pub fn over_at(starts_at: DateTime<Utc>, time_zone: Tz) -> DateTime<Utc> {
    let day = starts_at.with_timezone(&time_zone).date_naive() + Duration::days(1);
    time_zone
        .from_local_datetime(&day.and_time(NaiveTime::MIN))
        .earliest()
        .map_or(starts_at + Duration::days(1), |at| at.with_timezone(&Utc))
}

fn zone_of(model: &exchange::Model) -> Tz {
    model.time_zone.parse().unwrap_or(Tz::UTC)
}

/// Whether the public may see an exchange: once its outcome is recorded (and so once it has taken place).
pub(crate) fn is_public(model: &exchange::Model) -> bool {
    model.outcome_recorded_at.is_some()
}

fn names_of(text: &str) -> Vec<String> {
    serde_json::from_str(text).unwrap_or_default()
}

fn documents_of(text: &str) -> Vec<Document> {
    serde_json::from_str(text).unwrap_or_default()
}

fn json<T: Serialize>(value: &T) -> Result<String> {
    db::to_json(value)
}

/// Parses an `http(s)` address: no spaces, at most [`MAX_PLACE`] characters.
pub fn parse_link(value: &str) -> Result<String, Message> {
    let value = value.trim();
    let scheme_ok = value.starts_with("https://") || value.starts_with("http://");
    let rest = value.split_once("://").map_or("", |(_, rest)| rest);
    if !scheme_ok || rest.is_empty() || value.chars().any(char::is_whitespace) {
        return Err(Message::new("error-link-invalid"));
    }
    if value.chars().count() > MAX_PLACE {
        return Err(Message::new("error-too-long").arg("max", MAX_PLACE));
    }
    Ok(value.to_owned())
}

fn text(v: &mut Validator, field: &str, value: &str, max: usize, required: bool) -> String {
    let value = value.trim();
    if required {
        v.check(!value.is_empty(), field, Message::new("error-required"));
    }
    v.check(
        value.chars().count() <= max,
        field,
        Message::new("error-too-long").arg("max", max),
    );
    value.to_owned()
}

/// An exchange's fields once checked.
struct Valid {
    title: String,
    starts_at: DateTime<Utc>,
    time_zone: Tz,
    place: String,
    online_link: String,
    agenda: String,
    invited: BTreeSet<Uuid>,
}

/// Checks every field at once; `eligible` are the projects of the programme's calls.
fn parse(input: &ExchangeInput, eligible: &HashMap<Uuid, project::Model>) -> Result<Valid> {
    let mut v = Validator::new();
    let title = text(&mut v, "title", &input.title, MAX_TITLE, true);
    let time_zone = v.parse("time_zone", parse_time_zone(&input.time_zone));
    let place = text(&mut v, "place", &input.place, MAX_PLACE, false);
    let online_link = if input.online_link.trim().is_empty() {
        String::new()
    } else {
        v.parse("online_link", parse_link(&input.online_link))
            .unwrap_or_default()
    };
    v.check(
        !place.is_empty() || !input.online_link.trim().is_empty(),
        "place",
        Message::new("error-exchange-place-or-link"),
    );
    let agenda = text(&mut v, "agenda", &input.agenda, MAX_TEXT, false);
    let invited: BTreeSet<Uuid> = input.invited.iter().copied().collect();
    v.check(
        !invited.is_empty(),
        "invited",
        Message::new("error-exchange-invite-someone"),
    );
    v.check(
        invited.len() <= MAX_INVITED,
        "invited",
        Message::new("error-too-many").arg("max", MAX_INVITED),
    );
    v.check(
        invited.iter().all(|id| eligible.contains_key(id)),
        "invited",
        Message::new("error-exchange-project-not-in-programme"),
    );
    v.finish()?;
    Ok(Valid {
        title,
        starts_at: input.starts_at,
        time_zone: time_zone.ok_or_else(|| Error::Internal("validated time zone".into()))?,
        place,
        online_link,
        agenda,
        invited,
    })
}

/// The funded projects of a programme's calls, by id.
pub(crate) async fn projects_of_programme(
    conn: &impl ConnectionTrait,
    programme_id: Uuid,
) -> Result<HashMap<Uuid, project::Model>> {
    let calls: Vec<Uuid> = call::Entity::find()
        .filter(call::Column::ProgrammeId.eq(programme_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|c| c.id)
        .collect();
    Ok(project::Entity::find()
        .filter(project::Column::CallId.is_in(calls))
        .all(conn)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect())
}

async fn find(conn: &impl ConnectionTrait, id: Uuid) -> Result<exchange::Model> {
    exchange::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound)
}

async fn invitations_of(
    conn: &impl ConnectionTrait,
    exchange_id: Uuid,
) -> Result<Vec<invitation::Model>> {
    Ok(invitation::Entity::find()
        .filter(invitation::Column::ExchangeId.eq(exchange_id))
        .all(conn)
        .await?)
}

/// Who is looking at an exchange.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Viewer {
    Manager,
    /// A user of an invited project's lead organisation: sees it whole, its own team's names only.
    Team(Uuid),
    Public,
}

fn viewer(actor: Option<&Actor>) -> Viewer {
    match actor {
        Some(a) if a.has(Role::Manager) => Viewer::Manager,
        Some(a) => a.organisation_id.map_or(Viewer::Public, Viewer::Team),
        None => Viewer::Public,
    }
}

/// The view of `model` for `actor`, or `NotFound` when they may not see it.
async fn view_of(
    conn: &impl ConnectionTrait,
    actor: Option<&Actor>,
    model: exchange::Model,
    now: DateTime<Utc>,
) -> Result<ExchangeView> {
    let who = viewer(actor);
    let invitations = invitations_of(conn, model.id).await?;
    let project_ids: Vec<Uuid> = invitations.iter().map(|i| i.project_id).collect();
    let projects: HashMap<Uuid, project::Model> = project::Entity::find()
        .filter(project::Column::Id.is_in(project_ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let team_invited = |organisation: Uuid| {
        invitations.iter().any(|i| {
            projects
                .get(&i.project_id)
                .is_some_and(|p| p.lead_organisation_id == organisation)
        })
    };
    let sees = match who {
        Viewer::Manager => true,
        Viewer::Team(organisation) => team_invited(organisation) || is_public(&model),
        Viewer::Public => is_public(&model),
    };
    if !sees {
        return Err(Error::NotFound);
    }
    let organisation_ids: Vec<Uuid> = projects.values().map(|p| p.lead_organisation_id).collect();
    let organisations: HashMap<Uuid, String> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(organisation_ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let time_zone = zone_of(&model);
    let open_for_teams = now < over_at(model.starts_at, time_zone) && !is_public(&model);
    let mut register_for = Vec::new();
    let mut invited: Vec<InvitedProject> = invitations
        .iter()
        .filter_map(|i| {
            let p = projects.get(&i.project_id)?;
            let own = who == Viewer::Team(p.lead_organisation_id);
            if own && open_for_teams {
                register_for.push(p.id);
            }
            Some(InvitedProject {
                project_id: p.id,
                project: p.title.clone(),
                organisation_id: p.lead_organisation_id,
                organisation: organisations
                    .get(&p.lead_organisation_id)
                    .cloned()
                    .unwrap_or_default(),
                attendees: if who == Viewer::Manager || own {
                    names_of(&i.attendees)
                } else {
                    Vec::new()
                },
                attended: i.attended,
                version: i.version,
            })
        })
        .collect();
    invited.sort_by(|a, b| (&a.organisation, &a.project).cmp(&(&b.organisation, &b.project)));
    let programme = crate::programmes::find(conn, model.programme_id).await?;
    let manager = who == Viewer::Manager;
    let outcome = match (model.outcome_recorded_at, &model.outcome_notes) {
        (Some(recorded_at), Some(notes)) => Some(Outcome {
            notes: notes.clone(),
            documents: documents_of(&model.outcome_documents),
            recorded_at,
        }),
        _ => None,
    };
    Ok(ExchangeView {
        id: model.id,
        programme_id: model.programme_id,
        programme: programme.name,
        title: model.title,
        starts_at: model.starts_at,
        time_zone,
        place: model.place,
        online_link: model.online_link,
        agenda: model.agenda,
        invited,
        allowed: Allowed {
            edit: manager && outcome.is_none(),
            record_outcome: manager && now >= model.starts_at,
            register_for,
        },
        outcome,
        version: model.version,
    })
}

/// Queues the invitation to the team of each project in `projects`.
async fn tell_invited(
    conn: &impl ConnectionTrait,
    model: &exchange::Model,
    projects: &[&project::Model],
    now: DateTime<Utc>,
) -> Result<()> {
    for p in projects {
        let message = serde_json::json!({
            "path": outbox::path::project(p.id),
            "project_id": p.id,
            "project": p.title,
            "exchange": model.title,
            "starts_at": outbox::local_time(model.starts_at, &model.time_zone),
            "place": if model.place.is_empty() { &model.online_link } else { &model.place },
        });
        for user in outbox::team_of(conn, p.lead_organisation_id).await? {
            notifications::enqueue(
                conn,
                &outbox::recipient(&user),
                Kind::ExchangeInvited,
                &message,
                now,
            )
            .await?;
        }
    }
    Ok(())
}

/// Organises an exchange for a programme and invites the projects' teams. Managers only.
pub async fn organise(
    db: &DatabaseConnection,
    actor: &Actor,
    programme_id: Uuid,
    input: &ExchangeInput,
    now: DateTime<Utc>,
) -> Result<ExchangeView> {
    actor.require_any(&[Role::Manager])?;
    let tx = db::begin_write(db).await?;
    crate::programmes::find(&tx, programme_id).await?;
    let eligible = projects_of_programme(&tx, programme_id).await?;
    let valid = parse(input, &eligible)?;
    let model = exchange::ActiveModel {
        id: Set(Uuid::now_v7()),
        programme_id: Set(programme_id),
        title: Set(valid.title),
        starts_at: Set(valid.starts_at),
        time_zone: Set(valid.time_zone.name().to_owned()),
        place: Set(valid.place),
        online_link: Set(valid.online_link),
        agenda: Set(valid.agenda),
        outcome_notes: Set(None),
        outcome_documents: Set("[]".into()),
        outcome_recorded_at: Set(None),
        outcome_recorded_by: Set(None),
        created_by: Set(actor.user_id),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
    }
    .insert(&tx)
    .await?;
    for project_id in &valid.invited {
        insert_invitation(&tx, model.id, *project_id).await?;
    }
    let invited: Vec<&project::Model> = valid
        .invited
        .iter()
        .filter_map(|id| eligible.get(id))
        .collect();
    tell_invited(&tx, &model, &invited, now).await?;
    audit::record(
        &tx,
        Some(actor),
        "exchange.organised",
        &Subject::new("exchange", model.id),
        format!(
            "{} on {}, {} projects invited",
            model.title,
            model.starts_at.to_rfc3339(),
            invited.len()
        ),
    )
    .await?;
    tx.commit().await?;
    view_of(db, Some(actor), model, now).await
}

async fn insert_invitation(
    conn: &impl ConnectionTrait,
    exchange_id: Uuid,
    project_id: Uuid,
) -> Result<()> {
    invitation::ActiveModel {
        id: Set(Uuid::now_v7()),
        exchange_id: Set(exchange_id),
        project_id: Set(project_id),
        attendees: Set("[]".into()),
        attendees_updated_at: Set(None),
        attended: Set(None),
        version: Set(1),
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// Changes an exchange until its outcome is recorded; newly invited teams are told, uninvited projects lose
/// their registration. Managers only.
pub async fn update(
    db: &DatabaseConnection,
    actor: &Actor,
    exchange_id: Uuid,
    version: i32,
    input: &ExchangeInput,
    now: DateTime<Utc>,
) -> Result<ExchangeView> {
    actor.require_any(&[Role::Manager])?;
    let tx = db::begin_write(db).await?;
    let model = find(&tx, exchange_id).await?;
    if model.version != version {
        return Err(Error::stale());
    }
    if is_public(&model) {
        return Err(Error::Conflict(Message::new(
            "error-exchange-outcome-recorded",
        )));
    }
    let eligible = projects_of_programme(&tx, model.programme_id).await?;
    let valid = parse(input, &eligible)?;
    let before: BTreeSet<Uuid> = invitations_of(&tx, exchange_id)
        .await?
        .into_iter()
        .map(|i| i.project_id)
        .collect();
    let removed: Vec<Uuid> = before.difference(&valid.invited).copied().collect();
    let added: Vec<Uuid> = valid.invited.difference(&before).copied().collect();
    if !removed.is_empty() {
        invitation::Entity::delete_many()
            .filter(invitation::Column::ExchangeId.eq(exchange_id))
            .filter(invitation::Column::ProjectId.is_in(removed.clone()))
            .exec(&tx)
            .await?;
    }
    for project_id in &added {
        insert_invitation(&tx, exchange_id, *project_id).await?;
    }
    let mut active = model.into_active_model();
    active.title = Set(valid.title);
    active.starts_at = Set(valid.starts_at);
    active.time_zone = Set(valid.time_zone.name().to_owned());
    active.place = Set(valid.place);
    active.online_link = Set(valid.online_link);
    active.agenda = Set(valid.agenda);
    active.updated_at = Set(now);
    active.version = Set(version + 1);
    let model = active.update(&tx).await?;
    let newly: Vec<&project::Model> = added.iter().filter_map(|id| eligible.get(id)).collect();
    tell_invited(&tx, &model, &newly, now).await?;
    audit::record(
        &tx,
        Some(actor),
        "exchange.updated",
        &Subject::new("exchange", model.id),
        format!(
            "{}: {} invited, {} uninvited",
            model.title,
            added.len(),
            removed.len()
        ),
    )
    .await?;
    tx.commit().await?;
    view_of(db, Some(actor), model, now).await
}

/// An exchange: managers always; an invited project's team; anyone once its outcome is recorded.
pub async fn get(
    db: &DatabaseConnection,
    actor: Option<&Actor>,
    exchange_id: Uuid,
    now: DateTime<Utc>,
) -> Result<ExchangeView> {
    let model = find(db, exchange_id).await?;
    view_of(db, actor, model, now).await
}

/// A programme's exchanges the actor may see, newest first: managers every one, teams those they are invited
/// to, everyone the past ones whose outcome is recorded.
pub async fn of_programme(
    db: &DatabaseConnection,
    actor: Option<&Actor>,
    programme_id: Uuid,
    now: DateTime<Utc>,
) -> Result<Vec<ExchangeView>> {
    crate::programmes::find(db, programme_id).await?;
    let models = exchange::Entity::find()
        .filter(exchange::Column::ProgrammeId.eq(programme_id))
        .order_by_desc(exchange::Column::StartsAt)
        .all(db)
        .await?;
    let mut views = Vec::new();
    for model in models {
        match view_of(db, actor, model, now).await {
            Ok(view) => views.push(view),
            Err(Error::NotFound) => {}
            Err(other) => return Err(other),
        }
    }
    Ok(views)
}

/// The exchanges a project is invited to, soonest first, for its team and managers (`NotFound` for others).
pub async fn of_project(
    db: &DatabaseConnection,
    actor: &Actor,
    project_id: Uuid,
    now: DateTime<Utc>,
) -> Result<Vec<ExchangeView>> {
    let p = project::Entity::find_by_id(project_id)
        .one(db)
        .await?
        .ok_or(Error::NotFound)?;
    if !actor.has(Role::Manager) && !actor.belongs_to(p.lead_organisation_id) {
        return Err(Error::NotFound);
    }
    let ids: Vec<Uuid> = invitation::Entity::find()
        .filter(invitation::Column::ProjectId.eq(project_id))
        .all(db)
        .await?
        .into_iter()
        .map(|i| i.exchange_id)
        .collect();
    let models = exchange::Entity::find()
        .filter(exchange::Column::Id.is_in(ids))
        .order_by_asc(exchange::Column::StartsAt)
        .all(db)
        .await?;
    let mut views = Vec::new();
    for model in models {
        views.push(view_of(db, Some(actor), model, now).await?);
    }
    Ok(views)
}

/// A funded project a manager may invite.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitable {
    /// The project.
    pub project_id: Uuid,
    /// Its title.
    pub project: String,
    /// Its lead organisation's name.
    pub organisation: String,
}

/// The funded projects of a programme's calls, by organisation then title, for the invitation form.
/// Managers only.
pub async fn invitable(
    db: &DatabaseConnection,
    actor: &Actor,
    programme_id: Uuid,
) -> Result<Vec<Invitable>> {
    actor.require_any(&[Role::Manager])?;
    crate::programmes::find(db, programme_id).await?;
    let projects = projects_of_programme(db, programme_id).await?;
    let ids: Vec<Uuid> = projects.values().map(|p| p.lead_organisation_id).collect();
    let names: HashMap<Uuid, String> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let mut list: Vec<Invitable> = projects
        .into_values()
        .map(|p| Invitable {
            project_id: p.id,
            organisation: names
                .get(&p.lead_organisation_id)
                .cloned()
                .unwrap_or_default(),
            project: p.title,
        })
        .collect();
    list.sort_by(|a, b| (&a.organisation, &a.project).cmp(&(&b.organisation, &b.project)));
    Ok(list)
}

/// The names of the people attending, cleaned: one per entry, blank entries left out.
fn parse_attendees(names: &[String]) -> Result<Vec<String>> {
    let mut v = Validator::new();
    let names: Vec<String> = names
        .iter()
        .map(|n| n.trim().to_owned())
        .filter(|n| !n.is_empty())
        .collect();
    v.check(
        names.len() <= MAX_ATTENDEES,
        "attendees",
        Message::new("error-too-many").arg("max", MAX_ATTENDEES),
    );
    v.check(
        names.iter().all(|n| n.chars().count() <= MAX_NAME),
        "attendees",
        Message::new("error-too-long").arg("max", MAX_NAME),
    );
    v.finish()?;
    Ok(names)
}

/// An invited project's team registers who attends (the whole list), until the exchange is over. Only
/// users of the project's lead organisation.
pub async fn register_attendance(
    db: &DatabaseConnection,
    actor: &Actor,
    exchange_id: Uuid,
    project_id: Uuid,
    version: i32,
    attendees: &[String],
    now: DateTime<Utc>,
) -> Result<ExchangeView> {
    let tx = db::begin_write(db).await?;
    let model = find(&tx, exchange_id).await?;
    let invited = invitation::Entity::find()
        .filter(invitation::Column::ExchangeId.eq(exchange_id))
        .filter(invitation::Column::ProjectId.eq(project_id))
        .one(&tx)
        .await?;
    let p = project::Entity::find_by_id(project_id).one(&tx).await?;
    let (invited, p) = match (invited, p) {
        (Some(invited), Some(p)) if actor.belongs_to(p.lead_organisation_id) => (invited, p),
        // Managers and other organisations may know the exchange, but not register for this team.
        _ if actor.has(Role::Manager) || is_public(&model) => return Err(Error::Forbidden),
        _ => {
            let own_invited = view_of(&tx, Some(actor), model.clone(), now).await.is_ok();
            return Err(if own_invited {
                Error::Forbidden
            } else {
                Error::NotFound
            });
        }
    };
    if invited.version != version {
        return Err(Error::stale());
    }
    if is_public(&model) || now >= over_at(model.starts_at, zone_of(&model)) {
        return Err(Error::Conflict(Message::new("error-exchange-over")));
    }
    let names = parse_attendees(attendees)?;
    let count = names.len();
    let mut active = invited.into_active_model();
    active.attendees = Set(json(&names)?);
    active.attendees_updated_at = Set(Some(now));
    active.version = Set(version + 1);
    active.update(&tx).await?;
    audit::record(
        &tx,
        Some(actor),
        "exchange.attendance_registered",
        &Subject::new("exchange", exchange_id),
        format!("{}: {count} people registered", p.title),
    )
    .await?;
    tx.commit().await?;
    view_of(db, Some(actor), model, now).await
}

/// Records (or corrects) the outcome of an exchange that has started: notes, which invited projects took
/// part, documents. From then on the exchange is public. Managers only.
pub async fn record_outcome(
    db: &DatabaseConnection,
    actor: &Actor,
    exchange_id: Uuid,
    input: &OutcomeInput,
    now: DateTime<Utc>,
) -> Result<ExchangeView> {
    actor.require_any(&[Role::Manager])?;
    let tx = db::begin_write(db).await?;
    let model = find(&tx, exchange_id).await?;
    if model.version != input.version {
        return Err(Error::stale());
    }
    if now < model.starts_at {
        return Err(Error::Conflict(Message::new("error-exchange-not-held-yet")));
    }
    let invitations = invitations_of(&tx, exchange_id).await?;
    let mut v = Validator::new();
    let notes = text(&mut v, "notes", &input.notes, MAX_TEXT, true);
    let attended: BTreeSet<Uuid> = input.attended.iter().copied().collect();
    v.check(
        attended
            .iter()
            .all(|id| invitations.iter().any(|i| i.project_id == *id)),
        "attended",
        Message::new("error-exchange-attended-not-invited"),
    );
    v.check(
        input.documents.len() <= MAX_DOCUMENTS,
        "documents",
        Message::new("error-too-many").arg("max", MAX_DOCUMENTS),
    );
    let mut documents = Vec::new();
    for (index, document) in input.documents.iter().enumerate() {
        let title = text(
            &mut v,
            &format!("documents[{index}].title"),
            &document.title,
            MAX_TITLE,
            true,
        );
        let url = v.parse(
            &format!("documents[{index}].url"),
            parse_link(&document.url),
        );
        if let Some(url) = url {
            documents.push(Document { title, url });
        }
    }
    v.finish()?;
    for i in invitations {
        let took_part = attended.contains(&i.project_id);
        let mut active = i.into_active_model();
        active.attended = Set(Some(took_part));
        active.update(&tx).await?;
    }
    let title = model.title.clone();
    let mut active = model.into_active_model();
    active.outcome_notes = Set(Some(notes));
    active.outcome_documents = Set(json(&documents)?);
    active.outcome_recorded_at = Set(Some(now));
    active.outcome_recorded_by = Set(Some(actor.user_id));
    active.updated_at = Set(now);
    active.version = Set(input.version + 1);
    let model = active.update(&tx).await?;
    audit::record(
        &tx,
        Some(actor),
        "exchange.outcome_recorded",
        &Subject::new("exchange", exchange_id),
        format!(
            "{title}: {} projects attended, {} documents",
            attended.len(),
            documents.len()
        ),
    )
    .await?;
    tx.commit().await?;
    view_of(db, Some(actor), model, now).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_exchange_is_over_at_the_end_of_its_day_in_its_own_zone() {
        let starts: DateTime<Utc> = "2027-03-10T08:00:00Z".parse().unwrap();
        let over = over_at(starts, chrono_tz::Europe::Berlin);
        assert_eq!(
            over,
            "2027-03-10T23:00:00Z".parse::<DateTime<Utc>>().unwrap()
        );
    }

    #[test]
    fn only_web_addresses_are_links() {
        assert!(parse_link("https://meet.example.org/lab").is_ok());
        assert!(parse_link("javascript:alert(1)").is_err());
        assert!(parse_link("https://").is_err());
        assert!(parse_link("https://a b").is_err());
    }

    #[test]
    fn blank_attendees_are_left_out_and_too_many_are_refused() {
        let names = parse_attendees(&["  Ana ".into(), String::new()]).unwrap();
        assert_eq!(names, ["Ana"]);
        let many: Vec<String> = (0..=MAX_ATTENDEES).map(|i| format!("P{i}")).collect();
        assert!(parse_attendees(&many).is_err());
    }
}
