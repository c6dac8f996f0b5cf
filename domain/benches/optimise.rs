//! The optimised selection on generated calls, including the cases that once took minutes: a budget that runs
//! out before the slots, regional maximums that bind with it, and few distinct totals. Each search has a time
//! budget of one second here; the line printed before each benchmark says whether it was proven and the gap.
//!
//! `cargo bench -p domain --bench optimise`

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use domain::calls::details::Quota;
use domain::selection::optimise::optimise;
use domain::selection::proposal::{Limits, propose};
use domain::selection::ranking::{Entry, Ranked, RankingRules, rank};
use rust_decimal::Decimal;
use uuid::Uuid;

const BUDGET: Duration = Duration::from_secs(1);

/// A reproducible stream of numbers below a bound (xorshift), so that every run benches the same calls.
struct Numbers(u64);

impl Numbers {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % bound
    }
}

/// What a generated call looks like.
struct Shape {
    applications: usize,
    /// Regions, each with at most this many awards (`None`: no quotas).
    regions: usize,
    per_region: Option<i32>,
    /// The budget as a share of all requests, in percent.
    budget_percent: i64,
    slots: usize,
    /// Distinct totals (`None`: totals to two decimals between 50 and 95).
    distinct_totals: Option<i64>,
}

fn call(shape: &Shape, seed: u64) -> (Vec<Ranked>, Limits) {
    let mut numbers = Numbers(seed);
    let codes: Vec<String> = (1..=shape.regions).map(|r| format!("AR-{r:02}")).collect();
    let entries: Vec<Entry> = (0..shape.applications)
        .map(|i| {
            let total = match shape.distinct_totals {
                Some(k) => Decimal::from(60 + 5 * numbers.below(k as u64) as i64),
                None => Decimal::new(5_000 + numbers.below(4_500) as i64, 2),
            };
            Entry {
                application_id: Uuid::from_u128(i as u128 + 1),
                reference: format!("ARG-2027-{:05}", i + 1),
                subdivision: Some(codes[numbers.below(shape.regions as u64) as usize].clone()),
                requested_minor: (20_000 + numbers.below(130_000) as i64) * 100,
                eligible: true,
                reviews: 3,
                scores: vec![],
                total: Some(total),
            }
        })
        .collect();
    let requests: i64 = entries.iter().map(|e| e.requested_minor).sum();
    let rules = RankingRules {
        min_reviews: 1,
        criterion_minimums: vec![],
        min_total: None,
        tie_break: vec![],
        seed: Some("bench".into()),
    };
    let quotas = match shape.per_region {
        Some(max) => codes
            .iter()
            .map(|code| Quota {
                subdivision: code.clone(),
                min_awards: None,
                max_awards: Some(max),
            })
            .collect(),
        None => vec![],
    };
    let limits = Limits {
        budget_minor: requests * shape.budget_percent / 100,
        slots: shape.slots,
        quotas,
    };
    (rank(entries, &rules), limits)
}

fn optimise_calls(c: &mut Criterion) {
    let shapes = [
        (
            "60/proven",
            Shape {
                applications: 60,
                regions: 3,
                per_region: Some(8),
                budget_percent: 30,
                slots: 20,
                distinct_totals: None,
            },
        ),
        (
            "100/budget-binds",
            Shape {
                applications: 100,
                regions: 24,
                per_region: None,
                budget_percent: 10,
                slots: 1_000,
                distinct_totals: None,
            },
        ),
        (
            "250/budget-binds",
            Shape {
                applications: 250,
                regions: 24,
                per_region: None,
                budget_percent: 10,
                slots: 1_000,
                distinct_totals: None,
            },
        ),
        (
            "500/budget-binds",
            Shape {
                applications: 500,
                regions: 24,
                per_region: None,
                budget_percent: 10,
                slots: 1_000,
                distinct_totals: None,
            },
        ),
        (
            "500/budget-and-24-regions-of-4",
            Shape {
                applications: 500,
                regions: 24,
                per_region: Some(4),
                budget_percent: 10,
                slots: 1_000,
                distinct_totals: None,
            },
        ),
        (
            "2000/slots-bind",
            Shape {
                applications: 2_000,
                regions: 24,
                per_region: None,
                budget_percent: 100,
                slots: 200,
                distinct_totals: None,
            },
        ),
        (
            "2000/budget-binds",
            Shape {
                applications: 2_000,
                regions: 24,
                per_region: None,
                budget_percent: 10,
                slots: 10_000,
                distinct_totals: None,
            },
        ),
        (
            "2000/five-distinct-totals",
            Shape {
                applications: 2_000,
                regions: 24,
                per_region: None,
                budget_percent: 10,
                slots: 10_000,
                distinct_totals: Some(5),
            },
        ),
        (
            "10000/budget-binds",
            Shape {
                applications: 10_000,
                regions: 24,
                per_region: Some(40),
                budget_percent: 10,
                slots: 10_000,
                distinct_totals: None,
            },
        ),
    ];
    let mut group = c.benchmark_group("optimise");
    group.sample_size(10);
    for (name, shape) in &shapes {
        let (ranking, limits) = call(shape, 2026);
        let greedy: Decimal = ranking
            .iter()
            .zip(propose(&ranking, &limits))
            .filter(|(_, p)| p.outcome == domain::selection::proposal::Outcome::Selected)
            .filter_map(|(r, _)| r.entry.total)
            .sum();
        let found = optimise(&ranking, &limits, BUDGET);
        println!(
            "optimise/{name}: {} selected, sum {} (greedy {greedy}), proven {}, gap {}",
            found.selected.len(),
            found.total_score,
            found.proven,
            found.gap
        );
        group.bench_function(*name, |b| b.iter(|| optimise(&ranking, &limits, BUDGET)));
    }
    group.finish();
}

criterion_group!(benches, optimise_calls);
criterion_main!(benches);
