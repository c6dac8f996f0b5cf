//! The pure rules of a funded project: the tranche schedule drawn from the call's template (amounts that sum
//! to the award exactly), the condition each tranche waits for, the dates progress reports fall due, what is
//! overdue, and the project's health and progress. No I/O.

use std::collections::BTreeSet;

use chrono::{Months, NaiveDate};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::{Deserialize, Serialize};

use crate::error::Validator;
use crate::money::{Sign, parse_decimal};
use crate::{Error, Message};

/// What a tranche waits for before it may be released.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Condition {
    /// The grant agreement is signed.
    Signature,
    /// A milestone (by its position in the project, from 1) is accepted.
    Milestone {
        /// Position of the milestone.
        position: i32,
    },
    /// A progress report (by its number, from 1) is accepted; `None` is the final report.
    Report {
        /// Number of the report, or `None` for the final one.
        number: Option<i32>,
    },
    /// A date is reached.
    Date {
        /// The date.
        on: NaiveDate,
    },
}

/// One line of a call's tranche template, as a manager writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateLine {
    /// Share of the award, a decimal string of percent (e.g. "40").
    pub percent: String,
    /// `signature`, `milestone`, `report`, `final_report` or `date`.
    pub condition: String,
    /// For `milestone`: the milestone every project gets (e.g. "Action plan adopted by the municipal
    /// council").
    #[serde(default)]
    pub milestone: Option<String>,
    /// For `milestone`: months after the start when it is due; for `date`: months after the start.
    #[serde(default)]
    pub months: Option<i32>,
    /// For `report`: which report, from 1.
    #[serde(default)]
    pub report: Option<i32>,
}

impl From<&TemplateRule> for TemplateLine {
    /// The line a manager would write for a checked rule: parsing it gives the rule back.
    fn from(rule: &TemplateRule) -> Self {
        let line = |condition: &str| TemplateLine {
            percent: rule.percent.normalize().to_string(),
            condition: condition.to_owned(),
            milestone: None,
            months: None,
            report: None,
        };
        match &rule.condition {
            TemplateCondition::Signature => line("signature"),
            TemplateCondition::Milestone { title, months } => TemplateLine {
                milestone: Some(title.clone()),
                months: Some(*months),
                ..line("milestone")
            },
            TemplateCondition::Report {
                number: Some(number),
            } => TemplateLine {
                report: Some(*number),
                ..line("report")
            },
            TemplateCondition::Report { number: None } => line("final_report"),
            TemplateCondition::Date { months } => TemplateLine {
                months: Some(*months),
                ..line("date")
            },
        }
    }
}

/// A checked template line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateRule {
    /// Share of the award in percent, > 0.
    pub percent: Decimal,
    /// What the tranche waits for (`Milestone` positions and `Date` dates are filled in per project).
    pub condition: TemplateCondition,
}

/// A template's condition before it is placed in a project.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TemplateCondition {
    /// The agreement is signed.
    Signature,
    /// A milestone every project gets, due `months` after the start.
    Milestone {
        /// Its title.
        title: String,
        /// Months after the start.
        months: i32,
    },
    /// Report `number` (from 1) accepted; `None` the final report.
    Report {
        /// The report's number.
        number: Option<i32>,
    },
    /// `months` after the start.
    Date {
        /// Months after the start.
        months: i32,
    },
}

/// The template used when a call sets none: 40% on signature, 40% when the first report is accepted, 20% when
/// the final report is accepted.
pub fn default_template() -> Vec<TemplateRule> {
    vec![
        TemplateRule {
            percent: Decimal::from(40),
            condition: TemplateCondition::Signature,
        },
        TemplateRule {
            percent: Decimal::from(40),
            condition: TemplateCondition::Report { number: Some(1) },
        },
        TemplateRule {
            percent: Decimal::from(20),
            condition: TemplateCondition::Report { number: None },
        },
    ]
}

/// Checks a template: at least one line; each percent a decimal > 0 with at most 2 places; the percents sum
/// to exactly 100; the condition known, with the fields it needs (`milestone` needs a title and months >= 0,
/// `report` a number >= 1, `date` months >= 0). Errors name `lines[i].<field>` (and `lines` for the sum).
pub fn parse_template(lines: &[TemplateLine]) -> crate::Result<Vec<TemplateRule>> {
    let mut v = Validator::new();
    v.check(
        !lines.is_empty(),
        "lines",
        Message::new("error-template-empty"),
    );
    let mut rules = Vec::with_capacity(lines.len());
    let mut sum = Decimal::ZERO;
    for (i, line) in lines.iter().enumerate() {
        let field = |name: &str| format!("lines[{i}].{name}");
        let percent = v.parse(&field("percent"), parse_percent(&line.percent));
        if let Some(percent) = percent {
            // Each percent is at most 100, so the sum cannot overflow a Decimal on any realistic template.
            sum = sum.saturating_add(percent);
        }
        let condition = parse_condition(&mut v, &field, line);
        if let (Some(percent), Some(condition)) = (percent, condition) {
            rules.push(TemplateRule { percent, condition });
        }
    }
    // The sum is checked over the percents that parsed, even when some did not, so that the manager sees
    // every problem in one go rather than discovering the sum only after fixing a typo.
    if !lines.is_empty() {
        v.check(
            sum == Decimal::ONE_HUNDRED,
            "lines",
            Message::new("error-template-sum").arg_percent("sum", sum),
        );
    }
    v.finish()?;
    Ok(rules)
}

/// A percent: a decimal > 0 and <= 100 with at most 2 places (trailing zeros do not count).
fn parse_percent(text: &str) -> Result<Decimal, Message> {
    if text.trim().is_empty() {
        return Err(Message::new("error-required"));
    }
    parse_decimal(text, Sign::NonNegative)
        .map(|percent| percent.normalize())
        .filter(|percent| {
            *percent > Decimal::ZERO && *percent <= Decimal::ONE_HUNDRED && percent.scale() <= 2
        })
        .ok_or_else(|| Message::new("error-percent"))
}

/// A line's condition with the fields it needs, recording what is missing or wrong in `v`.
fn parse_condition(
    v: &mut Validator,
    field: &dyn Fn(&str) -> String,
    line: &TemplateLine,
) -> Option<TemplateCondition> {
    let months = |v: &mut Validator| match line.months {
        None => {
            v.check(false, &field("months"), Message::new("error-required"));
            None
        }
        Some(months) if months < 0 => {
            v.check(
                false,
                &field("months"),
                Message::new("error-at-least").arg("min", 0),
            );
            None
        }
        Some(months) => Some(months),
    };
    match line.condition.trim() {
        "signature" => Some(TemplateCondition::Signature),
        "final_report" => Some(TemplateCondition::Report { number: None }),
        "milestone" => {
            let title = line
                .milestone
                .as_deref()
                .map(str::trim)
                .filter(|title| !title.is_empty());
            v.check(
                title.is_some(),
                &field("milestone"),
                Message::new("error-required"),
            );
            let months = months(v);
            Some(TemplateCondition::Milestone {
                title: title?.to_owned(),
                months: months?,
            })
        }
        "report" => match line.report {
            None => {
                v.check(false, &field("report"), Message::new("error-required"));
                None
            }
            Some(number) if number < 1 => {
                v.check(
                    false,
                    &field("report"),
                    Message::new("error-at-least").arg("min", 1),
                );
                None
            }
            Some(number) => Some(TemplateCondition::Report {
                number: Some(number),
            }),
        },
        "date" => Some(TemplateCondition::Date { months: months(v)? }),
        other => {
            v.check(
                false,
                &field("condition"),
                Message::new("error-choice-unknown").arg("value", other),
            );
            None
        }
    }
}

/// Splits an award (minor units, >= 0) by the template's percents: each amount is the floor of its share, and
/// whatever the rounding leaves goes to the last tranche, so the amounts always sum to the award exactly.
pub fn split(award_minor: i64, rules: &[TemplateRule]) -> Vec<i64> {
    let award = award_minor.max(0);
    let Some((_, firsts)) = rules.split_last() else {
        return Vec::new();
    };
    let mut remaining = award;
    let mut amounts = Vec::with_capacity(rules.len());
    for rule in firsts {
        // A checked template keeps every share within what remains; the clamp only guards templates that
        // bypassed `parse_template`, so that amounts stay >= 0 and still sum to the award.
        let amount = floor_share(award, rule.percent).clamp(0, remaining);
        amounts.push(amount);
        remaining -= amount;
    }
    amounts.push(remaining);
    amounts
}

/// `floor(award * percent / 100)`, exactly in i128 when it fits (always, for percents of at most 2 places),
/// otherwise through Decimal, and 0 if even that overflows.
fn floor_share(award: i64, percent: Decimal) -> i64 {
    let percent = percent.normalize();
    let exact = 10i128
        .checked_pow(percent.scale())
        .and_then(|scale| scale.checked_mul(100))
        .and_then(|denominator| {
            i128::from(award)
                .checked_mul(percent.mantissa())
                .map(|numerator| numerator.div_euclid(denominator))
        });
    let share = exact.or_else(|| {
        Decimal::from(award)
            .checked_mul(percent)?
            .checked_div(Decimal::ONE_HUNDRED)?
            .floor()
            .to_i128()
    });
    share
        .map(|share| share.clamp(i128::from(i64::MIN), i128::from(i64::MAX)))
        .and_then(|share| i64::try_from(share).ok())
        .unwrap_or(0)
}

/// The date `months` calendar months after `start` (clamped to the month's last day, e.g. 31 Jan + 1 month =
/// 28/29 Feb).
pub fn add_months(start: NaiveDate, months: i32) -> NaiveDate {
    let shift = Months::new(months.unsigned_abs());
    // chrono clamps to the month's last day; only leaving its supported range fails, and then the nearest
    // representable date is the honest answer.
    if months >= 0 {
        start.checked_add_months(shift).unwrap_or(NaiveDate::MAX)
    } else {
        start.checked_sub_months(shift).unwrap_or(NaiveDate::MIN)
    }
}

/// When progress reports fall due: every `cadence_months` after `start` while strictly before `end`, then a
/// final report on `end`. None when `end < start`; only the final report when the cadence is below 1.
pub fn report_due_dates(start: NaiveDate, end: NaiveDate, cadence_months: i32) -> Vec<NaiveDate> {
    if end < start {
        return Vec::new();
    }
    let mut dates = Vec::new();
    if cadence_months >= 1 {
        // Each date is counted from the start, not from the previous one, so that clamping (31 Jan -> 28 Feb)
        // does not drift every later report to the 28th.
        for k in 1.. {
            let Some(months) = cadence_months.checked_mul(k) else {
                break;
            };
            let due = add_months(start, months);
            if due >= end {
                break;
            }
            dates.push(due);
        }
    }
    dates.push(end);
    dates
}

/// What has happened in a project, as conditions see it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    /// The agreement is signed.
    pub signed: bool,
    /// Positions of accepted milestones.
    pub accepted_milestones: BTreeSet<i32>,
    /// Numbers of accepted reports.
    pub accepted_reports: BTreeSet<i32>,
    /// The number of the final report.
    pub final_report: Option<i32>,
    /// Today.
    pub today: Option<NaiveDate>,
}

/// Whether a tranche's condition is met.
pub fn condition_met(condition: &Condition, facts: &Facts) -> bool {
    match condition {
        Condition::Signature => facts.signed,
        Condition::Milestone { position } => facts.accepted_milestones.contains(position),
        Condition::Report {
            number: Some(number),
        } => facts.accepted_reports.contains(number),
        Condition::Report { number: None } => facts
            .final_report
            .is_some_and(|number| facts.accepted_reports.contains(&number)),
        Condition::Date { on } => facts.today.is_some_and(|today| today >= *on),
    }
}

/// The states of a tranche: `planned -> released -> paid`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TrancheState {
    /// Waiting.
    Planned,
    /// Released for payment.
    Released,
    /// Paid.
    Paid,
}

impl TrancheState {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            TrancheState::Planned => "planned",
            TrancheState::Released => "released",
            TrancheState::Paid => "paid",
        }
    }

    /// Parses a stored name.
    pub fn parse(value: &str) -> Option<TrancheState> {
        [
            TrancheState::Planned,
            TrancheState::Released,
            TrancheState::Paid,
        ]
        .into_iter()
        .find(|s| s.as_str() == value)
    }
}

/// Releases a planned tranche whose condition is met; otherwise why not: a conflict naming what the tranche
/// waits for (see [`waiting_for`]) when the condition is not met, `InvalidTransition` when it is not planned.
pub fn release(
    state: TrancheState,
    condition: &Condition,
    facts: &Facts,
) -> crate::Result<TrancheState> {
    match state {
        TrancheState::Planned if condition_met(condition, facts) => Ok(TrancheState::Released),
        TrancheState::Planned => Err(Error::Conflict(waiting_for(condition))),
        from => Err(refused(from, TrancheState::Released)),
    }
}

/// Why a tranche cannot be released yet, naming its condition: the signature, which milestone, which
/// report, or the date. Every key starts with `error-tranche-waits-`.
pub fn waiting_for(condition: &Condition) -> Message {
    match condition {
        Condition::Signature => Message::new("error-tranche-waits-signature"),
        Condition::Milestone { position } => {
            Message::new("error-tranche-waits-milestone").arg("position", position)
        }
        Condition::Report {
            number: Some(number),
        } => Message::new("error-tranche-waits-report").arg("number", number),
        Condition::Report { number: None } => Message::new("error-tranche-waits-final-report"),
        Condition::Date { on } => Message::new("error-tranche-waits-date").arg("date", on),
    }
}

/// Pays a released tranche; `InvalidTransition` otherwise.
pub fn pay(state: TrancheState) -> crate::Result<TrancheState> {
    match state {
        TrancheState::Released => Ok(TrancheState::Paid),
        from => Err(refused(from, TrancheState::Paid)),
    }
}

fn refused(from: TrancheState, to: TrancheState) -> Error {
    Error::InvalidTransition {
        from: from.as_str().to_owned(),
        to: to.as_str().to_owned(),
    }
}

/// Whether something due on `due` and not yet done is overdue on `today` (the day after its due date).
pub fn overdue(due: NaiveDate, done: bool, today: NaiveDate) -> bool {
    !done && today > due
}

// The states of milestones and progress reports, as stored: `pending` (a milestone) or `due` (a report)
// until the team hands it in, then `submitted`, then `accepted` or `changes_requested` (handed in again).
// The services ask these three rules of the rows they write; `views` asks them of its typed states
// (`MilestoneState`, `ReportState`) to decide what a viewer may do, so the pages offer exactly what the
// services accept.

/// Whether the team may hand in a milestone's evidence or a report in this state.
pub fn may_hand_in(state: &str) -> bool {
    matches!(state, "pending" | "due" | "changes_requested")
}

/// Whether managers may accept it or request changes.
pub fn may_review(state: &str) -> bool {
    state == "submitted"
}

/// Whether the team has done its part: submitted work waits on the managers and is no longer overdue.
pub fn handed_in(state: &str) -> bool {
    HANDED_IN.contains(&state)
}

/// The states in which the team has done its part (see [`handed_in`]); the portfolio's SQL counts what is
/// overdue with them.
pub const HANDED_IN: [&str; 2] = ["submitted", "accepted"];

/// Whether a milestone or report due on `due` and in `state` is overdue on `today`.
pub fn item_overdue(due: NaiveDate, state: &str, today: NaiveDate) -> bool {
    overdue(due, handed_in(state), today)
}

/// A project's health.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Health {
    /// Nothing overdue.
    OnTrack,
    /// Something is overdue.
    AtRisk,
    /// Completed.
    Completed,
    /// Terminated.
    Terminated,
}

impl Health {
    /// Every health, in the order pages show them.
    pub const ALL: [Health; 4] = [
        Health::OnTrack,
        Health::AtRisk,
        Health::Completed,
        Health::Terminated,
    ];

    /// The translatable label (`health-at-risk`).
    pub fn label(self) -> crate::Message {
        crate::Message::new(&format!("health-{}", self.as_str().replace('_', "-")))
    }

    /// The transmitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            Health::OnTrack => "on_track",
            Health::AtRisk => "at_risk",
            Health::Completed => "completed",
            Health::Terminated => "terminated",
        }
    }
}

/// Health from the project's status (`active`, `completed`, `terminated`) and how many items are overdue.
pub fn health(status: &str, overdue_items: usize) -> Health {
    match status {
        "terminated" => Health::Terminated,
        "completed" => Health::Completed,
        _ if overdue_items > 0 => Health::AtRisk,
        _ => Health::OnTrack,
    }
}

/// Progress in whole percent from accepted milestones (0 without milestones), rounded down.
pub fn progress_percent(accepted: usize, total: usize) -> u32 {
    if total == 0 {
        return 0;
    }
    // usize is at most 64 bits, so the product cannot overflow u128.
    let percent = (accepted as u128 * 100 / total as u128).min(100);
    u32::try_from(percent).unwrap_or(100)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::FieldError;
    use chrono::Datelike;
    use proptest::prelude::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn line(percent: &str, condition: &str) -> TemplateLine {
        TemplateLine {
            percent: percent.to_owned(),
            condition: condition.to_owned(),
            milestone: None,
            months: None,
            report: None,
        }
    }

    fn field_errors(result: crate::Result<Vec<TemplateRule>>) -> Vec<FieldError> {
        match result {
            Err(Error::Validation(errors)) => errors,
            other => panic!("expected a validation error, got {other:?}"),
        }
    }

    fn error_on(errors: &[FieldError], field: &str) -> Message {
        errors
            .iter()
            .find(|error| error.field == field)
            .unwrap_or_else(|| panic!("no error on {field} in {errors:?}"))
            .message
            .clone()
    }

    #[test]
    fn the_default_template_pays_40_on_signature_40_on_the_first_report_and_20_on_the_final_one() {
        let rules = default_template();
        let shape: Vec<_> = rules
            .iter()
            .map(|rule| (rule.percent, rule.condition.clone()))
            .collect();
        assert_eq!(
            shape,
            vec![
                (Decimal::from(40), TemplateCondition::Signature),
                (
                    Decimal::from(40),
                    TemplateCondition::Report { number: Some(1) }
                ),
                (
                    Decimal::from(20),
                    TemplateCondition::Report { number: None }
                ),
            ]
        );
    }

    #[test]
    fn an_award_of_100_000_tnd_splits_40_40_20() {
        assert_eq!(
            split(100_000_000, &default_template()),
            vec![40_000_000, 40_000_000, 20_000_000]
        );
    }

    #[test]
    fn what_the_rounding_leaves_goes_to_the_last_tranche() {
        assert_eq!(
            split(100_001, &default_template()),
            vec![40_000, 40_000, 20_001]
        );
        let thirds = parse_template(&[
            line("33.33", "signature"),
            line("33.33", "final_report"),
            line("33.34", "signature"),
        ])
        .unwrap();
        assert_eq!(split(100, &thirds), vec![33, 33, 34]);
    }

    #[test]
    fn an_empty_template_gives_no_tranche_and_a_negative_award_counts_as_zero() {
        assert_eq!(split(1_000, &[]), Vec::<i64>::new());
        assert_eq!(split(-5, &default_template()), vec![0, 0, 0]);
    }

    #[test]
    fn a_template_that_bypassed_parsing_still_sums_to_the_award_without_negative_amounts() {
        let rule = |percent: Decimal| TemplateRule {
            percent,
            condition: TemplateCondition::Signature,
        };
        let overfull = [
            rule(Decimal::from(90)),
            rule(Decimal::from(90)),
            rule(Decimal::from(90)),
        ];
        assert_eq!(split(1_000, &overfull), vec![900, 100, 0]);
        let odd = [
            rule(Decimal::ONE / Decimal::from(3)),
            rule(Decimal::MAX),
            rule(-Decimal::ONE),
        ];
        let amounts = split(i64::MAX, &odd);
        assert_eq!(
            amounts.iter().map(|&a| i128::from(a)).sum::<i128>(),
            i128::from(i64::MAX)
        );
        assert!(amounts.iter().all(|&amount| amount >= 0));
    }

    #[test]
    fn a_template_with_every_kind_of_condition_parses() {
        let lines = [
            line("10", "signature"),
            TemplateLine {
                milestone: Some(" Action plan adopted ".to_owned()),
                months: Some(6),
                ..line("20.5", "milestone")
            },
            TemplateLine {
                report: Some(2),
                ..line("30.25", "report")
            },
            TemplateLine {
                months: Some(0),
                ..line("19.250", "date")
            },
            line("20", "final_report"),
        ];
        let rules = parse_template(&lines).unwrap();
        let conditions: Vec<_> = rules.iter().map(|rule| rule.condition.clone()).collect();
        assert_eq!(
            conditions,
            vec![
                TemplateCondition::Signature,
                TemplateCondition::Milestone {
                    title: "Action plan adopted".to_owned(),
                    months: 6
                },
                TemplateCondition::Report { number: Some(2) },
                TemplateCondition::Date { months: 0 },
                TemplateCondition::Report { number: None },
            ]
        );
        assert_eq!(rules[3].percent, "19.25".parse::<Decimal>().unwrap());
    }

    #[test]
    fn every_problem_of_a_template_is_reported_at_once() {
        let lines = [
            line("40", "signature"),
            line("forty", "signature"),
            line("39", "lottery"),
            TemplateLine {
                months: Some(3),
                ..line("20", "milestone")
            },
        ];
        let errors = field_errors(parse_template(&lines));
        assert_eq!(errors.len(), 4, "{errors:?}");
        assert_eq!(
            error_on(&errors, "lines"),
            Message::new("error-template-sum").arg_percent("sum", Decimal::from(99))
        );
        assert_eq!(
            error_on(&errors, "lines[1].percent"),
            Message::new("error-percent")
        );
        assert_eq!(
            error_on(&errors, "lines[2].condition"),
            Message::new("error-choice-unknown").arg("value", "lottery")
        );
        assert_eq!(
            error_on(&errors, "lines[3].milestone"),
            Message::new("error-required")
        );
    }

    #[test]
    fn a_template_needs_at_least_one_line() {
        let errors = field_errors(parse_template(&[]));
        assert_eq!(
            errors,
            vec![FieldError::new(
                "lines",
                Message::new("error-template-empty")
            )]
        );
    }

    #[test]
    fn a_percent_is_a_positive_decimal_of_at_most_two_places_and_at_most_100() {
        for bad in [
            "0",
            "0.00",
            "-10",
            "+40",
            "4_0",
            "12.345",
            "100.01",
            "1e2",
            " 10 ",
            "abc",
            ".",
            "1.2.3",
            "99999999999999999999999999999999",
        ] {
            let errors = field_errors(parse_template(&[line(bad, "signature")]));
            assert_eq!(
                error_on(&errors, "lines[0].percent"),
                Message::new("error-percent"),
                "{bad}"
            );
        }
        let errors = field_errors(parse_template(&[line("  ", "signature")]));
        assert_eq!(
            error_on(&errors, "lines[0].percent"),
            Message::new("error-required")
        );
        assert!(parse_template(&[line("100.00", "signature")]).is_ok());
    }

    #[test]
    fn conditions_need_their_own_fields_within_bounds() {
        let lines = [
            line("10", "milestone"),
            TemplateLine {
                milestone: Some("Plan".to_owned()),
                months: Some(-1),
                ..line("10", "milestone")
            },
            line("10", "report"),
            TemplateLine {
                report: Some(0),
                ..line("10", "report")
            },
            line("10", "date"),
            TemplateLine {
                months: Some(-3),
                ..line("50", "date")
            },
        ];
        let errors = field_errors(parse_template(&lines));
        let required = Message::new("error-required");
        let at_least = |min: i32| Message::new("error-at-least").arg("min", min);
        assert_eq!(error_on(&errors, "lines[0].milestone"), required);
        assert_eq!(error_on(&errors, "lines[0].months"), required);
        assert_eq!(error_on(&errors, "lines[1].months"), at_least(0));
        assert_eq!(error_on(&errors, "lines[2].report"), required);
        assert_eq!(error_on(&errors, "lines[3].report"), at_least(1));
        assert_eq!(error_on(&errors, "lines[4].months"), required);
        assert_eq!(error_on(&errors, "lines[5].months"), at_least(0));
        assert_eq!(
            errors.len(),
            7,
            "the sum is 100, so no sum error: {errors:?}"
        );
    }

    #[test]
    fn adding_months_clamps_to_the_last_day_of_the_month() {
        assert_eq!(add_months(date("2028-01-31"), 1), date("2028-02-29"));
        assert_eq!(add_months(date("2027-01-31"), 1), date("2027-02-28"));
        assert_eq!(add_months(date("2027-12-15"), 1), date("2028-01-15"));
        assert_eq!(add_months(date("2028-03-31"), -1), date("2028-02-29"));
        assert_eq!(add_months(date("2028-03-31"), 0), date("2028-03-31"));
        assert_eq!(add_months(date("2028-03-31"), i32::MAX), NaiveDate::MAX);
        assert_eq!(add_months(date("2028-03-31"), i32::MIN), NaiveDate::MIN);
    }

    #[test]
    fn six_monthly_reports_fall_due_every_six_months_then_on_the_end_date() {
        assert_eq!(
            report_due_dates(date("2027-01-15"), date("2028-06-30"), 6),
            vec![date("2027-07-15"), date("2028-01-15"), date("2028-06-30")]
        );
    }

    #[test]
    fn report_dates_are_counted_from_the_start_so_a_short_month_does_not_shift_the_later_ones() {
        assert_eq!(
            report_due_dates(date("2027-01-31"), date("2027-05-15"), 1),
            vec![
                date("2027-02-28"),
                date("2027-03-31"),
                date("2027-04-30"),
                date("2027-05-15")
            ]
        );
    }

    #[test]
    fn a_report_due_on_the_end_date_is_the_final_report_only_once() {
        assert_eq!(
            report_due_dates(date("2027-01-15"), date("2028-01-15"), 6),
            vec![date("2027-07-15"), date("2028-01-15")]
        );
    }

    #[test]
    fn without_a_cadence_or_a_period_there_is_only_the_final_report_or_none() {
        let (start, end) = (date("2027-01-15"), date("2028-06-30"));
        assert_eq!(report_due_dates(start, end, 0), vec![end]);
        assert_eq!(report_due_dates(start, end, -6), vec![end]);
        assert_eq!(report_due_dates(start, start, 6), vec![start]);
        assert_eq!(report_due_dates(end, start, 6), Vec::<NaiveDate>::new());
    }

    #[test]
    fn each_condition_waits_for_its_own_fact() {
        let facts = Facts {
            signed: true,
            accepted_milestones: BTreeSet::from([1, 3]),
            accepted_reports: BTreeSet::from([1, 4]),
            final_report: Some(4),
            today: Some(date("2027-06-01")),
        };
        let met = |condition: Condition| condition_met(&condition, &facts);
        assert!(met(Condition::Signature));
        assert!(met(Condition::Milestone { position: 3 }));
        assert!(!met(Condition::Milestone { position: 2 }));
        assert!(met(Condition::Report { number: Some(1) }));
        assert!(!met(Condition::Report { number: Some(2) }));
        assert!(met(Condition::Report { number: None }));
        assert!(met(Condition::Date {
            on: date("2027-06-01")
        }));
        assert!(!met(Condition::Date {
            on: date("2027-06-02")
        }));

        let nothing = Facts::default();
        assert!(!condition_met(&Condition::Signature, &nothing));
        assert!(!condition_met(
            &Condition::Date { on: NaiveDate::MIN },
            &nothing
        ));
        let final_not_accepted = Facts {
            accepted_reports: BTreeSet::from([1, 2]),
            final_report: Some(3),
            ..Facts::default()
        };
        assert!(!condition_met(
            &Condition::Report { number: None },
            &final_not_accepted
        ));
        let final_unknown = Facts {
            accepted_reports: BTreeSet::from([1, 2]),
            ..Facts::default()
        };
        assert!(!condition_met(
            &Condition::Report { number: None },
            &final_unknown
        ));
    }

    #[test]
    fn a_template_read_back_as_lines_parses_to_the_same_rules() {
        let rules = vec![
            TemplateRule {
                percent: Decimal::new(2550, 2),
                condition: TemplateCondition::Signature,
            },
            TemplateRule {
                percent: Decimal::from(20),
                condition: TemplateCondition::Milestone {
                    title: "Action plan adopted by the council".into(),
                    months: 3,
                },
            },
            TemplateRule {
                percent: Decimal::new(245, 1),
                condition: TemplateCondition::Report { number: Some(2) },
            },
            TemplateRule {
                percent: Decimal::from(10),
                condition: TemplateCondition::Date { months: 9 },
            },
            TemplateRule {
                percent: Decimal::from(20),
                condition: TemplateCondition::Report { number: None },
            },
        ];
        let lines: Vec<TemplateLine> = rules.iter().map(TemplateLine::from).collect();
        assert_eq!(lines[0].percent, "25.5");
        assert_eq!(parse_template(&lines).unwrap(), rules);
        let default: Vec<TemplateLine> =
            default_template().iter().map(TemplateLine::from).collect();
        assert_eq!(parse_template(&default).unwrap(), default_template());
    }

    #[test]
    fn a_tranche_is_released_once_its_condition_is_met_then_paid() {
        let signed = Facts {
            signed: true,
            ..Facts::default()
        };
        let released = release(TrancheState::Planned, &Condition::Signature, &signed).unwrap();
        assert_eq!(released, TrancheState::Released);
        assert_eq!(pay(released).unwrap(), TrancheState::Paid);
    }

    #[test]
    fn a_tranche_whose_condition_is_unmet_is_not_released() {
        let Err(Error::Conflict(message)) = release(
            TrancheState::Planned,
            &Condition::Signature,
            &Facts::default(),
        ) else {
            panic!("an unsigned agreement releases nothing");
        };
        assert_eq!(message, Message::new("error-tranche-waits-signature"));
        let waits = |condition: Condition| match release(
            TrancheState::Planned,
            &condition,
            &Facts::default(),
        ) {
            Err(Error::Conflict(message)) => message,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            waits(Condition::Milestone { position: 2 }),
            Message::new("error-tranche-waits-milestone").arg("position", 2)
        );
        assert_eq!(
            waits(Condition::Report { number: Some(3) }),
            Message::new("error-tranche-waits-report").arg("number", 3)
        );
        assert_eq!(
            waits(Condition::Report { number: None }),
            Message::new("error-tranche-waits-final-report")
        );
    }

    #[test]
    fn refused_moves_name_the_current_and_the_wanted_state() {
        let signed = Facts {
            signed: true,
            ..Facts::default()
        };
        let moves = [
            (
                release(TrancheState::Released, &Condition::Signature, &signed),
                "released",
                "released",
            ),
            (
                release(TrancheState::Paid, &Condition::Signature, &signed),
                "paid",
                "released",
            ),
            (pay(TrancheState::Planned), "planned", "paid"),
            (pay(TrancheState::Paid), "paid", "paid"),
        ];
        for (result, from, to) in moves {
            let Err(Error::InvalidTransition { from: f, to: t }) = result else {
                panic!("{from} -> {to} must be refused, got {result:?}");
            };
            assert_eq!((f.as_str(), t.as_str()), (from, to));
        }
    }

    #[test]
    fn state_names_parse_back() {
        for state in [
            TrancheState::Planned,
            TrancheState::Released,
            TrancheState::Paid,
        ] {
            assert_eq!(TrancheState::parse(state.as_str()), Some(state));
        }
        assert_eq!(TrancheState::parse("cancelled"), None);
    }

    #[test]
    fn submitted_work_is_handed_in_and_only_it_can_be_reviewed() {
        let due = NaiveDate::from_ymd_opt(2027, 7, 1).unwrap();
        let later = NaiveDate::from_ymd_opt(2027, 7, 2).unwrap();
        for (state, hand_in, review, overdue_later) in [
            ("pending", true, false, true),
            ("due", true, false, true),
            ("changes_requested", true, false, true),
            ("submitted", false, true, false),
            ("accepted", false, false, false),
        ] {
            assert_eq!(may_hand_in(state), hand_in, "{state}");
            assert_eq!(may_review(state), review, "{state}");
            assert_eq!(item_overdue(due, state, later), overdue_later, "{state}");
            assert!(!item_overdue(due, state, due), "{state} on its due date");
        }
    }

    #[test]
    fn something_is_overdue_from_the_day_after_its_due_date_until_done() {
        let due = date("2027-03-31");
        assert!(!overdue(due, false, date("2027-03-30")));
        assert!(!overdue(due, false, due));
        assert!(overdue(due, false, date("2027-04-01")));
        assert!(!overdue(due, true, date("2027-04-01")));
    }

    #[test]
    fn health_follows_the_status_then_what_is_overdue() {
        assert_eq!(health("active", 0), Health::OnTrack);
        assert_eq!(health("active", 2), Health::AtRisk);
        assert_eq!(health("completed", 2), Health::Completed);
        assert_eq!(health("terminated", 0), Health::Terminated);
        assert_eq!(Health::AtRisk.as_str(), "at_risk");
    }

    #[test]
    fn progress_is_the_share_of_accepted_milestones_rounded_down() {
        assert_eq!(progress_percent(0, 0), 0);
        assert_eq!(progress_percent(3, 0), 0);
        assert_eq!(progress_percent(0, 3), 0);
        assert_eq!(progress_percent(1, 3), 33);
        assert_eq!(progress_percent(2, 3), 66);
        assert_eq!(progress_percent(3, 3), 100);
        assert_eq!(progress_percent(5, 3), 100);
        assert_eq!(progress_percent(usize::MAX, usize::MAX), 100);
    }

    /// A valid template of 1 to 5 lines: percents in hundredths, each >= 0.01, summing to 100.
    fn template_in_hundredths() -> impl Strategy<Value = Vec<u32>> {
        (1usize..6).prop_flat_map(|lines| {
            proptest::sample::subsequence((1u32..10_000).collect::<Vec<_>>(), lines - 1).prop_map(
                |cuts| {
                    let mut bounds = vec![0];
                    bounds.extend(cuts);
                    bounds.push(10_000);
                    bounds.windows(2).map(|pair| pair[1] - pair[0]).collect()
                },
            )
        })
    }

    fn any_condition() -> impl Strategy<Value = Condition> {
        let day = (0i64..60).prop_map(|offset| date("2027-01-01") + chrono::Duration::days(offset));
        prop_oneof![
            Just(Condition::Signature),
            (0i32..5).prop_map(|position| Condition::Milestone { position }),
            proptest::option::of(0i32..5).prop_map(|number| Condition::Report { number }),
            day.prop_map(|on| Condition::Date { on }),
        ]
    }

    fn any_facts() -> impl Strategy<Value = Facts> {
        (
            any::<bool>(),
            proptest::collection::btree_set(0i32..5, 0..5),
            proptest::collection::btree_set(0i32..5, 0..5),
            proptest::option::of(0i32..5),
            proptest::option::of(0i64..60),
        )
            .prop_map(|(signed, milestones, reports, final_report, today)| Facts {
                signed,
                accepted_milestones: milestones,
                accepted_reports: reports,
                final_report,
                today: today.map(|offset| date("2027-01-01") + chrono::Duration::days(offset)),
            })
    }

    fn any_state() -> impl Strategy<Value = TrancheState> {
        prop_oneof![
            Just(TrancheState::Planned),
            Just(TrancheState::Released),
            Just(TrancheState::Paid),
        ]
    }

    fn month_index(day: NaiveDate) -> i64 {
        i64::from(day.year()) * 12 + i64::from(day.month0())
    }

    fn last_day_of_month(day: NaiveDate) -> u32 {
        (28..=31)
            .rev()
            .find(|&last| day.with_day(last).is_some())
            .unwrap()
    }

    proptest! {
        /// Whatever the award and the template, the tranches add up to the award to the last minor unit, none
        /// is negative, and only the last one absorbs the rounding.
        #[test]
        fn the_split_always_sums_to_the_award(
            award in 0i64..1_000_000_000_000,
            hundredths in template_in_hundredths(),
        ) {
            let lines: Vec<_> = hundredths
                .iter()
                .map(|h| line(&format!("{}.{:02}", h / 100, h % 100), "signature"))
                .collect();
            let rules = parse_template(&lines).unwrap();
            let amounts = split(award, &rules);
            prop_assert_eq!(amounts.len(), hundredths.len());
            prop_assert_eq!(amounts.iter().sum::<i64>(), award);
            prop_assert!(amounts.iter().all(|&amount| amount >= 0));
            for (amount, h) in amounts.iter().zip(&hundredths).take(hundredths.len() - 1) {
                let floor = i128::from(award) * i128::from(*h) / 10_000;
                prop_assert_eq!(i128::from(*amount), floor);
            }
        }

        /// A tranche moves to released exactly when it is planned and its condition is met; never otherwise.
        #[test]
        fn a_tranche_is_never_released_while_its_condition_is_unmet(
            state in any_state(),
            condition in any_condition(),
            facts in any_facts(),
        ) {
            let met = condition_met(&condition, &facts);
            match release(state, &condition, &facts) {
                Ok(next) => {
                    prop_assert_eq!(next, TrancheState::Released);
                    prop_assert!(state == TrancheState::Planned && met);
                }
                Err(Error::Conflict(_)) => prop_assert!(state == TrancheState::Planned && !met),
                Err(Error::InvalidTransition { from, .. }) => {
                    prop_assert!(state != TrancheState::Planned);
                    prop_assert_eq!(from, state.as_str());
                }
                Err(other) => prop_assert!(false, "unexpected {other:?}"),
            }
        }

        /// Reports fall due in strictly increasing order, every `cadence` months counted from the start, none
        /// skipped, and the last one on the end date.
        #[test]
        fn report_due_dates_are_cadence_months_apart_and_end_on_the_end_date(
            start_offset in 0i64..40_000,
            length in -100i64..4_000,
            cadence in -2i32..25,
        ) {
            let start = date("2000-01-01") + chrono::Duration::days(start_offset);
            let end = start + chrono::Duration::days(length);
            let dates = report_due_dates(start, end, cadence);
            if end < start {
                prop_assert!(dates.is_empty());
                return Ok(());
            }
            prop_assert_eq!(dates.last(), Some(&end));
            prop_assert!(dates.windows(2).all(|pair| pair[0] < pair[1]));
            let periodic = &dates[..dates.len() - 1];
            if cadence < 1 {
                prop_assert!(periodic.is_empty());
                return Ok(());
            }
            let mut previous = start;
            for due in periodic {
                prop_assert!(*due < end);
                prop_assert_eq!(month_index(*due) - month_index(previous), i64::from(cadence));
                prop_assert_eq!(due.day(), start.day().min(last_day_of_month(*due)));
                previous = *due;
            }
            let next = add_months(start, cadence * (i32::try_from(periodic.len()).unwrap() + 1));
            prop_assert!(next >= end, "a report due on {next} was skipped");
        }

        /// Adding months moves the month by exactly that many and keeps the day unless the month is shorter.
        #[test]
        fn adding_months_moves_the_month_and_keeps_the_day_when_it_can(
            start_offset in 0i64..40_000,
            months in -1_200i32..1_200,
        ) {
            let start = date("2000-01-01") + chrono::Duration::days(start_offset);
            let moved = add_months(start, months);
            prop_assert_eq!(month_index(moved) - month_index(start), i64::from(months));
            prop_assert_eq!(moved.day(), start.day().min(last_day_of_month(moved)));
        }
    }
}
