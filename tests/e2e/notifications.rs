//! What Convoca tells people, read from the outbox: every event that needs someone queues one message of its
//! own kind to each person concerned (an invitation to the invited address in the inviter's language, new
//! assignments to each member once per action, the review deadline once per member with reviews
//! outstanding, a project's tranches, milestones, reports and technical assistance to its team, the expert
//! or the person who asked), and every message carries the path of the page where its recipient acts.

use chrono::{DateTime, Duration, Utc};
use convoca_tests::projects::{
    ACTION_PLAN, FundedSpec, FundedWorld, milestone_line, template_line,
};
use convoca_tests::reviewing::{ReviewingWorld, WorldSpec};
use convoca_tests::{TestApp, spawn_app};
use domain::Role;
use domain::accounts::User;
use domain::accounts::entity::user;
use domain::committee::assigning;
use domain::notifications::{Kind, Notification, payload_of, pending};
use domain::reviews::progress;
use domain::reviews::service as reviews;
use domain::reviews::{ScoreInput, SheetInput};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use std::collections::HashMap;
use uuid::Uuid;

/// The messages of `kind` queued so far, oldest first.
async fn queued(app: &TestApp, kind: Kind) -> Vec<Notification> {
    pending(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|n| n.kind == kind)
        .collect()
}

/// The messages of `kind` queued so far, by recipient (a user), with their payloads; a recipient with two
/// messages of the kind fails the test.
async fn queued_once(app: &TestApp, kind: Kind) -> HashMap<Uuid, Value> {
    let mut by_user = HashMap::new();
    for n in queued(app, kind).await {
        let user = n.recipient_user_id.expect("a message to a user");
        let payload = payload_of(&n).unwrap();
        assert!(
            by_user.insert(user, payload).is_none(),
            "{kind:?} twice to {user}"
        );
    }
    by_user
}

/// Sets a user's language, as their account page will.
async fn speaks(app: &TestApp, user: &User, language: &str) {
    user::Entity::update_many()
        .col_expr(user::Column::Language, Expr::value(language))
        .filter(user::Column::Id.eq(user.id))
        .exec(&app.db)
        .await
        .unwrap();
}

/// Deactivates a user, as an administrator would.
async fn deactivate(app: &TestApp, user: &User) {
    user::Entity::update_many()
        .col_expr(user::Column::Active, Expr::value(false))
        .filter(user::Column::Id.eq(user.id))
        .exec(&app.db)
        .await
        .unwrap();
}

#[tokio::test]
async fn an_invitation_goes_to_the_invited_address_in_the_inviters_language_with_the_link_the_inviter_sees()
 {
    let app = spawn_app().await;
    let (organisation, inviter) = app
        .sign_up_municipality("Bizerte", "mayor@bizerte.tn")
        .await;
    speaks(&app, &inviter, "es").await;
    let token = app.token_for(&inviter).await;

    let invited = app
        .api(
            "POST",
            &format!("/organisations/{}/invitations", organisation.id),
            Some(&token),
            Some(json!({"email": "clerk@bizerte.tn"})),
        )
        .await;
    assert_eq!(invited.status, 201, "{}", invited.body);
    let secret = invited.body["secret"].as_str().unwrap();
    assert_eq!(
        invited.body["accept_path"],
        format!("/invitations/{secret}")
    );

    let messages = queued(&app, Kind::Invitation).await;
    assert_eq!(messages.len(), 1);
    let message = &messages[0];
    assert_eq!(message.recipient_user_id, None);
    assert_eq!(message.recipient_email, "clerk@bizerte.tn");
    assert_eq!(message.language.as_deref(), Some("es"));
    assert_eq!(
        payload_of(message).unwrap(),
        json!({
            "path": format!("/invitations/{secret}"),
            "organisation": "Bizerte",
            "inviter": "Staff of Bizerte",
            "days": 14,
        })
    );
    // The emailed link is the page where the colleague joins.
    let page = app
        .client
        .get(app.url(&format!("/invitations/{secret}")))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);

    // A refused invitation queues nothing.
    let taken = app
        .api(
            "POST",
            &format!("/organisations/{}/invitations", organisation.id),
            Some(&token),
            Some(json!({"email": "mayor@bizerte.tn"})),
        )
        .await;
    assert_eq!(taken.status, 422, "{}", taken.body);
    assert_eq!(queued(&app, Kind::Invitation).await.len(), 1);
}

/// Three eligible Tunisian applications and a committee of three civil-society and three government
/// members, nobody conflicted and nobody assigned yet.
async fn world(app: &TestApp) -> ReviewingWorld {
    app.reviewing_world(WorldSpec {
        applications: 3,
        civil_society: 3,
        government: 3,
        municipal_members: 0,
        partner_members: 0,
    })
    .await
}

/// How many applications each member is assigned.
async fn loads(app: &TestApp, world: &ReviewingWorld) -> HashMap<Uuid, i64> {
    let mut loads = HashMap::new();
    for a in assigning::list(&app.db, &TestApp::actor(&world.manager), world.call.call.id)
        .await
        .unwrap()
    {
        *loads.entry(a.assignment.user_id).or_insert(0) += 1;
    }
    loads
}

#[tokio::test]
async fn each_member_hears_once_per_assignment_how_many_applications_they_were_given() {
    let app = spawn_app().await;
    let world = world(&app).await;
    let manager = TestApp::actor(&world.manager);
    let call = &world.call.call;

    assigning::apply(&app.db, &manager, call.id, Utc::now())
        .await
        .unwrap();
    let loads = loads(&app, &world).await;
    assert_eq!(loads.values().sum::<i64>(), 6, "two reviewers each");
    let told = queued_once(&app, Kind::ReviewAssigned).await;
    assert_eq!(told.len(), loads.len(), "only members given something");
    for (member, count) in &loads {
        assert_eq!(
            told[member],
            json!({
                "path": "/reviews",
                "call_id": call.id,
                "call_code": call.code,
                "call_title": call.title,
                "count": count,
            })
        );
    }

    // Assigning one more by hand tells that member alone, about that one application.
    let mine: Vec<Uuid> = assigning::list(&app.db, &manager, call.id)
        .await
        .unwrap()
        .into_iter()
        .filter(|a| a.assignment.user_id == world.members[0].id)
        .map(|a| a.assignment.application_id)
        .collect();
    let other = *world
        .applications
        .iter()
        .find(|id| !mine.contains(id))
        .unwrap();
    assigning::assign(
        &app.db,
        &manager,
        call.id,
        other,
        world.members[0].id,
        Utc::now(),
    )
    .await
    .unwrap();
    let messages = queued(&app, Kind::ReviewAssigned).await;
    assert_eq!(messages.len(), loads.len() + 1);
    let last = messages.last().unwrap();
    assert_eq!(last.recipient_user_id, Some(world.members[0].id));
    assert_eq!(last.recipient_email, world.members[0].email);
    assert_eq!(payload_of(last).unwrap()["count"], 1);

    // A refused assignment (a duplicate) tells nobody.
    assigning::assign(
        &app.db,
        &manager,
        call.id,
        other,
        world.members[0].id,
        Utc::now(),
    )
    .await
    .unwrap_err();
    assert_eq!(
        queued(&app, Kind::ReviewAssigned).await.len(),
        loads.len() + 1
    );
}

/// `member` submits a complete review of an application.
async fn review(app: &TestApp, world: &ReviewingWorld, member: &User, application_id: Uuid) {
    let input = SheetInput {
        scores: world
            .call
            .criteria
            .iter()
            .map(|criterion| ScoreInput {
                criterion_id: criterion.id,
                score: Some(4),
                comment: format!("Convincing {}", criterion.title.to_lowercase()),
            })
            .collect(),
        overall_comment: "A sound plan.".into(),
        recommendation: "fund".into(),
    };
    reviews::submit(
        &app.db,
        &TestApp::actor(member),
        application_id,
        0,
        &input,
        Utc::now(),
    )
    .await
    .expect("the review is submitted");
}

/// Assigns everyone automatically and has the first government member submit all their reviews; returns
/// that member and each member's outstanding reviews.
async fn assigned_with_one_member_done(
    app: &TestApp,
    world: &ReviewingWorld,
) -> (User, HashMap<Uuid, i64>) {
    let manager = TestApp::actor(&world.manager);
    assigning::apply(&app.db, &manager, world.call.call.id, Utc::now())
        .await
        .unwrap();
    let done = world.members[3].clone();
    for a in assigning::list(&app.db, &manager, world.call.call.id)
        .await
        .unwrap()
    {
        if a.assignment.user_id == done.id {
            review(app, world, &done, a.assignment.application_id).await;
        }
    }
    let mut outstanding = loads(app, world).await;
    outstanding.remove(&done.id);
    (done, outstanding)
}

/// Sets the committee's review deadline.
async fn set_deadline(app: &TestApp, world: &ReviewingWorld, deadline: DateTime<Utc>) {
    let manager = TestApp::actor(&world.manager);
    let call_id = world.call.call.id;
    let version = domain::committee::get(&app.db, Some(&manager), call_id)
        .await
        .unwrap()
        .version;
    domain::committee::set_review_deadline(
        &app.db,
        &manager,
        call_id,
        version,
        Some(deadline),
        Utc::now(),
    )
    .await
    .unwrap();
}

#[tokio::test]
async fn the_review_deadline_reminder_goes_once_to_each_member_with_reviews_outstanding_in_the_last_days()
 {
    use progress::queue_deadline_reminders;
    let app = spawn_app().await;
    let world = world(&app).await;
    let call = &world.call.call;
    let (done, outstanding) = assigned_with_one_member_done(&app, &world).await;
    assert_eq!(outstanding.len(), 5);
    // The call's time zone is UTC: the deadline reads as its members' page shows it.
    let deadline: DateTime<Utc> = "2031-03-20T16:59:00Z".parse().unwrap();
    set_deadline(&app, &world, deadline).await;

    // Four days before a three-day window: too early. Once the deadline has passed: too late.
    for now in [deadline - Duration::days(4), deadline + Duration::hours(1)] {
        assert_eq!(queue_deadline_reminders(&app.db, now, 3).await.unwrap(), 0);
    }
    assert!(queued(&app, Kind::ReviewReminder).await.is_empty());

    // Within three days: one reminder to each member with reviews outstanding, none to the member who is done.
    let within = deadline - Duration::days(2);
    assert_eq!(
        queue_deadline_reminders(&app.db, within, 3).await.unwrap(),
        5
    );
    let reminded = queued_once(&app, Kind::ReviewReminder).await;
    assert_eq!(reminded.len(), 5);
    assert!(!reminded.contains_key(&done.id));
    for (member, count) in &outstanding {
        assert_eq!(
            reminded[member],
            json!({
                "path": "/reviews",
                "call_id": call.id,
                "call_code": call.code,
                "call_title": call.title,
                "outstanding": count,
                "has_deadline": "yes",
                "deadline": {"at": "2031-03-20T16:59:00+00:00", "time_zone": "UTC"},
            })
        );
    }

    // Not again, however often the server runs it before the deadline.
    for now in [
        within,
        within + Duration::hours(1),
        deadline - Duration::minutes(1),
    ] {
        assert_eq!(queue_deadline_reminders(&app.db, now, 3).await.unwrap(), 0);
    }
    assert_eq!(queued(&app, Kind::ReviewReminder).await.len(), 5);

    // The deadline moves a week later: the same members are reminded again as the new one nears.
    let moved = deadline + Duration::days(7);
    set_deadline(&app, &world, moved).await;
    assert_eq!(
        queue_deadline_reminders(&app.db, within, 3).await.unwrap(),
        0
    );
    assert_eq!(
        queue_deadline_reminders(&app.db, moved - Duration::days(1), 3)
            .await
            .unwrap(),
        5
    );
    assert_eq!(queued(&app, Kind::ReviewReminder).await.len(), 10);
}

#[tokio::test]
async fn no_deadline_reminder_is_queued_without_a_deadline_or_once_everyone_has_submitted() {
    use progress::queue_deadline_reminders;
    let app = spawn_app().await;
    let world = world(&app).await;
    let manager = TestApp::actor(&world.manager);
    let call_id = world.call.call.id;
    assigning::apply(&app.db, &manager, call_id, Utc::now())
        .await
        .unwrap();
    let soon = Utc::now() + Duration::days(30);
    // No deadline: nothing, whatever the window.
    assert_eq!(
        queue_deadline_reminders(&app.db, Utc::now(), 365)
            .await
            .unwrap(),
        0
    );
    // Everyone has submitted: nothing either.
    for a in assigning::list(&app.db, &manager, call_id).await.unwrap() {
        let member = world
            .members
            .iter()
            .find(|m| m.id == a.assignment.user_id)
            .unwrap();
        review(&app, &world, member, a.assignment.application_id).await;
    }
    set_deadline(&app, &world, soon).await;
    assert_eq!(
        queue_deadline_reminders(&app.db, soon - Duration::days(1), 3)
            .await
            .unwrap(),
        0
    );
    assert!(queued(&app, Kind::ReviewReminder).await.is_empty());
}

#[tokio::test]
async fn a_reminder_sent_by_hand_links_to_the_reviews_page_and_says_when_no_deadline_is_set() {
    let app = spawn_app().await;
    let world = world(&app).await;
    let manager = TestApp::actor(&world.manager);
    let call = &world.call.call;
    let (done, outstanding) = assigned_with_one_member_done(&app, &world).await;

    let sent = progress::remind(&app.db, &manager, call.id, None, Utc::now())
        .await
        .unwrap();
    assert_eq!(sent, 5);
    let reminded = queued_once(&app, Kind::ReviewReminder).await;
    assert!(!reminded.contains_key(&done.id));
    for (member, count) in &outstanding {
        assert_eq!(
            reminded[member],
            json!({
                "path": "/reviews",
                "call_id": call.id,
                "call_code": call.code,
                "call_title": call.title,
                "outstanding": count,
                "has_deadline": "no",
            })
        );
    }
}

/// A published call with Tunis and Sfax funded, paid 30% on signature, 50% once the council adopts the
/// action plan and 20% on the final report; Tunis's team has a second, active colleague and a deactivated
/// one.
struct Funded {
    app: TestApp,
    world: FundedWorld,
    colleague: User,
}

impl Funded {
    async fn new(code: &str) -> Funded {
        let app = spawn_app().await;
        let (manager, _) = app.new_manager().await;
        let mut spec = FundedSpec::tunisian(code, 2);
        spec.template = Some(vec![
            template_line("30", "signature"),
            milestone_line("50", ACTION_PLAN, 3),
            template_line("20", "final_report"),
        ]);
        let world = app.funded_world(&manager, &spec).await;
        let organisation = world.teams[0].organisation_id;
        let colleague = app
            .create_user("treasurer@tunis.example", &[Role::Applicant], organisation)
            .await;
        let former = app
            .create_user("former@tunis.example", &[Role::Applicant], organisation)
            .await;
        deactivate(&app, &former).await;
        Funded {
            app,
            world,
            colleague,
        }
    }

    fn manager(&self) -> &str {
        &self.world.manager_token
    }

    fn team(&self) -> &str {
        &self.world.team_tokens[0]
    }

    fn project(&self) -> Uuid {
        self.world.projects[0]
    }

    /// The active users of Tunis: whom the project's messages go to.
    fn tunis(&self) -> Vec<Uuid> {
        let mut users = vec![self.world.teams[0].id, self.colleague.id];
        users.sort();
        users
    }

    /// The messages of `kind` so far: each recipient, sorted, and the one payload they all got.
    async fn told(&self, kind: Kind) -> (Vec<Uuid>, Value) {
        let told = queued_once(&self.app, kind).await;
        let mut users: Vec<Uuid> = told.keys().copied().collect();
        users.sort();
        let payloads: Vec<&Value> = told.values().collect();
        assert!(
            payloads.windows(2).all(|w| w[0] == w[1]),
            "{kind:?}: {payloads:?}"
        );
        (
            users,
            payloads.first().copied().cloned().unwrap_or(Value::Null),
        )
    }

    /// What every message about the Tunis project carries, with `values` besides.
    fn about_tunis(&self, values: Value) -> Value {
        let mut payload = json!({
            "path": format!("/projects/{}", self.project()),
            "project_id": self.project(),
            "project": "Open municipality of Tunis",
        });
        payload
            .as_object_mut()
            .unwrap()
            .extend(values.as_object().unwrap().clone());
        payload
    }
}

#[tokio::test]
async fn the_project_team_hears_when_a_tranche_is_released_and_when_its_milestones_and_reports_are_reviewed()
 {
    let f = Funded::new("EVT").await;
    let (app, manager, team, p) = (&f.app, f.manager(), f.team(), f.project());
    let dated = app
        .set_project_dates(p, manager, "2027-01-01", "2027-12-31")
        .await;
    assert_eq!(dated.status, 200, "{}", dated.body);

    // 30% of 48 250.750 TND.
    assert_eq!(app.sign_project(p, manager, "2027-01-05").await.status, 200);
    assert_eq!(app.release_tranche(p, manager, 1).await.status, 200);
    assert_eq!(
        f.told(Kind::TrancheReleased).await,
        (
            f.tunis(),
            f.about_tunis(
                json!({"tranche": 1, "amount": {"minor": 14_475_225, "currency": "TND"}})
            )
        )
    );

    let evidence = "Council resolution 2027-14.";
    assert_eq!(app.submit_milestone(p, team, 1, evidence).await.status, 200);
    let asked = app
        .review_milestone(p, manager, 1, false, "Please attach the signed minutes.")
        .await;
    assert_eq!(asked.status, 200, "{}", asked.body);
    assert_eq!(
        f.told(Kind::MilestoneChangesRequested).await,
        (
            f.tunis(),
            f.about_tunis(json!({
                "milestone": ACTION_PLAN,
                "note": "Please attach the signed minutes.",
            }))
        )
    );
    assert_eq!(app.submit_milestone(p, team, 1, evidence).await.status, 200);
    assert_eq!(
        app.review_milestone(p, manager, 1, true, "").await.status,
        200
    );
    assert_eq!(
        f.told(Kind::MilestoneAccepted).await,
        (f.tunis(), f.about_tunis(json!({"milestone": ACTION_PLAN})))
    );

    let report = json!({
        "narrative": "Four district assemblies held.",
        "spending": "20000",
        "indicator_values": [],
    });
    assert_eq!(
        app.submit_report(p, team, 1, report.clone()).await.status,
        200
    );
    assert_eq!(
        app.review_report(p, manager, 1, false, "Add the assemblies' attendance.")
            .await
            .status,
        200
    );
    assert_eq!(
        f.told(Kind::ReportChangesRequested).await,
        (
            f.tunis(),
            f.about_tunis(json!({"report": 1, "note": "Add the assemblies' attendance."}))
        )
    );
    assert_eq!(app.submit_report(p, team, 1, report).await.status, 200);
    assert_eq!(
        app.review_report(p, manager, 1, true, "Thank you.")
            .await
            .status,
        200
    );
    assert_eq!(
        f.told(Kind::ReportAccepted).await,
        (f.tunis(), f.about_tunis(json!({"report": 1})))
    );

    // A refused step tells nobody: the milestone is already accepted.
    assert_eq!(
        app.review_milestone(p, manager, 1, true, "").await.status,
        409
    );
    assert_eq!(queued(app, Kind::MilestoneAccepted).await.len(), 2);
}

#[tokio::test]
async fn the_expert_and_the_team_hear_of_an_assignment_and_whoever_asked_hears_it_is_resolved() {
    let f = Funded::new("AST").await;
    let (app, manager, p) = (&f.app, f.manager(), f.project());
    let (expert, expert_token) = app
        .user_with_token("open.data@experts.example", &[Role::Reviewer])
        .await;
    let colleague_token = app.token_for(&f.colleague).await;
    let asked = f
        .app
        .api(
            "POST",
            &format!("/projects/{p}/assistance"),
            Some(&colleague_token),
            Some(json!({
                "topic": "Open budget data portal",
                "description": "Which format should the monthly budget be published in?",
            })),
        )
        .await;
    assert_eq!(asked.status, 200, "{}", asked.body);
    let id = asked.body["assistance"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let assigned = app
        .api(
            "POST",
            &format!("/assistance/{id}/assign"),
            Some(manager),
            Some(json!({"expert_id": expert.id, "note": "", "version": 1})),
        )
        .await;
    assert_eq!(assigned.status, 200, "{}", assigned.body);
    let told = queued_once(app, Kind::AssistanceAssigned).await;
    let mut everyone = f.tunis();
    everyone.push(expert.id);
    everyone.sort();
    let mut recipients: Vec<Uuid> = told.keys().copied().collect();
    recipients.sort();
    assert_eq!(recipients, everyone);
    assert_eq!(
        told[&expert.id],
        json!({
            "path": "/assistance",
            "audience": "expert",
            "project_id": p,
            "project": "Open municipality of Tunis",
            "topic": "Open budget data portal",
            "expert": expert.name,
        })
    );
    for member in f.tunis() {
        assert_eq!(
            told[&member],
            f.about_tunis(json!({
                "audience": "team",
                "topic": "Open budget data portal",
                "expert": expert.name,
            }))
        );
    }

    let resolved = app
        .api(
            "POST",
            &format!("/assistance/{id}/resolve"),
            Some(&expert_token),
            Some(json!({"note": "CSV and JSON, one file per month.", "version": 2})),
        )
        .await;
    assert_eq!(resolved.status, 200, "{}", resolved.body);
    assert_eq!(
        queued_once(app, Kind::AssistanceResolved).await,
        HashMap::from([(
            f.colleague.id,
            f.about_tunis(json!({
                "topic": "Open budget data portal",
                "note": "CSV and JSON, one file per month.",
            }))
        )])
    );
}

#[tokio::test]
async fn receipts_screening_outcomes_and_results_link_to_the_application_and_the_results_page() {
    let f = Funded::new("LNK").await;
    let (app, world) = (&f.app, &f.world);
    let call_id = world.call_id;
    for (team, application) in world.teams.iter().zip(&world.selection.applications) {
        for kind in [Kind::ApplicationSubmitted, Kind::ApplicationScreened] {
            let payload = &queued_once(app, kind).await[&team.id];
            assert_eq!(payload["path"], format!("/applications/{application}"));
            assert_eq!(payload["application_id"], application.to_string());
            assert!(payload["application_title"].is_string(), "{payload}");
        }
        let published = &queued_once(app, Kind::ResultsPublished).await[&team.id];
        assert_eq!(published["path"], format!("/calls/{call_id}/results"));
        assert_eq!(published["outcome"], "selected");
    }
    let receipt = &queued_once(app, Kind::ApplicationSubmitted).await[&world.teams[0].id];
    // The moment travels as an instant and the call's zone; each reader's message writes it.
    assert_eq!(
        receipt["submitted_at"]["time_zone"], "Africa/Tunis",
        "{receipt}"
    );
    assert!(receipt["submitted_at"]["at"].is_string(), "{receipt}");
    for payload in queued_once(app, Kind::ReviewAssigned).await.values() {
        assert_eq!(payload["path"], "/reviews");
    }
}

#[tokio::test]
async fn two_servers_running_the_reminders_at_once_queue_each_reminder_once() {
    use progress::queue_deadline_reminders;
    let app = spawn_app().await;
    let world = world(&app).await;
    let (_, outstanding) = assigned_with_one_member_done(&app, &world).await;
    let deadline: DateTime<Utc> = "2031-03-20T16:59:00Z".parse().unwrap();
    set_deadline(&app, &world, deadline).await;
    let within = deadline - Duration::days(2);
    // Two servers' hourly runs at the same moment: each seat's reminder is recorded by one of them only.
    let (one, two) = tokio::join!(
        queue_deadline_reminders(&app.db, within, 3),
        queue_deadline_reminders(&app.db, within, 3)
    );
    let (one, two) = (one.unwrap(), two.unwrap());
    assert_eq!(one + two, outstanding.len(), "queued: {one} + {two}");
    assert_eq!(
        queued_once(&app, Kind::ReviewReminder).await.len(),
        outstanding.len()
    );
    assert_eq!(
        queued(&app, Kind::ReviewReminder).await.len(),
        outstanding.len()
    );
}
