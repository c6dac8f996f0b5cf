//! Eligibility rules of a call and their evaluation.
//!
//! [`evaluate`] is pure: given the rules, the applicant, its partners and the facts recorded about them, it
//! says for every rule whether it passes and why, as a translatable [`Message`]. Applicants see these
//! explanations while they write; screening uses the same verdicts. Nothing here reads the database.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::money::{Currency, Money};
use crate::organisations::OrganisationKind;
use crate::{Arg, Message};

/// A prerequisite a call requires, e.g. "completed the open government training".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequiredPrerequisite {
    /// The prerequisite kind's id.
    pub id: Uuid,
    /// Its name, as the programme wrote it.
    pub name: String,
}

/// At least `minimum` consortium members of `kind`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KindMinimum {
    /// The kind counted.
    pub kind: OrganisationKind,
    /// How many are needed.
    pub minimum: u32,
}

/// One eligibility rule. A call's rules all have to pass.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum EligibilityRule {
    /// The lead organisation must be of one of these kinds.
    ApplicantKinds {
        /// The kinds accepted.
        kinds: Vec<OrganisationKind>,
    },
    /// The lead organisation's population must be within the range (bounds included).
    Population {
        /// Smallest population, if any.
        min: Option<i64>,
        /// Largest population, if any.
        max: Option<i64>,
    },
    /// The lead organisation must be in one of these countries or subdivisions.
    Location {
        /// ISO 3166-1 codes accepted anywhere in the country.
        countries: Vec<String>,
        /// ISO 3166-2 codes accepted.
        subdivisions: Vec<String>,
    },
    /// The lead organisation must have these prerequisites recorded.
    Prerequisites {
        /// What is required.
        required: Vec<RequiredPrerequisite>,
    },
    /// The consortium (the lead and its partners) must have at least so many members of each kind.
    Consortium {
        /// The minimum per kind.
        minimums: Vec<KindMinimum>,
    },
    /// The requested amount must be within the call's award limits.
    RequestedAmount {
        /// Smallest award, in minor units.
        min_minor: Option<i64>,
        /// Largest award, in minor units.
        max_minor: Option<i64>,
    },
    /// Co-funding must be at least this share (percent) of the project's total budget
    /// (requested amount plus co-funding).
    CoFunding {
        /// The minimum share, 0 to 100.
        min_share_percent: Decimal,
    },
}

/// The lead organisation as eligibility sees it.
#[derive(Debug, Clone)]
pub struct Applicant {
    /// Its kind.
    pub kind: OrganisationKind,
    /// ISO 3166-1 country.
    pub country: String,
    /// ISO 3166-2 subdivision, if recorded.
    pub subdivision: Option<String>,
    /// Population, if recorded.
    pub population: Option<i64>,
}

/// What is known about an application and its applicant besides the organisations.
#[derive(Debug, Clone)]
pub struct Facts {
    /// The call's currency.
    pub currency: Currency,
    /// Prerequisite kinds recorded for the lead organisation.
    pub prerequisites_held: Vec<Uuid>,
    /// The requested amount, once there is a budget.
    pub requested: Option<Money>,
    /// The co-funding amount, if any.
    pub co_funding: Option<Money>,
}

/// The outcome of one rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    /// Whether the rule passes.
    pub passed: bool,
    /// Why, for the applicant and the screener.
    pub explanation: Message,
}

/// Checks the rules a manager set, reporting problems under `rules[i]`; prerequisites must be ones the
/// programme defines (`known_prerequisites`). Returns the rules normalised (codes upper case).
pub fn check_rules(
    rules: &[EligibilityRule],
    known_prerequisites: &[Uuid],
) -> crate::Result<Vec<EligibilityRule>> {
    let mut v = crate::error::Validator::new();
    let mut normalised = Vec::with_capacity(rules.len());
    for (i, rule) in rules.iter().enumerate() {
        let field = format!("rules[{i}]");
        let rule = match rule {
            EligibilityRule::ApplicantKinds { kinds } => {
                v.check(!kinds.is_empty(), &field, Message::new("error-rule-empty"));
                rule.clone()
            }
            EligibilityRule::Population { min, max } => {
                v.check(
                    min.is_some() || max.is_some(),
                    &field,
                    Message::new("error-rule-empty"),
                );
                v.check(
                    min.is_none_or(|m| m >= 0) && max.is_none_or(|m| m >= 0),
                    &field,
                    Message::new("error-not-negative"),
                );
                if let (Some(min), Some(max)) = (min, max) {
                    v.check(min <= max, &field, Message::new("error-range-order"));
                }
                rule.clone()
            }
            EligibilityRule::Location {
                countries,
                subdivisions,
            } => {
                v.check(
                    !countries.is_empty() || !subdivisions.is_empty(),
                    &field,
                    Message::new("error-rule-empty"),
                );
                EligibilityRule::Location {
                    countries: countries
                        .iter()
                        .map(|c| c.trim().to_ascii_uppercase())
                        .collect(),
                    subdivisions: subdivisions
                        .iter()
                        .map(|s| s.trim().to_ascii_uppercase())
                        .collect(),
                }
            }
            EligibilityRule::Prerequisites { required } => {
                v.check(
                    !required.is_empty(),
                    &field,
                    Message::new("error-rule-empty"),
                );
                v.check(
                    required.iter().all(|p| known_prerequisites.contains(&p.id)),
                    &field,
                    Message::new("error-prerequisite-unknown"),
                );
                rule.clone()
            }
            EligibilityRule::Consortium { minimums } => {
                v.check(
                    !minimums.is_empty() && minimums.iter().all(|m| m.minimum >= 1),
                    &field,
                    Message::new("error-rule-empty"),
                );
                rule.clone()
            }
            EligibilityRule::RequestedAmount {
                min_minor,
                max_minor,
            } => {
                v.check(
                    min_minor.is_none_or(|m| m >= 0) && max_minor.is_none_or(|m| m >= 0),
                    &field,
                    Message::new("error-not-negative"),
                );
                if let (Some(min), Some(max)) = (min_minor, max_minor) {
                    v.check(min <= max, &field, Message::new("error-range-order"));
                }
                rule.clone()
            }
            EligibilityRule::CoFunding { min_share_percent } => {
                v.check(
                    (Decimal::ZERO..=Decimal::ONE_HUNDRED).contains(min_share_percent),
                    &field,
                    Message::new("error-between").arg("min", 0).arg("max", 100),
                );
                rule.clone()
            }
        };
        normalised.push(rule);
    }
    v.finish()?;
    Ok(normalised)
}

/// Reads rules as the API writes them: the stored shape, except that the amounts of `requested_amount` are
/// decimal strings of the call's currency, like every other amount (`{"type": "requested_amount",
/// "min": "10000.000", "max": null}`). Problems are reported under `rules[i]`; nothing is checked against
/// the programme yet (see [`check_rules`]).
pub fn rules_from_json(
    values: Vec<serde_json::Value>,
    currency: Currency,
) -> crate::Result<Vec<EligibilityRule>> {
    /// The amount rule as written: decimal strings, nothing else.
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct AmountRule {
        #[serde(rename = "type")]
        _type: String,
        #[serde(default)]
        min: Option<String>,
        #[serde(default)]
        max: Option<String>,
    }
    let mut rules = Vec::with_capacity(values.len());
    let mut v = crate::error::Validator::new();
    for (i, value) in values.into_iter().enumerate() {
        let field = format!("rules[{i}]");
        let invalid =
            |err: serde_json::Error| Message::new("error-rule-invalid").arg("reason", err);
        if value.get("type").and_then(serde_json::Value::as_str) == Some("requested_amount") {
            let Some(amounts) = v.parse(
                &field,
                serde_json::from_value::<AmountRule>(value).map_err(invalid),
            ) else {
                continue;
            };
            let mut minor = |bound: &str, text: Option<String>| {
                text.and_then(|text| {
                    v.parse(&format!("{field}.{bound}"), Money::parse(&text, currency))
                        .map(|money| money.to_minor(currency))
                })
            };
            rules.push(EligibilityRule::RequestedAmount {
                min_minor: minor("min", amounts.min),
                max_minor: minor("max", amounts.max),
            });
        } else if let Some(rule) = v.parse(&field, serde_json::from_value(value).map_err(invalid)) {
            rules.push(rule);
        }
    }
    v.finish()?;
    Ok(rules)
}

/// A rule as the API shows it: the stored shape, with the amounts of `requested_amount` as decimal strings
/// of the call's currency (the inverse of [`rules_from_json`]).
pub fn rule_to_json(rule: &EligibilityRule, currency: Currency) -> serde_json::Value {
    match rule {
        EligibilityRule::RequestedAmount {
            min_minor,
            max_minor,
        } => {
            let amount = |minor: &Option<i64>| {
                minor.map(|minor| Money::from_minor(minor, currency).to_decimal_string(currency))
            };
            serde_json::json!({
                "type": "requested_amount",
                "min": amount(min_minor),
                "max": amount(max_minor),
            })
        }
        // Every other shape serialises as stored; none can fail.
        other => serde_json::to_value(other).unwrap_or_default(),
    }
}

/// The rule built into every call: the requested amount within the call's smallest and largest award.
pub fn award_limits(min_award_minor: i64, max_award_minor: i64) -> EligibilityRule {
    EligibilityRule::RequestedAmount {
        min_minor: Some(min_award_minor),
        max_minor: Some(max_award_minor),
    }
}

/// Evaluates every rule, in order: one verdict per rule.
pub fn evaluate(
    rules: &[EligibilityRule],
    applicant: &Applicant,
    partners: &[OrganisationKind],
    facts: &Facts,
) -> Vec<Verdict> {
    rules
        .iter()
        .map(|rule| evaluate_rule(rule, applicant, partners, facts))
        .collect()
}

/// Whether every verdict passes.
pub fn all_pass(verdicts: &[Verdict]) -> bool {
    verdicts.iter().all(|v| v.passed)
}

fn verdict(passed: bool, key: &str) -> (bool, Message) {
    let suffix = if passed { "pass" } else { "fail" };
    (passed, Message::new(&format!("{key}-{suffix}")))
}

fn kinds_list(kinds: &[OrganisationKind]) -> Arg {
    Arg::List(
        kinds
            .iter()
            .map(|kind| Arg::Message(Box::new(kind.label())))
            .collect(),
    )
}

/// "between 1 000 and 50 000", "at least 10 000", "at most 5", or "any".
fn range(min: Option<String>, max: Option<String>) -> Arg {
    let message = match (min, max) {
        (Some(min), Some(max)) => Message::new("eligibility-range-between")
            .arg("min", min)
            .arg("max", max),
        (Some(min), None) => Message::new("eligibility-range-at-least").arg("min", min),
        (None, Some(max)) => Message::new("eligibility-range-at-most").arg("max", max),
        (None, None) => Message::new("eligibility-range-any"),
    };
    Arg::Message(Box::new(message))
}

fn evaluate_rule(
    rule: &EligibilityRule,
    applicant: &Applicant,
    partners: &[OrganisationKind],
    facts: &Facts,
) -> Verdict {
    let (passed, explanation) = match rule {
        EligibilityRule::ApplicantKinds { kinds } => {
            let (passed, message) = verdict(kinds.contains(&applicant.kind), "eligibility-kind");
            (
                passed,
                message
                    .arg_phrased("kind", Arg::Message(Box::new(applicant.kind.label())))
                    .arg_phrased("allowed", kinds_list(kinds)),
            )
        }
        EligibilityRule::Population { min, max } => {
            let bounds = range(min.map(|m| m.to_string()), max.map(|m| m.to_string()));
            match applicant.population {
                None => (
                    false,
                    Message::new("eligibility-population-unknown").arg_phrased("range", bounds),
                ),
                Some(population) => {
                    let within = min.is_none_or(|min| population >= min)
                        && max.is_none_or(|max| population <= max);
                    let (passed, message) = verdict(within, "eligibility-population");
                    (
                        passed,
                        message
                            .arg("population", population)
                            .arg_phrased("range", bounds),
                    )
                }
            }
        }
        EligibilityRule::Location {
            countries,
            subdivisions,
        } => {
            let in_country = countries.contains(&applicant.country);
            let in_subdivision = applicant
                .subdivision
                .as_ref()
                .is_some_and(|s| subdivisions.contains(s));
            let place = applicant
                .subdivision
                .clone()
                .unwrap_or_else(|| applicant.country.clone());
            let allowed: Vec<Arg> = countries
                .iter()
                .chain(subdivisions)
                .map(|code| Arg::Text(code.clone()))
                .collect();
            let (passed, message) = verdict(in_country || in_subdivision, "eligibility-location");
            (
                passed,
                message
                    .arg("place", place)
                    .arg_phrased("allowed", Arg::List(allowed)),
            )
        }
        EligibilityRule::Prerequisites { required } => {
            let missing: Vec<Arg> = required
                .iter()
                .filter(|p| !facts.prerequisites_held.contains(&p.id))
                .map(|p| Arg::Text(p.name.clone()))
                .collect();
            let names: Vec<Arg> = required.iter().map(|p| Arg::Text(p.name.clone())).collect();
            let (passed, message) = verdict(missing.is_empty(), "eligibility-prerequisites");
            (
                passed,
                message
                    .arg_phrased("required", Arg::List(names))
                    .arg_phrased("missing", Arg::List(missing)),
            )
        }
        EligibilityRule::Consortium { minimums } => {
            let count = |kind: OrganisationKind| {
                partners.iter().filter(|p| **p == kind).count()
                    + usize::from(applicant.kind == kind)
            };
            let counts: Vec<(OrganisationKind, usize, u32)> = minimums
                .iter()
                .map(|m| (m.kind, count(m.kind), m.minimum))
                .collect();
            let phrase = |(kind, count, minimum): &(OrganisationKind, usize, u32)| {
                Arg::Message(Box::new(
                    Message::new("eligibility-consortium-count")
                        .arg_phrased("kind", Arg::Message(Box::new(kind.label())))
                        .arg("count", count)
                        .arg("minimum", minimum),
                ))
            };
            let short: Vec<Arg> = counts
                .iter()
                .filter(|(_, count, minimum)| *count < *minimum as usize)
                .map(phrase)
                .collect();
            let all: Vec<Arg> = counts.iter().map(phrase).collect();
            let (passed, message) = verdict(short.is_empty(), "eligibility-consortium");
            (
                passed,
                message
                    .arg_phrased("counts", Arg::List(all))
                    .arg_phrased("short", Arg::List(short)),
            )
        }
        EligibilityRule::RequestedAmount {
            min_minor,
            max_minor,
        } => {
            let currency = facts.currency;
            let show = |minor: i64| {
                format!(
                    "{} {}",
                    Money::from_minor(minor, currency).to_decimal_string(currency),
                    currency.code()
                )
            };
            let bounds = range(min_minor.map(show), max_minor.map(show));
            match facts.requested {
                None => (
                    false,
                    Message::new("eligibility-amount-missing").arg_phrased("range", bounds),
                ),
                Some(requested) => {
                    let minor = requested.to_minor(currency);
                    let within = min_minor.is_none_or(|min| minor >= min)
                        && max_minor.is_none_or(|max| minor <= max);
                    let (passed, message) = verdict(within, "eligibility-amount");
                    (
                        passed,
                        message
                            .arg("amount", show(minor))
                            .arg_phrased("range", bounds),
                    )
                }
            }
        }
        EligibilityRule::CoFunding { min_share_percent } => {
            let requested = facts.requested.map_or(Decimal::ZERO, |m| m.amount());
            let co_funding = facts.co_funding.map_or(Decimal::ZERO, |m| m.amount());
            let total = requested + co_funding;
            if total.is_zero() {
                (
                    min_share_percent.is_zero(),
                    Message::new("eligibility-cofunding-no-budget")
                        .arg_percent("minimum", *min_share_percent),
                )
            } else {
                let share = co_funding * Decimal::ONE_HUNDRED / total;
                let (passed, message) =
                    verdict(share >= *min_share_percent, "eligibility-cofunding");
                (
                    passed,
                    message
                        .arg_percent("share", share.round_dp(1))
                        .arg_percent("minimum", *min_share_percent),
                )
            }
        }
    };
    Verdict {
        passed,
        explanation,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    use OrganisationKind::{CivilSociety, Municipality, Province};

    fn eur() -> Currency {
        Currency::parse("EUR").unwrap()
    }

    fn municipality(population: Option<i64>) -> Applicant {
        Applicant {
            kind: Municipality,
            country: "DE".into(),
            subdivision: Some("DE-BY".into()),
            population,
        }
    }

    fn facts() -> Facts {
        Facts {
            currency: eur(),
            prerequisites_held: Vec::new(),
            requested: None,
            co_funding: None,
        }
    }

    fn german_lab() -> EligibilityRule {
        EligibilityRule::Consortium {
            minimums: vec![
                KindMinimum {
                    kind: Municipality,
                    minimum: 2,
                },
                KindMinimum {
                    kind: CivilSociety,
                    minimum: 1,
                },
            ],
        }
    }

    #[test]
    fn a_german_lab_needs_two_municipalities_and_one_civil_society_partner() {
        let rules = [german_lab()];
        let alone = evaluate(&rules, &municipality(None), &[], &facts());
        assert!(!alone[0].passed);
        assert_eq!(alone[0].explanation.key, "eligibility-consortium-fail");
        let lab = evaluate(
            &rules,
            &municipality(None),
            &[Municipality, CivilSociety],
            &facts(),
        );
        assert!(
            lab[0].passed,
            "the lead counts as one of the municipalities"
        );
        assert_eq!(lab[0].explanation.key, "eligibility-consortium-pass");
    }

    #[test]
    fn the_training_prerequisite_names_what_is_missing() {
        let training = RequiredPrerequisite {
            id: Uuid::now_v7(),
            name: "Open government course".into(),
        };
        let rules = [EligibilityRule::Prerequisites {
            required: vec![training.clone()],
        }];
        let missing = evaluate(&rules, &municipality(None), &[], &facts());
        assert!(!missing[0].passed);
        assert!(
            missing[0]
                .explanation
                .to_string()
                .contains("Open government course")
        );
        let held = Facts {
            prerequisites_held: vec![training.id],
            ..facts()
        };
        assert!(evaluate(&rules, &municipality(None), &[], &held)[0].passed);
    }

    #[test]
    fn amounts_and_co_funding_are_checked_exactly() {
        let rules = [
            EligibilityRule::RequestedAmount {
                min_minor: Some(1_000_000),
                max_minor: Some(5_000_000),
            },
            EligibilityRule::CoFunding {
                min_share_percent: Decimal::new(20, 0),
            },
        ];
        let with = |requested: &str, co: &str| Facts {
            requested: Some(Money::parse(requested, eur()).unwrap()),
            co_funding: Some(Money::parse(co, eur()).unwrap()),
            ..facts()
        };
        let ok = evaluate(&rules, &municipality(None), &[], &with("40000", "10000"));
        assert!(all_pass(&ok), "{ok:?}");
        let too_much = evaluate(&rules, &municipality(None), &[], &with("50000.01", "20000"));
        assert!(!too_much[0].passed);
        let too_little_co = evaluate(&rules, &municipality(None), &[], &with("40000", "9999.99"));
        assert!(!too_little_co[1].passed);
        let nothing = evaluate(&rules, &municipality(None), &[], &facts());
        assert_eq!(nothing[0].explanation.key, "eligibility-amount-missing");
        assert_eq!(
            nothing[1].explanation.key,
            "eligibility-cofunding-no-budget"
        );
    }

    #[test]
    fn location_accepts_a_country_or_a_subdivision() {
        let bavaria = EligibilityRule::Location {
            countries: vec![],
            subdivisions: vec!["DE-BY".into()],
        };
        let argentina = EligibilityRule::Location {
            countries: vec!["AR".into()],
            subdivisions: vec![],
        };
        let verdicts = evaluate(&[bavaria, argentina], &municipality(None), &[], &facts());
        assert!(verdicts[0].passed);
        assert!(!verdicts[1].passed);
    }

    #[test]
    fn an_unknown_population_fails_a_population_rule() {
        let rules = [EligibilityRule::Population {
            min: Some(10_000),
            max: None,
        }];
        let verdict = &evaluate(&rules, &municipality(None), &[], &facts())[0];
        assert!(!verdict.passed);
        assert_eq!(verdict.explanation.key, "eligibility-population-unknown");
    }

    fn any_kind() -> impl Strategy<Value = OrganisationKind> {
        proptest::sample::select(OrganisationKind::ALL.to_vec())
    }

    proptest! {
        #[test]
        fn there_is_one_verdict_per_rule_and_kinds_pass_exactly_when_listed(
            kinds in proptest::collection::vec(any_kind(), 0..5),
            kind in any_kind(),
            population in proptest::option::of(0i64..10_000_000),
            min in proptest::option::of(0i64..5_000_000),
            max in proptest::option::of(0i64..10_000_000),
        ) {
            let applicant = Applicant { kind, ..municipality(population) };
            let rules = [
                EligibilityRule::ApplicantKinds { kinds: kinds.clone() },
                EligibilityRule::Population { min, max },
            ];
            let verdicts = evaluate(&rules, &applicant, &[], &facts());
            prop_assert_eq!(verdicts.len(), rules.len());
            prop_assert_eq!(verdicts[0].passed, kinds.contains(&kind));
            let within = population.is_some_and(|p| min.is_none_or(|m| p >= m) && max.is_none_or(|m| p <= m));
            prop_assert_eq!(verdicts[1].passed, within);
            // The explanation says the same as the verdict: a "-pass" message exactly when it passes.
            for verdict in &verdicts {
                prop_assert_eq!(verdict.explanation.key.ends_with("-pass"), verdict.passed);
            }
        }

        /// Adding a partner never makes a consortium that was eligible ineligible.
        #[test]
        fn more_partners_never_break_a_consortium(
            partners in proptest::collection::vec(any_kind(), 0..6),
            extra in any_kind(),
            lead in proptest::sample::select(vec![Municipality, Province]),
        ) {
            let applicant = Applicant { kind: lead, ..municipality(None) };
            let before = evaluate(&[german_lab()], &applicant, &partners, &facts())[0].passed;
            let mut more = partners.clone();
            more.push(extra);
            let after = evaluate(&[german_lab()], &applicant, &more, &facts())[0].passed;
            prop_assert!(!before || after);
        }
    }
}
