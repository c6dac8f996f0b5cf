//! The parts of a call as services hand them to adapters: criteria, questions and indicators decoded from
//! their rows once, here, so that no adapter reads a stored decimal or JSON column again.
//!
//! A row that does not decode (a weight that is not a decimal, choices that are not a JSON list, an unknown
//! kind) is an internal error: it was written by the services, so it is the server's fault, never the
//! reader's, and it is never replaced by a default.

use rust_decimal::Decimal;
use uuid::Uuid;

use super::entity::{call, criterion, indicator, question};
use super::lifecycle::CallState;
use super::questions::QuestionKind;
use crate::{Error, Result};

/// A stored decimal column read back.
fn stored_decimal(column: &str, text: &str) -> Result<Decimal> {
    text.parse::<Decimal>()
        .map_err(|err| Error::internal(format!("stored {column} {text:?} is not a decimal: {err}")))
}

/// A selection criterion of a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriterionView {
    /// Identifier.
    pub id: Uuid,
    /// Order, from 1.
    pub position: i32,
    /// Title.
    pub title: String,
    /// Guidance for reviewers.
    pub guidance: String,
    /// Relative weight, greater than zero.
    pub weight: Decimal,
    /// Highest score.
    pub max_score: i32,
    /// Lowest score an application must reach on it, if any.
    pub min_score: Option<i32>,
}

impl TryFrom<criterion::Model> for CriterionView {
    type Error = Error;

    fn try_from(row: criterion::Model) -> Result<Self> {
        Ok(CriterionView {
            weight: stored_decimal("criterion weight", &row.weight)?,
            id: row.id,
            position: row.position,
            title: row.title,
            guidance: row.guidance,
            max_score: row.max_score,
            min_score: row.min_score,
        })
    }
}

/// A custom question of a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionView {
    /// Identifier.
    pub id: Uuid,
    /// Order, from 1.
    pub position: i32,
    /// The question.
    pub prompt: String,
    /// Help shown under it.
    pub help: String,
    /// The kind of answer it expects.
    pub kind: QuestionKind,
    /// Whether an answer is needed before submitting.
    pub required: bool,
    /// For text: the longest answer, in characters.
    pub max_length: Option<i32>,
    /// For numbers: the smallest answer.
    pub min_number: Option<Decimal>,
    /// For numbers: the largest answer.
    pub max_number: Option<Decimal>,
    /// For choices: the options, in order (empty for other kinds).
    pub choices: Vec<String>,
}

impl QuestionView {
    /// Whether it is answered by an attachment rather than on the form.
    pub fn is_document(&self) -> bool {
        self.kind == QuestionKind::Document
    }
}

impl TryFrom<question::Model> for QuestionView {
    type Error = Error;

    fn try_from(row: question::Model) -> Result<Self> {
        let number = |column: &str, text: &Option<String>| {
            text.as_deref()
                .map(|text| stored_decimal(column, text))
                .transpose()
        };
        Ok(QuestionView {
            kind: QuestionKind::parse(&row.kind).map_err(|_| {
                Error::internal(format!(
                    "question {} has an unknown kind {:?}",
                    row.id, row.kind
                ))
            })?,
            min_number: number("question min_number", &row.min_number)?,
            max_number: number("question max_number", &row.max_number)?,
            choices: serde_json::from_str(&row.choices).map_err(|err| {
                Error::internal(format!(
                    "question {} has unreadable choices {:?}: {err}",
                    row.id, row.choices
                ))
            })?,
            id: row.id,
            position: row.position,
            prompt: row.prompt,
            help: row.help,
            required: row.required,
            max_length: row.max_length,
        })
    }
}

/// An indicator funded projects report on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorView {
    /// Identifier.
    pub id: Uuid,
    /// Order, from 1.
    pub position: i32,
    /// Name, e.g. "Participants in co-creation workshops".
    pub name: String,
    /// Unit, e.g. "people".
    pub unit: String,
}

impl From<indicator::Model> for IndicatorView {
    fn from(row: indicator::Model) -> Self {
        IndicatorView {
            id: row.id,
            position: row.position,
            name: row.name,
            unit: row.unit,
        }
    }
}

/// What a page about a call's work needs to name it: its identity, title and time zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallSummary {
    /// Identifier.
    pub id: Uuid,
    /// Reference code.
    pub code: String,
    /// Title.
    pub title: String,
    /// IANA display time zone.
    pub time_zone: String,
    /// Lifecycle state as recorded (the deadline is not applied).
    pub state: CallState,
}

impl TryFrom<&call::Model> for CallSummary {
    type Error = Error;

    fn try_from(row: &call::Model) -> Result<Self> {
        Ok(CallSummary {
            id: row.id,
            code: row.code.clone(),
            title: row.title.clone(),
            time_zone: row.time_zone.clone(),
            state: CallState::parse(&row.state).ok_or_else(|| {
                Error::internal(format!(
                    "call {} has an unknown state {:?}",
                    row.id, row.state
                ))
            })?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn criterion(weight: &str) -> criterion::Model {
        criterion::Model {
            id: Uuid::nil(),
            call_id: Uuid::nil(),
            position: 1,
            title: "Participation".into(),
            guidance: String::new(),
            weight: weight.into(),
            max_score: 5,
            min_score: Some(2),
        }
    }

    fn question(kind: &str, choices: &str, min_number: Option<&str>) -> question::Model {
        question::Model {
            id: Uuid::nil(),
            call_id: Uuid::nil(),
            position: 1,
            prompt: "Which level of government?".into(),
            help: String::new(),
            kind: kind.into(),
            required: true,
            max_length: None,
            min_number: min_number.map(str::to_owned),
            max_number: None,
            choices: choices.into(),
        }
    }

    fn call_row(state: &str) -> call::Model {
        let at = chrono::DateTime::UNIX_EPOCH;
        call::Model {
            id: Uuid::nil(),
            programme_id: Uuid::nil(),
            code: "PB-2026".into(),
            title: "Participatory budgets".into(),
            description: String::new(),
            state: state.into(),
            opens_at: at,
            closes_at: at,
            time_zone: "Africa/Tunis".into(),
            total_budget_minor: 0,
            min_award_minor: 0,
            max_award_minor: 0,
            max_awards: 1,
            min_reviews: 1,
            min_total_score: None,
            tie_break: "[]".into(),
            quotas: "[]".into(),
            eligibility_rules: "[]".into(),
            reporting_cadence_months: 6,
            aggregation: "mean".into(),
            normalise_scores: false,
            disagreement_threshold: None,
            lottery_seed: None,
            scoring_closed_at: None,
            results_published_at: None,
            tranche_template: None,
            selection_mode: "competitive".into(),
            benchmark: None,
            rolling: false,
            cloned_from: None,
            version: 1,
            created_at: at,
            updated_at: at,
        }
    }

    #[test]
    fn a_call_summary_reads_its_state_and_refuses_an_unknown_one() {
        let summary = CallSummary::try_from(&call_row("reviewing")).unwrap();
        assert_eq!(summary.state, CallState::Reviewing);
        assert_eq!(summary.title, "Participatory budgets");
        assert!(matches!(
            CallSummary::try_from(&call_row("paused")),
            Err(Error::Internal(_))
        ));
    }

    #[test]
    fn a_stored_weight_reads_back_as_the_decimal_written() {
        let view = CriterionView::try_from(criterion("1.50")).unwrap();
        assert_eq!(view.weight, Decimal::new(150, 2));
        assert_eq!(view.weight.to_string(), "1.50");
        assert_eq!(view.min_score, Some(2));
    }

    #[test]
    fn a_stored_weight_that_is_not_a_decimal_is_an_internal_error() {
        for weight in ["heavy", ""] {
            assert!(matches!(
                CriterionView::try_from(criterion(weight)),
                Err(Error::Internal(_))
            ));
        }
    }

    #[test]
    fn a_stored_question_reads_back_with_its_kind_choices_and_bounds() {
        let view = QuestionView::try_from(question(
            "single_choice",
            r#"["Municipal","Provincial"]"#,
            Some("-2.5"),
        ))
        .unwrap();
        assert_eq!(view.kind, QuestionKind::SingleChoice);
        assert_eq!(view.choices, ["Municipal", "Provincial"]);
        assert_eq!(view.min_number, Some(Decimal::new(-25, 1)));
        assert!(!view.is_document());
        assert!(
            QuestionView::try_from(question("document", "[]", None))
                .unwrap()
                .is_document()
        );
    }

    #[test]
    fn stored_choices_that_are_not_a_json_list_are_an_internal_error() {
        for choices in ["Municipal, Provincial", "{}", ""] {
            assert!(matches!(
                QuestionView::try_from(question("single_choice", choices, None)),
                Err(Error::Internal(_))
            ));
        }
    }

    #[test]
    fn an_unknown_kind_or_bound_is_an_internal_error() {
        assert!(matches!(
            QuestionView::try_from(question("essay", "[]", None)),
            Err(Error::Internal(_))
        ));
        assert!(matches!(
            QuestionView::try_from(question("number", "[]", Some("ten"))),
            Err(Error::Internal(_))
        ));
    }
}
