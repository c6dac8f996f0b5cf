//! How a call selects. A programme publishes this rule with the call, so it is frozen once the call opens.

use serde::{Deserialize, Serialize};

/// A call's selection mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SelectionMode {
    /// Ranked by the committee's scores and selected within the budget, slots and quotas.
    #[default]
    Competitive,
    /// Every eligible application that meets the published benchmark is recognised; no budget race.
    Benchmark,
    /// Every eligible application that meets the prerequisites is admitted once screened; no scoring.
    Enrolment,
}

impl SelectionMode {
    /// Every mode.
    pub const ALL: [SelectionMode; 3] = [
        SelectionMode::Competitive,
        SelectionMode::Benchmark,
        SelectionMode::Enrolment,
    ];

    /// The stored and transmitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            SelectionMode::Competitive => "competitive",
            SelectionMode::Benchmark => "benchmark",
            SelectionMode::Enrolment => "enrolment",
        }
    }

    /// Parses a stored or requested name.
    pub fn parse(value: &str) -> Option<SelectionMode> {
        Self::ALL.into_iter().find(|m| m.as_str() == value.trim())
    }

    /// Whether the call selects within a budget and slots (only competitive calls do).
    pub fn is_competitive(self) -> bool {
        self == SelectionMode::Competitive
    }
}

/// Proposes outcomes in a benchmark or enrolment call, where nothing is rationed: in a benchmark call every
/// screened-eligible application with its reviews that the benchmark recognises is selected; in an
/// enrolment call every screened-eligible one is admitted. `assessments` are the benchmark's, one per ranked
/// application (ignored in enrolment).
pub fn propose(
    mode: SelectionMode,
    ranking: &[super::ranking::Ranked],
    min_reviews: usize,
    assessments: &[super::benchmark::Assessment],
) -> Vec<super::proposal::Proposed> {
    use super::proposal::{Outcome, Proposed, Reason};
    ranking
        .iter()
        .enumerate()
        .map(|(i, ranked)| {
            let entry = &ranked.entry;
            let (outcome, reason) = if !entry.eligible {
                (Outcome::NotSelected, Reason::Ineligible)
            } else if mode == SelectionMode::Enrolment {
                (Outcome::Selected, Reason::Enrolled)
            } else if entry.reviews < min_reviews {
                (Outcome::NotSelected, Reason::TooFewReviews)
            } else if assessments.get(i).is_some_and(|a| a.recognised) {
                (Outcome::Selected, Reason::Benchmark)
            } else {
                (Outcome::NotSelected, Reason::BelowBenchmark)
            };
            Proposed {
                application_id: entry.application_id,
                outcome,
                reason,
            }
        })
        .collect()
}
