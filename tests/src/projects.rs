//! Arrangements for funded-project tests: a Tunisian call built with [`TestApp::selection_world`] whose
//! municipalities are all scored above the bar and fit the budget and slots, given the indicators its projects
//! report on (and a tranche template or lowered awards when a test wants them), finalised, so that every
//! application becomes a funded project, and published unless the test needs the results still hidden.
//! The arrangement goes through the domain services, as a manager would do it; tests then act through the API,
//! with the small steps below (read a project, date it, sign it, release and pay a tranche, submit and review
//! a milestone or a report), each sending the version it has just read.

use chrono::{DateTime, NaiveDate, Utc};
use domain::accounts::User;
use domain::calls::service::{self as calls, IndicatorInput};
use domain::projects::entity::project;
use domain::projects::schedule::TemplateLine;
use domain::projects::service as project_service;
use domain::selection::{decisions, results};
use domain::{Role, calls::entity::indicator};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{Value, json};
use uuid::Uuid;

use crate::selection::{ApplicantSpec, SeatSpec, SelectionSpec, SelectionWorld, criterion};
use crate::{ApiResponse, TestApp};

/// Ten Tunisian municipalities, their governorate (ISO 3166-2) and their request in TND. Several requests
/// carry millimes, so that a 40% share is not a whole number of dinars.
pub const MUNICIPALITIES: [(&str, &str, &str); 10] = [
    ("Tunis", "TN-11", "48250.750"),
    ("Sfax", "TN-61", "52000"),
    ("Sousse", "TN-51", "45500.500"),
    ("Kairouan", "TN-41", "39999.999"),
    ("Bizerte", "TN-23", "50000"),
    ("Gabès", "TN-81", "41000.250"),
    ("Béja", "TN-31", "30000"),
    ("Jendouba", "TN-32", "35750"),
    ("Monastir", "TN-52", "44000.125"),
    ("Nabeul", "TN-21", "47300"),
];

/// The indicators every call built here asks its projects to report on: name and unit.
pub const INDICATORS: [(&str, &str); 2] = [
    ("Residents taking part in district assemblies", "people"),
    ("Council sessions streamed online", "sessions"),
];

/// The milestone line of the tranche template the issue describes.
pub const ACTION_PLAN: &str = "Action plan adopted by the municipal council";

/// A call to fund.
#[derive(Debug, Clone)]
pub struct FundedSpec {
    /// The programme's name (a new programme in TND, reporting every six months).
    pub programme: String,
    /// The call's code.
    pub code: String,
    /// The municipalities that apply, in order; each one eligible and scored 4 out of 5 by both reviewers,
    /// so that all are selected.
    pub applicants: Vec<ApplicantSpec>,
    /// The call's tranche template; `None` keeps the default 40/40/20.
    pub template: Option<Vec<TemplateLine>>,
    /// Lowered awards, by applicant index (a decimal string each), set as managers' overrides.
    pub awards: Vec<(usize, String)>,
    /// Whether the results are published after finalising.
    pub publish: bool,
}

impl FundedSpec {
    /// The first `n` of [`MUNICIPALITIES`] (at most ten), published, with the default template.
    pub fn tunisian(code: &str, n: usize) -> Self {
        FundedSpec {
            programme: format!("Open municipalities {code}"),
            code: code.to_owned(),
            applicants: MUNICIPALITIES
                .iter()
                .take(n)
                .map(|(name, subdivision, requested)| {
                    ApplicantSpec::new(name, subdivision, requested, vec![vec![4], vec![4]])
                })
                .collect(),
            template: None,
            awards: Vec::new(),
            publish: true,
        }
    }

    /// The selection part: one criterion, two reviewers, a budget and slots that every applicant fits.
    pub fn selection_spec(&self) -> SelectionSpec {
        let slots = i32::try_from(self.applicants.len()).unwrap_or(i32::MAX);
        SelectionSpec {
            programme: self.programme.clone(),
            code: self.code.clone(),
            total_budget: "1000000".into(),
            min_award: "1000".into(),
            max_award: "60000".into(),
            max_awards: slots.max(1),
            min_reviews: 2,
            min_total_score: None,
            tie_break: vec![],
            quotas: vec![],
            criteria: vec![criterion("Citizen participation", "1", 5, None)],
            committee: vec![
                SeatSpec::new("Leila Trabelsi", "civil_society"),
                SeatSpec::new("Karim Mejri", "government"),
            ],
            applicants: self.applicants.clone(),
            seed: None,
        }
    }
}

/// A template line as a manager writes it.
pub fn template_line(percent: &str, condition: &str) -> TemplateLine {
    TemplateLine {
        percent: percent.to_owned(),
        condition: condition.to_owned(),
        milestone: None,
        months: None,
        report: None,
    }
}

/// A milestone line: `percent` once `title` (due `months` after the start) is accepted.
pub fn milestone_line(percent: &str, title: &str, months: i32) -> TemplateLine {
    TemplateLine {
        milestone: Some(title.to_owned()),
        months: Some(months),
        ..template_line(percent, "milestone")
    }
}

/// A call finalised into funded projects.
pub struct FundedWorld {
    /// The manager who ran it.
    pub manager: User,
    /// An API token of the manager.
    pub manager_token: String,
    /// The call.
    pub call_id: Uuid,
    /// The selection part (the call as it stood before finalising, the committee, the applications).
    pub selection: SelectionWorld,
    /// The call's indicators, in the order of [`INDICATORS`].
    pub indicators: Vec<Uuid>,
    /// The funded projects, in the applicants' order.
    pub projects: Vec<Uuid>,
    /// Each lead organisation's staff user, in the same order.
    pub teams: Vec<User>,
    /// An API token of each of them.
    pub team_tokens: Vec<String>,
}

impl TestApp {
    /// A new manager (unique address) with a token.
    pub async fn new_manager(&self) -> (User, String) {
        let email = format!("manager.{}@programme.example", Uuid::new_v4().simple());
        self.user_with_token(&email, &[Role::Manager]).await
    }

    /// A published Tunisian call with `n` funded projects (the first `n` of [`MUNICIPALITIES`]), run by a new
    /// manager, with the default tranche template.
    pub async fn funded_projects(&self, code: &str, n: usize) -> FundedWorld {
        let (manager, _) = self.new_manager().await;
        self.funded_world(&manager, &FundedSpec::tunisian(code, n))
            .await
    }

    /// Builds the call `spec` describes, run by `manager`: scored (see [`TestApp::selection_world`]), given the
    /// [`INDICATORS`], the spec's template and lowered awards, finalised (every applicant selected becomes a
    /// project) and published when the spec says so.
    pub async fn funded_world(&self, manager: &User, spec: &FundedSpec) -> FundedWorld {
        let actor = Self::actor(manager);
        let selection = self.selection_world(manager, &spec.selection_spec()).await;
        let call_id = selection.call.call.id;
        let inputs: Vec<IndicatorInput> = INDICATORS
            .iter()
            .map(|(name, unit)| IndicatorInput {
                name: (*name).to_owned(),
                unit: (*unit).to_owned(),
            })
            .collect();
        let mut call = calls::replace_indicators(
            &self.db,
            &actor,
            call_id,
            selection.call.call.version,
            &inputs,
        )
        .await
        .expect("the indicators are set");
        if let Some(lines) = &spec.template {
            call =
                project_service::set_template(&self.db, &actor, call_id, call.call.version, lines)
                    .await
                    .expect("the tranche template is set");
        }
        for (i, amount) in &spec.awards {
            decisions::set_override(
                &self.db,
                &actor,
                selection.applications[*i],
                &decisions::OverrideInput {
                    outcome: None,
                    justification: String::new(),
                    awarded_amount: Some(amount.clone()),
                    version: 0,
                },
            )
            .await
            .expect("the award is lowered");
        }
        decisions::finalise(
            &self.db,
            &self.optimiser,
            &actor,
            call_id,
            call.call.version,
        )
        .await
        .expect("the call is finalised");
        if spec.publish {
            results::publish(&self.db, &actor, call_id)
                .await
                .expect("the results are published");
        }
        let indicators = indicator::Entity::find()
            .filter(indicator::Column::CallId.eq(call_id))
            .order_by_asc(indicator::Column::Position)
            .all(&self.db)
            .await
            .expect("the indicators are readable")
            .into_iter()
            .map(|i| i.id)
            .collect();
        let projects = self.projects_of(call_id, &selection.applications).await;
        assert_eq!(
            projects.len(),
            selection.applications.len(),
            "every applicant of a funded world is selected"
        );
        let mut team_tokens = Vec::new();
        for team in &selection.teams {
            team_tokens.push(self.token_for(team).await);
        }
        FundedWorld {
            manager: manager.clone(),
            manager_token: self.token_for(manager).await,
            call_id,
            teams: selection.teams.clone(),
            indicators,
            projects,
            team_tokens,
            selection,
        }
    }

    /// The projects of a call, in the order of `applications` (those without a project are left out).
    pub async fn projects_of(&self, call_id: Uuid, applications: &[Uuid]) -> Vec<Uuid> {
        let rows = project::Entity::find()
            .filter(project::Column::CallId.eq(call_id))
            .all(&self.db)
            .await
            .expect("the projects are readable");
        applications
            .iter()
            .filter_map(|a| rows.iter().find(|p| p.application_id == *a).map(|p| p.id))
            .collect()
    }
}

/// The lessons learned a final report carries (each part required there), added to a report's `body`.
pub fn with_lessons(mut body: Value) -> Value {
    body["what_worked"] =
        json!("Holding the district assemblies on Saturday mornings doubled attendance.");
    body["what_did_not"] = json!("Online-only consultation reached few residents over sixty.");
    body["to_replicate"] =
        json!("A council resolution, one facilitator per district and a streaming kit.");
    body["contact"] = json!("Head of citizen participation, participation@commune.example");
    body
}

/// A calendar day written `2027-07-01`.
pub fn day(text: &str) -> NaiveDate {
    text.parse()
        .unwrap_or_else(|e| panic!("{text} is a date: {e}"))
}

/// Noon (UTC) of a day written `2027-07-01`, for the server's clock and the reminder job.
pub fn noon(text: &str) -> DateTime<Utc> {
    day(text)
        .and_hms_opt(12, 0, 0)
        .expect("noon exists")
        .and_utc()
}

/// A TND amount as the API writes it (`"48250.750"`) in millimes, to add figures exactly.
pub fn millimes(text: &str) -> i64 {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    assert!(fraction.len() <= 3, "{text} has at most three decimals");
    let fraction = format!("{fraction:0<3}");
    whole.parse::<i64>().expect("whole dinars") * 1000 + fraction.parse::<i64>().expect("millimes")
}

/// An element of a JSON array found by one of its fields.
pub fn find<'a>(items: &'a Value, field: &str, value: &Value) -> &'a Value {
    items
        .as_array()
        .unwrap_or_else(|| panic!("{items} is an array"))
        .iter()
        .find(|item| item[field] == *value)
        .unwrap_or_else(|| panic!("no item with {field} = {value} in {items}"))
}

impl TestApp {
    /// `GET /projects/{id}` as `token` sees it (anonymous for `None`), asserting it is shown.
    pub async fn project_json(&self, id: Uuid, token: Option<&str>) -> Value {
        let shown = self
            .api("GET", &format!("/projects/{id}"), token, None)
            .await;
        assert_eq!(shown.status, 200, "{}", shown.body);
        shown.body
    }

    /// Sets a project's planned dates as `manager` (a token), sending the version just read.
    pub async fn set_project_dates(
        &self,
        id: Uuid,
        manager: &str,
        start: &str,
        end: &str,
    ) -> ApiResponse {
        let version = self.project_json(id, Some(manager)).await["version"].clone();
        self.api(
            "PUT",
            &format!("/projects/{id}/dates"),
            Some(manager),
            Some(json!({"planned_start": start, "planned_end": end, "version": version})),
        )
        .await
    }

    /// Records the signature of a project's agreement as `manager`, sending the version just read.
    pub async fn sign_project(&self, id: Uuid, manager: &str, signed_on: &str) -> ApiResponse {
        let version = self.project_json(id, Some(manager)).await["version"].clone();
        self.api(
            "POST",
            &format!("/projects/{id}/sign"),
            Some(manager),
            Some(json!({"signed_on": signed_on, "version": version})),
        )
        .await
    }

    /// The id of a project's tranche at `position` (from 1).
    pub async fn tranche_id(&self, id: Uuid, token: &str, position: i64) -> String {
        let view = self.project_json(id, Some(token)).await;
        find(&view["tranches"], "position", &json!(position))["id"]
            .as_str()
            .expect("a tranche id")
            .to_owned()
    }

    /// Releases a project's tranche at `position` as `manager`.
    pub async fn release_tranche(&self, id: Uuid, manager: &str, position: i64) -> ApiResponse {
        let tranche = self.tranche_id(id, manager, position).await;
        self.api(
            "POST",
            &format!("/tranches/{tranche}/release"),
            Some(manager),
            None,
        )
        .await
    }

    /// Records the payment of a project's tranche at `position` as `manager`.
    pub async fn pay_tranche(
        &self,
        id: Uuid,
        manager: &str,
        position: i64,
        paid_on: &str,
    ) -> ApiResponse {
        let tranche = self.tranche_id(id, manager, position).await;
        self.api(
            "POST",
            &format!("/tranches/{tranche}/pay"),
            Some(manager),
            Some(json!({ "paid_on": paid_on })),
        )
        .await
    }

    /// A project's milestone at `position` as `token` sees it.
    pub async fn milestone_json(&self, id: Uuid, token: &str, position: i64) -> Value {
        let view = self.project_json(id, Some(token)).await;
        find(&view["milestones"], "position", &json!(position)).clone()
    }

    /// The team (`team`, a token) submits evidence of the milestone at `position`, with its current version.
    pub async fn submit_milestone(
        &self,
        id: Uuid,
        team: &str,
        position: i64,
        evidence: &str,
    ) -> ApiResponse {
        let milestone = self.milestone_json(id, team, position).await;
        self.api(
            "POST",
            &format!("/milestones/{}/submit", milestone["id"].as_str().unwrap()),
            Some(team),
            Some(json!({"evidence": evidence, "version": milestone["version"]})),
        )
        .await
    }

    /// `manager` accepts the milestone at `position` or requests changes, with its current version.
    pub async fn review_milestone(
        &self,
        id: Uuid,
        manager: &str,
        position: i64,
        accept: bool,
        comment: &str,
    ) -> ApiResponse {
        let milestone = self.milestone_json(id, manager, position).await;
        self.api(
            "POST",
            &format!("/milestones/{}/review", milestone["id"].as_str().unwrap()),
            Some(manager),
            Some(json!({"accept": accept, "comment": comment, "version": milestone["version"]})),
        )
        .await
    }

    /// A project's report `number` as `token` sees it.
    pub async fn report_json(&self, id: Uuid, token: &str, number: i64) -> Value {
        let view = self.project_json(id, Some(token)).await;
        find(&view["reports"], "number", &json!(number)).clone()
    }

    /// The team submits report `number` with `body` (narrative, spending, indicator values), adding the
    /// report's current version.
    pub async fn submit_report(
        &self,
        id: Uuid,
        team: &str,
        number: i64,
        mut body: Value,
    ) -> ApiResponse {
        let report = self.report_json(id, team, number).await;
        body["version"] = report["version"].clone();
        self.api(
            "POST",
            &format!("/reports/{}/submit", report["id"].as_str().unwrap()),
            Some(team),
            Some(body),
        )
        .await
    }

    /// `manager` accepts report `number` or requests changes, with its current version.
    pub async fn review_report(
        &self,
        id: Uuid,
        manager: &str,
        number: i64,
        accept: bool,
        comment: &str,
    ) -> ApiResponse {
        let report = self.report_json(id, manager, number).await;
        self.api(
            "POST",
            &format!("/reports/{}/review", report["id"].as_str().unwrap()),
            Some(manager),
            Some(json!({"accept": accept, "comment": comment, "version": report["version"]})),
        )
        .await
    }
}
