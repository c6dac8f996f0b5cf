//! Aggregation of submitted reviews into figures per application: the per-criterion mean or median, the
//! weighted total on 0-100, per-reviewer normalisation (z-scores), disagreement (range and standard deviation)
//! and the consensus scores that, when recorded, rank instead of the aggregate. Pure: no I/O.
//!
//! Totals are exact decimals (`rust_decimal`, 28 significant digits); only display rounds.
//!
//! A large call holds half a million scores, so each review's map is read in one pass into a row by criterion
//! position, what is exact is computed in integers and turned into a decimal once per figure, figures that
//! recur (the mean of five scores out of ten takes few values) are computed once, each reviewer's scale once,
//! and large calls are shared out between the cores. Every decimal still comes from the same `rust_decimal`
//! operations on the same operands as the plain computation (kept in the tests as the reference), so the
//! figures are identical to it, representation included.

use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};
use std::{panic, thread};

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// How the reviewers' scores on one criterion are combined; a published rule of the call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Aggregation {
    /// The arithmetic mean.
    #[default]
    Mean,
    /// The median (the mean of the two middle scores when their number is even).
    Median,
}

impl Aggregation {
    /// Both methods.
    pub const ALL: [Aggregation; 2] = [Aggregation::Mean, Aggregation::Median];

    /// The stored and transmitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            Aggregation::Mean => "mean",
            Aggregation::Median => "median",
        }
    }

    /// Parses a stored or requested name.
    pub fn parse(value: &str) -> Option<Aggregation> {
        Self::ALL.into_iter().find(|a| a.as_str() == value.trim())
    }
}

/// A criterion as aggregation and ranking need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriterionRule {
    /// Identifier.
    pub id: Uuid,
    /// Weight, > 0.
    pub weight: Decimal,
    /// Highest score, >= 1.
    pub max_score: i32,
    /// Lowest score that qualifies, if any.
    pub min_score: Option<i32>,
}

/// One submitted review: the reviewer and their score per criterion id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewScores {
    /// The application reviewed.
    pub application_id: Uuid,
    /// Who reviewed it.
    pub reviewer_id: Uuid,
    /// Score per criterion id; a submitted review scores every criterion.
    pub scores: BTreeMap<Uuid, i32>,
}

/// How a call aggregates, as its managers set it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AggregationSettings {
    /// Mean or median per criterion.
    pub method: Aggregation,
    /// Whether per-reviewer z-scores are computed (shown beside the raw figures; never ranked on).
    pub normalise: bool,
    /// Spread, in points on the 0-100 scale, from which an application is flagged for discussion. A
    /// criterion's range counts as `100 * range / max_score`; the total's range as it is.
    pub disagreement_threshold: Option<Decimal>,
}

/// Spread of reviewers' figures: `max - min` and the population standard deviation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Spread {
    /// Highest minus lowest.
    pub range: Decimal,
    /// Population standard deviation.
    pub std_dev: Decimal,
}

/// The figures of one criterion of one application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriterionFigures {
    /// The criterion.
    pub criterion_id: Uuid,
    /// Mean or median of the submitted scores; `None` without submitted reviews.
    pub aggregate: Option<Decimal>,
    /// The consensus score recorded by the chair, if any.
    pub consensus: Option<i32>,
    /// What ranks: the consensus when recorded, else the aggregate.
    pub ranked: Option<Decimal>,
    /// Spread of the submitted scores.
    pub spread: Spread,
    /// Mean of the reviewers' z-scores on this criterion, when normalisation is on and there are reviews.
    pub normalised: Option<Decimal>,
    /// Whether `100 * range / max_score` reaches the disagreement threshold.
    pub flagged: bool,
}

/// The figures of one application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicationFigures {
    /// The application.
    pub application_id: Uuid,
    /// Submitted reviews counted.
    pub reviews: usize,
    /// One entry per criterion, in the order of the criteria given.
    pub criteria: Vec<CriterionFigures>,
    /// Weighted total (0-100) of the aggregates; `None` unless every criterion has one.
    pub total: Option<Decimal>,
    /// Weighted total of the ranked figures (consensus where recorded); `None` unless every criterion has a
    /// ranked figure.
    pub ranked_total: Option<Decimal>,
    /// Spread of the reviewers' own weighted totals.
    pub total_spread: Spread,
    /// Mean of the reviewers' z-scores of their totals, when normalisation is on and there are reviews.
    pub normalised_total: Option<Decimal>,
    /// Whether the total's range or any criterion reaches the disagreement threshold.
    pub flagged: bool,
}

/// The weighted total on 0-100 of one score per criterion (in the order of `criteria`):
/// `100 * sum(w * s / max) / sum(w)`.
///
/// The terms are brought to the common denominator `L = lcm(max)` and summed in the order of `criteria`
/// as `w * s * (L / max)`, so that `100 * sum / (L * sum(w))` is the only division. Multiplication and addition
/// of decimals are exact while they fit in 28 digits, so for integer and half scores the result is the
/// correctly rounded exact total: equal inputs give bit-identical totals, and so do different scores whose
/// exact totals are equal (`1/3 + 1/3` ties with `2/3 + 0`), which dividing term by term would not. Only when
/// `L` would overflow are the terms divided one by one, in the same fixed order.
///
/// Degenerate input gives 0, never a panic: no criteria, a weight sum that is not positive, a maximum below 1,
/// as many scores as criteria not given, or an overflow (unreachable with scores within their maxima and
/// weights below 10^15).
pub fn weighted_total(criteria: &[CriterionRule], scores: &[Decimal]) -> Decimal {
    checked_weighted_total(criteria, scores).unwrap_or(Decimal::ZERO)
}

/// Aggregates every submitted review of a call. `reviews` holds the call's counted reviews (normalisation
/// needs each reviewer's other reviews); `consensus` the recorded consensus per application and criterion.
/// Returns figures for every application in `applications`, in that order, even those without reviews.
pub fn aggregate(
    criteria: &[CriterionRule],
    applications: &[Uuid],
    reviews: &[ReviewScores],
    consensus: &BTreeMap<(Uuid, Uuid), i32>,
    settings: &AggregationSettings,
) -> Vec<ApplicationFigures> {
    let call = Call::new(criteria, reviews, consensus, settings);
    in_parallel(applications, applications.len() / 1_000, |part| {
        let mut workspace = Workspace::default();
        part.iter()
            .map(|&id| call.figures(id, &mut workspace))
            .collect()
    })
}

/// `map` over `items`, in order, shared out between up to `threads` cores. Every application's figures and
/// every reviewer's scale depend only on the call, so the result is the same whatever the split; callers
/// ask for one thread per thousand or so reviews, below which a thread costs more than it saves.
fn in_parallel<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    map: impl Fn(&[T]) -> Vec<R> + Sync,
) -> Vec<R> {
    let threads = thread::available_parallelism()
        .map_or(1, usize::from)
        .min(threads)
        .max(1);
    if threads == 1 {
        return map(items);
    }
    let mut parts = items.chunks(items.len().div_ceil(threads));
    let first = parts.next().unwrap_or_default();
    let map = &map;
    thread::scope(|scope| {
        let others: Vec<_> = parts
            .map(|part| {
                let spawned = thread::Builder::new().spawn_scoped(scope, move || map(part));
                (part, spawned.ok())
            })
            .collect();
        let mut all = map(first);
        for (part, other) in others {
            match other {
                Some(other) => all.extend(
                    other
                        .join()
                        .unwrap_or_else(|panic| panic::resume_unwind(panic)),
                ),
                // No thread to be had: this one does the part.
                None => all.extend(map(part)),
            }
        }
        all
    })
}

/// A `HashMap` with FxHash's mixing: its keys are random ids and small memo keys, which need neither
/// SipHash's protection against chosen keys nor its cost.
type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

#[derive(Default)]
struct FastHasher(u64);

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_u128(&mut self, n: u128) {
        self.add(n as u64);
        self.add((n >> 64) as u64);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// What is prepared once per call: where each criterion id sits, the reviews and consensus of each
/// application, the integer forms of the weights and, when normalising, each reviewer's scale.
struct Call<'a> {
    criteria: &'a [CriterionRule],
    reviews: &'a [ReviewScores],
    settings: &'a AggregationSettings,
    /// Criterion positions sorted by id, to read a review's sorted map of scores in one pass.
    positions: Vec<(u128, usize)>,
    /// The reviews of each application.
    reviews_of: Groups,
    /// The recorded consensus of each application that has one, by criterion position.
    consensus: FastMap<u128, Vec<Option<i32>>>,
    totals: Option<ReviewTotals>,
    exact: Option<ExactWeights>,
    scales: Option<Scales>,
}

/// One thread's buffers and memo, reused from one application to the next.
#[derive(Default)]
struct Workspace {
    /// The application's reviews' scores, a row of criteria per review.
    rows: Vec<Option<i32>>,
    /// Their own totals.
    totals: Vec<Option<Decimal>>,
    scores: Vec<i32>,
    figures: Vec<Decimal>,
    memo: Memo,
}

impl<'a> Call<'a> {
    fn new(
        criteria: &'a [CriterionRule],
        reviews: &'a [ReviewScores],
        consensus: &BTreeMap<(Uuid, Uuid), i32>,
        settings: &'a AggregationSettings,
    ) -> Call<'a> {
        let mut positions: Vec<(u128, usize)> = criteria
            .iter()
            .enumerate()
            .map(|(position, c)| (c.id.as_u128(), position))
            .collect();
        positions.sort_unstable();
        let mut by_application: FastMap<u128, Vec<Option<i32>>> = FastMap::default();
        for (&(application, criterion), &score) in consensus {
            let row = by_application
                .entry(application.as_u128())
                .or_insert_with(|| vec![None; criteria.len()]);
            place(&positions, [(criterion.as_u128(), score)].into_iter(), row);
        }
        let mut call = Call {
            criteria,
            reviews,
            settings,
            positions,
            reviews_of: Groups::new(reviews.iter().map(|r| r.application_id.as_u128())),
            consensus: by_application,
            totals: ReviewTotals::new(criteria),
            exact: ExactWeights::new(criteria),
            scales: None,
        };
        if settings.normalise {
            call.scales = Some(Scales::new(&call));
        }
        call
    }

    /// A review's scores, by criterion position, into `row`.
    fn read(&self, review: usize, row: &mut [Option<i32>]) {
        let entries = self.reviews[review]
            .scores
            .iter()
            .map(|(id, &score)| (id.as_u128(), score));
        place(&self.positions, entries, row);
    }

    /// The reviewer's own weighted total, when the review scores every criterion: [`weighted_total`], by way
    /// of integers where [`ReviewTotals`] applies.
    fn review_total(&self, row: &[Option<i32>]) -> Option<Decimal> {
        if row.iter().any(Option::is_none) {
            return None;
        }
        let scores = || row.iter().map(|s| s.unwrap_or_default());
        self.totals
            .as_ref()
            .and_then(|rule| rule.total(scores()))
            .or_else(|| {
                let scores: Vec<Decimal> = scores().map(Decimal::from).collect();
                Some(weighted_total(self.criteria, &scores))
            })
    }

    fn figures(&self, application_id: Uuid, workspace: &mut Workspace) -> ApplicationFigures {
        let Workspace {
            rows,
            totals,
            scores,
            figures,
            memo,
        } = workspace;
        let n = self.criteria.len();
        let reviews = self.reviews_of.get(application_id.as_u128());
        rows.clear();
        rows.resize(reviews.len() * n, None);
        totals.clear();
        for (&review, row) in reviews.iter().zip(rows.chunks_exact_mut(n.max(1))) {
            self.read(review, row);
        }
        for (index, &review) in reviews.iter().enumerate() {
            totals.push(match &self.scales {
                Some(scales) => scales.totals[review],
                None => self.review_total(&rows[index * n..(index + 1) * n]),
            });
        }
        let score = |index: usize, position: usize| rows[index * n + position];
        let consensus = self.consensus.get(&application_id.as_u128());
        let threshold = self.settings.disagreement_threshold;

        let mut aggregates: Vec<Option<Fraction>> = Vec::with_capacity(n);
        let mut criteria = Vec::with_capacity(n);
        for (position, criterion) in self.criteria.iter().enumerate() {
            scores.clear();
            scores.extend((0..reviews.len()).filter_map(|index| score(index, position)));
            scores.sort_unstable();
            let fraction = aggregate_fraction(self.settings.method, scores);
            let aggregate = fraction.and_then(|f| memo.decimal(f));
            let consensus = consensus.and_then(|row| row[position]);
            let (spread, flagged) = memo.spread(criterion, scores, threshold);
            let normalised = self.scales.as_ref().and_then(|scales| {
                figures.clear();
                figures.extend(reviews.iter().enumerate().filter_map(|(index, &review)| {
                    scales.z(review, position, score(index, position)?)
                }));
                mean(sort_figures(figures))
            });
            aggregates.push(fraction);
            criteria.push(CriterionFigures {
                criterion_id: criterion.id,
                aggregate,
                consensus,
                ranked: consensus.map(Decimal::from).or(aggregate),
                spread,
                normalised,
                flagged,
            });
        }

        // Totals come from the exact fractions (a mean of three scores is a third), so that applications whose
        // exact totals are equal tie exactly, whatever the number of their reviews.
        let total = aggregates
            .iter()
            .copied()
            .collect::<Option<Vec<Fraction>>>()
            .filter(|_| !reviews.is_empty())
            .map(|aggregates| self.exact_total(&aggregates));
        let ranked_total = match (consensus, total) {
            (None, Some(total)) => Some(total),
            _ => aggregates
                .iter()
                .enumerate()
                .map(
                    |(position, aggregate)| match consensus.and_then(|row| row[position]) {
                        Some(consensus) => Some(Fraction::whole(consensus)),
                        None => *aggregate,
                    },
                )
                .collect::<Option<Vec<Fraction>>>()
                .map(|ranked| self.exact_total(&ranked)),
        };

        figures.clear();
        figures.extend(totals.iter().flatten());
        let total_spread = spread(sort_figures(figures));
        let normalised_total = self.scales.as_ref().and_then(|scales| {
            figures.clear();
            figures.extend(
                reviews
                    .iter()
                    .zip(totals.iter())
                    .filter_map(|(&review, total)| Some(scales.total(review)?.z((*total)?))),
            );
            mean(sort_figures(figures))
        });

        let flagged =
            reaches(threshold, Some(total_spread.range)) || criteria.iter().any(|c| c.flagged);
        ApplicationFigures {
            application_id,
            reviews: reviews.len(),
            criteria,
            total,
            ranked_total,
            total_spread,
            normalised_total,
            flagged,
        }
    }

    fn exact_total(&self, figures: &[Fraction]) -> Decimal {
        self.exact
            .as_ref()
            .and_then(|exact| exact.total(self.criteria, figures))
            .unwrap_or_else(|| exact_total(self.criteria, figures))
    }
}

/// Puts each `(id, value)` of a map sorted by id at the positions of the criteria with that id (`positions`
/// is sorted by id; a criterion listed twice gets the value twice); ids of no criterion are passed over.
fn place<T: Copy>(
    positions: &[(u128, usize)],
    entries: impl Iterator<Item = (u128, T)>,
    row: &mut [Option<T>],
) {
    let mut next = 0;
    for (id, value) in entries {
        while positions.get(next).is_some_and(|&(p, _)| p < id) {
            next += 1;
        }
        for &(_, position) in positions[next..].iter().take_while(|&&(p, _)| p == id) {
            row[position] = Some(value);
        }
    }
}

/// Indexes `0..n` grouped by a key, in their order within each group.
struct Groups {
    group_of_key: FastMap<u128, usize>,
    starts: Vec<usize>,
    members: Vec<usize>,
}

impl Groups {
    fn new(keys: impl Iterator<Item = u128>) -> Groups {
        let mut group_of_key: FastMap<u128, usize> = FastMap::default();
        let group_of: Vec<usize> = keys
            .map(|key| {
                let next = group_of_key.len();
                *group_of_key.entry(key).or_insert(next)
            })
            .collect();
        let mut starts = vec![0; group_of_key.len() + 1];
        for &group in &group_of {
            starts[group + 1] += 1;
        }
        for group in 0..group_of_key.len() {
            starts[group + 1] += starts[group];
        }
        let mut next = starts.clone();
        let mut members = vec![0; group_of.len()];
        for (item, &group) in group_of.iter().enumerate() {
            members[next[group]] = item;
            next[group] += 1;
        }
        Groups {
            group_of_key,
            starts,
            members,
        }
    }

    fn len(&self) -> usize {
        self.group_of_key.len()
    }

    fn group(&self, group: usize) -> &[usize] {
        &self.members[self.starts[group]..self.starts[group + 1]]
    }

    fn get(&self, key: u128) -> &[usize] {
        self.group_of_key
            .get(&key)
            .map_or(&[], |&group| self.group(group))
    }
}

/// Figures that recur across applications, each computed once: the decimal of a fraction (a mean of five
/// scores out of ten takes few values) and the spread of a list of scores on a criterion.
#[derive(Default)]
struct Memo {
    decimals: FastMap<(i128, i128), Option<Decimal>>,
    /// Keyed by the maximum and the sorted scores, packed when they fit (the common case) and listed when not.
    spreads: FastMap<u128, (Spread, bool)>,
    unusual_spreads: FastMap<Vec<i32>, (Spread, bool)>,
}

impl Memo {
    fn decimal(&mut self, fraction: Fraction) -> Option<Decimal> {
        *self
            .decimals
            .entry((fraction.numerator, fraction.denominator))
            .or_insert_with(|| fraction.to_decimal())
    }

    /// The spread of sorted scores on a criterion, and whether it reaches the threshold.
    fn spread(
        &mut self,
        criterion: &CriterionRule,
        sorted: &[i32],
        threshold: Option<Decimal>,
    ) -> (Spread, bool) {
        let compute = || {
            let scores: Vec<Decimal> = sorted.iter().map(|&s| Decimal::from(s)).collect();
            let spread = spread(&scores);
            let points = spread
                .range
                .checked_mul(Decimal::ONE_HUNDRED)
                .and_then(|range| range.checked_div(Decimal::from(criterion.max_score)));
            (spread, reaches(threshold, points))
        };
        match packed(criterion.max_score, sorted) {
            Some(key) => *self.spreads.entry(key).or_insert_with(compute),
            None => {
                let key: Vec<i32> = [criterion.max_score]
                    .iter()
                    .chain(sorted)
                    .copied()
                    .collect();
                *self.unusual_spreads.entry(key).or_insert_with(compute)
            }
        }
    }
}

/// A maximum below 2^16, the number of scores and up to twelve scores in `0..=255`, each in its own bits.
fn packed(max: i32, sorted: &[i32]) -> Option<u128> {
    if sorted.len() > 12 || !(0..1 << 16).contains(&max) {
        return None;
    }
    let mut key = max as u128 | (sorted.len() as u128) << 16;
    for (index, &score) in sorted.iter().enumerate() {
        key |= u128::from(u8::try_from(score).ok()?) << (24 + 8 * index);
    }
    Some(key)
}

/// The mean or median of sorted scores, as an exact fraction; `None` without scores.
fn aggregate_fraction(method: Aggregation, sorted: &[i32]) -> Option<Fraction> {
    match method {
        Aggregation::Mean => Fraction::new(
            sorted.iter().map(|&s| i128::from(s)).sum(),
            i128::try_from(sorted.len()).ok().filter(|n| *n > 0)?,
        ),
        Aggregation::Median => {
            let middle = sorted.len() / 2;
            if sorted.len() % 2 == 1 {
                Fraction::new(i128::from(sorted[middle]), 1)
            } else {
                let low = i128::from(*sorted.get(middle.checked_sub(1)?)?);
                Fraction::new(low + i128::from(*sorted.get(middle)?), 2)
            }
        }
    }
}

/// [`weighted_total`] of integer scores within their maxima, with the sum of terms taken in integers.
///
/// Within these bounds (positive weights of at most 19 decimal places, every sum of terms below 2^63)
/// `rust_decimal` multiplies and adds exactly, so the decimal sum of terms `w * s * (L / max)` is the integer
/// sum at the largest scale of its nonzero terms (a zero term is `Decimal::ZERO`, which addition passes over,
/// and a sum that is all zero terms is `Decimal::ZERO`). Building that decimal directly leaves the same single
/// division as [`weighted_total`], on the same operands.
struct ReviewTotals {
    /// Per criterion: `w * (L / max)` as an integer at `places`, the weight's own scale, and the maximum.
    terms: Vec<(u64, u32, i32)>,
    /// The largest scale of the weights.
    places: u32,
    /// `L * sum(w)`, as [`weighted_total`] computes it.
    denominator: Decimal,
}

impl ReviewTotals {
    fn new(criteria: &[CriterionRule]) -> Option<ReviewTotals> {
        if criteria.is_empty()
            || criteria
                .iter()
                .any(|c| c.max_score < 1 || c.weight <= Decimal::ZERO || c.weight.scale() > 19)
        {
            return None;
        }
        let weight_sum = criteria
            .iter()
            .try_fold(Decimal::ZERO, |sum, c| sum.checked_add(c.weight))?;
        let common = common_denominator(criteria)?;
        let denominator = Decimal::from(common).checked_mul(weight_sum)?;
        let places = criteria.iter().map(|c| c.weight.scale()).max()?;
        let mut largest_sum: u128 = 0;
        let mut terms = Vec::with_capacity(criteria.len());
        for criterion in criteria {
            let max = u64::try_from(criterion.max_score).ok()?;
            let unit = u128::try_from(criterion.weight.mantissa())
                .ok()?
                .checked_mul(10u128.pow(places - criterion.weight.scale()))?
                .checked_mul(u128::from(common / max))?;
            largest_sum = largest_sum.checked_add(unit.checked_mul(u128::from(max))?)?;
            terms.push((
                u64::try_from(unit).ok()?,
                criterion.weight.scale(),
                criterion.max_score,
            ));
        }
        (largest_sum < 1 << 63).then_some(ReviewTotals {
            terms,
            places,
            denominator,
        })
    }

    /// The total of one score per criterion; `None` when a score lies outside `0..=max`.
    fn total(&self, scores: impl Iterator<Item = i32>) -> Option<Decimal> {
        let mut sum: u64 = 0;
        let mut scale = None;
        for (&(unit, term_scale, max), score) in self.terms.iter().zip(scores) {
            if !(0..=max).contains(&score) {
                return None;
            }
            if score > 0 {
                sum += unit * u64::from(score.unsigned_abs());
                scale = scale.max(Some(term_scale));
            }
        }
        let numerator = match scale {
            None => Decimal::ZERO,
            Some(scale) => Decimal::from_i128_with_scale(
                i128::from(sum / 10u64.pow(self.places - scale)),
                scale,
            ),
        };
        share_of(numerator, self.denominator)
    }
}

/// The integer weights of [`exact_fraction_total`], for computing its fraction over one common denominator
/// with a single reduction instead of one per term.
struct ExactWeights {
    weights: Vec<i128>,
    weight_sum: i128,
    /// The least common multiple of the maxima.
    maxima: i128,
    /// It divided by each maximum.
    factors: Vec<i128>,
    /// `200 * sum(|w|)`, the first factor of the bound below.
    bound: u128,
}

impl ExactWeights {
    /// `None` where [`exact_fraction_total`] gives up whatever the figures.
    fn new(criteria: &[CriterionRule]) -> Option<ExactWeights> {
        if criteria.is_empty() || criteria.iter().any(|c| c.max_score < 1) {
            return None;
        }
        let (weights, weight_sum) = integer_weights(criteria)?;
        let maxima = criteria.iter().try_fold(1i128, |lcm, c| {
            let max = i128::from(c.max_score);
            lcm.checked_mul(max / gcd_i128(lcm, max))
        })?;
        let bound = weights
            .iter()
            .try_fold(0u128, |sum, w| sum.checked_add(w.unsigned_abs()))?
            .checked_mul(200)?;
        Some(ExactWeights {
            weights,
            weight_sum,
            maxima,
            factors: criteria
                .iter()
                .map(|c| maxima / i128::from(c.max_score))
                .collect(),
            bound,
        })
    }

    /// The decimal of [`exact_total`]; `None` when it is not sure to be the same, for the caller to compute it
    /// that way.
    ///
    /// With `F` the largest `|figure|` and `D` the product of the terms' denominators `den * max`, every
    /// intermediate of [`exact_fraction_total`] is at most `200 * sum(|w|) * F * D` in absolute value. Below
    /// `2^127` (checked with the largest numerator for `F`) it cannot overflow, and then its fraction in lowest
    /// terms is this one.
    fn total(&self, criteria: &[CriterionRule], figures: &[Fraction]) -> Option<Decimal> {
        if criteria.len() != figures.len() {
            return None;
        }
        let mut bound = self.bound;
        let mut largest: u128 = 1;
        // The least common multiple of the figures' denominators: means over equally many scores share one.
        let mut denominator: i128 = 1;
        for (criterion, figure) in criteria.iter().zip(figures) {
            let max = criterion.max_score.unsigned_abs();
            bound = bound
                .checked_mul(figure.denominator.unsigned_abs())?
                .checked_mul(u128::from(max))?;
            largest = largest.max(figure.numerator.unsigned_abs());
            if figure.denominator != denominator && figure.denominator != 1 {
                let divisor = gcd_i128(denominator, figure.denominator);
                denominator = denominator.checked_mul(figure.denominator / divisor)?;
            }
        }
        if bound.checked_mul(largest)? > i128::MAX.unsigned_abs() {
            return None;
        }
        let mut numerator: i128 = 0;
        for ((figure, weight), factor) in figures.iter().zip(&self.weights).zip(&self.factors) {
            let share = if figure.denominator == denominator {
                1
            } else {
                denominator / figure.denominator
            };
            let term = weight
                .checked_mul(figure.numerator)?
                .checked_mul(share)?
                .checked_mul(*factor)?;
            numerator = numerator.checked_add(term)?;
        }
        Fraction::new(
            numerator.checked_mul(100)?,
            denominator
                .checked_mul(self.maxima)?
                .checked_mul(self.weight_sum)?,
        )?
        .to_decimal()
    }
}

/// Every reviewer's scale, computed once from all their reviews, with every review's own total.
struct Scales {
    /// Each review's reviewer, as an index into `reviewers`.
    reviewer_of: Vec<usize>,
    reviewers: Vec<ReviewerScale>,
    totals: Vec<Option<Decimal>>,
}

/// A reviewer's own centre and scale, per criterion (in the order of the criteria) and for their totals.
struct ReviewerScale {
    criteria: Vec<Option<Standardiser>>,
    /// Per criterion with a standardiser, the z-score of each score `0..=max` (empty for huge maxima).
    z: Vec<Vec<Decimal>>,
    total: Option<Standardiser>,
}

/// The largest maximum whose z-scores are tabulated; beyond it each is computed when asked.
const TABULATED: i32 = 1000;

impl ReviewerScale {
    /// The scale of a reviewer from their scores per criterion (in any order) and their own totals.
    fn of(criteria: &[CriterionRule], scores: &[Vec<i32>], totals: Vec<Decimal>) -> ReviewerScale {
        let standardisers: Vec<Option<Standardiser>> = scores
            .iter()
            .map(|scores| {
                let mut sorted = scores.clone();
                sorted.sort_unstable();
                Standardiser::of_scores(&sorted)
            })
            .collect();
        let z = criteria
            .iter()
            .zip(&standardisers)
            .map(|(criterion, standardiser)| match standardiser {
                Some(standardiser) if criterion.max_score <= TABULATED => (0..=criterion.max_score)
                    .map(|score| standardiser.z(Decimal::from(score)))
                    .collect(),
                _ => Vec::new(),
            })
            .collect();
        ReviewerScale {
            criteria: standardisers,
            z,
            total: Standardiser::of(totals),
        }
    }
}

impl Scales {
    fn new(call: &Call) -> Scales {
        let n = call.criteria.len();
        let by_reviewer = Groups::new(call.reviews.iter().map(|r| r.reviewer_id.as_u128()));
        let mut reviewer_of = vec![0; call.reviews.len()];
        for reviewer in 0..by_reviewer.len() {
            for &review in by_reviewer.group(reviewer) {
                reviewer_of[review] = reviewer;
            }
        }
        // The reviews are read in their order, which is the order they sit in memory; by reviewer they would
        // be read scattered, several times slower.
        // Each reviewer's scores per criterion position.
        let mut scores: Vec<Vec<Vec<i32>>> = vec![vec![Vec::new(); n]; by_reviewer.len()];
        let mut row = vec![None; n];
        let totals: Vec<Option<Decimal>> = (0..call.reviews.len())
            .map(|review| {
                row.fill(None);
                call.read(review, &mut row);
                for (own, score) in scores[reviewer_of[review]].iter_mut().zip(&row) {
                    own.extend(score);
                }
                call.review_total(&row)
            })
            .collect();
        let work: Vec<(Vec<Vec<i32>>, Vec<Decimal>)> = scores
            .into_iter()
            .enumerate()
            .map(|(reviewer, scores)| {
                let own = by_reviewer.group(reviewer).iter();
                (scores, own.filter_map(|&r| totals[r]).collect())
            })
            .collect();
        let reviewers = in_parallel(&work, call.reviews.len() / 1_000, |part| {
            part.iter()
                .map(|(scores, totals)| ReviewerScale::of(call.criteria, scores, totals.clone()))
                .collect()
        });
        Scales {
            reviewer_of,
            reviewers,
            totals,
        }
    }

    /// The z-score of a review's score on a criterion, against its reviewer's scale.
    fn z(&self, review: usize, position: usize, score: i32) -> Option<Decimal> {
        let scale = &self.reviewers[self.reviewer_of[review]];
        let standardiser = scale.criteria[position]?;
        match usize::try_from(score)
            .ok()
            .and_then(|s| scale.z[position].get(s))
        {
            Some(&z) => Some(z),
            None => Some(standardiser.z(Decimal::from(score))),
        }
    }

    /// The standardiser of a review's reviewer's totals.
    fn total(&self, review: usize) -> Option<Standardiser> {
        self.reviewers[self.reviewer_of[review]].total
    }
}

/// An exact fraction in lowest terms with a positive denominator: equal values have equal parts, so they
/// become identical decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Fraction {
    numerator: i128,
    denominator: i128,
}

impl Fraction {
    fn new(numerator: i128, denominator: i128) -> Option<Fraction> {
        if denominator <= 0 {
            return None;
        }
        let divisor = gcd_i128(numerator, denominator);
        Some(Fraction {
            numerator: numerator / divisor,
            denominator: denominator / divisor,
        })
    }

    fn whole(value: i32) -> Fraction {
        Fraction {
            numerator: i128::from(value),
            denominator: 1,
        }
    }

    /// The decimal closest to it (rounded at the 28th significant digit), the only rounding.
    fn to_decimal(self) -> Option<Decimal> {
        let numerator = Decimal::try_from_i128_with_scale(self.numerator, 0).ok()?;
        let denominator = Decimal::try_from_i128_with_scale(self.denominator, 0).ok()?;
        numerator.checked_div(denominator)
    }
}

fn gcd_i128(a: i128, b: i128) -> i128 {
    let (mut a, mut b) = (a.unsigned_abs(), b.unsigned_abs());
    // Fractions of scores are small: 64-bit division is several times faster than 128-bit.
    if let (Ok(small_a), Ok(small_b)) = (u64::try_from(a), u64::try_from(b)) {
        a = u128::from(gcd(small_a, small_b));
    } else {
        while b != 0 {
            (a, b) = (b, a % b);
        }
    }
    i128::try_from(a).unwrap_or(1).max(1)
}

/// The weighted total of exact per-criterion figures, `100 * sum(w * f / max) / sum(w)`, computed as one
/// fraction in lowest terms and divided once. Falls back to [`weighted_total`] of the rounded figures if the
/// fraction outgrows 128 bits (unreachable with realistic weights, maxima and numbers of reviews).
fn exact_total(criteria: &[CriterionRule], figures: &[Fraction]) -> Decimal {
    exact_fraction_total(criteria, figures)
        .and_then(Fraction::to_decimal)
        .unwrap_or_else(|| {
            let rounded: Option<Vec<Decimal>> = figures.iter().map(|f| f.to_decimal()).collect();
            rounded.map_or(Decimal::ZERO, |rounded| weighted_total(criteria, &rounded))
        })
}

/// The weights as integers, all scaled by the largest number of decimal places, and their sum; `None` when
/// they overflow or do not sum above zero.
fn integer_weights(criteria: &[CriterionRule]) -> Option<(Vec<i128>, i128)> {
    let places = criteria.iter().map(|c| c.weight.scale()).max()?;
    let weights: Vec<i128> = criteria
        .iter()
        .map(|c| {
            let factor = 10i128.checked_pow(places - c.weight.scale())?;
            c.weight.mantissa().checked_mul(factor)
        })
        .collect::<Option<_>>()?;
    let weight_sum = weights
        .iter()
        .try_fold(0i128, |sum, w| sum.checked_add(*w))?;
    (weight_sum > 0).then_some((weights, weight_sum))
}

fn exact_fraction_total(criteria: &[CriterionRule], figures: &[Fraction]) -> Option<Fraction> {
    if criteria.is_empty() || criteria.len() != figures.len() {
        return None;
    }
    let (weights, weight_sum) = integer_weights(criteria)?;
    let mut sum = Fraction::new(0, 1)?;
    for ((criterion, figure), weight) in criteria.iter().zip(figures).zip(&weights) {
        let max = i128::from(criterion.max_score);
        if max < 1 {
            return None;
        }
        // sum + weight * figure / max
        let term_denominator = figure.denominator.checked_mul(max)?;
        sum = Fraction::new(
            sum.numerator.checked_mul(term_denominator)?.checked_add(
                weight
                    .checked_mul(figure.numerator)?
                    .checked_mul(sum.denominator)?,
            )?,
            sum.denominator.checked_mul(term_denominator)?,
        )?;
    }
    Fraction::new(
        sum.numerator.checked_mul(100)?,
        sum.denominator.checked_mul(weight_sum)?,
    )
}

/// Whether a spread in points reaches the threshold; a spread that cannot be computed reaches nothing.
fn reaches(threshold: Option<Decimal>, points: Option<Decimal>) -> bool {
    matches!((threshold, points), (Some(threshold), Some(points)) if points >= threshold)
}

/// Mean and population standard deviation of one reviewer's figures, to turn a figure into a z-score.
#[derive(Debug, Clone, Copy)]
struct Standardiser {
    mean: Decimal,
    std_dev: Decimal,
}

impl Standardiser {
    fn of(values: Vec<Decimal>) -> Option<Standardiser> {
        let values = sorted(values);
        Some(Standardiser {
            mean: mean(&values)?,
            std_dev: spread(&values).std_dev,
        })
    }

    /// [`Standardiser::of`] the scores as decimals, from the scores sorted. Decimal addition of integers is
    /// exact, so the sum is taken in integers; each distinct squared deviation is computed once, and added
    /// as many times as it occurs, in the same order.
    fn of_scores(sorted: &[i32]) -> Option<Standardiser> {
        let (&first, &last) = (sorted.first()?, sorted.last()?);
        if first < 0 {
            // A zero sum of signed terms may be a negative zero: leave such data to the decimals.
            return Standardiser::of(sorted.iter().map(|&s| Decimal::from(s)).collect());
        }
        if first == last {
            return Some(Standardiser {
                mean: Decimal::from(first),
                std_dev: Decimal::ZERO,
            });
        }
        let count = Decimal::from(sorted.len());
        let sum: i128 = sorted.iter().map(|&s| i128::from(s)).sum();
        let mean = Decimal::try_from_i128_with_scale(sum, 0)
            .ok()?
            .checked_div(count)?;
        let variance = || {
            let mut squares = Decimal::ZERO;
            for run in sorted.chunk_by(|a, b| a == b) {
                let deviation = Decimal::from(run[0]).checked_sub(mean)?;
                let square = deviation.checked_mul(deviation)?;
                for _ in run {
                    squares = squares.checked_add(square)?;
                }
            }
            squares.checked_div(count)
        };
        Some(Standardiser {
            mean,
            std_dev: variance().map(sqrt).unwrap_or_default(),
        })
    }

    fn z(self, value: Decimal) -> Decimal {
        // A reviewer who gives everyone the same figure says nothing about relative merit: neutral, not
        // undefined.
        if self.std_dev.is_zero() {
            return Decimal::ZERO;
        }
        value
            .checked_sub(self.mean)
            .and_then(|deviation| deviation.checked_div(self.std_dev))
            .unwrap_or(Decimal::ZERO)
    }
}

/// Sorts by value, then by scale, so that every sum over the figures is taken in one order whatever the
/// order of the reviews: a rounded sum depends on the order of its terms.
fn sorted(mut values: Vec<Decimal>) -> Vec<Decimal> {
    sort_figures(&mut values);
    values
}

/// [`sorted`] in place.
fn sort_figures(values: &mut [Decimal]) -> &[Decimal] {
    values.sort_by(|a, b| a.cmp(b).then(a.scale().cmp(&b.scale())));
    values
}

/// Mean of sorted figures; `None` when there are none.
fn mean(sorted: &[Decimal]) -> Option<Decimal> {
    let (first, last) = (*sorted.first()?, *sorted.last()?);
    // Equal figures are their own mean: summing and dividing could be off by one unit in the last place, and
    // that unit would give a reviewer of constant 28-digit totals a tiny spread and meaningless z-scores.
    if first == last {
        return Some(first);
    }
    let sum = sorted
        .iter()
        .try_fold(Decimal::ZERO, |sum, value| sum.checked_add(*value))?;
    sum.checked_div(Decimal::from(sorted.len()))
}

/// Range and population standard deviation of sorted figures; zero with fewer than two distinct figures.
fn spread(sorted: &[Decimal]) -> Spread {
    let (Some(&first), Some(&last)) = (sorted.first(), sorted.last()) else {
        return Spread::default();
    };
    if first == last {
        return Spread::default();
    }
    Spread {
        range: last.checked_sub(first).unwrap_or(Decimal::MAX),
        std_dev: population_std_dev(sorted).unwrap_or_default(),
    }
}

fn population_std_dev(sorted: &[Decimal]) -> Option<Decimal> {
    let mean = mean(sorted)?;
    // Two passes (deviations from the mean) rather than `E[x^2] - E[x]^2`, which cancels catastrophically on
    // 28-digit totals that differ only in their last digits.
    let squares = sorted.iter().try_fold(Decimal::ZERO, |sum, value| {
        let deviation = value.checked_sub(mean)?;
        sum.checked_add(deviation.checked_mul(deviation)?)
    })?;
    Some(sqrt(squares.checked_div(Decimal::from(sorted.len()))?))
}

/// Square root by Newton's iteration, as `rust_decimal`'s own, but bounded: theirs asserts (panics) when the
/// iteration oscillates between two neighbours in the last digit (e.g. on 4.0000000000000000000000000003);
/// here the neighbour whose square is closer wins, the lower one on a tie.
fn sqrt(value: Decimal) -> Decimal {
    if value <= Decimal::ZERO {
        return Decimal::ZERO;
    }
    let mut guess = value / Decimal::TWO;
    if guess.is_zero() {
        guess = value;
    }
    let mut previous = None;
    // From `value / 2` the iteration halves its error until it is near the root, then doubles its digits
    // each step: about 60 steps at the extremes of the range, so the bound is never what stops it.
    for _ in 0..400 {
        let Some(next) = value
            .checked_div(guess)
            .and_then(|q| q.checked_add(guess))
            .and_then(|s| s.checked_div(Decimal::TWO))
        else {
            break;
        };
        if next == guess {
            return next;
        }
        if previous == Some(next) {
            let error = |root: Decimal| root.checked_mul(root).map(|square| (square - value).abs());
            let (low, high) = if guess < next {
                (guess, next)
            } else {
                (next, guess)
            };
            return match (error(low), error(high)) {
                (Some(low_error), Some(high_error)) if high_error < low_error => high,
                _ => low,
            };
        }
        previous = Some(guess);
        guess = next;
    }
    guess
}

fn checked_weighted_total(criteria: &[CriterionRule], scores: &[Decimal]) -> Option<Decimal> {
    if criteria.is_empty()
        || criteria.len() != scores.len()
        || criteria.iter().any(|c| c.max_score < 1)
    {
        return None;
    }
    let weight_sum = criteria
        .iter()
        .try_fold(Decimal::ZERO, |sum, c| sum.checked_add(c.weight))?;
    if weight_sum <= Decimal::ZERO {
        return None;
    }
    common_denominator(criteria)
        .and_then(|denominator| {
            let numerator = criteria.iter().zip(scores).try_fold(
                Decimal::ZERO,
                |sum, (criterion, score)| {
                    let factor =
                        Decimal::from(denominator / u64::try_from(criterion.max_score).ok()?);
                    sum.checked_add(criterion.weight.checked_mul(*score)?.checked_mul(factor)?)
                },
            )?;
            share_of(
                numerator,
                Decimal::from(denominator).checked_mul(weight_sum)?,
            )
        })
        .or_else(|| {
            let numerator = criteria.iter().zip(scores).try_fold(
                Decimal::ZERO,
                |sum, (criterion, score)| {
                    let term = criterion
                        .weight
                        .checked_mul(*score)?
                        .checked_div(Decimal::from(criterion.max_score))?;
                    sum.checked_add(term)
                },
            )?;
            share_of(numerator, weight_sum)
        })
}

/// `100 * numerator / denominator`, multiplying first so that the division is the last and only rounding.
fn share_of(numerator: Decimal, denominator: Decimal) -> Option<Decimal> {
    numerator
        .checked_mul(Decimal::ONE_HUNDRED)?
        .checked_div(denominator)
}

/// The least common multiple of the maxima, when it fits.
fn common_denominator(criteria: &[CriterionRule]) -> Option<u64> {
    criteria.iter().try_fold(1u64, |lcm, criterion| {
        let max = u64::try_from(criterion.max_score)
            .ok()
            .filter(|max| *max > 0)?;
        lcm.checked_mul(max / gcd(lcm, max))
    })
}

/// Stein's binary algorithm: shifts and subtractions instead of divisions.
fn gcd(mut a: u64, mut b: u64) -> u64 {
    if a == 0 || b == 0 {
        return a | b;
    }
    let shift = (a | b).trailing_zeros();
    a >>= a.trailing_zeros();
    loop {
        b >>= b.trailing_zeros();
        if a > b {
            (a, b) = (b, a);
        }
        b -= a;
        if b == 0 {
            return a << shift;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Today's straightforward implementation, known correct: a `BTreeMap` lookup per score, every figure
    /// computed in decimals from scratch. The optimised `aggregate` must give identical figures.
    mod reference {
        use std::collections::BTreeMap;

        use rust_decimal::Decimal;
        use uuid::Uuid;

        use super::super::{
            Aggregation, AggregationSettings, ApplicationFigures, CriterionFigures, CriterionRule,
            Fraction, ReviewScores, Standardiser, exact_total, mean, reaches, sorted, spread,
            weighted_total,
        };

        /// Aggregates every submitted review of a call. `reviews` holds the call's counted reviews (normalisation
        /// needs each reviewer's other reviews); `consensus` the recorded consensus per application and criterion.
        /// Returns figures for every application in `applications`, in that order, even those without reviews.
        pub(super) fn aggregate(
            criteria: &[CriterionRule],
            applications: &[Uuid],
            reviews: &[ReviewScores],
            consensus: &BTreeMap<(Uuid, Uuid), i32>,
            settings: &AggregationSettings,
        ) -> Vec<ApplicationFigures> {
            let mut by_application: BTreeMap<Uuid, Vec<&ReviewScores>> = BTreeMap::new();
            for review in reviews {
                by_application
                    .entry(review.application_id)
                    .or_default()
                    .push(review);
            }
            let context = Context {
                criteria,
                consensus,
                settings,
                // From every review given, not only those of `applications`: a reviewer's scale is all they scored.
                scales: settings
                    .normalise
                    .then(|| reviewer_scales(criteria, reviews)),
            };
            applications
                .iter()
                .map(|&id| context.figures(id, by_application.get(&id).map_or(&[], Vec::as_slice)))
                .collect()
        }

        /// What every application's figures are computed against.
        struct Context<'a> {
            criteria: &'a [CriterionRule],
            consensus: &'a BTreeMap<(Uuid, Uuid), i32>,
            settings: &'a AggregationSettings,
            scales: Option<BTreeMap<Uuid, ReviewerScale>>,
        }

        impl Context<'_> {
            fn figures(
                &self,
                application_id: Uuid,
                reviews: &[&ReviewScores],
            ) -> ApplicationFigures {
                let criteria: Vec<CriterionFigures> = self
                    .criteria
                    .iter()
                    .enumerate()
                    .map(|(index, criterion)| {
                        self.criterion_figures(application_id, index, criterion, reviews)
                    })
                    .collect();

                // Totals come from the exact fractions (a mean of three scores is a third), so that applications whose
                // exact totals are equal tie exactly, whatever the number of their reviews.
                let aggregates: Option<Vec<Fraction>> = self
                    .criteria
                    .iter()
                    .map(|criterion| self.aggregate_fraction(criterion, reviews))
                    .collect();
                let total = aggregates
                    .filter(|_| !reviews.is_empty())
                    .map(|aggregates| exact_total(self.criteria, &aggregates));
                let ranked: Option<Vec<Fraction>> = self
                    .criteria
                    .iter()
                    .map(
                        |criterion| match self.consensus.get(&(application_id, criterion.id)) {
                            Some(&consensus) => Some(Fraction::whole(consensus)),
                            None => self.aggregate_fraction(criterion, reviews),
                        },
                    )
                    .collect();
                let ranked_total = ranked.map(|ranked| exact_total(self.criteria, &ranked));

                let totals: Vec<Decimal> = reviews
                    .iter()
                    .filter_map(|r| review_total(self.criteria, r))
                    .collect();
                let total_spread = spread(&sorted(totals));
                let normalised_total = self.scales.as_ref().and_then(|scales| {
                    let z = reviews.iter().filter_map(|review| {
                        let scale = scales.get(&review.reviewer_id)?.total?;
                        Some(scale.z(review_total(self.criteria, review)?))
                    });
                    mean(&sorted(z.collect()))
                });

                let threshold = self.settings.disagreement_threshold;
                let flagged = reaches(threshold, Some(total_spread.range))
                    || criteria.iter().any(|c| c.flagged);
                ApplicationFigures {
                    application_id,
                    reviews: reviews.len(),
                    criteria,
                    total,
                    ranked_total,
                    total_spread,
                    normalised_total,
                    flagged,
                }
            }

            fn criterion_figures(
                &self,
                application_id: Uuid,
                index: usize,
                criterion: &CriterionRule,
                reviews: &[&ReviewScores],
            ) -> CriterionFigures {
                let scores = sorted(
                    reviews
                        .iter()
                        .filter_map(|review| review.scores.get(&criterion.id))
                        .map(|&score| Decimal::from(score))
                        .collect(),
                );
                let aggregate = self
                    .aggregate_fraction(criterion, reviews)
                    .and_then(Fraction::to_decimal);
                let consensus = self.consensus.get(&(application_id, criterion.id)).copied();
                let spread = spread(&scores);
                let normalised = self.scales.as_ref().and_then(|scales| {
                    let z = reviews.iter().filter_map(|review| {
                        let score = *review.scores.get(&criterion.id)?;
                        let scale = scales.get(&review.reviewer_id)?.criteria[index]?;
                        Some(scale.z(Decimal::from(score)))
                    });
                    mean(&sorted(z.collect()))
                });
                let points = spread
                    .range
                    .checked_mul(Decimal::ONE_HUNDRED)
                    .and_then(|range| range.checked_div(Decimal::from(criterion.max_score)));
                CriterionFigures {
                    criterion_id: criterion.id,
                    aggregate,
                    consensus,
                    ranked: consensus.map(Decimal::from).or(aggregate),
                    spread,
                    normalised,
                    flagged: reaches(self.settings.disagreement_threshold, points),
                }
            }
        }

        impl Context<'_> {
            /// The mean or median of the application's scores on one criterion, as an exact fraction.
            fn aggregate_fraction(
                &self,
                criterion: &CriterionRule,
                reviews: &[&ReviewScores],
            ) -> Option<Fraction> {
                let mut scores: Vec<i128> = reviews
                    .iter()
                    .filter_map(|review| review.scores.get(&criterion.id))
                    .map(|&score| i128::from(score))
                    .collect();
                scores.sort_unstable();
                match self.settings.method {
                    Aggregation::Mean => Fraction::new(
                        scores.iter().sum(),
                        i128::try_from(scores.len()).ok().filter(|n| *n > 0)?,
                    ),
                    Aggregation::Median => {
                        let middle = scores.len() / 2;
                        if scores.len() % 2 == 1 {
                            Fraction::new(scores[middle], 1)
                        } else {
                            Fraction::new(
                                scores.get(middle.checked_sub(1)?)? + scores.get(middle)?,
                                2,
                            )
                        }
                    }
                }
            }
        }

        /// A reviewer's own centre and scale, per criterion (in the order of the criteria) and for their totals.
        struct ReviewerScale {
            criteria: Vec<Option<Standardiser>>,
            total: Option<Standardiser>,
        }

        fn reviewer_scales(
            criteria: &[CriterionRule],
            reviews: &[ReviewScores],
        ) -> BTreeMap<Uuid, ReviewerScale> {
            let mut figures: BTreeMap<Uuid, (Vec<Vec<Decimal>>, Vec<Decimal>)> = BTreeMap::new();
            for review in reviews {
                let (scores, totals) = figures
                    .entry(review.reviewer_id)
                    .or_insert_with(|| (vec![Vec::new(); criteria.len()], Vec::new()));
                for (index, criterion) in criteria.iter().enumerate() {
                    if let Some(&score) = review.scores.get(&criterion.id) {
                        scores[index].push(Decimal::from(score));
                    }
                }
                totals.extend(review_total(criteria, review));
            }
            figures
                .into_iter()
                .map(|(reviewer, (scores, totals))| {
                    let scale = ReviewerScale {
                        criteria: scores.into_iter().map(Standardiser::of).collect(),
                        total: Standardiser::of(totals),
                    };
                    (reviewer, scale)
                })
                .collect()
        }

        /// The reviewer's own weighted total, when the review scores every criterion.
        fn review_total(criteria: &[CriterionRule], review: &ReviewScores) -> Option<Decimal> {
            let scores: Option<Vec<Decimal>> = criteria
                .iter()
                .map(|c| review.scores.get(&c.id).map(|&s| Decimal::from(s)))
                .collect();
            Some(weighted_total(criteria, &scores?))
        }
    }

    const C1: Uuid = Uuid::from_u128(1);
    const C2: Uuid = Uuid::from_u128(2);
    const C3: Uuid = Uuid::from_u128(3);
    const A: Uuid = Uuid::from_u128(10);
    const B: Uuid = Uuid::from_u128(11);
    const C: Uuid = Uuid::from_u128(12);
    const UNLISTED: Uuid = Uuid::from_u128(19);
    const R1: Uuid = Uuid::from_u128(20);
    const R2: Uuid = Uuid::from_u128(21);
    const R3: Uuid = Uuid::from_u128(22);

    fn d(value: &str) -> Decimal {
        Decimal::from_str_exact(value).unwrap()
    }

    fn rule(id: Uuid, max_score: i32, weight: i64) -> CriterionRule {
        CriterionRule {
            id,
            weight: Decimal::from(weight),
            max_score,
            min_score: None,
        }
    }

    /// Maxima 5 / 10 / 5, weights 2 / 1 / 1.
    fn three_criteria() -> Vec<CriterionRule> {
        vec![rule(C1, 5, 2), rule(C2, 10, 1), rule(C3, 5, 1)]
    }

    fn review(application_id: Uuid, reviewer_id: Uuid, scores: &[(Uuid, i32)]) -> ReviewScores {
        ReviewScores {
            application_id,
            reviewer_id,
            scores: scores.iter().copied().collect(),
        }
    }

    /// R1 scores A 4 / 6 / 3 (own total 70), R2 scores A 2 / 10 / 4 (own total 65).
    fn two_reviews_of_a() -> Vec<ReviewScores> {
        vec![
            review(A, R1, &[(C1, 4), (C2, 6), (C3, 3)]),
            review(A, R2, &[(C1, 2), (C2, 10), (C3, 4)]),
        ]
    }

    fn run(
        reviews: &[ReviewScores],
        applications: &[Uuid],
        settings: &AggregationSettings,
    ) -> Vec<ApplicationFigures> {
        aggregate(
            &three_criteria(),
            applications,
            reviews,
            &BTreeMap::new(),
            settings,
        )
    }

    fn only(figures: Vec<ApplicationFigures>) -> ApplicationFigures {
        assert_eq!(figures.len(), 1);
        figures.into_iter().next().unwrap()
    }

    fn aggregates(figures: &ApplicationFigures) -> Vec<Option<Decimal>> {
        figures.criteria.iter().map(|c| c.aggregate).collect()
    }

    fn normalised(figures: &ApplicationFigures) -> Vec<Option<Decimal>> {
        figures.criteria.iter().map(|c| c.normalised).collect()
    }

    fn normalising() -> AggregationSettings {
        AggregationSettings {
            normalise: true,
            ..AggregationSettings::default()
        }
    }

    fn with_threshold(threshold: &str) -> AggregationSettings {
        AggregationSettings {
            disagreement_threshold: Some(d(threshold)),
            ..AggregationSettings::default()
        }
    }

    #[test]
    fn means_in_thirds_with_equal_exact_totals_tie_exactly() {
        // Two criteria of weight 1 out of 5; three reviews each. Y's means are (2/3, 0), X's (1/3, 1/3): both
        // totals are exactly 100 * (2/15) / 2 = 20/3, and must be the same decimal so the lottery decides.
        let (c1, c2) = (Uuid::from_u128(1), Uuid::from_u128(2));
        let criteria = vec![rule(c1, 5, 1), rule(c2, 5, 1)];
        let (x, y) = (Uuid::from_u128(10), Uuid::from_u128(11));
        let reviewers = [
            Uuid::from_u128(20),
            Uuid::from_u128(21),
            Uuid::from_u128(22),
        ];
        let scores_y = [[1, 0], [1, 0], [0, 0]];
        let scores_x = [[1, 1], [0, 0], [0, 0]];
        let mut reviews = Vec::new();
        for (i, reviewer) in reviewers.iter().enumerate() {
            reviews.push(review(
                y,
                *reviewer,
                &[(c1, scores_y[i][0]), (c2, scores_y[i][1])],
            ));
            reviews.push(review(
                x,
                *reviewer,
                &[(c1, scores_x[i][0]), (c2, scores_x[i][1])],
            ));
        }
        let figures = aggregate(
            &criteria,
            &[x, y],
            &reviews,
            &BTreeMap::new(),
            &AggregationSettings::default(),
        );
        assert_eq!(figures[0].ranked_total, figures[1].ranked_total);
        assert_eq!(figures[0].total, figures[1].total);
        assert_eq!(figures[0].total, Some(d("20") / d("3")));
    }

    #[test]
    fn the_weighted_total_is_exact() {
        // 100 * (2 * 3/5 + 1 * 8/10 + 1 * 3.5/5) / 4 = 100 * 2.7 / 4
        assert_eq!(
            weighted_total(&three_criteria(), &[d("3"), d("8"), d("3.5")]),
            d("67.5")
        );
        assert_eq!(
            weighted_total(&three_criteria(), &[d("5"), d("10"), d("5")]),
            d("100")
        );
        assert_eq!(
            weighted_total(&three_criteria(), &[d("0"), d("0"), d("0")]),
            d("0")
        );
    }

    #[test]
    fn scores_with_equal_exact_totals_tie_exactly_even_when_thirds_do_not_terminate() {
        let criteria = [rule(C1, 3, 1), rule(C2, 3, 1)];

        let one_and_one = weighted_total(&criteria, &[d("1"), d("1")]);
        let two_and_none = weighted_total(&criteria, &[d("2"), d("0")]);

        assert_eq!(one_and_one, two_and_none);
        assert_eq!(one_and_one.serialize(), two_and_none.serialize());
        assert_eq!(one_and_one, d("33.333333333333333333333333333"));
    }

    #[test]
    fn degenerate_criteria_give_a_total_of_zero_instead_of_panicking() {
        assert_eq!(weighted_total(&[], &[]), Decimal::ZERO);
        assert_eq!(
            weighted_total(&[rule(C1, 5, 0), rule(C2, 5, 0)], &[d("3"), d("4")]),
            Decimal::ZERO
        );
        assert_eq!(weighted_total(&[rule(C1, 0, 1)], &[d("3")]), Decimal::ZERO);
        assert_eq!(weighted_total(&three_criteria(), &[d("3")]), Decimal::ZERO);
        let huge = CriterionRule {
            weight: Decimal::MAX,
            ..rule(C1, 5, 1)
        };
        assert_eq!(
            weighted_total(&[huge.clone(), huge], &[d("5"), d("5")]),
            Decimal::ZERO
        );
    }

    #[test]
    fn the_mean_of_two_reviews_gives_each_criterion_its_mean_and_the_exact_weighted_total() {
        let figures = only(run(
            &two_reviews_of_a(),
            &[A],
            &AggregationSettings::default(),
        ));

        assert_eq!(figures.application_id, A);
        assert_eq!(figures.reviews, 2);
        assert_eq!(
            aggregates(&figures),
            [Some(d("3")), Some(d("8")), Some(d("3.5"))]
        );
        assert_eq!(figures.total, Some(d("67.5")));
        assert_eq!(figures.ranked_total, Some(d("67.5")));
        assert!(
            figures
                .criteria
                .iter()
                .all(|c| c.consensus.is_none() && c.ranked == c.aggregate)
        );
        assert_eq!(
            figures
                .criteria
                .iter()
                .map(|c| c.criterion_id)
                .collect::<Vec<_>>(),
            [C1, C2, C3]
        );
    }

    #[test]
    fn the_spread_is_the_range_and_the_population_standard_deviation() {
        let figures = only(run(
            &two_reviews_of_a(),
            &[A],
            &AggregationSettings::default(),
        ));

        let spreads: Vec<(Decimal, Decimal)> = figures
            .criteria
            .iter()
            .map(|c| (c.spread.range, c.spread.std_dev))
            .collect();
        assert_eq!(
            spreads,
            [(d("2"), d("1")), (d("4"), d("2")), (d("1"), d("0.5"))]
        );
        // Own totals 70 and 65.
        assert_eq!(
            figures.total_spread,
            Spread {
                range: d("5"),
                std_dev: d("2.5")
            }
        );
    }

    #[test]
    fn the_standard_deviation_of_three_scores_divides_by_their_number() {
        // 1, 2, 6: mean 3, squared deviations 4 + 1 + 9 = 14, population variance 14/3 (sample: 7).
        let reviews = [
            review(A, R1, &[(C1, 1)]),
            review(A, R2, &[(C1, 2)]),
            review(A, R3, &[(C1, 6)]),
        ];

        let figures = only(run(&reviews, &[A], &AggregationSettings::default()));

        let sd = figures.criteria[0].spread.std_dev;
        assert!(
            (sd * sd - d("14") / d("3")).abs() < Decimal::new(1, 25),
            "{sd}"
        );
    }

    #[test]
    fn the_median_of_an_odd_count_is_the_middle_score_and_of_an_even_count_the_mean_of_the_middle_two()
     {
        let median = AggregationSettings {
            method: Aggregation::Median,
            ..AggregationSettings::default()
        };
        let scores = |application, scores: &[i32]| -> Vec<ReviewScores> {
            scores
                .iter()
                .enumerate()
                .map(|(i, &s)| review(application, Uuid::from_u128(100 + i as u128), &[(C1, s)]))
                .collect()
        };
        let mut reviews = scores(A, &[5, 1, 2]);
        reviews.extend(scores(B, &[5, 1, 4, 2]));
        reviews.extend(scores(C, &[2, 4]));

        let figures = run(&reviews, &[A, B, C], &median);
        let means = run(&reviews, &[A, B, C], &AggregationSettings::default());

        assert_eq!(figures[0].criteria[0].aggregate, Some(d("2")));
        assert_eq!(figures[1].criteria[0].aggregate, Some(d("3")));
        assert_eq!(figures[2].criteria[0].aggregate, Some(d("3")));
        assert_eq!(means[0].criteria[0].aggregate, Some(d("8") / d("3")));
    }

    #[test]
    fn a_consensus_replaces_the_aggregate_in_the_ranked_figures_only() {
        let consensus = BTreeMap::from([((A, C3), 5)]);

        let figures = only(aggregate(
            &three_criteria(),
            &[A],
            &two_reviews_of_a(),
            &consensus,
            &AggregationSettings::default(),
        ));

        let third = &figures.criteria[2];
        assert_eq!(
            (third.consensus, third.aggregate, third.ranked),
            (Some(5), Some(d("3.5")), Some(d("5")))
        );
        assert_eq!(figures.criteria[0].ranked, Some(d("3")));
        assert_eq!(figures.total, Some(d("67.5")));
        // 100 * (1.2 + 0.8 + 1) / 4
        assert_eq!(figures.ranked_total, Some(d("75")));
    }

    #[test]
    fn a_criterion_is_flagged_when_its_range_reaches_the_threshold_and_not_just_below() {
        // Ranges in points: 100 * 2/5 = 40, 100 * 4/10 = 40, 100 * 1/5 = 20; the totals' range is 5.
        let at = only(run(&two_reviews_of_a(), &[A], &with_threshold("40")));
        let above = only(run(&two_reviews_of_a(), &[A], &with_threshold("40.01")));
        let unset = only(run(
            &two_reviews_of_a(),
            &[A],
            &AggregationSettings::default(),
        ));

        assert_eq!(
            at.criteria.iter().map(|c| c.flagged).collect::<Vec<_>>(),
            [true, true, false]
        );
        assert!(at.flagged);
        assert!(above.criteria.iter().all(|c| !c.flagged));
        assert!(!above.flagged);
        assert!(unset.criteria.iter().all(|c| !c.flagged));
        assert!(!unset.flagged);
    }

    #[test]
    fn the_totals_range_flags_the_application_at_the_threshold() {
        let reviews = [
            review(A, R1, &[(C1, 5), (C2, 10), (C3, 5)]),
            review(A, R2, &[(C1, 4), (C2, 8), (C3, 4)]),
        ];

        let at = only(run(&reviews, &[A], &with_threshold("20")));
        let above = only(run(&reviews, &[A], &with_threshold("20.0000001")));

        assert_eq!(at.total_spread.range, d("20"));
        assert!(at.flagged);
        assert!(!above.flagged);
    }

    #[test]
    fn a_reviewer_who_scores_two_applications_gets_z_scores_of_plus_and_minus_one() {
        // Criterion 1: 4 and 2 (mean 3, sd 1); own totals 70 and 50 (mean 60, sd 10); the rest constant.
        let reviews = [
            review(A, R1, &[(C1, 4), (C2, 6), (C3, 3)]),
            review(B, R1, &[(C1, 2), (C2, 6), (C3, 3)]),
        ];

        let figures = run(&reviews, &[A, B], &normalising());

        let zero = Some(Decimal::ZERO);
        assert_eq!(normalised(&figures[0]), [Some(d("1")), zero, zero]);
        assert_eq!(normalised(&figures[1]), [Some(d("-1")), zero, zero]);
        assert_eq!(figures[0].normalised_total, Some(d("1")));
        assert_eq!(figures[1].normalised_total, Some(d("-1")));
    }

    #[test]
    fn a_reviewer_who_gives_everyone_the_same_score_contributes_a_z_score_of_zero() {
        let reviews = [
            review(A, R1, &[(C1, 4), (C2, 6), (C3, 3)]),
            review(B, R1, &[(C1, 2), (C2, 6), (C3, 3)]),
            review(A, R2, &[(C1, 3), (C2, 8), (C3, 4)]),
            review(B, R2, &[(C1, 3), (C2, 8), (C3, 4)]),
        ];

        let figures = run(&reviews, &[A, B], &normalising());

        assert_eq!(figures[0].criteria[0].normalised, Some(d("0.5")));
        assert_eq!(figures[1].criteria[0].normalised, Some(d("-0.5")));
        assert_eq!(figures[0].normalised_total, Some(d("0.5")));
    }

    #[test]
    fn normalisation_is_absent_when_switched_off() {
        let figures = only(run(
            &two_reviews_of_a(),
            &[A],
            &AggregationSettings::default(),
        ));

        assert!(figures.criteria.iter().all(|c| c.normalised.is_none()));
        assert_eq!(figures.normalised_total, None);
    }

    #[test]
    fn reviews_of_unlisted_applications_only_inform_the_reviewers_scale() {
        let reviews = [review(A, R1, &[(C1, 4)]), review(UNLISTED, R1, &[(C1, 2)])];

        let figures = only(run(&reviews, &[A], &normalising()));

        assert_eq!(figures.reviews, 1);
        assert_eq!(figures.criteria[0].aggregate, Some(d("4")));
        assert_eq!(figures.criteria[0].spread, Spread::default());
        assert_eq!(figures.criteria[0].normalised, Some(d("1")));
    }

    #[test]
    fn a_review_missing_a_criterion_is_not_counted_for_it_nor_in_the_spread_of_totals() {
        let reviews = [
            review(A, R1, &[(C1, 4), (C2, 6), (C3, 3)]),
            review(A, R2, &[(C1, 2), (C2, 10)]),
        ];

        let figures = only(run(&reviews, &[A], &normalising()));

        assert_eq!(figures.reviews, 2);
        assert_eq!(
            aggregates(&figures),
            [Some(d("3")), Some(d("8")), Some(d("3"))]
        );
        // 100 * (1.2 + 0.8 + 0.6) / 4
        assert_eq!(figures.total, Some(d("65")));
        assert_eq!(figures.total_spread, Spread::default());
        assert_eq!(figures.criteria[2].spread, Spread::default());
    }

    #[test]
    fn an_application_without_reviews_has_no_figures_but_ranks_on_a_full_consensus() {
        let consensus = BTreeMap::from([((B, C1), 5), ((B, C2), 10), ((B, C3), 5), ((C, C1), 5)]);
        let settings = AggregationSettings {
            normalise: true,
            ..with_threshold("40")
        };

        let figures = aggregate(&three_criteria(), &[A, B, C], &[], &consensus, &settings);

        assert_eq!(
            figures.iter().map(|f| f.application_id).collect::<Vec<_>>(),
            [A, B, C]
        );
        for application in &figures {
            assert_eq!(application.reviews, 0);
            assert_eq!(application.total, None);
            assert_eq!(application.total_spread, Spread::default());
            assert_eq!(application.normalised_total, None);
            assert!(!application.flagged);
            for criterion in &application.criteria {
                assert_eq!(criterion.aggregate, None);
                assert_eq!(criterion.spread, Spread::default());
                assert_eq!(criterion.normalised, None);
                assert!(!criterion.flagged);
            }
        }
        assert_eq!(figures[0].ranked_total, None);
        assert_eq!(figures[1].ranked_total, Some(d("100")));
        assert_eq!(figures[2].ranked_total, None);
        assert_eq!(figures[2].criteria[0].ranked, Some(d("5")));
    }

    #[test]
    fn the_square_root_settles_where_the_iteration_oscillates_in_the_last_digit() {
        // `rust_decimal`'s own sqrt panics on both; the roots are 2 + 7.5e-28 and 20 + 7.5e-28.
        assert_eq!(
            sqrt(d("4.0000000000000000000000000003")),
            d("2.0000000000000000000000000001")
        );
        assert_eq!(
            sqrt(d("400.00000000000000000000000003")),
            d("20.000000000000000000000000001")
        );
        assert_eq!(sqrt(d("1")), d("1"));
        assert_eq!(sqrt(d("0")), d("0"));
        let root = sqrt(d("2"));
        assert!((root * root - d("2")).abs() < Decimal::new(1, 26), "{root}");
        for extreme in [Decimal::MAX, d("0.0000000000000000000000000001")] {
            let root = sqrt(extreme);
            assert!(
                ((extreme / root - root) / root).abs() < Decimal::new(1, 20),
                "{extreme}: {root}"
            );
        }
    }

    // Properties over random calls: up to 4 criteria, 4 applications, 5 reviewers.

    const APPLICATIONS: [Uuid; 4] = [A, B, C, UNLISTED];

    fn criteria_strategy() -> impl Strategy<Value = Vec<CriterionRule>> {
        prop::collection::vec((1i32..=20, 1i64..=1000, 0u32..=2), 1..=4).prop_map(|rules| {
            rules
                .into_iter()
                .enumerate()
                .map(|(i, (max_score, weight, scale))| CriterionRule {
                    id: Uuid::from_u128(i as u128 + 1),
                    weight: Decimal::new(weight, scale),
                    max_score,
                    min_score: None,
                })
                .collect()
        })
    }

    /// Reviews whose scores lie within each criterion's maximum; about one score in ten is missing.
    fn reviews_strategy(
        criteria: &[CriterionRule],
        applications: usize,
        reviewers: usize,
        count: std::ops::RangeInclusive<usize>,
    ) -> impl Strategy<Value = Vec<ReviewScores>> + use<> {
        let maxima: Vec<(Uuid, i32)> = criteria.iter().map(|c| (c.id, c.max_score)).collect();
        let scores = prop::collection::vec((any::<u32>(), prop::bool::weighted(0.9)), maxima.len());
        prop::collection::vec((0..applications, 0..reviewers, scores), count).prop_map(
            move |reviews| {
                reviews
                    .into_iter()
                    .map(|(application, reviewer, scores)| ReviewScores {
                        application_id: APPLICATIONS[application],
                        reviewer_id: Uuid::from_u128(reviewer as u128 + 100),
                        scores: maxima
                            .iter()
                            .zip(scores)
                            .filter(|(_, (_, present))| *present)
                            .map(|(&(id, max), (raw, _))| (id, (raw % (max as u32 + 1)) as i32))
                            .collect(),
                    })
                    .collect()
            },
        )
    }

    fn settings_strategy() -> impl Strategy<Value = AggregationSettings> {
        (
            prop::sample::select(Aggregation::ALL.to_vec()),
            any::<bool>(),
            prop::option::of(0i64..=100),
        )
            .prop_map(|(method, normalise, threshold)| AggregationSettings {
                method,
                normalise,
                disagreement_threshold: threshold.map(Decimal::from),
            })
    }

    fn call_strategy()
    -> impl Strategy<Value = (Vec<CriterionRule>, Vec<ReviewScores>, AggregationSettings)> {
        criteria_strategy().prop_flat_map(|criteria| {
            let reviews = reviews_strategy(&criteria, 4, 5, 0..=14);
            (Just(criteria), reviews, settings_strategy())
        })
    }

    fn scores_of(reviews: &[ReviewScores], application: Uuid, criterion: Uuid) -> Vec<i32> {
        reviews
            .iter()
            .filter(|r| r.application_id == application)
            .filter_map(|r| r.scores.get(&criterion).copied())
            .collect()
    }

    proptest! {
        #[test]
        fn every_total_lies_between_0_and_100((criteria, reviews, settings) in call_strategy()) {
            let figures = aggregate(&criteria, &APPLICATIONS[..3], &reviews, &BTreeMap::new(), &settings);

            for application in &figures {
                for total in [application.total, application.ranked_total].into_iter().flatten() {
                    prop_assert!(total >= Decimal::ZERO && total <= Decimal::ONE_HUNDRED, "{}", total);
                }
                prop_assert!(application.total_spread.range <= Decimal::ONE_HUNDRED);
            }
        }

        #[test]
        fn a_weighted_total_of_fractional_scores_lies_between_0_and_100(
            (criteria, fractions) in criteria_strategy().prop_flat_map(|criteria| {
                let fractions = prop::collection::vec(0u32..=1000, criteria.len());
                (Just(criteria), fractions)
            })
        ) {
            let scores: Vec<Decimal> = criteria
                .iter()
                .zip(&fractions)
                .map(|(c, &f)| Decimal::from(c.max_score) * Decimal::from(f) / Decimal::from(1000))
                .collect();

            let total = weighted_total(&criteria, &scores);

            prop_assert!(total >= Decimal::ZERO && total <= Decimal::ONE_HUNDRED, "{}", total);
        }

        #[test]
        fn every_aggregate_lies_between_the_lowest_and_highest_score(
            (criteria, reviews, settings) in call_strategy()
        ) {
            let figures = aggregate(&criteria, &APPLICATIONS[..3], &reviews, &BTreeMap::new(), &settings);

            for application in &figures {
                for (criterion, figure) in criteria.iter().zip(&application.criteria) {
                    let scores = scores_of(&reviews, application.application_id, criterion.id);
                    match (scores.iter().min(), scores.iter().max(), figure.aggregate) {
                        (Some(&low), Some(&high), Some(aggregate)) => {
                            prop_assert!(aggregate >= Decimal::from(low) && aggregate <= Decimal::from(high));
                            prop_assert_eq!(figure.spread.range, Decimal::from(high - low));
                            prop_assert!(figure.spread.std_dev <= figure.spread.range);
                        }
                        (None, None, None) => {}
                        other => prop_assert!(false, "scores and aggregate disagree: {:?}", other),
                    }
                }
            }
        }

        #[test]
        fn raising_one_score_never_lowers_the_total(
            (criteria, reviews, settings, pick, raise) in call_strategy().prop_flat_map(|(c, r, s)| {
                let picks = (any::<prop::sample::Index>(), any::<prop::sample::Index>());
                (Just(c), Just(r), Just(s), picks, 1i32..=20)
            })
        ) {
            prop_assume!(!reviews.is_empty());
            let review = pick.0.index(reviews.len());
            let criterion = &criteria[pick.1.index(criteria.len())];
            let mut raised = reviews.clone();
            let max = criterion.max_score;
            raised[review].scores.entry(criterion.id).and_modify(|s| *s = (*s + raise).min(max));
            let application = [reviews[review].application_id];

            let before = only(aggregate(&criteria, &application, &reviews, &BTreeMap::new(), &settings));
            let after = only(aggregate(&criteria, &application, &raised, &BTreeMap::new(), &settings));

            if let (Some(before), Some(after)) = (before.total, after.total) {
                prop_assert!(after >= before, "{} then {}", before, after);
            }
            prop_assert_eq!(before.total.is_some(), after.total.is_some());
        }

        #[test]
        fn the_same_reviews_in_another_order_give_identical_figures(
            (criteria, reviews, settings, shuffled) in call_strategy().prop_flat_map(|(c, r, s)| {
                let shuffled = Just(r.clone()).prop_shuffle();
                (Just(c), Just(r), Just(s), shuffled)
            })
        ) {
            let consensus = BTreeMap::from([((A, criteria[0].id), 1)]);

            let figures = aggregate(&criteria, &APPLICATIONS[..3], &reviews, &consensus, &settings);
            let reordered = aggregate(&criteria, &APPLICATIONS[..3], &shuffled, &consensus, &settings);

            prop_assert_eq!(&figures, &reordered);
            // Equal by value is not enough for ties: the representation (scale included) must match too.
            prop_assert_eq!(format!("{figures:?}"), format!("{reordered:?}"));
        }

        #[test]
        fn the_median_of_one_or_two_reviews_is_their_mean(
            (criteria, reviews) in criteria_strategy().prop_flat_map(|criteria| {
                let reviews = reviews_strategy(&criteria, 1, 2, 1..=2);
                (Just(criteria), reviews)
            })
        ) {
            let mean = AggregationSettings::default();
            let median = AggregationSettings { method: Aggregation::Median, ..mean.clone() };

            let by_median = aggregate(&criteria, &[A], &reviews, &BTreeMap::new(), &median);
            let by_mean = aggregate(&criteria, &[A], &reviews, &BTreeMap::new(), &mean);

            prop_assert_eq!(by_median, by_mean);
        }

        #[test]
        fn a_reviewers_z_scores_on_a_criterion_sum_to_zero(
            (criteria, reviews) in criteria_strategy().prop_flat_map(|criteria| {
                let reviews = reviews_strategy(&criteria, 4, 1, 4..=4);
                (Just(criteria), reviews)
            })
        ) {
            // One reviewer, one review per application, so each application's normalised figure is their z.
            let reviews: Vec<ReviewScores> = reviews
                .into_iter()
                .zip(APPLICATIONS)
                .map(|(review, application_id)| ReviewScores { application_id, ..review })
                .collect();

            let figures = aggregate(&criteria, &APPLICATIONS, &reviews, &BTreeMap::new(), &normalising());

            let tolerance = Decimal::new(1, 20);
            for index in 0..criteria.len() {
                let sum: Decimal = figures.iter().filter_map(|f| f.criteria[index].normalised).sum();
                prop_assert!(sum.abs() < tolerance, "criterion {}: {}", index, sum);
            }
            let sum: Decimal = figures.iter().filter_map(|f| f.normalised_total).sum();
            prop_assert!(sum.abs() < tolerance, "totals: {}", sum);
        }
    }

    // The optimised aggregation against the reference, on random small calls.

    /// A random call: criteria, the applications listed, every review (some of unlisted applications), the
    /// consensus and the settings.
    type RandomCall = (
        Vec<CriterionRule>,
        Vec<Uuid>,
        Vec<ReviewScores>,
        BTreeMap<(Uuid, Uuid), i32>,
        AggregationSettings,
    );

    /// Applications `pool` ids long, of which the first `listed` are listed; reviewers from five; about one
    /// score in twenty missing and one consensus in ten recorded. `weights`, `maxima` and `scores` (a raw
    /// score to the one recorded, given the maximum) shape the data.
    fn random_call(
        weights: &'static [&'static str],
        maxima: &'static [i32],
        scores: fn(u32, i32) -> i32,
    ) -> impl Strategy<Value = RandomCall> {
        let rule = (prop::sample::select(weights), prop::sample::select(maxima));
        prop::collection::vec(rule, 1..=6).prop_flat_map(move |rules| {
            let criteria: Vec<CriterionRule> = rules
                .into_iter()
                .enumerate()
                .map(|(i, (weight, max_score))| CriterionRule {
                    id: Uuid::from_u128(i as u128 + 1),
                    weight: d(weight),
                    max_score,
                    min_score: None,
                })
                .collect();
            let n = criteria.len();
            let review = (
                0..5u128,
                prop::collection::vec((any::<u32>(), prop::bool::weighted(0.95)), n),
            );
            (
                Just(criteria),
                0..=8usize,
                prop::collection::vec(prop::collection::vec(review, 0..=4), 10),
                prop::collection::vec(prop::option::weighted(0.1, any::<u32>()), 10 * n),
                settings(),
            )
                .prop_map(move |(criteria, listed, reviews, consensus, settings)| {
                    let application = |i: usize| Uuid::from_u128(1_000 + i as u128);
                    let reviews = reviews
                        .into_iter()
                        .enumerate()
                        .flat_map(|(i, reviews)| reviews.into_iter().map(move |r| (i, r)))
                        .map(|(i, (reviewer, raw))| ReviewScores {
                            application_id: application(i),
                            reviewer_id: Uuid::from_u128(2_000 + reviewer),
                            scores: criteria
                                .iter()
                                .zip(raw)
                                .filter(|(_, (_, present))| *present)
                                .map(|(c, (raw, _))| (c.id, scores(raw, c.max_score)))
                                .collect(),
                        })
                        .collect();
                    let consensus = consensus
                        .into_iter()
                        .enumerate()
                        .filter_map(|(k, raw)| {
                            let criterion = &criteria[k % n];
                            Some((
                                (application(k / n), criterion.id),
                                scores(raw?, criterion.max_score),
                            ))
                        })
                        .collect();
                    let applications = (0..listed).map(application).collect();
                    (criteria, applications, reviews, consensus, settings)
                })
        })
    }

    fn settings() -> impl Strategy<Value = AggregationSettings> {
        (
            prop::sample::select(Aggregation::ALL.to_vec()),
            any::<bool>(),
            prop::option::of(prop::sample::select(&["0", "20", "33.3", "40", "100"][..])),
        )
            .prop_map(|(method, normalise, threshold)| AggregationSettings {
                method,
                normalise,
                disagreement_threshold: threshold.map(d),
            })
    }

    fn within_maximum(raw: u32, max: i32) -> i32 {
        (raw % (max.unsigned_abs() + 1)) as i32
    }

    /// Mostly within the maximum, now and then below zero or above the maximum.
    fn sometimes_outside(raw: u32, max: i32) -> i32 {
        match raw % 16 {
            0 => -1 - (raw / 16 % 3) as i32,
            1 => max + 1 + (raw / 16 % 3) as i32,
            _ => within_maximum(raw / 16, max),
        }
    }

    fn assert_identical(
        (criteria, applications, reviews, consensus, settings): RandomCall,
    ) -> Result<(), TestCaseError> {
        let optimised = aggregate(&criteria, &applications, &reviews, &consensus, &settings);
        let expected =
            reference::aggregate(&criteria, &applications, &reviews, &consensus, &settings);

        prop_assert_eq!(&optimised, &expected);
        // Equal by value is not enough: the representation (scale included) must match too.
        prop_assert_eq!(format!("{optimised:?}"), format!("{expected:?}"));
        Ok(())
    }

    proptest! {
        #[test]
        fn the_aggregation_gives_exactly_the_figures_of_the_reference(
            call in random_call(&["1", "2.5", "0.3", "2", "1.50", "0.25"], &[3, 5, 10], within_maximum)
        ) {
            assert_identical(call)?;
        }

        #[test]
        fn unusual_data_gives_exactly_the_figures_of_the_reference_too(
            call in random_call(
                &["1", "0", "-1", "0.0000000000000000000001", "1000000000000", "7.000"],
                &[0, 1, 7, 2_000],
                sometimes_outside,
            )
        ) {
            assert_identical(call)?;
        }

        #[test]
        fn a_listed_application_repeated_or_a_criterion_listed_twice_gives_the_figures_of_the_reference(
            (criteria, applications, reviews, consensus, settings) in
                random_call(&["1", "2.5"], &[3, 5], within_maximum)
        ) {
            let mut criteria = criteria;
            criteria.push(CriterionRule { weight: d("0.5"), ..criteria[0].clone() });
            let mut applications = applications;
            applications.extend(applications.first().copied());

            assert_identical((criteria, applications, reviews, consensus, settings))?;
        }

        #[test]
        fn a_reviewers_total_in_integers_is_the_weighted_total_to_the_bit(
            (criteria, raw) in prop::collection::vec(
                (prop::sample::select(&["1", "2.5", "0.3", "1.50", "0.125", "12", "0.0000001"][..]),
                 prop::sample::select(&[1, 3, 4, 5, 7, 10, 100][..])),
                1..=10,
            )
            .prop_flat_map(|rules| {
                let n = rules.len();
                (Just(rules), prop::collection::vec(any::<u32>(), n))
            })
        ) {
            let criteria: Vec<CriterionRule> = criteria
                .into_iter()
                .enumerate()
                .map(|(i, (weight, max_score))| CriterionRule {
                    id: Uuid::from_u128(i as u128),
                    weight: d(weight),
                    max_score,
                    min_score: None,
                })
                .collect();
            let scores: Vec<i32> = criteria
                .iter()
                .zip(raw)
                // Zeros often: they are the terms that addition passes over.
                .map(|(c, raw)| if raw % 3 == 0 { 0 } else { within_maximum(raw, c.max_score) })
                .collect();
            let decimals: Vec<Decimal> = scores.iter().map(|&s| Decimal::from(s)).collect();

            let rule = ReviewTotals::new(&criteria).unwrap();
            let total = rule.total(scores.iter().copied()).unwrap();

            let expected = weighted_total(&criteria, &decimals);
            prop_assert_eq!(total.serialize(), expected.serialize(), "{} and {}", total, expected);
        }
    }
}
