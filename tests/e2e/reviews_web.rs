//! Committee members' pages, end to end: "My reviews" with each review's progress, the score sheet (a
//! refused sheet comes back as typed and stores nothing, a stale save keeps both versions in view), the
//! blind on other members' reviews, conflicts (automatic ones hide the application, declared ones remove
//! it), and the committee on the public call page once reviewing starts. Asserted on what a visitor sees.

use chrono::{Datelike, Utc};
use convoca_tests::html::{Page, get, logged_in, submit};
use convoca_tests::reviewing::{ReviewingWorld, WorldSpec};
use convoca_tests::{TestApp, new_client, spawn_app};
use domain::accounts::User;
use domain::committee::assigning;
use domain::reviews::ReviewState;
use domain::reviews::service as reviews;
use reqwest::{Client, StatusCode};
use uuid::Uuid;

/// A reviewing world of `applications` applications, one civil-society member (the chair) and one
/// government member, where the government member works for the first applicant when `conflicted`.
async fn world(app: &TestApp, applications: usize, conflicted: bool) -> ReviewingWorld {
    app.reviewing_world(WorldSpec {
        applications,
        civil_society: 1,
        government: 1,
        municipal_members: usize::from(conflicted),
        partner_members: 0,
    })
    .await
}

/// Assigns `member` to review `application` by hand, as the manager.
async fn assign(app: &TestApp, world: &ReviewingWorld, application: Uuid, member: &User) {
    assigning::assign(
        &app.db,
        &TestApp::actor(&world.manager),
        world.call.call.id,
        application,
        member.id,
        Utc::now(),
    )
    .await
    .expect("the member is assigned");
}

/// A score sheet as a reviewer fills it in: one score and comment per criterion (in the call's order),
/// the overall comment, the recommendation and the button pressed (`save` or `submit`).
struct Sheet<'a> {
    scores: [&'a str; 3],
    comments: [&'a str; 3],
    overall: &'a str,
    recommendation: &'a str,
    action: &'a str,
}

impl Sheet<'_> {
    /// The form's fields, named as the page names them.
    fn fields(&self, world: &ReviewingWorld) -> Vec<(String, String)> {
        let mut fields = Vec::new();
        for (i, criterion) in world.call.criteria.iter().enumerate() {
            fields.push((format!("score.{}", criterion.id), self.scores[i].to_owned()));
            fields.push((
                format!("comment.{}", criterion.id),
                self.comments[i].to_owned(),
            ));
        }
        fields.push(("overall_comment".into(), self.overall.into()));
        fields.push(("recommendation".into(), self.recommendation.into()));
        fields.push(("action".into(), self.action.into()));
        fields
    }
}

/// A complete sheet, submitted.
const COMPLETE: Sheet<'static> = Sheet {
    scores: ["4", "7", "3"],
    comments: [
        "Assemblies in every district.",
        "The budget is published monthly.",
        "The team has run this before.",
    ],
    overall: "A convincing plan.",
    recommendation: "fund",
    action: "submit",
};

/// Posts the score sheet of `application` from its page, as the browser would (with the page's CSRF token
/// and version, unless `fields` carry a version).
async fn post_sheet(
    client: &Client,
    app: &TestApp,
    application: Uuid,
    fields: &[(String, String)],
) -> Page {
    let path = format!("/reviews/{application}");
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_str()))
        .collect();
    submit(client, app, &path, &path, &fields).await
}

/// The reviewer's stored review of `application`: its state and version.
async fn stored(app: &TestApp, member: &User, application: Uuid) -> (Option<ReviewState>, i32) {
    let view = reviews::get(&app.db, &TestApp::actor(member), application)
        .await
        .expect("the reviewer may read their sheet");
    (view.state, view.version())
}

fn reference(n: usize) -> String {
    format!("TUN-{}-{n:04}", Utc::now().year())
}

#[tokio::test]
async fn my_reviews_lists_the_assignments_with_their_progress_and_a_saved_draft_counts() {
    let app = spawn_app().await;
    let world = world(&app, 2, false).await;
    let reviewer = &world.members[0];
    assign(&app, &world, world.applications[0], reviewer).await;
    let client = logged_in(&app, &reviewer.email).await;

    let page = get(&client, &app, "/reviews").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains("<a href=\"/reviews\" aria-current=\"page\">Reviews</a>")
    );
    page.shows(&[
        "My reviews",
        "Open budget in municipality 1",
        &reference(1),
        "OGP Local Tunisia call (TUN)",
        "Not started",
        "0 of 3 criteria scored",
        "No deadline set",
    ]);
    // Only what the member is assigned to.
    page.hides(&["Open budget in municipality 2"]);
    assert!(
        page.body
            .contains(&format!("href=\"/reviews/{}\"", world.applications[0]))
    );

    let draft = Sheet {
        scores: ["4", "", "3"],
        comments: ["Strong assemblies.", "", ""],
        overall: "",
        recommendation: "",
        action: "save",
    };
    let saved = post_sheet(&client, &app, world.applications[0], &draft.fields(&world)).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    let sheet = get(
        &client,
        &app,
        &format!("/reviews/{}", world.applications[0]),
    )
    .await;
    sheet.shows(&["Your draft review has been saved.", "Draft"]);
    assert_eq!(
        sheet.value(&format!("score.{}", world.call.criteria[0].id)),
        "4"
    );
    assert_eq!(
        sheet.textarea(&format!("comment.{}", world.call.criteria[0].id)),
        "Strong assemblies."
    );

    let page = get(&client, &app, "/reviews").await;
    page.shows(&["2 of 3 criteria scored", "Draft"]);
    assert_eq!(
        stored(&app, reviewer, world.applications[0]).await,
        (Some(ReviewState::Draft), 1)
    );
}

#[tokio::test]
async fn other_reviews_stay_hidden_until_the_reviewer_submits_their_own() {
    let app = spawn_app().await;
    let world = world(&app, 1, false).await;
    let application = world.applications[0];
    let (first, second) = (&world.members[0], &world.members[1]);
    assign(&app, &world, application, first).await;
    assign(&app, &world, application, second).await;
    let first_client = logged_in(&app, &first.email).await;
    let second_client = logged_in(&app, &second.email).await;
    let path = format!("/reviews/{application}");

    let distinctive = Sheet {
        comments: [
            "Assemblies reach the outlying douars.",
            "Monthly budget tables.",
            "An experienced team.",
        ],
        overall: "Remarkably thorough participation plan.",
        ..COMPLETE
    };
    let submitted = post_sheet(
        &first_client,
        &app,
        application,
        &distinctive.fields(&world),
    )
    .await;
    assert_eq!(
        submitted.status,
        StatusCode::SEE_OTHER,
        "{}",
        submitted.text()
    );
    let own = get(&first_client, &app, &path).await;
    own.shows(&[
        "Your review has been submitted.",
        "Submitted",
        "Save revision",
        "Revisions are recorded",
        "No other member has submitted a review yet.",
    ]);
    own.hides(&["Submit review", "Save draft"]);

    // The second member reads the application, not the first member's opinion of it.
    let blind = get(&second_client, &app, &path).await;
    assert_eq!(blind.status, StatusCode::OK);
    blind.shows(&[
        "Open budget in municipality 1",
        "Six district assemblies and an online vote.",
        "Citizen participation",
        "How convincing is the citizen participation?",
        "The other members’ reviews appear here once you submit your own.",
        "Save draft",
        "Submit review",
    ]);
    // The attachments open from the page for the assigned reviewer.
    let marker = format!("href=\"/applications/{application}/attachments/");
    let at = blind.body.find(&marker).expect("a link to the work plan") + "href=\"".len();
    let link = &blind.body[at..at + blind.body[at..].find('"').unwrap()];
    blind.shows(&["workplan.pdf"]);
    let download = get(&second_client, &app, link).await;
    assert_eq!(download.status, StatusCode::OK);
    assert!(download.body.contains("Work plan of municipality 1"));
    blind.hides(&[
        "Remarkably thorough participation plan.",
        "Assemblies reach the outlying douars.",
        &first.name,
        "4 out of 5",
    ]);

    let own_opinion = Sheet {
        scores: ["2", "5", "1"],
        comments: ["Few districts.", "Yearly tables only.", "A new team."],
        overall: "Promising but thin.",
        recommendation: "fund_with_changes",
        action: "submit",
    };
    let submitted = post_sheet(
        &second_client,
        &app,
        application,
        &own_opinion.fields(&world),
    )
    .await;
    assert_eq!(
        submitted.status,
        StatusCode::SEE_OTHER,
        "{}",
        submitted.text()
    );
    let lifted = get(&second_client, &app, &path).await;
    lifted.shows(&[
        &format!("{} (Civil society)", first.name),
        "Citizen participation 4 out of 5 Assemblies reach the outlying douars.",
        "Transparency 7 out of 10 Monthly budget tables.",
        "Overall comment Remarkably thorough participation plan. Recommendation Fund",
    ]);
    // And the first member now sees the second's.
    let first_view = get(&first_client, &app, &path).await;
    first_view.shows(&[
        &format!("{} (Government)", second.name),
        "Citizen participation 2 out of 5 Few districts.",
        "Overall comment Promising but thin. Recommendation Fund with changes",
    ]);
}

#[tokio::test]
async fn a_refused_sheet_comes_back_as_typed_beside_its_criterion_and_stores_nothing() {
    let app = spawn_app().await;
    let world = world(&app, 1, false).await;
    let application = world.applications[0];
    let reviewer = &world.members[0];
    assign(&app, &world, application, reviewer).await;
    let client = logged_in(&app, &reviewer.email).await;
    let [participation, transparency, feasibility] = [0, 1, 2].map(|i| world.call.criteria[i].id);

    // Above the criterion's maximum.
    let too_high = Sheet {
        scores: ["9", "7", "3"],
        comments: ["Typed before the mistake.", "", ""],
        overall: "Kept overall comment.",
        recommendation: "fund",
        action: "save",
    };
    let page = post_sheet(&client, &app, application, &too_high.fields(&world)).await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.text()
    );
    page.shows(&[
        "There is a problem",
        "The score for “Citizen participation” must be a whole number from 0 to 5.",
    ]);
    assert!(
        page.body
            .contains(&format!("id=\"review-score-{participation}-error\"")),
        "the message is beside the criterion"
    );
    assert_eq!(page.value(&format!("score.{participation}")), "9");
    assert_eq!(page.value(&format!("score.{transparency}")), "7");
    assert_eq!(
        page.textarea(&format!("comment.{participation}")),
        "Typed before the mistake."
    );
    assert_eq!(page.textarea("overall_comment"), "Kept overall comment.");
    assert!(page.body.contains("value=\"fund\" checked"));
    assert_eq!(page.value("version"), "0");
    assert_eq!(stored(&app, reviewer, application).await, (None, 0));

    // Not a number at all: a message, not a "bad request".
    let garbled = Sheet {
        scores: ["4", "lots", ""],
        ..too_high
    };
    let page = post_sheet(&client, &app, application, &garbled.fields(&world)).await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.text()
    );
    page.shows(&["Enter a whole number"]);
    assert!(
        page.body
            .contains(&format!("id=\"review-score-{transparency}-error\""))
    );
    assert_eq!(page.value(&format!("score.{transparency}")), "lots");
    assert_eq!(page.value(&format!("score.{participation}")), "4");
    assert_eq!(stored(&app, reviewer, application).await, (None, 0));

    // Submitted without scoring every criterion.
    let incomplete = Sheet {
        scores: ["4", "7", ""],
        recommendation: "",
        action: "submit",
        ..too_high
    };
    let page = post_sheet(&client, &app, application, &incomplete.fields(&world)).await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.text()
    );
    page.shows(&["Score “Feasibility”.", "Choose a recommendation."]);
    assert!(
        page.body
            .contains(&format!("id=\"review-score-{feasibility}-error\"")),
        "the missing score is flagged on its own criterion"
    );
    assert_eq!(page.value(&format!("score.{transparency}")), "7");
    assert_eq!(stored(&app, reviewer, application).await, (None, 0));
}

#[tokio::test]
async fn a_stale_save_keeps_what_was_typed_and_shows_what_was_saved_meanwhile() {
    let app = spawn_app().await;
    let world = world(&app, 1, false).await;
    let application = world.applications[0];
    let reviewer = &world.members[0];
    assign(&app, &world, application, reviewer).await;
    let client = logged_in(&app, &reviewer.email).await;
    let participation = world.call.criteria[0].id;

    let first_tab = Sheet {
        scores: ["2", "", ""],
        comments: ["", "", ""],
        overall: "",
        recommendation: "",
        action: "save",
    };
    let saved = post_sheet(&client, &app, application, &first_tab.fields(&world)).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);

    // A second tab still holds the page read before that save (version 0).
    let second_tab = Sheet {
        scores: ["5", "", ""],
        overall: "Typed in the other tab.",
        ..first_tab
    };
    let mut fields = second_tab.fields(&world);
    fields.push(("version".into(), "0".into()));
    let page = post_sheet(&client, &app, application, &fields).await;
    assert_eq!(page.status, StatusCode::CONFLICT, "{}", page.text());
    page.shows(&["Your review was saved meanwhile", "Saved meanwhile:"]);
    assert_eq!(page.value(&format!("score.{participation}")), "5");
    assert_eq!(page.textarea("overall_comment"), "Typed in the other tab.");
    // Saving again from here keeps this version.
    assert_eq!(page.value("version"), "1");
    assert_eq!(
        stored(&app, reviewer, application).await,
        (Some(ReviewState::Draft), 1)
    );
}

#[tokio::test]
async fn a_conflicted_member_gets_the_not_found_page_and_an_unassigned_one_is_told_why() {
    let app = spawn_app().await;
    let world = world(&app, 2, true).await;
    let (chair, municipal) = (&world.members[0], &world.members[1]);
    // The government member works for the first applicant: assigned to the second application only.
    assign(&app, &world, world.applications[1], municipal).await;
    assign(&app, &world, world.applications[1], chair).await;
    let municipal_client = logged_in(&app, &municipal.email).await;

    let list = get(&municipal_client, &app, "/reviews").await;
    list.shows(&["Open budget in municipality 2"]);
    list.hides(&["Open budget in municipality 1", &reference(1)]);
    let hidden = get(
        &municipal_client,
        &app,
        &format!("/reviews/{}", world.applications[0]),
    )
    .await;
    assert_eq!(hidden.status, StatusCode::NOT_FOUND);
    hidden.shows(&["Page not found"]);
    hidden.hides(&["Open budget in municipality 1"]);

    let chair_client = logged_in(&app, &chair.email).await;
    let refused = get(
        &chair_client,
        &app,
        &format!("/reviews/{}", world.applications[0]),
    )
    .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    refused.shows(&["You are not assigned to review this application."]);
    refused.hides(&["Open budget in municipality 1"]);

    // Visitors who are not signed in are sent to log in.
    let anonymous = get(&new_client(), &app, "/reviews").await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    assert!(
        anonymous
            .location
            .as_deref()
            .is_some_and(|l| l.starts_with("/login")),
        "{:?}",
        anonymous.location
    );
}

#[tokio::test]
async fn declaring_a_conflict_through_the_form_removes_the_application_from_my_reviews() {
    let app = spawn_app().await;
    let world = world(&app, 2, false).await;
    let reviewer = &world.members[0];
    assign(&app, &world, world.applications[0], reviewer).await;
    assign(&app, &world, world.applications[1], reviewer).await;
    let client = logged_in(&app, &reviewer.email).await;
    let path = format!("/reviews/{}", world.applications[0]);
    let conflict = format!("{path}/conflict");

    let refused = submit(
        &client,
        &app,
        &path,
        &conflict,
        &[("kind", "personal"), ("note", " ")],
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.shows(&["Say what the interest is."]);
    assert!(refused.body.contains("value=\"personal\" selected"));

    let declared = submit(
        &client,
        &app,
        &path,
        &conflict,
        &[
            ("kind", "personal"),
            ("note", "My brother chairs the assemblies."),
        ],
    )
    .await;
    assert_eq!(
        declared.status,
        StatusCode::SEE_OTHER,
        "{}",
        declared.text()
    );
    assert_eq!(declared.location.as_deref(), Some("/reviews"));
    let list = get(&client, &app, "/reviews").await;
    list.shows(&[
        "Your conflict of interest has been recorded.",
        "Open budget in municipality 2",
    ]);
    list.hides(&["Open budget in municipality 1"]);
    assert_eq!(
        get(&client, &app, &path).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_public_call_page_names_the_committee_once_reviewing_starts_and_not_before() {
    let app = spawn_app().await;
    let world = world(&app, 1, false).await;
    let visitor = new_client();

    let page = get(&visitor, &app, &format!("/calls/{}", world.call.call.id)).await;
    assert_eq!(page.status, StatusCode::OK);
    page.shows(&[
        "Selection committee",
        &world.members[0].name,
        &world.members[1].name,
        "Civil society",
        "Government",
        "Chair",
    ]);

    // A call still open has a committee already, but it is not public yet.
    let programme = app
        .programme(&world.manager, "Programa Federal", "AR", "ARS")
        .await;
    let open = app
        .open_call(&world.manager, &programme, "ARG", &[], &[])
        .await;
    let seated = app
        .seat_committee(&world.manager, open.call.id, 1, 1, &[])
        .await;
    let page = get(&visitor, &app, &format!("/calls/{}", open.call.id)).await;
    assert_eq!(page.status, StatusCode::OK);
    page.hides(&["Selection committee", &seated[0].name, &seated[1].name]);
}

#[tokio::test]
async fn a_submitted_review_is_revised_with_its_single_button_and_must_stay_complete() {
    let app = spawn_app().await;
    let world = world(&app, 1, false).await;
    let application = world.applications[0];
    let reviewer = &world.members[0];
    assign(&app, &world, application, reviewer).await;
    let client = logged_in(&app, &reviewer.email).await;
    let participation = world.call.criteria[0].id;
    let submitted = post_sheet(&client, &app, application, &COMPLETE.fields(&world)).await;
    assert_eq!(submitted.status, StatusCode::SEE_OTHER);

    let incomplete = Sheet {
        scores: ["", "7", "3"],
        action: "save",
        ..COMPLETE
    };
    let page = post_sheet(&client, &app, application, &incomplete.fields(&world)).await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.text()
    );
    page.shows(&["Score “Citizen participation”.", "Save revision"]);
    assert_eq!(
        stored(&app, reviewer, application).await,
        (Some(ReviewState::Submitted), 1)
    );

    let revised = Sheet {
        scores: ["5", "7", "3"],
        action: "save",
        ..COMPLETE
    };
    let page = post_sheet(&client, &app, application, &revised.fields(&world)).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.text());
    let page = get(&client, &app, &format!("/reviews/{application}")).await;
    page.shows(&[
        "Your revised review has been saved and the revision recorded.",
        "Submitted",
    ]);
    assert_eq!(page.value(&format!("score.{participation}")), "5");
    assert_eq!(
        stored(&app, reviewer, application).await,
        (Some(ReviewState::Submitted), 2)
    );
}
