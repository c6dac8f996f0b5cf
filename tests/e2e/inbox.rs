//! Messages end to end: a submission receipt in the applicant's inbox (JSON API and HTML), unread then read,
//! out of everybody else's reach; the administrators' outbox and the retry of a failed delivery; message
//! preferences (muted kinds reach the sender as opt-outs, required kinds cannot be muted); and the language a
//! person signs up in becoming the language of their messages.

use chrono::Utc;
use convoca_tests::html::{get, logged_in, submit};
use convoca_tests::{TEST_PASSWORD, TestApp, new_client, spawn_app};
use domain::Role;
use domain::accounts::User;
use domain::notifications::{self, Kind, Recipient, delivery, preferences};
use reqwest::StatusCode;
use reqwest::header::ACCEPT_LANGUAGE;
use serde_json::{Value, json};
use web::i18n::Lang;

/// An applicant of a verified municipality who has submitted one application: the applicant, their token
/// and the application's reference.
async fn applicant_with_a_submission(app: &TestApp) -> (User, String, String) {
    use domain::applications::{BudgetLineInput, ContentInput, service};
    let manager = app
        .create_user("manager@programme.example", &[Role::Manager], None)
        .await;
    let programme = app.programme(&manager, "OGP Local", "TN", "TND").await;
    let call = app.open_call(&manager, &programme, "TUN", &[], &[]).await;
    let (organisation, applicant) = app
        .sign_up_municipality("Commune de Sfax", "staff@sfax.tn")
        .await;
    domain::organisations::verify(&app.db, &TestApp::actor(&manager), organisation.id)
        .await
        .unwrap();
    let actor = TestApp::actor(&applicant);
    let now = Utc::now();
    let draft = service::start(&app.db, &actor, call.call.id, now)
        .await
        .unwrap();
    let content = ContentInput {
        title: "Budget participatif".into(),
        summary: "s".into(),
        problem: "p".into(),
        objectives: "o".into(),
        participation_plan: "pp".into(),
        budget_lines: vec![BudgetLineInput {
            category: "Events".into(),
            description: String::new(),
            amount: "5000".into(),
        }],
        ..Default::default()
    };
    let id = draft.application.id;
    service::update(&app.db, &actor, id, 1, &content, now)
        .await
        .unwrap();
    let submitted = service::submit(&app.db, &actor, id, now).await.unwrap();
    let reference = submitted.application.reference.expect("a reference");
    let token = app.token_for(&applicant).await;
    (applicant, token, reference)
}

/// Queues a message of `kind` for `user`, as a service would.
async fn queue(app: &TestApp, user: &User, kind: Kind, payload: Value) {
    notifications::enqueue(
        &app.db,
        &Recipient {
            user_id: Some(user.id),
            email: user.email.clone(),
        },
        kind,
        &payload,
        Utc::now(),
    )
    .await
    .unwrap();
}

/// The subject the inbox must show for a message, in `lang`: whatever its email's subject is.
fn subject(lang: Lang, kind: Kind, payload: &Value) -> String {
    web::i18n::email::render(lang, kind, payload, "").subject
}

#[tokio::test]
async fn a_submission_receipt_is_in_the_applicant_s_inbox_through_the_api_unread_then_read() {
    let app = spawn_app().await;
    let (_, token, reference) = applicant_with_a_submission(&app).await;

    let inbox = app
        .api("GET", "/me/notifications", Some(&token), None)
        .await;

    assert_eq!(inbox.status, 200, "{}", inbox.body);
    assert_eq!(inbox.body["total"], 1);
    assert_eq!(inbox.body["unread"], 1);
    let receipt = &inbox.body["items"][0];
    assert_eq!(receipt["kind"], "application-submitted");
    assert_eq!(receipt["unread"], true);
    assert_eq!(receipt["read_at"], Value::Null);
    assert_eq!(receipt["payload"]["reference"], reference.as_str());
    assert_eq!(
        receipt["subject"],
        subject(Lang::En, Kind::ApplicationSubmitted, &receipt["payload"]).as_str()
    );
    let id = receipt["id"].as_str().unwrap();

    let read = app
        .api(
            "POST",
            &format!("/me/notifications/{id}/read"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(read.status, 200, "{}", read.body);
    assert_eq!(read.body["unread"], false);
    let read_at = read.body["read_at"].clone();
    assert!(read_at.is_string(), "{}", read.body);

    let again = app
        .api("GET", "/me/notifications", Some(&token), None)
        .await;
    assert_eq!(again.body["unread"], 0);
    assert_eq!(again.body["items"][0]["read_at"], read_at);
    // Reading it twice keeps the first reading time; marking all read finds nothing left to mark.
    let twice = app
        .api(
            "POST",
            &format!("/me/notifications/{id}/read"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(twice.body["read_at"], read_at);
    let all = app
        .api("POST", "/me/notifications/read-all", Some(&token), None)
        .await;
    assert_eq!(all.status, 200, "{}", all.body);
    assert_eq!(all.body["marked"], 0);
}

#[tokio::test]
async fn the_inbox_page_shows_the_receipt_and_the_unread_count_until_it_is_read() {
    let app = spawn_app().await;
    let (applicant, _, _) = applicant_with_a_submission(&app).await;
    queue(
        &app,
        &applicant,
        Kind::ResultsPublished,
        json!({"call_title": "OGP Local", "path": "/calls"}),
    )
    .await;
    let client = logged_in(&app, &applicant.email).await;

    let page = get(&client, &app, "/notifications").await;

    assert_eq!(page.status, StatusCode::OK, "{}", page.text());
    let receipt = domain::notifications::inbox::list(
        &app.db,
        &TestApp::actor(&applicant),
        domain::PageRequest::default(),
    )
    .await
    .unwrap()
    .messages
    .items
    .into_iter()
    .find(|message| message.kind == Kind::ApplicationSubmitted)
    .expect("the receipt");
    let receipt_subject = subject(Lang::En, Kind::ApplicationSubmitted, &receipt.payload);
    page.shows(&[
        "Inbox (2 unread)",
        "Your messages",
        "2 unread messages.",
        &receipt_subject,
        "Unread",
        "Mark all as read",
    ]);
    // A message with a page to act on links to it.
    assert!(page.body.contains("<a href=\"/calls\""), "{}", page.body);

    let marked = submit(
        &client,
        &app,
        "/notifications",
        &format!("/notifications/{}/read", receipt.id),
        &[("back", "/notifications")],
    )
    .await;
    assert_eq!(marked.status, StatusCode::SEE_OTHER, "{}", marked.text());
    assert_eq!(marked.location.as_deref(), Some("/notifications"));
    let after = get(&client, &app, "/notifications").await;
    after.shows(&[
        "The message is marked as read.",
        "Inbox (1 unread)",
        "One unread message.",
    ]);

    let all = submit(
        &client,
        &app,
        "/notifications",
        "/notifications/read-all",
        &[("back", "/notifications")],
    )
    .await;
    assert_eq!(all.status, StatusCode::SEE_OTHER, "{}", all.text());
    let done = get(&client, &app, "/notifications").await;
    done.shows(&[
        "All your messages are marked as read.",
        "No unread message.",
    ]);
    done.hides(&["unread)", "Mark all as read"]);
}

#[tokio::test]
async fn another_user_can_neither_see_nor_mark_someone_else_s_message() {
    let app = spawn_app().await;
    let (_, token, _) = applicant_with_a_submission(&app).await;
    let (_, stranger) = app
        .sign_up_municipality("Commune de Béja", "staff@beja.tn")
        .await;
    let stranger_token = app.token_for(&stranger).await;
    let id = app
        .api("GET", "/me/notifications", Some(&token), None)
        .await
        .body["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let theirs = app
        .api("GET", "/me/notifications", Some(&stranger_token), None)
        .await;
    assert_eq!(theirs.status, 200);
    assert_eq!(theirs.body["total"], 0, "{}", theirs.body);
    let refused = app
        .api(
            "POST",
            &format!("/me/notifications/{id}/read"),
            Some(&stranger_token),
            None,
        )
        .await;
    assert_eq!(refused.problem(404), "/problems/not-found");

    let client = logged_in(&app, &stranger.email).await;
    let page = get(&client, &app, "/notifications").await;
    page.shows(&["You have no messages yet."]);
    let posted = submit(
        &client,
        &app,
        "/notifications",
        &format!("/notifications/{id}/read"),
        &[],
    )
    .await;
    assert_eq!(posted.status, StatusCode::NOT_FOUND);

    let owners = app
        .api("GET", "/me/notifications", Some(&token), None)
        .await;
    assert_eq!(owners.body["unread"], 1, "still unread: {}", owners.body);
}

#[tokio::test]
async fn the_outbox_lists_messages_with_their_state_for_admins_only() {
    let app = spawn_app().await;
    let (applicant, token, _) = applicant_with_a_submission(&app).await;
    let (_, admin_token) = app
        .user_with_token("admin@convoca.example", &[Role::Admin])
        .await;

    let listed = app
        .api("GET", "/admin/outbox", Some(&admin_token), None)
        .await;
    assert_eq!(listed.status, 200, "{}", listed.body);
    let receipt = listed.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|entry| entry["recipient_email"] == applicant.email.as_str())
        .expect("the receipt is in the outbox");
    assert_eq!(receipt["kind"], "application-submitted");
    assert_eq!(receipt["state"], "queued");
    assert_eq!(receipt["attempts"], 0);
    assert_eq!(receipt["retryable"], false);
    let none_failed = app
        .api(
            "GET",
            "/admin/outbox?state=failed",
            Some(&admin_token),
            None,
        )
        .await;
    assert_eq!(none_failed.body["total"], 0, "{}", none_failed.body);

    let refused = app.api("GET", "/admin/outbox", Some(&token), None).await;
    assert_eq!(refused.problem(403), "/problems/forbidden");

    let admin = logged_in(&app, "admin@convoca.example").await;
    let page = get(&admin, &app, "/admin/outbox").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text());
    page.shows(&[
        "Outbox",
        "Receipts of submitted applications",
        "staff@sfax.tn",
        "Queued",
    ]);
    assert!(
        page.body.contains("href=\"/admin/outbox\""),
        "in the navigation"
    );
    let applicant_page = get(
        &logged_in(&app, &applicant.email).await,
        &app,
        "/admin/outbox",
    )
    .await;
    assert_eq!(applicant_page.status, StatusCode::FORBIDDEN);
    applicant_page.shows(&["Not allowed", "Your account does not have permission"]);
    applicant_page.hides(&["staff@sfax.tn"]);
}

#[tokio::test]
async fn a_failed_message_is_requeued_by_a_retry_and_a_queued_one_is_refused() {
    let app = spawn_app().await;
    let (applicant, _, _) = applicant_with_a_submission(&app).await;
    let (_, admin_token) = app
        .user_with_token("admin@convoca.example", &[Role::Admin])
        .await;
    queue(
        &app,
        &applicant,
        Kind::ReviewReminder,
        json!({"path": "/reviews"}),
    )
    .await;
    let queued = notifications::pending(&app.db).await.unwrap();
    let (first, second) = (queued[0].id, queued[1].id);
    for id in [first, second] {
        delivery::mark_failed(&app.db, id, "550 5.1.1 mailbox unavailable")
            .await
            .unwrap();
    }
    let audit_before = app.audit_count().await;

    let failed = app
        .api(
            "GET",
            "/admin/outbox?state=failed",
            Some(&admin_token),
            None,
        )
        .await;
    assert_eq!(failed.body["total"], 2, "{}", failed.body);
    assert_eq!(failed.body["items"][0]["retryable"], true);
    assert_eq!(
        failed.body["items"][0]["last_error"],
        "550 5.1.1 mailbox unavailable"
    );

    let retried = app
        .api(
            "POST",
            &format!("/admin/outbox/{first}/retry"),
            Some(&admin_token),
            None,
        )
        .await;
    assert_eq!(retried.status, 200, "{}", retried.body);
    assert_eq!(retried.body["state"], "queued");
    assert_eq!(retried.body["attempts"], 0);
    assert_eq!(retried.body["next_attempt_at"], Value::Null);
    assert_eq!(retried.body["retryable"], false);
    assert!(
        notifications::pending(&app.db)
            .await
            .unwrap()
            .iter()
            .any(|message| message.id == first),
        "the sender sees it again"
    );
    assert_eq!(app.audit_count().await, audit_before + 1);

    let again = app
        .api(
            "POST",
            &format!("/admin/outbox/{first}/retry"),
            Some(&admin_token),
            None,
        )
        .await;
    assert_eq!(again.problem(409), "/problems/conflict");
    assert!(
        again.body["detail"]
            .as_str()
            .unwrap()
            .contains("still queued"),
        "{}",
        again.body
    );
    assert_eq!(app.audit_count().await, audit_before + 1);

    // The page's Retry button does the same for the other one.
    let admin = logged_in(&app, "admin@convoca.example").await;
    let from = "/admin/outbox?state=failed";
    let page = get(&admin, &app, from).await;
    assert!(
        page.body.contains(&format!(
            "action=\"/admin/outbox/{second}/retry?state=failed\""
        )),
        "{}",
        page.body
    );
    let button = submit(
        &admin,
        &app,
        from,
        &format!("/admin/outbox/{second}/retry?state=failed"),
        &[],
    )
    .await;
    assert_eq!(button.status, StatusCode::SEE_OTHER, "{}", button.text());
    assert_eq!(button.location.as_deref(), Some(from));
    let after = get(&admin, &app, from).await;
    after.shows(&["The message is back in the queue.", "0 results"]);
}

#[tokio::test]
async fn a_muted_kind_is_saved_and_the_sender_then_skips_it_for_that_user() {
    let app = spawn_app().await;
    let (reviewer, token) = app
        .user_with_token("reviewer@example.org", &[Role::Reviewer])
        .await;

    let saved = app
        .api(
            "PUT",
            "/me/preferences",
            Some(&token),
            Some(json!({"language": "es", "muted": ["review-reminder"]})),
        )
        .await;

    assert_eq!(saved.status, 200, "{}", saved.body);
    assert_eq!(saved.body["language"], "es");
    assert_eq!(saved.body["muted"], json!(["review-reminder"]));
    let read = app.api("GET", "/me/preferences", Some(&token), None).await;
    assert_eq!(read.body, saved.body);
    assert!(
        read.body["required"]
            .as_array()
            .unwrap()
            .contains(&json!("application-submitted"))
    );
    queue(
        &app,
        &reviewer,
        Kind::ReviewReminder,
        json!({"path": "/reviews"}),
    )
    .await;
    queue(
        &app,
        &reviewer,
        Kind::ReviewAssigned,
        json!({"path": "/reviews"}),
    )
    .await;
    let claimed = delivery::claim(&app.db, &domain::jobs::Holder::unique(), Utc::now(), 10)
        .await
        .unwrap();
    let of = |kind: Kind| {
        claimed
            .iter()
            .find(|out| out.notification.kind == kind)
            .expect("claimed")
    };
    assert!(of(Kind::ReviewReminder).opted_out);
    assert_eq!(of(Kind::ReviewReminder).language, "es");
    assert!(!of(Kind::ReviewAssigned).opted_out, "only the muted kind");
}

#[tokio::test]
async fn the_account_page_saves_the_language_and_the_kinds_left_ticked() {
    let app = spawn_app().await;
    let reviewer = app
        .create_user("reviewer@example.org", &[Role::Reviewer], None)
        .await;
    let client = logged_in(&app, &reviewer.email).await;
    let account = get(&client, &app, "/account").await;
    account.shows(&[
        "Email me about",
        "Reminders of outstanding reviews",
        "Always emailed",
        "Receipts of submitted applications",
    ]);
    assert!(
        account
            .body
            .contains("name=\"emailed\" value=\"review-reminder\" checked"),
        "every optional kind is ticked at first"
    );
    let ticked: Vec<String> = Kind::all()
        .filter(|kind| !kind.is_required() && *kind != Kind::ResultsPublished)
        .map(Kind::name)
        .collect();
    let mut form = vec![("language", "fr")];
    form.extend(ticked.iter().map(|name| ("emailed", name.as_str())));

    let saved = submit(&client, &app, "/account", "/account/preferences", &form).await;

    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    let chosen = preferences::get(&app.db, &TestApp::actor(&reviewer))
        .await
        .unwrap();
    assert_eq!(chosen.language.code(), "fr");
    assert_eq!(chosen.muted, [Kind::ResultsPublished]);
    let shown = get(&client, &app, "/account").await;
    shown.shows(&["Your preferences have been saved."]);
    assert!(
        shown
            .body
            .contains("name=\"emailed\" value=\"results-published\">"),
        "unticked now"
    );
    assert!(shown.body.contains("<option value=\"fr\" selected>"));
}

#[tokio::test]
async fn muting_a_required_kind_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    let (reviewer, token) = app
        .user_with_token("reviewer@example.org", &[Role::Reviewer])
        .await;
    let audit_before = app.audit_count().await;

    let refused = app
        .api(
            "PUT",
            "/me/preferences",
            Some(&token),
            Some(json!({"language": "fr", "muted": ["review-reminder", "application-submitted"]})),
        )
        .await;

    assert_eq!(refused.problem(422), "/problems/validation");
    assert_eq!(refused.error_fields(), ["muted"]);
    assert_eq!(
        refused.body["errors"][0]["code"],
        "error-notification-kind-required"
    );
    let unknown_language = app
        .api(
            "PUT",
            "/me/preferences",
            Some(&token),
            Some(json!({"language": "it", "muted": []})),
        )
        .await;
    assert_eq!(unknown_language.problem(422), "/problems/validation");
    assert_eq!(unknown_language.error_fields(), ["language"]);
    let unknown_kind = app
        .api(
            "PUT",
            "/me/preferences",
            Some(&token),
            Some(json!({"language": "fr", "muted": ["newsletter"]})),
        )
        .await;
    assert_eq!(unknown_kind.problem(400), "/problems/bad-request");

    let unchanged = preferences::get(&app.db, &TestApp::actor(&reviewer))
        .await
        .unwrap();
    assert_eq!(unchanged.language.code(), "en");
    assert!(unchanged.muted.is_empty(), "{:?}", unchanged.muted);
    assert_eq!(app.audit_count().await, audit_before);

    // The page never offers to untick a required kind; a forged form is told why.
    let client = logged_in(&app, &reviewer.email).await;
    let audit_before = app.audit_count().await;
    let forged = submit(
        &client,
        &app,
        "/account",
        "/account/preferences",
        &[("language", "xx")],
    )
    .await;
    assert_eq!(forged.status, StatusCode::UNPROCESSABLE_ENTITY);
    forged.shows(&["Language of your messages: “xx” is not a language Convoca writes in."]);
    assert_eq!(app.audit_count().await, audit_before);
}

/// The language of a user's messages.
async fn language_of(app: &TestApp, email: &str) -> String {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    domain::accounts::entity::user::Entity::find()
        .filter(domain::accounts::entity::user::Column::Email.eq(email))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the user exists")
        .language
}

#[tokio::test]
async fn a_person_who_signs_up_in_french_gets_messages_in_french() {
    let app = spawn_app().await;
    // On the web, in the language chosen with the switcher.
    let client = new_client();
    let switched = submit(
        &client,
        &app,
        "/signup",
        "/language",
        &[("lang", "fr"), ("back", "/signup")],
    )
    .await;
    assert_eq!(switched.status, StatusCode::SEE_OTHER);
    let signed_up = submit(
        &client,
        &app,
        "/signup",
        "/signup",
        &[
            ("organisation.name", "Commune de Sousse"),
            ("organisation.kind", "municipality"),
            ("organisation.country", "TN"),
            ("organisation.subdivision", "TN-51"),
            ("organisation.population", "271428"),
            ("name", "Leïla Trabelsi"),
            ("email", "leila@sousse.tn"),
            ("password", TEST_PASSWORD),
        ],
    )
    .await;
    assert_eq!(
        signed_up.status,
        StatusCode::SEE_OTHER,
        "{}",
        signed_up.text()
    );
    assert_eq!(language_of(&app, "leila@sousse.tn").await, "fr");

    // Through the API, in the language of Accept-Language; English without one.
    for (accept, email, expected) in [
        (Some("fr-FR,fr;q=0.9,en;q=0.5"), "staff@monastir.tn", "fr"),
        (Some("es-AR"), "staff@rosario.ar", "es"),
        (None, "staff@nabeul.tn", "en"),
    ] {
        let mut request = app.client.post(app.url("/api/v1/signup")).json(&json!({
            "organisation": {"name": format!("Town of {email}"), "kind": "municipality", "country": "TN"},
            "name": "Staff", "email": email, "password": TEST_PASSWORD,
        }));
        if let Some(accept) = accept {
            request = request.header(ACCEPT_LANGUAGE, accept);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status().as_u16(), 201, "{email}");
        assert_eq!(language_of(&app, email).await, expected, "{email}");
    }

    // Accepting an invitation, likewise.
    let (organisation, inviter) = app
        .sign_up_municipality("Commune de Gabès", "staff@gabes.tn")
        .await;
    let (_, secret) = domain::accounts::invitations::invite(
        &app.db,
        &TestApp::actor(&inviter),
        organisation.id,
        "newcomer@gabes.tn",
    )
    .await
    .unwrap();
    let accepted = app
        .client
        .post(app.url(&format!("/api/v1/invitations/{secret}/accept")))
        .header(ACCEPT_LANGUAGE, "es")
        .json(&json!({"name": "Nour", "password": TEST_PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(accepted.status().as_u16(), 201);
    assert_eq!(language_of(&app, "newcomer@gabes.tn").await, "es");
}

#[tokio::test]
async fn a_password_reset_is_in_the_inbox_without_its_link() {
    let app = spawn_app().await;
    let (_, token) = app
        .user_with_token("rania@nabeul.tn", &[Role::Applicant])
        .await;
    let asked = app
        .api(
            "POST",
            "/auth/password-reset",
            None,
            Some(json!({"email": "rania@nabeul.tn"})),
        )
        .await;
    assert_eq!(asked.status, 202);
    let queued = delivery::pending(&app.db).await.unwrap();
    let secret = notifications::payload_of(&queued[0]).unwrap()["path"]
        .as_str()
        .unwrap()
        .trim_start_matches("/reset-password/")
        .to_owned();
    let inbox = app
        .api("GET", "/me/notifications", Some(&token), None)
        .await;
    assert_eq!(inbox.status, 200, "{}", inbox.body);
    let item = &inbox.body["items"][0];
    assert_eq!(item["kind"], "password-reset");
    assert!(
        !inbox.body.to_string().contains(&secret),
        "the inbox shows the reset secret: {}",
        inbox.body
    );
}
