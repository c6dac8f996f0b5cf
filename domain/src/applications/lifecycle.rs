//! The states of an application and the moves between them, in one table to check against the design:
//! `draft -> submitted -> eligible | ineligible`, `submitted -> withdrawn`, and screening may be revised
//! (`eligible <-> ineligible`) until the call is decided. Selection states come with ranking.

use serde::{Deserialize, Serialize};

use crate::Error;

/// Where an application stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationState {
    /// Being written by the applicant.
    Draft,
    /// Submitted and locked; awaiting screening.
    Submitted,
    /// Screened as eligible.
    Eligible,
    /// Screened as ineligible, with a reason the applicant sees.
    Ineligible,
    /// Selected for funding.
    Selected,
    /// Qualified but not funded for now.
    Waitlisted,
    /// Not selected.
    NotSelected,
    /// Withdrawn by the applicant before the deadline.
    Withdrawn,
}

/// What can happen to an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApplicationAction {
    /// The applicant submits the draft.
    Submit,
    /// The applicant withdraws the submission.
    Withdraw,
    /// A manager screens it as eligible.
    MarkEligible,
    /// A manager screens it as ineligible.
    MarkIneligible,
}

impl ApplicationState {
    /// Every state.
    pub const ALL: [ApplicationState; 8] = [
        ApplicationState::Draft,
        ApplicationState::Submitted,
        ApplicationState::Eligible,
        ApplicationState::Ineligible,
        ApplicationState::Selected,
        ApplicationState::Waitlisted,
        ApplicationState::NotSelected,
        ApplicationState::Withdrawn,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            ApplicationState::Draft => "draft",
            ApplicationState::Submitted => "submitted",
            ApplicationState::Eligible => "eligible",
            ApplicationState::Ineligible => "ineligible",
            ApplicationState::Selected => "selected",
            ApplicationState::Waitlisted => "waitlisted",
            ApplicationState::NotSelected => "not_selected",
            ApplicationState::Withdrawn => "withdrawn",
        }
    }

    /// Parses a stored or requested name.
    pub fn parse(value: &str) -> Option<ApplicationState> {
        Self::ALL.into_iter().find(|s| s.as_str() == value.trim())
    }

    /// The state after `action`, or `InvalidTransition`.
    pub fn transition(self, action: ApplicationAction) -> Result<ApplicationState, Error> {
        use ApplicationAction as A;
        use ApplicationState as S;
        let next = match (self, action) {
            (S::Draft, A::Submit) => S::Submitted,
            (S::Submitted, A::Withdraw) => S::Withdrawn,
            (S::Submitted | S::Eligible | S::Ineligible, A::MarkEligible) => S::Eligible,
            (S::Submitted | S::Eligible | S::Ineligible, A::MarkIneligible) => S::Ineligible,
            (from, action) => {
                return Err(Error::InvalidTransition {
                    from: from.as_str().to_owned(),
                    to: action.target().as_str().to_owned(),
                });
            }
        };
        Ok(next)
    }

    /// The translatable label (`application-state-not-selected`).
    pub fn label(self) -> crate::Message {
        crate::Message::new(&format!(
            "application-state-{}",
            self.as_str().replace('_', "-")
        ))
    }

    /// Whether the content can still change (only drafts; a submission is locked).
    pub fn is_editable(self) -> bool {
        self == ApplicationState::Draft
    }

    /// Whether it has been submitted (and not withdrawn): what managers screen and reviewers score.
    pub fn is_submitted(self) -> bool {
        !matches!(self, ApplicationState::Draft | ApplicationState::Withdrawn)
    }
}

impl ApplicationAction {
    /// The state the action aims at, for error messages.
    pub fn target(self) -> ApplicationState {
        match self {
            ApplicationAction::Submit => ApplicationState::Submitted,
            ApplicationAction::Withdraw => ApplicationState::Withdrawn,
            ApplicationAction::MarkEligible => ApplicationState::Eligible,
            ApplicationAction::MarkIneligible => ApplicationState::Ineligible,
        }
    }
}

impl std::fmt::Display for ApplicationState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_parses_back_from_its_name() {
        for state in ApplicationState::ALL {
            assert_eq!(ApplicationState::parse(state.as_str()), Some(state));
        }
    }

    #[test]
    fn only_a_draft_can_be_submitted_and_only_a_submission_withdrawn() {
        use ApplicationAction as A;
        use ApplicationState as S;
        assert_eq!(S::Draft.transition(A::Submit).unwrap(), S::Submitted);
        assert!(S::Submitted.transition(A::Submit).is_err());
        assert!(S::Draft.transition(A::Withdraw).is_err());
        assert_eq!(S::Submitted.transition(A::Withdraw).unwrap(), S::Withdrawn);
        assert!(S::Eligible.transition(A::Withdraw).is_err());
    }

    #[test]
    fn screening_can_be_revised_but_not_of_a_draft_or_withdrawn_application() {
        use ApplicationAction as A;
        use ApplicationState as S;
        assert_eq!(
            S::Eligible.transition(A::MarkIneligible).unwrap(),
            S::Ineligible
        );
        assert_eq!(
            S::Ineligible.transition(A::MarkEligible).unwrap(),
            S::Eligible
        );
        assert!(S::Draft.transition(A::MarkEligible).is_err());
        assert!(S::Withdrawn.transition(A::MarkIneligible).is_err());
        assert!(S::Selected.transition(A::MarkIneligible).is_err());
    }
}
