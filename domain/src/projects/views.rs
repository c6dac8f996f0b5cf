//! What the adapters see of a funded project and its parts: typed views built from the rows in one place
//! ([`tranche`], [`milestone`], [`report`], [`assistance`], [`evidence_file`], [`project`], [`call`]), with
//! states as enums and JSON columns decoded once (a row that does not decode is an internal error, never
//! dropped), and with what the viewer may do with each part, decided here from the rules the services
//! enforce. Adapters show forms from these flags; they must not compare states or roles themselves.
//!
//! No I/O: the services read the rows and hand them here.

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

use super::entity::{assistance, milestone, milestone_attachment, project, report, tranche};
use super::learning::Lessons;
use super::plan::CommitmentRating;
use super::schedule::{self, Condition, TrancheState};
use super::service::{Access, IndicatorValue, from_json};
use super::work::Note;
use crate::calls::entity::call;
use crate::{Error, Result};

// ---------------------------------------------------------------------------------------------------------
// States

/// Reads a stored state name with `parse`, or fails as an internal error naming the column: a row the code
/// does not understand is a bug or a bad migration, not something to show as blank.
fn stored<T>(what: &str, value: &str, parse: impl Fn(&str) -> Option<T>) -> Result<T> {
    parse(value).ok_or_else(|| Error::internal(format!("unknown {what} state {value:?}")))
}

/// A project's status: `active` until a manager completes or terminates it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProjectStatus {
    /// Running: its work may be done.
    Active,
    /// Completed by a manager.
    Completed,
    /// Terminated by a manager.
    Terminated,
}

impl ProjectStatus {
    /// Every status.
    pub const ALL: [ProjectStatus; 3] = [
        ProjectStatus::Active,
        ProjectStatus::Completed,
        ProjectStatus::Terminated,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            ProjectStatus::Active => "active",
            ProjectStatus::Completed => "completed",
            ProjectStatus::Terminated => "terminated",
        }
    }

    /// Parses a stored name.
    pub fn parse(value: &str) -> Option<ProjectStatus> {
        Self::ALL.into_iter().find(|s| s.as_str() == value)
    }
}

/// A milestone's state: `pending` until the team hands in evidence, then `submitted`, then `accepted` or
/// `changes_requested` (handed in again).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MilestoneState {
    /// Waiting for the team's evidence.
    Pending,
    /// Evidence handed in, waiting for a manager.
    Submitted,
    /// Accepted by a manager.
    Accepted,
    /// Sent back by a manager.
    ChangesRequested,
}

impl MilestoneState {
    /// Every state.
    pub const ALL: [MilestoneState; 4] = [
        MilestoneState::Pending,
        MilestoneState::Submitted,
        MilestoneState::Accepted,
        MilestoneState::ChangesRequested,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            MilestoneState::Pending => "pending",
            MilestoneState::Submitted => "submitted",
            MilestoneState::Accepted => "accepted",
            MilestoneState::ChangesRequested => "changes_requested",
        }
    }

    /// Parses a stored name.
    pub fn parse(value: &str) -> Option<MilestoneState> {
        Self::ALL.into_iter().find(|s| s.as_str() == value)
    }
}

/// A progress report's state: `due` until the team hands it in, then `submitted`, then `accepted` or
/// `changes_requested` (handed in again).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReportState {
    /// Not yet handed in.
    Due,
    /// Handed in, waiting for a manager.
    Submitted,
    /// Accepted by a manager.
    Accepted,
    /// Sent back by a manager.
    ChangesRequested,
}

impl ReportState {
    /// Every state.
    pub const ALL: [ReportState; 4] = [
        ReportState::Due,
        ReportState::Submitted,
        ReportState::Accepted,
        ReportState::ChangesRequested,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            ReportState::Due => "due",
            ReportState::Submitted => "submitted",
            ReportState::Accepted => "accepted",
            ReportState::ChangesRequested => "changes_requested",
        }
    }

    /// Parses a stored name.
    pub fn parse(value: &str) -> Option<ReportState> {
        Self::ALL.into_iter().find(|s| s.as_str() == value)
    }
}

/// A technical-assistance request's state: `open -> assigned -> resolved` (reassigning keeps it `assigned`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AssistanceState {
    /// Asked, no expert yet.
    Open,
    /// An expert is assigned.
    Assigned,
    /// Resolved.
    Resolved,
}

impl AssistanceState {
    /// Every state.
    pub const ALL: [AssistanceState; 3] = [
        AssistanceState::Open,
        AssistanceState::Assigned,
        AssistanceState::Resolved,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            AssistanceState::Open => "open",
            AssistanceState::Assigned => "assigned",
            AssistanceState::Resolved => "resolved",
        }
    }

    /// Parses a stored name.
    pub fn parse(value: &str) -> Option<AssistanceState> {
        Self::ALL.into_iter().find(|s| s.as_str() == value)
    }
}

// ---------------------------------------------------------------------------------------------------------
// What the viewer may do

/// Where the viewer stands: who they are to the project and whether it is still active. Every decision
/// below starts from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    /// Who is looking.
    pub access: Access,
    /// Whether the project is active (work on a completed or terminated project is refused).
    pub active: bool,
}

impl Standing {
    /// Whether the viewer is the project team and may work on it (`work::begin_as_team`).
    fn team_at_work(self) -> bool {
        self.access == Access::Team && self.active
    }

    /// Whether the viewer is a manager and may work on it (`work::begin` with managers only).
    fn manager_at_work(self) -> bool {
        self.access == Access::Manager && self.active
    }
}

/// What the viewer may do with the project itself.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ProjectActions {
    /// Set the planned dates, record the signature, set indicator targets, terminate or complete it
    /// (managers, while active; each service may still refuse for a reason of its own).
    pub manage: bool,
    /// Add a milestone (the team or managers, while active).
    pub add_milestone: bool,
    /// Set the earlier project it replicates (the team or managers; offered while active, although the
    /// service also accepts it later, so that a closed project's page stays a record).
    pub set_replicates: bool,
    /// Ask for technical assistance (the team, while active).
    pub request_assistance: bool,
    /// Add a commitment to the action plan (the team or managers, while active and not adopted).
    pub add_commitment: bool,
}

impl ProjectActions {
    /// The project-level actions of a viewer; `adopted` is whether the action plan is adopted.
    pub fn of(standing: Standing, adopted: bool) -> ProjectActions {
        let at_work = standing.team_at_work() || standing.manager_at_work();
        ProjectActions {
            manage: standing.manager_at_work(),
            add_milestone: at_work,
            set_replicates: at_work,
            request_assistance: standing.team_at_work(),
            add_commitment: at_work && !adopted,
        }
    }
}

/// What the viewer may do with a tranche.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TrancheActions {
    /// Release it (managers, while planned; refused with what it waits for while its condition is unmet).
    pub release: bool,
    /// Pay it (managers, once released).
    pub pay: bool,
}

impl TrancheActions {
    /// A tranche's actions for a viewer.
    pub fn of(standing: Standing, state: TrancheState) -> TrancheActions {
        let manager = standing.manager_at_work();
        TrancheActions {
            release: manager && state == TrancheState::Planned,
            pay: manager && state == TrancheState::Released,
        }
    }
}

/// What the viewer may do with a milestone.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MilestoneActions {
    /// Hand in evidence (the team, while pending or sent back).
    pub submit_evidence: bool,
    /// Attach a file as evidence (the team, while it may hand in evidence).
    pub attach_file: bool,
    /// Accept it or request changes (managers, once submitted).
    pub review: bool,
}

impl MilestoneActions {
    /// A milestone's actions for a viewer.
    pub fn of(standing: Standing, state: MilestoneState) -> MilestoneActions {
        let hand_in = standing.team_at_work() && schedule::may_hand_in(state.as_str());
        MilestoneActions {
            submit_evidence: hand_in,
            attach_file: hand_in,
            review: standing.manager_at_work() && schedule::may_review(state.as_str()),
        }
    }
}

/// What the viewer may do with a progress report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReportActions {
    /// Hand it in (the team, while due or sent back).
    pub submit: bool,
    /// Accept it or request changes (managers, once submitted).
    pub review: bool,
}

impl ReportActions {
    /// A report's actions for a viewer.
    pub fn of(standing: Standing, state: ReportState) -> ReportActions {
        ReportActions {
            submit: standing.team_at_work() && schedule::may_hand_in(state.as_str()),
            review: standing.manager_at_work() && schedule::may_review(state.as_str()),
        }
    }
}

/// What the viewer may do with a technical-assistance request.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AssistanceActions {
    /// Assign (or reassign) an expert (managers, until it is resolved).
    pub assign: bool,
    /// Resolve it (managers or the assigned expert, once assigned).
    pub resolve: bool,
}

impl AssistanceActions {
    /// A request's actions for a viewer who is a manager or not, and its assigned expert or not, on a project
    /// active or not.
    pub fn of(
        manager: bool,
        expert: bool,
        active: bool,
        state: AssistanceState,
    ) -> AssistanceActions {
        AssistanceActions {
            assign: manager && active && state != AssistanceState::Resolved,
            resolve: (manager || expert) && active && state == AssistanceState::Assigned,
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// Views

/// A funded project's own fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectSummary {
    /// Identifier.
    pub id: Uuid,
    /// Its call.
    pub call_id: Uuid,
    /// The selected application it came from.
    pub application_id: Uuid,
    /// The lead organisation.
    pub lead_organisation_id: Uuid,
    /// Title.
    pub title: String,
    /// The award, in minor units.
    pub awarded_minor: i64,
    /// Planned start.
    pub planned_start: NaiveDate,
    /// Planned end.
    pub planned_end: NaiveDate,
    /// When the grant agreement was signed.
    pub signed_on: Option<NaiveDate>,
    /// Status.
    pub status: ProjectStatus,
    /// Why it was terminated.
    pub termination_reason: Option<String>,
    /// The earlier project it replicates.
    pub replicates_project_id: Option<Uuid>,
    /// Send it back when changing dates, signature or status.
    pub version: i32,
    /// When it was created (the call was finalised).
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
    /// What the viewer may do with it.
    pub allowed: ProjectActions,
}

/// What a project page shows of its call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectCall {
    /// Identifier.
    pub id: Uuid,
    /// Its programme.
    pub programme_id: Uuid,
    /// Its code.
    pub code: String,
    /// Title (in the call's first language; translations pick another).
    pub title: String,
    /// The tranche template as stored (read for its milestone titles when translating).
    pub tranche_template: Option<String>,
}

/// A tranche of a project's award.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrancheView {
    /// Identifier.
    pub id: Uuid,
    /// Order, from 1.
    pub position: i32,
    /// Amount, in minor units.
    pub amount_minor: i64,
    /// What it waits for.
    pub condition: Condition,
    /// State.
    pub state: TrancheState,
    /// When it was released.
    pub released_at: Option<DateTime<Utc>>,
    /// When it was paid.
    pub paid_on: Option<NaiveDate>,
    /// What the viewer may do with it.
    pub allowed: TrancheActions,
}

/// A file attached to a milestone as evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceFileView {
    /// Identifier.
    pub id: Uuid,
    /// The milestone.
    pub milestone_id: Uuid,
    /// The project.
    pub project_id: Uuid,
    /// File name.
    pub file_name: String,
    /// Type read from the content.
    pub media_type: String,
    /// Size in bytes.
    pub size_bytes: i64,
    /// SHA-256 of the content.
    pub sha256: String,
    /// Who uploaded it.
    pub uploaded_by: Uuid,
    /// When.
    pub uploaded_at: DateTime<Utc>,
}

/// A milestone of a project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MilestoneView {
    /// Identifier.
    pub id: Uuid,
    /// Order, from 1.
    pub position: i32,
    /// Title.
    pub title: String,
    /// What is expected.
    pub description: String,
    /// Due date.
    pub due_on: NaiveDate,
    /// State.
    pub state: MilestoneState,
    /// Whether it is overdue today.
    pub overdue: bool,
    /// The team's evidence (blank for the public).
    pub evidence: String,
    /// When it was handed in.
    pub submitted_at: Option<DateTime<Utc>>,
    /// The managers' comment (none for the public).
    pub review_comment: Option<String>,
    /// Files attached as evidence (none for the public).
    pub files: Vec<EvidenceFileView>,
    /// The action-plan commitment it belongs to.
    pub commitment_id: Option<Uuid>,
    /// Whether it records the council's adoption of the action plan.
    pub adoption: bool,
    /// Send it back when submitting or reviewing.
    pub version: i32,
    /// What the viewer may do with it.
    pub allowed: MilestoneActions,
}

/// A progress report of a project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportView {
    /// Identifier.
    pub id: Uuid,
    /// Number, from 1.
    pub number: i32,
    /// Whether it is the final report, which carries the lessons learned.
    pub is_final: bool,
    /// Due date.
    pub due_on: NaiveDate,
    /// State.
    pub state: ReportState,
    /// Whether it is overdue today.
    pub overdue: bool,
    /// What happened (blank for the public).
    pub narrative: String,
    /// Spending to date, in minor units (none for the public).
    pub spending_minor: Option<i64>,
    /// Indicator values (none for the public).
    pub indicator_values: Vec<IndicatorValue>,
    /// The completion of each commitment of the action plan (none for the public).
    pub commitment_ratings: Vec<CommitmentRating>,
    /// The lessons learned, when written (the public sees them once the final report is accepted).
    pub lessons: Option<Lessons>,
    /// When it was handed in.
    pub submitted_at: Option<DateTime<Utc>>,
    /// The managers' comment (none for the public).
    pub review_comment: Option<String>,
    /// Send it back when submitting or reviewing.
    pub version: i32,
    /// What the viewer may do with it.
    pub allowed: ReportActions,
}

/// A report in a list of what is due (its project's own view has the rest).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportDue {
    /// Identifier.
    pub id: Uuid,
    /// Number, from 1.
    pub number: i32,
    /// Due date.
    pub due_on: NaiveDate,
    /// State.
    pub state: ReportState,
}

/// A technical-assistance request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssistanceView {
    /// Identifier.
    pub id: Uuid,
    /// The project.
    pub project_id: Uuid,
    /// Topic.
    pub topic: String,
    /// Details.
    pub description: String,
    /// State.
    pub state: AssistanceState,
    /// The expert assigned.
    pub expert_id: Option<Uuid>,
    /// Notes, oldest first.
    pub notes: Vec<Note>,
    /// Who asked.
    pub created_by: Uuid,
    /// When.
    pub created_at: DateTime<Utc>,
    /// Send it back when moving it on.
    pub version: i32,
    /// What the viewer may do with it.
    pub allowed: AssistanceActions,
}

// ---------------------------------------------------------------------------------------------------------
// From the rows

/// A project row's status.
pub(crate) fn status_of(row: &project::Model) -> Result<ProjectStatus> {
    stored("project", &row.status, ProjectStatus::parse)
}

/// A project row, with what `standing` may do with it.
pub(crate) fn project(
    row: &project::Model,
    standing: Standing,
    adopted: bool,
) -> Result<ProjectSummary> {
    Ok(ProjectSummary {
        id: row.id,
        call_id: row.call_id,
        application_id: row.application_id,
        lead_organisation_id: row.lead_organisation_id,
        title: row.title.clone(),
        awarded_minor: row.awarded_minor,
        planned_start: row.planned_start,
        planned_end: row.planned_end,
        signed_on: row.signed_on,
        status: status_of(row)?,
        termination_reason: row.termination_reason.clone(),
        replicates_project_id: row.replicates_project_id,
        version: row.version,
        created_at: row.created_at,
        updated_at: row.updated_at,
        allowed: ProjectActions::of(standing, adopted),
    })
}

/// A call row, as a project shows it.
pub(crate) fn call(row: &call::Model) -> ProjectCall {
    ProjectCall {
        id: row.id,
        programme_id: row.programme_id,
        code: row.code.clone(),
        title: row.title.clone(),
        tranche_template: row.tranche_template.clone(),
    }
}

/// A tranche row: its condition and state decoded.
pub(crate) fn tranche(row: tranche::Model, standing: Standing) -> Result<TrancheView> {
    let state = stored("tranche", &row.state, TrancheState::parse)?;
    Ok(TrancheView {
        id: row.id,
        position: row.position,
        amount_minor: row.amount_minor,
        condition: from_json(&row.condition)?,
        state,
        released_at: row.released_at,
        paid_on: row.paid_on,
        allowed: TrancheActions::of(standing, state),
    })
}

/// A milestone attachment row.
pub(crate) fn evidence_file(row: milestone_attachment::Model) -> EvidenceFileView {
    EvidenceFileView {
        id: row.id,
        milestone_id: row.milestone_id,
        project_id: row.project_id,
        file_name: row.file_name,
        media_type: row.media_type,
        size_bytes: row.size_bytes,
        sha256: row.sha256,
        uploaded_by: row.uploaded_by,
        uploaded_at: row.uploaded_at,
    }
}

/// A milestone row with its files, overdue or not on `today`.
pub(crate) fn milestone(
    row: milestone::Model,
    files: Vec<EvidenceFileView>,
    standing: Standing,
    today: NaiveDate,
) -> Result<MilestoneView> {
    let state = stored("milestone", &row.state, MilestoneState::parse)?;
    Ok(MilestoneView {
        id: row.id,
        position: row.position,
        overdue: schedule::item_overdue(row.due_on, &row.state, today),
        title: row.title,
        description: row.description,
        due_on: row.due_on,
        state,
        evidence: row.evidence,
        submitted_at: row.submitted_at,
        review_comment: row.review_comment,
        files,
        commitment_id: row.commitment_id,
        adoption: row.adoption,
        version: row.version,
        allowed: MilestoneActions::of(standing, state),
    })
}

/// A report row: its indicator values, commitment ratings and lessons decoded, overdue or not on `today`;
/// `is_final` says whether it is the project's last.
pub(crate) fn report(
    row: report::Model,
    is_final: bool,
    standing: Standing,
    today: NaiveDate,
) -> Result<ReportView> {
    let state = stored("report", &row.state, ReportState::parse)?;
    Ok(ReportView {
        id: row.id,
        number: row.number,
        is_final,
        due_on: row.due_on,
        state,
        overdue: schedule::item_overdue(row.due_on, &row.state, today),
        indicator_values: from_json(&row.indicator_values)?,
        commitment_ratings: from_json(&row.commitment_ratings)?,
        lessons: Lessons::of(&row),
        narrative: row.narrative,
        spending_minor: row.spending_minor,
        submitted_at: row.submitted_at,
        review_comment: row.review_comment,
        version: row.version,
        allowed: ReportActions::of(standing, state),
    })
}

/// A report row, as a list of what is due shows it.
pub(crate) fn report_due(row: &report::Model) -> Result<ReportDue> {
    Ok(ReportDue {
        id: row.id,
        number: row.number,
        due_on: row.due_on,
        state: stored("report", &row.state, ReportState::parse)?,
    })
}

/// An assistance row: its state and notes decoded; `manager` and `expert` say who the viewer is to it.
pub(crate) fn assistance(
    row: assistance::Model,
    manager: bool,
    expert: bool,
    active: bool,
) -> Result<AssistanceView> {
    let state = stored("assistance", &row.state, AssistanceState::parse)?;
    Ok(AssistanceView {
        id: row.id,
        project_id: row.project_id,
        topic: row.topic,
        description: row.description,
        state,
        expert_id: row.expert_id,
        notes: from_json(&row.notes)?,
        created_by: row.created_by,
        created_at: row.created_at,
        version: row.version,
        allowed: AssistanceActions::of(manager, expert, active, state),
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    const TEAM: Standing = Standing {
        access: Access::Team,
        active: true,
    };
    const MANAGER: Standing = Standing {
        access: Access::Manager,
        active: true,
    };
    const PUBLIC: Standing = Standing {
        access: Access::Public,
        active: true,
    };

    fn closed(standing: Standing) -> Standing {
        Standing {
            active: false,
            ..standing
        }
    }

    #[test]
    fn the_team_hands_in_evidence_while_a_milestone_is_pending_or_sent_back_and_managers_review_it_once_submitted()
     {
        use MilestoneState::*;
        for (state, team_hands_in, manager_reviews) in [
            (Pending, true, false),
            (Submitted, false, true),
            (Accepted, false, false),
            (ChangesRequested, true, false),
        ] {
            let team = MilestoneActions::of(TEAM, state);
            assert_eq!(
                team,
                MilestoneActions {
                    submit_evidence: team_hands_in,
                    attach_file: team_hands_in,
                    review: false,
                },
                "team, {state:?}"
            );
            let manager = MilestoneActions::of(MANAGER, state);
            assert_eq!(
                manager,
                MilestoneActions {
                    submit_evidence: false,
                    attach_file: false,
                    review: manager_reviews,
                },
                "manager, {state:?}"
            );
            assert_eq!(
                MilestoneActions::of(PUBLIC, state),
                MilestoneActions::default()
            );
            assert_eq!(
                MilestoneActions::of(closed(TEAM), state),
                MilestoneActions::default()
            );
            assert_eq!(
                MilestoneActions::of(closed(MANAGER), state),
                MilestoneActions::default()
            );
        }
    }

    #[test]
    fn the_team_hands_in_a_report_while_due_or_sent_back_and_managers_review_it_once_submitted() {
        use ReportState::*;
        for (state, submit, review) in [
            (Due, true, false),
            (Submitted, false, true),
            (Accepted, false, false),
            (ChangesRequested, true, false),
        ] {
            assert_eq!(
                ReportActions::of(TEAM, state),
                ReportActions {
                    submit,
                    review: false
                },
                "team, {state:?}"
            );
            assert_eq!(
                ReportActions::of(MANAGER, state),
                ReportActions {
                    submit: false,
                    review
                },
                "manager, {state:?}"
            );
            assert_eq!(ReportActions::of(PUBLIC, state), ReportActions::default());
            assert_eq!(
                ReportActions::of(closed(MANAGER), state),
                ReportActions::default()
            );
            assert_eq!(
                ReportActions::of(closed(TEAM), state),
                ReportActions::default()
            );
        }
    }

    #[test]
    fn only_managers_release_a_planned_tranche_and_pay_a_released_one_while_the_project_is_active()
    {
        use TrancheState::*;
        for (state, release, pay) in [
            (Planned, true, false),
            (Released, false, true),
            (Paid, false, false),
        ] {
            assert_eq!(
                TrancheActions::of(MANAGER, state),
                TrancheActions { release, pay },
                "{state:?}"
            );
            for other in [TEAM, PUBLIC, closed(MANAGER)] {
                assert_eq!(TrancheActions::of(other, state), TrancheActions::default());
            }
        }
    }

    #[test]
    fn managers_assign_until_a_request_is_resolved_and_managers_or_its_expert_resolve_it_once_assigned()
     {
        use AssistanceState::*;
        for (state, assign, resolve) in [
            (Open, true, false),
            (Assigned, true, true),
            (Resolved, false, false),
        ] {
            assert_eq!(
                AssistanceActions::of(true, false, true, state),
                AssistanceActions { assign, resolve },
                "manager, {state:?}"
            );
            assert_eq!(
                AssistanceActions::of(false, true, true, state),
                AssistanceActions {
                    assign: false,
                    resolve
                },
                "expert, {state:?}"
            );
            assert_eq!(
                AssistanceActions::of(false, false, true, state),
                AssistanceActions::default()
            );
            assert_eq!(
                AssistanceActions::of(true, true, false, state),
                AssistanceActions::default(),
                "inactive project, {state:?}"
            );
        }
    }

    #[test]
    fn managers_manage_the_team_asks_for_assistance_and_both_add_milestones_and_commitments_until_adoption()
     {
        assert_eq!(
            ProjectActions::of(MANAGER, false),
            ProjectActions {
                manage: true,
                add_milestone: true,
                set_replicates: true,
                request_assistance: false,
                add_commitment: true,
            }
        );
        assert_eq!(
            ProjectActions::of(TEAM, false),
            ProjectActions {
                manage: false,
                add_milestone: true,
                set_replicates: true,
                request_assistance: true,
                add_commitment: true,
            }
        );
        assert!(!ProjectActions::of(TEAM, true).add_commitment);
        assert!(!ProjectActions::of(MANAGER, true).add_commitment);
        for nobody in [PUBLIC, closed(TEAM), closed(MANAGER)] {
            assert_eq!(ProjectActions::of(nobody, false), ProjectActions::default());
        }
    }

    fn tranche_row(condition: &str, state: &str) -> tranche::Model {
        tranche::Model {
            id: Uuid::nil(),
            project_id: Uuid::nil(),
            position: 1,
            amount_minor: 40_000,
            condition: condition.to_owned(),
            state: state.to_owned(),
            released_at: None,
            released_by: None,
            paid_on: None,
            paid_by: None,
        }
    }

    #[test]
    fn a_tranche_row_is_read_with_its_condition_state_and_actions() {
        let view = tranche(tranche_row(r#"{"kind":"signature"}"#, "planned"), MANAGER).unwrap();
        assert_eq!(view.condition, Condition::Signature);
        assert_eq!(view.state, TrancheState::Planned);
        assert_eq!(
            view.allowed,
            TrancheActions {
                release: true,
                pay: false
            }
        );
    }

    #[test]
    fn a_row_that_does_not_decode_is_an_internal_error_not_a_blank() {
        let unknown_state = tranche(tranche_row(r#"{"kind":"signature"}"#, "cancelled"), MANAGER);
        assert!(matches!(unknown_state, Err(Error::Internal(_))));
        let bad_condition = tranche(tranche_row("not json", "planned"), MANAGER);
        assert!(matches!(bad_condition, Err(Error::Internal(_))));
        let request = assistance::Model {
            id: Uuid::nil(),
            project_id: Uuid::nil(),
            topic: "Procurement".into(),
            description: String::new(),
            state: "open".into(),
            expert_id: None,
            notes: "{".into(),
            created_by: Uuid::nil(),
            created_at: DateTime::<Utc>::MIN_UTC,
            version: 1,
        };
        assert!(matches!(
            assistance(request, true, false, true),
            Err(Error::Internal(_))
        ));
    }

    proptest! {
        #[test]
        fn every_state_name_parses_back_and_nothing_else_parses(text in "[a-z_]{0,20}") {
            for s in ProjectStatus::ALL {
                prop_assert_eq!(ProjectStatus::parse(s.as_str()), Some(s));
            }
            for s in MilestoneState::ALL {
                prop_assert_eq!(MilestoneState::parse(s.as_str()), Some(s));
            }
            for s in ReportState::ALL {
                prop_assert_eq!(ReportState::parse(s.as_str()), Some(s));
            }
            for s in AssistanceState::ALL {
                prop_assert_eq!(AssistanceState::parse(s.as_str()), Some(s));
            }
            if let Some(s) = ProjectStatus::parse(&text) {
                prop_assert_eq!(s.as_str(), text.as_str());
            }
            if let Some(s) = MilestoneState::parse(&text) {
                prop_assert_eq!(s.as_str(), text.as_str());
            }
            if let Some(s) = ReportState::parse(&text) {
                prop_assert_eq!(s.as_str(), text.as_str());
            }
            if let Some(s) = AssistanceState::parse(&text) {
                prop_assert_eq!(s.as_str(), text.as_str());
            }
        }
    }
}
