//! Enrolment calls: no committee scoring; every application screened eligible is admitted when the call is
//! decided, whatever the budget and slots, and the screened-ineligible ones are not. A rolling enrolment call
//! has no deadline and admits each state as it comes, publicly, with a project to track its action plan.

use convoca_tests::selection::{ApplicantSpec, SeatSpec, SelectionSpec, criterion};
use convoca_tests::spawn_app;
use domain::Role;
use domain::selection::decisions::ModeInput;
use serde_json::{Value, json};
use uuid::Uuid;

#[tokio::test]
async fn an_enrolment_call_admits_every_eligible_state_without_scores() {
    let app = spawn_app().await;
    let (manager, token) = app
        .user_with_token("secretariat@ogp-ng.example", &[Role::Manager])
        .await;
    // Four states send their letter of intent; one was screened out (the fixture places them in Tunisian
    // governorates; only the screening matters here). Nobody reviews: enrolment has no scoring.
    let states = [
        ("Kaduna", true),
        ("Anambra", true),
        ("Ekiti", false),
        ("Plateau", true),
    ];
    let spec = SelectionSpec {
        programme: "OGP Nigeria subnational".into(),
        code: "OGPNG".into(),
        total_budget: "5000".into(),
        min_award: "1000".into(),
        max_award: "5000".into(),
        max_awards: 1,
        min_reviews: 2,
        min_total_score: None,
        tie_break: vec![],
        quotas: vec![],
        criteria: vec![criterion("Letter of intent", "1", 1, None)],
        // The committee may check admissions (a manager's override with its reasons); it scores nothing.
        committee: vec![
            SeatSpec::new("Ngozi Okafor", "government"),
            SeatSpec::new("Emeka Eze", "civil_society"),
        ],
        applicants: states
            .iter()
            .enumerate()
            .map(|(i, (name, eligible))| ApplicantSpec {
                eligible: *eligible,
                ..ApplicantSpec::new(name, &format!("TN-1{}", i + 1), "2000", vec![])
            })
            .collect(),
        seed: Some("enrolment-seed".into()),
    };
    let world = app
        .selection_world_in_mode(
            &manager,
            &spec,
            &ModeInput {
                selection_mode: Some("enrolment".into()),
                benchmark: None,
                rolling: None,
            },
        )
        .await;
    let call = world.call.call.id;
    let board = app
        .api(
            "GET",
            &format!("/calls/{call}/selection"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(board.status, 200, "{}", board.body);
    let finalised = app
        .api(
            "POST",
            &format!("/calls/{call}/selection/finalise"),
            Some(&token),
            Some(json!({ "version": board.body["call_version"] })),
        )
        .await;
    assert_eq!(finalised.status, 200, "{}", finalised.body);
    let results = app
        .api("GET", &format!("/calls/{call}/results"), Some(&token), None)
        .await;
    assert_eq!(results.status, 200, "{}", results.body);
    assert_eq!(results.body["selection_mode"], "enrolment");
    for (i, (name, eligible)) in states.iter().enumerate() {
        let row = results.body["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["application_id"] == world.applications[i].to_string())
            .unwrap();
        if *eligible {
            assert_eq!(row["outcome"], "selected", "{name}");
            assert_eq!(row["reason"], "enrolled", "{name}");
        } else {
            assert_eq!(row["outcome"], "not_selected", "{name}");
            assert_eq!(row["reason"], "ineligible", "{name}");
        }
    }
    // Three admitted with one slot and a budget for two: nothing is rationed.
    assert_eq!(results.body["awarded"], "6000.000");
}

#[tokio::test]
async fn an_enrolment_call_without_money_gives_each_admitted_state_a_project_without_tranches() {
    use domain::projects::entity::{project, tranche};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

    let app = spawn_app().await;
    let (manager, token) = app
        .user_with_token("secretariat@ogp-ng.example", &[Role::Manager])
        .await;
    // Joining the network brings technical assistance and an action plan to track, no grant: the call's
    // budget and awards are zero and the states request nothing.
    let spec = SelectionSpec {
        programme: "OGP Nigeria subnational".into(),
        code: "OGPNG".into(),
        total_budget: "0".into(),
        min_award: "0".into(),
        max_award: "0".into(),
        max_awards: 36,
        min_reviews: 1,
        min_total_score: None,
        tie_break: vec![],
        quotas: vec![],
        criteria: vec![criterion("Letter of intent", "1", 1, None)],
        committee: vec![
            SeatSpec::new("Ngozi Okafor", "government"),
            SeatSpec::new("Emeka Eze", "civil_society"),
        ],
        applicants: ["Kaduna", "Anambra"]
            .iter()
            .enumerate()
            .map(|(i, name)| ApplicantSpec::new(name, &format!("TN-1{}", i + 1), "0", vec![]))
            .collect(),
        seed: None,
    };
    let world = app
        .selection_world_in_mode(
            &manager,
            &spec,
            &ModeInput {
                selection_mode: Some("enrolment".into()),
                benchmark: None,
                rolling: None,
            },
        )
        .await;
    let call = world.call.call.id;
    let board = app
        .api(
            "GET",
            &format!("/calls/{call}/selection"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(board.status, 200, "{}", board.body);
    let finalised = app
        .api(
            "POST",
            &format!("/calls/{call}/selection/finalise"),
            Some(&token),
            Some(json!({ "version": board.body["call_version"] })),
        )
        .await;
    assert_eq!(finalised.status, 200, "{}", finalised.body);
    let projects = project::Entity::find()
        .filter(project::Column::CallId.eq(call))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(projects.len(), 2);
    for p in projects {
        assert_eq!(p.awarded_minor, 0);
        let tranches = tranche::Entity::find()
            .filter(tranche::Column::ProjectId.eq(p.id))
            .all(&app.db)
            .await
            .unwrap();
        assert!(tranches.is_empty());
    }
}

/// A rolling enrolment call of Nigeria's subnational open-government network: no deadline, no money, one
/// criterion (nothing is scored), and a letter of intent every state must have sent; with the manager's
/// token and the letter's prerequisite kind.
async fn nigerian_rolling_call(
    app: &convoca_tests::TestApp,
) -> (
    domain::accounts::User,
    String,
    domain::calls::service::CallView,
    Uuid,
) {
    use domain::calls::eligibility::RequiredPrerequisite;
    use domain::calls::{EligibilityRule, service};
    let (manager, token) = app
        .user_with_token("secretariat@rolling.ogp-ng.example", &[Role::Manager])
        .await;
    let actor = convoca_tests::TestApp::actor(&manager);
    let programme = app
        .programme(&manager, "OGP Nigeria subnational", "NG", "NGN")
        .await;
    let letter = domain::prerequisites::create_kind(
        &app.db,
        &actor,
        programme.id,
        &domain::prerequisites::KindInput {
            name: "Letter of intent".into(),
            description: "Signed by the state governor".into(),
        },
    )
    .await
    .unwrap();
    let call = app.draft_call(&manager, &programme, "OGPNG").await;
    let details = domain::calls::details::CallDetailsInput {
        code: "OGPNG".into(),
        title: "Join the subnational OGP network".into(),
        description: "States join all year round.".into(),
        opens_at: call.call.opens_at,
        closes_at: call.call.closes_at,
        time_zone: "Africa/Lagos".into(),
        total_budget: "0".into(),
        min_award: "0".into(),
        max_award: "0".into(),
        max_awards: 36,
        min_reviews: 1,
        min_total_score: None,
        tie_break: vec![],
        quotas: vec![],
        reporting_cadence_months: None,
    };
    let call = service::update_details(&app.db, &actor, call.call.id, call.call.version, &details)
        .await
        .expect("the details are set");
    let call = service::replace_eligibility(
        &app.db,
        &actor,
        call.call.id,
        call.call.version,
        &[EligibilityRule::Prerequisites {
            required: vec![RequiredPrerequisite {
                id: letter.id,
                name: letter.name.clone(),
            }],
        }],
    )
    .await
    .expect("the eligibility rules are set");
    let set = app
        .api(
            "PUT",
            &format!("/calls/{}/scoring", call.call.id),
            Some(&token),
            Some(
                json!({"aggregation": "mean", "selection_mode": "enrolment", "rolling": true,
                        "version": call.call.version}),
            ),
        )
        .await;
    assert_eq!(set.status, 200, "{}", set.body);
    let opened = app
        .api(
            "POST",
            &format!("/calls/{}/open", call.call.id),
            Some(&token),
            Some(json!({"version": set.body["version"]})),
        )
        .await;
    assert_eq!(opened.status, 200, "{}", opened.body);
    let call = service::get(&app.db, Some(&actor), call.call.id)
        .await
        .unwrap();
    (manager, token, call, letter.id)
}

/// A Nigerian state signed up and verified, with its letter of intent recorded when `letter` is given;
/// its submitted application (or the refusal) and its team's token.
async fn state_applies(
    app: &convoca_tests::TestApp,
    manager: &domain::accounts::User,
    call: &domain::calls::service::CallView,
    state: (&str, &str, &str),
    letter: Option<Uuid>,
) -> (convoca_tests::ApiResponse, String) {
    use crate::applications::{action, local_government, verify};
    let (name, subdivision, email) = state;
    let (org, _, token) = local_government(app, name, "NG", subdivision, email).await;
    verify(app, manager, &org).await;
    if let Some(kind) = letter {
        domain::prerequisites::record(
            &app.db,
            &convoca_tests::TestApp::actor(manager),
            &domain::prerequisites::RecordInput {
                prerequisite_kind_id: kind,
                organisation_id: org.id,
                achieved_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
                evidence: format!("Letter of intent signed by the Governor of {name}"),
            },
        )
        .await
        .unwrap();
    }
    // Joining asks for no money: the draft has no budget lines.
    let started = app
        .api(
            "POST",
            &format!("/calls/{}/applications", call.call.id),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(started.status, 201, "{}", started.body);
    let saved = app
        .api(
            "PUT",
            &format!("/applications/{}", started.body["id"].as_str().unwrap()),
            Some(&token),
            Some(json!({
                "version": started.body["version"],
                "title": format!("{name} joins OGP"),
                "summary": "Co-create a state action plan with civil society.",
                "problem": "Citizens cannot follow state budgets and contracts.",
                "objectives": "Adopt and carry out a two-year open government action plan.",
                "participation_plan": "A state steering committee with civil society.",
                "answers": [],
                "budget_lines": [],
                "co_funding": "",
            })),
        )
        .await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    (action(app, &token, &saved.body, "submit").await, token)
}

/// Screens an application eligible, then decides it on its own, as the secretariat does in a rolling call.
async fn admit(
    app: &convoca_tests::TestApp,
    token: &str,
    application: &Value,
) -> convoca_tests::ApiResponse {
    let id = application["id"].as_str().unwrap();
    let screened = app
        .api(
            "POST",
            &format!("/applications/{id}/screen"),
            Some(token),
            Some(json!({"version": application["version"], "outcome": "eligible"})),
        )
        .await;
    assert_eq!(screened.status, 200, "{}", screened.body);
    app.api(
        "POST",
        &format!("/applications/{id}/rolling-decision"),
        Some(token),
        Some(json!({"version": screened.body["version"]})),
    )
    .await
}

#[tokio::test]
async fn nigerian_states_join_a_rolling_enrolment_one_by_one_and_report_on_their_action_plans() {
    use convoca_tests::html::{get, logged_in, submit};
    use convoca_tests::new_client;
    use reqwest::StatusCode;

    let app = spawn_app().await;
    let (manager, token, call, letter) = nigerian_rolling_call(&app).await;
    let call_id = call.call.id;
    // Long past the date written in the call's details: a rolling call has no deadline.
    app.clock
        .set(Some(call.call.closes_at + chrono::Duration::days(90)));
    let page = get(&new_client(), &app, &format!("/calls/{call_id}")).await;
    page.shows(&[
        "No deadline: open until the programme closes it",
        "Who has joined",
        "Nobody has joined yet.",
    ]);

    // Kaduna applies with its letter of intent recorded; Plateau, without one, cannot submit.
    let (kaduna, kaduna_team) = state_applies(
        &app,
        &manager,
        &call,
        ("Kaduna State", "NG-KD", "ogp@kaduna.example"),
        Some(letter),
    )
    .await;
    assert_eq!(kaduna.status, 200, "{}", kaduna.body);
    let (plateau, _) = state_applies(
        &app,
        &manager,
        &call,
        ("Plateau State", "NG-PL", "ogp@plateau.example"),
        None,
    )
    .await;
    assert_eq!(plateau.error_fields(), ["eligibility[0]"]);

    // The applicant may not decide; the secretariat admits Kaduna on its own, finally and publicly.
    let refused = app
        .api(
            "POST",
            &format!(
                "/applications/{}/rolling-decision",
                kaduna.body["id"].as_str().unwrap()
            ),
            Some(&kaduna_team),
            Some(json!({"version": kaduna.body["version"]})),
        )
        .await;
    assert_eq!(refused.problem(403), "/problems/forbidden");
    let admitted = admit(&app, &token, &kaduna.body).await;
    assert_eq!(admitted.status, 200, "{}", admitted.body);
    assert_eq!(admitted.body["outcome"], "selected");
    assert_eq!(admitted.body["reason"], "enrolled");
    assert_eq!(admitted.body["awarded"], "0.00");
    let again = app
        .api(
            "POST",
            &format!(
                "/applications/{}/rolling-decision",
                kaduna.body["id"].as_str().unwrap()
            ),
            Some(&token),
            Some(json!({"version": kaduna.body["version"].as_i64().unwrap() + 2})),
        )
        .await;
    assert_eq!(again.problem(409), "/problems/conflict");
    let results = app
        .api("GET", &format!("/calls/{call_id}/results"), None, None)
        .await;
    assert_eq!(results.status, 200, "{}", results.body);
    assert_eq!(results.body["selection_mode"], "enrolment");
    assert_eq!(results.body["rows"].as_array().unwrap().len(), 1);

    // Anambra joins later, decided through the application page.
    let (anambra, _) = state_applies(
        &app,
        &manager,
        &call,
        ("Anambra State", "NG-AN", "ogp@anambra.example"),
        Some(letter),
    )
    .await;
    assert_eq!(anambra.status, 200, "{}", anambra.body);
    let anambra_id = anambra.body["id"].as_str().unwrap().to_owned();
    let screened = app
        .api(
            "POST",
            &format!("/applications/{anambra_id}/screen"),
            Some(&token),
            Some(json!({"version": anambra.body["version"], "outcome": "eligible"})),
        )
        .await;
    assert_eq!(screened.status, 200, "{}", screened.body);
    let secretariat = logged_in(&app, &manager.email).await;
    let path = format!("/applications/{anambra_id}");
    let page = get(&secretariat, &app, &path).await;
    page.shows(&["Decide this application", "Decide and publish"]);
    // The state's own staff may not decide it through the page, and their attempt changes nothing.
    let staff = logged_in(&app, "ogp@anambra.example").await;
    let refused = submit(&staff, &app, &path, &format!("{path}/decide"), &[]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text());
    get(&secretariat, &app, &path)
        .await
        .shows(&["Decide and publish"]);
    let decided = submit(&secretariat, &app, &path, &format!("{path}/decide"), &[]).await;
    assert_eq!(decided.status, StatusCode::SEE_OTHER, "{}", decided.text());
    let page = get(&secretariat, &app, &path).await;
    page.shows(&["The application is decided, and the decision is published."]);
    page.hides(&["Decide and publish"]);

    // The public page lists both states, in the order they joined.
    let page = get(&new_client(), &app, &format!("/calls/{call_id}")).await;
    let text = page.text();
    let (_, joined) = text
        .split_once("Who has joined")
        .expect("the joined section");
    let kaduna_at = joined.find("Kaduna State").expect("Kaduna listed");
    let anambra_at = joined.find("Anambra State").expect("Anambra listed");
    assert!(kaduna_at < anambra_at, "{joined}");
    assert!(!joined.contains("Plateau State"), "{joined}");

    // Each admitted state has a project without money, on which its action plan is tracked.
    let kaduna_id: Uuid = kaduna.body["id"].as_str().unwrap().parse().unwrap();
    let projects = app.projects_of(call_id, &[kaduna_id]).await;
    let project = projects[0];
    let view = app.project_json(project, Some(&kaduna_team)).await;
    assert_eq!(view["awarded"], "0.00");
    assert_eq!(view["tranches"].as_array().unwrap().len(), 0);
    let added = app
        .api(
            "POST",
            &format!("/projects/{project}/commitments"),
            Some(&kaduna_team),
            Some(json!({
                "title": "Publish every state contract above ₦10 million",
                "problem": "Contracts are awarded out of public view.",
                "value": "transparency",
                "lead_institution": "Bureau of Public Procurement",
            })),
        )
        .await;
    assert_eq!(added.status, 200, "{}", added.body);
    let listed = app
        .api(
            "GET",
            &format!("/projects/{project}/commitments"),
            None,
            None,
        )
        .await;
    let commitment = listed.body[0]["id"].clone();
    let adoption = app
        .api(
            "POST",
            &format!("/projects/{project}/milestones"),
            Some(&kaduna_team),
            Some(
                json!({"title": "The State Executive Council adopts the action plan",
                        "due_on": "2027-03-31", "adoption": true}),
            ),
        )
        .await;
    assert_eq!(adoption.status, 200, "{}", adoption.body);
    let view = app.project_json(project, Some(&kaduna_team)).await;
    let position = view["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["adoption"] == true)
        .expect("the adoption milestone")["position"]
        .as_i64()
        .unwrap();
    let sent = app
        .submit_milestone(
            project,
            &kaduna_team,
            position,
            "Council resolution KDSG/EXCO/2027/04.",
        )
        .await;
    assert_eq!(sent.status, 200, "{}", sent.body);
    let accepted = app
        .review_milestone(project, &token, position, true, "")
        .await;
    assert_eq!(accepted.status, 200, "{}", accepted.body);

    // The six-monthly self-report rates the commitment; the secretariat reviews it, and the public sees it.
    let report = app
        .submit_report(
            project,
            &kaduna_team,
            1,
            json!({
                "narrative": "The procurement portal is live.",
                "spending": "0",
                "indicator_values": [],
                "commitment_ratings": [{"commitment_id": commitment, "rating": "substantial"}],
            }),
        )
        .await;
    assert_eq!(report.status, 200, "{}", report.body);
    let reviewed = app
        .review_report(project, &token, 1, true, "Evidence checked.")
        .await;
    assert_eq!(reviewed.status, 200, "{}", reviewed.body);
    let public = app.project_json(project, None).await;
    assert_eq!(public["plan_adopted"], true);
    assert_eq!(public["commitments"][0]["completion"], "substantial");
}
