//! The server as a whole: health checks, the OpenAPI document, the interactive docs, request ids.

use convoca_tests::spawn_app;

#[tokio::test]
async fn health_and_readiness_answer_ok() {
    let app = spawn_app().await;
    for path in ["/healthz", "/readyz"] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
    }
}

#[tokio::test]
async fn readiness_fails_when_the_database_is_gone() {
    let app = spawn_app().await;
    app.db.clone().close().await.unwrap();
    let response = app.client.get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(response.status(), 503);
    let response = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(response.status(), 200, "the process is still up");
}

#[tokio::test]
async fn the_openapi_document_is_served_and_names_every_capability() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(app.url("/api/openapi.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let spec: serde_json::Value = response.json().await.unwrap();
    assert!(spec["openapi"].as_str().unwrap().starts_with("3."));
    for path in [
        "/signup",
        "/auth/token",
        "/me",
        "/me/tokens",
        "/users",
        "/organisations",
        "/organisations/{id}/verify",
        "/audit",
    ] {
        assert!(spec["paths"][path].is_object(), "{path} is documented");
    }
    let schemes = &spec["components"]["securitySchemes"];
    assert!(schemes.as_object().unwrap().len() >= 2, "bearer and cookie");
}

#[tokio::test]
async fn the_interactive_docs_render() {
    let app = spawn_app().await;
    let response = app.client.get(app.url("/api/docs")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    assert!(html.contains("<html") && html.contains("openapi"), "{html}");
}

#[tokio::test]
async fn every_response_carries_a_request_id() {
    let app = spawn_app().await;
    let response = app.client.get(app.url("/healthz")).send().await.unwrap();
    let id = response.headers()["x-request-id"].to_str().unwrap();
    assert!(uuid::Uuid::parse_str(id).is_ok());
}
