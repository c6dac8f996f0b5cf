//! Accounts through the JSON API: sign-up, tokens, throttled sign-in, user administration, invitations and
//! the session cookie.

use convoca_tests::{TEST_PASSWORD, spawn_app};
use domain::Role;
use serde_json::json;

#[tokio::test]
async fn a_municipality_signs_up_and_its_first_user_sees_it_on_me() {
    let app = spawn_app().await;
    let signed_up = app
        .api(
            "POST",
            "/signup",
            None,
            Some(json!({
                "organisation": {"name": "Municipalité de La Marsa", "kind": "municipality",
                                  "country": "TN", "subdivision": "TN-11", "population": 92987},
                "name": "Amira", "email": "Amira@LaMarsa.tn", "password": TEST_PASSWORD,
            })),
        )
        .await;
    assert_eq!(signed_up.status, 201, "{}", signed_up.body);
    assert_eq!(signed_up.body["organisation"]["verified"], false);
    assert_eq!(signed_up.body["user"]["roles"], json!(["applicant"]));

    let token = app
        .api(
            "POST",
            "/auth/token",
            None,
            Some(json!({"email": "amira@lamarsa.tn", "password": TEST_PASSWORD, "name": "laptop"})),
        )
        .await;
    assert_eq!(token.status, 201, "{}", token.body);
    let secret = token.body["secret"].as_str().unwrap();
    let me = app.api("GET", "/me", Some(secret), None).await;
    assert_eq!(me.status, 200);
    assert_eq!(me.body["user"]["email"], "amira@lamarsa.tn");
    assert_eq!(me.body["organisation"]["name"], "Municipalité de La Marsa");
}

#[tokio::test]
async fn civil_society_cannot_sign_itself_up_as_a_local_government() {
    let app = spawn_app().await;
    let response = app
        .api(
            "POST",
            "/signup",
            None,
            Some(json!({
                "organisation": {"name": "Open Knowledge", "kind": "civil_society", "country": "DE"},
                "name": "Jan", "email": "jan@example.org", "password": TEST_PASSWORD,
            })),
        )
        .await;
    response.problem(422);
    assert_eq!(response.error_fields(), ["organisation.kind"]);
}

#[tokio::test]
async fn signing_up_twice_with_one_email_is_refused() {
    let app = spawn_app().await;
    app.sign_up_municipality("Sfax", "staff@sfax.tn").await;
    let response = app
        .api(
            "POST",
            "/signup",
            None,
            Some(json!({
                "organisation": {"name": "Sfax bis", "kind": "municipality", "country": "TN"},
                "name": "X", "email": "STAFF@sfax.tn", "password": TEST_PASSWORD,
            })),
        )
        .await;
    response.problem(422);
    assert_eq!(response.error_fields(), ["email"]);
}

#[tokio::test]
async fn a_user_creates_lists_and_revokes_their_tokens_and_a_revoked_token_gets_401() {
    let app = spawn_app().await;
    let (_, token) = app
        .user_with_token("rev@example.org", &[Role::Reviewer])
        .await;
    let created = app
        .api(
            "POST",
            "/me/tokens",
            Some(&token),
            Some(json!({"name": "script"})),
        )
        .await;
    assert_eq!(created.status, 201);
    let second = created.body["secret"].as_str().unwrap().to_owned();
    let id = created.body["token"]["id"].as_str().unwrap().to_owned();
    assert!(second.starts_with(created.body["token"]["prefix"].as_str().unwrap()));

    let listed = app.api("GET", "/me/tokens", Some(&token), None).await;
    assert_eq!(listed.body.as_array().unwrap().len(), 2);
    assert!(
        !listed.body.to_string().contains(&second),
        "secrets are never listed"
    );

    assert_eq!(app.api("GET", "/me", Some(&second), None).await.status, 200);
    let revoked = app
        .api(
            "POST",
            &format!("/me/tokens/{id}/revoke"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(revoked.status, 200);
    assert!(revoked.body["revoked_at"].is_string());
    let refused = app.api("GET", "/me", Some(&second), None).await;
    assert_eq!(refused.problem(401), "/problems/unauthenticated");
    assert_eq!(app.api("GET", "/me", Some(&token), None).await.status, 200);
}

#[tokio::test]
async fn nobody_can_revoke_someone_elses_token() {
    let app = spawn_app().await;
    let (owner, _) = app
        .user_with_token("owner@example.org", &[Role::Reviewer])
        .await;
    let (_, intruder) = app
        .user_with_token("intruder@example.org", &[Role::Admin])
        .await;
    let (victim, _) =
        domain::accounts::tokens::create(&app.db, &convoca_tests::TestApp::actor(&owner), "victim")
            .await
            .unwrap();
    let response = app
        .api(
            "POST",
            &format!("/me/tokens/{}/revoke", victim.id),
            Some(&intruder),
            None,
        )
        .await;
    response.problem(404);
}

#[tokio::test]
async fn repeated_failed_sign_ins_are_refused_with_429_for_a_while() {
    let app = spawn_app().await;
    app.create_user("target@example.org", &[Role::Manager], None)
        .await;
    let attempt = |password: &'static str| {
        app.api(
            "POST",
            "/auth/token",
            None,
            Some(json!({"email": "target@example.org", "password": password, "name": "x"})),
        )
    };
    for _ in 0..5 {
        attempt("wrong password!").await.problem(401);
    }
    let refused = attempt("wrong password!").await;
    assert_eq!(refused.problem(429), "/problems/rate-limited");
    let retry_after: u64 = refused.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry_after > 0 && retry_after <= 15 * 60);
    // Even the right password is refused until the window passes.
    attempt(TEST_PASSWORD).await.problem(429);
}

#[tokio::test]
async fn a_successful_sign_in_clears_the_failures_of_the_account() {
    let app = spawn_app().await;
    app.create_user("forgetful@example.org", &[Role::Reviewer], None)
        .await;
    let attempt = |password: &'static str| {
        app.api(
            "POST",
            "/auth/token",
            None,
            Some(json!({"email": "forgetful@example.org", "password": password, "name": "x"})),
        )
    };
    for _ in 0..4 {
        attempt("not my password").await.problem(401);
    }
    assert_eq!(attempt(TEST_PASSWORD).await.status, 201);
    for _ in 0..4 {
        attempt("not my password").await.problem(401);
    }
    assert_eq!(attempt(TEST_PASSWORD).await.status, 201);
}

#[tokio::test]
async fn an_admin_creates_a_user_and_changes_their_roles() {
    let app = spawn_app().await;
    let (_, admin) = app
        .user_with_token("admin@example.org", &[Role::Admin])
        .await;
    let created = app
        .api(
            "POST",
            "/users",
            Some(&admin),
            Some(
                json!({"email": "maria@agency.gob.ar", "name": "María", "password": TEST_PASSWORD,
                        "roles": ["manager"]}),
            ),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let id = created.body["id"].as_str().unwrap();
    let changed = app
        .api(
            "PUT",
            &format!("/users/{id}/roles"),
            Some(&admin),
            Some(json!({"version": 1, "roles": ["manager", "reviewer"]})),
        )
        .await;
    assert_eq!(changed.status, 200, "{}", changed.body);
    assert_eq!(changed.body["roles"], json!(["manager", "reviewer"]));
    let stale = app
        .api(
            "PUT",
            &format!("/users/{id}/roles"),
            Some(&admin),
            Some(json!({"version": 1, "roles": ["admin"]})),
        )
        .await;
    stale.problem(409);
    let unknown = app
        .api(
            "PUT",
            &format!("/users/{id}/roles"),
            Some(&admin),
            Some(json!({"version": 2, "roles": ["emperor"]})),
        )
        .await;
    unknown.problem(422);
    let listed = app
        .api("GET", "/users?role=reviewer", Some(&admin), None)
        .await;
    assert_eq!(listed.body["total"], 1);
    assert_eq!(listed.body["items"][0]["email"], "maria@agency.gob.ar");
}

#[tokio::test]
async fn an_admin_cannot_remove_their_own_admin_role() {
    let app = spawn_app().await;
    let (admin, token) = app
        .user_with_token("admin@example.org", &[Role::Admin])
        .await;
    let response = app
        .api(
            "PUT",
            &format!("/users/{}/roles", admin.id),
            Some(&token),
            Some(json!({"version": 1, "roles": ["manager"]})),
        )
        .await;
    response.problem(422);
    assert_eq!(response.error_fields(), ["roles"]);
}

#[tokio::test]
async fn a_deactivated_users_tokens_stop_working() {
    let app = spawn_app().await;
    let (_, admin) = app
        .user_with_token("admin@example.org", &[Role::Admin])
        .await;
    let (user, token) = app
        .user_with_token("leaver@example.org", &[Role::Reviewer])
        .await;
    let response = app
        .api(
            "POST",
            &format!("/users/{}/deactivate", user.id),
            Some(&admin),
            Some(json!({"version": 1})),
        )
        .await;
    assert_eq!(response.status, 200);
    assert_eq!(response.body["active"], false);
    app.api("GET", "/me", Some(&token), None).await.problem(401);
    app.api(
        "POST",
        &format!("/users/{}/activate", user.id),
        Some(&admin),
        Some(json!({"version": 2})),
    )
    .await;
    assert_eq!(app.api("GET", "/me", Some(&token), None).await.status, 200);
}

#[tokio::test]
async fn a_colleague_joins_an_organisation_by_invitation_once() {
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
    assert_eq!(invited.status, 201, "{}", invited.body);
    let secret = invited.body["secret"].as_str().unwrap();
    assert_eq!(
        invited.body["accept_path"],
        format!("/invitations/{secret}")
    );
    let preview = app
        .api("GET", &format!("/invitations/{secret}"), None, None)
        .await;
    assert_eq!(preview.body["organisation_name"], "Bizerte");
    let accept = json!({"name": "Clerk", "password": TEST_PASSWORD});
    let accepted = app
        .api(
            "POST",
            &format!("/invitations/{secret}/accept"),
            None,
            Some(accept.clone()),
        )
        .await;
    assert_eq!(accepted.status, 201, "{}", accepted.body);
    assert_eq!(
        accepted.body["organisation_id"],
        organisation.id.to_string()
    );
    let again = app
        .api(
            "POST",
            &format!("/invitations/{secret}/accept"),
            None,
            Some(accept),
        )
        .await;
    again.problem(404);
    let members = app
        .api(
            "GET",
            &format!("/organisations/{}/members", organisation.id),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(members.body.as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn an_outsider_cannot_invite_into_another_organisation() {
    let app = spawn_app().await;
    let (organisation, _) = app.sign_up_municipality("Gabès", "staff@gabes.tn").await;
    let (_, other) = app.sign_up_municipality("Tozeur", "staff@tozeur.tn").await;
    let token = app.token_for(&other).await;
    let response = app
        .api(
            "POST",
            &format!("/organisations/{}/invitations", organisation.id),
            Some(&token),
            Some(json!({"email": "spy@example.org"})),
        )
        .await;
    response.problem(404);
}

#[tokio::test]
async fn the_session_cookie_authenticates_reads_but_writes_need_the_csrf_header() {
    let app = spawn_app().await;
    let user = app
        .create_user("web@example.org", &[Role::Reviewer], None)
        .await;
    let session = domain::accounts::login::sign_in(
        &app.db,
        &convoca_tests::test_login_policy(),
        &user.email,
        TEST_PASSWORD,
        None,
    )
    .await
    .unwrap();
    let cookie = format!("{}={}", ::web::SESSION_COOKIE, session.token);
    let client = convoca_tests::new_client();
    let me = client
        .get(app.url("/api/v1/me"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), 200);

    let without = client
        .post(app.url("/api/v1/me/tokens"))
        .header("cookie", &cookie)
        .json(&json!({"name": "from the browser"}))
        .send()
        .await
        .unwrap();
    let without = convoca_tests::ApiResponse::read(without).await;
    assert_eq!(without.problem(403), "/problems/forbidden");
    assert!(
        without.body["detail"]
            .as_str()
            .unwrap()
            .contains("X-CSRF-Token")
    );

    let with = client
        .post(app.url("/api/v1/me/tokens"))
        .header("cookie", &cookie)
        .header(::web::CSRF_HEADER, &session.csrf_token)
        .json(&json!({"name": "from the browser"}))
        .send()
        .await
        .unwrap();
    assert_eq!(with.status(), 201);
}

#[tokio::test]
async fn many_failed_sign_ins_from_one_address_are_refused_whatever_the_account() {
    let app = spawn_app().await;
    app.create_user("real@example.org", &[Role::Manager], None)
        .await;
    for i in 0..20 {
        app.api(
            "POST",
            "/auth/token",
            None,
            Some(json!({"email": format!("guess{i}@example.org"), "password": "guess guess", "name": "x"})),
        )
        .await
        .problem(401);
    }
    let refused = app
        .api(
            "POST",
            "/auth/token",
            None,
            Some(json!({"email": "real@example.org", "password": TEST_PASSWORD, "name": "x"})),
        )
        .await;
    assert_eq!(refused.problem(429), "/problems/rate-limited");
}
