//! A programme across its cycles: a published call with funded projects and the next cycle cloned from
//! it, open with a new application. The API and the public page show each cycle's figures, what a cycle
//! decided only once published, and every subdivision of the country, reached or not.

use chrono::{Duration, Utc};
use convoca_tests::html::get;
use convoca_tests::{TestApp, new_client, spawn_app};
use domain::applications::content::{BudgetLineInput, ContentInput};
use domain::applications::service as applications;
use domain::calls::CallAction;
use domain::calls::service as calls;
use domain::projects::{service as projects, work};
use reqwest::StatusCode;
use serde_json::{Value, json};

fn cycle(body: &Value, i: usize) -> &Value {
    &body["cycles"][i]
}

fn region<'a>(body: &'a Value, code: &str) -> &'a Value {
    body["regions"]
        .as_array()
        .and_then(|regions| regions.iter().find(|r| r["subdivision"] == code))
        .unwrap_or_else(|| panic!("no {code} in {body}"))
}

#[tokio::test]
async fn a_programme_with_two_cycles_shows_each_cycle_s_figures_and_the_regions_it_reached() {
    let app = spawn_app().await;
    // Tunis (TN-11), Sfax (TN-61) and Sousse (TN-51), all funded.
    let world = app.funded_projects("CYC1", 3).await;
    let manager = TestApp::actor(&world.manager);
    let token = world.manager_token.clone();
    let programme = world.selection.call.programme.id;
    let first = world.call_id;
    let today = Utc::now().date_naive();

    // The first cycle's projects: targets, one tranche paid, one project terminated.
    for (project, target) in [(world.projects[0], "120"), (world.projects[1], "80.5")] {
        work::set_targets(
            &app.db,
            &manager,
            project,
            &[(world.indicators[0], target.to_owned())],
            today,
        )
        .await
        .expect("the target is set");
    }
    let signed = app
        .sign_project(world.projects[0], &token, &today.to_string())
        .await;
    assert_eq!(signed.status, 200, "{}", signed.body);
    let released = app.release_tranche(world.projects[0], &token, 1).await;
    assert_eq!(released.status, 200, "{}", released.body);
    let paid = app
        .pay_tranche(world.projects[0], &token, 1, &today.to_string())
        .await;
    assert_eq!(paid.status, 200, "{}", paid.body);
    let third = projects::get(&app.db, Some(&manager), world.projects[2], today)
        .await
        .expect("the project");
    projects::terminate(
        &app.db,
        &manager,
        world.projects[2],
        third.project.version,
        "The municipal council was dissolved.",
        today,
    )
    .await
    .expect("the project is terminated");

    // The next cycle, cloned from the first and open: Tunis applies again; a draft does not count.
    let next = calls::clone_call(
        &app.db,
        &manager,
        first,
        Utc::now() - Duration::days(1),
        Utc::now() + Duration::days(30),
    )
    .await
    .expect("the next cycle is cloned");
    let next = calls::act(
        &app.db,
        &manager,
        next.call.id,
        next.call.version,
        CallAction::Open,
    )
    .await
    .expect("the next cycle opens");
    for (team, submit) in [(&world.teams[0], true), (&world.teams[1], false)] {
        let team = TestApp::actor(team);
        let draft = applications::start(&app.db, &team, next.call.id, Utc::now())
            .await
            .expect("a draft starts");
        applications::update(
            &app.db,
            &team,
            draft.application.id,
            draft.application.version,
            &ContentInput {
                title: "Open budgets, second round".into(),
                summary: "Extending participatory budgeting to every district.".into(),
                problem: "Half of the districts never took part.".into(),
                objectives: "Assemblies in every district.".into(),
                participation_plan: "District assemblies and an online vote.".into(),
                answers: Vec::new(),
                budget_lines: vec![BudgetLineInput {
                    category: "Participation".into(),
                    description: "Assemblies".into(),
                    amount: "30000".into(),
                }],
                co_funding: String::new(),
                replicates_project_id: None,
            },
            Utc::now(),
        )
        .await
        .expect("the draft is saved");
        if submit {
            applications::submit(&app.db, &team, draft.application.id, Utc::now())
                .await
                .expect("the application is submitted");
        }
    }

    let response = app
        .api(
            "GET",
            &format!("/programmes/{programme}/cycles"),
            None,
            None,
        )
        .await;
    assert_eq!(response.status, 200, "{}", response.body);
    let body = response.body;
    assert_eq!(body["cycles"].as_array().map(Vec::len), Some(2));
    let one = cycle(&body, 0);
    assert_eq!(one["call_id"], json!(first));
    assert_eq!(one["applications"], 3);
    assert_eq!(one["eligible"], 3);
    let decided = &one["decided"];
    assert_eq!(decided["selected"], 3);
    assert_eq!(decided["projects"], 3);
    // 48 250.750 + 52 000 + 45 500.500 TND awarded; 40% of Tunis's award paid.
    assert_eq!(decided["awarded"], "145751.250");
    assert_eq!(decided["currency"], "TND");
    assert_eq!(decided["disbursed"], "19300.300");
    assert_eq!(decided["terminated"], 1);
    assert_eq!(decided["completed"], 0);
    assert_eq!(decided["termination_rate"], "0.3333");
    assert_eq!(decided["completion_rate"], "0");
    assert_eq!(decided["indicators"][0]["target"], "200.5");
    assert_eq!(decided["indicators"][0]["reached"], "0");
    assert_eq!(decided["exchanges_held"], 0);
    assert_eq!(decided["lessons_published"], 0);
    let two = cycle(&body, 1);
    assert_eq!(two["cloned_from"], json!(first));
    assert_eq!(two["state"], "open");
    assert_eq!(two["applications"], 1, "the draft is not counted");
    assert!(two["decided"].is_null(), "nothing is decided yet");

    let tunis = region(&body, "TN-11");
    assert_eq!(tunis["reached"], true);
    assert_eq!(
        tunis["cycles"],
        json!([
            {"call_id": first, "applications": 1, "selected": 1},
            {"call_id": next.call.id, "applications": 1, "selected": 0}
        ])
    );
    assert_eq!(region(&body, "TN-61")["cycles"][1]["applications"], 0);
    let kebili = region(&body, "TN-73");
    assert_eq!(kebili["reached"], false, "Kebili never applied");
    let never = body["regions"]
        .as_array()
        .map(|regions| regions.iter().filter(|r| r["reached"] == false).count())
        .unwrap_or_default();
    let total = body["regions"].as_array().map(Vec::len).unwrap_or_default();
    assert_eq!(total - never, 3);

    // The public page says the same in words.
    let page = get(&new_client(), &app, &format!("/programmes/{programme}")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text());
    page.shows(&[
        "Cycles",
        "Learning per cycle",
        "Cycle 2:",
        "Continues Cycle 1",
        "Results not published yet",
        "145,751.250",
        "1 (33.3%)",
        "Residents taking part in district assemblies",
        "200.5",
        &format!("Never reached: {never} of {total} subdivisions."),
        "Kébili",
        "1 applied, 1 selected",
    ]);
    assert!(page.body.contains("<svg"), "the cycles are charted");
    // The call page links to it.
    get(&new_client(), &app, &format!("/calls/{first}"))
        .await
        .shows(&["All cycles of this programme"]);

    // An unknown programme is not found, on both.
    let unknown = uuid::Uuid::now_v7();
    let missing = app
        .api("GET", &format!("/programmes/{unknown}/cycles"), None, None)
        .await;
    assert_eq!(missing.problem(404), "/problems/not-found");
    let missing = get(&new_client(), &app, &format!("/programmes/{unknown}")).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_draft_call_is_no_cycle_and_an_unpublished_one_shows_no_decision() {
    let app = spawn_app().await;
    let (manager, _) = app.new_manager().await;
    let mut spec = convoca_tests::projects::FundedSpec::tunisian("CYC2", 2);
    spec.publish = false;
    let world = app.funded_world(&manager, &spec).await;
    let programme = world.selection.call.programme.clone();
    app.draft_call(&manager, &programme, "CYC3").await;
    let body = app
        .api(
            "GET",
            &format!("/programmes/{}/cycles", programme.id),
            None,
            None,
        )
        .await
        .body;
    assert_eq!(body["cycles"].as_array().map(Vec::len), Some(1), "{body}");
    assert_eq!(cycle(&body, 0)["state"], "decided");
    assert!(cycle(&body, 0)["decided"].is_null(), "{body}");
    assert_eq!(region(&body, "TN-11")["cycles"][0]["selected"], 0);
}
