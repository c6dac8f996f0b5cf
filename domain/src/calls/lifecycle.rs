//! The lifecycle of a call: `draft -> open -> closed -> reviewing -> decided`, and `archived`.
//!
//! The allowed moves are in one table, [`CallState::transition`], to be read against DESIGN.md. A call's
//! criteria, weights, questions and eligibility rules are frozen once it leaves `draft`, and an open call
//! counts as closed from its deadline on, whether or not anyone has pressed "close".

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Error;

/// Where a call is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CallState {
    /// Being prepared by managers; visible to managers only.
    Draft,
    /// Accepting applications until `closes_at`.
    Open,
    /// No longer accepting applications; screening may happen.
    Closed,
    /// The committee is scoring.
    Reviewing,
    /// Results are decided.
    Decided,
    /// Put away; kept for the record.
    Archived,
}

/// What a manager asks a call to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CallAction {
    /// Start accepting applications.
    Open,
    /// Stop accepting applications.
    Close,
    /// Hand the applications to the committee.
    StartReview,
    /// Record that the results are decided.
    Decide,
    /// Put the call away.
    Archive,
}

impl CallState {
    /// Every state, in lifecycle order.
    pub const ALL: [CallState; 6] = [
        CallState::Draft,
        CallState::Open,
        CallState::Closed,
        CallState::Reviewing,
        CallState::Decided,
        CallState::Archived,
    ];

    /// The stored and transmitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            CallState::Draft => "draft",
            CallState::Open => "open",
            CallState::Closed => "closed",
            CallState::Reviewing => "reviewing",
            CallState::Decided => "decided",
            CallState::Archived => "archived",
        }
    }

    /// Parses a stored name.
    pub fn parse(value: &str) -> Option<CallState> {
        Self::ALL.into_iter().find(|state| state.as_str() == value)
    }

    /// The state `action` leads to, or `InvalidTransition` naming the current state.
    pub fn transition(self, action: CallAction) -> Result<CallState, Error> {
        use CallAction as A;
        use CallState as S;
        let next = match (self, action) {
            (S::Draft, A::Open) => S::Open,
            (S::Open, A::Close) => S::Closed,
            (S::Closed, A::StartReview) => S::Reviewing,
            (S::Reviewing, A::Decide) => S::Decided,
            // A draft may be abandoned; a finished call is archived once its results are out.
            (S::Draft | S::Decided, A::Archive) => S::Archived,
            (from, action) => {
                return Err(Error::InvalidTransition {
                    from: from.as_str().to_owned(),
                    to: action.target().as_str().to_owned(),
                });
            }
        };
        Ok(next)
    }

    /// The state as the public and the rules must see it at `now`: an open call whose deadline has passed is
    /// closed, even before anyone records it. A rolling call has no deadline: it is open until closed.
    pub fn effective(self, deadline: Option<DateTime<Utc>>, now: DateTime<Utc>) -> CallState {
        if self == CallState::Open && deadline.is_some_and(|d| now >= d) {
            CallState::Closed
        } else {
            self
        }
    }

    /// Whether criteria, weights, questions and eligibility rules may no longer change: a change after
    /// opening would be unfair to applicants and would break existing reviews.
    pub fn is_frozen(self) -> bool {
        self != CallState::Draft
    }

    /// Whether applications may be submitted (the deadline is checked separately).
    pub fn accepts_submissions(self) -> bool {
        self == CallState::Open
    }
}

impl std::fmt::Display for CallState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl CallAction {
    /// Every action.
    pub const ALL: [CallAction; 5] = [
        CallAction::Open,
        CallAction::Close,
        CallAction::StartReview,
        CallAction::Decide,
        CallAction::Archive,
    ];

    /// The state the action aims at, to name it when the move is refused.
    pub fn target(self) -> CallState {
        match self {
            CallAction::Open => CallState::Open,
            CallAction::Close => CallState::Closed,
            CallAction::StartReview => CallState::Reviewing,
            CallAction::Decide => CallState::Decided,
            CallAction::Archive => CallState::Archived,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_happy_path_runs_from_draft_to_archived() {
        let mut state = CallState::Draft;
        for action in [
            CallAction::Open,
            CallAction::Close,
            CallAction::StartReview,
            CallAction::Decide,
            CallAction::Archive,
        ] {
            state = state.transition(action).unwrap();
            assert_eq!(state, action.target());
        }
    }

    #[test]
    fn a_refused_move_names_the_current_state() {
        let Err(Error::InvalidTransition { from, to }) =
            CallState::Draft.transition(CallAction::StartReview)
        else {
            panic!("a draft cannot go to review");
        };
        assert_eq!((from.as_str(), to.as_str()), ("draft", "reviewing"));
        assert!(CallState::Open.transition(CallAction::Open).is_err());
        assert!(CallState::Open.transition(CallAction::Archive).is_err());
        assert!(CallState::Archived.transition(CallAction::Open).is_err());
    }

    #[test]
    fn an_open_call_is_closed_from_its_deadline_on() {
        let deadline = "2026-12-01T12:00:00Z".parse::<DateTime<Utc>>().unwrap();
        let before = deadline - chrono::Duration::seconds(1);
        assert_eq!(
            CallState::Open.effective(Some(deadline), before),
            CallState::Open
        );
        assert_eq!(
            CallState::Open.effective(Some(deadline), deadline),
            CallState::Closed
        );
        assert_eq!(
            CallState::Draft.effective(Some(deadline), deadline),
            CallState::Draft
        );
    }

    #[test]
    fn a_rolling_call_is_open_until_closed() {
        let now = "2030-01-01T00:00:00Z".parse::<DateTime<Utc>>().unwrap();
        assert_eq!(CallState::Open.effective(None, now), CallState::Open);
    }

    #[test]
    fn names_parse_back() {
        for state in CallState::ALL {
            assert_eq!(CallState::parse(state.as_str()), Some(state));
        }
        assert_eq!(CallState::parse("published"), None);
    }

    proptest! {
        /// Whatever sequence of actions managers try, a call never returns to draft (its criteria stay
        /// frozen) and nothing leaves archived.
        #[test]
        fn once_opened_a_call_never_unfreezes(actions in proptest::collection::vec(0usize..5, 0..20)) {
            let mut state = CallState::Draft;
            let mut opened = false;
            for index in actions {
                if let Ok(next) = state.transition(CallAction::ALL[index]) {
                    prop_assert!(state != CallState::Archived, "archived is final");
                    state = next;
                }
                opened |= state == CallState::Open;
                if opened {
                    prop_assert!(state.is_frozen() && state != CallState::Draft);
                }
            }
        }
    }
}
