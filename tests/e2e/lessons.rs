//! Learning across pilots: the lessons learned of a final report (required to submit it, public once it is
//! accepted, in the API, on the project page and in `lessons.csv`), replication links between projects (shown
//! on both pages and counted in the portfolio, refused to a project that is not public, to itself or to a later
//! one), and the programme cycle each grant of the 360Giving package belongs to.

use convoca_tests::html::{get, logged_in, submit};
use convoca_tests::projects::{FundedSpec, MUNICIPALITIES, find, with_lessons};
use convoca_tests::selection::ApplicantSpec;
use convoca_tests::{TestApp, new_client, spawn_app};
use domain::projects::learning;
use reqwest::StatusCode;
use serde_json::{Value, json};
use std::collections::HashMap;
use uuid::Uuid;

const WORKED: &str = "Holding the district assemblies on Saturday mornings doubled attendance.";

fn report(narrative: &str) -> Value {
    json!({"narrative": narrative, "spending": "20000", "indicator_values": []})
}

/// The text of an open-data file, as anyone downloads it.
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
async fn a_final_report_needs_its_lessons_which_become_public_once_the_report_is_accepted() {
    let app = spawn_app().await;
    let world = app.funded_projects("LSN", 1).await;
    let (p, team, manager) = (
        world.projects[0],
        world.team_tokens[0].as_str(),
        world.manager_token.as_str(),
    );
    let view = app.project_json(p, Some(team)).await;
    let reports = view["reports"].as_array().unwrap();
    assert_eq!(reports.len(), 2, "{view}");
    assert_eq!(reports[0]["is_final"], false);
    assert_eq!(reports[1]["is_final"], true);

    // Ordinary reports do not ask for lessons.
    let first = app
        .submit_report(p, team, 1, report("Six months in."))
        .await;
    assert_eq!(first.status, 200, "{}", first.body);

    // The final report without them is refused, each part named, and nothing changes.
    let before = app.report_json(p, team, 2).await;
    let audit = app.audit_count().await;
    let refused = app.submit_report(p, team, 2, report("The end.")).await;
    assert_eq!(refused.problem(422), "/problems/validation");
    let mut fields = refused.error_fields();
    fields.sort();
    assert_eq!(
        fields,
        ["contact", "to_replicate", "what_did_not", "what_worked"]
    );
    let mut half = with_lessons(report("The end."));
    half["to_replicate"] = json!("   ");
    let refused = app.submit_report(p, team, 2, half).await;
    assert_eq!(refused.problem(422), "/problems/validation");
    assert_eq!(refused.error_fields(), ["to_replicate"]);
    assert_eq!(app.report_json(p, team, 2).await, before);
    assert_eq!(app.audit_count().await, audit);

    // With them it is submitted; the team and managers see the lessons, the public does not yet.
    let sent = app
        .submit_report(p, team, 2, with_lessons(report("The end.")))
        .await;
    assert_eq!(sent.status, 200, "{}", sent.body);
    assert_eq!(sent.body["lessons"]["published"], false);
    assert_eq!(sent.body["lessons"]["lessons"]["what_worked"], WORKED);
    let managed = app.project_json(p, Some(manager)).await;
    assert_eq!(managed["lessons"]["lessons"]["what_worked"], WORKED);
    let public = app.project_json(p, None).await;
    assert_eq!(public["lessons"], Value::Null);
    assert_eq!(public["reports"][1]["lessons"], Value::Null);
    let page = get(&new_client(), &app, &format!("/projects/{p}")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.shows(&["Lessons learned", "No lessons have been published yet"]);
    page.hides(&[WORKED]);
    assert!(!open_data(&app, "lessons.csv").await.contains(WORKED));

    // Accepted, they are public: in the API, on the page, in lessons.csv.
    let accepted = app.review_report(p, manager, 2, true, "").await;
    assert_eq!(accepted.status, 200, "{}", accepted.body);
    let public = app.project_json(p, None).await;
    assert_eq!(public["lessons"]["published"], true);
    assert_eq!(public["lessons"]["lessons"]["what_worked"], WORKED);
    assert_eq!(
        public["lessons"]["lessons"]["contact"],
        "Head of citizen participation, participation@commune.example"
    );
    assert_eq!(public["reports"][1]["lessons"]["what_worked"], WORKED);
    // The first report's narrative stays private.
    assert_eq!(public["reports"][0]["narrative"], "");
    let page = get(&new_client(), &app, &format!("/projects/{p}")).await;
    page.shows(&[
        WORKED,
        "Online-only consultation reached few residents over sixty.",
        "What another local government needs to copy it",
    ]);
    let csv = open_data(&app, "lessons.csv").await;
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "project_id,reference,project,organisation,call,programme,what_worked,what_did_not,\
             to_replicate,contact,accepted_on"
        )
    );
    let row = lines.next().expect("one published lesson");
    assert!(row.starts_with(&p.to_string()), "{row}");
    for needle in [WORKED, "Open municipalities LSN", "Tunis"] {
        assert!(row.contains(needle), "{needle} not in {row}");
    }
    let accepted_on = app.clock.now().date_naive().to_string();
    assert!(row.ends_with(&accepted_on), "{row}");
    assert_eq!(lines.next(), None);
    // The programme's cycles count it.
    let call = &world.selection.call.call;
    let per_call = learning::lessons_published_per_call(&app.db, call.programme_id)
        .await
        .unwrap();
    assert_eq!(per_call, HashMap::from([(call.id, 1)]));
}

#[tokio::test]
async fn the_final_report_form_asks_for_the_lessons_and_keeps_the_report_due_without_them() {
    let app = spawn_app().await;
    let world = app.funded_projects("LSW", 1).await;
    let p = world.projects[0];
    let team = logged_in(&app, &world.teams[0].email).await;
    let api_team = world.team_tokens[0].as_str();
    let final_report = app.report_json(p, api_team, 2).await;
    let id = final_report["id"].as_str().unwrap();
    let from = format!("/projects/{p}");
    let page = get(&team, &app, &from).await;
    page.shows(&["What worked", "What did not work", "Contact"]);
    assert!(page.body.contains(&format!("name=\"what_worked.{id}\"")));

    let version = final_report["version"].to_string();
    let narrative = format!("narrative.{id}");
    let spending = format!("spending.{id}");
    let to = format!("/projects/{p}/reports/{id}/submit");
    let refused = submit(
        &team,
        &app,
        &from,
        &to,
        &[
            ("version", &version),
            (&narrative, "The end."),
            (&spending, "20000"),
        ],
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.shows(&[
        "There is a problem",
        "What worked",
        "This field is required.",
    ]);
    assert_eq!(refused.textarea(&narrative), "The end.");
    assert_eq!(app.report_json(p, api_team, 2).await["state"], "due");

    let what_worked = format!("what_worked.{id}");
    let what_did_not = format!("what_did_not.{id}");
    let to_replicate = format!("to_replicate.{id}");
    let contact = format!("contact.{id}");
    let sent = submit(
        &team,
        &app,
        &from,
        &to,
        &[
            ("version", &version),
            (&narrative, "The end."),
            (&spending, "20000"),
            (&what_worked, WORKED),
            (&what_did_not, "Evening meetings."),
            (&to_replicate, "A facilitator."),
            (&contact, "The mayor's office"),
        ],
    )
    .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    let report = app.report_json(p, api_team, 2).await;
    assert_eq!(report["state"], "submitted");
    assert_eq!(report["lessons"]["contact"], "The mayor's office");
    // Before acceptance the team sees them, marked as not yet public.
    get(&team, &app, &from)
        .await
        .shows(&[WORKED, "visible to the project team and managers only"]);
}

#[tokio::test]
async fn a_replication_link_shows_on_both_projects_and_counts_in_the_portfolio() {
    let app = spawn_app().await;
    let (manager, _) = app.new_manager().await;
    let earlier = app
        .funded_world(&manager, &FundedSpec::tunisian("RPA", 1))
        .await;
    let original = earlier.projects[0];
    let mut hidden_spec = FundedSpec::tunisian("RPH", 1);
    hidden_spec.publish = false;
    let hidden = app.funded_world(&manager, &hidden_spec).await.projects[0];

    // Two later projects: one declared it in its application, the other's team links it afterwards.
    let mut spec = FundedSpec::tunisian("RPB", 0);
    spec.applicants = MUNICIPALITIES[2..4]
        .iter()
        .map(|(name, subdivision, requested)| {
            ApplicantSpec::new(name, subdivision, requested, vec![vec![4], vec![4]])
        })
        .collect();
    spec.applicants[0].replicates = Some(original);
    let later = app.funded_world(&manager, &spec).await;
    let (carried, linked) = (later.projects[0], later.projects[1]);
    let team = later.team_tokens[1].as_str();
    assert_eq!(
        app.project_json(carried, None).await["replicates"]["id"],
        json!(original)
    );

    let link = |project: Uuid, token: String, earlier: Option<Uuid>| {
        let app = &app;
        async move {
            let version = app.project_json(project, Some(&token)).await["version"].clone();
            let mut body = json!({"version": version});
            if let Some(earlier) = earlier {
                body["replicates_project_id"] = json!(earlier);
            }
            app.api(
                "PUT",
                &format!("/projects/{project}/replicates"),
                Some(&token),
                Some(body),
            )
            .await
        }
    };
    // Refused: a project that is not public, the project itself, a later project.
    for (project, token, target) in [
        (linked, team.to_owned(), hidden),
        (linked, team.to_owned(), linked),
        (original, earlier.team_tokens[0].clone(), carried),
    ] {
        let refused = link(project, token, Some(target)).await;
        assert_eq!(refused.problem(422), "/problems/validation");
        assert_eq!(refused.error_fields(), ["replicates_project_id"]);
    }
    // Someone else's team may not.
    let other = link(linked, later.team_tokens[0].clone(), Some(original)).await;
    assert_eq!(other.problem(403), "/problems/forbidden");
    assert_eq!(
        app.project_json(linked, None).await["replicates"],
        Value::Null
    );

    let set = link(linked, team.to_owned(), Some(original)).await;
    assert_eq!(set.status, 200, "{}", set.body);
    assert_eq!(set.body["replicates"]["id"], json!(original));
    // A manager may clear it, and the team set it again.
    let cleared = link(linked, later.manager_token.clone(), None).await;
    assert_eq!(cleared.status, 200, "{}", cleared.body);
    assert_eq!(cleared.body["replicates"], Value::Null);
    assert_eq!(
        app.project_json(original, None).await["replication_count"],
        1
    );
    let set = link(linked, team.to_owned(), Some(original)).await;
    assert_eq!(set.status, 200, "{}", set.body);

    // The earlier project lists both, for everyone.
    let shown = app.project_json(original, None).await;
    assert_eq!(shown["replication_count"], 2);
    let mut ids: Vec<String> = shown["replications"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect();
    ids.sort();
    let mut expected = vec![carried.to_string(), linked.to_string()];
    expected.sort();
    assert_eq!(ids, expected);
    let portfolio = app.api("GET", "/portfolio", None, None).await;
    assert_eq!(portfolio.status, 200);
    let counted = find(
        &portfolio.body["replicated"],
        "project_id",
        &json!(original),
    );
    assert_eq!(counted["replications"], 2);
    let listed = app.api("GET", "/projects", None, None).await;
    assert_eq!(
        find(&listed.body, "id", &json!(original))["replication_count"],
        2
    );

    // The pages link both ways, and the public portfolio shows the count on the earlier project's row.
    let browser = new_client();
    let page = get(&browser, &app, &format!("/projects/{original}")).await;
    page.shows(&["2 later projects replicate this one"]);
    for id in [carried, linked] {
        assert!(page.body.contains(&format!("href=\"/projects/{id}\"")));
    }
    let page = get(&browser, &app, &format!("/projects/{linked}")).await;
    page.shows(&["Replicates:"]);
    assert!(
        page.body
            .contains(&format!("href=\"/projects/{original}\""))
    );
    let portfolio = get(&browser, &app, "/projects").await;
    let start = portfolio
        .body
        .find(&format!("data-project=\"{original}\""))
        .expect("the earlier project's row");
    let row = &portfolio.body[start..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(row.contains("data-replications>2</td>"), "{row}");
    assert!(portfolio.body.contains("/api/v1/open-data/lessons.csv"));

    // Per call of the later programme: both projects replicate an earlier one.
    let call = &later.selection.call.call;
    let per_call = learning::replications_per_call(&app.db, call.programme_id)
        .await
        .unwrap();
    assert_eq!(per_call, HashMap::from([(call.id, 2)]));
}

#[tokio::test]
async fn each_grant_of_the_360giving_package_names_its_programme_cycle() {
    let app = spawn_app().await;
    let world = app.funded_projects("GVP", 1).await;
    let package = app
        .api("GET", "/open-data/360giving.json", None, None)
        .await;
    assert_eq!(package.status, 200);
    let grant = package.body["grants"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["title"] == "Open municipality of Tunis")
        .expect("the grant");
    let call = world.selection.call.call.clone();
    assert_eq!(
        grant["grantProgramme"],
        json!([{
            "code": call.code,
            "title": call.title,
            "url": app.url(&format!("/calls/{}", call.id)),
        }])
    );
}
