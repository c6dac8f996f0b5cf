//! The `projects` tag (funded projects: dates, signature, tranches, milestones, progress reports, indicator
//! targets, technical assistance, action plans with commitments, the portfolio) and the `open-data` tag (360Giving and CSV exports).

use crate::strict::StrictJson;
use chrono::{DateTime, NaiveDate, Utc};
use domain::projects::learning::{self, Lessons, ProjectLink};
use domain::projects::plan::{self, CommitmentInput, CommitmentRating, CommitmentView};
use domain::projects::schedule::{Condition, TemplateLine};
use domain::projects::service::{self, IndicatorValue, ProjectFilter, ProjectView};
use domain::projects::views::{
    AssistanceView, EvidenceFileView, MilestoneView, ReportView, TrancheView,
};
use domain::projects::work::{self, AssistanceStep, MilestoneInput, ReportInput, ReviewInput};
use domain::projects::{open_data, service::Portfolio};
use poem::web::Data;
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::{Attachment, AttachmentType, Json, PlainText};
use poem_openapi::{Multipart, Object, OpenApi};
use uuid::Uuid;

use crate::AppState;
use crate::accounts::ApiTags;
use crate::applications::{AttachmentContent, CsvFile};
use crate::auth::{Auth, OptionalAuth};
use crate::calls::CallOut;
use crate::problem::ApiResult;
use crate::schema::count;

/// A tranche.
#[derive(Debug, Clone, Object)]
pub struct TrancheOut {
    /// Identifier.
    pub id: Uuid,
    /// Order, from 1.
    pub position: i32,
    /// Amount, a decimal string.
    pub amount: String,
    /// What it waits for: `signature`, `milestone` (with `milestone_position`), `report` (with
    /// `report_number`, null for the final report) or `date` (with `date`).
    pub condition: String,
    /// For `milestone`.
    pub milestone_position: Option<i32>,
    /// For `report`.
    pub report_number: Option<i32>,
    /// For `date`.
    pub date: Option<NaiveDate>,
    /// `planned`, `released` or `paid`.
    pub state: String,
    /// When it was released.
    pub released_at: Option<DateTime<Utc>>,
    /// When it was paid.
    pub paid_on: Option<NaiveDate>,
}

/// A milestone.
#[derive(Debug, Clone, Object)]
pub struct MilestoneOut {
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
    /// `pending`, `submitted`, `accepted` or `changes_requested`.
    pub state: String,
    /// The team's evidence (team and managers only; empty for the public).
    pub evidence: String,
    /// The managers' comment (team and managers only).
    pub review_comment: Option<String>,
    /// Files attached as evidence (team and managers only).
    pub files: Vec<MilestoneFileOut>,
    /// The action-plan commitment it belongs to.
    pub commitment_id: Option<Uuid>,
    /// Whether it records the council's adoption of the action plan.
    pub adoption: bool,
    /// Send it back when submitting or reviewing.
    pub version: i32,
}

/// A file attached to a milestone.
#[derive(Debug, Clone, Object)]
pub struct MilestoneFileOut {
    /// Identifier (download at `/milestones/{milestone_id}/attachments/{id}`).
    pub id: Uuid,
    /// File name.
    pub file_name: String,
    /// Type read from the content.
    pub media_type: String,
    /// Size in bytes.
    pub size_bytes: i64,
    /// SHA-256 of the content.
    pub sha256: String,
    /// When it was uploaded.
    pub uploaded_at: DateTime<Utc>,
}

/// A progress report.
#[derive(Debug, Clone, Object)]
pub struct ReportOut {
    /// Identifier.
    pub id: Uuid,
    /// Number, from 1; the last is the final report.
    pub number: i32,
    /// Due date.
    pub due_on: NaiveDate,
    /// `due`, `submitted`, `accepted` or `changes_requested`.
    pub state: String,
    /// What happened (team and managers only).
    pub narrative: String,
    /// Spending to date, a decimal string (team and managers only).
    pub spending: Option<String>,
    /// Indicator values (team and managers only).
    pub indicator_values: Vec<IndicatorValueIo>,
    /// When it was submitted.
    pub submitted_at: Option<DateTime<Utc>>,
    /// The managers' comment (team and managers only).
    pub review_comment: Option<String>,
    /// Whether it is the final report, which carries the lessons learned.
    pub is_final: bool,
    /// The lessons learned of the final report (team and managers; the public once it is accepted).
    pub lessons: Option<LessonsOut>,
    /// The completion of each commitment of the action plan (team and managers only).
    pub commitment_ratings: Vec<CommitmentRatingIo>,
    /// Send it back when submitting or reviewing.
    pub version: i32,
}

/// The lessons learned of a project's final report.
#[derive(Debug, Clone, Object)]
pub struct LessonsOut {
    /// What worked.
    pub what_worked: String,
    /// What did not work.
    pub what_did_not: String,
    /// What another local government needs to copy the pilot.
    pub to_replicate: String,
    /// Whom to ask: a name and email, or a role.
    pub contact: String,
}

impl From<&Lessons> for LessonsOut {
    fn from(l: &Lessons) -> Self {
        LessonsOut {
            what_worked: l.what_worked.clone(),
            what_did_not: l.what_did_not.clone(),
            to_replicate: l.to_replicate.clone(),
            contact: l.contact.clone(),
        }
    }
}

/// A project's lessons learned, as its viewer may see them.
#[derive(Debug, Clone, Object)]
pub struct ProjectLessonsOut {
    /// The lessons.
    pub lessons: LessonsOut,
    /// Whether they are public: the final report was accepted.
    pub published: bool,
    /// When the final report was accepted.
    pub accepted_at: Option<DateTime<Utc>>,
}

/// A link to another funded project.
#[derive(Debug, Clone, Object)]
pub struct ProjectLinkOut {
    /// The project.
    pub id: Uuid,
    /// Its title.
    pub title: String,
}

impl From<&ProjectLink> for ProjectLinkOut {
    fn from(l: &ProjectLink) -> Self {
        ProjectLinkOut {
            id: l.id,
            title: l.title.clone(),
        }
    }
}

/// A report's rating of one commitment's completion.
#[derive(Debug, Clone, Object)]
pub struct CommitmentRatingIo {
    /// The commitment.
    pub commitment_id: Uuid,
    /// `not_started`, `limited`, `substantial` or `complete`.
    #[oai(validator(max_length = 20))]
    pub rating: String,
}

/// A commitment of a project's action plan.
#[derive(Debug, Clone, Object)]
pub struct CommitmentOut {
    /// Identifier.
    pub id: Uuid,
    /// The project.
    pub project_id: Uuid,
    /// Order, from 1.
    pub position: i32,
    /// Title.
    pub title: String,
    /// The problem it addresses.
    pub problem: String,
    /// The OGP value it advances: `transparency`, `participation`, `accountability` or `inclusion`.
    pub value: String,
    /// The institution that leads it.
    pub lead_institution: String,
    /// Its milestones' identifiers, in order (the project's `milestones` hold them).
    pub milestone_ids: Vec<Uuid>,
    /// The latest completion rating (`not_started`, `limited`, `substantial` or `complete`): from accepted
    /// reports for the public, from submitted ones too for the team and managers.
    pub completion: Option<String>,
    /// The number of the report that rated it so.
    pub rated_in_report: Option<i32>,
    /// Send it back when updating.
    pub version: i32,
}

fn commitment_out(c: &CommitmentView, milestones: &[MilestoneView]) -> CommitmentOut {
    CommitmentOut {
        id: c.commitment.id,
        project_id: c.commitment.project_id,
        position: c.commitment.position,
        title: c.commitment.title.clone(),
        problem: c.commitment.problem.clone(),
        value: c.commitment.value.as_str().into(),
        lead_institution: c.commitment.lead_institution.clone(),
        milestone_ids: milestones
            .iter()
            .filter(|m| m.commitment_id == Some(c.commitment.id))
            .map(|m| m.id)
            .collect(),
        completion: c.latest.map(|l| l.as_str().to_owned()),
        rated_in_report: c.rated_in,
        version: c.commitment.version,
    }
}

/// A commitment as the team or a manager writes it.
#[derive(Debug, Clone, Object)]
pub struct CommitmentIn {
    /// Title (required).
    #[oai(default, validator(max_length = 200))]
    pub title: String,
    /// The problem it addresses (required).
    #[oai(default, validator(max_length = 20000))]
    pub problem: String,
    /// The OGP value it advances: `transparency`, `participation`, `accountability` or `inclusion`.
    #[oai(default, validator(max_length = 20))]
    pub value: String,
    /// The institution that leads it (required).
    #[oai(default, validator(max_length = 200))]
    pub lead_institution: String,
    /// The commitment's version as read (updates only; ignored when adding).
    #[oai(default, validator(minimum(value = "0")))]
    pub version: i32,
}

impl CommitmentIn {
    fn input(&self) -> CommitmentInput {
        CommitmentInput {
            title: self.title.clone(),
            problem: self.problem.clone(),
            value: self.value.clone(),
            lead_institution: self.lead_institution.clone(),
        }
    }
}

/// An indicator value.
#[derive(Debug, Clone, Object)]
pub struct IndicatorValueIo {
    /// The call's indicator.
    pub indicator_id: Uuid,
    /// The value, a decimal string.
    #[oai(validator(max_length = 40))]
    pub value: String,
}

/// An indicator with the project's target and latest value.
#[derive(Debug, Clone, Object)]
pub struct IndicatorProgressOut {
    /// The call's indicator.
    pub indicator_id: Uuid,
    /// Name.
    pub name: String,
    /// Unit.
    pub unit: String,
    /// Target.
    pub target: Option<String>,
    /// Latest reported value (accepted reports for the public).
    pub latest: Option<String>,
}

/// A note on a technical-assistance request.
#[derive(Debug, Clone, Object)]
pub struct NoteOut {
    /// When.
    pub at: DateTime<Utc>,
    /// Who wrote it.
    pub by: Uuid,
    /// What.
    pub text: String,
}

/// A technical-assistance request.
#[derive(Debug, Clone, Object)]
pub struct AssistanceOut {
    /// Identifier.
    pub id: Uuid,
    /// The project.
    pub project_id: Uuid,
    /// Topic.
    pub topic: String,
    /// Details.
    pub description: String,
    /// `open`, `assigned` or `resolved`.
    pub state: String,
    /// The expert assigned.
    pub expert_id: Option<Uuid>,
    /// Notes, oldest first.
    pub notes: Vec<NoteOut>,
    /// When it was asked.
    pub created_at: DateTime<Utc>,
    /// Send it back when moving it on.
    pub version: i32,
}

impl From<&AssistanceView> for AssistanceOut {
    fn from(a: &AssistanceView) -> Self {
        AssistanceOut {
            id: a.id,
            project_id: a.project_id,
            topic: a.topic.clone(),
            description: a.description.clone(),
            state: a.state.as_str().into(),
            expert_id: a.expert_id,
            notes: a
                .notes
                .iter()
                .map(|n| NoteOut {
                    at: n.at,
                    by: n.by,
                    text: n.text.clone(),
                })
                .collect(),
            created_at: a.created_at,
            version: a.version,
        }
    }
}

/// Something overdue.
#[derive(Debug, Clone, Object)]
pub struct OverdueOut {
    /// `milestone` or `report`.
    pub kind: String,
    /// Its title or number.
    pub label: String,
    /// When it was due.
    pub due_on: NaiveDate,
}

/// A funded project as its viewer may see it.
#[derive(Debug, Clone, Object)]
pub struct ProjectOut {
    /// Identifier.
    pub id: Uuid,
    /// The call.
    pub call_id: Uuid,
    /// The call's title.
    pub call_title: String,
    /// The programme.
    pub programme: String,
    /// The selected application.
    pub application_id: Uuid,
    /// Title.
    pub title: String,
    /// The lead organisation.
    pub lead: String,
    /// Its ISO 3166-2 subdivision.
    pub subdivision: Option<String>,
    /// Partners' names.
    pub partners: Vec<String>,
    /// Currency.
    pub currency: String,
    /// The award, a decimal string.
    pub awarded: String,
    /// Paid so far.
    pub disbursed: String,
    /// Planned start.
    pub planned_start: NaiveDate,
    /// Planned end.
    pub planned_end: NaiveDate,
    /// When the grant agreement was signed.
    pub signed_on: Option<NaiveDate>,
    /// `active`, `completed` or `terminated`.
    pub status: String,
    /// Why it was terminated.
    pub termination_reason: Option<String>,
    /// `on_track`, `at_risk`, `completed` or `terminated`.
    pub health: String,
    /// Progress from accepted milestones, in percent.
    pub progress: u32,
    /// What is overdue.
    pub overdue: Vec<OverdueOut>,
    /// Tranches.
    pub tranches: Vec<TrancheOut>,
    /// Milestones.
    pub milestones: Vec<MilestoneOut>,
    /// Progress reports.
    pub reports: Vec<ReportOut>,
    /// Indicators.
    pub indicators: Vec<IndicatorProgressOut>,
    /// Technical-assistance requests (team and managers only).
    pub assistance: Vec<AssistanceOut>,
    /// The lessons learned of the final report: for the team and managers once written, for everyone once
    /// the final report is accepted.
    pub lessons: Option<ProjectLessonsOut>,
    /// The earlier funded project this one replicates.
    pub replicates: Option<ProjectLinkOut>,
    /// The later projects that replicate this one.
    pub replications: Vec<ProjectLinkOut>,
    /// How many later projects replicate this one.
    pub replication_count: u32,
    /// The action plan's commitments.
    pub commitments: Vec<CommitmentOut>,
    /// Whether the action plan is adopted: its adoption milestone was accepted.
    pub plan_adopted: bool,
    /// Send it back when changing dates, signature or status.
    pub version: i32,
}

fn tranche_out(t: &TrancheView, view: &ProjectView) -> TrancheOut {
    let (kind, milestone_position, report_number, date) = match t.condition {
        Condition::Signature => ("signature", None, None, None),
        Condition::Milestone { position } => ("milestone", Some(position), None, None),
        Condition::Report { number } => ("report", None, number, None),
        Condition::Date { on } => ("date", None, None, Some(on)),
    };
    TrancheOut {
        id: t.id,
        position: t.position,
        amount: money(view, t.amount_minor),
        condition: kind.into(),
        milestone_position,
        report_number,
        date,
        state: t.state.as_str().into(),
        released_at: t.released_at,
        paid_on: t.paid_on,
    }
}

fn money(view: &ProjectView, minor: i64) -> String {
    domain::money::Money::from_minor(minor, view.currency).to_decimal_string(view.currency)
}

impl From<&EvidenceFileView> for MilestoneFileOut {
    fn from(f: &EvidenceFileView) -> Self {
        MilestoneFileOut {
            id: f.id,
            file_name: f.file_name.clone(),
            media_type: f.media_type.clone(),
            size_bytes: f.size_bytes,
            sha256: f.sha256.clone(),
            uploaded_at: f.uploaded_at,
        }
    }
}

fn milestone_out(m: &MilestoneView) -> MilestoneOut {
    MilestoneOut {
        id: m.id,
        position: m.position,
        title: m.title.clone(),
        description: m.description.clone(),
        due_on: m.due_on,
        state: m.state.as_str().into(),
        evidence: m.evidence.clone(),
        review_comment: m.review_comment.clone(),
        files: m.files.iter().map(MilestoneFileOut::from).collect(),
        commitment_id: m.commitment_id,
        adoption: m.adoption,
        version: m.version,
    }
}

fn report_out(r: &ReportView, view: &ProjectView) -> ReportOut {
    ReportOut {
        id: r.id,
        number: r.number,
        due_on: r.due_on,
        state: r.state.as_str().into(),
        narrative: r.narrative.clone(),
        spending: r.spending_minor.map(|m| money(view, m)),
        indicator_values: r
            .indicator_values
            .iter()
            .map(|v| IndicatorValueIo {
                indicator_id: v.indicator_id,
                value: v.value.clone(),
            })
            .collect(),
        submitted_at: r.submitted_at,
        review_comment: r.review_comment.clone(),
        is_final: r.is_final,
        lessons: r.lessons.as_ref().map(LessonsOut::from),
        commitment_ratings: r
            .commitment_ratings
            .iter()
            .map(|c| CommitmentRatingIo {
                commitment_id: c.commitment_id,
                rating: c.rating.clone(),
            })
            .collect(),
        version: r.version,
    }
}

impl From<ProjectView> for ProjectOut {
    fn from(view: ProjectView) -> Self {
        ProjectOut {
            id: view.project.id,
            call_id: view.call.id,
            call_title: view.call.title.clone(),
            programme: view.programme.clone(),
            application_id: view.project.application_id,
            title: view.project.title.clone(),
            lead: view.lead.name.clone(),
            subdivision: view.lead.subdivision.clone(),
            partners: view.partners.iter().map(|p| p.name.clone()).collect(),
            currency: view.currency.code().into(),
            awarded: money(&view, view.project.awarded_minor),
            disbursed: money(&view, view.disbursed_minor),
            planned_start: view.project.planned_start,
            planned_end: view.project.planned_end,
            signed_on: view.project.signed_on,
            status: view.project.status.as_str().into(),
            termination_reason: view.project.termination_reason.clone(),
            health: view.health.as_str().into(),
            progress: view.progress,
            overdue: view
                .overdue
                .iter()
                .map(|o| OverdueOut {
                    kind: o.kind.into(),
                    label: o.label.clone(),
                    due_on: o.due_on,
                })
                .collect(),
            tranches: view
                .tranches
                .iter()
                .map(|t| tranche_out(t, &view))
                .collect(),
            milestones: view.milestones.iter().map(milestone_out).collect(),
            reports: view.reports.iter().map(|r| report_out(r, &view)).collect(),
            indicators: view
                .indicators
                .iter()
                .map(|i| IndicatorProgressOut {
                    indicator_id: i.indicator.id,
                    name: i.indicator.name.clone(),
                    unit: i.indicator.unit.clone(),
                    target: i.target.map(|t| t.to_string()),
                    latest: i.latest.map(|l| l.to_string()),
                })
                .collect(),
            assistance: view.assistance.iter().map(AssistanceOut::from).collect(),
            lessons: view.lessons.as_ref().map(|l| ProjectLessonsOut {
                lessons: (&l.lessons).into(),
                published: l.published,
                accepted_at: l.accepted_at,
            }),
            replicates: view.replicates.as_ref().map(ProjectLinkOut::from),
            replications: view.replications.iter().map(ProjectLinkOut::from).collect(),
            replication_count: count(view.replications.len()),
            commitments: view
                .commitments
                .iter()
                .map(|c| commitment_out(c, &view.milestones))
                .collect(),
            plan_adopted: view.adopted,
            version: view.project.version,
        }
    }
}

/// Totals in one currency.
#[derive(Debug, Clone, Object)]
pub struct TotalsOut {
    /// Currency.
    pub currency: String,
    /// ISO 3166-2 subdivision (empty for none), in per-subdivision totals.
    pub subdivision: Option<String>,
    /// Projects.
    pub projects: u32,
    /// Awarded, a decimal string.
    pub awarded: String,
    /// Paid, a decimal string.
    pub disbursed: String,
    /// Items overdue.
    pub overdue: u32,
}

/// Projects by health.
#[derive(Debug, Clone, Object)]
pub struct HealthCountOut {
    /// `on_track`, `at_risk`, `completed` or `terminated`.
    pub health: String,
    /// Projects.
    pub projects: u32,
}

/// The portfolio of the projects the caller may see.
#[derive(Debug, Clone, Object)]
pub struct PortfolioOut {
    /// Per currency.
    pub totals: Vec<TotalsOut>,
    /// Per health.
    pub by_health: Vec<HealthCountOut>,
    /// Per subdivision and currency.
    pub by_subdivision: Vec<TotalsOut>,
    /// Projects replicated by later ones, with how many replicate each.
    pub replicated: Vec<ReplicatedOut>,
}

/// A project replicated by later ones.
#[derive(Debug, Clone, Object)]
pub struct ReplicatedOut {
    /// The project.
    pub project_id: Uuid,
    /// Its title.
    pub title: String,
    /// How many later projects replicate it.
    pub replications: u32,
}

fn totals_out(code: &str, subdivision: Option<String>, t: &service::Totals) -> TotalsOut {
    let currency = domain::money::Currency::parse(code).ok();
    let amount = |minor: i64| {
        currency.map_or_else(
            || minor.to_string(),
            |c| domain::money::Money::from_minor(minor, c).to_decimal_string(c),
        )
    };
    TotalsOut {
        currency: code.to_owned(),
        subdivision,
        projects: count(t.projects),
        awarded: amount(t.awarded_minor),
        disbursed: amount(t.disbursed_minor),
        overdue: count(t.overdue),
    }
}

impl From<Portfolio> for PortfolioOut {
    fn from(p: Portfolio) -> Self {
        PortfolioOut {
            totals: p
                .by_currency
                .iter()
                .map(|(code, t)| totals_out(code, None, t))
                .collect(),
            by_health: p
                .by_health
                .iter()
                .map(|(health, n)| HealthCountOut {
                    health: (*health).into(),
                    projects: count(*n),
                })
                .collect(),
            by_subdivision: p
                .by_subdivision
                .iter()
                .map(|((subdivision, code), t)| totals_out(code, Some(subdivision.clone()), t))
                .collect(),
            replicated: p
                .replicated
                .iter()
                .map(|(link, n)| ReplicatedOut {
                    project_id: link.id,
                    title: link.title.clone(),
                    replications: count(*n),
                })
                .collect(),
        }
    }
}

/// A report due soon or overdue.
#[derive(Debug, Clone, Object)]
pub struct DueReportOut {
    /// The project.
    pub project_id: Uuid,
    /// Its title.
    pub project: String,
    /// The report.
    pub report: ReportSummaryOut,
    /// Whether it is overdue.
    pub overdue: bool,
}

/// A report's number, due date and state.
#[derive(Debug, Clone, Object)]
pub struct ReportSummaryOut {
    /// Identifier.
    pub id: Uuid,
    /// Number.
    pub number: i32,
    /// Due date.
    pub due_on: NaiveDate,
    /// State.
    pub state: String,
}

/// Planned dates.
#[derive(Debug, Clone, Object)]
pub struct DatesIn {
    /// Planned start.
    pub planned_start: NaiveDate,
    /// Planned end.
    pub planned_end: NaiveDate,
    /// The project's version as read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
}

/// The signature of the grant agreement.
#[derive(Debug, Clone, Object)]
pub struct SignIn {
    /// When it was signed.
    pub signed_on: NaiveDate,
    /// The project's version as read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
}

/// Why a project is terminated.
#[derive(Debug, Clone, Object)]
pub struct TerminateIn {
    /// The reason (required).
    #[oai(default, validator(max_length = 4000))]
    pub reason: String,
    /// The project's version as read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
}

/// The project's version as read.
#[derive(Debug, Clone, Object)]
pub struct ProjectVersionIn {
    /// The version.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
}

/// A payment.
#[derive(Debug, Clone, Object)]
pub struct PayIn {
    /// When it was paid.
    pub paid_on: NaiveDate,
}

/// A new milestone.
#[derive(Debug, Clone, Object)]
pub struct MilestoneIn {
    /// Title.
    #[oai(validator(max_length = 200))]
    pub title: String,
    /// What is expected.
    #[oai(default, validator(max_length = 20000))]
    pub description: String,
    /// Due date.
    pub due_on: NaiveDate,
    /// The action-plan commitment of this project it belongs to.
    #[oai(default)]
    pub commitment_id: Option<Uuid>,
    /// Whether it records the council's adoption of the action plan (one per project, not on a commitment).
    #[oai(default)]
    pub adoption: bool,
}

/// A file of evidence.
#[derive(Debug, Multipart)]
pub struct MilestoneFileIn {
    /// The file.
    pub file: crate::uploads::StreamedUpload,
}

/// Evidence that a milestone is reached.
#[derive(Debug, Clone, Object)]
pub struct EvidenceIn {
    /// The evidence (required).
    #[oai(default, validator(max_length = 20000))]
    pub evidence: String,
    /// The milestone's version as read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
}

/// A manager's review.
#[derive(Debug, Clone, Object)]
pub struct ReviewWorkIn {
    /// Accept, or request changes.
    pub accept: bool,
    /// The comment; required when requesting changes.
    #[oai(default, validator(max_length = 20000))]
    pub comment: String,
    /// The item's version as read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
}

/// A progress report.
#[derive(Debug, Clone, Object)]
pub struct ReportIn {
    /// What happened (required).
    #[oai(default, validator(max_length = 20000))]
    pub narrative: String,
    /// Spending to date, a decimal string.
    #[oai(validator(max_length = 40))]
    pub spending: String,
    /// Values of the call's indicators.
    #[oai(default, validator(max_items = 100))]
    pub indicator_values: Vec<IndicatorValueIo>,
    /// Lessons learned, final report only (required there, ignored on other reports): what worked.
    #[oai(default, validator(max_length = 20000))]
    pub what_worked: String,
    /// Lessons learned, final report only: what did not work.
    #[oai(default, validator(max_length = 20000))]
    pub what_did_not: String,
    /// Lessons learned, final report only: what another local government needs to copy the pilot.
    #[oai(default, validator(max_length = 20000))]
    pub to_replicate: String,
    /// Lessons learned, final report only: whom to ask (a name and email, or a role).
    #[oai(default, validator(max_length = 300))]
    pub contact: String,
    /// The completion of each commitment of the action plan (each one required when the project has any).
    #[oai(default, validator(max_items = 100))]
    pub commitment_ratings: Vec<CommitmentRatingIo>,
    /// The report's version as read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
}

/// The earlier project a project replicates.
#[derive(Debug, Clone, Object)]
pub struct ReplicatesIn {
    /// A project of the public portfolio funded before this one; absent clears the link.
    #[oai(default)]
    pub replicates_project_id: Option<Uuid>,
    /// The project's version as read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
}

/// One indicator target.
#[derive(Debug, Clone, Object)]
pub struct TargetIn {
    /// The call's indicator.
    pub indicator_id: Uuid,
    /// The target, a decimal string; empty removes it.
    #[oai(validator(max_length = 40))]
    pub target: String,
}

/// The project's indicator targets.
#[derive(Debug, Clone, Object)]
pub struct TargetsIn {
    /// One per indicator.
    #[oai(default, validator(max_items = 100))]
    pub targets: Vec<TargetIn>,
}

/// A request for technical assistance.
#[derive(Debug, Clone, Object)]
pub struct AssistanceIn {
    /// What help is needed on.
    #[oai(default, validator(max_length = 200))]
    pub topic: String,
    /// Details.
    #[oai(default, validator(max_length = 20000))]
    pub description: String,
}

/// Assigning an expert.
#[derive(Debug, Clone, Object)]
pub struct AssignExpertIn {
    /// The expert, an active user.
    pub expert_id: Uuid,
    /// A note.
    #[oai(default, validator(max_length = 4000))]
    pub note: String,
    /// The request's version as read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
}

/// Resolving a request.
#[derive(Debug, Clone, Object)]
pub struct ResolveIn {
    /// What was done (required).
    #[oai(default, validator(max_length = 4000))]
    pub note: String,
    /// The request's version as read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
}

/// One line of a tranche template.
#[derive(Debug, Clone, Object)]
pub struct TemplateLineIo {
    /// Share of the award in percent, a decimal string.
    #[oai(validator(max_length = 40))]
    pub percent: String,
    /// `signature`, `milestone`, `report`, `final_report` or `date`.
    #[oai(validator(max_length = 100))]
    pub condition: String,
    /// For `milestone`: its title.
    #[oai(validator(max_length = 200))]
    pub milestone: Option<String>,
    /// For `milestone` and `date`: months after the start.
    #[oai(validator(maximum(value = "240")))]
    pub months: Option<i32>,
    /// For `report`: its number, from 1.
    #[oai(validator(maximum(value = "100")))]
    pub report: Option<i32>,
}

/// A call's tranche template.
#[derive(Debug, Clone, Object)]
pub struct TemplateIn {
    /// The lines; their percents sum to 100.
    #[oai(default, validator(max_items = 50))]
    pub lines: Vec<TemplateLineIo>,
    /// The call's version as read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
}

/// A call's tranche template as read back.
#[derive(Debug, Clone, Object)]
pub struct TemplateOut {
    /// The lines, in order (the default template when the call set none).
    pub lines: Vec<TemplateLineIo>,
    /// The call's version, to send back when changing the template.
    pub version: i32,
}

impl From<TemplateLine> for TemplateLineIo {
    fn from(line: TemplateLine) -> Self {
        TemplateLineIo {
            percent: line.percent,
            condition: line.condition,
            milestone: line.milestone,
            months: line.months,
            report: line.report,
        }
    }
}

fn today(state: &AppState) -> NaiveDate {
    state.clock.now().date_naive()
}

/// Funded projects.
pub struct ProjectsApi;

#[OpenApi(tag = "ApiTags::Projects")]
impl ProjectsApi {
    /// List funded projects
    ///
    /// Public for calls whose results are published (public fields only); managers see every project and a
    /// team its own in full.
    #[oai(path = "/projects", method = "get")]
    async fn list(
        &self,
        state: Data<&AppState>,
        auth: OptionalAuth,
        /// Only this call's.
        call_id: Query<Option<Uuid>>,
        /// Only leads in this ISO 3166-2 subdivision.
        subdivision: Query<Option<String>>,
        /// Only this health: on_track, at_risk, completed, terminated.
        health: Query<Option<String>>,
    ) -> ApiResult<Json<Vec<ProjectOut>>> {
        let filter = ProjectFilter {
            call_id: call_id.0,
            subdivision: subdivision.0,
            health: health.0,
        };
        let views = service::list(&state.db, auth.actor()?, &filter, today(&state)).await?;
        Ok(Json(views.into_iter().map(Into::into).collect()))
    }

    /// The portfolio: projects by health and subdivision, awarded against disbursed
    ///
    /// Over the projects the caller may see.
    #[oai(path = "/portfolio", method = "get")]
    async fn portfolio(
        &self,
        state: Data<&AppState>,
        auth: OptionalAuth,
    ) -> ApiResult<Json<PortfolioOut>> {
        let views = service::list(
            &state.db,
            auth.actor()?,
            &ProjectFilter::default(),
            today(&state),
        )
        .await?;
        Ok(Json(service::portfolio(&views).into()))
    }

    /// Show a funded project
    #[oai(path = "/projects/:id", method = "get")]
    async fn get(
        &self,
        state: Data<&AppState>,
        auth: OptionalAuth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<ProjectOut>> {
        Ok(Json(
            service::get(&state.db, auth.actor()?, id.0, today(&state))
                .await?
                .into(),
        ))
    }

    /// List a project's commitments (anyone who may see the project)
    #[oai(path = "/projects/:id/commitments", method = "get")]
    async fn commitments(
        &self,
        state: Data<&AppState>,
        auth: OptionalAuth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<Vec<CommitmentOut>>> {
        let view = service::get(&state.db, auth.actor()?, id.0, today(&state)).await?;
        Ok(Json(
            view.commitments
                .iter()
                .map(|c| commitment_out(c, &view.milestones))
                .collect(),
        ))
    }

    /// Add a commitment to the action plan (the project team and managers, before the plan is adopted)
    #[oai(path = "/projects/:id/commitments", method = "post")]
    async fn add_commitment(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<CommitmentIn>,
    ) -> ApiResult<Json<ProjectOut>> {
        let actor = auth.actor()?;
        let view = plan::add_commitment(&state.db, actor, id.0, &body.0.input(), state.clock.now())
            .await?;
        Ok(Json(view.into()))
    }

    /// Update a commitment (the project team and managers, before the plan is adopted)
    #[oai(path = "/projects/:id/commitments/:commitment_id", method = "put")]
    async fn update_commitment(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        commitment_id: Path<Uuid>,
        body: StrictJson<CommitmentIn>,
    ) -> ApiResult<Json<ProjectOut>> {
        let actor = auth.actor()?;
        let view = plan::update_commitment(
            &state.db,
            actor,
            id.0,
            commitment_id.0,
            &body.0.input(),
            body.0.version,
            state.clock.now(),
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// Set a project's planned dates (managers)
    ///
    /// The report schedule is written again; refused once a report is submitted.
    #[oai(path = "/projects/:id/dates", method = "put")]
    async fn dates(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<DatesIn>,
    ) -> ApiResult<Json<ProjectOut>> {
        let b = body.0;
        let view = service::set_dates(
            &state.db,
            auth.actor()?,
            id.0,
            b.version,
            b.planned_start,
            b.planned_end,
            today(&state),
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// Declare the earlier project a project replicates (team or managers)
    ///
    /// The earlier project must be public (its call's results published), not this one, and funded before it;
    /// otherwise 422 on `replicates_project_id`.
    #[oai(path = "/projects/:id/replicates", method = "put")]
    async fn replicates(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<ReplicatesIn>,
    ) -> ApiResult<Json<ProjectOut>> {
        let view = learning::set_replicates(
            &state.db,
            auth.actor()?,
            id.0,
            body.0.version,
            body.0.replicates_project_id,
            today(&state),
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// Record the signature of the grant agreement (managers)
    #[oai(path = "/projects/:id/sign", method = "post")]
    async fn sign(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<SignIn>,
    ) -> ApiResult<Json<ProjectOut>> {
        let view = service::sign(
            &state.db,
            auth.actor()?,
            id.0,
            body.0.version,
            body.0.signed_on,
            today(&state),
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// Terminate a project with a reason (managers)
    #[oai(path = "/projects/:id/terminate", method = "post")]
    async fn terminate(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<TerminateIn>,
    ) -> ApiResult<Json<ProjectOut>> {
        let view = service::terminate(
            &state.db,
            auth.actor()?,
            id.0,
            body.0.version,
            &body.0.reason,
            today(&state),
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// Mark a project completed (managers)
    ///
    /// Once its final report is accepted.
    #[oai(path = "/projects/:id/complete", method = "post")]
    async fn complete(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<ProjectVersionIn>,
    ) -> ApiResult<Json<ProjectOut>> {
        let view = service::complete(
            &state.db,
            auth.actor()?,
            id.0,
            body.0.version,
            today(&state),
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// Release a tranche (managers)
    ///
    /// Refused (409) while its condition is unmet.
    #[oai(path = "/tranches/:id/release", method = "post")]
    async fn release(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<ProjectOut>> {
        let view = work::release_tranche(&state.db, auth.actor()?, id.0, state.clock.now()).await?;
        Ok(Json(view.into()))
    }

    /// Record a tranche's payment (managers)
    #[oai(path = "/tranches/:id/pay", method = "post")]
    async fn pay(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<PayIn>,
    ) -> ApiResult<Json<ProjectOut>> {
        let view = work::pay_tranche(
            &state.db,
            auth.actor()?,
            id.0,
            body.0.paid_on,
            today(&state),
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// Add a milestone (managers and the project team)
    #[oai(path = "/projects/:id/milestones", method = "post")]
    async fn add_milestone(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<MilestoneIn>,
    ) -> ApiResult<Json<ProjectOut>> {
        let b = body.0;
        let view = work::add_milestone(
            &state.db,
            auth.actor()?,
            id.0,
            &MilestoneInput {
                title: b.title,
                description: b.description,
                due_on: b.due_on,
                commitment_id: b.commitment_id,
                adoption: b.adoption,
            },
            today(&state),
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// Submit a milestone's evidence (the project team)
    #[oai(path = "/milestones/:id/submit", method = "post")]
    async fn submit_milestone(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<EvidenceIn>,
    ) -> ApiResult<Json<ProjectOut>> {
        let view = work::submit_milestone(
            &state.db,
            auth.actor()?,
            id.0,
            body.0.version,
            &body.0.evidence,
            state.clock.now(),
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// Attach a file to a milestone as evidence (the project team)
    ///
    /// Multipart, like application attachments: PDF, images, ODF or OOXML documents, at most 10 MiB.
    #[oai(path = "/milestones/:id/attachments", method = "post")]
    async fn upload_milestone_file(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: MilestoneFileIn,
    ) -> ApiResult<Json<MilestoneFileOut>> {
        // Refuse bad credentials before reading up to 10 MiB of someone's upload.
        let actor = auth.actor()?;
        let saved = work::add_milestone_file(
            &state.db,
            &state.files,
            actor,
            id.0,
            body.file.file_name().unwrap_or_default(),
            body.file.file(),
            state.clock.now(),
        )
        .await?;
        Ok(Json(MilestoneFileOut::from(&saved)))
    }

    /// Download a milestone's file (the project team and managers)
    #[oai(path = "/milestones/:id/attachments/:file_id", method = "get")]
    async fn download_milestone_file(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        file_id: Path<Uuid>,
    ) -> ApiResult<AttachmentContent> {
        let (meta, content) =
            work::milestone_file(&state.db, &state.files, auth.actor()?, id.0, file_id.0).await?;
        Ok(AttachmentContent::Ok(
            Attachment::new(crate::uploads::download_body(content))
                .attachment_type(AttachmentType::Attachment)
                .filename(meta.file_name),
            "nosniff".into(),
        ))
    }

    /// Accept a milestone or request changes (managers)
    #[oai(path = "/milestones/:id/review", method = "post")]
    async fn review_milestone(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<ReviewWorkIn>,
    ) -> ApiResult<Json<ProjectOut>> {
        let view = work::review_milestone(
            &state.db,
            auth.actor()?,
            id.0,
            &review_input(body.0),
            state.clock.now(),
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// Submit a progress report (the project team)
    #[oai(path = "/reports/:id/submit", method = "post")]
    async fn submit_report(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<ReportIn>,
    ) -> ApiResult<Json<ProjectOut>> {
        let b = body.0;
        let view = work::submit_report(
            &state.db,
            auth.actor()?,
            id.0,
            &ReportInput {
                narrative: b.narrative,
                spending: b.spending,
                indicator_values: b
                    .indicator_values
                    .into_iter()
                    .map(|v| IndicatorValue {
                        indicator_id: v.indicator_id,
                        value: v.value,
                    })
                    .collect(),
                lessons: Lessons {
                    what_worked: b.what_worked,
                    what_did_not: b.what_did_not,
                    to_replicate: b.to_replicate,
                    contact: b.contact,
                },
                commitment_ratings: b
                    .commitment_ratings
                    .into_iter()
                    .map(|c| CommitmentRating {
                        commitment_id: c.commitment_id,
                        rating: c.rating,
                    })
                    .collect(),
                version: b.version,
            },
            state.clock.now(),
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// Accept a progress report or request changes (managers)
    #[oai(path = "/reports/:id/review", method = "post")]
    async fn review_report(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<ReviewWorkIn>,
    ) -> ApiResult<Json<ProjectOut>> {
        let view = work::review_report(
            &state.db,
            auth.actor()?,
            id.0,
            &review_input(body.0),
            state.clock.now(),
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// Reports due within 30 days or overdue (managers)
    #[oai(path = "/reports/due", method = "get")]
    async fn due_reports(
        &self,
        state: Data<&AppState>,
        auth: Auth,
    ) -> ApiResult<Json<Vec<DueReportOut>>> {
        let due = work::due_reports(&state.db, auth.actor()?, today(&state), 30).await?;
        Ok(Json(
            due.into_iter()
                .map(|d| DueReportOut {
                    project_id: d.project.id,
                    project: d.project.title,
                    report: ReportSummaryOut {
                        id: d.report.id,
                        number: d.report.number,
                        due_on: d.report.due_on,
                        state: d.report.state.as_str().into(),
                    },
                    overdue: d.overdue,
                })
                .collect(),
        ))
    }

    /// Set the project's indicator targets (managers)
    #[oai(path = "/projects/:id/targets", method = "put")]
    async fn targets(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<TargetsIn>,
    ) -> ApiResult<Json<ProjectOut>> {
        let targets: Vec<(Uuid, String)> = body
            .0
            .targets
            .into_iter()
            .map(|t| (t.indicator_id, t.target))
            .collect();
        let view =
            work::set_targets(&state.db, auth.actor()?, id.0, &targets, today(&state)).await?;
        Ok(Json(view.into()))
    }

    /// Ask for technical assistance (the project team)
    #[oai(path = "/projects/:id/assistance", method = "post")]
    async fn request_assistance(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<AssistanceIn>,
    ) -> ApiResult<Json<ProjectOut>> {
        let view = work::request_assistance(
            &state.db,
            auth.actor()?,
            id.0,
            &body.0.topic,
            &body.0.description,
            state.clock.now(),
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// Technical-assistance requests assigned to me as expert
    #[oai(path = "/assistance", method = "get")]
    async fn my_assistance(
        &self,
        state: Data<&AppState>,
        auth: Auth,
    ) -> ApiResult<Json<Vec<AssistanceOut>>> {
        let requests = work::assigned_to_me(&state.db, auth.actor()?).await?;
        Ok(Json(requests.iter().map(AssistanceOut::from).collect()))
    }

    /// Assign an expert to a request (managers)
    #[oai(path = "/assistance/:id/assign", method = "post")]
    async fn assign_expert(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<AssignExpertIn>,
    ) -> ApiResult<Json<AssistanceOut>> {
        let saved = work::advance_assistance(
            &state.db,
            auth.actor()?,
            id.0,
            body.0.version,
            &AssistanceStep::Assign {
                expert_id: body.0.expert_id,
            },
            &body.0.note,
            state.clock.now(),
        )
        .await?;
        Ok(Json((&saved).into()))
    }

    /// Resolve a request (managers and the assigned expert)
    #[oai(path = "/assistance/:id/resolve", method = "post")]
    async fn resolve_assistance(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<ResolveIn>,
    ) -> ApiResult<Json<AssistanceOut>> {
        let saved = work::advance_assistance(
            &state.db,
            auth.actor()?,
            id.0,
            body.0.version,
            &AssistanceStep::Resolve,
            &body.0.note,
            state.clock.now(),
        )
        .await?;
        Ok(Json((&saved).into()))
    }

    /// Show a call's tranche template
    ///
    /// How the projects of the call will be paid: the template set, or the default one. Visible to whoever
    /// may read the call (drafts: managers only).
    #[oai(path = "/calls/:id/tranche-template", method = "get")]
    async fn get_template(
        &self,
        state: Data<&AppState>,
        auth: OptionalAuth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<TemplateOut>> {
        let (version, lines) = service::template(&state.db, auth.actor()?, id.0).await?;
        Ok(Json(TemplateOut {
            lines: lines.into_iter().map(TemplateLineIo::from).collect(),
            version,
        }))
    }

    /// Set a call's tranche template (managers)
    ///
    /// Applies to the projects created when the call is finalised. Default: 40% on signature, 40% when the
    /// first report is accepted, 20% when the final report is accepted.
    #[oai(path = "/calls/:id/tranche-template", method = "put")]
    async fn template(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<TemplateIn>,
    ) -> ApiResult<Json<CallOut>> {
        let lines: Vec<TemplateLine> = body
            .0
            .lines
            .into_iter()
            .map(|l| TemplateLine {
                percent: l.percent,
                condition: l.condition,
                milestone: l.milestone,
                months: l.months,
                report: l.report,
            })
            .collect();
        let view =
            service::set_template(&state.db, auth.actor()?, id.0, body.0.version, &lines).await?;
        Ok(Json(view.into()))
    }
}

fn review_input(b: ReviewWorkIn) -> ReviewInput {
    ReviewInput {
        accept: b.accept,
        comment: b.comment,
        version: b.version,
    }
}

/// The site's address as the reader reached it (`https://host`): the scheme a proxy says it was served on
/// (`X-Forwarded-Proto`), else the request's own, and the `Host` header. Empty when there is no host.
fn site_of(request: &poem::Request) -> String {
    let headers = request.headers();
    let host = headers
        .get(poem::http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::trim)
        .filter(|h| {
            !h.is_empty()
                && h.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
        });
    let Some(host) = host else {
        return String::new();
    };
    let scheme = headers
        .get("x-forwarded-proto")
        .and_then(|h| h.to_str().ok())
        .map(str::trim)
        .filter(|s| matches!(*s, "http" | "https"))
        .or_else(|| request.uri().scheme_str())
        .unwrap_or("http");
    format!("{scheme}://{host}")
}

/// Open data on awards.
pub struct OpenDataApi;

#[OpenApi(tag = "ApiTags::OpenData")]
impl OpenDataApi {
    /// Awards as a 360Giving data package
    ///
    /// Every funded project of a call whose results are published (360Giving Data Standard 1.4). Each grant's
    /// `grantProgramme` is its call (the programme cycle): code, title and the call's public page, an address
    /// on the host the package was requested from.
    #[oai(path = "/open-data/360giving.json", method = "get")]
    async fn giving(
        &self,
        state: Data<&AppState>,
        request: &poem::Request,
    ) -> ApiResult<Json<serde_json::Value>> {
        Ok(Json(
            open_data::giving_package(&state.db, state.clock.now(), &site_of(request)).await?,
        ))
    }

    /// Published lessons learned as CSV
    ///
    /// One row per project whose final report was accepted: project, organisation, call, programme, what
    /// worked, what did not, what another local government needs to copy it, contact, and when it was accepted.
    #[oai(path = "/open-data/lessons.csv", method = "get")]
    async fn lessons_csv(&self, state: Data<&AppState>) -> ApiResult<CsvFile> {
        Ok(CsvFile::Ok(
            PlainText(open_data::lessons_csv(&state.db).await?),
            "attachment; filename=\"lessons.csv\"".into(),
        ))
    }

    /// Action-plan commitments as CSV
    ///
    /// One row per commitment of a published project: project, organisation, call, title, problem, OGP value,
    /// lead institution, milestones (accepted of all), whether the plan is adopted, and the completion rated
    /// in the latest accepted report.
    #[oai(path = "/open-data/commitments.csv", method = "get")]
    async fn commitments_csv(&self, state: Data<&AppState>) -> ApiResult<CsvFile> {
        Ok(CsvFile::Ok(
            PlainText(open_data::commitments_csv(&state.db).await?),
            "attachment; filename=\"commitments.csv\"".into(),
        ))
    }

    /// Action-plan commitments as JSON
    ///
    /// The rows of `commitments.csv`, one object each.
    #[oai(path = "/open-data/commitments.json", method = "get")]
    async fn commitments_json(&self, state: Data<&AppState>) -> ApiResult<Json<serde_json::Value>> {
        Ok(Json(open_data::commitments_json(&state.db).await?))
    }

    /// Funded projects as CSV
    #[oai(path = "/open-data/projects.csv", method = "get")]
    async fn projects_csv(&self, state: Data<&AppState>) -> ApiResult<CsvFile> {
        Ok(CsvFile::Ok(
            PlainText(open_data::projects_csv(&state.db).await?),
            "attachment; filename=\"projects.csv\"".into(),
        ))
    }

    /// Disbursements (paid tranches) as CSV
    #[oai(path = "/open-data/disbursements.csv", method = "get")]
    async fn disbursements_csv(&self, state: Data<&AppState>) -> ApiResult<CsvFile> {
        Ok(CsvFile::Ok(
            PlainText(open_data::disbursements_csv(&state.db).await?),
            "attachment; filename=\"disbursements.csv\"".into(),
        ))
    }
}
