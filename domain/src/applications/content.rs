//! What an applicant writes: the texts, the answers to the call's questions, the budget lines and the
//! co-funding. [`parse_content`] checks a whole draft and reports every problem at once; [`checklist`] says
//! what is still missing before the draft can be submitted. Both are pure.

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::calls::QuestionView;
use crate::calls::questions::QuestionKind;
use crate::error::Validator;
use crate::money::{Currency, Money, Sign, parse_decimal};
use crate::{Arg, Message, Result};

/// Longest title, in characters.
pub const MAX_TITLE: usize = 200;
/// Longest narrative text (summary, problem, objectives, participation plan), in characters.
pub const MAX_TEXT: usize = 20_000;
/// Most budget lines on one application.
pub const MAX_BUDGET_LINES: usize = 100;
/// Longest short-text answer when the question sets no limit.
const DEFAULT_SHORT_ANSWER: usize = 500;

/// The draft as a client sends it, before validation. Amounts are decimal strings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContentInput {
    /// Project title.
    pub title: String,
    /// A short summary.
    pub summary: String,
    /// The problem the pilot addresses.
    pub problem: String,
    /// What it will achieve.
    pub objectives: String,
    /// How citizens take part.
    pub participation_plan: String,
    /// Answers to the call's questions; unanswered questions may be left out.
    pub answers: Vec<AnswerInput>,
    /// Budget lines; the requested amount is their sum.
    pub budget_lines: Vec<BudgetLineInput>,
    /// The applicant's own contribution; empty means none.
    pub co_funding: String,
    /// The earlier funded project (from the public portfolio) this application replicates, if any.
    #[serde(default)]
    pub replicates_project_id: Option<Uuid>,
}

/// An answer as sent: `value` for text, numbers, a single choice and yes/no (`yes` or `no`); `choices` for a
/// multiple-choice question.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerInput {
    /// The question answered.
    pub question_id: Uuid,
    /// The answer.
    pub value: String,
    /// The options picked, for multiple choice.
    pub choices: Vec<String>,
}

/// A budget line as sent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetLineInput {
    /// E.g. staff, equipment, events, services.
    pub category: String,
    /// What the money buys.
    pub description: String,
    /// A decimal string in the call's currency.
    pub amount: String,
}

/// A stored answer, known good for its question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// The answer (empty for multiple choice).
    #[serde(default)]
    pub value: String,
    /// The options picked, for multiple choice.
    #[serde(default)]
    pub choices: Vec<String>,
}

/// A budget line, known good.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidBudgetLine {
    /// Category.
    pub category: String,
    /// Description.
    pub description: String,
    /// Amount.
    pub amount: Money,
}

/// A whole draft, known good.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidContent {
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
    /// Answers by question.
    pub answers: BTreeMap<Uuid, Answer>,
    /// Budget lines in order.
    pub budget_lines: Vec<ValidBudgetLine>,
    /// The sum of the budget lines.
    pub requested: Money,
    /// Co-funding.
    pub co_funding: Money,
}

fn text_field(v: &mut Validator, field: &str, text: &str, max: usize) -> String {
    let text = text.trim().to_owned();
    v.check(
        text.chars().count() <= max,
        field,
        Message::new("error-too-long").arg("max", max),
    );
    text
}

/// Checks a draft against the call's questions and currency. Missing content is fine (a draft may be
/// partial); wrong content is not.
pub fn parse_content(
    input: &ContentInput,
    questions: &[QuestionView],
    currency: Currency,
) -> Result<ValidContent> {
    let mut v = Validator::new();
    let title = text_field(&mut v, "title", &input.title, MAX_TITLE);
    let summary = text_field(&mut v, "summary", &input.summary, MAX_TEXT);
    let problem = text_field(&mut v, "problem", &input.problem, MAX_TEXT);
    let objectives = text_field(&mut v, "objectives", &input.objectives, MAX_TEXT);
    let participation_plan = text_field(
        &mut v,
        "participation_plan",
        &input.participation_plan,
        MAX_TEXT,
    );

    let mut answers = BTreeMap::new();
    for (i, answer) in input.answers.iter().enumerate() {
        let Some(question) = questions.iter().find(|q| q.id == answer.question_id) else {
            v.check(
                false,
                &format!("answers[{i}].question_id"),
                Message::new("error-question-unknown"),
            );
            continue;
        };
        let field = format!("answers.{}", question.id);
        match parse_answer(question, answer) {
            Ok(Some(parsed)) => {
                answers.insert(question.id, parsed);
            }
            Ok(None) => {}
            Err(message) => v.check(false, &field, message),
        }
    }

    v.check(
        input.budget_lines.len() <= MAX_BUDGET_LINES,
        "budget_lines",
        Message::new("error-too-many").arg("max", MAX_BUDGET_LINES),
    );
    let mut budget_lines = Vec::with_capacity(input.budget_lines.len());
    let mut requested = Some(Money::ZERO);
    for (i, line) in input.budget_lines.iter().enumerate() {
        let field = |name: &str| format!("budget_lines[{i}].{name}");
        let category = text_field(&mut v, &field("category"), &line.category, 200);
        v.check(
            !category.is_empty(),
            &field("category"),
            Message::new("error-required"),
        );
        let description = text_field(&mut v, &field("description"), &line.description, 1000);
        let amount = v.parse(&field("amount"), Money::parse(&line.amount, currency));
        if let Some(amount) = amount {
            v.check(
                !amount.amount().is_zero(),
                &field("amount"),
                Message::new("error-money-zero"),
            );
            requested = requested.and_then(|sum| sum.checked_add(amount, currency));
            budget_lines.push(ValidBudgetLine {
                category,
                description,
                amount,
            });
        }
    }
    let requested = v.parse(
        "budget_lines",
        requested.ok_or_else(|| Message::new("error-money-too-large")),
    );
    let co_funding = match input.co_funding.trim() {
        "" => Some(Money::ZERO),
        text => v.parse("co_funding", Money::parse(text, currency)),
    };
    v.finish()?;
    Ok(ValidContent {
        title,
        summary,
        problem,
        objectives,
        participation_plan,
        answers,
        budget_lines,
        requested: requested.unwrap_or(Money::ZERO),
        co_funding: co_funding.unwrap_or(Money::ZERO),
    })
}

/// Parses one answer for its question: `Ok(None)` when left blank.
fn parse_answer(question: &QuestionView, input: &AnswerInput) -> Result<Option<Answer>, Message> {
    let kind = question.kind;
    let value = input.value.trim().to_owned();
    let choices: Vec<String> = input
        .choices
        .iter()
        .map(|c| c.trim().to_owned())
        .filter(|c| !c.is_empty())
        .collect();
    if value.is_empty() && choices.is_empty() {
        return Ok(None);
    }
    let offered = &question.choices;
    let text = |max: usize| {
        if value.chars().count() > max {
            Err(Message::new("error-too-long").arg("max", max))
        } else {
            Ok(Some(Answer {
                value: value.clone(),
                choices: Vec::new(),
            }))
        }
    };
    let limit = question.max_length.and_then(|m| usize::try_from(m).ok());
    match kind {
        QuestionKind::ShortText => text(limit.unwrap_or(DEFAULT_SHORT_ANSWER)),
        QuestionKind::LongText => text(limit.unwrap_or(MAX_TEXT)),
        QuestionKind::Number => {
            let number = parse_decimal(&value, Sign::Any)
                .ok_or_else(|| Message::new("error-number-invalid").arg("value", &value))?;
            if let Some(min) = question.min_number
                && number < min
            {
                return Err(Message::new("error-at-least").arg("min", min));
            }
            if let Some(max) = question.max_number
                && number > max
            {
                return Err(Message::new("error-at-most").arg("max", max));
            }
            Ok(Some(Answer {
                value: number.normalize().to_string(),
                choices: Vec::new(),
            }))
        }
        QuestionKind::SingleChoice => {
            if offered.contains(&value) {
                text(usize::MAX)
            } else {
                Err(Message::new("error-choice-unknown").arg("value", &value))
            }
        }
        QuestionKind::MultipleChoice => {
            if let Some(unknown) = choices.iter().find(|c| !offered.contains(c)) {
                return Err(Message::new("error-choice-unknown").arg("value", unknown));
            }
            // Kept in the call's order, once each.
            let picked = offered
                .iter()
                .filter(|o| choices.contains(o))
                .cloned()
                .collect();
            Ok(Some(Answer {
                value: String::new(),
                choices: picked,
            }))
        }
        QuestionKind::YesNo => match value.to_ascii_lowercase().as_str() {
            "yes" | "no" => Ok(Some(Answer {
                value: value.to_ascii_lowercase(),
                choices: Vec::new(),
            })),
            _ => Err(Message::new("error-yes-no")),
        },
        QuestionKind::Document => Err(Message::new("error-answer-is-document")),
    }
}

/// One line of the completeness checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChecklistItem {
    /// The field it is about (`title`, `budget_lines`, `answers.<id>`, `attachments.<question id>`).
    pub field: String,
    /// What is needed, translatable.
    pub label: Message,
    /// Whether it is there.
    pub done: bool,
}

/// What the checklist looks at.
#[derive(Debug, Clone)]
pub struct Completeness<'a> {
    /// Title, summary, problem, objectives and participation plan, by field name.
    pub texts: [(&'static str, &'a str); 5],
    /// Answers by question.
    pub answers: &'a BTreeMap<Uuid, Answer>,
    /// How many budget lines there are.
    pub budget_lines: usize,
    /// Whether the call offers money, so that a budget is asked for. A call whose largest award is zero
    /// (joining a network, a recognition) asks for none.
    pub budget_needed: bool,
    /// Document questions that have an attachment.
    pub documents: &'a HashSet<Uuid>,
}

/// Everything a complete application needs, each marked done or not: the five texts, a budget (when the call
/// offers money), every required answer and every required document.
pub fn checklist(facts: &Completeness<'_>, questions: &[QuestionView]) -> Vec<ChecklistItem> {
    let mut items: Vec<ChecklistItem> = facts
        .texts
        .iter()
        .map(|(field, text)| ChecklistItem {
            field: (*field).to_owned(),
            label: Message::new(&format!("checklist-{}", field.replace('_', "-"))),
            done: !text.trim().is_empty(),
        })
        .collect();
    if facts.budget_needed {
        items.push(ChecklistItem {
            field: "budget_lines".to_owned(),
            label: Message::new("checklist-budget"),
            done: facts.budget_lines > 0,
        });
    }
    for question in questions.iter().filter(|q| q.required) {
        let (field, key, done) = if question.is_document() {
            (
                format!("attachments.{}", question.id),
                "checklist-document",
                facts.documents.contains(&question.id),
            )
        } else {
            (
                format!("answers.{}", question.id),
                "checklist-answer",
                facts.answers.contains_key(&question.id),
            )
        };
        items.push(ChecklistItem {
            field,
            label: Message::new(key).arg("question", &question.prompt),
            done,
        });
    }
    items
}

/// The checklist's open items as the validation errors a refused submission reports.
pub fn missing(items: &[ChecklistItem]) -> Vec<crate::FieldError> {
    items
        .iter()
        .filter(|item| !item.done)
        .map(|item| {
            crate::FieldError::new(
                &item.field,
                Message::new("error-incomplete")
                    .arg_phrased("item", Arg::Message(Box::new(item.label.clone()))),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Error;
    use rust_decimal::Decimal;

    fn question(kind: QuestionKind, required: bool) -> QuestionView {
        QuestionView {
            id: Uuid::now_v7(),
            position: 1,
            prompt: "How many participants?".into(),
            help: String::new(),
            kind,
            required,
            max_length: None,
            min_number: Some(Decimal::ONE),
            max_number: Some(Decimal::from(500)),
            choices: vec!["Workshops".into(), "Online".into()],
        }
    }

    fn tnd() -> Currency {
        Currency::parse("TND").unwrap()
    }

    #[test]
    fn the_requested_amount_is_the_exact_sum_of_the_budget_lines() {
        let input = ContentInput {
            budget_lines: vec![
                BudgetLineInput {
                    category: "Events".into(),
                    description: "Citizen assemblies".into(),
                    amount: "12000.125".into(),
                },
                BudgetLineInput {
                    category: "Staff".into(),
                    description: String::new(),
                    amount: "0.875".into(),
                },
            ],
            ..Default::default()
        };
        let content = parse_content(&input, &[], tnd()).unwrap();
        assert_eq!(content.requested.to_decimal_string(tnd()), "12001.000");
        assert_eq!(content.co_funding, Money::ZERO);
    }

    proptest::proptest! {
        /// Whatever the lines, the requested amount is their exact sum in minor units: no float, no rounding.
        #[test]
        fn the_requested_amount_never_drifts_from_the_lines(minors in proptest::collection::vec(1_i64..10_000_000_000, 0..40)) {
            let currency = tnd();
            let input = ContentInput {
                budget_lines: minors
                    .iter()
                    .map(|m| BudgetLineInput {
                        category: "Events".into(),
                        description: String::new(),
                        amount: Money::from_minor(*m, currency).to_decimal_string(currency),
                    })
                    .collect(),
                ..Default::default()
            };
            let content = parse_content(&input, &[], currency).unwrap();
            proptest::prop_assert_eq!(content.requested.to_minor(currency), minors.iter().sum::<i64>());
            proptest::prop_assert_eq!(content.budget_lines.len(), minors.len());
        }
    }

    #[test]
    fn every_wrong_field_is_reported_at_once() {
        let number = question(QuestionKind::Number, true);
        let input = ContentInput {
            title: "x".repeat(MAX_TITLE + 1),
            answers: vec![AnswerInput {
                question_id: number.id,
                value: "900".into(),
                choices: vec![],
            }],
            budget_lines: vec![BudgetLineInput {
                category: String::new(),
                description: String::new(),
                amount: "12.0001".into(),
            }],
            co_funding: "lots".into(),
            ..Default::default()
        };
        let Err(Error::Validation(errors)) =
            parse_content(&input, std::slice::from_ref(&number), tnd())
        else {
            panic!("expected validation errors");
        };
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "title",
                format!("answers.{}", number.id).as_str(),
                "budget_lines[0].category",
                "budget_lines[0].amount",
                "co_funding"
            ]
        );
    }

    #[test]
    fn choices_must_be_offered_and_blank_answers_are_dropped() {
        let single = question(QuestionKind::SingleChoice, false);
        let multiple = question(QuestionKind::MultipleChoice, false);
        let text = question(QuestionKind::ShortText, false);
        let input = ContentInput {
            answers: vec![
                AnswerInput {
                    question_id: multiple.id,
                    value: String::new(),
                    choices: vec!["Online".into(), "Workshops".into(), "Online".into()],
                },
                AnswerInput {
                    question_id: text.id,
                    value: "   ".into(),
                    choices: vec![],
                },
            ],
            ..Default::default()
        };
        let questions = [single.clone(), multiple.clone(), text.clone()];
        let content = parse_content(&input, &questions, tnd()).unwrap();
        assert_eq!(
            content.answers[&multiple.id].choices,
            ["Workshops", "Online"]
        );
        assert!(!content.answers.contains_key(&text.id));

        let wrong = ContentInput {
            answers: vec![AnswerInput {
                question_id: single.id,
                value: "Radio".into(),
                choices: vec![],
            }],
            ..Default::default()
        };
        assert!(parse_content(&wrong, &questions, tnd()).is_err());
    }

    #[test]
    fn the_checklist_asks_for_required_answers_and_documents_only() {
        let required = question(QuestionKind::LongText, true);
        let optional = question(QuestionKind::LongText, false);
        let resolution = question(QuestionKind::Document, true);
        let answers = BTreeMap::new();
        let documents = HashSet::new();
        let facts = Completeness {
            texts: [
                ("title", "Open budget"),
                ("summary", "s"),
                ("problem", "p"),
                ("objectives", "o"),
                ("participation_plan", ""),
            ],
            answers: &answers,
            budget_lines: 1,
            budget_needed: true,
            documents: &documents,
        };
        let questions = [required.clone(), optional, resolution.clone()];
        let open: Vec<String> = checklist(&facts, &questions)
            .into_iter()
            .filter(|i| !i.done)
            .map(|i| i.field)
            .collect();
        assert_eq!(
            open,
            [
                "participation_plan".to_owned(),
                format!("answers.{}", required.id),
                format!("attachments.{}", resolution.id),
            ]
        );
        let attached = HashSet::from([resolution.id]);
        let facts = Completeness {
            documents: &attached,
            ..facts
        };
        assert_eq!(missing(&checklist(&facts, &questions)).len(), 2);

        // No budget lines: missing where the call offers money, not asked for where it offers none.
        let no_budget = Completeness {
            budget_lines: 0,
            ..facts.clone()
        };
        assert!(
            missing(&checklist(&no_budget, &questions))
                .iter()
                .any(|i| i.field == "budget_lines")
        );
        let no_money = Completeness {
            budget_needed: false,
            ..no_budget
        };
        assert!(
            !checklist(&no_money, &questions)
                .iter()
                .any(|i| i.field == "budget_lines")
        );
    }
}
