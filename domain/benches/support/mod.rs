//! A generated call for the benchmarks: deterministic (a fixed xorshift, no `rand`), sized like a large
//! national call, with the variety that makes the hot paths work (fractional weights, several maxima, missing
//! consensus, quotas, ties).

use std::collections::BTreeMap;

use domain::calls::details::Quota;
use domain::committee::Sector;
use domain::committee::assignment::{Candidate, Reviewer};
use domain::selection::aggregate::{
    Aggregation, AggregationSettings, ApplicationFigures, CriterionRule, ReviewScores,
};
use domain::selection::proposal::Limits;
use domain::selection::ranking::{Entry, RankingRules};
use rust_decimal::Decimal;
use uuid::Uuid;

/// Xorshift64: enough spread for test data, and the same sequence on every machine.
pub struct Xorshift(u64);

impl Xorshift {
    pub fn new(seed: u64) -> Xorshift {
        Xorshift(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// Uniform enough in `0..bound` for a benchmark (the modulo bias is irrelevant here).
    pub fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound
    }
}

/// What each application brings beside its scores.
pub struct Application {
    pub id: Uuid,
    pub reference: String,
    pub subdivision: String,
    pub requested_minor: i64,
    pub eligible: bool,
}

/// A whole call: criteria, applications, their reviews and the call's rules.
pub struct Call {
    pub criteria: Vec<CriterionRule>,
    pub applications: Vec<Application>,
    pub ids: Vec<Uuid>,
    pub reviews: Vec<ReviewScores>,
    pub consensus: BTreeMap<(Uuid, Uuid), i32>,
    pub members: Vec<Uuid>,
    pub rules: RankingRules,
    pub limits: Limits,
}

const WEIGHTS: [&str; 10] = [
    "1", "2.5", "0.3", "1.5", "2", "1", "0.75", "3", "1.25", "0.5",
];
const MAXIMA: [i32; 10] = [5, 10, 3, 5, 10, 5, 3, 10, 5, 4];
const SUBDIVISIONS: usize = 24;

fn subdivision(index: usize) -> String {
    format!("TN-{}", 11 + index)
}

/// `applications` applications with `per_application` reviews each over `criteria` criteria (at most 10),
/// reviewers drawn from `members` committee members.
pub fn call(applications: usize, per_application: usize, criteria: usize, members: usize) -> Call {
    let mut random = Xorshift::new(0x2026_0021);
    let criteria: Vec<CriterionRule> = (0..criteria)
        .map(|i| CriterionRule {
            id: Uuid::from_u128(0xC000 + i as u128),
            weight: WEIGHTS[i % WEIGHTS.len()].parse().unwrap(),
            max_score: MAXIMA[i % MAXIMA.len()],
            min_score: (i == 0).then_some(1),
        })
        .collect();
    let members: Vec<Uuid> = (0..members)
        .map(|i| Uuid::from_u128(0xA000_0000 + i as u128))
        .collect();

    let mut apps = Vec::with_capacity(applications);
    let mut reviews = Vec::with_capacity(applications * per_application);
    let mut consensus = BTreeMap::new();
    for n in 0..applications {
        let id = Uuid::from_u128(0xB000_0000 + n as u128);
        // Requests between 20,000.00 and 500,000.00 in steps of 1,000.00: round figures, as applicants ask.
        let requested_minor = (20 + random.below(481) as i64) * 100_000;
        apps.push(Application {
            id,
            reference: format!("TUN-2026-{:05}", n + 1),
            subdivision: subdivision(random.below(SUBDIVISIONS as u64) as usize),
            requested_minor,
            eligible: random.below(20) != 0,
        });
        // Each reviewer has a leaning, so that their z-scores differ from their raw scores.
        let mut seated: Vec<usize> = Vec::with_capacity(per_application);
        while seated.len() < per_application.min(members.len()) {
            let r = random.below(members.len() as u64) as usize;
            if !seated.contains(&r) {
                seated.push(r);
            }
        }
        for &r in &seated {
            let scores = criteria
                .iter()
                .map(|c| {
                    let max = c.max_score as u64;
                    let leaning = (r % 3) as u64;
                    let score = (random.below(max + 1) + leaning).min(max);
                    (c.id, score as i32)
                })
                .collect();
            reviews.push(ReviewScores {
                application_id: id,
                reviewer_id: members[r],
                scores,
            });
        }
        if random.below(50) == 0 {
            let c = &criteria[random.below(criteria.len() as u64) as usize];
            consensus.insert((id, c.id), random.below(c.max_score as u64 + 1) as i32);
        }
    }
    let requested: i64 = apps.iter().map(|a| a.requested_minor).sum();
    let quotas = (0..SUBDIVISIONS)
        .step_by(6)
        .map(|i| Quota {
            subdivision: subdivision(i).to_lowercase(),
            min_awards: (i == 0).then_some(5),
            max_awards: Some(8),
        })
        .collect();
    Call {
        rules: RankingRules {
            min_reviews: per_application.min(3),
            criterion_minimums: criteria
                .iter()
                .map(|c| c.min_score.map(Decimal::from))
                .collect(),
            min_total: Some(Decimal::from(30)),
            tie_break: (0..criteria.len().min(2)).collect(),
            seed: Some("0123456789abcdef0123456789abcdef".to_owned()),
        },
        limits: Limits {
            budget_minor: requested / 10,
            slots: 200,
            quotas,
        },
        ids: apps.iter().map(|a| a.id).collect(),
        criteria,
        applications: apps,
        reviews,
        consensus,
        members,
    }
}

impl Call {
    pub fn settings(&self, normalise: bool) -> AggregationSettings {
        AggregationSettings {
            method: Aggregation::Mean,
            normalise,
            disagreement_threshold: Some(Decimal::from(40)),
        }
    }

    /// The ranking entries, as the selection board builds them from the figures.
    pub fn entries(&self, figures: &[ApplicationFigures]) -> Vec<Entry> {
        self.applications
            .iter()
            .zip(figures)
            .map(|(application, figures)| Entry {
                application_id: application.id,
                reference: application.reference.clone(),
                subdivision: Some(application.subdivision.clone()),
                requested_minor: application.requested_minor,
                eligible: application.eligible,
                reviews: figures.reviews,
                scores: figures.criteria.iter().map(|c| c.ranked).collect(),
                total: figures.ranked_total,
            })
            .collect()
    }

    /// The committee for the assignment planner: the members in rotating sectors.
    pub fn reviewers(&self) -> Vec<Reviewer> {
        const SECTORS: [Sector; 4] = [
            Sector::Government,
            Sector::CivilSociety,
            Sector::Academia,
            Sector::Private,
        ];
        self.members
            .iter()
            .enumerate()
            .map(|(i, &id)| Reviewer {
                id,
                sector: SECTORS[i % SECTORS.len()],
            })
            .collect()
    }

    /// Every application awaiting reviewers, one in ten with a member already assigned and one in seven with
    /// a declared conflict.
    pub fn candidates(&self) -> Vec<Candidate> {
        let mut random = Xorshift::new(0x2026_0060);
        let mut pick = || self.members[random.below(self.members.len() as u64) as usize];
        self.applications
            .iter()
            .enumerate()
            .map(|(n, application)| Candidate {
                id: application.id,
                reference: application.reference.clone(),
                assigned: if n % 10 == 0 { vec![pick()] } else { vec![] },
                conflicted: if n % 7 == 0 {
                    vec![pick(), pick()]
                } else {
                    vec![]
                },
            })
            .collect()
    }
}
