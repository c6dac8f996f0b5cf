//! The selection proposal: the greedy walk of the ranking the call's rules describe, and the reasons given to
//! every application. Pure: no I/O.
//!
//! First, for each subdivision with a minimum quota, its best-ranked qualifying applications are selected in
//! rank order until the minimum is met (while slots, budget and its maximum allow); then the ranking is walked
//! from the top, selecting every qualifying application that fits the remaining slots, budget and maximum
//! quotas, skipping what no longer fits. Qualifying applications not selected are waitlisted with the reason
//! (slots, quota, budget, checked in that order); the others are not selected with theirs.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::ranking::{Disqualification, Entry, Ranked};
use crate::calls::details::Quota;

/// What the selection may spend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Total budget in minor units.
    pub budget_minor: i64,
    /// Most awards.
    pub slots: usize,
    /// Regional quotas.
    pub quotas: Vec<Quota>,
}

/// The outcome of an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Funded.
    Selected,
    /// Qualifies, not funded for now.
    Waitlisted,
    /// Not funded.
    NotSelected,
}

impl Outcome {
    /// Every outcome.
    pub const ALL: [Outcome; 3] = [Outcome::Selected, Outcome::Waitlisted, Outcome::NotSelected];

    /// The stored and transmitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Selected => "selected",
            Outcome::Waitlisted => "waitlisted",
            Outcome::NotSelected => "not_selected",
        }
    }

    /// The translatable label (`selection-outcome-not-selected`).
    pub fn label(self) -> crate::Message {
        crate::Message::new(&format!(
            "selection-outcome-{}",
            self.as_str().replace('_', "-")
        ))
    }

    /// Parses a stored or requested name.
    pub fn parse(value: &str) -> Option<Outcome> {
        Self::ALL.into_iter().find(|o| o.as_str() == value.trim())
    }
}

/// Why an application has its outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Selected in rank order.
    Ranked,
    /// Selected to meet its subdivision's minimum quota.
    MinimumQuota,
    /// Waitlisted: no slot left.
    Slots,
    /// Waitlisted: its subdivision's maximum is reached.
    Quota,
    /// Waitlisted: the remaining budget does not cover the request.
    Budget,
    /// Not selected: screened ineligible.
    Ineligible,
    /// Not selected: too few submitted reviews.
    TooFewReviews,
    /// Not selected: a criterion below its minimum.
    CriterionMinimum,
    /// Not selected: total below the call's minimum.
    Threshold,
    /// Selected in a benchmark call: it meets the benchmark.
    Benchmark,
    /// Not selected in a benchmark call: it does not meet the benchmark.
    BelowBenchmark,
    /// Admitted in an enrolment call: screened eligible.
    Enrolled,
}

impl Reason {
    /// Every reason.
    pub const ALL: [Reason; 12] = [
        Reason::Ranked,
        Reason::MinimumQuota,
        Reason::Slots,
        Reason::Quota,
        Reason::Budget,
        Reason::Ineligible,
        Reason::TooFewReviews,
        Reason::CriterionMinimum,
        Reason::Threshold,
        Reason::Benchmark,
        Reason::BelowBenchmark,
        Reason::Enrolled,
    ];

    /// The stored and transmitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Ranked => "ranked",
            Reason::MinimumQuota => "minimum_quota",
            Reason::Slots => "slots",
            Reason::Quota => "quota",
            Reason::Budget => "budget",
            Reason::Ineligible => "ineligible",
            Reason::TooFewReviews => "too_few_reviews",
            Reason::CriterionMinimum => "criterion_minimum",
            Reason::Threshold => "threshold",
            Reason::Benchmark => "benchmark",
            Reason::BelowBenchmark => "below_benchmark",
            Reason::Enrolled => "enrolled",
        }
    }

    /// The translatable explanation (`selection-reason-too-few-reviews`).
    pub fn label(self) -> crate::Message {
        reason_label(self.as_str())
    }

    /// Parses a stored name.
    pub fn parse(value: &str) -> Option<Reason> {
        Self::ALL.into_iter().find(|r| r.as_str() == value.trim())
    }

    /// The reason a disqualified application is not selected.
    pub fn of(disqualification: Disqualification) -> Reason {
        match disqualification {
            Disqualification::Ineligible => Reason::Ineligible,
            Disqualification::TooFewReviews => Reason::TooFewReviews,
            Disqualification::CriterionMinimum(_) => Reason::CriterionMinimum,
            Disqualification::Threshold => Reason::Threshold,
        }
    }
}

/// The explanation of a reason by its stored name (the proposal's reasons, and `override`).
pub(crate) fn reason_label(name: &str) -> crate::Message {
    crate::Message::new(&format!("selection-reason-{}", name.replace('_', "-")))
}

/// The proposal for one application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Proposed {
    /// The application.
    pub application_id: Uuid,
    /// Its outcome.
    pub outcome: Outcome,
    /// Why.
    pub reason: Reason,
}

/// Proposes an outcome for every ranked application, in the order given (the ranking's).
pub fn propose(ranking: &[Ranked], limits: &Limits) -> Vec<Proposed> {
    let caps = QuotaCaps::new(&limits.quotas);
    let mut state = Spending::new(limits.budget_minor, limits.slots, &caps);
    let order = qualifying_in_rank_order(ranking);
    let mut decided: Vec<Option<(Outcome, Reason)>> = vec![None; ranking.len()];

    for quota in &limits.quotas {
        let Some(minimum) = quota.min_awards else {
            continue;
        };
        // A negative minimum is bad data that asks for nothing.
        let minimum = usize::try_from(minimum).unwrap_or(0);
        let subdivision = subdivision_key(&quota.subdivision);
        for &index in &order {
            if state.selected_in(&subdivision) >= minimum {
                break;
            }
            let entry = &ranking[index].entry;
            let in_subdivision = entry
                .subdivision
                .as_deref()
                .is_some_and(|code| subdivision_key(code) == subdivision);
            if !in_subdivision || decided[index].is_some() {
                continue;
            }
            if state.obstacle(entry).is_none() {
                state.select(entry);
                decided[index] = Some((Outcome::Selected, Reason::MinimumQuota));
            }
        }
    }

    for &index in &order {
        if decided[index].is_some() {
            continue;
        }
        let entry = &ranking[index].entry;
        // The reason is the constraint that stopped the application on its turn. Later selections only use
        // up slots, budget and quotas (a negative request aside, which is bad data), so it remains true when
        // the walk ends.
        decided[index] = Some(match state.obstacle(entry) {
            None => {
                state.select(entry);
                (Outcome::Selected, Reason::Ranked)
            }
            Some(reason) => (Outcome::Waitlisted, reason),
        });
    }

    ranking
        .iter()
        .zip(decided)
        .map(|(ranked, decided)| {
            let (outcome, reason) = decided.unwrap_or_else(|| {
                // Not walked, so it has no rank. `rank` always gives such an entry a disqualification; a
                // hand-built one without it has, as far as we can tell, nothing that was scored.
                let reason = ranked
                    .disqualification
                    .map_or(Reason::TooFewReviews, Reason::of);
                (Outcome::NotSelected, reason)
            });
            Proposed {
                application_id: ranked.entry.application_id,
                outcome,
                reason,
            }
        })
        .collect()
}

/// Indexes of the qualifying applications, in rank order whatever order the slice is in.
fn qualifying_in_rank_order(ranking: &[Ranked]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..ranking.len())
        .filter(|&i| ranking[i].rank.is_some())
        .collect();
    order.sort_by_key(|&i| (ranking[i].rank, i));
    order
}

/// Quota codes are matched without regard to case: managers and applicants type them differently.
pub(super) fn subdivision_key(code: &str) -> String {
    code.to_lowercase()
}

/// The maximum awards per subdivision.
#[derive(Debug, Clone, Default)]
pub(super) struct QuotaCaps {
    caps: HashMap<String, usize>,
}

impl QuotaCaps {
    /// Where a subdivision has several quotas (bad data), the tightest maximum holds, so that no quota the
    /// manager wrote is ever exceeded.
    pub(super) fn new(quotas: &[Quota]) -> QuotaCaps {
        let mut caps: HashMap<String, usize> = HashMap::new();
        for quota in quotas {
            let Some(max) = quota.max_awards else {
                continue;
            };
            let max = usize::try_from(max).unwrap_or(0);
            caps.entry(subdivision_key(&quota.subdivision))
                .and_modify(|cap| *cap = (*cap).min(max))
                .or_insert(max);
        }
        QuotaCaps { caps }
    }

    /// The capped subdivision an application counts against, if any.
    pub(super) fn capped_key(&self, subdivision: Option<&str>) -> Option<String> {
        let key = subdivision_key(subdivision?);
        self.caps.contains_key(&key).then_some(key)
    }

    /// The maximum for a subdivision key, if any.
    pub(super) fn cap(&self, key: &str) -> Option<usize> {
        self.caps.get(key).copied()
    }
}

/// What the walk has used so far. Money is summed in i128: requests are i64 and no sum of them can overflow
/// it, so bad data (huge or negative requests) never panics nor wraps.
struct Spending<'a> {
    remaining_minor: i128,
    slots_left: usize,
    caps: &'a QuotaCaps,
    per_subdivision: HashMap<String, usize>,
}

impl<'a> Spending<'a> {
    fn new(budget_minor: i64, slots: usize, caps: &'a QuotaCaps) -> Spending<'a> {
        Spending {
            remaining_minor: i128::from(budget_minor),
            slots_left: slots,
            caps,
            per_subdivision: HashMap::new(),
        }
    }

    fn selected_in(&self, key: &str) -> usize {
        self.per_subdivision.get(key).copied().unwrap_or(0)
    }

    /// The first limit the entry does not fit, in the published order: slots, quota, budget.
    fn obstacle(&self, entry: &Entry) -> Option<Reason> {
        if self.slots_left == 0 {
            return Some(Reason::Slots);
        }
        if let Some(key) = self.caps.capped_key(entry.subdivision.as_deref())
            && let Some(cap) = self.caps.cap(&key)
            && self.selected_in(&key) >= cap
        {
            return Some(Reason::Quota);
        }
        if i128::from(entry.requested_minor) > self.remaining_minor {
            return Some(Reason::Budget);
        }
        None
    }

    fn select(&mut self, entry: &Entry) {
        self.slots_left = self.slots_left.saturating_sub(1);
        self.remaining_minor = self
            .remaining_minor
            .saturating_sub(i128::from(entry.requested_minor));
        if let Some(subdivision) = &entry.subdivision {
            *self
                .per_subdivision
                .entry(subdivision_key(subdivision))
                .or_insert(0) += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use proptest::prelude::*;
    use uuid::Uuid;

    use super::*;
    use crate::selection::ranking::testing::{
        arb_entries, arb_limits, arb_rules, assert_within_limits, dec, entry, limits, quota, rules,
    };
    use crate::selection::ranking::{Entry, rank};

    fn in_subdivision(n: u128, total: &str, code: &str, requested_minor: i64) -> Entry {
        let mut e = entry(n, total);
        e.subdivision = Some(code.to_owned());
        e.requested_minor = requested_minor;
        e
    }

    fn costing(n: u128, total: &str, requested_minor: i64) -> Entry {
        let mut e = entry(n, total);
        e.requested_minor = requested_minor;
        e
    }

    /// The proposal per application number.
    fn outcomes(entries: Vec<Entry>, limits: &Limits) -> HashMap<u128, (Outcome, Reason)> {
        let ranking = rank(entries, &rules("abc"));
        propose(&ranking, limits)
            .into_iter()
            .map(|p| (p.application_id.as_u128(), (p.outcome, p.reason)))
            .collect()
    }

    #[test]
    fn each_disqualification_is_the_reason_an_application_is_not_selected() {
        let mut rules = rules("abc");
        rules.criterion_minimums = vec![Some(dec("3")), None, None];
        rules.min_total = Some(dec("60"));
        let mut ineligible = entry(1, "90");
        ineligible.eligible = false;
        let mut unreviewed = entry(2, "90");
        unreviewed.reviews = 1;
        let mut weak = entry(3, "90");
        weak.scores[0] = Some(dec("2"));
        let below = entry(4, "59");
        let ranking = rank(vec![ineligible, unreviewed, weak, below], &rules);

        let proposed = propose(&ranking, &limits(1_000_000, 10, vec![]));

        let reasons: HashMap<u128, (Outcome, Reason)> = proposed
            .iter()
            .map(|p| (p.application_id.as_u128(), (p.outcome, p.reason)))
            .collect();
        assert_eq!(reasons[&1], (Outcome::NotSelected, Reason::Ineligible));
        assert_eq!(reasons[&2], (Outcome::NotSelected, Reason::TooFewReviews));
        assert_eq!(
            reasons[&3],
            (Outcome::NotSelected, Reason::CriterionMinimum)
        );
        assert_eq!(reasons[&4], (Outcome::NotSelected, Reason::Threshold));
    }

    #[test]
    fn when_the_slots_run_out_the_rest_are_waitlisted_for_slots() {
        let result = outcomes(
            vec![entry(1, "90"), entry(2, "80"), entry(3, "70")],
            &limits(1_000_000, 2, vec![]),
        );

        assert_eq!(result[&1], (Outcome::Selected, Reason::Ranked));
        assert_eq!(result[&2], (Outcome::Selected, Reason::Ranked));
        assert_eq!(result[&3], (Outcome::Waitlisted, Reason::Slots));
    }

    #[test]
    fn a_subdivision_at_its_maximum_waitlists_the_rest_of_it_for_quota() {
        let entries = vec![
            in_subdivision(1, "90", "TN-11", 10_000),
            in_subdivision(2, "85", "TN-11", 10_000),
            in_subdivision(3, "80", "TN-12", 10_000),
        ];

        let result = outcomes(
            entries,
            &limits(1_000_000, 5, vec![quota("TN-11", None, Some(1))]),
        );

        assert_eq!(result[&1], (Outcome::Selected, Reason::Ranked));
        assert_eq!(result[&2], (Outcome::Waitlisted, Reason::Quota));
        assert_eq!(result[&3], (Outcome::Selected, Reason::Ranked));
    }

    #[test]
    fn a_big_request_is_waitlisted_for_budget_while_a_smaller_lower_ranked_one_is_selected() {
        let entries = vec![
            costing(1, "90", 60_000),
            costing(2, "80", 50_000),
            costing(3, "70", 40_000),
        ];

        // Two slots: the third application takes the last one, yet the second was stopped by the budget.
        let result = outcomes(entries, &limits(100_000, 2, vec![]));

        assert_eq!(result[&1], (Outcome::Selected, Reason::Ranked));
        assert_eq!(result[&2], (Outcome::Waitlisted, Reason::Budget));
        assert_eq!(result[&3], (Outcome::Selected, Reason::Ranked));
    }

    #[test]
    fn slots_are_named_before_a_full_quota_and_a_full_quota_before_the_budget() {
        let entries = vec![
            in_subdivision(1, "90", "TN-11", 90_000),
            in_subdivision(2, "80", "TN-11", 90_000),
            in_subdivision(3, "70", "TN-12", 90_000),
        ];

        let quota_and_budget = outcomes(
            entries.clone(),
            &limits(100_000, 5, vec![quota("TN-11", None, Some(1))]),
        );
        let all_three = outcomes(
            entries,
            &limits(100_000, 1, vec![quota("TN-11", None, Some(1))]),
        );

        assert_eq!(quota_and_budget[&2], (Outcome::Waitlisted, Reason::Quota));
        assert_eq!(quota_and_budget[&3], (Outcome::Waitlisted, Reason::Budget));
        assert_eq!(all_three[&2], (Outcome::Waitlisted, Reason::Slots));
        assert_eq!(all_three[&3], (Outcome::Waitlisted, Reason::Slots));
    }

    #[test]
    fn minimum_quotas_are_honoured_before_the_ranking_is_walked() {
        let entries = vec![
            in_subdivision(1, "90", "TN-11", 10_000),
            in_subdivision(2, "85", "TN-11", 10_000),
            in_subdivision(3, "60", "TN-12", 10_000),
            in_subdivision(4, "55", "TN-12", 10_000),
        ];

        let result = outcomes(
            entries,
            &limits(1_000_000, 2, vec![quota("TN-12", Some(1), None)]),
        );

        assert_eq!(result[&3], (Outcome::Selected, Reason::MinimumQuota));
        assert_eq!(result[&1], (Outcome::Selected, Reason::Ranked));
        assert_eq!(result[&2], (Outcome::Waitlisted, Reason::Slots));
        assert_eq!(result[&4], (Outcome::Waitlisted, Reason::Slots));
    }

    #[test]
    fn a_minimum_quota_skips_a_request_that_does_not_fit_and_takes_the_next_of_its_subdivision() {
        let entries = vec![
            in_subdivision(1, "90", "TN-11", 30_000),
            in_subdivision(2, "80", "TN-12", 110_000),
            in_subdivision(3, "70", "TN-12", 40_000),
            in_subdivision(4, "65", "TN-12", 20_000),
        ];

        let result = outcomes(
            entries,
            &limits(100_000, 5, vec![quota("TN-12", Some(1), None)]),
        );

        assert_eq!(result[&3], (Outcome::Selected, Reason::MinimumQuota));
        assert_eq!(result[&1], (Outcome::Selected, Reason::Ranked));
        assert_eq!(result[&2], (Outcome::Waitlisted, Reason::Budget));
        assert_eq!(result[&4], (Outcome::Selected, Reason::Ranked));
    }

    #[test]
    fn a_minimum_quota_stops_at_its_minimum_and_respects_its_maximum() {
        let entries = vec![
            in_subdivision(1, "90", "TN-11", 10_000),
            in_subdivision(2, "60", "TN-12", 10_000),
            in_subdivision(3, "59", "TN-12", 10_000),
            in_subdivision(4, "58", "TN-12", 10_000),
        ];

        let capped = outcomes(
            entries.clone(),
            &limits(1_000_000, 3, vec![quota("TN-12", Some(3), Some(1))]),
        );
        let one = outcomes(
            entries,
            &limits(1_000_000, 3, vec![quota("TN-12", Some(1), None)]),
        );

        assert_eq!(capped[&2], (Outcome::Selected, Reason::MinimumQuota));
        assert_eq!(capped[&3], (Outcome::Waitlisted, Reason::Quota));
        assert_eq!(one[&2], (Outcome::Selected, Reason::MinimumQuota));
        assert_eq!(one[&3], (Outcome::Selected, Reason::Ranked));
        assert_eq!(one[&4], (Outcome::Waitlisted, Reason::Slots));
    }

    #[test]
    fn quota_codes_match_without_regard_to_case() {
        let entries = vec![
            in_subdivision(1, "90", "tn-11", 10_000),
            in_subdivision(2, "85", "Tn-11", 10_000),
            in_subdivision(3, "60", "tn-12", 10_000),
        ];

        let result = outcomes(
            entries,
            &limits(
                1_000_000,
                2,
                vec![quota("TN-11", None, Some(1)), quota("TN-12", Some(1), None)],
            ),
        );

        assert_eq!(result[&3], (Outcome::Selected, Reason::MinimumQuota));
        assert_eq!(result[&1], (Outcome::Selected, Reason::Ranked));
        assert_eq!(result[&2], (Outcome::Waitlisted, Reason::Slots));
    }

    #[test]
    fn the_proposal_follows_the_input_order_and_walks_in_rank_order_whatever_that_order() {
        let mut ranking = rank(
            vec![
                costing(1, "90", 60_000),
                costing(2, "80", 60_000),
                costing(3, "70", 30_000),
            ],
            &rules("abc"),
        );
        ranking.reverse();

        let proposed = propose(&ranking, &limits(100_000, 5, vec![]));

        let ids: Vec<Uuid> = proposed.iter().map(|p| p.application_id).collect();
        assert_eq!(
            ids,
            [Uuid::from_u128(3), Uuid::from_u128(2), Uuid::from_u128(1)]
        );
        let outcomes: Vec<Outcome> = proposed.iter().map(|p| p.outcome).collect();
        assert_eq!(
            outcomes,
            [Outcome::Selected, Outcome::Waitlisted, Outcome::Selected]
        );
    }

    #[test]
    fn bad_numbers_never_panic() {
        let entries = vec![
            costing(1, "90", i64::MAX),
            costing(2, "80", i64::MIN),
            costing(3, "70", 0),
            in_subdivision(4, "60", "TN-11", -5),
        ];
        let quotas = vec![
            quota("TN-11", Some(-3), Some(-1)),
            quota("TN-11", Some(i32::MAX), Some(i32::MAX)),
        ];

        for budget in [i64::MIN, -1, 0, i64::MAX] {
            let result = outcomes(entries.clone(), &limits(budget, usize::MAX, quotas.clone()));
            assert_eq!(
                result[&4],
                (Outcome::Waitlisted, Reason::Quota),
                "the tightest maximum holds"
            );
        }
        let generous = outcomes(entries, &limits(i64::MAX, usize::MAX, vec![]));
        assert_eq!(generous[&1], (Outcome::Selected, Reason::Ranked));
        assert_eq!(generous[&2], (Outcome::Selected, Reason::Ranked));
    }

    proptest! {
        #[test]
        fn the_proposal_never_exceeds_the_budget_the_slots_or_a_maximum_quota(
            entries in arb_entries(25),
            rules in arb_rules(),
            limits in arb_limits(),
        ) {
            let ranking = rank(entries, &rules);
            let proposed = propose(&ranking, &limits);
            let selected: Vec<&Entry> = ranking
                .iter()
                .zip(&proposed)
                .filter(|(_, p)| p.outcome == Outcome::Selected)
                .map(|(r, _)| &r.entry)
                .collect();
            assert_within_limits(&selected, &limits)?;
        }

        #[test]
        fn only_qualifying_applications_are_selected_or_waitlisted_and_each_has_a_true_reason(
            entries in arb_entries(25),
            rules in arb_rules(),
            limits in arb_limits(),
        ) {
            let ranking = rank(entries, &rules);
            let proposed = propose(&ranking, &limits);
            prop_assert_eq!(proposed.len(), ranking.len());
            for (ranked, p) in ranking.iter().zip(&proposed) {
                prop_assert_eq!(p.application_id, ranked.entry.application_id);
                match p.outcome {
                    Outcome::Selected => {
                        prop_assert!(ranked.rank.is_some());
                        let total = ranked.entry.total.unwrap();
                        prop_assert!(rules.min_total.is_none_or(|min| total >= min));
                        prop_assert!(matches!(p.reason, Reason::Ranked | Reason::MinimumQuota));
                    }
                    Outcome::Waitlisted => {
                        prop_assert!(ranked.rank.is_some());
                        prop_assert!(matches!(p.reason, Reason::Slots | Reason::Quota | Reason::Budget));
                    }
                    Outcome::NotSelected => {
                        prop_assert!(ranked.rank.is_none());
                        prop_assert_eq!(Some(p.reason), ranked.disqualification.map(Reason::of));
                    }
                }
            }
            // Waitlisted for slots means every slot went; a ranked selection means nothing better-ranked
            // that was waitlisted for slots.
            let selected = proposed.iter().filter(|p| p.outcome == Outcome::Selected).count();
            if proposed.iter().any(|p| p.reason == Reason::Slots) {
                prop_assert_eq!(selected, limits.slots);
            }
        }

        #[test]
        fn the_same_data_and_seed_give_the_same_proposal_whatever_the_input_order(
            (entries, shuffled) in arb_entries(25).prop_flat_map(|e| (Just(e.clone()), Just(e).prop_shuffle())),
            rules in arb_rules(),
            limits in arb_limits(),
        ) {
            let by_id = |entries: Vec<Entry>| {
                let ranking = rank(entries, &rules);
                propose(&ranking, &limits).into_iter().map(|p| (p.application_id, (p.outcome, p.reason))).collect::<HashMap<_, _>>()
            };
            let first = by_id(entries.clone());
            prop_assert_eq!(&first, &by_id(entries));
            prop_assert_eq!(&first, &by_id(shuffled));
        }

        #[test]
        fn a_reachable_minimum_quota_is_met_when_money_and_slots_are_plentiful(
            entries in arb_entries(25),
            rules in arb_rules(),
            min in 0_i32..=3,
        ) {
            let limits = limits(i64::MAX, 100, vec![quota("TN-12", Some(min), None), quota("TN-11", None, Some(0))]);
            let ranking = rank(entries, &rules);
            let proposed = propose(&ranking, &limits);
            let of_tn12 = |r: &Ranked| r.entry.subdivision.as_deref().is_some_and(|s| s.eq_ignore_ascii_case("tn-12"));
            let qualifying = ranking.iter().filter(|r| r.rank.is_some() && of_tn12(r)).count();
            let by_quota = proposed.iter().filter(|p| p.reason == Reason::MinimumQuota).count();
            prop_assert_eq!(by_quota, qualifying.min(min as usize));
        }
    }
}
