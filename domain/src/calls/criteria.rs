//! Selection criteria of a call: ordered, weighted, each scored from 0 to its maximum, optionally with a
//! minimum score an application must reach on it.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::Validator;
use crate::money::{Sign, parse_decimal};
use crate::{Message, Result};

/// A criterion as a manager writes it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CriterionInput {
    /// Short title, e.g. "Citizen participation".
    pub title: String,
    /// What reviewers should look for.
    pub guidance: String,
    /// Relative weight, a decimal string greater than zero.
    pub weight: String,
    /// Highest score, at least 1 (e.g. 5 or 10).
    pub max_score: i32,
    /// Lowest score an application must reach on this criterion, if any.
    pub min_score: Option<i32>,
}

/// A criterion whose fields are known good.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidCriterion {
    /// Title.
    pub title: String,
    /// Guidance.
    pub guidance: String,
    /// Weight, greater than zero.
    pub weight: Decimal,
    /// Highest score.
    pub max_score: i32,
    /// Per-criterion threshold.
    pub min_score: Option<i32>,
}

/// The highest maximum score a criterion may have; the API states the same bound.
pub const MAX_SCORE: i32 = 100;

/// Parses a weight: a decimal greater than zero.
pub fn parse_weight(value: &str) -> Result<Decimal, Message> {
    if value.starts_with('-') && parse_decimal(value, Sign::Any).is_some() {
        return Err(Message::new("error-weight-positive"));
    }
    let weight = parse_decimal(value, Sign::NonNegative)
        .ok_or_else(|| Message::new("error-number-invalid").arg("value", value))?;
    if weight <= Decimal::ZERO {
        return Err(Message::new("error-weight-positive"));
    }
    Ok(weight.normalize())
}

/// Validates a whole list, reporting every problem under `criteria[i].field`.
pub fn parse_criteria(inputs: &[CriterionInput]) -> Result<Vec<ValidCriterion>> {
    let mut v = Validator::new();
    let mut valid = Vec::with_capacity(inputs.len());
    for (i, input) in inputs.iter().enumerate() {
        let field = |name: &str| format!("criteria[{i}].{name}");
        let title = input.title.trim().to_owned();
        v.check(
            !title.is_empty(),
            &field("title"),
            Message::new("error-required"),
        );
        v.check(
            title.chars().count() <= 200,
            &field("title"),
            Message::new("error-too-long").arg("max", 200),
        );
        let weight = v.parse(&field("weight"), parse_weight(&input.weight));
        v.check(
            (1..=MAX_SCORE).contains(&input.max_score),
            &field("max_score"),
            Message::new("error-between")
                .arg("min", 1)
                .arg("max", MAX_SCORE),
        );
        if let Some(min) = input.min_score {
            v.check(
                (0..=input.max_score).contains(&min),
                &field("min_score"),
                Message::new("error-between")
                    .arg("min", 0)
                    .arg("max", input.max_score),
            );
        }
        if let Some(weight) = weight {
            valid.push(ValidCriterion {
                title,
                guidance: input.guidance.trim().to_owned(),
                weight,
                max_score: input.max_score,
                min_score: input.min_score,
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

    fn criterion(weight: &str, max: i32, min: Option<i32>) -> CriterionInput {
        CriterionInput {
            title: "Transparency".into(),
            guidance: String::new(),
            weight: weight.into(),
            max_score: max,
            min_score: min,
        }
    }

    #[test]
    fn weights_must_be_positive_decimals() {
        assert_eq!(parse_weight("1.50").unwrap(), Decimal::new(15, 1));
        assert!(parse_weight("0").is_err());
        assert!(parse_weight("-2").is_err());
        assert!(parse_weight("heavy").is_err());
    }

    #[test]
    fn every_bad_criterion_is_reported_by_position() {
        let Err(Error::Validation(errors)) =
            parse_criteria(&[criterion("1", 5, None), criterion("0", 0, Some(3))])
        else {
            panic!("expected validation errors");
        };
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "criteria[1].weight",
                "criteria[1].max_score",
                "criteria[1].min_score"
            ]
        );
    }
}
