//! The HTML UI end to end: forms, sessions, CSRF, languages, permissions and the pages' flows, asserted on
//! what a visitor would see (status, redirects, the page's text).

use convoca_tests::html::{Page, get, log_in, post, submit};
use convoca_tests::{TEST_PASSWORD, TestApp, new_client, spawn_app};
use domain::Role;
use domain::accounts::users;
use reqwest::StatusCode;
use reqwest::header::{ACCEPT_LANGUAGE, COOKIE, RETRY_AFTER};
use web::{LANG_COOKIE, SESSION_COOKIE};

fn municipality_form<'a>(name: &'a str, email: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("organisation.name", name),
        ("organisation.kind", "municipality"),
        ("organisation.country", "TN"),
        ("organisation.subdivision", "TN-11"),
        ("organisation.population", "92987"),
        ("organisation.official_code", ""),
        ("name", "Amira Ben Salah"),
        ("email", email),
        ("password", TEST_PASSWORD),
    ]
}

#[tokio::test]
async fn signing_up_through_the_form_creates_the_organisation_and_greets_the_user_by_name() {
    let app = spawn_app().await;
    let form = municipality_form("Municipalité de La Marsa", "amira@lamarsa.tn");

    let signed_up = submit(&app.client, &app, "/signup", "/signup", &form).await;

    assert_eq!(
        signed_up.status,
        StatusCode::SEE_OTHER,
        "{}",
        signed_up.text()
    );
    assert_eq!(signed_up.location.as_deref(), Some("/"));
    let session = signed_up.set_cookie_header(SESSION_COOKIE);
    assert!(
        session.contains("HttpOnly")
            && session.contains("SameSite=Lax")
            && session.contains("Path=/")
    );
    let home = get(&app.client, &app, "/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(
        home.text().contains("Signed in as Amira Ben Salah."),
        "{}",
        home.text()
    );
    assert!(
        home.text()
            .contains("Municipalité de La Marsa has not been verified yet"),
        "{}",
        home.text()
    );
    let organisation = get(&app.client, &app, "/organisation").await;
    assert!(organisation.text().contains("Municipalité de La Marsa"));
    assert!(organisation.text().contains("Amira Ben Salah"));
}

#[tokio::test]
async fn a_sign_up_with_bad_input_is_shown_again_with_messages_and_writes_nothing() {
    let app = spawn_app().await;
    let audit_before = app.audit_count().await;
    let mut form = municipality_form("", "not-an-email");
    form.retain(|(name, _)| *name != "organisation.population" && *name != "organisation.country");
    form.push(("organisation.population", "about ninety thousand"));
    form.push(("organisation.country", "ZZ"));

    let page = submit(&app.client, &app, "/signup", "/signup", &form).await;

    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = page.text();
    assert!(text.contains("There is a problem"), "{text}");
    assert!(
        text.contains("Official name: This field is required."),
        "{text}"
    );
    assert!(text.contains("Enter a whole number"), "{text}");
    assert!(
        text.contains("“ZZ” is not an ISO 3166-1 country code."),
        "{text}"
    );
    assert!(
        text.contains("This is not a valid email address."),
        "{text}"
    );
    // The summary links to the fields, which point at their messages.
    assert!(
        page.body
            .contains("href=\"#signup-organisation-population\"")
    );
    assert!(
        page.body
            .contains("aria-describedby=\"signup-email-error\" aria-invalid=\"true\"")
    );
    // What was typed comes back, except the password.
    assert!(page.body.contains("value=\"not-an-email\""));
    assert!(page.body.contains("value=\"about ninety thousand\""));
    assert!(!page.body.contains(TEST_PASSWORD));
    assert_eq!(app.audit_count().await, audit_before, "nothing was written");

    // Readable but refused by the domain: the same page, and still nothing written.
    let refused = submit(
        &app.client,
        &app,
        "/signup",
        "/signup",
        &municipality_form("Municipalité de Nabeul", "short-password@nabeul.tn")
            .into_iter()
            .map(|(name, value)| (name, if name == "password" { "short" } else { value }))
            .collect::<Vec<_>>(),
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text()
            .contains("Password: The password must have at least 10 characters.")
    );
    assert!(refused.body.contains("value=\"Municipalité de Nabeul\""));
    assert_eq!(app.audit_count().await, audit_before, "nothing was written");
    let nobody = log_in_status(&app, "not-an-email").await;
    assert_eq!(nobody, StatusCode::UNAUTHORIZED);
}

async fn log_in_status(app: &TestApp, email: &str) -> StatusCode {
    convoca_tests::html::log_in_status(app, email, TEST_PASSWORD).await
}

#[tokio::test]
async fn a_form_posted_without_or_with_a_wrong_csrf_token_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    let (_, user) = app
        .sign_up_municipality("Municipalité de Sfax", "staff@sfax.tn")
        .await;
    log_in(&app.client, &app, "staff@sfax.tn").await;
    let audit_before = app.audit_count().await;

    let version = user.version.to_string();
    let without = post(
        &app.client,
        &app,
        "/account/profile",
        &[("version", &version), ("name", "Forged")],
    )
    .await;
    let wrong = post(
        &app.client,
        &app,
        "/account/profile",
        &[
            ("csrf_token", "0123abcd"),
            ("version", &version),
            ("name", "Forged"),
        ],
    )
    .await;
    let anonymous = post(
        &new_client(),
        &app,
        "/signup",
        &municipality_form("Forged town", "forged@example.org"),
    )
    .await;

    for page in [&without, &wrong, &anonymous] {
        assert_eq!(page.status, StatusCode::FORBIDDEN);
        assert!(
            page.text().contains("Nothing was changed."),
            "{}",
            page.text()
        );
    }
    assert_eq!(app.audit_count().await, audit_before);
    let account = get(&app.client, &app, "/account").await;
    assert!(!account.text().contains("Forged"));
    assert_eq!(
        log_in_status(&app, "forged@example.org").await,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn logging_in_rotates_the_session_and_logging_out_ends_it() {
    let app = spawn_app().await;
    app.create_user("reviewer@example.org", &[Role::Reviewer], None)
        .await;
    let first = log_in(&app.client, &app, "reviewer@example.org").await;

    // Logging in again from the same browser replaces the session: the old id is worthless.
    let second = log_in(&app.client, &app, "reviewer@example.org").await;
    assert_ne!(first, second);
    let with_old = Page::read(
        new_client()
            .get(app.url("/account"))
            .header(COOKIE, format!("{}={first}", SESSION_COOKIE))
            .send()
            .await
            .expect("GET"),
    )
    .await;
    assert_eq!(with_old.status, StatusCode::SEE_OTHER);
    assert_eq!(with_old.location.as_deref(), Some("/login?next=%2Faccount"));
    assert_eq!(
        get(&app.client, &app, "/account").await.status,
        StatusCode::OK
    );

    let logged_out = submit(&app.client, &app, "/account", "/logout", &[]).await;
    assert_eq!(logged_out.status, StatusCode::SEE_OTHER);
    assert_eq!(logged_out.location.as_deref(), Some("/"));
    assert_eq!(logged_out.cookie(SESSION_COOKIE).as_deref(), Some(""));
    let with_ended = Page::read(
        new_client()
            .get(app.url("/account"))
            .header(COOKIE, format!("{}={second}", SESSION_COOKIE))
            .send()
            .await
            .expect("GET"),
    )
    .await;
    assert_eq!(with_ended.status, StatusCode::SEE_OTHER);
    let home = get(&app.client, &app, "/").await;
    assert!(
        home.text().contains("You have logged out."),
        "{}",
        home.text()
    );
}

#[tokio::test]
async fn wrong_credentials_are_refused_with_a_message_then_throttled() {
    let app = spawn_app().await;
    app.create_user("manager@example.org", &[Role::Manager], None)
        .await;
    let wrong = [
        ("email", "manager@example.org"),
        ("password", "not the password"),
    ];

    let refused = submit(&app.client, &app, "/login", "/login", &wrong).await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    assert!(
        refused
            .text()
            .contains("The email address or the password is not correct.")
    );
    assert!(refused.body.contains("value=\"manager@example.org\""));
    for _ in 0..4 {
        submit(&app.client, &app, "/login", "/login", &wrong).await;
    }

    let throttled = Page::read(
        app.client
            .post(app.url("/login"))
            .form(&[
                (
                    "csrf_token",
                    get(&app.client, &app, "/login").await.csrf().as_str(),
                ),
                ("email", "manager@example.org"),
                ("password", TEST_PASSWORD),
            ])
            .send()
            .await
            .expect("POST"),
    )
    .await;
    assert_eq!(throttled.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        throttled
            .text()
            .contains("Too many failed attempts. Try again in 15 minutes."),
        "{}",
        throttled.text()
    );
    let retry = app
        .client
        .post(app.url("/login"))
        .form(&[
            (
                "csrf_token",
                get(&app.client, &app, "/login").await.csrf().as_str(),
            ),
            ("email", "manager@example.org"),
            ("password", TEST_PASSWORD),
        ])
        .send()
        .await
        .expect("POST");
    let seconds: u64 = retry.headers()[RETRY_AFTER]
        .to_str()
        .expect("ascii")
        .parse()
        .expect("seconds");
    assert!(seconds > 800 && seconds <= 900, "{seconds}");
}

#[tokio::test]
async fn the_language_follows_the_switcher_or_else_the_browser() {
    let app = spawn_app().await;
    let in_spanish = Page::read(
        app.client
            .get(app.url("/signup"))
            .header(ACCEPT_LANGUAGE, "es-AR,es;q=0.9,en;q=0.5")
            .send()
            .await
            .expect("GET"),
    )
    .await;
    assert!(in_spanish.body.contains("<html lang=\"es\" dir=\"ltr\">"));
    assert!(
        in_spanish.text().contains("Registre su gobierno local"),
        "{}",
        in_spanish.text()
    );
    let in_french = Page::read(
        app.client
            .get(app.url("/"))
            .header(ACCEPT_LANGUAGE, "fr")
            .send()
            .await
            .expect("GET"),
    )
    .await;
    assert!(
        in_french
            .text()
            .contains("Des appels à projets compétitifs")
    );
    // Arabic pages are written right to left; German ones left to right.
    for (accept, html) in [
        ("ar-TN,ar;q=0.9", "<html lang=\"ar\" dir=\"rtl\">"),
        ("de-DE", "<html lang=\"de\" dir=\"ltr\">"),
    ] {
        let page = Page::read(
            app.client
                .get(app.url("/login"))
                .header(ACCEPT_LANGUAGE, accept)
                .send()
                .await
                .expect("GET"),
        )
        .await;
        assert!(page.body.contains(html), "{accept}: {}", page.body);
        let lang = web::i18n::Lang::negotiate(Some(accept));
        assert!(page.text().contains(&lang.t("login-heading")));
        assert_ne!(
            lang.t("login-heading"),
            web::i18n::Lang::En.t("login-heading")
        );
    }

    let switched = submit(
        &app.client,
        &app,
        "/signup",
        "/language",
        &[("lang", "fr"), ("back", "/signup")],
    )
    .await;
    assert_eq!(switched.status, StatusCode::SEE_OTHER);
    assert_eq!(switched.location.as_deref(), Some("/signup"));
    let cookie = switched.set_cookie_header(LANG_COOKIE);
    assert!(
        cookie.starts_with("convoca_lang=fr;") && cookie.contains("HttpOnly"),
        "{cookie}"
    );
    assert!(
        cookie.contains("Max-Age=31536000") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    // The chosen language beats the browser's.
    let signup = Page::read(
        app.client
            .get(app.url("/signup"))
            .header(ACCEPT_LANGUAGE, "es")
            .send()
            .await
            .expect("GET"),
    )
    .await;
    assert!(
        signup.text().contains("Inscrire votre collectivité locale"),
        "{}",
        signup.text()
    );

    let elsewhere = submit(
        &app.client,
        &app,
        "/",
        "/language",
        &[("lang", "es"), ("back", "//evil.example/")],
    )
    .await;
    assert_eq!(elsewhere.location.as_deref(), Some("/"));
}

#[tokio::test]
async fn an_applicant_is_refused_the_staff_pages_and_a_visitor_is_sent_to_log_in() {
    let app = spawn_app().await;
    let anonymous = get(&app.client, &app, "/manage/organisations").await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    assert_eq!(
        anonymous.location.as_deref(),
        Some("/login?next=%2Fmanage%2Forganisations")
    );
    let anonymous_admin = get(&app.client, &app, "/admin/users").await;
    assert_eq!(
        anonymous_admin.location.as_deref(),
        Some("/login?next=%2Fadmin%2Fusers")
    );

    app.sign_up_municipality("Municipalité de Bizerte", "staff@bizerte.tn")
        .await;
    log_in(&app.client, &app, "staff@bizerte.tn").await;
    for path in ["/manage/organisations", "/admin/users"] {
        let page = get(&app.client, &app, path).await;
        assert_eq!(page.status, StatusCode::FORBIDDEN, "{path}");
        assert!(page.text().contains("Not allowed"));
    }
    let home = get(&app.client, &app, "/").await;
    assert!(!home.body.contains("href=\"/admin/users\""));
    assert!(!home.body.contains("href=\"/manage/organisations\""));
    assert!(home.body.contains("href=\"/organisation\""));
}

#[tokio::test]
async fn logging_in_from_the_redirect_goes_back_to_the_page_asked_for() {
    let app = spawn_app().await;
    app.create_user("admin@example.org", &[Role::Admin], None)
        .await;
    let login_page = get(&app.client, &app, "/login?next=%2Fadmin%2Fusers").await;
    assert_eq!(login_page.value("next"), "/admin/users");
    let logged_in = post(
        &app.client,
        &app,
        "/login",
        &[
            ("csrf_token", &login_page.csrf()),
            ("next", "/admin/users"),
            ("email", "admin@example.org"),
            ("password", TEST_PASSWORD),
        ],
    )
    .await;
    assert_eq!(logged_in.location.as_deref(), Some("/admin/users"));
    let page = get(&app.client, &app, "/admin/users").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text().contains("admin@example.org"));
}

#[tokio::test]
async fn a_manager_verifies_an_organisation_from_the_list() {
    let app = spawn_app().await;
    let (organisation, _) = app
        .sign_up_municipality("Municipalité de Tabarka", "staff@tabarka.tn")
        .await;
    app.sign_up_municipality("Municipalité de Gabès", "staff@gabes.tn")
        .await;
    app.create_user("manager@example.org", &[Role::Manager], None)
        .await;
    log_in(&app.client, &app, "manager@example.org").await;

    let list = get(
        &app.client,
        &app,
        "/manage/organisations?verified=no&q=tabarka",
    )
    .await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.text().contains("Municipalité de Tabarka"));
    assert!(!list.text().contains("Gabès"), "the search filters");
    let action = format!(
        "/manage/organisations/{}/verify?q=tabarka&verified=no",
        organisation.id
    );
    assert!(
        list.decoded().contains(&format!("action=\"{action}\"")),
        "{}",
        list.body
    );

    let verified = post(&app.client, &app, &action, &[("csrf_token", &list.csrf())]).await;
    assert_eq!(verified.status, StatusCode::SEE_OTHER);
    assert_eq!(
        verified.location.as_deref(),
        Some("/manage/organisations?q=tabarka&verified=no")
    );
    let after = get(&app.client, &app, "/manage/organisations?q=tabarka").await;
    assert!(after.text().contains("The organisation has been verified."));
    assert!(after.text().contains("Verified on"));
    let stored = domain::organisations::get(
        &app.db,
        &TestApp::actor(
            &app.create_user("admin@example.org", &[Role::Admin], None)
                .await,
        ),
        organisation.id,
    )
    .await
    .expect("the organisation");
    assert!(stored.verified_at.is_some());

    // The applicant's home no longer warns.
    let applicant = new_client();
    log_in(&applicant, &app, "staff@tabarka.tn").await;
    let home = get(&applicant, &app, "/").await;
    assert!(!home.text().contains("has not been verified yet"));
}

#[tokio::test]
async fn an_admin_changes_a_users_roles_and_a_stale_form_is_refused() {
    let app = spawn_app().await;
    let admin = app
        .create_user("admin@example.org", &[Role::Admin], None)
        .await;
    let user = app
        .create_user("reviewer@example.org", &[Role::Reviewer], None)
        .await;
    log_in(&app.client, &app, "admin@example.org").await;
    let list = get(&app.client, &app, "/admin/users?q=reviewer").await;
    assert!(list.text().contains("reviewer@example.org"));
    let version = user.version.to_string();
    let path = format!("/admin/users/{}/roles?q=reviewer", user.id);

    let saved = post(
        &app.client,
        &app,
        &path,
        &[
            ("csrf_token", &list.csrf()),
            ("version", &version),
            ("roles", "manager"),
            ("roles", "reviewer"),
        ],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert_eq!(saved.location.as_deref(), Some("/admin/users?q=reviewer"));
    let stored = users::get(&app.db, &TestApp::actor(&admin), user.id)
        .await
        .expect("the user");
    assert_eq!(stored.roles, [Role::Manager, Role::Reviewer]);

    let stale = post(
        &app.client,
        &app,
        &path,
        &[
            ("csrf_token", &list.csrf()),
            ("version", &version),
            ("roles", "admin"),
        ],
    )
    .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(
        stale
            .text()
            .contains("Someone else changed this in the meantime.")
    );

    let own = post(
        &app.client,
        &app,
        &format!("/admin/users/{}/roles", admin.id),
        &[
            ("csrf_token", &list.csrf()),
            ("version", &admin.version.to_string()),
        ],
    )
    .await;
    assert_eq!(own.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        own.text()
            .contains("You cannot remove your own admin role.")
    );
}

#[tokio::test]
async fn an_admin_creates_and_deactivates_a_user() {
    let app = spawn_app().await;
    app.create_user("admin@example.org", &[Role::Admin], None)
        .await;
    log_in(&app.client, &app, "admin@example.org").await;

    let created = submit(
        &app.client,
        &app,
        "/admin/users",
        "/admin/users",
        &[
            ("name", "Lena Vogel"),
            ("email", "lena@bmi.example"),
            ("password", TEST_PASSWORD),
            ("roles", "manager"),
            ("organisation_id", ""),
        ],
    )
    .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text());
    let list = get(&app.client, &app, "/admin/users?role=manager").await;
    assert!(list.text().contains("Lena Vogel"));
    assert_eq!(
        log_in_status(&app, "lena@bmi.example").await,
        StatusCode::SEE_OTHER
    );

    let invalid = submit(
        &app.client,
        &app,
        "/admin/users",
        "/admin/users",
        &[
            ("name", "X"),
            ("email", "x@example.org"),
            ("password", TEST_PASSWORD),
            ("organisation_id", "nope"),
        ],
    )
    .await;
    assert_eq!(invalid.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(invalid.text().contains("This organisation does not exist."));

    let lena = list.body.split("/admin/users/").nth(1).expect("a row");
    let id = &lena[..36];
    let deactivated = post(
        &app.client,
        &app,
        &format!("/admin/users/{id}/active"),
        &[
            ("csrf_token", &list.csrf()),
            ("version", &list.value("version")),
            ("active", "false"),
        ],
    )
    .await;
    assert_eq!(
        deactivated.status,
        StatusCode::SEE_OTHER,
        "{}",
        deactivated.text()
    );
    assert_eq!(
        log_in_status(&app, "lena@bmi.example").await,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_colleague_joins_through_an_invitation_link() {
    let app = spawn_app().await;
    app.sign_up_municipality("Municipalité de Sousse", "maire@sousse.tn")
        .await;
    log_in(&app.client, &app, "maire@sousse.tn").await;

    let invited = submit(
        &app.client,
        &app,
        "/organisation",
        "/organisation/invitations",
        &[("email", "colleague@sousse.tn")],
    )
    .await;
    assert_eq!(invited.status, StatusCode::CREATED, "{}", invited.text());
    assert!(invited.text().contains("it will not be shown again"));
    let start = invited.body.find("/invitations/cvi_").expect("the link");
    let end = start + invited.body[start..].find('"').expect("a quote");
    let link = invited.body[start..end].to_owned();
    let organisation = get(&app.client, &app, "/organisation").await;
    assert!(organisation.text().contains("colleague@sousse.tn"));
    assert!(!organisation.body.contains(&link), "the link is shown once");

    let colleague = new_client();
    let invitation = get(&colleague, &app, &link).await;
    assert_eq!(invitation.status, StatusCode::OK);
    assert!(
        invitation
            .text()
            .contains("Join Municipalité de Sousse on Convoca")
    );
    assert!(invitation.text().contains("colleague@sousse.tn"));
    let short = submit(
        &colleague,
        &app,
        &link,
        &link,
        &[("name", "Sami"), ("password", "short")],
    )
    .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    let joined = submit(
        &colleague,
        &app,
        &link,
        &link,
        &[("name", "Sami Trabelsi"), ("password", TEST_PASSWORD)],
    )
    .await;
    assert_eq!(joined.status, StatusCode::SEE_OTHER);
    assert_eq!(joined.location.as_deref(), Some("/"));
    let home = get(&colleague, &app, "/").await;
    assert!(
        home.text().contains("Signed in as Sami Trabelsi."),
        "{}",
        home.text()
    );
    let members = get(&colleague, &app, "/organisation").await;
    assert!(members.text().contains("maire@sousse.tn"));

    assert_eq!(
        get(&new_client(), &app, &link).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn an_api_token_is_shown_once_and_can_be_revoked() {
    let app = spawn_app().await;
    app.create_user("reviewer@example.org", &[Role::Reviewer], None)
        .await;
    log_in(&app.client, &app, "reviewer@example.org").await;

    let created = submit(
        &app.client,
        &app,
        "/account",
        "/account/tokens",
        &[("name", "laptop")],
    )
    .await;
    assert_eq!(created.status, StatusCode::CREATED);
    let start = created.body.find("value=\"cvk_").expect("the secret") + "value=\"".len();
    let secret = &created.body[start..start + created.body[start..].find('"').expect("quote")];
    let account = get(&app.client, &app, "/account").await;
    assert!(account.text().contains("laptop"));
    assert!(!account.body.contains(secret), "the secret is shown once");

    let action = account
        .body
        .split("action=\"")
        .find(|part| part.starts_with("/account/tokens/"))
        .and_then(|part| part.split('"').next())
        .expect("a revoke form")
        .to_owned();
    let revoked = post(
        &app.client,
        &app,
        &action,
        &[("csrf_token", &account.csrf())],
    )
    .await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    let after = get(&app.client, &app, "/account").await;
    assert!(after.text().contains("The API token has been revoked."));
    assert!(after.text().contains("Revoked on"));
}

#[tokio::test]
async fn changing_the_password_keeps_this_browser_in_and_ends_the_others() {
    let app = spawn_app().await;
    app.create_user("reviewer@example.org", &[Role::Reviewer], None)
        .await;
    let other = new_client();
    log_in(&other, &app, "reviewer@example.org").await;
    log_in(&app.client, &app, "reviewer@example.org").await;

    let wrong = submit(
        &app.client,
        &app,
        "/account",
        "/account/password",
        &[
            ("current_password", "nope"),
            ("new_password", "a brand new passphrase"),
        ],
    )
    .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong
            .text()
            .contains("The current password is not correct.")
    );

    let changed = submit(
        &app.client,
        &app,
        "/account",
        "/account/password",
        &[
            ("current_password", TEST_PASSWORD),
            ("new_password", "a brand new passphrase"),
        ],
    )
    .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER);
    assert_eq!(
        get(&app.client, &app, "/account").await.status,
        StatusCode::OK
    );
    assert_eq!(
        get(&other, &app, "/account").await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn a_stale_profile_edit_is_refused_with_a_translated_message() {
    let app = spawn_app().await;
    app.create_user("reviewer@example.org", &[Role::Reviewer], None)
        .await;
    log_in(&app.client, &app, "reviewer@example.org").await;
    let account = get(&app.client, &app, "/account").await;
    let version = account.value("version");
    let first = post(
        &app.client,
        &app,
        "/account/profile",
        &[
            ("csrf_token", &account.csrf()),
            ("version", &version),
            ("name", "Rosa"),
        ],
    )
    .await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);

    let second = Page::read(
        app.client
            .post(app.url("/account/profile"))
            .header(ACCEPT_LANGUAGE, "es")
            .form(&[
                ("csrf_token", account.csrf().as_str()),
                ("version", &version),
                ("name", "María"),
            ])
            .send()
            .await
            .expect("POST"),
    )
    .await;
    assert_eq!(second.status, StatusCode::CONFLICT);
    assert!(
        second.text().contains("Otra persona ha modificado esto"),
        "{}",
        second.text()
    );
    assert!(
        get(&app.client, &app, "/account")
            .await
            .body
            .contains("value=\"Rosa\"")
    );
}

#[tokio::test]
async fn an_unknown_page_is_a_404_page_in_the_visitor_s_language() {
    let app = spawn_app().await;
    let page = Page::read(
        app.client
            .get(app.url("/no/such/page"))
            .header(ACCEPT_LANGUAGE, "fr")
            .send()
            .await
            .expect("GET"),
    )
    .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.text().contains("Page introuvable"));
    let stylesheet = app
        .client
        .get(app.url("/static/convoca.css"))
        .send()
        .await
        .expect("GET");
    assert_eq!(stylesheet.status(), StatusCode::OK);
    assert!(
        stylesheet.headers()["content-type"]
            .to_str()
            .unwrap_or_default()
            .starts_with("text/css")
    );
}

#[tokio::test]
async fn pages_link_the_stylesheet_and_the_script_by_version_and_both_are_cached_for_long() {
    let app = spawn_app().await;
    let page = get(&app.client, &app, "/").await;
    for (path, content_type) in [
        ("/static/convoca.css", "text/css"),
        ("/static/convoca.js", "text/javascript"),
    ] {
        let marker = format!("{path}?v=");
        let start = page
            .body
            .find(&marker)
            .unwrap_or_else(|| panic!("{path} is not linked:\n{}", page.body));
        let end = start + page.body[start..].find('"').expect("a closing quote");
        let href = page.body[start..end].to_owned();
        let response = app.client.get(app.url(&href)).send().await.expect("GET");
        assert_eq!(response.status(), StatusCode::OK, "{href}");
        let header = |name: &str| {
            response.headers()[name]
                .to_str()
                .unwrap_or_default()
                .to_owned()
        };
        assert!(header("content-type").starts_with(content_type), "{href}");
        assert!(header("cache-control").contains("immutable"), "{href}");
        let etag = header("etag");
        let again = app
            .client
            .get(app.url(&href))
            .header("if-none-match", &etag)
            .send()
            .await
            .expect("GET");
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED, "{href}");
        // An unversioned address may change under the same name: cached briefly only.
        let bare = app.client.get(app.url(path)).send().await.expect("GET");
        assert!(
            !bare.headers()["cache-control"]
                .to_str()
                .unwrap_or_default()
                .contains("immutable")
        );
    }
}

fn agency_form<'a>(
    name: &'a str,
    country: &'a str,
    population: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", name),
        ("kind", "national_agency"),
        ("country", country),
        ("subdivision", ""),
        ("population", population),
        ("official_code", "MAL-01"),
    ]
}

#[tokio::test]
async fn a_manager_registers_a_national_agency_then_creates_a_programme_with_it() {
    let app = spawn_app().await;
    app.create_user("manager@example.org", &[Role::Manager], None)
        .await;
    log_in(&app.client, &app, "manager@example.org").await;
    let before = get(&app.client, &app, "/manage/programmes").await;
    assert!(
        before
            .text()
            .contains("No national agency is registered yet"),
        "{}",
        before.text()
    );
    assert!(
        before
            .body
            .contains("href=\"/manage/organisations#new-organisation\"")
    );
    let list = get(&app.client, &app, "/manage/organisations").await;
    assert!(list.text().contains("Register an organisation"));
    assert!(
        list.text().contains("Civil-society organisation"),
        "every kind is offered"
    );

    let registered = submit(
        &app.client,
        &app,
        "/manage/organisations",
        "/manage/organisations",
        &agency_form("Ministère des Affaires locales", "tn", ""),
    )
    .await;

    assert_eq!(
        registered.status,
        StatusCode::SEE_OTHER,
        "{}",
        registered.text()
    );
    assert_eq!(
        registered.location.as_deref(),
        Some("/manage/organisations")
    );
    let after = get(&app.client, &app, "/manage/organisations").await;
    assert!(
        after
            .text()
            .contains("The organisation has been registered."),
        "{}",
        after.text()
    );
    assert!(after.text().contains("Ministère des Affaires locales"));
    let programmes = get(&app.client, &app, "/manage/programmes").await;
    assert!(
        !programmes
            .text()
            .contains("No national agency is registered yet")
    );
    let agency_id = programmes
        .body
        .split("<option value=\"")
        .skip(1)
        .find(|option| option.contains("Ministère des Affaires locales (TN)"))
        .and_then(|option| option.split('"').next())
        .expect("the agency is offered")
        .to_owned();
    let created = submit(
        &app.client,
        &app,
        "/manage/programmes",
        "/manage/programmes",
        &[
            ("name", "OGP Local Tunisia"),
            ("description", "Municipal open government."),
            ("agency_id", &agency_id),
            ("currency", "TND"),
            ("reporting_cadence_months", "6"),
        ],
    )
    .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text());
    let programmes = get(&app.client, &app, "/manage/programmes").await;
    assert!(programmes.text().contains("OGP Local Tunisia"));
    assert!(
        programmes
            .text()
            .contains("Ministère des Affaires locales (TN)")
    );
}

#[tokio::test]
async fn a_bad_organisation_registration_is_shown_again_with_messages_and_writes_nothing() {
    let app = spawn_app().await;
    app.create_user("manager@example.org", &[Role::Manager], None)
        .await;
    log_in(&app.client, &app, "manager@example.org").await;
    let audit_before = app.audit_count().await;

    let page = submit(
        &app.client,
        &app,
        "/manage/organisations",
        "/manage/organisations",
        &agency_form("", "ZZ", "many"),
    )
    .await;

    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = page.text();
    assert!(text.contains("There is a problem"), "{text}");
    assert!(text.contains("Name: This field is required."), "{text}");
    assert!(text.contains("Enter a whole number"), "{text}");
    assert!(
        text.contains("“ZZ” is not an ISO 3166-1 country code."),
        "{text}"
    );
    assert!(page.body.contains("href=\"#new-organisation-population\""));
    // What was typed comes back.
    assert!(page.body.contains("value=\"many\""));
    assert!(page.body.contains("value=\"ZZ\""));
    assert!(page.body.contains("value=\"MAL-01\""));
    assert!(page.body.contains("value=\"national_agency\" selected"));
    assert_eq!(app.audit_count().await, audit_before, "nothing was written");
}

#[tokio::test]
async fn an_applicant_cannot_register_an_organisation() {
    let app = spawn_app().await;
    app.sign_up_municipality("Municipalité de Kairouan", "staff@kairouan.tn")
        .await;
    log_in(&app.client, &app, "staff@kairouan.tn").await;
    let audit_before = app.audit_count().await;

    let page = submit(
        &app.client,
        &app,
        "/organisation",
        "/manage/organisations",
        &agency_form("Forged agency", "TN", "many"),
    )
    .await;

    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(page.text().contains("Not allowed"), "{}", page.text());
    assert_eq!(app.audit_count().await, audit_before, "nothing was written");
}

#[tokio::test]
async fn a_member_edits_the_organisation_profile_and_an_unreadable_population_changes_nothing() {
    let app = spawn_app().await;
    let (organisation, _) = app
        .sign_up_municipality("Municipalité de Nabeul", "staff@nabeul.tn")
        .await;
    log_in(&app.client, &app, "staff@nabeul.tn").await;
    let fields = |population: &'static str| {
        vec![
            ("version", "1"),
            ("name", "Commune de Nabeul"),
            ("kind", "municipality"),
            ("country", "TN"),
            ("subdivision", "TN-21"),
            ("population", population),
            ("official_code", ""),
        ]
    };
    let before = app.audit_count().await;
    let refused = submit(
        &app.client,
        &app,
        "/organisation",
        "/organisation",
        &fields("lots"),
    )
    .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.text()
    );
    assert_eq!(app.audit_count().await, before, "nothing is written");

    let saved = submit(
        &app.client,
        &app,
        "/organisation",
        "/organisation",
        &fields("73128"),
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    let stored = domain::organisations::get(
        &app.db,
        &TestApp::actor(
            &app.create_user("m@example.org", &[Role::Manager], None)
                .await,
        ),
        organisation.id,
    )
    .await
    .unwrap();
    assert_eq!(stored.name, "Commune de Nabeul");
    assert_eq!(stored.population, Some(73_128));
    assert_eq!(stored.version, 2);
}
