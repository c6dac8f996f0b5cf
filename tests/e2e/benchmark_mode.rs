//! Benchmark calls: every eligible application that meets the published benchmark is selected, whatever
//! their number, with no budget race or slots; "all core criteria and k of the others" as the Philippines'
//! Seal of Good Local Governance asks; levels (Foundation, Quality, Gold) where each applicant gets the
//! highest it meets and its level's fixed award, zero being a recognition without tranches; the results
//! (JSON and the public page) say per applicant and criterion what was met. The selection mode is set with the
//! call's scoring settings while a draft, shown in the call's JSON, and frozen once the call opens.

use convoca_tests::html::get;
use convoca_tests::selection::{ApplicantSpec, SeatSpec, SelectionSpec, criterion};
use convoca_tests::{TestApp, new_client, spawn_app};
use domain::Role;
use domain::projects::entity::{project, tranche};
use domain::selection::decisions::{BenchmarkInput, LevelInput, ModeInput};
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use uuid::Uuid;

/// A benchmark call built to `spec` in `modes`, scored, with the manager's token.
async fn world(
    app: &TestApp,
    email: &str,
    spec: &SelectionSpec,
    modes: ModeInput,
) -> (Uuid, Vec<Uuid>, String) {
    let (manager, token) = app.user_with_token(email, &[Role::Manager]).await;
    let world = app.selection_world_in_mode(&manager, spec, &modes).await;
    (world.call.call.id, world.applications, token)
}

/// Finalises and publishes the call through the API; returns the published results.
async fn decide(app: &TestApp, call: Uuid, token: &str) -> Value {
    let board = app
        .api(
            "GET",
            &format!("/calls/{call}/selection"),
            Some(token),
            None,
        )
        .await;
    assert_eq!(board.status, 200, "{}", board.body);
    let finalised = app
        .api(
            "POST",
            &format!("/calls/{call}/selection/finalise"),
            Some(token),
            Some(json!({ "version": board.body["call_version"] })),
        )
        .await;
    assert_eq!(finalised.status, 200, "{}", finalised.body);
    let published = app
        .api(
            "POST",
            &format!("/calls/{call}/results/publish"),
            Some(token),
            None,
        )
        .await;
    assert_eq!(published.status, 200, "{}", published.body);
    let results = app
        .api("GET", &format!("/calls/{call}/results"), None, None)
        .await;
    assert_eq!(results.status, 200, "{}", results.body);
    results.body
}

/// The published row of an application.
fn row(results: &Value, id: Uuid) -> &Value {
    results["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["application_id"] == id.to_string())
        .expect("every application has a row")
}

/// The six local government units of the Seal call (the test fixture places every applicant in a Tunisian
/// governorate; only the scores matter here) and their scores on three core areas (financial
/// administration, disaster preparedness, social protection) and three essential areas (peace and order,
/// business friendliness, environmental management), each out of 10 with a passing mark of 6.
const LGUS: [(&str, &str, [i64; 6], bool); 6] = [
    // All core areas and one essential area: recognised.
    ("Iloilo City", "TN-11", [8, 7, 9, 6, 2, 3], true),
    // Everything: recognised.
    ("Naga", "TN-12", [9, 9, 9, 9, 9, 9], true),
    // A core area below the mark, whatever the rest: not recognised.
    ("Valenzuela", "TN-13", [5, 10, 10, 10, 10, 10], true),
    // Every core area but no essential one: not recognised.
    ("Tagum", "TN-14", [7, 7, 7, 2, 3, 5], true),
    // Exactly on the marks, two essential areas: recognised.
    ("San Fernando", "TN-21", [6, 6, 6, 0, 0, 6], true),
    // Screened ineligible: not recognised, however good.
    ("Marikina", "TN-13", [10, 10, 10, 10, 10, 10], false),
];

fn seal_spec() -> SelectionSpec {
    SelectionSpec {
        programme: "Seal of Good Local Governance".into(),
        code: "SGLG".into(),
        // Room for one award in the budget and two slots: a benchmark call rations neither.
        total_budget: "5000".into(),
        min_award: "1000".into(),
        max_award: "5000".into(),
        max_awards: 2,
        min_reviews: 2,
        min_total_score: None,
        tie_break: vec![],
        quotas: vec![],
        criteria: [
            "Financial administration",
            "Disaster preparedness",
            "Social protection",
            "Peace and order",
            "Business friendliness",
            "Environmental management",
        ]
        .iter()
        .map(|title| criterion(title, "1", 10, Some(6)))
        .collect(),
        committee: vec![
            SeatSpec::new("Maria Santos", "government"),
            SeatSpec::new("Jose Reyes", "civil_society"),
        ],
        applicants: LGUS
            .iter()
            .map(|(name, region, scores, eligible)| ApplicantSpec {
                eligible: *eligible,
                // An ineligible application is not assigned for review.
                ..ApplicantSpec::new(
                    name,
                    region,
                    "5000",
                    if *eligible {
                        vec![scores.to_vec(), scores.to_vec()]
                    } else {
                        vec![]
                    },
                )
            })
            .collect(),
        seed: Some("seal-seed".into()),
    }
}

fn seal_modes() -> ModeInput {
    ModeInput {
        selection_mode: Some("benchmark".into()),
        benchmark: Some(BenchmarkInput {
            core: vec![1, 2, 3],
            others_needed: Some(1),
            levels: vec![],
        }),
        rolling: None,
    }
}

#[tokio::test]
async fn a_seal_call_recognises_exactly_the_lgus_meeting_every_core_area_and_one_essential_area() {
    let app = spawn_app().await;
    let (call, ids, token) = world(&app, "dilg@seal.example", &seal_spec(), seal_modes()).await;

    let shown = app
        .api("GET", &format!("/calls/{call}"), Some(&token), None)
        .await;
    assert_eq!(shown.status, 200, "{}", shown.body);
    assert_eq!(shown.body["selection_mode"], "benchmark");
    assert_eq!(shown.body["benchmark"]["core"], json!([1, 2, 3]));
    assert_eq!(shown.body["benchmark"]["others_needed"], 1);

    let results = decide(&app, call, &token).await;
    assert_eq!(results["selection_mode"], "benchmark");
    let recognised: Vec<usize> = (0..LGUS.len())
        .filter(|i| row(&results, ids[*i])["outcome"] == "selected")
        .collect();
    // Three recognised with two slots and a budget for one: no race between them.
    assert_eq!(recognised, [0, 1, 4]);
    assert_eq!(results["awarded"], "15000.000");
    for i in [0, 1, 4] {
        let r = row(&results, ids[i]);
        assert_eq!(r["reason"], "benchmark", "{}", LGUS[i].0);
        assert_eq!(r["meets_benchmark"], true);
        assert_eq!(r["awarded"], "5000.000");
    }
    assert_eq!(row(&results, ids[2])["reason"], "below_benchmark");
    assert_eq!(row(&results, ids[3])["reason"], "below_benchmark");
    assert_eq!(row(&results, ids[3])["meets_benchmark"], false);
    assert_eq!(row(&results, ids[5])["reason"], "ineligible");
    // Per criterion, what was met.
    let met = |i: usize| -> Vec<Value> {
        row(&results, ids[i])["scores"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["met"].clone())
            .collect()
    };
    assert_eq!(
        met(0),
        [true, true, true, true, false, false].map(Value::from)
    );
    assert_eq!(
        met(2),
        [false, true, true, true, true, true].map(Value::from)
    );
    assert_eq!(
        met(3),
        [true, true, true, false, false, false].map(Value::from)
    );
    // Every recognised LGU became a funded project.
    let projects = project::Entity::find()
        .filter(project::Column::CallId.eq(call))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(projects.len(), 3);
}

#[tokio::test]
async fn the_results_page_of_a_benchmark_call_shows_what_each_applicant_met() {
    let app = spawn_app().await;
    let (call, _, token) = world(&app, "dilg@page.example", &seal_spec(), seal_modes()).await;
    decide(&app, call, &token).await;

    let page = get(&new_client(), &app, &format!("/calls/{call}/results")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.shows(&[
        "Kind of call",
        "Benchmark: every application that meets it is recognised",
        "Selected: it meets the benchmark.",
        "Not selected: it does not meet the benchmark.",
    ]);
    let text = page.text();
    // Iloilo City's row: its six figures each with met or not met.
    let iloilo = text
        .split("Municipality of Iloilo City")
        .nth(1)
        .and_then(|rest| rest.split("Municipality of").next())
        .expect("Iloilo City's row");
    assert_eq!(iloilo.matches("not met").count(), 2, "{iloilo}");
    assert_eq!(iloilo.matches("met").count(), 6, "{iloilo}");
}

/// Four criteria of a local council award: governance (core) and three others, out of 10, pass mark 5. The
/// total is 2.5 times the sum.
const COUNCILS: [(&str, [i64; 4]); 6] = [
    // Governance only, total 12.5: Foundation, a recognition without money.
    ("Ashby", [5, 0, 0, 0]),
    // Total 60: Quality.
    ("Bourne", [8, 6, 6, 4]),
    // Total 90, all three others: Gold.
    ("Crewe", [9, 9, 9, 9]),
    // Total 77.5: Quality, short of Gold's 80.
    ("Dorking", [9, 9, 9, 4]),
    // Total 80 but two others of the three Gold needs: Quality.
    ("Ely", [10, 10, 10, 2]),
    // Governance below the mark: nothing, whatever the rest.
    ("Frome", [4, 10, 10, 10]),
];

#[tokio::test]
async fn a_three_level_award_gives_each_council_the_highest_level_it_meets() {
    let app = spawn_app().await;
    let spec = SelectionSpec {
        programme: "Local Council Award Scheme".into(),
        code: "LCAS".into(),
        total_budget: "5000".into(),
        min_award: "1000".into(),
        max_award: "5000".into(),
        max_awards: 1,
        min_reviews: 2,
        min_total_score: None,
        tie_break: vec![],
        quotas: vec![],
        criteria: [
            "Governance",
            "Community engagement",
            "Skills",
            "Improvement",
        ]
        .iter()
        .map(|title| criterion(title, "1", 10, Some(5)))
        .collect(),
        committee: vec![
            SeatSpec::new("Alice Hart", "government"),
            SeatSpec::new("Ben Cole", "civil_society"),
        ],
        applicants: COUNCILS
            .iter()
            .map(|(name, scores)| {
                ApplicantSpec::new(
                    name,
                    "TN-22",
                    "4000",
                    vec![scores.to_vec(), scores.to_vec()],
                )
            })
            .collect(),
        seed: Some("lcas-seed".into()),
    };
    let level =
        |name: &str, min_total: Option<&str>, others: Option<u32>, award: &str| LevelInput {
            name: name.into(),
            min_total: min_total.map(str::to_owned),
            others_needed: others,
            award: Some(award.into()),
        };
    let modes = ModeInput {
        selection_mode: Some("benchmark".into()),
        benchmark: Some(BenchmarkInput {
            core: vec![1],
            others_needed: Some(0),
            levels: vec![
                level("Foundation", None, None, "0"),
                level("Quality", Some("60"), None, "2500"),
                level("Gold", Some("80"), Some(3), "5000"),
            ],
        }),
        rolling: None,
    };
    let (call, ids, token) = world(&app, "nalc@lcas.example", &spec, modes).await;
    let results = decide(&app, call, &token).await;
    let levels: Vec<(Value, Value)> = ids
        .iter()
        .map(|id| {
            let r = row(&results, *id);
            (r["level"].clone(), r["awarded"].clone())
        })
        .collect();
    assert_eq!(
        levels,
        [
            (json!("Foundation"), json!("0.000")),
            (json!("Quality"), json!("2500.000")),
            (json!("Gold"), json!("5000.000")),
            (json!("Quality"), json!("2500.000")),
            (json!("Quality"), json!("2500.000")),
            (Value::Null, Value::Null),
        ]
    );
    assert_eq!(row(&results, ids[5])["reason"], "below_benchmark");
    assert_eq!(results["benchmark"]["levels"][2]["award"], "5000.000");

    // A recognition without money is a project with no tranches; the others are paid in tranches.
    let projects = project::Entity::find()
        .filter(project::Column::CallId.eq(call))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(projects.len(), 5);
    for p in projects {
        let tranches = tranche::Entity::find()
            .filter(tranche::Column::ProjectId.eq(p.id))
            .all(&app.db)
            .await
            .unwrap();
        if p.application_id == ids[0] {
            assert_eq!(p.awarded_minor, 0);
            assert!(tranches.is_empty());
        } else {
            assert!(!tranches.is_empty());
        }
    }

    // The results page names the levels.
    let page = get(&new_client(), &app, &format!("/calls/{call}/results")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.shows(&["Level", "Foundation", "Quality", "Gold"]);
}

#[tokio::test]
async fn the_selection_mode_is_set_through_the_scoring_settings_while_a_draft_and_frozen_once_open()
{
    let app = spawn_app().await;
    let (manager, token) = app
        .user_with_token("manager@modes.example", &[Role::Manager])
        .await;
    let programme = app.programme(&manager, "Modes", "TN", "TND").await;
    let draft = app.draft_call(&manager, &programme, "MOD").await;
    let call = draft.call.id;
    let path = format!("/calls/{call}/scoring");
    let shown = app
        .api("GET", &format!("/calls/{call}"), Some(&token), None)
        .await;
    // Every call is competitive unless a manager says otherwise.
    assert_eq!(shown.body["selection_mode"], "competitive");
    assert_eq!(shown.body["benchmark"], Value::Null);

    let unknown = app
        .api(
            "PUT",
            &path,
            Some(&token),
            Some(json!({
                "aggregation": "mean",
                "selection_mode": "benchmark",
                "benchmark": {"core": [9], "levels": [{"name": "Gold", "award": "-1"}]},
                "version": shown.body["version"],
            })),
        )
        .await;
    assert_eq!(unknown.problem(422), "/problems/validation");
    assert_eq!(
        unknown.error_fields(),
        ["benchmark.core", "benchmark.levels[0].award"]
    );

    let set = app
        .api(
            "PUT",
            &path,
            Some(&token),
            Some(json!({
                "aggregation": "mean",
                "selection_mode": "enrolment",
                "version": shown.body["version"],
            })),
        )
        .await;
    assert_eq!(set.status, 200, "{}", set.body);
    assert_eq!(set.body["selection_mode"], "enrolment");

    let opened = app
        .api(
            "POST",
            &format!("/calls/{call}/open"),
            Some(&token),
            Some(json!({ "version": set.body["version"] })),
        )
        .await;
    assert_eq!(opened.status, 200, "{}", opened.body);
    let frozen = app
        .api(
            "PUT",
            &path,
            Some(&token),
            Some(json!({
                "aggregation": "mean",
                "selection_mode": "competitive",
                "version": opened.body["version"],
            })),
        )
        .await;
    assert_eq!(frozen.problem(409), "/problems/conflict");
    // Leaving it out keeps it, so other settings still change.
    let kept = app
        .api(
            "PUT",
            &path,
            Some(&token),
            Some(json!({
                "aggregation": "mean",
                "disagreement_threshold": "30",
                "version": opened.body["version"],
            })),
        )
        .await;
    assert_eq!(kept.status, 200, "{}", kept.body);
    assert_eq!(kept.body["selection_mode"], "enrolment");
}

#[tokio::test]
async fn a_rolling_seal_recognises_each_lgu_on_its_own_as_it_is_decided() {
    let app = spawn_app().await;
    let mut modes = seal_modes();
    modes.rolling = Some(true);
    let (call, ids, token) = world(&app, "dilg@rolling.example", &seal_spec(), modes).await;
    let decide_one = |i: usize| {
        let app = &app;
        let token = token.clone();
        let id = ids[i];
        async move {
            let version = app
                .api("GET", &format!("/applications/{id}"), Some(&token), None)
                .await
                .body["version"]
                .clone();
            app.api(
                "POST",
                &format!("/applications/{id}/rolling-decision"),
                Some(&token),
                Some(json!({ "version": version })),
            )
            .await
        }
    };
    // A rolling call is decided one application at a time, never all at once.
    let board = app
        .api(
            "GET",
            &format!("/calls/{call}/selection"),
            Some(&token),
            None,
        )
        .await;
    let finalised = app
        .api(
            "POST",
            &format!("/calls/{call}/selection/finalise"),
            Some(&token),
            Some(json!({ "version": board.body["call_version"] })),
        )
        .await;
    assert_eq!(finalised.problem(409), "/problems/conflict");

    // Naga first: recognised, with its award, and public at once.
    let naga = decide_one(1).await;
    assert_eq!(naga.status, 200, "{}", naga.body);
    assert_eq!(naga.body["outcome"], "selected");
    assert_eq!(naga.body["reason"], "benchmark");
    assert_eq!(naga.body["awarded"], "5000.000");
    let public = app
        .api("GET", &format!("/calls/{call}/results"), None, None)
        .await;
    assert_eq!(public.status, 200, "{}", public.body);
    assert_eq!(public.body["rows"].as_array().unwrap().len(), 1);
    // Then the others, in any order: the same ones are recognised as when the call is decided at once.
    for i in [3, 0, 2, 4] {
        let decided = decide_one(i).await;
        assert_eq!(decided.status, 200, "{}: {}", LGUS[i].0, decided.body);
    }
    // Decided once; a screened-out one needs no decision (its screening told it why).
    assert_eq!(decide_one(1).await.problem(409), "/problems/conflict");
    assert_eq!(decide_one(5).await.problem(409), "/problems/conflict");
    let results = app
        .api("GET", &format!("/calls/{call}/results"), None, None)
        .await;
    let recognised: Vec<usize> = (0..5)
        .filter(|i| row(&results.body, ids[*i])["outcome"] == "selected")
        .collect();
    assert_eq!(recognised, [0, 1, 4]);
    assert_eq!(row(&results.body, ids[3])["reason"], "below_benchmark");
    assert_eq!(row(&results.body, ids[3])["meets_benchmark"], false);
    let projects = project::Entity::find()
        .filter(project::Column::CallId.eq(call))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(projects.len(), 3);

    // The public call page lists the recognised LGUs in the order they joined.
    let page = get(&new_client(), &app, &format!("/calls/{call}")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.shows(&[
        "Who has joined",
        "No deadline: open until the programme closes it",
    ]);
    let text = page.text();
    let (_, joined) = text
        .split_once("Who has joined")
        .expect("the joined section");
    let naga_at = joined.find("Municipality of Naga").expect("Naga listed");
    let iloilo_at = joined
        .find("Municipality of Iloilo City")
        .expect("Iloilo City listed");
    assert!(naga_at < iloilo_at, "{joined}");
    assert!(!joined.contains("Municipality of Tagum"), "{joined}");
}

#[tokio::test]
async fn only_benchmark_and_enrolment_calls_can_be_rolling_and_only_while_a_draft() {
    let app = spawn_app().await;
    let (manager, token) = app
        .user_with_token("dilg@draft.example", &[Role::Manager])
        .await;
    let programme = app.programme(&manager, "Seal", "PH", "PHP").await;
    let call = app.draft_call(&manager, &programme, "SEAL").await;
    let path = format!("/calls/{}/scoring", call.call.id);
    let competitive = app
        .api(
            "PUT",
            &path,
            Some(&token),
            Some(json!({"aggregation": "mean", "rolling": true, "version": call.call.version})),
        )
        .await;
    assert_eq!(competitive.error_fields(), ["rolling"]);
    let rolling = app
        .api(
            "PUT",
            &path,
            Some(&token),
            Some(
                json!({"aggregation": "mean", "selection_mode": "enrolment", "rolling": true,
                        "version": call.call.version}),
            ),
        )
        .await;
    assert_eq!(rolling.status, 200, "{}", rolling.body);
    assert_eq!(rolling.body["rolling"], true);
    let opened = app
        .api(
            "POST",
            &format!("/calls/{}/open", call.call.id),
            Some(&token),
            Some(json!({"version": rolling.body["version"]})),
        )
        .await;
    assert_eq!(opened.status, 200, "{}", opened.body);
    let frozen = app
        .api(
            "PUT",
            &path,
            Some(&token),
            Some(
                json!({"aggregation": "mean", "rolling": false, "version": opened.body["version"]}),
            ),
        )
        .await;
    assert_eq!(frozen.status, 409, "{}", frozen.body);
    // Open, with no deadline: the public list of open calls shows it.
    let open = app.api("GET", "/calls?phase=open", None, None).await;
    assert!(
        open.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["id"] == call.call.id.to_string()),
        "{}",
        open.body
    );
}
