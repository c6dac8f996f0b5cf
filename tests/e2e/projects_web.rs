//! Funded projects in the browser, end to end: the public page of a published project (award against
//! payments, the timeline, nothing of the team's evidence) and the 404 before publication; the team's
//! evidence through the form, accepted by a manager, who then releases and pays the tranche it conditions so
//! that the public sees the money disbursed; a release refused with what the tranche waits for; a report
//! with an unreadable spending shown again as typed; another organisation's user without forms and refused;
//! and an expert resolving a request from their own page. Asserted on what a visitor sees, and on what the
//! domain stored.

use chrono::Utc;
use convoca_tests::html::{Page, get, logged_in, post, submit};
use convoca_tests::selection::{ApplicantSpec, SeatSpec, SelectionSpec, criterion};
use convoca_tests::{TestApp, new_client, spawn_app};
use domain::Role;
use domain::accounts::User;
use domain::calls::service::{self as calls, IndicatorInput};
use domain::projects::schedule::{TemplateLine, TrancheState};
use domain::projects::service::{self as projects, ProjectFilter, ProjectView};
use domain::projects::views::{AssistanceState, MilestoneState, ReportState};
use domain::selection::{decisions, results};
use reqwest::StatusCode;
use uuid::Uuid;

const ACTION_PLAN: &str = "Action plan adopted by the municipal council";
const EVIDENCE: &str =
    "The council adopted the plan on 12 March; the minutes are on the municipal website.";

/// A decided call of two Tunisian municipalities, both funded (5,000 TND each) with 40% on signature and
/// 60% once the action-plan milestone is accepted; its projects report on residents in assemblies.
struct Funded {
    app: TestApp,
    manager: User,
    teams: Vec<User>,
    call_id: Uuid,
    projects: Vec<Uuid>,
}

async fn funded(publish: bool) -> Funded {
    let app = spawn_app().await;
    let manager = app
        .create_user("manager@programme.example", &[Role::Manager], None)
        .await;
    let actor = TestApp::actor(&manager);
    let world = app
        .selection_world(
            &manager,
            &SelectionSpec {
                programme: "Open municipalities".into(),
                code: "PRJ".into(),
                total_budget: "100000".into(),
                min_award: "1000".into(),
                max_award: "20000".into(),
                max_awards: 5,
                min_reviews: 2,
                min_total_score: None,
                tie_break: vec![],
                quotas: vec![],
                criteria: vec![criterion("Citizen participation", "1", 5, None)],
                committee: vec![
                    SeatSpec::new("Amira Ben Salah", "civil_society"),
                    SeatSpec::new("Mohamed Jaziri", "government"),
                ],
                applicants: vec![
                    ApplicantSpec::new("Ariana", "TN-12", "5000", vec![vec![4], vec![4]]),
                    ApplicantSpec::new("Sfax", "TN-61", "5000", vec![vec![3], vec![3]]),
                ],
                seed: None,
            },
        )
        .await;
    let call_id = world.call.call.id;
    let call = calls::replace_indicators(
        &app.db,
        &actor,
        call_id,
        world.call.call.version,
        &[IndicatorInput {
            name: "Residents in district assemblies".into(),
            unit: "people".into(),
        }],
    )
    .await
    .expect("the indicators are set");
    let line = |percent: &str, condition: &str, milestone: Option<&str>, months: Option<i32>| {
        TemplateLine {
            percent: percent.into(),
            condition: condition.into(),
            milestone: milestone.map(str::to_owned),
            months,
            report: None,
        }
    };
    let call = projects::set_template(
        &app.db,
        &actor,
        call_id,
        call.call.version,
        &[
            line("40", "signature", None, None),
            line("60", "milestone", Some(ACTION_PLAN), Some(3)),
        ],
    )
    .await
    .expect("the tranche template is set");
    decisions::finalise(&app.db, &app.optimiser, &actor, call_id, call.call.version)
        .await
        .expect("the call is finalised");
    if publish {
        results::publish(&app.db, &actor, call_id)
            .await
            .expect("the results are published");
    }
    let filter = ProjectFilter {
        call_id: Some(call_id),
        ..ProjectFilter::default()
    };
    let views = projects::list(&app.db, Some(&actor), &filter, today())
        .await
        .expect("the projects are listed");
    assert_eq!(views.len(), 2, "both applications are funded");
    // In the order of the teams.
    let projects = world
        .teams
        .iter()
        .map(|team| {
            views
                .iter()
                .find(|v| Some(v.project.lead_organisation_id) == team.organisation_id)
                .expect("each team leads a project")
                .project
                .id
        })
        .collect();
    Funded {
        app,
        manager,
        teams: world.teams,
        call_id,
        projects,
    }
}

fn today() -> chrono::NaiveDate {
    Utc::now().date_naive()
}

fn path(project: Uuid) -> String {
    format!("/projects/{project}")
}

impl Funded {
    /// The project as the manager sees it, through the domain.
    async fn view(&self, project: Uuid) -> ProjectView {
        projects::get(
            &self.app.db,
            Some(&TestApp::actor(&self.manager)),
            project,
            today(),
        )
        .await
        .expect("the manager sees the project")
    }

    /// The team of the first project sends the action plan's evidence through the page's form.
    async fn submit_evidence(&self, team: &reqwest::Client) -> Page {
        let project = self.projects[0];
        let milestone = self.view(project).await.milestones[0].clone();
        submit(
            team,
            &self.app,
            &path(project),
            &format!("{}/milestones/{}/submit", path(project), milestone.id),
            &[
                ("version", &milestone.version.to_string()),
                (&format!("evidence.{}", milestone.id), EVIDENCE),
            ],
        )
        .await
    }
}

#[tokio::test]
async fn the_public_page_shows_the_award_payments_and_timeline_but_none_of_the_team_s_evidence() {
    let f = funded(true).await;
    let team = logged_in(&f.app, &f.teams[0].email).await;
    let sent = f.submit_evidence(&team).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    let project = f.projects[0];
    assert_eq!(
        sent.location.as_deref(),
        Some(format!("{}#milestone-1", path(project)).as_str())
    );
    let own = get(&team, &f.app, &path(project)).await;
    own.shows(&[
        "The evidence has been submitted.",
        EVIDENCE,
        "Evidence submitted",
    ]);

    let public = get(&new_client(), &f.app, &path(project)).await;
    assert_eq!(public.status, StatusCode::OK, "{}", public.text());
    public.shows(&[
        "Open municipality of Ariana",
        "Municipality of Ariana",
        "Open municipalities: call for municipalities",
        "Awarded 5,000.000 TND",
        "Disbursed 0.000 TND",
        "0.000 TND paid of 5,000.000 TND awarded (0%).",
        "Timeline",
        "Agreement: Signature of the grant agreement Not signed yet",
        &format!("Milestone: 1. {ACTION_PLAN} Evidence submitted"),
        "Payment: 2,000.000 TND (tranche 1) Planned Released once the grant agreement is signed.",
        &format!(
            "Payment: 3,000.000 TND (tranche 2) Planned Released once milestone 1 ({ACTION_PLAN}) is accepted."
        ),
        "Progress report: Report 1",
        "Residents in district assemblies",
        "On track",
    ]);
    public.hides(&[EVIDENCE, "Submit the evidence", "Manage the project"]);
    assert!(public.body.contains("<svg class=\"paid-bar\""));
    // The timeline is in date order: the signature (planned start) before the milestone due in 3 months.
    let text = public.text();
    let at = |needle: &str| text.find(needle).unwrap_or_else(|| panic!("{needle}"));
    assert!(at("Signature of the grant agreement") < at(&format!("1. {ACTION_PLAN}")));
    assert!(at(&format!("1. {ACTION_PLAN}")) < at("Report 1"));
}

#[tokio::test]
async fn an_anonymous_visitor_reads_the_summary_of_the_selected_application_under_the_title() {
    use domain::applications::entity::application;
    use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, Set};
    let f = funded(true).await;
    let project = f.projects[0];
    let view = f.view(project).await;
    // A summary of two paragraphs, written right to left in part, to see its breaks and direction kept.
    let summary = "Participatory budgeting in every district.\n\nالميزانية التشاركية";
    let mut row = application::Entity::find_by_id(view.project.application_id)
        .one(&f.app.db)
        .await
        .expect("the application is readable")
        .expect("the project's application exists")
        .into_active_model();
    row.summary = Set(summary.to_owned());
    row.update(&f.app.db).await.expect("the summary is changed");

    let public = get(&new_client(), &f.app, &path(project)).await;
    assert_eq!(public.status, StatusCode::OK, "{}", public.text());
    assert!(
        public.body.contains(&format!(
            "<p class=\"lead prewrap project-summary\" dir=\"auto\">{summary}</p>"
        )),
        "{}",
        public.body
    );
    // Near the top: after the title, before the facts and the timeline.
    let text = public.text();
    let at = |needle: &str| text.find(needle).unwrap_or_else(|| panic!("{needle}"));
    assert!(at("Open municipality of Ariana") < at("Participatory budgeting in every district."));
    assert!(at("Participatory budgeting in every district.") < at("Timeline"));
    // Lists carry each project's own summary too.
    let listed = projects::list(&f.app.db, None, &ProjectFilter::default(), today())
        .await
        .expect("the public lists the projects");
    let summaries: Vec<&str> = listed.iter().map(|v| v.summary.as_str()).collect();
    assert_eq!(
        summaries,
        [
            summary,
            "Participatory budgeting and open council sessions."
        ]
    );
}

#[tokio::test]
async fn the_project_of_an_unpublished_call_is_not_found_for_the_public_but_shown_to_its_team() {
    let f = funded(false).await;
    let project = f.projects[0];
    let anonymous = get(&new_client(), &f.app, &path(project)).await;
    assert_eq!(anonymous.status, StatusCode::NOT_FOUND);
    anonymous.hides(&["Open municipality of Ariana"]);

    let other = logged_in(&f.app, &f.teams[1].email).await;
    let refused = get(&other, &f.app, &path(project)).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);

    let team = logged_in(&f.app, &f.teams[0].email).await;
    let own = get(&team, &f.app, &path(project)).await;
    assert_eq!(own.status, StatusCode::OK, "{}", own.text());
    own.shows(&["Open municipality of Ariana", "Submit the evidence"]);
    assert!(own.body.contains(&format!("href=\"/calls/{}\"", f.call_id)));
}

#[tokio::test]
async fn accepted_evidence_lets_the_manager_release_and_pay_its_tranche_and_the_public_sees_it_disbursed()
 {
    let f = funded(true).await;
    let project = f.projects[0];
    let team = logged_in(&f.app, &f.teams[0].email).await;
    let sent = f.submit_evidence(&team).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());

    let manager = logged_in(&f.app, &f.manager.email).await;
    let page = get(&manager, &f.app, &path(project)).await;
    page.shows(&[EVIDENCE, "Accept", "Ask for changes", "Manage the project"]);
    let view = f.view(project).await;
    let milestone = &view.milestones[0];
    let accepted = submit(
        &manager,
        &f.app,
        &path(project),
        &format!("{}/milestones/{}/review", path(project), milestone.id),
        &[
            ("version", &milestone.version.to_string()),
            ("decision", "accept"),
            (&format!("comment.{}", milestone.id), ""),
        ],
    )
    .await;
    assert_eq!(
        accepted.status,
        StatusCode::SEE_OTHER,
        "{}",
        accepted.text()
    );
    assert_eq!(
        f.view(project).await.milestones[0].state,
        MilestoneState::Accepted
    );

    let second = &view.tranches[1];
    let released = submit(
        &manager,
        &f.app,
        &path(project),
        &format!("{}/tranches/{}/release", path(project), second.id),
        &[],
    )
    .await;
    assert_eq!(
        released.status,
        StatusCode::SEE_OTHER,
        "{}",
        released.text()
    );
    let paid_on = today().to_string();
    let paid = submit(
        &manager,
        &f.app,
        &path(project),
        &format!("{}/tranches/{}/pay", path(project), second.id),
        &[(&format!("paid_on.{}", second.id), &paid_on)],
    )
    .await;
    assert_eq!(paid.status, StatusCode::SEE_OTHER, "{}", paid.text());
    let stored = f.view(project).await;
    assert_eq!(stored.tranches[1].state, TrancheState::Paid);
    assert_eq!(stored.disbursed_minor, 3_000_000);

    let public = get(&new_client(), &f.app, &path(project)).await;
    public.shows(&[
        "Disbursed 3,000.000 TND",
        "3,000.000 TND paid of 5,000.000 TND awarded (60%).",
        &format!("Payment: 3,000.000 TND (tranche 2) Paid Paid on {paid_on}"),
        "Progress 100%",
    ]);
    public.hides(&[EVIDENCE]);
    assert!(public.body.contains("width=\"60\""), "the bar is 60% paid");
}

#[tokio::test]
async fn a_release_whose_condition_is_unmet_is_refused_with_what_the_tranche_waits_for() {
    let f = funded(true).await;
    let project = f.projects[0];
    let manager = logged_in(&f.app, &f.manager.email).await;
    let view = f.view(project).await;
    for (tranche, waits_for) in [
        (
            &view.tranches[0],
            "Released once the grant agreement is signed.".to_owned(),
        ),
        (
            &view.tranches[1],
            format!("Released once milestone 1 ({ACTION_PLAN}) is accepted."),
        ),
    ] {
        let refused = submit(
            &manager,
            &f.app,
            &path(project),
            &format!("{}/tranches/{}/release", path(project), tranche.id),
            &[],
        )
        .await;
        assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.text());
        refused.shows(&[&format!(
            "This tranche cannot be released until its condition is met. {waits_for}"
        )]);
    }
    let stored = f.view(project).await;
    assert!(
        stored
            .tranches
            .iter()
            .all(|t| t.state == TrancheState::Planned)
    );

    // Once signed (through the form), the first tranche is released.
    let signed = submit(
        &manager,
        &f.app,
        &path(project),
        &format!("{}/sign", path(project)),
        &[
            ("version", &stored.project.version.to_string()),
            ("signed_on", &today().to_string()),
        ],
    )
    .await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER, "{}", signed.text());
    let released = submit(
        &manager,
        &f.app,
        &path(project),
        &format!("{}/tranches/{}/release", path(project), view.tranches[0].id),
        &[],
    )
    .await;
    assert_eq!(
        released.status,
        StatusCode::SEE_OTHER,
        "{}",
        released.text()
    );
    assert_eq!(
        f.view(project).await.tranches[0].state,
        TrancheState::Released
    );
}

#[tokio::test]
async fn a_report_with_an_unreadable_spending_comes_back_with_the_message_and_the_narrative_as_typed()
 {
    let f = funded(true).await;
    let project = f.projects[0];
    let team = logged_in(&f.app, &f.teams[0].email).await;
    let view = f.view(project).await;
    let report = &view.reports[0];
    let indicator = view.indicators[0].indicator.id;
    let narrative = format!("narrative.{}", report.id);
    let spending = format!("spending.{}", report.id);
    let value = format!("value.{}.{indicator}", report.id);
    let typed = "Four district assemblies met; 120 residents took part.";
    let to = format!("{}/reports/{}/submit", path(project), report.id);
    let refused = submit(
        &team,
        &f.app,
        &path(project),
        &to,
        &[
            ("version", &report.version.to_string()),
            (&narrative, typed),
            (&spending, "lots"),
            (&value, "120"),
        ],
    )
    .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.text()
    );
    refused.shows(&[
        "There is a problem",
        "Report 1: spending to date (TND): “lots” is not an amount; write it like 12500.50.",
    ]);
    assert_eq!(refused.textarea(&narrative), typed);
    assert_eq!(refused.value(&spending), "lots");
    assert_eq!(refused.value(&value), "120");
    assert_eq!(f.view(project).await.reports[0].state, ReportState::Due);

    let sent = submit(
        &team,
        &f.app,
        &path(project),
        &to,
        &[
            ("version", &report.version.to_string()),
            (&narrative, typed),
            (&spending, "1250.500"),
            (&value, "120"),
        ],
    )
    .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    let own = get(&team, &f.app, &path(project)).await;
    own.shows(&[typed, "Spending to date: 1,250.500 TND", "Submitted"]);
    assert_eq!(
        f.view(project).await.reports[0].state,
        ReportState::Submitted
    );
}

#[tokio::test]
async fn a_user_of_another_organisation_gets_no_team_forms_and_is_refused_on_post() {
    let f = funded(true).await;
    let project = f.projects[0];
    // The lead of the other project: signed in, but not on this project's team.
    let other = logged_in(&f.app, &f.teams[1].email).await;
    let page = get(&other, &f.app, &path(project)).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text());
    page.shows(&["Open municipality of Ariana", "Timeline"]);
    page.hides(&[
        "Submit the evidence",
        "Submit the report",
        "Ask for technical assistance",
        "Add a milestone",
    ]);
    assert!(!page.body.contains("/milestones/"));

    let milestone = f.view(project).await.milestones[0].clone();
    let token = page.csrf();
    let forged = post(
        &other,
        &f.app,
        &format!("{}/milestones/{}/submit", path(project), milestone.id),
        &[
            ("csrf_token", &token),
            ("version", &milestone.version.to_string()),
            (&format!("evidence.{}", milestone.id), "Not ours to send."),
        ],
    )
    .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN, "{}", forged.text());
    let asked = post(
        &other,
        &f.app,
        &format!("{}/assistance", path(project)),
        &[
            ("csrf_token", &token),
            ("topic", "Budget"),
            ("description", "Help"),
        ],
    )
    .await;
    assert_eq!(asked.status, StatusCode::FORBIDDEN, "{}", asked.text());
    let stored = f.view(project).await;
    assert_eq!(stored.milestones[0].state, MilestoneState::Pending);
    assert!(stored.milestones[0].evidence.is_empty());
    assert!(stored.assistance.is_empty());
}

#[tokio::test]
async fn an_expert_assigned_by_a_manager_resolves_the_request_from_their_own_page_with_a_note() {
    let f = funded(true).await;
    let project = f.projects[0];
    let expert = f
        .app
        .create_user("expert@consultants.example", &[Role::Reviewer], None)
        .await;
    let team = logged_in(&f.app, &f.teams[0].email).await;
    let asked = submit(
        &team,
        &f.app,
        &path(project),
        &format!("{}/assistance", path(project)),
        &[
            ("topic", "Streaming council sessions"),
            (
                "description",
                "Which equipment fits a council room of 40 seats?",
            ),
        ],
    )
    .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.text());
    let request = f.view(project).await.assistance[0].clone();

    let manager = logged_in(&f.app, &f.manager.email).await;
    let page = get(&manager, &f.app, &path(project)).await;
    page.shows(&["Streaming council sessions", "Open", "Assign the expert"]);
    assert!(page.body.contains(&format!("value=\"{}\"", expert.id)));
    let assigned = submit(
        &manager,
        &f.app,
        &path(project),
        &format!("{}/assistance/{}/assign", path(project), request.id),
        &[
            ("version", &request.version.to_string()),
            (&format!("expert_id.{}", request.id), &expert.id.to_string()),
            (&format!("assign_note.{}", request.id), ""),
        ],
    )
    .await;
    assert_eq!(
        assigned.status,
        StatusCode::SEE_OTHER,
        "{}",
        assigned.text()
    );

    let client = logged_in(&f.app, &expert.email).await;
    let mine = get(&client, &f.app, "/assistance").await;
    assert_eq!(mine.status, StatusCode::OK, "{}", mine.text());
    mine.shows(&[
        "Streaming council sessions",
        "Which equipment fits a council room of 40 seats?",
        "Open municipality of Ariana",
        "Expert assigned",
    ]);
    let version = f.view(project).await.assistance[0].version.to_string();
    let note = format!("resolve_note.{}", request.id);
    let to = format!("/assistance/{}/resolve", request.id);
    let refused = submit(
        &client,
        &f.app,
        "/assistance",
        &to,
        &[("version", &version), (&note, "  ")],
    )
    .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.text()
    );
    refused.shows(&["This field is required."]);
    let resolved = submit(
        &client,
        &f.app,
        "/assistance",
        &to,
        &[
            ("version", &version),
            (
                &note,
                "Two cameras and a streaming box; quotes sent to the team.",
            ),
        ],
    )
    .await;
    assert_eq!(
        resolved.status,
        StatusCode::SEE_OTHER,
        "{}",
        resolved.text()
    );
    assert_eq!(resolved.location.as_deref(), Some("/assistance"));
    assert_eq!(
        f.view(project).await.assistance[0].state,
        AssistanceState::Resolved
    );
    let own = get(&team, &f.app, &path(project)).await;
    own.shows(&[
        "Resolved",
        "Two cameras and a streaming box; quotes sent to the team.",
    ]);
}

#[tokio::test]
async fn a_stale_signature_keeps_the_typed_date_and_says_the_project_changed() {
    let f = funded(true).await;
    let project = f.projects[0];
    let manager = logged_in(&f.app, &f.manager.email).await;
    let version = f.view(project).await.project.version;
    let refused = submit(
        &manager,
        &f.app,
        &path(project),
        &format!("{}/sign", path(project)),
        &[
            ("version", &(version - 1).to_string()),
            ("signed_on", "2026-12-01"),
        ],
    )
    .await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.text());
    refused.shows(&["Someone else changed this while you were working on it."]);
    assert_eq!(refused.value("signed_on"), "2026-12-01");
    assert_eq!(f.view(project).await.project.signed_on, None);
}

/// Attaches a file to a milestone through the project page's upload form, with the page's CSRF token.
async fn attach(
    client: &reqwest::Client,
    app: &TestApp,
    project: Uuid,
    milestone: Uuid,
    file_name: &str,
    bytes: &[u8],
) -> Page {
    let page = get(client, app, &path(project)).await;
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", page.value("csrf_token"))
        .part(
            format!("file.{milestone}"),
            reqwest::multipart::Part::bytes(bytes.to_vec()).file_name(file_name.to_owned()),
        );
    Page::read(
        client
            .post(app.url(&format!(
                "{}/milestones/{milestone}/attachments",
                path(project)
            )))
            .multipart(form)
            .send()
            .await
            .expect("upload"),
    )
    .await
}

#[tokio::test]
async fn the_team_attaches_evidence_files_that_managers_download_and_the_public_never_sees() {
    let f = funded(true).await;
    let project = f.projects[0];
    let milestone = f.view(project).await.milestones[0].id;
    let team = logged_in(&f.app, &f.teams[0].email).await;

    let refused = attach(
        &team,
        &f.app,
        project,
        milestone,
        "minutes.exe",
        b"MZ\x90\x00 not evidence",
    )
    .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.text()
    );
    assert!(
        f.view(project)
            .await
            .milestones
            .iter()
            .all(|m| m.files.is_empty()),
        "a refused file is not kept"
    );

    let pdf = b"%PDF-1.7\nCouncil minutes adopting the action plan\n%%EOF\n";
    let attached = attach(
        &team,
        &f.app,
        project,
        milestone,
        "council-minutes.pdf",
        pdf,
    )
    .await;
    assert_eq!(
        attached.status,
        StatusCode::SEE_OTHER,
        "{}",
        attached.text()
    );
    let files: Vec<_> = (f.view(project).await.milestones.into_iter())
        .flat_map(|m| m.files)
        .collect();
    assert_eq!(files.len(), 1);
    let href = format!(
        "{}/milestones/{milestone}/attachments/{}",
        path(project),
        files[0].id
    );

    let manager = logged_in(&f.app, &f.manager.email).await;
    get(&manager, &f.app, &path(project))
        .await
        .shows(&["council-minutes.pdf"]);
    let download = manager
        .get(f.app.url(&href))
        .send()
        .await
        .expect("download");
    assert_eq!(download.status(), StatusCode::OK);
    assert_eq!(download.headers()["x-content-type-options"], "nosniff");
    assert_eq!(download.bytes().await.unwrap().as_ref(), pdf);

    let public = get(&new_client(), &f.app, &path(project)).await;
    public.hides(&["council-minutes.pdf"]);
    let anonymous = new_client()
        .get(f.app.url(&href))
        .send()
        .await
        .expect("download");
    assert_ne!(anonymous.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_milestone_past_its_date_is_overdue_until_the_team_hands_in_its_evidence() {
    let f = funded(true).await;
    let project = f.projects[0];
    let milestone = f.view(project).await.milestones[0].clone();
    // The day after the milestone's date, before the first report falls due.
    let after = milestone.due_on + chrono::Duration::days(1);
    f.app
        .clock
        .set(Some(after.and_hms_opt(12, 0, 0).unwrap().and_utc()));
    let manager = logged_in(&f.app, &f.manager.email).await;
    get(&manager, &f.app, &path(project))
        .await
        .shows(&["Overdue"]);

    let team = logged_in(&f.app, &f.teams[0].email).await;
    let sent = f.submit_evidence(&team).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    // Submitted evidence waits on the managers: neither the page nor the project's health calls it late.
    get(&manager, &f.app, &path(project))
        .await
        .hides(&["Overdue"]);
    assert_eq!(f.view(project).await.health.as_str(), "on_track");
}

#[tokio::test]
async fn attaching_a_file_keeps_the_evidence_typed_beside_it_and_submitting_the_same_form_sends_it()
{
    let f = funded(true).await;
    let project = f.projects[0];
    let milestone = f.view(project).await.milestones[0].clone();
    let team = logged_in(&f.app, &f.teams[0].email).await;
    let page = get(&team, &f.app, &path(project)).await;
    let evidence_field = format!("evidence.{}", milestone.id);
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", page.value("csrf_token"))
        .text("version", milestone.version.to_string())
        .text(evidence_field.clone(), EVIDENCE)
        .part(
            format!("file.{}", milestone.id),
            reqwest::multipart::Part::bytes(b"%PDF-1.7\nminutes\n%%EOF\n".to_vec())
                .file_name("minutes.pdf"),
        );
    let attached = Page::read(
        team.post(f.app.url(&format!(
            "{}/milestones/{}/attachments",
            path(project),
            milestone.id
        )))
        .multipart(form)
        .send()
        .await
        .expect("upload"),
    )
    .await;
    assert_eq!(attached.status, StatusCode::OK, "{}", attached.text());
    attached.shows(&["The file is attached.", "minutes.pdf"]);
    assert_eq!(attached.textarea(&evidence_field), EVIDENCE);
    assert_eq!(
        (f.view(project).await.milestones.iter())
            .map(|m| m.files.len())
            .sum::<usize>(),
        1
    );
    assert_eq!(f.view(project).await.milestones[0].evidence, "");

    // The page's one form, sent as it came back (multipart), hands the evidence in.
    let version = f.view(project).await.milestones[0].version;
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", attached.value("csrf_token"))
        .text("version", version.to_string())
        .text(evidence_field.clone(), attached.textarea(&evidence_field));
    let submitted = Page::read(
        team.post(f.app.url(&format!(
            "{}/milestones/{}/submit",
            path(project),
            milestone.id
        )))
        .multipart(form)
        .send()
        .await
        .expect("submit"),
    )
    .await;
    assert_eq!(
        submitted.status,
        StatusCode::SEE_OTHER,
        "{}",
        submitted.text()
    );
    assert_eq!(f.view(project).await.milestones[0].evidence, EVIDENCE);
}
