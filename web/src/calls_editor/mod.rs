//! Calls for managers: the list of every call (drafts included) with the form that starts a new one, and a
//! call's editor: details, criteria, eligibility rules, questions and indicators (each its own form with the
//! call's version), the lifecycle moves behind a confirmation page, and cloning as the next cycle.
//!
//! What may change when, and what is valid, is decided by `domain::calls::service`; the editor only reads
//! its forms (see `call_forms`), shows the frozen parts of an opened call read-only, and re-shows a refused
//! form with the domain's messages.

use askama::Template;
use chrono::{DateTime, Months, Utc};
use chrono_tz::Tz;
use domain::calls::criteria::parse_criteria;
use domain::calls::details::parse_details;
use domain::calls::eligibility::check_rules;
use domain::calls::questions::{QuestionKind, parse_questions};
use domain::calls::service::{self, CallFilter, CallView};
use domain::calls::{CallAction, CallState};
use domain::organisations::OrganisationKind;
use domain::projects::schedule::{TemplateCondition, TemplateRule};
use domain::projects::service as projects;
use domain::selection::modes::SelectionMode;
use domain::{Actor, Arg, Error, FieldError, Message, PageRequest, prerequisites, programmes};
use poem::http::StatusCode;
use poem::web::cookie::CookieJar;
use poem::web::{Data, Path, Query, Redirect};
use poem::{IntoResponse, Response, handler};
use serde::Deserialize;
use uuid::Uuid;

use crate::call_forms::{self, Row, rule_fields};
use crate::call_text::{self, CriterionLine, QuestionLine};
use crate::calls::CallRow;
use crate::csrf::CheckedForm;
use crate::errors::PageError;
use crate::forms::{self, Fields, FormState};
use crate::i18n::Lang;
use crate::i18n::format;
use crate::layout::Localized as _;
use crate::layout::{self, Choice, Pager};
use crate::session::{self, Visitor};
use crate::{WebState, paths};

mod save;
pub use save::save_all;

const DETAILS_FIELDS: Fields = &[
    ("programme_id", "editor-programme"),
    ("code", "editor-code"),
    ("title", "editor-title"),
    ("description", "editor-description"),
    ("time_zone", "editor-time-zone"),
    ("opens_at", "editor-opens-at"),
    ("closes_at", "editor-closes-at"),
    ("total_budget", "editor-total-budget"),
    ("min_award", "editor-min-award"),
    ("max_award", "editor-max-award"),
    ("max_awards", "editor-max-awards"),
    ("min_reviews", "editor-min-reviews"),
    ("min_total_score", "editor-min-total-score"),
    ("tie_break", "editor-tie-break"),
    ("quotas", "editor-quotas"),
    ("reporting_cadence_months", "editor-reporting-cadence"),
];
const RULE_FIELDS: Fields = &[
    (rule_fields::KINDS, "editor-rule-kinds"),
    (rule_fields::POPULATION, "editor-rule-population-min"),
    ("population_max", "editor-rule-population-max"),
    (rule_fields::LOCATION, "editor-rule-countries"),
    ("subdivisions", "editor-rule-subdivisions"),
    (rule_fields::PREREQUISITES, "editor-rule-prerequisites"),
    (rule_fields::CONSORTIUM, "editor-rule-consortium"),
    (rule_fields::AMOUNT, "editor-rule-amount"),
    (rule_fields::COFUNDING, "editor-rule-cofunding"),
];
const CLONE_FIELDS: Fields = &[
    ("opens_at", "editor-opens-at"),
    ("closes_at", "editor-closes-at"),
];

/// Blank rows every table editor offers for additions.
const EMPTY_ROWS: usize = 3;

/// The kinds a consortium can count (a national agency is never a partner).
fn consortium_kinds() -> impl Iterator<Item = OrganisationKind> {
    OrganisationKind::ALL
        .into_iter()
        .filter(|kind| *kind != OrganisationKind::NationalAgency)
}

// ---------------------------------------------------------------------------------------------------------
// Details, shared by the new-call form and the editor

/// The details form filled with a call's current values; dates in the call's time zone.
fn details_form_for(lang: Lang, view: &CallView) -> FormState {
    let call = &view.call;
    let tz = call_text::time_zone_of(&call.time_zone);
    let money = |minor: i64| view.money(minor).to_decimal_string(view.currency);
    FormState::new(lang, "details", DETAILS_FIELDS)
        .with("code", &call.code)
        .with("title", &call.title)
        .with("description", &call.description)
        .with("time_zone", &call.time_zone)
        .with(
            "opens_at",
            call_forms::local_datetime_value(call.opens_at, tz),
        )
        .with(
            "closes_at",
            call_forms::local_datetime_value(call.closes_at, tz),
        )
        .with("total_budget", money(call.total_budget_minor))
        .with("min_award", money(call.min_award_minor))
        .with("max_award", money(call.max_award_minor))
        .with("max_awards", call.max_awards)
        .with("min_reviews", call.min_reviews)
        .with(
            "min_total_score",
            call.min_total_score.clone().unwrap_or_default(),
        )
        .with(
            "tie_break",
            view.tie_break
                .iter()
                .map(i32::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        )
        .with("quotas", call_forms::quota_lines(&view.quotas))
        .with("reporting_cadence_months", call.reporting_cadence_months)
}

// ---------------------------------------------------------------------------------------------------------
// The list and new calls

/// A call as the managers' list shows it.
struct ManageRow {
    row: CallRow,
    code: String,
    state: String,
}

/// The list's filters.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ManageCallsQuery {
    programme: String,
    page: String,
}

#[derive(Template)]
#[template(path = "manage_calls.html")]
struct ManageCallsPage<'a> {
    visitor: &'a Visitor,
    rows: Vec<ManageRow>,
    pager: Pager,
    programme_choices: Vec<Choice>,
    details_form: FormState,
    frozen_details: bool,
    date_hint: String,
}
layout::localized!(ManageCallsPage);

async fn manage_calls_page(
    state: &WebState,
    visitor: &Visitor,
    query: &ManageCallsQuery,
    details_form: Option<FormState>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let actor = visitor.manager()?;
    let lang = visitor.lang;
    let filter = CallFilter {
        programme_id: Uuid::parse_str(query.programme.trim()).ok(),
        ..CallFilter::default()
    };
    let request = PageRequest::new(layout::page_number(Some(&query.page)), None);
    let page = service::list(&state.db, Some(actor), &filter, request).await?;
    let pager = Pager::new(
        &page,
        "/manage/calls",
        &[("programme", query.programme.as_str())],
    );
    let programme_choices = programmes::list(&state.db)
        .await?
        .into_iter()
        .map(|programme| Choice {
            selected: programme.id.to_string() == query.programme.trim(),
            value: programme.id.to_string(),
            label: format!("{} ({})", programme.name, programme.currency),
        })
        .collect();
    let details_form = details_form.unwrap_or_else(|| {
        FormState::new(lang, "details", DETAILS_FIELDS)
            .with("programme_id", query.programme.trim())
            .with("time_zone", "UTC")
            .with("min_reviews", 2)
    });
    let rows = page
        .items
        .iter()
        .map(|view| ManageRow {
            row: CallRow::new(lang, view),
            code: view.call.code.clone(),
            state: lang.t(call_text::state_key(view.state)),
        })
        .collect();
    layout::render(
        &ManageCallsPage {
            visitor,
            rows,
            pager,
            programme_choices,
            details_form,
            frozen_details: false,
            date_hint: lang.t("editor-dates-hint-new"),
        },
        status,
    )
}

/// `GET /manage/calls`: every call, drafts included.
#[handler]
pub async fn list(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Query(query): Query<ManageCallsQuery>,
) -> Result<Response, PageError> {
    manage_calls_page(state, visitor, &query, None, StatusCode::OK).await
}

/// `POST /manage/calls`: creates a draft in the chosen programme and opens its editor. Dates are read in
/// the time zone typed on the form, since the call has none yet.
#[handler]
pub async fn create(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Query(query): Query<ManageCallsQuery>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.manager()?;
    let programme_id = Uuid::parse_str(form.text("programme_id").trim()).unwrap_or(Uuid::nil());
    let tz = domain::calls::details::parse_time_zone(form.text("time_zone")).unwrap_or(Tz::UTC);
    let reading = call_forms::read_details(&form, tz, None);
    let result = if reading.unreadable.is_empty() {
        service::create(&state.db, actor, programme_id, &reading.input)
            .await
            .map(|view| view.call.id)
    } else {
        // Nothing is written; the programme's currency lets the domain's pure check report the rest.
        match programmes::find(&state.db, programme_id).await {
            Ok(programme) => {
                let currency = programmes::currency_of(&programme)?;
                Err(call_forms::combine(
                    reading.unreadable,
                    parse_details(&reading.input, currency, programme.reporting_cadence_months),
                ))
            }
            Err(_) => {
                let mut errors = reading.unreadable;
                errors.push(FieldError::new(
                    "programme_id",
                    Message::new("error-programme-unknown"),
                ));
                Err(Error::Validation(errors))
            }
        }
    };
    match result.map_err(|err| call_forms::place_details_errors(err, &reading.quota_lines)) {
        Ok(id) => {
            session::set_flash(state, jar, "flash-call-created");
            Ok(Redirect::see_other(format!("/manage/calls/{id}")).into_response())
        }
        Err(err) => {
            let mut details =
                FormState::new(visitor.lang, "details", DETAILS_FIELDS).keeping(&form, &[]);
            let status = details.absorb(err)?;
            manage_calls_page(state, visitor, &query, Some(details), status).await
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// The editor

/// The row of a table editor: names its cells (`criteria[2].weight`) for the template.
struct TableRow {
    prefix: &'static str,
    index: usize,
}

impl TableRow {
    /// The row's number as people count (from 1).
    fn number(&self) -> usize {
        self.index + 1
    }

    /// The name of one of its cells.
    fn cell(&self, field: &str) -> String {
        format!("{}[{}].{}", self.prefix, self.index, field)
    }
}

/// A table editor's form: `rows` then blank ones, each cell labelled for screen readers as "Criterion 2:
/// Weight" (`row_key` phrases the row, `columns` names the cells and their headings' keys).
fn table_form(
    lang: Lang,
    prefix: &'static str,
    row_key: &str,
    columns: &[(&str, &str)],
    rows: &[Row],
) -> (FormState, Vec<TableRow>) {
    table_form_in(
        FormState::new(lang, prefix, &[]),
        lang,
        (prefix, row_key),
        columns,
        rows,
    )
}

/// Like [`table_form`], in `form` (whose id prefix may differ from the cells' `prefix`).
fn table_form_in(
    mut form: FormState,
    lang: Lang,
    (prefix, row_key): (&'static str, &str),
    columns: &[(&str, &str)],
    rows: &[Row],
) -> (FormState, Vec<TableRow>) {
    let mut table = Vec::new();
    for index in 0..rows.len() + EMPTY_ROWS {
        let row = TableRow { prefix, index };
        for (field, heading) in columns {
            let label = lang.t_args(
                row_key,
                &[
                    ("number", &row.number().to_string()),
                    ("column", &lang.t(heading)),
                ],
            );
            form.add_row_field(row.cell(field), label);
        }
        if let Some(values) = rows.get(index) {
            for (field, value) in values {
                form = form.with(&row.cell(field), value);
            }
        }
        table.push(row);
    }
    (form, table)
}

const CRITERION_COLUMNS: [(&str, &str); 6] = [
    ("title", "call-title"),
    ("guidance", "call-criterion-guidance"),
    ("weight", "call-criterion-weight"),
    ("max_score", "call-criterion-max-score"),
    ("min_score", "call-criterion-min-score"),
    ("remove", "editor-remove"),
];
const QUESTION_COLUMNS: [(&str, &str); 9] = [
    ("prompt", "editor-question-prompt"),
    ("help", "editor-question-help"),
    ("kind", "editor-question-kind"),
    ("required", "call-question-required"),
    ("max_length", "editor-question-max-length"),
    ("min_number", "editor-question-min-number"),
    ("max_number", "editor-question-max-number"),
    ("choices", "editor-question-choices"),
    ("remove", "editor-remove"),
];
const INDICATOR_COLUMNS: [(&str, &str); 3] = [
    ("name", "editor-indicator-name"),
    ("unit", "editor-indicator-unit"),
    ("remove", "editor-remove"),
];

fn criteria_form(lang: Lang, rows: &[Row]) -> (FormState, Vec<TableRow>) {
    table_form(
        lang,
        "criteria",
        "editor-criterion-cell",
        &CRITERION_COLUMNS,
        rows,
    )
}

fn questions_form(lang: Lang, rows: &[Row]) -> (FormState, Vec<TableRow>) {
    table_form(
        lang,
        "questions",
        "editor-question-cell",
        &QUESTION_COLUMNS,
        rows,
    )
}

const TRANCHE_COLUMNS: [(&str, &str); 6] = [
    ("percent", "editor-tranche-percent"),
    ("condition", "editor-tranche-condition"),
    ("milestone", "editor-tranche-milestone"),
    ("months", "editor-tranche-months"),
    ("report", "editor-tranche-report"),
    ("remove", "editor-remove"),
];

/// The conditions a tranche may wait for, by the names the domain reads, with a blank first for the
/// blank rows.
const TRANCHE_CONDITIONS: [&str; 5] = ["signature", "milestone", "report", "final_report", "date"];

/// The tranche template's table: cells named `lines[i].percent` as the domain names its errors; the sum's
/// error (on `lines`) is shown above the table.
fn tranches_form(lang: Lang, rows: &[Row]) -> (FormState, Vec<TableRow>) {
    let mut form = FormState::new(lang, "tranches", &[]);
    form.add_row_field("lines".into(), lang.t("editor-tranches-heading"));
    table_form_in(
        form,
        lang,
        ("lines", "editor-tranche-cell"),
        &TRANCHE_COLUMNS,
        rows,
    )
}

fn tranche_condition_choices(lang: Lang) -> Vec<Choice> {
    std::iter::once(Choice {
        value: String::new(),
        label: lang.t("form-choose"),
        selected: false,
    })
    .chain(TRANCHE_CONDITIONS.iter().map(|condition| Choice {
        value: (*condition).to_owned(),
        label: lang.t(&format!(
            "editor-tranche-condition-{}",
            condition.replace('_', "-")
        )),
        selected: false,
    }))
    .collect()
}

/// A rule of the template in words: "40% when the agreement is signed" ("40 % bei Unterzeichnung ...").
fn tranche_sentence(lang: Lang, rule: &TemplateRule) -> String {
    let percent = format::percent(lang, rule.percent);
    let after = |months: i32| {
        lang.t_count(
            "editor-tranche-after-months",
            "months",
            u64::from(months.unsigned_abs()),
        )
    };
    match &rule.condition {
        TemplateCondition::Signature => {
            lang.t_args("editor-tranche-on-signature", &[("percent", &percent)])
        }
        TemplateCondition::Milestone { title, months } => lang.t_args(
            "editor-tranche-on-milestone",
            &[
                ("percent", &percent),
                ("title", title),
                ("due", &after(*months)),
            ],
        ),
        TemplateCondition::Report { number: Some(n) } => lang.t_args(
            "editor-tranche-on-report",
            &[("percent", &percent), ("number", &n.to_string())],
        ),
        TemplateCondition::Report { number: None } => {
            lang.t_args("editor-tranche-on-final-report", &[("percent", &percent)])
        }
        TemplateCondition::Date { months } => lang.t_args(
            "editor-tranche-on-date",
            &[("percent", &percent), ("due", &after(*months))],
        ),
    }
}

fn indicators_form(lang: Lang, rows: &[Row]) -> (FormState, Vec<TableRow>) {
    table_form(
        lang,
        "indicators",
        "editor-indicator-cell",
        &INDICATOR_COLUMNS,
        rows,
    )
}

/// The eligibility form, with a labelled number input per consortium kind.
fn rules_form(lang: Lang, values: Vec<(String, String)>) -> FormState {
    let mut form = FormState::new(lang, "rules", RULE_FIELDS);
    for kind in consortium_kinds() {
        form.add_row_field(
            call_forms::consortium_field(kind),
            lang.message(
                &Message::new("editor-rule-consortium-kind")
                    .arg_phrased("kind", Arg::Message(Box::new(kind.label()))),
            ),
        );
    }
    values
        .into_iter()
        .fold(form, |form, (name, value)| form.with(&name, value))
}

/// A lifecycle move offered on the editor.
struct ActionLink {
    slug: &'static str,
    label: String,
}

/// The moves the editor offers, by the slug of their address.
const ACTIONS: [(&str, CallAction); 3] = [
    ("open", CallAction::Open),
    ("close", CallAction::Close),
    ("start-review", CallAction::StartReview),
];

/// The forms of the editor, each filled from the call unless a handler brings one back with errors.
#[derive(Default)]
struct EditorForms {
    details: Option<FormState>,
    criteria: Option<(FormState, Vec<TableRow>)>,
    rules: Option<FormState>,
    questions: Option<(FormState, Vec<TableRow>)>,
    indicators: Option<(FormState, Vec<TableRow>)>,
    tranches: Option<(FormState, Vec<TableRow>)>,
    scoring: Option<FormState>,
    clone: Option<FormState>,
}

#[derive(Template)]
#[template(path = "manage_call.html")]
struct EditorPage<'a> {
    visitor: &'a Visitor,
    view: CallView,
    state: String,
    published: bool,
    frozen: bool,
    details_form: FormState,
    frozen_details: bool,
    date_hint: String,
    criteria: Vec<CriterionLine>,
    criteria_form: FormState,
    criteria_rows: Vec<TableRow>,
    /// The sum of the saved criteria's weights (the page's script keeps it current while typing).
    weight_total: String,
    /// How scores are aggregated; the method is frozen at opening, the rest may change until decided.
    scoring_form: FormState,
    aggregation_choices: Vec<Choice>,
    aggregation_label: String,
    selection_mode_choices: Vec<Choice>,
    selection_mode_label: String,
    scoring_open: bool,
    rules: Vec<String>,
    rules_form: FormState,
    hidden_rules: bool,
    kind_choices: Vec<Choice>,
    prerequisite_choices: Vec<Choice>,
    consortium_fields: Vec<String>,
    award_range: String,
    questions: Vec<QuestionLine>,
    questions_form: FormState,
    question_rows: Vec<TableRow>,
    question_kinds: Vec<Choice>,
    indicators_form: FormState,
    indicator_rows: Vec<TableRow>,
    tranches: Vec<String>,
    /// Whether the template may still change (until the call is decided).
    tranches_open: bool,
    tranches_form: FormState,
    tranche_rows: Vec<TableRow>,
    tranche_conditions: Vec<Choice>,
    actions: Vec<ActionLink>,
    clone_form: FormState,
    /// The programme's content languages the call may be translated into (code, own name).
    translation_languages: Vec<(&'static str, &'static str)>,
}
layout::localized!(EditorPage);

/// The same moment a year later in the call's time zone: the natural dates of the next cycle.
fn a_year_later(at: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
    at.with_timezone(&tz)
        .checked_add_months(Months::new(12))
        .map_or(at, |later| later.with_timezone(&Utc))
}

async fn editor_page(
    state: &WebState,
    visitor: &Visitor,
    view: CallView,
    forms: EditorForms,
    status: StatusCode,
) -> Result<Response, PageError> {
    let lang = visitor.lang;
    let tz = call_text::time_zone_of(&view.call.time_zone);
    let frozen = view.state.is_frozen();
    let kinds = prerequisites::kinds_of(&state.db, view.programme.id).await?;
    let (rule_values, hidden_rules) = call_forms::rule_values(&view.rules);
    let criteria_rows: Vec<Row> = view
        .criteria
        .iter()
        .map(call_forms::criterion_row)
        .collect();
    let question_rows: Vec<Row> = view
        .questions
        .iter()
        .map(call_forms::question_row)
        .collect();
    let indicator_rows: Vec<Row> = view
        .indicator_views()
        .iter()
        .map(call_forms::indicator_row)
        .collect();
    let (criteria_form, criteria_table) = forms
        .criteria
        .unwrap_or_else(|| criteria_form(lang, &criteria_rows));
    let (questions_form, question_table) = forms
        .questions
        .unwrap_or_else(|| questions_form(lang, &question_rows));
    let (indicators_form, indicator_table) = forms
        .indicators
        .unwrap_or_else(|| indicators_form(lang, &indicator_rows));
    let template = projects::template_of(&view.call)?;
    let (tranches_form, tranche_table) = forms.tranches.unwrap_or_else(|| {
        let rows: Vec<Row> = template.iter().map(call_forms::template_row).collect();
        tranches_form(lang, &rows)
    });
    let money = |minor: i64| call_text::amount_of_minor(lang, minor, view.currency);
    let scoring_form = match forms.scoring {
        Some(form) => form,
        None => save::scoring_form_for(lang, &view)?,
    };
    let aggregation_label =
        crate::selection::aggregation_name(lang, scoring_form.value("aggregation"));
    let mode_key = |mode: SelectionMode| format!("call-selection-mode-{}", mode.as_str());
    let selection_mode_label = lang.t(&mode_key(
        SelectionMode::parse(scoring_form.value("selection_mode")).unwrap_or_default(),
    ));
    let selection_mode_choices = SelectionMode::ALL
        .into_iter()
        .map(|mode| Choice {
            value: mode.as_str().to_owned(),
            label: lang.t(&mode_key(mode)),
            selected: false,
        })
        .collect();
    let page = EditorPage {
        visitor,
        state: lang.t(call_text::state_key(view.state)),
        published: view.state != CallState::Draft,
        frozen,
        details_form: forms
            .details
            .unwrap_or_else(|| details_form_for(lang, &view)),
        frozen_details: frozen,
        date_hint: lang.t_args("editor-dates-hint", &[("zone", tz.name())]),
        criteria: call_text::criterion_lines(lang, &view.criteria),
        criteria_form,
        criteria_rows: criteria_table,
        weight_total: weight_total(&view),
        scoring_form,
        aggregation_choices: crate::selection::aggregation_choices(lang),
        aggregation_label,
        selection_mode_choices,
        selection_mode_label,
        scoring_open: !matches!(view.state, CallState::Decided | CallState::Archived),
        rules: view
            .rules
            .iter()
            .map(|rule| call_text::rule_sentence(lang, rule, view.currency))
            .collect(),
        rules_form: forms.rules.unwrap_or_else(|| rules_form(lang, rule_values)),
        hidden_rules,
        kind_choices: OrganisationKind::ALL
            .into_iter()
            .map(|kind| Choice {
                value: kind.as_str().to_owned(),
                label: layout::kind_label(lang, kind.as_str()),
                selected: false,
            })
            .collect(),
        prerequisite_choices: kinds
            .iter()
            .map(|kind| Choice {
                value: kind.id.to_string(),
                label: kind.name.clone(),
                selected: false,
            })
            .collect(),
        consortium_fields: consortium_kinds()
            .map(call_forms::consortium_field)
            .collect(),
        award_range: lang.t_args(
            "call-award-range",
            &[
                ("min", &money(view.call.min_award_minor)),
                ("max", &money(view.call.max_award_minor)),
            ],
        ),
        questions: call_text::question_lines(lang, &view.questions),
        questions_form,
        question_rows: question_table,
        question_kinds: QuestionKind::ALL
            .into_iter()
            .map(|kind| Choice {
                value: kind.as_str().to_owned(),
                label: lang.t(&call_text::question_kind_key(kind.as_str())),
                selected: false,
            })
            .collect(),
        indicators_form,
        indicator_rows: indicator_table,
        tranches: template
            .iter()
            .map(|rule| tranche_sentence(lang, rule))
            .collect(),
        tranches_open: !matches!(view.state, CallState::Decided | CallState::Archived),
        tranches_form,
        tranche_rows: tranche_table,
        tranche_conditions: tranche_condition_choices(lang),
        actions: ACTIONS
            .iter()
            .filter(|(_, action)| view.state.transition(*action).is_ok())
            .map(|(slug, _)| ActionLink {
                slug,
                label: lang.t(&format!("editor-action-{slug}")),
            })
            .collect(),
        clone_form: forms.clone.unwrap_or_else(|| {
            FormState::new(lang, "clone", CLONE_FIELDS)
                .with(
                    "opens_at",
                    call_forms::local_datetime_value(a_year_later(view.call.opens_at, tz), tz),
                )
                .with(
                    "closes_at",
                    call_forms::local_datetime_value(a_year_later(view.call.closes_at, tz), tz),
                )
        }),
        translation_languages: view
            .programme
            .content_languages()
            .into_iter()
            .skip(1)
            .map(|language| {
                let lang = Lang::from(language);
                (lang.code(), lang.native_name())
            })
            .collect(),
        view,
    };
    layout::render(&page, status)
}

/// The sum of the call's criteria weights.
fn weight_total(view: &CallView) -> String {
    view.criteria
        .iter()
        .map(|c| c.weight)
        .sum::<rust_decimal::Decimal>()
        .normalize()
        .to_string()
}

/// The call being edited, for a manager.
async fn editable(
    state: &WebState,
    visitor: &Visitor,
    id: &str,
) -> Result<(Actor, CallView), PageError> {
    let actor = visitor.manager()?.clone();
    let view = service::get(&state.db, Some(&actor), paths::parse_id(id)?).await?;
    Ok((actor, view))
}

/// Goes back to the editor after a saved change, at the section that changed.
fn saved(state: &WebState, jar: &CookieJar, id: Uuid, flash: &str, section: &str) -> Response {
    session::set_flash(state, jar, flash);
    Redirect::see_other(format!("/manage/calls/{id}#{section}")).into_response()
}

/// `GET /manage/calls/{id}`: the editor.
#[handler]
pub async fn edit(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let (_, view) = editable(state, visitor, &id).await?;
    editor_page(state, visitor, view, EditorForms::default(), StatusCode::OK).await
}

/// `POST /manage/calls/{id}/details`: dates are read in the call's time zone, the one the form showed
/// them in.
#[handler]
pub async fn update_details(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let (actor, view) = editable(state, visitor, &id).await?;
    let reading = call_forms::read_details(
        &form,
        call_text::time_zone_of(&view.call.time_zone),
        Some((view.call.opens_at, view.call.closes_at)),
    );
    let result = save_section(
        forms::version(&form),
        reading.unreadable.clone(),
        || {
            parse_details(
                &reading.input,
                view.currency,
                view.programme.reporting_cadence_months,
            )
        },
        |version| service::update_details(&state.db, &actor, view.call.id, version, &reading.input),
    )
    .await
    .map(drop);
    match result.map_err(|err| call_forms::place_details_errors(err, &reading.quota_lines)) {
        Ok(()) => Ok(saved(
            state,
            jar,
            view.call.id,
            "flash-call-details-saved",
            "details",
        )),
        Err(err) => {
            let mut details =
                FormState::new(visitor.lang, "details", DETAILS_FIELDS).keeping(&form, &[]);
            let status = details.absorb(err)?;
            let forms = EditorForms {
                details: Some(details),
                ..EditorForms::default()
            };
            editor_page(state, visitor, view, forms, status).await
        }
    }
}

/// `POST /manage/calls/{id}/criteria`: replaces the criteria with the table's rows (drafts only).
#[handler]
pub async fn update_criteria(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let (actor, view) = editable(state, visitor, &id).await?;
    let reading = call_forms::read_criteria(&form);
    let result = save_section(
        forms::version(&form),
        reading.unreadable.clone(),
        || parse_criteria(&reading.inputs),
        |version| {
            service::replace_criteria(&state.db, &actor, view.call.id, version, &reading.inputs)
        },
    )
    .await
    .map(drop);
    match result {
        Ok(()) => Ok(saved(
            state,
            jar,
            view.call.id,
            "flash-call-criteria-saved",
            "criteria",
        )),
        Err(err) => {
            // The rows kept are shown again in their new order, which is the order the errors count in.
            let (mut shown, rows) = criteria_form(visitor.lang, &reading.rows);
            let status = shown.absorb(err)?;
            let forms = EditorForms {
                criteria: Some((shown, rows)),
                ..EditorForms::default()
            };
            editor_page(state, visitor, view, forms, status).await
        }
    }
}

/// Saves a section of the editor with `version` (the form's, or the one an earlier section's save left), unless some field could not be read at all:
/// then nothing is written, and the domain's pure `check` of the rest joins the report, so that the
/// manager sees every problem in one round trip.
async fn save_section<T, Fut>(
    version: Result<i32, Error>,
    unreadable: Vec<FieldError>,
    check: impl FnOnce() -> Result<T, Error>,
    save: impl FnOnce(i32) -> Fut,
) -> Result<CallView, Error>
where
    Fut: std::future::Future<Output = Result<CallView, Error>>,
{
    if !unreadable.is_empty() {
        return Err(call_forms::combine(unreadable, check()));
    }
    save(version?).await
}

/// `POST /manage/calls/{id}/eligibility`: replaces the rules with those the form fills in (drafts only).
#[handler]
pub async fn update_eligibility(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let (actor, view) = editable(state, visitor, &id).await?;
    let kinds = prerequisites::kinds_of(&state.db, view.programme.id).await?;
    let reading = call_forms::read_rules(
        &form,
        &kinds,
        (view.call.min_award_minor, view.call.max_award_minor),
    );
    let known: Vec<Uuid> = kinds.iter().map(|kind| kind.id).collect();
    let result = save_section(
        forms::version(&form),
        reading.unreadable.clone(),
        || check_rules(&reading.rules, &known),
        |version| {
            service::replace_eligibility(&state.db, &actor, view.call.id, version, &reading.rules)
        },
    )
    .await
    .map(drop);
    match result.map_err(|err| call_forms::place_rule_errors(err, &reading.fields)) {
        Ok(()) => Ok(saved(
            state,
            jar,
            view.call.id,
            "flash-call-eligibility-saved",
            "eligibility",
        )),
        Err(err) => {
            let values = form
                .pairs()
                .map(|(name, value)| (name.to_owned(), value.to_owned()))
                .collect();
            let mut shown = rules_form(visitor.lang, values);
            let status = shown.absorb(err)?;
            let forms = EditorForms {
                rules: Some(shown),
                ..EditorForms::default()
            };
            editor_page(state, visitor, view, forms, status).await
        }
    }
}

/// `POST /manage/calls/{id}/questions`: replaces the custom questions (drafts only).
#[handler]
pub async fn update_questions(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let (actor, view) = editable(state, visitor, &id).await?;
    let reading = call_forms::read_questions(&form);
    let result = save_section(
        forms::version(&form),
        reading.unreadable.clone(),
        || parse_questions(&reading.inputs),
        |version| {
            service::replace_questions(&state.db, &actor, view.call.id, version, &reading.inputs)
        },
    )
    .await
    .map(drop);
    match result {
        Ok(()) => Ok(saved(
            state,
            jar,
            view.call.id,
            "flash-call-questions-saved",
            "questions",
        )),
        Err(err) => {
            let (mut shown, rows) = questions_form(visitor.lang, &reading.rows);
            let status = shown.absorb(err)?;
            let forms = EditorForms {
                questions: Some((shown, rows)),
                ..EditorForms::default()
            };
            editor_page(state, visitor, view, forms, status).await
        }
    }
}

/// `POST /manage/calls/{id}/indicators`: replaces the indicators (allowed until decisions).
#[handler]
pub async fn update_indicators(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let (actor, view) = editable(state, visitor, &id).await?;
    let (inputs, rows) = call_forms::read_indicators(&form);
    let result = match forms::version(&form) {
        Ok(version) => {
            service::replace_indicators(&state.db, &actor, view.call.id, version, &inputs)
                .await
                .map(drop)
        }
        Err(stale) => Err(stale),
    };
    match result {
        Ok(()) => Ok(saved(
            state,
            jar,
            view.call.id,
            "flash-call-indicators-saved",
            "indicators",
        )),
        Err(err) => {
            let (mut shown, table) = indicators_form(visitor.lang, &rows);
            let status = shown.absorb(err)?;
            let forms = EditorForms {
                indicators: Some((shown, table)),
                ..EditorForms::default()
            };
            editor_page(state, visitor, view, forms, status).await
        }
    }
}

/// `POST /manage/calls/{id}/tranche-template`: replaces the template of the tranches the call's funded
/// projects will get (until the call is decided).
#[handler]
pub async fn update_tranche_template(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let (actor, view) = editable(state, visitor, &id).await?;
    let reading = call_forms::read_template(&form);
    let result = save_section(
        forms::version(&form),
        reading.unreadable.clone(),
        || domain::projects::schedule::parse_template(&reading.lines),
        |version| projects::set_template(&state.db, &actor, view.call.id, version, &reading.lines),
    )
    .await
    .map(drop);
    match result {
        Ok(()) => Ok(saved(
            state,
            jar,
            view.call.id,
            "flash-call-tranches-saved",
            "tranches",
        )),
        Err(err) => {
            let (mut shown, rows) = tranches_form(visitor.lang, &reading.rows);
            let status = shown.absorb(err)?;
            let forms = EditorForms {
                tranches: Some((shown, rows)),
                ..EditorForms::default()
            };
            editor_page(state, visitor, view, forms, status).await
        }
    }
}

/// `POST /manage/calls/{id}/clone`: the next cycle, as a new draft with the new dates (read in the call's
/// time zone); opens its editor.
#[handler]
pub async fn clone(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let (actor, view) = editable(state, visitor, &id).await?;
    let tz = call_text::time_zone_of(&view.call.time_zone);
    let opens = call_forms::parse_local_datetime(form.text("opens_at"), tz);
    let closes = call_forms::parse_local_datetime(form.text("closes_at"), tz);
    let result = match (opens, closes) {
        (Ok(opens_at), Ok(closes_at)) => {
            service::clone_call(&state.db, &actor, view.call.id, opens_at, closes_at)
                .await
                .map(|copy| copy.call.id)
        }
        (opens, closes) => Err(Error::Validation(
            [("opens_at", opens.err()), ("closes_at", closes.err())]
                .into_iter()
                .filter_map(|(field, message)| message.map(|m| FieldError::new(field, m)))
                .collect(),
        )),
    };
    match result {
        Ok(copy) => {
            session::set_flash(state, jar, "flash-call-cloned");
            Ok(Redirect::see_other(format!("/manage/calls/{copy}")).into_response())
        }
        Err(err) => {
            let mut shown = FormState::new(visitor.lang, "clone", CLONE_FIELDS).keeping(&form, &[]);
            let status = shown.absorb(err)?;
            let forms = EditorForms {
                clone: Some(shown),
                ..EditorForms::default()
            };
            editor_page(state, visitor, view, forms, status).await
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// Lifecycle moves, each behind a confirmation page

#[derive(Template)]
#[template(path = "confirm_call_action.html")]
struct ConfirmPage<'a> {
    visitor: &'a Visitor,
    view: CallView,
    slug: &'static str,
    heading: String,
    consequences: Vec<String>,
    button: String,
    /// Whether the call is in a state the move starts from (else only the explanation is shown).
    possible: bool,
    form: FormState,
}
layout::localized!(ConfirmPage);

/// What a move will do, in sentences, so that a manager knows before pressing the button.
fn consequences(lang: Lang, view: &CallView, action: CallAction) -> Vec<String> {
    let tz = call_text::time_zone_of(&view.call.time_zone);
    let opens = format::date_time(lang, view.call.opens_at, tz);
    let deadline = call_text::deadline_text(lang, view.call.deadline(), tz);
    match action {
        CallAction::Open => vec![
            lang.t("editor-confirm-open-frozen"),
            lang.t_args(
                "editor-confirm-open-public",
                &[("opens", &opens), ("deadline", &deadline)],
            ),
            lang.t("editor-confirm-open-details"),
        ],
        CallAction::Close => vec![
            lang.t_args("editor-confirm-close-early", &[("deadline", &deadline)]),
            lang.t("editor-confirm-final"),
        ],
        CallAction::StartReview => vec![
            lang.t("editor-confirm-start-review-committee"),
            lang.t("editor-confirm-final"),
        ],
        CallAction::Decide | CallAction::Archive => vec![lang.t("editor-confirm-final")],
    }
}

fn confirm_page(
    visitor: &Visitor,
    view: CallView,
    slug: &'static str,
    action: CallAction,
    form: FormState,
    status: StatusCode,
) -> Result<Response, PageError> {
    let lang = visitor.lang;
    let page = ConfirmPage {
        visitor,
        possible: view.state.transition(action).is_ok(),
        heading: lang.t_args(
            &format!("editor-confirm-{slug}-heading"),
            &[("title", &view.call.title)],
        ),
        consequences: consequences(lang, &view, action),
        button: lang.t(&format!("editor-action-{slug}")),
        slug,
        form,
        view,
    };
    layout::render(&page, status)
}

/// The slug as the routes spell it (so that the page can name its form's address), if it is a move.
fn known_slug(slug: &str) -> Option<(&'static str, CallAction)> {
    ACTIONS.iter().find(|(s, _)| *s == slug).copied()
}

/// `GET /manage/calls/{id}/confirm/{action}`: what the move will do, and the button that does it.
#[handler]
pub async fn confirm(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path((id, slug)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (actor, view) = editable(state, visitor, &id).await?;
    let (slug, action) = known_slug(&slug).ok_or(PageError::Domain(Error::NotFound))?;
    let mut form = FormState::new(visitor.lang, "confirm", &[]);
    // A stale link (the call has moved on): say so instead of offering a button that cannot work.
    let status = if view.state.transition(action).is_ok() {
        // Say up front what the committee lacks, rather than only after the button is pressed.
        if action == CallAction::StartReview {
            let committee = domain::committee::get(&state.db, Some(&actor), view.call.id).await?;
            for problem in &committee.problems {
                form.add_error("committee", problem);
            }
        }
        StatusCode::OK
    } else {
        form.add_error("", &Message::new("error-page-invalid-transition"));
        StatusCode::CONFLICT
    };
    confirm_page(visitor, view, slug, action, form, status)
}

/// Makes a move; a refusal is explained on the confirmation page.
async fn act(
    state: &WebState,
    visitor: &Visitor,
    jar: &CookieJar,
    id: &str,
    slug: &str,
    form: &CheckedForm,
) -> Result<Response, PageError> {
    let (actor, view) = editable(state, visitor, id).await?;
    let (slug, action) = known_slug(slug).ok_or(PageError::Domain(Error::NotFound))?;
    let result = match forms::version(form) {
        Ok(version) => service::act(&state.db, &actor, view.call.id, version, action).await,
        Err(stale) => Err(stale),
    };
    match result {
        Ok(moved) => {
            let flash = match moved.state {
                CallState::Open => "flash-call-opened",
                CallState::Closed => "flash-call-closed",
                _ => "flash-call-review-started",
            };
            Ok(saved(state, jar, moved.call.id, flash, "lifecycle"))
        }
        Err(err) => {
            let mut shown = FormState::new(visitor.lang, "confirm", &[]);
            let status = match err {
                // Someone else moved the call meanwhile: say so rather than show a bare error page.
                Error::InvalidTransition { .. } => {
                    shown.add_error("", &Message::new("error-page-invalid-transition"));
                    StatusCode::CONFLICT
                }
                other => shown.absorb(other)?,
            };
            // Show the call as it is now, so that the version on the form is current.
            let (_, view) = editable(state, visitor, id).await?;
            confirm_page(visitor, view, slug, action, shown, status)
        }
    }
}

/// `POST /manage/calls/{id}/open`.
#[handler]
pub async fn open(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    act(state, visitor, jar, &id, "open", &form).await
}

/// `POST /manage/calls/{id}/close`.
#[handler]
pub async fn close(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    act(state, visitor, jar, &id, "close", &form).await
}

/// `POST /manage/calls/{id}/start-review`.
#[handler]
pub async fn start_review(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    act(state, visitor, jar, &id, "start-review", &form).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_move_has_its_words_in_every_language() {
        for lang in Lang::ALL {
            for (slug, _) in ACTIONS {
                for key in [
                    format!("editor-action-{slug}"),
                    format!("editor-confirm-{slug}-heading"),
                ] {
                    assert!(lang.has(&key), "{lang:?} lacks {key}");
                }
            }
            for kind in QuestionKind::ALL {
                assert!(
                    lang.has(&call_text::question_kind_key(kind.as_str())),
                    "{lang:?}"
                );
            }
            for state in CallState::ALL {
                assert!(lang.has(call_text::state_key(state)), "{lang:?}");
            }
        }
        assert_eq!(
            known_slug("start-review"),
            Some(("start-review", CallAction::StartReview))
        );
        assert_eq!(known_slug("archive"), None);
    }

    #[test]
    fn a_frozen_refusal_names_the_parts_in_the_reader_s_language() {
        let every_part = service::frozen(&service::FROZEN_PARTS, CallState::Open);
        let Error::Conflict(message) = every_part else {
            panic!("a conflict");
        };
        for lang in Lang::ALL {
            let text = lang.message(&message);
            assert!(
                !text.contains("call-part-") && !text.contains('_'),
                "{lang:?}: {text}"
            );
        }
        let spanish = Lang::Es.message(&message);
        assert!(spanish.contains("presupuesto total"), "{spanish}");
    }

    #[test]
    fn table_rows_name_their_cells_and_offer_blank_rows() {
        let rows = vec![Row::from([("title".to_owned(), "Transparency".to_owned())])];
        let (form, table) = criteria_form(Lang::En, &rows);
        assert_eq!(table.len(), 1 + EMPTY_ROWS);
        assert_eq!(table[1].cell("weight"), "criteria[1].weight");
        assert_eq!(form.value("criteria[0].title"), "Transparency");
        assert_eq!(form.label("criteria[1].weight"), "Criterion 2: Weight");
    }

    #[test]
    fn the_tranche_template_reads_as_sentences_in_every_language() {
        let default: Vec<String> = domain::projects::schedule::default_template()
            .iter()
            .map(|rule| tranche_sentence(Lang::En, rule))
            .collect();
        assert_eq!(
            default,
            [
                "40% when the agreement is signed",
                "40% when progress report 1 is accepted",
                "20% when the final report is accepted",
            ]
        );
        let milestone = TemplateRule {
            percent: rust_decimal::Decimal::new(125, 1),
            condition: TemplateCondition::Milestone {
                title: "Action plan adopted".into(),
                months: 1,
            },
        };
        assert_eq!(
            tranche_sentence(Lang::En, &milestone),
            "12.5% when the milestone “Action plan adopted” (1 month after the start) is accepted"
        );
        assert!(tranche_sentence(Lang::Fr, &milestone).starts_with("12,5\u{a0}%"));
        for lang in Lang::ALL {
            for condition in TRANCHE_CONDITIONS {
                let key = format!("editor-tranche-condition-{}", condition.replace('_', "-"));
                assert!(lang.has(&key), "{lang:?} lacks {key}");
            }
            let date = TemplateRule {
                percent: rust_decimal::Decimal::ONE_HUNDRED,
                condition: TemplateCondition::Date { months: 6 },
            };
            let text = tranche_sentence(lang, &date);
            assert!(
                text.contains('6') && !text.contains('{'),
                "{lang:?}: {text}"
            );
        }
        assert_eq!(
            tranche_condition_choices(Lang::En).len(),
            1 + TRANCHE_CONDITIONS.len()
        );
    }

    #[test]
    fn the_next_cycle_is_a_year_later_in_local_time() {
        let tz = chrono_tz::Europe::Berlin;
        // 23:59 in Berlin in winter is 22:59 UTC; a year later it is winter again.
        let deadline = "2026-01-31T22:59:00Z".parse::<DateTime<Utc>>().unwrap();
        assert_eq!(
            a_year_later(deadline, tz),
            "2027-01-31T22:59:00Z".parse::<DateTime<Utc>>().unwrap()
        );
    }
}
