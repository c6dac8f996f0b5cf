//! Who sits on a selection committee and whether its composition is acceptable: each member has a sector
//! and a role (observers do not score), and a call's rule is either parity of civil-society and government
//! voting members (the default; Tunisia's committee had three of each) or a minimum share per sector.
//! [`problems`] is pure and says what is missing, in translatable messages.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::{Sign, parse_decimal};
use crate::{Arg, Message};

/// The sector a committee member speaks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    /// National or local government.
    Government,
    /// Civil-society organisations.
    CivilSociety,
    /// Universities and research.
    Academia,
    /// Business.
    Private,
    /// Associations of municipalities.
    LocalGovernmentAssociation,
    /// International organisations.
    International,
}

impl Sector {
    /// Every sector.
    pub const ALL: [Sector; 6] = [
        Sector::Government,
        Sector::CivilSociety,
        Sector::Academia,
        Sector::Private,
        Sector::LocalGovernmentAssociation,
        Sector::International,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Sector::Government => "government",
            Sector::CivilSociety => "civil_society",
            Sector::Academia => "academia",
            Sector::Private => "private",
            Sector::LocalGovernmentAssociation => "local_government_association",
            Sector::International => "international",
        }
    }

    /// Parses a stored or submitted name.
    pub fn parse(value: &str) -> Result<Sector, Message> {
        Self::ALL
            .into_iter()
            .find(|s| s.as_str() == value.trim())
            .ok_or_else(|| Message::new("error-sector-unknown").arg("value", value.trim()))
    }

    /// The translatable label (`sector-civil-society`).
    pub fn label(self) -> Message {
        Message::new(&format!("sector-{}", self.as_str().replace('_', "-")))
    }
}

/// A member's role on the committee.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MemberRole {
    /// Chairs the committee; scores, confirms or waives conflicts.
    Chair,
    /// Scores.
    Member,
    /// Attends without scoring.
    Observer,
}

impl MemberRole {
    /// Every role.
    pub const ALL: [MemberRole; 3] = [MemberRole::Chair, MemberRole::Member, MemberRole::Observer];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            MemberRole::Chair => "chair",
            MemberRole::Member => "member",
            MemberRole::Observer => "observer",
        }
    }

    /// Parses a stored or submitted name.
    pub fn parse(value: &str) -> Result<MemberRole, Message> {
        Self::ALL
            .into_iter()
            .find(|r| r.as_str() == value.trim())
            .ok_or_else(|| Message::new("error-member-role-unknown").arg("value", value.trim()))
    }

    /// The translatable label (`committee-role-observer`).
    pub fn label(self) -> Message {
        Message::new(&format!("committee-role-{}", self.as_str()))
    }

    /// Whether the role scores applications.
    pub fn votes(self) -> bool {
        self != MemberRole::Observer
    }
}

/// A seat on the committee, as the rule sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seat {
    /// The member's sector.
    pub sector: Sector,
    /// The member's role.
    pub role: MemberRole,
}

/// A sector's minimum share of the voting members.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectorShare {
    /// The sector.
    pub sector: Sector,
    /// Percent of voting members, 0 to 100.
    pub min_percent: Decimal,
}

/// The composition a call's committee must have before reviewing starts.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum CompositionRule {
    /// As many civil-society as government voting members.
    #[default]
    Parity,
    /// At least these shares of the voting members.
    MinimumShares {
        /// One minimum per sector named.
        shares: Vec<SectorShare>,
    },
}

/// A rule as a client sends it, before parsing: `parity` or `minimum_shares` with `(sector, percent)` pairs.
#[derive(Debug, Clone, Default)]
pub struct RuleInput {
    /// `parity` or `minimum_shares`.
    pub rule_type: String,
    /// For `minimum_shares`: sector names and percents as decimal strings.
    pub shares: Vec<(String, String)>,
}

/// Parses and checks a rule, reporting every problem under `rule.…`.
pub fn parse_rule(input: &RuleInput) -> crate::Result<CompositionRule> {
    let rule = match input.rule_type.trim() {
        "parity" => CompositionRule::Parity,
        "minimum_shares" => {
            let mut v = crate::error::Validator::new();
            let mut shares = Vec::new();
            for (i, (sector, percent)) in input.shares.iter().enumerate() {
                let sector = v.parse(&format!("rule.shares[{i}].sector"), Sector::parse(sector));
                let min_percent = v.parse(
                    &format!("rule.shares[{i}].min_percent"),
                    parse_decimal(percent, Sign::NonNegative)
                        .ok_or_else(|| Message::new("error-number-invalid").arg("value", percent)),
                );
                if let (Some(sector), Some(min_percent)) = (sector, min_percent) {
                    shares.push(SectorShare {
                        sector,
                        min_percent,
                    });
                }
            }
            v.finish()?;
            CompositionRule::MinimumShares { shares }
        }
        other => {
            return Err(crate::Error::field(
                "rule.type",
                Message::new("error-rule-type-unknown").arg("value", other),
            ));
        }
    };
    check_rule(&rule)?;
    Ok(rule)
}

/// Checks a rule a manager wrote: shares between 0 and 100, each sector once, at most 100% in total.
pub fn check_rule(rule: &CompositionRule) -> crate::Result<()> {
    let mut v = crate::error::Validator::new();
    if let CompositionRule::MinimumShares { shares } = rule {
        v.check(
            !shares.is_empty(),
            "shares",
            Message::new("error-rule-empty"),
        );
        for (i, share) in shares.iter().enumerate() {
            v.check(
                (Decimal::ZERO..=Decimal::ONE_HUNDRED).contains(&share.min_percent),
                &format!("shares[{i}].min_percent"),
                Message::new("error-between").arg("min", 0).arg("max", 100),
            );
            v.check(
                shares[..i].iter().all(|s| s.sector != share.sector),
                &format!("shares[{i}].sector"),
                Message::new("error-duplicate"),
            );
        }
        let total: Decimal = shares.iter().map(|s| s.min_percent).sum();
        v.check(
            total <= Decimal::ONE_HUNDRED,
            "shares",
            Message::new("error-shares-over-100"),
        );
    }
    v.finish()
}

/// What the committee lacks under `rule`; empty when it may start reviewing.
pub fn problems(rule: &CompositionRule, seats: &[Seat]) -> Vec<Message> {
    let voting: Vec<Sector> = seats
        .iter()
        .filter(|s| s.role.votes())
        .map(|s| s.sector)
        .collect();
    let count = |sector: Sector| voting.iter().filter(|s| **s == sector).count();
    let mut problems = Vec::new();
    if voting.is_empty() {
        problems.push(Message::new("committee-no-voting-members"));
        return problems;
    }
    if seats.iter().filter(|s| s.role == MemberRole::Chair).count() > 1 {
        problems.push(Message::new("committee-one-chair"));
    }
    match rule {
        CompositionRule::Parity => {
            let civil = count(Sector::CivilSociety);
            let government = count(Sector::Government);
            if civil != government || civil == 0 {
                problems.push(
                    Message::new("committee-parity-fail")
                        .arg("civil_society", civil)
                        .arg("government", government),
                );
            }
        }
        CompositionRule::MinimumShares { shares } => {
            let total = Decimal::from(voting.len());
            for share in shares {
                let have = Decimal::from(count(share.sector));
                if have * Decimal::ONE_HUNDRED < share.min_percent * total {
                    problems.push(
                        Message::new("committee-share-fail")
                            .arg_phrased("sector", Arg::Message(Box::new(share.sector.label())))
                            .arg("count", count(share.sector))
                            .arg("total", voting.len())
                            .arg_percent("min_percent", share.min_percent),
                    );
                }
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seats(civil: usize, government: usize) -> Vec<Seat> {
        let mut seats = vec![
            Seat {
                sector: Sector::CivilSociety,
                role: MemberRole::Member,
            };
            civil
        ];
        seats.extend(vec![
            Seat {
                sector: Sector::Government,
                role: MemberRole::Member,
            };
            government
        ]);
        seats
    }

    #[test]
    fn three_and_three_pass_parity_and_four_and_two_do_not() {
        assert!(problems(&CompositionRule::Parity, &seats(3, 3)).is_empty());
        let refused = problems(&CompositionRule::Parity, &seats(4, 2));
        assert_eq!(refused.len(), 1);
        assert_eq!(refused[0].key, "committee-parity-fail");
    }

    #[test]
    fn observers_do_not_count_and_an_empty_committee_cannot_start() {
        let mut committee = seats(3, 3);
        committee.push(Seat {
            sector: Sector::CivilSociety,
            role: MemberRole::Observer,
        });
        assert!(problems(&CompositionRule::Parity, &committee).is_empty());
        assert_eq!(
            problems(&CompositionRule::Parity, &[])[0].key,
            "committee-no-voting-members"
        );
        assert!(!problems(&CompositionRule::Parity, &seats(0, 0)).is_empty());
    }

    #[test]
    fn a_minimum_share_is_met_exactly_at_its_percentage() {
        let rule = CompositionRule::MinimumShares {
            shares: vec![SectorShare {
                sector: Sector::CivilSociety,
                min_percent: Decimal::from(40),
            }],
        };
        assert!(problems(&rule, &seats(2, 3)).is_empty());
        assert_eq!(problems(&rule, &seats(1, 3))[0].key, "committee-share-fail");
    }

    #[test]
    fn shares_over_a_hundred_percent_are_refused() {
        let rule = CompositionRule::MinimumShares {
            shares: vec![
                SectorShare {
                    sector: Sector::CivilSociety,
                    min_percent: Decimal::from(60),
                },
                SectorShare {
                    sector: Sector::Government,
                    min_percent: Decimal::from(50),
                },
            ],
        };
        assert!(check_rule(&rule).is_err());
        assert!(check_rule(&CompositionRule::Parity).is_ok());
    }

    #[test]
    fn a_rule_is_parsed_with_every_problem_named() {
        let parsed = parse_rule(&RuleInput {
            rule_type: "minimum_shares".into(),
            shares: vec![("civil_society".into(), "40".into())],
        })
        .unwrap();
        assert!(
            matches!(parsed, CompositionRule::MinimumShares { ref shares } if shares.len() == 1)
        );
        let Err(crate::Error::Validation(errors)) = parse_rule(&RuleInput {
            rule_type: "minimum_shares".into(),
            shares: vec![("clergy".into(), "x".into())],
        }) else {
            panic!("expected validation errors");
        };
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            ["rule.shares[0].sector", "rule.shares[0].min_percent"]
        );
        assert!(parse_rule(&RuleInput::default()).is_err());
    }

    #[test]
    fn every_sector_and_role_parses_back() {
        for sector in Sector::ALL {
            assert_eq!(Sector::parse(sector.as_str()), Ok(sector));
        }
        for role in MemberRole::ALL {
            assert_eq!(MemberRole::parse(role.as_str()), Ok(role));
        }
    }
}
