//! Bad input gets a problem document and changes nothing.

use convoca_tests::{TEST_PASSWORD, spawn_app};
use domain::Role;
use serde_json::json;

fn sign_up_body(email: &str) -> serde_json::Value {
    json!({
        "organisation": {"name": "Ville de Sousse", "kind": "municipality", "country": "TN", "subdivision": "TN-51"},
        "name": "Leila",
        "email": email,
        "password": TEST_PASSWORD,
    })
}

#[tokio::test]
async fn a_malformed_body_is_a_400_problem_and_writes_nothing() {
    let app = spawn_app().await;
    let before = app.audit_count().await;
    let response = app
        .client
        .post(app.url("/api/v1/signup"))
        .header("content-type", "application/json")
        .body(r#"{"organisation": {"name": "#)
        .send()
        .await
        .unwrap();
    let response = convoca_tests::ApiResponse::read(response).await;
    assert_eq!(response.problem(400), "/problems/bad-request");
    assert!(response.body["detail"].as_str().unwrap().contains("parse"));
    assert_eq!(app.audit_count().await, before);
}

#[tokio::test]
async fn invalid_fields_are_a_422_problem_listing_every_field_and_write_nothing() {
    let app = spawn_app().await;
    let before = app.audit_count().await;
    let response = app
        .api(
            "POST",
            "/signup",
            None,
            Some(json!({
                "organisation": {"name": "", "kind": "castle", "country": "XX"},
                "name": "Leila",
                "email": "not-an-email",
                "password": "short",
            })),
        )
        .await;
    assert_eq!(response.problem(422), "/problems/validation");
    assert_eq!(
        response.error_fields(),
        [
            "organisation.name",
            "organisation.kind",
            "organisation.country",
            "email",
            "password"
        ]
    );
    assert_eq!(
        response.body["errors"][3]["message"],
        "This is not a valid email address."
    );
    assert_eq!(app.audit_count().await, before);
}

#[tokio::test]
async fn field_messages_follow_accept_language() {
    let app = spawn_app().await;
    let response = app
        .client
        .post(app.url("/api/v1/signup"))
        .header("accept-language", "es-AR,es;q=0.9")
        .json(&json!({
            "organisation": {"name": "Rosario", "kind": "municipality", "country": "AR"},
            "name": "Juan", "email": "juan@example.org", "password": "short",
        }))
        .send()
        .await
        .unwrap();
    let response = convoca_tests::ApiResponse::read(response).await;
    response.problem(422);
    let message = response.body["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("10"), "{message}");
    assert_ne!(message, "The password must have at least 10 characters.");
    assert_eq!(response.body["errors"][0]["code"], "error-password-short");
}

#[tokio::test]
async fn a_body_over_one_mebibyte_is_refused_with_413() {
    let app = spawn_app().await;
    let before = app.audit_count().await;
    let mut body = sign_up_body("big@example.org");
    body["name"] = json!("x".repeat(1024 * 1024 + 1));
    let response = app.api("POST", "/signup", None, Some(body.clone())).await;
    assert_eq!(response.problem(413), "/problems/payload-too-large");

    // Without a Content-Length (chunked), the limit holds too.
    let bytes = serde_json::to_vec(&body).unwrap();
    let stream = futures_stream(bytes);
    let response = app
        .client
        .post(app.url("/api/v1/signup"))
        .header("content-type", "application/json")
        .body(reqwest::Body::wrap_stream(stream))
        .send()
        .await
        .unwrap();
    let response = convoca_tests::ApiResponse::read(response).await;
    assert_eq!(response.problem(413), "/problems/payload-too-large");
    assert_eq!(app.audit_count().await, before);
}

fn futures_stream(
    bytes: Vec<u8>,
) -> impl futures_util::Stream<Item = Result<Vec<u8>, std::io::Error>> {
    futures_util::stream::iter(
        bytes
            .chunks(64 * 1024)
            .map(|chunk| Ok(chunk.to_vec()))
            .collect::<Vec<_>>(),
    )
}

#[tokio::test]
async fn an_unknown_path_is_a_404_problem() {
    let app = spawn_app().await;
    let response = app.api("GET", "/no-such-thing", None, None).await;
    assert_eq!(response.problem(404), "/problems/not-found");
}

#[tokio::test]
async fn a_bad_query_parameter_is_a_400_problem() {
    let app = spawn_app().await;
    let (_, token) = app.user_with_token("m@example.org", &[Role::Manager]).await;
    let response = app
        .api("GET", "/organisations?page=first", Some(&token), None)
        .await;
    assert_eq!(response.problem(400), "/problems/bad-request");
}

#[tokio::test]
async fn a_page_number_past_the_bound_is_a_400_problem_and_the_html_list_still_answers() {
    let app = spawn_app().await;
    let (_, token) = app.user_with_token("m@example.org", &[Role::Manager]).await;

    // Once a panic (the offset overflowed) answered by a plain-text 500.
    let huge = "page=9223372036854775809&limit=1";
    let public = app.api("GET", &format!("/calls?{huge}"), None, None).await;
    assert_eq!(public.problem(400), "/problems/bad-request");
    let listed = app
        .api("GET", &format!("/organisations?{huge}"), Some(&token), None)
        .await;
    assert_eq!(listed.problem(400), "/problems/bad-request");
    // The bound itself is a page like any other past the end: empty.
    let last = app
        .api("GET", "/calls?page=1000000&limit=200", None, None)
        .await;
    assert_eq!(last.status, 200, "{}", last.body);
    assert_eq!(last.body["items"], json!([]));

    let page = convoca_tests::html::get(&app.client, &app, &format!("/calls?{huge}")).await;
    assert_eq!(page.status, 200);
}

#[tokio::test]
async fn api_responses_and_problems_forbid_guessing_their_type() {
    let app = spawn_app().await;
    for path in [
        "/api/v1/calls",
        "/api/v1/no-such-thing",
        "/api/openapi.json",
        "/healthz",
    ] {
        let response = app
            .client
            .get(format!("{}{path}", app.address))
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.headers()["x-content-type-options"],
            "nosniff",
            "{path}"
        );
    }
}

#[tokio::test]
async fn a_missing_or_unknown_token_is_a_401_problem() {
    let app = spawn_app().await;
    let response = app.api("GET", "/me", None, None).await;
    assert_eq!(response.problem(401), "/problems/unauthenticated");
    let response = app.api("GET", "/me", Some("cvk_made_up"), None).await;
    assert_eq!(response.problem(401), "/problems/unauthenticated");
}

#[tokio::test]
async fn a_stale_version_is_a_409_problem_and_changes_nothing() {
    let app = spawn_app().await;
    let (_, token) = app
        .user_with_token("ana@example.org", &[Role::Reviewer])
        .await;
    let first = app
        .api(
            "PUT",
            "/me",
            Some(&token),
            Some(json!({"version": 1, "name": "Ana B."})),
        )
        .await;
    assert_eq!(first.status, 200);
    assert_eq!(first.body["version"], 2);
    let stale = app
        .api(
            "PUT",
            "/me",
            Some(&token),
            Some(json!({"version": 1, "name": "Ana C."})),
        )
        .await;
    assert_eq!(stale.problem(409), "/problems/stale-version");
    let me = app.api("GET", "/me", Some(&token), None).await;
    assert_eq!(me.body["user"]["name"], "Ana B.");
}

#[tokio::test]
async fn an_internal_error_is_opaque_and_quotes_the_request_id() {
    let app = spawn_app().await;
    let (_, token) = app.user_with_token("ops@example.org", &[Role::Admin]).await;
    app.db.clone().close().await.unwrap();
    let response = app.api("GET", "/me", Some(&token), None).await;
    assert_eq!(response.problem(500), "/problems/internal");
    let request_id = response.body["request_id"].as_str().unwrap();
    assert_eq!(response.headers["x-request-id"], request_id);
    let detail = response.body["detail"].as_str().unwrap();
    assert!(
        !detail.to_lowercase().contains("pool"),
        "no internals leak: {detail}"
    );
}
