//! The selection committee in the browser, end to end: a manager seats members and sets the composition
//! rule and the review deadline on the committee page, which says what the committee lacks; on the
//! reviewing page a manager previews, applies and corrects the automatic assignment, the chair decides
//! declared conflicts and both follow progress and send reminders, never seeing a score. Asserted on what
//! a visitor would see, and on what the domain stored.

use convoca_tests::html::{Page, get, logged_in, post, submit};
use convoca_tests::reviewing::{ReviewingWorld, WorldSpec};
use convoca_tests::{TestApp, spawn_app};
use domain::Role;
use domain::accounts::User;
use domain::calls::service::CallView;
use domain::committee::assigning;
use domain::committee::conflicts::{self, ConflictStatus, DeclarationInput};
use domain::reviews::progress;
use domain::reviews::service as reviews;
use domain::reviews::{ScoreInput, SheetInput};
use reqwest::{Client, StatusCode};
use uuid::Uuid;

/// A manager (not an admin) and a draft call of theirs, whose committee can be set up.
async fn draft_setting(app: &TestApp) -> (User, CallView) {
    let manager = app
        .create_user("manager@committee.example", &[Role::Manager], None)
        .await;
    let programme = app
        .programme(&manager, "OGP Local Tunisia", "TN", "TND")
        .await;
    let call = app.draft_call(&manager, &programme, "TUN").await;
    (manager, call)
}

/// Adds a member through the committee page's form.
async fn add_member(
    client: &Client,
    app: &TestApp,
    call_id: Uuid,
    user: &User,
    sector: &str,
    role: &str,
) -> Page {
    let page = format!("/manage/calls/{call_id}/committee");
    let user_id = user.id.to_string();
    submit(
        client,
        app,
        &page,
        &format!("{page}/members"),
        &[("user_id", &user_id), ("sector", sector), ("role", role)],
    )
    .await
}

/// The number of committee members the domain holds.
async fn seated(app: &TestApp, manager: &User, call_id: Uuid) -> usize {
    domain::committee::get(&app.db, Some(&TestApp::actor(manager)), call_id)
        .await
        .unwrap()
        .members
        .len()
}

#[tokio::test]
async fn a_manager_seats_members_through_the_form_and_the_page_says_what_the_composition_lacks() {
    let app = spawn_app().await;
    let (manager, call) = draft_setting(&app).await;
    let call_id = call.call.id;
    let mut reviewers = Vec::new();
    for (i, sector) in ["civil", "civil", "civil", "civil", "gov", "gov", "gov"]
        .iter()
        .enumerate()
    {
        reviewers.push(
            app.create_user(
                &format!("{sector}{i}@reviewers.example"),
                &[Role::Reviewer],
                None,
            )
            .await,
        );
    }
    let client = logged_in(&app, &manager.email).await;
    let path = format!("/manage/calls/{call_id}/committee");

    let editor = get(&client, &app, &format!("/manage/calls/{call_id}")).await;
    assert!(editor.body.contains(&format!("href=\"{path}\"")));
    assert!(
        editor
            .body
            .contains(&format!("href=\"/manage/calls/{call_id}/reviewing\""))
    );
    let empty = get(&client, &app, &path).await;
    assert_eq!(empty.status, StatusCode::OK);
    empty.shows(&[
        "Nobody sits on the committee yet.",
        "What is missing before reviewing can start:",
        "The committee has no voting members.",
    ]);

    // Four from civil society (the first chairs) and two from government: parity fails.
    for (i, reviewer) in reviewers[..4].iter().enumerate() {
        let role = if i == 0 { "chair" } else { "member" };
        let added = add_member(&client, &app, call_id, reviewer, "civil_society", role).await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text());
        assert_eq!(added.location.as_deref(), Some(&*format!("{path}#members")));
    }
    for reviewer in &reviewers[4..6] {
        let added = add_member(&client, &app, call_id, reviewer, "government", "member").await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text());
    }
    let lopsided = get(&client, &app, &path).await;
    lopsided.shows(&[
        "The member has been added to the committee.",
        "What is missing before reviewing can start:",
        "there are 4 from civil society and 2 from government",
        "civil0",
        "Chair",
        "Civil society",
        "Government",
    ]);
    lopsided.hides(&["The committee’s composition meets its rule"]);

    // One civil-society member leaves, a third government member joins: three and three pass.
    let removed = submit(
        &client,
        &app,
        &path,
        &format!("{path}/members/{}/remove", reviewers[3].id),
        &[],
    )
    .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER, "{}", removed.text());
    let added = add_member(
        &client,
        &app,
        call_id,
        &reviewers[6],
        "government",
        "member",
    )
    .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text());
    let balanced = get(&client, &app, &path).await;
    balanced.shows(&["The committee’s composition meets its rule: reviewing can start."]);
    balanced.hides(&[
        "What is missing before reviewing can start",
        "civil3 Civil society",
    ]);
    // The removed member is offered again.
    balanced.shows(&["civil3 (civil3@reviewers.example)"]);
    assert_eq!(seated(&app, &manager, call_id).await, 6);

    // A person who is not a reviewer, and no sector: both said beside the form, what was typed kept,
    // nobody seated.
    let applicant = app
        .create_user("someone@municipality.example", &[Role::Applicant], None)
        .await;
    let refused = add_member(&client, &app, call_id, &applicant, "", "observer").await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.shows(&[
        "Only active users with the reviewer role can sit on a committee.",
        "Unknown sector “”.",
    ]);
    // The applicant is not offered, so the select comes back without a choice.
    assert!(!refused.body.contains(&applicant.id.to_string()));
    assert!(
        refused
            .body
            .contains("<option value=\"observer\" selected>")
    );
    let twice = add_member(
        &client,
        &app,
        call_id,
        &reviewers[0],
        "civil_society",
        "member",
    )
    .await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    twice.shows(&["This person is already on the committee."]);
    assert_eq!(seated(&app, &manager, call_id).await, 6);
}

#[tokio::test]
async fn the_rule_and_deadline_forms_save_or_say_what_is_wrong_beside_the_fields() {
    let app = spawn_app().await;
    let (manager, call) = draft_setting(&app).await;
    let call_id = call.call.id;
    app.seat_committee(&manager, call_id, 1, 3, &[]).await;
    let client = logged_in(&app, &manager.email).await;
    let path = format!("/manage/calls/{call_id}/committee");
    let rule = format!("{path}/rule");

    let saved = submit(
        &client,
        &app,
        &path,
        &rule,
        &[
            ("rule_type", "minimum_shares"),
            ("share_civil_society", "40"),
        ],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    let page = get(&client, &app, &path).await;
    page.shows(&[
        "The composition rule has been saved.",
        "at least these shares of its voting members: Civil society 40%",
        "Civil society: 1 of 4 voting members, below the minimum of 40%.",
    ]);
    assert_eq!(page.value("share_civil_society"), "40");

    let over = submit(
        &client,
        &app,
        &path,
        &rule,
        &[
            ("rule_type", "minimum_shares"),
            ("share_civil_society", "60"),
            ("share_government", "50"),
            ("share_academia", "lots"),
        ],
    )
    .await;
    assert_eq!(over.status, StatusCode::UNPROCESSABLE_ENTITY);
    over.shows(&["Academia: “lots” is not a number."]);
    assert_eq!(over.value("share_government"), "50");
    assert!(over.body.contains("aria-invalid=\"true\""));
    let too_much = submit(
        &client,
        &app,
        &path,
        &rule,
        &[
            ("rule_type", "minimum_shares"),
            ("share_civil_society", "60"),
            ("share_government", "50"),
        ],
    )
    .await;
    assert_eq!(too_much.status, StatusCode::UNPROCESSABLE_ENTITY);
    too_much.shows(&["The minimum shares add up to more than 100%."]);
    let stale = submit(
        &client,
        &app,
        &path,
        &rule,
        &[("rule_type", "parity"), ("version", "0")],
    )
    .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    stale.shows(&["Someone else changed this in the meantime."]);
    // Still the saved rule.
    get(&client, &app, &path)
        .await
        .shows(&["below the minimum of 40%"]);

    let deadline = format!("{path}/deadline");
    let set = submit(
        &client,
        &app,
        &path,
        &deadline,
        &[("review_deadline", "2030-05-01T12:00")],
    )
    .await;
    assert_eq!(set.status, StatusCode::SEE_OTHER, "{}", set.text());
    let page = get(&client, &app, &path).await;
    page.shows(&["Members’ reviews are due May 1, 2030 at 12:00 PM UTC."]);
    assert_eq!(page.value("review_deadline"), "2030-05-01T12:00");
    let stored = domain::committee::get(&app.db, Some(&TestApp::actor(&manager)), call_id)
        .await
        .unwrap()
        .review_deadline
        .unwrap();
    assert_eq!(stored.to_rfc3339(), "2030-05-01T12:00:00+00:00");
    let garbled = submit(
        &client,
        &app,
        &path,
        &deadline,
        &[("review_deadline", "31/05/2030")],
    )
    .await;
    assert_eq!(garbled.status, StatusCode::UNPROCESSABLE_ENTITY);
    garbled.shows(&["Enter a date and time, for example 2027-01-31 23:59."]);
    assert_eq!(garbled.value("review_deadline"), "31/05/2030");

    // Managers only.
    let reviewer = app
        .create_user("spare@reviewers.example", &[Role::Reviewer], None)
        .await;
    let as_reviewer = logged_in(&app, &reviewer.email).await;
    assert_eq!(
        get(&as_reviewer, &app, &path).await.status,
        StatusCode::FORBIDDEN
    );
    // The manager (not an admin) is offered the reviewers not seated yet by name.
    let offered = get(&client, &app, &path).await;
    assert!(
        offered.body.contains(&format!(
            "<option value=\"{}\">spare (spare@reviewers.example)</option>",
            reviewer.id
        )),
        "{}",
        offered.body
    );
}

/// A reviewing world: three eligible applications, a three-and-three committee.
async fn world(app: &TestApp, municipal_members: usize) -> ReviewingWorld {
    app.reviewing_world(WorldSpec {
        applications: 3,
        civil_society: 3,
        government: 3,
        municipal_members,
        partner_members: 0,
    })
    .await
}

fn reviewing_path(world: &ReviewingWorld) -> String {
    format!("/manage/calls/{}/reviewing", world.call.call.id)
}

async fn assignments(app: &TestApp, world: &ReviewingWorld) -> Vec<assigning::AssignmentView> {
    assigning::list(&app.db, &TestApp::actor(&world.manager), world.call.call.id)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_manager_previews_the_automatic_assignment_applies_it_and_corrects_it_by_hand() {
    let app = spawn_app().await;
    let world = world(&app, 0).await;
    let client = logged_in(&app, &world.manager.email).await;
    let path = reviewing_path(&world);

    let page = get(&client, &app, &path).await;
    assert_eq!(page.status, StatusCode::OK);
    page.shows(&[
        "Nobody is assigned yet.",
        "0 of 0 assigned reviews submitted.",
    ]);

    let preview = submit(&client, &app, &path, &format!("{path}/preview"), &[]).await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.text());
    preview.shows(&[
        "3 eligible applications, 2 reviewers each: the assignment adds 6 assignments.",
        "Assignments it adds",
        "Each member’s load afterwards",
        "Every eligible application gets its reviewers.",
        "Apply this assignment",
    ]);
    assert!(
        assignments(&app, &world).await.is_empty(),
        "a preview stores nothing"
    );
    get(&client, &app, &path)
        .await
        .shows(&["Nobody is assigned yet."]);

    let applied = submit(&client, &app, &path, &format!("{path}/apply"), &[]).await;
    assert_eq!(applied.status, StatusCode::SEE_OTHER, "{}", applied.text());
    assert_eq!(
        applied.location.as_deref(),
        Some(&*format!("{path}#assignments"))
    );
    let stored = assignments(&app, &world).await;
    assert_eq!(stored.len(), 6);
    for application in &world.applications {
        let reviewers = stored
            .iter()
            .filter(|a| a.assignment.application_id == *application)
            .count();
        assert_eq!(reviewers, world.call.call.min_reviews as usize);
    }
    let page = get(&client, &app, &path).await;
    page.shows(&[
        "The automatic assignment has been applied.",
        "0 of 6 assigned reviews submitted.",
        "Automatic",
    ]);

    // One assignment removed by its button, then given back by hand.
    let removed = &stored[0];
    let gone = submit(
        &client,
        &app,
        &path,
        &format!("{path}/assignments/{}/remove", removed.assignment.id),
        &[],
    )
    .await;
    assert_eq!(gone.status, StatusCode::SEE_OTHER, "{}", gone.text());
    assert_eq!(assignments(&app, &world).await.len(), 5);
    let application_id = removed.assignment.application_id.to_string();
    let user_id = removed.assignment.user_id.to_string();
    let assign = format!("{path}/assignments");
    let fields = [
        ("application_id", application_id.as_str()),
        ("user_id", user_id.as_str()),
    ];
    let back = submit(&client, &app, &path, &assign, &fields).await;
    assert_eq!(back.status, StatusCode::SEE_OTHER, "{}", back.text());
    let now = assignments(&app, &world).await;
    assert_eq!(now.len(), 6);
    assert!(now.iter().any(|a| a.assignment.source == "manual"));
    get(&client, &app, &path).await.shows(&["By hand"]);
    let twice = submit(&client, &app, &path, &assign, &fields).await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    twice.shows(&["This member is already assigned to the application."]);
    let nobody = submit(
        &client,
        &app,
        &path,
        &assign,
        &[("application_id", application_id.as_str()), ("user_id", "")],
    )
    .await;
    assert_eq!(nobody.status, StatusCode::UNPROCESSABLE_ENTITY);
    nobody.shows(&["This person is not on the call’s committee."]);
    assert_eq!(assignments(&app, &world).await.len(), 6);
}

#[tokio::test]
async fn the_chair_sees_progress_without_assignment_forms_and_others_are_refused() {
    let app = spawn_app().await;
    let world = world(&app, 0).await;
    let path = reviewing_path(&world);
    let chair = logged_in(&app, &world.members[0].email).await;

    // The chair finds the page from My reviews; a plain member gets no such link.
    let dashboard = get(&chair, &app, "/reviews").await;
    dashboard.shows(&["Committees you sit on", "Chair"]);
    assert!(dashboard.body.contains(&format!("href=\"{path}\"")));
    let member = logged_in(&app, &world.members[1].email).await;
    let theirs = get(&member, &app, "/reviews").await;
    theirs.shows(&["Committees you sit on"]);
    assert!(!theirs.body.contains(&format!("href=\"{path}\"")));

    let page = get(&chair, &app, &path).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text());
    page.shows(&[
        "Progress",
        "Per application",
        "Per member",
        "Conflicts of interest",
    ]);
    page.hides(&[
        "Preview the assignment",
        "Assign by hand",
        "Apply this assignment",
    ]);
    assert!(!page.body.contains("/reviewing/preview"));
    assert!(!page.body.contains("/reviewing/assignments"));
    let forged = submit(&chair, &app, &path, &format!("{path}/preview"), &[]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let forged = submit(&chair, &app, &path, &format!("{path}/apply"), &[]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert!(assignments(&app, &world).await.is_empty());

    let member = logged_in(&app, &world.members[1].email).await;
    assert_eq!(
        get(&member, &app, &path).await.status,
        StatusCode::FORBIDDEN
    );
    let applicant = logged_in(&app, &world.applicants[0].1.email).await;
    assert_eq!(
        get(&applicant, &app, &path).await.status,
        StatusCode::FORBIDDEN
    );
    // Nobody signed in is sent to log in; a manager may not reach the committee of a call that is not one.
    let anonymous = get(&convoca_tests::new_client(), &app, &path).await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    let manager = logged_in(&app, &world.manager.email).await;
    let unknown = get(
        &manager,
        &app,
        &format!("/manage/calls/{}/reviewing", Uuid::now_v7()),
    )
    .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_chair_waives_a_declared_conflict_with_a_reason_and_not_without_one() {
    let app = spawn_app().await;
    // The first government member works for the first applicant: an automatic conflict.
    let world = world(&app, 1).await;
    let path = reviewing_path(&world);
    let declarer = &world.members[1];
    let declared = conflicts::declare(
        &app.db,
        &TestApp::actor(declarer),
        world.applications[1],
        &DeclarationInput {
            kind: "personal".into(),
            note: "My brother chairs the municipal council.".into(),
        },
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    let chair = logged_in(&app, &world.members[0].email).await;
    let page = get(&chair, &app, &path).await;
    page.shows(&[
        "Awaiting a decision",
        "My brother chairs the municipal council.",
        "Personal",
        "Declared",
        "Automatic (organisation)",
        "Institutional",
    ]);
    // Only the declared conflict can be decided; the automatic one stands.
    assert_eq!(page.body.matches("/reviewing/conflicts/").count(), 1);

    let decide = format!("{path}/conflicts/{}", declared.conflict.id);
    let version = declared.conflict.version.to_string();
    let refused = submit(
        &chair,
        &app,
        &path,
        &decide,
        &[
            ("version", &version),
            ("decision", "waive"),
            ("reason", "  "),
        ],
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.shows(&["Give the reason for the decision; it is recorded in the audit log."]);
    assert!(refused.body.contains("aria-invalid=\"true\""));
    let status_of = || async {
        conflicts::list(&app.db, &TestApp::actor(&world.manager), world.call.call.id)
            .await
            .unwrap()
            .into_iter()
            .find(|c| c.conflict.id == declared.conflict.id)
            .unwrap()
    };
    assert_eq!(status_of().await.status, ConflictStatus::Declared);

    let reason = "The brother left the council in 2020.";
    let waived = submit(
        &chair,
        &app,
        &path,
        &decide,
        &[
            ("version", &version),
            ("decision", "waive"),
            ("reason", reason),
        ],
    )
    .await;
    assert_eq!(waived.status, StatusCode::SEE_OTHER, "{}", waived.text());
    let after = status_of().await;
    assert_eq!(after.status, ConflictStatus::Waived);
    assert_eq!(after.conflict.decision_reason.as_deref(), Some(reason));
    let page = get(&chair, &app, &path).await;
    page.shows(&[
        "The conflict has been waived; the member may review the application again.",
        "Waived",
        reason,
    ]);
    assert_eq!(page.body.matches("/reviewing/conflicts/").count(), 0);
}

/// Submits a complete review of `application_id` as `member`, with `comment` in every comment.
async fn submit_review(
    app: &TestApp,
    world: &ReviewingWorld,
    member: &User,
    application_id: Uuid,
    comment: &str,
) {
    let input = SheetInput {
        scores: world
            .call
            .criteria
            .iter()
            .map(|criterion| ScoreInput {
                criterion_id: criterion.id,
                score: Some(4),
                comment: format!("{comment} on {}", criterion.title),
            })
            .collect(),
        overall_comment: comment.to_owned(),
        recommendation: "fund".into(),
    };
    reviews::submit(
        &app.db,
        &TestApp::actor(member),
        application_id,
        0,
        &input,
        chrono::Utc::now(),
    )
    .await
    .expect("the review is submitted");
}

async fn reminders(app: &TestApp) -> Vec<domain::notifications::Notification> {
    domain::notifications::pending(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|n| n.kind == domain::notifications::Kind::ReviewReminder)
        .collect()
}

#[tokio::test]
async fn reminders_are_queued_for_each_member_with_reviews_outstanding() {
    let app = spawn_app().await;
    let world = world(&app, 0).await;
    let manager = TestApp::actor(&world.manager);
    assigning::apply(&app.db, &manager, world.call.call.id, chrono::Utc::now())
        .await
        .unwrap();
    // One member submits everything they were given: nothing outstanding for them.
    let done = &world.members[1];
    for assignment in assignments(&app, &world).await {
        if assignment.assignment.user_id == done.id {
            submit_review(
                &app,
                &world,
                done,
                assignment.assignment.application_id,
                "Fine",
            )
            .await;
        }
    }
    let outstanding: Vec<Uuid> = progress::progress(&app.db, &manager, world.call.call.id)
        .await
        .unwrap()
        .members
        .iter()
        .filter(|m| m.outstanding() > 0)
        .map(|m| m.member.user_id)
        .collect();
    assert!(!outstanding.contains(&done.id));
    assert!(!outstanding.is_empty());

    let chair = logged_in(&app, &world.members[0].email).await;
    let path = reviewing_path(&world);
    let sent = submit(&chair, &app, &path, &format!("{path}/remind"), &[]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.text());
    let queued = reminders(&app).await;
    assert_eq!(queued.len(), outstanding.len());
    let mut recipients: Vec<Uuid> = queued.iter().filter_map(|n| n.recipient_user_id).collect();
    recipients.sort();
    let mut expected = outstanding.clone();
    expected.sort();
    assert_eq!(recipients, expected);
    let location = sent.location.expect("a redirect");
    let shown = get(&chair, &app, &location).await;
    shown.shows(&[&format!(
        "{} reminders have been queued.",
        outstanding.len()
    )]);

    // One member reminded by their own button.
    let one = outstanding[0].to_string();
    let single = submit(
        &chair,
        &app,
        &path,
        &format!("{path}/remind"),
        &[("user_id", &one)],
    )
    .await;
    assert_eq!(single.status, StatusCode::SEE_OTHER);
    get(&chair, &app, &single.location.unwrap())
        .await
        .shows(&["One reminder has been queued."]);
    let queued = reminders(&app).await;
    assert_eq!(queued.len(), outstanding.len() + 1);
    assert_eq!(
        queued
            .iter()
            .filter(|n| n.recipient_user_id == Some(outstanding[0]))
            .count(),
        2
    );
    // Without the page's token nothing is queued.
    let forged = post(&chair, &app, &format!("{path}/remind"), &[]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(reminders(&app).await.len(), outstanding.len() + 1);
}

#[tokio::test]
async fn the_reviewing_page_shows_completion_and_never_a_score_or_comment() {
    let app = spawn_app().await;
    let world = world(&app, 0).await;
    let manager = TestApp::actor(&world.manager);
    assigning::apply(&app.db, &manager, world.call.call.id, chrono::Utc::now())
        .await
        .unwrap();
    let first = assignments(&app, &world).await.remove(0);
    let reviewer = world
        .members
        .iter()
        .find(|m| m.id == first.assignment.user_id)
        .unwrap();
    let secret = "Quokka-Zanzibar remark";
    submit_review(
        &app,
        &world,
        reviewer,
        first.assignment.application_id,
        secret,
    )
    .await;
    let path = reviewing_path(&world);
    for email in [&world.manager.email, &world.members[0].email] {
        let client = logged_in(&app, email).await;
        let page = get(&client, &app, &path).await;
        assert_eq!(page.status, StatusCode::OK);
        page.shows(&["1 of 6 assigned reviews submitted.", "Yes"]);
        assert!(!page.decoded().contains("Quokka"), "{email} sees a comment");
        page.hides(&["4 out of", "Score"]);
        // The recommendation as a word of its own: the navigation's "Funded projects" is not one.
        assert!(
            !page.text().split(' ').any(|word| word == "Fund"),
            "{email} sees a recommendation"
        );
    }
}

#[tokio::test]
async fn the_start_review_confirmation_says_what_the_committee_lacks_before_the_button_is_pressed()
{
    let app = spawn_app().await;
    let manager = app
        .create_user("manager@committee.example", &[Role::Manager], None)
        .await;
    let programme = app
        .programme(&manager, "OGP Local Tunisia", "TN", "TND")
        .await;
    let call = app.open_call(&manager, &programme, "TUN", &[], &[]).await;
    app.seat_committee(&manager, call.call.id, 4, 2, &[]).await;
    domain::calls::service::act(
        &app.db,
        &TestApp::actor(&manager),
        call.call.id,
        call.call.version,
        domain::calls::CallAction::Close,
    )
    .await
    .unwrap();
    let client = logged_in(&app, &manager.email).await;
    let page = get(
        &client,
        &app,
        &format!("/manage/calls/{}/confirm/start-review", call.call.id),
    )
    .await;
    assert_eq!(page.status, StatusCode::OK);
    page.shows(&["there are 4 from civil society and 2 from government"]);
}
