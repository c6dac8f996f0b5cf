//! Organisations through the JSON API: listing and verification by managers, editing by members.

use convoca_tests::spawn_app;
use domain::Role;
use serde_json::json;

#[tokio::test]
async fn a_manager_lists_unverified_municipalities_and_verifies_one() {
    let app = spawn_app().await;
    let (la_marsa, _) = app.sign_up_municipality("La Marsa", "a@lamarsa.tn").await;
    app.sign_up_municipality("Ariana", "a@ariana.tn").await;
    let (_, manager) = app
        .user_with_token("manager@example.org", &[Role::Manager])
        .await;

    let unverified = app
        .api("GET", "/organisations?verified=false", Some(&manager), None)
        .await;
    assert_eq!(unverified.body["total"], 2);
    assert_eq!(unverified.body["items"][0]["name"], "Ariana");

    let verified = app
        .api(
            "POST",
            &format!("/organisations/{}/verify", la_marsa.id),
            Some(&manager),
            None,
        )
        .await;
    assert_eq!(verified.status, 200);
    assert_eq!(verified.body["verified"], true);

    let still_unverified = app
        .api("GET", "/organisations?verified=false", Some(&manager), None)
        .await;
    assert_eq!(still_unverified.body["total"], 1);
    let searched = app
        .api("GET", "/organisations?q=marsa", Some(&manager), None)
        .await;
    assert_eq!(searched.body["total"], 1);
}

#[tokio::test]
async fn a_manager_registers_a_civil_society_partner() {
    let app = spawn_app().await;
    let (_, manager) = app
        .user_with_token("manager@example.org", &[Role::Manager])
        .await;
    let created = app
        .api(
            "POST",
            "/organisations",
            Some(&manager),
            Some(
                json!({"name": "Code for Germany", "kind": "civil_society", "country": "DE",
                        "subdivision": "DE-BE"}),
            ),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    assert_eq!(created.body["kind"], "civil_society");
    let bad = app
        .api(
            "POST",
            "/organisations",
            Some(&manager),
            Some(json!({"name": "X", "kind": "municipality", "country": "DE", "subdivision": "TN-11"})),
        )
        .await;
    bad.problem(422);
    assert_eq!(bad.error_fields(), ["subdivision"]);
}

#[tokio::test]
async fn members_edit_their_organisation_with_its_version() {
    let app = spawn_app().await;
    let (organisation, user) = app.sign_up_municipality("Nabeul", "staff@nabeul.tn").await;
    let token = app.token_for(&user).await;
    let path = format!("/organisations/{}", organisation.id);
    let body = |version: i32, population: i64| {
        json!({"version": version, "name": "Commune de Nabeul", "kind": "municipality",
               "country": "TN", "subdivision": "TN-21", "population": population})
    };
    let updated = app
        .api("PUT", &path, Some(&token), Some(body(1, 73_128)))
        .await;
    assert_eq!(updated.status, 200, "{}", updated.body);
    assert_eq!(updated.body["version"], 2);
    assert_eq!(updated.body["population"], 73_128);
    app.api("PUT", &path, Some(&token), Some(body(1, 1)))
        .await
        .problem(409);
}

#[tokio::test]
async fn one_municipality_cannot_see_or_edit_another() {
    let app = spawn_app().await;
    let (kairouan, _) = app
        .sign_up_municipality("Kairouan", "staff@kairouan.tn")
        .await;
    let (_, other) = app.sign_up_municipality("Mahdia", "staff@mahdia.tn").await;
    let token = app.token_for(&other).await;
    let path = format!("/organisations/{}", kairouan.id);
    app.api("GET", &path, Some(&token), None).await.problem(404);
    app.api(
        "PUT",
        &path,
        Some(&token),
        Some(json!({"version": 1, "name": "Hijacked", "kind": "municipality", "country": "TN"})),
    )
    .await
    .problem(404);
}

#[tokio::test]
async fn an_unknown_parent_is_a_field_error_when_editing_too() {
    // Found by fuzzing: the edit did not check the parent and the database's refusal came back as a 500.
    let app = spawn_app().await;
    let (organisation, user) = app.sign_up_municipality("Sfax", "mayor@sfax.tn").await;
    let token = app.token_for(&user).await;
    let response = app
        .api(
            "PUT",
            &format!("/organisations/{}", organisation.id),
            Some(&token),
            Some(json!({
                "version": organisation.version, "name": "Sfax", "kind": "municipality",
                "country": "TN", "parent_id": uuid::Uuid::now_v7(),
            })),
        )
        .await;
    assert_eq!(response.problem(422), "/problems/validation");
    assert_eq!(response.error_fields(), ["parent_id"]);
}
