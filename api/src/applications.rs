//! The `applications` tag: drafts, partners, attachments, live eligibility and completeness, submission,
//! withdrawal, the applicant's list, and the managers' list, screening and CSV export.

use crate::strict::StrictJson;
use chrono::{DateTime, Utc};
use domain::applications::service::{self, ApplicationSummary, ApplicationView, PartnerView};
use domain::applications::{
    AnswerInput, ApplicationFilter, ApplicationState, BudgetLineInput, ContentInput, ScreeningInput,
};
use domain::organisations::Organisation;
use poem::web::Data;
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::{Attachment, AttachmentType, Json, PlainText};
use poem_openapi::{ApiResponse, Enum, Multipart, Object, OpenApi};
use uuid::Uuid;

use crate::AppState;
use crate::accounts::{ApiTags, Created};
use crate::auth::Auth;
use crate::problem::{ApiResult, request_lang};
use crate::schema::{ApplicationPage, OrganisationIn, page_request};

/// Where an application stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[oai(rename = "ApplicationState", rename_all = "snake_case")]
pub enum StateName {
    /// Being written.
    Draft,
    /// Submitted and locked; awaiting screening.
    Submitted,
    /// Screened eligible.
    Eligible,
    /// Screened ineligible (see `screening_reason`).
    Ineligible,
    /// Selected for funding.
    Selected,
    /// Qualified, not funded for now.
    Waitlisted,
    /// Not selected.
    NotSelected,
    /// Withdrawn by the applicant.
    Withdrawn,
}

impl From<ApplicationState> for StateName {
    fn from(state: ApplicationState) -> Self {
        match state {
            ApplicationState::Draft => StateName::Draft,
            ApplicationState::Submitted => StateName::Submitted,
            ApplicationState::Eligible => StateName::Eligible,
            ApplicationState::Ineligible => StateName::Ineligible,
            ApplicationState::Selected => StateName::Selected,
            ApplicationState::Waitlisted => StateName::Waitlisted,
            ApplicationState::NotSelected => StateName::NotSelected,
            ApplicationState::Withdrawn => StateName::Withdrawn,
        }
    }
}

impl From<StateName> for ApplicationState {
    fn from(state: StateName) -> Self {
        match state {
            StateName::Draft => ApplicationState::Draft,
            StateName::Submitted => ApplicationState::Submitted,
            StateName::Eligible => ApplicationState::Eligible,
            StateName::Ineligible => ApplicationState::Ineligible,
            StateName::Selected => ApplicationState::Selected,
            StateName::Waitlisted => ApplicationState::Waitlisted,
            StateName::NotSelected => ApplicationState::NotSelected,
            StateName::Withdrawn => ApplicationState::Withdrawn,
        }
    }
}

/// An answer to one of the call's questions.
#[derive(Debug, Clone, Object)]
pub struct AnswerIo {
    /// The question.
    pub question_id: Uuid,
    /// The answer: text, a decimal number, the chosen option, or `yes`/`no`.
    #[oai(default, validator(max_length = 20000))]
    pub value: String,
    /// The options picked, for a multiple-choice question.
    #[oai(default, validator(max_items = 50))]
    pub choices: Vec<String>,
}

/// A budget line.
#[derive(Debug, Clone, Object)]
pub struct BudgetLineIo {
    /// E.g. staff, equipment, events, services.
    #[oai(validator(max_length = 200))]
    pub category: String,
    /// What the money buys.
    #[oai(default, validator(max_length = 20000))]
    pub description: String,
    /// A decimal string in the call's currency, e.g. `"12000.000"`.
    #[oai(validator(max_length = 40))]
    pub amount: String,
}

/// The whole draft, as saved. The requested amount is the sum of the budget lines.
#[derive(Debug, Object)]
pub struct ApplicationIn {
    /// The version you read; a stale one gets 409 and nothing is saved.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
    /// Project title.
    #[oai(default, validator(max_length = 200))]
    pub title: String,
    /// Summary.
    #[oai(default, validator(max_length = 20000))]
    pub summary: String,
    /// The problem the pilot addresses.
    #[oai(default, validator(max_length = 20000))]
    pub problem: String,
    /// Objectives.
    #[oai(default, validator(max_length = 20000))]
    pub objectives: String,
    /// How citizens take part.
    #[oai(default, validator(max_length = 20000))]
    pub participation_plan: String,
    /// Answers; unanswered questions may be left out.
    #[oai(default, validator(max_items = 200))]
    pub answers: Vec<AnswerIo>,
    /// Budget lines.
    #[oai(default, validator(max_items = 100))]
    pub budget_lines: Vec<BudgetLineIo>,
    /// Co-funding, a decimal string; empty or absent for none.
    #[oai(default, validator(max_length = 40))]
    pub co_funding: String,
    /// The earlier funded project this application replicates, chosen from the public portfolio (a project of
    /// a call whose results are published); absent for none. Another project gets 422.
    #[oai(default)]
    pub replicates_project_id: Option<Uuid>,
}

impl From<ApplicationIn> for ContentInput {
    fn from(a: ApplicationIn) -> Self {
        ContentInput {
            title: a.title,
            summary: a.summary,
            problem: a.problem,
            objectives: a.objectives,
            participation_plan: a.participation_plan,
            answers: a
                .answers
                .into_iter()
                .map(|x| AnswerInput {
                    question_id: x.question_id,
                    value: x.value,
                    choices: x.choices,
                })
                .collect(),
            budget_lines: a
                .budget_lines
                .into_iter()
                .map(|l| BudgetLineInput {
                    category: l.category,
                    description: l.description,
                    amount: l.amount,
                })
                .collect(),
            co_funding: a.co_funding,
            replicates_project_id: a.replicates_project_id,
        }
    }
}

/// An organisation as a partner list shows it.
#[derive(Debug, Clone, Object)]
pub struct OrganisationBrief {
    /// Identifier.
    pub id: Uuid,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: String,
    /// ISO 3166-1 country.
    pub country: String,
    /// ISO 3166-2 subdivision.
    pub subdivision: Option<String>,
    /// Whether a programme manager has verified it.
    pub verified: bool,
}

impl From<&Organisation> for OrganisationBrief {
    fn from(o: &Organisation) -> Self {
        OrganisationBrief {
            id: o.id,
            name: o.name.clone(),
            kind: o.kind.clone(),
            country: o.country.clone(),
            subdivision: o.subdivision.clone(),
            verified: o.verified_at.is_some(),
        }
    }
}

/// A partner and its role.
#[derive(Debug, Clone, Object)]
pub struct PartnerOut {
    /// The organisation.
    pub organisation: OrganisationBrief,
    /// Its role in the project.
    pub role: String,
}

impl From<&PartnerView> for PartnerOut {
    fn from(p: &PartnerView) -> Self {
        PartnerOut {
            organisation: (&p.organisation).into(),
            role: p.role.clone(),
        }
    }
}

/// An attachment's metadata.
#[derive(Debug, Clone, Object)]
pub struct AttachmentOut {
    /// Identifier.
    pub id: Uuid,
    /// The document question it answers, if any.
    pub question_id: Option<Uuid>,
    /// File name as uploaded.
    pub file_name: String,
    /// Media type found in the content.
    pub media_type: String,
    /// Size in bytes.
    pub size_bytes: i64,
    /// Lowercase hex SHA-256 of the content.
    pub sha256: String,
    /// When it was uploaded.
    pub uploaded_at: DateTime<Utc>,
}

/// One eligibility rule's outcome.
#[derive(Debug, Clone, Object)]
pub struct VerdictOut {
    /// Whether the rule passes.
    pub passed: bool,
    /// Why, in the language of `Accept-Language`.
    pub explanation: String,
    /// The explanation's catalog key, for clients that translate themselves.
    pub code: String,
}

/// One item of the completeness checklist.
#[derive(Debug, Clone, Object)]
pub struct ChecklistItemOut {
    /// The field it is about (`title`, `budget_lines`, `answers.<id>`, `attachments.<question id>`).
    pub field: String,
    /// What is needed, translated.
    pub label: String,
    /// Whether it is there.
    pub done: bool,
}

/// An application with its live eligibility and completeness.
#[derive(Debug, Clone, Object)]
pub struct ApplicationOut {
    /// Identifier.
    pub id: Uuid,
    /// The call.
    pub call_id: Uuid,
    /// The call's code.
    pub call_code: String,
    /// The call's deadline; null for a rolling call, open until closed.
    pub closes_at: Option<DateTime<Utc>>,
    /// State.
    pub state: StateName,
    /// Reference number once submitted, e.g. `TUN-2026-0007`.
    pub reference: Option<String>,
    /// The lead organisation.
    pub lead: OrganisationBrief,
    /// Partners.
    pub partners: Vec<PartnerOut>,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Problem.
    pub problem: String,
    /// Objectives.
    pub objectives: String,
    /// Participation plan.
    pub participation_plan: String,
    /// Answers.
    pub answers: Vec<AnswerIo>,
    /// Budget lines.
    pub budget_lines: Vec<BudgetLineIo>,
    /// The sum of the budget lines, a decimal string.
    pub requested: String,
    /// Co-funding, a decimal string.
    pub co_funding: String,
    /// The earlier funded project this application replicates.
    pub replicates_project_id: Option<Uuid>,
    /// The call's currency (ISO 4217).
    pub currency: String,
    /// Attachments.
    pub attachments: Vec<AttachmentOut>,
    /// One verdict per eligibility rule of the call, as of now.
    pub eligibility: Vec<VerdictOut>,
    /// Whether every rule passes.
    pub eligible: bool,
    /// What a complete application needs.
    pub checklist: Vec<ChecklistItemOut>,
    /// Whether every checklist item is done.
    pub complete: bool,
    /// When it was submitted.
    pub submitted_at: Option<DateTime<Utc>>,
    /// Why it was screened as it was (the applicant sees it).
    pub screening_reason: Option<String>,
    /// When it was screened.
    pub screened_at: Option<DateTime<Utc>>,
    /// Send it back when saving; a stale version gets 409.
    pub version: i32,
    /// Started at.
    pub created_at: DateTime<Utc>,
    /// Last saved at.
    pub updated_at: DateTime<Utc>,
}

impl From<ApplicationView> for ApplicationOut {
    fn from(v: ApplicationView) -> Self {
        let lang = request_lang();
        let currency = v.currency();
        let money = |m: domain::money::Money| m.to_decimal_string(currency);
        ApplicationOut {
            id: v.application.id,
            call_id: v.call.call.id,
            call_code: v.call.call.code.clone(),
            closes_at: v.call.call.deadline(),
            state: v.state.into(),
            reference: v.application.reference.clone(),
            lead: (&v.lead).into(),
            partners: v.partners.iter().map(PartnerOut::from).collect(),
            answers: v
                .answers
                .iter()
                .map(|(id, a)| AnswerIo {
                    question_id: *id,
                    value: a.value.clone(),
                    choices: a.choices.clone(),
                })
                .collect(),
            budget_lines: v
                .budget_lines
                .iter()
                .map(|l| BudgetLineIo {
                    category: l.category.clone(),
                    description: l.description.clone(),
                    amount: money(v.call.money(l.amount_minor)),
                })
                .collect(),
            requested: money(v.requested()),
            co_funding: money(v.co_funding()),
            replicates_project_id: v.application.replicates_project_id,
            currency: currency.code().to_owned(),
            attachments: v
                .attachments
                .iter()
                .map(|a| AttachmentOut {
                    id: a.id,
                    question_id: a.question_id,
                    file_name: a.file_name.clone(),
                    media_type: a.media_type.clone(),
                    size_bytes: a.size_bytes,
                    sha256: a.sha256.clone(),
                    uploaded_at: a.uploaded_at,
                })
                .collect(),
            eligibility: v
                .verdicts
                .iter()
                .map(|verdict| VerdictOut {
                    passed: verdict.passed,
                    explanation: lang.message(&verdict.explanation),
                    code: verdict.explanation.key.clone(),
                })
                .collect(),
            eligible: v.eligible(),
            checklist: v
                .checklist
                .iter()
                .map(|item| ChecklistItemOut {
                    field: item.field.clone(),
                    label: lang.message(&item.label),
                    done: item.done,
                })
                .collect(),
            complete: v.complete(),
            title: v.application.title,
            summary: v.application.summary,
            problem: v.application.problem,
            objectives: v.application.objectives,
            participation_plan: v.application.participation_plan,
            submitted_at: v.application.submitted_at,
            screening_reason: v.application.screening_reason,
            screened_at: v.application.screened_at,
            version: v.application.version,
            created_at: v.application.created_at,
            updated_at: v.application.updated_at,
        }
    }
}

/// An application in a list.
#[derive(Debug, Clone, Object)]
pub struct ApplicationSummaryOut {
    /// Identifier.
    pub id: Uuid,
    /// The call.
    pub call_id: Uuid,
    /// The call's code.
    pub call_code: String,
    /// The call's title.
    pub call_title: String,
    /// The call's deadline; null for a rolling call, open until closed.
    pub closes_at: Option<DateTime<Utc>>,
    /// The call's display time zone.
    pub time_zone: String,
    /// State.
    pub state: StateName,
    /// Reference number once submitted.
    pub reference: Option<String>,
    /// Title.
    pub title: String,
    /// The lead organisation.
    pub lead: OrganisationBrief,
    /// The requested amount, a decimal string.
    pub requested: String,
    /// The call's currency.
    pub currency: String,
    /// What the applicant should do next: complete_and_submit, deadline_missed, await_screening,
    /// await_results, read_screening or nothing.
    pub next_step: String,
    /// When it was submitted.
    pub submitted_at: Option<DateTime<Utc>>,
    /// Version.
    pub version: i32,
}

impl From<ApplicationSummary> for ApplicationSummaryOut {
    fn from(s: ApplicationSummary) -> Self {
        ApplicationSummaryOut {
            id: s.application.id,
            call_id: s.application.call_id,
            call_code: s.call_code.clone(),
            call_title: s.call_title.clone(),
            closes_at: s.closes_at,
            time_zone: s.time_zone.clone(),
            state: s.state.into(),
            reference: s.application.reference.clone(),
            title: s.application.title.clone(),
            lead: (&s.lead).into(),
            requested: s.requested().to_decimal_string(s.currency),
            currency: s.currency.code().to_owned(),
            next_step: s.next_step().as_str().to_owned(),
            submitted_at: s.application.submitted_at,
            version: s.application.version,
        }
    }
}

/// The receipt of a submission.
#[derive(Debug, Clone, Object)]
pub struct ReceiptOut {
    /// Reference number.
    pub reference: String,
    /// When it was submitted.
    pub submitted_at: DateTime<Utc>,
    /// The application as submitted, frozen.
    pub snapshot: serde_json::Value,
}

/// Add an existing organisation as a partner.
#[derive(Debug, Object)]
pub struct PartnerIn {
    /// The organisation.
    pub organisation_id: Uuid,
    /// Its role in the project, e.g. "co-facilitates the citizen assemblies".
    #[oai(validator(max_length = 100))]
    pub role: String,
}

/// Register an organisation without an account and add it as a partner.
#[derive(Debug, Object)]
pub struct RegisterPartnerIn {
    /// The organisation (it starts unverified).
    pub organisation: OrganisationIn,
    /// Its role in the project.
    #[oai(validator(max_length = 100))]
    pub role: String,
}

/// An upload.
#[derive(Debug, Multipart)]
pub struct AttachmentIn {
    /// The file: PDF, PNG, JPEG, GIF, WebP, ODF (odt, ods, odp) or OOXML (docx, xlsx, pptx), at most
    /// 10 MiB. The type is read from the content.
    pub file: crate::uploads::StreamedUpload,
    /// The document question it answers, if any.
    pub question_id: Option<Uuid>,
}

/// Outcome of screening.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[oai(rename_all = "snake_case")]
pub enum ScreeningOutcome {
    /// Meets the call's conditions.
    Eligible,
    /// Does not (give the reason).
    Ineligible,
}

/// A screening decision.
#[derive(Debug, Object)]
pub struct ScreeningIn {
    /// The version you read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
    /// The outcome.
    pub outcome: ScreeningOutcome,
    /// Why; required when ineligible. The applicant sees it.
    #[oai(default, validator(max_length = 4000))]
    pub reason: String,
}

/// An attachment's content.
#[derive(ApiResponse)]
pub enum AttachmentContent {
    /// The file, as a download.
    #[oai(status = 200)]
    Ok(
        Attachment<poem::Body>,
        /// Always `nosniff`: browsers must not guess another type.
        #[oai(header = "X-Content-Type-Options")]
        String,
    ),
}

/// A CSV file.
#[derive(ApiResponse)]
pub enum CsvFile {
    /// The rows, with a header line.
    #[oai(status = 200, content_type = "text/csv; charset=utf-8")]
    Ok(
        PlainText<String>,
        /// Suggests a file name.
        #[oai(header = "Content-Disposition")]
        String,
    ),
}

fn filter_of(
    state: Option<StateName>,
    search: Option<String>,
    subdivision: Option<String>,
) -> ApplicationFilter {
    ApplicationFilter {
        state: state.map(ApplicationState::from),
        search,
        subdivision,
    }
}

/// Applications to calls.
pub struct ApplicationsApi;

#[OpenApi(tag = "ApiTags::Applications")]
impl ApplicationsApi {
    /// Start an application (applicants)
    ///
    /// One per organisation per call, while the call accepts submissions. A second start gets 409.
    #[oai(path = "/calls/:id/applications", method = "post")]
    async fn start(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Created<ApplicationOut>> {
        let view = service::start(&state.db, auth.actor()?, id.0, state.clock.now()).await?;
        Ok(Created::Created(Json(view.into())))
    }

    /// List a call's applications (managers)
    #[allow(clippy::too_many_arguments)]
    #[oai(path = "/calls/:id/applications", method = "get")]
    async fn list_for_call(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        /// Only this state.
        #[oai(name = "state")]
        application_state: Query<Option<StateName>>,
        /// Reference, title or lead organisation contains this.
        search: Query<Option<String>>,
        /// Only leads in this ISO 3166-2 subdivision.
        subdivision: Query<Option<String>>,
        /// Page number, from 1 (at most 1,000,000).
        #[oai(validator(minimum(value = "1"), maximum(value = "1000000")))]
        page: Query<Option<u64>>,
        /// Page size, up to 200.
        #[oai(validator(minimum(value = "1"), maximum(value = "200")))]
        limit: Query<Option<u64>>,
    ) -> ApiResult<Json<ApplicationPage>> {
        let found = service::list_for_call(
            &state.db,
            auth.actor()?,
            id.0,
            &filter_of(application_state.0, search.0, subdivision.0),
            page_request(page.0, limit.0),
            state.clock.now(),
        )
        .await?;
        Ok(Json(found.into()))
    }

    /// Export a call's applications as CSV (managers)
    ///
    /// Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
    #[oai(path = "/calls/:id/applications.csv", method = "get")]
    async fn export(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        /// Only this state.
        #[oai(name = "state")]
        application_state: Query<Option<StateName>>,
        /// Reference, title or lead organisation contains this.
        search: Query<Option<String>>,
        /// Only leads in this ISO 3166-2 subdivision.
        subdivision: Query<Option<String>>,
    ) -> ApiResult<CsvFile> {
        let csv = service::export_csv(
            &state.db,
            auth.actor()?,
            id.0,
            &filter_of(application_state.0, search.0, subdivision.0),
            state.clock.now(),
        )
        .await?;
        Ok(CsvFile::Ok(
            PlainText(csv),
            format!("attachment; filename=\"applications-{}.csv\"", id.0),
        ))
    }

    /// List my organisation's applications
    ///
    /// Newest first, with the state and the next step.
    #[oai(path = "/applications", method = "get")]
    async fn list_mine(
        &self,
        state: Data<&AppState>,
        auth: Auth,
    ) -> ApiResult<Json<Vec<ApplicationSummaryOut>>> {
        let found = service::list_mine(&state.db, auth.actor()?, state.clock.now()).await?;
        Ok(Json(found.into_iter().map(Into::into).collect()))
    }

    /// Show an application
    ///
    /// To its organisation's users and to managers; anyone else gets 404. Includes the live eligibility
    /// verdicts and the completeness checklist.
    #[oai(path = "/applications/:id", method = "get")]
    async fn get(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<ApplicationOut>> {
        Ok(Json(
            service::get(&state.db, auth.actor()?, id.0).await?.into(),
        ))
    }

    /// Save a draft
    ///
    /// The whole draft at once, with the version you read: a stale version gets 409 and nothing is saved.
    /// Only while a draft and the call accepts submissions.
    #[oai(path = "/applications/:id", method = "put")]
    async fn update(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<ApplicationIn>,
    ) -> ApiResult<Json<ApplicationOut>> {
        let version = body.0.version;
        let view = service::update(
            &state.db,
            auth.actor()?,
            id.0,
            version,
            &body.0.into(),
            state.clock.now(),
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// Find organisations to add as partners
    ///
    /// By name (at least two characters); at most 20, with only what a partner list shows.
    #[oai(path = "/applications/:id/partner-candidates", method = "get")]
    async fn partner_candidates(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        /// Part of the name (nothing is found for less than two characters).
        search: Query<Option<String>>,
    ) -> ApiResult<Json<Vec<OrganisationBrief>>> {
        let found = service::partner_candidates(
            &state.db,
            auth.actor()?,
            id.0,
            search.0.as_deref().unwrap_or_default(),
        )
        .await?;
        Ok(Json(found.iter().map(OrganisationBrief::from).collect()))
    }

    /// Add a partner
    #[oai(path = "/applications/:id/partners", method = "post")]
    async fn add_partner(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<PartnerIn>,
    ) -> ApiResult<Json<ApplicationOut>> {
        let view = service::add_partner(
            &state.db,
            auth.actor()?,
            id.0,
            body.0.organisation_id,
            &body.0.role,
            state.clock.now(),
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// Register a partner without an account
    ///
    /// Civil-society organisations often have no account: register it (unverified) and add it at once.
    #[oai(path = "/applications/:id/partners/register", method = "post")]
    async fn register_partner(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<RegisterPartnerIn>,
    ) -> ApiResult<Json<ApplicationOut>> {
        let body = body.0;
        let view = service::register_partner(
            &state.db,
            auth.actor()?,
            id.0,
            &body.organisation.into(),
            &body.role,
            state.clock.now(),
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// Remove a partner
    #[oai(
        path = "/applications/:id/partners/:organisation_id",
        method = "delete"
    )]
    async fn remove_partner(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        organisation_id: Path<Uuid>,
    ) -> ApiResult<Json<ApplicationOut>> {
        let view = service::remove_partner(
            &state.db,
            auth.actor()?,
            id.0,
            organisation_id.0,
            state.clock.now(),
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// Upload an attachment
    ///
    /// `multipart/form-data` with a `file` and an optional `question_id`. At most 10 MiB and 20 per
    /// application; the type is read from the content and a name claiming another type is refused. Refused
    /// files are not stored.
    #[oai(path = "/applications/:id/attachments", method = "post")]
    async fn upload(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: AttachmentIn,
    ) -> ApiResult<Created<ApplicationOut>> {
        let actor = auth.actor()?;
        let view = service::add_attachment(
            &state.db,
            &state.files,
            actor,
            id.0,
            body.question_id,
            body.file.file_name().unwrap_or_default(),
            body.file.file(),
            state.clock.now(),
        )
        .await?;
        Ok(Created::Created(Json(view.into())))
    }

    /// Download an attachment
    ///
    /// For the application's organisation and managers only.
    #[oai(path = "/applications/:id/attachments/:attachment_id", method = "get")]
    async fn download(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        attachment_id: Path<Uuid>,
    ) -> ApiResult<AttachmentContent> {
        let (meta, content) = service::attachment(
            &state.db,
            &state.files,
            auth.actor()?,
            id.0,
            attachment_id.0,
        )
        .await?;
        Ok(AttachmentContent::Ok(
            Attachment::new(crate::uploads::download_body(content))
                .attachment_type(AttachmentType::Attachment)
                .filename(meta.file_name),
            "nosniff".to_owned(),
        ))
    }

    /// Remove an attachment (drafts only)
    #[oai(
        path = "/applications/:id/attachments/:attachment_id",
        method = "delete"
    )]
    async fn remove_attachment(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        attachment_id: Path<Uuid>,
    ) -> ApiResult<Json<ApplicationOut>> {
        let view = service::remove_attachment(
            &state.db,
            &state.files,
            auth.actor()?,
            id.0,
            attachment_id.0,
            state.clock.now(),
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// Submit an application
    ///
    /// Refused with 422 listing every reason unless the organisation is verified, the application complete
    /// and eligible; 409 once the deadline has passed. Draws the reference number, freezes a snapshot and
    /// queues a receipt. Submitting again returns the same submission.
    #[oai(path = "/applications/:id/submit", method = "post")]
    async fn submit(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<ApplicationOut>> {
        let view = service::submit(&state.db, auth.actor()?, id.0, state.clock.now()).await?;
        Ok(Json(view.into()))
    }

    /// Withdraw a submission (before the deadline)
    #[oai(path = "/applications/:id/withdraw", method = "post")]
    async fn withdraw(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<ApplicationOut>> {
        let view = service::withdraw(&state.db, auth.actor()?, id.0, state.clock.now()).await?;
        Ok(Json(view.into()))
    }

    /// The receipt of a submission
    ///
    /// The reference, the time and the frozen snapshot of what was submitted. 404 before submission.
    #[oai(path = "/applications/:id/receipt", method = "get")]
    async fn receipt(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<ReceiptOut>> {
        let view = service::get(&state.db, auth.actor()?, id.0).await?;
        let snapshot = view.snapshot()?.ok_or(domain::Error::NotFound)?;
        let submission = view.submission.ok_or(domain::Error::NotFound)?;
        Ok(Json(ReceiptOut {
            reference: submission.reference,
            submitted_at: submission.submitted_at,
            snapshot,
        }))
    }

    /// Screen an application (managers)
    ///
    /// Eligible, or ineligible with a reason the applicant sees. May be revised until the call is decided.
    #[oai(path = "/applications/:id/screen", method = "post")]
    async fn screen(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<ScreeningIn>,
    ) -> ApiResult<Json<ApplicationOut>> {
        let body = body.0;
        let view = service::screen(
            &state.db,
            auth.actor()?,
            id.0,
            &ScreeningInput {
                eligible: body.outcome == ScreeningOutcome::Eligible,
                reason: body.reason,
                version: body.version,
            },
            state.clock.now(),
        )
        .await?;
        Ok(Json(view.into()))
    }
}
