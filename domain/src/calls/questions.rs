//! Custom questions a call asks applicants: short or long text, a number, one or several choices, yes/no.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::Validator;
use crate::money::{Sign, parse_decimal};
use crate::{Message, Result};

/// The kind of answer a question expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// One line of text.
    ShortText,
    /// Paragraphs, up to `max_length` characters.
    LongText,
    /// A number within an optional range.
    Number,
    /// One of the choices.
    SingleChoice,
    /// Any of the choices.
    MultipleChoice,
    /// Yes or no.
    YesNo,
    /// A document to attach (e.g. the municipal council's resolution); answered by an attachment.
    Document,
}

impl QuestionKind {
    /// Every kind.
    pub const ALL: [QuestionKind; 7] = [
        QuestionKind::ShortText,
        QuestionKind::LongText,
        QuestionKind::Number,
        QuestionKind::SingleChoice,
        QuestionKind::MultipleChoice,
        QuestionKind::YesNo,
        QuestionKind::Document,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            QuestionKind::ShortText => "short_text",
            QuestionKind::LongText => "long_text",
            QuestionKind::Number => "number",
            QuestionKind::SingleChoice => "single_choice",
            QuestionKind::MultipleChoice => "multiple_choice",
            QuestionKind::YesNo => "yes_no",
            QuestionKind::Document => "document",
        }
    }

    /// Parses a stored or submitted name.
    pub fn parse(value: &str) -> Result<QuestionKind, Message> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == value.trim())
            .ok_or_else(|| Message::new("error-question-kind-unknown").arg("value", value.trim()))
    }

    fn has_choices(self) -> bool {
        matches!(
            self,
            QuestionKind::SingleChoice | QuestionKind::MultipleChoice
        )
    }
}

/// A question as a manager writes it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionInput {
    /// The question.
    pub prompt: String,
    /// Help shown under it.
    pub help: String,
    /// The kind of answer, by name.
    pub kind: String,
    /// Whether an answer is needed before submitting.
    pub required: bool,
    /// For text: the longest answer, in characters.
    pub max_length: Option<i32>,
    /// For numbers: the smallest answer, a decimal string.
    pub min_number: Option<String>,
    /// For numbers: the largest answer, a decimal string.
    pub max_number: Option<String>,
    /// For choices: the options, in order.
    pub choices: Vec<String>,
}

/// A question whose fields are known good.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidQuestion {
    /// The question.
    pub prompt: String,
    /// Help.
    pub help: String,
    /// Kind of answer.
    pub kind: QuestionKind,
    /// Required.
    pub required: bool,
    /// Longest text answer.
    pub max_length: Option<i32>,
    /// Smallest number.
    pub min_number: Option<Decimal>,
    /// Largest number.
    pub max_number: Option<Decimal>,
    /// Options.
    pub choices: Vec<String>,
}

fn parse_number(value: &Option<String>) -> Result<Option<Decimal>, Message> {
    match value.as_deref().filter(|v| !v.trim().is_empty()) {
        None => Ok(None),
        Some(text) => parse_decimal(text, Sign::Any)
            .map(Some)
            .ok_or_else(|| Message::new("error-number-invalid").arg("value", text)),
    }
}

/// Validates a whole list, reporting every problem under `questions[i].field`.
pub fn parse_questions(inputs: &[QuestionInput]) -> Result<Vec<ValidQuestion>> {
    let mut v = Validator::new();
    let mut valid = Vec::with_capacity(inputs.len());
    for (i, input) in inputs.iter().enumerate() {
        let field = |name: &str| format!("questions[{i}].{name}");
        let prompt = input.prompt.trim().to_owned();
        v.check(
            !prompt.is_empty(),
            &field("prompt"),
            Message::new("error-required"),
        );
        let kind = v.parse(&field("kind"), QuestionKind::parse(&input.kind));
        let min_number = v.parse(&field("min_number"), parse_number(&input.min_number));
        let max_number = v.parse(&field("max_number"), parse_number(&input.max_number));
        if let (Some(Some(min)), Some(Some(max))) = (min_number, max_number) {
            v.check(
                min <= max,
                &field("max_number"),
                Message::new("error-at-least").arg("min", min),
            );
        }
        if let Some(max_length) = input.max_length {
            v.check(
                max_length >= 1,
                &field("max_length"),
                Message::new("error-at-least").arg("min", 1),
            );
        }
        let choices: Vec<String> = input
            .choices
            .iter()
            .map(|c| c.trim().to_owned())
            .filter(|c| !c.is_empty())
            .collect();
        if let Some(kind) = kind {
            if kind.has_choices() {
                v.check(
                    choices.len() >= 2,
                    &field("choices"),
                    Message::new("error-choices-too-few"),
                );
                let mut unique = choices.clone();
                unique.sort();
                unique.dedup();
                v.check(
                    unique.len() == choices.len(),
                    &field("choices"),
                    Message::new("error-choices-duplicate"),
                );
            }
            valid.push(ValidQuestion {
                prompt,
                help: input.help.trim().to_owned(),
                kind,
                required: input.required,
                max_length: input.max_length,
                min_number: min_number.flatten(),
                max_number: max_number.flatten(),
                choices: if kind.has_choices() {
                    choices
                } else {
                    Vec::new()
                },
            });
        }
    }
    v.finish()?;
    Ok(valid)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Error;

    #[test]
    fn a_choice_question_needs_two_distinct_choices() {
        let question = QuestionInput {
            prompt: "Which level of government?".into(),
            kind: "single_choice".into(),
            choices: vec!["Municipal".into(), "Municipal".into()],
            ..Default::default()
        };
        let Err(Error::Validation(errors)) = parse_questions(&[question]) else {
            panic!("expected a validation error");
        };
        assert_eq!(errors[0].field, "questions[0].choices");
    }

    #[test]
    fn every_kind_parses_back() {
        for kind in QuestionKind::ALL {
            assert_eq!(QuestionKind::parse(kind.as_str()), Ok(kind));
        }
    }

    #[test]
    fn a_number_range_must_be_ordered() {
        let question = QuestionInput {
            prompt: "How many participants?".into(),
            kind: "number".into(),
            min_number: Some("10".into()),
            max_number: Some("5".into()),
            ..Default::default()
        };
        assert!(parse_questions(&[question]).is_err());
    }
}
