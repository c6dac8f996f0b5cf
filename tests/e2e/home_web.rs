//! The home page per role, end to end: what needs each signed-in person now (programme managers,
//! applicants, committee members and their chair, administrators), each item a link to where it is done;
//! what the public sees; that an applicant sees only their own organisation's items; and that a page
//! refused for lack of a role says which role it is for.

use chrono::{Duration, Utc};
use convoca_tests::html::{Page, get, logged_in};
use convoca_tests::projects::{
    ACTION_PLAN, FundedSpec, FundedWorld, milestone_line, template_line,
};
use convoca_tests::selection::{ApplicantSpec, SeatSpec, SelectionSpec, SelectionWorld, criterion};
use convoca_tests::{TestApp, new_client, spawn_app};
use domain::Role;
use domain::accounts::User;
use domain::applications::content::{BudgetLineInput, ContentInput};
use domain::applications::service as applications;
use domain::calls::service as calls;
use domain::selection::decisions;
use reqwest::StatusCode;
use uuid::Uuid;

/// A published call with Tunis and Sfax funded: 30% on signature, 50% once the council adopts the action
/// plan (due three months after the start), 20% on the final report; reports every six months.
async fn funded(app: &TestApp, manager: &User, code: &str) -> FundedWorld {
    let mut spec = FundedSpec::tunisian(code, 2);
    spec.template = Some(vec![
        template_line("30", "signature"),
        milestone_line("50", ACTION_PLAN, 3),
        template_line("20", "final_report"),
    ]);
    app.funded_world(manager, &spec).await
}

/// A call in review with one criterion (out of 5) and a chair and a member; the first application scored
/// 1 and 5 (reviewers disagree), the second not reviewed yet.
async fn in_review(app: &TestApp, manager: &User, code: &str) -> SelectionWorld {
    let spec = SelectionSpec {
        programme: format!("Open councils {code}"),
        code: code.into(),
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
            SeatSpec::new("Leila Trabelsi", "civil_society"),
            SeatSpec::new("Karim Mejri", "government"),
        ],
        applicants: vec![
            ApplicantSpec::new("Monastir", "TN-52", "5000", vec![vec![1], vec![5]]),
            ApplicantSpec::new("Nabeul", "TN-21", "5000", vec![]),
        ],
        seed: None,
    };
    app.selection_world(manager, &spec).await
}

/// The home page as `email` sees it.
async fn home_of(app: &TestApp, email: &str) -> Page {
    let client = logged_in(app, email).await;
    let page = get(&client, app, "/").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text());
    page
}

/// Asserts that the page links to `href`.
fn links_to(page: &Page, href: &str) {
    assert!(
        page.decoded().contains(&format!("href=\"{href}\"")),
        "no link to {href} in:\n{}",
        page.body
    );
}

/// A verified municipality submits an application to `call_id` (not screened yet).
async fn submitted_application(app: &TestApp, manager: &User, call_id: Uuid) -> Uuid {
    let (organisation, team) = app
        .sign_up_municipality("Municipality of Kélibia", "staff@kelibia.example")
        .await;
    domain::organisations::verify(&app.db, &TestApp::actor(manager), organisation.id)
        .await
        .expect("the municipality is verified");
    let actor = TestApp::actor(&team);
    let now = Utc::now();
    let started = applications::start(&app.db, &actor, call_id, now)
        .await
        .expect("a draft starts");
    let content = ContentInput {
        title: "Open council of Kélibia".into(),
        summary: "Council sessions streamed and minutes published.".into(),
        problem: "Residents cannot follow council decisions.".into(),
        objectives: "Stream every session and publish minutes within a week.".into(),
        participation_plan: "Question time for residents at every session.".into(),
        answers: Vec::new(),
        budget_lines: vec![BudgetLineInput {
            category: "Equipment".into(),
            description: "Cameras and streaming".into(),
            amount: "5000".into(),
        }],
        co_funding: String::new(),
        replicates_project_id: None,
    };
    applications::update(
        &app.db,
        &actor,
        started.application.id,
        started.application.version,
        &content,
        now,
    )
    .await
    .expect("the draft is saved");
    applications::submit(&app.db, &actor, started.application.id, now)
        .await
        .expect("the application is submitted")
        .application
        .id
}

#[tokio::test]
async fn the_public_home_page_lists_open_calls_recent_results_and_the_portfolio() {
    let app = spawn_app().await;
    let (manager, _) = app.new_manager().await;
    let world = funded(&app, &manager, "PUB").await;
    let programme = app.programme(&manager, "Open cities", "TN", "TND").await;
    let open = app.open_call(&manager, &programme, "OPN", &[], &[]).await;

    let page = get(&new_client(), &app, "/").await;

    assert_eq!(page.status, StatusCode::OK);
    page.shows(&[
        "Open calls",
        "Open cities call (OPN)",
        "closes ",
        "M UTC",
        "Recent results",
        "Results of Open municipalities PUB: call for municipalities",
        "2 funded projects",
        "Get started",
    ]);
    links_to(&page, &format!("/calls/{}", open.call.id));
    links_to(&page, &format!("/calls/{}/results", world.call_id));
    links_to(&page, "/projects");
    page.hides(&["Programme management", "Selection committee"]);
}

#[tokio::test]
async fn a_manager_sees_what_waits_for_them_with_links_to_where_it_is_done() {
    let app = spawn_app().await;
    let (manager, _) = app.new_manager().await;
    let world = funded(&app, &manager, "MAN").await;
    let (tunis, sfax) = (world.projects[0], world.projects[1]);
    let submitted = app
        .submit_milestone(
            tunis,
            &world.team_tokens[0],
            1,
            "The council adopted the plan.",
        )
        .await;
    assert_eq!(submitted.status, 200, "{:?}", submitted.body);
    domain::projects::work::request_assistance(
        &app.db,
        &TestApp::actor(&world.teams[1]),
        sfax,
        "Open data portal",
        "How should we publish the budget as open data?",
        Utc::now(),
    )
    .await
    .expect("assistance is requested");
    app.sign_up_municipality("Municipality of Tataouine", "staff@tataouine.example")
        .await;
    let programme = app.programme(&manager, "Open councils", "TN", "TND").await;
    let open = app.open_call(&manager, &programme, "SCR", &[], &[]).await;
    submitted_application(&app, &manager, open.call.id).await;
    let review = in_review(&app, &manager, "REV").await;
    // Seven months on, the first reports are overdue, and so is Sfax's action plan.
    app.clock.set(Some(Utc::now() + Duration::days(7 * 31)));

    let page = home_of(&app, &manager.email).await;

    page.shows(&[
        "Programme management",
        "Organisations waiting for verification",
        "1 organisation is waiting to be verified.",
        "Municipality of Tataouine",
        "Applications to screen",
        "Open councils call (SCR)",
        "1 submitted application to screen",
        "Review progress",
        "Open councils REV: call for municipalities (REV)",
        "2 of 4 reviews done",
        "Reports and milestones waiting for your review",
        &format!("Open municipality of Tunis: milestone “{ACTION_PLAN}”"),
        "Overdue reports and milestones",
        "Open municipality of Sfax: Progress report 1",
        &format!("Open municipality of Sfax: milestone “{ACTION_PLAN}”"),
        "overdue since",
        "Open technical-assistance requests",
        "Open municipality of Sfax: Open data portal",
    ]);
    links_to(
        &page,
        "/manage/organisations?verified=no&q=Municipality%20of%20Tataouine",
    );
    links_to(
        &page,
        &format!(
            "/manage/calls/{}/applications?state=submitted",
            open.call.id
        ),
    );
    links_to(
        &page,
        &format!("/manage/calls/{}/reviewing", review.call.call.id),
    );
    links_to(&page, &format!("/projects/{tunis}"));
    links_to(&page, &format!("/projects/{sfax}"));
    page.hides(&["Selection committee", "Administration"]);
}

#[tokio::test]
async fn an_applicant_sees_their_organisations_items_and_not_anothers() {
    let app = spawn_app().await;
    let (manager, _) = app.new_manager().await;
    let world = funded(&app, &manager, "APP").await;
    let tunis = &world.teams[0];
    let programme = app.programme(&manager, "Open cities", "TN", "TND").await;
    let open = app.open_call(&manager, &programme, "DRF", &[], &[]).await;
    let draft = applications::start(&app.db, &TestApp::actor(tunis), open.call.id, Utc::now())
        .await
        .expect("a draft starts");

    let page = home_of(&app, &tunis.email).await;

    page.shows(&[
        "Your organisation's applications and projects",
        "Drafts to finish",
        "Untitled application (for Open cities call)",
        "deadline ",
        "M UTC",
        "days",
        "Submitted applications",
        "APP-2026-0001: Open municipality of Tunis",
        "Selected",
        "Results to read",
        "Results of Open municipalities APP: call for municipalities",
        "Your funded projects",
        "Open municipality of Tunis",
        "On track",
    ]);
    links_to(&page, &format!("/applications/{}", draft.application.id));
    links_to(
        &page,
        &format!("/applications/{}", world.selection.applications[0]),
    );
    links_to(&page, &format!("/calls/{}/results", world.call_id));
    links_to(&page, &format!("/projects/{}", world.projects[0]));
    page.hides(&["Sfax", "APP-2026-0002", "Programme management"]);
    assert!(!page.body.contains(&world.projects[1].to_string()));

    // Five months on: the action plan is overdue and the first report comes due.
    app.clock.set(Some(Utc::now() + Duration::days(5 * 31)));
    let later = home_of(&app, &tunis.email).await;
    later.shows(&[
        "Reports and milestones due",
        &format!("Open municipality of Tunis: milestone “{ACTION_PLAN}”"),
        "overdue since",
        "Open municipality of Tunis: Progress report 1",
        "At risk",
        "the deadline has passed",
    ]);
    later.hides(&["Sfax"]);
}

#[tokio::test]
async fn a_reviewer_sees_the_assignments_left_and_the_chair_what_the_meeting_needs() {
    let app = spawn_app().await;
    let (manager, _) = app.new_manager().await;
    let world = in_review(&app, &manager, "REV").await;
    let call_id = world.call.call.id;
    let current = calls::get(&app.db, Some(&TestApp::actor(&manager)), call_id)
        .await
        .unwrap();
    decisions::set_settings(
        &app.db,
        &TestApp::actor(&manager),
        call_id,
        &decisions::SettingsInput {
            aggregation: "mean".into(),
            normalise: false,
            disagreement_threshold: Some("50".into()),
            version: current.call.version,
        },
    )
    .await
    .expect("the disagreement threshold is set");
    let (chair, member) = (&world.members[0], &world.members[1]);
    let (monastir, nabeul) = (world.applications[0], world.applications[1]);

    let page = home_of(&app, &chair.email).await;

    page.shows(&[
        "Selection committee",
        "Your reviews for Open councils REV: call for municipalities (REV)",
        "1 of 2 assigned applications left to score",
        "REV-2026-0002: Open municipality of Nabeul",
        "not started",
        "Committee meeting for Open councils REV: call for municipalities (REV)",
        "2 of 4 reviews done",
        "1 application flagged for discussion (1 without a consensus score)",
        "REV-2026-0001: Open municipality of Monastir",
        "consensus score to record",
    ]);
    links_to(&page, &format!("/reviews/{nabeul}"));
    links_to(
        &page,
        &format!("/manage/calls/{call_id}/selection/{monastir}"),
    );
    links_to(&page, &format!("/manage/calls/{call_id}/reviewing"));

    let seen_by_member = home_of(&app, &member.email).await;
    seen_by_member.shows(&[
        "Your reviews for Open councils REV: call for municipalities (REV)",
        "REV-2026-0002: Open municipality of Nabeul",
    ]);
    seen_by_member.hides(&["Committee meeting", "flagged for discussion"]);

    decisions::record_consensus(
        &app.db,
        &TestApp::actor(chair),
        monastir,
        &[decisions::ConsensusInput {
            criterion_id: world.call.criteria[0].id,
            score: 3,
            rationale: "The plan is credible but the budget thin.".into(),
        }],
    )
    .await
    .expect("the chair records the consensus");
    home_of(&app, &chair.email).await.shows(&[
        "1 application flagged for discussion (0 without a consensus score)",
        "consensus score recorded",
    ]);
}

#[tokio::test]
async fn an_administrator_who_also_manages_sees_both_sections() {
    use sea_orm::{EntityTrait, PaginatorTrait};
    let app = spawn_app().await;
    let admin = app
        .create_user("admin@convoca.example", &[Role::Admin, Role::Manager], None)
        .await;
    app.create_user("reviewer@convoca.example", &[Role::Reviewer], None)
        .await;
    let users = domain::accounts::entity::user::Entity::find()
        .count(&app.db)
        .await
        .unwrap();

    let page = home_of(&app, &admin.email).await;

    page.shows(&[
        "Administration",
        &format!("{users} users"),
        "Email outbox",
        "queued",
        "failed",
        "Programme management",
        "Nothing needs you right now.",
    ]);
    links_to(&page, "/admin/users");
    links_to(&page, "/admin/outbox");
    page.hides(&["Selection committee"]);
}

#[tokio::test]
async fn a_page_refused_for_lack_of_a_role_names_the_role_it_needs() {
    let app = spawn_app().await;
    let (reviewer, token) = app
        .user_with_token("reviewer@convoca.example", &[Role::Reviewer])
        .await;
    let client = logged_in(&app, &reviewer.email).await;

    let managers_only = get(&client, &app, "/manage/calls").await;
    assert_eq!(managers_only.status, StatusCode::FORBIDDEN);
    managers_only.shows(&["Not allowed", "This page is for programme managers."]);

    let admins_only = get(&client, &app, "/admin/users").await;
    assert_eq!(admins_only.status, StatusCode::FORBIDDEN);
    admins_only.shows(&["This page is for administrators."]);

    let api = app.api("GET", "/organisations", Some(&token), None).await;
    assert_eq!(api.status, 403);
    assert_eq!(api.body["type"], "/problems/forbidden");
    let detail = api.body["detail"].as_str().unwrap_or_default();
    assert!(
        detail.contains("manager") && detail.contains("admin"),
        "{detail}"
    );
}
