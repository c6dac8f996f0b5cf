//! The services of applications: start a draft, edit it (with `version`), manage partners and attachments,
//! submit and withdraw it, and, for managers, list, screen and export a call's applications.
//!
//! Who sees what: the users of the lead organisation (the team) and programme managers; anyone else gets
//! `NotFound`, which does not reveal that the application exists. Services take `now` from the caller's
//! clock so that deadlines can be tested to the second.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Datelike, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait, Set,
};
use serde_json::json;
use uuid::Uuid;

use super::content::{self, Answer, ChecklistItem, Completeness, ContentInput, parse_content};
use super::entity::{application, attachment, budget_line, partner, reference_counter, submission};
use super::files::{self, FileStore, MAX_ATTACHMENTS};
use super::lifecycle::{ApplicationAction, ApplicationState};
use crate::audit::{self, Subject};
use crate::calls::entity::call;
use crate::calls::eligibility::{self, Applicant, Facts, Verdict};
use crate::calls::questions::QuestionKind;
use crate::calls::service::{CallView, load as load_call};
use crate::calls::CallState;
use crate::error::{FieldError, Validator};
use crate::money::{Currency, Money};
use crate::notifications::{self, Recipient};
use crate::organisations::{self, Organisation, OrganisationFields, OrganisationInput, OrganisationKind};
use crate::{Actor, Arg, Error, Message, Page, PageRequest, Result, Role, db, prerequisites};

/// A partner of an application and its role in the project.
#[derive(Debug, Clone)]
pub struct PartnerView {
    /// The organisation.
    pub organisation: Organisation,
    /// What it does in the project.
    pub role: String,
}

/// An application with everything that belongs to it, its live eligibility and completeness.
#[derive(Debug, Clone)]
pub struct ApplicationView {
    /// The stored application.
    pub application: application::Model,
    /// Its state.
    pub state: ApplicationState,
    /// The call it applies to.
    pub call: CallView,
    /// The lead organisation.
    pub lead: Organisation,
    /// Partners, in the order they were added.
    pub partners: Vec<PartnerView>,
    /// Answers by question.
    pub answers: BTreeMap<Uuid, Answer>,
    /// Budget lines in order.
    pub budget_lines: Vec<budget_line::Model>,
    /// Attachments, oldest first.
    pub attachments: Vec<attachment::Model>,
    /// One verdict per eligibility rule of the call, as of now.
    pub verdicts: Vec<Verdict>,
    /// What a complete application needs, each marked done or not.
    pub checklist: Vec<ChecklistItem>,
    /// The submission, once submitted.
    pub submission: Option<submission::Model>,
}

impl ApplicationView {
    /// The call's currency.
    pub fn currency(&self) -> Currency {
        self.call.currency
    }

    /// The requested amount (the sum of the budget lines).
    pub fn requested(&self) -> Money {
        self.call.money(self.application.requested_minor)
    }

    /// The co-funding amount.
    pub fn co_funding(&self) -> Money {
        self.call.money(self.application.co_funding_minor)
    }

    /// Whether every eligibility rule passes.
    pub fn eligible(&self) -> bool {
        eligibility::all_pass(&self.verdicts)
    }

    /// Whether every checklist item is done.
    pub fn complete(&self) -> bool {
        self.checklist.iter().all(|item| item.done)
    }

    /// Whether the team may still change it at `now`: a draft, while the call accepts submissions.
    pub fn editable(&self, now: DateTime<Utc>) -> bool {
        self.state.is_editable() && accepting(&self.call.call, now).is_ok()
    }

    /// Whether the team may withdraw it at `now`: submitted, before the deadline.
    pub fn withdrawable(&self, now: DateTime<Utc>) -> bool {
        self.state == ApplicationState::Submitted && now < self.call.call.closes_at
    }

    /// The submitted snapshot, as JSON.
    pub fn snapshot(&self) -> Result<Option<serde_json::Value>> {
        self.submission
            .as_ref()
            .map(|s| {
                serde_json::from_str(&s.snapshot)
                    .map_err(|err| Error::Internal(format!("stored snapshot: {err}")))
            })
            .transpose()
    }
}

/// An application as lists show it.
#[derive(Debug, Clone)]
pub struct ApplicationSummary {
    /// The stored application.
    pub application: application::Model,
    /// Its state.
    pub state: ApplicationState,
    /// The lead organisation.
    pub lead: Organisation,
    /// The call's code.
    pub call_code: String,
    /// The call's title.
    pub call_title: String,
    /// The call's deadline.
    pub closes_at: DateTime<Utc>,
    /// The call's display time zone.
    pub time_zone: String,
    /// Whether the call accepts submissions as of the listing.
    pub call_accepting: bool,
    /// The call's currency.
    pub currency: Currency,
}

impl ApplicationSummary {
    /// The requested amount.
    pub fn requested(&self) -> Money {
        Money::from_minor(self.application.requested_minor, self.currency)
    }

    /// What the applicant should do next.
    pub fn next_step(&self) -> NextStep {
        match self.state {
            ApplicationState::Draft if self.call_accepting => NextStep::CompleteAndSubmit,
            ApplicationState::Draft => NextStep::DeadlineMissed,
            ApplicationState::Submitted => NextStep::AwaitScreening,
            ApplicationState::Eligible => NextStep::AwaitResults,
            ApplicationState::Ineligible => NextStep::ReadScreening,
            _ => NextStep::Nothing,
        }
    }
}

/// The applicant's next step, for the dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextStep {
    /// Finish the draft and submit it before the deadline.
    CompleteAndSubmit,
    /// The deadline passed before the draft was submitted.
    DeadlineMissed,
    /// Wait while the programme screens the submission.
    AwaitScreening,
    /// Screened eligible; wait for the committee and the results.
    AwaitResults,
    /// Screened ineligible; the reason is on the application.
    ReadScreening,
    /// Nothing left to do.
    Nothing,
}

impl NextStep {
    /// The name clients see.
    pub fn as_str(self) -> &'static str {
        match self {
            NextStep::CompleteAndSubmit => "complete_and_submit",
            NextStep::DeadlineMissed => "deadline_missed",
            NextStep::AwaitScreening => "await_screening",
            NextStep::AwaitResults => "await_results",
            NextStep::ReadScreening => "read_screening",
            NextStep::Nothing => "nothing",
        }
    }
}

/// How the caller relates to an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Access {
    /// A user of the lead organisation.
    Team,
    /// A programme manager.
    Manager,
}

fn access_to(actor: &Actor, app: &application::Model) -> Result<Access> {
    if actor.belongs_to(app.lead_organisation_id) {
        Ok(Access::Team)
    } else if actor.has(Role::Manager) {
        Ok(Access::Manager)
    } else {
        Err(Error::NotFound)
    }
}

fn require_team(actor: &Actor, app: &application::Model) -> Result<()> {
    match access_to(actor, app)? {
        Access::Team => Ok(()),
        Access::Manager => Err(Error::Forbidden),
    }
}

/// `Ok` while the call accepts submissions at `now`; otherwise why not.
fn accepting(call: &call::Model, now: DateTime<Utc>) -> Result<()> {
    let state = CallState::parse(&call.state)
        .ok_or_else(|| Error::Internal(format!("unknown call state {}", call.state)))?;
    if state == CallState::Open && now >= call.closes_at {
        return Err(Error::DeadlinePassed);
    }
    if !state.accepts_submissions() || now < call.opens_at {
        return Err(Error::Conflict(Message::new("error-call-not-open")));
    }
    Ok(())
}

fn state_of(app: &application::Model) -> Result<ApplicationState> {
    ApplicationState::parse(&app.state)
        .ok_or_else(|| Error::Internal(format!("unknown application state {}", app.state)))
}

fn kind_of(organisation: &Organisation) -> Result<OrganisationKind> {
    OrganisationKind::parse(&organisation.kind)
        .map_err(|_| Error::Internal(format!("unknown organisation kind {}", organisation.kind)))
}

fn answers_of(app: &application::Model) -> Result<BTreeMap<Uuid, Answer>> {
    serde_json::from_str(&app.answers)
        .map_err(|err| Error::Internal(format!("stored answers: {err}")))
}

async fn find(conn: &impl ConnectionTrait, id: Uuid) -> Result<application::Model> {
    application::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound)
}

/// Loads an application with everything that belongs to it, without a permission check.
async fn load(conn: &impl ConnectionTrait, app: application::Model) -> Result<ApplicationView> {
    let call = load_call(conn, app.call_id).await?;
    let lead = organisations::find(conn, app.lead_organisation_id).await?;
    let partner_rows = partner::Entity::find()
        .filter(partner::Column::ApplicationId.eq(app.id))
        .order_by_asc(partner::Column::AddedAt)
        .order_by_asc(partner::Column::Id)
        .all(conn)
        .await?;
    let partner_orgs: HashMap<Uuid, Organisation> = organisations::entity::Entity::find()
        .filter(
            organisations::entity::Column::Id
                .is_in(partner_rows.iter().map(|p| p.organisation_id)),
        )
        .all(conn)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let partners = partner_rows
        .into_iter()
        .filter_map(|p| {
            partner_orgs.get(&p.organisation_id).map(|o| PartnerView {
                organisation: o.clone(),
                role: p.role,
            })
        })
        .collect::<Vec<_>>();
    let budget_lines = budget_line::Entity::find()
        .filter(budget_line::Column::ApplicationId.eq(app.id))
        .order_by_asc(budget_line::Column::Position)
        .all(conn)
        .await?;
    let attachments = attachment::Entity::find()
        .filter(attachment::Column::ApplicationId.eq(app.id))
        .order_by_asc(attachment::Column::UploadedAt)
        .order_by_asc(attachment::Column::Id)
        .all(conn)
        .await?;
    let submission = submission::Entity::find()
        .filter(submission::Column::ApplicationId.eq(app.id))
        .one(conn)
        .await?;
    let answers = answers_of(&app)?;

    let partner_kinds = partners
        .iter()
        .map(|p| kind_of(&p.organisation))
        .collect::<Result<Vec<_>>>()?;
    let applicant = Applicant {
        kind: kind_of(&lead)?,
        country: lead.country.clone(),
        subdivision: lead.subdivision.clone(),
        population: lead.population,
    };
    let facts = Facts {
        currency: call.currency,
        prerequisites_held: prerequisites::held_by(conn, lead.id).await?,
        requested: (!budget_lines.is_empty()).then(|| call.money(app.requested_minor)),
        co_funding: Some(call.money(app.co_funding_minor)),
    };
    let verdicts = eligibility::evaluate(&call.rules, &applicant, &partner_kinds, &facts);
    let documents: HashSet<Uuid> = attachments.iter().filter_map(|a| a.question_id).collect();
    let checklist = content::checklist(
        &Completeness {
            texts: [
                ("title", &app.title),
                ("summary", &app.summary),
                ("problem", &app.problem),
                ("objectives", &app.objectives),
                ("participation_plan", &app.participation_plan),
            ],
            answers: &answers,
            budget_lines: budget_lines.len(),
            documents: &documents,
        },
        &call.questions,
    );
    Ok(ApplicationView {
        state: state_of(&app)?,
        application: app,
        call,
        lead,
        partners,
        answers,
        budget_lines,
        attachments,
        verdicts,
        checklist,
        submission,
    })
}

/// Shows an application to its team and to managers; anyone else gets `NotFound`.
pub async fn get(db: &DatabaseConnection, actor: &Actor, id: Uuid) -> Result<ApplicationView> {
    let app = find(db, id).await?;
    access_to(actor, &app)?;
    load(db, app).await
}

/// The caller's organisation's application to a call, if it has started one.
pub async fn mine_for_call(
    db: &DatabaseConnection,
    actor: &Actor,
    call_id: Uuid,
) -> Result<Option<Uuid>> {
    let Some(organisation_id) = actor.organisation_id else {
        return Ok(None);
    };
    Ok(application::Entity::find()
        .select_only()
        .column(application::Column::Id)
        .filter(application::Column::CallId.eq(call_id))
        .filter(application::Column::LeadOrganisationId.eq(organisation_id))
        .into_tuple::<Uuid>()
        .one(db)
        .await?)
}

/// Starts a draft for the caller's organisation. Applicants only, while the call accepts submissions; one
/// application per organisation per call (a second start is a conflict).
pub async fn start(
    db: &DatabaseConnection,
    actor: &Actor,
    call_id: Uuid,
    now: DateTime<Utc>,
) -> Result<ApplicationView> {
    actor.require_any(&[Role::Applicant])?;
    let organisation_id = actor.organisation_id.ok_or(Error::Forbidden)?;
    let call = call::Entity::find_by_id(call_id)
        .one(db)
        .await?
        .filter(|c| c.state != CallState::Draft.as_str())
        .ok_or(Error::NotFound)?;
    accepting(&call, now)?;
    if mine_for_call(db, actor, call_id).await?.is_some() {
        return Err(Error::Conflict(Message::new("error-application-exists")));
    }
    let id = Uuid::now_v7();
    let tx = db::begin_write(db).await?;
    application::ActiveModel {
        id: Set(id),
        call_id: Set(call_id),
        lead_organisation_id: Set(organisation_id),
        state: Set(ApplicationState::Draft.as_str().to_owned()),
        reference: Set(None),
        title: Set(String::new()),
        summary: Set(String::new()),
        problem: Set(String::new()),
        objectives: Set(String::new()),
        participation_plan: Set(String::new()),
        answers: Set("{}".to_owned()),
        requested_minor: Set(0),
        co_funding_minor: Set(0),
        screening_reason: Set(None),
        screened_by: Set(None),
        screened_at: Set(None),
        submitted_at: Set(None),
        withdrawn_at: Set(None),
        created_by: Set(actor.user_id),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&tx)
    .await
    .map_err(|err| match Error::from(err) {
        // Two colleagues starting at once: the unique index keeps one.
        Error::Conflict(_) => Error::Conflict(Message::new("error-application-exists")),
        other => other,
    })?;
    audit::record(
        &tx,
        Some(actor),
        "application.started",
        &Subject::new("application", id),
        format!("draft for call {} ({})", call.title, call.code),
    )
    .await?;
    tx.commit().await?;
    get(db, actor, id).await
}

/// Loads an application the team may change now: its own, a draft, while the call accepts submissions.
async fn editable_draft(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<ApplicationView> {
    let app = find(db, id).await?;
    require_team(actor, &app)?;
    let view = load(db, app).await?;
    if !view.state.is_editable() {
        return Err(Error::Conflict(Message::new("error-application-locked").arg_phrased(
            "state",
            Arg::Message(Box::new(view.state.label())),
        )));
    }
    accepting(&view.call.call, now)?;
    Ok(view)
}

/// Saves the whole draft. `version` is the one the caller read: if someone saved since, nothing is written
/// and the caller gets a conflict, so that neither edit is silently lost.
pub async fn update(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    version: i32,
    input: &ContentInput,
    now: DateTime<Utc>,
) -> Result<ApplicationView> {
    let view = editable_draft(db, actor, id, now).await?;
    let currency = view.currency();
    let valid = parse_content(input, &view.call.questions, currency)?;
    let answers = serde_json::to_string(&valid.answers)
        .map_err(|err| Error::Internal(err.to_string()))?;
    let tx = db::begin_write(db).await?;
    // The version check and the write are one statement, so two concurrent saves cannot both pass it.
    let updated = application::Entity::update_many()
        .set(application::ActiveModel {
            title: Set(valid.title.clone()),
            summary: Set(valid.summary.clone()),
            problem: Set(valid.problem.clone()),
            objectives: Set(valid.objectives.clone()),
            participation_plan: Set(valid.participation_plan.clone()),
            answers: Set(answers),
            requested_minor: Set(valid.requested.to_minor(currency)),
            co_funding_minor: Set(valid.co_funding.to_minor(currency)),
            version: Set(version + 1),
            updated_at: Set(now),
            ..Default::default()
        })
        .filter(application::Column::Id.eq(id))
        .filter(application::Column::Version.eq(version))
        .filter(application::Column::State.eq(ApplicationState::Draft.as_str()))
        .exec(&tx)
        .await?;
    if updated.rows_affected != 1 {
        return Err(Error::stale());
    }
    budget_line::Entity::delete_many()
        .filter(budget_line::Column::ApplicationId.eq(id))
        .exec(&tx)
        .await?;
    for (position, line) in (1..).zip(&valid.budget_lines) {
        budget_line::ActiveModel {
            id: Set(Uuid::now_v7()),
            application_id: Set(id),
            position: Set(position),
            category: Set(line.category.clone()),
            description: Set(line.description.clone()),
            amount_minor: Set(line.amount.to_minor(currency)),
        }
        .insert(&tx)
        .await?;
    }
    audit::record(
        &tx,
        Some(actor),
        "application.updated",
        &Subject::new("application", id),
        format!(
            "saved draft \"{}\" (version {}), requesting {} {}",
            valid.title,
            version + 1,
            valid.requested.to_decimal_string(currency),
            currency.code()
        ),
    )
    .await?;
    tx.commit().await?;
    get(db, actor, id).await
}

fn partner_role(role: &str) -> Result<String> {
    let role = role.trim().to_owned();
    let mut v = Validator::new();
    v.check(!role.is_empty(), "role", Message::new("error-required"));
    v.check(
        role.chars().count() <= 200,
        "role",
        Message::new("error-too-long").arg("max", 200),
    );
    v.finish()?;
    Ok(role)
}

async fn insert_partner(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    view: &ApplicationView,
    organisation: &Organisation,
    role: String,
    now: DateTime<Utc>,
) -> Result<()> {
    partner::ActiveModel {
        id: Set(Uuid::now_v7()),
        application_id: Set(view.application.id),
        organisation_id: Set(organisation.id),
        role: Set(role.clone()),
        added_at: Set(now),
    }
    .insert(conn)
    .await
    .map_err(|err| match Error::from(err) {
        Error::Conflict(_) => Error::Conflict(Message::new("error-partner-duplicate")),
        other => other,
    })?;
    audit::record(
        conn,
        Some(actor),
        "application.partner_added",
        &Subject::new("application", view.application.id),
        format!("{} ({}) as {role}", organisation.name, organisation.kind),
    )
    .await
}

/// Adds an existing organisation as a partner with its role in the project.
pub async fn add_partner(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    organisation_id: Uuid,
    role: &str,
    now: DateTime<Utc>,
) -> Result<ApplicationView> {
    let view = editable_draft(db, actor, id, now).await?;
    let role = partner_role(role)?;
    if organisation_id == view.lead.id {
        return Err(Error::field(
            "organisation_id",
            Message::new("error-partner-is-lead"),
        ));
    }
    let organisation = organisations::find(db, organisation_id)
        .await
        .map_err(|_| Error::field("organisation_id", Message::new("error-organisation-unknown")))?;
    let tx = db::begin_write(db).await?;
    insert_partner(&tx, actor, &view, &organisation, role, now).await?;
    tx.commit().await?;
    get(db, actor, id).await
}

/// Registers an organisation that has no account yet (civil-society partners often have none) and adds it
/// as a partner. It starts unverified, like every organisation.
pub async fn register_partner(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    input: &OrganisationInput,
    role: &str,
    now: DateTime<Utc>,
) -> Result<ApplicationView> {
    let view = editable_draft(db, actor, id, now).await?;
    let role = partner_role(role);
    let fields = OrganisationFields::parse(input, "organisation.");
    let (role, fields) = match (role, fields) {
        (Ok(role), Ok(fields)) => (role, fields),
        (role, fields) => {
            let mut errors: Vec<FieldError> = Vec::new();
            for err in [role.err(), fields.err()].into_iter().flatten() {
                match err {
                    Error::Validation(found) => errors.extend(found),
                    other => return Err(other),
                }
            }
            return Err(Error::Validation(errors));
        }
    };
    if fields.kind() == OrganisationKind::NationalAgency {
        return Err(Error::field(
            "organisation.kind",
            Message::new("error-partner-kind"),
        ));
    }
    let tx = db::begin_write(db).await?;
    let organisation = organisations::insert(&tx, fields).await?;
    audit::record(
        &tx,
        Some(actor),
        "organisation.created",
        &Subject::new("organisation", organisation.id),
        format!(
            "registered {} ({}) as a partner",
            organisation.name, organisation.kind
        ),
    )
    .await?;
    insert_partner(&tx, actor, &view, &organisation, role, now).await?;
    tx.commit().await?;
    get(db, actor, id).await
}

/// Removes a partner from a draft.
pub async fn remove_partner(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    organisation_id: Uuid,
    now: DateTime<Utc>,
) -> Result<ApplicationView> {
    let view = editable_draft(db, actor, id, now).await?;
    let name = view
        .partners
        .iter()
        .find(|p| p.organisation.id == organisation_id)
        .map(|p| p.organisation.name.clone())
        .ok_or(Error::NotFound)?;
    let tx = db::begin_write(db).await?;
    partner::Entity::delete_many()
        .filter(partner::Column::ApplicationId.eq(id))
        .filter(partner::Column::OrganisationId.eq(organisation_id))
        .exec(&tx)
        .await?;
    audit::record(
        &tx,
        Some(actor),
        "application.partner_removed",
        &Subject::new("application", id),
        format!("removed {name}"),
    )
    .await?;
    tx.commit().await?;
    get(db, actor, id).await
}

/// Organisations the team of an application may add as partners, by name (at least two characters): any
/// but the lead and national agencies, at most 20.
pub async fn partner_candidates(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    search: &str,
) -> Result<Vec<Organisation>> {
    let app = find(db, id).await?;
    require_team(actor, &app)?;
    let own = app.lead_organisation_id;
    let search = search.trim().to_lowercase();
    if search.chars().count() < 2 {
        return Ok(Vec::new());
    }
    let pattern = format!("%{}%", search.replace(['%', '_'], ""));
    Ok(organisations::entity::Entity::find()
        .filter(organisations::entity::Column::Id.ne(own))
        .filter(
            organisations::entity::Column::Kind.ne(OrganisationKind::NationalAgency.as_str()),
        )
        .filter(
            Expr::expr(Func::lower(Expr::col(organisations::entity::Column::Name)))
                .like(pattern),
        )
        .order_by_asc(organisations::entity::Column::Name)
        .limit(20)
        .all(db)
        .await?)
}

/// Attaches a file to a draft, optionally as the answer to a document question. The content decides the
/// type; refused files are not stored.
#[allow(clippy::too_many_arguments)]
pub async fn add_attachment(
    db: &DatabaseConnection,
    store: &FileStore,
    actor: &Actor,
    id: Uuid,
    question_id: Option<Uuid>,
    file_name: &str,
    bytes: &[u8],
    now: DateTime<Utc>,
) -> Result<ApplicationView> {
    let view = editable_draft(db, actor, id, now).await?;
    let mut v = Validator::new();
    let checked = v.parse("file", files::check(file_name, bytes));
    if let Some(question_id) = question_id {
        v.check(
            view.call
                .questions
                .iter()
                .any(|q| q.id == question_id && q.kind == QuestionKind::Document.as_str()),
            "question_id",
            Message::new("error-question-not-document"),
        );
    }
    v.check(
        view.attachments.len() < MAX_ATTACHMENTS,
        "file",
        Message::new("error-attachment-limit").arg("max", MAX_ATTACHMENTS),
    );
    v.finish()?;
    let checked = checked.ok_or_else(|| Error::Internal("checked file".into()))?;
    let already_stored = store.contains(&checked.sha256).await;
    store.put(&checked.sha256, bytes).await?;
    let saved = save_attachment(db, actor, id, question_id, &checked, now).await;
    if saved.is_err() && !already_stored {
        store.remove(&checked.sha256).await.ok();
    }
    saved?;
    get(db, actor, id).await
}

async fn save_attachment(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    question_id: Option<Uuid>,
    file: &files::CheckedFile,
    now: DateTime<Utc>,
) -> Result<()> {
    let tx = db::begin_write(db).await?;
    // Counted again inside the write: two uploads at once must not make 21.
    let count = attachment::Entity::find()
        .filter(attachment::Column::ApplicationId.eq(id))
        .count(&tx)
        .await?;
    if count >= MAX_ATTACHMENTS as u64 {
        return Err(Error::field(
            "file",
            Message::new("error-attachment-limit").arg("max", MAX_ATTACHMENTS),
        ));
    }
    attachment::ActiveModel {
        id: Set(Uuid::now_v7()),
        application_id: Set(id),
        question_id: Set(question_id),
        file_name: Set(file.file_name.clone()),
        media_type: Set(file.media_type.to_owned()),
        size_bytes: Set(i64::try_from(file.size).unwrap_or(i64::MAX)),
        sha256: Set(file.sha256.clone()),
        uploaded_by: Set(actor.user_id),
        uploaded_at: Set(now),
    }
    .insert(&tx)
    .await?;
    audit::record(
        &tx,
        Some(actor),
        "application.attachment_added",
        &Subject::new("application", id),
        format!(
            "{} ({}, {} bytes, sha256 {})",
            file.file_name, file.media_type, file.size, file.sha256
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// An attachment's metadata and content, for those who may see the application.
pub async fn attachment(
    db: &DatabaseConnection,
    store: &FileStore,
    actor: &Actor,
    id: Uuid,
    attachment_id: Uuid,
) -> Result<(attachment::Model, Vec<u8>)> {
    let app = find(db, id).await?;
    access_to(actor, &app)?;
    let meta = attachment::Entity::find_by_id(attachment_id)
        .one(db)
        .await?
        .filter(|a| a.application_id == id)
        .ok_or(Error::NotFound)?;
    let bytes = store.read(&meta.sha256).await?;
    Ok((meta, bytes))
}

/// Removes an attachment from a draft; the stored file goes too unless another attachment shares it.
pub async fn remove_attachment(
    db: &DatabaseConnection,
    store: &FileStore,
    actor: &Actor,
    id: Uuid,
    attachment_id: Uuid,
    now: DateTime<Utc>,
) -> Result<ApplicationView> {
    let view = editable_draft(db, actor, id, now).await?;
    let meta = view
        .attachments
        .iter()
        .find(|a| a.id == attachment_id)
        .cloned()
        .ok_or(Error::NotFound)?;
    let tx = db::begin_write(db).await?;
    attachment::Entity::delete_by_id(attachment_id)
        .exec(&tx)
        .await?;
    let shared = attachment::Entity::find()
        .filter(attachment::Column::Sha256.eq(&meta.sha256))
        .count(&tx)
        .await?;
    audit::record(
        &tx,
        Some(actor),
        "application.attachment_removed",
        &Subject::new("application", id),
        format!("{} (sha256 {})", meta.file_name, meta.sha256),
    )
    .await?;
    tx.commit().await?;
    if shared == 0 {
        store.remove(&meta.sha256).await?;
    }
    get(db, actor, id).await
}

/// Why a draft cannot be submitted: an unverified organisation, open checklist items, failing rules. Every
/// reason at once, so that the applicant can fix them all.
fn submission_problems(view: &ApplicationView) -> Vec<FieldError> {
    let mut problems = Vec::new();
    if view.lead.verified_at.is_none() {
        problems.push(FieldError::new(
            "organisation",
            Message::new("error-organisation-unverified"),
        ));
    }
    problems.extend(content::missing(&view.checklist));
    for (i, verdict) in view.verdicts.iter().enumerate() {
        if !verdict.passed {
            problems.push(FieldError::new(
                &format!("eligibility[{i}]"),
                verdict.explanation.clone(),
            ));
        }
    }
    problems
}

/// The frozen record of what was submitted.
fn snapshot(view: &ApplicationView, reference: &str, now: DateTime<Utc>) -> serde_json::Value {
    let currency = view.currency();
    let money = |m: Money| m.to_decimal_string(currency);
    let prompt = |id: &Uuid| {
        view.call
            .questions
            .iter()
            .find(|q| q.id == *id)
            .map(|q| q.prompt.clone())
    };
    json!({
        "reference": reference,
        "submitted_at": now,
        "call": { "id": view.call.call.id, "code": view.call.call.code, "title": view.call.call.title },
        "lead": {
            "id": view.lead.id, "name": view.lead.name, "kind": view.lead.kind,
            "country": view.lead.country, "subdivision": view.lead.subdivision,
        },
        "partners": view.partners.iter().map(|p| json!({
            "id": p.organisation.id, "name": p.organisation.name,
            "kind": p.organisation.kind, "role": p.role,
        })).collect::<Vec<_>>(),
        "title": view.application.title,
        "summary": view.application.summary,
        "problem": view.application.problem,
        "objectives": view.application.objectives,
        "participation_plan": view.application.participation_plan,
        "answers": view.answers.iter().map(|(id, a)| json!({
            "question_id": id, "question": prompt(id), "value": a.value, "choices": a.choices,
        })).collect::<Vec<_>>(),
        "budget_lines": view.budget_lines.iter().map(|l| json!({
            "category": l.category, "description": l.description,
            "amount": money(view.call.money(l.amount_minor)),
        })).collect::<Vec<_>>(),
        "currency": currency.code(),
        "requested": money(view.requested()),
        "co_funding": money(view.co_funding()),
        "attachments": view.attachments.iter().map(|a| json!({
            "id": a.id, "file_name": a.file_name, "media_type": a.media_type,
            "size_bytes": a.size_bytes, "sha256": a.sha256, "question_id": a.question_id,
        })).collect::<Vec<_>>(),
        "eligibility": view.verdicts.iter().map(|v| json!({
            "passed": v.passed, "explanation": v.explanation,
        })).collect::<Vec<_>>(),
    })
}

/// Submits a draft: refused unless the organisation is verified, the application complete and eligible, and
/// `now` before the call's deadline. Draws the reference number, freezes a snapshot, queues a receipt.
/// Submitting again returns the same submission.
pub async fn submit(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<ApplicationView> {
    let app = find(db, id).await?;
    require_team(actor, &app)?;
    let view = load(db, app).await?;
    // Submitting again is harmless: the existing submission is the answer.
    if view.submission.is_some() && view.state.is_submitted() {
        return Ok(view);
    }
    view.state.transition(ApplicationAction::Submit)?;
    accepting(&view.call.call, now)?;
    let problems = submission_problems(&view);
    if !problems.is_empty() {
        return Err(Error::Validation(problems));
    }

    let tx = db::begin_write(db).await?;
    // The state and version guard the write: of two submits at once, one moves the draft, the other finds
    // it submitted and returns that submission.
    let moved = application::Entity::update_many()
        .set(application::ActiveModel {
            state: Set(ApplicationState::Submitted.as_str().to_owned()),
            submitted_at: Set(Some(now)),
            version: Set(view.application.version + 1),
            updated_at: Set(now),
            ..Default::default()
        })
        .filter(application::Column::Id.eq(id))
        .filter(application::Column::State.eq(ApplicationState::Draft.as_str()))
        .filter(application::Column::Version.eq(view.application.version))
        .exec(&tx)
        .await?;
    if moved.rows_affected != 1 {
        drop(tx);
        let again = get(db, actor, id).await?;
        return if again.submission.is_some() {
            Ok(again)
        } else {
            Err(Error::stale())
        };
    }
    let year = view
        .call
        .call
        .time_zone
        .parse::<chrono_tz::Tz>()
        .map(|tz| now.with_timezone(&tz).year())
        .unwrap_or_else(|_| now.year());
    let prefix = format!("{}-{year}", view.call.call.code);
    let number = draw_reference_number(&tx, &prefix).await?;
    let reference = format!("{prefix}-{number:04}");
    application::Entity::update_many()
        .col_expr(application::Column::Reference, Expr::value(reference.clone()))
        .filter(application::Column::Id.eq(id))
        .exec(&tx)
        .await?;
    submission::ActiveModel {
        id: Set(Uuid::now_v7()),
        application_id: Set(id),
        reference: Set(reference.clone()),
        snapshot: Set(snapshot(&view, &reference, now).to_string()),
        submitted_by: Set(actor.user_id),
        submitted_at: Set(now),
    }
    .insert(&tx)
    .await?;
    notifications::enqueue(
        &tx,
        &Recipient {
            user_id: Some(actor.user_id),
            email: actor.email.clone(),
        },
        "application-submitted",
        &json!({
            "reference": reference,
            "application_id": id,
            "application_title": view.application.title,
            "call_title": view.call.call.title,
            "submitted_at": now,
        }),
        now,
    )
    .await?;
    audit::record(
        &tx,
        Some(actor),
        "application.submitted",
        &Subject::new("application", id),
        format!("submitted as {reference}"),
    )
    .await?;
    tx.commit().await?;
    get(db, actor, id).await
}

/// Draws the next number of a reference prefix. One upsert: on PostgreSQL it locks the counter's row, so
/// concurrent submissions never draw the same number; calls sharing a code share the counter.
async fn draw_reference_number(conn: &impl ConnectionTrait, prefix: &str) -> Result<i32> {
    use sea_orm::sea_query::OnConflict;
    let drawn = reference_counter::Entity::insert(reference_counter::ActiveModel {
        prefix: Set(prefix.to_owned()),
        last_number: Set(1),
    })
    .on_conflict(
        OnConflict::column(reference_counter::Column::Prefix)
            .value(
                reference_counter::Column::LastNumber,
                Expr::col((
                    reference_counter::Entity,
                    reference_counter::Column::LastNumber,
                ))
                .add(1),
            )
            .to_owned(),
    )
    .exec_with_returning(conn)
    .await?;
    Ok(drawn.last_number)
}

/// Withdraws a submission, before the deadline only.
pub async fn withdraw(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<ApplicationView> {
    let app = find(db, id).await?;
    require_team(actor, &app)?;
    let view = load(db, app).await?;
    view.state.transition(ApplicationAction::Withdraw)?;
    if now >= view.call.call.closes_at {
        return Err(Error::DeadlinePassed);
    }
    let tx = db::begin_write(db).await?;
    let moved = application::Entity::update_many()
        .set(application::ActiveModel {
            state: Set(ApplicationState::Withdrawn.as_str().to_owned()),
            withdrawn_at: Set(Some(now)),
            version: Set(view.application.version + 1),
            updated_at: Set(now),
            ..Default::default()
        })
        .filter(application::Column::Id.eq(id))
        .filter(application::Column::State.eq(ApplicationState::Submitted.as_str()))
        .exec(&tx)
        .await?;
    if moved.rows_affected != 1 {
        return Err(Error::stale());
    }
    audit::record(
        &tx,
        Some(actor),
        "application.withdrawn",
        &Subject::new("application", id),
        format!(
            "withdrew {}",
            view.application.reference.as_deref().unwrap_or("")
        ),
    )
    .await?;
    tx.commit().await?;
    get(db, actor, id).await
}

/// A manager's screening decision.
#[derive(Debug, Clone)]
pub struct ScreeningInput {
    /// Eligible (`true`) or not.
    pub eligible: bool,
    /// Why; required when ineligible. The applicant sees it.
    pub reason: String,
    /// The version the manager read.
    pub version: i32,
}

/// Screens a submitted application as eligible or ineligible. Managers only, until the call is decided;
/// the decision may be revised. The applicant is notified.
pub async fn screen(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    input: &ScreeningInput,
    now: DateTime<Utc>,
) -> Result<ApplicationView> {
    actor.require_any(&[Role::Manager])?;
    let view = load(db, find(db, id).await?).await?;
    let reason = input.reason.trim().to_owned();
    let mut v = Validator::new();
    v.check(
        input.eligible || !reason.is_empty(),
        "reason",
        Message::new("error-screening-reason"),
    );
    v.check(
        reason.chars().count() <= 5000,
        "reason",
        Message::new("error-too-long").arg("max", 5000),
    );
    v.finish()?;
    let action = if input.eligible {
        ApplicationAction::MarkEligible
    } else {
        ApplicationAction::MarkIneligible
    };
    let next = view.state.transition(action)?;
    if matches!(view.call.state, CallState::Decided | CallState::Archived) {
        return Err(Error::Conflict(Message::new("error-call-decided")));
    }
    let tx = db::begin_write(db).await?;
    let moved = application::Entity::update_many()
        .set(application::ActiveModel {
            state: Set(next.as_str().to_owned()),
            screening_reason: Set((!reason.is_empty()).then(|| reason.clone())),
            screened_by: Set(Some(actor.user_id)),
            screened_at: Set(Some(now)),
            version: Set(input.version + 1),
            updated_at: Set(now),
            ..Default::default()
        })
        .filter(application::Column::Id.eq(id))
        .filter(application::Column::Version.eq(input.version))
        .exec(&tx)
        .await?;
    if moved.rows_affected != 1 {
        return Err(Error::stale());
    }
    let creator = crate::accounts::entity::user::Entity::find_by_id(view.application.created_by)
        .one(&tx)
        .await?;
    if let Some(creator) = creator {
        notifications::enqueue(
            &tx,
            &Recipient {
                user_id: Some(creator.id),
                email: creator.email,
            },
            "application-screened",
            &json!({
                "reference": view.application.reference,
                "application_id": id,
                "outcome": next.as_str(),
                "reason": reason,
            }),
            now,
        )
        .await?;
    }
    audit::record(
        &tx,
        Some(actor),
        "application.screened",
        &Subject::new("application", id),
        format!("{next}: {reason}"),
    )
    .await?;
    tx.commit().await?;
    get(db, actor, id).await
}

async fn summaries(
    conn: &impl ConnectionTrait,
    apps: Vec<application::Model>,
    now: DateTime<Utc>,
) -> Result<Vec<ApplicationSummary>> {
    let mut calls: HashMap<Uuid, CallView> = HashMap::new();
    for call_id in apps.iter().map(|a| a.call_id) {
        if let std::collections::hash_map::Entry::Vacant(slot) = calls.entry(call_id) {
            slot.insert(load_call(conn, call_id).await?);
        }
    }
    let leads: HashMap<Uuid, Organisation> = organisations::entity::Entity::find()
        .filter(organisations::entity::Column::Id.is_in(apps.iter().map(|a| a.lead_organisation_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    apps.into_iter()
        .map(|app| {
            let call = calls
                .get(&app.call_id)
                .ok_or_else(|| Error::Internal("application without call".into()))?;
            let lead = leads
                .get(&app.lead_organisation_id)
                .cloned()
                .ok_or_else(|| Error::Internal("application without lead".into()))?;
            Ok(ApplicationSummary {
                state: state_of(&app)?,
                lead,
                call_code: call.call.code.clone(),
                call_title: call.call.title.clone(),
                closes_at: call.call.closes_at,
                time_zone: call.call.time_zone.clone(),
                call_accepting: accepting(&call.call, now).is_ok(),
                currency: call.currency,
                application: app,
            })
        })
        .collect()
}

/// The applications of the caller's organisation, newest first, for its dashboard.
pub async fn list_mine(
    db: &DatabaseConnection,
    actor: &Actor,
    now: DateTime<Utc>,
) -> Result<Vec<ApplicationSummary>> {
    let Some(organisation_id) = actor.organisation_id else {
        return Ok(Vec::new());
    };
    let apps = application::Entity::find()
        .filter(application::Column::LeadOrganisationId.eq(organisation_id))
        .order_by_desc(application::Column::CreatedAt)
        .order_by_desc(application::Column::Id)
        .all(db)
        .await?;
    summaries(db, apps, now).await
}

/// Which of a call's applications to list.
#[derive(Debug, Clone, Default)]
pub struct ApplicationFilter {
    /// Only this state.
    pub state: Option<ApplicationState>,
    /// Reference, title or lead organisation name contains this (case-insensitive).
    pub search: Option<String>,
    /// Only leads in this ISO 3166-2 subdivision.
    pub subdivision: Option<String>,
}

fn filtered(call_id: Uuid, filter: &ApplicationFilter) -> sea_orm::Select<application::Entity> {
    let mut query = application::Entity::find().filter(application::Column::CallId.eq(call_id));
    if let Some(state) = filter.state {
        query = query.filter(application::Column::State.eq(state.as_str()));
    }
    if let Some(subdivision) = filter
        .subdivision
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let leads = organisations::entity::Entity::find()
            .select_only()
            .column(organisations::entity::Column::Id)
            .filter(
                organisations::entity::Column::Subdivision.eq(subdivision.to_ascii_uppercase()),
            )
            .into_query();
        query = query.filter(application::Column::LeadOrganisationId.in_subquery(leads));
    }
    if let Some(search) = filter
        .search
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        // LOWER() on both sides: SQLite's LIKE folds ASCII only, PostgreSQL's folds nothing.
        let pattern = format!("%{}%", search.to_lowercase());
        let lower = |column: Expr| Expr::expr(Func::lower(column)).like(pattern.clone());
        let leads = organisations::entity::Entity::find()
            .select_only()
            .column(organisations::entity::Column::Id)
            .filter(lower(Expr::col(organisations::entity::Column::Name)))
            .into_query();
        query = query.filter(
            Condition::any()
                .add(lower(Expr::col(application::Column::Title)))
                .add(lower(Expr::col(application::Column::Reference)))
                .add(application::Column::LeadOrganisationId.in_subquery(leads)),
        );
    }
    query
}

/// A call's applications for managers, by reference then start, filtered and paginated.
pub async fn list_for_call(
    db: &DatabaseConnection,
    actor: &Actor,
    call_id: Uuid,
    filter: &ApplicationFilter,
    page: PageRequest,
    now: DateTime<Utc>,
) -> Result<Page<ApplicationSummary>> {
    actor.require_any(&[Role::Manager])?;
    load_call(db, call_id).await?;
    let page = crate::page::fetch(
        db,
        filtered(call_id, filter)
            .order_by_asc(application::Column::Reference)
            .order_by_asc(application::Column::CreatedAt)
            .order_by_asc(application::Column::Id),
        page,
    )
    .await?;
    Ok(Page {
        items: summaries(db, page.items, now).await?,
        total: page.total,
        page: page.page,
        limit: page.limit,
    })
}

/// Makes a cell safe to open in a spreadsheet: text starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return would be read as a formula, so it gets a leading apostrophe (OWASP's advice for CSV injection).
pub fn spreadsheet_safe(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// A call's applications as CSV (all that match the filter), for managers.
pub async fn export_csv(
    db: &DatabaseConnection,
    actor: &Actor,
    call_id: Uuid,
    filter: &ApplicationFilter,
    now: DateTime<Utc>,
) -> Result<String> {
    actor.require_any(&[Role::Manager])?;
    let call = load_call(db, call_id).await?;
    let apps = filtered(call_id, filter)
        .order_by_asc(application::Column::Reference)
        .order_by_asc(application::Column::CreatedAt)
        .all(db)
        .await?;
    let ids: Vec<Uuid> = apps.iter().map(|a| a.id).collect();
    let rows = summaries(db, apps, now).await?;
    let mut partner_names: HashMap<Uuid, Vec<String>> = HashMap::new();
    let partners = partner::Entity::find()
        .filter(partner::Column::ApplicationId.is_in(ids))
        .order_by_asc(partner::Column::AddedAt)
        .all(db)
        .await?;
    let orgs: HashMap<Uuid, String> = organisations::entity::Entity::find()
        .filter(organisations::entity::Column::Id.is_in(partners.iter().map(|p| p.organisation_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    for p in partners {
        if let Some(name) = orgs.get(&p.organisation_id) {
            partner_names
                .entry(p.application_id)
                .or_default()
                .push(format!("{name} ({})", p.role));
        }
    }
    let mut out = csv::Writer::from_writer(Vec::new());
    let csv_err = |err: csv::Error| Error::Internal(format!("writing CSV: {err}"));
    out.write_record([
        "reference",
        "state",
        "lead_organisation",
        "kind",
        "country",
        "subdivision",
        "title",
        "requested",
        "co_funding",
        "currency",
        "partners",
        "submitted_at",
        "screening_reason",
    ])
    .map_err(csv_err)?;
    let currency = call.currency;
    for row in rows {
        let app = &row.application;
        let partners = partner_names.remove(&app.id).unwrap_or_default().join("; ");
        let cells = [
            app.reference.clone().unwrap_or_default(),
            row.state.as_str().to_owned(),
            row.lead.name.clone(),
            row.lead.kind.clone(),
            row.lead.country.clone(),
            row.lead.subdivision.clone().unwrap_or_default(),
            app.title.clone(),
            row.requested().to_decimal_string(currency),
            Money::from_minor(app.co_funding_minor, currency).to_decimal_string(currency),
            currency.code().to_owned(),
            partners,
            app.submitted_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
            app.screening_reason.clone().unwrap_or_default(),
        ];
        out.write_record(cells.iter().map(|c| spreadsheet_safe(c)))
            .map_err(csv_err)?;
    }
    let bytes = out
        .into_inner()
        .map_err(|err| Error::Internal(format!("writing CSV: {err}")))?;
    String::from_utf8(bytes).map_err(|err| Error::Internal(err.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_that_a_spreadsheet_would_run_are_neutralised() {
        assert_eq!(spreadsheet_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(spreadsheet_safe("+1"), "'+1");
        assert_eq!(spreadsheet_safe("-2+3"), "'-2+3");
        assert_eq!(spreadsheet_safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(spreadsheet_safe("\tcmd"), "'\tcmd");
        assert_eq!(spreadsheet_safe("Sfax"), "Sfax");
        assert_eq!(spreadsheet_safe("12500.000"), "12500.000");
    }
}
