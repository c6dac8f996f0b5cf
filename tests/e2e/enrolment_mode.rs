//! Enrolment calls: no committee scoring; every application screened eligible is admitted when the call is
//! decided, whatever the budget and slots, and the screened-ineligible ones are not.

use convoca_tests::selection::{ApplicantSpec, SeatSpec, SelectionSpec, criterion};
use convoca_tests::spawn_app;
use domain::Role;
use domain::selection::decisions::ModeInput;
use serde_json::json;

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
