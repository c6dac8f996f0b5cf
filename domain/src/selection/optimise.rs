//! The selection that maximises the sum of ranked totals within the budget, the slots and the maximum quotas,
//! shown beside the greedy proposal so that the committee decides knowingly. Exact by branch and bound for
//! realistic sizes; past a search limit it returns the best selection found, which is never worse than the
//! greedy one, and says it is not proven optimal. Pure: no I/O.

use std::collections::HashMap;
use std::iter::Sum;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use uuid::Uuid;

use super::proposal::{Limits, Outcome, QuotaCaps, propose};
use super::ranking::Ranked;

/// The best selection found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Optimal {
    /// Selected applications, in rank order.
    pub selected: Vec<Uuid>,
    /// Sum of their ranked totals.
    pub total_score: Decimal,
    /// Sum of their requests in minor units.
    pub cost_minor: i64,
    /// Whether the search finished, so that no better selection exists.
    pub proven: bool,
}

/// Searches for the qualifying applications whose totals sum highest within the limits (minimum quotas are
/// not imposed). Among equal sums it prefers the selection that is best in rank order.
pub fn optimise(ranking: &[Ranked], limits: &Limits) -> Optimal {
    optimise_within(ranking, limits, NODE_LIMIT).0
}

/// Why 2 million: a node costs a few dozen passes over the candidates (the budget bound's search for its
/// price), some microseconds at the 60 or so qualifying applications of a large call, so the worst case stays
/// within seconds. Realistic calls finish in a few hundred to a few thousand nodes, because the greedy
/// incumbent and the bounds prune nearly everything; the limit is for adversarial data (many applications
/// with the same total), where the best selection found is still returned, unproven.
const NODE_LIMIT: u64 = 2_000_000;

/// Golden-section steps when pricing the budget: 20 narrow the price to 1/15 000 of its range, past which a
/// tighter bound rarely prunes more than it costs.
const GOLDEN_STEPS: usize = 20;

/// The search with a given node limit, and the nodes it visited.
fn optimise_within(ranking: &[Ranked], limits: &Limits, node_limit: u64) -> (Optimal, u64) {
    let caps = QuotaCaps::new(&limits.quotas);
    let mut group_of_key: HashMap<String, usize> = HashMap::new();
    let mut group_caps = Vec::new();
    let mut items = Vec::new();
    for (index, ranked) in ranking.iter().enumerate() {
        let (Some(rank), Some(total)) = (ranked.rank, ranked.entry.total) else {
            continue;
        };
        let group = caps
            .capped_key(ranked.entry.subdivision.as_deref())
            .map(|key| {
                let cap = caps.cap(&key).unwrap_or(0);
                *group_of_key.entry(key).or_insert_with(|| {
                    group_caps.push(cap);
                    group_caps.len() - 1
                })
            });
        items.push(Item {
            index,
            rank,
            total,
            cost: i128::from(ranked.entry.requested_minor),
            group,
        });
    }
    items.sort_by_key(|item| (item.rank, item.index));

    let mut search = Search::new(items, group_caps, limits, node_limit);
    let greedy = greedy_selection(ranking, limits, &search.items);
    let start = if search.feasible(&greedy) {
        greedy
    } else {
        vec![false; search.items.len()]
    };
    let best = search.best_selection(start);

    let chosen: Vec<&Item> = search
        .items
        .iter()
        .zip(&best)
        .filter_map(|(item, &on)| on.then_some(item))
        .collect();
    let cost: i128 = chosen.iter().map(|item| item.cost).sum();
    let optimal = Optimal {
        selected: chosen
            .iter()
            .map(|item| ranking[item.index].entry.application_id)
            .collect(),
        total_score: chosen.iter().map(|item| item.total).sum(),
        cost_minor: i64::try_from(cost).unwrap_or(if cost < 0 { i64::MIN } else { i64::MAX }),
        proven: !search.stopped,
    };
    (optimal, search.nodes)
}

/// The greedy proposal's selection, as flags over the search's items.
fn greedy_selection(ranking: &[Ranked], limits: &Limits, items: &[Item]) -> Vec<bool> {
    let selected: Vec<bool> = propose(ranking, limits)
        .iter()
        .map(|proposed| proposed.outcome == Outcome::Selected)
        .collect();
    items
        .iter()
        .map(|item| selected.get(item.index).copied().unwrap_or(false))
        .collect()
}

/// A qualifying application as the search sees it.
#[derive(Debug, Clone)]
struct Item {
    /// Index into the ranking.
    index: usize,
    rank: usize,
    total: Decimal,
    /// Sums of i64 requests cannot overflow i128.
    cost: i128,
    /// Its capped subdivision, as an index into the caps.
    group: Option<usize>,
}

/// What a descent looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Goal {
    /// A selection summing more than the incumbent.
    Improve,
    /// Any selection summing at least this much.
    Reach(Decimal),
}

/// Depth-first branch and bound, including before excluding. Items are kept in rank order, in which
/// selections are compared for the tie rule; a descent decides them in another order (`order`), by value per
/// unit of cost, which meets selections that use the budget well early.
struct Search {
    items: Vec<Item>,
    group_caps: Vec<usize>,
    budget: i128,
    slots: usize,
    node_limit: u64,
    /// Every item by value per unit of cost (ties in rank order).
    by_value_per_cost: Vec<usize>,
    /// Items by total, descending, for the slot bound.
    by_total: Vec<usize>,
    /// Whether bad data holds a negative request, which could free money for items that do not fit now.
    has_negative_cost: bool,
    /// The order in which the current descent decides items: depth `d` decides `order[d]`.
    order: Vec<usize>,
    /// The depth at which each item is decided: an item whose depth is below the current one is decided.
    depth_of: Vec<usize>,
    /// Sum of the negative costs decided at depth d or later, so that a bad-data negative request that could
    /// bring an over-budget selection back within budget is not cut off.
    negative_after: Vec<i128>,
    goal: Goal,
    chosen: Vec<bool>,
    sum: Decimal,
    cost: i128,
    count: usize,
    group_counts: Vec<usize>,
    best: Vec<bool>,
    best_sum: Decimal,
    /// What a `Reach` descent found.
    found: Option<Vec<bool>>,
    nodes: u64,
    /// The node limit was hit: nothing is proven.
    stopped: bool,
    /// Reused by the budget bound, which runs at every node.
    scratch: Vec<(f64, Option<usize>)>,
}

impl Search {
    fn new(items: Vec<Item>, group_caps: Vec<usize>, limits: &Limits, node_limit: u64) -> Search {
        let n = items.len();
        let mut by_total: Vec<usize> = (0..n).collect();
        by_total.sort_by(|&a, &b| items[b].total.cmp(&items[a].total).then(a.cmp(&b)));
        // Free items first. f64 is enough here: the order only steers the search, it decides nothing.
        let value_per_cost = |item: &Item| {
            if item.cost <= 0 {
                f64::INFINITY
            } else {
                to_f64(item.total) / item.cost as f64
            }
        };
        let mut by_value_per_cost: Vec<usize> = (0..n).collect();
        by_value_per_cost.sort_by(|&a, &b| {
            value_per_cost(&items[b])
                .total_cmp(&value_per_cost(&items[a]))
                .then(a.cmp(&b))
        });
        let has_negative_cost = items.iter().any(|item| item.cost < 0);
        let groups = group_caps.len();
        Search {
            items,
            group_caps,
            budget: i128::from(limits.budget_minor),
            slots: limits.slots,
            node_limit,
            by_value_per_cost,
            by_total,
            has_negative_cost,
            order: Vec::with_capacity(n),
            depth_of: vec![0; n],
            negative_after: vec![0; n + 1],
            goal: Goal::Improve,
            chosen: vec![false; n],
            sum: Decimal::ZERO,
            cost: 0,
            count: 0,
            group_counts: vec![0; groups],
            best: vec![false; n],
            best_sum: Decimal::ZERO,
            found: None,
            nodes: 0,
            stopped: false,
            scratch: Vec::with_capacity(n),
        }
    }

    /// The highest sum first, proven by a descent that only looks for strictly better selections (so that
    /// equal sums never stop pruning); then the earliest selection in rank order with that sum, decided item
    /// by item in rank order: take the item if some selection with the best sum agrees with what is decided
    /// so far and has it. `witness` is such a selection, so an item it has needs no search.
    fn best_selection(&mut self, start: Vec<bool>) -> Vec<bool> {
        self.best_sum = self.sum_of(&start);
        self.best = start;
        self.decide_first(0);
        self.goal = Goal::Improve;
        self.descend(0);
        if self.stopped {
            return self.best.clone();
        }

        let target = self.best_sum;
        let mut witness = self.best.clone();
        for j in 0..self.items.len() {
            if witness[j] {
                continue;
            }
            let mut fixed = witness[..j].to_vec();
            fixed.push(true);
            if let Some(found) = self.reach(&fixed, target) {
                witness = found;
            }
            if self.stopped {
                break;
            }
        }
        witness
    }

    /// Searches for a selection summing at least `target` that makes the first items' decisions `fixed`.
    fn reach(&mut self, fixed: &[bool], target: Decimal) -> Option<Vec<bool>> {
        self.clear();
        self.decide_first(fixed.len());
        for (j, &on) in fixed.iter().enumerate() {
            if on {
                self.set(j, true);
            }
        }
        // Checked as a whole, not item by item: with a negative request (bad data) a prefix of a feasible
        // selection may be over budget on its way.
        let within_caps = self
            .group_counts
            .iter()
            .zip(&self.group_caps)
            .all(|(count, cap)| count <= cap);
        if self.count > self.slots
            || !within_caps
            || self.cost + self.negative_after[fixed.len()] > self.budget
        {
            return None;
        }
        self.goal = Goal::Reach(target);
        self.found = None;
        self.descend(fixed.len());
        self.found.take()
    }

    fn clear(&mut self) {
        self.chosen.fill(false);
        self.sum = Decimal::ZERO;
        self.cost = 0;
        self.count = 0;
        self.group_counts.fill(0);
    }

    /// Orders a descent: the first `fixed` items (in rank order) are decided before it starts, the others by
    /// value per unit of cost.
    fn decide_first(&mut self, fixed: usize) {
        self.order.clear();
        self.order.extend(0..fixed);
        self.order.extend(
            self.by_value_per_cost
                .iter()
                .copied()
                .filter(|&j| j >= fixed),
        );
        for (depth, &j) in self.order.iter().enumerate() {
            self.depth_of[j] = depth;
        }
        for depth in (0..self.order.len()).rev() {
            self.negative_after[depth] =
                self.negative_after[depth + 1] + self.items[self.order[depth]].cost.min(0);
        }
    }

    fn descend(&mut self, depth: usize) {
        if self.stopped || self.found.is_some() {
            return;
        }
        self.nodes += 1;
        if self.nodes > self.node_limit {
            self.stopped = true;
            return;
        }
        // Every node is itself a selection: the decided items, with the undecided left out.
        if self.cost <= self.budget {
            match self.goal {
                Goal::Improve if self.sum > self.best_sum => {
                    self.best.clone_from(&self.chosen);
                    self.best_sum = self.sum;
                }
                Goal::Reach(target) if self.sum >= target => {
                    self.found = Some(self.chosen.clone());
                    return;
                }
                _ => {}
            }
        }
        if depth == self.items.len() || self.count >= self.slots || !self.promising(depth) {
            return;
        }
        let i = self.order[depth];
        if self.can_include(i, depth) {
            self.set(i, true);
            self.descend(depth + 1);
            self.set(i, false);
        }
        self.descend(depth + 1);
    }

    fn set(&mut self, i: usize, on: bool) {
        let item = &self.items[i];
        self.chosen[i] = on;
        if on {
            self.sum += item.total;
            self.cost += item.cost;
            self.count += 1;
            if let Some(group) = item.group {
                self.group_counts[group] += 1;
            }
        } else {
            self.sum -= item.total;
            self.cost -= item.cost;
            self.count -= 1;
            if let Some(group) = item.group {
                self.group_counts[group] -= 1;
            }
        }
    }

    fn group_full(&self, item: &Item) -> bool {
        item.group
            .is_some_and(|group| self.group_counts[group] >= self.group_caps[group])
    }

    /// Whether item `i`, decided at `depth`, may join the current selection.
    fn can_include(&self, i: usize, depth: usize) -> bool {
        let item = &self.items[i];
        self.count < self.slots
            && !self.group_full(item)
            && self.cost + item.cost + self.negative_after[depth + 1] <= self.budget
    }

    /// Whether an item undecided at `depth` could still join and add to the sum: an item over the whole of
    /// what is left of the budget never can (unless negative requests could free money).
    fn could_join(&self, j: usize, depth: usize, available: i128) -> bool {
        let item = &self.items[j];
        self.depth_of[j] >= depth
            && item.total > Decimal::ZERO
            && !self.group_full(item)
            && (self.has_negative_cost || item.cost <= available)
    }

    /// Whether a completion of the decisions above `depth` could meet the goal.
    fn promising(&mut self, depth: usize) -> bool {
        let available = self.budget - self.cost;
        let slot_bound = self.sum
            + within_caps(
                self.by_total
                    .iter()
                    .filter(|&&j| self.could_join(j, depth, available))
                    .map(|&j| (self.items[j].total, self.items[j].group)),
                self.room(),
                self.slots - self.count,
            );
        let (enough, threshold) = match self.goal {
            Goal::Improve => (slot_bound > self.best_sum, self.best_sum),
            Goal::Reach(target) => (slot_bound >= target, target),
        };
        // The budget bound is in f64 and widened, so it never prunes a tie: it is compared loosely and the
        // exact slot bound above decides ties.
        enough && self.budget_bound(depth, available) >= to_f64(threshold)
    }

    /// Places left per capped subdivision.
    fn room(&self) -> Vec<usize> {
        self.group_caps
            .iter()
            .zip(&self.group_counts)
            .map(|(cap, count)| cap.saturating_sub(*count))
            .collect()
    }

    /// A bound that also counts the budget: the Lagrangian relaxation of the budget constraint. For any price
    /// `mu` per unit of money, `mu * available` plus the best selection within slots and quotas of totals less
    /// `mu * cost` bounds every feasible completion (negative requests included); its minimum over `mu` is
    /// the linear relaxation with every constraint. Any `mu` is sound, so the golden-section search for the
    /// minimum (the function is convex) only costs pruning power when it stops short. Computed in f64 and
    /// widened by a margin, so that rounding can only loosen it.
    fn budget_bound(&mut self, depth: usize, available: i128) -> f64 {
        let candidates: Vec<(f64, f64, Option<usize>)> = (0..self.items.len())
            .filter(|&j| self.could_join(j, depth, available))
            .map(|j| {
                let item = &self.items[j];
                (to_f64(item.total), item.cost as f64, item.group)
            })
            .collect();
        let base = to_f64(self.sum);
        let available = available as f64;
        let room = self.room();
        let slots_left = self.slots - self.count;
        let scratch = &mut self.scratch;
        let mut at = |mu: f64| {
            scratch.clear();
            scratch.extend(candidates.iter().filter_map(|&(total, cost, group)| {
                let value = total - mu * cost;
                (value > 0.0).then_some((value, group))
            }));
            scratch.sort_by(|a, b| b.0.total_cmp(&a.0));
            let gained: f64 = within_caps(scratch.iter().copied(), room.clone(), slots_left);
            let priced = mu * available;
            base + priced + gained + (base.abs() + priced.abs() + gained) * 1e-9 + 1e-9
        };
        // Past the highest value per unit of cost every positive-cost candidate is worth nothing, and the
        // bound only grows with `mu`.
        let ceiling = candidates
            .iter()
            .filter(|(_, cost, _)| *cost > 0.0)
            .map(|(total, cost, _)| total / cost)
            .fold(0.0_f64, f64::max);
        let ratio = (5.0_f64.sqrt() - 1.0) / 2.0;
        let (mut low, mut high) = (0.0, ceiling);
        let mut best = at(low).min(at(high));
        let (mut left, mut right) = (high - ratio * (high - low), low + ratio * (high - low));
        let (mut at_left, mut at_right) = (at(left), at(right));
        for _ in 0..GOLDEN_STEPS {
            best = best.min(at_left).min(at_right);
            if at_left <= at_right {
                high = right;
                right = left;
                at_right = at_left;
                left = high - ratio * (high - low);
                at_left = at(left);
            } else {
                low = left;
                left = right;
                at_left = at_right;
                right = low + ratio * (high - low);
                at_right = at(right);
            }
        }
        best.min(at_left).min(at_right)
    }

    fn feasible(&self, chosen: &[bool]) -> bool {
        let mut cost = 0_i128;
        let mut count = 0;
        let mut groups = vec![0_usize; self.group_caps.len()];
        for item in self
            .items
            .iter()
            .zip(chosen)
            .filter_map(|(item, &on)| on.then_some(item))
        {
            cost += item.cost;
            count += 1;
            if let Some(group) = item.group {
                groups[group] += 1;
            }
        }
        cost <= self.budget
            && count <= self.slots
            && groups.iter().zip(&self.group_caps).all(|(n, cap)| n <= cap)
    }

    fn sum_of(&self, chosen: &[bool]) -> Decimal {
        self.items
            .iter()
            .zip(chosen)
            .filter_map(|(item, &on)| on.then_some(item.total))
            .sum()
    }
}

/// The sum of the values, taken best first, that the slots and maximum quotas let in. Those limits form a
/// laminar matroid, for which taking greedily is the exact best; that makes the slot bound tight.
fn within_caps<V: Copy + Sum>(
    best_first: impl Iterator<Item = (V, Option<usize>)>,
    mut room: Vec<usize>,
    slots_left: usize,
) -> V {
    best_first
        .filter(|&(_, group)| match group {
            Some(group) if room[group] == 0 => false,
            Some(group) => {
                room[group] -= 1;
                true
            }
            None => true,
        })
        .take(slots_left)
        .map(|(value, _)| value)
        .sum()
}

fn to_f64(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::selection::proposal::Outcome;
    use crate::selection::ranking::testing::{
        arb_entries, arb_limits, arb_rules, assert_within_limits, dec, entry, limits, quota, rules,
    };
    use crate::selection::ranking::{Entry, rank};

    fn costing(n: u128, total: &str, requested_minor: i64, subdivision: Option<&str>) -> Entry {
        let mut e = entry(n, total);
        e.requested_minor = requested_minor;
        e.subdivision = subdivision.map(str::to_owned);
        e
    }

    fn numbers(optimal: &Optimal) -> Vec<u128> {
        optimal.selected.iter().map(|id| id.as_u128()).collect()
    }

    fn greedy_total(ranking: &[Ranked], limits: &Limits) -> Decimal {
        ranking
            .iter()
            .zip(propose(ranking, limits))
            .filter(|(_, p)| p.outcome == Outcome::Selected)
            .filter_map(|(r, _)| r.entry.total)
            .sum()
    }

    #[test]
    fn the_optimiser_fills_the_budget_better_than_the_greedy_walk() {
        let ranking = rank(
            vec![
                costing(1, "90", 60_000, None),
                costing(2, "80", 50_000, None),
                costing(3, "75", 50_000, None),
            ],
            &rules("abc"),
        );
        let limits = limits(100_000, 5, vec![]);

        let optimal = optimise(&ranking, &limits);

        assert_eq!(greedy_total(&ranking, &limits), dec("90"));
        assert_eq!(numbers(&optimal), [2, 3]);
        assert_eq!(optimal.total_score, dec("155"));
        assert_eq!(optimal.cost_minor, 100_000);
        assert!(optimal.proven);
    }

    #[test]
    fn among_equal_sums_the_selection_with_the_best_ranked_application_wins_even_over_the_greedy_one()
     {
        // The minimum quota makes the greedy walk take 2 and 3 (80 together); 1 alone is worth as much and
        // ranks first, and the optimiser imposes no minimum.
        let ranking = rank(
            vec![
                costing(1, "80", 100_000, Some("TN-11")),
                costing(2, "40", 50_000, Some("TN-12")),
                costing(3, "40", 50_000, Some("TN-12")),
            ],
            &rules("abc"),
        );
        let limits = limits(100_000, 5, vec![quota("TN-12", Some(1), None)]);

        let optimal = optimise(&ranking, &limits);

        assert_eq!(greedy_total(&ranking, &limits), dec("80"));
        assert_eq!(numbers(&optimal), [1]);
        assert_eq!(optimal.total_score, dec("80"));
    }

    #[test]
    fn the_optimiser_respects_maximum_quotas_and_slots() {
        let ranking = rank(
            vec![
                costing(1, "90", 10_000, Some("TN-11")),
                costing(2, "85", 10_000, Some("tn-11")),
                costing(3, "80", 10_000, Some("TN-11")),
                costing(4, "50", 10_000, Some("TN-12")),
                costing(5, "40", 10_000, None),
            ],
            &rules("abc"),
        );

        let optimal = optimise(
            &ranking,
            &limits(1_000_000, 3, vec![quota("TN-11", None, Some(2))]),
        );

        assert_eq!(numbers(&optimal), [1, 2, 4]);
        assert_eq!(optimal.total_score, dec("225"));
        assert_eq!(optimal.cost_minor, 30_000);
    }

    #[test]
    fn nothing_to_select_gives_an_empty_proven_selection() {
        let mut ineligible = entry(1, "90");
        ineligible.eligible = false;
        let ranking = rank(vec![ineligible], &rules("abc"));

        let optimal = optimise(&ranking, &limits(1_000_000, 3, vec![]));

        assert_eq!(
            optimal,
            Optimal {
                selected: vec![],
                total_score: Decimal::ZERO,
                cost_minor: 0,
                proven: true
            }
        );
    }

    /// Sixty applications like a large call's: totals to two decimals, requests of 20 000 to 150 000 in
    /// major units, three subdivisions with maximums.
    fn large_call(seed: u64) -> Vec<Entry> {
        let mut state = seed;
        let mut next = move |bound: u64| {
            // xorshift: reproducible without a dependency.
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % bound
        };
        (1..=60)
            .map(|n| {
                let total = Decimal::new(5_000 + next(4_500) as i64, 2);
                let requested = (20_000 + next(130_000) as i64) * 100;
                let code = ["TN-11", "TN-12", "TN-13"][next(3) as usize];
                let mut e = costing(n, "0", requested, Some(code));
                e.total = Some(total);
                e
            })
            .collect()
    }

    #[test]
    fn sixty_qualifying_applications_are_proven_optimal_well_within_the_limit() {
        let quotas = vec![
            quota("TN-11", None, Some(8)),
            quota("TN-12", None, Some(6)),
            quota("TN-13", Some(2), None),
        ];
        for seed in [1, 7, 2026, 99_991] {
            let ranking = rank(large_call(seed), &rules("abc"));
            // Budget binding, slots binding, and both at once.
            for (budget, slots) in [
                (150_000_000, 60),
                (1_000_000_000, 12),
                (200_000_000, 20),
                (300_000_000, 20),
            ] {
                let limits = limits(budget, slots, quotas.clone());

                let (optimal, _) = optimise_within(&ranking, &limits, 200_000);

                assert!(
                    optimal.proven,
                    "seed {seed}, budget {budget}, slots {slots}"
                );
                assert!(optimal.total_score >= greedy_total(&ranking, &limits));
            }
        }
    }

    #[test]
    fn sixty_applications_with_tied_totals_are_proven_optimal_within_the_limit() {
        let mut flat = large_call(11);
        for e in &mut flat {
            e.total = Some(dec("70"));
        }
        let mut few = large_call(12);
        for (i, e) in few.iter_mut().enumerate() {
            e.total = Some(dec(["60", "70", "80"][i % 3]));
            e.requested_minor = [5_000_000, 8_000_000, 10_000_000][(i / 3) % 3];
        }
        let quotas = vec![quota("TN-11", None, Some(8)), quota("TN-12", None, Some(6))];
        for entries in [flat, few] {
            let ranking = rank(entries, &rules("abc"));
            for (budget, slots) in [(150_000_000, 60), (1_000_000_000, 12), (100_000_000, 60)] {
                let limits = limits(budget, slots, quotas.clone());

                let (optimal, nodes) = optimise_within(&ranking, &limits, NODE_LIMIT);

                assert!(
                    optimal.proven && nodes < 100_000,
                    "budget {budget}, slots {slots}: {nodes} nodes"
                );
            }
        }
    }

    #[test]
    fn a_search_cut_short_is_not_proven_and_no_worse_than_the_greedy_proposal() {
        // This one takes thousands of nodes to prove.
        let ranking = rank(large_call(7), &rules("abc"));
        let limits = limits(
            150_000_000,
            60,
            vec![quota("TN-11", None, Some(8)), quota("TN-12", None, Some(6))],
        );

        let (optimal, _) = optimise_within(&ranking, &limits, 10);

        assert!(!optimal.proven);
        assert!(optimal.total_score >= greedy_total(&ranking, &limits));
    }

    /// The best selection by exhaustion: highest sum, then earliest in rank order.
    fn brute_force(ranking: &[Ranked], limits: &Limits) -> (Decimal, Vec<Uuid>) {
        let mut qualifying: Vec<&Ranked> = ranking.iter().filter(|r| r.rank.is_some()).collect();
        qualifying.sort_by_key(|r| r.rank);
        let mut best: Option<(Decimal, Vec<bool>)> = None;
        for mask in 0_u32..(1 << qualifying.len()) {
            let flags: Vec<bool> = (0..qualifying.len())
                .map(|i| mask & (1 << i) != 0)
                .collect();
            let chosen: Vec<&Entry> = qualifying
                .iter()
                .zip(&flags)
                .filter(|(_, on)| **on)
                .map(|(r, _)| &r.entry)
                .collect();
            if assert_within_limits(&chosen, limits).is_err() {
                continue;
            }
            let sum: Decimal = chosen.iter().filter_map(|e| e.total).sum();
            let better = match &best {
                None => true,
                Some((best_sum, best_flags)) => {
                    sum > *best_sum
                        || (sum == *best_sum
                            && flags
                                .iter()
                                .zip(best_flags)
                                .find(|(a, b)| a != b)
                                .is_some_and(|(a, _)| *a))
                }
            };
            if better {
                best = Some((sum, flags));
            }
        }
        let (sum, flags) = best.unwrap_or_default();
        let ids = qualifying
            .iter()
            .zip(&flags)
            .filter(|(_, on)| **on)
            .map(|(r, _)| r.entry.application_id)
            .collect();
        (sum, ids)
    }

    proptest! {
        #[test]
        fn the_optimised_selection_is_feasible_and_never_below_the_greedy_total(
            entries in arb_entries(25),
            rules in arb_rules(),
            limits in arb_limits(),
        ) {
            let ranking = rank(entries, &rules);
            let optimal = optimise(&ranking, &limits);
            let chosen: Vec<&Entry> = optimal
                .selected
                .iter()
                .map(|id| &ranking.iter().find(|r| r.entry.application_id == *id).unwrap().entry)
                .collect();
            assert_within_limits(&chosen, &limits)?;
            prop_assert!(ranking.iter().filter(|r| optimal.selected.contains(&r.entry.application_id)).all(|r| r.rank.is_some()));
            prop_assert_eq!(optimal.total_score, chosen.iter().filter_map(|e| e.total).sum::<Decimal>());
            prop_assert_eq!(optimal.cost_minor, chosen.iter().map(|e| e.requested_minor).sum::<i64>());
            prop_assert!(optimal.total_score >= greedy_total(&ranking, &limits));
            prop_assert!(optimal.proven);
        }

        #[test]
        fn a_search_cut_short_anywhere_still_returns_a_feasible_selection_no_worse_than_greedy(
            entries in arb_entries(25),
            rules in arb_rules(),
            limits in arb_limits(),
            node_limit in 1_u64..300,
        ) {
            let ranking = rank(entries, &rules);
            let (optimal, _) = optimise_within(&ranking, &limits, node_limit);
            let chosen: Vec<&Entry> = optimal
                .selected
                .iter()
                .map(|id| &ranking.iter().find(|r| r.entry.application_id == *id).unwrap().entry)
                .collect();
            assert_within_limits(&chosen, &limits)?;
            prop_assert!(optimal.total_score >= greedy_total(&ranking, &limits));
            if optimal.proven {
                prop_assert_eq!(optimal, optimise(&ranking, &limits));
            }
        }

        #[test]
        fn on_small_calls_the_optimiser_finds_the_brute_force_best(
            entries in arb_entries(10),
            rules in arb_rules(),
            limits in arb_limits(),
        ) {
            let ranking = rank(entries, &rules);
            let optimal = optimise(&ranking, &limits);
            let (sum, selected) = brute_force(&ranking, &limits);
            prop_assert_eq!(optimal.total_score, sum);
            prop_assert_eq!(optimal.selected, selected);
        }
    }
}
