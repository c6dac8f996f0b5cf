//! Consensus scores and managers' overrides as the board and the services hand them to adapters, decoded
//! from their rows once, here. A stored outcome that is not one of [`Outcome`]'s is an internal error, never
//! read as "follows the proposal".

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::entity::{consensus, decision_override};
use super::proposal::Outcome;
use crate::calls::CallState;
use crate::{Error, Result};

/// Whether a board's viewer may record consensus scores, as `decisions::record_consensus` allows: the
/// committee's chair, while the call is reviewing and its scoring is open. A form just `refused` (scoring
/// closed meanwhile, say) still shows to the chair while the call is reviewing, with the reason.
pub fn may_record_consensus(
    chair: bool,
    state: CallState,
    scoring_closed: bool,
    refused: bool,
) -> bool {
    chair && state == CallState::Reviewing && (refused || !scoring_closed)
}

/// Whether a board's viewer may override the proposal, as `decisions::set_override` allows: managers,
/// while the call is reviewing.
pub fn may_override(manager: bool, state: CallState) -> bool {
    manager && state == CallState::Reviewing
}

/// A score agreed in the committee meeting for one criterion of one application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsensusView {
    /// The application.
    pub application_id: Uuid,
    /// The criterion.
    pub criterion_id: Uuid,
    /// The agreed score, in [0, max].
    pub score: i32,
    /// Why the committee agreed on it.
    pub rationale: String,
    /// The chair who recorded it.
    pub recorded_by: Uuid,
    /// When.
    pub recorded_at: DateTime<Utc>,
}

impl From<consensus::Model> for ConsensusView {
    fn from(row: consensus::Model) -> Self {
        ConsensusView {
            application_id: row.application_id,
            criterion_id: row.criterion_id,
            score: row.score,
            rationale: row.rationale,
            recorded_by: row.recorded_by,
            recorded_at: row.recorded_at,
        }
    }
}

/// A manager's departure from the proposal for one application, or a lowered award.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverrideView {
    /// The application.
    pub application_id: Uuid,
    /// Its call.
    pub call_id: Uuid,
    /// The outcome imposed; `None` follows the proposal.
    pub outcome: Option<Outcome>,
    /// The written justification, required with an outcome.
    pub justification: Option<String>,
    /// The award, when lowered below the request, in minor units.
    pub awarded_minor: Option<i64>,
    /// The manager who last changed it.
    pub updated_by: Uuid,
    /// When.
    pub updated_at: DateTime<Utc>,
    /// Optimistic-concurrency version, sent back to change it.
    pub version: i32,
}

impl TryFrom<decision_override::Model> for OverrideView {
    type Error = Error;

    fn try_from(row: decision_override::Model) -> Result<Self> {
        let outcome = row
            .outcome
            .as_deref()
            .map(|text| {
                Outcome::parse(text).ok_or_else(|| {
                    Error::internal(format!(
                        "override of application {} has an unknown outcome {text:?}",
                        row.application_id
                    ))
                })
            })
            .transpose()?;
        Ok(OverrideView {
            application_id: row.application_id,
            call_id: row.call_id,
            outcome,
            justification: row.justification,
            awarded_minor: row.awarded_minor,
            updated_by: row.updated_by,
            updated_at: row.updated_at,
            version: row.version,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(outcome: Option<&str>) -> decision_override::Model {
        decision_override::Model {
            application_id: Uuid::nil(),
            call_id: Uuid::nil(),
            outcome: outcome.map(str::to_owned),
            justification: Some("Strong local support".into()),
            awarded_minor: Some(150_000),
            updated_by: Uuid::nil(),
            updated_at: DateTime::UNIX_EPOCH,
            version: 3,
        }
    }

    #[test]
    fn only_the_chair_records_consensus_while_reviewing_and_scoring_is_open() {
        assert!(may_record_consensus(
            true,
            CallState::Reviewing,
            false,
            false
        ));
        assert!(!may_record_consensus(
            false,
            CallState::Reviewing,
            false,
            false
        ));
        assert!(!may_record_consensus(
            true,
            CallState::Decided,
            false,
            false
        ));
        assert!(!may_record_consensus(
            true,
            CallState::Reviewing,
            true,
            false
        ));
        // A refusal after scoring closed still shows the chair the form, with the reason.
        assert!(may_record_consensus(true, CallState::Reviewing, true, true));
        assert!(!may_record_consensus(
            false,
            CallState::Reviewing,
            true,
            true
        ));
    }

    #[test]
    fn only_managers_override_and_only_while_reviewing() {
        assert!(may_override(true, CallState::Reviewing));
        assert!(!may_override(false, CallState::Reviewing));
        for state in [CallState::Closed, CallState::Decided, CallState::Archived] {
            assert!(!may_override(true, state));
        }
    }

    #[test]
    fn a_stored_outcome_reads_back_typed() {
        for outcome in Outcome::ALL {
            let view = OverrideView::try_from(row(Some(outcome.as_str()))).unwrap();
            assert_eq!(view.outcome, Some(outcome));
            assert_eq!(view.version, 3);
        }
        assert_eq!(OverrideView::try_from(row(None)).unwrap().outcome, None);
    }

    #[test]
    fn an_unknown_stored_outcome_is_an_internal_error_not_the_proposal() {
        assert!(matches!(
            OverrideView::try_from(row(Some("funded"))),
            Err(Error::Internal(_))
        ));
    }
}
