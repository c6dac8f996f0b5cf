//! Applications for their team: starting one from a call's page, the organisation's dashboard, and the
//! application page itself (the draft's form with its questions and budget, live eligibility and
//! completeness, submission, withdrawal, the screening outcome) with the printable receipt. Partners and
//! attachments are in `application_parts`; managers' lists and screening in `applications_manage`.
//!
//! Who may see or change what, and what is valid, is decided by `domain::applications::service`; these
//! handlers read forms, call it with the server clock's `now`, and render what it returns or refuses.

use askama::Template;
use chrono::{DateTime, Utc};
use domain::applications::service::{self, ApplicationView, NextStep, PartnerView};
use domain::applications::{ApplicationAction, ApplicationState, files};
use domain::calls::questions::QuestionKind;
use domain::calls::service::{self as calls, CallView};
use domain::money::{Currency, Money};
use domain::organisations::OrganisationKind;
use domain::{Error, Message, Role};
use poem::http::StatusCode;
use poem::web::cookie::CookieJar;
use poem::web::{Data, Path, Query, Redirect};
use poem::{IntoResponse, Response, handler};
use rust_decimal::Decimal;
use serde::Deserialize;
use uuid::Uuid;

use crate::application_forms::{self, BudgetRow, QuestionField, Widget};
use crate::call_text::{self, ContentLanguage, TimeLeft};
use crate::csrf::CheckedForm;
use crate::errors::PageError;
use crate::forms::{self, Fields, FormState};
use crate::i18n::Lang;
use crate::i18n::{format, places};
use crate::layout::Localized as _;
use crate::layout::{self, Choice};
use crate::session::{self, Visitor};
use crate::{WebState, paths};

/// The fields of the partner form (add an existing organisation).
pub const PARTNER_FIELDS: Fields = &[
    ("organisation_id", "application-partner-organisation"),
    ("role", "application-partner-role"),
];
/// The fields of the form that registers a partner without an account.
pub const REGISTER_PARTNER_FIELDS: Fields = &[
    ("organisation.name", "organisation-name"),
    ("organisation.kind", "organisation-kind"),
    ("organisation.country", "organisation-country"),
    (
        "organisation.subdivision",
        "signup-organisation-subdivision",
    ),
    ("role", "application-partner-role"),
];
/// The fields of the upload form.
pub const UPLOAD_FIELDS: Fields = &[
    ("file", "application-attachment-file"),
    ("question_id", "application-attachment-question"),
];
/// The fields of the screening form.
pub const SCREEN_FIELDS: Fields = &[
    ("outcome", "application-screening-outcome"),
    ("reason", "application-screening-reason"),
];

/// An application's state in the reader's language.
pub fn state_label(lang: Lang, state: ApplicationState) -> String {
    lang.message(&state.label())
}

/// The style of a state's tag: what needs the applicant's attention stands out.
pub fn state_class(state: ApplicationState) -> &'static str {
    match state {
        ApplicationState::Draft => "tag-warning",
        ApplicationState::Submitted | ApplicationState::Eligible | ApplicationState::Selected => {
            "tag-success"
        }
        ApplicationState::Ineligible | ApplicationState::NotSelected => "tag-danger",
        ApplicationState::Waitlisted | ApplicationState::Withdrawn => "tag-muted",
    }
}

/// The catalog key of a next step (`next-step-complete-and-submit`).
pub fn next_step_key(step: NextStep) -> String {
    format!("next-step-{}", step.as_str().replace('_', "-"))
}

/// A file size people read: bytes, KiB or MiB with one decimal, in the language's number format.
pub fn file_size(lang: Lang, bytes: i64) -> String {
    const KIB: i64 = 1024;
    const MIB: i64 = 1024 * 1024;
    let tenths = |unit: i64| {
        let tenths = (bytes.saturating_mul(10) + unit / 2) / unit;
        call_text::decimal(lang, &format!("{}.{}", tenths / 10, tenths % 10))
    };
    let (key, size) = if bytes < KIB {
        ("attachment-size-bytes", bytes.to_string())
    } else if bytes < MIB {
        ("attachment-size-kib", tenths(KIB))
    } else {
        ("attachment-size-mib", tenths(MIB))
    };
    lang.t_args(key, &[("size", &size)])
}

/// A moment in the call's time zone, with the zone named.
fn in_call_zone(lang: Lang, view: &CallView, at: DateTime<Utc>) -> String {
    format::date_time(lang, at, call_text::time_zone_of(&view.call.time_zone))
}

/// The call's deadline in its time zone, or that a rolling call is open until closed.
fn deadline_of(lang: Lang, view: &CallView) -> String {
    call_text::deadline_text(
        lang,
        view.call.deadline(),
        call_text::time_zone_of(&view.call.time_zone),
    )
}

// ---------------------------------------------------------------------------------------------------------
// Starting an application

#[derive(Template)]
#[template(path = "apply.html")]
struct ApplyPage<'a> {
    visitor: &'a Visitor,
    call: CallView,
    /// The language of the call's own texts, when not the page's.
    content_language: Option<ContentLanguage>,
    deadline: String,
    form: FormState,
    possible: bool,
}
layout::localized!(ApplyPage);

fn apply_page(
    visitor: &Visitor,
    call: CallView,
    mut form: FormState,
    now: DateTime<Utc>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let mut status = status;
    let possible = match service::closed_reason(&call.call, now) {
        None => true,
        Some(reason) => {
            if !form.has_errors() {
                form.add_error("", &reason);
                status = StatusCode::CONFLICT;
            }
            false
        }
    };
    let call = call.in_language(visitor.lang.into());
    let page = ApplyPage {
        visitor,
        deadline: deadline_of(visitor.lang, &call),
        content_language: call_text::content_language(visitor.lang, &call.reading),
        call,
        form,
        possible,
    };
    layout::render(&page, status)
}

/// `GET /calls/{id}/apply`: the button that starts an application, or the one already started.
#[handler]
pub async fn apply_form(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let call = calls::get(&state.db, Some(actor), paths::parse_id(&id)?).await?;
    if let Some(existing) = service::mine_for_call(&state.db, actor, call.call.id).await? {
        return Ok(Redirect::see_other(format!("/applications/{existing}")).into_response());
    }
    actor.require_any(&[Role::Applicant])?;
    let form = FormState::new(visitor.lang, "apply", &[]);
    apply_page(visitor, call, form, state.clock.now(), StatusCode::OK)
}

/// `POST /calls/{id}/apply`: starts the draft and opens it.
#[handler]
pub async fn apply(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    _form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let call_id = paths::parse_id(&id)?;
    let now = state.clock.now();
    match service::start(&state.db, actor, call_id, now).await {
        Ok(view) => {
            session::set_flash(state, jar, "flash-application-started");
            Ok(
                Redirect::see_other(format!("/applications/{}", view.application.id))
                    .into_response(),
            )
        }
        Err(err) => {
            // A colleague started one meanwhile: that is the one to work on.
            if let Error::Conflict(_) = err
                && let Some(existing) = service::mine_for_call(&state.db, actor, call_id).await?
            {
                return Ok(Redirect::see_other(format!("/applications/{existing}")).into_response());
            }
            let call = calls::get(&state.db, Some(actor), call_id).await?;
            let mut form = FormState::new(visitor.lang, "apply", &[]);
            let status = match err {
                Error::DeadlinePassed => {
                    form.add_error("", &Message::new("error-page-deadline-passed"));
                    StatusCode::CONFLICT
                }
                other => form.absorb(other)?,
            };
            apply_page(visitor, call, form, now, status)
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// The dashboard

/// An application as the dashboard lists it.
struct DashboardRow {
    id: Uuid,
    call_title: String,
    call_code: String,
    title: String,
    state: String,
    state_class: &'static str,
    reference: Option<String>,
    requested: String,
    deadline: String,
    next_step: String,
}

#[derive(Template)]
#[template(path = "applications.html")]
struct DashboardPage<'a> {
    visitor: &'a Visitor,
    rows: Vec<DashboardRow>,
}
layout::localized!(DashboardPage);

/// `GET /applications`: the applications of the visitor's organisation, with what to do next.
#[handler]
pub async fn dashboard(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let lang = visitor.lang;
    let summaries = service::list_mine(&state.db, actor, state.clock.now()).await?;
    let rows = summaries
        .iter()
        .map(|summary| {
            let app = &summary.application;
            DashboardRow {
                id: app.id,
                call_title: summary.call_title.clone(),
                call_code: summary.call_code.clone(),
                title: app.title.clone(),
                state: state_label(lang, summary.state),
                state_class: state_class(summary.state),
                reference: app.reference.clone(),
                requested: call_text::amount(lang, summary.requested(), summary.currency),
                deadline: call_text::deadline_text(
                    lang,
                    summary.closes_at,
                    call_text::time_zone_of(&summary.time_zone),
                ),
                next_step: lang.t(&next_step_key(summary.next_step())),
            }
        })
        .collect();
    layout::ok(&DashboardPage { visitor, rows })
}

// ---------------------------------------------------------------------------------------------------------
// The application page

/// A question's answer as the read-only page shows it.
struct AnswerLine {
    prompt: String,
    answer: String,
}

/// A budget line as the read-only page shows it.
struct BudgetLine {
    category: String,
    description: String,
    amount: String,
}

/// A partner as listed.
struct PartnerRow {
    id: Uuid,
    name: String,
    kind: String,
    place: String,
    role: String,
}

/// An organisation found by the partner search.
struct CandidateRow {
    id: Uuid,
    name: String,
    kind: String,
    place: String,
}

/// An attachment as listed.
struct AttachmentRow {
    id: Uuid,
    file_name: String,
    size: String,
    media_type: String,
    question: Option<String>,
}

/// A document question and whether a file answers it.
struct DocumentLine {
    prompt: String,
    required: bool,
    attached: bool,
}

/// A line of the eligibility or completeness list.
struct CheckLine {
    ok: bool,
    text: String,
}

/// The forms of the page, each blank (or filled from the view) unless a handler brings one back with
/// what was typed and what is wrong.
#[derive(Default)]
pub struct PageForms {
    /// The draft's form, its budget rows and the version it carries.
    pub content: Option<(FormState, Vec<BudgetRow>, i32)>,
    /// Adding an existing organisation as a partner.
    pub partner: Option<FormState>,
    /// Registering a partner without an account.
    pub register: Option<FormState>,
    /// Uploading an attachment.
    pub upload: Option<FormState>,
    /// Submitting.
    pub submit: Option<FormState>,
    /// Withdrawing.
    pub withdraw: Option<FormState>,
    /// Screening (managers).
    pub screen: Option<FormState>,
    /// Deciding an application of a rolling call (managers).
    pub decide: Option<FormState>,
    /// The partner search as typed.
    pub partner_search: String,
}

#[derive(Template)]
#[template(path = "application.html")]
struct ApplicationPage<'a> {
    visitor: &'a Visitor,
    view: ApplicationView,
    /// The language of the call's own texts, when not the page's.
    content_language: Option<ContentLanguage>,
    heading: String,
    state: String,
    state_class: &'static str,
    team: bool,
    editable: bool,
    withdrawable: bool,
    closed_notice: Option<String>,
    deadline: String,
    time_left: Option<String>,
    requested: String,
    co_funding: String,
    submitted_at: Option<String>,
    verified: bool,
    screening_reason: Option<String>,
    content_form: FormState,
    budget_rows: Vec<BudgetRow>,
    content_version: i32,
    questions: Vec<QuestionField>,
    answers: Vec<AnswerLine>,
    budget_lines: Vec<BudgetLine>,
    partners: Vec<PartnerRow>,
    partner_search: String,
    candidates: Option<Vec<CandidateRow>>,
    partner_form: FormState,
    register_form: FormState,
    partner_kinds: Vec<Choice>,
    attachments: Vec<AttachmentRow>,
    documents: Vec<DocumentLine>,
    document_choices: Vec<Choice>,
    upload_form: FormState,
    accepted_types: String,
    verdicts: Vec<CheckLine>,
    checklist: Vec<CheckLine>,
    submit_form: FormState,
    withdraw_form: FormState,
    may_screen: bool,
    screen_form: FormState,
    outcome_choices: Vec<Choice>,
    /// Whether a manager may decide it on its own now (a rolling call).
    may_decide: bool,
    decide_form: FormState,
    /// The outcome and the reviewers' comments, once the call's results are published.
    results: Option<crate::selection::FeedbackSection>,
    /// Projects of the public portfolio the application may replicate.
    replication_choices: Vec<Choice>,
    /// The project it replicates: id and title.
    replicates: Option<(Uuid, String)>,
}
layout::localized!(ApplicationPage);

impl ApplicationPage<'_> {
    /// Whether the widget of a question is this one (templates cannot name enum variants of other modules).
    fn widget_is(&self, field: &QuestionField, widget: &str) -> bool {
        let wanted = match widget {
            "line" => Widget::Line,
            "area" => Widget::Area,
            "number" => Widget::Number,
            "radios" => Widget::Radios,
            _ => Widget::Checkboxes,
        };
        field.widget == wanted
    }
}

/// "Tunisia · Tunis", where an organisation is, by name in the language (lists show the kind beside it).
fn place_of(lang: Lang, country: &str, subdivision: Option<&String>) -> String {
    let country = places::country_name(lang, country);
    match subdivision {
        Some(subdivision) => format!(
            "{country} · {}",
            places::subdivision_name(lang, subdivision)
        ),
        None => country,
    }
}

fn partner_row(lang: Lang, partner: &PartnerView) -> PartnerRow {
    let organisation = &partner.organisation;
    PartnerRow {
        id: organisation.id,
        name: organisation.name.clone(),
        kind: layout::kind_label(lang, &organisation.kind),
        place: place_of(
            lang,
            &organisation.country,
            organisation.subdivision.as_ref(),
        ),
        role: partner.role.clone(),
    }
}

/// What an answer reads like: yes and no translated, choices listed (the application and score-sheet pages).
pub(crate) fn answer_text(
    lang: Lang,
    view: &ApplicationView,
    question_id: Uuid,
    kind: QuestionKind,
) -> String {
    match view.answers.get(&question_id) {
        None => lang.t("application-not-answered"),
        Some(answer) if !answer.choices.is_empty() => answer.choices.join(", "),
        Some(answer) if kind == QuestionKind::YesNo => match answer.value.as_str() {
            "yes" => lang.t("application-answer-yes"),
            _ => lang.t("application-answer-no"),
        },
        Some(answer) => answer.value.clone(),
    }
}

/// The application page for whoever may see it, with `forms` as the handlers leave them.
pub async fn application_page(
    state: &WebState,
    visitor: &Visitor,
    mut view: ApplicationView,
    forms: PageForms,
    status: StatusCode,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let lang = visitor.lang;
    view.call = view.call.in_language(lang.into());
    let content_language = call_text::content_language(lang, &view.call.reading);
    let now = state.clock.now();
    let team = actor.belongs_to(view.application.lead_organisation_id);
    let editable = team && view.editable(now);
    let currency = view.currency();
    let questions = &view.call.questions;

    let candidates = if editable && forms.partner_search.trim().chars().count() >= 2 {
        let found = service::partner_candidates(
            &state.db,
            actor,
            view.application.id,
            &forms.partner_search,
        )
        .await?;
        let already: Vec<Uuid> = view.partners.iter().map(|p| p.organisation.id).collect();
        Some(
            found
                .into_iter()
                .filter(|o| !already.contains(&o.id) && o.id != view.lead.id)
                .map(|o| CandidateRow {
                    id: o.id,
                    kind: layout::kind_label(lang, &o.kind),
                    place: place_of(lang, &o.country, o.subdivision.as_ref()),
                    name: o.name,
                })
                .collect(),
        )
    } else {
        None
    };

    let (content_form, budget_rows, content_version) = forms.content.unwrap_or_else(|| {
        let (form, rows) = application_forms::saved_form(lang, &view);
        (form, rows, view.application.version)
    });
    let closed_notice = (team && view.state == ApplicationState::Draft && !editable)
        .then(|| match service::accepting(&view.call.call, now) {
            Ok(()) => None,
            Err(Error::DeadlinePassed) => Some(lang.t("application-deadline-missed")),
            Err(_) => Some(lang.t("error-call-not-open")),
        })
        .flatten();
    let prompt_of = |id: Uuid| {
        questions
            .iter()
            .find(|q| q.id == id)
            .map(|q| q.prompt.clone())
    };
    let may_screen = actor.has(Role::Manager)
        && view
            .state
            .transition(ApplicationAction::MarkEligible)
            .is_ok();
    let screen_form = forms.screen.unwrap_or_else(|| {
        let form = FormState::new(lang, "screen", SCREEN_FIELDS);
        match view.state {
            ApplicationState::Eligible => form.with("outcome", "eligible"),
            ApplicationState::Ineligible => form.with("outcome", "ineligible").with(
                "reason",
                view.application
                    .screening_reason
                    .clone()
                    .unwrap_or_default(),
            ),
            _ => form,
        }
    });

    let results = crate::selection::feedback_section(state, actor, lang, &view).await?;
    // The public portfolio to pick an earlier project from, and the one picked (by title) to show.
    let replicable = domain::projects::learning::replicable(&state.db).await?;
    let replicates = view.application.replicates_project_id.map(|id| {
        let title = replicable
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.title.clone())
            .unwrap_or_default();
        (id, title)
    });
    let replication_choices = replicable
        .into_iter()
        .map(|p| Choice {
            value: p.id.to_string(),
            label: p.title,
            selected: false,
        })
        .collect();
    let page = ApplicationPage {
        replication_choices,
        replicates,
        content_language,
        visitor,
        results,
        heading: if view.application.title.is_empty() {
            lang.t("application-untitled")
        } else {
            view.application.title.clone()
        },
        state: state_label(lang, view.state),
        state_class: state_class(view.state),
        team,
        editable,
        withdrawable: team && view.withdrawable(now),
        closed_notice,
        deadline: deadline_of(lang, &view.call),
        time_left: editable
            .then(|| {
                view.call
                    .call
                    .deadline()
                    .and_then(|at| TimeLeft::until(now, at))
            })
            .flatten()
            .map(|left| left.phrase(lang)),
        requested: call_text::amount(lang, view.requested(), currency),
        co_funding: call_text::amount(lang, view.co_funding(), currency),
        submitted_at: view
            .application
            .submitted_at
            .map(|at| in_call_zone(lang, &view.call, at)),
        verified: view.lead.verified_at.is_some(),
        screening_reason: view.application.screening_reason.clone().filter(|_| {
            matches!(
                view.state,
                ApplicationState::Eligible | ApplicationState::Ineligible
            )
        }),
        content_form,
        budget_rows,
        content_version,
        questions: application_forms::question_fields(lang, questions),
        answers: application_forms::answerable(questions)
            .map(|q| AnswerLine {
                prompt: q.prompt.clone(),
                answer: answer_text(lang, &view, q.id, q.kind),
            })
            .collect(),
        budget_lines: view
            .budget_lines
            .iter()
            .map(|line| BudgetLine {
                category: line.category.clone(),
                description: line.description.clone(),
                amount: call_text::amount_of_minor(lang, line.amount_minor, currency),
            })
            .collect(),
        partners: view
            .partners
            .iter()
            .map(|partner| partner_row(lang, partner))
            .collect(),
        partner_search: forms.partner_search,
        candidates,
        partner_form: forms
            .partner
            .unwrap_or_else(|| FormState::new(lang, "partner", PARTNER_FIELDS)),
        register_form: forms.register.unwrap_or_else(|| {
            FormState::new(lang, "register-partner", REGISTER_PARTNER_FIELDS)
                .with("organisation.country", &view.lead.country)
        }),
        partner_kinds: OrganisationKind::ALL
            .into_iter()
            .filter(|kind| *kind != OrganisationKind::NationalAgency)
            .map(|kind| Choice {
                value: kind.as_str().to_owned(),
                label: layout::kind_label(lang, kind.as_str()),
                selected: false,
            })
            .collect(),
        attachments: view
            .attachments
            .iter()
            .map(|a| AttachmentRow {
                id: a.id,
                file_name: a.file_name.clone(),
                size: file_size(lang, a.size_bytes),
                media_type: a.media_type.clone(),
                question: a.question_id.and_then(prompt_of),
            })
            .collect(),
        documents: application_forms::document_questions(questions)
            .map(|q| DocumentLine {
                prompt: q.prompt.clone(),
                required: q.required,
                attached: view.attachments.iter().any(|a| a.question_id == Some(q.id)),
            })
            .collect(),
        document_choices: application_forms::document_questions(questions)
            .map(|q| Choice {
                value: q.id.to_string(),
                label: q.prompt.clone(),
                selected: false,
            })
            .collect(),
        upload_form: forms
            .upload
            .unwrap_or_else(|| FormState::new(lang, "upload", UPLOAD_FIELDS)),
        accepted_types: files::accepted_extensions().join(", "),
        verdicts: view
            .verdicts
            .iter()
            .map(|verdict| CheckLine {
                ok: verdict.passed,
                text: lang.message(&verdict.explanation),
            })
            .collect(),
        checklist: view
            .checklist
            .iter()
            .map(|item| CheckLine {
                ok: item.done,
                text: lang.message(&item.label),
            })
            .collect(),
        submit_form: forms
            .submit
            .unwrap_or_else(|| FormState::new(lang, "submit", &[])),
        withdraw_form: forms
            .withdraw
            .unwrap_or_else(|| FormState::new(lang, "withdraw", &[])),
        may_screen,
        screen_form,
        may_decide: actor.has(Role::Manager)
            && domain::selection::rolling::may_decide(&view.call, view.state),
        decide_form: forms
            .decide
            .unwrap_or_else(|| FormState::new(lang, "decide", &[])),
        outcome_choices: [
            ("eligible", "application-screening-eligible"),
            ("ineligible", "application-screening-ineligible"),
        ]
        .into_iter()
        .map(|(value, key)| Choice {
            value: value.to_owned(),
            label: lang.t(key),
            selected: false,
        })
        .collect(),
        view,
    };
    layout::render(&page, status)
}

/// The application `id` for the signed-in visitor (its team or a manager; anyone else gets the 404 page).
pub async fn load(
    state: &WebState,
    visitor: &Visitor,
    id: &str,
) -> Result<ApplicationView, PageError> {
    let actor = visitor.actor()?;
    Ok(service::get(&state.db, actor, paths::parse_id(id)?).await?)
}

/// Back to the application page after a change, with a notice (and at a section, if given).
pub fn changed(
    state: &WebState,
    jar: &CookieJar,
    id: Uuid,
    flash: &str,
    section: Option<&str>,
) -> Response {
    let anchor = section.map(|s| format!("#{s}")).unwrap_or_default();
    session::redirect_with_flash(state, jar, flash, format!("/applications/{id}{anchor}"))
}

/// The page's query: a partner search.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ShowQuery {
    partner_search: String,
}

/// `GET /applications/{id}`.
#[handler]
pub async fn show(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path(id): Path<String>,
    Query(query): Query<ShowQuery>,
) -> Result<Response, PageError> {
    let view = load(state, visitor, &id).await?;
    let forms = PageForms {
        partner_search: query.partner_search,
        ..PageForms::default()
    };
    application_page(state, visitor, view, forms, StatusCode::OK).await
}

/// `POST /applications/{id}`: saves the whole draft. A refused save shows the form again as typed; a save
/// refused because someone else saved first also shows, beside each field that differs, what they saved,
/// and carries the current version so that saving again keeps the visitor's (merged) version.
#[handler]
pub async fn save(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let view = load(state, visitor, &id).await?;
    let id = view.application.id;
    match save_typed(state, visitor, view, &form).await? {
        Saved::Kept(_) => Ok(changed(state, jar, id, "flash-application-saved", None)),
        Saved::Refused(page) => Ok(page),
    }
}

/// What became of the draft a form carried.
pub enum Saved {
    /// Saved (or the form carried none): the application as it now is.
    Kept(Box<ApplicationView>),
    /// Not saved: the page saying why, with everything as typed.
    Refused(Response),
}

/// Saves the draft a posted form carries, before the form's own action: every button of the application page
/// (Save, Submit, Attach, Add partner) posts the whole page, so that nothing typed is lost. A form without
/// the draft (no `version` and `title`: a page showing a submitted application, a script posting one
/// action) saves nothing.
pub async fn save_typed(
    state: &WebState,
    visitor: &Visitor,
    view: ApplicationView,
    form: &CheckedForm,
) -> Result<Saved, PageError> {
    if !(form.has("version") && form.has("title")) {
        return Ok(Saved::Kept(Box::new(view)));
    }
    let actor = visitor.actor()?;
    let lang = visitor.lang;
    let id = view.application.id;
    let reading = application_forms::read_content(form, &view.call.questions);
    let sent_version = forms::version(form);
    let result = match &sent_version {
        Ok(version) => {
            service::update(
                &state.db,
                actor,
                id,
                *version,
                &reading.input,
                state.clock.now(),
            )
            .await
        }
        Err(_) => Err(Error::stale()),
    };
    let (mut shown, rows) =
        application_forms::posted_form(lang, &view.call.questions, form, &reading);
    match result {
        Ok(saved) => Ok(Saved::Kept(Box::new(saved))),
        Err(Error::Validation(errors)) => {
            shown.add_field_errors(&errors);
            // Nothing was saved: the form keeps the version it was read at, so that a later save still
            // notices anyone else's.
            let version = sent_version.unwrap_or(view.application.version);
            let forms = PageForms {
                content: Some((shown, rows, version)),
                ..PageForms::default()
            };
            let page = application_page(
                state,
                visitor,
                view,
                forms,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await?;
            Ok(Saved::Refused(page))
        }
        Err(Error::Stale) => {
            let current = service::get(&state.db, actor, id).await?;
            shown.add_error("", &Message::new("application-stale-notice"));
            application_forms::mark_saved_meanwhile(lang, &mut shown, &current, &reading.input);
            let version = current.application.version;
            let forms = PageForms {
                content: Some((shown, rows, version)),
                ..PageForms::default()
            };
            let page =
                application_page(state, visitor, current, forms, StatusCode::CONFLICT).await?;
            Ok(Saved::Refused(page))
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST /applications/{id}/submit`: saves what was typed, submits the draft and shows the receipt; every reason it cannot be
/// submitted yet is listed on the page.
#[handler]
pub async fn submit(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let view = load(state, visitor, &id).await?;
    let id = view.application.id;
    if let Saved::Refused(page) = save_typed(state, visitor, view, &form).await? {
        return Ok(page);
    }
    match service::submit(&state.db, actor, id, state.clock.now()).await {
        Ok(_) => {
            session::set_flash(state, jar, "flash-application-submitted");
            Ok(Redirect::see_other(format!("/applications/{id}/receipt")).into_response())
        }
        Err(err) => {
            let mut shown = FormState::new(visitor.lang, "submit", &[]);
            let status = shown.absorb(err)?;
            let view = service::get(&state.db, actor, id).await?;
            let forms = PageForms {
                submit: Some(shown),
                ..PageForms::default()
            };
            application_page(state, visitor, view, forms, status).await
        }
    }
}

/// `POST /applications/{id}/withdraw`: withdraws the submission (before the deadline).
#[handler]
pub async fn withdraw(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    _form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let view = load(state, visitor, &id).await?;
    let id = view.application.id;
    match service::withdraw(&state.db, actor, id, state.clock.now()).await {
        Ok(_) => Ok(changed(state, jar, id, "flash-application-withdrawn", None)),
        Err(err) => {
            let mut shown = FormState::new(visitor.lang, "withdraw", &[]);
            let status = shown.absorb(err)?;
            let view = service::get(&state.db, actor, id).await?;
            let forms = PageForms {
                withdraw: Some(shown),
                ..PageForms::default()
            };
            application_page(state, visitor, view, forms, status).await
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// The receipt

/// What the receipt needs from the submitted snapshot (the frozen record, not the live application).
/// Fields added to the snapshot later default, so that older receipts still read.
#[derive(Debug, Deserialize)]
struct Snapshot {
    reference: String,
    submitted_at: DateTime<Utc>,
    call: SnapshotCall,
    lead: SnapshotOrganisation,
    #[serde(default)]
    partners: Vec<SnapshotPartner>,
    title: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    problem: String,
    #[serde(default)]
    objectives: String,
    #[serde(default)]
    participation_plan: String,
    #[serde(default)]
    answers: Vec<SnapshotAnswer>,
    #[serde(default)]
    budget_lines: Vec<SnapshotBudgetLine>,
    requested: String,
    #[serde(default)]
    co_funding: Option<String>,
    currency: String,
    #[serde(default)]
    attachments: Vec<SnapshotAttachment>,
}

#[derive(Debug, Deserialize)]
struct SnapshotCall {
    code: String,
    title: String,
}

#[derive(Debug, Deserialize)]
struct SnapshotOrganisation {
    name: String,
    #[serde(default)]
    kind: String,
}

#[derive(Debug, Deserialize)]
struct SnapshotPartner {
    name: String,
    #[serde(default)]
    kind: String,
    role: String,
}

#[derive(Debug, Deserialize)]
struct SnapshotAnswer {
    question_id: Uuid,
    /// The prompt when it was submitted.
    #[serde(default)]
    question: Option<String>,
    #[serde(default)]
    value: String,
    #[serde(default)]
    choices: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct SnapshotBudgetLine {
    category: String,
    description: String,
    amount: String,
}

#[derive(Debug, Deserialize)]
struct SnapshotAttachment {
    file_name: String,
    media_type: String,
    size_bytes: i64,
    sha256: String,
    #[serde(default)]
    question_id: Option<Uuid>,
}

/// A partner as the receipt lists it.
struct ReceiptPartner {
    name: String,
    kind: String,
    role: String,
}

/// An attachment as the receipt lists it.
struct ReceiptAttachment {
    file_name: String,
    media_type: String,
    size: String,
    sha256: String,
}

#[derive(Template)]
#[template(path = "receipt.html")]
struct ReceiptPage<'a> {
    visitor: &'a Visitor,
    id: Uuid,
    reference: String,
    call_title: String,
    call_code: String,
    title: String,
    summary: String,
    problem: String,
    objectives: String,
    participation_plan: String,
    /// Each question of the call with the answer as submitted (documents: the files attached to it).
    answers: Vec<AnswerLine>,
    organisation: String,
    organisation_kind: String,
    partners: Vec<ReceiptPartner>,
    submitted_at: String,
    budget_lines: Vec<BudgetLine>,
    requested: String,
    co_funding: Option<String>,
    attachments: Vec<ReceiptAttachment>,
    state: String,
}
layout::localized!(ReceiptPage);

/// What a submitted answer reads like: yes and no translated, choices listed.
fn submitted_answer(
    lang: Lang,
    kind: Option<QuestionKind>,
    answer: Option<&SnapshotAnswer>,
) -> String {
    match answer {
        None => lang.t("application-not-answered"),
        Some(answer) if !answer.choices.is_empty() => answer.choices.join(", "),
        Some(answer) if kind == Some(QuestionKind::YesNo) => match answer.value.as_str() {
            "yes" => lang.t("application-answer-yes"),
            _ => lang.t("application-answer-no"),
        },
        Some(answer) if answer.value.is_empty() => lang.t("application-not-answered"),
        Some(answer) => answer.value.clone(),
    }
}

/// The call's questions in order, each with what was submitted for it; answers to questions the call no
/// longer has come last, under the prompt they were submitted with.
fn receipt_answers(lang: Lang, call: &CallView, snapshot: &Snapshot) -> Vec<AnswerLine> {
    let mut lines: Vec<AnswerLine> = call
        .questions
        .iter()
        .map(|q| {
            let answer = if q.is_document() {
                let files: Vec<&str> = snapshot
                    .attachments
                    .iter()
                    .filter(|a| a.question_id == Some(q.id))
                    .map(|a| a.file_name.as_str())
                    .collect();
                if files.is_empty() {
                    lang.t("application-not-answered")
                } else {
                    files.join("\n")
                }
            } else {
                let given = snapshot.answers.iter().find(|a| a.question_id == q.id);
                submitted_answer(lang, Some(q.kind), given)
            };
            AnswerLine {
                prompt: q.prompt.clone(),
                answer,
            }
        })
        .collect();
    lines.extend(
        snapshot
            .answers
            .iter()
            .filter(|a| call.questions.iter().all(|q| q.id != a.question_id))
            .map(|a| AnswerLine {
                prompt: a.question.clone().unwrap_or_default(),
                answer: submitted_answer(lang, None, Some(a)),
            }),
    );
    lines
}

/// `GET /applications/{id}/receipt`: the printable copy of the application as submitted, from the frozen
/// snapshot; for the applicant's team and managers only, like the application.
#[handler]
pub async fn receipt(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let lang = visitor.lang;
    let mut view = load(state, visitor, &id).await?;
    view.call = view.call.in_language(lang.into());
    let snapshot = view.snapshot()?.ok_or(Error::NotFound)?;
    let snapshot: Snapshot = serde_json::from_value(snapshot)
        .map_err(|err| Error::internal(format!("reading the submitted snapshot: {err}")))?;
    let currency = Currency::parse(&snapshot.currency).unwrap_or_else(|_| view.currency());
    // Amounts were frozen as decimal strings of the currency; one that no longer reads is shown as stored.
    let money = |text: &str| {
        Money::parse(text, currency).map_or_else(
            |_| format!("{} {}", call_text::decimal(lang, text), currency.code()),
            |m| call_text::amount(lang, m, currency),
        )
    };
    let page = ReceiptPage {
        visitor,
        id: view.application.id,
        answers: receipt_answers(lang, &view.call, &snapshot),
        reference: snapshot.reference,
        call_title: snapshot.call.title,
        call_code: snapshot.call.code,
        title: snapshot.title,
        summary: snapshot.summary,
        problem: snapshot.problem,
        objectives: snapshot.objectives,
        participation_plan: snapshot.participation_plan,
        organisation: snapshot.lead.name,
        organisation_kind: layout::kind_label(lang, &snapshot.lead.kind),
        partners: snapshot
            .partners
            .into_iter()
            .map(|p| ReceiptPartner {
                kind: layout::kind_label(lang, &p.kind),
                name: p.name,
                role: p.role,
            })
            .collect(),
        submitted_at: in_call_zone(lang, &view.call, snapshot.submitted_at),
        budget_lines: snapshot
            .budget_lines
            .iter()
            .map(|line| BudgetLine {
                category: line.category.clone(),
                description: line.description.clone(),
                amount: money(&line.amount),
            })
            .collect(),
        requested: money(&snapshot.requested),
        co_funding: snapshot
            .co_funding
            .filter(|text| text.parse::<Decimal>().is_ok_and(|d| !d.is_zero()))
            .map(|text| money(&text)),
        attachments: snapshot
            .attachments
            .into_iter()
            .map(|a| ReceiptAttachment {
                size: file_size(lang, a.size_bytes),
                file_name: a.file_name,
                media_type: a.media_type,
                sha256: a.sha256,
            })
            .collect(),
        state: state_label(lang, view.state),
    };
    layout::ok(&page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_and_next_step_has_its_words_in_every_language() {
        let steps = [
            NextStep::CompleteAndSubmit,
            NextStep::DeadlineMissed,
            NextStep::AwaitScreening,
            NextStep::AwaitResults,
            NextStep::ReadScreening,
            NextStep::Nothing,
        ];
        for lang in Lang::ALL {
            for state in ApplicationState::ALL {
                assert!(lang.has(&state.label().key), "{lang:?} lacks {state}");
            }
            for step in steps {
                assert!(lang.has(&next_step_key(step)), "{lang:?} lacks {step:?}");
            }
        }
        assert_eq!(
            state_label(Lang::En, ApplicationState::NotSelected),
            "Not selected"
        );
    }

    #[test]
    fn file_sizes_read_in_the_largest_unit_that_fits() {
        assert_eq!(file_size(Lang::En, 532), "532 B");
        assert_eq!(file_size(Lang::En, 12_800), "12.5 KiB");
        assert_eq!(file_size(Lang::Fr, 3 * 1024 * 1024 + 200_000), "3,2 Mio");
        assert_eq!(file_size(Lang::En, 10 * 1024 * 1024), "10.0 MiB");
    }
}
