//! Every JSON endpoint against every kind of caller: anonymous, applicant, reviewer, manager, admin.
//!
//! `Ok` means the caller got past authentication and permission checks (a 2xx); refusals must be the
//! right problem (401 for anonymous callers, 403 for a wrong role, 404 where the caller may not even know the
//! resource exists).

use convoca_tests::selection::{ApplicantSpec, SeatSpec, SelectionSpec, criterion};
use convoca_tests::{TEST_PASSWORD, TestApp, spawn_app};
use domain::Role;
use domain::calls::CallAction;
use serde_json::{Value, json};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Ok,
    Unauthenticated,
    Forbidden,
    NotFound,
}

use Expect::{Forbidden as F, NotFound as N, Ok as O, Unauthenticated as U};

const CALLERS: [&str; 5] = ["anonymous", "applicant", "reviewer", "manager", "admin"];

struct Fixture {
    tokens: [Option<String>; 5],
    /// A second token per caller, for revocation.
    spare_tokens: [Option<String>; 5],
    applicant_org: String,
    other_org: String,
    role_target: String,
    deactivate_target: String,
    activate_target: String,
    invitation_secret: String,
    /// One unused invitation per caller, since a link works once.
    acceptable_invitations: Vec<String>,
    agency: String,
    programme: String,
    prerequisite_kind: String,
    /// Draft calls, one per kind of edit, so that each edit meets the version it expects.
    drafts: std::collections::HashMap<&'static str, String>,
    draft_details: Value,
    open_call: String,
    closed_call: String,
    /// An open call the applicant has not applied to yet.
    start_call: String,
    /// The applicant's draft, with two attachments (one to keep, one to remove).
    draft: String,
    kept_attachment: String,
    removed_attachment: String,
    /// A complete draft of a verified organisation, ready to submit.
    ready: String,
    /// A submission to screen, and its version.
    to_screen: String,
    to_screen_version: i32,
    /// A submission to withdraw.
    to_withdraw: String,
    /// The reviewer caller's user id, to seat on a committee.
    reviewer: String,
    /// A call in review on whose committee the reviewer caller sits.
    reviewing: Reviewing,
    /// Calls at each step of deciding.
    selection: Selection,
    /// Funded projects, one led by the applicant caller's organisation.
    projects: Projects,
}

/// The reviewing part of the fixture.
struct Reviewing {
    call: String,
    /// Its committee's version.
    committee_version: i32,
    /// The criteria, in order.
    criteria: Vec<String>,
    /// The application the reviewer caller is assigned to.
    assigned: String,
    /// An application the reviewer caller declares a conflict on.
    to_declare: String,
    /// A declared conflict of another member, to decide.
    conflict: String,
    /// An assignment of another member, to remove.
    assignment: String,
    /// Another application and a member for a manual assignment.
    to_assign: (String, String),
}

/// A Tunisian call in review with the reviewer caller seated and assigned to its first application.
async fn reviewing(app: &TestApp, reviewer: &domain::accounts::User) -> Reviewing {
    use domain::committee::{assigning, conflicts};
    let world = app
        .reviewing_world(convoca_tests::reviewing::WorldSpec {
            applications: 3,
            civil_society: 1,
            government: 1,
            municipal_members: 0,
            partner_members: 0,
        })
        .await;
    let manager = TestApp::actor(&world.manager);
    let call = world.call.call.id;
    let now = chrono::Utc::now();
    domain::committee::add_member(
        &app.db,
        &manager,
        call,
        &domain::committee::MemberInput {
            user_id: reviewer.id,
            sector: "civil_society".into(),
            role: "member".into(),
        },
        now,
    )
    .await
    .unwrap();
    let [first, second, third] = world.applications[..] else {
        panic!("three applications");
    };
    assigning::assign(&app.db, &manager, call, first, reviewer.id, now)
        .await
        .unwrap();
    let assignment = assigning::assign(&app.db, &manager, call, first, world.members[1].id, now)
        .await
        .unwrap();
    let conflict = conflicts::declare(
        &app.db,
        &TestApp::actor(&world.members[1]),
        second,
        &conflicts::DeclarationInput {
            kind: "personal".into(),
            note: "My sister runs the project.".into(),
        },
        now,
    )
    .await
    .unwrap();
    let committee = domain::committee::get(&app.db, Some(&manager), call)
        .await
        .unwrap();
    Reviewing {
        call: call.to_string(),
        committee_version: committee.version,
        criteria: world
            .call
            .criteria
            .iter()
            .map(|c| c.id.to_string())
            .collect(),
        assigned: first.to_string(),
        to_declare: third.to_string(),
        conflict: conflict.conflict.id.to_string(),
        assignment: assignment.assignment.id.to_string(),
        to_assign: (third.to_string(), world.members[0].id.to_string()),
    }
}

/// The selection part of the fixture: one call per step of deciding, so that no row depends on another.
struct Selection {
    /// A call in review whose committee the reviewer caller chairs, and its version.
    chaired: (String, i32),
    /// Its criteria, in order.
    criteria: Vec<String>,
    /// An eligible application of it, for consensus scores and an override.
    application: String,
    /// Another one, with an override to remove.
    overridden: String,
    /// A call in review whose committee the reviewer caller chairs, to close scoring of, and its version.
    closable: (String, i32),
    /// A call in review ready to be finalised, and its version.
    finalisable: (String, i32),
    /// A decided call whose results are not published.
    decided: String,
    /// Another one, to publish.
    publishable: String,
    /// The applicant caller's application to a call whose results are published.
    published_application: String,
}

/// A call with one criterion and a committee of two, chaired by `chair` when given.
fn selection_spec(
    programme: &str,
    applicants: Vec<ApplicantSpec>,
    chair: Option<&domain::accounts::User>,
) -> SelectionSpec {
    SelectionSpec {
        programme: programme.into(),
        code: "SEL".into(),
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
            SeatSpec {
                user: chair.cloned(),
                ..SeatSpec::new("Chair", "civil_society")
            },
            SeatSpec::new("Member", "government"),
        ],
        applicants,
        seed: None,
    }
}

async fn selection(
    app: &TestApp,
    manager: &domain::accounts::User,
    applicant: &domain::accounts::User,
    reviewer: &domain::accounts::User,
) -> Selection {
    use domain::selection::{decisions, results};
    let actor = TestApp::actor(manager);
    let municipality = |name: &str| ApplicantSpec::new(name, "TN-12", "5000", vec![]);
    let chaired = app
        .selection_world(
            manager,
            &selection_spec(
                "Chaired",
                vec![municipality("Ariana"), municipality("Raoued")],
                Some(reviewer),
            ),
        )
        .await;
    decisions::set_override(
        &app.db,
        &actor,
        chaired.applications[1],
        &decisions::OverrideInput {
            outcome: Some("waitlisted".into()),
            justification: "The council has not adopted the plan.".into(),
            awarded_amount: None,
            version: 0,
        },
    )
    .await
    .unwrap();
    let closable = app
        .selection_world(
            manager,
            &selection_spec("Closable", vec![municipality("Bizerte")], Some(reviewer)),
        )
        .await;
    let finalisable = app
        .selection_world(
            manager,
            &selection_spec("Finalisable", vec![municipality("Sousse")], None),
        )
        .await;
    let mut decided = Vec::new();
    for (programme, team) in [
        ("Decided", None),
        ("Publishable", None),
        ("Published", Some(applicant.clone())),
    ] {
        let applicants = vec![ApplicantSpec {
            team,
            ..municipality(programme)
        }];
        let world = app
            .selection_world(manager, &selection_spec(programme, applicants, None))
            .await;
        decisions::finalise(
            &app.db,
            &app.optimiser,
            &actor,
            world.call.call.id,
            world.call.call.version,
        )
        .await
        .unwrap();
        decided.push(world);
    }
    results::publish(&app.db, &actor, decided[2].call.call.id)
        .await
        .unwrap();
    Selection {
        chaired: (chaired.call.call.id.to_string(), chaired.call.call.version),
        criteria: chaired
            .call
            .criteria
            .iter()
            .map(|c| c.id.to_string())
            .collect(),
        application: chaired.applications[0].to_string(),
        overridden: chaired.applications[1].to_string(),
        closable: (
            closable.call.call.id.to_string(),
            closable.call.call.version,
        ),
        finalisable: (
            finalisable.call.call.id.to_string(),
            finalisable.call.call.version,
        ),
        decided: decided[0].call.call.id.to_string(),
        publishable: decided[1].call.call.id.to_string(),
        published_application: decided[2].applications[0].to_string(),
    }
}

/// The funded-projects part of the fixture: a published call whose first project is led by the applicant
/// caller's organisation (for the team's rows) and whose four others each serve one manager's row, so that no
/// row depends on another; and a project of the applicant's organisation in a call whose results are hidden.
struct Projects {
    /// The applicant's project: signed, with milestones, reports and assistance requests below.
    own: String,
    /// Its signature tranche, ready to release.
    to_release: String,
    /// Its pending milestone, to evidence (version 1).
    milestone_to_submit: String,
    /// Its submitted milestone, to review (version 2).
    milestone_to_review: String,
    /// Its pending milestone with a file attached: the milestone and the file.
    milestone_file: (String, String),
    /// Its first report, due (version 1).
    report_to_submit: String,
    /// Its final report, submitted (version 2).
    report_to_review: String,
    /// An open assistance request (version 1).
    assistance_to_assign: String,
    /// Two requests assigned to the reviewer caller (version 2): the reviewer resolves the first, a manager
    /// the second.
    assistance_to_resolve: (String, String),
    /// Another project, signed (version 2), to date.
    to_date: String,
    /// Another, to sign (version 1).
    to_sign: String,
    /// Another, to terminate (version 1).
    to_terminate: String,
    /// Another, whose final report is accepted, to complete, and its version.
    to_complete: (String, i32),
    /// A released tranche of the project to date, to pay.
    to_pay: String,
    /// The applicant's project in a call whose results are not published.
    unpublished: String,
}

async fn projects(
    app: &TestApp,
    manager: &domain::accounts::User,
    applicant: &domain::accounts::User,
    reviewer: &domain::accounts::User,
) -> Projects {
    use convoca_tests::projects::{ACTION_PLAN, FundedSpec, find};
    let mut spec = FundedSpec::tunisian("PRJ", 5);
    spec.applicants[0].team = Some(applicant.clone());
    let world = app.funded_world(manager, &spec).await;
    let mut hidden = FundedSpec::tunisian("HID", 1);
    hidden.applicants[0].team = Some(applicant.clone());
    hidden.publish = false;
    let unpublished = app.funded_world(manager, &hidden).await.projects[0];
    let (boss, team) = (world.manager_token.as_str(), world.team_tokens[0].as_str());
    let own = world.projects[0];
    let id = |value: &Value| value.as_str().unwrap().to_owned();

    assert_eq!(app.sign_project(own, boss, "2027-01-05").await.status, 200);
    for title in [ACTION_PLAN, "Budget published monthly", "Minutes published"] {
        let added = app
            .api(
                "POST",
                &format!("/projects/{own}/milestones"),
                Some(team),
                Some(json!({"title": title, "due_on": "2027-04-30"})),
            )
            .await;
        assert_eq!(added.status, 200, "{}", added.body);
    }
    assert_eq!(
        app.submit_milestone(own, team, 2, "Published on the portal.")
            .await
            .status,
        200
    );
    let with_file = id(&app.milestone_json(own, team, 3).await["id"]);
    let uploaded = app
        .upload(
            &format!("/milestones/{with_file}/attachments"),
            Some(team),
            "minutes.pdf",
            b"%PDF-1.7\nminutes\n%%EOF\n".to_vec(),
            None,
        )
        .await;
    assert_eq!(uploaded.status, 200, "{}", uploaded.body);
    let report = json!({"narrative": "Final report.", "spending": "48000", "indicator_values": []});
    assert_eq!(
        app.submit_report(own, team, 2, report.clone()).await.status,
        200
    );
    let mut requests = Vec::new();
    for topic in ["Open budget data", "Streaming", "Participatory budgeting"] {
        let asked = app
            .api(
                "POST",
                &format!("/projects/{own}/assistance"),
                Some(team),
                Some(json!({"topic": topic, "description": "Help wanted."})),
            )
            .await;
        assert_eq!(asked.status, 200, "{}", asked.body);
        let request = find(&asked.body["assistance"], "topic", &json!(topic));
        requests.push(id(&request["id"]));
    }
    for request in &requests[1..] {
        let assigned = app
            .api(
                "POST",
                &format!("/assistance/{request}/assign"),
                Some(boss),
                Some(json!({"expert_id": reviewer.id, "version": 1})),
            )
            .await;
        assert_eq!(assigned.status, 200, "{}", assigned.body);
    }
    let view = app.project_json(own, Some(team)).await;

    let complete = world.projects[4];
    let its_team = world.team_tokens[4].as_str();
    assert_eq!(
        app.submit_report(complete, its_team, 2, report.clone())
            .await
            .status,
        200
    );
    assert_eq!(
        app.review_report(complete, boss, 2, true, "").await.status,
        200
    );
    // Completing needs every tranche paid: report 1 accepted, the agreement signed, then each paid.
    assert_eq!(
        app.submit_report(complete, its_team, 1, report)
            .await
            .status,
        200
    );
    assert_eq!(
        app.review_report(complete, boss, 1, true, "").await.status,
        200
    );
    assert_eq!(
        app.sign_project(complete, boss, "2027-01-05").await.status,
        200
    );
    for position in 1..=3 {
        let released = app.release_tranche(complete, boss, position).await;
        assert_eq!(released.status, 200, "{}", released.body);
        let paid = app
            .pay_tranche(complete, boss, position, "2027-08-01")
            .await;
        assert_eq!(paid.status, 200, "{}", paid.body);
    }
    let to_date = world.projects[1];
    assert_eq!(
        app.sign_project(to_date, boss, "2027-01-05").await.status,
        200
    );
    let released = app.release_tranche(to_date, boss, 1).await;
    assert_eq!(released.status, 200, "{}", released.body);
    let completable = app.project_json(complete, Some(boss)).await;

    Projects {
        own: own.to_string(),
        to_release: id(&view["tranches"][0]["id"]),
        milestone_to_submit: id(&view["milestones"][0]["id"]),
        milestone_to_review: id(&view["milestones"][1]["id"]),
        milestone_file: (with_file, id(&uploaded.body["id"])),
        report_to_submit: id(&view["reports"][0]["id"]),
        report_to_review: id(&view["reports"][1]["id"]),
        assistance_to_assign: requests[0].clone(),
        assistance_to_resolve: (requests[1].clone(), requests[2].clone()),
        to_date: world.projects[1].to_string(),
        to_sign: world.projects[2].to_string(),
        to_terminate: world.projects[3].to_string(),
        to_complete: (
            complete.to_string(),
            completable["version"].as_i64().unwrap() as i32,
        ),
        to_pay: id(&released.body["tranches"][0]["id"]),
        unpublished: unpublished.to_string(),
    }
}

/// A complete application of `applicant`'s organisation to a new open call.
async fn complete_application(
    app: &TestApp,
    manager: &domain::accounts::User,
    applicant: &domain::accounts::User,
    programme: &domain::programmes::Programme,
) -> domain::applications::ApplicationView {
    use domain::applications::{BudgetLineInput, ContentInput, service};
    let call = app.open_call(manager, programme, "LAB", &[], &[]).await;
    let actor = TestApp::actor(applicant);
    let now = chrono::Utc::now();
    let draft = service::start(&app.db, &actor, call.call.id, now)
        .await
        .unwrap();
    let content = ContentInput {
        title: "Open Lab".into(),
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
    service::update(&app.db, &actor, draft.application.id, 1, &content, now)
        .await
        .unwrap()
}

async fn fixture(app: &TestApp) -> Fixture {
    let (org, applicant) = app.sign_up_municipality("Tunis", "staff@tunis.tn").await;
    let (other_org, _) = app.sign_up_municipality("Béja", "staff@beja.tn").await;
    let reviewer = app
        .create_user("reviewer@example.org", &[Role::Reviewer], None)
        .await;
    let manager = app
        .create_user("manager@example.org", &[Role::Manager], None)
        .await;
    let admin = app
        .create_user("admin@example.org", &[Role::Admin], None)
        .await;
    let users = [&applicant, &reviewer, &manager, &admin];
    let mut tokens: [Option<String>; 5] = Default::default();
    let mut spare_tokens: [Option<String>; 5] = Default::default();
    let mut spare_ids = Vec::new();
    for (i, user) in users.iter().enumerate() {
        tokens[i + 1] = Some(app.token_for(user).await);
        let (spare, secret) =
            domain::accounts::tokens::create(&app.db, &TestApp::actor(user), "spare")
                .await
                .unwrap();
        spare_tokens[i + 1] = Some(secret);
        spare_ids.push(spare.id);
    }
    // The spare "tokens" hold the ids to revoke; keep the ids, not the secrets.
    for (i, id) in spare_ids.into_iter().enumerate() {
        spare_tokens[i + 1] = Some(id.to_string());
    }
    let role_target = app
        .create_user("t1@example.org", &[Role::Reviewer], None)
        .await;
    let deactivate_target = app
        .create_user("t2@example.org", &[Role::Reviewer], None)
        .await;
    let activate_target = app
        .create_user("t3@example.org", &[Role::Reviewer], None)
        .await;
    domain::accounts::users::set_active(
        &app.db,
        &TestApp::actor(&admin),
        activate_target.id,
        1,
        false,
    )
    .await
    .unwrap();
    let (_, invitation_secret) = domain::accounts::invitations::invite(
        &app.db,
        &TestApp::actor(&applicant),
        org.id,
        "newcomer@tunis.tn",
    )
    .await
    .unwrap();
    let mut acceptable_invitations = Vec::new();
    for caller in CALLERS {
        let (_, secret) = domain::accounts::invitations::invite(
            &app.db,
            &TestApp::actor(&applicant),
            org.id,
            &format!("{caller}.joins@tunis.tn"),
        )
        .await
        .unwrap();
        acceptable_invitations.push(secret);
    }
    let manager_actor = TestApp::actor(&manager);
    let programme = app.programme(&manager, "Labs", "DE", "EUR").await;
    let kind = domain::prerequisites::create_kind(
        &app.db,
        &manager_actor,
        programme.id,
        &domain::prerequisites::KindInput {
            name: "Training".into(),
            description: String::new(),
        },
    )
    .await
    .unwrap();
    let mut drafts = std::collections::HashMap::new();
    let mut draft_details = Value::Null;
    for part in [
        "details",
        "criteria",
        "questions",
        "eligibility",
        "indicators",
        "tranche-template",
        "open",
        "clone",
    ] {
        let draft = app.draft_call(&manager, &programme, "LAB").await;
        draft_details = json!({
            "version": draft.call.version, "code": draft.call.code, "title": "Renamed",
            "opens_at": draft.call.opens_at, "closes_at": draft.call.closes_at, "time_zone": "UTC",
            "total_budget": "100000", "min_award": "1000", "max_award": "20000",
            "max_awards": 5, "min_reviews": 2,
        });
        drafts.insert(part, draft.call.id.to_string());
    }
    let mut lifecycle = Vec::new();
    for actions in [
        &[CallAction::Open][..],
        &[CallAction::Open, CallAction::Close],
    ] {
        let mut view = app.draft_call(&manager, &programme, "LAB").await;
        app.seat_committee(&manager, view.call.id, 1, 1, &[]).await;
        for action in actions {
            view = domain::calls::service::act(
                &app.db,
                &manager_actor,
                view.call.id,
                view.call.version,
                *action,
            )
            .await
            .unwrap();
        }
        lifecycle.push(view.call.id.to_string());
    }
    // Applications: a draft with attachments, one ready to submit, two submissions.
    domain::organisations::verify(&app.db, &manager_actor, org.id)
        .await
        .unwrap();
    let applicant_actor = TestApp::actor(&applicant);
    let now = chrono::Utc::now();
    let start_call = app.open_call(&manager, &programme, "LAB", &[], &[]).await;
    let draft = complete_application(app, &manager, &applicant, &programme).await;
    let mut attachments = Vec::new();
    for name in ["keep.pdf", "remove.pdf"] {
        let view = domain::applications::service::add_attachment(
            &app.db,
            &app.files,
            &applicant_actor,
            draft.application.id,
            None,
            name,
            format!("%PDF-1.7\n{name}\n%%EOF\n").as_bytes(),
            now,
        )
        .await
        .unwrap();
        attachments.push(view.attachments.last().unwrap().id.to_string());
    }
    let ready = complete_application(app, &manager, &applicant, &programme).await;
    let reviewing = reviewing(app, &reviewer).await;
    let selection = selection(app, &manager, &applicant, &reviewer).await;
    let projects = projects(app, &manager, &applicant, &reviewer).await;
    let mut submitted = Vec::new();
    for _ in 0..2 {
        let view = complete_application(app, &manager, &applicant, &programme).await;
        let view = domain::applications::service::submit(
            &app.db,
            &applicant_actor,
            view.application.id,
            now,
        )
        .await
        .unwrap();
        submitted.push(view);
    }
    Fixture {
        start_call: start_call.call.id.to_string(),
        draft: draft.application.id.to_string(),
        kept_attachment: attachments[0].clone(),
        removed_attachment: attachments[1].clone(),
        ready: ready.application.id.to_string(),
        to_screen: submitted[0].application.id.to_string(),
        to_screen_version: submitted[0].application.version,
        to_withdraw: submitted[1].application.id.to_string(),
        reviewer: reviewer.id.to_string(),
        reviewing,
        selection,
        projects,
        agency: programme.agency_id.to_string(),
        programme: programme.id.to_string(),
        prerequisite_kind: kind.id.to_string(),
        drafts,
        draft_details,
        open_call: lifecycle[0].clone(),
        closed_call: lifecycle[1].clone(),
        tokens,
        spare_tokens,
        applicant_org: org.id.to_string(),
        other_org: other_org.id.to_string(),
        role_target: role_target.id.to_string(),
        deactivate_target: deactivate_target.id.to_string(),
        activate_target: activate_target.id.to_string(),
        invitation_secret,
        acceptable_invitations,
    }
}

/// The path of a case for a caller (by index into [`CALLERS`]).
type PathFor = Box<dyn Fn(&Fixture, usize) -> String>;
/// The body of a case for a caller.
type BodyFor = Box<dyn Fn(usize) -> Option<Value>>;

struct Case {
    method: &'static str,
    path: PathFor,
    body: BodyFor,
    expect: [Expect; 5],
}

fn case(
    method: &'static str,
    path: impl Fn(&Fixture, usize) -> String + 'static,
    body: impl Fn(usize) -> Option<Value> + 'static,
    expect: [Expect; 5],
) -> Case {
    Case {
        method,
        path: Box::new(path),
        body: Box::new(body),
        expect,
    }
}

fn fixed(path: &'static str) -> impl Fn(&Fixture, usize) -> String {
    move |_, _| path.to_owned()
}

fn none(_: usize) -> Option<Value> {
    None
}

fn cases() -> Vec<Case> {
    vec![
        case(
            "POST",
            fixed("/signup"),
            |i| {
                Some(json!({
                    "organisation": {"name": format!("Town {i}"), "kind": "municipality", "country": "AR"},
                    "name": "Staff", "email": format!("signup{i}@example.org"), "password": TEST_PASSWORD,
                }))
            },
            [O, O, O, O, O],
        ),
        case(
            "POST",
            fixed("/auth/token"),
            |_| {
                Some(
                    json!({"email": "manager@example.org", "password": TEST_PASSWORD, "name": "cli"}),
                )
            },
            [O, O, O, O, O],
        ),
        case("GET", fixed("/me"), none, [U, O, O, O, O]),
        case(
            "PUT",
            fixed("/me"),
            |_| Some(json!({"version": 1, "name": "Renamed"})),
            [U, O, O, O, O],
        ),
        case("GET", fixed("/me/tokens"), none, [U, O, O, O, O]),
        case(
            "POST",
            fixed("/me/tokens"),
            |_| Some(json!({"name": "another"})),
            [U, O, O, O, O],
        ),
        case(
            "POST",
            |f, i| {
                let id = f.spare_tokens[i.max(1)].clone().unwrap_or_default();
                format!("/me/tokens/{id}/revoke")
            },
            none,
            [U, O, O, O, O],
        ),
        case(
            "POST",
            fixed("/me/password"),
            |_| Some(json!({"current_password": TEST_PASSWORD, "new_password": TEST_PASSWORD})),
            [U, O, O, O, O],
        ),
        case("GET", fixed("/users"), none, [U, F, F, F, O]),
        case(
            "POST",
            fixed("/users"),
            |i| {
                Some(
                    json!({"email": format!("created{i}@example.org"), "name": "New",
                            "password": TEST_PASSWORD, "roles": ["reviewer"]}),
                )
            },
            [U, F, F, F, O],
        ),
        case(
            "GET",
            |f, _| format!("/users/{}", f.role_target),
            none,
            [U, N, N, N, O],
        ),
        case(
            "PUT",
            |f, _| format!("/users/{}/roles", f.role_target),
            |_| Some(json!({"version": 1, "roles": ["manager"]})),
            [U, F, F, F, O],
        ),
        case(
            "POST",
            |f, _| format!("/users/{}/deactivate", f.deactivate_target),
            |_| Some(json!({"version": 1})),
            [U, F, F, F, O],
        ),
        case(
            "POST",
            |f, _| format!("/users/{}/activate", f.activate_target),
            |_| Some(json!({"version": 2})),
            [U, F, F, F, O],
        ),
        case(
            "GET",
            |f, _| format!("/invitations/{}", f.invitation_secret),
            none,
            [O, O, O, O, O],
        ),
        case(
            "POST",
            |f, i| format!("/invitations/{}/accept", f.acceptable_invitations[i]),
            |_| Some(json!({"name": "Newcomer", "password": TEST_PASSWORD})),
            [O, O, O, O, O],
        ),
        case("GET", fixed("/organisations"), none, [U, F, F, O, O]),
        case(
            "POST",
            fixed("/organisations"),
            |i| {
                Some(
                    json!({"name": format!("Partner {i}"), "kind": "civil_society", "country": "TN"}),
                )
            },
            [U, F, F, O, O],
        ),
        case(
            "GET",
            |f, _| format!("/organisations/{}", f.applicant_org),
            none,
            [U, O, N, O, O],
        ),
        case(
            "GET",
            |f, _| format!("/organisations/{}", f.other_org),
            none,
            [U, N, N, O, O],
        ),
        case(
            "PUT",
            |f, _| format!("/organisations/{}", f.other_org),
            // The manager's edit bumps the version, so the admin (last) sends the next one.
            |i| {
                let version = if i == 4 { 2 } else { 1 };
                Some(
                    json!({"version": version, "name": "Béja", "kind": "municipality", "country": "TN"}),
                )
            },
            [U, N, N, O, O],
        ),
        case(
            "POST",
            |f, _| format!("/organisations/{}/verify", f.other_org),
            none,
            [U, F, F, O, F],
        ),
        case(
            "GET",
            |f, _| format!("/organisations/{}/members", f.applicant_org),
            none,
            [U, O, N, O, O],
        ),
        case(
            "GET",
            |f, _| format!("/organisations/{}/invitations", f.applicant_org),
            none,
            [U, O, N, O, O],
        ),
        case(
            "POST",
            |f, _| format!("/organisations/{}/invitations", f.applicant_org),
            |i| Some(json!({"email": format!("invited{i}@tunis.tn")})),
            [U, O, N, O, O],
        ),
        case("GET", fixed("/audit"), none, [U, F, F, O, O]),
        // Programmes and prerequisites.
        case("GET", fixed("/programmes"), none, [O, O, O, O, O]),
        case("POST", fixed("/programmes"), |_| None, [U, F, F, O, F]),
        case(
            "GET",
            |f, _| format!("/programmes/{}", f.programme),
            none,
            [O, O, O, O, O],
        ),
        case(
            "PUT",
            |f, _| format!("/programmes/{}", f.programme),
            |_| None,
            [U, F, F, O, F],
        ),
        case(
            "GET",
            |f, _| format!("/programmes/{}/prerequisites", f.programme),
            none,
            [O, O, O, O, O],
        ),
        case(
            "POST",
            |f, _| format!("/programmes/{}/prerequisites", f.programme),
            |i| Some(json!({"name": format!("Declaration {i}")})),
            [U, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/programmes/{}/prerequisites/import", f.programme),
            |_| Some(json!({"csv": "organisation,prerequisite,achieved_on,evidence\n"})),
            [U, F, F, O, F],
        ),
        case(
            "POST",
            fixed("/prerequisite-records"),
            |_| None,
            [U, F, F, O, F],
        ),
        case(
            "GET",
            |f, _| format!("/organisations/{}/prerequisites", f.applicant_org),
            none,
            [U, O, N, O, O],
        ),
        // Calls.
        case("GET", fixed("/calls"), none, [O, O, O, O, O]),
        case("POST", fixed("/calls"), |_| None, [U, F, F, O, F]),
        case(
            "GET",
            |f, _| format!("/calls/{}", f.open_call),
            none,
            [O, O, O, O, O],
        ),
        case(
            "GET",
            |f, _| format!("/calls/{}", f.drafts["details"]),
            none,
            [N, N, N, O, N],
        ),
        case(
            "PUT",
            |f, _| format!("/calls/{}", f.drafts["details"]),
            |_| None,
            [U, F, F, O, F],
        ),
        case(
            "PUT",
            |f, _| format!("/calls/{}/criteria", f.drafts["criteria"]),
            |_| {
                Some(
                    json!({"version": 2, "criteria": [{"title": "Impact", "weight": "1", "max_score": 5}]}),
                )
            },
            [U, F, F, O, F],
        ),
        case(
            "PUT",
            |f, _| format!("/calls/{}/questions", f.drafts["questions"]),
            |_| Some(json!({"version": 2, "questions": [{"prompt": "Why?", "kind": "long_text"}]})),
            [U, F, F, O, F],
        ),
        case(
            "PUT",
            |f, _| format!("/calls/{}/eligibility", f.drafts["eligibility"]),
            |_| {
                Some(
                    json!({"version": 2, "rules": [{"type": "applicant_kinds", "kinds": ["municipality"]}]}),
                )
            },
            [U, F, F, O, F],
        ),
        case(
            "PUT",
            |f, _| format!("/calls/{}/indicators", f.drafts["indicators"]),
            |_| {
                Some(json!({"version": 2, "indicators": [{"name": "Workshops", "unit": "events"}]}))
            },
            [U, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/calls/{}/open", f.drafts["open"]),
            |_| Some(json!({"version": 2})),
            [U, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/calls/{}/close", f.open_call),
            |_| Some(json!({"version": 3})),
            [U, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/calls/{}/start-review", f.closed_call),
            |_| Some(json!({"version": 4})),
            [U, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/calls/{}/clone", f.drafts["clone"]),
            |_| {
                Some(
                    json!({"opens_at": "2030-01-01T00:00:00Z", "closes_at": "2030-03-01T00:00:00Z"}),
                )
            },
            [U, F, F, O, F],
        ),
        // Committees: managers compose them; nobody else sees one before reviewing starts.
        case(
            "GET",
            |f, _| format!("/calls/{}/committee", f.open_call),
            none,
            [N, N, N, O, N],
        ),
        case(
            "GET",
            |f, _| format!("/calls/{}/committee/candidates", f.start_call),
            none,
            [U, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/calls/{}/committee/members", f.start_call),
            |_| None,
            [U, F, F, O, F],
        ),
        case(
            "DELETE",
            |f, _| format!("/calls/{}/committee/members/{}", f.start_call, f.reviewer),
            none,
            [U, F, F, O, F],
        ),
        case(
            "PUT",
            |f, _| format!("/calls/{}/committee/rule", f.start_call),
            |_| Some(json!({"version": 2, "rule": {"type": "parity"}})),
            [U, F, F, O, F],
        ),
        // Reviewing: an assigned member scores; conflicted members and strangers do not see the application;
        // managers and the chair run assignments, conflicts and progress; managers never see scores.
        case("GET", fixed("/reviews"), none, [U, O, O, O, O]),
        case(
            "GET",
            |f, _| format!("/applications/{}/review", f.reviewing.assigned),
            none,
            [U, N, O, N, N],
        ),
        case(
            "PUT",
            |f, _| format!("/applications/{}/review", f.reviewing.assigned),
            |_| Some(json!({"version": 0, "sheet": {"overall_comment": "A first look."}})),
            [U, N, O, N, N],
        ),
        case(
            "POST",
            |f, _| format!("/applications/{}/review/submit", f.reviewing.assigned),
            |_| None,
            [U, N, O, N, N],
        ),
        case(
            "GET",
            |f, _| format!("/applications/{}/reviews", f.reviewing.assigned),
            none,
            [U, N, O, N, N],
        ),
        case(
            "POST",
            |f, _| format!("/applications/{}/conflicts", f.reviewing.to_declare),
            |_| Some(json!({"kind": "financial", "note": "I advise its mayor."})),
            [U, N, O, N, N],
        ),
        case(
            "GET",
            |f, _| format!("/calls/{}/conflicts", f.reviewing.call),
            none,
            [U, F, O, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/conflicts/{}/decision", f.reviewing.conflict),
            |_| Some(json!({"decision": "confirm", "reason": "Close family.", "version": 1})),
            [U, F, F, O, F],
        ),
        case(
            "GET",
            |f, _| format!("/calls/{}/assignments", f.reviewing.call),
            none,
            [U, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/calls/{}/assignments/preview", f.reviewing.call),
            none,
            [U, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/calls/{}/assignments", f.reviewing.call),
            |_| None,
            [U, F, F, O, F],
        ),
        case(
            "DELETE",
            |f, _| format!("/assignments/{}", f.reviewing.assignment),
            none,
            [U, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/calls/{}/assignments/apply", f.reviewing.call),
            none,
            [U, F, F, O, F],
        ),
        case(
            "PUT",
            |f, _| format!("/calls/{}/committee/review-deadline", f.reviewing.call),
            |_| None,
            [U, F, F, O, F],
        ),
        case(
            "GET",
            |f, _| format!("/calls/{}/review-progress", f.reviewing.call),
            none,
            [U, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/calls/{}/review-reminders", f.reviewing.call),
            |_| Some(json!({})),
            [U, F, F, O, F],
        ),
        // Selection: managers decide; the chair sees the board and records consensus scores (a manager is told
        // why not; anyone else does not learn the application exists); results are the managers' until published;
        // feedback is the team's.
        case(
            "GET",
            |f, _| format!("/calls/{}/selection", f.selection.chaired.0),
            none,
            [U, F, O, O, F],
        ),
        case(
            "PUT",
            |f, _| format!("/calls/{}/scoring", f.selection.chaired.0),
            |_| None,
            [U, F, F, O, F],
        ),
        case(
            "PUT",
            |f, _| format!("/applications/{}/consensus", f.selection.application),
            |_| None,
            [U, N, O, F, N],
        ),
        case(
            "PUT",
            |f, _| format!("/applications/{}/decision", f.selection.application),
            |_| {
                Some(
                    json!({"outcome": "waitlisted", "justification": "Its budget is unrealistic.", "version": 0}),
                )
            },
            [U, F, F, O, F],
        ),
        case(
            "DELETE",
            |f, _| format!("/applications/{}/decision", f.selection.overridden),
            none,
            [U, F, F, O, F],
        ),
        // Closing scoring: managers only, the call's chair (the reviewer caller) included among the refused.
        case(
            "POST",
            |f, _| format!("/calls/{}/scoring/close", f.selection.closable.0),
            |_| None,
            [U, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/calls/{}/selection/finalise", f.selection.finalisable.0),
            |_| None,
            [U, F, F, O, F],
        ),
        case(
            "GET",
            |f, _| format!("/calls/{}/results", f.selection.decided),
            none,
            [N, N, N, O, N],
        ),
        case(
            "GET",
            |f, _| format!("/calls/{}/results.csv", f.selection.decided),
            none,
            [N, N, N, O, N],
        ),
        case(
            "POST",
            |f, _| format!("/calls/{}/results/publish", f.selection.publishable),
            none,
            [U, F, F, O, F],
        ),
        case(
            "GET",
            |f, _| {
                format!(
                    "/applications/{}/feedback",
                    f.selection.published_application
                )
            },
            none,
            [U, O, N, O, N],
        ),
        // Applications: the team (the applicant's organisation) and managers; nobody else even sees them.
        case(
            "POST",
            |f, _| format!("/calls/{}/applications", f.start_call),
            none,
            [U, O, F, F, F],
        ),
        case(
            "GET",
            |f, _| format!("/calls/{}/applications", f.start_call),
            none,
            [U, F, F, O, F],
        ),
        case(
            "GET",
            |f, _| format!("/calls/{}/applications.csv", f.start_call),
            none,
            [U, F, F, O, F],
        ),
        case("GET", fixed("/applications"), none, [U, O, O, O, O]),
        case(
            "GET",
            |f, _| format!("/applications/{}", f.draft),
            none,
            [U, O, N, O, N],
        ),
        case(
            "PUT",
            |f, _| format!("/applications/{}", f.draft),
            |_| Some(json!({"version": 2, "title": "Renamed lab"})),
            [U, O, N, F, N],
        ),
        case(
            "GET",
            |f, _| format!("/applications/{}/partner-candidates", f.draft),
            none,
            [U, O, N, F, N],
        ),
        case(
            "POST",
            |f, _| format!("/applications/{}/partners", f.draft),
            |_| None,
            [U, O, N, F, N],
        ),
        case(
            "DELETE",
            |f, _| format!("/applications/{}/partners/{}", f.draft, f.other_org),
            none,
            [U, O, N, F, N],
        ),
        case(
            "POST",
            |f, _| format!("/applications/{}/partners/register", f.draft),
            |i| {
                Some(json!({
                    "organisation": {"name": format!("Verein {i}"), "kind": "civil_society", "country": "DE"},
                    "role": "Facilitates",
                }))
            },
            [U, O, N, F, N],
        ),
        case(
            "POST",
            |f, _| format!("/applications/{}/attachments", f.draft),
            none,
            [U, O, N, F, N],
        ),
        case(
            "GET",
            |f, _| {
                format!(
                    "/applications/{}/attachments/{}",
                    f.draft, f.kept_attachment
                )
            },
            none,
            [U, O, N, O, N],
        ),
        case(
            "DELETE",
            |f, _| {
                format!(
                    "/applications/{}/attachments/{}",
                    f.draft, f.removed_attachment
                )
            },
            none,
            [U, O, N, F, N],
        ),
        case(
            "POST",
            |f, _| format!("/applications/{}/submit", f.ready),
            none,
            [U, O, N, F, N],
        ),
        case(
            "GET",
            |f, _| format!("/applications/{}/receipt", f.to_screen),
            none,
            [U, O, N, O, N],
        ),
        case(
            "POST",
            |f, _| format!("/applications/{}/screen", f.to_screen),
            |_| None,
            [U, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/applications/{}/withdraw", f.to_withdraw),
            none,
            [U, O, N, F, N],
        ),
        // Funded projects: public once the results are; managers run them; the lead organisation's users do the
        // team's work (evidence, reports, assistance requests); an assigned expert resolves a request.
        case("GET", fixed("/projects"), none, [O, O, O, O, O]),
        case("GET", fixed("/portfolio"), none, [O, O, O, O, O]),
        case(
            "GET",
            |f, _| format!("/projects/{}", f.projects.own),
            none,
            [O, O, O, O, O],
        ),
        case(
            "GET",
            |f, _| format!("/projects/{}", f.projects.unpublished),
            none,
            [N, O, N, O, N],
        ),
        case(
            "PUT",
            |f, _| format!("/projects/{}/dates", f.projects.to_date),
            |_| {
                Some(
                    json!({"planned_start": "2027-01-01", "planned_end": "2027-12-31", "version": 2}),
                )
            },
            [U, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/projects/{}/sign", f.projects.to_sign),
            |_| Some(json!({"signed_on": "2027-01-05", "version": 1})),
            [U, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/projects/{}/terminate", f.projects.to_terminate),
            |_| Some(json!({"reason": "The council was dissolved.", "version": 1})),
            [U, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/projects/{}/complete", f.projects.to_complete.0),
            |_| None,
            [U, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/tranches/{}/release", f.projects.to_release),
            none,
            [U, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/tranches/{}/pay", f.projects.to_pay),
            |_| Some(json!({"paid_on": "2027-01-20"})),
            [U, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/projects/{}/milestones", f.projects.own),
            |i| Some(json!({"title": format!("Milestone {i}"), "due_on": "2027-06-30"})),
            [U, O, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/milestones/{}/submit", f.projects.milestone_to_submit),
            |_| Some(json!({"evidence": "Council resolution 2027-14.", "version": 1})),
            [U, O, F, F, F],
        ),
        case(
            "POST",
            |f, _| format!("/milestones/{}/attachments", f.projects.milestone_file.0),
            none,
            [U, O, F, F, F],
        ),
        case(
            "GET",
            |f, _| {
                let (milestone, file) = &f.projects.milestone_file;
                format!("/milestones/{milestone}/attachments/{file}")
            },
            none,
            [U, O, N, O, N],
        ),
        case(
            "POST",
            |f, _| format!("/milestones/{}/review", f.projects.milestone_to_review),
            |_| Some(json!({"accept": true, "version": 2})),
            [U, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/reports/{}/submit", f.projects.report_to_submit),
            |_| {
                Some(
                    json!({"narrative": "Six months in.", "spending": "9000", "indicator_values": [], "version": 1}),
                )
            },
            [U, O, F, F, F],
        ),
        case(
            "POST",
            |f, _| format!("/reports/{}/review", f.projects.report_to_review),
            |_| Some(json!({"accept": true, "version": 2})),
            [U, F, F, O, F],
        ),
        case("GET", fixed("/reports/due"), none, [U, F, F, O, F]),
        case(
            "PUT",
            |f, _| format!("/projects/{}/targets", f.projects.own),
            |_| Some(json!({"targets": []})),
            [U, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/projects/{}/assistance", f.projects.own),
            |i| Some(json!({"topic": format!("Topic {i}"), "description": "Help wanted."})),
            [U, O, F, F, F],
        ),
        case("GET", fixed("/assistance"), none, [U, O, O, O, O]),
        case(
            "POST",
            |f, _| format!("/assistance/{}/assign", f.projects.assistance_to_assign),
            |_| None,
            [U, F, F, O, F],
        ),
        case(
            "POST",
            |f, i| {
                let (by_expert, by_manager) = &f.projects.assistance_to_resolve;
                let request = if i == 3 { by_manager } else { by_expert };
                format!("/assistance/{request}/resolve")
            },
            |_| Some(json!({"note": "Template shared with the team.", "version": 2})),
            [U, F, O, O, F],
        ),
        case(
            "PUT",
            |f, _| format!("/calls/{}/tranche-template", f.drafts["tranche-template"]),
            |_| {
                Some(json!({"version": 2, "lines": [
                    {"percent": "60", "condition": "signature"},
                    {"percent": "40", "condition": "final_report"},
                ]}))
            },
            [U, F, F, O, F],
        ),
        // Open data: public.
        case(
            "GET",
            fixed("/open-data/360giving.json"),
            none,
            [O, O, O, O, O],
        ),
        case(
            "GET",
            fixed("/open-data/projects.csv"),
            none,
            [O, O, O, O, O],
        ),
        case(
            "GET",
            fixed("/open-data/disbursements.csv"),
            none,
            [O, O, O, O, O],
        ),
    ]
}

/// Bodies that need ids from the fixture, keyed by the row's method and path template.
fn fixture_body(fixture: &Fixture, method: &str, path: &str, caller: usize) -> Option<Value> {
    let generic: String = path
        .split('/')
        .map(|segment| if segment.len() >= 32 { "{}" } else { segment })
        .collect::<Vec<_>>()
        .join("/");
    match (method, generic.as_str()) {
        ("POST", "/programmes") => Some(json!({
            "name": format!("Programme {caller}"), "agency_id": fixture.agency,
            "currency": "EUR", "reporting_cadence_months": 6,
        })),
        ("PUT", "/programmes/{}") => Some(json!({
            "version": 1, "name": "Labs (renamed)", "agency_id": fixture.agency,
            "currency": "EUR", "reporting_cadence_months": 6,
        })),
        ("POST", "/prerequisite-records") => Some(json!({
            "prerequisite_kind_id": fixture.prerequisite_kind,
            "organisation_id": fixture.applicant_org,
            "achieved_on": "2026-01-15", "evidence": "certificate",
        })),
        ("POST", "/calls") => {
            let mut body = fixture.draft_details.clone();
            body["programme_id"] = json!(fixture.programme);
            Some(body)
        }
        ("PUT", "/calls/{}") => Some(fixture.draft_details.clone()),
        ("POST", "/applications/{}/partners") => Some(json!({
            "organisation_id": fixture.other_org, "role": "Co-hosts the lab",
        })),
        ("POST", "/calls/{}/committee/members") => Some(json!({
            "user_id": fixture.reviewer, "sector": "academia", "role": "member",
        })),
        ("POST", "/applications/{}/review/submit") => Some(json!({
            "version": 1,
            "sheet": {
                "scores": fixture.reviewing.criteria.iter()
                    .map(|id| json!({"criterion_id": id, "score": 3, "comment": "Sound."}))
                    .collect::<Vec<_>>(),
                "overall_comment": "Convincing.",
                "recommendation": "fund",
            },
        })),
        ("POST", "/calls/{}/assignments") => Some(json!({
            "application_id": fixture.reviewing.to_assign.0,
            "user_id": fixture.reviewing.to_assign.1,
        })),
        ("PUT", "/calls/{}/committee/review-deadline") => Some(json!({
            "version": fixture.reviewing.committee_version,
            "review_deadline": "2030-01-31T17:00:00Z",
        })),
        ("PUT", "/calls/{}/scoring") => Some(json!({
            "aggregation": "mean", "disagreement_threshold": "25",
            "version": fixture.selection.chaired.1,
        })),
        ("PUT", "/applications/{}/consensus") => Some(json!({
            "scores": [{
                "criterion_id": fixture.selection.criteria[0], "score": 4,
                "rationale": "Agreed in the committee meeting.",
            }],
        })),
        ("POST", "/calls/{}/scoring/close") => Some(json!({
            "version": fixture.selection.closable.1,
        })),
        ("POST", "/calls/{}/selection/finalise") => Some(json!({
            "version": fixture.selection.finalisable.1,
        })),
        ("POST", "/projects/{}/complete") => Some(json!({
            "version": fixture.projects.to_complete.1,
        })),
        ("POST", "/assistance/{}/assign") => Some(json!({
            "expert_id": fixture.reviewer, "version": 1,
        })),
        ("POST", "/applications/{}/screen") => Some(json!({
            "version": fixture.to_screen_version, "outcome": "eligible",
        })),
        _ => None,
    }
}

#[tokio::test]
async fn every_endpoint_refuses_the_wrong_caller() {
    let app = spawn_app().await;
    let fixture = fixture(&app).await;
    let mut failures = Vec::new();
    let cases = cases();
    for case in &cases {
        for (caller, expect) in case.expect.iter().enumerate() {
            let path = (case.path)(&fixture, caller);
            let token = fixture.tokens[caller].as_deref();
            // Uploads are multipart; every other endpoint takes JSON.
            let response = if case.method == "POST" && path.ends_with("/attachments") {
                app.upload(
                    &path,
                    token,
                    "annex.pdf",
                    b"%PDF-1.7\n%%EOF\n".to_vec(),
                    None,
                )
                .await
            } else {
                app.api(
                    case.method,
                    &path,
                    token,
                    (case.body)(caller)
                        .or_else(|| fixture_body(&fixture, case.method, &path, caller)),
                )
                .await
            };
            let got = match response.status {
                200..=299 => Some(Expect::Ok),
                401 => Some(Expect::Unauthenticated),
                403 => Some(Expect::Forbidden),
                404 => Some(Expect::NotFound),
                _ => None,
            };
            let problem_ok =
                got == Some(Expect::Ok) || response.content_type == "application/problem+json";
            if got != Some(*expect) || !problem_ok {
                failures.push(format!(
                    "{} {} as {}: expected {:?}, got {} {}",
                    case.method, path, CALLERS[caller], expect, response.status, response.body
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The spec and this table must not drift apart: every documented operation has a row.
#[tokio::test]
async fn the_permission_table_covers_every_documented_operation() {
    let spec: Value = serde_json::from_str(&api::openapi_json()).unwrap();
    let mut documented: Vec<String> = Vec::new();
    for (path, operations) in spec["paths"].as_object().unwrap() {
        for method in operations.as_object().unwrap().keys() {
            documented.push(format!("{} {path}", method.to_uppercase()));
        }
    }
    let placeholder = |path: &str| -> String {
        path.split('/')
            .map(|segment| {
                if segment.len() >= 32 || segment.starts_with("cvi_") {
                    "{}"
                } else {
                    segment
                }
            })
            .collect::<Vec<_>>()
            .join("/")
    };
    let app = spawn_app().await;
    let fixture = fixture(&app).await;
    let covered: Vec<String> = cases()
        .iter()
        .map(|c| format!("{} {}", c.method, placeholder(&(c.path)(&fixture, 1))))
        .collect();
    let generic = |op: &str| -> String {
        op.split('/')
            .map(|s| if s.starts_with('{') { "{}" } else { s })
            .collect::<Vec<_>>()
            .join("/")
    };
    let missing: Vec<_> = documented
        .iter()
        .filter(|op| !covered.contains(&generic(op)))
        .collect();
    assert!(missing.is_empty(), "no permission row for {missing:?}");
}
