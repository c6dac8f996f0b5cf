//! The optimised selection beside the board, computed off the request path and kept until its inputs change.
//!
//! The search ([`super::optimise`]) is CPU-bound and may take its whole time budget, so it runs on a blocking
//! thread, never on the async workers that serve every other request. Its result is cached per call and keyed
//! by exactly what it depends on (each qualifying application's rank, total, request and subdivision, and
//! the call's limits), so that viewing the board again computes nothing, concurrent views of the same board
//! share one search, and any change of score, screening, consensus or limit is seen at the next view.
//! Finalising never waits for it. Owns no database access.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use tokio::sync::OnceCell;
use uuid::Uuid;

use super::optimise::{Optimal, optimise};
use super::proposal::Limits;
use super::ranking::Ranked;
use crate::{Error, Result};

/// The default time budget of one search: long enough to prove realistic calls, short enough that a board
/// view is never slow.
pub const DEFAULT_TIME_BUDGET: Duration = Duration::from_millis(300);

/// The optimised selection as the board shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptimumView {
    /// The selection, its sum, and whether it is proven (else its gap).
    pub optimal: Optimal,
    /// When the search ran.
    pub computed_at: DateTime<Utc>,
    /// How long it searched, in milliseconds.
    pub search_ms: u64,
    /// The budget it had, in milliseconds.
    pub time_budget_ms: u64,
}

/// Computes and caches the optimised selection of each call's board. Cheap to clone: clones share the cache.
#[derive(Debug, Clone)]
pub struct Optimiser {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    time_budget: Duration,
    /// The latest inputs seen per call and their (possibly still running) search.
    calls: Mutex<HashMap<Uuid, Arc<Slot>>>,
    searches: AtomicU64,
}

/// What a search depends on, compared exactly (no hash that could collide).
#[derive(Debug, PartialEq, Eq)]
struct Inputs {
    qualifying: Vec<Candidate>,
    limits: Limits,
}

/// A qualifying application as the search sees it: id, rank, total, request and subdivision.
#[derive(Debug, PartialEq, Eq)]
struct Candidate(Uuid, usize, Option<Decimal>, i64, Option<String>);

#[derive(Debug)]
struct Slot {
    inputs: Inputs,
    result: OnceCell<OptimumView>,
}

impl Default for Optimiser {
    fn default() -> Self {
        Optimiser::new(DEFAULT_TIME_BUDGET)
    }
}

impl Optimiser {
    /// An optimiser whose searches stop after `time_budget`.
    pub fn new(time_budget: Duration) -> Optimiser {
        Optimiser {
            inner: Arc::new(Inner {
                time_budget,
                calls: Mutex::new(HashMap::new()),
                searches: AtomicU64::new(0),
            }),
        }
    }

    /// How long one search may run.
    pub fn time_budget(&self) -> Duration {
        self.inner.time_budget
    }

    /// How many searches have run since the start, for operators and tests: a cached view adds none.
    pub fn searches(&self) -> u64 {
        self.inner.searches.load(Ordering::Relaxed)
    }

    /// The optimised selection of a call's ranking within its limits: from the cache when nothing it depends
    /// on has changed, else searched on a blocking thread within the time budget.
    pub async fn optimum(
        &self,
        call_id: Uuid,
        ranking: impl IntoIterator<Item = &Ranked>,
        limits: &Limits,
    ) -> Result<OptimumView> {
        let qualifying: Vec<&Ranked> = ranking.into_iter().filter(|r| r.rank.is_some()).collect();
        let inputs = Inputs {
            qualifying: qualifying
                .iter()
                .map(|r| {
                    Candidate(
                        r.entry.application_id,
                        r.rank.unwrap_or(0),
                        r.entry.total,
                        r.entry.requested_minor,
                        r.entry.subdivision.clone(),
                    )
                })
                .collect(),
            limits: limits.clone(),
        };
        let slot = {
            let mut calls = self
                .inner
                .calls
                .lock()
                .map_err(|_| Error::Internal("the optimiser's cache was poisoned".into()))?;
            match calls.get(&call_id) {
                Some(slot) if slot.inputs == inputs => Arc::clone(slot),
                _ => {
                    let slot = Arc::new(Slot {
                        inputs,
                        result: OnceCell::new(),
                    });
                    calls.insert(call_id, Arc::clone(&slot));
                    slot
                }
            }
        };
        let view = slot
            .result
            .get_or_try_init(|| async {
                self.inner.searches.fetch_add(1, Ordering::Relaxed);
                let ranking: Vec<Ranked> = qualifying.into_iter().cloned().collect();
                let limits = limits.clone();
                let budget = self.inner.time_budget;
                tokio::task::spawn_blocking(move || {
                    let started = Instant::now();
                    let optimal = optimise(&ranking, &limits, budget);
                    OptimumView {
                        optimal,
                        computed_at: Utc::now(),
                        search_ms: millis(started.elapsed()),
                        time_budget_ms: millis(budget),
                    }
                })
                .await
                .map_err(|err| Error::internal(format!("the optimiser's search failed: {err}")))
            })
            .await?;
        Ok(view.clone())
    }
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}
