//! The selection pipeline on a large generated call (10,000 applications, 5 reviews each, 10 criteria, a
//! committee of 60): aggregation, ranking, the proposal, and the assignment planner that precedes them.
//!
//! `cargo bench -p domain --bench pipeline`; the group names are those the README quotes.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use domain::committee::assignment;
use domain::selection::{aggregate, proposal, ranking};

#[path = "support/mod.rs"]
mod support;

const APPLICATIONS: usize = 10_000;
const REVIEWS: usize = 5;
const CRITERIA: usize = 10;
const MEMBERS: usize = 60;

fn selection(c: &mut Criterion) {
    let call = support::call(APPLICATIONS, REVIEWS, CRITERIA, MEMBERS);
    let size = format!("{APPLICATIONS}x{REVIEWS}x{CRITERIA}");

    let mut group = c.benchmark_group("aggregate");
    for (name, normalise) in [("mean", false), ("zscores", true)] {
        let settings = call.settings(normalise);
        group.bench_function(format!("{name}/{size}"), |b| {
            b.iter(|| {
                aggregate::aggregate(
                    black_box(&call.criteria),
                    black_box(&call.ids),
                    black_box(&call.reviews),
                    black_box(&call.consensus),
                    black_box(&settings),
                )
            })
        });
    }
    group.finish();

    let mut group = c.benchmark_group("pipeline");
    for (suffix, normalise) in [("", false), ("+zscores", true)] {
        let settings = call.settings(normalise);
        group.bench_function(format!("aggregate+rank+propose{suffix}/{size}"), |b| {
            b.iter(|| {
                let figures = aggregate::aggregate(
                    black_box(&call.criteria),
                    black_box(&call.ids),
                    black_box(&call.reviews),
                    black_box(&call.consensus),
                    black_box(&settings),
                );
                let ranking = ranking::rank(call.entries(&figures), &call.rules);
                proposal::propose(&ranking, &call.limits)
            })
        });
    }
    group.finish();

    let figures = aggregate::aggregate(
        &call.criteria,
        &call.ids,
        &call.reviews,
        &call.consensus,
        &call.settings(false),
    );
    let entries = call.entries(&figures);
    c.bench_function(&format!("rank/{APPLICATIONS}"), |b| {
        b.iter_batched(
            || entries.clone(),
            |entries| ranking::rank(entries, black_box(&call.rules)),
            BatchSize::LargeInput,
        )
    });
    let ranked = ranking::rank(entries, &call.rules);
    c.bench_function(&format!("propose/{APPLICATIONS}"), |b| {
        b.iter(|| proposal::propose(black_box(&ranked), black_box(&call.limits)))
    });

    let reviewers = call.reviewers();
    let candidates = call.candidates();
    c.bench_function(
        &format!("assignment/plan/{APPLICATIONS}x{MEMBERS}x3"),
        |b| b.iter(|| assignment::plan(black_box(&reviewers), black_box(&candidates), 3)),
    );
}

criterion_group! {
    name = benches;
    // Twenty samples over a few seconds each keep the whole file near a minute even before optimisation.
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = selection
}
criterion_main!(benches);
