//! The audit log records every change and is readable by admins and managers only.

use convoca_tests::spawn_app;
use domain::Role;
use sea_orm::ConnectionTrait;

#[tokio::test]
async fn sign_up_and_verification_are_audited_and_filterable_by_subject() {
    let app = spawn_app().await;
    let (organisation, _) = app
        .sign_up_municipality("Monastir", "staff@monastir.tn")
        .await;
    let (manager, token) = app
        .user_with_token("manager@example.org", &[Role::Manager])
        .await;
    app.api(
        "POST",
        &format!("/organisations/{}/verify", organisation.id),
        Some(&token),
        None,
    )
    .await;
    let entries = app
        .api(
            "GET",
            &format!(
                "/audit?subject_type=organisation&subject_id={}",
                organisation.id
            ),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(entries.status, 200, "{}", entries.body);
    let actions: Vec<_> = entries.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["organisation.verified", "organisation.signed_up"]);
    assert_eq!(entries.body["items"][0]["actor_id"], manager.id.to_string());

    let by_actor = app
        .api(
            "GET",
            &format!("/audit?actor_id={}", manager.id),
            Some(&token),
            None,
        )
        .await;
    assert!(
        by_actor.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["actor_id"] == manager.id.to_string())
    );
    let future = app
        .api(
            "GET",
            "/audit?from=2999-01-01T00:00:00Z",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(future.body["total"], 0);
}

#[tokio::test]
async fn the_audit_log_cannot_be_rewritten_even_in_sql() {
    let app = spawn_app().await;
    app.sign_up_municipality("Siliana", "staff@siliana.tn")
        .await;
    let update = app
        .db
        .execute_unprepared("UPDATE audit_log SET summary = 'nothing happened'")
        .await;
    assert!(update.is_err(), "updates are refused");
    let delete = app.db.execute_unprepared("DELETE FROM audit_log").await;
    assert!(delete.is_err(), "deletes are refused");
    assert!(app.audit_count().await > 0);
}
