//! A call's selection committee for programme managers and the committee's chair: the committee page
//! (members, the composition rule and what the committee lacks under it, the review deadline) and the
//! reviewing page (conflicts of interest and their decisions, automatic assignment previewed then applied,
//! manual assignment, completion per application and per member, reminders).
//!
//! Who may see and do what, what is valid and what a plan contains are `domain::committee`'s and
//! `domain::reviews::progress`'s: these handlers read forms, call those services and render what they
//! return. The reviewing page shows completion only, never a score or a comment.

use askama::Template;
use chrono::{DateTime, Utc};
use domain::calls::CallSummary;
use domain::calls::service::{self as calls, CallView};
use domain::committee::assigning::{self, AssignmentView, PlanView};
use domain::committee::conflicts::{self, ConflictStatus, ConflictView, DecisionInput};
use domain::committee::{self, CompositionRule, MemberInput, MemberRole, RuleInput, Sector};
use domain::reviews::progress::{self, ProgressView};
use domain::{Actor, Error, FieldError, Message};
use poem::http::StatusCode;
use poem::web::cookie::CookieJar;
use poem::web::{Data, Path, Query, Redirect};
use poem::{IntoResponse, Response, handler};
use serde::Deserialize;
use uuid::Uuid;

use crate::call_forms;
use crate::call_text;
use crate::csrf::CheckedForm;
use crate::errors::PageError;
use crate::forms::{self, Fields, FormState};
use crate::i18n::Lang;
use crate::i18n::format;
use crate::layout::Localized as _;
use crate::layout::{self, Choice};
use crate::session::{self, Visitor};
use crate::{WebState, paths};

const MEMBER_FIELDS: Fields = &[
    ("user_id", "committee-page-reviewer"),
    ("sector", "committee-page-sector"),
    ("role", "committee-page-role"),
];
const RULE_FIELDS: Fields = &[
    ("rule_type", "committee-page-rule-type"),
    ("shares", "committee-page-shares"),
];
const DEADLINE_FIELDS: Fields = &[("review_deadline", "committee-page-deadline-field")];
const ASSIGN_FIELDS: Fields = &[
    ("application_id", "reviewing-page-application"),
    ("user_id", "reviewing-page-member"),
];
const DECISION_FIELDS: Fields = &[
    ("decision", "reviewing-page-decision"),
    ("reason", "reviewing-page-reason"),
];

// ---------------------------------------------------------------------------------------------------------
// Labels

/// The translated name of a sector.
fn sector_label(lang: Lang, sector: Sector) -> String {
    lang.message(&sector.label())
}

/// The catalog key of a conflict status's name.
fn conflict_status_key(status: ConflictStatus) -> String {
    format!("reviewing-page-status-{}", status.as_str())
}

/// The tag class of a conflict status: one awaiting a decision stands out.
fn conflict_status_class(status: ConflictStatus) -> &'static str {
    match status {
        ConflictStatus::Declared => "tag-warning",
        ConflictStatus::Confirmed => "tag-danger",
        ConflictStatus::Waived => "tag-muted",
    }
}

/// The catalog key of how an assignment came about (`automatic` or `manual`, as stored).
fn assignment_source_key(source: &str) -> String {
    format!("reviewing-page-assigned-{source}")
}

fn sector_choices(lang: Lang) -> Vec<Choice> {
    Sector::ALL
        .into_iter()
        .map(|sector| Choice {
            value: sector.as_str().to_owned(),
            label: sector_label(lang, sector),
            selected: false,
        })
        .collect()
}

fn role_choices(lang: Lang) -> Vec<Choice> {
    MemberRole::ALL
        .into_iter()
        .map(|role| Choice {
            value: role.as_str().to_owned(),
            label: lang.message(&role.label()),
            selected: false,
        })
        .collect()
}

/// The call of a page, by the id in its path (for a manager: drafts too).
async fn call_of(state: &WebState, actor: &Actor, id: &str) -> Result<CallView, PageError> {
    Ok(calls::get(&state.db, Some(actor), paths::parse_id(id)?).await?)
}

// ---------------------------------------------------------------------------------------------------------
// The committee page

/// The rule form's input for a sector's minimum share.
fn share_field(sector: Sector) -> String {
    format!("share_{}", sector.as_str())
}

/// A member as the committee's table shows them.
struct MemberRow {
    user_id: Uuid,
    name: String,
    sector: String,
    role: String,
}

/// The forms of the committee page, each fresh unless a handler brings one back with errors.
#[derive(Default)]
struct CommitteeForms {
    /// What went wrong removing a member.
    members: Option<FormState>,
    member: Option<FormState>,
    rule: Option<FormState>,
    deadline: Option<FormState>,
}

#[derive(Template)]
#[template(path = "manage_committee.html")]
struct CommitteePage<'a> {
    visitor: &'a Visitor,
    call: CallView,
    version: i32,
    members: Vec<MemberRow>,
    members_form: FormState,
    problems: Vec<String>,
    member_form: FormState,
    /// Active reviewers not seated yet.
    reviewer_choices: Vec<Choice>,
    sector_choices: Vec<Choice>,
    role_choices: Vec<Choice>,
    rule_sentence: String,
    rule_form: FormState,
    rule_choices: Vec<Choice>,
    share_fields: Vec<String>,
    deadline: Option<String>,
    deadline_form: FormState,
    date_hint: String,
}
layout::localized!(CommitteePage);

/// Active users with the reviewer role who are not on the committee yet, by name.
async fn reviewer_choices(
    state: &WebState,
    actor: &Actor,
    call_id: Uuid,
) -> Result<Vec<Choice>, PageError> {
    Ok(committee::candidates(&state.db, actor, call_id)
        .await?
        .into_iter()
        .map(|c| Choice {
            value: c.user_id.to_string(),
            label: format!("{} ({})", c.name, c.email),
            selected: false,
        })
        .collect())
}

/// The rule form with a labelled percent input per sector.
fn rule_form(lang: Lang) -> FormState {
    let mut form = FormState::new(lang, "rule", RULE_FIELDS);
    for sector in Sector::ALL {
        form.add_row_field(share_field(sector), sector_label(lang, sector));
    }
    form
}

/// The rule form filled with the committee's rule.
fn rule_form_for(lang: Lang, rule: &CompositionRule) -> FormState {
    match rule {
        CompositionRule::Parity => rule_form(lang).with("rule_type", "parity"),
        CompositionRule::MinimumShares { shares } => shares.iter().fold(
            rule_form(lang).with("rule_type", "minimum_shares"),
            |form, share| {
                form.with(
                    &share_field(share.sector),
                    share.min_percent.normalize().to_string(),
                )
            },
        ),
    }
}

/// The committee's rule in a sentence.
fn rule_sentence(lang: Lang, rule: &CompositionRule) -> String {
    match rule {
        CompositionRule::Parity => lang.t("committee-page-rule-is-parity"),
        CompositionRule::MinimumShares { shares } => {
            let shares: Vec<String> = shares
                .iter()
                .map(|share| {
                    lang.t_args(
                        "committee-page-rule-share",
                        &[
                            ("sector", &sector_label(lang, share.sector)),
                            ("min_percent", &share.min_percent.normalize().to_string()),
                        ],
                    )
                })
                .collect();
            lang.t_args(
                "committee-page-rule-is-shares",
                &[("shares", &shares.join(&lang.t("list-separator")))],
            )
        }
    }
}

async fn committee_page(
    state: &WebState,
    visitor: &Visitor,
    call: CallView,
    forms: CommitteeForms,
    status: StatusCode,
) -> Result<Response, PageError> {
    let actor = visitor.manager()?;
    let lang = visitor.lang;
    let view = committee::get(&state.db, Some(actor), call.call.id).await?;
    let tz = call_text::time_zone_of(&call.call.time_zone);
    let reviewer_choices = reviewer_choices(state, actor, call.call.id).await?;
    let deadline_form = forms.deadline.unwrap_or_else(|| {
        FormState::new(lang, "deadline", DEADLINE_FIELDS).with(
            "review_deadline",
            view.review_deadline
                .map(|at| call_forms::local_datetime_value(at, tz))
                .unwrap_or_default(),
        )
    });
    let page = CommitteePage {
        visitor,
        version: view.version,
        members: view
            .members
            .iter()
            .map(|m| MemberRow {
                user_id: m.user_id,
                name: m.name.clone(),
                sector: sector_label(lang, m.sector),
                role: lang.message(&m.role.label()),
            })
            .collect(),
        members_form: forms
            .members
            .unwrap_or_else(|| FormState::new(lang, "members", &[])),
        problems: view.problems.iter().map(|p| lang.message(p)).collect(),
        member_form: forms.member.unwrap_or_else(|| {
            FormState::new(lang, "member", MEMBER_FIELDS).with("role", MemberRole::Member.as_str())
        }),
        reviewer_choices,
        sector_choices: sector_choices(lang),
        role_choices: role_choices(lang),
        rule_sentence: rule_sentence(lang, &view.rule),
        rule_form: forms
            .rule
            .unwrap_or_else(|| rule_form_for(lang, &view.rule)),
        rule_choices: [
            ("parity", "committee-page-rule-parity"),
            ("minimum_shares", "committee-page-rule-minimum-shares"),
        ]
        .into_iter()
        .map(|(value, key)| Choice {
            value: value.to_owned(),
            label: lang.t(key),
            selected: false,
        })
        .collect(),
        share_fields: Sector::ALL.into_iter().map(share_field).collect(),
        deadline: view
            .review_deadline
            .map(|at| format::date_time(lang, at, tz)),
        deadline_form,
        date_hint: lang.t_args("editor-dates-hint", &[("zone", tz.name())]),
        call,
    };
    layout::render(&page, status)
}

/// Back to the committee page after a change, at the section that changed.
fn committee_changed(
    state: &WebState,
    jar: &CookieJar,
    call_id: Uuid,
    flash: &str,
    section: &str,
) -> Response {
    session::redirect_with_flash(
        state,
        jar,
        flash,
        format!("/manage/calls/{call_id}/committee#{section}"),
    )
}

/// `GET /manage/calls/{id}/committee`: managers.
#[handler]
pub async fn committee_show(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let call = call_of(state, visitor.manager()?, &id).await?;
    committee_page(
        state,
        visitor,
        call,
        CommitteeForms::default(),
        StatusCode::OK,
    )
    .await
}

/// `POST /manage/calls/{id}/committee/members`: seats a reviewer with a sector and a role.
#[handler]
pub async fn add_member(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.manager()?;
    let call = call_of(state, actor, &id).await?;
    // Not an id at all: nobody, whom the domain refuses as not a reviewer along with anything else wrong.
    let user_id = Uuid::parse_str(form.text("user_id").trim()).unwrap_or(Uuid::nil());
    let input = MemberInput {
        user_id,
        sector: form.text("sector").to_owned(),
        role: form.text("role").to_owned(),
    };
    let now = state.clock.now();
    match committee::add_member(&state.db, actor, call.call.id, &input, now).await {
        Ok(_) => Ok(committee_changed(
            state,
            jar,
            call.call.id,
            "flash-committee-page-member-added",
            "members",
        )),
        Err(err) => {
            let mut shown =
                FormState::new(visitor.lang, "member", MEMBER_FIELDS).keeping(&form, &[]);
            let status = shown.absorb(err)?;
            let forms = CommitteeForms {
                member: Some(shown),
                ..CommitteeForms::default()
            };
            committee_page(state, visitor, call, forms, status).await
        }
    }
}

/// `POST /manage/calls/{id}/committee/members/{user_id}/remove`.
#[handler]
pub async fn remove_member(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path((id, user_id)): Path<(String, String)>,
    _form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.manager()?;
    let call = call_of(state, actor, &id).await?;
    let user_id = paths::parse_id(&user_id)?;
    let now = state.clock.now();
    match committee::remove_member(&state.db, actor, call.call.id, user_id, now).await {
        Ok(_) => Ok(committee_changed(
            state,
            jar,
            call.call.id,
            "flash-committee-page-member-removed",
            "members",
        )),
        Err(err) => {
            let mut shown = FormState::new(visitor.lang, "members", &[]);
            let status = shown.absorb(err)?;
            let forms = CommitteeForms {
                members: Some(shown),
                ..CommitteeForms::default()
            };
            committee_page(state, visitor, call, forms, status).await
        }
    }
}

/// The rule as typed: its kind and the percents of the sectors given one, in the order sent (which the
/// domain's errors refer to by index).
fn read_rule(form: &CheckedForm) -> (RuleInput, Vec<Sector>) {
    let mut sent = Vec::new();
    let mut shares = Vec::new();
    for sector in Sector::ALL {
        if let Some(percent) = form.optional(&share_field(sector)) {
            sent.push(sector);
            shares.push((sector.as_str().to_owned(), percent.to_owned()));
        }
    }
    let input = RuleInput {
        rule_type: form.text("rule_type").to_owned(),
        shares,
    };
    (input, sent)
}

/// The form field a domain error about the rule belongs to: `rule.shares[1].min_percent` (or
/// `shares[1].min_percent`) is the input of the second sector sent.
fn rule_field(field: &str, sent: &[Sector]) -> String {
    let field = field.strip_prefix("rule.").unwrap_or(field);
    if field == "type" {
        return "rule_type".to_owned();
    }
    field
        .strip_prefix("shares[")
        .and_then(|rest| rest.split_once(']'))
        .and_then(|(index, _)| index.parse::<usize>().ok())
        .and_then(|index| sent.get(index))
        .map_or_else(|| field.to_owned(), |sector| share_field(*sector))
}

fn place_rule_errors(err: Error, sent: &[Sector]) -> Error {
    match err {
        Error::Validation(errors) => Error::Validation(
            errors
                .into_iter()
                .map(|e| FieldError::new(&rule_field(&e.field, sent), e.message))
                .collect(),
        ),
        other => other,
    }
}

/// `POST /manage/calls/{id}/committee/rule`: parity, or minimum shares per sector, with the committee's
/// version.
#[handler]
pub async fn set_rule(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.manager()?;
    let call = call_of(state, actor, &id).await?;
    let (input, sent) = read_rule(&form);
    let result = match forms::version(&form) {
        Ok(version) => {
            committee::set_rule(
                &state.db,
                actor,
                call.call.id,
                version,
                &input,
                state.clock.now(),
            )
            .await
        }
        Err(stale) => Err(stale),
    };
    match result.map_err(|err| place_rule_errors(err, &sent)) {
        Ok(_) => Ok(committee_changed(
            state,
            jar,
            call.call.id,
            "flash-committee-page-rule-saved",
            "rule",
        )),
        Err(err) => {
            let mut shown = rule_form(visitor.lang).keeping(&form, &[]);
            let status = shown.absorb(err)?;
            let forms = CommitteeForms {
                rule: Some(shown),
                ..CommitteeForms::default()
            };
            committee_page(state, visitor, call, forms, status).await
        }
    }
}

/// The deadline as typed in the call's time zone; blank clears it. While the field still shows the stored
/// deadline, that exact moment is kept.
fn read_deadline(
    value: &str,
    call: &CallView,
    stored: Option<DateTime<Utc>>,
) -> Result<Option<DateTime<Utc>>, Error> {
    if value.trim().is_empty() {
        return Ok(None);
    }
    let tz = call_text::time_zone_of(&call.call.time_zone);
    call_forms::read_date(value, tz, stored)
        .map(Some)
        .map_err(|message| Error::field("review_deadline", message))
}

/// `POST /manage/calls/{id}/committee/deadline`: when members' reviews are due (blank: no deadline).
#[handler]
pub async fn set_deadline(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.manager()?;
    let call = call_of(state, actor, &id).await?;
    let stored = committee::get(&state.db, Some(actor), call.call.id)
        .await?
        .review_deadline;
    let result = match (
        read_deadline(form.text("review_deadline"), &call, stored),
        forms::version(&form),
    ) {
        (Err(unreadable), _) => Err(unreadable),
        (Ok(_), Err(stale)) => Err(stale),
        (Ok(deadline), Ok(version)) => committee::set_review_deadline(
            &state.db,
            actor,
            call.call.id,
            version,
            deadline,
            state.clock.now(),
        )
        .await
        .map(drop),
    };
    match result {
        Ok(()) => Ok(committee_changed(
            state,
            jar,
            call.call.id,
            "flash-committee-page-deadline-saved",
            "deadline",
        )),
        Err(err) => {
            let mut shown =
                FormState::new(visitor.lang, "deadline", DEADLINE_FIELDS).keeping(&form, &[]);
            let status = shown.absorb(err)?;
            let forms = CommitteeForms {
                deadline: Some(shown),
                ..CommitteeForms::default()
            };
            committee_page(state, visitor, call, forms, status).await
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// The reviewing page

/// A conflict as the table shows it, with its decision form when it awaits one.
struct ConflictRow {
    id: Uuid,
    version: i32,
    member: String,
    reference: String,
    title: String,
    source: String,
    kind: String,
    note: String,
    status: String,
    status_class: &'static str,
    reason: String,
    /// Declared and not decided yet: the chair or a manager confirms or waives it.
    decidable: bool,
    /// The id of its reason textarea (the error summary links to the one of a refused decision).
    reason_id: String,
    /// What was typed in a refused decision, and why it was refused.
    typed_reason: String,
    reason_error: Option<String>,
}

/// An assignment as the table shows it.
struct AssignmentRow {
    id: Uuid,
    reference: String,
    title: String,
    member: String,
    sector: String,
    source: String,
    submitted: bool,
}

/// An addition of a previewed plan.
struct AdditionRow {
    reference: String,
    member: String,
    sector: String,
}

/// A member's load after a previewed plan.
struct LoadRow {
    member: String,
    sector: String,
    load: usize,
}

/// A previewed plan, ready to show.
struct PlanRows {
    summary: String,
    additions: Vec<AdditionRow>,
    loads: Vec<LoadRow>,
    shortfalls: Vec<String>,
}

/// A member's completion.
struct MemberProgressRow {
    user_id: Uuid,
    name: String,
    sector: String,
    assigned: usize,
    submitted: usize,
    drafts: usize,
    outstanding: usize,
}

/// The forms of the reviewing page, each fresh unless a handler brings one back; and a previewed plan.
#[derive(Default)]
struct ReviewingForms {
    plan: Option<PlanView>,
    automatic: Option<FormState>,
    /// A refused decision: the conflict and its form.
    decision: Option<(Uuid, FormState)>,
    /// What went wrong removing an assignment.
    assignments: Option<FormState>,
    assign: Option<FormState>,
    remind: Option<FormState>,
    /// How many reminders were just queued.
    reminded: Option<u64>,
}

#[derive(Template)]
#[template(path = "manage_reviewing.html")]
struct ReviewingPage<'a> {
    visitor: &'a Visitor,
    call: CallSummary,
    /// Whether the visitor manages programmes (the chair does not assign).
    manager: bool,
    deadline: Option<String>,
    conflicts: Vec<ConflictRow>,
    decision_form: FormState,
    decision_choices: Vec<Choice>,
    automatic_form: FormState,
    plan: Option<PlanRows>,
    assignments: Vec<AssignmentRow>,
    assignments_form: FormState,
    assign_form: FormState,
    application_choices: Vec<Choice>,
    member_choices: Vec<Choice>,
    applications: Vec<progress::ApplicationProgress>,
    members: Vec<MemberProgressRow>,
    submitted_total: usize,
    assigned_total: usize,
    outstanding_total: usize,
    remind_form: FormState,
    reminded: Option<String>,
}
layout::localized!(ReviewingPage);

fn conflict_row(
    lang: Lang,
    view: ConflictView,
    refused: Option<&(Uuid, FormState)>,
) -> ConflictRow {
    let id = view.conflict.id;
    let refused = refused.filter(|(conflict_id, _)| *conflict_id == id);
    ConflictRow {
        id,
        version: view.conflict.version,
        member: view.member_name,
        reference: view.reference,
        title: view.application_title,
        source: lang.t(if view.automatic {
            "reviewing-page-source-automatic"
        } else {
            "reviewing-page-source-declared"
        }),
        kind: lang.message(&view.kind.label()),
        note: view.conflict.note,
        status: lang.t(&conflict_status_key(view.status)),
        status_class: conflict_status_class(view.status),
        reason: view.conflict.decision_reason.unwrap_or_default(),
        decidable: !view.automatic && view.status == ConflictStatus::Declared,
        reason_id: refused.map_or_else(|| format!("reason-{id}"), |(_, form)| form.id("reason")),
        typed_reason: refused
            .map(|(_, form)| form.value("reason").to_owned())
            .unwrap_or_default(),
        reason_error: refused.and_then(|(_, form)| form.error("reason").map(str::to_owned)),
    }
}

fn plan_rows(lang: Lang, plan: PlanView) -> PlanRows {
    PlanRows {
        summary: if plan.applications == 0 {
            lang.t("reviewing-page-no-applications")
        } else if plan.additions.is_empty() {
            lang.t("reviewing-page-plan-nothing-to-add")
        } else {
            lang.t_numbers(
                "reviewing-page-plan-summary",
                &[
                    ("applications", plan.applications as u64),
                    ("min_reviews", plan.min_reviews as u64),
                    ("additions", plan.additions.len() as u64),
                ],
            )
        },
        additions: plan
            .additions
            .into_iter()
            .map(|a| AdditionRow {
                reference: a.reference,
                member: a.member_name,
                sector: sector_label(lang, a.sector),
            })
            .collect(),
        loads: plan
            .loads
            .into_iter()
            .map(|(member, load)| LoadRow {
                sector: sector_label(lang, member.sector),
                member: member.name,
                load,
            })
            .collect(),
        shortfalls: plan
            .shortfalls
            .iter()
            .map(|s| lang.message(&s.reason))
            .collect(),
    }
}

fn assignment_row(lang: Lang, view: AssignmentView) -> AssignmentRow {
    AssignmentRow {
        id: view.assignment.id,
        reference: view.reference,
        title: view.application_title,
        member: view.member_name,
        sector: sector_label(lang, view.sector),
        source: lang.t(&assignment_source_key(&view.assignment.source)),
        submitted: view.submitted,
    }
}

/// "3 reminders have been queued."
fn reminded_notice(lang: Lang, count: u64) -> String {
    if count == 0 {
        lang.t("reviewing-page-reminded-none")
    } else {
        lang.t_count("reviewing-page-reminded", "count", count)
    }
}

async fn reviewing_page(
    state: &WebState,
    visitor: &Visitor,
    call_id: Uuid,
    forms: ReviewingForms,
    status: StatusCode,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let lang = visitor.lang;
    // Managers and the chair of the call's committee; the domain refuses anyone else.
    let progress: ProgressView = progress::progress(&state.db, actor, call_id).await?;
    let conflicts = conflicts::list(&state.db, actor, call_id).await?;
    let assignments = assigning::list(&state.db, actor, call_id).await?;
    let tz = call_text::time_zone_of(&progress.call.time_zone);
    let (submitted_total, assigned_total) = progress.totals();
    let members: Vec<MemberProgressRow> = progress
        .members
        .iter()
        .map(|m| MemberProgressRow {
            user_id: m.member.user_id,
            name: m.member.name.clone(),
            sector: sector_label(lang, m.member.sector),
            assigned: m.assigned,
            submitted: m.submitted,
            drafts: m.drafts,
            outstanding: m.outstanding(),
        })
        .collect();
    let page = ReviewingPage {
        visitor,
        manager: progress.may_assign,
        deadline: progress.deadline.map(|at| format::date_time(lang, at, tz)),
        conflicts: conflicts
            .into_iter()
            .map(|view| conflict_row(lang, view, forms.decision.as_ref()))
            .collect(),
        decision_form: forms
            .decision
            .map(|(_, form)| form)
            .unwrap_or_else(|| FormState::new(lang, "decision", DECISION_FIELDS)),
        decision_choices: [
            ("confirm", "reviewing-page-confirm"),
            ("waive", "reviewing-page-waive"),
        ]
        .into_iter()
        .map(|(value, key)| Choice {
            value: value.to_owned(),
            label: lang.t(key),
            selected: false,
        })
        .collect(),
        automatic_form: forms
            .automatic
            .unwrap_or_else(|| FormState::new(lang, "automatic", &[])),
        plan: forms.plan.map(|plan| plan_rows(lang, plan)),
        assignments: assignments
            .into_iter()
            .map(|view| assignment_row(lang, view))
            .collect(),
        assignments_form: forms
            .assignments
            .unwrap_or_else(|| FormState::new(lang, "assignments", &[])),
        assign_form: forms
            .assign
            .unwrap_or_else(|| FormState::new(lang, "assign", ASSIGN_FIELDS)),
        application_choices: progress
            .applications
            .iter()
            .map(|a| Choice {
                value: a.application_id.to_string(),
                label: format!("{} – {}", a.reference, a.title),
                selected: false,
            })
            .collect(),
        member_choices: members
            .iter()
            .map(|m| Choice {
                value: m.user_id.to_string(),
                label: format!("{} ({})", m.name, m.sector),
                selected: false,
            })
            .collect(),
        outstanding_total: members.iter().map(|m| m.outstanding).sum(),
        members,
        submitted_total,
        assigned_total,
        remind_form: forms
            .remind
            .unwrap_or_else(|| FormState::new(lang, "remind", &[])),
        reminded: forms.reminded.map(|count| reminded_notice(lang, count)),
        applications: progress.applications,
        call: progress.call,
    };
    layout::render(&page, status)
}

/// Back to the reviewing page after a change, at the section that changed.
fn reviewing_changed(
    state: &WebState,
    jar: &CookieJar,
    call_id: Uuid,
    flash: &str,
    section: &str,
) -> Response {
    session::redirect_with_flash(
        state,
        jar,
        flash,
        format!("/manage/calls/{call_id}/reviewing#{section}"),
    )
}

/// The reviewing page's query: how many reminders were just queued.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReviewingQuery {
    reminded: String,
}

/// `GET /manage/calls/{id}/reviewing`: managers and the committee's chair.
#[handler]
pub async fn reviewing_show(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path(id): Path<String>,
    Query(query): Query<ReviewingQuery>,
) -> Result<Response, PageError> {
    let forms = ReviewingForms {
        reminded: query.reminded.trim().parse().ok(),
        ..ReviewingForms::default()
    };
    reviewing_page(state, visitor, paths::parse_id(&id)?, forms, StatusCode::OK).await
}

/// A refusal of the automatic assignment shown above its buttons (a call not closed yet, say).
async fn automatic_refused(
    state: &WebState,
    visitor: &Visitor,
    call_id: Uuid,
    err: Error,
) -> Result<Response, PageError> {
    let mut shown = FormState::new(visitor.lang, "automatic", &[]);
    let status = shown.absorb(err)?;
    let forms = ReviewingForms {
        automatic: Some(shown),
        ..ReviewingForms::default()
    };
    reviewing_page(state, visitor, call_id, forms, status).await
}

/// `POST /manage/calls/{id}/reviewing/preview`: the automatic plan, shown on the page, nothing stored.
#[handler]
pub async fn preview(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path(id): Path<String>,
    _form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let call_id = paths::parse_id(&id)?;
    match assigning::preview(&state.db, actor, call_id).await {
        Ok(plan) => {
            let forms = ReviewingForms {
                plan: Some(plan),
                ..ReviewingForms::default()
            };
            reviewing_page(state, visitor, call_id, forms, StatusCode::OK).await
        }
        Err(err) => automatic_refused(state, visitor, call_id, err).await,
    }
}

/// `POST /manage/calls/{id}/reviewing/apply`: applies the automatic plan as computed now.
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
    match assigning::apply(&state.db, actor, call_id, state.clock.now()).await {
        Ok(_) => Ok(reviewing_changed(
            state,
            jar,
            call_id,
            "flash-reviewing-page-plan-applied",
            "assignments",
        )),
        Err(err) => automatic_refused(state, visitor, call_id, err).await,
    }
}

/// `POST /manage/calls/{id}/reviewing/assignments`: assigns a member to an application by hand.
#[handler]
pub async fn assign(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let call_id = paths::parse_id(&id)?;
    // Nothing chosen: the nil id, which the domain reports as unknown on its field.
    let chosen = |name: &str| Uuid::parse_str(form.text(name).trim()).unwrap_or(Uuid::nil());
    let result = assigning::assign(
        &state.db,
        actor,
        call_id,
        chosen("application_id"),
        chosen("user_id"),
        state.clock.now(),
    )
    .await;
    match result {
        Ok(_) => Ok(reviewing_changed(
            state,
            jar,
            call_id,
            "flash-reviewing-page-assigned",
            "assignments",
        )),
        Err(err) => {
            let mut shown =
                FormState::new(visitor.lang, "assign", ASSIGN_FIELDS).keeping(&form, &[]);
            let status = shown.absorb(err)?;
            let forms = ReviewingForms {
                assign: Some(shown),
                ..ReviewingForms::default()
            };
            reviewing_page(state, visitor, call_id, forms, status).await
        }
    }
}

/// `POST /manage/calls/{id}/reviewing/assignments/{assignment_id}/remove`.
#[handler]
pub async fn unassign(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path((id, assignment_id)): Path<(String, String)>,
    _form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let call_id = paths::parse_id(&id)?;
    let assignment_id = paths::parse_id(&assignment_id)?;
    match assigning::unassign(&state.db, actor, assignment_id).await {
        Ok(()) => Ok(reviewing_changed(
            state,
            jar,
            call_id,
            "flash-reviewing-page-unassigned",
            "assignments",
        )),
        Err(err) => {
            let mut shown = FormState::new(visitor.lang, "assignments", &[]);
            let status = shown.absorb(err)?;
            let forms = ReviewingForms {
                assignments: Some(shown),
                ..ReviewingForms::default()
            };
            reviewing_page(state, visitor, call_id, forms, status).await
        }
    }
}

/// `POST /manage/calls/{id}/reviewing/conflicts/{conflict_id}`: the chair or a manager confirms or waives
/// a declared conflict, with a reason.
#[handler]
pub async fn decide(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path((id, conflict_id)): Path<(String, String)>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let call_id = paths::parse_id(&id)?;
    let conflict_id = paths::parse_id(&conflict_id)?;
    let result = match forms::version(&form) {
        Ok(version) => {
            conflicts::decide(
                &state.db,
                actor,
                conflict_id,
                &DecisionInput {
                    decision: form.text("decision").to_owned(),
                    reason: form.text("reason").to_owned(),
                    version,
                },
                state.clock.now(),
            )
            .await
        }
        Err(stale) => Err(stale),
    };
    match result {
        Ok(view) => Ok(reviewing_changed(
            state,
            jar,
            view.conflict.call_id,
            if view.status == ConflictStatus::Waived {
                "flash-reviewing-page-conflict-waived"
            } else {
                "flash-reviewing-page-conflict-confirmed"
            },
            "conflicts",
        )),
        Err(err) => {
            let mut shown =
                FormState::new(visitor.lang, "decision", DECISION_FIELDS).keeping(&form, &[]);
            let status = match err {
                // The chair's own conflict, say: explained beside the form rather than on an error page.
                Error::Refused(message) => {
                    shown.add_error("", &message);
                    StatusCode::FORBIDDEN
                }
                // Decided meanwhile by someone else.
                Error::InvalidTransition { .. } => {
                    shown.add_error("", &Message::new("error-page-invalid-transition"));
                    StatusCode::CONFLICT
                }
                other => shown.absorb(other)?,
            };
            let forms = ReviewingForms {
                decision: Some((conflict_id, shown)),
                ..ReviewingForms::default()
            };
            reviewing_page(state, visitor, call_id, forms, status).await
        }
    }
}

/// `POST /manage/calls/{id}/reviewing/remind`: queues a reminder for every member with reviews
/// outstanding, or for the one member named by `user_id`.
#[handler]
pub async fn remind(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let call_id = paths::parse_id(&id)?;
    let only = match form.optional("user_id") {
        Some(user_id) => Some(paths::parse_id(user_id)?),
        None => None,
    };
    match progress::remind(&state.db, actor, call_id, only, state.clock.now()).await {
        Ok(queued) => Ok(Redirect::see_other(format!(
            "/manage/calls/{call_id}/reviewing?reminded={queued}#progress"
        ))
        .into_response()),
        Err(err) => {
            let mut shown = FormState::new(visitor.lang, "remind", &[]);
            let status = shown.absorb(err)?;
            let forms = ReviewingForms {
                remind: Some(shown),
                ..ReviewingForms::default()
            };
            reviewing_page(state, visitor, call_id, forms, status).await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::committee::conflicts::ConflictKind;

    /// Every catalog key this module names, literally or built from a domain value, exists in every
    /// language.
    #[test]
    fn every_label_and_notice_is_in_every_catalog() {
        let mut keys: Vec<String> = include_str!("committee_manage.rs")
            .split('"')
            .skip(1)
            .step_by(2)
            .filter(|literal| {
                ["committee-page-", "reviewing-page-", "flash-"]
                    .iter()
                    .any(|prefix| literal.starts_with(prefix))
                    && literal
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && !literal.ends_with('-')
            })
            .map(str::to_owned)
            .collect();
        keys.extend(MemberRole::ALL.into_iter().map(|role| role.label().key));
        keys.extend(ConflictKind::ALL.into_iter().map(|kind| kind.label().key));
        keys.extend(
            [
                ConflictStatus::Declared,
                ConflictStatus::Confirmed,
                ConflictStatus::Waived,
            ]
            .into_iter()
            .map(conflict_status_key),
        );
        keys.extend(["automatic", "manual"].map(assignment_source_key));
        assert!(keys.len() > 30, "found only {} keys", keys.len());
        for lang in Lang::ALL {
            let missing: Vec<_> = keys.iter().filter(|key| !lang.has(key)).collect();
            assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        }
    }

    #[test]
    fn rule_errors_land_on_the_input_of_the_sector_they_are_about() {
        let sent = [Sector::CivilSociety, Sector::Academia];
        assert_eq!(
            rule_field("rule.shares[1].min_percent", &sent),
            "share_academia"
        );
        assert_eq!(
            rule_field("shares[0].min_percent", &sent),
            "share_civil_society"
        );
        assert_eq!(rule_field("rule.type", &sent), "rule_type");
        assert_eq!(rule_field("shares", &sent), "shares");
        assert_eq!(rule_field("shares[7].sector", &sent), "shares[7].sector");
    }

    #[test]
    fn only_the_sectors_given_a_percent_are_sent_in_order() {
        let form = CheckedForm::from_pairs(&[
            ("csrf_token", "t"),
            ("rule_type", "minimum_shares"),
            ("share_government", " "),
            ("share_civil_society", "40"),
            ("share_international", "10"),
        ]);
        let (input, sent) = read_rule(&form);
        assert_eq!(input.rule_type, "minimum_shares");
        assert_eq!(
            input.shares,
            [
                ("civil_society".to_owned(), "40".to_owned()),
                ("international".to_owned(), "10".to_owned())
            ]
        );
        assert_eq!(sent, [Sector::CivilSociety, Sector::International]);
    }

    #[test]
    fn the_reminder_notice_counts_in_every_language() {
        for lang in Lang::ALL {
            assert!(reminded_notice(lang, 3).contains('3'), "{lang:?}");
            assert!(!reminded_notice(lang, 0).is_empty());
        }
    }
}
