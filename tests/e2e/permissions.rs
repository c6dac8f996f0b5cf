//! Every JSON operation against every class of caller, each holding a real relation to the resource of its row:
//!
//! - anonymous;
//! - the applicant: staff of the verified municipality that owns the fixture's drafts, applications and projects;
//! - another applicant: staff of another verified municipality (which also applies to the call in review);
//! - four members of the committee of each call in review (the same users on every committee of the fixture):
//!   the assigned reviewer (assigned to the application a row concerns), the unassigned reviewer (seated, not
//!   assigned to it), the conflicted reviewer (declared a conflict on it, confirmed by a manager) and the chair;
//! - a manager and an admin.
//!
//! On rows about drafts, programmes and funded projects the four members are plain reviewers: nobody reviews a
//! draft, and committees do not run projects.
//!
//! `O` means the caller got past authentication and permission checks (a 2xx); refusals must be the right
//! problem (`U` 401 for anonymous callers, `F` 403 for a wrong role, `N` 404 where the caller may not even know
//! the resource exists).

use convoca_tests::selection::{ApplicantSpec, SeatSpec, SelectionSpec, criterion};
use convoca_tests::{TEST_PASSWORD, TestApp, spawn_app};
use domain::Role;
use domain::accounts::User;
use domain::calls::CallAction;
use futures_util::future::join_all;
use serde_json::{Value, json};
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Ok,
    Unauthenticated,
    Forbidden,
    NotFound,
}

use Expect::{Forbidden as F, NotFound as N, Ok as O, Unauthenticated as U};

/// The callers, in the order of every row's expectations.
const CALLERS: [&str; 9] = [
    "anonymous",
    "applicant",
    "other applicant",
    "assigned reviewer",
    "unassigned reviewer",
    "conflicted reviewer",
    "chair",
    "manager",
    "admin",
];
/// The manager's index in [`CALLERS`].
const MANAGER: usize = 7;
/// The admin's index in [`CALLERS`].
const ADMIN: usize = 8;

struct Fixture {
    tokens: [Option<String>; 9],
    /// A second token per caller, for revocation.
    spare_tokens: [Option<String>; 9],
    applicant_org: String,
    other_org: String,
    role_target: String,
    deactivate_target: String,
    activate_target: String,
    invitation_secret: String,
    /// One unused invitation per caller, since a link works once.
    acceptable_invitations: Vec<String>,
    /// One unused password-reset secret per caller, each for an account of its own (a reset spends the
    /// account's other links).
    reset_secrets: Vec<String>,
    agency: String,
    programme: String,
    prerequisite_kind: String,
    /// Draft calls, one per kind of edit, so that each edit meets the version it expects.
    drafts: std::collections::HashMap<&'static str, String>,
    draft_details: Value,
    /// An open call, with the committee seated.
    open_call: String,
    /// A closed call, with the committee seated.
    closed_call: String,
    /// An open call nobody has applied to yet, without a committee.
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
    /// The assigned reviewer's user id: the member the managers' row seats on the start call, and the expert
    /// assigned to assistance requests.
    reviewer: String,
    /// A call in review.
    reviewing: Reviewing,
    /// Calls at each step of deciding.
    selection: Selection,
    /// Funded projects, one led by the applicant caller's organisation.
    projects: Projects,
    /// A message in the applicant caller's inbox (a submission receipt).
    own_message: String,
    /// A message whose delivery failed, to retry.
    failed_message: String,
}

impl Fixture {
    /// A fixture whose every id is the nil UUID: enough to spell each row's path, without a database.
    fn placeholder() -> Fixture {
        let id = || Uuid::nil().to_string();
        let pair = || (id(), id());
        let ids: [Option<String>; 9] = std::array::from_fn(|_| Some(id()));
        let drafts = [
            "details",
            "criteria",
            "questions",
            "eligibility",
            "indicators",
            "tranche-template",
            "open",
            "clone",
        ]
        .into_iter()
        .map(|part| (part, id()))
        .collect();
        Fixture {
            tokens: ids.clone(),
            spare_tokens: ids,
            applicant_org: id(),
            other_org: id(),
            role_target: id(),
            deactivate_target: id(),
            activate_target: id(),
            invitation_secret: "cvi_".into(),
            acceptable_invitations: vec!["cvi_".into(); CALLERS.len()],
            reset_secrets: vec!["cvr_".into(); CALLERS.len()],
            agency: id(),
            programme: id(),
            prerequisite_kind: id(),
            drafts,
            draft_details: Value::Null,
            open_call: id(),
            closed_call: id(),
            start_call: id(),
            draft: id(),
            kept_attachment: id(),
            removed_attachment: id(),
            ready: id(),
            to_screen: id(),
            to_screen_version: 0,
            to_withdraw: id(),
            reviewer: id(),
            reviewing: Reviewing {
                call: id(),
                committee_version: 0,
                criteria: vec![id()],
                application: id(),
                attachment: id(),
                conflicts: pair(),
                assignment: id(),
                to_assign: pair(),
            },
            selection: Selection {
                chaired: (id(), 0),
                criteria: vec![id()],
                application: id(),
                overridden: id(),
                finalisable: (id(), 0),
                closable: (id(), 0),
                decided: id(),
                publishable: id(),
                published_application: id(),
                rolling: (id(), 0),
            },
            projects: Projects {
                own: id(),
                to_release: id(),
                milestone_to_submit: id(),
                milestone_to_review: id(),
                milestone_file: pair(),
                report_to_submit: id(),
                report_to_review: id(),
                assistance_to_assign: id(),
                assistance_to_resolve: pair(),
                to_date: id(),
                to_sign: id(),
                to_terminate: id(),
                to_complete: (id(), 0),
                to_pay: id(),
                unpublished: id(),
                commitments: pair(),
                exchanges: Exchanges {
                    programme: id(),
                    unrecorded: id(),
                    recorded: id(),
                    to_update: id(),
                    to_attend: id(),
                    to_record: id(),
                },
                own_version: 0,
            },
            own_message: id(),
            failed_message: id(),
        }
    }
}

/// The committee members among the callers. They sit together on the committee of every call of the fixture
/// that has one: the chair and the unassigned reviewer for civil society, the two others for government, so
/// that the parity rule holds.
struct Committee {
    chair: User,
    assigned: User,
    unassigned: User,
    conflicted: User,
}

impl Committee {
    /// Seats the four on a call's committee.
    async fn seat(&self, app: &TestApp, manager: &User, call: Uuid) {
        for (user, sector, role) in [
            (&self.chair, "civil_society", "chair"),
            (&self.assigned, "government", "member"),
            (&self.unassigned, "civil_society", "member"),
            (&self.conflicted, "government", "member"),
        ] {
            domain::committee::add_member(
                &app.db,
                &TestApp::actor(manager),
                call,
                &domain::committee::MemberInput {
                    user_id: user.id,
                    sector: sector.into(),
                    role: role.into(),
                },
                chrono::Utc::now(),
            )
            .await
            .unwrap();
        }
    }

    /// The seats of a [`SelectionSpec`], the chair first.
    fn seat_specs(&self) -> Vec<SeatSpec> {
        [
            (&self.chair, "civil_society"),
            (&self.assigned, "government"),
            (&self.unassigned, "civil_society"),
            (&self.conflicted, "government"),
        ]
        .into_iter()
        .map(|(user, sector)| SeatSpec {
            user: Some(user.clone()),
            ..SeatSpec::new(&user.name, sector)
        })
        .collect()
    }

    /// Puts the four in their relation to `application` of a call in review, whatever an automatic assignment
    /// did: only the assigned reviewer is assigned to it, and the conflicted reviewer's declared conflict on it
    /// is confirmed by `manager`.
    async fn relate(&self, app: &TestApp, manager: &User, call: Uuid, application: Uuid) {
        use domain::committee::assigning;
        let actor = TestApp::actor(manager);
        let now = chrono::Utc::now();
        let mut assigned = false;
        for existing in assigning::list(&app.db, &actor, call).await.unwrap() {
            let row = existing.assignment;
            if row.application_id != application {
                continue;
            }
            if row.user_id == self.assigned.id {
                assigned = true;
            } else {
                assigning::unassign(&app.db, &actor, row.id).await.unwrap();
            }
        }
        if !assigned {
            assigning::assign(&app.db, &actor, call, application, self.assigned.id, now)
                .await
                .unwrap();
        }
        let conflict = declare(app, &self.conflicted, application).await;
        domain::committee::conflicts::decide(
            &app.db,
            &actor,
            conflict.parse().unwrap(),
            &domain::committee::conflicts::DecisionInput {
                decision: "confirm".into(),
                reason: "A paid adviser of the applicant.".into(),
                version: 1,
            },
            now,
        )
        .await
        .unwrap();
    }
}

/// `member` declares a conflict on `application`; returns the conflict's id.
async fn declare(app: &TestApp, member: &User, application: Uuid) -> String {
    use domain::committee::conflicts;
    conflicts::declare(
        &app.db,
        &TestApp::actor(member),
        application,
        &conflicts::DeclarationInput {
            kind: "financial".into(),
            note: "I advise its mayor.".into(),
        },
        chrono::Utc::now(),
    )
    .await
    .unwrap()
    .conflict
    .id
    .to_string()
}

/// The reviewing part of the fixture.
struct Reviewing {
    call: String,
    /// Its committee's version.
    committee_version: i32,
    /// The criteria, in order.
    criteria: Vec<String>,
    /// The applicant caller's application, which the assigned reviewer has not reviewed yet.
    application: String,
    /// Its attachment.
    attachment: String,
    /// Declared conflicts of two other members on the other applications: the chair decides the first, a
    /// manager the second.
    conflicts: (String, String),
    /// An assignment of another member to the application, to remove.
    assignment: String,
    /// Another application and a member for a manual assignment.
    to_assign: (String, String),
}

/// A call in review: the applicant caller's application (with an attachment), the other applicant's and a
/// third municipality's; the committee seated with two more members, who are assigned or conflicted elsewhere.
async fn reviewing(
    app: &TestApp,
    manager: &User,
    committee: &Committee,
    teams: [&User; 2],
    programme: &domain::programmes::Programme,
) -> Reviewing {
    use domain::applications::service;
    use domain::calls::service::act;
    use domain::committee::assigning;
    let actor = TestApp::actor(manager);
    let now = chrono::Utc::now();
    let open = app.open_call(manager, programme, "REV", &[], &[]).await;
    let call = open.call.id;
    let (third_org, third) = app.sign_up_municipality("Sfax", "staff@sfax.tn").await;
    domain::organisations::verify(&app.db, &actor, third_org.id)
        .await
        .unwrap();
    let mut applications = Vec::new();
    let mut attachment = String::new();
    for team in [teams[0], teams[1], &third] {
        let draft = draft_application(app, team, call).await;
        let id = draft.application.id;
        if team.id == teams[0].id {
            let view = service::add_attachment(
                &app.db,
                &app.files,
                &TestApp::actor(team),
                id,
                None,
                "workplan.pdf",
                &domain::files::StagedFile::from_bytes(b"%PDF-1.7\nwork plan\n%%EOF\n")
                    .await
                    .unwrap(),
                now,
            )
            .await
            .unwrap();
            attachment = view.attachments[0].id.to_string();
        }
        service::submit(&app.db, &TestApp::actor(team), id, now)
            .await
            .unwrap();
        applications.push(id);
    }
    let closed = act(&app.db, &actor, call, open.call.version, CallAction::Close)
        .await
        .unwrap();
    for id in &applications {
        let version = service::get(&app.db, &actor, *id)
            .await
            .unwrap()
            .application
            .version;
        let screening = service::ScreeningInput {
            eligible: true,
            reason: String::new(),
            version,
        };
        service::screen(&app.db, &actor, *id, &screening, now)
            .await
            .unwrap();
    }
    committee.seat(app, manager, call).await;
    let mut others = Vec::new();
    for (i, sector) in ["civil_society", "government"].into_iter().enumerate() {
        let user = app
            .create_user(&format!("member{i}@example.org"), &[Role::Reviewer], None)
            .await;
        let seat = domain::committee::MemberInput {
            user_id: user.id,
            sector: sector.into(),
            role: "member".into(),
        };
        domain::committee::add_member(&app.db, &actor, call, &seat, now)
            .await
            .unwrap();
        others.push(user);
    }
    let reviewing = act(
        &app.db,
        &actor,
        call,
        closed.call.version,
        CallAction::StartReview,
    )
    .await
    .unwrap();
    let [application, second, third] = applications[..] else {
        panic!("three applications");
    };
    committee.relate(app, manager, call, application).await;
    let assignment = assigning::assign(&app.db, &actor, call, application, others[1].id, now)
        .await
        .unwrap();
    let conflicts = (
        declare(app, &others[0], second).await,
        declare(app, &others[1], third).await,
    );
    let seated = domain::committee::get(&app.db, Some(&actor), call)
        .await
        .unwrap();
    Reviewing {
        call: call.to_string(),
        committee_version: seated.version,
        criteria: reviewing
            .criteria
            .iter()
            .map(|c| c.id.to_string())
            .collect(),
        application: application.to_string(),
        attachment,
        conflicts,
        assignment: assignment.assignment.id.to_string(),
        to_assign: (second.to_string(), committee.unassigned.id.to_string()),
    }
}

/// The selection part of the fixture: one call per step of deciding, so that no row depends on another. The
/// committee holds its relations to the first application of each.
struct Selection {
    /// A call in review, and its version.
    chaired: (String, i32),
    /// Its criteria, in order.
    criteria: Vec<String>,
    /// The applicant caller's application to it, eligible, reviewed by the assigned reviewer: for consensus
    /// scores and an override.
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
    /// An application screened eligible in a rolling enrolment call, to decide on its own, and its version.
    rolling: (String, i32),
}

/// A call with one criterion, judged by the committee.
fn selection_spec(
    programme: &str,
    applicants: Vec<ApplicantSpec>,
    committee: &Committee,
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
        committee: committee.seat_specs(),
        applicants,
        seed: None,
    }
}

async fn selection(
    app: &TestApp,
    manager: &User,
    applicant: &User,
    committee: &Committee,
) -> Selection {
    use domain::selection::{decisions, results};
    let actor = TestApp::actor(manager);
    let municipality = |name: &str| ApplicantSpec::new(name, "TN-12", "5000", vec![]);
    let ours = |name: &str| ApplicantSpec {
        team: Some(applicant.clone()),
        ..municipality(name)
    };
    let chaired = app
        .selection_world(
            manager,
            &selection_spec(
                "Chaired",
                vec![ours("Tunis"), municipality("Raoued")],
                committee,
            ),
        )
        .await;
    let call = chaired.call.call.id;
    committee
        .relate(app, manager, call, chaired.applications[0])
        .await;
    app.submit_review(
        &committee.assigned,
        chaired.applications[0],
        &chaired.call.criteria,
        &[4],
        "Sound",
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
            &selection_spec("Closable", vec![municipality("Bizerte")], committee),
        )
        .await;
    let finalisable = app
        .selection_world(
            manager,
            &selection_spec("Finalisable", vec![municipality("Sousse")], committee),
        )
        .await;
    committee
        .relate(
            app,
            manager,
            finalisable.call.call.id,
            finalisable.applications[0],
        )
        .await;
    let mut decided = Vec::new();
    for (programme, applicant) in [
        ("Decided", municipality("Decided")),
        ("Publishable", municipality("Publishable")),
        ("Published", ours("Published")),
    ] {
        let world = app
            .selection_world(
                manager,
                &selection_spec(programme, vec![applicant], committee),
            )
            .await;
        let call = world.call.call.id;
        committee
            .relate(app, manager, call, world.applications[0])
            .await;
        decisions::finalise(
            &app.db,
            &app.optimiser,
            &actor,
            call,
            world.call.call.version,
        )
        .await
        .unwrap();
        decided.push(world);
    }
    results::publish(&app.db, &actor, decided[2].call.call.id)
        .await
        .unwrap();
    let rolling = app
        .selection_world_in_mode(
            manager,
            &selection_spec("Rolling", vec![municipality("Rolling")], committee),
            &decisions::ModeInput {
                selection_mode: Some("enrolment".into()),
                benchmark: None,
                rolling: Some(true),
            },
        )
        .await;
    let to_decide = domain::applications::service::get(&app.db, &actor, rolling.applications[0])
        .await
        .unwrap();
    Selection {
        rolling: (
            to_decide.application.id.to_string(),
            to_decide.application.version,
        ),
        chaired: (call.to_string(), chaired.call.call.version),
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
    /// Two commitments of that project's action plan (version 1): the applicant updates the first, a
    /// manager the second.
    commitments: (String, String),
    /// Peer exchanges of the projects' programme, each inviting the applicant's project.
    exchanges: Exchanges,
    /// The applicant's project's version, for declaring what it replicates (its team, then a manager).
    own_version: i32,
}

/// Peer exchanges of the programme of the funded projects, each inviting the applicant's own project.
struct Exchanges {
    /// The programme.
    programme: String,
    /// One to come, without an outcome (visible to managers and the invited team only).
    unrecorded: String,
    /// A past one with its outcome recorded (public).
    recorded: String,
    /// One to come, to change (version 1).
    to_update: String,
    /// One to come, whose attendance the applicant's team registers (version 1).
    to_attend: String,
    /// A past one without an outcome, to record (version 1).
    to_record: String,
}

/// Organises the exchanges of [`Exchanges`] as `boss`, inviting `own`.
async fn exchanges(app: &TestApp, boss: &str, call_id: Uuid, own: Uuid) -> Exchanges {
    let call = app
        .api("GET", &format!("/calls/{call_id}"), Some(boss), None)
        .await;
    let programme = call.body["programme_id"].as_str().unwrap().to_owned();
    let now = chrono::Utc::now();
    let organise = |title: &'static str, days: i64| {
        let programme = programme.clone();
        async move {
            let created = app
                .api(
                    "POST",
                    &format!("/programmes/{programme}/exchanges"),
                    Some(boss),
                    Some(json!({
                        "title": title, "time_zone": "Africa/Tunis", "place": "Tunis",
                        "starts_at": (now + chrono::Duration::days(days)).to_rfc3339(),
                        "invited": [own],
                    })),
                )
                .await;
            assert_eq!(created.status, 201, "{}", created.body);
            created.body["id"].as_str().unwrap().to_owned()
        }
    };
    let recorded = organise("Recorded exchange", -3).await;
    let outcome = app
        .api(
            "PUT",
            &format!("/exchanges/{recorded}/outcome"),
            Some(boss),
            Some(json!({"notes": "Shared the portal.", "attended": [own], "version": 1})),
        )
        .await;
    assert_eq!(outcome.status, 200, "{}", outcome.body);
    Exchanges {
        programme: programme.clone(),
        unrecorded: organise("Coming exchange", 30).await,
        recorded,
        to_update: organise("Exchange to change", 30).await,
        to_attend: organise("Exchange to attend", 30).await,
        to_record: organise("Exchange to record", -2).await,
    }
}

async fn projects(
    app: &TestApp,
    manager: &domain::accounts::User,
    applicant: &domain::accounts::User,
    reviewer: &domain::accounts::User,
) -> Projects {
    use convoca_tests::projects::{ACTION_PLAN, FundedSpec, find, with_lessons};
    let mut spec = FundedSpec::tunisian("PRJ", 5);
    spec.applicants[0].team = Some(applicant.clone());
    let world = app.funded_world(manager, &spec).await;
    let mut hidden = FundedSpec::tunisian("HID", 1);
    hidden.applicants[0].team = Some(applicant.clone());
    hidden.publish = false;
    let unpublished = app.funded_world(manager, &hidden).await.projects[0];
    let (boss, team) = (world.manager_token.as_str(), world.team_tokens[0].as_str());
    // On the hidden project, so that the shown project's reports need no ratings.
    let mut commitments = Vec::new();
    for title in ["Open budget", "Citizen panels"] {
        let added = app
            .api(
                "POST",
                &format!("/projects/{unpublished}/commitments"),
                Some(team),
                Some(
                    json!({"title": title, "problem": "Closed doors.", "value": "transparency",
                    "lead_institution": "Finance department"}),
                ),
            )
            .await;
        assert_eq!(added.status, 200, "{}", added.body);
        commitments.push(
            find(&added.body["commitments"], "title", &json!(title))["id"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
    }
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
    // Lessons learned are required on the final report (number 2) and ignored on the first.
    let report = with_lessons(
        json!({"narrative": "Final report.", "spending": "48000", "indicator_values": []}),
    );
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
        commitments: (commitments[0].clone(), commitments[1].clone()),
        exchanges: exchanges(app, boss, world.call_id, own).await,
        own_version: view["version"].as_i64().unwrap() as i32,
    }
}

/// A complete draft of `applicant`'s organisation to `call`.
async fn draft_application(
    app: &TestApp,
    applicant: &User,
    call: Uuid,
) -> domain::applications::ApplicationView {
    use domain::applications::{BudgetLineInput, ContentInput, service};
    let actor = TestApp::actor(applicant);
    let now = chrono::Utc::now();
    let draft = service::start(&app.db, &actor, call, now).await.unwrap();
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

/// A complete application of `applicant`'s organisation to a new open call.
async fn complete_application(
    app: &TestApp,
    manager: &User,
    applicant: &User,
    programme: &domain::programmes::Programme,
) -> domain::applications::ApplicationView {
    let call = app.open_call(manager, programme, "LAB", &[], &[]).await;
    draft_application(app, applicant, call.call.id).await
}

async fn fixture(app: &TestApp) -> Fixture {
    let (org, applicant) = app.sign_up_municipality("Tunis", "staff@tunis.tn").await;
    let (other_org, _) = app.sign_up_municipality("Béja", "staff@beja.tn").await;
    let (stranger_org, stranger) = app
        .sign_up_municipality("Bizerte", "staff@bizerte.tn")
        .await;
    let reviewer = |email: &'static str| app.create_user(email, &[Role::Reviewer], None);
    let committee = Committee {
        chair: reviewer("chair@example.org").await,
        assigned: reviewer("reviewer@example.org").await,
        unassigned: reviewer("unassigned@example.org").await,
        conflicted: reviewer("conflicted@example.org").await,
    };
    let manager = app
        .create_user("manager@example.org", &[Role::Manager], None)
        .await;
    let admin = app
        .create_user("admin@example.org", &[Role::Admin], None)
        .await;
    // In the order of CALLERS, after the anonymous caller.
    let users = [
        &applicant,
        &stranger,
        &committee.assigned,
        &committee.unassigned,
        &committee.conflicted,
        &committee.chair,
        &manager,
        &admin,
    ];
    let mut tokens: [Option<String>; 9] = Default::default();
    let mut spare_tokens: [Option<String>; 9] = Default::default();
    for (i, user) in users.iter().enumerate() {
        tokens[i + 1] = Some(app.token_for(user).await);
        let (spare, _) = domain::accounts::tokens::create(&app.db, &TestApp::actor(user), "spare")
            .await
            .unwrap();
        // The revocation row needs the spare token's id, not its secret.
        spare_tokens[i + 1] = Some(spare.id.to_string());
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
    for (i, _) in CALLERS.iter().enumerate() {
        let (_, secret) = domain::accounts::invitations::invite(
            &app.db,
            &TestApp::actor(&applicant),
            org.id,
            &format!("caller{i}.joins@tunis.tn"),
        )
        .await
        .unwrap();
        acceptable_invitations.push(secret);
    }
    let mut reset_secrets = Vec::new();
    for (i, _) in CALLERS.iter().enumerate() {
        let email = format!("forgetful{i}@example.org");
        app.create_user(&email, &[Role::Reviewer], None).await;
        domain::accounts::reset::request(
            &app.db,
            &convoca_tests::test_login_policy(),
            &email,
            None,
            chrono::Utc::now(),
        )
        .await
        .unwrap();
        let message = domain::notifications::pending(&app.db)
            .await
            .unwrap()
            .into_iter()
            .find(|m| m.recipient_email == email)
            .unwrap();
        let payload = domain::notifications::payload_of(&message).unwrap();
        let path = payload["path"].as_str().unwrap();
        reset_secrets.push(path.trim_start_matches("/reset-password/").to_owned());
    }
    let manager_actor = TestApp::actor(&manager);
    let programme = app.programme(&manager, "Labs", "DE", "EUR").await;
    // Published in German and English, so that its calls may be translated into English.
    let programme = domain::programmes::update(
        &app.db,
        &manager_actor,
        programme.id,
        programme.version,
        &domain::programmes::ProgrammeInput {
            name: programme.name.clone(),
            description: programme.description.clone(),
            agency_id: programme.agency_id,
            currency: programme.currency.clone(),
            reporting_cadence_months: programme.reporting_cadence_months,
            content_languages: vec!["de".into(), "en".into()],
        },
    )
    .await
    .unwrap();
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
        committee.seat(app, &manager, view.call.id).await;
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
    for organisation in [org.id, stranger_org.id] {
        domain::organisations::verify(&app.db, &manager_actor, organisation)
            .await
            .unwrap();
    }
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
            &domain::files::StagedFile::from_bytes(format!("%PDF-1.7\n{name}\n%%EOF\n").as_bytes())
                .await
                .unwrap(),
            now,
        )
        .await
        .unwrap();
        attachments.push(view.attachments.last().unwrap().id.to_string());
    }
    let ready = complete_application(app, &manager, &applicant, &programme).await;
    let reviewing = reviewing(
        app,
        &manager,
        &committee,
        [&applicant, &stranger],
        &programme,
    )
    .await;
    let selection = selection(app, &manager, &applicant, &committee).await;
    let projects = projects(app, &manager, &applicant, &committee.assigned).await;
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
    let own_message = domain::notifications::inbox::list(
        &app.db,
        &applicant_actor,
        domain::PageRequest::default(),
    )
    .await
    .unwrap()
    .messages
    .items[0]
        .id;
    let failed_message = domain::notifications::pending(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|message| message.id != own_message)
        .expect("another queued message")
        .id;
    domain::notifications::delivery::mark_failed(
        &app.db,
        failed_message,
        "550 mailbox unavailable",
    )
    .await
    .unwrap();
    Fixture {
        own_message: own_message.to_string(),
        failed_message: failed_message.to_string(),
        start_call: start_call.call.id.to_string(),
        draft: draft.application.id.to_string(),
        kept_attachment: attachments[0].clone(),
        removed_attachment: attachments[1].clone(),
        ready: ready.application.id.to_string(),
        to_screen: submitted[0].application.id.to_string(),
        to_screen_version: submitted[0].application.version,
        to_withdraw: submitted[1].application.id.to_string(),
        reviewer: committee.assigned.id.to_string(),
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
        reset_secrets,
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
    expect: [Expect; 9],
}

fn case(
    method: &'static str,
    path: impl Fn(&Fixture, usize) -> String + 'static,
    body: impl Fn(usize) -> Option<Value> + 'static,
    expect: [Expect; 9],
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
            [O, O, O, O, O, O, O, O, O],
        ),
        case(
            "POST",
            fixed("/auth/token"),
            |_| {
                Some(
                    json!({"email": "manager@example.org", "password": TEST_PASSWORD, "name": "cli"}),
                )
            },
            [O, O, O, O, O, O, O, O, O],
        ),
        case(
            "POST",
            fixed("/auth/password-reset"),
            |i| Some(json!({"email": format!("forgetful{i}@example.org")})),
            [O, O, O, O, O, O, O, O, O],
        ),
        case(
            "POST",
            fixed("/auth/password-reset/complete"),
            none,
            [O, O, O, O, O, O, O, O, O],
        ),
        case("GET", fixed("/me"), none, [U, O, O, O, O, O, O, O, O]),
        case(
            "PUT",
            fixed("/me"),
            |_| Some(json!({"version": 1, "name": "Renamed"})),
            [U, O, O, O, O, O, O, O, O],
        ),
        case(
            "GET",
            fixed("/me/tokens"),
            none,
            [U, O, O, O, O, O, O, O, O],
        ),
        case(
            "POST",
            fixed("/me/tokens"),
            |_| Some(json!({"name": "another"})),
            [U, O, O, O, O, O, O, O, O],
        ),
        case(
            "POST",
            |f, i| {
                let id = f.spare_tokens[i.max(1)].clone().unwrap_or_default();
                format!("/me/tokens/{id}/revoke")
            },
            none,
            [U, O, O, O, O, O, O, O, O],
        ),
        case(
            "POST",
            fixed("/me/password"),
            |_| Some(json!({"current_password": TEST_PASSWORD, "new_password": TEST_PASSWORD})),
            [U, O, O, O, O, O, O, O, O],
        ),
        // Messages: everyone has an inbox and preferences of their own; a message is only its recipient's
        // (the applicant's here), an administrator's included; the outbox is the administrators'.
        case(
            "GET",
            fixed("/me/notifications"),
            none,
            [U, O, O, O, O, O, O, O, O],
        ),
        case(
            "POST",
            |f, _| format!("/me/notifications/{}/read", f.own_message),
            none,
            [U, O, N, N, N, N, N, N, N],
        ),
        case(
            "POST",
            fixed("/me/notifications/read-all"),
            none,
            [U, O, O, O, O, O, O, O, O],
        ),
        case(
            "GET",
            fixed("/me/preferences"),
            none,
            [U, O, O, O, O, O, O, O, O],
        ),
        case(
            "PUT",
            fixed("/me/preferences"),
            |_| Some(json!({"language": "fr", "muted": ["review-reminder"]})),
            [U, O, O, O, O, O, O, O, O],
        ),
        case(
            "GET",
            fixed("/admin/outbox"),
            none,
            [U, F, F, F, F, F, F, F, O],
        ),
        case(
            "POST",
            |f, _| format!("/admin/outbox/{}/retry", f.failed_message),
            none,
            [U, F, F, F, F, F, F, F, O],
        ),
        case("GET", fixed("/users"), none, [U, F, F, F, F, F, F, F, O]),
        case(
            "POST",
            fixed("/users"),
            |i| {
                Some(
                    json!({"email": format!("created{i}@example.org"), "name": "New",
                            "password": TEST_PASSWORD, "roles": ["reviewer"]}),
                )
            },
            [U, F, F, F, F, F, F, F, O],
        ),
        case(
            "GET",
            |f, _| format!("/users/{}", f.role_target),
            none,
            [U, N, N, N, N, N, N, N, O],
        ),
        case(
            "PUT",
            |f, _| format!("/users/{}/roles", f.role_target),
            |_| Some(json!({"version": 1, "roles": ["manager"]})),
            [U, F, F, F, F, F, F, F, O],
        ),
        case(
            "POST",
            |f, _| format!("/users/{}/deactivate", f.deactivate_target),
            |_| Some(json!({"version": 1})),
            [U, F, F, F, F, F, F, F, O],
        ),
        case(
            "POST",
            |f, _| format!("/users/{}/activate", f.activate_target),
            |_| Some(json!({"version": 2})),
            [U, F, F, F, F, F, F, F, O],
        ),
        case(
            "GET",
            |f, _| format!("/invitations/{}", f.invitation_secret),
            none,
            [O, O, O, O, O, O, O, O, O],
        ),
        case(
            "POST",
            |f, i| format!("/invitations/{}/accept", f.acceptable_invitations[i]),
            |_| Some(json!({"name": "Newcomer", "password": TEST_PASSWORD})),
            [O, O, O, O, O, O, O, O, O],
        ),
        case(
            "GET",
            fixed("/organisations"),
            none,
            [U, F, F, F, F, F, F, O, O],
        ),
        case(
            "POST",
            fixed("/organisations"),
            |i| {
                Some(
                    json!({"name": format!("Partner {i}"), "kind": "civil_society", "country": "TN"}),
                )
            },
            [U, F, F, F, F, F, F, O, O],
        ),
        case(
            "GET",
            |f, _| format!("/organisations/{}", f.applicant_org),
            none,
            [U, O, N, N, N, N, N, O, O],
        ),
        case(
            "GET",
            |f, _| format!("/organisations/{}", f.other_org),
            none,
            [U, N, N, N, N, N, N, O, O],
        ),
        case(
            "PUT",
            |f, _| format!("/organisations/{}", f.other_org),
            // The manager's edit bumps the version, so the admin (last) sends the next one.
            |i| {
                let version = if i == ADMIN { 2 } else { 1 };
                Some(
                    json!({"version": version, "name": "Béja", "kind": "municipality", "country": "TN"}),
                )
            },
            [U, N, N, N, N, N, N, O, O],
        ),
        case(
            "POST",
            |f, _| format!("/organisations/{}/verify", f.other_org),
            none,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "GET",
            |f, _| format!("/organisations/{}/members", f.applicant_org),
            none,
            [U, O, N, N, N, N, N, O, O],
        ),
        case(
            "GET",
            |f, _| format!("/organisations/{}/invitations", f.applicant_org),
            none,
            [U, O, N, N, N, N, N, O, O],
        ),
        case(
            "POST",
            |f, _| format!("/organisations/{}/invitations", f.applicant_org),
            |i| Some(json!({"email": format!("invited{i}@tunis.tn")})),
            [U, O, N, N, N, N, N, O, O],
        ),
        case("GET", fixed("/audit"), none, [U, F, F, F, F, F, F, O, O]),
        // Programmes and prerequisites.
        case(
            "GET",
            fixed("/programmes"),
            none,
            [O, O, O, O, O, O, O, O, O],
        ),
        case(
            "POST",
            fixed("/programmes"),
            |_| None,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "GET",
            |f, _| format!("/programmes/{}", f.programme),
            none,
            [O, O, O, O, O, O, O, O, O],
        ),
        case(
            "PUT",
            |f, _| format!("/programmes/{}", f.programme),
            |_| None,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "GET",
            |f, _| format!("/programmes/{}/cycles", f.programme),
            none,
            [O, O, O, O, O, O, O, O, O],
        ),
        case(
            "GET",
            |f, _| format!("/programmes/{}/prerequisites", f.programme),
            none,
            [O, O, O, O, O, O, O, O, O],
        ),
        case(
            "POST",
            |f, _| format!("/programmes/{}/prerequisites", f.programme),
            |i| Some(json!({"name": format!("Declaration {i}")})),
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/programmes/{}/prerequisites/import", f.programme),
            |_| Some(json!({"csv": "organisation,prerequisite,achieved_on,evidence\n"})),
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "POST",
            fixed("/prerequisite-records"),
            |_| None,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "GET",
            |f, _| format!("/organisations/{}/prerequisites", f.applicant_org),
            none,
            [U, O, N, N, N, N, N, O, O],
        ),
        // Calls.
        case("GET", fixed("/calls"), none, [O, O, O, O, O, O, O, O, O]),
        case(
            "POST",
            fixed("/calls"),
            |_| None,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "GET",
            |f, _| format!("/calls/{}", f.open_call),
            none,
            [O, O, O, O, O, O, O, O, O],
        ),
        case(
            "GET",
            |f, _| format!("/calls/{}", f.drafts["details"]),
            none,
            [N, N, N, N, N, N, N, O, N],
        ),
        case(
            "PUT",
            |f, _| format!("/calls/{}", f.drafts["details"]),
            |_| None,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "PUT",
            |f, _| format!("/calls/{}/criteria", f.drafts["criteria"]),
            |_| {
                Some(
                    json!({"version": 2, "criteria": [{"title": "Impact", "weight": "1", "max_score": 5}]}),
                )
            },
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "PUT",
            |f, _| format!("/calls/{}/questions", f.drafts["questions"]),
            |_| Some(json!({"version": 2, "questions": [{"prompt": "Why?", "kind": "long_text"}]})),
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "PUT",
            |f, _| format!("/calls/{}/eligibility", f.drafts["eligibility"]),
            |_| {
                Some(
                    json!({"version": 2, "rules": [{"type": "applicant_kinds", "kinds": ["municipality"]}]}),
                )
            },
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "PUT",
            |f, _| format!("/calls/{}/indicators", f.drafts["indicators"]),
            |_| {
                Some(json!({"version": 2, "indicators": [{"name": "Workshops", "unit": "events"}]}))
            },
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "PUT",
            |f, _| format!("/calls/{}/translations/en", f.open_call),
            |_| Some(json!({"texts": {"title": "Regional Open Government Labs"}})),
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/calls/{}/open", f.drafts["open"]),
            |_| Some(json!({"version": 2})),
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/calls/{}/close", f.open_call),
            |_| Some(json!({"version": 3})),
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/calls/{}/start-review", f.closed_call),
            |_| Some(json!({"version": 4})),
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/calls/{}/clone", f.drafts["clone"]),
            |_| {
                Some(
                    json!({"opens_at": "2030-01-01T00:00:00Z", "closes_at": "2030-03-01T00:00:00Z"}),
                )
            },
            [U, F, F, F, F, F, F, O, F],
        ),
        // Committees: managers compose them; before reviewing starts only managers and the members (all four
        // committee callers sit on the open call's committee) see one.
        case(
            "GET",
            |f, _| format!("/calls/{}/committee", f.open_call),
            none,
            [N, N, N, O, O, O, O, O, N],
        ),
        // The start call has no committee yet: composing one is the managers' work, the chair's included.
        case(
            "GET",
            |f, _| format!("/calls/{}/committee/candidates", f.start_call),
            none,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/calls/{}/committee/members", f.start_call),
            |_| None,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "DELETE",
            |f, _| format!("/calls/{}/committee/members/{}", f.start_call, f.reviewer),
            none,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "PUT",
            |f, _| format!("/calls/{}/committee/rule", f.start_call),
            |_| Some(json!({"version": 2, "rule": {"type": "parity"}})),
            [U, F, F, F, F, F, F, O, F],
        ),
        // Reviewing, on the applicant's application to the call in review: only the assigned reviewer scores; a
        // member who is not assigned (the chair too) is told why; for the conflicted reviewer, as for anyone
        // outside the committee, the application does not exist. Managers run assignments and never see scores;
        // the chair runs conflicts, progress and reminders on the reviewing page.
        case("GET", fixed("/reviews"), none, [U, O, O, O, O, O, O, O, O]),
        case(
            "GET",
            |f, _| format!("/applications/{}", f.reviewing.application),
            none,
            [U, O, N, N, N, N, N, O, N],
        ),
        // Assigned reviewers read the application's files from their score sheet.
        case(
            "GET",
            |f, _| {
                let r = &f.reviewing;
                format!(
                    "/applications/{}/attachments/{}",
                    r.application, r.attachment
                )
            },
            none,
            [U, O, N, O, F, N, F, O, N],
        ),
        case(
            "GET",
            |f, _| format!("/applications/{}/review", f.reviewing.application),
            none,
            [U, N, N, O, F, N, F, N, N],
        ),
        case(
            "PUT",
            |f, _| format!("/applications/{}/review", f.reviewing.application),
            |_| Some(json!({"version": 0, "sheet": {"overall_comment": "A first look."}})),
            [U, N, N, O, F, N, F, N, N],
        ),
        case(
            "POST",
            |f, _| format!("/applications/{}/review/submit", f.reviewing.application),
            |_| None,
            [U, N, N, O, F, N, F, N, N],
        ),
        // After the row above: the assigned reviewer has submitted, which lifts the blind.
        case(
            "GET",
            |f, _| format!("/applications/{}/reviews", f.reviewing.application),
            none,
            [U, N, N, O, F, N, F, N, N],
        ),
        // Members see their own conflicts, the chair all of them.
        case(
            "GET",
            |f, _| format!("/calls/{}/conflicts", f.reviewing.call),
            none,
            [U, F, F, O, O, O, O, O, F],
        ),
        // Two declared conflicts of other members: the chair decides one, a manager the other.
        case(
            "POST",
            |f, i| {
                let (for_chair, for_manager) = &f.reviewing.conflicts;
                let conflict = if i == MANAGER { for_manager } else { for_chair };
                format!("/conflicts/{conflict}/decision")
            },
            |_| Some(json!({"decision": "confirm", "reason": "Close family.", "version": 1})),
            [U, F, F, F, F, F, O, O, F],
        ),
        case(
            "GET",
            |f, _| format!("/calls/{}/assignments", f.reviewing.call),
            none,
            [U, F, F, F, F, F, O, O, F],
        ),
        // The chair does not assign.
        case(
            "POST",
            |f, _| format!("/calls/{}/assignments/preview", f.reviewing.call),
            none,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/calls/{}/assignments", f.reviewing.call),
            |_| None,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "DELETE",
            |f, _| format!("/assignments/{}", f.reviewing.assignment),
            none,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/calls/{}/assignments/apply", f.reviewing.call),
            none,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "PUT",
            |f, _| format!("/calls/{}/committee/review-deadline", f.reviewing.call),
            |_| None,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "GET",
            |f, _| format!("/calls/{}/review-progress", f.reviewing.call),
            none,
            [U, F, F, F, F, F, O, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/calls/{}/review-reminders", f.reviewing.call),
            |_| Some(json!({})),
            [U, F, F, F, F, F, O, O, F],
        ),
        // Last of the reviewing rows, since a declaration removes the declarer's assignment. Any member may
        // declare; the conflicted reviewer's application no longer exists for them.
        case(
            "POST",
            |f, _| format!("/applications/{}/conflicts", f.reviewing.application),
            |_| Some(json!({"kind": "personal", "note": "My cousin runs the project."})),
            [U, N, N, O, O, N, O, N, N],
        ),
        // Selection: managers decide; the chair sees the board and records consensus scores. A member who may see
        // the application (even one who reviewed it) and a manager are told why not; the conflicted reviewer and
        // anyone outside the committee do not learn it exists. Results are the managers' until published (the
        // chair's too); feedback is the team's.
        case(
            "GET",
            |f, _| format!("/calls/{}/selection", f.selection.chaired.0),
            none,
            [U, F, F, F, F, F, O, O, F],
        ),
        case(
            "PUT",
            |f, _| format!("/calls/{}/scoring", f.selection.chaired.0),
            |_| None,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "PUT",
            |f, _| format!("/applications/{}/consensus", f.selection.application),
            |_| None,
            [U, N, N, F, F, N, O, F, N],
        ),
        case(
            "PUT",
            |f, _| format!("/applications/{}/decision", f.selection.application),
            |_| {
                Some(
                    json!({"outcome": "waitlisted", "justification": "Its budget is unrealistic.", "version": 0}),
                )
            },
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "DELETE",
            |f, _| format!("/applications/{}/decision", f.selection.overridden),
            none,
            [U, F, F, F, F, F, F, O, F],
        ),
        // Closing scoring: managers only; the committee, its chair included, is refused.
        case(
            "POST",
            |f, _| format!("/calls/{}/scoring/close", f.selection.closable.0),
            |_| None,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/calls/{}/selection/finalise", f.selection.finalisable.0),
            |_| None,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/applications/{}/rolling-decision", f.selection.rolling.0),
            |_| None,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "GET",
            |f, _| format!("/calls/{}/results", f.selection.decided),
            none,
            [N, N, N, N, N, N, N, O, N],
        ),
        case(
            "GET",
            |f, _| format!("/calls/{}/results.csv", f.selection.decided),
            none,
            [N, N, N, N, N, N, N, O, N],
        ),
        case(
            "POST",
            |f, _| format!("/calls/{}/results/publish", f.selection.publishable),
            none,
            [U, F, F, F, F, F, F, O, F],
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
            [U, O, N, N, N, N, N, O, N],
        ),
        // Applications: the team (the applicant's organisation) and managers; nobody else even sees them.
        case(
            "POST",
            |f, _| format!("/calls/{}/applications", f.start_call),
            none,
            [U, O, O, F, F, F, F, F, F],
        ),
        case(
            "GET",
            |f, _| format!("/calls/{}/applications", f.start_call),
            none,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "GET",
            |f, _| format!("/calls/{}/applications.csv", f.start_call),
            none,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "GET",
            fixed("/applications"),
            none,
            [U, O, O, O, O, O, O, O, O],
        ),
        case(
            "GET",
            |f, _| format!("/applications/{}", f.draft),
            none,
            [U, O, N, N, N, N, N, O, N],
        ),
        case(
            "PUT",
            |f, _| format!("/applications/{}", f.draft),
            |_| Some(json!({"version": 2, "title": "Renamed lab"})),
            [U, O, N, N, N, N, N, F, N],
        ),
        case(
            "GET",
            |f, _| format!("/applications/{}/partner-candidates", f.draft),
            none,
            [U, O, N, N, N, N, N, F, N],
        ),
        case(
            "POST",
            |f, _| format!("/applications/{}/partners", f.draft),
            |_| None,
            [U, O, N, N, N, N, N, F, N],
        ),
        case(
            "DELETE",
            |f, _| format!("/applications/{}/partners/{}", f.draft, f.other_org),
            none,
            [U, O, N, N, N, N, N, F, N],
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
            [U, O, N, N, N, N, N, F, N],
        ),
        case(
            "POST",
            |f, _| format!("/applications/{}/attachments", f.draft),
            none,
            [U, O, N, N, N, N, N, F, N],
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
            [U, O, N, N, N, N, N, O, N],
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
            [U, O, N, N, N, N, N, F, N],
        ),
        case(
            "POST",
            |f, _| format!("/applications/{}/submit", f.ready),
            none,
            [U, O, N, N, N, N, N, F, N],
        ),
        case(
            "GET",
            |f, _| format!("/applications/{}/receipt", f.to_screen),
            none,
            [U, O, N, N, N, N, N, O, N],
        ),
        case(
            "POST",
            |f, _| format!("/applications/{}/screen", f.to_screen),
            |_| None,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/applications/{}/withdraw", f.to_withdraw),
            none,
            [U, O, N, N, N, N, N, F, N],
        ),
        // Funded projects: public once the results are; managers run them; the lead organisation's users do the
        // team's work (evidence, reports, assistance requests); an assigned expert resolves a request (the assigned
        // reviewer is that expert: the other committee callers are not).
        case("GET", fixed("/projects"), none, [O, O, O, O, O, O, O, O, O]),
        case(
            "GET",
            fixed("/portfolio"),
            none,
            [O, O, O, O, O, O, O, O, O],
        ),
        case(
            "GET",
            |f, _| format!("/projects/{}", f.projects.own),
            none,
            [O, O, O, O, O, O, O, O, O],
        ),
        case(
            "GET",
            |f, _| format!("/projects/{}", f.projects.unpublished),
            none,
            [N, O, N, N, N, N, N, O, N],
        ),
        case(
            "GET",
            |f, _| format!("/projects/{}/commitments", f.projects.own),
            none,
            [O, O, O, O, O, O, O, O, O],
        ),
        case(
            "GET",
            |f, _| format!("/projects/{}/commitments", f.projects.unpublished),
            none,
            [N, O, N, N, N, N, N, O, N],
        ),
        case(
            "POST",
            |f, _| format!("/projects/{}/commitments", f.projects.unpublished),
            |i| {
                Some(
                    json!({"title": format!("Commitment {i}"), "problem": "No data.",
                    "value": "participation", "lead_institution": "Mayor's office"}),
                )
            },
            [U, O, N, N, N, N, N, O, N],
        ),
        case(
            "PUT",
            |f, i| {
                let (first, second) = &f.projects.commitments;
                format!(
                    "/projects/{}/commitments/{}",
                    f.projects.unpublished,
                    if i == MANAGER { second } else { first }
                )
            },
            |_| {
                Some(
                    json!({"title": "Open budget, monthly", "problem": "Closed doors.",
                    "value": "accountability", "lead_institution": "Finance department", "version": 1}),
                )
            },
            [U, O, N, N, N, N, N, O, N],
        ),
        case(
            "PUT",
            |f, _| format!("/projects/{}/dates", f.projects.to_date),
            |_| {
                Some(
                    json!({"planned_start": "2027-01-01", "planned_end": "2027-12-31", "version": 2}),
                )
            },
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/projects/{}/sign", f.projects.to_sign),
            |_| Some(json!({"signed_on": "2027-01-05", "version": 1})),
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "PUT",
            |f, _| format!("/projects/{}/replicates", f.projects.own),
            none,
            [U, O, F, F, F, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/projects/{}/terminate", f.projects.to_terminate),
            |_| Some(json!({"reason": "The council was dissolved.", "version": 1})),
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/projects/{}/complete", f.projects.to_complete.0),
            |_| None,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/tranches/{}/release", f.projects.to_release),
            none,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/tranches/{}/pay", f.projects.to_pay),
            |_| Some(json!({"paid_on": "2027-01-20"})),
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/projects/{}/milestones", f.projects.own),
            |i| Some(json!({"title": format!("Milestone {i}"), "due_on": "2027-06-30"})),
            [U, O, F, F, F, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/milestones/{}/submit", f.projects.milestone_to_submit),
            |_| Some(json!({"evidence": "Council resolution 2027-14.", "version": 1})),
            [U, O, F, F, F, F, F, F, F],
        ),
        case(
            "POST",
            |f, _| format!("/milestones/{}/attachments", f.projects.milestone_file.0),
            none,
            [U, O, F, F, F, F, F, F, F],
        ),
        case(
            "GET",
            |f, _| {
                let (milestone, file) = &f.projects.milestone_file;
                format!("/milestones/{milestone}/attachments/{file}")
            },
            none,
            [U, O, N, N, N, N, N, O, N],
        ),
        case(
            "POST",
            |f, _| format!("/milestones/{}/review", f.projects.milestone_to_review),
            |_| Some(json!({"accept": true, "version": 2})),
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/reports/{}/submit", f.projects.report_to_submit),
            |_| {
                Some(
                    json!({"narrative": "Six months in.", "spending": "9000", "indicator_values": [], "version": 1}),
                )
            },
            [U, O, F, F, F, F, F, F, F],
        ),
        case(
            "POST",
            |f, _| format!("/reports/{}/review", f.projects.report_to_review),
            |_| Some(json!({"accept": true, "version": 2})),
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "GET",
            fixed("/reports/due"),
            none,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "PUT",
            |f, _| format!("/projects/{}/targets", f.projects.own),
            |_| Some(json!({"targets": []})),
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "POST",
            |f, _| format!("/projects/{}/assistance", f.projects.own),
            |i| Some(json!({"topic": format!("Topic {i}"), "description": "Help wanted."})),
            [U, O, F, F, F, F, F, F, F],
        ),
        case(
            "GET",
            fixed("/assistance"),
            none,
            [U, O, O, O, O, O, O, O, O],
        ),
        case(
            "POST",
            |f, _| format!("/assistance/{}/assign", f.projects.assistance_to_assign),
            |_| None,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "POST",
            |f, i| {
                let (by_expert, by_manager) = &f.projects.assistance_to_resolve;
                let request = if i == MANAGER { by_manager } else { by_expert };
                format!("/assistance/{request}/resolve")
            },
            |_| Some(json!({"note": "Template shared with the team.", "version": 2})),
            [U, F, F, O, F, F, F, O, F],
        ),
        // A draft's template, like the draft, is the managers' business.
        case(
            "GET",
            |f, _| format!("/calls/{}/tranche-template", f.drafts["tranche-template"]),
            none,
            [N, N, N, N, N, N, N, O, N],
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
            [U, F, F, F, F, F, F, O, F],
        ),
        // Open data: public.
        case(
            "GET",
            fixed("/open-data/360giving.json"),
            none,
            [O, O, O, O, O, O, O, O, O],
        ),
        // Peer exchanges: managers organise, change and record them; the team of an invited project registers
        // who attends; anyone reads them once their outcome is recorded, the invited team before.
        case(
            "POST",
            |f, _| format!("/programmes/{}/exchanges", f.projects.exchanges.programme),
            none,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "GET",
            |f, _| format!("/programmes/{}/exchanges", f.projects.exchanges.programme),
            none,
            [O, O, O, O, O, O, O, O, O],
        ),
        case(
            "GET",
            |f, _| format!("/exchanges/{}", f.projects.exchanges.unrecorded),
            none,
            [N, O, N, N, N, N, N, O, N],
        ),
        case(
            "GET",
            |f, _| format!("/exchanges/{}", f.projects.exchanges.recorded),
            none,
            [O, O, O, O, O, O, O, O, O],
        ),
        case(
            "PUT",
            |f, _| format!("/exchanges/{}", f.projects.exchanges.to_update),
            none,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "PUT",
            |f, _| {
                let e = &f.projects.exchanges;
                format!("/exchanges/{}/attendance/{}", e.to_attend, f.projects.own)
            },
            |_| Some(json!({"attendees": ["Amira Ben Salah"], "version": 1})),
            [U, O, N, N, N, N, N, F, N],
        ),
        case(
            "PUT",
            |f, _| format!("/exchanges/{}/outcome", f.projects.exchanges.to_record),
            none,
            [U, F, F, F, F, F, F, O, F],
        ),
        case(
            "GET",
            fixed("/open-data/projects.csv"),
            none,
            [O, O, O, O, O, O, O, O, O],
        ),
        case(
            "GET",
            fixed("/open-data/disbursements.csv"),
            none,
            [O, O, O, O, O, O, O, O, O],
        ),
        case(
            "GET",
            fixed("/open-data/lessons.csv"),
            none,
            [O, O, O, O, O, O, O, O, O],
        ),
        case(
            "GET",
            fixed("/open-data/commitments.csv"),
            none,
            [O, O, O, O, O, O, O, O, O],
        ),
        case(
            "GET",
            fixed("/open-data/commitments.json"),
            none,
            [O, O, O, O, O, O, O, O, O],
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
            "version": 2, "name": "Labs (renamed)", "agency_id": fixture.agency,
            "currency": "EUR", "reporting_cadence_months": 6, "content_languages": ["de", "en"],
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
        ("POST", "/applications/{}/rolling-decision") => Some(json!({
            "version": fixture.selection.rolling.1,
        })),
        ("POST", "/calls/{}/selection/finalise") => Some(json!({
            "version": fixture.selection.finalisable.1,
        })),
        ("POST", "/projects/{}/complete") => Some(json!({
            "version": fixture.projects.to_complete.1,
        })),
        ("POST", "/programmes/{}/exchanges") => Some(json!({
            "title": format!("Exchange {caller}"), "time_zone": "Africa/Tunis", "place": "Sfax",
            "starts_at": "2030-03-10T08:00:00Z", "invited": [fixture.projects.own],
        })),
        ("PUT", "/exchanges/{}") => Some(json!({
            "title": "Exchange (changed)", "time_zone": "Africa/Tunis", "place": "Sousse",
            "starts_at": "2030-03-11T08:00:00Z", "invited": [fixture.projects.own], "version": 1,
        })),
        ("PUT", "/exchanges/{}/outcome") => Some(json!({
            "notes": "Shared what worked.", "attended": [fixture.projects.own], "version": 1,
        })),
        // The team declares first, then a manager, each after the other's change.
        ("PUT", "/projects/{}/replicates") => Some(json!({
            "version": fixture.projects.own_version + i32::from(caller == MANAGER),
        })),
        ("POST", "/assistance/{}/assign") => Some(json!({
            "expert_id": fixture.reviewer, "version": 1,
        })),
        ("POST", "/auth/password-reset/complete") => Some(json!({
            "token": fixture.reset_secrets[caller], "password": TEST_PASSWORD,
        })),
        ("POST", "/applications/{}/screen") => Some(json!({
            "version": fixture.to_screen_version, "outcome": "eligible",
        })),
        _ => None,
    }
}

/// Calls one row's operation as one caller; says what went wrong, if anything.
async fn check(app: &TestApp, fixture: &Fixture, case: &Case, caller: usize) -> Option<String> {
    let expect = case.expect[caller];
    let path = (case.path)(fixture, caller);
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
        let body =
            (case.body)(caller).or_else(|| fixture_body(fixture, case.method, &path, caller));
        app.api(case.method, &path, token, body).await
    };
    let got = match response.status {
        200..=299 => Some(Expect::Ok),
        401 => Some(Expect::Unauthenticated),
        403 => Some(Expect::Forbidden),
        404 => Some(Expect::NotFound),
        _ => None,
    };
    let problem_ok = got == Some(Expect::Ok) || response.content_type == "application/problem+json";
    (got != Some(expect) || !problem_ok).then(|| {
        format!(
            "{} {} as {}: expected {expect:?}, got {} {}",
            case.method, path, CALLERS[caller], response.status, response.body
        )
    })
}

#[tokio::test]
async fn every_endpoint_refuses_the_wrong_caller() {
    let app = spawn_app().await;
    let fixture = fixture(&app).await;
    let mut failures = Vec::new();
    for case in &cases() {
        // A refusal changes nothing, so a row's refusals go out together. The callers expected to pass go one
        // after the other, in the order of CALLERS, since some rows hand a caller what the previous one left
        // (a version, a spare assistance request).
        let (passing, refused): (Vec<usize>, Vec<usize>) =
            (0..CALLERS.len()).partition(|caller| case.expect[*caller] == O);
        let refusals = refused
            .iter()
            .map(|caller| check(&app, &fixture, case, *caller));
        failures.extend(join_all(refusals).await.into_iter().flatten());
        for caller in passing {
            failures.extend(check(&app, &fixture, case, caller).await);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The spec and this table must not drift apart: every documented operation has a row.
#[test]
fn the_permission_table_covers_every_documented_operation() {
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
                // Ids, tokens, and the language of a translation.
                if segment.len() >= 32 || segment.starts_with("cvi_") || segment == "en" {
                    "{}"
                } else {
                    segment
                }
            })
            .collect::<Vec<_>>()
            .join("/")
    };
    let fixture = Fixture::placeholder();
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
