//! The public cache end to end: an anonymous visitor's second read of a public page or public JSON is
//! served from memory with an `ETag` and a `Last-Modified`, and revalidates to `304`; signed-in visitors,
//! token holders and pages with a form are never cached; and no public page is ever served stale after a
//! write that changes it: a call opened (published) through its form, its results published, its deadline
//! moved, a milestone accepted, a translation edited, a deadline passing on the clock, and a write made on
//! another server of the same database.
//!
//! Most servers here keep entries for ten minutes, so that a page that came back right after a write can
//! only have come from the invalidation, never from an entry that happened to expire.

use std::time::Duration;

use chrono::Utc;
use convoca_tests::html::{Page, get, get_in, logged_in, submit};
use convoca_tests::projects::{FundedSpec, milestone_line, template_line};
use convoca_tests::{TestApp, new_client, spawn_app_configured};
use domain::calls::entity::call;
use reqwest::StatusCode;
use reqwest::header::{
    CACHE_CONTROL, ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED, SET_COOKIE, VARY,
};
use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, Set};
use serde_json::json;
use uuid::Uuid;
use web::i18n::Lang;

/// Long enough that no entry expires during a test.
const LONG: Duration = Duration::from_secs(600);

async fn spawn_caching_app() -> TestApp {
    spawn_app_configured(|settings| settings.public_cache.ttl = LONG).await
}

/// Renames a call in the database behind the server's back, as another program would: the server is not
/// told, so what it serves afterwards shows whether it read the page from memory.
async fn rename_behind_the_server_s_back(app: &TestApp, id: Uuid, title: &str) {
    let mut row = call::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .expect("the call is readable")
        .expect("the call exists")
        .into_active_model();
    row.title = Set(title.to_owned());
    row.update(&app.db).await.expect("the title is changed");
}

fn header(response: &reqwest::Response, name: reqwest::header::HeaderName) -> Option<String> {
    response
        .headers()
        .get(name)
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned)
}

/// A deadline as an English page's text shows it (its narrow spaces read as spaces).
fn deadline(at: chrono::DateTime<Utc>) -> String {
    web::i18n::format::date_time_utc(Lang::En, at)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The body at an absolute URL.
async fn read(client: &reqwest::Client, url: &str) -> String {
    client
        .get(url)
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("a body")
}

/// A manager (with a token) and an open call of a new programme, arranged through the services.
async fn open_call(app: &TestApp, code: &str) -> (domain::accounts::User, String, Uuid) {
    let (manager, token) = app.new_manager().await;
    let programme = app
        .programme(&manager, &format!("Open towns {code}"), "TN", "TND")
        .await;
    let call = app.open_call(&manager, &programme, code, &[], &[]).await;
    (manager, token, call.call.id)
}

#[tokio::test]
async fn a_second_anonymous_read_comes_from_memory_with_an_etag_and_revalidates_to_304() {
    let app = spawn_caching_app().await;
    let (_, _, id) = open_call(&app, "MEM1").await;
    let path = format!("/calls/{id}");
    let visitor = new_client();

    let first = visitor.get(app.url(&path)).send().await.expect("GET");
    assert_eq!(first.status(), StatusCode::OK);
    // A public page sets no cookie (not even a CSRF one: it has no form but the language switcher).
    assert!(first.headers().get(SET_COOKIE).is_none(), "{first:?}");
    let etag = header(&first, ETAG).expect("an ETag");
    let last_modified = header(&first, LAST_MODIFIED).expect("a Last-Modified");
    assert_eq!(header(&first, CACHE_CONTROL).as_deref(), Some("no-cache"));
    let vary = header(&first, VARY).expect("a Vary");
    assert!(
        vary.contains("Cookie") && vary.contains("Accept-Language"),
        "{vary}"
    );
    let first = first.text().await.expect("a body");
    assert!(first.contains("Open towns MEM1 call"));

    rename_behind_the_server_s_back(&app, id, "Renamed behind the server's back").await;
    let second = visitor.get(app.url(&path)).send().await.expect("GET");
    assert_eq!(header(&second, ETAG).as_deref(), Some(etag.as_str()));
    assert_eq!(second.text().await.expect("a body"), first);

    // Revalidation: the ETag, else the date, tells the browser its copy is current.
    for (name, value) in [
        (IF_NONE_MATCH, etag.clone()),
        (IF_NONE_MATCH, format!("\"other\", W/{etag}")),
        (IF_MODIFIED_SINCE, last_modified.clone()),
    ] {
        let revalidated = visitor
            .get(app.url(&path))
            .header(name.clone(), &value)
            .send()
            .await
            .expect("GET");
        assert_eq!(
            revalidated.status(),
            StatusCode::NOT_MODIFIED,
            "{name}: {value}"
        );
        assert_eq!(header(&revalidated, ETAG).as_deref(), Some(etag.as_str()));
        assert!(revalidated.text().await.expect("a body").is_empty());
    }
    let other = visitor
        .get(app.url(&path))
        .header(IF_NONE_MATCH, "\"other\"")
        .send()
        .await
        .expect("GET");
    assert_eq!(other.status(), StatusCode::OK);
    let head = visitor.head(app.url(&path)).send().await.expect("HEAD");
    assert_eq!(head.status(), StatusCode::OK);
    assert_eq!(header(&head, ETAG).as_deref(), Some(etag.as_str()));

    // Another language is another entry, read afresh.
    let french = get_in(&visitor, &app, &path, "fr").await;
    french.shows(&["Renamed behind the server's back"]);

    // Public JSON too.
    let json_path = app.url(&format!("/api/v1/calls/{id}"));
    let json = visitor.get(&json_path).send().await.expect("GET");
    assert_eq!(json.status(), StatusCode::OK);
    let json_etag = header(&json, ETAG).expect("public JSON has an ETag");
    let again = visitor
        .get(&json_path)
        .header(IF_NONE_MATCH, &json_etag)
        .send()
        .await
        .expect("GET");
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
}

#[tokio::test]
async fn signed_in_visitors_token_holders_and_pages_with_forms_are_never_cached() {
    let app = spawn_caching_app().await;
    let (manager, token, id) = open_call(&app, "MEM2").await;
    let path = format!("/calls/{id}");
    let browser = logged_in(&app, &manager.email).await;
    let page = browser.get(app.url(&path)).send().await.expect("GET");
    assert_eq!(page.status(), StatusCode::OK);
    assert_eq!(header(&page, CACHE_CONTROL).as_deref(), Some("no-store"));
    assert!(header(&page, ETAG).is_none());
    let api = app
        .client
        .get(app.url(&format!("/api/v1/calls/{id}")))
        .bearer_auth(&token)
        .send()
        .await
        .expect("GET");
    assert_eq!(api.status(), StatusCode::OK);
    assert!(header(&api, ETAG).is_none());

    // A signed-in reader sees a change made behind the server's back at once: nothing was kept for them.
    rename_behind_the_server_s_back(&app, id, "Seen by the manager at once").await;
    get(&browser, &app, &path)
        .await
        .shows(&["Seen by the manager at once"]);
    let api = app
        .api("GET", &format!("/calls/{id}"), Some(&token), None)
        .await;
    assert_eq!(api.body["title"], "Seen by the manager at once");

    // A page with a form is the visitor's own: it carries their token, sets its cookie, and is not kept.
    let visitor = new_client();
    let login = visitor.get(app.url("/login")).send().await.expect("GET");
    assert_eq!(header(&login, CACHE_CONTROL).as_deref(), Some("no-store"));
    assert!(header(&login, ETAG).is_none());
    let login = Page::read(login).await;
    assert!(login.cookie("convoca_csrf").is_some());
    let token = login.csrf();
    // Read again with the cookie: still the visitor's own token, never another visitor's.
    let again = get(&visitor, &app, "/login").await;
    assert_eq!(again.csrf(), token);
    assert_ne!(get(&new_client(), &app, "/login").await.csrf(), token);
}

#[tokio::test]
async fn a_call_opened_through_its_form_is_listed_and_shown_at_once() {
    let app = spawn_caching_app().await;
    let (manager, _) = app.new_manager().await;
    let programme = app.programme(&manager, "Open towns PUB", "TN", "TND").await;
    let draft = app.draft_call(&manager, &programme, "PUB").await;
    let id = draft.call.id;
    let visitor = new_client();
    let before = get(&visitor, &app, "/calls").await;
    before.hides(&["Open towns PUB call"]);
    let home = get(&visitor, &app, "/").await;
    home.hides(&["Open towns PUB call"]);

    let browser = logged_in(&app, &manager.email).await;
    let editor = format!("/manage/calls/{id}");
    let opened = submit(
        &browser,
        &app,
        &format!("{editor}/confirm/open"),
        &format!("{editor}/open"),
        &[],
    )
    .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.text());

    get(&visitor, &app, "/calls")
        .await
        .shows(&["Open towns PUB call"]);
    let page = get(&visitor, &app, &format!("/calls/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.shows(&["Open towns PUB call", "Open for applications"]);
    let json = app.api("GET", "/calls", None, None).await;
    assert!(json.body.to_string().contains("Open towns PUB call"));
}

#[tokio::test]
async fn published_results_show_in_the_portfolio_at_once() {
    let app = spawn_caching_app().await;
    let (manager, token) = app.new_manager().await;
    let mut spec = FundedSpec::tunisian("RES", 1);
    spec.publish = false;
    let world = app.funded_world(&manager, &spec).await;
    let visitor = new_client();
    let before = get(&visitor, &app, "/projects").await;
    assert_eq!(before.status, StatusCode::OK);
    let project = format!("/projects/{}", world.projects[0]);
    assert!(!before.body.contains(&project));

    let published = app
        .api(
            "POST",
            &format!("/calls/{}/results/publish", world.call_id),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(published.status, 200, "{}", published.body);
    let after = get(&visitor, &app, "/projects").await;
    assert!(after.body.contains(&project), "{}", after.text());
    assert_eq!(get(&visitor, &app, &project).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_deadline_moved_through_the_api_shows_at_once_on_the_page_and_in_the_json() {
    let app = spawn_caching_app().await;
    let (manager, token) = app.new_manager().await;
    let programme = app.programme(&manager, "Open towns DDL", "TN", "TND").await;
    let call = app.open_call(&manager, &programme, "DDL", &[], &[]).await;
    let id = call.call.id;
    let path = format!("/calls/{id}");
    let visitor = new_client();
    let old = deadline(call.call.closes_at);
    get(&visitor, &app, &path).await.shows(&[&old]);
    let json = visitor
        .get(app.url(&format!("/api/v1/calls/{id}")))
        .send()
        .await
        .expect("GET");
    assert!(header(&json, ETAG).is_some());

    let later = (Utc::now() + chrono::Duration::days(75))
        .date_naive()
        .and_hms_opt(17, 0, 0)
        .expect("a time")
        .and_utc();
    let moved = app
        .api(
            "PUT",
            &format!("/calls/{id}"),
            Some(&token),
            Some(json!({
                "version": call.call.version, "code": "DDL", "title": "Open towns DDL call",
                "description": "A call for proposals.",
                "opens_at": call.call.opens_at, "closes_at": later, "time_zone": "UTC",
                "total_budget": "100000", "min_award": "1000", "max_award": "20000",
                "max_awards": 5, "min_reviews": 2,
            })),
        )
        .await;
    assert_eq!(moved.status, 200, "{}", moved.body);

    let page = get(&visitor, &app, &path).await;
    page.shows(&[&deadline(later)]);
    page.hides(&[&old]);
    let json = app.api("GET", &format!("/calls/{id}"), None, None).await;
    let closes_at: chrono::DateTime<Utc> = json.body["closes_at"]
        .as_str()
        .expect("a date")
        .parse()
        .expect("an RFC 3339 date");
    assert_eq!(closes_at, later);
}

#[tokio::test]
async fn an_accepted_milestone_shows_at_once_on_the_public_project_page() {
    let app = spawn_caching_app().await;
    let (manager, _) = app.new_manager().await;
    let mut spec = FundedSpec::tunisian("MLS", 1);
    spec.template = Some(vec![
        template_line("40", "signature"),
        milestone_line("60", "Action plan adopted", 3),
    ]);
    let world = app.funded_world(&manager, &spec).await;
    let project = world.projects[0];
    let submitted = app
        .submit_milestone(project, &world.team_tokens[0], 1, "Minutes of the council.")
        .await;
    assert_eq!(submitted.status, 200, "{}", submitted.body);
    let visitor = new_client();
    let path = format!("/projects/{project}");
    let before = get(&visitor, &app, &path).await;
    before.shows(&["Evidence submitted"]);

    let accepted = app
        .review_milestone(project, &world.manager_token, 1, true, "")
        .await;
    assert_eq!(accepted.status, 200, "{}", accepted.body);
    let after = get(&visitor, &app, &path).await;
    after.hides(&["Evidence submitted"]);
    after.shows(&["Accepted"]);
}

#[tokio::test]
async fn an_edited_translation_shows_at_once_to_its_readers() {
    let app = spawn_caching_app().await;
    let (manager, token) = app.new_manager().await;
    let programme = app.programme(&manager, "Open towns TRL", "TN", "TND").await;
    let languages = app
        .api(
            "PUT",
            &format!("/programmes/{}", programme.id),
            Some(&token),
            Some(json!({
                "version": programme.version, "name": programme.name,
                "agency_id": programme.agency_id, "currency": "TND",
                "reporting_cadence_months": 6, "content_languages": ["en", "fr"],
            })),
        )
        .await;
    assert_eq!(languages.status, 200, "{}", languages.body);
    let call = app.open_call(&manager, &programme, "TRL", &[], &[]).await;
    let path = format!("/calls/{}", call.call.id);
    let visitor = new_client();
    get_in(&visitor, &app, &path, "fr")
        .await
        .shows(&["Open towns TRL call"]);

    let browser = logged_in(&app, &manager.email).await;
    let form = format!("/manage/calls/{}/translations/fr", call.call.id);
    for title in [
        "Appel des communes ouvertes",
        "Appel des communes ouvertes 2027",
    ] {
        let saved = submit(&browser, &app, &form, &form, &[("title", title)]).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
        let french = get_in(&visitor, &app, &path, "fr").await;
        assert!(
            french.body.contains(&format!("<h1>{title}</h1>")),
            "{}",
            french.text()
        );
    }
    // Through the API too, and English readers keep the call as written.
    let translated = app
        .api(
            "PUT",
            &format!("/calls/{}/translations/fr", call.call.id),
            Some(&token),
            Some(json!({"texts": {"title": "Appel révisé"}})),
        )
        .await;
    assert_eq!(translated.status, 200, "{}", translated.body);
    get_in(&visitor, &app, &path, "fr")
        .await
        .shows(&["Appel révisé"]);
    get_in(&visitor, &app, &path, "en")
        .await
        .shows(&["Open towns TRL call"]);
}

#[tokio::test]
async fn a_call_page_does_not_outlive_the_deadline_in_the_cache() {
    let app = spawn_caching_app().await;
    let (_, _, id) = open_call(&app, "CLK").await;
    let path = format!("/calls/{id}");
    let visitor = new_client();
    get(&visitor, &app, &path).await.shows(&["30 days left"]);
    // Nothing is written when a deadline passes: the entry expires on the services' clock.
    app.clock.set(Some(Utc::now() + chrono::Duration::days(31)));
    let closed = get(&visitor, &app, &path).await;
    closed.hides(&["days left"]);
}

#[tokio::test]
async fn a_write_on_one_server_reaches_the_cache_of_another_server_on_the_same_database() {
    let app = spawn_caching_app().await;
    let (_, token, id) = open_call(&app, "TWO").await;
    // A second server on the same database, polling the generation often.
    let settings = api::Settings {
        public_cache: web::CacheSettings {
            ttl: LONG,
            poll_interval: Duration::from_millis(100),
            ..web::CacheSettings::default()
        },
        ..api::Settings::default()
    };
    let listener = poem::listener::TcpListener::bind("127.0.0.1:0");
    let acceptor = poem::listener::Listener::into_acceptor(listener)
        .await
        .expect("port 0 binds");
    let port = poem::listener::Acceptor::local_addr(&acceptor)[0]
        .as_socket_addr()
        .expect("a TCP address")
        .port();
    let second = api::build_app(app.db.clone(), &settings);
    tokio::spawn(async move {
        poem::Server::new_with_acceptor(acceptor)
            .run(second)
            .await
            .expect("the second server runs");
    });
    let on_second = format!("http://127.0.0.1:{port}/calls/{id}");
    let visitor = new_client();
    assert!(
        read(&visitor, &on_second)
            .await
            .contains("Open towns TWO call")
    );
    // Proof that the second server serves it from memory: a change it is not told of is not seen.
    rename_behind_the_server_s_back(&app, id, "Renamed behind both servers").await;
    assert!(
        read(&visitor, &on_second)
            .await
            .contains("Open towns TWO call")
    );

    // A write on the first server: the second hears of it through the database's generation.
    let call = app
        .api("GET", &format!("/calls/{id}"), Some(&token), None)
        .await;
    let renamed = app
        .api(
            "PUT",
            &format!("/calls/{id}"),
            Some(&token),
            Some(json!({
                "version": call.body["version"], "code": "TWO", "title": "Renamed on the first server",
                "description": "A call for proposals.",
                "opens_at": call.body["opens_at"], "closes_at": call.body["closes_at"],
                "time_zone": "UTC", "total_budget": "100000", "min_award": "1000",
                "max_award": "20000", "max_awards": 5, "min_reviews": 2,
            })),
        )
        .await;
    assert_eq!(renamed.status, 200, "{}", renamed.body);
    // Within a few polls; the bound is a correctness limit, generous for a loaded machine, not a speed.
    let mut seen = false;
    for _ in 0..100 {
        if read(&visitor, &on_second)
            .await
            .contains("Renamed on the first server")
        {
            seen = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(seen, "the second server never dropped its stale page");
}
