//! The selection that maximises the sum of ranked totals within the budget, the slots and the maximum quotas,
//! shown beside the greedy proposal so that the committee decides knowingly. Exact by branch and bound where
//! a time budget allows; when the budget runs out it returns the best selection found, which is never worse
//! than the greedy one, with how far below the best possible it can be at most (the gap). Pure: no I/O.
//!
//! Every bound here costs one pass over presorted candidates, never a sort per node: the slot bound walks the
//! items by total, the budget bound by value per unit of cost (Dantzig's fractional knapsack), and the
//! combined bound by total less cost at one price of money, chosen once at the root (the Lagrangian
//! relaxation of the budget; any price gives a valid bound).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use rust_decimal::Decimal;
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};
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
    /// How far below the best possible sum `total_score` can be at most, rounded up to two decimals; zero
    /// once the sum is proven.
    pub gap: Decimal,
}

/// Searches, for at most `time_budget`, for the qualifying applications whose totals sum highest within the
/// limits (minimum quotas are not imposed). Among equal sums it prefers the selection that is best in rank
/// order.
pub fn optimise(ranking: &[Ranked], limits: &Limits, time_budget: Duration) -> Optimal {
    optimise_within(
        ranking,
        limits,
        Stop {
            deadline: Instant::now().checked_add(time_budget),
            node_limit: u64::MAX,
        },
    )
    .0
}

/// When a search gives up: at a moment, or after a number of nodes (which tests use, being repeatable).
#[derive(Debug, Clone, Copy)]
struct Stop {
    deadline: Option<Instant>,
    node_limit: u64,
}

/// Nodes between two looks at the clock: reading it costs about as much as a small node.
const CLOCK_EVERY: u64 = 256;

/// Golden-section steps when pricing the budget at the root: 20 narrow the price to 1/15 000 of its range,
/// past which a tighter bound rarely prunes more than it costs.
const GOLDEN_STEPS: usize = 20;

/// The search with a stopping rule, and the nodes it visited.
fn optimise_within(ranking: &[Ranked], limits: &Limits, stop: Stop) -> (Optimal, u64) {
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
            value: to_f64(total),
            cost: i128::from(ranked.entry.requested_minor),
            group,
        });
    }
    items.sort_by_key(|item| (item.rank, item.index));
    // Without negative requests (bad data) an application over the whole budget can never be selected, and
    // leaving it out changes no comparison between the others.
    let budget = i128::from(limits.budget_minor);
    if items.iter().all(|item| item.cost >= 0) {
        items.retain(|item| item.cost <= budget);
    }

    let mut search = Search::new(items, group_caps, limits, stop);
    let greedy = greedy_selection(ranking, limits, &search.items);
    let start = if search.feasible(&greedy) {
        greedy
    } else {
        vec![false; search.items.len()]
    };
    let (best, proven) = search.best_selection(start);

    let chosen: Vec<&Item> = search
        .items
        .iter()
        .zip(&best)
        .filter_map(|(item, &on)| on.then_some(item))
        .collect();
    let cost: i128 = chosen.iter().map(|item| item.cost).sum();
    let total_score: Decimal = chosen.iter().map(|item| item.total).sum();
    let gap = if search.sum_proven {
        Decimal::ZERO
    } else {
        gap_between(search.root_bound, total_score)
    };
    let optimal = Optimal {
        selected: chosen
            .iter()
            .map(|item| ranking[item.index].entry.application_id)
            .collect(),
        total_score,
        cost_minor: i64::try_from(cost).unwrap_or(if cost < 0 { i64::MIN } else { i64::MAX }),
        proven,
        gap,
    };
    (optimal, search.nodes)
}

/// The distance from a sum to an upper bound, rounded up to two decimals so that it never understates.
fn gap_between(bound: f64, sum: Decimal) -> Decimal {
    let gap = bound - to_f64(sum);
    // NaN (from an unusable bound) counts as no gap known beyond the sum.
    if gap.is_nan() || gap <= 0.0 {
        return Decimal::ZERO;
    }
    Decimal::from_f64(gap)
        .unwrap_or(Decimal::MAX)
        .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::AwayFromZero)
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
    /// The total in f64, for the bounds that only steer or are widened.
    value: f64,
    /// Sums of i64 requests cannot overflow i128.
    cost: i128,
    /// Its capped subdivision, as an index into the caps.
    group: Option<usize>,
}

impl Item {
    /// Value per unit of cost; free (or bad-data negative) requests first. f64 is enough: the order only
    /// steers the search and the bound built on it is widened.
    fn value_per_cost(&self) -> f64 {
        if self.cost <= 0 {
            f64::INFINITY
        } else {
            self.value / self.cost as f64
        }
    }

    /// The same application under another name: neither the search nor the limits can tell them apart.
    fn twin_of(&self, other: &Item) -> bool {
        self.total == other.total && self.cost == other.cost && self.group == other.group
    }
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
/// selections are compared for the tie rule; a descent decides them in another order (`order`, by value per
/// unit of cost), which meets selections that use the budget well early. The first `fixed` items in rank
/// order are decided before a descent starts and skipped by it.
struct Search {
    items: Vec<Item>,
    group_caps: Vec<usize>,
    budget: i128,
    slots: usize,
    stop: Stop,
    /// Every item by value per unit of cost, twins side by side (ties in rank order).
    order: Vec<usize>,
    /// Each item's place in `order`.
    place: Vec<usize>,
    /// Whether the item just before in `order` is its twin: then, among undecided twins, only selections
    /// that take the first ones need searching.
    twin_before: Vec<bool>,
    /// Items by total, descending, for the slot bound.
    by_total: Vec<usize>,
    /// The root's price of money, and the items by total less that price times their cost, descending.
    price: f64,
    by_priced: Vec<(f64, usize)>,
    /// Whether bad data holds a negative request, which could free money for items that do not fit now.
    has_negative_cost: bool,
    /// Sum of the negative costs of undecided items at each place of `order` or later, so that a bad-data
    /// negative request that could bring an over-budget selection back within budget is not cut off.
    negative_after: Vec<i128>,
    fixed: usize,
    goal: Goal,
    chosen: Vec<bool>,
    sum: Decimal,
    sum_f64: f64,
    cost: i128,
    count: usize,
    group_counts: Vec<usize>,
    best: Vec<bool>,
    best_sum: Decimal,
    /// What a `Reach` descent found.
    found: Option<Vec<bool>>,
    nodes: u64,
    /// The stopping rule struck: nothing further is proven.
    stopped: bool,
    /// Whether the best sum is proven (the first phase finished).
    sum_proven: bool,
    /// An upper bound on every feasible sum, from the root.
    root_bound: f64,
    /// Reused by the slot bounds, which run at every node.
    room: Vec<usize>,
}

impl Search {
    fn new(items: Vec<Item>, group_caps: Vec<usize>, limits: &Limits, stop: Stop) -> Search {
        let n = items.len();
        let mut by_total: Vec<usize> = (0..n).collect();
        by_total.sort_by(|&a, &b| items[b].total.cmp(&items[a].total).then(a.cmp(&b)));
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by(|&a, &b| {
            let (x, y) = (&items[a], &items[b]);
            y.value_per_cost()
                .total_cmp(&x.value_per_cost())
                .then(y.total.cmp(&x.total))
                .then(x.cost.cmp(&y.cost))
                .then(x.group.cmp(&y.group))
                .then(a.cmp(&b))
        });
        let mut place = vec![0; n];
        for (at, &i) in order.iter().enumerate() {
            place[i] = at;
        }
        let twin_before = (0..n)
            .map(|at| at > 0 && items[order[at]].twin_of(&items[order[at - 1]]))
            .collect();
        let has_negative_cost = items.iter().any(|item| item.cost < 0);
        let groups = group_caps.len();
        let mut search = Search {
            items,
            group_caps,
            budget: i128::from(limits.budget_minor),
            slots: limits.slots,
            stop,
            order,
            place,
            twin_before,
            by_total,
            price: 0.0,
            by_priced: Vec::new(),
            has_negative_cost,
            negative_after: vec![0; n + 1],
            fixed: 0,
            goal: Goal::Improve,
            chosen: vec![false; n],
            sum: Decimal::ZERO,
            sum_f64: 0.0,
            cost: 0,
            count: 0,
            group_counts: vec![0; groups],
            best: vec![false; n],
            best_sum: Decimal::ZERO,
            found: None,
            nodes: 0,
            stopped: false,
            sum_proven: false,
            root_bound: f64::INFINITY,
            room: vec![0; groups],
        };
        search.fix(0);
        search.price_the_budget();
        search
    }

    /// The highest sum first, proven by a descent that only looks for strictly better selections (so that
    /// equal sums never stop pruning); then the earliest selection in rank order with that sum, decided item
    /// by item in rank order: take the item if some selection with the best sum agrees with what is decided
    /// so far and has it. `witness` is such a selection, so an item it has needs no search. Returns the
    /// selection and whether both phases finished.
    fn best_selection(&mut self, start: Vec<bool>) -> (Vec<bool>, bool) {
        self.best_sum = self.sum_of(&start);
        self.best = start;
        self.goal = Goal::Improve;
        self.descend(0);
        if self.stopped {
            return (self.best.clone(), false);
        }
        self.sum_proven = true;

        let target = self.best_sum;
        let mut witness = self.best.clone();
        self.goal = Goal::Reach(target);
        // The decided prefix grows by one item per step, so its state is kept rather than rebuilt.
        for j in 0..self.items.len() {
            self.set(j, true);
            self.fix(j + 1);
            if !witness[j] {
                self.found = None;
                if self.prefix_within_limits(j) && self.promising(0) {
                    self.descend(0);
                }
                match self.found.take() {
                    Some(found) => witness = found,
                    None => self.set(j, false),
                }
                if self.stopped {
                    return (witness, false);
                }
            }
        }
        (witness, true)
    }

    /// Whether the decided prefix, whose last item `j` was just taken, stays within the limits (the rest of
    /// it is a prefix of a feasible selection, so only `j` can break a limit).
    fn prefix_within_limits(&self, j: usize) -> bool {
        let within_cap = self.items[j]
            .group
            .is_none_or(|group| self.group_counts[group] <= self.group_caps[group]);
        self.count <= self.slots && within_cap && self.cost + self.negative_after[0] <= self.budget
    }

    /// Decides the first `fixed` items in rank order before any descent (their flags are set by the caller).
    fn fix(&mut self, fixed: usize) {
        self.fixed = fixed;
        if self.has_negative_cost {
            for at in (0..self.order.len()).rev() {
                let i = self.order[at];
                let own = if i < fixed {
                    0
                } else {
                    self.items[i].cost.min(0)
                };
                self.negative_after[at] = self.negative_after[at + 1] + own;
            }
        }
    }

    /// Whether item `i` is still undecided at place `at` of a descent.
    fn undecided(&self, i: usize, at: usize) -> bool {
        i >= self.fixed && self.place[i] >= at
    }

    fn descend(&mut self, mut at: usize) {
        if self.stopped || self.found.is_some() {
            return;
        }
        self.nodes += 1;
        if self.nodes > self.stop.node_limit
            || (self.nodes % CLOCK_EVERY == 1
                && self.stop.deadline.is_some_and(|d| Instant::now() >= d))
        {
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
        while at < self.order.len() && self.order[at] < self.fixed {
            at += 1;
        }
        if at == self.order.len() || self.count >= self.slots || !self.promising(at) {
            return;
        }
        let i = self.order[at];
        // A twin left out just before means this one is left out too: taking it instead would only
        // repeat a selection already searched.
        let twin_left_out = self.twin_before[at] && {
            let twin = self.order[at - 1];
            twin >= self.fixed && !self.chosen[twin]
        };
        if !twin_left_out && self.can_include(i, at) {
            self.set(i, true);
            self.descend(at + 1);
            self.set(i, false);
        }
        self.descend(at + 1);
    }

    fn set(&mut self, i: usize, on: bool) {
        if self.chosen[i] == on {
            return;
        }
        let item = &self.items[i];
        self.chosen[i] = on;
        if on {
            self.sum += item.total;
            self.sum_f64 += item.value;
            self.cost += item.cost;
            self.count += 1;
            if let Some(group) = item.group {
                self.group_counts[group] += 1;
            }
        } else {
            self.sum -= item.total;
            self.sum_f64 -= item.value;
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

    /// Whether item `i`, decided at place `at`, may join the current selection.
    fn can_include(&self, i: usize, at: usize) -> bool {
        let item = &self.items[i];
        self.count < self.slots
            && !self.group_full(item)
            && self.cost + item.cost + self.negative_after[at + 1] <= self.budget
    }

    /// Whether a completion of the decisions made before place `at` could meet the goal. The slot bound is
    /// exact and decides ties; the bounds in f64 are widened, so they never prune a tie.
    fn promising(&mut self, at: usize) -> bool {
        let slot_bound = self.sum + self.slot_gain(at);
        let (enough, threshold) = match self.goal {
            Goal::Improve => (slot_bound > self.best_sum, self.best_sum),
            Goal::Reach(target) => (slot_bound >= target, target),
        };
        if !enough {
            return false;
        }
        let threshold = to_f64(threshold);
        widened(self.sum_f64, self.budget_gain(at)) >= threshold
            && widened(self.sum_f64, self.priced_gain(at)) >= threshold
    }

    /// Money left, counting what undecided negative requests could free.
    fn available(&self, at: usize) -> i128 {
        self.budget - self.cost - self.negative_after[at]
    }

    fn reset_room(&mut self) {
        for ((room, cap), count) in self
            .room
            .iter_mut()
            .zip(&self.group_caps)
            .zip(&self.group_counts)
        {
            *room = cap.saturating_sub(*count);
        }
    }

    /// Takes one place in the item's capped subdivision, if one is left.
    fn take_room(room: &mut [usize], group: Option<usize>) -> bool {
        match group {
            Some(group) if room[group] == 0 => false,
            Some(group) => {
                room[group] -= 1;
                true
            }
            None => true,
        }
    }

    /// The most the undecided items can add within the slots and maximum quotas, budget aside: those limits
    /// form a laminar matroid, on which taking the largest totals greedily is exact.
    fn slot_gain(&mut self, at: usize) -> Decimal {
        self.reset_room();
        let available = self.available(at);
        let mut left = self.slots - self.count;
        let mut gain = Decimal::ZERO;
        for &j in &self.by_total {
            if left == 0 {
                break;
            }
            let item = &self.items[j];
            if item.total <= Decimal::ZERO {
                break;
            }
            if self.undecided(j, at)
                && (self.has_negative_cost || item.cost <= available)
                && Self::take_room(&mut self.room, item.group)
            {
                gain += item.total;
                left -= 1;
            }
        }
        gain
    }

    /// The most the undecided items can add within the budget, slots and quotas aside: the fractional
    /// knapsack, filled by value per unit of cost.
    fn budget_gain(&self, at: usize) -> f64 {
        let mut money = self.available(at) as f64;
        let mut gain = 0.0;
        for &j in &self.order[at..] {
            let item = &self.items[j];
            if j < self.fixed || self.group_full(item) {
                continue;
            }
            if item.cost <= 0 {
                // Free; what a negative request frees is already in `money`.
                gain += item.value.max(0.0);
                continue;
            }
            if item.value <= 0.0 || money <= 0.0 {
                break;
            }
            let cost = item.cost as f64;
            if cost <= money {
                gain += item.value;
                money -= cost;
            } else {
                gain += item.value * money / cost;
                break;
            }
        }
        gain
    }

    /// The Lagrangian bound at the root's price: money left at that price, plus what the undecided items add
    /// beyond their priced cost within the slots and quotas.
    fn priced_gain(&mut self, at: usize) -> f64 {
        self.reset_room();
        let mut left = self.slots - self.count;
        let mut gain = self.price * (self.budget - self.cost) as f64;
        for &(worth, j) in &self.by_priced {
            if left == 0 || worth <= 0.0 {
                break;
            }
            if self.undecided(j, at) && Self::take_room(&mut self.room, self.items[j].group) {
                gain += worth;
                left -= 1;
            }
        }
        gain
    }

    /// Chooses the price of money that gives the tightest bound at the root (the bound is convex in the
    /// price, so a golden-section search finds it), sorts the items by their priced worth once, and records
    /// the root's bound for the gap.
    fn price_the_budget(&mut self) {
        let available = self.budget as f64;
        let ceiling = self
            .items
            .iter()
            .filter(|item| item.cost > 0)
            .map(|item| item.value / item.cost as f64)
            .fold(0.0_f64, f64::max);
        let (items, caps, slots) = (&self.items, &self.group_caps, self.slots);
        let mut worth: Vec<(f64, Option<usize>)> = Vec::with_capacity(items.len());
        let mut at_price = |price: f64| {
            worth.clear();
            worth.extend(
                items
                    .iter()
                    .map(|item| (item.value - price * item.cost as f64, item.group))
                    .filter(|(w, _)| *w > 0.0),
            );
            worth.sort_by(|a, b| b.0.total_cmp(&a.0));
            let mut room = caps.clone();
            let gained: f64 = worth
                .iter()
                .filter(|(_, group)| Self::take_room(&mut room, *group))
                .take(slots)
                .map(|(w, _)| w)
                .sum();
            price * available + gained
        };
        let ratio = (5.0_f64.sqrt() - 1.0) / 2.0;
        let (mut low, mut high) = (0.0, ceiling);
        let mut best = (at_price(low), low);
        let high_value = at_price(high);
        if high_value < best.0 {
            best = (high_value, high);
        }
        let (mut left, mut right) = (high - ratio * (high - low), low + ratio * (high - low));
        let (mut at_left, mut at_right) = (at_price(left), at_price(right));
        for _ in 0..GOLDEN_STEPS {
            for candidate in [(at_left, left), (at_right, right)] {
                if candidate.0 < best.0 {
                    best = candidate;
                }
            }
            if at_left <= at_right {
                high = right;
                right = left;
                at_right = at_left;
                left = high - ratio * (high - low);
                at_left = at_price(left);
            } else {
                low = left;
                left = right;
                at_left = at_right;
                right = low + ratio * (high - low);
                at_right = at_price(right);
            }
        }
        self.price = best.1;
        let price = self.price;
        self.by_priced = self
            .items
            .iter()
            .enumerate()
            .map(|(j, item)| (item.value - price * item.cost as f64, j))
            .collect();
        self.by_priced
            .sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let exact = to_f64(self.slot_gain(0));
        let bounds = [exact, self.budget_gain(0), self.priced_gain(0)];
        self.root_bound = bounds
            .into_iter()
            .map(|gain| widened(0.0, gain))
            .fold(f64::INFINITY, f64::min);
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

/// A bound in f64 widened by a margin, so that rounding can only loosen it.
fn widened(base: f64, gain: f64) -> f64 {
    base + gain + (base.abs() + gain.abs()) * 1e-9 + 1e-9
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

    /// A search with no clock, stopped only by a node count, so that tests repeat exactly.
    fn nodes(node_limit: u64) -> Stop {
        Stop {
            deadline: None,
            node_limit,
        }
    }

    /// The search run to the end (the limit is far beyond what these sizes need).
    fn exact(ranking: &[Ranked], limits: &Limits) -> Optimal {
        optimise_within(ranking, limits, nodes(50_000_000)).0
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

    /// Three applications where the greedy walk takes the best alone (90) and two others fill the budget
    /// better (155).
    fn knapsack_trap() -> (Vec<Ranked>, Limits) {
        let ranking = rank(
            vec![
                costing(1, "90", 60_000, None),
                costing(2, "80", 50_000, None),
                costing(3, "75", 50_000, None),
            ],
            &rules("abc"),
        );
        (ranking, limits(100_000, 5, vec![]))
    }

    #[test]
    fn the_optimiser_fills_the_budget_better_than_the_greedy_walk() {
        let (ranking, limits) = knapsack_trap();

        let optimal = exact(&ranking, &limits);

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

        let optimal = exact(&ranking, &limits);

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

        let optimal = exact(
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

        let optimal = exact(&ranking, &limits(1_000_000, 3, vec![]));

        assert_eq!(
            optimal,
            Optimal {
                selected: vec![],
                total_score: Decimal::ZERO,
                cost_minor: 0,
                proven: true,
                gap: Decimal::ZERO,
            }
        );
    }

    /// Sixty applications like a large call's: totals to two decimals, requests of 20 000 to 150 000 in
    /// major units, three subdivisions with maximums.
    /// Numbers below a bound from a seed, reproducible without a dependency (xorshift).
    fn xorshift(seed: u64) -> impl FnMut(u64) -> u64 {
        let mut state = seed;
        move |bound| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % bound
        }
    }

    fn large_call(seed: u64) -> Vec<Entry> {
        let mut next = xorshift(seed);
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

                let (optimal, _) = optimise_within(&ranking, &limits, nodes(200_000));

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

                let (optimal, nodes) = optimise_within(&ranking, &limits, nodes(2_000_000));

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

        let (optimal, _) = optimise_within(&ranking, &limits, nodes(10));

        assert!(!optimal.proven);
        assert!(optimal.total_score >= greedy_total(&ranking, &limits));
    }

    #[test]
    fn a_search_out_of_time_says_how_far_from_the_best_it_can_be() {
        let (ranking, limits) = knapsack_trap();

        let optimal = optimise(&ranking, &limits, Duration::ZERO);

        // Out of time at the first node: the greedy selection, with the root's bound above it.
        assert!(!optimal.proven);
        assert_eq!(numbers(&optimal), [1]);
        assert!(optimal.gap >= dec("65"), "gap {}", optimal.gap);
        assert!(optimal.total_score + optimal.gap >= exact(&ranking, &limits).total_score);
    }

    #[test]
    fn many_interchangeable_applications_are_proven_without_searching_their_permutations() {
        // 200 applications in ten kinds of identical total, request and subdivision.
        let entries = (1..=200)
            .map(|n| {
                let kind = (n % 10) as i64;
                let code = ["TN-11", "TN-12"][(n % 2) as usize];
                let mut e = costing(n, "0", 1_000_000 + kind * 370_000, Some(code));
                e.total = Some(Decimal::new(6_000 + kind * 250, 2));
                e
            })
            .collect();
        let ranking = rank(entries, &rules("abc"));
        let limits = limits(40_000_000, 25, vec![quota("TN-11", None, Some(9))]);

        let (optimal, nodes) = optimise_within(&ranking, &limits, nodes(2_000_000));

        assert!(optimal.proven, "{nodes} nodes");
        assert!(optimal.total_score >= greedy_total(&ranking, &limits));
    }

    /// A national call: `n` qualifying applications from 24 subdivisions of at most `per_region` awards each,
    /// with a budget for about a tenth of the requests, so that the budget and the quotas both bind.
    fn national_call(n: u128, per_region: i32) -> (Vec<Ranked>, Limits) {
        let mut next = xorshift(0x9e37_79b9_7f4a_7c15);
        let codes: Vec<String> = (1..=24).map(|r| format!("TN-{r:02}")).collect();
        let entries = (1..=n)
            .map(|i| {
                let mut e = costing(i, "0", (20_000 + next(130_000) as i64) * 1000, None);
                e.subdivision = Some(codes[next(24) as usize].clone());
                e.total = Some(Decimal::new(5_000 + next(4_500) as i64, 2));
                e
            })
            .collect::<Vec<_>>();
        let budget = entries.iter().map(|e| e.requested_minor).sum::<i64>() / 10;
        let quotas = codes
            .iter()
            .map(|c| quota(c, None, Some(per_region)))
            .collect();
        (rank(entries, &rules("abc")), limits(budget, 10_000, quotas))
    }

    #[test]
    fn large_national_calls_cut_short_stay_within_the_limits_with_an_honest_gap() {
        for (n, per_region) in [(500, 4), (2_000, 4), (2_000, 200)] {
            let (ranking, limits) = national_call(n, per_region);

            let (optimal, _) = optimise_within(&ranking, &limits, nodes(20_000));

            let chosen: Vec<&Entry> = optimal
                .selected
                .iter()
                .map(|id| {
                    &ranking
                        .iter()
                        .find(|r| r.entry.application_id == *id)
                        .unwrap()
                        .entry
                })
                .collect();
            assert!(
                assert_within_limits(&chosen, &limits).is_ok(),
                "{n} applications"
            );
            assert!(optimal.total_score >= greedy_total(&ranking, &limits));
            assert!(!optimal.proven || optimal.gap.is_zero());
            // A search ten times longer never finds more than the gap promised.
            let (longer, _) = optimise_within(&ranking, &limits, nodes(200_000));
            assert!(
                optimal.total_score + optimal.gap >= longer.total_score,
                "{n} applications: {} + {} < {}",
                optimal.total_score,
                optimal.gap,
                longer.total_score
            );
        }
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
            let optimal = exact(&ranking, &limits);
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
            let (optimal, _) = optimise_within(&ranking, &limits, nodes(node_limit));
            let chosen: Vec<&Entry> = optimal
                .selected
                .iter()
                .map(|id| &ranking.iter().find(|r| r.entry.application_id == *id).unwrap().entry)
                .collect();
            assert_within_limits(&chosen, &limits)?;
            prop_assert!(optimal.total_score >= greedy_total(&ranking, &limits));
            if optimal.proven {
                prop_assert_eq!(optimal, exact(&ranking, &limits));
            }
        }

        #[test]
        fn on_small_calls_the_optimiser_finds_the_brute_force_best(
            entries in arb_entries(10),
            rules in arb_rules(),
            limits in arb_limits(),
        ) {
            let ranking = rank(entries, &rules);
            let optimal = exact(&ranking, &limits);
            let (sum, selected) = brute_force(&ranking, &limits);
            prop_assert_eq!(optimal.total_score, sum);
            prop_assert_eq!(optimal.selected, selected);
        }
    }

    proptest! {
        // Each case tries up to a million selections by exhaustion: a few cases suffice beside the many above.
        #![proptest_config(ProptestConfig::with_cases(32))]

        #[test]
        fn on_calls_of_twenty_the_optimiser_finds_the_brute_force_best(
            entries in arb_entries(20),
            rules in arb_rules(),
            limits in arb_limits(),
        ) {
            let ranking = rank(entries, &rules);
            let optimal = exact(&ranking, &limits);
            let (sum, selected) = brute_force(&ranking, &limits);
            prop_assert_eq!(optimal.total_score, sum);
            prop_assert_eq!(optimal.selected, selected);
        }
    }
}
