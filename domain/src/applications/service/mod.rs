//! The services of applications: start a draft, edit it (with `version`), manage partners and attachments,
//! submit and withdraw it, and, for managers, list, screen and export a call's applications.
//!
//! Who sees what: the users of the lead organisation (the team) and programme managers; anyone else gets
//! `NotFound`, which does not reveal that the application exists. Services take `now` from the caller's
//! clock so that deadlines can be tested to the second.

mod drafts;
mod lists;
mod screening;
mod submitting;

pub use drafts::*;
pub use lists::*;
pub use screening::*;
pub use submitting::*;

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use uuid::Uuid;

use crate::applications::content::{self, Answer, ChecklistItem, Completeness};
use crate::applications::entity::{application, attachment, budget_line, partner, submission};
use crate::applications::lifecycle::ApplicationState;
use crate::calls::CallState;
use crate::calls::eligibility::{self, Applicant, Facts, Verdict};
use crate::calls::entity::call;
use crate::calls::service::{CallView, load as load_call};
use crate::money::{Currency, Money};
use crate::organisations::{self, Organisation, OrganisationKind};
use crate::{Actor, Error, Message, Result, Role, prerequisites};

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

    /// Whether the team may withdraw it at `now`: submitted, before the deadline (any time before it is
    /// screened, in a rolling call).
    pub fn withdrawable(&self, now: DateTime<Utc>) -> bool {
        self.state == ApplicationState::Submitted
            && self.call.call.deadline().is_none_or(|d| now < d)
    }

    /// The submitted snapshot, as JSON.
    pub fn snapshot(&self) -> Result<Option<serde_json::Value>> {
        self.submission
            .as_ref()
            .map(|s| {
                serde_json::from_str(&s.snapshot)
                    .map_err(|err| Error::internal(format!("stored snapshot: {err}")))
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
    /// The call's deadline; none for a rolling call.
    pub closes_at: Option<DateTime<Utc>>,
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

/// `Ok` while the call accepts submissions at `now`; otherwise why not (`DeadlinePassed`, or a conflict).
pub fn accepting(call: &call::Model, now: DateTime<Utc>) -> Result<()> {
    let state = CallState::parse(&call.state)
        .ok_or_else(|| Error::internal(format!("unknown call state {}", call.state)))?;
    if state == CallState::Open && call.deadline().is_some_and(|d| now >= d) {
        return Err(Error::DeadlinePassed);
    }
    if !state.accepts_submissions() || now < call.opens_at {
        return Err(Error::Conflict(Message::new("error-call-not-open")));
    }
    Ok(())
}

/// Why a call takes no application at `now`, for the applicant's page; `None` while it does. The same rule
/// as every write of a draft, so that the page never offers what the service would refuse.
pub fn closed_reason(call: &call::Model, now: DateTime<Utc>) -> Option<Message> {
    match accepting(call, now) {
        Ok(()) => None,
        Err(Error::DeadlinePassed) => Some(Message::new("error-page-deadline-passed")),
        Err(Error::Conflict(message)) => Some(message),
        Err(_) => Some(Message::new("error-call-not-open")),
    }
}

fn state_of(app: &application::Model) -> Result<ApplicationState> {
    ApplicationState::parse(&app.state)
        .ok_or_else(|| Error::internal(format!("unknown application state {}", app.state)))
}

fn kind_of(organisation: &Organisation) -> Result<OrganisationKind> {
    OrganisationKind::parse(&organisation.kind)
        .map_err(|_| Error::internal(format!("unknown organisation kind {}", organisation.kind)))
}

fn answers_of(app: &application::Model) -> Result<BTreeMap<Uuid, Answer>> {
    serde_json::from_str(&app.answers)
        .map_err(|err| Error::internal(format!("stored answers: {err}")))
}

async fn find(conn: &impl ConnectionTrait, id: Uuid) -> Result<application::Model> {
    application::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound)
}

/// Loads an application with everything that belongs to it, without a permission check.
pub(crate) async fn load(
    conn: &impl ConnectionTrait,
    app: application::Model,
) -> Result<ApplicationView> {
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
            organisations::entity::Column::Id.is_in(partner_rows.iter().map(|p| p.organisation_id)),
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
    let budget_lines = budget_lines_of(conn, app.id).await?;
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
    let prerequisites_held = prerequisites::held_by(conn, lead.id).await?;
    assemble(
        app,
        Parts {
            call,
            lead,
            partners,
            budget_lines,
            attachments,
            submission,
            prerequisites_held,
        },
    )
}

/// An application's budget lines, in order.
async fn budget_lines_of(
    conn: &impl ConnectionTrait,
    application_id: Uuid,
) -> Result<Vec<budget_line::Model>> {
    Ok(budget_line::Entity::find()
        .filter(budget_line::Column::ApplicationId.eq(application_id))
        .order_by_asc(budget_line::Column::Position)
        .all(conn)
        .await?)
}

/// What belongs to an application besides its own row, as loaded from the database.
struct Parts {
    call: CallView,
    lead: Organisation,
    partners: Vec<PartnerView>,
    budget_lines: Vec<budget_line::Model>,
    attachments: Vec<attachment::Model>,
    submission: Option<submission::Model>,
    prerequisites_held: Vec<Uuid>,
}

/// The view of a draft just saved: its row and budget lines read again, the rest of `before` (the call, the
/// organisations, the attachments, read before the save in the same request) kept, and what follows from the
/// content (eligibility, the checklist) worked out anew. Saves a second full load on every save.
pub(crate) async fn after_save(
    conn: &impl ConnectionTrait,
    before: ApplicationView,
) -> Result<ApplicationView> {
    let app = find(conn, before.application.id).await?;
    let budget_lines = budget_lines_of(conn, app.id).await?;
    let prerequisites_held = prerequisites::held_by(conn, before.lead.id).await?;
    assemble(
        app,
        Parts {
            call: before.call,
            lead: before.lead,
            partners: before.partners,
            budget_lines,
            attachments: before.attachments,
            submission: before.submission,
            prerequisites_held,
        },
    )
}

/// The view of an application from its row and its parts: its state, answers, eligibility and checklist.
fn assemble(app: application::Model, parts: Parts) -> Result<ApplicationView> {
    let Parts {
        call,
        lead,
        partners,
        budget_lines,
        attachments,
        submission,
        prerequisites_held,
    } = parts;
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
        prerequisites_held,
        // Without a budget nothing is requested yet, unless the call offers no money: then nothing is the request.
        requested: (!budget_lines.is_empty() || call.call.max_award_minor == 0)
            .then(|| call.money(app.requested_minor)),
        co_funding: Some(call.money(app.co_funding_minor)),
    };
    let verdicts =
        eligibility::evaluate(&call.effective_rules(), &applicant, &partner_kinds, &facts);
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
            budget_needed: call.call.max_award_minor > 0,
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

/// What a guarded write expects to find.
struct Expected {
    /// The version the caller read, when it matters.
    version: Option<i32>,
    /// The state the move starts from, when it matters.
    state: Option<ApplicationState>,
}

/// Writes `changes` (with the next version and `now`) only if the application is still as `expected`. The
/// check and the write are one statement, so of two concurrent requests exactly one wins; returns whether
/// this one did.
async fn write_if(
    conn: &impl ConnectionTrait,
    app: &application::Model,
    expected: Expected,
    mut changes: application::ActiveModel,
    now: DateTime<Utc>,
) -> Result<bool> {
    use sea_orm::sea_query::{Expr, ExprTrait};
    changes.updated_at = sea_orm::Set(now);
    let mut query = application::Entity::update_many()
        .set(changes)
        .col_expr(
            application::Column::Version,
            Expr::col(application::Column::Version).add(1),
        )
        .filter(application::Column::Id.eq(app.id));
    if let Some(version) = expected.version {
        query = query.filter(application::Column::Version.eq(version));
    }
    if let Some(state) = expected.state {
        query = query.filter(application::Column::State.eq(state.as_str()));
    }
    Ok(query.exec(conn).await?.rows_affected == 1)
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
