//! The details of a call: dates and time zone, budget and award limits, slots, thresholds, tie-break order,
//! regional quotas and reporting cadence, validated together so that a form shows every problem at once.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::Validator;
use crate::money::{Currency, Money, Sign, parse_decimal};
use crate::{Message, Result};

/// Awards per subdivision: at most `max_awards`, and at least `min_awards` when there are qualifying
/// applications from it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quota {
    /// ISO 3166-2 subdivision code.
    pub subdivision: String,
    /// Awards reserved for it, if any.
    pub min_awards: Option<i32>,
    /// Most awards it may receive, if limited.
    pub max_awards: Option<i32>,
}

/// The details as a manager writes them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallDetailsInput {
    /// Short code used in reference numbers (`TUN` gives `TUN-2026-0007`): 2 to 12 letters or digits.
    pub code: String,
    /// Title.
    pub title: String,
    /// Description (plain text, paragraphs separated by blank lines).
    pub description: String,
    /// When applications open.
    pub opens_at: DateTime<Utc>,
    /// The deadline.
    pub closes_at: DateTime<Utc>,
    /// IANA time zone in which dates are shown, e.g. `Africa/Tunis`.
    pub time_zone: String,
    /// Total budget, a decimal string in the programme's currency.
    pub total_budget: String,
    /// Smallest award.
    pub min_award: String,
    /// Largest award.
    pub max_award: String,
    /// Most awards (slots).
    pub max_awards: i32,
    /// Reviews each application needs before it can be ranked.
    pub min_reviews: i32,
    /// Lowest total score (0 to 100) that qualifies, if any.
    pub min_total_score: Option<String>,
    /// Criteria (by position, from 1) whose scores break ties, in order.
    pub tie_break: Vec<i32>,
    /// Regional quotas.
    pub quotas: Vec<Quota>,
    /// Months between progress reports of funded projects; the programme's default when absent.
    pub reporting_cadence_months: Option<i32>,
}

/// Details whose fields are known good.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidDetails {
    /// Reference code, upper case.
    pub code: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Opening.
    pub opens_at: DateTime<Utc>,
    /// Deadline.
    pub closes_at: DateTime<Utc>,
    /// Display time zone.
    pub time_zone: Tz,
    /// Total budget.
    pub total_budget: Money,
    /// Smallest award.
    pub min_award: Money,
    /// Largest award.
    pub max_award: Money,
    /// Slots.
    pub max_awards: i32,
    /// Reviews needed.
    pub min_reviews: i32,
    /// Qualifying total.
    pub min_total_score: Option<Decimal>,
    /// Tie-break criteria positions.
    pub tie_break: Vec<i32>,
    /// Quotas.
    pub quotas: Vec<Quota>,
    /// Reporting cadence in months.
    pub reporting_cadence_months: i32,
}

/// Parses an IANA time zone name.
pub fn parse_time_zone(value: &str) -> Result<Tz, Message> {
    value
        .trim()
        .parse::<Tz>()
        .map_err(|_| Message::new("error-time-zone-unknown").arg("value", value.trim()))
}

fn parse_code(value: &str) -> Result<String, Message> {
    let code = value.trim().to_ascii_uppercase();
    if (2..=12).contains(&code.len()) && code.chars().all(|c| c.is_ascii_alphanumeric()) {
        Ok(code)
    } else {
        Err(Message::new("error-call-code"))
    }
}

/// The most awards (slots) a call may have; the API states the same bound.
pub const MAX_AWARDS: i32 = 10_000;

/// The most reviews a call may require per application; the API states the same bound.
pub const MAX_REVIEWS: i32 = 50;

/// Validates every field of the details in `currency`.
pub fn parse_details(
    input: &CallDetailsInput,
    currency: Currency,
    default_cadence_months: i32,
) -> Result<ValidDetails> {
    let mut v = Validator::new();
    let code = v.parse("code", parse_code(&input.code));
    let title = input.title.trim().to_owned();
    v.check(!title.is_empty(), "title", Message::new("error-required"));
    v.check(
        title.chars().count() <= 200,
        "title",
        Message::new("error-too-long").arg("max", 200),
    );
    v.check(
        input.closes_at > input.opens_at,
        "closes_at",
        Message::new("error-closes-after-opens"),
    );
    let time_zone = v.parse("time_zone", parse_time_zone(&input.time_zone));
    let total_budget = v.parse("total_budget", Money::parse(&input.total_budget, currency));
    let min_award = v.parse("min_award", Money::parse(&input.min_award, currency));
    let max_award = v.parse("max_award", Money::parse(&input.max_award, currency));
    if let (Some(min), Some(max)) = (min_award, max_award) {
        v.check(
            max >= min,
            "max_award",
            Message::new("error-max-award-below-min"),
        );
    }
    if let (Some(max), Some(budget)) = (max_award, total_budget) {
        v.check(
            budget >= max,
            "total_budget",
            Message::new("error-budget-below-max-award"),
        );
    }
    v.check(
        (1..=MAX_AWARDS).contains(&input.max_awards),
        "max_awards",
        Message::new("error-between")
            .arg("min", 1)
            .arg("max", MAX_AWARDS),
    );
    v.check(
        (1..=MAX_REVIEWS).contains(&input.min_reviews),
        "min_reviews",
        Message::new("error-between")
            .arg("min", 1)
            .arg("max", MAX_REVIEWS),
    );
    let min_total_score = match input
        .min_total_score
        .as_deref()
        .filter(|s| !s.trim().is_empty())
    {
        None => Some(None),
        Some(text) => v.parse(
            "min_total_score",
            parse_decimal(text, Sign::NonNegative)
                .filter(|score| (Decimal::ZERO..=Decimal::ONE_HUNDRED).contains(score))
                .map(|score| Some(score.normalize()))
                .ok_or_else(|| Message::new("error-between").arg("min", 0).arg("max", 100)),
        ),
    };
    for (i, position) in input.tie_break.iter().enumerate() {
        v.check(
            *position >= 1,
            &format!("tie_break[{i}]"),
            Message::new("error-at-least").arg("min", 1),
        );
    }
    let mut quotas = Vec::with_capacity(input.quotas.len());
    for (i, quota) in input.quotas.iter().enumerate() {
        let field = |name: &str| format!("quotas[{i}].{name}");
        let subdivision = quota.subdivision.trim().to_ascii_uppercase();
        let shaped = subdivision
            .split_once('-')
            .is_some_and(|(country, rest)| country.len() == 2 && (1..=3).contains(&rest.len()));
        v.check(
            shaped,
            &field("subdivision"),
            Message::new("error-subdivision-unknown")
                .arg("value", &subdivision)
                .arg("country", subdivision.get(..2).unwrap_or("")),
        );
        if let (Some(min), Some(max)) = (quota.min_awards, quota.max_awards) {
            v.check(
                min <= max,
                &field("max_awards"),
                Message::new("error-at-least").arg("min", min),
            );
        }
        for (name, value) in [
            ("min_awards", quota.min_awards),
            ("max_awards", quota.max_awards),
        ] {
            if let Some(value) = value {
                v.check(value >= 0, &field(name), Message::new("error-not-negative"));
            }
        }
        quotas.push(Quota {
            subdivision,
            min_awards: quota.min_awards,
            max_awards: quota.max_awards,
        });
    }
    let cadence = input
        .reporting_cadence_months
        .unwrap_or(default_cadence_months);
    v.check(
        (1..=24).contains(&cadence),
        "reporting_cadence_months",
        Message::new("error-between").arg("min", 1).arg("max", 24),
    );
    v.finish()?;
    match (
        code,
        time_zone,
        total_budget,
        min_award,
        max_award,
        min_total_score,
    ) {
        (
            Some(code),
            Some(time_zone),
            Some(total_budget),
            Some(min_award),
            Some(max_award),
            Some(min_total_score),
        ) => Ok(ValidDetails {
            code,
            title,
            description: input.description.trim().to_owned(),
            opens_at: input.opens_at,
            closes_at: input.closes_at,
            time_zone,
            total_budget,
            min_award,
            max_award,
            max_awards: input.max_awards,
            min_reviews: input.min_reviews,
            min_total_score,
            tie_break: input.tie_break.clone(),
            quotas,
            reporting_cadence_months: cadence,
        }),
        _ => Err(crate::Error::Internal("validated call details".into())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Error;

    pub(crate) fn tunisia() -> CallDetailsInput {
        CallDetailsInput {
            code: "tun".into(),
            title: "OGP Local Tunisia: municipal selection".into(),
            description: "Ten criteria, chosen by a parity committee.".into(),
            opens_at: "2026-12-01T08:00:00Z".parse().unwrap(),
            closes_at: "2027-01-31T22:59:00Z".parse().unwrap(),
            time_zone: "Africa/Tunis".into(),
            total_budget: "500000".into(),
            min_award: "10000".into(),
            max_award: "50000.500".into(),
            max_awards: 10,
            min_reviews: 2,
            min_total_score: Some("60".into()),
            tie_break: vec![1, 3],
            quotas: vec![Quota {
                subdivision: "TN-42".into(),
                min_awards: Some(1),
                max_awards: Some(3),
            }],
            reporting_cadence_months: None,
        }
    }

    #[test]
    fn a_real_call_parses() {
        let tnd = Currency::parse("TND").unwrap();
        let details = parse_details(&tunisia(), tnd, 6).unwrap();
        assert_eq!(details.code, "TUN");
        assert_eq!(details.max_award.to_minor(tnd), 50_000_500);
        assert_eq!(details.reporting_cadence_months, 6);
        assert_eq!(details.time_zone, chrono_tz::Africa::Tunis);
    }

    #[test]
    fn inconsistent_limits_are_all_reported() {
        let eur = Currency::parse("EUR").unwrap();
        let input = CallDetailsInput {
            closes_at: "2026-11-01T00:00:00Z".parse().unwrap(),
            time_zone: "Mars/Olympus".into(),
            total_budget: "1000".into(),
            min_award: "5000".into(),
            max_award: "2000".into(),
            max_awards: 0,
            min_total_score: Some("120".into()),
            ..tunisia()
        };
        let Err(Error::Validation(errors)) = parse_details(&input, eur, 6) else {
            panic!("expected validation errors");
        };
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "closes_at",
                "time_zone",
                "max_award",
                "total_budget",
                "max_awards",
                "min_total_score"
            ]
        );
    }
}
