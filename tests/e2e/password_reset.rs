//! "Forgot your password?": asking for a link answers alike for every address and mails only real
//! accounts; a link sets a new password once, within the hour, and ends the account's sessions; asking is
//! throttled like signing in. In the browser and through the JSON API.

use chrono::{Duration, SubsecRound, Utc};
use convoca_tests::html::{Page, get, log_in, log_in_status, post, submit};
use convoca_tests::{TEST_PASSWORD, TestApp, new_client, spawn_app};
use domain::Role;
use domain::notifications::Kind;
use futures_util::future::join_all;
use reqwest::StatusCode;
use reqwest::header::RETRY_AFTER;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::json;
use web::SESSION_COOKIE;

const NEW_PASSWORD: &str = "a brand new passphrase";
const OTHER_PASSWORD: &str = "a long enough password";

/// A reset link the outbox holds: to whom, for whom by name, and its secret.
#[derive(Debug)]
struct SentLink {
    email: String,
    name: String,
    secret: String,
}

/// Every password-reset message queued so far, oldest first, with the secret read from its payload's path.
async fn sent_links(app: &TestApp) -> Vec<SentLink> {
    domain::notifications::pending(&app.db)
        .await
        .expect("the outbox is readable")
        .into_iter()
        .filter(|message| message.kind == Kind::PasswordReset)
        .map(|message| {
            let payload: serde_json::Value =
                serde_json::from_str(&message.payload).expect("a JSON payload");
            let path = payload["path"].as_str().expect("a path");
            let secret = path
                .strip_prefix("/reset-password/")
                .unwrap_or_else(|| panic!("a reset path: {path}"));
            SentLink {
                email: message.recipient_email,
                name: payload["name"].as_str().expect("a name").to_owned(),
                secret: secret.to_owned(),
            }
        })
        .collect()
}

/// How many audit entries have this action.
async fn audited(app: &TestApp, action: &str) -> u64 {
    domain::audit::entity::Entity::find()
        .filter(domain::audit::entity::Column::Action.eq(action))
        .count(&app.db)
        .await
        .expect("the audit log is readable")
}

/// Asks for a link through the form, as a visitor of the login page would.
async fn ask_for_link(client: &reqwest::Client, app: &TestApp, email: &str) -> Page {
    submit(
        client,
        app,
        "/forgot-password",
        "/forgot-password",
        &[("email", email)],
    )
    .await
}

/// Submits the form of a reset link with a new password and its confirmation.
async fn set_password(
    client: &reqwest::Client,
    app: &TestApp,
    secret: &str,
    password: &str,
    confirmation: &str,
) -> Page {
    let path = format!("/reset-password/{secret}");
    let token = get(client, app, "/forgot-password").await.csrf();
    post(
        client,
        app,
        &path,
        &[
            ("csrf_token", token.as_str()),
            ("password", password),
            ("confirmation", confirmation),
        ],
    )
    .await
}

#[tokio::test]
async fn asking_for_a_link_answers_alike_for_any_address_and_mails_only_an_account() {
    let app = spawn_app().await;
    let user = app
        .create_user("ana.perez@example.org", &[Role::Reviewer], None)
        .await;
    let login = get(&app.client, &app, "/login").await;
    assert!(login.body.contains("href=\"/forgot-password\""));
    login.shows(&["Forgot your password?"]);

    let known = ask_for_link(&app.client, &app, "Ana.Perez@Example.org").await;
    let unknown = ask_for_link(&app.client, &app, "nobody@example.org").await;

    for answer in [&known, &unknown] {
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.text());
        assert_eq!(answer.location.as_deref(), Some("/forgot-password/sent"));
        assert_eq!(answer.body, known.body);
    }
    let sent = get(&app.client, &app, "/forgot-password/sent").await;
    assert_eq!(sent.status, StatusCode::OK);
    sent.shows(&[
        "If an account exists for that address, we have sent it a link",
        "The link works for one hour, and only once.",
    ]);
    let links = sent_links(&app).await;
    assert_eq!(links.len(), 1, "{links:?}");
    assert_eq!(links[0].email, "ana.perez@example.org");
    assert_eq!(links[0].name, user.name);
    assert!(links[0].secret.len() >= 64, "{}", links[0].secret);
    assert!(
        links[0]
            .secret
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_'),
        "URL-safe: {}",
        links[0].secret
    );
    // Only the secret's SHA-256 is stored.
    let stored = domain::accounts::entity::password_reset::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(
        stored[0].token_hash,
        domain::accounts::credentials::hash_secret(&links[0].secret)
    );
    assert!(!stored[0].token_hash.contains(&links[0].secret));
    assert_eq!(audited(&app, "user.password_reset_requested").await, 1);
}

#[tokio::test]
async fn a_malformed_address_is_shown_again_with_a_message_and_sends_nothing() {
    let app = spawn_app().await;
    let page = ask_for_link(&app.client, &app, "not an address").await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.shows(&["This is not a valid email address."]);
    assert!(page.body.contains("value=\"not an address\""));
    assert!(sent_links(&app).await.is_empty());
}

#[tokio::test]
async fn the_link_sets_a_new_password_and_ends_every_session_of_the_account() {
    let app = spawn_app().await;
    app.create_user("reviewer@example.org", &[Role::Reviewer], None)
        .await;
    let elsewhere = new_client();
    log_in(&elsewhere, &app, "reviewer@example.org").await;
    assert_eq!(
        get(&elsewhere, &app, "/account").await.status,
        StatusCode::OK
    );
    ask_for_link(&app.client, &app, "reviewer@example.org").await;
    let secret = sent_links(&app).await.remove(0).secret;

    let form = get(&app.client, &app, &format!("/reset-password/{secret}")).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.text());
    form.shows(&["Choose a new password", "Type the new password again"]);
    let done = set_password(&app.client, &app, &secret, NEW_PASSWORD, NEW_PASSWORD).await;

    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.text());
    assert_eq!(done.location.as_deref(), Some("/login"));
    get(&app.client, &app, "/login")
        .await
        .shows(&["Your password has been changed and you have been logged out everywhere."]);
    // The session signed in before the reset no longer opens anything.
    assert_eq!(
        get(&elsewhere, &app, "/account").await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        log_in_status(&app, "reviewer@example.org", TEST_PASSWORD).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        log_in_status(&app, "reviewer@example.org", NEW_PASSWORD).await,
        StatusCode::SEE_OTHER
    );
    assert_eq!(audited(&app, "user.password_reset").await, 1);
}

#[tokio::test]
async fn a_used_link_is_refused_with_a_way_to_ask_for_a_new_one() {
    let app = spawn_app().await;
    app.create_user("reviewer@example.org", &[Role::Reviewer], None)
        .await;
    ask_for_link(&app.client, &app, "reviewer@example.org").await;
    let secret = sent_links(&app).await.remove(0).secret;
    let first = set_password(&app.client, &app, &secret, NEW_PASSWORD, NEW_PASSWORD).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);

    let again = get(&app.client, &app, &format!("/reset-password/{secret}")).await;
    let second = set_password(&app.client, &app, &secret, OTHER_PASSWORD, OTHER_PASSWORD).await;

    for page in [&again, &second] {
        assert_eq!(page.status, StatusCode::NOT_FOUND);
        page.shows(&["This link does not work", "it has already been used"]);
        assert!(page.body.contains("href=\"/forgot-password\""));
    }
    assert_eq!(
        log_in_status(&app, "reviewer@example.org", OTHER_PASSWORD).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        log_in_status(&app, "reviewer@example.org", NEW_PASSWORD).await,
        StatusCode::SEE_OTHER
    );
    let unknown = get(&app.client, &app, "/reset-password/cvr_0123456789abcdef").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    unknown.shows(&["This link does not work"]);
}

#[tokio::test]
async fn a_link_works_for_an_hour_only() {
    let app = spawn_app().await;
    app.create_user("reviewer@example.org", &[Role::Reviewer], None)
        .await;
    // Whole seconds, so that the hour ends exactly where PostgreSQL's microseconds would put it too.
    let asked_at = Utc::now().trunc_subsecs(0);
    app.clock.set(Some(asked_at));
    ask_for_link(&app.client, &app, "reviewer@example.org").await;
    let secret = sent_links(&app).await.remove(0).secret;
    let path = format!("/reset-password/{secret}");

    app.clock.set(Some(asked_at + Duration::minutes(59)));
    assert_eq!(get(&app.client, &app, &path).await.status, StatusCode::OK);
    app.clock.set(Some(asked_at + Duration::minutes(60)));
    let expired = get(&app.client, &app, &path).await;
    let refused = set_password(&app.client, &app, &secret, NEW_PASSWORD, NEW_PASSWORD).await;

    assert_eq!(expired.status, StatusCode::NOT_FOUND);
    expired.shows(&["more than an hour old"]);
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert_eq!(
        log_in_status(&app, "reviewer@example.org", TEST_PASSWORD).await,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn a_weak_or_mistyped_password_is_shown_again_with_a_message_and_changes_nothing() {
    let app = spawn_app().await;
    app.create_user("leila.bouazizi@sousse.tn", &[Role::Reviewer], None)
        .await;
    ask_for_link(&app.client, &app, "leila.bouazizi@sousse.tn").await;
    let secret = sent_links(&app).await.remove(0).secret;

    // Strong enough for someone else, but it spells this person's address.
    let weak = set_password(&app.client, &app, &secret, "leilabouazizi", "leilabouazizi").await;
    let short = set_password(&app.client, &app, &secret, "short", "short").await;
    let mistyped = set_password(&app.client, &app, &secret, NEW_PASSWORD, OTHER_PASSWORD).await;

    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    weak.shows(&["New password: This password is too easy to guess"]);
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    short.shows(&["at least 10 characters"]);
    assert_eq!(mistyped.status, StatusCode::UNPROCESSABLE_ENTITY);
    mistyped.shows(&["The two passwords are not the same."]);
    for page in [&weak, &short, &mistyped] {
        assert!(
            page.body
                .contains(&format!("action=\"/reset-password/{secret}\"")),
            "the form is shown again"
        );
        assert!(!page.body.contains("leilabouazizi"), "never sent back");
        assert!(!page.text().contains('{'), "not raw JSON: {}", page.text());
    }
    // The link still works, and the password is unchanged.
    assert_eq!(
        get(&app.client, &app, &format!("/reset-password/{secret}"))
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        log_in_status(&app, "leila.bouazizi@sousse.tn", TEST_PASSWORD).await,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn a_reset_spends_the_other_links_of_the_account() {
    let app = spawn_app().await;
    app.create_user("reviewer@example.org", &[Role::Reviewer], None)
        .await;
    ask_for_link(&app.client, &app, "reviewer@example.org").await;
    ask_for_link(&app.client, &app, "reviewer@example.org").await;
    let links = sent_links(&app).await;
    assert_eq!(links.len(), 2);

    let used = set_password(
        &app.client,
        &app,
        &links[1].secret,
        NEW_PASSWORD,
        NEW_PASSWORD,
    )
    .await;
    assert_eq!(used.status, StatusCode::SEE_OTHER);

    let older = get(
        &app.client,
        &app,
        &format!("/reset-password/{}", links[0].secret),
    )
    .await;
    assert_eq!(older.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_deactivated_account_gets_no_link_and_its_links_stop_working() {
    let app = spawn_app().await;
    let admin = app
        .create_user("admin@example.org", &[Role::Admin], None)
        .await;
    let user = app
        .create_user("reviewer@example.org", &[Role::Reviewer], None)
        .await;
    ask_for_link(&app.client, &app, "reviewer@example.org").await;
    let secret = sent_links(&app).await.remove(0).secret;

    domain::accounts::users::set_active(&app.db, &TestApp::actor(&admin), user.id, 1, false)
        .await
        .expect("the admin deactivates the user");
    let asked = ask_for_link(&app.client, &app, "reviewer@example.org").await;

    assert_eq!(asked.location.as_deref(), Some("/forgot-password/sent"));
    assert_eq!(sent_links(&app).await.len(), 1, "no second link");
    let refused = set_password(&app.client, &app, &secret, NEW_PASSWORD, NEW_PASSWORD).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn asking_too_often_is_throttled_per_address_and_per_client_without_locking_sign_in() {
    let app = spawn_app().await;
    app.create_user("reviewer@example.org", &[Role::Reviewer], None)
        .await;
    for _ in 0..5 {
        let asked = ask_for_link(&app.client, &app, "reviewer@example.org").await;
        assert_eq!(asked.status, StatusCode::SEE_OTHER);
    }

    let throttled = ask_for_link(&app.client, &app, "reviewer@example.org").await;

    assert_eq!(throttled.status, StatusCode::TOO_MANY_REQUESTS);
    throttled.shows(&["Too many failed attempts. Try again in 15 minutes."]);
    assert_eq!(sent_links(&app).await.len(), 5, "no sixth message");
    // Asking for links is counted apart from signing in.
    assert_eq!(
        log_in_status(&app, "reviewer@example.org", TEST_PASSWORD).await,
        StatusCode::SEE_OTHER
    );
    // One client asking for many addresses: 20 requests in all, then refused.
    for i in 0..15 {
        let asked = ask_for_link(&app.client, &app, &format!("someone{i}@example.org")).await;
        assert_eq!(asked.status, StatusCode::SEE_OTHER, "request {i}");
    }
    let token = get(&app.client, &app, "/forgot-password").await.csrf();
    let response = app
        .client
        .post(app.url("/forgot-password"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", "someone-else@example.org"),
        ])
        .send()
        .await
        .expect("POST");
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let seconds: u64 = response.headers()[RETRY_AFTER]
        .to_str()
        .expect("ascii")
        .parse()
        .expect("seconds");
    assert!(seconds > 800 && seconds <= 900, "{seconds}");
}

#[tokio::test]
async fn a_reset_lifts_the_sign_in_lockout_of_the_account() {
    let app = spawn_app().await;
    app.create_user("reviewer@example.org", &[Role::Reviewer], None)
        .await;
    for _ in 0..5 {
        log_in_status(&app, "reviewer@example.org", "not the password").await;
    }
    assert_eq!(
        log_in_status(&app, "reviewer@example.org", TEST_PASSWORD).await,
        StatusCode::TOO_MANY_REQUESTS
    );
    ask_for_link(&app.client, &app, "reviewer@example.org").await;
    let secret = sent_links(&app).await.remove(0).secret;

    set_password(&app.client, &app, &secret, NEW_PASSWORD, NEW_PASSWORD).await;

    assert_eq!(
        log_in_status(&app, "reviewer@example.org", NEW_PASSWORD).await,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn the_api_answers_202_alike_and_sets_the_password_once_with_the_link() {
    let app = spawn_app().await;
    app.create_user("manager@example.org", &[Role::Manager], None)
        .await;
    let ask = |email: &str| {
        app.api(
            "POST",
            "/auth/password-reset",
            None,
            Some(json!({"email": email})),
        )
    };

    let known = ask("manager@example.org").await;
    let unknown = ask("nobody@example.org").await;

    for answer in [&known, &unknown] {
        assert_eq!(answer.status, 202, "{}", answer.body);
        assert_eq!(answer.body, known.body);
    }
    let links = sent_links(&app).await;
    assert_eq!(links.len(), 1);
    let complete = |token: &str, password: &str| {
        app.api(
            "POST",
            "/auth/password-reset/complete",
            None,
            Some(json!({"token": token, "password": password})),
        )
    };
    let weak = complete(&links[0].secret, "password12").await;
    assert_eq!(weak.problem(422), "/problems/validation");
    assert_eq!(weak.error_fields(), ["password"]);

    let done = complete(&links[0].secret, NEW_PASSWORD).await;
    assert_eq!(done.status, 204, "{}", done.body);
    let token = |password: &str| {
        app.api(
            "POST",
            "/auth/token",
            None,
            Some(json!({"email": "manager@example.org", "password": password, "name": "cli"})),
        )
    };
    assert_eq!(token(NEW_PASSWORD).await.status, 201);
    assert_eq!(token(TEST_PASSWORD).await.status, 401);

    let reused = complete(&links[0].secret, OTHER_PASSWORD).await;
    assert_eq!(reused.problem(422), "/problems/validation");
    assert_eq!(reused.error_fields(), ["token"]);
    assert_eq!(reused.body["errors"][0]["code"], "error-reset-link-invalid");
    let unknown = complete("cvr_nothing", NEW_PASSWORD).await;
    assert_eq!(unknown.error_fields(), ["token"]);
    let malformed = ask("not an address").await;
    assert_eq!(malformed.problem(422), "/problems/validation");
    assert_eq!(malformed.error_fields(), ["email"]);
    let not_text = app
        .api(
            "POST",
            "/auth/password-reset",
            None,
            Some(json!({"email": 12})),
        )
        .await;
    assert_eq!(not_text.problem(400), "/problems/bad-request");
}

#[tokio::test]
async fn two_uses_of_one_link_at_once_set_one_password() {
    let app = spawn_app().await;
    app.create_user("manager@example.org", &[Role::Manager], None)
        .await;
    app.api(
        "POST",
        "/auth/password-reset",
        None,
        Some(json!({"email": "manager@example.org"})),
    )
    .await;
    let secret = sent_links(&app).await.remove(0).secret;

    let answers = join_all([NEW_PASSWORD, OTHER_PASSWORD].map(|password| {
        app.api(
            "POST",
            "/auth/password-reset/complete",
            None,
            Some(json!({"token": secret, "password": password})),
        )
    }))
    .await;

    let statuses: Vec<u16> = answers.iter().map(|a| a.status).collect();
    assert_eq!(
        statuses.iter().filter(|s| **s == 204).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 422).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(audited(&app, "user.password_reset").await, 1);
}

#[tokio::test]
async fn the_api_refuses_asking_too_often_with_429() {
    let app = spawn_app().await;
    let ask = || {
        app.api(
            "POST",
            "/auth/password-reset",
            None,
            Some(json!({"email": "someone@example.org"})),
        )
    };
    for _ in 0..5 {
        assert_eq!(ask().await.status, 202);
    }

    let throttled = ask().await;

    assert_eq!(throttled.problem(429), "/problems/rate-limited");
    assert!(throttled.headers.contains_key(RETRY_AFTER));
}

#[tokio::test]
async fn the_session_cookie_of_the_reset_account_stops_working_in_the_api_too() {
    let app = spawn_app().await;
    app.create_user("manager@example.org", &[Role::Manager], None)
        .await;
    let browser = new_client();
    let cookie = log_in(&browser, &app, "manager@example.org").await;
    let me = |client: &reqwest::Client| {
        client
            .get(app.url("/api/v1/me"))
            .header("cookie", format!("{SESSION_COOKIE}={cookie}"))
            .send()
    };
    assert_eq!(me(&new_client()).await.unwrap().status(), 200);
    ask_for_link(&app.client, &app, "manager@example.org").await;
    let secret = sent_links(&app).await.remove(0).secret;

    set_password(&app.client, &app, &secret, NEW_PASSWORD, NEW_PASSWORD).await;

    assert_eq!(me(&new_client()).await.unwrap().status(), 401);
}
