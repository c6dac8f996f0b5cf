//! Reading the call editor's forms into the domain's inputs: dates typed in the call's time zone, quota
//! lines, tie-break lists, the rows of the criteria, question and indicator tables, and the eligibility
//! checkboxes and fields turned into rules.
//!
//! Whatever cannot be read (a date that is not one, a number with letters) becomes a field error here, and
//! the input gets a harmless stand-in so that the domain's pure checks can still report everything else
//! at once ([`combine`]). Whether a value is acceptable is never decided here: the domain does that.

use std::collections::BTreeMap;

use chrono::{DateTime, LocalResult, NaiveDateTime, TimeZone, Timelike, Utc};
use chrono_tz::Tz;
use domain::calls::details::{CallDetailsInput, Quota};
use domain::calls::eligibility::{EligibilityRule, KindMinimum, RequiredPrerequisite};
use domain::calls::service::IndicatorInput;
use domain::calls::{CriterionView, IndicatorView, QuestionView};
use domain::calls::{criteria::CriterionInput, questions::QuestionInput};
use domain::organisations::OrganisationKind;
use domain::prerequisites::PrerequisiteKind;
use domain::projects::schedule::{TemplateCondition, TemplateLine, TemplateRule};
use domain::{Arg, Error, FieldError, Message};
use rust_decimal::Decimal;
use uuid::Uuid;

use crate::csrf::CheckedForm;
use crate::forms;

/// The form of a `datetime-local` input's value (what browsers send), seconds left out when zero.
const INPUT_MINUTES: &str = "%Y-%m-%dT%H:%M";

/// Reads a date and time typed into a `datetime-local` input (or by hand, `2027-01-31 23:59`) as a moment
/// in `tz`. A time the clocks skip in `tz` is refused; one they pass twice is read as the first.
pub fn parse_local_datetime(value: &str, tz: Tz) -> Result<DateTime<Utc>, Message> {
    let text = value.trim().replacen(' ', "T", 1);
    if text.is_empty() {
        return Err(Message::new("error-required"));
    }
    let naive = [
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M:%S%.f",
    ]
    .iter()
    .find_map(|format| NaiveDateTime::parse_from_str(&text, format).ok())
    .ok_or_else(|| Message::new("form-error-datetime"))?;
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(at) | LocalResult::Ambiguous(at, _) => Ok(at.with_timezone(&Utc)),
        LocalResult::None => Err(Message::new("form-error-datetime-gap").arg("zone", tz.name())),
    }
}

/// The value a `datetime-local` input shows for `at` in `tz`: to the minute, or to the second when there
/// are seconds (browsers take no finer value; see [`read_date`] for what is stored more precisely).
pub fn local_datetime_value(at: DateTime<Utc>, tz: Tz) -> String {
    let local = at.with_timezone(&tz);
    let format = if local.second() == 0 {
        INPUT_MINUTES
    } else {
        "%Y-%m-%dT%H:%M:%S"
    };
    local.format(format).to_string()
}

/// Reads a date field that showed `stored`: while it still shows it, the stored moment is kept exactly,
/// so that a moment set more precisely through the API does not change (nor count as a change to a
/// frozen field) just because the form was sent back.
pub fn read_date(
    value: &str,
    tz: Tz,
    stored: Option<DateTime<Utc>>,
) -> Result<DateTime<Utc>, Message> {
    match stored {
        Some(stored) if value.trim() == local_datetime_value(stored, tz) => Ok(stored),
        _ => parse_local_datetime(value, tz),
    }
}

/// A message about one line of a multi-line field ("Line 2: ...").
fn on_line(line: usize, message: Message) -> Message {
    Message::new("form-error-on-line")
        .arg("line", line)
        .arg_phrased("message", Arg::Message(Box::new(message)))
}

/// Quotas typed one per line as `TN-42 1 3` (subdivision, minimum, maximum); a `-` or nothing leaves a
/// bound open, commas and semicolons count as spaces, blank lines are skipped. Returns the quotas and the
/// line each came from (to place the domain's `quotas[i]` errors), or the problems per line.
pub fn parse_quota_lines(text: &str) -> (Vec<Quota>, Vec<usize>, Vec<Message>) {
    let mut quotas = Vec::new();
    let mut lines = Vec::new();
    let mut problems = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        let words: Vec<&str> = line
            .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
            .filter(|w| !w.is_empty())
            .collect();
        if words.is_empty() {
            continue;
        }
        if words.len() > 3 {
            problems.push(on_line(number, Message::new("form-error-quota-line")));
            continue;
        }
        let bound = |word: Option<&&str>| match word.copied() {
            None | Some("-") => Ok(None),
            Some(word) => forms::parse_optional_i32(Some(word)),
        };
        match (bound(words.get(1)), bound(words.get(2))) {
            (Ok(min_awards), Ok(max_awards)) => {
                quotas.push(Quota {
                    subdivision: words[0].to_owned(),
                    min_awards,
                    max_awards,
                });
                lines.push(number);
            }
            (Err(message), _) | (_, Err(message)) => problems.push(on_line(number, message)),
        }
    }
    (quotas, lines, problems)
}

/// The quotas as the form shows them, one per line, `-` for an open bound.
pub fn quota_lines(quotas: &[Quota]) -> String {
    quotas
        .iter()
        .map(|q| {
            let bound = |n: Option<i32>| n.map_or_else(|| "-".to_owned(), |n| n.to_string());
            format!(
                "{} {} {}",
                q.subdivision,
                bound(q.min_awards),
                bound(q.max_awards)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A tie-break order typed as criterion positions, `1, 3` (spaces or commas).
pub fn parse_tie_break(text: &str) -> Result<Vec<i32>, Message> {
    text.split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|w| !w.is_empty())
        .map(|w| {
            forms::parse_optional_i32(Some(w))
                .map(|n| n.unwrap_or_default())
                .map_err(|_| Message::new("form-error-tie-break"))
        })
        .collect()
}

/// Comma- or space-separated codes (`TN, AR`), as typed.
pub fn parse_codes(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Everything wrong with a form that could not be read in full: what could not be read, then what the
/// domain's pure check finds in the rest, except on fields already reported (their stand-in values would
/// only produce confusing second messages).
pub fn combine<T>(unreadable: Vec<FieldError>, check: Result<T, Error>) -> Error {
    let mut errors = unreadable;
    if let Err(Error::Validation(found)) = check {
        for error in found {
            if !errors.iter().any(|e| e.field == error.field) {
                errors.push(error);
            }
        }
    }
    Error::Validation(errors)
}

// ---------------------------------------------------------------------------------------------------------
// Details

/// The details form as read: the domain's input and what could not be read.
pub struct DetailsReading {
    /// The input, with stand-ins where a value could not be read.
    pub input: CallDetailsInput,
    /// Fields that could not be read.
    pub unreadable: Vec<FieldError>,
    /// The line of the quotas field each quota came from.
    pub quota_lines: Vec<usize>,
}

/// Reads the details form; dates are read in `tz`, and `stored` are the call's current opening and
/// deadline (none for a new call), kept exactly while the form still shows them.
pub fn read_details(
    form: &CheckedForm,
    tz: Tz,
    stored: Option<(DateTime<Utc>, DateTime<Utc>)>,
) -> DetailsReading {
    let mut unreadable = Vec::new();
    let mut date =
        |name: &str, stored: Option<DateTime<Utc>>| match read_date(form.text(name), tz, stored) {
            Ok(at) => Some(at),
            Err(message) => {
                unreadable.push(FieldError::new(name, message));
                None
            }
        };
    let opens_at = date("opens_at", stored.map(|(opens, _)| opens));
    let closes_at = date("closes_at", stored.map(|(_, closes)| closes));
    // Stand-ins keep the domain's "deadline after opening" check quiet about a date that was not read.
    let hour = chrono::Duration::hours(1);
    let (opens_at, closes_at) = match (opens_at, closes_at) {
        (Some(opens), Some(closes)) => (opens, closes),
        (Some(opens), None) => (opens, opens + hour),
        (None, Some(closes)) => (closes - hour, closes),
        (None, None) => (DateTime::UNIX_EPOCH, DateTime::UNIX_EPOCH + hour),
    };
    let mut number = |name: &str, required: bool| -> Option<i32> {
        match forms::parse_optional_i32(form.optional(name)) {
            Ok(None) if required => {
                unreadable.push(FieldError::new(name, Message::new("error-required")));
                None
            }
            Ok(value) => value,
            Err(message) => {
                unreadable.push(FieldError::new(name, message));
                None
            }
        }
    };
    let max_awards = number("max_awards", true).unwrap_or(1);
    let min_reviews = number("min_reviews", true).unwrap_or(1);
    let reporting_cadence_months = number("reporting_cadence_months", false);
    let tie_break = parse_tie_break(form.text("tie_break")).unwrap_or_else(|message| {
        unreadable.push(FieldError::new("tie_break", message));
        Vec::new()
    });
    let (quotas, quota_lines, problems) = parse_quota_lines(form.text("quotas"));
    unreadable.extend(
        problems
            .into_iter()
            .map(|message| FieldError::new("quotas", message)),
    );
    DetailsReading {
        input: CallDetailsInput {
            code: form.text("code").to_owned(),
            title: form.text("title").to_owned(),
            description: form.text("description").to_owned(),
            opens_at,
            closes_at,
            time_zone: form.text("time_zone").to_owned(),
            total_budget: form.text("total_budget").to_owned(),
            min_award: form.text("min_award").to_owned(),
            max_award: form.text("max_award").to_owned(),
            max_awards,
            min_reviews,
            min_total_score: form.optional("min_total_score").map(str::to_owned),
            tie_break,
            quotas,
            reporting_cadence_months,
        },
        unreadable,
        quota_lines,
    }
}

/// Places the domain's errors on the fields of the details form: `quotas[2].min_awards` goes to the
/// quotas field with the line it came from, `tie_break[0]` to the tie-break field.
pub fn place_details_errors(err: Error, quota_lines: &[usize]) -> Error {
    let Error::Validation(errors) = err else {
        return err;
    };
    let placed = errors
        .into_iter()
        .map(|error| {
            if let Some(index) = row_index(&error.field, "quotas") {
                let line = quota_lines.get(index).copied().unwrap_or(index + 1);
                FieldError::new("quotas", on_line(line, error.message))
            } else if error.field.starts_with("tie_break[") {
                FieldError::new("tie_break", error.message)
            } else {
                error
            }
        })
        .collect();
    Error::Validation(placed)
}

// ---------------------------------------------------------------------------------------------------------
// Table rows

/// One row of a table editor: its fields by name (`title`, `weight`, ...), as typed.
pub type Row = BTreeMap<String, String>;

/// The index in `prefix[3].weight`, if the field is one of `prefix`'s rows.
fn row_index(field: &str, prefix: &str) -> Option<usize> {
    let rest = field.strip_prefix(prefix)?.strip_prefix('[')?;
    let (index, _) = rest.split_once(']')?;
    index.parse().ok()
}

/// The rows of a table editor whose inputs are named `prefix[i].field`, in the order of `i`. Rows whose
/// `remove` box is ticked and rows with nothing typed in `content` are left out: the table always offers
/// a few empty rows to add to.
pub fn rows(form: &CheckedForm, prefix: &str, content: &[&str]) -> Vec<Row> {
    let mut rows: BTreeMap<usize, Row> = BTreeMap::new();
    for (name, value) in form.pairs() {
        let Some(index) = row_index(name, prefix) else {
            continue;
        };
        let Some((_, field)) = name.split_once("].") else {
            continue;
        };
        rows.entry(index)
            .or_default()
            .insert(field.to_owned(), value.to_owned());
    }
    rows.into_values()
        .filter(|row| !row.contains_key("remove"))
        .filter(|row| {
            content
                .iter()
                .any(|field| row.get(*field).is_some_and(|v| !v.trim().is_empty()))
        })
        .collect()
}

fn cell<'a>(row: &'a Row, field: &str) -> &'a str {
    row.get(field).map_or("", String::as_str)
}

/// The criteria table as read.
pub struct CriteriaReading {
    /// The criteria, in order.
    pub inputs: Vec<CriterionInput>,
    /// The rows kept, to show again if something is wrong (their index is the criterion's).
    pub rows: Vec<Row>,
    /// Cells that could not be read, as `criteria[i].field`.
    pub unreadable: Vec<FieldError>,
}

/// The fields of a criterion row.
pub const CRITERION_CELLS: [&str; 5] = ["title", "guidance", "weight", "max_score", "min_score"];

/// Reads the criteria table.
pub fn read_criteria(form: &CheckedForm) -> CriteriaReading {
    let rows = rows(form, "criteria", &CRITERION_CELLS);
    let mut unreadable = Vec::new();
    let inputs = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let mut number = |field: &str, required: bool| {
                let name = format!("criteria[{i}].{field}");
                match forms::parse_optional_i32(Some(cell(row, field))) {
                    Ok(None) if required => {
                        unreadable.push(FieldError::new(&name, Message::new("error-required")));
                        None
                    }
                    Ok(value) => value,
                    Err(message) => {
                        unreadable.push(FieldError::new(&name, message));
                        None
                    }
                }
            };
            // A stand-in maximum that any minimum fits under, so that only the real problem is reported.
            let max_score = number("max_score", true).unwrap_or(i32::MAX);
            let min_score = number("min_score", false);
            CriterionInput {
                title: cell(row, "title").to_owned(),
                guidance: cell(row, "guidance").to_owned(),
                weight: cell(row, "weight").to_owned(),
                max_score,
                min_score,
            }
        })
        .collect();
    CriteriaReading {
        inputs,
        rows,
        unreadable,
    }
}

/// A stored criterion as a row of the table.
pub fn criterion_row(c: &CriterionView) -> Row {
    Row::from([
        ("title".to_owned(), c.title.clone()),
        ("guidance".to_owned(), c.guidance.clone()),
        ("weight".to_owned(), c.weight.to_string()),
        ("max_score".to_owned(), c.max_score.to_string()),
        (
            "min_score".to_owned(),
            c.min_score.map(|n| n.to_string()).unwrap_or_default(),
        ),
    ])
}

/// The questions table as read.
pub struct QuestionsReading {
    /// The questions, in order.
    pub inputs: Vec<QuestionInput>,
    /// The rows kept.
    pub rows: Vec<Row>,
    /// Cells that could not be read, as `questions[i].field`.
    pub unreadable: Vec<FieldError>,
}

/// The fields of a question row that make it more than an empty row (the kind select and the required
/// box have defaults, so they do not count).
pub const QUESTION_CONTENT: [&str; 6] = [
    "prompt",
    "help",
    "max_length",
    "min_number",
    "max_number",
    "choices",
];

/// Reads the questions table; choices are typed one per line.
pub fn read_questions(form: &CheckedForm) -> QuestionsReading {
    let rows = rows(form, "questions", &QUESTION_CONTENT);
    let mut unreadable = Vec::new();
    let inputs = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let max_length = forms::parse_optional_i32(Some(cell(row, "max_length")))
                .unwrap_or_else(|message| {
                    unreadable.push(FieldError::new(
                        &format!("questions[{i}].max_length"),
                        message,
                    ));
                    None
                });
            let optional =
                |field: &str| Some(cell(row, field).trim().to_owned()).filter(|v| !v.is_empty());
            QuestionInput {
                prompt: cell(row, "prompt").to_owned(),
                help: cell(row, "help").to_owned(),
                kind: cell(row, "kind").to_owned(),
                required: row.contains_key("required"),
                max_length,
                min_number: optional("min_number"),
                max_number: optional("max_number"),
                choices: cell(row, "choices")
                    .lines()
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(str::to_owned)
                    .collect(),
            }
        })
        .collect();
    QuestionsReading {
        inputs,
        rows,
        unreadable,
    }
}

/// A stored question as a row of the table.
pub fn question_row(q: &QuestionView) -> Row {
    let mut row = Row::from([
        ("prompt".to_owned(), q.prompt.clone()),
        ("help".to_owned(), q.help.clone()),
        ("kind".to_owned(), q.kind.as_str().to_owned()),
        (
            "max_length".to_owned(),
            q.max_length.map(|n| n.to_string()).unwrap_or_default(),
        ),
        (
            "min_number".to_owned(),
            q.min_number.map(|n| n.to_string()).unwrap_or_default(),
        ),
        (
            "max_number".to_owned(),
            q.max_number.map(|n| n.to_string()).unwrap_or_default(),
        ),
        ("choices".to_owned(), q.choices.join("\n")),
    ]);
    if q.required {
        row.insert("required".to_owned(), "yes".to_owned());
    }
    row
}

/// The indicator rows: name and unit.
pub fn read_indicators(form: &CheckedForm) -> (Vec<IndicatorInput>, Vec<Row>) {
    let rows = rows(form, "indicators", &["name", "unit"]);
    let inputs = rows
        .iter()
        .map(|row| IndicatorInput {
            name: cell(row, "name").to_owned(),
            unit: cell(row, "unit").to_owned(),
        })
        .collect();
    (inputs, rows)
}

/// A stored indicator as a row of the table.
pub fn indicator_row(i: &IndicatorView) -> Row {
    Row::from([
        ("name".to_owned(), i.name.clone()),
        ("unit".to_owned(), i.unit.clone()),
    ])
}

// ---------------------------------------------------------------------------------------------------------
// Tranche template

/// The fields of a row of the tranche template table.
pub const TRANCHE_CELLS: [&str; 5] = ["percent", "condition", "milestone", "months", "report"];

/// The tranche template table as read.
pub struct TemplateReading {
    /// The lines, in order.
    pub lines: Vec<TemplateLine>,
    /// The rows kept, to show again if something is wrong (their index is the line's).
    pub rows: Vec<Row>,
    /// Cells that could not be read, as `lines[i].field`.
    pub unreadable: Vec<FieldError>,
}

/// Reads the tranche template table (`lines[i].percent`, ...), as the domain names its lines.
pub fn read_template(form: &CheckedForm) -> TemplateReading {
    let rows = rows(form, "lines", &TRANCHE_CELLS);
    let mut unreadable = Vec::new();
    let lines = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let mut number = |field: &str| match forms::parse_optional_i32(Some(cell(row, field))) {
                Ok(value) => value,
                Err(message) => {
                    unreadable.push(FieldError::new(&format!("lines[{i}].{field}"), message));
                    None
                }
            };
            let months = number("months");
            let report = number("report");
            TemplateLine {
                percent: cell(row, "percent").to_owned(),
                condition: cell(row, "condition").to_owned(),
                milestone: Some(cell(row, "milestone").trim().to_owned()).filter(|m| !m.is_empty()),
                months,
                report,
            }
        })
        .collect();
    TemplateReading {
        lines,
        rows,
        unreadable,
    }
}

/// A rule of a stored template as a row of the table.
pub fn template_row(rule: &TemplateRule) -> Row {
    let mut row = Row::from([("percent".to_owned(), rule.percent.normalize().to_string())]);
    let mut set = |field: &str, value: String| {
        row.insert(field.to_owned(), value);
    };
    match &rule.condition {
        TemplateCondition::Signature => set("condition", "signature".into()),
        TemplateCondition::Milestone { title, months } => {
            set("condition", "milestone".into());
            set("milestone", title.clone());
            set("months", months.to_string());
        }
        TemplateCondition::Report { number: Some(n) } => {
            set("condition", "report".into());
            set("report", n.to_string());
        }
        TemplateCondition::Report { number: None } => set("condition", "final_report".into()),
        TemplateCondition::Date { months } => {
            set("condition", "date".into());
            set("months", months.to_string());
        }
    }
    row
}

// ---------------------------------------------------------------------------------------------------------
// Eligibility rules

/// The form field each kind of rule is edited with, where its errors are shown.
pub mod rule_fields {
    /// Applicant kinds (checkboxes).
    pub const KINDS: &str = "kinds";
    /// Population range.
    pub const POPULATION: &str = "population_min";
    /// Countries and subdivisions.
    pub const LOCATION: &str = "countries";
    /// Required prerequisites (checkboxes).
    pub const PREREQUISITES: &str = "prerequisites";
    /// Consortium minimums (a number per kind).
    pub const CONSORTIUM: &str = "consortium";
    /// Requested amount within the award limits (a checkbox).
    pub const AMOUNT: &str = "amount_within_awards";
    /// Minimum co-funding share.
    pub const COFUNDING: &str = "cofunding_min_percent";
}

/// The name of the consortium minimum input of a kind.
pub fn consortium_field(kind: OrganisationKind) -> String {
    format!("consortium.{}", kind.as_str())
}

/// The eligibility form as read.
pub struct RulesReading {
    /// The rules, in the form's order.
    pub rules: Vec<EligibilityRule>,
    /// For each rule, the form field it came from (to place the domain's `rules[i]` errors).
    pub fields: Vec<&'static str>,
    /// Fields that could not be read.
    pub unreadable: Vec<FieldError>,
}

/// Builds the rules from what is filled in: a rule per part of the form that says something. The
/// requested-amount rule takes the call's award limits (`awards`, in minor units).
pub fn read_rules(
    form: &CheckedForm,
    prerequisites: &[PrerequisiteKind],
    awards: (i64, i64),
) -> RulesReading {
    let mut reading = RulesReading {
        rules: Vec::new(),
        fields: Vec::new(),
        unreadable: Vec::new(),
    };
    let add = |reading: &mut RulesReading, field, rule| {
        reading.rules.push(rule);
        reading.fields.push(field);
    };

    let kinds: Vec<OrganisationKind> = form
        .all(rule_fields::KINDS)
        .into_iter()
        .filter_map(|kind| OrganisationKind::parse(kind).ok())
        .collect();
    if !kinds.is_empty() {
        add(
            &mut reading,
            rule_fields::KINDS,
            EligibilityRule::ApplicantKinds { kinds },
        );
    }

    let population = |name: &str, reading: &mut RulesReading| {
        forms::parse_optional_integer(form.optional(name)).unwrap_or_else(|message| {
            reading.unreadable.push(FieldError::new(name, message));
            None
        })
    };
    let min = population("population_min", &mut reading);
    let max = population("population_max", &mut reading);
    if min.is_some() || max.is_some() {
        add(
            &mut reading,
            rule_fields::POPULATION,
            EligibilityRule::Population { min, max },
        );
    }

    let countries = parse_codes(form.text("countries"));
    let subdivisions = parse_codes(form.text("subdivisions"));
    if !countries.is_empty() || !subdivisions.is_empty() {
        add(
            &mut reading,
            rule_fields::LOCATION,
            EligibilityRule::Location {
                countries,
                subdivisions,
            },
        );
    }

    let mut required = Vec::new();
    for value in form.all(rule_fields::PREREQUISITES) {
        match Uuid::parse_str(value.trim()) {
            Ok(id) => required.push(RequiredPrerequisite {
                id,
                // An id the programme does not define keeps no name; the domain refuses it.
                name: prerequisites
                    .iter()
                    .find(|kind| kind.id == id)
                    .map(|kind| kind.name.clone())
                    .unwrap_or_default(),
            }),
            Err(_) => reading.unreadable.push(FieldError::new(
                rule_fields::PREREQUISITES,
                Message::new("error-prerequisite-unknown"),
            )),
        }
    }
    if !required.is_empty() {
        add(
            &mut reading,
            rule_fields::PREREQUISITES,
            EligibilityRule::Prerequisites { required },
        );
    }

    let mut minimums = Vec::new();
    for kind in OrganisationKind::ALL {
        let name = consortium_field(kind);
        match forms::parse_optional_integer(form.optional(&name)) {
            Ok(None | Some(0)) => {}
            Ok(Some(minimum)) => match u32::try_from(minimum) {
                Ok(minimum) => minimums.push(KindMinimum { kind, minimum }),
                Err(_) => reading
                    .unreadable
                    .push(FieldError::new(&name, Message::new("error-not-negative"))),
            },
            Err(message) => reading.unreadable.push(FieldError::new(&name, message)),
        }
    }
    if !minimums.is_empty() {
        add(
            &mut reading,
            rule_fields::CONSORTIUM,
            EligibilityRule::Consortium { minimums },
        );
    }

    if form.optional(rule_fields::AMOUNT).is_some() {
        add(
            &mut reading,
            rule_fields::AMOUNT,
            EligibilityRule::RequestedAmount {
                min_minor: Some(awards.0),
                max_minor: Some(awards.1),
            },
        );
    }

    if let Some(text) = form.optional(rule_fields::COFUNDING) {
        match text.replace(',', ".").parse::<Decimal>() {
            Ok(min_share_percent) => add(
                &mut reading,
                rule_fields::COFUNDING,
                EligibilityRule::CoFunding { min_share_percent },
            ),
            Err(_) => reading.unreadable.push(FieldError::new(
                rule_fields::COFUNDING,
                Message::new("error-number-invalid").arg("value", text),
            )),
        }
    }
    reading
}

/// Places the domain's `rules[i]` errors on the form field rule `i` came from.
pub fn place_rule_errors(err: Error, fields: &[&str]) -> Error {
    let Error::Validation(errors) = err else {
        return err;
    };
    Error::Validation(
        errors
            .into_iter()
            .map(|error| match row_index(&error.field, "rules") {
                Some(index) => {
                    FieldError::new(fields.get(index).copied().unwrap_or(""), error.message)
                }
                None => error,
            })
            .collect(),
    )
}

/// The form's values for a call's rules, and whether some rules cannot be shown on it (a second rule of
/// a kind, set through the API: saving the form would replace them).
pub fn rule_values(rules: &[EligibilityRule]) -> (Vec<(String, String)>, bool) {
    let mut values = Vec::new();
    let mut seen = Vec::new();
    let mut hidden = false;
    for rule in rules {
        let kind = std::mem::discriminant(rule);
        if seen.contains(&kind) {
            hidden = true;
            continue;
        }
        seen.push(kind);
        let mut put = |name: &str, value: String| values.push((name.to_owned(), value));
        match rule {
            EligibilityRule::ApplicantKinds { kinds } => {
                for kind in kinds {
                    put(rule_fields::KINDS, kind.as_str().to_owned());
                }
            }
            EligibilityRule::Population { min, max } => {
                put(
                    "population_min",
                    min.map(|n| n.to_string()).unwrap_or_default(),
                );
                put(
                    "population_max",
                    max.map(|n| n.to_string()).unwrap_or_default(),
                );
            }
            EligibilityRule::Location {
                countries,
                subdivisions,
            } => {
                put("countries", countries.join(", "));
                put("subdivisions", subdivisions.join(", "));
            }
            EligibilityRule::Prerequisites { required } => {
                for prerequisite in required {
                    put(rule_fields::PREREQUISITES, prerequisite.id.to_string());
                }
            }
            EligibilityRule::Consortium { minimums } => {
                for m in minimums {
                    put(&consortium_field(m.kind), m.minimum.to_string());
                }
            }
            EligibilityRule::RequestedAmount { .. } => put(rule_fields::AMOUNT, "yes".to_owned()),
            EligibilityRule::CoFunding { min_share_percent } => put(
                rule_fields::COFUNDING,
                min_share_percent.normalize().to_string(),
            ),
        }
    }
    (values, hidden)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tunis() -> Tz {
        chrono_tz::Africa::Tunis
    }

    #[test]
    fn a_local_date_and_time_is_read_in_the_call_s_time_zone() {
        let at = parse_local_datetime("2027-01-31T23:59", tunis()).unwrap();
        assert_eq!(at, "2027-01-31T22:59:00Z".parse::<DateTime<Utc>>().unwrap());
        assert_eq!(
            parse_local_datetime(" 2027-01-31 23:59 ", tunis()).unwrap(),
            at
        );
        assert_eq!(
            parse_local_datetime("2027-01-31T23:59:30", Tz::UTC).unwrap(),
            "2027-01-31T23:59:30Z".parse::<DateTime<Utc>>().unwrap()
        );
        assert_eq!(local_datetime_value(at, tunis()), "2027-01-31T23:59");
        let with_seconds = "2027-01-31T22:59:30Z".parse::<DateTime<Utc>>().unwrap();
        let shown = local_datetime_value(with_seconds, tunis());
        assert_eq!(shown, "2027-01-31T23:59:30");
        assert_eq!(parse_local_datetime(&shown, tunis()).unwrap(), with_seconds);
    }

    #[test]
    fn a_precise_moment_survives_the_form_while_it_is_not_changed() {
        let precise = "2027-01-31T22:59:30.123456Z"
            .parse::<DateTime<Utc>>()
            .unwrap();
        let shown = local_datetime_value(precise, tunis());
        assert_eq!(shown, "2027-01-31T23:59:30");
        assert_eq!(read_date(&shown, tunis(), Some(precise)), Ok(precise));
        let moved = read_date("2027-01-31T23:00", tunis(), Some(precise)).unwrap();
        assert_eq!(
            moved,
            "2027-01-31T22:00:00Z".parse::<DateTime<Utc>>().unwrap()
        );
        assert!(read_date("", tunis(), Some(precise)).is_err());
    }

    #[test]
    fn a_date_that_is_not_one_or_that_the_clocks_skip_is_refused() {
        assert_eq!(
            parse_local_datetime("", tunis()).unwrap_err().key,
            "error-required"
        );
        assert_eq!(
            parse_local_datetime("31/01/2027", tunis()).unwrap_err().key,
            "form-error-datetime"
        );
        assert_eq!(
            parse_local_datetime("2027-02-30T10:00", tunis())
                .unwrap_err()
                .key,
            "form-error-datetime"
        );
        // Berlin's clocks jump from 02:00 to 03:00 on the last Sunday of March.
        let gap = parse_local_datetime("2027-03-28T02:30", chrono_tz::Europe::Berlin).unwrap_err();
        assert_eq!(gap.key, "form-error-datetime-gap");
        // ... and pass 02:30 twice in October: the first is meant.
        let twice = parse_local_datetime("2027-10-31T02:30", chrono_tz::Europe::Berlin).unwrap();
        assert_eq!(
            twice,
            "2027-10-31T00:30:00Z".parse::<DateTime<Utc>>().unwrap()
        );
    }

    #[test]
    fn quota_lines_are_read_leniently_and_problems_name_their_line() {
        let (quotas, lines, problems) =
            parse_quota_lines("TN-42 1 3\n\n  tn-11, -, 2 \nTN-13\nTN-21 one\nTN-22 1 2 3\n");
        assert_eq!(
            quotas,
            vec![
                Quota {
                    subdivision: "TN-42".into(),
                    min_awards: Some(1),
                    max_awards: Some(3)
                },
                Quota {
                    subdivision: "tn-11".into(),
                    min_awards: None,
                    max_awards: Some(2)
                },
                Quota {
                    subdivision: "TN-13".into(),
                    min_awards: None,
                    max_awards: None
                },
            ]
        );
        assert_eq!(lines, vec![1, 3, 4]);
        assert_eq!(problems.len(), 2);
        assert_eq!(problems[0].key, "form-error-on-line");
        assert_eq!(problems[0].args[0].1, Arg::Text("5".into()));
        assert_eq!(problems[1].args[0].1, Arg::Text("6".into()));
        assert_eq!(quota_lines(&quotas[..2]), "TN-42 1 3\ntn-11 - 2");
    }

    #[test]
    fn domain_errors_on_quotas_point_at_their_line() {
        let err = Error::Validation(vec![
            FieldError::new("quotas[1].subdivision", Message::new("x")),
            FieldError::new("tie_break[0]", Message::new("y")),
            FieldError::new("code", Message::new("z")),
        ]);
        let Error::Validation(placed) = place_details_errors(err, &[1, 3]) else {
            panic!("still a validation error");
        };
        let fields: Vec<_> = placed.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["quotas", "tie_break", "code"]);
        assert_eq!(placed[0].message.args[0].1, Arg::Text("3".into()));
    }

    #[test]
    fn tie_breaks_are_positions() {
        assert_eq!(parse_tie_break("1, 3 2"), Ok(vec![1, 3, 2]));
        assert_eq!(parse_tie_break(""), Ok(vec![]));
        assert!(parse_tie_break("first").is_err());
    }

    #[test]
    fn empty_and_removed_rows_are_ignored_and_the_rest_renumbered() {
        let form = CheckedForm::from_pairs(&[
            ("criteria[0].title", "Transparency"),
            ("criteria[0].weight", "2"),
            ("criteria[0].max_score", "5"),
            ("criteria[1].title", "Gone"),
            ("criteria[1].weight", "1"),
            ("criteria[1].max_score", "5"),
            ("criteria[1].remove", "yes"),
            ("criteria[2].title", ""),
            ("criteria[2].max_score", ""),
            ("criteria[3].title", "Participation"),
            ("criteria[3].weight", "1.5"),
            ("criteria[3].max_score", "ten"),
            ("criteria[3].min_score", ""),
        ]);
        let reading = read_criteria(&form);
        let titles: Vec<_> = reading.inputs.iter().map(|c| c.title.as_str()).collect();
        assert_eq!(titles, ["Transparency", "Participation"]);
        assert_eq!(reading.inputs[0].max_score, 5);
        assert_eq!(reading.unreadable.len(), 1);
        assert_eq!(reading.unreadable[0].field, "criteria[1].max_score");
    }

    #[test]
    fn questions_take_their_choices_one_per_line() {
        let form = CheckedForm::from_pairs(&[
            ("questions[0].prompt", "Which level?"),
            ("questions[0].kind", "single_choice"),
            ("questions[0].required", "yes"),
            ("questions[0].choices", "Municipal\r\n\r\n Provincial \n"),
            ("questions[1].kind", "short_text"),
        ]);
        let reading = read_questions(&form);
        assert_eq!(reading.inputs.len(), 1);
        assert!(reading.inputs[0].required);
        assert_eq!(reading.inputs[0].choices, ["Municipal", "Provincial"]);
    }

    #[test]
    fn the_rules_are_built_from_what_is_filled_in() {
        let training = PrerequisiteKind {
            id: Uuid::now_v7(),
            programme_id: Uuid::now_v7(),
            name: "Training".into(),
            description: String::new(),
            created_at: Utc::now(),
        };
        let training_id = training.id.to_string();
        let form = CheckedForm::from_pairs(&[
            ("kinds", "municipality"),
            ("kinds", "province"),
            ("population_min", ""),
            ("population_max", "500 000"),
            ("countries", "tn, ar"),
            ("subdivisions", ""),
            ("prerequisites", &training_id),
            ("consortium.municipality", "2"),
            ("consortium.civil_society", "1"),
            ("consortium.academia", "0"),
            ("amount_within_awards", "yes"),
            ("cofunding_min_percent", ""),
        ]);
        let reading = read_rules(&form, std::slice::from_ref(&training), (1_000, 5_000));
        assert!(reading.unreadable.is_empty());
        assert_eq!(
            reading.fields,
            [
                "kinds",
                "population_min",
                "countries",
                "prerequisites",
                "consortium",
                "amount_within_awards"
            ]
        );
        assert_eq!(
            reading.rules[1],
            EligibilityRule::Population {
                min: None,
                max: Some(500_000)
            }
        );
        assert_eq!(
            reading.rules[3],
            EligibilityRule::Prerequisites {
                required: vec![RequiredPrerequisite {
                    id: training.id,
                    name: "Training".into()
                }]
            }
        );
        assert_eq!(
            reading.rules[5],
            EligibilityRule::RequestedAmount {
                min_minor: Some(1_000),
                max_minor: Some(5_000)
            }
        );
        // What the form shows for these rules reads back into the same rules.
        let (values, hidden) = rule_values(&reading.rules);
        assert!(!hidden);
        let pairs: Vec<(&str, &str)> = values
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        let again = read_rules(
            &CheckedForm::from_pairs(&pairs),
            &[training],
            (1_000, 5_000),
        );
        assert_eq!(again.rules[0], reading.rules[0]);
        assert_eq!(again.rules[4], reading.rules[4]);

        let Error::Validation(placed) = place_rule_errors(
            Error::Validation(vec![FieldError::new("rules[4]", Message::new("x"))]),
            &reading.fields,
        ) else {
            panic!("still a validation error");
        };
        assert_eq!(placed[0].field, "consortium");
    }

    #[test]
    fn unreadable_rule_fields_are_reported_and_empty_forms_make_no_rules() {
        let form = CheckedForm::from_pairs(&[
            ("population_min", "many"),
            ("consortium.municipality", "-1"),
            ("cofunding_min_percent", "ten"),
        ]);
        let reading = read_rules(&form, &[], (0, 0));
        assert!(reading.rules.is_empty());
        let fields: Vec<_> = reading
            .unreadable
            .iter()
            .map(|e| e.field.as_str())
            .collect();
        assert_eq!(
            fields,
            [
                "population_min",
                "consortium.municipality",
                "cofunding_min_percent"
            ]
        );
        assert!(
            read_rules(&CheckedForm::from_pairs(&[]), &[], (0, 0))
                .rules
                .is_empty()
        );
    }

    #[test]
    fn combining_keeps_one_message_per_field() {
        let unreadable = vec![FieldError::new(
            "max_awards",
            Message::new("form-error-not-a-whole-number"),
        )];
        let check: Result<(), Error> = Err(Error::Validation(vec![
            FieldError::new("max_awards", Message::new("error-at-least")),
            FieldError::new("code", Message::new("error-call-code")),
        ]));
        let Error::Validation(errors) = combine(unreadable, check) else {
            panic!("a validation error");
        };
        let keys: Vec<_> = errors.iter().map(|e| e.message.key.as_str()).collect();
        assert_eq!(keys, ["form-error-not-a-whole-number", "error-call-code"]);
    }

    #[test]
    fn a_tranche_template_skips_blank_rows_and_reports_unreadable_numbers() {
        let form = CheckedForm::from_pairs(&[
            ("lines[0].percent", "40"),
            ("lines[0].condition", "signature"),
            ("lines[1].percent", ""),
            ("lines[1].condition", ""),
            ("lines[1].milestone", " "),
            ("lines[2].percent", "60"),
            ("lines[2].condition", "milestone"),
            ("lines[2].milestone", " Action plan adopted "),
            ("lines[2].months", "six"),
        ]);
        let reading = read_template(&form);
        assert_eq!(reading.lines.len(), 2);
        assert_eq!(reading.lines[1].percent, "60");
        assert_eq!(
            reading.lines[1].milestone.as_deref(),
            Some("Action plan adopted")
        );
        assert_eq!(reading.lines[1].months, None);
        assert_eq!(reading.unreadable.len(), 1);
        assert_eq!(reading.unreadable[0].field, "lines[1].months");
        assert_eq!(
            reading.rows[1].get("months").map(String::as_str),
            Some("six")
        );
    }

    #[test]
    fn a_stored_template_reads_back_as_the_same_rules() {
        let rules = vec![
            TemplateRule {
                percent: Decimal::new(125, 1),
                condition: TemplateCondition::Date { months: 3 },
            },
            TemplateRule {
                percent: Decimal::new(875, 1),
                condition: TemplateCondition::Milestone {
                    title: "Council vote".into(),
                    months: 6,
                },
            },
        ];
        let pairs: Vec<(String, String)> = rules
            .iter()
            .map(template_row)
            .enumerate()
            .flat_map(|(i, row)| {
                row.into_iter()
                    .map(move |(field, value)| (format!("lines[{i}].{field}"), value))
            })
            .collect();
        let pairs: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
            .collect();
        let reading = read_template(&CheckedForm::from_pairs(&pairs));
        assert!(reading.unreadable.is_empty());
        assert_eq!(
            domain::projects::schedule::parse_template(&reading.lines).unwrap(),
            rules
        );
    }
}
