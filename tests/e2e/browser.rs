//! The HTML UI in a real browser: Debian's chromium, headless, driven through chromedriver with
//! fantoccini. Skipped (loudly) when they are not installed, unless `CONVOCA_REQUIRE_BROWSER=1`.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use convoca_tests::{TEST_PASSWORD, TestApp, spawn_app};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// A running chromedriver, killed when dropped (also when the test panics), and its browser profile.
struct ChromeDriver {
    process: Child,
    port: u16,
    profile: PathBuf,
}

impl ChromeDriver {
    /// Starts chromedriver on a free port and waits until it answers.
    async fn start() -> ChromeDriver {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("a free port")
            .port();
        let profile =
            std::env::temp_dir().join(format!("convoca-chromium-{}", uuid::Uuid::new_v4()));
        let process = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let driver = ChromeDriver {
            process,
            port,
            profile,
        };
        let status = format!("{}/status", driver.url());
        let deadline = Instant::now() + Duration::from_secs(20);
        while reqwest::get(&status).await.is_err() {
            assert!(
                Instant::now() < deadline,
                "chromedriver did not answer on port {port}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        driver
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// A headless chromium session with a fresh profile, in English.
    async fn browser(&self) -> Client {
        self.browser_in("en-US").await
    }

    /// A headless chromium session with a fresh profile whose language (and so `Accept-Language`) is
    /// `language`.
    async fn browser_in(&self, language: &str) -> Client {
        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "goog:chromeOptions".to_owned(),
            json!({
                "binary": CHROMIUM,
                "args": [
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-dev-shm-usage",
                    "--no-first-run",
                    "--disable-component-update",
                    "--disable-sync",
                    format!("--user-data-dir={}", self.profile.display()),
                    format!("--lang={language}"),
                ],
                "prefs": {"intl.accept_languages": language},
            }),
        );
        // rustls needs one process-wide crypto provider; the workspace compiles two (sqlx brings ring,
        // fantoccini's hyper-rustls aws-lc-rs), so pick one. Installing twice is harmless.
        let _ = rustls::crypto::ring::default_provider().install_default();
        ClientBuilder::rustls()
            .expect("the system's root certificates load")
            .capabilities(capabilities)
            .connect(&self.url())
            .await
            .expect("chromedriver starts a chromium session")
    }
}

impl Drop for ChromeDriver {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// Skips the test loudly, or fails it when the browser test is required.
fn skip(reason: &str) {
    if std::env::var("CONVOCA_REQUIRE_BROWSER").as_deref() == Ok("1") {
        panic!("CONVOCA_REQUIRE_BROWSER=1 but the browser test cannot run: {reason}");
    }
    eprintln!("SKIPPED: browser test — {reason}");
}

/// Whether chromium and chromedriver are installed; if not, the test is skipped (or, when the browser is
/// required, fails).
fn browser_available() -> bool {
    let missing: Vec<_> = [CHROMIUM, CHROMEDRIVER]
        .into_iter()
        .filter(|path| !Path::new(path).exists())
        .collect();
    if !missing.is_empty() {
        skip(&format!(
            "chromium/chromedriver not installed ({missing:?} missing; apt-get install chromium chromium-driver)"
        ));
    }
    missing.is_empty()
}

#[tokio::test]
async fn a_municipality_signs_up_in_a_real_browser_and_sees_its_name_on_the_home_page() {
    if !browser_available() {
        return;
    }
    let app = spawn_app().await;
    let driver = ChromeDriver::start().await;
    let browser = driver.browser().await;
    let outcome = sign_up_in_the_browser(&browser, &app).await;
    // Close the session even when a step failed, so that no chromium is left behind.
    let _ = browser.close().await;
    if let Err(failure) = outcome {
        panic!("{failure}");
    }
}

#[tokio::test]
async fn the_api_documentation_renders_under_its_content_security_policy() {
    if !browser_available() {
        return;
    }
    let app = spawn_app().await;
    let driver = ChromeDriver::start().await;
    let browser = driver.browser().await;
    let outcome = read_the_docs_in_the_browser(&browser, &app).await;
    let _ = browser.close().await;
    if let Err(failure) = outcome {
        panic!("{failure}");
    }
}

/// Opens `/api/docs` and waits for Swagger UI to list the operations: if the policy blocked its scripts, the
/// page would stay empty.
async fn read_the_docs_in_the_browser(browser: &Client, app: &TestApp) -> Result<(), String> {
    browser
        .goto(&app.url("/api/docs"))
        .await
        .map_err(|err| format!("open the docs: {err}"))?;
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let operations = browser
            .find_all(Locator::Css(".swagger-ui .opblock"))
            .await
            .map_err(|err| format!("look for operations: {err}"))?;
        if operations.len() >= 100 {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!(
                "Swagger UI listed {} operations; its scripts may have been blocked",
                operations.len()
            ));
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The steps of the test; a failure is returned (not panicked) so that the browser can be closed first.
async fn sign_up_in_the_browser(browser: &Client, app: &TestApp) -> Result<(), String> {
    let step =
        |what: &'static str| move |err: fantoccini::error::CmdError| format!("{what}: {err}");
    browser
        .goto(&app.url("/signup"))
        .await
        .map_err(step("open the sign-up page"))?;

    // The first Tab reaches the skip link, as keyboard users expect.
    browser
        .find(Locator::Css("body"))
        .await
        .map_err(step("find the body"))?
        .send_keys("\u{E004}")
        .await
        .map_err(step("press Tab"))?;
    let focused = browser
        .active_element()
        .await
        .map_err(step("find the focused element"))?
        .attr("href")
        .await
        .map_err(step("read its href"))?;
    if focused.as_deref() != Some("#main") {
        return Err(format!(
            "the first Tab should reach the skip link, got {focused:?}"
        ));
    }

    for (name, value) in [
        ("organisation.name", "Municipalité de Kairouan"),
        ("organisation.country", "TN"),
        ("organisation.subdivision", "TN-41"),
        ("organisation.population", "186653"),
        ("name", "Nour Haddad"),
        ("email", "nour@kairouan.tn"),
        ("password", TEST_PASSWORD),
    ] {
        browser
            .find(Locator::Css(&format!("input[name='{name}']")))
            .await
            .map_err(step("find a field"))?
            .send_keys(value)
            .await
            .map_err(step("type into a field"))?;
    }
    browser
        .find(Locator::Css("select[name='organisation.kind']"))
        .await
        .map_err(step("find the kind"))?
        .select_by_value("municipality")
        .await
        .map_err(step("choose the kind"))?;
    browser
        .find(Locator::Css("form[action='/signup'] button[type='submit']"))
        .await
        .map_err(step("find the sign-up button"))?
        .click()
        .await
        .map_err(step("click sign up"))?;

    let greeting = browser
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(".signed-in"))
        .await
        .map_err(step("wait for the home page"))?
        .text()
        .await
        .map_err(step("read the greeting"))?;
    if greeting != "Signed in as Nour Haddad." {
        return Err(format!("unexpected greeting: {greeting:?}"));
    }
    let url = browser.current_url().await.map_err(step("read the URL"))?;
    if url.path() != "/" {
        return Err(format!("expected the home page, got {url}"));
    }
    let main = browser
        .find(Locator::Css("main"))
        .await
        .map_err(step("find the main content"))?
        .text()
        .await
        .map_err(step("read the main content"))?;
    if !main.contains("Municipalité de Kairouan") {
        return Err(format!(
            "the home page does not name the municipality:\n{main}"
        ));
    }
    Ok(())
}

#[tokio::test]
async fn a_verified_municipality_applies_to_an_open_call_in_a_real_browser_and_gets_a_receipt() {
    if !browser_available() {
        return;
    }
    let app = spawn_app().await;
    let manager = app
        .create_user("manager@programme.tn", &[domain::Role::Manager], None)
        .await;
    let programme = app
        .programme(&manager, "OGP Local Tunisia", "TN", "TND")
        .await;
    let rules = [domain::calls::EligibilityRule::ApplicantKinds {
        kinds: vec![domain::organisations::OrganisationKind::Municipality],
    }];
    let call = app
        .open_call(&manager, &programme, "TUN", &[], &rules)
        .await;
    let now = chrono::Utc::now();
    app.clock.set(Some(now));
    let (municipality, _) = app
        .sign_up_municipality("Municipalité de Kairouan", "nour@kairouan.tn")
        .await;
    domain::organisations::verify(&app.db, &TestApp::actor(&manager), municipality.id)
        .await
        .expect("the municipality is verified");

    let driver = ChromeDriver::start().await;
    let browser = driver.browser().await;
    let outcome = apply_in_the_browser(&browser, &app, call.call.id).await;
    let _ = browser.close().await;
    match outcome {
        Ok(reference) => {
            let expected = format!("TUN-{}-0001", chrono::Datelike::year(&now));
            assert_eq!(reference, expected);
        }
        Err(failure) => panic!("{failure}"),
    }
}

/// Waits until the first element matching `css` reads `expected` (the page after a form post may still be
/// the previous one for a moment).
async fn wait_for_text(browser: &Client, css: &str, expected: &str) -> Result<(), String> {
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut last = String::new();
    while Instant::now() < deadline {
        if let Ok(element) = browser.find(Locator::Css(css)).await
            && let Ok(text) = element.text().await
        {
            if text.trim() == expected {
                return Ok(());
            }
            last = text;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(format!("{css} never read {expected:?}; last {last:?}"))
}

/// Logs in, opens the call, starts an application through the Apply link, fills it in, saves, submits and
/// returns the reference the receipt shows.
async fn apply_in_the_browser(
    browser: &Client,
    app: &TestApp,
    call_id: uuid::Uuid,
) -> Result<String, String> {
    let step =
        |what: &'static str| move |err: fantoccini::error::CmdError| format!("{what}: {err}");
    browser
        .goto(&app.url("/login"))
        .await
        .map_err(step("open the login page"))?;
    for (name, value) in [("email", "nour@kairouan.tn"), ("password", TEST_PASSWORD)] {
        browser
            .find(Locator::Css(&format!("input[name='{name}']")))
            .await
            .map_err(step("find a login field"))?
            .send_keys(value)
            .await
            .map_err(step("type into a login field"))?;
    }
    browser
        .find(Locator::Css("form[action='/login'] button[type='submit']"))
        .await
        .map_err(step("find the login button"))?
        .click()
        .await
        .map_err(step("log in"))?;
    browser
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(".signed-in"))
        .await
        .map_err(step("wait for the home page"))?;

    browser
        .goto(&app.url(&format!("/calls/{call_id}")))
        .await
        .map_err(step("open the call"))?;
    browser
        .find(Locator::Css(&format!("a[href='/calls/{call_id}/apply']")))
        .await
        .map_err(step("find the Apply link"))?
        .click()
        .await
        .map_err(step("follow the Apply link"))?;
    browser
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(&format!(
            "form[action='/calls/{call_id}/apply'] button[type='submit']"
        )))
        .await
        .map_err(step("wait for the apply page"))?
        .click()
        .await
        .map_err(step("start the application"))?;
    wait_for_text(
        browser,
        ".notice-success",
        "Your application has been started. Fill it in and save it as often as you like; submit it before the deadline.",
    )
    .await?;

    for (css, value) in [
        ("input[name='title']", "Open budget for Kairouan"),
        (
            "textarea[name='summary']",
            "Citizens decide part of the investment budget.",
        ),
        (
            "textarea[name='problem']",
            "Few residents take part in council decisions.",
        ),
        (
            "textarea[name='objectives']",
            "Two participatory budget cycles.",
        ),
        (
            "textarea[name='participation_plan']",
            "Neighbourhood assemblies vote on projects.",
        ),
        ("input[name='budget_lines[0].category']", "Events"),
        (
            "textarea[name='budget_lines[0].description']",
            "Neighbourhood assemblies",
        ),
        ("input[name='budget_lines[0].amount']", "15000"),
    ] {
        browser
            .find(Locator::Css(css))
            .await
            .map_err(step("find a field of the application"))?
            .send_keys(value)
            .await
            .map_err(step("type into the application"))?;
    }
    browser
        .find(Locator::Css("form.application-form button[type='submit']"))
        .await
        .map_err(step("find the save button"))?
        .click()
        .await
        .map_err(step("save the draft"))?;
    wait_for_text(browser, ".notice-success", "The draft has been saved.").await?;

    // A change typed and not saved is kept by Submit, which posts the whole page.
    fill(browser, "title", "Open budget for Kairouan, final").await?;
    browser
        .find(Locator::Css("button[formaction$='/submit']"))
        .await
        .map_err(step("find the submit button"))?
        .click()
        .await
        .map_err(step("submit the application"))?;
    let reference = browser
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(".receipt .reference"))
        .await
        .map_err(step("wait for the receipt"))?
        .text()
        .await
        .map_err(step("read the reference"))?;
    let main = browser
        .find(Locator::Css("main"))
        .await
        .map_err(step("find the receipt"))?
        .text()
        .await
        .map_err(step("read the receipt"))?;
    for needed in [
        "Open budget for Kairouan, final",
        "Municipalité de Kairouan",
        "15,000.000 TND",
    ] {
        if !main.contains(needed) {
            return Err(format!("the receipt does not show {needed:?}:\n{main}"));
        }
    }
    Ok(reference)
}

#[tokio::test]
async fn a_reviewer_scores_an_assigned_application_in_a_real_browser_and_submits_the_review() {
    if !browser_available() {
        return;
    }
    let app = spawn_app().await;
    let world = app
        .reviewing_world(convoca_tests::reviewing::WorldSpec {
            applications: 1,
            civil_society: 1,
            government: 1,
            municipal_members: 0,
            partner_members: 0,
        })
        .await;
    let application = world.applications[0];
    let reviewer = &world.members[0];
    domain::committee::assigning::assign(
        &app.db,
        &TestApp::actor(&world.manager),
        world.call.call.id,
        application,
        reviewer.id,
        chrono::Utc::now(),
    )
    .await
    .expect("the reviewer is assigned");
    let criteria: Vec<(uuid::Uuid, i32)> = world
        .call
        .criteria
        .iter()
        .map(|c| (c.id, c.max_score))
        .collect();

    let driver = ChromeDriver::start().await;
    let browser = driver.browser().await;
    let outcome =
        review_in_the_browser(&browser, &app, &reviewer.email, application, &criteria).await;
    let _ = browser.close().await;
    if let Err(failure) = outcome {
        panic!("{failure}");
    }
    let view = domain::reviews::service::get(&app.db, &TestApp::actor(reviewer), application)
        .await
        .expect("the reviewer reads their review");
    assert_eq!(view.state, Some(domain::reviews::ReviewState::Submitted));
    assert_eq!(view.sheet.scored(), criteria.len());
}

/// Logs in, opens "Reviews", follows the assigned application, scores and comments every criterion,
/// recommends funding and submits; the page must then say the review is submitted.
async fn review_in_the_browser(
    browser: &Client,
    app: &TestApp,
    email: &str,
    application: uuid::Uuid,
    criteria: &[(uuid::Uuid, i32)],
) -> Result<(), String> {
    let step =
        |what: &'static str| move |err: fantoccini::error::CmdError| format!("{what}: {err}");
    browser
        .goto(&app.url("/login"))
        .await
        .map_err(step("open the login page"))?;
    for (name, value) in [("email", email), ("password", TEST_PASSWORD)] {
        browser
            .find(Locator::Css(&format!("input[name='{name}']")))
            .await
            .map_err(step("find a login field"))?
            .send_keys(value)
            .await
            .map_err(step("type into a login field"))?;
    }
    browser
        .find(Locator::Css("form[action='/login'] button[type='submit']"))
        .await
        .map_err(step("find the login button"))?
        .click()
        .await
        .map_err(step("log in"))?;
    browser
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(".signed-in"))
        .await
        .map_err(step("wait for the home page"))?;

    browser
        .find(Locator::Css(".site-nav a[href='/reviews']"))
        .await
        .map_err(step("find the Reviews link"))?
        .click()
        .await
        .map_err(step("open Reviews"))?;
    browser
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(&format!("a[href='/reviews/{application}']")))
        .await
        .map_err(step("wait for the assigned application"))?
        .click()
        .await
        .map_err(step("open the assigned application"))?;
    browser
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("form.review-form"))
        .await
        .map_err(step("wait for the score sheet"))?;

    for (i, (criterion, max)) in criteria.iter().enumerate() {
        let score = (max - 1).to_string();
        browser
            .find(Locator::Css(&format!("input[name='score.{criterion}']")))
            .await
            .map_err(step("find a score"))?
            .send_keys(&score)
            .await
            .map_err(step("type a score"))?;
        browser
            .find(Locator::Css(&format!(
                "textarea[name='comment.{criterion}']"
            )))
            .await
            .map_err(step("find a comment"))?
            .send_keys(&format!("Comment on criterion {}.", i + 1))
            .await
            .map_err(step("type a comment"))?;
    }
    browser
        .find(Locator::Css("textarea[name='overall_comment']"))
        .await
        .map_err(step("find the overall comment"))?
        .send_keys("A convincing plan with a credible budget.")
        .await
        .map_err(step("type the overall comment"))?;
    browser
        .find(Locator::Css("input[name='recommendation'][value='fund']"))
        .await
        .map_err(step("find the recommendation"))?
        .click()
        .await
        .map_err(step("recommend funding"))?;
    browser
        .find(Locator::Css("button[name='action'][value='submit']"))
        .await
        .map_err(step("find the Submit review button"))?
        .click()
        .await
        .map_err(step("submit the review"))?;

    wait_for_text(
        browser,
        ".notice-success",
        "Your review has been submitted.",
    )
    .await?;
    wait_for_text(browser, ".review-state", "Submitted").await?;
    let main = browser
        .find(Locator::Css("main"))
        .await
        .map_err(step("find the page"))?
        .text()
        .await
        .map_err(step("read the page"))?;
    if !main.contains("Save revision") {
        return Err(format!(
            "a submitted review is revised, not submitted again:\n{main}"
        ));
    }
    let overall = browser
        .find(Locator::Css("textarea[name='overall_comment']"))
        .await
        .map_err(step("find the overall comment again"))?
        .prop("value")
        .await
        .map_err(step("read the overall comment"))?;
    if overall.as_deref() != Some("A convincing plan with a credible budget.") {
        return Err(format!("the overall comment was not kept: {overall:?}"));
    }
    Ok(())
}

#[tokio::test]
async fn a_manager_overrides_a_decision_finalises_and_publishes_in_a_real_browser() {
    if !browser_available() {
        return;
    }
    let app = spawn_app().await;
    let world = crate::selection_web::scored_world(&app).await;
    let call_id = world.call.call.id;
    // The third in the ranking (40 out of 100), which the proposal selects.
    let application = world.applications[0];
    let justification =
        "The municipal council has not adopted the plan yet; it will be reconsidered.";

    let driver = ChromeDriver::start().await;
    let browser = driver.browser().await;
    let outcome = decide_in_the_browser(
        &browser,
        &app,
        &world.manager.email,
        call_id,
        application,
        justification,
    )
    .await;
    let _ = browser.close().await;
    if let Err(failure) = outcome {
        panic!("{failure}");
    }
    let results = domain::selection::results::results(&app.db, None, call_id)
        .await
        .expect("the results are public");
    let row = results
        .rows
        .iter()
        .find(|r| r.application.id == application)
        .expect("the application is in the results");
    assert_eq!(
        row.outcome,
        domain::selection::proposal::Outcome::Waitlisted
    );
    assert_eq!(row.justification.as_deref(), Some(justification));
}

/// Logs in, opens the call's selection page from the call editor, checks the proposal, opens an application
/// from the ranking, waitlists it with a justification, goes back to the board, finalises, publishes and
/// follows the link to the public results, which must show the outcome and the justification.
async fn decide_in_the_browser(
    browser: &Client,
    app: &TestApp,
    email: &str,
    call_id: uuid::Uuid,
    application: uuid::Uuid,
    justification: &str,
) -> Result<(), String> {
    let step =
        |what: &'static str| move |err: fantoccini::error::CmdError| format!("{what}: {err}");
    let board = format!("/manage/calls/{call_id}/selection");
    browser
        .goto(&app.url("/login"))
        .await
        .map_err(step("open the login page"))?;
    for (name, value) in [("email", email), ("password", TEST_PASSWORD)] {
        browser
            .find(Locator::Css(&format!("input[name='{name}']")))
            .await
            .map_err(step("find a login field"))?
            .send_keys(value)
            .await
            .map_err(step("type into a login field"))?;
    }
    browser
        .find(Locator::Css("form[action='/login'] button[type='submit']"))
        .await
        .map_err(step("find the login button"))?
        .click()
        .await
        .map_err(step("log in"))?;
    browser
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(".signed-in"))
        .await
        .map_err(step("wait for the home page"))?;

    browser
        .goto(&app.url(&format!("/manage/calls/{call_id}")))
        .await
        .map_err(step("open the call editor"))?;
    browser
        .find(Locator::Css(&format!("a[href='{board}']")))
        .await
        .map_err(step("find the Selection link"))?
        .click()
        .await
        .map_err(step("open the selection page"))?;
    let proposal = browser
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(&format!(
            "tr[data-application='{application}'] .proposed"
        )))
        .await
        .map_err(step("wait for the ranking"))?
        .text()
        .await
        .map_err(step("read the proposal"))?;
    if proposal != "Selected" {
        return Err(format!("the proposal should select it, says {proposal:?}"));
    }
    let comparison = browser
        .find(Locator::Css("section[aria-labelledby='comparison']"))
        .await
        .map_err(step("find the comparison"))?
        .text()
        .await
        .map_err(step("read the comparison"))?;
    if !comparison.contains("The proposal and the optimised selection agree.") {
        return Err(format!("unexpected comparison:\n{comparison}"));
    }

    browser
        .find(Locator::Css(&format!(
            "tr[data-application='{application}'] a[href='{board}/{application}']"
        )))
        .await
        .map_err(step("find the application's link"))?
        .click()
        .await
        .map_err(step("open the application"))?;
    browser
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("form.decision-form select[name='outcome']"))
        .await
        .map_err(step("wait for the decision form"))?
        .select_by_value("waitlisted")
        .await
        .map_err(step("choose waitlisted"))?;
    browser
        .find(Locator::Css(
            "form.decision-form textarea[name='justification']",
        ))
        .await
        .map_err(step("find the justification"))?
        .send_keys(justification)
        .await
        .map_err(step("type the justification"))?;
    browser
        .find(Locator::Css("form.decision-form button[type='submit']"))
        .await
        .map_err(step("find the save button"))?
        .click()
        .await
        .map_err(step("save the decision"))?;
    wait_for_text(browser, ".notice-success", "The decision has been saved.").await?;
    wait_for_text(browser, "dd .outcome", "Waitlisted").await?;

    browser
        .find(Locator::Css(&format!(".eyebrow a[href='{board}']")))
        .await
        .map_err(step("find the link back to the board"))?
        .click()
        .await
        .map_err(step("go back to the board"))?;
    wait_for_text(
        browser,
        &format!("tr[data-application='{application}'] .override"),
        "Override",
    )
    .await?;
    // Finalising is confirmed on a page of its own, as opening and closing are.
    browser
        .find(Locator::Css("a[href$='/selection/finalise']"))
        .await
        .map_err(step("find the finalise link"))?
        .click()
        .await
        .map_err(step("open the finalise confirmation"))?;
    browser
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(
            "form[action$='/selection/finalise'] button[type='submit']",
        ))
        .await
        .map_err(step("find the finalise button"))?
        .click()
        .await
        .map_err(step("finalise"))?;
    wait_for_text(
        browser,
        ".notice-success",
        "The decisions have been finalised.",
    )
    .await?;
    browser
        .find(Locator::Css(
            "form[action*='/selection/publish'] button[type='submit']",
        ))
        .await
        .map_err(step("find the publish button"))?
        .click()
        .await
        .map_err(step("publish"))?;
    wait_for_text(
        browser,
        ".notice-success",
        "The results have been published.",
    )
    .await?;

    browser
        .find(Locator::Css(&format!("a[href='/calls/{call_id}/results']")))
        .await
        .map_err(step("find the link to the public results"))?
        .click()
        .await
        .map_err(step("open the public results"))?;
    browser
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("table.results"))
        .await
        .map_err(step("wait for the results"))?;
    let main = browser
        .find(Locator::Css("main"))
        .await
        .map_err(step("find the results"))?
        .text()
        .await
        .map_err(step("read the results"))?;
    for needed in [
        "Waitlisted",
        "Decided by the programme, departing from the proposal",
        justification,
    ] {
        if !main.contains(needed) {
            return Err(format!(
                "the public results do not show {needed:?}:\n{main}"
            ));
        }
    }
    if main.contains("not yet published") {
        return Err(format!("the results should be published:\n{main}"));
    }
    Ok(())
}

#[tokio::test]
async fn a_forgotten_password_is_reset_from_the_emailed_link_in_a_real_browser() {
    if !browser_available() {
        return;
    }
    let app = spawn_app().await;
    let user = app
        .create_user("salma@kairouan.tn", &[domain::Role::Applicant], None)
        .await;
    // A session signed in before the reset, which the reset must end.
    let old_session = convoca_tests::html::logged_in(&app, &user.email).await;
    let sink = convoca_tests::smtp::SmtpSink::start().await;
    let mailer = api::mail::Mailer::new(&api::mail::MailSettings {
        smtp_url: sink.url(),
        from: "Convoca <convoca@example.org>".into(),
        public_url: app.address.clone(),
    })
    .expect("valid mail settings");

    let driver = ChromeDriver::start().await;
    let browser = driver.browser().await;
    let outcome = reset_in_the_browser(&browser, &app, &mailer, &sink, &user.email).await;
    let _ = browser.close().await;
    if let Err(failure) = outcome {
        panic!("{failure}");
    }
    let account = old_session
        .get(app.url("/account"))
        .send()
        .await
        .expect("the old session asks for its account page");
    assert_eq!(account.status(), 303, "the old session has ended");
}

/// Asks for a link from the login page, reads the email from the sink, follows the link, chooses a new
/// password and logs in with it; then checks that the used link, and an expired one, are refused.
async fn reset_in_the_browser(
    browser: &Client,
    app: &TestApp,
    mailer: &api::mail::Mailer,
    sink: &convoca_tests::smtp::SmtpSink,
    email: &str,
) -> Result<(), String> {
    let step =
        |what: &'static str| move |err: fantoccini::error::CmdError| format!("{what}: {err}");
    let new_password = "cedar-lantern-orbit-97";
    browser
        .goto(&app.url("/login"))
        .await
        .map_err(step("open the login page"))?;
    browser
        .find(Locator::Css("a[href='/forgot-password']"))
        .await
        .map_err(step("find the forgotten-password link"))?
        .click()
        .await
        .map_err(step("follow it"))?;
    fill(browser, "email", email).await?;
    submit_form(browser).await?;
    wait_for_text(browser, "h1", "Check your email").await?;

    mailer
        .deliver_due(&app.db, app.clock.now())
        .await
        .map_err(|err| format!("deliver: {err}"))?;
    let emails = sink.for_address(email);
    let [reset] = emails.as_slice() else {
        return Err(format!("expected one email, got {emails:#?}"));
    };
    let link = reset
        .first_link()
        .ok_or_else(|| format!("no link in {}", reset.text))?;
    if !link.starts_with(&app.url("/reset-password/")) {
        return Err(format!("unexpected link {link}"));
    }

    browser.goto(&link).await.map_err(step("follow the link"))?;
    fill(browser, "password", new_password).await?;
    fill(browser, "confirmation", new_password).await?;
    submit_form(browser).await?;
    wait_for_text(browser, "h1", "Log in to Convoca").await?;
    fill(browser, "email", email).await?;
    fill(browser, "password", new_password).await?;
    submit_form(browser).await?;
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let url = browser.current_url().await.map_err(step("read the URL"))?;
        if !url.path().starts_with("/login") {
            break;
        }
        if Instant::now() > deadline {
            return Err("logging in with the new password failed".into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // Used once: the same link is refused.
    browser.goto(&link).await.map_err(step("reuse the link"))?;
    wait_for_text(browser, "h1", "This link does not work").await?;

    // A fresh link, an hour and a minute later, is refused too.
    let asked = app
        .api(
            "POST",
            "/auth/password-reset",
            None,
            Some(json!({"email": email})),
        )
        .await;
    if asked.status != 202 {
        return Err(format!("the API answered {}", asked.status));
    }
    mailer
        .deliver_due(&app.db, app.clock.now())
        .await
        .map_err(|err| format!("deliver: {err}"))?;
    let emails = sink.for_address(email);
    let second = emails
        .last()
        .and_then(|m| m.first_link())
        .filter(|l| *l != link)
        .ok_or("no second link")?;
    app.clock
        .set(Some(chrono::Utc::now() + chrono::Duration::minutes(61)));
    browser
        .goto(&second)
        .await
        .map_err(step("open the expired link"))?;
    wait_for_text(browser, "h1", "This link does not work").await
}

/// Types `value` into the field named `name`.
async fn fill(browser: &Client, name: &str, value: &str) -> Result<(), String> {
    let field = browser
        .find(Locator::Css(&format!("input[name='{name}']")))
        .await
        .map_err(|err| format!("find {name}: {err}"))?;
    field
        .clear()
        .await
        .map_err(|err| format!("clear {name}: {err}"))?;
    field
        .send_keys(value)
        .await
        .map_err(|err| format!("type into {name}: {err}"))
}

/// Logs in through the login form and waits for the signed-in home page.
async fn log_in_browser(
    browser: &Client,
    app: &TestApp,
    email: &str,
    password: &str,
) -> Result<(), String> {
    let step =
        |what: &'static str| move |err: fantoccini::error::CmdError| format!("{what}: {err}");
    browser
        .goto(&app.url("/login"))
        .await
        .map_err(step("open the login page"))?;
    fill(browser, "email", email).await?;
    fill(browser, "password", password).await?;
    browser
        .find(Locator::Css("form[action='/login'] button[type='submit']"))
        .await
        .map_err(step("find the login button"))?
        .click()
        .await
        .map_err(step("log in"))?;
    browser
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(".signed-in"))
        .await
        .map_err(step("wait for the home page"))?;
    Ok(())
}

/// Presses the submit button of the page's main form.
async fn submit_form(browser: &Client) -> Result<(), String> {
    browser
        .find(Locator::Css("main form button[type='submit']"))
        .await
        .map_err(|err| format!("find the submit button: {err}"))?
        .click()
        .await
        .map_err(|err| format!("press it: {err}"))
}

/// Where the browser tests save screenshots of the pages they check, when `CONVOCA_SCREENSHOTS` names a
/// folder (for people to look at; nothing is compared).
async fn keep_screenshot(browser: &Client, name: &str) -> Result<(), String> {
    let Ok(folder) = std::env::var("CONVOCA_SCREENSHOTS") else {
        return Ok(());
    };
    let png = browser
        .screenshot()
        .await
        .map_err(|err| format!("screenshot {name}: {err}"))?;
    std::fs::create_dir_all(&folder).map_err(|err| format!("{folder}: {err}"))?;
    std::fs::write(Path::new(&folder).join(format!("{name}.png")), png)
        .map_err(|err| format!("save {name}: {err}"))
}

/// Published results of a call `code` with three funded Tunisian municipalities: its manager with a token,
/// the funded world and the call as the public sees it.
async fn published_world(
    app: &TestApp,
    code: &str,
) -> (
    domain::accounts::User,
    String,
    convoca_tests::projects::FundedWorld,
    domain::calls::service::CallView,
) {
    let (manager, token) = app.new_manager().await;
    let world = app
        .funded_world(
            &manager,
            &convoca_tests::projects::FundedSpec::tunisian(code, 3),
        )
        .await;
    let decided = domain::calls::service::get(&app.db, None, world.call_id)
        .await
        .expect("the call is public");
    (manager, token, world, decided)
}

const ARABIC_TITLE: &str = "دعوة البلديات للحكومة المفتوحة";
const ARABIC_CRITERION: &str = "جودة المشروع وأثره";

#[tokio::test]
async fn a_call_its_application_form_and_its_results_read_right_to_left_in_arabic() {
    if !browser_available() {
        return;
    }
    let app = spawn_app().await;
    // Published results with three funded municipalities, in a programme publishing in English and Arabic.
    let (manager, token, world, decided) = published_world(&app, "ARABIC").await;
    let programme = domain::programmes::update(
        &app.db,
        &TestApp::actor(&manager),
        decided.programme.id,
        decided.programme.version,
        &domain::programmes::ProgrammeInput {
            name: decided.programme.name.clone(),
            description: decided.programme.description.clone(),
            agency_id: decided.programme.agency_id,
            currency: decided.programme.currency.clone(),
            reporting_cadence_months: 6,
            content_languages: vec!["en".into(), "ar".into()],
        },
    )
    .await
    .expect("the programme names its languages");
    // And an open call of the same programme where one of the municipalities has a draft.
    let open = app.open_call(&manager, &programme, "ARO", &[], &[]).await;
    for call in [world.call_id, open.call.id] {
        let translated = app
            .api(
                "PUT",
                &format!("/calls/{call}/translations/ar"),
                Some(&token),
                Some(json!({"texts": {"title": ARABIC_TITLE, "criterion.1.title": ARABIC_CRITERION}})),
            )
            .await;
        assert_eq!(translated.status, 200, "{}", translated.body);
    }
    let team = &world.teams[0];
    let draft = domain::applications::service::start(
        &app.db,
        &TestApp::actor(team),
        open.call.id,
        chrono::Utc::now(),
    )
    .await
    .expect("the draft is started");

    let driver = ChromeDriver::start().await;
    let browser = driver.browser_in("ar").await;
    let outcome = read_in_arabic(
        &browser,
        &app,
        &team.email,
        &[
            (format!("/calls/{}", open.call.id), "call", true),
            (
                format!("/applications/{}", draft.application.id),
                "application",
                true,
            ),
            (format!("/calls/{}/results", world.call_id), "results", true),
            (format!("/projects/{}", world.projects[0]), "project", true),
            ("/projects".to_owned(), "portfolio", false),
        ],
    )
    .await;
    let _ = browser.close().await;
    if let Err(failure) = outcome {
        panic!("{failure}");
    }
}

/// Logs in as `email` and opens each page: each must be Arabic, right to left, and show the call's Arabic
/// title when the flag says so; each is kept as a screenshot.
async fn read_in_arabic(
    browser: &Client,
    app: &TestApp,
    email: &str,
    pages: &[(String, &str, bool)],
) -> Result<(), String> {
    let step =
        |what: &'static str| move |err: fantoccini::error::CmdError| format!("{what}: {err}");
    browser
        .set_window_size(1366, 1800)
        .await
        .map_err(step("size the window"))?;
    log_in_browser(browser, app, email, TEST_PASSWORD).await?;
    for (path, name, titled) in pages {
        browser
            .goto(&app.url(path))
            .await
            .map_err(step("open a page"))?;
        let html = browser
            .find(Locator::Css("html"))
            .await
            .map_err(step("find the document"))?;
        let lang = html.attr("lang").await.map_err(step("read lang"))?;
        let dir = html.attr("dir").await.map_err(step("read dir"))?;
        if lang.as_deref() != Some("ar") || dir.as_deref() != Some("rtl") {
            return Err(format!("{path}: lang {lang:?}, dir {dir:?}"));
        }
        let text = browser
            .find(Locator::Css("main"))
            .await
            .map_err(step("find the main content"))?
            .text()
            .await
            .map_err(step("read the main content"))?;
        if *titled && !text.contains(ARABIC_TITLE) {
            return Err(format!("{path} does not show the Arabic title: {text}"));
        }
        keep_screenshot(browser, &format!("arabic-{name}")).await?;
    }
    Ok(())
}

/// axe-core 4.14.1 (Mozilla Public License 2.0, see `tests/vendor/axe-core.LICENSE`), vendored from the npm
/// registry, so that the accessibility check needs no network.
const AXE: &str = include_str!("../vendor/axe.min.js");

/// The accessibility violations axe-core finds on the page the browser shows, one line each (rule, help
/// and the elements), or the reason it could not run.
async fn axe_violations(browser: &Client) -> Result<Vec<String>, String> {
    browser
        .execute(AXE, vec![])
        .await
        .map_err(|err| format!("load axe-core: {err}"))?;
    let found = browser
        .execute_async(
            "const done = arguments[arguments.length - 1];\
             axe.run(document, {resultTypes: ['violations']})\
               .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' at ' +\
                 v.nodes.map(n => n.target.join(' ')).join(', '))))\
               .catch(e => done(['axe-core failed: ' + e]));",
            vec![],
        )
        .await
        .map_err(|err| format!("run axe-core: {err}"))?;
    Ok(found
        .as_array()
        .map(|lines| {
            lines
                .iter()
                .filter_map(|line| line.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default())
}

/// Opens each page (logging in as `email` with the tests' password first, when given) and collects what
/// axe-core finds on it.
async fn audit_pages(
    driver: &ChromeDriver,
    app: &TestApp,
    email: Option<&str>,
    language: &str,
    paths: &[String],
) -> Result<Vec<String>, String> {
    let login = email.map(|email| (email, TEST_PASSWORD));
    audit_pages_as(driver, app, login, language, paths).await
}

/// [`audit_pages`] with the login's own password; each page is also kept as a screenshot (see
/// [`keep_screenshot`]).
async fn audit_pages_as(
    driver: &ChromeDriver,
    app: &TestApp,
    login: Option<(&str, &str)>,
    language: &str,
    paths: &[String],
) -> Result<Vec<String>, String> {
    let browser = driver.browser_in(language).await;
    let outcome = async {
        let step =
            |what: &'static str| move |err: fantoccini::error::CmdError| format!("{what}: {err}");
        if let Some((email, password)) = login {
            log_in_browser(&browser, app, email, password).await?;
        }
        let mut problems = Vec::new();
        for path in paths {
            browser
                .goto(&app.url(path))
                .await
                .map_err(step("open a page"))?;
            for violation in axe_violations(&browser).await? {
                problems.push(format!("{language} {path}: {violation}"));
            }
            let who = login.map_or("public", |(email, _)| {
                email.split('@').next().unwrap_or(email)
            });
            let page: String = path
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
                .collect();
            keep_screenshot(&browser, &format!("{who}-{language}{page}")).await?;
        }
        Ok(problems)
    }
    .await;
    let _ = browser.close().await;
    outcome
}

#[tokio::test]
async fn the_main_pages_of_every_role_pass_axe_core() {
    if !browser_available() {
        return;
    }
    let app = spawn_app().await;
    let (manager, _, world, decided) = published_world(&app, "AXE").await;
    let open = app
        .open_call(&manager, &decided.programme, "AXO", &[], &[])
        .await;
    let team = &world.teams[0];
    let draft = domain::applications::service::start(
        &app.db,
        &TestApp::actor(team),
        open.call.id,
        chrono::Utc::now(),
    )
    .await
    .expect("the draft is started");
    app.create_user(
        "admin@convoca.example",
        &[domain::Role::Admin, domain::Role::Manager],
        None,
    )
    .await;

    let call = world.call_id;
    let project = world.projects[0];
    let public: Vec<String> = [
        "/".to_owned(),
        "/calls".to_owned(),
        format!("/calls/{}", open.call.id),
        format!("/calls/{call}/results"),
        format!("/programmes/{}", decided.programme.id),
        "/projects".to_owned(),
        format!("/projects/{project}"),
        "/login".to_owned(),
        "/signup".to_owned(),
    ]
    .into();
    let applicant: Vec<String> = [
        "/".to_owned(),
        "/applications".to_owned(),
        format!("/applications/{}", draft.application.id),
        format!("/projects/{project}"),
        "/account".to_owned(),
        "/notifications".to_owned(),
    ]
    .into();
    let managing: Vec<String> = [
        "/".to_owned(),
        "/manage/calls".to_owned(),
        format!("/manage/calls/{}", open.call.id),
        format!("/manage/calls/{call}/applications"),
        format!("/manage/calls/{call}/committee"),
        format!("/manage/calls/{call}/selection"),
        "/manage/organisations".to_owned(),
        "/manage/programmes".to_owned(),
        format!("/manage/programmes/{}", decided.programme.id),
        "/manage/projects".to_owned(),
    ]
    .into();
    let administering: Vec<String> = ["/admin/users".to_owned(), "/admin/outbox".to_owned()].into();

    let driver = ChromeDriver::start().await;
    let mut problems = Vec::new();
    for (email, language, paths) in [
        (None, "en-US", &public),
        (None, "ar", &public),
        (Some(team.email.as_str()), "en-US", &applicant),
        (Some(team.email.as_str()), "ar", &applicant),
        (Some(manager.email.as_str()), "en-US", &managing),
        (Some("admin@convoca.example"), "de", &administering),
    ] {
        match audit_pages(&driver, &app, email, language, paths).await {
            Ok(found) => problems.extend(found),
            Err(failure) => panic!("{failure}"),
        }
    }
    assert!(
        problems.is_empty(),
        "axe-core found {} violations:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[tokio::test]
async fn the_demo_s_home_pages_results_and_projects_pass_axe_core_in_every_role() {
    use domain::calls::entity::call;
    use domain::projects::entity::project;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    if !browser_available() {
        return;
    }
    let app = spawn_app().await;
    domain::demo::load(&app.db)
        .await
        .expect("the demo loads into a fresh database");
    let published = call::Entity::find()
        .filter(call::Column::ResultsPublishedAt.is_not_null())
        .order_by_asc(call::Column::CreatedAt)
        .one(&app.db)
        .await
        .expect("calls are readable")
        .expect("the demo has published results");
    let funded = project::Entity::find()
        .filter(project::Column::CallId.eq(published.id))
        .order_by_asc(project::Column::CreatedAt)
        .one(&app.db)
        .await
        .expect("projects are readable")
        .expect("the published call has funded projects");
    let results = format!("/calls/{}/results", published.id);
    let project = format!("/projects/{}", funded.id);
    let public: Vec<String> = vec![
        "/".into(),
        "/calls".into(),
        results.clone(),
        format!("/programmes/{}", published.programme_id),
        "/projects".into(),
        project.clone(),
    ];
    let password = domain::demo::DEMO_PASSWORD;
    let driver = ChromeDriver::start().await;
    let mut problems = Vec::new();
    for (login, language, paths) in [
        (None, "ar", public.clone()),
        (None, "fr", public.clone()),
        (None, "en-US", public),
        (
            Some("applicant.tunisia@demo.example"),
            "ar",
            vec!["/".into(), "/applications".into(), project.clone()],
        ),
        (
            Some("applicant.argentina@demo.example"),
            "es",
            vec!["/".into(), "/applications".into()],
        ),
        (
            Some("reviewer@demo.example"),
            "de",
            vec!["/".into(), "/reviews".into()],
        ),
        (
            Some("chair@demo.example"),
            "de",
            vec!["/".into(), "/reviews".into()],
        ),
        (
            Some("manager@demo.example"),
            "en-US",
            vec![
                "/".into(),
                "/manage/calls".into(),
                "/manage/projects".into(),
                format!("/manage/calls/{}/selection", published.id),
            ],
        ),
        (
            Some("admin@demo.example"),
            "fr",
            vec!["/".into(), "/admin/users".into(), "/admin/outbox".into()],
        ),
    ] {
        let login = login.map(|email| (email, password));
        match audit_pages_as(&driver, &app, login, language, &paths).await {
            Ok(found) => problems.extend(found),
            Err(failure) => panic!("{failure}"),
        }
    }
    assert!(
        problems.is_empty(),
        "axe-core found {} violations:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[tokio::test]
async fn the_call_editor_totals_the_weights_as_typed_and_warns_before_typed_work_is_left() {
    if !browser_available() {
        return;
    }
    let app = spawn_app().await;
    let (actor, agency) = crate::calls_web::manager(&app).await;
    let programme = crate::calls_web::programme(&app, &actor, agency.id).await;
    let draft = domain::calls::service::create(
        &app.db,
        &actor,
        programme.id,
        &crate::calls_web::details("Municipal pilots 2027"),
    )
    .await
    .expect("the draft is created");
    let driver = ChromeDriver::start().await;
    let browser = driver.browser().await;
    let outcome = edit_in_the_browser(&browser, &app, draft.call.id).await;
    let _ = browser.close().await;
    if let Err(failure) = outcome {
        panic!("{failure}");
    }
}

/// Whether leaving the page now would ask first (the page's `beforeunload` handler cancels the event).
async fn would_warn_on_leaving(browser: &Client) -> Result<bool, String> {
    browser
        .execute(
            "var e = new Event('beforeunload', {cancelable: true}); \
             window.dispatchEvent(e); return e.defaultPrevented;",
            vec![],
        )
        .await
        .map_err(|err| format!("dispatch beforeunload: {err}"))?
        .as_bool()
        .ok_or_else(|| "beforeunload gave no answer".to_owned())
}

/// Types two criteria with decimal weights, checks the running total and the warning on leaving, then asks
/// for more rows and checks that what was typed came back.
async fn edit_in_the_browser(
    browser: &Client,
    app: &TestApp,
    call_id: uuid::Uuid,
) -> Result<(), String> {
    let step =
        |what: &'static str| move |err: fantoccini::error::CmdError| format!("{what}: {err}");
    log_in_browser(browser, app, "manager@programme.tn", TEST_PASSWORD).await?;
    browser
        .goto(&app.url(&format!("/manage/calls/{call_id}")))
        .await
        .map_err(step("open the call editor"))?;
    if would_warn_on_leaving(browser).await? {
        return Err("the editor warns before anything was typed".into());
    }
    fill(browser, "criteria[0].title", "Citizen participation").await?;
    fill(browser, "criteria[0].weight", "2.5").await?;
    fill(browser, "criteria[0].max_score", "5").await?;
    fill(browser, "criteria[1].title", "Transparency").await?;
    fill(browser, "criteria[1].weight", "0.5").await?;
    let total = browser
        .find(Locator::Css("output[data-weight-total]"))
        .await
        .map_err(step("find the weight total"))?
        .text()
        .await
        .map_err(step("read the weight total"))?;
    if total != "3" {
        return Err(format!("the weight total reads {total:?}, not 3"));
    }
    if !would_warn_on_leaving(browser).await? {
        return Err("typed work is left without a warning".into());
    }
    browser
        .find(Locator::Css("button[name='more'][value='criteria']"))
        .await
        .map_err(step("find More rows"))?
        .click()
        .await
        .map_err(step("press More rows"))?;
    // Two typed rows, three added, three always offered.
    browser
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("input[name='criteria[7].title']"))
        .await
        .map_err(step("wait for the added rows"))?;
    let kept = browser
        .find(Locator::Css("input[name='criteria[1].title']"))
        .await
        .map_err(step("find the second row"))?
        .prop("value")
        .await
        .map_err(step("read the second row"))?;
    if kept.as_deref() != Some("Transparency") {
        return Err(format!("the second row came back as {kept:?}"));
    }
    Ok(())
}

/// Six criteria with titles as long as real ones, so that a table with a column per criterion is wide.
const WIDE_CRITERIA: [&str; 6] = [
    "Citizen participation in the design and the running of the commitment",
    "Transparency of the municipal budget and of public procurement",
    "Inclusion of women, young people and people with disabilities",
    "Feasibility of the work plan and of the budget",
    "Sustainability once the grant has been spent",
    "Cooperation with civil-society organisations of the region",
];

/// The width the document needs and the window's, and each scrolling table region that lacks a name, a role
/// or a tab stop.
async fn overflow_on(browser: &Client) -> Result<(i64, i64, Vec<String>), String> {
    let found = browser
        .execute(
            "const wraps = [...document.querySelectorAll('.table-wrap')]\
               .filter(w => w.scrollWidth > w.clientWidth)\
               .filter(w => w.getAttribute('tabindex') !== '0' || w.getAttribute('role') !== 'region'\
                 || !(w.getAttribute('aria-label') || (w.getAttribute('aria-labelledby') &&\
                   document.getElementById(w.getAttribute('aria-labelledby')))))\
               .map(w => w.outerHTML.slice(0, 120));\
             return [document.documentElement.scrollWidth, window.innerWidth, wraps];",
            vec![],
        )
        .await
        .map_err(|err| format!("measure the page: {err}"))?;
    let number = |i: usize| found[i].as_i64().ok_or(format!("not a width: {found}"));
    let unnamed = found[2]
        .as_array()
        .map(|wraps| {
            wraps
                .iter()
                .filter_map(|w| w.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    Ok((number(0)?, number(1)?, unnamed))
}

#[tokio::test]
async fn the_selection_board_and_the_results_of_a_call_with_six_criteria_fit_a_1366_pixel_window() {
    use domain::selection::{decisions, results};
    if !browser_available() {
        return;
    }
    let app = spawn_app().await;
    let (manager, _) = app.new_manager().await;
    let actor = TestApp::actor(&manager);
    let mut spec = convoca_tests::projects::FundedSpec::tunisian("WIDE", 4).selection_spec();
    spec.criteria = WIDE_CRITERIA
        .iter()
        .map(|title| convoca_tests::selection::criterion(title, "1", 5, None))
        .collect();
    for applicant in &mut spec.applicants {
        applicant.reviews = vec![vec![4, 3, 5, 2, 4, 3], vec![3, 4, 4, 3, 5, 2]];
    }
    let world = app.selection_world(&manager, &spec).await;
    let call_id = world.call.call.id;
    let call = domain::calls::service::get(&app.db, Some(&actor), call_id)
        .await
        .expect("the call is readable");
    decisions::finalise(&app.db, &app.optimiser, &actor, call_id, call.call.version)
        .await
        .expect("the call is finalised");
    results::publish(&app.db, &actor, call_id)
        .await
        .expect("the results are published");
    let pages = [
        format!("/manage/calls/{call_id}/selection"),
        format!("/calls/{call_id}/results"),
    ];

    let driver = ChromeDriver::start().await;
    let browser = driver.browser().await;
    let outcome = async {
        let step =
            |what: &'static str| move |err: fantoccini::error::CmdError| format!("{what}: {err}");
        browser
            .set_window_size(1366, 768)
            .await
            .map_err(step("size the window"))?;
        log_in_browser(&browser, &app, &manager.email, TEST_PASSWORD).await?;
        let mut problems = Vec::new();
        for path in &pages {
            browser
                .goto(&app.url(path))
                .await
                .map_err(step("open a page"))?;
            let text = browser
                .find(Locator::Css("main"))
                .await
                .map_err(step("find the main content"))?
                .text()
                .await
                .map_err(step("read the main content"))?;
            if !text.contains("Open municipality of") {
                return Err(format!("{path} does not list the applications:\n{text}"));
            }
            let (needed, window, unnamed) = overflow_on(&browser).await?;
            if needed > window {
                problems.push(format!(
                    "{path} is {needed} px wide in a {window} px window"
                ));
            }
            problems.extend(unnamed.into_iter().map(|wrap| {
                format!("{path}: a scrolling table region without a tab stop, role or name: {wrap}")
            }));
            keep_screenshot(&browser, &format!("wide{}", path.replace('/', "-"))).await?;
        }
        Ok::<_, String>(problems)
    }
    .await;
    let _ = browser.close().await;
    let problems = outcome.unwrap_or_else(|failure| panic!("{failure}"));
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    let violations = audit_pages(&driver, &app, Some(&manager.email), "en-US", &pages)
        .await
        .unwrap_or_else(|failure| panic!("{failure}"));
    assert!(
        violations.is_empty(),
        "axe-core found {} violations:\n{}",
        violations.len(),
        violations.join("\n")
    );
}
