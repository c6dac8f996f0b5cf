//! Action plans with commitments, end to end: the project team adds commitments (title, problem, OGP value,
//! lead institution) that another organisation's user and anonymous callers may not; bad input is refused
//! field by field and changes nothing; milestones belong to a commitment or record the council's adoption of
//! the plan, after which the plan is fixed; a six-monthly self-report must rate each commitment, the manager
//! reviews it, and the public then sees each commitment's completion on the project page and in the
//! commitments open data (CSV and JSON). The team's form on the project page adds a commitment too.

use convoca_tests::html::{get, logged_in, submit};
use convoca_tests::projects::find;
use convoca_tests::{TestApp, new_client, spawn_app};
use reqwest::StatusCode;
use serde_json::{Value, json};
use uuid::Uuid;

const OPEN_BUDGET: &str = "Publish the municipal budget every month";
const PANELS: &str = "Citizen panels on the investment plan";

fn commitment(title: &str, value: &str) -> Value {
    json!({
        "title": title,
        "problem": "Residents cannot follow how the budget is spent.",
        "value": value,
        "lead_institution": "Finance department",
    })
}

async fn add(
    app: &TestApp,
    project: Uuid,
    token: Option<&str>,
    body: Value,
) -> convoca_tests::ApiResponse {
    app.api(
        "POST",
        &format!("/projects/{project}/commitments"),
        token,
        Some(body),
    )
    .await
}

async fn add_milestone(
    app: &TestApp,
    project: Uuid,
    token: &str,
    body: Value,
) -> convoca_tests::ApiResponse {
    app.api(
        "POST",
        &format!("/projects/{project}/milestones"),
        Some(token),
        Some(body),
    )
    .await
}

/// The open-data file `file` as anyone downloads it.
async fn open_data(app: &TestApp, file: &str) -> String {
    let response = new_client()
        .get(app.url(&format!("/api/v1/open-data/{file}")))
        .send()
        .await
        .expect("GET open data");
    assert_eq!(response.status(), StatusCode::OK);
    response.text().await.expect("a body")
}

#[tokio::test]
async fn a_team_s_action_plan_is_adopted_rated_in_a_reviewed_self_report_and_published() {
    let app = spawn_app().await;
    let world = app.funded_projects("CMT", 2).await;
    let (p, team, other, manager) = (
        world.projects[0],
        world.team_tokens[0].as_str(),
        world.team_tokens[1].as_str(),
        world.manager_token.as_str(),
    );

    // The team adds two commitments; the manager may too, and corrects one.
    let added = add(&app, p, Some(team), commitment(OPEN_BUDGET, "transparency")).await;
    assert_eq!(added.status, 200, "{}", added.body);
    let added = add(&app, p, Some(manager), commitment(PANELS, "participation")).await;
    assert_eq!(added.status, 200, "{}", added.body);
    let listed = app
        .api("GET", &format!("/projects/{p}/commitments"), None, None)
        .await;
    assert_eq!(listed.status, 200, "{}", listed.body);
    assert_eq!(listed.body.as_array().unwrap().len(), 2, "{}", listed.body);
    let budget = find(&listed.body, "title", &json!(OPEN_BUDGET)).clone();
    let panels = find(&listed.body, "title", &json!(PANELS)).clone();
    assert_eq!(budget["value"], "transparency");
    assert_eq!(budget["lead_institution"], "Finance department");
    assert_eq!(budget["completion"], Value::Null);
    let mut changed = commitment(PANELS, "inclusion");
    changed["lead_institution"] = json!("Mayor's office");
    changed["version"] = panels["version"].clone();
    let updated = app
        .api(
            "PUT",
            &format!(
                "/projects/{p}/commitments/{}",
                panels["id"].as_str().unwrap()
            ),
            Some(team),
            Some(changed.clone()),
        )
        .await;
    assert_eq!(updated.status, 200, "{}", updated.body);
    let stale = app
        .api(
            "PUT",
            &format!(
                "/projects/{p}/commitments/{}",
                panels["id"].as_str().unwrap()
            ),
            Some(manager),
            Some(changed),
        )
        .await;
    assert_eq!(stale.status, 409, "{}", stale.body);

    // Another organisation's user and anonymous callers may not; bad input changes nothing.
    let audit = app.audit_count().await;
    let refused = add(&app, p, Some(other), commitment("Not ours", "transparency")).await;
    assert_eq!(refused.problem(403), "/problems/forbidden");
    let refused = add(&app, p, None, commitment("Nobody's", "transparency")).await;
    assert_eq!(refused.status, 401, "{}", refused.body);
    let refused = add(
        &app,
        p,
        Some(team),
        json!({"title": " ", "problem": "", "value": "efficiency", "lead_institution": ""}),
    )
    .await;
    assert_eq!(refused.problem(422), "/problems/validation");
    let mut fields = refused.error_fields();
    fields.sort();
    assert_eq!(fields, ["lead_institution", "problem", "title", "value"]);
    assert_eq!(app.audit_count().await, audit);
    let view = app.project_json(p, Some(team)).await;
    assert_eq!(view["commitments"].as_array().unwrap().len(), 2);
    assert_eq!(
        find(&view["commitments"], "title", &json!(PANELS))["value"],
        "inclusion"
    );

    // Milestones of a commitment, and the council's adoption of the plan: one, not on a commitment.
    let budget_id = budget["id"].as_str().unwrap();
    let linked = add_milestone(
        &app,
        p,
        team,
        json!({"title": "First monthly budget online", "due_on": "2027-05-31", "commitment_id": budget_id}),
    )
    .await;
    assert_eq!(linked.status, 200, "{}", linked.body);
    let refused = add_milestone(
        &app,
        p,
        team,
        json!({"title": "Wrong", "due_on": "2027-05-31", "commitment_id": Uuid::now_v7()}),
    )
    .await;
    assert_eq!(refused.error_fields(), ["commitment_id"]);
    let adoption = add_milestone(
        &app,
        p,
        team,
        json!({"title": "Council adopts the action plan", "due_on": "2027-03-31", "adoption": true}),
    )
    .await;
    assert_eq!(adoption.status, 200, "{}", adoption.body);
    assert_eq!(adoption.body["plan_adopted"], false);
    let twice = add_milestone(
        &app,
        p,
        team,
        json!({"title": "Adopted again", "due_on": "2027-03-31", "adoption": true}),
    )
    .await;
    assert_eq!(twice.error_fields(), ["adoption"]);
    let view = app.project_json(p, Some(team)).await;
    let budget_view = find(&view["commitments"], "title", &json!(OPEN_BUDGET));
    assert_eq!(budget_view["milestone_ids"].as_array().unwrap().len(), 1);
    let adoption = find(&view["milestones"], "adoption", &json!(true)).clone();
    let position = adoption["position"].as_i64().unwrap();
    let sent = app
        .submit_milestone(
            p,
            team,
            position,
            "Council resolution 2027-14, adopted unanimously.",
        )
        .await;
    assert_eq!(sent.status, 200, "{}", sent.body);
    let accepted = app.review_milestone(p, manager, position, true, "").await;
    assert_eq!(accepted.status, 200, "{}", accepted.body);
    assert_eq!(accepted.body["plan_adopted"], true);

    // The adopted plan is fixed, for the team and managers alike.
    let late = add(&app, p, Some(team), commitment("Too late", "transparency")).await;
    assert_eq!(late.status, 409, "{}", late.body);
    let late = add(
        &app,
        p,
        Some(manager),
        commitment("Too late", "transparency"),
    )
    .await;
    assert_eq!(late.status, 409, "{}", late.body);

    // The six-monthly self-report rates every commitment, or is refused.
    let narrative =
        json!({"narrative": "Six months in.", "spending": "1000", "indicator_values": []});
    let refused = app.submit_report(p, team, 1, narrative.clone()).await;
    assert_eq!(refused.problem(422), "/problems/validation");
    assert_eq!(
        refused.error_fields(),
        ["commitment_ratings", "commitment_ratings"]
    );
    let mut body = narrative.clone();
    body["commitment_ratings"] = json!([
        {"commitment_id": budget_id, "rating": "substantial"},
        {"commitment_id": panels["id"], "rating": "done"},
    ]);
    let refused = app.submit_report(p, team, 1, body.clone()).await;
    assert_eq!(refused.error_fields(), ["commitment_ratings[1].rating"]);
    body["commitment_ratings"][1]["rating"] = json!("limited");
    let rated = app.submit_report(p, team, 1, body).await;
    assert_eq!(rated.status, 200, "{}", rated.body);
    assert_eq!(
        find(&rated.body["commitments"], "title", &json!(OPEN_BUDGET))["completion"],
        "substantial"
    );
    // The public sees nothing the secretariat has not accepted.
    let public = app.project_json(p, None).await;
    assert_eq!(
        find(&public["commitments"], "title", &json!(OPEN_BUDGET))["completion"],
        Value::Null
    );
    let reviewed = app
        .review_report(p, manager, 1, true, "Well documented.")
        .await;
    assert_eq!(reviewed.status, 200, "{}", reviewed.body);
    let public = app.project_json(p, None).await;
    assert_eq!(public["plan_adopted"], true);
    let budget_public = find(&public["commitments"], "title", &json!(OPEN_BUDGET));
    assert_eq!(budget_public["completion"], "substantial");
    assert_eq!(budget_public["rated_in_report"], 1);
    assert_eq!(
        find(&public["commitments"], "title", &json!(PANELS))["completion"],
        "limited"
    );

    // The public page shows the plan, its values, leads, milestones and completion.
    let page = get(&new_client(), &app, &format!("/projects/{p}")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.shows(&[
        "Action plan",
        "Adopted by the council",
        OPEN_BUDGET,
        "Transparency",
        "Finance department",
        "First monthly budget online",
        "Substantial (report 1)",
        PANELS,
        "Inclusion",
        "Mayor's office",
        "Limited (report 1)",
    ]);
    assert!(
        !page.body.contains("Add a commitment"),
        "no form for the public"
    );

    // Open data: one row per commitment with its completion.
    let csv = open_data(&app, "commitments.csv").await;
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "commitment_id,project_id,project,organisation,call,position,title,problem,ogp_value,lead_institution,milestones_accepted,milestones,plan_adopted,completion"
    );
    let row = csv
        .lines()
        .find(|l| l.contains(OPEN_BUDGET))
        .expect("the commitment's row");
    assert!(
        row.contains(",transparency,Finance department,0,1,true,substantial"),
        "{row}"
    );
    let data: Value = serde_json::from_str(&open_data(&app, "commitments.json").await).unwrap();
    assert_eq!(data.as_array().unwrap().len(), 2, "{data}");
    let panels_row = find(&data, "title", &json!(PANELS));
    assert_eq!(panels_row["ogp_value"], "inclusion");
    assert_eq!(panels_row["completion"], "limited");
    assert_eq!(panels_row["plan_adopted"], true);
    assert_eq!(panels_row["project_id"], p.to_string());
}

#[tokio::test]
async fn the_team_adds_a_commitment_and_rates_it_through_the_project_page() {
    let app = spawn_app().await;
    let world = app.funded_projects("CMW", 2).await;
    let p = world.projects[1];
    let path = format!("/projects/{p}");
    let team = logged_in(&app, &world.teams[1].email).await;

    // A value left unchosen is shown beside its field, with what was typed kept.
    let refused = submit(
        &team,
        &app,
        &path,
        &format!("{path}/commitments"),
        &[
            ("title", OPEN_BUDGET),
            ("problem", "Nobody can follow spending."),
            ("value", ""),
            ("lead_institution", "Finance department"),
        ],
    )
    .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.text()
    );
    refused.shows(&["Choose a value: transparency, participation, accountability or inclusion."]);
    assert!(refused.body.contains(OPEN_BUDGET));
    let added = submit(
        &team,
        &app,
        &path,
        &format!("{path}/commitments"),
        &[
            ("title", OPEN_BUDGET),
            ("problem", "Nobody can follow spending."),
            ("value", "accountability"),
            ("lead_institution", "Finance department"),
        ],
    )
    .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text());
    let page = get(&team, &app, &path).await;
    page.shows(&[
        OPEN_BUDGET,
        "Accountability",
        "Not yet adopted by the council",
        "Not rated yet",
    ]);

    // The report form asks for the commitment's completion.
    let view = app
        .project_json(p, Some(world.team_tokens[1].as_str()))
        .await;
    let report = find(&view["reports"], "number", &json!(1));
    let report_id = report["id"].as_str().unwrap();
    let commitment_id = view["commitments"][0]["id"].as_str().unwrap();
    let rating = format!("rating.{report_id}.{commitment_id}");
    assert!(
        page.body.contains(&format!("name=\"{rating}\"")),
        "a rating input"
    );
    let sent = submit(
        &team,
        &app,
        &path,
        &format!("{path}/reports/{report_id}/submit"),
        &[
            ("version", &report["version"].to_string()),
            (&format!("narrative.{report_id}"), "Six months in."),
            (&format!("spending.{report_id}"), "100"),
            (&rating, "complete"),
        ],
    )
    .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    let page = get(&team, &app, &path).await;
    page.shows(&["Complete (report 1)"]);

    // Another organisation's user gets no form and is refused.
    let other = logged_in(&app, &world.teams[0].email).await;
    let page = get(&other, &app, &path).await;
    assert!(!page.body.contains("Add a commitment"));
    let refused = submit(
        &other,
        &app,
        &path,
        &format!("{path}/commitments"),
        &[
            ("title", "Not ours"),
            ("problem", "None."),
            ("value", "inclusion"),
            ("lead_institution", "Someone"),
        ],
    )
    .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}
