//! The portfolio of funded projects in the browser, end to end: the public page (projects of published
//! results only, their awards in totals, a chart, filters), the managers' page (every project, what is due
//! and overdue) and who is refused it, and the tranche template form of the call editor (a wrong sum
//! refused beside the table with what was typed kept; a valid template saved and used when the call is
//! finalised; no more changes once decided). Asserted on what a visitor sees, and on what the domain stored.

use chrono::{Duration, NaiveTime, Utc};
use convoca_tests::html::{Page, get, logged_in, submit};
use convoca_tests::selection::{ApplicantSpec, SeatSpec, SelectionSpec, SelectionWorld, criterion};
use convoca_tests::{TestApp, new_client, spawn_app};
use domain::Role;
use domain::accounts::User;
use domain::projects::schedule::{self, TemplateCondition};
use domain::projects::service::{self as projects, ProjectFilter, ProjectView};
use domain::selection::{decisions, results};
use reqwest::StatusCode;
use uuid::Uuid;

const MILESTONE: &str = "Action plan adopted by the municipal council";

/// A call in review of `programme` with one criterion and a committee of two, each applicant scored 4 and 5
/// (so that every one is selected), requesting 5,000 TND.
fn spec(programme: &str, applicants: &[(&str, &str)]) -> SelectionSpec {
    SelectionSpec {
        programme: programme.into(),
        code: "POR".into(),
        total_budget: "100000".into(),
        min_award: "1000".into(),
        max_award: "20000".into(),
        max_awards: 5,
        min_reviews: 2,
        min_total_score: None,
        tie_break: vec![],
        quotas: vec![],
        criteria: vec![criterion("Citizen participation", "1", 5, None)],
        committee: vec![
            SeatSpec::new("Chair", "civil_society"),
            SeatSpec::new("Member", "government"),
        ],
        applicants: applicants
            .iter()
            .map(|(name, subdivision)| {
                ApplicantSpec::new(name, subdivision, "5000", vec![vec![4], vec![5]])
            })
            .collect(),
        seed: None,
    }
}

async fn manager(app: &TestApp) -> User {
    app.create_user("manager@portfolio.example", &[Role::Manager], None)
        .await
}

/// Finalises a call in review (through the domain), with its current version.
async fn finalise(app: &TestApp, manager: &User, call_id: Uuid) {
    let actor = TestApp::actor(manager);
    let call = domain::calls::service::get(&app.db, Some(&actor), call_id)
        .await
        .unwrap();
    decisions::finalise(&app.db, &app.optimiser, &actor, call_id, call.call.version)
        .await
        .expect("the call is finalised");
}

/// The projects of a call, as a manager sees them.
async fn projects_of(app: &TestApp, manager: &User, call_id: Uuid) -> Vec<ProjectView> {
    projects::list(
        &app.db,
        Some(&TestApp::actor(manager)),
        &ProjectFilter {
            call_id: Some(call_id),
            ..ProjectFilter::default()
        },
        Utc::now().date_naive(),
    )
    .await
    .unwrap()
}

/// Two calls decided: one with its results published (Ariana in TN-11, Sousse in TN-12), one not
/// (Bizerte in TN-23).
async fn decided_worlds(app: &TestApp, manager: &User) -> (SelectionWorld, SelectionWorld) {
    let published = app
        .selection_world(
            manager,
            &spec("Published", &[("Ariana", "TN-11"), ("Sousse", "TN-12")]),
        )
        .await;
    finalise(app, manager, published.call.call.id).await;
    results::publish(&app.db, &TestApp::actor(manager), published.call.call.id)
        .await
        .expect("the results are published");
    let unpublished = app
        .selection_world(manager, &spec("Unpublished", &[("Bizerte", "TN-23")]))
        .await;
    finalise(app, manager, unpublished.call.call.id).await;
    (published, unpublished)
}

#[tokio::test]
async fn the_public_portfolio_lists_projects_of_published_results_with_their_awards_and_a_chart() {
    let app = spawn_app().await;
    let manager = manager(&app).await;
    let (published, unpublished) = decided_worlds(&app, &manager).await;
    let funded = projects_of(&app, &manager, published.call.call.id).await;
    assert_eq!(funded.len(), 2);
    let hidden = projects_of(&app, &manager, unpublished.call.call.id).await;
    assert_eq!(hidden.len(), 1);
    let anonymous = new_client();

    let page = get(&anonymous, &app, "/projects").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text());
    page.shows(&[
        "Funded projects",
        "2 projects",
        "Open municipality of Ariana",
        "Open municipality of Sousse",
        "Municipality of Ariana",
        "TN-11",
        "TN-12",
        "On track",
        // Each award, and the two together.
        "5,000.000 TND",
        "10,000.000 TND",
    ]);
    page.hides(&["Open municipality of Bizerte", "TN-23", "15,000.000 TND"]);
    assert!(page.body.contains("<svg"), "no chart:\n{}", page.body);
    assert!(page.body.contains("role=\"img\""));
    // The charts state their figures in text too.
    assert!(
        page.body
            .contains("On track: 2 projects; At risk: 0 projects"),
        "{}",
        page.body
    );
    for project in &funded {
        assert!(
            page.body
                .contains(&format!("href=\"/projects/{}\"", project.project.id)),
            "no link to {}",
            project.project.title
        );
    }
    assert!(
        !page
            .body
            .contains(&format!("/projects/{}", hidden[0].project.id))
    );
    for open_data in [
        "/api/v1/open-data/360giving.json",
        "/api/v1/open-data/projects.csv",
        "/api/v1/open-data/disbursements.csv",
    ] {
        assert!(page.body.contains(&format!("href=\"{open_data}\"")));
    }
    assert!(
        page.body
            .contains("<a href=\"/projects\" aria-current=\"page\">Funded projects</a>")
    );

    // Filters narrow the list and its totals.
    let sousse = get(&anonymous, &app, "/projects?subdivision=TN-12").await;
    assert_eq!(sousse.status, StatusCode::OK);
    sousse.shows(&["1 project", "Open municipality of Sousse"]);
    sousse.hides(&["Open municipality of Ariana", "10,000.000 TND"]);
    let at_risk = get(&anonymous, &app, "/projects?health=at_risk").await;
    at_risk.shows(&["No project matches these filters."]);
    at_risk.hides(&["Open municipality of Sousse"]);

    // The managers' page shows every project, published or not.
    let client = logged_in(&app, &manager.email).await;
    let managed = get(&client, &app, "/manage/projects").await;
    assert_eq!(managed.status, StatusCode::OK, "{}", managed.text());
    managed.shows(&[
        "Portfolio of funded projects",
        "3 projects",
        "Open municipality of Ariana",
        "Open municipality of Sousse",
        "Open municipality of Bizerte",
        "15,000.000 TND",
        "No progress report is overdue.",
        "Nothing is overdue.",
    ]);
    assert!(managed.body.contains("<svg"));
}

#[tokio::test]
async fn the_managers_portfolio_is_refused_to_anyone_else() {
    let app = spawn_app().await;
    let (_, applicant) = app
        .sign_up_municipality("Municipality of Nabeul", "staff@nabeul.example")
        .await;
    let reviewer = app
        .create_user("reviewer@portfolio.example", &[Role::Reviewer], None)
        .await;

    for user in [&applicant, &reviewer] {
        let client = logged_in(&app, &user.email).await;
        let refused = get(&client, &app, "/manage/projects").await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", user.email);
        refused.hides(&["Portfolio of funded projects"]);
        // The public page is theirs as anyone's.
        assert_eq!(get(&client, &app, "/projects").await.status, StatusCode::OK);
    }
    let sent_away = get(&new_client(), &app, "/manage/projects").await;
    assert_eq!(sent_away.status, StatusCode::SEE_OTHER);
    assert!(
        sent_away
            .location
            .as_deref()
            .is_some_and(|l| l.starts_with("/login"))
    );
}

#[tokio::test]
async fn the_tranche_template_refuses_a_sum_of_99_then_saves_one_that_finalising_uses() {
    let app = spawn_app().await;
    let manager = manager(&app).await;
    let world = app
        .selection_world(&manager, &spec("Templated", &[("Kairouan", "TN-41")]))
        .await;
    let call_id = world.call.call.id;
    let editor = format!("/manage/calls/{call_id}");
    let action = format!("{editor}/tranche-template");
    let client = logged_in(&app, &manager.email).await;

    let page = get(&client, &app, &editor).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text());
    page.shows(&[
        "Tranches of funded projects",
        "40% when the agreement is signed",
        "40% when progress report 1 is accepted",
        "20% when the final report is accepted",
    ]);
    // The editor's one form saves the template with its other sections; the section's own address
    // (posted to below) still answers.
    assert!(page.body.contains("name=\"sections\" value=\"tranches\""));
    assert!(
        page.body
            .contains(&format!("formaction=\"{editor}#tranches\""))
    );
    assert_eq!(page.value("lines[0].percent"), "40");

    let typed = [
        ("lines[0].percent", "39"),
        ("lines[0].condition", "signature"),
        ("lines[1].percent", "60"),
        ("lines[1].condition", "milestone"),
        ("lines[1].milestone", MILESTONE),
        ("lines[1].months", "6"),
        // A blank row is ignored.
        ("lines[2].percent", ""),
        ("lines[2].condition", ""),
        ("lines[2].milestone", ""),
        ("lines[2].months", ""),
        ("lines[2].report", ""),
    ];
    let refused = submit(&client, &app, &editor, &action, &typed).await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.text()
    );
    refused.shows(&["The tranches add up to 99%; they must add up to exactly 100%."]);
    assert_eq!(refused.value("lines[0].percent"), "39");
    assert_eq!(refused.value("lines[1].percent"), "60");
    assert_eq!(refused.value("lines[1].milestone"), MILESTONE);
    assert_eq!(refused.value("lines[1].months"), "6");
    assert!(
        refused
            .body
            .contains("<option value=\"milestone\" selected>")
    );
    let stored = domain::calls::service::get(&app.db, Some(&TestApp::actor(&manager)), call_id)
        .await
        .unwrap();
    assert_eq!(
        projects::template_of(&stored.call).unwrap(),
        schedule::default_template(),
        "nothing was saved"
    );

    let mut valid = typed;
    valid[0].1 = "40";
    let saved = submit(&client, &app, &editor, &action, &valid).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    assert_eq!(
        saved.location.as_deref(),
        Some(format!("{editor}#tranches").as_str())
    );
    let page = get(&client, &app, &editor).await;
    page.shows(&[
        "The tranches have been saved.",
        "40% when the agreement is signed",
        &format!("60% when the milestone “{MILESTONE}” (6 months after the start) is accepted"),
    ]);
    page.hides(&["when the final report is accepted"]);

    finalise(&app, &manager, call_id).await;
    let funded = projects_of(&app, &manager, call_id).await;
    assert_eq!(funded.len(), 1);
    let project = &funded[0];
    let start = project.project.planned_start;
    let titles: Vec<_> = project
        .milestones
        .iter()
        .map(|m| m.title.as_str())
        .collect();
    assert_eq!(titles, [MILESTONE]);
    assert_eq!(project.milestones[0].due_on, schedule::add_months(start, 6));
    // 5,000.000 TND in two tranches: 40% then 60%, in millimes.
    let amounts: Vec<_> = project.tranches.iter().map(|t| t.amount_minor).collect();
    assert_eq!(amounts, [2_000_000, 3_000_000]);

    // Decided: the template is shown, no longer offered for change, and a forged change is refused.
    let page = get(&client, &app, &editor).await;
    page.shows(&[
        "The decisions are final: the projects have their tranches",
        "40% when the agreement is signed",
    ]);
    assert!(!page.body.contains(&format!("action=\"{action}")));
    let late = submit(&client, &app, &editor, &action, &valid).await;
    assert_eq!(late.status, StatusCode::CONFLICT, "{}", late.text());
    late.shows(&["The decisions are final: the call is decided."]);
    assert!(matches!(
        &projects::template_of(
            &domain::calls::service::get(&app.db, Some(&TestApp::actor(&manager)), call_id)
                .await
                .unwrap()
                .call
        )
        .unwrap()[1]
            .condition,
        TemplateCondition::Milestone { title, months: 6 } if title == MILESTONE
    ));

    // Seven months on, the milestone and the first report are overdue on the managers' page.
    let noon = NaiveTime::from_hms_opt(12, 0, 0).unwrap();
    app.clock.set(Some(
        schedule::add_months(start, 7).and_time(noon).and_utc(),
    ));
    let managed = get(&client, &app, "/manage/projects").await;
    assert_eq!(managed.status, StatusCode::OK, "{}", managed.text());
    managed.shows(&[
        "Overdue progress reports",
        "At risk",
        &format!(
            "Milestone “{MILESTONE}”, due {}",
            schedule::add_months(start, 6).format("%B %-d, %Y")
        ),
        &format!(
            "Progress report 1, due {}",
            schedule::add_months(start, 6).format("%B %-d, %Y")
        ),
    ]);
    managed.hides(&["No progress report is overdue.", "Nothing is overdue."]);
    // Ten days before the first report, it is due soon rather than overdue.
    app.clock.set(Some(
        (schedule::add_months(start, 6) - Duration::days(10))
            .and_time(noon)
            .and_utc(),
    ));
    let soon = get(&client, &app, "/manage/projects").await;
    soon.shows(&[
        "No progress report is overdue.",
        "Progress reports due within 30 days",
        "Due soon",
    ]);
}

/// The public portfolio in German writes amounts as Germans do and names the governorates; in Arabic it
/// names them in Arabic, and keeps amounts and Latin names apart from the right-to-left text.
#[tokio::test]
async fn the_public_portfolio_writes_amounts_and_places_in_the_reader_s_language() {
    let app = spawn_app().await;
    let manager = manager(&app).await;
    decided_worlds(&app, &manager).await;
    let in_language = |accept: &'static str| {
        let request = app
            .client
            .get(app.url("/projects"))
            .header(reqwest::header::ACCEPT_LANGUAGE, accept);
        async move { Page::read(request.send().await.expect("GET")).await }
    };

    let german = in_language("de-DE").await;
    assert_eq!(german.status, StatusCode::OK, "{}", german.text());
    german.shows(&["5.000,000 TND", "10.000,000 TND", "Tunis", "Ariana"]);
    assert!(
        german.body.contains("<bdi title=\"TN-12\">Ariana</bdi>"),
        "{}",
        german.body
    );
    // The filter names each governorate and keeps its code.
    assert!(
        german.body.contains(">Ariana (TN-12)</option>"),
        "{}",
        german.body
    );

    let arabic = in_language("ar-TN").await;
    assert_eq!(arabic.status, StatusCode::OK, "{}", arabic.text());
    assert!(arabic.body.contains("<html lang=\"ar\" dir=\"rtl\">"));
    arabic.shows(&["أريانة", "تونس", "أريانة (TN-12)"]);
    assert!(
        arabic.body.contains("<bdi title=\"TN-12\">أريانة</bdi>"),
        "{}",
        arabic.body
    );
    assert!(
        arabic
            .body
            .contains("<bdi>\u{2068}5.000,000 TND\u{2069}</bdi>"),
        "{}",
        arabic.body
    );
}

#[tokio::test]
async fn the_public_portfolio_shows_25_projects_a_page_with_totals_over_all_of_them() {
    let app = spawn_app().await;
    let manager = manager(&app).await;
    // 27 municipalities, 14 in TN-11 and 13 in TN-12, each awarded 5,000 TND.
    let names: Vec<(String, &str)> = (1..=27)
        .map(|i| {
            let subdivision = if i % 2 == 1 { "TN-11" } else { "TN-12" };
            (format!("Town {i:02}"), subdivision)
        })
        .collect();
    let applicants: Vec<(&str, &str)> = names.iter().map(|(n, s)| (n.as_str(), *s)).collect();
    let mut many = spec("Many", &applicants);
    many.max_awards = 30;
    many.total_budget = "200000".into();
    let world = app.selection_world(&manager, &many).await;
    let call_id = world.call.call.id;
    finalise(&app, &manager, call_id).await;
    results::publish(&app.db, &TestApp::actor(&manager), call_id)
        .await
        .expect("the results are published");
    let funded = projects_of(&app, &manager, call_id).await;
    assert_eq!(funded.len(), 27);
    let anonymous = new_client();
    let rows = |page: &Page| -> Vec<String> {
        funded
            .iter()
            .map(|p| p.project.id.to_string())
            .filter(|id| page.body.contains(&format!("data-project=\"{id}\"")))
            .collect()
    };

    let first = get(&anonymous, &app, "/projects").await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.text());
    // The count, the totals and the chart are over all 27; the table holds the first 25, oldest first.
    first.shows(&["27 projects", "135,000.000 TND", "On track: 27 projects"]);
    assert_eq!(first.body.matches("data-project=").count(), 25);
    let on_first = rows(&first);
    assert_eq!(on_first.len(), 25);
    assert!(
        first
            .body
            .contains("href=\"/projects?page=2\" rel=\"next\""),
        "{}",
        first.body
    );
    assert!(!first.body.contains("rel=\"prev\""));

    let second = get(&anonymous, &app, "/projects?page=2").await;
    assert_eq!(second.status, StatusCode::OK);
    second.shows(&["27 projects", "135,000.000 TND"]);
    let on_second = rows(&second);
    assert_eq!(on_second.len(), 2);
    assert!(on_second.iter().all(|id| !on_first.contains(id)));
    assert!(
        second
            .body
            .contains("href=\"/projects?page=1\" rel=\"prev\"")
    );
    assert!(!second.body.contains("rel=\"next\""));

    // A filter counts and sums what it keeps, and its pages keep it.
    let tn11 = get(&anonymous, &app, "/projects?subdivision=TN-11").await;
    tn11.shows(&["14 projects", "70,000.000 TND"]);
    assert_eq!(rows(&tn11).len(), 14);
    assert!(!tn11.body.contains("rel=\"next\""));
    let beyond = get(&anonymous, &app, "/projects?subdivision=TN-12&page=9").await;
    assert_eq!(beyond.status, StatusCode::OK);
    beyond.shows(&["13 projects", "65,000.000 TND"]);
    assert_eq!(rows(&beyond).len(), 0);
}

#[tokio::test]
async fn the_public_results_show_50_applications_a_page_and_the_downloads_hold_them_all() {
    let app = spawn_app().await;
    let manager = manager(&app).await;
    let names: Vec<String> = (1..=53).map(|i| format!("Town {i:02}")).collect();
    let applicants: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), "TN-11")).collect();
    let mut many = spec("Ranked", &applicants);
    many.max_awards = 60;
    many.total_budget = "300000".into();
    let world = app.selection_world(&manager, &many).await;
    let call_id = world.call.call.id;
    finalise(&app, &manager, call_id).await;
    results::publish(&app.db, &TestApp::actor(&manager), call_id)
        .await
        .expect("the results are published");
    let anonymous = new_client();
    let references = |page: &Page| -> Vec<String> {
        page.body
            .split("<code class=\"reference\" dir=\"ltr\">")
            .skip(1)
            .filter_map(|rest| rest.split('<').next().map(str::to_owned))
            .collect()
    };
    let path = format!("/calls/{call_id}/results");

    let first = get(&anonymous, &app, &path).await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.text());
    first.shows(&["53 results", "Page 1 of 2"]);
    let on_first = references(&first);
    assert_eq!(on_first.len(), 50, "{}", first.body);
    assert!(
        first
            .body
            .contains(&format!("href=\"{path}?page=2\" rel=\"next\""))
    );
    assert!(!first.body.contains("rel=\"prev\""));

    let second = get(&anonymous, &app, &format!("{path}?page=2")).await;
    assert_eq!(second.status, StatusCode::OK);
    second.shows(&["53 results", "Page 2 of 2"]);
    let on_second = references(&second);
    assert_eq!(on_second.len(), 3);
    assert!(on_second.iter().all(|r| !on_first.contains(r)));
    assert!(
        second
            .body
            .contains(&format!("href=\"{path}?page=1\" rel=\"prev\""))
    );
    assert!(!second.body.contains("rel=\"next\""));

    // Past the end is the last page; nonsense is the first.
    let beyond = get(&anonymous, &app, &format!("{path}?page=9")).await;
    assert_eq!(beyond.status, StatusCode::OK);
    assert_eq!(references(&beyond), on_second);
    let nonsense = get(&anonymous, &app, &format!("{path}?page=x")).await;
    assert_eq!(references(&nonsense), on_first);

    // The downloads hold the whole table.
    let csv = anonymous
        .get(app.url(&format!("/api/v1/calls/{call_id}/results.csv")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for reference in on_first.iter().chain(&on_second) {
        assert!(csv.contains(reference.as_str()), "{reference} in {csv}");
    }
}
