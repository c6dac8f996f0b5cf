//! Ranking: which applications qualify, and in which order. Only eligible applications with the minimum
//! number of submitted reviews, every criterion at or above its minimum and the total at or above the call's
//! minimum qualify. They rank by total, descending; ties break by the call's published order (higher score
//! on the named criteria, in order), then by a seeded lottery anyone can recompute: tied applications are
//! ordered by the lowercase hex SHA-256 of `seed + ":" + reference`, ascending. While the seed is sealed
//! (scoring is open) the lottery has not drawn: applications it will separate share their rank and are
//! listed in reference order, which says nothing about the draw. Pure: no I/O.

use std::cmp::Ordering;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// An application as ranking sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The application.
    pub application_id: Uuid,
    /// Its reference, which the lottery hashes.
    pub reference: String,
    /// The lead organisation's ISO 3166-2 subdivision, for quotas.
    pub subdivision: Option<String>,
    /// Requested amount in minor units.
    pub requested_minor: i64,
    /// Screened as eligible.
    pub eligible: bool,
    /// Submitted reviews counted.
    pub reviews: usize,
    /// The ranked figure per criterion, in the order of the call's criteria.
    pub scores: Vec<Option<Decimal>>,
    /// The ranked total (0-100).
    pub total: Option<Decimal>,
}

/// The call's ranking rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RankingRules {
    /// Submitted reviews needed.
    pub min_reviews: usize,
    /// Minimum per criterion, in the order of the call's criteria.
    pub criterion_minimums: Vec<Option<Decimal>>,
    /// Minimum total, if any.
    pub min_total: Option<Decimal>,
    /// Indexes into `Entry::scores` that break ties, in order.
    pub tie_break: Vec<usize>,
    /// The lottery seed once revealed; `None` while sealed, when ties the lottery breaks stay unbroken.
    pub seed: Option<String>,
}

/// Why an application does not qualify, in the order they are checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Disqualification {
    /// Not screened eligible.
    Ineligible,
    /// Fewer submitted reviews than the call needs.
    TooFewReviews,
    /// A criterion below its minimum (the first such, by index into the criteria).
    CriterionMinimum(usize),
    /// The total below the call's minimum.
    Threshold,
}

/// What separated an application from the one ranked just above it with the same total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TieBreak {
    /// A higher score on this criterion (index into the criteria) for the one above.
    Criterion(usize),
    /// The lottery: the one above has the smaller key.
    Lottery,
}

/// An application with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranked {
    /// The entry.
    pub entry: Entry,
    /// 1-based rank among qualifying applications; `None` when it does not qualify. While the lottery is
    /// sealed, the applications it will separate share the rank of the first of them.
    pub rank: Option<usize>,
    /// Why it does not qualify, if so.
    pub disqualification: Option<Disqualification>,
    /// How it was separated from the application ranked just above, when their totals are equal.
    pub tie_break: Option<TieBreak>,
    /// Whether it is tied on total and tie-break criteria with another qualifying application, so that the
    /// lottery orders them.
    pub lottery_tie: bool,
    /// Its lottery key, when it is in such a tie and the seed is revealed.
    pub lottery_key: Option<String>,
}

/// The lottery key of a reference: lowercase hex SHA-256 of `seed + ":" + reference`.
pub fn lottery_key(seed: &str, reference: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(seed.as_bytes());
    hasher.update(b":");
    hasher.update(reference.as_bytes());
    hex::encode(hasher.finalize())
}

/// Ranks the entries: qualifying applications first, in rank order, then the others by total descending
/// (those without a total last), each group ending in reference order where nothing else separates them.
/// Without a seed (sealed), ties the lottery would break keep one rank and reference order.
pub fn rank(entries: Vec<Entry>, rules: &RankingRules) -> Vec<Ranked> {
    let mut qualifying: Vec<(Entry, Option<String>)> = Vec::new();
    let mut others = Vec::new();
    for entry in entries {
        match disqualification(&entry, rules) {
            None => qualifying.push((entry, None)),
            Some(reason) => others.push((entry, reason)),
        }
    }

    // The order is total, tie-break criteria, lottery key, identity. Keys only order full ties, so they are
    // hashed for those alone (a SHA-256 per application was most of the ranking's time): sorted first without
    // them, then each run of full ties by its keys. Both sorts are stable, so the order is the same as one
    // sort on the whole comparison. Sealed, no keys: the run keeps reference order.
    qualifying.sort_by(|(a, _), (b, _)| {
        merit_order(a, b, &rules.tie_break).then_with(|| identity_order(a, b))
    });
    if let Some(seed) = rules.seed.as_deref() {
        let mut start = 0;
        while start < qualifying.len() {
            let mut end = start + 1;
            while end < qualifying.len()
                && tied_fully(&qualifying[end - 1].0, &qualifying[end].0, &rules.tie_break)
            {
                end += 1;
            }
            if end - start > 1 {
                let run = &mut qualifying[start..end];
                for (entry, key) in run.iter_mut() {
                    *key = Some(lottery_key(seed, &entry.reference));
                }
                run.sort_by(|(a, key_a), (b, key_b)| {
                    key_a.cmp(key_b).then_with(|| identity_order(a, b))
                });
            }
            start = end;
        }
    }
    others.sort_by(|(a, _), (b, _)| {
        // `Option` orders `None` first, so reversing puts missing totals last.
        b.total
            .cmp(&a.total)
            .then_with(|| a.reference.cmp(&b.reference))
            .then_with(|| identity_order(a, b))
    });

    // Neighbours in the sorted order are the only candidates for a tie: equal totals and tie-break scores
    // form contiguous runs.
    let tied_with_next: Vec<bool> = qualifying
        .windows(2)
        .map(|pair| tied_fully(&pair[0].0, &pair[1].0, &rules.tie_break))
        .collect();

    let separations: Vec<Option<TieBreak>> = (0..qualifying.len())
        .map(|index| {
            let (entry, _) = &qualifying[index];
            let (above, _) = &qualifying[index.checked_sub(1)?];
            (above.total == entry.total).then(|| separation(above, entry, &rules.tie_break))
        })
        .collect();

    let sealed = rules.seed.is_none();
    let mut ranked: Vec<Ranked> = Vec::with_capacity(qualifying.len() + others.len());
    for (index, ((entry, key), tie_break)) in qualifying.into_iter().zip(separations).enumerate() {
        let tied_above = index > 0 && tied_with_next[index - 1];
        let tied_below = tied_with_next.get(index).copied().unwrap_or(false);
        let rank = match ranked.last() {
            // Sealed, the lottery has not separated it from the one above: it shares that one's rank.
            Some(above) if sealed && tied_above => above.rank,
            _ => Some(index + 1),
        };
        ranked.push(Ranked {
            entry,
            rank,
            disqualification: None,
            tie_break,
            lottery_tie: tied_above || tied_below,
            // Published only where the lottery decided something, so that the public can recompute it.
            lottery_key: key.filter(|_| tied_above || tied_below),
        });
    }
    ranked.extend(others.into_iter().map(|(entry, reason)| Ranked {
        entry,
        rank: None,
        disqualification: Some(reason),
        tie_break: None,
        lottery_tie: false,
        lottery_key: None,
    }));
    ranked
}

/// The first rule the entry fails, in the published order of checks.
fn disqualification(entry: &Entry, rules: &RankingRules) -> Option<Disqualification> {
    if !entry.eligible {
        return Some(Disqualification::Ineligible);
    }
    // Without a total nothing was aggregated, which in practice means no submitted review counted.
    if entry.reviews < rules.min_reviews || entry.total.is_none() {
        return Some(Disqualification::TooFewReviews);
    }
    for (index, minimum) in rules.criterion_minimums.iter().enumerate() {
        let Some(minimum) = minimum else { continue };
        match score(entry, index) {
            Some(value) if value >= *minimum => {}
            _ => return Some(Disqualification::CriterionMinimum(index)),
        }
    }
    if let (Some(minimum), Some(total)) = (rules.min_total, entry.total)
        && total < minimum
    {
        return Some(Disqualification::Threshold);
    }
    None
}

/// A criterion score; an index past the entry's scores is a missing score, not a panic.
fn score(entry: &Entry, index: usize) -> Option<Decimal> {
    entry.scores.get(index).copied().flatten()
}

/// Total descending, then the tie-break criteria, higher first; equal exactly when [`tied_fully`].
fn merit_order(a: &Entry, b: &Entry, tie_break: &[usize]) -> Ordering {
    b.total
        .cmp(&a.total)
        // Higher first, so compared reversed; a missing score is `None`, which orders below any score.
        .then_with(|| {
            tie_break
                .iter()
                .map(|&index| score(b, index).cmp(&score(a, index)))
                .find(|order| order.is_ne())
                .unwrap_or(Ordering::Equal)
        })
}

fn tied_fully(a: &Entry, b: &Entry, tie_break: &[usize]) -> bool {
    a.total == b.total
        && tie_break
            .iter()
            .all(|&index| score(a, index) == score(b, index))
}

/// What put `above` ahead of `below`, given their totals are equal.
fn separation(above: &Entry, below: &Entry, tie_break: &[usize]) -> TieBreak {
    tie_break
        .iter()
        .copied()
        .find(|&index| score(above, index) != score(below, index))
        .map_or(TieBreak::Lottery, TieBreak::Criterion)
}

/// A last resort so that the order never depends on the input order, even with duplicate references (bad
/// data, but the published order must still be reproducible).
fn identity_order(a: &Entry, b: &Entry) -> Ordering {
    a.reference
        .cmp(&b.reference)
        .then_with(|| a.application_id.cmp(&b.application_id))
        .then_with(|| a.subdivision.cmp(&b.subdivision))
        .then_with(|| a.requested_minor.cmp(&b.requested_minor))
        .then_with(|| a.eligible.cmp(&b.eligible))
        .then_with(|| a.reviews.cmp(&b.reviews))
        .then_with(|| a.scores.cmp(&b.scores))
        .then_with(|| a.total.cmp(&b.total))
}

/// Builders and generators shared by the selection tests.
#[cfg(test)]
pub(super) mod testing {
    use std::str::FromStr;

    use proptest::prelude::*;
    use rust_decimal::Decimal;
    use uuid::Uuid;

    use super::{Entry, RankingRules};
    use crate::calls::details::Quota;
    use crate::selection::proposal::Limits;

    pub fn dec(value: &str) -> Decimal {
        Decimal::from_str(value).unwrap()
    }

    /// An eligible, fully reviewed application `TUN-2026-<n>` with the given total.
    pub fn entry(n: u128, total: &str) -> Entry {
        Entry {
            application_id: Uuid::from_u128(n),
            reference: format!("TUN-2026-{n:04}"),
            subdivision: None,
            requested_minor: 10_000,
            eligible: true,
            reviews: 3,
            scores: vec![Some(dec("3")), Some(dec("3")), Some(dec("3"))],
            total: Some(dec(total)),
        }
    }

    pub fn rules(seed: &str) -> RankingRules {
        RankingRules {
            min_reviews: 2,
            criterion_minimums: vec![None, None, None],
            min_total: None,
            tie_break: vec![],
            seed: Some(seed.to_owned()),
        }
    }

    pub fn quota(code: &str, min: Option<i32>, max: Option<i32>) -> Quota {
        Quota {
            subdivision: code.to_owned(),
            min_awards: min,
            max_awards: max,
        }
    }

    pub fn limits(budget_minor: i64, slots: usize, quotas: Vec<Quota>) -> Limits {
        Limits {
            budget_minor,
            slots,
            quotas,
        }
    }

    /// The checks the call's rules promise, written independently of the walk.
    pub fn assert_within_limits(selected: &[&Entry], limits: &Limits) -> Result<(), TestCaseError> {
        let spent: i128 = selected.iter().map(|e| i128::from(e.requested_minor)).sum();
        prop_assert!(
            spent <= i128::from(limits.budget_minor),
            "spent {spent} of {}",
            limits.budget_minor
        );
        prop_assert!(selected.len() <= limits.slots);
        for quota in &limits.quotas {
            if let Some(max) = quota.max_awards {
                let count = selected
                    .iter()
                    .filter(|e| {
                        e.subdivision
                            .as_deref()
                            .is_some_and(|s| s.eq_ignore_ascii_case(&quota.subdivision))
                    })
                    .count();
                prop_assert!(
                    count as i64 <= i64::from(max),
                    "{count} awards in {}",
                    quota.subdivision
                );
            }
        }
        Ok(())
    }

    fn few(values: &'static [&'static str]) -> impl Strategy<Value = Decimal> {
        prop::sample::select(values).prop_map(dec)
    }

    /// Entries with unique references, totals from a handful of values (to force ties), three subdivision
    /// codes written in mixed case, and now and then bad data (no subdivision, no total, a negative request).
    pub fn arb_entries(max: usize) -> impl Strategy<Value = Vec<Entry>> {
        let one = (
            prop_oneof![
                Just(None),
                Just(Some("TN-11")),
                Just(Some("tn-12")),
                Just(Some("TN-12")),
                Just(Some("TN-13"))
            ],
            prop_oneof![19 => (0_i64..=20).prop_map(|k| k * 25_000), 1 => -50_000_i64..0],
            prop::bool::weighted(0.85),
            0_usize..=3,
            prop::collection::vec(prop::option::weighted(0.9, few(&["2", "3", "4", "5"])), 3),
            prop::option::weighted(0.9, few(&["55", "62.5", "70", "70.00", "85.25"])),
        );
        prop::collection::vec(one, 0..=max).prop_map(|rows| {
            rows.into_iter()
                .enumerate()
                .map(
                    |(i, (subdivision, requested_minor, eligible, reviews, scores, total))| Entry {
                        application_id: Uuid::from_u128(i as u128 + 1),
                        reference: format!("TUN-2026-{:04}", i + 1),
                        subdivision: subdivision.map(str::to_owned),
                        requested_minor,
                        eligible,
                        reviews,
                        scores,
                        total,
                    },
                )
                .collect()
        })
    }

    pub fn arb_rules() -> impl Strategy<Value = RankingRules> {
        (
            0_usize..=2,
            prop::collection::vec(prop::option::weighted(0.2, few(&["2", "3"])), 0..=3),
            prop::option::weighted(0.5, few(&["60", "70"])),
            Just(vec![0_usize, 1, 2, 5])
                .prop_shuffle()
                .prop_flat_map(|order| (0..=order.len()).prop_map(move |n| order[..n].to_vec())),
            prop::sample::select(&["abc", "seed-2026", "x"][..]),
        )
            .prop_map(
                |(min_reviews, criterion_minimums, min_total, tie_break, seed)| RankingRules {
                    min_reviews,
                    criterion_minimums,
                    min_total,
                    tie_break,
                    seed: Some(seed.to_owned()),
                },
            )
    }

    pub fn arb_limits() -> impl Strategy<Value = Limits> {
        let arb_quota = |code: &'static str| {
            prop::option::weighted(
                0.5,
                (prop::option::of(0_i32..=3), prop::option::of(0_i32..=4))
                    .prop_map(move |(min, max)| quota(code, min, max)),
            )
        };
        (
            (0_i64..=24).prop_map(|k| k * 25_000),
            0_usize..=8,
            (arb_quota("TN-11"), arb_quota("TN-12"), arb_quota("tn-13")),
        )
            .prop_map(|(budget, slots, (a, b, c))| {
                limits(budget, slots, [a, b, c].into_iter().flatten().collect())
            })
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::testing::{arb_entries, arb_rules, dec, entry, rules};
    use super::*;

    fn references(ranking: &[Ranked]) -> Vec<&str> {
        ranking.iter().map(|r| r.entry.reference.as_str()).collect()
    }

    fn find<'a>(ranking: &'a [Ranked], reference: &str) -> &'a Ranked {
        ranking
            .iter()
            .find(|r| r.entry.reference == reference)
            .unwrap()
    }

    #[test]
    fn the_lottery_key_is_the_sha256_of_seed_colon_reference() {
        // printf '%s' 'abc:TUN-2026-0001' | sha256sum
        assert_eq!(
            lottery_key("abc", "TUN-2026-0001"),
            "9c744e5fd6a81b3b92adf0f7b064c1c97302c69f0b308246f8af6d01b7928a83"
        );
        // printf '%s' 'seed-2026:TUN-2026-0004' | sha256sum
        assert_eq!(
            lottery_key("seed-2026", "TUN-2026-0004"),
            "4a533c7b04c4b7434119e5faf1969adc62e0a80a3c359391378db71e63bd609f"
        );
    }

    #[test]
    fn an_ineligible_application_does_not_qualify_whatever_its_score() {
        let mut top = entry(1, "99");
        top.eligible = false;
        top.reviews = 0;

        let ranking = rank(vec![top, entry(2, "50")], &rules("abc"));

        let top = find(&ranking, "TUN-2026-0001");
        assert_eq!(top.rank, None);
        assert_eq!(top.disqualification, Some(Disqualification::Ineligible));
        assert_eq!(find(&ranking, "TUN-2026-0002").rank, Some(1));
    }

    #[test]
    fn too_few_reviews_are_reported_before_a_failing_criterion_or_total() {
        let mut rules = rules("abc");
        rules.criterion_minimums = vec![Some(dec("4")), None, None];
        rules.min_total = Some(dec("60"));
        let mut short = entry(1, "10");
        short.reviews = 1;

        let ranking = rank(vec![short], &rules);

        assert_eq!(
            ranking[0].disqualification,
            Some(Disqualification::TooFewReviews)
        );
    }

    #[test]
    fn an_application_without_a_total_has_too_few_reviews_even_when_none_are_required() {
        let mut rules = rules("abc");
        rules.min_reviews = 0;
        let mut unscored = entry(1, "0");
        unscored.total = None;
        unscored.reviews = 0;

        let ranking = rank(vec![unscored], &rules);

        assert_eq!(
            ranking[0].disqualification,
            Some(Disqualification::TooFewReviews)
        );
    }

    #[test]
    fn the_first_criterion_below_its_minimum_is_named() {
        let mut rules = rules("abc");
        rules.criterion_minimums = vec![None, Some(dec("3")), Some(dec("3"))];
        let mut weak = entry(1, "80");
        weak.scores = vec![Some(dec("1")), Some(dec("2.99")), Some(dec("1"))];
        let mut just_enough = entry(2, "80");
        just_enough.scores = vec![Some(dec("1")), Some(dec("3")), Some(dec("3.0"))];

        let ranking = rank(vec![weak, just_enough], &rules);

        assert_eq!(
            find(&ranking, "TUN-2026-0001").disqualification,
            Some(Disqualification::CriterionMinimum(1))
        );
        assert_eq!(find(&ranking, "TUN-2026-0002").rank, Some(1));
    }

    #[test]
    fn a_missing_score_fails_a_criterion_only_when_it_has_a_minimum() {
        let mut partial = entry(1, "80");
        partial.scores = vec![None, Some(dec("4"))];
        let mut lenient = rules("abc");
        lenient.criterion_minimums = vec![None, Some(dec("3"))];
        let mut strict = rules("abc");
        strict.criterion_minimums = vec![Some(dec("1")), None];
        let mut beyond = rules("abc");
        // A minimum on a criterion the entry has no score for at all.
        beyond.criterion_minimums = vec![None, None, Some(dec("1"))];

        assert_eq!(rank(vec![partial.clone()], &lenient)[0].rank, Some(1));
        assert_eq!(
            rank(vec![partial.clone()], &strict)[0].disqualification,
            Some(Disqualification::CriterionMinimum(0))
        );
        assert_eq!(
            rank(vec![partial], &beyond)[0].disqualification,
            Some(Disqualification::CriterionMinimum(2))
        );
    }

    #[test]
    fn a_total_below_the_minimum_is_under_the_threshold_and_one_at_it_qualifies() {
        let mut rules = rules("abc");
        rules.min_total = Some(dec("60"));

        let ranking = rank(vec![entry(1, "59.99"), entry(2, "60.00")], &rules);

        assert_eq!(
            find(&ranking, "TUN-2026-0001").disqualification,
            Some(Disqualification::Threshold)
        );
        assert_eq!(find(&ranking, "TUN-2026-0002").rank, Some(1));
    }

    #[test]
    fn qualifying_applications_come_first_by_total_then_the_others_by_total_and_reference() {
        let mut rules = rules("abc");
        rules.min_total = Some(dec("50"));
        let mut ineligible_high = entry(7, "95");
        ineligible_high.eligible = false;
        let mut unscored = entry(1, "0");
        unscored.total = None;

        let ranking = rank(
            vec![
                entry(5, "40"),
                entry(2, "70"),
                unscored,
                ineligible_high,
                entry(3, "90"),
                entry(4, "40"),
            ],
            &rules,
        );

        assert_eq!(
            references(&ranking),
            [
                "TUN-2026-0003",
                "TUN-2026-0002",
                "TUN-2026-0007",
                "TUN-2026-0004",
                "TUN-2026-0005",
                "TUN-2026-0001"
            ]
        );
        let ranks: Vec<Option<usize>> = ranking.iter().map(|r| r.rank).collect();
        assert_eq!(ranks, [Some(1), Some(2), None, None, None, None]);
        assert!(
            ranking[2..]
                .iter()
                .all(|r| r.tie_break.is_none() && r.lottery_key.is_none())
        );
    }

    #[test]
    fn equal_totals_break_by_the_published_criteria_in_order() {
        let mut rules = rules("abc");
        rules.tie_break = vec![2, 0];
        let with = |n, first: Option<&str>, third: Option<&str>| {
            let mut e = entry(n, "75");
            e.scores = vec![first.map(dec), Some(dec("1")), third.map(dec)];
            e
        };
        let ranking = rank(
            vec![
                with(1, Some("5"), Some("3")),
                with(2, Some("1"), Some("4")),
                with(3, None, Some("3")),
                with(4, Some("5"), None),
                entry(5, "80"),
            ],
            &rules,
        );

        assert_eq!(
            references(&ranking),
            [
                "TUN-2026-0005",
                "TUN-2026-0002",
                "TUN-2026-0001",
                "TUN-2026-0003",
                "TUN-2026-0004"
            ]
        );
        let tie_breaks: Vec<Option<TieBreak>> =
            ranking.iter().map(|r| r.tie_break.clone()).collect();
        assert_eq!(
            tie_breaks,
            [
                None,
                None,
                Some(TieBreak::Criterion(2)),
                Some(TieBreak::Criterion(0)),
                Some(TieBreak::Criterion(2))
            ]
        );
        assert!(ranking.iter().all(|r| r.lottery_key.is_none()));
    }

    #[test]
    fn full_ties_fall_to_the_lottery_in_ascending_key_order() {
        let tied = || (1..=4).map(|n| entry(n, "70")).collect::<Vec<_>>();

        let by_abc = rank(tied(), &rules("abc"));
        let by_2026 = rank(tied(), &rules("seed-2026"));

        // Keys from sha256sum: abc orders 0002 (7261..), 0003 (8adc..), 0001 (9c74..), 0004 (e280..).
        assert_eq!(
            references(&by_abc),
            [
                "TUN-2026-0002",
                "TUN-2026-0003",
                "TUN-2026-0001",
                "TUN-2026-0004"
            ]
        );
        // seed-2026: 0004 (4a53..), 0003 (6987..), 0001 (8e58..), 0002 (9a70..).
        assert_eq!(
            references(&by_2026),
            [
                "TUN-2026-0004",
                "TUN-2026-0003",
                "TUN-2026-0001",
                "TUN-2026-0002"
            ]
        );
        let tie_breaks: Vec<Option<TieBreak>> =
            by_abc.iter().map(|r| r.tie_break.clone()).collect();
        assert_eq!(
            tie_breaks,
            [
                None,
                Some(TieBreak::Lottery),
                Some(TieBreak::Lottery),
                Some(TieBreak::Lottery)
            ]
        );
        assert_eq!(
            by_abc[0].lottery_key.as_deref(),
            Some("7261250ec7d0f9cac16e5eb53058aa9d383fcb4571c106e36e2eb9be524bdedd")
        );
    }

    #[test]
    fn anyone_can_recompute_the_lottery_from_the_seed_and_the_references() {
        let mut rules = rules("seed-2026");
        rules.tie_break = vec![0];
        let mut entries: Vec<Entry> = (1..=6)
            .map(|n| entry(n, if n <= 4 { "70" } else { "65" }))
            .collect();
        entries[5].scores[0] = Some(dec("5"));

        let published = rank(entries.clone(), &rules);
        entries.reverse();
        let again = rank(entries, &rules);

        assert_eq!(published, again);
        for ranked in &published {
            if let Some(key) = &ranked.lottery_key {
                assert_eq!(key, &lottery_key("seed-2026", &ranked.entry.reference));
            }
        }
        let keys: Vec<&str> = published
            .iter()
            .filter_map(|r| r.lottery_key.as_deref())
            .collect();
        assert_eq!(keys.len(), 4, "only the four-way tie is decided by lottery");
        assert!(keys.windows(2).all(|pair| pair[0] < pair[1]));
        // 0005 and 0006 share a total but criterion 0 separates them, so no key is published for them.
        assert_eq!(find(&published, "TUN-2026-0006").tie_break, None);
        assert_eq!(
            find(&published, "TUN-2026-0005").tie_break,
            Some(TieBreak::Criterion(0))
        );
        assert_eq!(find(&published, "TUN-2026-0005").lottery_key, None);
    }

    #[test]
    fn a_sealed_lottery_leaves_its_ties_sharing_one_rank_in_reference_order_without_keys() {
        let mut sealed = rules("abc");
        sealed.seed = None;
        let mut entries: Vec<Entry> = (1..=5)
            .map(|n| entry(n, if n == 1 { "80" } else { "70" }))
            .collect();
        entries[4].total = Some(dec("60"));
        entries.reverse();

        let ranking = rank(entries.clone(), &sealed);

        assert_eq!(
            references(&ranking),
            [
                "TUN-2026-0001",
                "TUN-2026-0002",
                "TUN-2026-0003",
                "TUN-2026-0004",
                "TUN-2026-0005"
            ]
        );
        let ranks: Vec<Option<usize>> = ranking.iter().map(|r| r.rank).collect();
        assert_eq!(ranks, [Some(1), Some(2), Some(2), Some(2), Some(5)]);
        let tied: Vec<bool> = ranking.iter().map(|r| r.lottery_tie).collect();
        assert_eq!(tied, [false, true, true, true, false]);
        assert!(ranking.iter().all(|r| r.lottery_key.is_none()));
        // Revealed, the same three are tied and the lottery orders them, each with its key.
        let revealed = rank(entries, &rules("abc"));
        let tied: Vec<bool> = revealed.iter().map(|r| r.lottery_tie).collect();
        assert_eq!(tied, [false, true, true, true, false]);
        let ranks: Vec<Option<usize>> = revealed.iter().map(|r| r.rank).collect();
        assert_eq!(ranks, [Some(1), Some(2), Some(3), Some(4), Some(5)]);
        assert!(
            revealed
                .iter()
                .all(|r| r.lottery_key.is_some() == r.lottery_tie)
        );
    }

    #[test]
    fn totals_written_with_different_precision_are_still_a_tie() {
        let ranking = rank(vec![entry(1, "70"), entry(2, "70.000")], &rules("abc"));

        assert!(ranking.iter().all(|r| r.lottery_key.is_some()));
        assert_eq!(ranking[1].tie_break, Some(TieBreak::Lottery));
    }

    proptest! {
        #[test]
        fn the_ranking_depends_on_the_data_and_seed_not_on_the_input_order(
            (entries, shuffled) in arb_entries(25).prop_flat_map(|e| (Just(e.clone()), Just(e).prop_shuffle())),
            rules in arb_rules(),
        ) {
            let first = rank(entries.clone(), &rules);
            prop_assert_eq!(&first, &rank(entries, &rules));
            prop_assert_eq!(&first, &rank(shuffled, &rules));
        }

        #[test]
        fn sealed_the_ranking_is_the_revealed_one_with_each_lottery_tie_sharing_its_first_rank(
            entries in arb_entries(25),
            rules in arb_rules(),
        ) {
            let revealed = rank(entries.clone(), &rules);
            let sealed = rank(entries, &RankingRules { seed: None, ..rules.clone() });
            prop_assert!(sealed.iter().all(|r| r.lottery_key.is_none()));
            for ranked in &sealed {
                let same = revealed.iter().find(|r| r.entry == ranked.entry).unwrap();
                prop_assert_eq!(ranked.lottery_tie, same.lottery_tie);
                prop_assert_eq!(ranked.disqualification, same.disqualification);
                if ranked.lottery_tie {
                    // The best rank the lottery could give it: the first of its tie.
                    let first = revealed
                        .iter()
                        .filter(|r| r.lottery_tie && r.entry.total == ranked.entry.total
                            && rules.tie_break.iter().all(|&c| score(&r.entry, c) == score(&ranked.entry, c)))
                        .filter_map(|r| r.rank)
                        .min();
                    prop_assert_eq!(ranked.rank, first);
                } else {
                    prop_assert_eq!(ranked.rank, same.rank);
                }
            }
        }

        #[test]
        fn qualifying_applications_meet_every_rule_and_are_ranked_one_to_n_in_order(
            entries in arb_entries(25),
            rules in arb_rules(),
        ) {
            let count = entries.len();
            let ranking = rank(entries, &rules);
            prop_assert_eq!(ranking.len(), count);
            let qualifying: Vec<&Ranked> = ranking.iter().take_while(|r| r.rank.is_some()).collect();
            prop_assert!(ranking[qualifying.len()..].iter().all(|r| r.rank.is_none() && r.disqualification.is_some()));
            for (i, ranked) in qualifying.iter().enumerate() {
                let entry = &ranked.entry;
                prop_assert_eq!(ranked.rank, Some(i + 1));
                prop_assert!(entry.eligible && entry.reviews >= rules.min_reviews);
                let total = entry.total.unwrap();
                prop_assert!(rules.min_total.is_none_or(|min| total >= min));
                for (c, min) in rules.criterion_minimums.iter().enumerate() {
                    if let Some(min) = min {
                        prop_assert!(entry.scores.get(c).copied().flatten().is_some_and(|s| s >= *min));
                    }
                }
                if i > 0 {
                    let above = &qualifying[i - 1];
                    prop_assert!(above.entry.total >= entry.total);
                    if above.entry.total == entry.total {
                        match ranked.tie_break.clone() {
                            Some(TieBreak::Criterion(c)) => {
                                prop_assert!(above.entry.scores.get(c).copied().flatten() > entry.scores.get(c).copied().flatten());
                            }
                            Some(TieBreak::Lottery) => {
                                prop_assert!(above.lottery_key.is_some() && ranked.lottery_key.is_some());
                                prop_assert!(above.lottery_key <= ranked.lottery_key);
                            }
                            None => prop_assert!(false, "a tie on total must say what separated them"),
                        }
                    } else {
                        prop_assert_eq!(ranked.tie_break.clone(), None);
                    }
                }
            }
        }
    }

    /// The ranking as it was before keys were hashed for full ties only: a key for every qualifying
    /// application and one sort on the whole comparison. `rank` must give the identical result.
    mod reference {
        use std::cmp::Ordering;

        use super::super::{
            Entry, Ranked, RankingRules, TieBreak, disqualification, identity_order, lottery_key,
            score, separation, tied_fully,
        };

        pub(super) fn rank(entries: Vec<Entry>, rules: &RankingRules) -> Vec<Ranked> {
            let mut qualifying = Vec::new();
            let mut others = Vec::new();
            for entry in entries {
                match disqualification(&entry, rules) {
                    None => {
                        let key = rules
                            .seed
                            .as_deref()
                            .map(|seed| lottery_key(seed, &entry.reference));
                        qualifying.push((entry, key));
                    }
                    Some(reason) => others.push((entry, reason)),
                }
            }

            qualifying.sort_by(|(a, key_a), (b, key_b)| {
                b.total
                    .cmp(&a.total)
                    // Higher first, so compared reversed; a missing score is `None`, which orders below any score.
                    .then_with(|| {
                        rules
                            .tie_break
                            .iter()
                            .map(|&index| score(b, index).cmp(&score(a, index)))
                            .find(|order| order.is_ne())
                            .unwrap_or(Ordering::Equal)
                    })
                    // Both keys are `None` while sealed, which leaves reference order.
                    .then_with(|| key_a.cmp(key_b))
                    .then_with(|| identity_order(a, b))
            });
            others.sort_by(|(a, _), (b, _)| {
                // `Option` orders `None` first, so reversing puts missing totals last.
                b.total
                    .cmp(&a.total)
                    .then_with(|| a.reference.cmp(&b.reference))
                    .then_with(|| identity_order(a, b))
            });

            // Neighbours in the sorted order are the only candidates for a tie: equal totals and tie-break scores
            // form contiguous runs.
            let tied_with_next: Vec<bool> = qualifying
                .windows(2)
                .map(|pair| tied_fully(&pair[0].0, &pair[1].0, &rules.tie_break))
                .collect();

            let separations: Vec<Option<TieBreak>> = (0..qualifying.len())
                .map(|index| {
                    let (entry, _) = &qualifying[index];
                    let (above, _) = &qualifying[index.checked_sub(1)?];
                    (above.total == entry.total).then(|| separation(above, entry, &rules.tie_break))
                })
                .collect();

            let sealed = rules.seed.is_none();
            let mut ranked: Vec<Ranked> = Vec::with_capacity(qualifying.len() + others.len());
            for (index, ((entry, key), tie_break)) in
                qualifying.into_iter().zip(separations).enumerate()
            {
                let tied_above = index > 0 && tied_with_next[index - 1];
                let tied_below = tied_with_next.get(index).copied().unwrap_or(false);
                let rank = match ranked.last() {
                    // Sealed, the lottery has not separated it from the one above: it shares that one's rank.
                    Some(above) if sealed && tied_above => above.rank,
                    _ => Some(index + 1),
                };
                ranked.push(Ranked {
                    entry,
                    rank,
                    disqualification: None,
                    tie_break,
                    lottery_tie: tied_above || tied_below,
                    // Published only where the lottery decided something, so that the public can recompute it.
                    lottery_key: key.filter(|_| tied_above || tied_below),
                });
            }
            ranked.extend(others.into_iter().map(|(entry, reason)| Ranked {
                entry,
                rank: None,
                disqualification: Some(reason),
                tie_break: None,
                lottery_tie: false,
                lottery_key: None,
            }));
            ranked
        }
    }

    proptest! {
        #[test]
        fn ranking_is_identical_to_the_reference_that_hashes_every_key(
            entries in arb_entries(25),
            rules in arb_rules(),
        ) {
            prop_assert_eq!(rank(entries.clone(), &rules), reference::rank(entries, &rules));
        }
    }
}
