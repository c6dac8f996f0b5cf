//! Ranking and selection in the browser, end to end: the selection board a manager reads (rank order, the
//! proposal with its reasons beside the optimised selection), the chair's view of it and the consensus the
//! chair records, a manager's override (refused without a justification, shown once justified), finalising
//! and publishing, the public results page, and the results section of an applicant's own page. Asserted
//! on what a visitor sees, and on what the domain stored.

use chrono::{Datelike, Utc};
use convoca_tests::html::{Page, get, logged_in, post, submit};
use convoca_tests::reviewing::{ReviewingWorld, WorldSpec};
use convoca_tests::{TestApp, new_client, spawn_app};
use domain::committee::assigning;
use domain::reviews::service as reviews;
use domain::reviews::{ScoreInput, SheetInput};
use domain::selection::board;
use reqwest::StatusCode;
use uuid::Uuid;

/// Four Tunisian applications in review, scored so that the ranking is not the order of the references:
/// `TUN-<year>-0002` totals 100, `-0003` 70, `-0001` 40, and `-0004` has a single review (too few). The
/// committee: the chair and a civil-society member, two government members; members 1 and 2 review.
pub(crate) async fn scored_world(app: &TestApp) -> ReviewingWorld {
    let world = app
        .reviewing_world(WorldSpec {
            applications: 4,
            civil_society: 2,
            government: 2,
            municipal_members: 0,
            partner_members: 0,
        })
        .await;
    let scores: [&[[i64; 3]]; 4] = [
        &[[2, 4, 2], [2, 4, 2]],
        &[[5, 10, 5], [5, 10, 5]],
        &[[4, 8, 4], [3, 6, 3]],
        &[[5, 10, 5]],
    ];
    for (application, sheets) in world.applications.iter().zip(scores) {
        for reviewer in &world.members[1..3] {
            assigning::assign(
                &app.db,
                &TestApp::actor(&world.manager),
                world.call.call.id,
                *application,
                reviewer.id,
                Utc::now(),
            )
            .await
            .expect("the member is assigned");
        }
        for (k, sheet) in sheets.iter().enumerate() {
            let reviewer = &world.members[1 + k];
            reviews::submit(
                &app.db,
                &TestApp::actor(reviewer),
                *application,
                0,
                &SheetInput {
                    scores: world
                        .call
                        .criteria
                        .iter()
                        .zip(sheet)
                        .map(|(c, s)| ScoreInput {
                            criterion_id: c.id,
                            score: Some(*s),
                            comment: format!("Reviewer note {} on {}", k + 1, c.title),
                        })
                        .collect(),
                    overall_comment: format!("Overall view number {}.", k + 1),
                    recommendation: "fund".into(),
                },
                Utc::now(),
            )
            .await
            .expect("the review is submitted");
        }
    }
    world
}

/// `TUN-<this year>-000n`.
fn reference(n: usize) -> String {
    format!("TUN-{}-{n:04}", Utc::now().year())
}

fn board_path(world: &ReviewingWorld) -> String {
    format!("/manage/calls/{}/selection", world.call.call.id)
}

fn application_path(world: &ReviewingWorld, i: usize) -> String {
    format!("{}/{}", board_path(world), world.applications[i])
}

/// The text of the board's row of an application (markup removed).
fn row_text(page: &Page, application: Uuid) -> String {
    let marker = format!("data-application=\"{application}\"");
    let start = page
        .body
        .find(&marker)
        .unwrap_or_else(|| panic!("no row for {application}:\n{}", page.text()));
    let end = page.body[start..].find("</tr>").expect("the row ends") + start;
    Page {
        status: page.status,
        location: None,
        set_cookies: Vec::new(),
        body: format!("<tr {}", &page.body[start..end]),
    }
    .text()
}

/// The override stored for an application, if any (through the board the domain computes).
async fn override_of(app: &TestApp, world: &ReviewingWorld, application: Uuid) -> Option<String> {
    let board = board::board(
        &app.db,
        &app.optimiser,
        &TestApp::actor(&world.manager),
        world.call.call.id,
    )
    .await
    .unwrap();
    let row = board
        .rows
        .iter()
        .find(|r| r.application.id == application)
        .unwrap();
    row.override_.as_ref().map(|o| {
        format!(
            "{} / {}",
            o.outcome.map_or("", |outcome| outcome.as_str()),
            o.justification.clone().unwrap_or_default()
        )
    })
}

#[tokio::test]
async fn the_manager_s_board_shows_the_ranking_in_order_with_the_proposal_and_its_reasons() {
    let app = spawn_app().await;
    let world = scored_world(&app).await;
    let client = logged_in(&app, &world.manager.email).await;

    let editor = get(
        &client,
        &app,
        &format!("/manage/calls/{}", world.call.call.id),
    )
    .await;
    assert!(
        editor
            .body
            .contains(&format!("href=\"{}\"", board_path(&world))),
        "the call editor links to the selection page"
    );

    let page = get(&client, &app, &board_path(&world)).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text());
    let text = page.text();
    let at = |n: usize| {
        text.find(&reference(n))
            .unwrap_or_else(|| panic!("{} not on the board:\n{text}", reference(n)))
    };
    assert!(
        at(2) < at(3) && at(3) < at(1) && at(1) < at(4),
        "not in rank order:\n{text}"
    );
    page.shows(&[
        "3 of 5 slots",
        "15,000.000 TND of a budget of 100,000.000 TND",
        "Mean",
        "Nothing stands in the way of finalising.",
        "The proposal and the optimised selection agree.",
        "The optimised selection is proven optimal (searched in",
        "Finalise the decisions",
        "decisions then become final",
    ]);
    // Scoring is open: the lottery is sealed, so the board shows the seed's commitment, never the seed.
    let seed = world_seed(&app, &world).await;
    page.shows(&[
        "Open: reviews and consensus scores may still change.",
        "Sealed until scoring closes",
        &domain::selection::lottery::commitment(&seed),
        "Close scoring",
    ]);
    page.hides(&[&seed]);

    let first = row_text(&page, world.applications[1]);
    assert!(first.starts_with("1 "), "{first}");
    assert!(first.contains("100.00"), "{first}");
    assert!(first.contains("Selected in rank order."), "{first}");
    assert!(first.contains("Included"), "{first}");
    let third = row_text(&page, world.applications[0]);
    assert!(
        third.starts_with("3 ") && third.contains("40.00"),
        "{third}"
    );
    let unranked = row_text(&page, world.applications[3]);
    assert!(unranked.starts_with("Not ranked"), "{unranked}");
    assert!(
        unranked.contains("Not selected: too few reviews."),
        "{unranked}"
    );
    assert!(unranked.contains("Not included"), "{unranked}");
    // Every row opens the application's figures.
    assert!(
        page.body
            .contains(&format!("href=\"{}\"", application_path(&world, 2)))
    );

    let detail = get(&client, &app, &application_path(&world, 2)).await;
    assert_eq!(detail.status, StatusCode::OK, "{}", detail.text());
    detail.shows(&[
        "Figures per criterion",
        "1. Citizen participation",
        "3.50",
        "7.00",
        "70.00",
        "Selected in rank order.",
        "Decision",
        "Save the decision",
    ]);
    // Managers do not record consensus: the chair does.
    assert!(!detail.body.contains("/consensus"));
}

async fn world_seed(app: &TestApp, world: &ReviewingWorld) -> String {
    domain::calls::service::get(
        &app.db,
        Some(&TestApp::actor(&world.manager)),
        world.call.call.id,
    )
    .await
    .unwrap()
    .call
    .lottery_seed
    .expect("a seed is drawn when reviewing starts")
}

#[tokio::test]
async fn a_member_who_is_not_the_chair_is_refused_the_board_and_an_applicant_too() {
    let app = spawn_app().await;
    let world = scored_world(&app).await;

    let member = logged_in(&app, &world.members[1].email).await;
    let refused = get(&member, &app, &board_path(&world)).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text());
    assert!(!refused.text().contains(&reference(2)));
    let detail = get(&member, &app, &application_path(&world, 1)).await;
    assert_eq!(detail.status, StatusCode::FORBIDDEN);

    let applicant = logged_in(&app, &world.applicants[0].1.email).await;
    let refused = get(&applicant, &app, &board_path(&world)).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let finalise = format!("{}/finalise", board_path(&world));
    for client in [&member, &applicant] {
        let refused = get(client, &app, &finalise).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.text());
    }

    let anonymous = new_client();
    let sent_away = get(&anonymous, &app, &board_path(&world)).await;
    assert_eq!(sent_away.status, StatusCode::SEE_OTHER);
    assert!(
        sent_away
            .location
            .as_deref()
            .is_some_and(|l| l.starts_with("/login"))
    );
}

#[tokio::test]
async fn the_chair_sees_the_board_without_deciding_and_a_consensus_changes_the_ranked_total() {
    let app = spawn_app().await;
    let world = scored_world(&app).await;
    let chair = logged_in(&app, &world.members[0].email).await;

    let board = get(&chair, &app, &board_path(&world)).await;
    assert_eq!(board.status, StatusCode::OK, "{}", board.text());
    board.shows(&["as the committee’s chair", &reference(2)]);
    assert!(!board.body.contains("/selection/settings"));
    assert!(!board.body.contains("/selection/finalise"));
    assert!(!board.body.contains("/selection/close-scoring"));
    // The chair scores too: the seed stays hidden from them while scoring is open.
    board.hides(&[&world_seed(&app, &world).await]);
    assert!(row_text(&board, world.applications[0]).contains("40.00"));

    let path = application_path(&world, 0);
    let detail = get(&chair, &app, &path).await;
    assert_eq!(detail.status, StatusCode::OK, "{}", detail.text());
    assert!(detail.body.contains(&format!("{path}/consensus")));
    assert!(
        !detail.body.contains(&format!("{path}/decision")),
        "the chair gets no override form"
    );
    // Nor may the chair override by posting the form anyway.
    let forged = submit(
        &chair,
        &app,
        &path,
        &format!("{path}/decision"),
        &[
            ("version", "0"),
            ("outcome", "selected"),
            ("justification", "The chair insists."),
        ],
    )
    .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(override_of(&app, &world, world.applications[0]).await, None);

    let participation = world.call.criteria[0].id;
    let score = format!("score.{participation}");
    let rationale = format!("rationale.{participation}");
    // A score without its rationale is refused beside the field, as typed.
    let refused = submit(
        &chair,
        &app,
        &path,
        &format!("{path}/consensus"),
        &[(&score, "4"), (&rationale, "  ")],
    )
    .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.text()
    );
    refused.shows(&["Rationale: Citizen participation: This field is required."]);
    assert_eq!(refused.value(&score), "4");

    let recorded = submit(
        &chair,
        &app,
        &path,
        &format!("{path}/consensus"),
        &[
            (&score, "4"),
            (
                &rationale,
                "The hearing showed assemblies already run in every district.",
            ),
        ],
    )
    .await;
    assert_eq!(
        recorded.status,
        StatusCode::SEE_OTHER,
        "{}",
        recorded.text()
    );
    let detail = get(&chair, &app, &path).await;
    detail.shows(&[
        "The consensus scores have been saved.",
        "The hearing showed assemblies already run in every district.",
        "60.00",
    ]);
    let board = get(&chair, &app, &board_path(&world)).await;
    let row = row_text(&board, world.applications[0]);
    assert!(
        row.contains("60.00") && row.contains("reviewers’ total 40.00"),
        "{row}"
    );
}

#[tokio::test]
async fn an_override_needs_a_justification_and_then_shows_on_the_board() {
    let app = spawn_app().await;
    let world = scored_world(&app).await;
    let client = logged_in(&app, &world.manager.email).await;
    let path = application_path(&world, 0);
    let application = world.applications[0];

    let refused = submit(
        &client,
        &app,
        &path,
        &format!("{path}/decision"),
        &[
            ("outcome", "waitlisted"),
            ("justification", " "),
            ("awarded_amount", ""),
        ],
    )
    .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.text()
    );
    refused.shows(&["Justification: Write why this decision departs from the proposal."]);
    assert!(
        refused
            .body
            .contains("<option value=\"waitlisted\" selected>"),
        "the outcome chosen is kept"
    );
    assert_eq!(override_of(&app, &world, application).await, None);

    // A version that is not the current one: another manager got there first.
    let stale = submit(
        &client,
        &app,
        &path,
        &format!("{path}/decision"),
        &[
            ("version", "7"),
            ("outcome", "waitlisted"),
            ("justification", "Typed in an old tab."),
        ],
    )
    .await;
    assert_eq!(stale.status, StatusCode::CONFLICT, "{}", stale.text());
    stale.shows(&["Another manager changed this decision while you were editing it."]);
    assert_eq!(stale.textarea("justification"), "Typed in an old tab.");
    assert_eq!(override_of(&app, &world, application).await, None);

    let justification =
        "The municipal council has not adopted the plan yet; it will be reconsidered.";
    let saved = submit(
        &client,
        &app,
        &path,
        &format!("{path}/decision"),
        &[
            ("outcome", "waitlisted"),
            ("justification", justification),
            ("awarded_amount", ""),
        ],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    assert_eq!(
        override_of(&app, &world, application).await.as_deref(),
        Some(&*format!("waitlisted / {justification}"))
    );
    let detail = get(&client, &app, &path).await;
    detail.shows(&[
        "The decision has been saved.",
        justification,
        "Back to the proposal",
    ]);

    let board = get(&client, &app, &board_path(&world)).await;
    let row = row_text(&board, application);
    assert!(
        row.contains("Selected Selected in rank order.") && row.contains("Waitlisted Override"),
        "{row}"
    );
    board.shows(&["2 of 5 slots"]);

    // Back to the proposal.
    let cleared = submit(&client, &app, &path, &format!("{path}/decision/clear"), &[]).await;
    assert_eq!(cleared.status, StatusCode::SEE_OTHER, "{}", cleared.text());
    assert_eq!(override_of(&app, &world, application).await, None);
    let board = get(&client, &app, &board_path(&world)).await;
    assert!(!row_text(&board, application).contains("Override"));
}

#[tokio::test]
async fn finalised_then_published_results_are_public_with_every_justification_and_reach_the_applicant()
 {
    let app = spawn_app().await;
    let world = scored_world(&app).await;
    let call_id = world.call.call.id;
    let client = logged_in(&app, &world.manager.email).await;
    let anonymous = new_client();
    let results_path = format!("/calls/{call_id}/results");
    let justification = "Its partner withdrew after the hearing; the plan must be redrafted.";

    let hidden = get(&anonymous, &app, &results_path).await;
    assert_eq!(hidden.status, StatusCode::NOT_FOUND);
    let team = logged_in(&app, &world.applicants[1].1.email).await;
    let own = format!("/applications/{}", world.applications[1]);
    let before = get(&team, &app, &own).await;
    assert_eq!(before.status, StatusCode::OK);
    before.hides(&["Reviewer 1", "Reviewers’ comments"]);

    let path = application_path(&world, 2);
    let saved = submit(
        &client,
        &app,
        &path,
        &format!("{path}/decision"),
        &[
            ("outcome", "not_selected"),
            ("justification", justification),
        ],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());

    // Finalising is confirmed on its own page, which says what it does.
    let confirm_path = format!("{}/finalise", board_path(&world));
    let confirm = get(&client, &app, &confirm_path).await;
    assert_eq!(confirm.status, StatusCode::OK);
    confirm.shows(&[
        "Finalise the decisions?",
        "Every selected application becomes a funded project",
    ]);
    let finalised = submit(&client, &app, &confirm_path, &confirm_path, &[]).await;
    assert_eq!(
        finalised.status,
        StatusCode::SEE_OTHER,
        "{}",
        finalised.text()
    );
    let board = get(&client, &app, &board_path(&world)).await;
    board.shows(&[
        "The decisions have been finalised.",
        "The decisions are final.",
        "Publish the results",
        "Preview the results (not yet published)",
    ]);
    assert!(!board.body.contains("/selection/finalise"));
    // Once decided, the confirmation says the call has moved on and offers no button.
    let stale = get(&client, &app, &confirm_path).await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(!stale.body.contains("method=\"post\" action=\"/manage"));
    // Decided is not published: still nothing for the public, a preview for managers.
    assert_eq!(
        get(&anonymous, &app, &results_path).await.status,
        StatusCode::NOT_FOUND
    );
    let preview = get(&client, &app, &results_path).await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.text());
    preview.shows(&["These results are not yet published"]);
    assert!(
        !get(&team, &app, &own)
            .await
            .text()
            .contains("Reviewers’ comments")
    );

    let published = submit(
        &client,
        &app,
        &board_path(&world),
        &format!("{}/publish", board_path(&world)),
        &[],
    )
    .await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.text()
    );
    let board = get(&client, &app, &board_path(&world)).await;
    board.shows(&["The results have been published.", "See the public results"]);
    assert!(!board.body.contains("/selection/publish"));

    let public = get(&anonymous, &app, &results_path).await;
    assert_eq!(public.status, StatusCode::OK, "{}", public.text());
    let seed = world_seed(&app, &world).await;
    public.shows(&[
        &reference(2),
        "Municipality 2",
        "Tunis",
        "100.00",
        "70.00",
        "Not selected",
        "Decided by the programme, departing from the proposal",
        justification,
        "Selected in rank order.",
        "Not selected: too few reviews.",
        &seed,
        &domain::selection::lottery::commitment(&seed),
        &format!("printf %s {seed} | sha256sum"),
        &format!("sha256({seed}:reference)"),
        "Civil society",
        "Chair",
        &world.members[0].name,
    ]);
    public.hides(&["These results are not yet published"]);
    assert!(
        public
            .body
            .contains(&format!("href=\"/api/v1/calls/{call_id}/results.csv\""))
    );
    assert!(
        public
            .body
            .contains(&format!("href=\"/api/v1/calls/{call_id}/results\""))
    );
    let text = public.text();
    let at = |n: usize| text.find(&reference(n)).unwrap();
    assert!(at(2) < at(3) && at(3) < at(1), "not in rank order:\n{text}");

    let call_page = get(&anonymous, &app, &format!("/calls/{call_id}")).await;
    assert!(call_page.body.contains(&format!("href=\"{results_path}\"")));

    // The applicant's own page: outcome, figures and the reviewers' comments, never their names.
    let after = get(&team, &app, &own).await;
    assert_eq!(after.status, StatusCode::OK, "{}", after.text());
    after.shows(&[
        "Results",
        "Selected in rank order.",
        "100.00 out of 100",
        "5.00 out of 5",
        "Reviewers’ comments",
        "Reviewer 1",
        "Reviewer 2",
        "Reviewer note 1 on Transparency",
        "Overall view number 2.",
    ]);
    for member in &world.members {
        after.hides(&[&member.name, &member.email]);
    }
}

/// Lowers a call's slots behind the services' back (they are frozen once the call opens): a test
/// arrangement for a selection that overrides can push past them.
async fn set_slots(app: &TestApp, call_id: Uuid, slots: i32) {
    use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, Set};
    let stored = domain::calls::entity::call::Entity::find_by_id(call_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut model = stored.into_active_model();
    model.max_awards = Set(slots);
    model.update(&app.db).await.unwrap();
}

#[tokio::test]
async fn finalising_is_refused_with_the_problems_while_overrides_exceed_the_slots() {
    let app = spawn_app().await;
    let world = scored_world(&app).await;
    set_slots(&app, world.call.call.id, 2).await;
    let client = logged_in(&app, &world.manager.email).await;
    let board = get(&client, &app, &board_path(&world)).await;
    let third = row_text(&board, world.applications[0]);
    assert!(
        third.contains("Waitlisted: every slot is taken."),
        "{third}"
    );
    board.shows(&["2 of 2 slots", "Nothing stands in the way of finalising."]);

    let path = application_path(&world, 0);
    let saved = submit(
        &client,
        &app,
        &path,
        &format!("{path}/decision"),
        &[
            ("outcome", "selected"),
            ("justification", "The only applicant from its region."),
        ],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    let board = get(&client, &app, &board_path(&world)).await;
    board.shows(&[
        "What stands in the way of finalising:",
        "3 applications are selected but the call has 2 slots.",
    ]);

    let refused = submit(
        &client,
        &app,
        &board_path(&world),
        &format!("{}/finalise", board_path(&world)),
        &[],
    )
    .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.text()
    );
    assert!(refused.body.contains("error-summary"));
    refused.shows(&["3 applications are selected but the call has 2 slots."]);
    // A version that is not the current one is refused too.
    let stale = post(
        &client,
        &app,
        &format!("{}/finalise", board_path(&world)),
        &[("csrf_token", &refused.csrf()), ("version", "999")],
    )
    .await;
    assert_eq!(stale.status, StatusCode::CONFLICT, "{}", stale.text());
    stale.shows(&["Someone else changed this in the meantime."]);
    assert_eq!(
        domain::calls::service::get(&app.db, None, world.call.call.id)
            .await
            .unwrap()
            .state,
        domain::calls::CallState::Reviewing
    );
}

/// Results cannot be published before the decisions are final; the refusal is shown on the page.
#[tokio::test]
async fn publishing_before_finalising_is_refused_on_the_page() {
    let app = spawn_app().await;
    let world = scored_world(&app).await;
    let client = logged_in(&app, &world.manager.email).await;
    let token = get(&client, &app, &board_path(&world)).await.csrf();
    let refused = post(
        &client,
        &app,
        &format!("{}/publish", board_path(&world)),
        &[("csrf_token", &token)],
    )
    .await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.text());
    refused.shows(&["Results can be published once the call is decided."]);
    assert_eq!(
        get(
            &new_client(),
            &app,
            &format!("/calls/{}/results", world.call.call.id)
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_scoring_settings_flag_disagreement_and_refuse_what_is_frozen_or_unreadable() {
    let app = spawn_app().await;
    let world = scored_world(&app).await;
    let client = logged_in(&app, &world.manager.email).await;
    let path = board_path(&world);
    let settings = format!("{path}/settings");
    let before = get(&client, &app, &path).await;
    assert!(!row_text(&before, world.applications[2]).contains("Flagged for discussion"));
    assert!(!before.text().contains("Normalised Spread"));

    // The method is a published rule, frozen since the call opened.
    let frozen = submit(
        &client,
        &app,
        &path,
        &settings,
        &[("aggregation", "median"), ("disagreement_threshold", "")],
    )
    .await;
    assert_eq!(frozen.status, StatusCode::CONFLICT, "{}", frozen.text());
    frozen.shows(&["the aggregation method can no longer change"]);
    assert!(frozen.body.contains("<option value=\"median\" selected>"));

    let unreadable = submit(
        &client,
        &app,
        &path,
        &settings,
        &[("aggregation", "mean"), ("disagreement_threshold", "a lot")],
    )
    .await;
    assert_eq!(
        unreadable.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        unreadable.text()
    );
    unreadable.shows(&["Disagreement threshold:"]);
    assert_eq!(unreadable.value("disagreement_threshold"), "a lot");

    let saved = submit(
        &client,
        &app,
        &path,
        &settings,
        &[
            ("aggregation", "mean"),
            ("normalise", "yes"),
            ("disagreement_threshold", "10"),
        ],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    let after = get(&client, &app, &path).await;
    after.shows(&[
        "The scoring settings have been saved.",
        "Normalised figures Yes",
        "Disagreement threshold 10",
        "Normalised Spread",
    ]);
    // Its reviewers' totals are 80 and 60: a spread of 20 reaches the threshold; the others agree.
    let disputed = row_text(&after, world.applications[2]);
    assert!(
        disputed.contains("20.00 Flagged for discussion: "),
        "{disputed}"
    );
    // The note names what the reviewers disagree on.
    let criterion = &world.call.criteria[0].title;
    assert!(
        disputed.contains(&format!("Flagged for discussion: {criterion}")),
        "{disputed}"
    );
    assert!(!row_text(&after, world.applications[1]).contains("Flagged for discussion"));
}

#[tokio::test]
async fn closing_scoring_on_the_board_reveals_the_seed_and_locks_the_score_sheets() {
    let app = spawn_app().await;
    let world = scored_world(&app).await;
    let seed = world_seed(&app, &world).await;
    let client = logged_in(&app, &world.manager.email).await;
    let chair = logged_in(&app, &world.members[0].email).await;

    // The chair may not close scoring, even by posting the form.
    let board = get(&chair, &app, &board_path(&world)).await;
    let forged = post(
        &chair,
        &app,
        &format!("{}/close-scoring", board_path(&world)),
        &[
            ("csrf_token", &board.csrf()),
            ("version", &world.call.call.version.to_string()),
        ],
    )
    .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN, "{}", forged.text());

    let closed = submit(
        &client,
        &app,
        &board_path(&world),
        &format!("{}/close-scoring", board_path(&world)),
        &[],
    )
    .await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER, "{}", closed.text());
    let page = get(&client, &app, &board_path(&world)).await;
    page.shows(&[
        "Scoring is closed: the lottery seed is revealed.",
        "reviews and consensus scores are locked.",
        &seed,
        &domain::selection::lottery::commitment(&seed),
        "Finalise the decisions",
    ]);
    assert!(!page.body.contains("/selection/close-scoring"));
    // The chair's consensus form is gone.
    let detail = get(&chair, &app, &application_path(&world, 0)).await;
    assert_eq!(detail.status, StatusCode::OK, "{}", detail.text());
    assert!(!detail.body.contains("/consensus"));

    // A reviewer's sheet is now read-only, and says why.
    let reviewer = logged_in(&app, &world.members[1].email).await;
    let sheet = get(
        &reviewer,
        &app,
        &format!("/reviews/{}", world.applications[0]),
    )
    .await;
    assert_eq!(sheet.status, StatusCode::OK, "{}", sheet.text());
    sheet.shows(&[
        "Scoring of this call is closed: reviews and consensus scores can no longer change.",
    ]);
}
