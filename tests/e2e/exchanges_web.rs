//! Peer-learning exchanges in the browser: a manager organises one from the programme's exchanges page (a
//! form with mistakes comes back as typed, with messages, and organises nothing); the invited team sees it
//! on its project page and registers who attends (a name too long comes back with its message); a team not
//! invited sees nothing and is refused; after the exchange the manager records its outcome.

use chrono::Duration;
use convoca_tests::html::{get, logged_in, submit};
use reqwest::StatusCode;

use crate::exchanges::Pilots;

#[tokio::test]
async fn a_manager_organises_a_team_registers_and_the_outcome_is_recorded_through_the_pages() {
    let p = Pilots::new("EXW").await;
    let programme = p.programme;
    let manager = logged_in(&p.app, &p.world.manager.email).await;
    let list = format!("/manage/programmes/{programme}/exchanges");

    let programme_page = get(&manager, &p.app, &format!("/manage/programmes/{programme}")).await;
    assert!(programme_page.body.contains(&format!("href=\"{list}\"")));
    let page = get(&manager, &p.app, &list).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text());
    page.shows(&["Peer exchanges", "No exchange has been organised yet."]);

    // Mistakes: no title, neither place nor link, no project. The form comes back as typed.
    // Tunis keeps UTC+1 all year.
    let starts = (p.starts_at() + Duration::hours(1))
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    let (first, second, third) = (
        p.project(0).to_string(),
        p.project(1).to_string(),
        p.project(2).to_string(),
    );
    let refused = submit(
        &manager,
        &p.app,
        &list,
        &list,
        &[
            ("title", ""),
            ("starts_at", &starts),
            ("time_zone", "Africa/Tunis"),
            ("place", ""),
            ("online_link", ""),
            ("agenda", "09:00 Welcome\n10:00 Portals"),
        ],
    )
    .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.text()
    );
    refused.shows(&[
        "This field is required.",
        "Give a place, an online link, or both.",
        "Invite at least one funded project.",
    ]);
    assert!(refused.textarea("agenda").contains("10:00 Portals"));
    assert!(!refused.body.trim_start().starts_with('{'));
    let none = domain::exchanges::service::of_programme(&p.app.db, None, programme, p.now)
        .await
        .unwrap();
    assert!(none.is_empty());

    let organised = submit(
        &manager,
        &p.app,
        &list,
        &list,
        &[
            ("title", "Open budgets: what worked"),
            ("starts_at", &starts),
            ("time_zone", "Africa/Tunis"),
            ("place", "Sfax, town hall"),
            ("online_link", ""),
            ("agenda", "09:00 Welcome\n10:00 Portals"),
            ("invited", &first),
            ("invited", &second),
        ],
    )
    .await;
    assert_eq!(
        organised.status,
        StatusCode::SEE_OTHER,
        "{}",
        organised.text()
    );
    let location = organised.location.clone().expect("a redirect");
    assert!(location.starts_with("/manage/exchanges/"));
    let id = location.trim_start_matches("/manage/exchanges/").to_owned();

    // The invited team sees it on its project page and registers who attends.
    let team = logged_in(&p.app, &p.world.teams[0].email).await;
    let project_page = format!("/projects/{first}");
    let page = get(&team, &p.app, &project_page).await;
    page.shows(&[
        "Peer exchanges",
        "Open budgets: what worked",
        "10:00 Portals",
    ]);
    let attendance = format!("/projects/{first}/exchanges/{id}/attendance");
    let long_name = "N".repeat(201);
    let refused = submit(
        &team,
        &p.app,
        &project_page,
        &attendance,
        &[
            ("version", "1"),
            ("attendees", &format!("Amira\n{long_name}")),
        ],
    )
    .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.text()
    );
    refused.shows(&["At most 200 characters."]);
    assert!(refused.textarea("attendees").contains("Amira"));
    let saved = submit(
        &team,
        &p.app,
        &project_page,
        &attendance,
        &[
            ("version", "1"),
            ("attendees", "Amira Ben Salah\nKarim Trabelsi"),
        ],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    let page = get(&team, &p.app, &project_page).await;
    assert!(page.textarea("attendees").contains("Karim Trabelsi"));

    // A team not invited sees no exchange on its page and cannot register for another project.
    let outsider = logged_in(&p.app, &p.world.teams[2].email).await;
    let own = get(&outsider, &p.app, &format!("/projects/{third}")).await;
    own.hides(&["Open budgets: what worked"]);
    let refused = submit(
        &outsider,
        &p.app,
        &format!("/projects/{third}"),
        &attendance,
        &[("version", "2"), ("attendees", "Intruder")],
    )
    .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert!(!refused.body.trim_start().starts_with('{'));
    // Nor can it open the managers' page.
    let refused = get(&outsider, &p.app, &location).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    // After the exchange: an outcome without notes comes back; a complete one is recorded.
    p.app.clock.set(Some(p.starts_at() + Duration::hours(3)));
    let page = get(&manager, &p.app, &location).await;
    page.shows(&["Amira Ben Salah, Karim Trabelsi"]);
    let outcome = format!("{location}/outcome");
    let refused = submit(
        &manager,
        &p.app,
        &location,
        &outcome,
        &[
            ("notes", " "),
            ("attended", &first),
            ("documents", "Slides | ftp://x"),
        ],
    )
    .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.text()
    );
    refused.shows(&[
        "This field is required.",
        "Enter a web address starting with https:// or http://.",
    ]);
    assert!(refused.textarea("documents").contains("ftp://x"));
    let recorded = submit(
        &manager,
        &p.app,
        &location,
        &outcome,
        &[
            (
                "notes",
                "Sfax showed its portal.\nTwo municipalities will copy it.",
            ),
            ("attended", &first),
            ("documents", "Slides | https://example.org/slides.pdf"),
        ],
    )
    .await;
    assert_eq!(
        recorded.status,
        StatusCode::SEE_OTHER,
        "{}",
        recorded.text()
    );
    let summaries = domain::exchanges::public_of_programme(&p.app.db, programme)
        .await
        .unwrap();
    assert_eq!(summaries.len(), 1);
    assert_eq!(summaries[0].attended.len(), 1);
    assert_eq!(
        summaries[0].documents[0].url,
        "https://example.org/slides.pdf"
    );
    let page = get(&manager, &p.app, &location).await;
    page.shows(&["Sfax showed its portal.", "Slides"]);
    // The team's registration is closed now.
    let page = get(&team, &p.app, &project_page).await;
    page.shows(&["Registration is closed."]);
}
