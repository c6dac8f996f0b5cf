//! The services of funded projects: created when a call is finalised, shown to the public once the call's
//! results are published (public fields only) and in full to the project team (users of the lead
//! organisation) and managers; dates, signature, termination and completion by managers.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    IntoActiveModel, QueryFilter, QueryOrder, QuerySelect, Set,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::entity::{
    assistance, commitment, milestone, milestone_attachment, project, project_indicator, report,
    tranche,
};
use super::learning::{self, ProjectLessons, ProjectLink, Replications};
use super::plan::{self, CommitmentView};
use super::schedule::{self, Condition, Facts, Health, TemplateCondition, TemplateRule};
use super::views::{
    self, AssistanceView, MilestoneView, ProjectCall, ProjectSummary, ReportView, Standing,
    TrancheView,
};
use crate::applications::entity::{application, partner};
use crate::audit::{self, Subject};
use crate::calls::entity::{call, indicator};
use crate::calls::service::{CallView, load as load_call, load_many as load_calls};
use crate::money::Currency;
use crate::organisations::{self, Organisation};
use crate::programmes;
use crate::{Actor, Error, Message, Result, Role, db};

/// Months a project runs when the call says nothing else; managers then set the real dates.
pub const DEFAULT_DURATION_MONTHS: i32 = 12;

/// Who is looking at a project.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, once the call's results are published: public fields only.
    Public,
    /// A user of the lead organisation.
    Team,
    /// A programme manager.
    Manager,
}

impl Access {
    /// Whether the viewer sees more than the public fields.
    pub fn full(self) -> bool {
        self != Access::Public
    }
}

/// An indicator of the call with the project's target and its latest reported value.
#[derive(Debug, Clone)]
pub struct IndicatorProgress {
    /// The call's indicator.
    pub indicator: indicator::Model,
    /// The project's target.
    pub target: Option<Decimal>,
    /// The latest value from an accepted report (public), or from any submitted report (team and managers).
    pub latest: Option<Decimal>,
}

/// Something due and not done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overdue {
    /// `milestone` or `report`.
    pub kind: &'static str,
    /// Its title or number.
    pub label: String,
    /// When it was due.
    pub due_on: NaiveDate,
}

/// A project with everything that belongs to it, as its viewer may see it.
#[derive(Debug, Clone)]
pub struct ProjectView {
    /// The project, with what the viewer may do with it.
    pub project: ProjectSummary,
    /// Its call.
    pub call: ProjectCall,
    /// The programme's currency.
    pub currency: Currency,
    /// The programme's name.
    pub programme: String,
    /// The summary of the selected application the project came from (public, like its title).
    pub summary: String,
    /// The lead organisation.
    pub lead: Organisation,
    /// Partners.
    pub partners: Vec<Organisation>,
    /// Tranches by position.
    pub tranches: Vec<TrancheView>,
    /// Milestones by position, with their files (evidence, review comments and files blank for the public).
    pub milestones: Vec<MilestoneView>,
    /// Reports by number (narrative, spending and comments blank for the public).
    pub reports: Vec<ReportView>,
    /// Indicators with targets and latest values.
    pub indicators: Vec<IndicatorProgress>,
    /// Technical-assistance requests (empty for the public).
    pub assistance: Vec<AssistanceView>,
    /// Health.
    pub health: Health,
    /// Progress from accepted milestones, in percent.
    pub progress: u32,
    /// Sum of paid tranches, in minor units.
    pub disbursed_minor: i64,
    /// What is overdue today.
    pub overdue: Vec<Overdue>,
    /// The lessons of the final report: for the team and managers once written, for the public once that
    /// report is accepted.
    pub lessons: Option<ProjectLessons>,
    /// The earlier project this one replicates.
    pub replicates: Option<ProjectLink>,
    /// The later projects that replicate this one (public ones; every one for managers).
    pub replications: Vec<ProjectLink>,
    /// The action plan's commitments with their latest completion ratings.
    pub commitments: Vec<CommitmentView>,
    /// Whether the action plan is adopted: its adoption milestone was accepted.
    pub adopted: bool,
    /// Who is looking.
    pub access: Access,
}

/// A report's indicator value as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorValue {
    /// The call's indicator.
    pub indicator_id: Uuid,
    /// The value, a decimal string.
    pub value: String,
}

pub(crate) use crate::db::{from_json, to_json as json};

/// The template of a call's tranches.
pub fn template_of(call: &call::Model) -> Result<Vec<TemplateRule>> {
    match call.tranche_template.as_deref() {
        None => Ok(schedule::default_template()),
        Some(text) => from_json(text),
    }
}

/// The facts a tranche's condition is checked against.
pub(crate) fn facts_of(
    project: &project::Model,
    milestones: &[milestone::Model],
    reports: &[report::Model],
    today: NaiveDate,
) -> Facts {
    Facts {
        signed: project.signed_on.is_some(),
        accepted_milestones: milestones
            .iter()
            .filter(|m| m.state == "accepted")
            .map(|m| m.position)
            .collect(),
        accepted_reports: reports
            .iter()
            .filter(|r| r.state == "accepted")
            .map(|r| r.number)
            .collect(),
        final_report: reports.iter().map(|r| r.number).max(),
        today: Some(today),
    }
}

/// What is overdue on `today`: milestones and reports neither submitted nor accepted by their date.
pub(crate) fn overdue_items(
    milestones: &[milestone::Model],
    reports: &[report::Model],
    today: NaiveDate,
) -> Vec<Overdue> {
    let mut items: Vec<Overdue> = milestones
        .iter()
        .filter(|m| schedule::item_overdue(m.due_on, &m.state, today))
        .map(|m| Overdue {
            kind: "milestone",
            label: m.title.clone(),
            due_on: m.due_on,
        })
        .collect();
    items.extend(
        reports
            .iter()
            .filter(|r| schedule::item_overdue(r.due_on, &r.state, today))
            .map(|r| Overdue {
                kind: "report",
                label: r.number.to_string(),
                due_on: r.due_on,
            }),
    );
    items.sort_by_key(|i| i.due_on);
    items
}

/// Whether the public may see a call's projects: once its results are published.
pub(crate) fn public(call: &call::Model) -> bool {
    call.results_published_at.is_some()
}

/// Who the actor is to a project, or `NotFound` when they may not see it at all.
pub(crate) fn access_to(
    actor: Option<&Actor>,
    project: &project::Model,
    call: &call::Model,
) -> Result<Access> {
    match actor {
        Some(a) if a.has(Role::Manager) => Ok(Access::Manager),
        Some(a) if a.belongs_to(project.lead_organisation_id) => Ok(Access::Team),
        _ if public(call) => Ok(Access::Public),
        _ => Err(Error::NotFound),
    }
}

pub(crate) async fn find(conn: &impl ConnectionTrait, id: Uuid) -> Result<project::Model> {
    project::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound)
}

/// The summaries of the applications that projects came from, by application, in one query.
async fn summaries(
    conn: &impl ConnectionTrait,
    application_ids: impl IntoIterator<Item = Uuid>,
) -> Result<BTreeMap<Uuid, String>> {
    Ok(application::Entity::find()
        .select_only()
        .column(application::Column::Id)
        .column(application::Column::Summary)
        .filter(application::Column::Id.is_in(application_ids))
        .into_tuple::<(Uuid, String)>()
        .all(conn)
        .await?
        .into_iter()
        .collect())
}

/// Loads a project's parts and derives its health, for `access`.
pub(crate) async fn load(
    conn: &impl ConnectionTrait,
    project: project::Model,
    access: Access,
    today: NaiveDate,
) -> Result<ProjectView> {
    let links = learning::links_of(conn, &project, access == Access::Manager).await?;
    load_many(conn, vec![(project, access)], today, |_| links.clone())
        .await?
        .pop()
        .ok_or(Error::NotFound)
}

/// The projects of `rows` that `actor` may see, each in the viewer's access, in the rows' order: loaded in a
/// fixed number of queries, however many rows there are.
pub(crate) async fn views_of(
    conn: &impl ConnectionTrait,
    actor: Option<&Actor>,
    rows: Vec<project::Model>,
    today: NaiveDate,
) -> Result<Vec<ProjectView>> {
    let calls: BTreeMap<Uuid, call::Model> = call::Entity::find()
        .filter(call::Column::Id.is_in(rows.iter().map(|p| p.call_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let seen: Vec<(project::Model, Access)> = rows
        .into_iter()
        .filter_map(|project| {
            let call = calls.get(&project.call_id)?;
            let access = access_to(actor, &project, call).ok()?;
            Some((project, access))
        })
        .collect();
    // Replication links for every project at once, not a query per project.
    let manager = actor.is_some_and(|a| a.has(Role::Manager));
    let replications = Replications::load(conn, manager).await?;
    load_many(conn, seen, today, |project| replications.of(project)).await
}

/// Groups rows by project.
fn by_project<T>(rows: Vec<T>, project_of: impl Fn(&T) -> Uuid) -> BTreeMap<Uuid, Vec<T>> {
    let mut grouped: BTreeMap<Uuid, Vec<T>> = BTreeMap::new();
    for row in rows {
        grouped.entry(project_of(&row)).or_default().push(row);
    }
    grouped
}

/// Loads the parts of several projects, one query per kind of part (not per project), and derives each
/// one's health for its access. `links` gives each project's replication links.
async fn load_many(
    conn: &impl ConnectionTrait,
    rows: Vec<(project::Model, Access)>,
    today: NaiveDate,
    links: impl Fn(&project::Model) -> (Option<ProjectLink>, Vec<ProjectLink>),
) -> Result<Vec<ProjectView>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<Uuid> = rows.iter().map(|(p, _)| p.id).collect();
    let application_ids: Vec<Uuid> = rows.iter().map(|(p, _)| p.application_id).collect();
    let full = rows.iter().any(|(_, access)| access.full());
    let mut call_ids: Vec<Uuid> = rows.iter().map(|(p, _)| p.call_id).collect();
    call_ids.sort();
    call_ids.dedup();
    let call_rows = call::Entity::find()
        .filter(call::Column::Id.is_in(call_ids))
        .all(conn)
        .await?;
    let calls: BTreeMap<Uuid, CallView> = load_calls(conn, call_rows)
        .await?
        .into_iter()
        .map(|c| (c.call.id, c))
        .collect();
    let mut summaries = summaries(conn, application_ids.iter().copied()).await?;
    let partner_rows = partner::Entity::find()
        .filter(partner::Column::ApplicationId.is_in(application_ids))
        .order_by_asc(partner::Column::AddedAt)
        .all(conn)
        .await?;
    let organisation_ids = rows
        .iter()
        .map(|(p, _)| p.lead_organisation_id)
        .chain(partner_rows.iter().map(|p| p.organisation_id));
    let organisations: BTreeMap<Uuid, Organisation> = organisations::entity::Entity::find()
        .filter(organisations::entity::Column::Id.is_in(organisation_ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let mut partners = by_project(partner_rows, |p| p.application_id);
    let mut tranches = by_project(
        tranche::Entity::find()
            .filter(tranche::Column::ProjectId.is_in(ids.clone()))
            .order_by_asc(tranche::Column::Position)
            .all(conn)
            .await?,
        |t| t.project_id,
    );
    let mut milestones = by_project(
        milestone::Entity::find()
            .filter(milestone::Column::ProjectId.is_in(ids.clone()))
            .order_by_asc(milestone::Column::Position)
            .all(conn)
            .await?,
        |m| m.project_id,
    );
    let mut reports = by_project(
        report::Entity::find()
            .filter(report::Column::ProjectId.is_in(ids.clone()))
            .order_by_asc(report::Column::Number)
            .all(conn)
            .await?,
        |r| r.project_id,
    );
    let mut targets = by_project(
        project_indicator::Entity::find()
            .filter(project_indicator::Column::ProjectId.is_in(ids.clone()))
            .all(conn)
            .await?,
        |t| t.project_id,
    );
    let mut files = if full {
        by_project(
            milestone_attachment::Entity::find()
                .filter(milestone_attachment::Column::ProjectId.is_in(ids.clone()))
                .order_by_asc(milestone_attachment::Column::UploadedAt)
                .all(conn)
                .await?,
            |f| f.project_id,
        )
    } else {
        BTreeMap::new()
    };
    let mut assistance = if full {
        by_project(
            assistance::Entity::find()
                .filter(assistance::Column::ProjectId.is_in(ids.clone()))
                .order_by_asc(assistance::Column::CreatedAt)
                .all(conn)
                .await?,
            |a| a.project_id,
        )
    } else {
        BTreeMap::new()
    };
    let mut commitments = plan::commitments_of(conn, ids).await?;

    let mut views = Vec::with_capacity(rows.len());
    for (project, access) in rows {
        let call = calls
            .get(&project.call_id)
            .cloned()
            .ok_or(Error::NotFound)?;
        let lead = organisations
            .get(&project.lead_organisation_id)
            .cloned()
            .ok_or(Error::NotFound)?;
        let partners = partners
            .remove(&project.application_id)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|p| organisations.get(&p.organisation_id).cloned())
            .collect();
        let parts = Parts {
            summary: summaries
                .remove(&project.application_id)
                .unwrap_or_default(),
            links: links(&project),
            lead,
            partners,
            tranches: tranches.remove(&project.id).unwrap_or_default(),
            milestones: milestones.remove(&project.id).unwrap_or_default(),
            reports: reports.remove(&project.id).unwrap_or_default(),
            targets: targets
                .remove(&project.id)
                .unwrap_or_default()
                .into_iter()
                .map(|t| (t.indicator_id, t.target))
                .collect(),
            files: if access.full() {
                files.remove(&project.id).unwrap_or_default()
            } else {
                Vec::new()
            },
            assistance: if access.full() {
                assistance.remove(&project.id).unwrap_or_default()
            } else {
                Vec::new()
            },
            commitments: commitments.remove(&project.id).unwrap_or_default(),
        };
        views.push(assemble(project, call, access, today, parts)?);
    }
    Ok(views)
}

/// What a project view is made of, as read.
struct Parts {
    summary: String,
    links: (Option<ProjectLink>, Vec<ProjectLink>),
    lead: Organisation,
    partners: Vec<Organisation>,
    tranches: Vec<tranche::Model>,
    milestones: Vec<milestone::Model>,
    reports: Vec<report::Model>,
    targets: BTreeMap<Uuid, String>,
    files: Vec<milestone_attachment::Model>,
    assistance: Vec<assistance::Model>,
    commitments: Vec<commitment::Model>,
}

/// A project's view from its parts: health, progress, disbursement, indicators, and what the public may not
/// see blanked.
fn assemble(
    project: project::Model,
    call: CallView,
    access: Access,
    today: NaiveDate,
    parts: Parts,
) -> Result<ProjectView> {
    let Parts {
        summary,
        links: (replicates, replications),
        lead,
        partners,
        tranches,
        mut milestones,
        mut reports,
        targets,
        files,
        assistance,
        commitments,
    } = parts;
    let overdue = overdue_items(&milestones, &reports, today);
    let health = schedule::health(&project.status, overdue.len());
    let accepted = milestones.iter().filter(|m| m.state == "accepted").count();
    let progress = schedule::progress_percent(accepted, milestones.len());
    let disbursed_minor = tranches
        .iter()
        .filter(|t| t.state == "paid")
        .map(|t| t.amount_minor)
        .fold(0i64, i64::saturating_add);
    // The latest value per indicator: from accepted reports for the public, from submitted ones too otherwise.
    let mut latest: BTreeMap<Uuid, Decimal> = BTreeMap::new();
    for r in &reports {
        let counts = match r.state.as_str() {
            "accepted" => true,
            "submitted" | "changes_requested" => access.full(),
            _ => false,
        };
        if !counts {
            continue;
        }
        for value in from_json::<Vec<IndicatorValue>>(&r.indicator_values)? {
            if let Ok(v) = value.value.parse::<Decimal>() {
                latest.insert(value.indicator_id, v);
            }
        }
    }
    let indicators = call
        .indicators
        .iter()
        .map(|i| IndicatorProgress {
            target: targets.get(&i.id).and_then(|t| t.parse().ok()),
            latest: latest.get(&i.id).copied(),
            indicator: i.clone(),
        })
        .collect();
    let commitments = plan::views_from(commitments, &reports, access)?;
    let adopted = plan::adopted(&milestones);
    if !access.full() {
        for m in &mut milestones {
            m.evidence.clear();
            m.review_comment = None;
            m.reviewed_by = None;
        }
        for r in &mut reports {
            r.narrative.clear();
            r.spending_minor = None;
            r.indicator_values = "[]".into();
            r.commitment_ratings = "[]".into();
            r.review_comment = None;
            r.reviewed_by = None;
        }
    }
    let lessons = learning::lessons_for(&mut reports, access);
    let standing = Standing {
        access,
        active: views::status_of(&project)? == views::ProjectStatus::Active,
    };
    let mut files_of = by_project(files.into_iter().map(views::evidence_file).collect(), |f| {
        f.milestone_id
    });
    let milestones = milestones
        .into_iter()
        .map(|m| {
            let files = files_of.remove(&m.id).unwrap_or_default();
            views::milestone(m, files, standing, today)
        })
        .collect::<Result<_>>()?;
    let final_number = reports.iter().map(|r| r.number).max();
    let reports = reports
        .into_iter()
        .map(|r| {
            let is_final = Some(r.number) == final_number;
            views::report(r, is_final, standing, today)
        })
        .collect::<Result<_>>()?;
    let tranches = tranches
        .into_iter()
        .map(|t| views::tranche(t, standing))
        .collect::<Result<_>>()?;
    let manager = access == Access::Manager;
    let assistance = assistance
        .into_iter()
        .map(|a| views::assistance(a, manager, false, standing.active))
        .collect::<Result<_>>()?;
    Ok(ProjectView {
        currency: call.currency,
        programme: call.programme.name.clone(),
        summary,
        call: views::call(&call.call),
        project: views::project(&project, standing, adopted)?,
        lead,
        partners,
        tranches,
        milestones,
        reports,
        indicators,
        assistance,
        health,
        progress,
        disbursed_minor,
        overdue,
        lessons,
        replicates,
        replications,
        commitments,
        adopted,
        access,
    })
}

/// Shows a project: to the public once its call's results are published, in full to its team and managers.
pub async fn get(
    db: &DatabaseConnection,
    actor: Option<&Actor>,
    id: Uuid,
    today: NaiveDate,
) -> Result<ProjectView> {
    let project = find(db, id).await?;
    let call = call::Entity::find_by_id(project.call_id)
        .one(db)
        .await?
        .ok_or(Error::NotFound)?;
    let access = access_to(actor, &project, &call)?;
    load(db, project, access, today).await
}

/// The funded projects of a call by the application each came from, so that published results can link a
/// selected applicant to its project. Project pages check who may see them.
pub async fn ids_by_application(
    conn: &impl ConnectionTrait,
    call_id: Uuid,
) -> Result<BTreeMap<Uuid, Uuid>> {
    Ok(project::Entity::find()
        .filter(project::Column::CallId.eq(call_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|p| (p.application_id, p.id))
        .collect())
}

/// Which projects to list.
#[derive(Debug, Clone, Default)]
pub struct ProjectFilter {
    /// Only this call's.
    pub call_id: Option<Uuid>,
    /// Only leads in this ISO 3166-2 subdivision.
    pub subdivision: Option<String>,
    /// Only this health (`on_track`, `at_risk`, `completed`, `terminated`).
    pub health: Option<String>,
}

impl ProjectFilter {
    /// Whether a project passes the subdivision and health filters (the call is filtered in the query).
    pub fn matches(&self, view: &ProjectView) -> bool {
        let subdivision = self.subdivision.as_deref().is_none_or(|s| {
            view.lead
                .subdivision
                .as_deref()
                .is_some_and(|own| own.eq_ignore_ascii_case(s.trim()))
        });
        let health = self
            .health
            .as_deref()
            .is_none_or(|h| view.health.as_str() == h.trim());
        subdivision && health
    }
}

/// Lists projects: every project to managers; to anyone else, those of published calls plus their own
/// organisation's. Each in the viewer's access, loaded in a fixed number of queries.
pub async fn list(
    db: &DatabaseConnection,
    actor: Option<&Actor>,
    filter: &ProjectFilter,
    today: NaiveDate,
) -> Result<Vec<ProjectView>> {
    let mut query = project::Entity::find();
    if let Some(call_id) = filter.call_id {
        query = query.filter(project::Column::CallId.eq(call_id));
    }
    let rows = query
        .order_by_asc(project::Column::CreatedAt)
        .order_by_asc(project::Column::Id)
        .all(db)
        .await?;
    let views = views_of(db, actor, rows, today).await?;
    Ok(views.into_iter().filter(|v| filter.matches(v)).collect())
}

/// Totals of a portfolio in one currency.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Totals {
    /// Projects.
    pub projects: usize,
    /// Awarded, in minor units.
    pub awarded_minor: i64,
    /// Paid, in minor units.
    pub disbursed_minor: i64,
    /// Items overdue.
    pub overdue: usize,
}

/// A portfolio: projects by health and by subdivision, awarded against disbursed, per currency.
#[derive(Debug, Clone, Default)]
pub struct Portfolio {
    /// Per currency code.
    pub by_currency: BTreeMap<String, Totals>,
    /// Per health.
    pub by_health: BTreeMap<&'static str, usize>,
    /// Per subdivision (or "" for none): totals, per currency.
    pub by_subdivision: BTreeMap<(String, String), Totals>,
    /// Projects replicated by later ones, with how many replicate each, in the list's order.
    pub replicated: Vec<(ProjectLink, usize)>,
}

/// Sums projects into a portfolio.
pub fn portfolio(projects: &[ProjectView]) -> Portfolio {
    let mut portfolio = Portfolio::default();
    for view in projects {
        let code = view.currency.code().to_owned();
        let add = |totals: &mut Totals| {
            totals.projects += 1;
            totals.awarded_minor = totals
                .awarded_minor
                .saturating_add(view.project.awarded_minor);
            totals.disbursed_minor = totals.disbursed_minor.saturating_add(view.disbursed_minor);
            totals.overdue += view.overdue.len();
        };
        add(portfolio.by_currency.entry(code.clone()).or_default());
        add(portfolio
            .by_subdivision
            .entry((view.lead.subdivision.clone().unwrap_or_default(), code))
            .or_default());
        *portfolio.by_health.entry(view.health.as_str()).or_default() += 1;
        if !view.replications.is_empty() {
            portfolio.replicated.push((
                ProjectLink {
                    id: view.project.id,
                    title: view.project.title.clone(),
                },
                view.replications.len(),
            ));
        }
    }
    portfolio
}

/// Creates a project for every selected decision of a call being finalised, in the caller's transaction:
/// the award, dates from the decision day (managers set the real ones), the template's tranches and
/// milestones, and the progress reports the programme's cadence makes due. Written in batches, as finalising
/// holds the write lock meanwhile.
pub(crate) async fn create_for_call(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    call: &CallView,
    selected: &[(application::Model, i64)],
    now: DateTime<Utc>,
) -> Result<()> {
    let template = template_of(&call.call)?;
    let start = now.date_naive();
    let end = schedule::add_months(start, DEFAULT_DURATION_MONTHS);
    let mut projects = Vec::with_capacity(selected.len());
    let mut milestones = Vec::new();
    let mut tranches = Vec::new();
    let mut reports = Vec::new();
    let mut entries = Vec::with_capacity(selected.len());
    for (app, awarded_minor) in selected {
        let id = Uuid::now_v7();
        projects.push(project::ActiveModel {
            id: Set(id),
            call_id: Set(call.call.id),
            application_id: Set(app.id),
            lead_organisation_id: Set(app.lead_organisation_id),
            title: Set(app.title.clone()),
            awarded_minor: Set(*awarded_minor),
            planned_start: Set(start),
            planned_end: Set(end),
            signed_on: Set(None),
            status: Set("active".into()),
            termination_reason: Set(None),
            // An application's link to the project it replicates becomes the project's.
            replicates_project_id: Set(app.replicates_project_id),
            version: Set(1),
            created_at: Set(now),
            updated_at: Set(now),
        });
        let mut milestone_position = 0;
        let amounts = schedule::split(*awarded_minor, &template);
        // An award of zero (a recognition, or an enrolment) has no money to pay, so no tranches.
        let template: &[_] = if *awarded_minor == 0 { &[] } else { &template };
        for (i, (rule, amount)) in template.iter().zip(amounts).enumerate() {
            let condition = match &rule.condition {
                TemplateCondition::Signature => Condition::Signature,
                TemplateCondition::Report { number } => Condition::Report { number: *number },
                TemplateCondition::Date { months } => Condition::Date {
                    on: schedule::add_months(start, *months),
                },
                TemplateCondition::Milestone { title, months } => {
                    milestone_position += 1;
                    milestones.push(milestone_row(
                        id,
                        milestone_position,
                        title,
                        "",
                        schedule::add_months(start, *months),
                    ));
                    Condition::Milestone {
                        position: milestone_position,
                    }
                }
            };
            tranches.push(tranche::ActiveModel {
                id: Set(Uuid::now_v7()),
                project_id: Set(id),
                position: Set(i32::try_from(i + 1).unwrap_or(i32::MAX)),
                amount_minor: Set(amount),
                condition: Set(json(&condition)?),
                state: Set(schedule::TrancheState::Planned.as_str().into()),
                released_at: Set(None),
                released_by: Set(None),
                paid_on: Set(None),
                paid_by: Set(None),
            });
        }
        reports.extend(report_rows(
            id,
            start,
            end,
            call.call.reporting_cadence_months,
        ));
        entries.push(audit::entry(
            Some(actor),
            "project.created",
            &Subject::new("project", id),
            format!(
                "{} awarded {} {}",
                app.reference.clone().unwrap_or_default(),
                call.currency.code(),
                call.money(*awarded_minor).to_decimal_string(call.currency)
            ),
        ));
    }
    db::insert_batches(conn, projects).await?;
    db::insert_batches(conn, milestones).await?;
    db::insert_batches(conn, tranches).await?;
    db::insert_batches(conn, reports).await?;
    db::insert_batches(conn, entries).await?;
    Ok(())
}

pub(crate) async fn insert_milestone(
    conn: &impl ConnectionTrait,
    project_id: Uuid,
    position: i32,
    title: &str,
    description: &str,
    due_on: NaiveDate,
) -> Result<milestone::Model> {
    Ok(
        milestone_row(project_id, position, title, description, due_on)
            .insert(conn)
            .await?,
    )
}

/// A new milestone, pending.
fn milestone_row(
    project_id: Uuid,
    position: i32,
    title: &str,
    description: &str,
    due_on: NaiveDate,
) -> milestone::ActiveModel {
    milestone::ActiveModel {
        id: Set(Uuid::now_v7()),
        project_id: Set(project_id),
        position: Set(position),
        title: Set(title.to_owned()),
        description: Set(description.to_owned()),
        due_on: Set(due_on),
        state: Set("pending".into()),
        evidence: Set(String::new()),
        submitted_at: Set(None),
        review_comment: Set(None),
        reviewed_by: Set(None),
        reviewed_at: Set(None),
        commitment_id: Set(None),
        adoption: Set(false),
        version: Set(1),
    }
}

/// (Re)writes a project's report schedule from its dates.
async fn schedule_reports(
    conn: &impl ConnectionTrait,
    project_id: Uuid,
    start: NaiveDate,
    end: NaiveDate,
    cadence_months: i32,
) -> Result<()> {
    report::Entity::delete_many()
        .filter(report::Column::ProjectId.eq(project_id))
        .exec(conn)
        .await?;
    db::insert_batches(conn, report_rows(project_id, start, end, cadence_months)).await?;
    Ok(())
}

/// The reports a project's dates and cadence make due, not yet written.
fn report_rows(
    project_id: Uuid,
    start: NaiveDate,
    end: NaiveDate,
    cadence_months: i32,
) -> Vec<report::ActiveModel> {
    schedule::report_due_dates(start, end, cadence_months)
        .into_iter()
        .enumerate()
        .map(|(i, due_on)| report::ActiveModel {
            id: Set(Uuid::now_v7()),
            project_id: Set(project_id),
            number: Set(i32::try_from(i + 1).unwrap_or(i32::MAX)),
            due_on: Set(due_on),
            state: Set("due".into()),
            narrative: Set(String::new()),
            spending_minor: Set(None),
            indicator_values: Set("[]".into()),
            submitted_at: Set(None),
            review_comment: Set(None),
            reviewed_by: Set(None),
            reviewed_at: Set(None),
            reminded_before_at: Set(None),
            reminded_after_at: Set(None),
            what_worked: Set(String::new()),
            what_did_not: Set(String::new()),
            to_replicate: Set(String::new()),
            lessons_contact: Set(String::new()),
            commitment_ratings: Set("[]".into()),
            version: Set(1),
        })
        .collect()
}

/// Opens a manager's change of a project, checking the version read.
async fn begin_change(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    version: i32,
) -> Result<(crate::db::WriteTransaction, project::Model)> {
    actor.require_any(&[Role::Manager])?;
    let tx = db::begin_write(db).await?;
    let project = find(&tx, id).await?;
    if project.version != version {
        return Err(Error::stale());
    }
    Ok((tx, project))
}

fn require_active(project: &project::Model) -> Result<()> {
    if project.status == "active" {
        Ok(())
    } else {
        Err(Error::Conflict(
            Message::new("error-project-not-active").arg("status", &project.status),
        ))
    }
}

/// Saves a manager's change of the project row (`project` as read, `model` as changed) with its audit
/// entry (`action`, `summary`).
async fn finish_change(
    tx: crate::db::WriteTransaction,
    db: &DatabaseConnection,
    actor: &Actor,
    (project, mut model): (&project::Model, project::ActiveModel),
    (action, summary): (&str, String),
    today: NaiveDate,
) -> Result<ProjectView> {
    model.version = Set(project.version + 1);
    model.updated_at = Set(Utc::now());
    let saved = model.update(&tx).await?;
    audit::record(
        &tx,
        Some(actor),
        action,
        &Subject::new("project", project.id),
        summary,
    )
    .await?;
    tx.commit().await?;
    load(db, saved, Access::Manager, today).await
}

/// Sets a project's planned dates. The report schedule is written again from them, so it is refused once a
/// report was submitted; pending milestones and dated tranches move with the start. Managers only.
pub async fn set_dates(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    version: i32,
    start: NaiveDate,
    end: NaiveDate,
    today: NaiveDate,
) -> Result<ProjectView> {
    let (tx, project) = begin_change(db, actor, id, version).await?;
    require_active(&project)?;
    if end <= start {
        return Err(Error::field(
            "planned_end",
            Message::new("error-end-after-start"),
        ));
    }
    let started = report::Entity::find()
        .filter(report::Column::ProjectId.eq(id))
        .filter(report::Column::State.ne("due"))
        .one(&tx)
        .await?
        .is_some();
    if started {
        return Err(Error::Conflict(Message::new(
            "error-project-reports-started",
        )));
    }
    let shift = start - project.planned_start;
    for m in milestone::Entity::find()
        .filter(milestone::Column::ProjectId.eq(id))
        .filter(milestone::Column::State.eq("pending"))
        .all(&tx)
        .await?
    {
        let due_on = m.due_on + shift;
        let mut model = m.into_active_model();
        model.due_on = Set(due_on);
        model.update(&tx).await?;
    }
    for t in tranche::Entity::find()
        .filter(tranche::Column::ProjectId.eq(id))
        .all(&tx)
        .await?
    {
        if let Condition::Date { on } = from_json::<Condition>(&t.condition)?
            && t.state == "planned"
        {
            let moved = json(&Condition::Date { on: on + shift })?;
            let mut model = t.into_active_model();
            model.condition = Set(moved);
            model.update(&tx).await?;
        }
    }
    let call = call::Entity::find_by_id(project.call_id)
        .one(&tx)
        .await?
        .ok_or(Error::NotFound)?;
    schedule_reports(&tx, id, start, end, call.reporting_cadence_months).await?;
    let summary = format!(
        "{} - {} -> {} - {}",
        project.planned_start, project.planned_end, start, end
    );
    let mut model = project.clone().into_active_model();
    model.planned_start = Set(start);
    model.planned_end = Set(end);
    finish_change(
        tx,
        db,
        actor,
        (&project, model),
        ("project.dates_set", summary),
        today,
    )
    .await
}

/// Records the signature of the grant agreement (the condition of signature tranches). Managers only.
pub async fn sign(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    version: i32,
    signed_on: NaiveDate,
    today: NaiveDate,
) -> Result<ProjectView> {
    let (tx, project) = begin_change(db, actor, id, version).await?;
    require_active(&project)?;
    // Once a tranche was released on the strength of the signature, its date is part of the record.
    let released_on_signature = tranche::Entity::find()
        .filter(tranche::Column::ProjectId.eq(id))
        .filter(tranche::Column::State.ne(schedule::TrancheState::Planned.as_str()))
        .all(&tx)
        .await?
        .iter()
        .any(|t| from_json::<Condition>(&t.condition).is_ok_and(|c| c == Condition::Signature));
    if project.signed_on.is_some() && released_on_signature {
        return Err(Error::Conflict(Message::new(
            "error-project-signature-used",
        )));
    }
    let mut model = project.clone().into_active_model();
    model.signed_on = Set(Some(signed_on));
    finish_change(
        tx,
        db,
        actor,
        (&project, model),
        ("project.signed", format!("signed on {signed_on}")),
        today,
    )
    .await
}

/// Terminates a project, with the reason (required). Managers only.
pub async fn terminate(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    version: i32,
    reason: &str,
    today: NaiveDate,
) -> Result<ProjectView> {
    let (tx, project) = begin_change(db, actor, id, version).await?;
    require_active(&project)?;
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(Error::field("reason", Message::new("error-required")));
    }
    let mut model = project.clone().into_active_model();
    model.status = Set("terminated".into());
    model.termination_reason = Set(Some(reason.to_owned()));
    finish_change(
        tx,
        db,
        actor,
        (&project, model),
        ("project.terminated", reason.to_owned()),
        today,
    )
    .await
}

/// Marks a project completed once its final report is accepted and every tranche is paid. Managers only.
pub async fn complete(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    version: i32,
    today: NaiveDate,
) -> Result<ProjectView> {
    let (tx, project) = begin_change(db, actor, id, version).await?;
    require_active(&project)?;
    let final_report = report::Entity::find()
        .filter(report::Column::ProjectId.eq(id))
        .order_by_desc(report::Column::Number)
        .one(&tx)
        .await?;
    if final_report.is_none_or(|r| r.state != "accepted") {
        return Err(Error::Conflict(Message::new("error-project-final-report")));
    }
    // Nothing can be paid once a project is closed: every tranche must be paid first.
    let unpaid = tranche::Entity::find()
        .filter(tranche::Column::ProjectId.eq(id))
        .filter(tranche::Column::State.ne(schedule::TrancheState::Paid.as_str()))
        .all(&tx)
        .await?
        .len();
    if unpaid > 0 {
        return Err(Error::Conflict(
            Message::new("error-project-unpaid-tranches").arg("count", unpaid),
        ));
    }
    let mut model = project.clone().into_active_model();
    model.status = Set("completed".into());
    finish_change(
        tx,
        db,
        actor,
        (&project, model),
        ("project.completed", "completed".into()),
        today,
    )
    .await
}

/// The programme agency's name and currency of a call, for open data.
pub(crate) async fn agency_of(
    conn: &impl ConnectionTrait,
    call: &call::Model,
) -> Result<(Organisation, Currency)> {
    let programme = programmes::find(conn, call.programme_id).await?;
    let currency = programmes::currency_of(&programme)?;
    let agency = organisations::find(conn, programme.agency_id).await?;
    Ok((agency, currency))
}

/// A call's tranche template as lines (the default one when none was set), with the call's version to send
/// back when changing it. Whoever may read the call may read it: applicants see how they would be paid.
pub async fn template(
    db: &DatabaseConnection,
    actor: Option<&Actor>,
    call_id: Uuid,
) -> Result<(i32, Vec<schedule::TemplateLine>)> {
    let view = crate::calls::service::get(db, actor, call_id).await?;
    let lines = template_of(&view.call)?
        .iter()
        .map(schedule::TemplateLine::from)
        .collect();
    Ok((view.call.version, lines))
}

/// Sets a call's tranche template (see [`schedule::parse_template`]); it applies to the projects created
/// when the call is finalised, so it may change until then. Managers only.
pub async fn set_template(
    db: &DatabaseConnection,
    actor: &Actor,
    call_id: Uuid,
    version: i32,
    lines: &[schedule::TemplateLine],
) -> Result<CallView> {
    actor.require_any(&[Role::Manager])?;
    let tx = db::begin_write(db).await?;
    let view = load_call(&tx, call_id).await?;
    if view.call.version != version {
        return Err(Error::stale());
    }
    if matches!(
        view.state,
        crate::calls::CallState::Decided | crate::calls::CallState::Archived
    ) {
        return Err(Error::Conflict(Message::new("error-decisions-final")));
    }
    let rules = schedule::parse_template(lines)?;
    let summary = rules
        .iter()
        .map(|r| format!("{}% {}", r.percent, json(&r.condition).unwrap_or_default()))
        .collect::<Vec<_>>()
        .join("; ");
    let mut model = view.call.clone().into_active_model();
    model.tranche_template = Set(Some(json(&rules)?));
    model.version = Set(view.call.version + 1);
    model.updated_at = Set(Utc::now());
    model.update(&tx).await?;
    audit::record(
        &tx,
        Some(actor),
        "call.tranche_template_set",
        &Subject::new("call", call_id),
        summary,
    )
    .await?;
    tx.commit().await?;
    load_call(db, call_id).await
}
