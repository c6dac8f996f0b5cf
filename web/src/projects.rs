//! Funded projects in the browser: the project page and the expert's technical-assistance requests.
//!
//! The page shows anyone (once the call's results are published) the award against what has been paid, as a
//! server-rendered SVG bar, the timeline of signature, milestones, reports and tranches by date with what is
//! overdue, and the indicators. The project team (users of the lead organisation) also gets its own
//! evidence, narratives and comments, and forms to add and evidence milestones, report progress and ask for
//! technical assistance; managers get forms for the dates, the signature, reviews, tranches, targets,
//! experts, termination and completion. The action plan (commitments with their OGP value, lead, milestones
//! and latest completion rating, and whether the council adopted it) is public; the team and managers add
//! commitments while it is not adopted, and rate each one in every progress report.
//!
//! Who may see and do what, and every rule, are `domain::projects`'s: each handler reads one form, calls one
//! service and redirects with a notice, or shows the page again with the form as typed and the domain's
//! messages beside its fields. Forms repeated per item (one per milestone, report, tranche or request) name
//! their inputs after the item, so that ids stay unique on the page; the domain's field names are mapped
//! onto them here.

use askama::Template;
use chrono::{DateTime, NaiveDate, Utc};
use domain::accounts::users;
use domain::calls::translations;
use domain::money::Money;
use domain::projects::learning::{Lessons, ProjectLink};
use domain::projects::plan::{self, CommitmentInput, CommitmentRating, Completion, OgpValue};
use domain::projects::schedule::Condition;
use domain::projects::service::{self, Access, IndicatorValue, ProjectView};
use domain::projects::views::{AssistanceView, MilestoneView, ReportView, TrancheView};
use domain::projects::work::{self, AssistanceStep, MilestoneInput, ReportInput, ReviewInput};
use domain::{Actor, Error, FieldError, Message};
use poem::http::{StatusCode, header};
use poem::web::cookie::CookieJar;
use poem::web::{Data, Path};
use poem::{Body, IntoResponse, Response, handler};
use rust_decimal::Decimal;
use uuid::Uuid;

use crate::call_text;
use crate::csrf::{CheckedForm, CheckedUpload};
use crate::errors::PageError;
use crate::forms::{self, Fields, FormState};
use crate::i18n::Lang;
use crate::i18n::format;
use crate::layout::Localized as _;
use crate::layout::{self, Choice};
use crate::places::Place;
use crate::session::{self, Visitor};
use crate::{WebState, paths};

/// What a table shows where there is no figure.
const NO_FIGURE: &str = "–";

const DATES_FIELDS: Fields = &[
    ("planned_start", "project-page-planned-start"),
    ("planned_end", "project-page-planned-end"),
];
const SIGN_FIELDS: Fields = &[("signed_on", "project-page-signed-on")];
const TERMINATE_FIELDS: Fields = &[("reason", "project-page-terminate-reason")];
const REPLICATES_FIELDS: Fields = &[("replicates_project_id", "replication-field")];
/// The lessons-learned parts of a final report: the domain's field, its label, and whether it is long text.
const LESSON_PARTS: [(&str, &str, bool); 4] = [
    ("what_worked", "lessons-what-worked", true),
    ("what_did_not", "lessons-what-did-not", true),
    ("to_replicate", "lessons-to-replicate", true),
    ("contact", "lessons-contact", false),
];
const MILESTONE_FIELDS: Fields = &[
    ("title", "project-page-milestone-title"),
    ("description", "project-page-milestone-description"),
    ("due_on", "project-page-due-on"),
    ("commitment_id", "commitment-milestone-of"),
    ("adoption", "commitment-milestone-adoption"),
];
const COMMITMENT_FIELDS: Fields = &[
    ("title", "commitment-field-title"),
    ("problem", "commitment-field-problem"),
    ("value", "commitment-field-value"),
    ("lead_institution", "commitment-field-lead"),
];
const ASSISTANCE_FIELDS: Fields = &[
    ("topic", "project-page-assistance-topic"),
    ("description", "project-page-assistance-description"),
];

// ---------------------------------------------------------------------------------------------------------
// Phrasing

/// A translated state with its tag style.
pub(crate) struct Tag {
    pub label: String,
    pub class: &'static str,
}

/// The catalog key of a state of one kind of item (`project-page-milestone-state-changes-requested`).
fn state_key(kind: &str, state: &str) -> String {
    format!("project-page-{kind}-state-{}", state.replace('_', "-"))
}

fn tag(lang: Lang, kind: &str, state: &str) -> Tag {
    Tag {
        label: lang.t(&state_key(kind, state)),
        class: match state {
            "accepted" | "paid" | "resolved" | "active" => "tag-success",
            "submitted" | "released" | "open" | "assigned" => "tag-warning",
            "changes_requested" | "terminated" => "tag-danger",
            _ => "tag-muted",
        },
    }
}

/// A decimal as the language writes numbers; a dash for none.
fn number(lang: Lang, value: Option<Decimal>) -> String {
    value.map_or_else(
        || NO_FIGURE.to_owned(),
        |v| call_text::decimal(lang, &v.normalize().to_string()),
    )
}

/// What a tranche waits for, in words.
fn condition_text(lang: Lang, condition: &Condition, view: &ProjectView) -> String {
    match condition {
        Condition::Signature => lang.t("project-page-condition-signature"),
        Condition::Milestone { position } => {
            let title = view
                .milestones
                .iter()
                .find(|m| m.position == *position)
                .map_or_else(String::new, |m| m.title.clone());
            lang.t_args(
                "project-page-condition-milestone",
                &[("position", &position.to_string()), ("title", &title)],
            )
        }
        Condition::Report {
            number: Some(number),
        } => lang.t_args(
            "project-page-condition-report",
            &[("number", &number.to_string())],
        ),
        Condition::Report { number: None } => lang.t("project-page-condition-final-report"),
        Condition::Date { on } => {
            lang.t_args("project-page-condition-date", &[("date", &on.to_string())])
        }
    }
}

/// When a tranche is expected: paid, released, or the date of what it waits for.
fn tranche_date(t: &TrancheView, view: &ProjectView) -> NaiveDate {
    let project = &view.project;
    if let Some(paid_on) = t.paid_on {
        return paid_on;
    }
    if let Some(released_at) = t.released_at {
        return released_at.date_naive();
    }
    match &t.condition {
        Condition::Signature => project.signed_on.unwrap_or(project.planned_start),
        Condition::Milestone { position } => view
            .milestones
            .iter()
            .find(|m| m.position == *position)
            .map_or(project.planned_end, |m| m.due_on),
        Condition::Report {
            number: Some(number),
        } => view
            .reports
            .iter()
            .find(|r| r.number == *number)
            .map_or(project.planned_end, |r| r.due_on),
        Condition::Report { number: None } => view
            .reports
            .last()
            .map_or(project.planned_end, |r| r.due_on),
        Condition::Date { on } => *on,
    }
}

/// The share of the award paid, in percent with one decimal (for the bar's width and its text).
fn paid_share(disbursed_minor: i64, awarded_minor: i64) -> String {
    if awarded_minor <= 0 {
        return "0".to_owned();
    }
    let per_mille =
        (i128::from(disbursed_minor.max(0)) * 1000 / i128::from(awarded_minor)).min(1000);
    match per_mille % 10 {
        0 => format!("{}", per_mille / 10),
        tenth => format!("{}.{tenth}", per_mille / 10),
    }
}

// ---------------------------------------------------------------------------------------------------------
// Form fields

/// The input of a form repeated per item: `evidence.<milestone id>`.
fn item_field(name: &str, id: Uuid) -> String {
    format!("{name}.{id}")
}

/// The input of one indicator's value in a report's form.
fn value_field(report_id: Uuid, indicator_id: Uuid) -> String {
    format!("value.{report_id}.{indicator_id}")
}

/// The input of one commitment's rating in a report's form.
fn rating_field(report_id: Uuid, commitment_id: Uuid) -> String {
    format!("rating.{report_id}.{commitment_id}")
}

/// The input of one indicator's target.
fn target_field(indicator_id: Uuid) -> String {
    format!("target.{indicator_id}")
}

/// The domain's field errors renamed to the page's inputs (`rename` gives the input of a domain field).
fn renamed(err: Error, rename: impl Fn(&str) -> Option<String>) -> Error {
    match err {
        Error::Validation(errors) => Error::Validation(
            errors
                .into_iter()
                .map(|mut error| {
                    if let Some(name) = rename(&error.field) {
                        error.field = name;
                    }
                    error
                })
                .collect(),
        ),
        other => other,
    }
}

/// `indicator_values[3].value` -> 3.
fn row_index(field: &str, list: &str) -> Option<usize> {
    field
        .strip_prefix(list)?
        .strip_prefix('[')?
        .split_once(']')?
        .0
        .parse()
        .ok()
}

/// A date typed into a date input (`YYYY-MM-DD`); a missing or unreadable one is a field error.
fn read_date(form: &CheckedForm, name: &str, problems: &mut Vec<FieldError>) -> Option<NaiveDate> {
    let Some(text) = form.optional(name) else {
        problems.push(FieldError::new(name, Message::new("error-required")));
        return None;
    };
    let parsed = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok();
    if parsed.is_none() {
        problems.push(FieldError::new(
            name,
            Message::new("error-date-invalid").arg("value", text),
        ));
    }
    parsed
}

/// A manager's review: which button was pressed, and the comment.
fn read_review(form: &CheckedForm, comment: &str) -> Result<ReviewInput, Error> {
    let version = forms::version(form)?;
    let accept = match form.text("decision") {
        "accept" => true,
        "changes" => false,
        _ => return Err(Error::field("decision", Message::new("error-required"))),
    };
    Ok(ReviewInput {
        accept,
        comment: form.text(comment).to_owned(),
        version,
    })
}

fn dates_form(lang: Lang) -> FormState {
    FormState::new(lang, "dates", DATES_FIELDS)
}

fn sign_form(lang: Lang) -> FormState {
    FormState::new(lang, "sign", SIGN_FIELDS)
}

fn replicates_form(lang: Lang) -> FormState {
    FormState::new(lang, "replicates", REPLICATES_FIELDS)
}

fn terminate_form(lang: Lang) -> FormState {
    FormState::new(lang, "terminate", TERMINATE_FIELDS)
}

fn milestone_form(lang: Lang) -> FormState {
    FormState::new(lang, "milestone", MILESTONE_FIELDS)
}

fn commitment_form(lang: Lang) -> FormState {
    FormState::new(lang, "commitment", COMMITMENT_FIELDS)
}

fn assistance_form(lang: Lang) -> FormState {
    FormState::new(lang, "assistance", ASSISTANCE_FIELDS)
}

fn targets_form(lang: Lang, view: &ProjectView) -> FormState {
    let mut form = FormState::new(lang, "targets", &[]);
    for i in &view.indicators {
        form.add_row_field(
            target_field(i.indicator.id),
            lang.t_args(
                "project-page-target-of",
                &[("name", &i.indicator.name), ("unit", &i.indicator.unit)],
            ),
        );
    }
    form
}

fn evidence_form(lang: Lang, m: &MilestoneView) -> FormState {
    let mut form = FormState::new(lang, "evidence", &[]);
    form.add_row_field(
        item_field("evidence", m.id),
        lang.t_args("project-page-evidence-of", &[("title", &m.title)]),
    );
    form
}

fn file_form(lang: Lang, m: &MilestoneView) -> FormState {
    let mut form = FormState::new(lang, "milestone-file", &[]);
    form.add_row_field(
        item_field("file", m.id),
        lang.t_args("project-page-file-of", &[("title", &m.title)]),
    );
    form
}

fn milestone_review_form(lang: Lang, m: &MilestoneView) -> FormState {
    let mut form = FormState::new(lang, "milestone-review", &[]);
    form.add_row_field(
        item_field("comment", m.id),
        lang.t_args("project-page-comment-on-milestone", &[("title", &m.title)]),
    );
    form
}

fn report_form(lang: Lang, r: &ReportView, view: &ProjectView) -> FormState {
    let number = r.number.to_string();
    let mut form = FormState::new(lang, "report", &[]);
    form.add_row_field(
        item_field("narrative", r.id),
        lang.t_args("project-page-narrative-of", &[("number", &number)]),
    );
    form.add_row_field(
        item_field("spending", r.id),
        lang.t_args(
            "project-page-spending-of",
            &[("number", &number), ("currency", view.currency.code())],
        ),
    );
    for i in &view.indicators {
        form.add_row_field(
            value_field(r.id, i.indicator.id),
            lang.t_args(
                "project-page-value-of",
                &[("name", &i.indicator.name), ("unit", &i.indicator.unit)],
            ),
        );
    }
    for c in &view.commitments {
        form.add_row_field(
            rating_field(r.id, c.commitment.id),
            lang.t_args("commitment-rating-of", &[("title", &c.commitment.title)]),
        );
    }
    if r.is_final {
        for (part, label, _) in LESSON_PARTS {
            form.add_row_field(item_field(part, r.id), lang.t(label));
        }
    }
    form
}

fn report_review_form(lang: Lang, r: &ReportView) -> FormState {
    let mut form = FormState::new(lang, "report-review", &[]);
    form.add_row_field(
        item_field("comment", r.id),
        lang.t_args(
            "project-page-comment-on-report",
            &[("number", &r.number.to_string())],
        ),
    );
    form
}

fn release_form(lang: Lang) -> FormState {
    FormState::new(lang, "release", &[])
}

fn pay_form(lang: Lang, t: &TrancheView) -> FormState {
    let mut form = FormState::new(lang, "pay", &[]);
    form.add_row_field(
        item_field("paid_on", t.id),
        lang.t_args(
            "project-page-paid-on-of",
            &[("position", &t.position.to_string())],
        ),
    );
    form
}

fn assign_form(lang: Lang, a: &AssistanceView) -> FormState {
    let mut form = FormState::new(lang, "assign", &[]);
    form.add_row_field(
        item_field("expert_id", a.id),
        lang.t_args("project-page-expert-of", &[("topic", &a.topic)]),
    );
    form.add_row_field(
        item_field("assign_note", a.id),
        lang.t_args("project-page-assign-note-of", &[("topic", &a.topic)]),
    );
    form
}

fn resolve_form(lang: Lang, a: &AssistanceView) -> FormState {
    let mut form = FormState::new(lang, "resolve", &[]);
    form.add_row_field(
        item_field("resolve_note", a.id),
        lang.t_args("project-page-resolve-note-of", &[("topic", &a.topic)]),
    );
    form
}

/// The notes of a request, oldest first.
fn notes_of(a: &AssistanceView) -> Vec<NoteLine> {
    a.notes
        .iter()
        .map(|n| NoteLine {
            at: n.at,
            text: n.text.clone(),
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------------------
// The project page

/// Which form of the page a failed post came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Dates,
    Sign,
    Terminate,
    Complete,
    Targets,
    AddMilestone,
    AddCommitment,
    RequestAssistance,
    Replicates,
    Evidence(Uuid),
    File(Uuid),
    MilestoneReview(Uuid),
    Report(Uuid),
    ReportReview(Uuid),
    Release(Uuid),
    Pay(Uuid),
    Assign(Uuid),
    Resolve(Uuid),
}

/// The form a failed post brings back, to put in place of its fresh one.
struct Failed(Option<(Slot, FormState)>);

impl Failed {
    fn take(&mut self, slot: Slot, fresh: impl FnOnce() -> FormState) -> FormState {
        match self.0.take() {
            Some((failed, form)) if failed == slot => form,
            other => {
                self.0 = other;
                fresh()
            }
        }
    }
}

/// One entry of the timeline.
struct TimelineItem {
    date: NaiveDate,
    kind: String,
    title: String,
    detail: Option<String>,
    state: Tag,
    overdue: bool,
    anchor: String,
}

struct IndicatorLine {
    name: String,
    unit: String,
    target: String,
    latest: String,
    target_name: String,
}

struct MilestoneLine {
    id: Uuid,
    position: i32,
    title: String,
    description: String,
    due_on: NaiveDate,
    state: Tag,
    overdue: bool,
    evidence: String,
    review_comment: Option<String>,
    version: i32,
    may_submit: bool,
    may_attach: bool,
    may_review: bool,
    evidence_name: String,
    comment_name: String,
    evidence_form: FormState,
    review_form: FormState,
    /// Files attached as evidence (team and managers).
    files: Vec<FileLine>,
    file_name: String,
    file_form: FormState,
}

/// A file attached to a milestone, with its download link.
struct FileLine {
    href: String,
    file_name: String,
    size: String,
}

/// An indicator's input in a report's form.
struct ValueInput {
    name: String,
}

struct ReportLine {
    id: Uuid,
    number: i32,
    is_final: bool,
    due_on: NaiveDate,
    state: Tag,
    overdue: bool,
    narrative: String,
    spending: Option<String>,
    values: Vec<(String, String)>,
    review_comment: Option<String>,
    version: i32,
    may_submit: bool,
    may_review: bool,
    narrative_name: String,
    spending_name: String,
    value_inputs: Vec<ValueInput>,
    comment_name: String,
    /// The lessons-learned inputs of the final report: name and whether it is long text (empty otherwise).
    lesson_inputs: Vec<(String, bool)>,
    /// One rating input per commitment of the action plan.
    rating_inputs: Vec<String>,
    /// The ratings the report gives: commitment title and rating.
    ratings: Vec<(String, String)>,
    submit_form: FormState,
    review_form: FormState,
}

/// A commitment of the action plan as the page shows it.
struct CommitmentLine {
    position: i32,
    title: String,
    problem: String,
    value: String,
    lead_institution: String,
    /// Its milestones: title and state.
    milestones: Vec<(String, Tag)>,
    /// The latest completion rating, in words, with the report that gave it.
    completion: Option<String>,
}

/// The lessons learned as the page shows them.
struct LessonsSection {
    what_worked: String,
    what_did_not: String,
    to_replicate: String,
    contact: String,
    published: bool,
    accepted_on: Option<NaiveDate>,
}

struct TrancheLine {
    id: Uuid,
    position: i32,
    amount: String,
    condition: String,
    state: Tag,
    released_at: Option<DateTime<Utc>>,
    paid_on: Option<NaiveDate>,
    may_release: bool,
    may_pay: bool,
    paid_on_name: String,
    release_form: FormState,
    pay_form: FormState,
}

pub(crate) struct NoteLine {
    pub at: DateTime<Utc>,
    pub text: String,
}

struct AssistanceLine {
    id: Uuid,
    topic: String,
    description: String,
    state: Tag,
    expert: Option<String>,
    created_at: DateTime<Utc>,
    notes: Vec<NoteLine>,
    version: i32,
    may_assign: bool,
    may_resolve: bool,
    expert_name: String,
    assign_note_name: String,
    resolve_note_name: String,
    assign_form: FormState,
    resolve_form: FormState,
}

#[derive(Template)]
#[template(path = "project.html")]
struct ProjectPage<'a> {
    visitor: &'a Visitor,
    /// The language of the call's own texts (its title, indicators, milestones), when not the page's.
    content_language: Option<call_text::ContentLanguage>,
    id: Uuid,
    title: String,
    /// The selected application's summary, as its team wrote it.
    summary: String,
    call_id: Uuid,
    call_title: String,
    programme: String,
    lead: String,
    subdivision: Place,
    /// Partners' names, as a list in the language.
    partners: String,
    status: Tag,
    health: Tag,
    termination_reason: Option<String>,
    progress: u32,
    awarded: String,
    disbursed: String,
    /// The share paid, in percent, for the bar's width.
    paid_share: String,
    /// What the bar shows, in words.
    paid_caption: String,
    planned_start: NaiveDate,
    planned_end: NaiveDate,
    signed_on: Option<NaiveDate>,
    overdue_count: u64,
    timeline: Vec<TimelineItem>,
    indicators: Vec<IndicatorLine>,
    full: bool,
    /// A manager may set the dates, the signature, the targets and the status, and pay tranches.
    may_manage: bool,
    /// The team or a manager may add milestones.
    may_add_milestone: bool,
    /// The team may ask for technical assistance.
    may_request_assistance: bool,
    milestones: Vec<MilestoneLine>,
    commitments: Vec<CommitmentLine>,
    /// Whether the action plan was adopted by the council (its adoption milestone accepted).
    plan_adopted: bool,
    /// Whether the project has an adoption milestone at all.
    has_adoption: bool,
    /// The team or a manager may add commitments: the project is active and the plan not adopted.
    may_add_commitment: bool,
    commitment_form: FormState,
    value_choices: Vec<Choice>,
    rating_choices: Vec<Choice>,
    /// The commitments a new milestone may belong to.
    commitment_choices: Vec<Choice>,
    reports: Vec<ReportLine>,
    tranches: Vec<TrancheLine>,
    assistance: Vec<AssistanceLine>,
    version: i32,
    dates_form: FormState,
    sign_form: FormState,
    terminate_form: FormState,
    complete_form: FormState,
    targets_form: FormState,
    milestone_form: FormState,
    assistance_form: FormState,
    expert_choices: Vec<Choice>,
    /// The peer exchanges the project is invited to (team and managers only).
    exchanges: Vec<crate::exchanges::TeamExchange>,
    lessons: Option<LessonsSection>,
    replicates: Option<ProjectLink>,
    replications: Vec<ProjectLink>,
    replication_count: u64,
    /// The team or a manager may declare the project it replicates.
    may_set_replicates: bool,
    replicates_form: FormState,
    replication_choices: Vec<Choice>,
}
layout::localized!(ProjectPage);

fn today(state: &WebState) -> NaiveDate {
    state.clock.now().date_naive()
}

/// The timeline: the signature, milestones, reports and tranches by date (in that order on the same day).
fn timeline(lang: Lang, view: &ProjectView) -> Vec<TimelineItem> {
    let project = &view.project;
    let mut items = vec![match project.signed_on {
        Some(on) => TimelineItem {
            date: on,
            kind: lang.t("project-page-kind-agreement"),
            title: lang.t("project-page-agreement-signed"),
            detail: None,
            state: Tag {
                label: lang.t("project-page-signed"),
                class: "tag-success",
            },
            overdue: false,
            anchor: "agreement".into(),
        },
        None => TimelineItem {
            date: project.planned_start,
            kind: lang.t("project-page-kind-agreement"),
            title: lang.t("project-page-agreement"),
            detail: None,
            state: Tag {
                label: lang.t("project-page-not-signed"),
                class: "tag-muted",
            },
            overdue: false,
            anchor: "agreement".into(),
        },
    }];
    items.extend(view.milestones.iter().map(|m| TimelineItem {
        date: m.due_on,
        kind: lang.t("project-page-kind-milestone"),
        title: format!("{}. {}", m.position, m.title),
        detail: None,
        state: tag(lang, "milestone", m.state.as_str()),
        overdue: m.overdue,
        anchor: format!("milestone-{}", m.position),
    }));
    items.extend(view.reports.iter().map(|r| TimelineItem {
        date: r.due_on,
        kind: lang.t("project-page-kind-report"),
        title: report_title(lang, r.number, r.is_final),
        detail: None,
        state: tag(lang, "report", r.state.as_str()),
        overdue: r.overdue,
        anchor: format!("report-{}", r.number),
    }));
    items.extend(view.tranches.iter().map(|t| TimelineItem {
        date: tranche_date(t, view),
        kind: lang.t("project-page-kind-tranche"),
        title: lang.t_args(
            "project-page-tranche-title",
            &[
                ("position", &t.position.to_string()),
                (
                    "amount",
                    &call_text::amount_of_minor(lang, t.amount_minor, view.currency),
                ),
            ],
        ),
        detail: Some(match t.paid_on {
            Some(on) => lang.t_args("project-page-paid-on-date", &[("date", &on.to_string())]),
            None => condition_text(lang, &t.condition, view),
        }),
        state: tag(lang, "tranche", t.state.as_str()),
        overdue: false,
        anchor: format!("tranche-{}", t.position),
    }));
    // Stable: on the same day the order above holds (a tranche after the milestone it waits for).
    items.sort_by_key(|item| item.date);
    items
}

/// An OGP value in words.
fn value_label(lang: Lang, value: OgpValue) -> String {
    lang.t(&format!(
        "commitment-value-{}",
        value.as_str().replace('_', "-")
    ))
}

/// A completion rating in words.
fn completion_label(lang: Lang, rating: Completion) -> String {
    lang.t(&format!(
        "commitment-completion-{}",
        rating.as_str().replace('_', "-")
    ))
}

fn report_title(lang: Lang, number: i32, is_final: bool) -> String {
    let key = if is_final {
        "project-page-report-final-title"
    } else {
        "project-page-report-title"
    };
    lang.t_args(key, &[("number", &number.to_string())])
}

async fn project_page(
    state: &WebState,
    visitor: &Visitor,
    view: ProjectView,
    failed: Option<(Slot, FormState)>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let lang = visitor.lang;
    let (view, reading) = translations::project_in_language(&state.db, view, lang.into()).await?;
    let today = today(state);
    let mut failed = Failed(failed);
    let allowed = view.project.allowed;
    let money = |minor: i64| call_text::amount_of_minor(lang, minor, view.currency);
    // Users' names and emails are for managers' eyes (they name assigned experts), whatever they may do here.
    let manager = view.access == Access::Manager;
    let expert_choices = match (manager, visitor.actor.as_ref()) {
        (true, Some(actor)) => users::active_choices(&state.db, actor)
            .await?
            .into_iter()
            .map(|u| Choice {
                value: u.id.to_string(),
                label: format!("{} ({})", u.name, u.email),
                selected: false,
            })
            .collect(),
        _ => Vec::new(),
    };
    let indicators = view
        .indicators
        .iter()
        .map(|i| IndicatorLine {
            name: i.indicator.name.clone(),
            unit: i.indicator.unit.clone(),
            target: number(lang, i.target),
            latest: number(lang, i.latest),
            target_name: target_field(i.indicator.id),
        })
        .collect();
    let milestones = view
        .milestones
        .iter()
        .map(|m| MilestoneLine {
            id: m.id,
            position: m.position,
            title: m.title.clone(),
            description: m.description.clone(),
            due_on: m.due_on,
            state: tag(lang, "milestone", m.state.as_str()),
            overdue: m.overdue,
            evidence: m.evidence.clone(),
            review_comment: m.review_comment.clone(),
            version: m.version,
            may_submit: m.allowed.submit_evidence,
            may_attach: m.allowed.attach_file,
            may_review: m.allowed.review,
            evidence_name: item_field("evidence", m.id),
            comment_name: item_field("comment", m.id),
            evidence_form: failed.take(Slot::Evidence(m.id), || {
                evidence_form(lang, m).with(&item_field("evidence", m.id), &m.evidence)
            }),
            review_form: failed.take(Slot::MilestoneReview(m.id), || {
                milestone_review_form(lang, m)
            }),
            files: m
                .files
                .iter()
                .map(|f| FileLine {
                    href: format!(
                        "/projects/{}/milestones/{}/attachments/{}",
                        view.project.id, m.id, f.id
                    ),
                    file_name: f.file_name.clone(),
                    size: lang.t_args(
                        "project-page-file-size",
                        &[("kib", &((f.size_bytes.max(0) + 1023) / 1024).to_string())],
                    ),
                })
                .collect(),
            file_name: item_field("file", m.id),
            file_form: failed.take(Slot::File(m.id), || file_form(lang, m)),
        })
        .collect();
    let reports = view
        .reports
        .iter()
        .map(|r| {
            let values = &r.indicator_values;
            let ratings = &r.commitment_ratings;
            let spending = r
                .spending_minor
                .map(|m| Money::from_minor(m, view.currency).to_decimal_string(view.currency));
            ReportLine {
                id: r.id,
                number: r.number,
                is_final: r.is_final,
                due_on: r.due_on,
                state: tag(lang, "report", r.state.as_str()),
                overdue: r.overdue,
                narrative: r.narrative.clone(),
                spending: r.spending_minor.map(money),
                values: values
                    .iter()
                    .filter_map(|v| {
                        let i = view
                            .indicators
                            .iter()
                            .find(|i| i.indicator.id == v.indicator_id)?;
                        Some((
                            format!("{} ({})", i.indicator.name, i.indicator.unit),
                            number(lang, v.value.parse().ok()),
                        ))
                    })
                    .collect(),
                review_comment: r.review_comment.clone(),
                version: r.version,
                may_submit: r.allowed.submit,
                may_review: r.allowed.review,
                narrative_name: item_field("narrative", r.id),
                spending_name: item_field("spending", r.id),
                value_inputs: view
                    .indicators
                    .iter()
                    .map(|i| ValueInput {
                        name: value_field(r.id, i.indicator.id),
                    })
                    .collect(),
                comment_name: item_field("comment", r.id),
                lesson_inputs: if r.is_final {
                    LESSON_PARTS
                        .iter()
                        .map(|(part, _, long)| (item_field(part, r.id), *long))
                        .collect()
                } else {
                    Vec::new()
                },
                rating_inputs: view
                    .commitments
                    .iter()
                    .map(|c| rating_field(r.id, c.commitment.id))
                    .collect(),
                ratings: ratings
                    .iter()
                    .filter_map(|rating| {
                        let c = view
                            .commitments
                            .iter()
                            .find(|c| c.commitment.id == rating.commitment_id)?;
                        Some((
                            c.commitment.title.clone(),
                            completion_label(lang, Completion::parse(&rating.rating)?),
                        ))
                    })
                    .collect(),
                // A report sent back for changes starts from what was sent.
                submit_form: failed.take(Slot::Report(r.id), || {
                    let mut form = report_form(lang, r, &view)
                        .with(&item_field("narrative", r.id), &r.narrative)
                        .with(&item_field("spending", r.id), spending.unwrap_or_default());
                    for v in values {
                        form = form.with(&value_field(r.id, v.indicator_id), &v.value);
                    }
                    for rating in ratings {
                        form = form.with(&rating_field(r.id, rating.commitment_id), &rating.rating);
                    }
                    if let Some(lessons) = &r.lessons {
                        for (part, value) in [
                            ("what_worked", &lessons.what_worked),
                            ("what_did_not", &lessons.what_did_not),
                            ("to_replicate", &lessons.to_replicate),
                            ("contact", &lessons.contact),
                        ] {
                            if !value.is_empty() {
                                form = form.with(&item_field(part, r.id), value);
                            }
                        }
                    }
                    form
                }),
                review_form: failed.take(Slot::ReportReview(r.id), || report_review_form(lang, r)),
            }
        })
        .collect();
    let tranches = view
        .tranches
        .iter()
        .map(|t| TrancheLine {
            id: t.id,
            position: t.position,
            amount: money(t.amount_minor),
            condition: condition_text(lang, &t.condition, &view),
            state: tag(lang, "tranche", t.state.as_str()),
            released_at: t.released_at,
            paid_on: t.paid_on,
            may_release: t.allowed.release,
            may_pay: t.allowed.pay,
            paid_on_name: item_field("paid_on", t.id),
            release_form: failed.take(Slot::Release(t.id), || release_form(lang)),
            pay_form: failed.take(Slot::Pay(t.id), || {
                pay_form(lang, t).with(&item_field("paid_on", t.id), today)
            }),
        })
        .collect();
    let assistance = view
        .assistance
        .iter()
        .map(|a| AssistanceLine {
            id: a.id,
            topic: a.topic.clone(),
            description: a.description.clone(),
            state: tag(lang, "assistance", a.state.as_str()),
            expert: a.expert_id.map(|expert| {
                expert_choices
                    .iter()
                    .find(|c| c.value == expert.to_string())
                    .map_or_else(
                        || lang.t("project-page-expert-assigned"),
                        |c| c.label.clone(),
                    )
            }),
            created_at: a.created_at,
            notes: notes_of(a),
            version: a.version,
            may_assign: a.allowed.assign,
            may_resolve: a.allowed.resolve,
            expert_name: item_field("expert_id", a.id),
            assign_note_name: item_field("assign_note", a.id),
            resolve_note_name: item_field("resolve_note", a.id),
            assign_form: failed.take(Slot::Assign(a.id), || {
                let form = assign_form(lang, a);
                match a.expert_id {
                    Some(expert) => form.with(&item_field("expert_id", a.id), expert),
                    None => form,
                }
            }),
            resolve_form: failed.take(Slot::Resolve(a.id), || resolve_form(lang, a)),
        })
        .collect();
    let commitments = view
        .commitments
        .iter()
        .map(|c| CommitmentLine {
            position: c.commitment.position,
            title: c.commitment.title.clone(),
            problem: c.commitment.problem.clone(),
            value: value_label(lang, c.commitment.value),
            lead_institution: c.commitment.lead_institution.clone(),
            milestones: view
                .milestones
                .iter()
                .filter(|m| m.commitment_id == Some(c.commitment.id))
                .map(|m| (m.title.clone(), tag(lang, "milestone", m.state.as_str())))
                .collect(),
            completion: c.latest.zip(c.rated_in).map(|(latest, number)| {
                lang.t_args(
                    "commitment-completion-in-report",
                    &[
                        ("rating", &completion_label(lang, latest)),
                        ("number", &number.to_string()),
                    ],
                )
            }),
        })
        .collect();
    let may_add_commitment = allowed.add_commitment;
    let value_choices = OgpValue::ALL
        .into_iter()
        .map(|v| Choice {
            value: v.as_str().to_owned(),
            label: value_label(lang, v),
            selected: false,
        })
        .collect();
    let rating_choices = Completion::ALL
        .into_iter()
        .map(|c| Choice {
            value: c.as_str().to_owned(),
            label: completion_label(lang, c),
            selected: false,
        })
        .collect();
    let project = &view.project;
    let paid = paid_share(view.disbursed_minor, project.awarded_minor);
    let dates_form = failed.take(Slot::Dates, || {
        dates_form(lang)
            .with("planned_start", project.planned_start)
            .with("planned_end", project.planned_end)
    });
    let sign_form = failed.take(Slot::Sign, || {
        sign_form(lang).with("signed_on", project.signed_on.unwrap_or(today))
    });
    let targets_form = failed.take(Slot::Targets, || {
        view.indicators
            .iter()
            .fold(targets_form(lang, &view), |form, i| match i.target {
                Some(target) => form.with(&target_field(i.indicator.id), target.normalize()),
                None => form,
            })
    });
    let may_set_replicates = allowed.set_replicates;
    let replication_choices = if may_set_replicates {
        domain::projects::learning::replicable(&state.db)
            .await?
            .into_iter()
            .filter(|p| p.id != project.id)
            .map(|p| Choice {
                value: p.id.to_string(),
                label: p.title,
                selected: false,
            })
            .collect()
    } else {
        Vec::new()
    };
    let replicates_form = failed.take(Slot::Replicates, || match project.replicates_project_id {
        Some(earlier) => replicates_form(lang).with("replicates_project_id", earlier),
        None => replicates_form(lang),
    });
    let lessons = view.lessons.as_ref().map(|l| LessonsSection {
        what_worked: l.lessons.what_worked.clone(),
        what_did_not: l.lessons.what_did_not.clone(),
        to_replicate: l.lessons.to_replicate.clone(),
        contact: l.lessons.contact.clone(),
        published: l.published,
        accepted_on: l.accepted_at.map(|at| at.date_naive()),
    });
    let page = ProjectPage {
        lessons,
        replicates: view.replicates.clone(),
        replications: view.replications.clone(),
        replication_count: u64::try_from(view.replications.len()).unwrap_or(u64::MAX),
        may_set_replicates,
        replicates_form,
        replication_choices,
        visitor,
        content_language: call_text::content_language(lang, &reading),
        id: project.id,
        title: project.title.clone(),
        summary: view.summary.clone(),
        call_id: view.call.id,
        call_title: view.call.title.clone(),
        programme: view.programme.clone(),
        lead: view.lead.name.clone(),
        subdivision: Place::subdivision_opt(lang, view.lead.subdivision.as_deref()),
        partners: view
            .partners
            .iter()
            .map(|p| p.name.clone())
            .collect::<Vec<_>>()
            .join(&lang.t("list-separator")),
        status: tag(lang, "status", project.status.as_str()),
        health: Tag {
            label: lang.message(&view.health.label()),
            class: crate::portfolio::health_class(view.health),
        },
        termination_reason: project.termination_reason.clone(),
        progress: view.progress,
        awarded: money(project.awarded_minor),
        disbursed: money(view.disbursed_minor),
        paid_caption: lang.t_args(
            "project-page-paid-caption",
            &[
                ("disbursed", &money(view.disbursed_minor)),
                ("awarded", &money(project.awarded_minor)),
                (
                    "percent",
                    &format::percent(lang, paid.parse().unwrap_or_default()),
                ),
            ],
        ),
        paid_share: paid,
        planned_start: project.planned_start,
        planned_end: project.planned_end,
        signed_on: project.signed_on,
        overdue_count: u64::try_from(view.overdue.len()).unwrap_or(u64::MAX),
        timeline: timeline(lang, &view),
        indicators,
        full: view.access.full(),
        may_manage: allowed.manage,
        may_add_milestone: allowed.add_milestone,
        may_request_assistance: allowed.request_assistance,
        milestones,
        commitments,
        plan_adopted: view.adopted,
        has_adoption: view.milestones.iter().any(|m| m.adoption),
        may_add_commitment,
        commitment_form: failed.take(Slot::AddCommitment, || commitment_form(lang)),
        value_choices,
        rating_choices,
        commitment_choices: view
            .commitments
            .iter()
            .map(|c| Choice {
                value: c.commitment.id.to_string(),
                label: format!("{}. {}", c.commitment.position, c.commitment.title),
                selected: false,
            })
            .collect(),
        reports,
        tranches,
        assistance,
        version: project.version,
        dates_form,
        sign_form,
        terminate_form: failed.take(Slot::Terminate, || terminate_form(lang)),
        complete_form: failed.take(Slot::Complete, || FormState::new(lang, "complete", &[])),
        targets_form,
        milestone_form: failed.take(Slot::AddMilestone, || milestone_form(lang)),
        assistance_form: failed.take(Slot::RequestAssistance, || assistance_form(lang)),
        expert_choices,
        exchanges: crate::exchanges::of_project(state, visitor, project.id).await?,
    };
    layout::render(&page, status)
}

/// `GET /projects/{id}`: anyone once the call's results are published; the team and managers always, in
/// full. Otherwise the 404 page.
#[handler]
pub async fn show(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let view = service::get(
        &state.db,
        visitor.actor.as_ref(),
        paths::parse_id(&id)?,
        today(state),
    )
    .await?;
    project_page(state, visitor, view, None, StatusCode::OK).await
}

// ---------------------------------------------------------------------------------------------------------
// The page's forms

/// The item of the project a path names: one the viewer sees, or `NotFound` (an item of another project too).
fn item<T: Clone>(items: &[T], id: &str, id_of: impl Fn(&T) -> Uuid) -> Result<T, PageError> {
    let id = paths::parse_id(id)?;
    items
        .iter()
        .find(|i| id_of(i) == id)
        .cloned()
        .ok_or(PageError::Domain(Error::NotFound))
}

/// A form posted from the project page: the project as the poster may see it (404 for someone who may not
/// see it at all), and what to do after the service answered.
struct Posted<'a> {
    state: &'a WebState,
    visitor: &'a Visitor,
    jar: &'a CookieJar,
    view: ProjectView,
    today: NaiveDate,
}

impl<'a> Posted<'a> {
    async fn load(
        state: &'a WebState,
        visitor: &'a Visitor,
        jar: &'a CookieJar,
        id: &str,
    ) -> Result<Posted<'a>, PageError> {
        let actor = visitor.actor()?;
        let today = today(state);
        let view = service::get(&state.db, Some(actor), paths::parse_id(id)?, today).await?;
        Ok(Posted {
            state,
            visitor,
            jar,
            view,
            today,
        })
    }

    fn lang(&self) -> Lang {
        self.visitor.lang
    }

    fn id(&self) -> Uuid {
        self.view.project.id
    }

    fn milestone(&self, id: &str) -> Result<MilestoneView, PageError> {
        item(&self.view.milestones, id, |m| m.id)
    }

    fn report(&self, id: &str) -> Result<ReportView, PageError> {
        item(&self.view.reports, id, |r| r.id)
    }

    fn tranche(&self, id: &str) -> Result<TrancheView, PageError> {
        item(&self.view.tranches, id, |t| t.id)
    }

    fn request(&self, id: &str) -> Result<AssistanceView, PageError> {
        item(&self.view.assistance, id, |a| a.id)
    }

    /// Back to the project at `anchor` with a notice; or the page again with `shown` (the form as typed)
    /// carrying what the domain said, and the project as it is now (so that its versions are current).
    async fn done(
        self,
        result: Result<(), Error>,
        (slot, mut shown): (Slot, FormState),
        flash: &str,
        anchor: &str,
    ) -> Result<Response, PageError> {
        let id = self.id();
        let Err(err) = result else {
            return Ok(session::redirect_with_flash(
                self.state,
                self.jar,
                flash,
                format!("/projects/{id}#{anchor}"),
            ));
        };
        let status = show_error(&mut shown, err)?;
        let view =
            service::get(&self.state.db, self.visitor.actor.as_ref(), id, self.today).await?;
        project_page(self.state, self.visitor, view, Some((slot, shown)), status).await
    }
}

/// Puts an error a form can show on it and returns the status to show it with; anything else is for the
/// error pages.
fn show_error(shown: &mut FormState, err: Error) -> Result<StatusCode, PageError> {
    match err {
        // Someone changed the item meanwhile: what was typed stays, the page shows the item as it is now.
        Error::Stale => {
            shown.add_error("", &Message::new("project-page-stale"));
            Ok(StatusCode::CONFLICT)
        }
        Error::InvalidTransition { .. } => {
            shown.add_error("", &Message::new("error-page-invalid-transition"));
            Ok(StatusCode::CONFLICT)
        }
        other => shown.absorb(other),
    }
}

/// `POST /projects/{id}/dates`: managers set the planned dates.
#[handler]
pub async fn set_dates(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let posted = Posted::load(state, visitor, jar, &id).await?;
    let mut problems = Vec::new();
    let start = read_date(&form, "planned_start", &mut problems);
    let end = read_date(&form, "planned_end", &mut problems);
    let result = match (forms::version(&form), start, end) {
        (Err(stale), _, _) => Err(stale),
        (Ok(version), Some(start), Some(end)) => service::set_dates(
            &state.db,
            visitor.actor()?,
            posted.id(),
            version,
            start,
            end,
            posted.today,
        )
        .await
        .map(drop),
        _ => Err(Error::Validation(problems)),
    };
    let shown = dates_form(posted.lang()).keeping(&form, &[]);
    posted
        .done(
            result,
            (Slot::Dates, shown),
            "flash-project-dates-saved",
            "manage",
        )
        .await
}

/// `POST /projects/{id}/replicates`: the team or a manager declares the earlier project this one replicates
/// (blank clears it).
#[handler]
pub async fn set_replicates(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let posted = Posted::load(state, visitor, jar, &id).await?;
    // Anything but a project id is no project at all, which the domain refuses.
    let earlier = match form.text("replicates_project_id").trim() {
        "" => None,
        typed => Some(typed.parse().unwrap_or(Uuid::nil())),
    };
    let result = match forms::version(&form) {
        Ok(version) => domain::projects::learning::set_replicates(
            &state.db,
            visitor.actor()?,
            posted.id(),
            version,
            earlier,
            posted.today,
        )
        .await
        .map(drop),
        Err(stale) => Err(stale),
    };
    let shown = replicates_form(posted.lang()).keeping(&form, &[]);
    posted
        .done(
            result,
            (Slot::Replicates, shown),
            "flash-project-replicates-set",
            "learning",
        )
        .await
}

/// `POST /projects/{id}/sign`: managers record the signature of the grant agreement.
#[handler]
pub async fn sign(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let posted = Posted::load(state, visitor, jar, &id).await?;
    let mut problems = Vec::new();
    let signed_on = read_date(&form, "signed_on", &mut problems);
    let result = match (forms::version(&form), signed_on) {
        (Err(stale), _) => Err(stale),
        (Ok(version), Some(signed_on)) => service::sign(
            &state.db,
            visitor.actor()?,
            posted.id(),
            version,
            signed_on,
            posted.today,
        )
        .await
        .map(drop),
        _ => Err(Error::Validation(problems)),
    };
    let shown = sign_form(posted.lang()).keeping(&form, &[]);
    posted
        .done(
            result,
            (Slot::Sign, shown),
            "flash-project-signed",
            "manage",
        )
        .await
}

/// `POST /projects/{id}/terminate`: managers end a project early, saying why.
#[handler]
pub async fn terminate(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let posted = Posted::load(state, visitor, jar, &id).await?;
    let result = match forms::version(&form) {
        Ok(version) => service::terminate(
            &state.db,
            visitor.actor()?,
            posted.id(),
            version,
            form.text("reason"),
            posted.today,
        )
        .await
        .map(drop),
        Err(stale) => Err(stale),
    };
    let shown = terminate_form(posted.lang()).keeping(&form, &[]);
    posted
        .done(
            result,
            (Slot::Terminate, shown),
            "flash-project-terminated",
            "top",
        )
        .await
}

/// `POST /projects/{id}/complete`: managers mark a project completed once its final report is accepted.
#[handler]
pub async fn complete(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let posted = Posted::load(state, visitor, jar, &id).await?;
    let result = match forms::version(&form) {
        Ok(version) => service::complete(
            &state.db,
            visitor.actor()?,
            posted.id(),
            version,
            posted.today,
        )
        .await
        .map(drop),
        Err(stale) => Err(stale),
    };
    let shown = FormState::new(posted.lang(), "complete", &[]);
    posted
        .done(
            result,
            (Slot::Complete, shown),
            "flash-project-completed",
            "top",
        )
        .await
}

/// `POST /projects/{id}/targets`: managers set a target per indicator of the call (blank removes it).
#[handler]
pub async fn set_targets(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let posted = Posted::load(state, visitor, jar, &id).await?;
    let indicators: Vec<Uuid> = posted
        .view
        .indicators
        .iter()
        .map(|i| i.indicator.id)
        .collect();
    let targets: Vec<(Uuid, String)> = indicators
        .iter()
        .map(|id| (*id, form.text(&target_field(*id)).to_owned()))
        .collect();
    let result = work::set_targets(
        &state.db,
        visitor.actor()?,
        posted.id(),
        &targets,
        posted.today,
    )
    .await
    .map(drop);
    // The domain names `targets[i].target` after the i-th indicator sent: all of them, in order.
    let result = result.map_err(|err| {
        renamed(err, |field| {
            row_index(field, "targets")
                .and_then(|i| indicators.get(i))
                .map(|id| target_field(*id))
        })
    });
    let shown = targets_form(posted.lang(), &posted.view).keeping(&form, &[]);
    posted
        .done(
            result,
            (Slot::Targets, shown),
            "flash-project-targets-saved",
            "indicators",
        )
        .await
}

/// `POST /projects/{id}/milestones`: the team or a manager adds a milestone.
#[handler]
pub async fn add_milestone(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let posted = Posted::load(state, visitor, jar, &id).await?;
    let mut problems = Vec::new();
    let due_on = read_date(&form, "due_on", &mut problems);
    let result = match due_on {
        Some(due_on) => work::add_milestone(
            &state.db,
            visitor.actor()?,
            posted.id(),
            &MilestoneInput {
                title: form.text("title").to_owned(),
                description: form.text("description").to_owned(),
                due_on,
                commitment_id: form
                    .optional("commitment_id")
                    .and_then(|id| Uuid::parse_str(id).ok()),
                adoption: form.optional("adoption").is_some(),
            },
            posted.today,
        )
        .await
        .map(drop),
        None => Err(Error::Validation(problems)),
    };
    let shown = milestone_form(posted.lang()).keeping(&form, &[]);
    posted
        .done(
            result,
            (Slot::AddMilestone, shown),
            "flash-project-milestone-added",
            "milestones",
        )
        .await
}

/// `POST /projects/{id}/commitments`: the team or a manager adds a commitment to the action plan.
#[handler]
pub async fn add_commitment(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let posted = Posted::load(state, visitor, jar, &id).await?;
    let result = plan::add_commitment(
        &state.db,
        visitor.actor()?,
        posted.id(),
        &CommitmentInput {
            title: form.text("title").to_owned(),
            problem: form.text("problem").to_owned(),
            value: form.text("value").to_owned(),
            lead_institution: form.text("lead_institution").to_owned(),
        },
        state.clock.now(),
    )
    .await
    .map(drop);
    let shown = commitment_form(posted.lang()).keeping(&form, &[]);
    posted
        .done(
            result,
            (Slot::AddCommitment, shown),
            "flash-project-commitment-added",
            "commitments",
        )
        .await
}

/// `POST /projects/{id}/milestones/{milestone_id}/submit`: the team sends evidence that a milestone is
/// reached.
#[handler]
pub async fn submit_milestone(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path((id, milestone_id)): Path<(String, String)>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let posted = Posted::load(state, visitor, jar, &id).await?;
    let m = posted.milestone(&milestone_id)?;
    let field = item_field("evidence", m.id);
    let result = match forms::version(&form) {
        Ok(version) => work::submit_milestone(
            &state.db,
            visitor.actor()?,
            m.id,
            version,
            form.text(&field),
            state.clock.now(),
        )
        .await
        .map(drop),
        Err(stale) => Err(stale),
    };
    let result = result.map_err(|err| renamed(err, |f| (f == "evidence").then(|| field.clone())));
    let shown = evidence_form(posted.lang(), &m).keeping(&form, &[]);
    posted
        .done(
            result,
            (Slot::Evidence(m.id), shown),
            "flash-project-milestone-submitted",
            &format!("milestone-{}", m.position),
        )
        .await
}

/// `POST /projects/{id}/milestones/{milestone_id}/review`: a manager accepts submitted evidence or asks
/// for changes.
#[handler]
pub async fn review_milestone(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path((id, milestone_id)): Path<(String, String)>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let posted = Posted::load(state, visitor, jar, &id).await?;
    let m = posted.milestone(&milestone_id)?;
    let field = item_field("comment", m.id);
    let result = match read_review(&form, &field) {
        Ok(input) => {
            work::review_milestone(&state.db, visitor.actor()?, m.id, &input, state.clock.now())
                .await
                .map(drop)
        }
        Err(err) => Err(err),
    };
    let result = result.map_err(|err| renamed(err, |f| (f == "comment").then(|| field.clone())));
    let shown = milestone_review_form(posted.lang(), &m).keeping(&form, &[]);
    posted
        .done(
            result,
            (Slot::MilestoneReview(m.id), shown),
            "flash-project-milestone-reviewed",
            &format!("milestone-{}", m.position),
        )
        .await
}

/// `POST /projects/{id}/reports/{report_id}/submit`: the team sends a progress report. Indicators left
/// blank are not sent.
#[handler]
pub async fn submit_report(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path((id, report_id)): Path<(String, String)>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let posted = Posted::load(state, visitor, jar, &id).await?;
    let r = posted.report(&report_id)?;
    let narrative = item_field("narrative", r.id);
    let spending = item_field("spending", r.id);
    let mut sent = Vec::new();
    let mut values = Vec::new();
    for i in &posted.view.indicators {
        if let Some(value) = form.optional(&value_field(r.id, i.indicator.id)) {
            sent.push(i.indicator.id);
            values.push(IndicatorValue {
                indicator_id: i.indicator.id,
                value: value.to_owned(),
            });
        }
    }
    let mut rated = Vec::new();
    let mut ratings = Vec::new();
    for c in &posted.view.commitments {
        if let Some(rating) = form.optional(&rating_field(r.id, c.commitment.id)) {
            rated.push(c.commitment.id);
            ratings.push(CommitmentRating {
                commitment_id: c.commitment.id,
                rating: rating.to_owned(),
            });
        }
    }
    let result = match forms::version(&form) {
        Ok(version) => work::submit_report(
            &state.db,
            visitor.actor()?,
            r.id,
            &ReportInput {
                narrative: form.text(&narrative).to_owned(),
                spending: form.text(&spending).to_owned(),
                indicator_values: values,
                lessons: Lessons {
                    what_worked: form.text(&item_field("what_worked", r.id)).to_owned(),
                    what_did_not: form.text(&item_field("what_did_not", r.id)).to_owned(),
                    to_replicate: form.text(&item_field("to_replicate", r.id)).to_owned(),
                    contact: form.text(&item_field("contact", r.id)).to_owned(),
                },
                commitment_ratings: ratings,
                version,
            },
            state.clock.now(),
        )
        .await
        .map(drop),
        Err(stale) => Err(stale),
    };
    let result = result.map_err(|err| {
        renamed(err, |field| match field {
            "narrative" => Some(narrative.clone()),
            "spending" => Some(spending.clone()),
            "what_worked" | "what_did_not" | "to_replicate" | "contact" => {
                Some(item_field(field, r.id))
            }
            _ if field.starts_with("commitment_ratings[") => row_index(field, "commitment_ratings")
                .and_then(|i| rated.get(i))
                .map(|commitment| rating_field(r.id, *commitment)),
            _ => row_index(field, "indicator_values")
                .and_then(|i| sent.get(i))
                .map(|indicator| value_field(r.id, *indicator)),
        })
    });
    let shown = report_form(posted.lang(), &r, &posted.view).keeping(&form, &[]);
    posted
        .done(
            result,
            (Slot::Report(r.id), shown),
            "flash-project-report-submitted",
            &format!("report-{}", r.number),
        )
        .await
}

/// `POST /projects/{id}/reports/{report_id}/review`: a manager accepts a report or asks for changes.
#[handler]
pub async fn review_report(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path((id, report_id)): Path<(String, String)>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let posted = Posted::load(state, visitor, jar, &id).await?;
    let r = posted.report(&report_id)?;
    let field = item_field("comment", r.id);
    let result = match read_review(&form, &field) {
        Ok(input) => {
            work::review_report(&state.db, visitor.actor()?, r.id, &input, state.clock.now())
                .await
                .map(drop)
        }
        Err(err) => Err(err),
    };
    let result = result.map_err(|err| renamed(err, |f| (f == "comment").then(|| field.clone())));
    let shown = report_review_form(posted.lang(), &r).keeping(&form, &[]);
    posted
        .done(
            result,
            (Slot::ReportReview(r.id), shown),
            "flash-project-report-reviewed",
            &format!("report-{}", r.number),
        )
        .await
}

/// `POST /projects/{id}/tranches/{tranche_id}/release`: a manager releases a tranche whose condition is met;
/// a refusal says what it still waits for.
#[handler]
pub async fn release_tranche(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path((id, tranche_id)): Path<(String, String)>,
    _form: CheckedForm,
) -> Result<Response, PageError> {
    let posted = Posted::load(state, visitor, jar, &id).await?;
    let t = posted.tranche(&tranche_id)?;
    let lang = posted.lang();
    let result = work::release_tranche(&state.db, visitor.actor()?, t.id, state.clock.now())
        .await
        .map(drop)
        .map_err(|err| match err {
            // The page says it with the milestone's title too.
            Error::Conflict(message) if message.key.starts_with("error-tranche-waits-") => {
                let waiting = condition_text(lang, &t.condition, &posted.view);
                Error::Conflict(
                    Message::new("project-page-release-waiting").arg("condition", waiting),
                )
            }
            other => other,
        });
    posted
        .done(
            result,
            (Slot::Release(t.id), release_form(lang)),
            "flash-project-tranche-released",
            &format!("tranche-{}", t.position),
        )
        .await
}

/// `POST /projects/{id}/tranches/{tranche_id}/pay`: a manager records the payment of a released tranche.
#[handler]
pub async fn pay_tranche(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path((id, tranche_id)): Path<(String, String)>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let posted = Posted::load(state, visitor, jar, &id).await?;
    let t = posted.tranche(&tranche_id)?;
    let field = item_field("paid_on", t.id);
    let mut problems = Vec::new();
    let result = match read_date(&form, &field, &mut problems) {
        Some(paid_on) => {
            work::pay_tranche(&state.db, visitor.actor()?, t.id, paid_on, posted.today)
                .await
                .map(drop)
        }
        None => Err(Error::Validation(problems)),
    };
    let shown = pay_form(posted.lang(), &t).keeping(&form, &[]);
    posted
        .done(
            result,
            (Slot::Pay(t.id), shown),
            "flash-project-tranche-paid",
            &format!("tranche-{}", t.position),
        )
        .await
}

/// `POST /projects/{id}/assistance`: the team asks for technical assistance.
#[handler]
pub async fn request_assistance(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let posted = Posted::load(state, visitor, jar, &id).await?;
    let result = work::request_assistance(
        &state.db,
        visitor.actor()?,
        posted.id(),
        form.text("topic"),
        form.text("description"),
        state.clock.now(),
    )
    .await
    .map(drop);
    let shown = assistance_form(posted.lang()).keeping(&form, &[]);
    posted
        .done(
            result,
            (Slot::RequestAssistance, shown),
            "flash-project-assistance-requested",
            "assistance",
        )
        .await
}

/// `POST /projects/{id}/assistance/{request_id}/assign`: a manager assigns (or reassigns) an expert.
#[handler]
pub async fn assign_expert(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path((id, request_id)): Path<(String, String)>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let posted = Posted::load(state, visitor, jar, &id).await?;
    let a = posted.request(&request_id)?;
    let expert_field = item_field("expert_id", a.id);
    let note_field = item_field("assign_note", a.id);
    let expert = form
        .optional(&expert_field)
        .and_then(|text| Uuid::parse_str(text).ok());
    let result = match (forms::version(&form), expert) {
        (Err(stale), _) => Err(stale),
        (Ok(_), None) => Err(Error::field("expert_id", Message::new("error-required"))),
        (Ok(version), Some(expert_id)) => work::advance_assistance(
            &state.db,
            visitor.actor()?,
            a.id,
            version,
            &AssistanceStep::Assign { expert_id },
            form.text(&note_field),
            state.clock.now(),
        )
        .await
        .map(drop),
    };
    let result = result.map_err(|err| {
        renamed(err, |field| match field {
            "expert_id" => Some(expert_field.clone()),
            "note" => Some(note_field.clone()),
            _ => None,
        })
    });
    let shown = assign_form(posted.lang(), &a).keeping(&form, &[]);
    posted
        .done(
            result,
            (Slot::Assign(a.id), shown),
            "flash-project-expert-assigned",
            "assistance",
        )
        .await
}

/// `POST /projects/{id}/assistance/{request_id}/resolve`: a manager resolves a request, with a note.
#[handler]
pub async fn resolve_assistance(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path((id, request_id)): Path<(String, String)>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let posted = Posted::load(state, visitor, jar, &id).await?;
    let a = posted.request(&request_id)?;
    let field = item_field("resolve_note", a.id);
    let result = resolve(state, visitor.actor()?, &a, &form, &field).await;
    let shown = resolve_form(posted.lang(), &a).keeping(&form, &[]);
    posted
        .done(
            result,
            (Slot::Resolve(a.id), shown),
            "flash-project-assistance-resolved",
            "assistance",
        )
        .await
}

/// Resolves a request with the note typed into `field`, the domain's errors on the note moved onto it.
async fn resolve(
    state: &WebState,
    actor: &Actor,
    a: &AssistanceView,
    form: &CheckedForm,
    field: &str,
) -> Result<(), Error> {
    let result = match forms::version(form) {
        Ok(version) => work::advance_assistance(
            &state.db,
            actor,
            a.id,
            version,
            &AssistanceStep::Resolve,
            form.text(field),
            state.clock.now(),
        )
        .await
        .map(drop),
        Err(stale) => Err(stale),
    };
    result.map_err(|err| renamed(err, |f| (f == "note").then(|| field.to_owned())))
}

// ---------------------------------------------------------------------------------------------------------
// The expert's requests

struct RequestLine {
    id: Uuid,
    /// The project's id and title, when the expert may see the project.
    project: Option<(Uuid, String)>,
    topic: String,
    description: String,
    state: Tag,
    created_at: DateTime<Utc>,
    notes: Vec<NoteLine>,
    version: i32,
    may_resolve: bool,
    note_name: String,
    form: FormState,
}

#[derive(Template)]
#[template(path = "assistance.html")]
struct AssistancePage<'a> {
    visitor: &'a Visitor,
    requests: Vec<RequestLine>,
}
layout::localized!(AssistancePage);

async fn assistance_page(
    state: &WebState,
    visitor: &Visitor,
    failed: Option<(Uuid, FormState)>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let lang = visitor.lang;
    let mut failed = Failed(failed.map(|(id, form)| (Slot::Resolve(id), form)));
    let mut requests = Vec::new();
    for a in work::assigned_to_me(&state.db, actor).await? {
        // The expert sees the project as anyone would: its title once public, nothing before.
        let project = match service::get(&state.db, Some(actor), a.project_id, today(state)).await {
            Ok(view) => Some((view.project.id, view.project.title)),
            Err(Error::NotFound) => None,
            Err(other) => return Err(other.into()),
        };
        requests.push(RequestLine {
            id: a.id,
            project,
            topic: a.topic.clone(),
            description: a.description.clone(),
            state: tag(lang, "assistance", a.state.as_str()),
            created_at: a.created_at,
            notes: notes_of(&a),
            version: a.version,
            may_resolve: a.allowed.resolve,
            note_name: item_field("resolve_note", a.id),
            form: failed.take(Slot::Resolve(a.id), || resolve_form(lang, &a)),
        });
    }
    let page = AssistancePage { visitor, requests };
    layout::render(&page, status)
}

/// `GET /assistance`: the technical-assistance requests assigned to the signed-in user as expert.
#[handler]
pub async fn assistance_list(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
) -> Result<Response, PageError> {
    assistance_page(state, visitor, None, StatusCode::OK).await
}

/// `POST /assistance/{id}/resolve`: the assigned expert resolves a request, saying what was done.
#[handler]
pub async fn resolve_assigned(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let id = paths::parse_id(&id)?;
    // Only the expert's own requests are on their page; any other does not exist for them here.
    let a = work::assigned_to_me(&state.db, actor)
        .await?
        .into_iter()
        .find(|a| a.id == id)
        .ok_or(PageError::Domain(Error::NotFound))?;
    let field = item_field("resolve_note", a.id);
    match resolve(state, actor, &a, &form, &field).await {
        Ok(()) => Ok(session::redirect_with_flash(
            state,
            jar,
            "flash-project-assistance-resolved",
            "/assistance".to_owned(),
        )),
        Err(err) => {
            let mut shown = resolve_form(visitor.lang, &a).keeping(&form, &[]);
            let status = show_error(&mut shown, err)?;
            assistance_page(state, visitor, Some((a.id, shown)), status).await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The states each kind of item can be in, as the domain stores them.
    const STATES: &[(&str, &[&str])] = &[
        ("status", &["active", "completed", "terminated"]),
        (
            "milestone",
            &["pending", "submitted", "accepted", "changes_requested"],
        ),
        (
            "report",
            &["due", "submitted", "accepted", "changes_requested"],
        ),
        ("tranche", &["planned", "released", "paid"]),
        ("assistance", &["open", "assigned", "resolved"]),
    ];

    #[test]
    fn every_state_and_phrase_has_its_words_in_every_language() {
        let mut keys: Vec<String> = include_str!("projects.rs")
            .split('"')
            .skip(1)
            .step_by(2)
            .filter(|literal| {
                [
                    "project-page-",
                    "flash-project-",
                    "assistance-page-",
                    "commitment-",
                ]
                .iter()
                .any(|prefix| literal.starts_with(prefix))
                    && literal
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && !literal.ends_with('-')
            })
            .map(str::to_owned)
            .collect();
        for (kind, states) in STATES {
            keys.extend(states.iter().map(|state| state_key(kind, state)));
        }
        for (_, key) in DATES_FIELDS
            .iter()
            .chain(SIGN_FIELDS)
            .chain(TERMINATE_FIELDS)
            .chain(MILESTONE_FIELDS)
            .chain(ASSISTANCE_FIELDS)
            .chain(COMMITMENT_FIELDS)
        {
            keys.push((*key).to_owned());
        }
        // Values and ratings are named from their stored names.
        for value in OgpValue::ALL {
            keys.push(format!(
                "commitment-value-{}",
                value.as_str().replace('_', "-")
            ));
        }
        for rating in Completion::ALL {
            keys.push(format!(
                "commitment-completion-{}",
                rating.as_str().replace('_', "-")
            ));
        }
        assert!(keys.len() > 40, "found only {} keys", keys.len());
        for lang in Lang::ALL {
            let missing: Vec<_> = keys.iter().filter(|key| !lang.has(key)).collect();
            assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        }
    }

    #[test]
    fn the_paid_share_is_in_percent_with_one_decimal_and_never_over_100() {
        assert_eq!(paid_share(0, 100_000), "0");
        assert_eq!(paid_share(40_000, 100_000), "40");
        assert_eq!(paid_share(1, 3), "33.3");
        assert_eq!(paid_share(5, 4), "100");
        assert_eq!(paid_share(10, 0), "0");
    }

    #[test]
    fn domain_fields_of_repeated_forms_land_on_the_item_s_inputs() {
        let report = Uuid::from_u128(7);
        let sent = [Uuid::from_u128(1), Uuid::from_u128(2)];
        let err = renamed(
            Error::Validation(vec![
                FieldError::new("indicator_values[1].value", Message::new("error-number")),
                FieldError::new("narrative", Message::new("error-required")),
                FieldError::new("indicator_values[9].value", Message::new("error-number")),
            ]),
            |field| match field {
                "narrative" => Some(item_field("narrative", report)),
                _ => row_index(field, "indicator_values")
                    .and_then(|i| sent.get(i))
                    .map(|indicator| value_field(report, *indicator)),
            },
        );
        let Error::Validation(errors) = err else {
            panic!("still a validation error")
        };
        assert_eq!(errors[0].field, value_field(report, sent[1]));
        assert_eq!(errors[1].field, format!("narrative.{report}"));
        assert_eq!(errors[2].field, "indicator_values[9].value");
    }

    #[test]
    fn a_date_must_be_given_and_written_as_the_date_input_sends_it() {
        let form = CheckedForm::from_pairs(&[
            ("good", "2027-03-31"),
            ("bad", "31/03/2027"),
            ("blank", " "),
        ]);
        let mut problems = Vec::new();
        assert_eq!(
            read_date(&form, "good", &mut problems),
            NaiveDate::from_ymd_opt(2027, 3, 31)
        );
        assert_eq!(read_date(&form, "bad", &mut problems), None);
        assert_eq!(read_date(&form, "blank", &mut problems), None);
        assert_eq!(problems[0].message.key, "error-date-invalid");
        assert_eq!(problems[1].message.key, "error-required");
    }

    #[test]
    fn a_review_needs_one_of_its_two_buttons() {
        let accept = CheckedForm::from_pairs(&[("version", "3"), ("decision", "accept")]);
        let input = read_review(&accept, "comment.x").unwrap();
        assert!(input.accept);
        assert_eq!(input.version, 3);
        let changes = CheckedForm::from_pairs(&[
            ("version", "3"),
            ("decision", "changes"),
            ("comment.x", "Add the council's minutes."),
        ]);
        let input = read_review(&changes, "comment.x").unwrap();
        assert!(!input.accept);
        assert_eq!(input.comment, "Add the council's minutes.");
        let neither = CheckedForm::from_pairs(&[("version", "3")]);
        assert!(read_review(&neither, "comment.x").is_err());
    }
}

/// `POST /projects/{id}/milestones/{milestone_id}/attachments`: the team attaches a file as evidence. The
/// CSRF token was checked before the file was looked at; a refused file is not stored.
#[handler]
pub async fn upload_milestone_file(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path((id, milestone_id)): Path<(String, String)>,
    upload: CheckedUpload,
) -> Result<Response, PageError> {
    let posted = Posted::load(state, visitor, jar, &id).await?;
    let m = posted.milestone(&milestone_id)?;
    let field = item_field("file", m.id);
    let result = match upload.file(&field) {
        Some(file) => work::add_milestone_file(
            &state.db,
            &state.files,
            visitor.actor()?,
            m.id,
            &file.file_name,
            &file.file,
            state.clock.now(),
        )
        .await
        .map(drop),
        None => Err(Error::Validation(vec![FieldError::new(
            "file",
            Message::new("application-attachment-none"),
        )])),
    };
    let result = result.map_err(|err| renamed(err, |f| (f == "file").then(|| field.clone())));
    let typed = upload.form().text(&item_field("evidence", m.id));
    if result.is_ok() && !typed.trim().is_empty() {
        // The evidence typed beside the file is not lost: the page comes back with it and the file listed.
        let view =
            service::get(&state.db, visitor.actor.as_ref(), posted.id(), posted.today).await?;
        let shown = evidence_form(posted.lang(), &m).keeping(upload.form(), &[]);
        return project_page(
            state,
            &visitor.with_notice("flash-project-file-added"),
            view,
            Some((Slot::Evidence(m.id), shown)),
            StatusCode::OK,
        )
        .await;
    }
    let shown = file_form(posted.lang(), &m);
    posted
        .done(
            result,
            (Slot::File(m.id), shown),
            "flash-project-file-added",
            &format!("milestone-{}", m.position),
        )
        .await
}

/// `GET /projects/{id}/milestones/{milestone_id}/attachments/{file_id}`: the file, to the team and
/// managers only, always as a download of its checked type.
#[handler]
pub async fn download_milestone_file(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path((_id, milestone_id, file_id)): Path<(String, String, String)>,
) -> Result<Response, PageError> {
    let (meta, content) = work::milestone_file(
        &state.db,
        &state.files,
        visitor.actor()?,
        paths::parse_id(&milestone_id)?,
        paths::parse_id(&file_id)?,
    )
    .await?;
    Ok(Body::from_bytes_stream(content.into_stream())
        .with_content_type(meta.media_type)
        .with_header(
            header::CONTENT_DISPOSITION,
            format!(
                "attachment; filename*=UTF-8''{}",
                paths::encode_query_value(&meta.file_name)
            ),
        )
        .with_header(header::X_CONTENT_TYPE_OPTIONS, "nosniff")
        .with_status(StatusCode::OK)
        .into_response())
}
