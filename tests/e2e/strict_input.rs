//! Strict input and a truthful spec (issue 14, findings 2 and 3): the API reads JSON as the OpenAPI document
//! describes it, no more leniently, and the document describes what the API really answers.

use convoca_tests::{ApiResponse, TEST_PASSWORD, TestApp, spawn_app};
use domain::Role;
use serde_json::{Value, json};

fn call_body(programme_id: uuid::Uuid) -> Value {
    let now = chrono::Utc::now();
    json!({
        "programme_id": programme_id,
        "code": "TUN", "title": "Municipal pilots", "description": "First line.\nSecond line.\tTabbed.",
        "opens_at": (now - chrono::Duration::hours(1)).to_rfc3339(),
        "closes_at": (now + chrono::Duration::days(45)).to_rfc3339(),
        "time_zone": "Africa/Tunis", "total_budget": "500000.000", "min_award": "10000",
        "max_award": "50000", "max_awards": 10, "min_reviews": 2,
    })
}

async fn manager_with_programme(app: &TestApp) -> (String, uuid::Uuid) {
    let (manager, token) = app
        .user_with_token("manager@example.org", &[Role::Manager])
        .await;
    let programme = app.programme(&manager, "OGP Local", "TN", "TND").await;
    (token, programme.id)
}

async fn calls_listed(app: &TestApp, token: &str) -> Value {
    app.api("GET", "/calls", Some(token), None).await.body["total"].clone()
}

fn with(mut body: Value, field: &str, value: Value) -> Value {
    body[field] = value;
    body
}

#[tokio::test]
async fn numbers_and_booleans_are_not_read_as_text_and_nothing_is_stored() {
    let app = spawn_app().await;
    let (token, programme_id) = manager_with_programme(&app).await;
    let before = app.audit_count().await;
    for title in [
        json!(12),
        json!(true),
        json!(["Pilots"]),
        json!({"en": "Pilots"}),
    ] {
        let body = with(call_body(programme_id), "title", title.clone());
        let response = app.api("POST", "/calls", Some(&token), Some(body)).await;
        assert_eq!(response.problem(400), "/problems/bad-request", "{title}");
        assert!(
            response.body["detail"]
                .as_str()
                .unwrap()
                .contains("body.title"),
            "{}",
            response.body
        );
    }
    assert_eq!(calls_listed(&app, &token).await, 0);
    assert_eq!(app.audit_count().await, before);
}

#[tokio::test]
async fn a_numeric_password_does_not_accept_an_invitation() {
    let app = spawn_app().await;
    let (organisation, user) = app
        .sign_up_municipality("Bizerte", "mayor@bizerte.tn")
        .await;
    let token = app.token_for(&user).await;
    let invited = app
        .api(
            "POST",
            &format!("/organisations/{}/invitations", organisation.id),
            Some(&token),
            Some(json!({"email": "clerk@bizerte.tn"})),
        )
        .await;
    let secret = invited.body["secret"].as_str().unwrap();
    let accept = format!("/invitations/{secret}/accept");
    let numeric = json!({"name": "Clerk", "password": 12_345_678_901_234_u64});
    let refused = app.api("POST", &accept, None, Some(numeric)).await;
    assert_eq!(refused.problem(400), "/problems/bad-request");
    // The invitation is still open: the same colleague can accept it properly.
    let accepted = app
        .api(
            "POST",
            &accept,
            None,
            Some(json!({"name": "Clerk", "password": TEST_PASSWORD})),
        )
        .await;
    assert_eq!(accepted.status, 201, "{}", accepted.body);
}

#[tokio::test]
async fn null_is_refused_where_the_schema_does_not_allow_it() {
    let app = spawn_app().await;
    let (manager, _) = app.user_with_token("m@example.org", &[Role::Manager]).await;
    let programme = app.programme(&manager, "OGP Local", "TN", "TND").await;
    let call = app.open_call(&manager, &programme, "TUN", &[], &[]).await;
    let (_, applicant) = app.sign_up_municipality("Sousse", "mayor@sousse.tn").await;
    let applicant = app.token_for(&applicant).await;
    let started = app
        .api(
            "POST",
            &format!("/calls/{}/applications", call.call.id),
            Some(&applicant),
            None,
        )
        .await;
    assert_eq!(started.status, 201, "{}", started.body);
    let path = format!("/applications/{}", started.body["id"].as_str().unwrap());
    let draft = |budget_lines: Value| {
        json!({
            "version": started.body["version"], "title": "Open budget",
            "budget_lines": budget_lines,
        })
    };

    // Once stored as an empty list.
    let refused = app
        .api("PUT", &path, Some(&applicant), Some(draft(Value::Null)))
        .await;
    assert_eq!(refused.problem(400), "/problems/bad-request");
    assert!(refused.body["detail"].as_str().unwrap().contains("null"));
    let unchanged = app.api("GET", &path, Some(&applicant), None).await;
    assert_eq!(unchanged.body["version"], started.body["version"]);

    // A required field may not be null either; an optional one may, meaning "not given".
    let required_null = app
        .api(
            "PUT",
            &path,
            Some(&applicant),
            Some(json!({"version": null, "title": "Open budget"})),
        )
        .await;
    assert_eq!(required_null.problem(400), "/problems/bad-request");
    let saved = app
        .api("PUT", &path, Some(&applicant), Some(draft(json!([]))))
        .await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    let (_, manager_token) = app
        .user_with_token("m2@example.org", &[Role::Manager])
        .await;
    let organisation = app
        .api(
            "POST",
            "/organisations",
            Some(&manager_token),
            Some(json!({
                "name": "Association Al Bawsala", "kind": "civil_society", "country": "TN",
                "subdivision": null, "population": null, "official_code": null,
            })),
        )
        .await;
    assert_eq!(organisation.status, 201, "{}", organisation.body);
}

#[tokio::test]
async fn amounts_are_plain_decimals_only() {
    let app = spawn_app().await;
    let (token, programme_id) = manager_with_programme(&app).await;
    for loose in ["1e9", "+5", " 10 ", "10 ", "1_000", ".5", "0x10", "-100"] {
        let body = with(call_body(programme_id), "total_budget", json!(loose));
        let response = app.api("POST", "/calls", Some(&token), Some(body)).await;
        assert_eq!(response.problem(422), "/problems/validation", "{loose:?}");
        assert_eq!(response.error_fields(), ["total_budget"], "{loose:?}");
    }
    assert_eq!(calls_listed(&app, &token).await, 0);
    let body = with(call_body(programme_id), "total_budget", json!("500000.5"));
    let created = app.api("POST", "/calls", Some(&token), Some(body)).await;
    assert_eq!(created.status, 201, "{}", created.body);
    assert_eq!(created.body["total_budget"], "500000.500");
}

#[tokio::test]
async fn numbers_and_lengths_past_their_bounds_are_refused_and_the_spec_states_them() {
    let app = spawn_app().await;
    let (token, programme_id) = manager_with_programme(&app).await;
    let too_far = [
        ("max_awards", json!(2_147_483_647)),
        ("min_reviews", json!(1_000_000)),
        ("min_reviews", json!(51)),
        ("title", json!("x".repeat(201))),
        ("tie_break", json!(vec![1; 51])),
    ];
    for (field, value) in too_far {
        let body = with(call_body(programme_id), field, value);
        let response = app.api("POST", "/calls", Some(&token), Some(body)).await;
        assert_eq!(response.problem(400), "/problems/bad-request", "{field}");
    }
    assert_eq!(calls_listed(&app, &token).await, 0);
    let at_bounds = with(
        with(call_body(programme_id), "max_awards", json!(10_000)),
        "min_reviews",
        json!(50),
    );
    let created = app
        .api("POST", "/calls", Some(&token), Some(at_bounds))
        .await;
    assert_eq!(created.status, 201, "{}", created.body);

    let spec: Value = serde_json::from_str(&api::openapi_json()).unwrap();
    let details = &spec["components"]["schemas"]["CreateCallIn"]["properties"];
    assert_eq!(details["max_awards"]["maximum"], 10_000.0);
    assert_eq!(details["min_reviews"]["maximum"], 50.0);
    assert_eq!(details["title"]["maxLength"], 200);
    let limit = spec["paths"]["/calls"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "limit")
        .unwrap();
    assert_eq!(limit["schema"]["maximum"], 200.0);
    let beyond = app.api("GET", "/calls?limit=201", None, None).await;
    assert_eq!(beyond.problem(400), "/problems/bad-request");
}

#[tokio::test]
async fn control_characters_are_refused_except_line_breaks_and_tabs_in_multi_line_text() {
    let app = spawn_app().await;
    let (token, programme_id) = manager_with_programme(&app).await;
    let refused = [
        ("title", "Municipal\u{0}pilots"),
        ("title", "Municipal\npilots"),
        ("title", "Municipal\u{1b}[31mpilots"),
        ("description", "First line.\u{0}"),
        ("description", "Bell\u{7}"),
    ];
    for (field, text) in refused {
        let body = with(call_body(programme_id), field, json!(text));
        let response = app.api("POST", "/calls", Some(&token), Some(body)).await;
        assert_eq!(response.problem(400), "/problems/bad-request", "{text:?}");
        assert!(
            response.body["detail"]
                .as_str()
                .unwrap()
                .contains("control characters"),
            "{}",
            response.body
        );
    }
    assert_eq!(calls_listed(&app, &token).await, 0);
    let created = app
        .api(
            "POST",
            "/calls",
            Some(&token),
            Some(call_body(programme_id)),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    assert_eq!(
        created.body["description"],
        "First line.\nSecond line.\tTabbed."
    );
}

#[tokio::test]
async fn a_body_of_another_media_type_is_a_documented_415_problem() {
    let app = spawn_app().await;
    let (token, programme_id) = manager_with_programme(&app).await;
    let response = app
        .client
        .post(app.url("/api/v1/calls"))
        .bearer_auth(&token)
        .header("content-type", "text/plain")
        .body(call_body(programme_id).to_string())
        .send()
        .await
        .unwrap();
    let response = ApiResponse::read(response).await;
    assert_eq!(response.problem(415), "/problems/unsupported-media-type");

    let spec: Value = serde_json::from_str(&api::openapi_json()).unwrap();
    for (path, operations) in spec["paths"].as_object().unwrap() {
        for (method, operation) in operations.as_object().unwrap() {
            if operation.get("requestBody").is_some() {
                assert!(
                    operation["responses"].get("415").is_some(),
                    "{method} {path} does not document 415"
                );
            }
        }
    }
}

#[tokio::test]
async fn a_405_says_which_methods_are_allowed() {
    let app = spawn_app().await;
    let response = app
        .client
        .delete(app.url("/api/v1/calls"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 405);
    let allow = response.headers()["allow"].to_str().unwrap().to_owned();
    let mut methods: Vec<&str> = allow.split(", ").collect();
    methods.sort_unstable();
    assert_eq!(methods, ["GET", "HEAD", "POST"]);
    let response = ApiResponse::read(response).await;
    assert_eq!(response.problem(405), "/problems/method-not-allowed");

    let id = uuid::Uuid::now_v7();
    let response = app
        .client
        .patch(app.url(&format!("/api/v1/calls/{id}/open")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 405);
    assert_eq!(response.headers()["allow"], "POST");
}

#[test]
fn the_spec_says_what_may_be_null_or_absent() {
    let spec: Value = serde_json::from_str(&api::openapi_json()).unwrap();
    let schemas = &spec["components"]["schemas"];
    let problem = &schemas["Problem"];
    let required: Vec<&str> = problem["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap())
        .collect();
    assert!(!required.contains(&"errors"), "errors is absent when empty");
    for (schema, field) in [
        ("CallOut", "cloned_from"),
        ("CriterionOut", "min_score"),
        ("TrancheOut", "milestone_position"),
        ("TokenOut", "last_used_at"),
        ("UserOut", "organisation_id"),
        ("Problem", "detail"),
    ] {
        assert_eq!(
            schemas[schema]["properties"][field]["nullable"], true,
            "{schema}.{field}"
        );
    }
    // A list with a default refuses null; a required field is never null.
    assert!(
        schemas["ApplicationIn"]["properties"]["budget_lines"]
            .get("nullable")
            .is_none()
    );
    assert!(
        schemas["UserOut"]["properties"]["email"]
            .get("nullable")
            .is_none()
    );
}
