//! The benchmark rule: which applications a benchmark call recognises, and at which level. Pure: no I/O.
//!
//! A criterion is met when its ranked figure is at or above the criterion's minimum (any figure meets a
//! criterion without one). An application meets the benchmark when every core criterion is met, at least
//! `others_needed` of the other criteria are met (all of them when the call names no number, which is the
//! competitive rule), and its total is at or above the minimum total. Levels (e.g. Foundation, Quality,
//! Gold, in ascending order) are benchmarks of their own, each with its own minimum total and number of
//! other criteria, on top of the base benchmark; an application gets the highest level it meets, and a call
//! with levels recognises only applications that meet one.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One level of a benchmark, as stored with the call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Level {
    /// Its name, e.g. "Gold".
    pub name: String,
    /// The minimum total (0-100) it needs, beyond the base benchmark's.
    #[serde(default)]
    pub min_total: Option<Decimal>,
    /// How many non-core criteria it needs met; the base benchmark's number when absent.
    #[serde(default)]
    pub others_needed: Option<u32>,
    /// A fixed award in minor units for the level (zero is a recognition only); the request when absent.
    #[serde(default)]
    pub award_minor: Option<i64>,
}

/// A call's benchmark beyond the criterion minimums and the minimum total it already has.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Benchmark {
    /// Positions of the core criteria, which must all be met.
    #[serde(default)]
    pub core: Vec<i32>,
    /// How many of the other criteria must be met; all of them when absent.
    #[serde(default)]
    pub others_needed: Option<u32>,
    /// Levels in ascending order; empty for a single benchmark.
    #[serde(default)]
    pub levels: Vec<Level>,
}

/// One criterion as the benchmark sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    /// The minimum figure, if any.
    pub min: Option<Decimal>,
    /// Whether it is a core criterion.
    pub core: bool,
}

/// How an application fares against the benchmark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    /// Per criterion, in the call's order: met or not.
    pub met: Vec<bool>,
    /// Whether it is recognised.
    pub recognised: bool,
    /// The highest level met (index into the levels), if the benchmark has levels.
    pub level: Option<usize>,
}

impl Benchmark {
    /// The bars of the call's criteria, given by position and minimum, in the call's order.
    pub fn bars(&self, criteria: &[(i32, Option<Decimal>)]) -> Vec<Bar> {
        criteria
            .iter()
            .map(|(position, min)| Bar {
                min: *min,
                core: self.core.contains(position),
            })
            .collect()
    }

    /// Assesses one application's figures against the benchmark and the call's minimum total.
    pub fn assess(
        &self,
        bars: &[Bar],
        min_total: Option<Decimal>,
        scores: &[Option<Decimal>],
        total: Option<Decimal>,
    ) -> Assessment {
        let met: Vec<bool> = bars
            .iter()
            .enumerate()
            .map(|(i, bar)| {
                scores
                    .get(i)
                    .copied()
                    .flatten()
                    .is_some_and(|score| bar.min.is_none_or(|min| score >= min))
            })
            .collect();
        let core_met = bars.iter().zip(&met).all(|(bar, met)| !bar.core || *met);
        let others = bars.iter().filter(|bar| !bar.core).count();
        let others_met = bars
            .iter()
            .zip(&met)
            .filter(|(bar, met)| !bar.core && **met)
            .count();
        let meets = |needed: Option<u32>, minimum: Option<Decimal>| {
            let needed = needed.map_or(others, |k| usize::try_from(k).unwrap_or(usize::MAX));
            let total_ok = match minimum {
                None => total.is_some(),
                Some(minimum) => total.is_some_and(|t| t >= minimum),
            };
            core_met && others_met >= needed && total_ok
        };
        let base = meets(self.others_needed, min_total);
        let level = if base {
            self.levels
                .iter()
                .enumerate()
                .filter(|(_, level)| {
                    meets(
                        level.others_needed.or(self.others_needed),
                        level.min_total.max(min_total),
                    )
                })
                .map(|(i, _)| i)
                .next_back()
        } else {
            None
        };
        Assessment {
            met,
            recognised: base && (self.levels.is_empty() || level.is_some()),
            level,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn dec(n: i64) -> Decimal {
        Decimal::from(n)
    }

    /// The rule written the slow, obvious way: a level is met when every one of its conditions is.
    fn meets_slowly(
        bars: &[Bar],
        scores: &[Option<Decimal>],
        total: Option<Decimal>,
        needed: Option<u32>,
        min_total: Option<Decimal>,
    ) -> bool {
        let mut others_met = 0u32;
        let mut others = 0u32;
        for (bar, score) in bars.iter().zip(scores) {
            let met = match (score, bar.min) {
                (None, _) => false,
                (Some(_), None) => true,
                (Some(s), Some(m)) => *s >= m,
            };
            if bar.core && !met {
                return false;
            }
            if !bar.core {
                others += 1;
                if met {
                    others_met += 1;
                }
            }
        }
        if others_met < needed.unwrap_or(others) {
            return false;
        }
        match (total, min_total) {
            (None, _) => false,
            (Some(_), None) => true,
            (Some(t), Some(m)) => t >= m,
        }
    }

    fn arb_case() -> impl Strategy<Value = (Vec<Bar>, Vec<Option<Decimal>>, Option<Decimal>)> {
        (1usize..7).prop_flat_map(|n| {
            (
                prop::collection::vec(
                    (prop::option::of(0i64..10), any::<bool>()).prop_map(|(min, core)| Bar {
                        min: min.map(dec),
                        core,
                    }),
                    n,
                ),
                prop::collection::vec(prop::option::weighted(0.9, (0i64..10).prop_map(dec)), n),
                prop::option::weighted(0.9, (0i64..=100).prop_map(dec)),
            )
        })
    }

    fn arb_levels() -> impl Strategy<Value = Vec<Level>> {
        prop::collection::vec(
            (prop::option::of(0i64..=100), prop::option::of(0u32..7)).prop_map(|(t, k)| Level {
                name: String::new(),
                min_total: t.map(dec),
                others_needed: k,
                award_minor: None,
            }),
            0..4,
        )
    }

    proptest! {
        /// Without levels, an application is recognised exactly when it meets the benchmark.
        #[test]
        fn recognised_iff_meets(
            (bars, scores, total) in arb_case(),
            k in prop::option::of(0u32..7),
            min_total in prop::option::of((0i64..=100).prop_map(dec)),
        ) {
            let benchmark = Benchmark { core: Vec::new(), others_needed: k, levels: Vec::new() };
            let assessment = benchmark.assess(&bars, min_total, &scores, total);
            prop_assert_eq!(
                assessment.recognised,
                meets_slowly(&bars, &scores, total, k, min_total)
            );
            prop_assert_eq!(assessment.level, None);
        }

        /// With levels, an application gets the highest level whose own benchmark it meets, and is
        /// recognised exactly when it gets one.
        #[test]
        fn highest_level(
            (bars, scores, total) in arb_case(),
            k in prop::option::of(0u32..7),
            min_total in prop::option::of((0i64..=100).prop_map(dec)),
            levels in arb_levels(),
        ) {
            let benchmark = Benchmark { core: Vec::new(), others_needed: k, levels: levels.clone() };
            let assessment = benchmark.assess(&bars, min_total, &scores, total);
            let base = meets_slowly(&bars, &scores, total, k, min_total);
            let met: Vec<usize> = levels
                .iter()
                .enumerate()
                .filter(|(_, l)| base && meets_slowly(
                    &bars, &scores, total, l.others_needed.or(k), l.min_total.max(min_total),
                ))
                .map(|(i, _)| i)
                .collect();
            prop_assert_eq!(assessment.level, met.last().copied());
            if levels.is_empty() {
                prop_assert_eq!(assessment.recognised, base);
            } else {
                prop_assert_eq!(assessment.recognised, !met.is_empty());
            }
        }

        /// A core criterion below its minimum is never made up for by the others.
        #[test]
        fn core_is_required((bars, scores, total) in arb_case()) {
            let benchmark = Benchmark { core: Vec::new(), others_needed: Some(0), levels: Vec::new() };
            let assessment = benchmark.assess(&bars, None, &scores, total);
            if bars.iter().zip(&assessment.met).any(|(bar, met)| bar.core && !met) {
                prop_assert!(!assessment.recognised);
            }
        }
    }

    #[test]
    fn all_core_and_k_of_the_others() {
        // Three core areas and three others, of which one is needed, as in the Seal of Good Local Governance.
        let benchmark = Benchmark {
            core: vec![1, 2, 3],
            others_needed: Some(1),
            levels: Vec::new(),
        };
        let bars = benchmark.bars(&(1..=6).map(|p| (p, Some(dec(6)))).collect::<Vec<_>>());
        let scores = |s: [i64; 6]| s.map(|v| Some(dec(v))).to_vec();
        let total = Some(dec(50));
        assert!(
            benchmark
                .assess(&bars, None, &scores([6, 7, 8, 6, 0, 0]), total)
                .recognised
        );
        assert!(
            !benchmark
                .assess(&bars, None, &scores([6, 7, 5, 9, 9, 9]), total)
                .recognised
        );
        assert!(
            !benchmark
                .assess(&bars, None, &scores([6, 7, 8, 5, 5, 5]), total)
                .recognised
        );
    }
}
