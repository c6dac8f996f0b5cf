//! Selection committees through the JSON API: members with sectors and roles, the parity rule that gates
//! `start-review`, minimum shares, and who may see the committee when.

use convoca_tests::{TestApp, spawn_app};
use domain::Role;
use domain::accounts::User;
use serde_json::{Value, json};
use uuid::Uuid;

async fn closed_call(app: &TestApp, manager: &User) -> domain::calls::service::CallView {
    let programme = app
        .programme(manager, "OGP Local Tunisia", "TN", "TND")
        .await;
    let call = app.open_call(manager, &programme, "TUN", &[], &[]).await;
    domain::calls::service::act(
        &app.db,
        &TestApp::actor(manager),
        call.call.id,
        call.call.version,
        domain::calls::CallAction::Close,
    )
    .await
    .unwrap()
}

async fn start_review(app: &TestApp, token: &str, call_id: Uuid) -> convoca_tests::ApiResponse {
    let version = domain::calls::service::get(&app.db, None, call_id)
        .await
        .unwrap()
        .call
        .version;
    app.api(
        "POST",
        &format!("/calls/{call_id}/start-review"),
        Some(token),
        Some(json!({"version": version})),
    )
    .await
}

#[tokio::test]
async fn a_three_and_three_tunisian_committee_passes_parity_and_four_and_two_is_refused() {
    let app = spawn_app().await;
    let (manager, token) = app
        .user_with_token("manager@programme.example", &[Role::Manager])
        .await;
    let balanced = closed_call(&app, &manager).await;
    app.seat_committee(&manager, balanced.call.id, 3, 3, &[])
        .await;
    let shown = app
        .api(
            "GET",
            &format!("/calls/{}/committee", balanced.call.id),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(shown.status, 200, "{}", shown.body);
    assert_eq!(shown.body["composition_ok"], true);
    assert_eq!(shown.body["members"].as_array().unwrap().len(), 6);
    assert_eq!(shown.body["members"][0]["role"], "chair");
    let started = start_review(&app, &token, balanced.call.id).await;
    assert_eq!(started.status, 200, "{}", started.body);
    assert_eq!(started.body["state"], "reviewing");

    let lopsided = closed_call(&app, &manager).await;
    app.seat_committee(&manager, lopsided.call.id, 4, 2, &[])
        .await;
    let refused = start_review(&app, &token, lopsided.call.id).await;
    assert_eq!(refused.problem(422), "/problems/validation");
    assert_eq!(refused.error_fields(), ["committee"]);
    let message = refused.body["errors"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("4 from civil society and 2 from government"),
        "{message}"
    );
    let still = app
        .api("GET", &format!("/calls/{}", lopsided.call.id), None, None)
        .await;
    assert_eq!(still.body["state"], "closed");

    // An observer from government does not restore parity; a voting member does.
    let observer = app
        .create_user("observer@committee.example", &[Role::Reviewer], None)
        .await;
    let added = app
        .api(
            "POST",
            &format!("/calls/{}/committee/members", lopsided.call.id),
            Some(&token),
            Some(json!({"user_id": observer.id, "sector": "government", "role": "observer"})),
        )
        .await;
    assert_eq!(added.body["composition_ok"], false, "{}", added.body);
    let voter = app
        .create_user("voter@committee.example", &[Role::Reviewer], None)
        .await;
    let added = app
        .api(
            "POST",
            &format!("/calls/{}/committee/members", lopsided.call.id),
            Some(&token),
            Some(json!({"user_id": voter.id, "sector": "government", "role": "member"})),
        )
        .await;
    assert_eq!(added.body["composition_ok"], false);
    let voter2 = app
        .create_user("voter2@committee.example", &[Role::Reviewer], None)
        .await;
    let added = app
        .api(
            "POST",
            &format!("/calls/{}/committee/members", lopsided.call.id),
            Some(&token),
            Some(json!({"user_id": voter2.id, "sector": "government", "role": "member"})),
        )
        .await;
    assert_eq!(
        added.body["composition_ok"], true,
        "{}",
        added.body["problems"]
    );
}

#[tokio::test]
async fn a_minimum_share_rule_replaces_parity_and_is_checked_at_start_review() {
    let app = spawn_app().await;
    let (manager, token) = app
        .user_with_token("manager@programme.example", &[Role::Manager])
        .await;
    let call = closed_call(&app, &manager).await;
    app.seat_committee(&manager, call.call.id, 1, 3, &[]).await;
    let path = format!("/calls/{}/committee/rule", call.call.id);
    let shares = json!({"type": "minimum_shares", "shares": [{"sector": "civil_society", "min_percent": "40"}]});
    let stale = app
        .api(
            "PUT",
            &path,
            Some(&token),
            Some(json!({"version": 1, "rule": shares})),
        )
        .await;
    assert_eq!(stale.problem(409), "/problems/stale-version");
    let version = app
        .api(
            "GET",
            &format!("/calls/{}/committee", call.call.id),
            Some(&token),
            None,
        )
        .await
        .body["version"]
        .clone();
    let set = app
        .api(
            "PUT",
            &path,
            Some(&token),
            Some(json!({"version": version, "rule": shares})),
        )
        .await;
    assert_eq!(set.status, 200, "{}", set.body);
    assert_eq!(set.body["rule"]["type"], "minimum_shares");
    assert_eq!(set.body["composition_ok"], false);
    assert!(
        set.body["problems"][0]
            .as_str()
            .unwrap()
            .contains("1 of 4 voting members")
    );
    assert_eq!(start_review(&app, &token, call.call.id).await.status, 422);

    let bad = app
        .api(
            "PUT",
            &path,
            Some(&token),
            Some(
                json!({"version": set.body["version"], "rule": {"type": "minimum_shares",
                "shares": [{"sector": "clergy", "min_percent": "x"}]}}),
            ),
        )
        .await;
    assert_eq!(
        bad.error_fields(),
        ["rule.shares[0].sector", "rule.shares[0].min_percent"]
    );
    let parity = app
        .api(
            "PUT",
            &path,
            Some(&token),
            Some(json!({"version": set.body["version"], "rule": {"type": "parity"}})),
        )
        .await;
    assert_eq!(parity.body["rule"]["type"], "parity");
}

#[tokio::test]
async fn only_reviewers_sit_once_and_the_public_sees_the_committee_only_once_reviewing_starts() {
    let app = spawn_app().await;
    let (manager, token) = app
        .user_with_token("manager@programme.example", &[Role::Manager])
        .await;
    let call = closed_call(&app, &manager).await;
    let members = app.seat_committee(&manager, call.call.id, 1, 1, &[]).await;
    let path = format!("/calls/{}/committee", call.call.id);

    let applicant = app
        .create_user("applicant@town.example", &[Role::Applicant], None)
        .await;
    let not_reviewer = app
        .api(
            "POST",
            &format!("{path}/members"),
            Some(&token),
            Some(json!({"user_id": applicant.id, "sector": "government", "role": "member"})),
        )
        .await;
    assert_eq!(not_reviewer.error_fields(), ["user_id"]);
    let twice = app
        .api(
            "POST",
            &format!("{path}/members"),
            Some(&token),
            Some(json!({"user_id": members[0].id, "sector": "academia", "role": "member"})),
        )
        .await;
    assert_eq!(twice.problem(409), "/problems/conflict");
    let unknown_sector = app
        .api(
            "POST",
            &format!("{path}/members"),
            Some(&token),
            Some(json!({"user_id": members[0].id, "sector": "clergy", "role": "pope"})),
        )
        .await;
    assert_eq!(unknown_sector.error_fields(), ["sector", "role"]);

    assert_eq!(
        app.api("GET", &path, None, None).await.problem(404),
        "/problems/not-found"
    );
    let member_token = app.token_for(&members[1]).await;
    assert_eq!(
        app.api("GET", &path, Some(&member_token), None)
            .await
            .status,
        200
    );

    assert_eq!(start_review(&app, &token, call.call.id).await.status, 200);
    let public = app.api("GET", &path, None, None).await;
    assert_eq!(public.status, 200);
    let names: Vec<&Value> = public.body["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| &m["name"])
        .collect();
    assert_eq!(names.len(), 2);
    assert!(public.body["members"][0].get("email").is_none());

    let removed = app
        .api(
            "DELETE",
            &format!("{path}/members/{}", members[1].id),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(removed.body["members"].as_array().unwrap().len(), 1);
    assert_eq!(removed.body["composition_ok"], false);
}
