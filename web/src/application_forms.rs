//! The application form: how a draft becomes a form (the five texts, one input per call question according
//! to its kind, the budget lines plus a few empty rows, the co-funding), how a posted form becomes the
//! domain's `ContentInput`, and, after a save refused as stale, which fields someone else saved
//! differently meanwhile (so that the visitor sees both versions and loses neither).
//!
//! Everything here is a pure function of the call's questions, the view and the posted form. What is valid
//! is decided by `domain::applications::content`; this module only reads and phrases.

use std::collections::BTreeSet;

use domain::applications::{AnswerInput, ApplicationView, BudgetLineInput, ContentInput};
use domain::calls::QuestionView;
use domain::calls::questions::QuestionKind;
use domain::money::{Currency, Money};
use rust_decimal::Decimal;
use uuid::Uuid;

use crate::call_forms::{self, Row};
use crate::call_text;
use crate::csrf::CheckedForm;
use crate::forms::{Fields, FormState};
use crate::i18n::Lang;
use crate::layout::Choice;

/// The texts of the form, by the names the domain reports errors on.
pub const CONTENT_FIELDS: Fields = &[
    ("title", "application-title"),
    ("summary", "application-summary"),
    ("problem", "application-problem"),
    ("objectives", "application-objectives"),
    ("participation_plan", "application-participation-plan"),
];

/// The cells of a budget line, with their column headings.
pub const BUDGET_CELLS: [(&str, &str); 3] = [
    ("category", "application-budget-category"),
    ("description", "application-budget-description"),
    ("amount", "application-budget-amount"),
];

/// Empty budget rows offered for additions (rows left empty are ignored).
pub const EMPTY_BUDGET_ROWS: usize = 3;

/// A row of the budget table: names its cells (`budget_lines[2].amount`) for the template.
pub struct BudgetRow {
    index: usize,
}

impl BudgetRow {
    /// The row's number as people count (from 1).
    pub fn number(&self) -> usize {
        self.index + 1
    }

    /// The name of one of its cells.
    pub fn cell(&self, field: &str) -> String {
        format!("budget_lines[{}].{field}", self.index)
    }
}

/// How a question is answered on the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Widget {
    /// A one-line text input.
    Line,
    /// A textarea.
    Area,
    /// A text input for a number.
    Number,
    /// Radios, one answer.
    Radios,
    /// Checkboxes, several answers.
    Checkboxes,
}

/// A call question as an input of the form (document questions are answered by attachments instead).
pub struct QuestionField {
    /// The input's name, `answers.<question id>`.
    pub name: String,
    /// Its label: the prompt, marked optional when it is.
    pub label: String,
    /// The help and limits, as a hint.
    pub hint: String,
    /// How it is answered.
    pub widget: Widget,
    /// The options, for radios and checkboxes.
    pub choices: Vec<Choice>,
}

/// The name of a question's input (the field the domain reports its errors on).
pub fn answer_field(question: &QuestionView) -> String {
    format!("answers.{}", question.id)
}

/// The questions answered on the form, in the call's order: every kind but documents.
pub fn answerable(questions: &[QuestionView]) -> impl Iterator<Item = &QuestionView> {
    questions.iter().filter(|q| !q.is_document())
}

/// The document questions of a call, answered by attachments.
pub fn document_questions(questions: &[QuestionView]) -> impl Iterator<Item = &QuestionView> {
    questions.iter().filter(|q| q.is_document())
}

/// "Yes" or "No" in the reader's language, for a stored or typed `yes`/`no`.
fn yes_no(lang: Lang, value: &str) -> String {
    match value {
        "yes" => lang.t("application-answer-yes"),
        "no" => lang.t("application-answer-no"),
        other => other.to_owned(),
    }
}

/// The inputs of the call's questions, with their hints and options.
pub fn question_fields(lang: Lang, questions: &[QuestionView]) -> Vec<QuestionField> {
    answerable(questions)
        .map(|q| {
            let widget = match q.kind {
                QuestionKind::LongText => Widget::Area,
                QuestionKind::Number => Widget::Number,
                QuestionKind::SingleChoice | QuestionKind::YesNo => Widget::Radios,
                QuestionKind::MultipleChoice => Widget::Checkboxes,
                _ => Widget::Line,
            };
            let choices = if q.kind == QuestionKind::YesNo {
                ["yes", "no"]
                    .map(|value| Choice {
                        value: value.to_owned(),
                        label: yes_no(lang, value),
                        selected: false,
                    })
                    .into()
            } else {
                q.choices
                    .iter()
                    .cloned()
                    .map(|choice| Choice {
                        label: choice.clone(),
                        value: choice,
                        selected: false,
                    })
                    .collect()
            };
            let line = call_text::question_lines(lang, std::slice::from_ref(q)).remove(0);
            let hint = std::iter::once(line.help)
                .chain(line.limits)
                .filter(|part| !part.trim().is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            QuestionField {
                name: answer_field(q),
                label: if q.required {
                    q.prompt.clone()
                } else {
                    lang.t_args("application-optional", &[("label", &q.prompt)])
                },
                hint,
                widget,
                choices,
            }
        })
        .collect()
}

/// An empty form for `questions` with `budget_rows` budget rows plus the empty ones: every field known to
/// the error summary, in the order of the page.
fn empty_form(
    lang: Lang,
    questions: &[QuestionView],
    budget_rows: usize,
) -> (FormState, Vec<BudgetRow>) {
    let mut form = FormState::new(lang, "application", CONTENT_FIELDS);
    for q in answerable(questions) {
        form.add_row_field(answer_field(q), q.prompt.clone());
    }
    form.add_row_field("budget_lines".to_owned(), lang.t("application-budget"));
    let mut rows = Vec::new();
    for index in 0..budget_rows + EMPTY_BUDGET_ROWS {
        let row = BudgetRow { index };
        for (cell, heading) in BUDGET_CELLS {
            let label = lang.t_args(
                "application-budget-cell",
                &[
                    ("number", &row.number().to_string()),
                    ("column", &lang.t(heading)),
                ],
            );
            form.add_row_field(row.cell(cell), label);
        }
        rows.push(row);
    }
    form.add_row_field("co_funding".to_owned(), lang.t("application-co-funding"));
    form.add_row_field(
        "replicates_project_id".to_owned(),
        lang.t("replication-field"),
    );
    (form, rows)
}

/// The form filled with what is saved.
pub fn saved_form(lang: Lang, view: &ApplicationView) -> (FormState, Vec<BudgetRow>) {
    let app = &view.application;
    let currency = view.currency();
    let (mut form, rows) = empty_form(lang, &view.call.questions, view.budget_lines.len());
    for (name, value) in [
        ("title", &app.title),
        ("summary", &app.summary),
        ("problem", &app.problem),
        ("objectives", &app.objectives),
        ("participation_plan", &app.participation_plan),
    ] {
        form = form.with(name, value);
    }
    for q in answerable(&view.call.questions) {
        if let Some(answer) = view.answers.get(&q.id) {
            let name = answer_field(q);
            if answer.choices.is_empty() {
                form = form.with(&name, &answer.value);
            }
            for choice in &answer.choices {
                form = form.with(&name, choice);
            }
        }
    }
    for (row, line) in rows.iter().zip(&view.budget_lines) {
        form = form
            .with(&row.cell("category"), &line.category)
            .with(&row.cell("description"), &line.description)
            .with(
                &row.cell("amount"),
                view.call
                    .money(line.amount_minor)
                    .to_decimal_string(currency),
            );
    }
    if app.co_funding_minor != 0 {
        form = form.with("co_funding", view.co_funding().to_decimal_string(currency));
    }
    if let Some(earlier) = app.replicates_project_id {
        form = form.with("replicates_project_id", earlier);
    }
    (form, rows)
}

/// The form as posted.
pub struct ContentReading {
    /// What the domain is asked to save.
    pub input: ContentInput,
    /// The budget rows kept (empty ones dropped), in order: their index is the line's, the one the
    /// domain's errors count in.
    pub rows: Vec<Row>,
}

/// Reads the posted form. Blank answers and empty budget rows are left for the domain to drop or ignore.
pub fn read_content(form: &CheckedForm, questions: &[QuestionView]) -> ContentReading {
    let cells: Vec<&str> = BUDGET_CELLS.iter().map(|(cell, _)| *cell).collect();
    let rows = call_forms::rows(form, "budget_lines", &cells);
    let cell = |row: &Row, name: &str| row.get(name).cloned().unwrap_or_default();
    let answers = answerable(questions)
        .map(|q| {
            let name = answer_field(q);
            if q.kind == QuestionKind::MultipleChoice {
                AnswerInput {
                    question_id: q.id,
                    value: String::new(),
                    choices: form.all(&name).into_iter().map(str::to_owned).collect(),
                }
            } else {
                AnswerInput {
                    question_id: q.id,
                    value: form.text(&name).to_owned(),
                    choices: Vec::new(),
                }
            }
        })
        .collect();
    let input = ContentInput {
        title: form.text("title").to_owned(),
        summary: form.text("summary").to_owned(),
        problem: form.text("problem").to_owned(),
        objectives: form.text("objectives").to_owned(),
        participation_plan: form.text("participation_plan").to_owned(),
        answers,
        budget_lines: rows
            .iter()
            .map(|row| BudgetLineInput {
                category: cell(row, "category"),
                description: cell(row, "description"),
                amount: cell(row, "amount"),
            })
            .collect(),
        co_funding: form.text("co_funding").to_owned(),
        // Blank is none; anything but a project id is no project at all, which the domain refuses.
        replicates_project_id: match form.text("replicates_project_id").trim() {
            "" => None,
            id => Some(id.parse().unwrap_or(Uuid::nil())),
        },
    };
    ContentReading { input, rows }
}

/// The form showing again what was posted: the budget rows as kept, so that errors on
/// `budget_lines[i]` land on the row they are about.
pub fn posted_form(
    lang: Lang,
    questions: &[QuestionView],
    form: &CheckedForm,
    reading: &ContentReading,
) -> (FormState, Vec<BudgetRow>) {
    let (mut shown, rows) = empty_form(lang, questions, reading.rows.len());
    for (name, value) in form.pairs() {
        if !name.starts_with("budget_lines[") && name != "version" {
            shown = shown.with(name, value);
        }
    }
    for (row, values) in rows.iter().zip(&reading.rows) {
        for (cell, value) in values {
            shown = shown.with(&row.cell(cell), value);
        }
    }
    (shown, rows)
}

/// A number as the domain stores it (normalised), if the text is one.
fn normalised_number(text: &str) -> Option<String> {
    text.trim()
        .parse::<Decimal>()
        .ok()
        .map(|n| n.normalize().to_string())
}

/// An amount typed into the form, as money; a blank one is zero (as the domain reads co-funding).
fn typed_money(text: &str, currency: Currency) -> Option<Money> {
    if text.trim().is_empty() {
        Some(Money::ZERO)
    } else {
        Money::parse(text, currency).ok()
    }
}

/// After a save refused because someone else saved first: marks on `shown` every field whose saved value
/// (in `current`) differs from what the visitor sent, with the saved value to show beside it.
pub fn mark_saved_meanwhile(
    lang: Lang,
    shown: &mut FormState,
    current: &ApplicationView,
    sent: &ContentInput,
) {
    let empty = || lang.t("application-saved-empty");
    let or_empty = |text: &str| {
        if text.is_empty() {
            empty()
        } else {
            text.to_owned()
        }
    };
    let app = &current.application;
    for (name, saved, typed) in [
        ("title", &app.title, &sent.title),
        ("summary", &app.summary, &sent.summary),
        ("problem", &app.problem, &sent.problem),
        ("objectives", &app.objectives, &sent.objectives),
        (
            "participation_plan",
            &app.participation_plan,
            &sent.participation_plan,
        ),
    ] {
        if saved.trim() != typed.trim() {
            shown.add_saved_meanwhile(name, or_empty(saved));
        }
    }

    for q in answerable(&current.call.questions) {
        let saved = current.answers.get(&q.id);
        let typed = sent.answers.iter().find(|a| a.question_id == q.id);
        let typed_value = typed.map_or("", |a| a.value.trim());
        let differs = match q.kind {
            QuestionKind::MultipleChoice => {
                let saved: BTreeSet<&str> = saved
                    .map(|a| a.choices.iter().map(String::as_str).collect())
                    .unwrap_or_default();
                let typed: BTreeSet<&str> = typed
                    .map(|a| {
                        a.choices
                            .iter()
                            .map(|c| c.trim())
                            .filter(|c| !c.is_empty())
                            .collect()
                    })
                    .unwrap_or_default();
                saved != typed
            }
            QuestionKind::Number => {
                let saved = saved.map_or("", |a| a.value.as_str());
                if typed_value.is_empty() || saved.is_empty() {
                    typed_value != saved
                } else {
                    normalised_number(typed_value).as_deref() != Some(saved)
                }
            }
            QuestionKind::YesNo => {
                saved.map_or("", |a| a.value.as_str()) != typed_value.to_ascii_lowercase()
            }
            _ => saved.map_or("", |a| a.value.as_str()) != typed_value,
        };
        if differs {
            let shown_value = match saved {
                None => empty(),
                Some(answer) if !answer.choices.is_empty() => answer.choices.join(", "),
                Some(answer) if q.kind == QuestionKind::YesNo => yes_no(lang, &answer.value),
                Some(answer) => or_empty(&answer.value),
            };
            shown.add_saved_meanwhile(&answer_field(q), shown_value);
        }
    }

    let currency = current.currency();
    let budget_differs = current.budget_lines.len() != sent.budget_lines.len()
        || current
            .budget_lines
            .iter()
            .zip(&sent.budget_lines)
            .any(|(saved, typed)| {
                saved.category != typed.category.trim()
                    || saved.description != typed.description.trim()
                    || Money::parse(&typed.amount, currency).ok()
                        != Some(current.call.money(saved.amount_minor))
            });
    if budget_differs {
        let lines: Vec<String> = current
            .budget_lines
            .iter()
            .map(|line| {
                let amount = call_text::amount_of_minor(lang, line.amount_minor, currency);
                lang.t_args(
                    "application-budget-line-saved",
                    &[
                        ("category", &line.category),
                        ("description", &line.description),
                        ("amount", &amount),
                    ],
                )
            })
            .collect();
        shown.add_saved_meanwhile(
            "budget_lines",
            if lines.is_empty() {
                empty()
            } else {
                lines.join("; ")
            },
        );
    }

    if typed_money(&sent.co_funding, currency) != Some(current.co_funding()) {
        shown.add_saved_meanwhile(
            "co_funding",
            call_text::amount(lang, current.co_funding(), currency),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(kind: QuestionKind, required: bool) -> QuestionView {
        QuestionView {
            id: uuid::Uuid::now_v7(),
            position: 1,
            prompt: "How do citizens take part?".into(),
            help: "Name the workshops.".into(),
            kind,
            required,
            max_length: Some(300),
            min_number: None,
            max_number: None,
            choices: vec!["Workshops".into(), "Online consultation".into()],
        }
    }

    #[test]
    fn every_kind_but_documents_gets_an_input_of_its_own() {
        let questions = [
            question(QuestionKind::ShortText, true),
            question(QuestionKind::LongText, false),
            question(QuestionKind::Number, true),
            question(QuestionKind::SingleChoice, true),
            question(QuestionKind::MultipleChoice, true),
            question(QuestionKind::YesNo, true),
            question(QuestionKind::Document, true),
        ];
        let fields = question_fields(Lang::En, &questions);
        let widgets: Vec<Widget> = fields.iter().map(|f| f.widget).collect();
        assert_eq!(
            widgets,
            [
                Widget::Line,
                Widget::Area,
                Widget::Number,
                Widget::Radios,
                Widget::Checkboxes,
                Widget::Radios
            ]
        );
        assert_eq!(fields[0].name, format!("answers.{}", questions[0].id));
        assert!(fields[0].hint.starts_with("Name the workshops."));
        assert!(fields[1].label.contains("optional"), "{}", fields[1].label);
        assert_eq!(fields[5].choices[0].label, "Yes");
        assert_eq!(fields[4].choices[1].value, "Online consultation");
        assert_eq!(document_questions(&questions).count(), 1);
    }

    #[test]
    fn empty_budget_rows_are_ignored_and_the_rest_renumbered() {
        let multiple = question(QuestionKind::MultipleChoice, false);
        let posted = CheckedForm::from_pairs(&[
            ("csrf_token", "t"),
            ("version", "3"),
            ("title", "Open budget"),
            ("budget_lines[0].category", ""),
            ("budget_lines[0].description", ""),
            ("budget_lines[0].amount", ""),
            ("budget_lines[1].category", "Events"),
            ("budget_lines[1].description", "Assemblies"),
            ("budget_lines[1].amount", "lots"),
            (&answer_field(&multiple), "Workshops"),
            (&answer_field(&multiple), "Online consultation"),
        ]);
        let questions = [multiple.clone()];
        let reading = read_content(&posted, &questions);
        assert_eq!(reading.input.budget_lines.len(), 1);
        assert_eq!(reading.input.budget_lines[0].amount, "lots");
        assert_eq!(
            reading.input.answers[0].choices,
            ["Workshops", "Online consultation"]
        );
        let (shown, rows) = posted_form(Lang::En, &questions, &posted, &reading);
        assert_eq!(rows.len(), 1 + EMPTY_BUDGET_ROWS);
        assert_eq!(shown.value("budget_lines[0].amount"), "lots");
        assert_eq!(shown.value("title"), "Open budget");
        assert_eq!(shown.value("version"), "");
        assert!(shown.has_value(&answer_field(&multiple), "Online consultation"));
        assert_eq!(
            shown.label("budget_lines[0].amount"),
            "Budget line 1: Amount"
        );
    }
}
