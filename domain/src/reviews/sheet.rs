//! A score sheet and its rules, pure: one integer score in [0, max] and a comment per criterion, an overall
//! comment and a recommendation. A draft may be partial; a submitted sheet scores every criterion and
//! recommends. [`check`] reports every problem at once, naming the criterion.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::calls::CriterionView;
use crate::error::{FieldError, Validator};
use crate::{Error, Message, Result};

/// The longest comment on one criterion, in characters.
pub const MAX_COMMENT: usize = 4000;
/// The longest overall comment, in characters.
pub const MAX_OVERALL_COMMENT: usize = 8000;

/// Where a review stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewState {
    /// Being written; only its author sees it.
    Draft,
    /// Submitted; revisable until the call is decided.
    Submitted,
}

impl ReviewState {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewState::Draft => "draft",
            ReviewState::Submitted => "submitted",
        }
    }

    /// Parses a stored name.
    pub fn parse(value: &str) -> Result<ReviewState> {
        match value {
            "draft" => Ok(ReviewState::Draft),
            "submitted" => Ok(ReviewState::Submitted),
            other => Err(Error::internal(format!("unknown review state {other}"))),
        }
    }
}

/// What a reviewer recommends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recommendation {
    /// Fund as proposed.
    Fund,
    /// Fund once the named changes are made.
    FundWithChanges,
    /// Do not fund.
    DoNotFund,
}

impl Recommendation {
    /// Every recommendation, in the order a form offers them.
    pub const ALL: [Recommendation; 3] = [
        Recommendation::Fund,
        Recommendation::FundWithChanges,
        Recommendation::DoNotFund,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Recommendation::Fund => "fund",
            Recommendation::FundWithChanges => "fund_with_changes",
            Recommendation::DoNotFund => "do_not_fund",
        }
    }

    /// Parses a stored or submitted name.
    pub fn parse(value: &str) -> Result<Recommendation, Message> {
        Self::ALL
            .into_iter()
            .find(|r| r.as_str() == value.trim())
            .ok_or_else(|| Message::new("error-recommendation-unknown").arg("value", value.trim()))
    }

    /// The translatable label (`recommendation-fund-with-changes`).
    pub fn label_key(self) -> String {
        format!("recommendation-{}", self.as_str().replace('_', "-"))
    }
}

/// One criterion's score as submitted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreInput {
    /// The criterion.
    pub criterion_id: Uuid,
    /// The score, if given yet (wide, so that out-of-range values get a clear error).
    pub score: Option<i64>,
    /// The reviewer's comment on it.
    pub comment: String,
}

/// A score sheet as submitted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SheetInput {
    /// Scores, any order, at most one per criterion.
    pub scores: Vec<ScoreInput>,
    /// The overall comment.
    pub overall_comment: String,
    /// fund, fund_with_changes or do_not_fund; empty while undecided in a draft.
    pub recommendation: String,
}

/// One criterion's score as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    /// The criterion.
    pub criterion_id: Uuid,
    /// The score, once given.
    pub score: Option<i32>,
    /// The comment.
    pub comment: String,
}

/// A checked score sheet: one entry per criterion, in the call's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    /// Scores by criterion, in the call's order.
    pub scores: Vec<Score>,
    /// The overall comment.
    pub overall_comment: String,
    /// The recommendation, once given.
    pub recommendation: Option<Recommendation>,
}

impl Sheet {
    /// An empty sheet for the call's criteria.
    pub fn empty(criteria: &[CriterionView]) -> Sheet {
        Sheet {
            scores: criteria
                .iter()
                .map(|c| Score {
                    criterion_id: c.id,
                    score: None,
                    comment: String::new(),
                })
                .collect(),
            overall_comment: String::new(),
            recommendation: None,
        }
    }

    /// How many criteria are scored.
    pub fn scored(&self) -> usize {
        self.scores.iter().filter(|s| s.score.is_some()).count()
    }

    /// The score of one criterion.
    pub fn score_of(&self, criterion_id: Uuid) -> Option<&Score> {
        self.scores.iter().find(|s| s.criterion_id == criterion_id)
    }
}

/// Checks a sheet against the call's criteria. With `complete`, every criterion must be scored and a
/// recommendation given (submitting, or revising a submitted review).
pub fn check(criteria: &[CriterionView], input: &SheetInput, complete: bool) -> Result<Sheet> {
    let mut v = Validator::new();
    let mut sheet = Sheet::empty(criteria);
    let mut seen = Vec::new();
    for (i, given) in input.scores.iter().enumerate() {
        let Some(position) = criteria.iter().position(|c| c.id == given.criterion_id) else {
            v.check(
                false,
                &format!("scores[{i}].criterion_id"),
                Message::new("error-score-criterion-unknown"),
            );
            continue;
        };
        let criterion = &criteria[position];
        if seen.contains(&position) {
            v.check(
                false,
                &format!("scores[{i}].criterion_id"),
                Message::new("error-score-criterion-duplicate").arg("criterion", &criterion.title),
            );
            continue;
        }
        seen.push(position);
        let score = given.score.and_then(|s| i32::try_from(s).ok());
        let in_range = given
            .score
            .is_none_or(|s| (0..=i64::from(criterion.max_score)).contains(&s));
        v.check(
            in_range,
            &format!("scores[{i}].score"),
            Message::new("error-score-range")
                .arg("criterion", &criterion.title)
                .arg("max", criterion.max_score),
        );
        let comment = given.comment.trim();
        v.check(
            comment.chars().count() <= MAX_COMMENT,
            &format!("scores[{i}].comment"),
            Message::new("error-too-long").arg("max", MAX_COMMENT),
        );
        sheet.scores[position] = Score {
            criterion_id: criterion.id,
            score: if in_range { score } else { None },
            comment: comment.to_owned(),
        };
    }
    let overall = input.overall_comment.trim();
    v.check(
        overall.chars().count() <= MAX_OVERALL_COMMENT,
        "overall_comment",
        Message::new("error-too-long").arg("max", MAX_OVERALL_COMMENT),
    );
    sheet.overall_comment = overall.to_owned();
    if !input.recommendation.trim().is_empty() {
        sheet.recommendation = v.parse(
            "recommendation",
            Recommendation::parse(&input.recommendation),
        );
    }
    if complete && v.is_clean() {
        let mut missing: Vec<FieldError> = criteria
            .iter()
            .zip(&sheet.scores)
            .filter(|(_, s)| s.score.is_none())
            .map(|(c, _)| {
                FieldError::new(
                    "scores",
                    // The id lets a form put the message beside that criterion's input.
                    Message::new("error-score-missing")
                        .arg("criterion", &c.title)
                        .arg("criterion_id", c.id),
                )
            })
            .collect();
        if sheet.recommendation.is_none() {
            missing.push(FieldError::new(
                "recommendation",
                Message::new("error-recommendation-required"),
            ));
        }
        if !missing.is_empty() {
            return Err(Error::Validation(missing));
        }
    }
    v.finish()?;
    Ok(sheet)
}

/// Reads a stored sheet back, in the call's order (criteria are frozen once a call opens).
pub fn stored(
    criteria: &[CriterionView],
    scores_json: &str,
    overall_comment: &str,
    recommendation: Option<&str>,
) -> Result<Sheet> {
    let scores: Vec<Score> = serde_json::from_str(scores_json)
        .map_err(|err| Error::internal(format!("stored scores: {err}")))?;
    let mut sheet = Sheet::empty(criteria);
    for score in scores {
        if let Some(slot) = sheet
            .scores
            .iter_mut()
            .find(|s| s.criterion_id == score.criterion_id)
        {
            *slot = score;
        }
    }
    sheet.overall_comment = overall_comment.to_owned();
    sheet.recommendation = recommendation
        .map(|r| {
            Recommendation::parse(r)
                .map_err(|_| Error::internal(format!("unknown recommendation {r}")))
        })
        .transpose()?;
    Ok(sheet)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn criteria(maxima: &[i32]) -> Vec<CriterionView> {
        maxima
            .iter()
            .enumerate()
            .map(|(i, max)| CriterionView {
                id: Uuid::from_u128(i as u128 + 1),
                position: i32::try_from(i).unwrap(),
                title: format!("Criterion {}", i + 1),
                guidance: String::new(),
                weight: rust_decimal::Decimal::ONE,
                max_score: *max,
                min_score: None,
            })
            .collect()
    }

    fn input(scores: &[(u128, Option<i64>)], recommendation: &str) -> SheetInput {
        SheetInput {
            scores: scores
                .iter()
                .map(|(id, score)| ScoreInput {
                    criterion_id: Uuid::from_u128(*id),
                    score: *score,
                    comment: "  noted ".into(),
                })
                .collect(),
            overall_comment: " fine ".into(),
            recommendation: recommendation.into(),
        }
    }

    fn fields(err: Error) -> Vec<(String, String)> {
        match err {
            Error::Validation(errors) => errors
                .into_iter()
                .map(|e| (e.field, e.message.key))
                .collect(),
            other => panic!("expected validation, got {other:?}"),
        }
    }

    #[test]
    fn a_complete_sheet_is_kept_in_the_calls_order_with_trimmed_text() {
        let sheet = check(
            &criteria(&[5, 10]),
            &input(&[(2, Some(10)), (1, Some(0))], "fund_with_changes"),
            true,
        )
        .unwrap();
        assert_eq!(
            sheet.scores.iter().map(|s| s.score).collect::<Vec<_>>(),
            vec![Some(0), Some(10)]
        );
        assert_eq!(sheet.scores[0].comment, "noted");
        assert_eq!(sheet.overall_comment, "fine");
        assert_eq!(sheet.recommendation, Some(Recommendation::FundWithChanges));
        assert_eq!(sheet.scored(), 2);
    }

    #[test]
    fn a_draft_may_be_partial_but_a_submission_names_each_missing_criterion() {
        let partial = input(&[(1, Some(3))], "");
        assert_eq!(
            check(&criteria(&[5, 5, 5]), &partial, false)
                .unwrap()
                .scored(),
            1
        );
        assert_eq!(
            fields(check(&criteria(&[5, 5, 5]), &partial, true).unwrap_err()),
            vec![
                ("scores".into(), "error-score-missing".into()),
                ("scores".into(), "error-score-missing".into()),
                (
                    "recommendation".into(),
                    "error-recommendation-required".into()
                ),
            ]
        );
    }

    #[test]
    fn scores_outside_the_range_unknown_and_repeated_criteria_are_refused_even_in_a_draft() {
        let bad = input(
            &[(1, Some(6)), (2, Some(-1)), (9, Some(1)), (1, Some(2))],
            "maybe",
        );
        assert_eq!(
            fields(check(&criteria(&[5, 5]), &bad, false).unwrap_err()),
            vec![
                ("scores[0].score".into(), "error-score-range".into()),
                ("scores[1].score".into(), "error-score-range".into()),
                (
                    "scores[2].criterion_id".into(),
                    "error-score-criterion-unknown".into()
                ),
                (
                    "scores[3].criterion_id".into(),
                    "error-score-criterion-duplicate".into()
                ),
                (
                    "recommendation".into(),
                    "error-recommendation-unknown".into()
                ),
            ]
        );
    }

    #[test]
    fn a_stored_sheet_reads_back_as_written() {
        let criteria = criteria(&[5, 10]);
        let sheet = check(&criteria, &input(&[(1, Some(4))], "fund"), false).unwrap();
        let json = serde_json::to_string(&sheet.scores).unwrap();
        let back = stored(&criteria, &json, &sheet.overall_comment, Some("fund")).unwrap();
        assert_eq!(back, sheet);
    }

    proptest! {
        #[test]
        fn a_score_is_accepted_exactly_when_it_lies_in_zero_to_max(max in 1i32..=20, score in -30i64..=30) {
            let result = check(&criteria(&[max]), &input(&[(1, Some(score))], "fund"), true);
            prop_assert_eq!(result.is_ok(), (0..=i64::from(max)).contains(&score));
        }
    }
}
