//! Funded projects through the JSON API: projects created by finalising with their awards and tranches (the
//! default 40/40/20 or a call's template, summing to the award to the millime), tranches released only once
//! their condition holds, milestones evidenced by the team and reviewed by managers, progress reports on the
//! programme's cadence with their reminders, health, termination and completion, technical assistance, what
//! the public sees, and the open data (a 360Giving package validated against the standard's schemas, and
//! CSV).

use convoca_tests::projects::{
    ACTION_PLAN, FundedSpec, FundedWorld, MUNICIPALITIES, day, find, milestone_line, millimes,
    noon, template_line, with_lessons,
};
use convoca_tests::selection::ApplicantSpec;
use convoca_tests::{TestApp, spawn_app};
use domain::Role;
use domain::projects::schedule::{TemplateLine, add_months};
use serde_json::{Value, json};
use uuid::Uuid;

/// A funded world and its server.
struct Funded {
    app: TestApp,
    world: FundedWorld,
}

impl Funded {
    /// A published call with the first `n` municipalities funded, on the default template.
    async fn new(code: &str, n: usize) -> Funded {
        Self::with(FundedSpec::tunisian(code, n)).await
    }

    async fn with(spec: FundedSpec) -> Funded {
        let app = spawn_app().await;
        let (manager, _) = app.new_manager().await;
        let world = app.funded_world(&manager, &spec).await;
        Funded { app, world }
    }

    fn manager(&self) -> &str {
        &self.world.manager_token
    }

    fn team(&self, i: usize) -> &str {
        &self.world.team_tokens[i]
    }

    fn id(&self, i: usize) -> Uuid {
        self.world.projects[i]
    }

    async fn show(&self, i: usize, token: Option<&str>) -> Value {
        self.app.project_json(self.id(i), token).await
    }

    /// A request with an optional token and body.
    async fn call(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> convoca_tests::ApiResponse {
        self.app.api(method, path, token, body).await
    }
}

/// The amounts of a project's tranches, in order.
fn amounts(view: &Value) -> Vec<String> {
    view["tranches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["amount"].as_str().unwrap().to_owned())
        .collect()
}

/// Each tranche's condition: kind and its milestone position or report number.
fn conditions(view: &Value) -> Vec<(String, Value)> {
    view["tranches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            let kind = t["condition"].as_str().unwrap().to_owned();
            let detail = match kind.as_str() {
                "milestone" => t["milestone_position"].clone(),
                "report" => t["report_number"].clone(),
                _ => Value::Null,
            };
            (kind, detail)
        })
        .collect()
}

/// Each report's number, due date and state.
fn schedule(view: &Value) -> Vec<(i64, String, String)> {
    view["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["number"].as_i64().unwrap(),
                r["due_on"].as_str().unwrap().to_owned(),
                r["state"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn report_line(percent: &str, number: i32) -> TemplateLine {
    TemplateLine {
        report: Some(number),
        ..template_line(percent, "report")
    }
}

fn template_json(lines: &[TemplateLine]) -> Value {
    json!(
        lines
            .iter()
            .map(|l| json!({
                "percent": l.percent, "condition": l.condition, "milestone": l.milestone,
                "months": l.months, "report": l.report,
            }))
            .collect::<Vec<_>>()
    )
}

/// A progress report as a team writes it (the version is added when it is sent).
fn report_body(world: &FundedWorld, spending: &str, values: [&str; 2]) -> Value {
    json!({
        "narrative": "Four district assemblies held; the council streams its sessions since March.",
        "spending": spending,
        "indicator_values": [
            {"indicator_id": world.indicators[0], "value": values[0]},
            {"indicator_id": world.indicators[1], "value": values[1]},
        ],
    })
}

async fn finalise_through_the_api(app: &TestApp, manager: &str, call: Uuid) {
    let board = app
        .api(
            "GET",
            &format!("/calls/{call}/selection"),
            Some(manager),
            None,
        )
        .await;
    assert_eq!(board.status, 200, "{}", board.body);
    let finalised = app
        .api(
            "POST",
            &format!("/calls/{call}/selection/finalise"),
            Some(manager),
            Some(json!({ "version": board.body["call_version"] })),
        )
        .await;
    assert_eq!(finalised.status, 200, "{}", finalised.body);
}

#[tokio::test]
async fn finalising_makes_each_selected_application_a_project_with_its_award_paid_40_40_20_to_the_millime()
 {
    let app = spawn_app().await;
    let (manager, token) = app.new_manager().await;
    let mut spec = FundedSpec::tunisian("AWD", 3);
    spec.applicants.push(ApplicantSpec {
        eligible: false,
        ..ApplicantSpec::new("Tozeur", "TN-72", "20000", vec![])
    });
    let world = app.selection_world(&manager, &spec.selection_spec()).await;
    let call = world.call.call.id;

    // Sousse's award is lowered to 1000.007 TND: 40% of 1 000 007 millimes is 400 002.8, so the first two
    // tranches get 400.002 and the last one what is left, 200.003.
    let lowered = app
        .api(
            "PUT",
            &format!("/applications/{}/decision", world.applications[2]),
            Some(&token),
            Some(json!({"awarded_amount": "1000.007", "version": 0})),
        )
        .await;
    assert_eq!(lowered.status, 200, "{}", lowered.body);
    let before = app
        .api(
            "GET",
            &format!("/projects?call_id={call}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(before.body, json!([]));

    finalise_through_the_api(&app, &token, call).await;

    let listed = app
        .api(
            "GET",
            &format!("/projects?call_id={call}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(listed.status, 200, "{}", listed.body);
    assert_eq!(listed.body.as_array().unwrap().len(), 3, "{}", listed.body);
    let expected = [
        (
            "Tunis",
            "TN-11",
            "48250.750",
            ["19300.300", "19300.300", "9650.150"],
        ),
        (
            "Sfax",
            "TN-61",
            "52000.000",
            ["20800.000", "20800.000", "10400.000"],
        ),
        (
            "Sousse",
            "TN-51",
            "1000.007",
            ["400.002", "400.002", "200.003"],
        ),
    ];
    for (i, (name, subdivision, awarded, tranches)) in expected.iter().enumerate() {
        let project = find(
            &listed.body,
            "application_id",
            &json!(world.applications[i]),
        );
        assert_eq!(project["title"], format!("Open municipality of {name}"));
        assert_eq!(project["lead"], format!("Municipality of {name}"));
        assert_eq!(project["subdivision"], *subdivision);
        assert_eq!(project["currency"], "TND");
        assert_eq!(project["awarded"], *awarded, "{name}");
        assert_eq!(project["disbursed"], "0.000");
        assert_eq!(project["status"], "active");
        assert_eq!(project["health"], "on_track");
        assert_eq!(project["signed_on"], Value::Null);
        assert_eq!(amounts(project), tranches.to_vec(), "{name}");
        let sum: i64 = amounts(project).iter().map(|a| millimes(a)).sum();
        assert_eq!(
            sum,
            millimes(awarded),
            "{name}: the tranches sum to the award"
        );
        assert_eq!(
            conditions(project),
            vec![
                ("signature".to_owned(), Value::Null),
                ("report".to_owned(), json!(1)),
                ("report".to_owned(), Value::Null),
            ]
        );
        assert!(
            project["tranches"]
                .as_array()
                .unwrap()
                .iter()
                .all(|t| t["state"] == "planned")
        );
        assert_eq!(project["milestones"], json!([]));
    }
    // The municipality screened ineligible gets nothing.
    assert!(
        listed
            .body
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["application_id"] != json!(world.applications[3]))
    );
}

#[tokio::test]
async fn a_calls_tranche_template_shapes_every_project_and_gives_each_the_action_plan_milestone() {
    let app = spawn_app().await;
    let (manager, token) = app.new_manager().await;
    let world = app
        .selection_world(&manager, &FundedSpec::tunisian("TPL", 2).selection_spec())
        .await;
    let call = world.call.call.id;
    let path = format!("/calls/{call}/tranche-template");
    let version = world.call.call.version;
    let put = |lines: Value, version: i32, token: String| {
        let app = &app;
        let path = path.clone();
        async move {
            app.api(
                "PUT",
                &path,
                Some(&token),
                Some(json!({"lines": lines, "version": version})),
            )
            .await
        }
    };
    let team_token = app.token_for(&world.teams[0]).await;

    // Shares that sum to 99 are refused on the whole template; each bad line is named.
    let short = put(
        template_json(&[
            template_line("40", "signature"),
            template_line("39", "final_report"),
        ]),
        version,
        token.clone(),
    )
    .await;
    assert_eq!(short.problem(422), "/problems/validation");
    assert_eq!(short.error_fields(), ["lines"]);
    let wrong = put(
        json!([
            {"percent": "50", "condition": "milestone", "months": 3},
            {"percent": "50", "condition": "lottery"},
        ]),
        version,
        token.clone(),
    )
    .await;
    assert_eq!(wrong.problem(422), "/problems/validation");
    let mut fields = wrong.error_fields();
    fields.sort();
    assert_eq!(fields, ["lines[0].milestone", "lines[1].condition"]);
    let template = template_json(&[
        template_line("30", "signature"),
        milestone_line("50", ACTION_PLAN, 3),
        template_line("20", "final_report"),
    ]);
    put(template.clone(), version, team_token)
        .await
        .problem(403);
    put(template.clone(), version - 1, token.clone())
        .await
        .problem(409);

    let set = put(template.clone(), version, token.clone()).await;
    assert_eq!(set.status, 200, "{}", set.body);
    assert_eq!(set.body["version"], version + 1);
    finalise_through_the_api(&app, &token, call).await;

    // 48 250.750 TND: 30% 14 475.225, 50% 24 125.375, 20% 9 650.150; 52 000: 15 600, 26 000, 10 400.
    let expected = [
        ["14475.225", "24125.375", "9650.150"],
        ["15600.000", "26000.000", "10400.000"],
    ];
    for (i, tranches) in expected.iter().enumerate() {
        let project = app.projects_of(call, &world.applications).await[i];
        let view = app.project_json(project, Some(&token)).await;
        assert_eq!(amounts(&view), tranches.to_vec());
        assert_eq!(
            conditions(&view),
            vec![
                ("signature".to_owned(), Value::Null),
                ("milestone".to_owned(), json!(1)),
                ("report".to_owned(), Value::Null),
            ]
        );
        let start = day(view["planned_start"].as_str().unwrap());
        assert_eq!(view["milestones"].as_array().unwrap().len(), 1);
        let milestone = &view["milestones"][0];
        assert_eq!(milestone["position"], 1);
        assert_eq!(milestone["title"], ACTION_PLAN);
        assert_eq!(milestone["state"], "pending");
        assert_eq!(milestone["due_on"], add_months(start, 3).to_string());
    }

    // Once the call is decided the template is history.
    let call_now = app
        .api("GET", &format!("/calls/{call}"), Some(&token), None)
        .await;
    let late = put(
        template,
        call_now.body["version"].as_i64().unwrap() as i32,
        token,
    )
    .await;
    assert_eq!(late.problem(409), "/problems/conflict");
}

#[tokio::test]
async fn a_tranche_is_released_only_once_its_condition_holds_and_is_paid_once() {
    let mut spec = FundedSpec::tunisian("TRA", 2);
    spec.template = Some(vec![
        template_line("30", "signature"),
        milestone_line("30", ACTION_PLAN, 3),
        report_line("20", 1),
        template_line("20", "final_report"),
    ]);
    let f = Funded::with(spec).await;
    let (app, manager, team, p) = (&f.app, f.manager(), f.team(0), f.id(0));
    // 48 250.750 TND: 30% is 14 475.225 twice, 20% is 9 650.150 twice.
    assert_eq!(
        amounts(&f.show(0, Some(manager)).await),
        ["14475.225", "14475.225", "9650.150", "9650.150"]
    );
    let audit = app.audit_count().await;

    // Signature.
    let unsigned = app.release_tranche(p, manager, 1).await;
    assert_eq!(unsigned.problem(409), "/problems/conflict");
    assert_eq!(
        unsigned.body["detail"],
        "This tranche cannot be released until the grant agreement is signed."
    );
    assert_eq!(
        app.pay_tranche(p, manager, 1, "2027-01-10")
            .await
            .problem(409),
        "/problems/invalid-transition"
    );
    let first = app.tranche_id(p, manager, 1).await;
    f.call(
        "POST",
        &format!("/tranches/{first}/release"),
        Some(team),
        None,
    )
    .await
    .problem(403);
    assert_eq!(app.audit_count().await, audit, "refusals write nothing");
    let signed = app.sign_project(p, manager, "2027-01-05").await;
    assert_eq!(signed.status, 200, "{}", signed.body);
    assert_eq!(signed.body["signed_on"], "2027-01-05");
    let released = app.release_tranche(p, manager, 1).await;
    assert_eq!(released.status, 200, "{}", released.body);
    assert_eq!(released.body["tranches"][0]["state"], "released");
    assert!(released.body["tranches"][0]["released_at"].is_string());
    assert_eq!(released.body["disbursed"], "0.000");
    assert_eq!(
        app.release_tranche(p, manager, 1).await.problem(409),
        "/problems/invalid-transition"
    );
    f.call(
        "POST",
        &format!("/tranches/{first}/pay"),
        Some(team),
        Some(json!({"paid_on": "2027-01-10"})),
    )
    .await
    .problem(403);
    let paid = app.pay_tranche(p, manager, 1, "2027-01-10").await;
    assert_eq!(paid.status, 200, "{}", paid.body);
    assert_eq!(paid.body["tranches"][0]["state"], "paid");
    assert_eq!(paid.body["tranches"][0]["paid_on"], "2027-01-10");
    assert_eq!(paid.body["disbursed"], "14475.225");
    assert_eq!(
        app.pay_tranche(p, manager, 1, "2027-01-11")
            .await
            .problem(409),
        "/problems/invalid-transition"
    );

    // The milestone: submitted is not enough, accepted is.
    app.release_tranche(p, manager, 2).await.problem(409);
    let submitted = app
        .submit_milestone(
            p,
            team,
            1,
            "Council resolution 2027-14, adopted unanimously.",
        )
        .await;
    assert_eq!(submitted.status, 200, "{}", submitted.body);
    assert_eq!(
        app.release_tranche(p, manager, 2).await.problem(409),
        "/problems/conflict"
    );
    let accepted = app.review_milestone(p, manager, 1, true, "").await;
    assert_eq!(accepted.status, 200, "{}", accepted.body);
    let released = app.release_tranche(p, manager, 2).await;
    assert_eq!(released.status, 200, "{}", released.body);
    assert_eq!(released.body["tranches"][1]["state"], "released");

    // The first report.
    app.release_tranche(p, manager, 3).await.problem(409);
    let body = report_body(&f.world, "15000", ["120", "3"]);
    assert_eq!(app.submit_report(p, team, 1, body).await.status, 200);
    app.release_tranche(p, manager, 3).await.problem(409);
    assert_eq!(app.review_report(p, manager, 1, true, "").await.status, 200);
    assert_eq!(app.release_tranche(p, manager, 3).await.status, 200);

    // The final report is not in yet; the other project's tranches are untouched.
    app.release_tranche(p, manager, 4).await.problem(409);
    app.release_tranche(f.id(1), manager, 1).await.problem(409);

    for position in [2, 3] {
        let paid = app.pay_tranche(p, manager, position, "2027-08-01").await;
        assert_eq!(paid.status, 200, "{}", paid.body);
    }
    let view = f.show(0, Some(manager)).await;
    let states: Vec<&str> = view["tranches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["state"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["paid", "paid", "paid", "planned"]);
    // 14 475.225 + 14 475.225 + 9 650.150
    assert_eq!(view["disbursed"], "38600.600");
}

/// Adds a milestone to the first project as `token`.
async fn add_milestone(f: &Funded, token: Option<&str>, body: Value) -> convoca_tests::ApiResponse {
    f.call(
        "POST",
        &format!("/projects/{}/milestones", f.id(0)),
        token,
        Some(body),
    )
    .await
}

#[tokio::test]
async fn the_team_evidences_milestones_and_managers_accept_them_or_send_them_back_with_a_comment() {
    let f = Funded::new("MIL", 2).await;
    let (app, manager, team, other, p) = (&f.app, f.manager(), f.team(0), f.team(1), f.id(0));
    let plan = json!({
        "title": ACTION_PLAN,
        "description": "The council adopts the open-government action plan in a public session.",
        "due_on": "2027-03-31",
    });

    let untitled = add_milestone(
        &f,
        Some(team),
        json!({"title": " ", "due_on": "2027-03-31"}),
    )
    .await;
    assert_eq!(untitled.problem(422), "/problems/validation");
    assert_eq!(untitled.error_fields(), ["title"]);
    add_milestone(&f, None, plan.clone()).await.problem(401);
    add_milestone(&f, Some(other), plan.clone())
        .await
        .problem(403);
    let added = add_milestone(&f, Some(team), plan).await;
    assert_eq!(added.status, 200, "{}", added.body);
    let by_manager = add_milestone(
        &f,
        Some(manager),
        json!({"title": "Budget published monthly", "due_on": "2027-06-30"}),
    )
    .await;
    assert_eq!(by_manager.status, 200, "{}", by_manager.body);
    let milestones = &by_manager.body["milestones"];
    assert_eq!(milestones.as_array().unwrap().len(), 2);
    assert_eq!(milestones[0]["position"], 1);
    assert_eq!(milestones[0]["title"], ACTION_PLAN);
    assert_eq!(milestones[0]["due_on"], "2027-03-31");
    assert_eq!(milestones[0]["state"], "pending");
    assert_eq!(milestones[1]["position"], 2);
    assert_eq!(milestones[1]["title"], "Budget published monthly");

    // Submitting: the team only, with evidence, on the version read.
    let milestone = app.milestone_json(p, team, 1).await;
    let submit_path = format!("/milestones/{}/submit", milestone["id"].as_str().unwrap());
    let evidence = "Council resolution 2027-14 of 12 March, adopted unanimously; minutes attached.";
    let empty = f
        .call(
            "POST",
            &submit_path,
            Some(team),
            Some(json!({"evidence": "", "version": 1})),
        )
        .await;
    assert_eq!(empty.problem(422), "/problems/validation");
    assert_eq!(empty.error_fields(), ["evidence"]);
    for token in [manager, other] {
        f.call(
            "POST",
            &submit_path,
            Some(token),
            Some(json!({"evidence": evidence, "version": 1})),
        )
        .await
        .problem(403);
    }
    let stale = f
        .call(
            "POST",
            &submit_path,
            Some(team),
            Some(json!({"evidence": evidence, "version": 0})),
        )
        .await;
    assert_eq!(stale.problem(409), "/problems/stale-version");
    let submitted = app.submit_milestone(p, team, 1, evidence).await;
    assert_eq!(submitted.status, 200, "{}", submitted.body);
    assert_eq!(submitted.body["milestones"][0]["state"], "submitted");
    assert_eq!(submitted.body["milestones"][0]["evidence"], evidence);

    // Reviewing: managers only; sending back needs a comment.
    app.review_milestone(p, team, 1, true, "")
        .await
        .problem(403);
    let silent = app.review_milestone(p, manager, 1, false, "  ").await;
    assert_eq!(silent.problem(422), "/problems/validation");
    assert_eq!(silent.error_fields(), ["comment"]);
    let comment = "Attach the signed minutes, not the draft.";
    let sent_back = app.review_milestone(p, manager, 1, false, comment).await;
    assert_eq!(sent_back.status, 200, "{}", sent_back.body);
    let seen = app.milestone_json(p, team, 1).await;
    assert_eq!(seen["state"], "changes_requested");
    assert_eq!(seen["review_comment"], comment);
    assert_eq!(seen["evidence"], evidence);

    // Neither the public nor another municipality reads the evidence or the comment.
    for token in [None, Some(other)] {
        let public = f.show(0, token).await;
        let milestone = &public["milestones"][0];
        assert_eq!(milestone["title"], ACTION_PLAN);
        assert_eq!(milestone["state"], "changes_requested");
        assert_eq!(milestone["evidence"], "");
        assert_eq!(milestone["review_comment"], Value::Null);
    }

    let again = app
        .submit_milestone(p, team, 1, "Signed minutes of the session of 12 March.")
        .await;
    assert_eq!(again.status, 200, "{}", again.body);
    let accepted = app.review_milestone(p, manager, 1, true, "").await;
    assert_eq!(accepted.status, 200, "{}", accepted.body);
    assert_eq!(accepted.body["milestones"][0]["state"], "accepted");
    assert_eq!(accepted.body["progress"], 50);
    assert_eq!(
        app.review_milestone(p, manager, 1, true, "")
            .await
            .problem(409),
        "/problems/invalid-transition"
    );
    assert_eq!(
        app.submit_milestone(p, team, 1, "Once more.")
            .await
            .problem(409),
        "/problems/invalid-transition"
    );
}

#[tokio::test]
async fn progress_reports_fall_due_every_six_months_and_are_submitted_with_figures_then_reviewed() {
    let f = Funded::new("REP", 1).await;
    let (app, manager, team, p, w) = (&f.app, f.manager(), f.team(0), f.id(0), &f.world);
    let call = f
        .call("GET", &format!("/calls/{}", w.call_id), Some(manager), None)
        .await;
    assert_eq!(call.body["reporting_cadence_months"], 6);

    // Created on the decision day for a year: a report six months in and the final one at the end.
    let view = f.show(0, Some(team)).await;
    let start = day(view["planned_start"].as_str().unwrap());
    assert_eq!(view["planned_end"], add_months(start, 12).to_string());
    assert_eq!(
        schedule(&view),
        [
            (1, add_months(start, 6).to_string(), "due".to_owned()),
            (2, add_months(start, 12).to_string(), "due".to_owned()),
        ]
    );

    // Managers set the real dates; the schedule follows, every six months from the start.
    assert_eq!(
        app.set_project_dates(p, team, "2027-01-01", "2028-12-31")
            .await
            .problem(403),
        "/problems/forbidden"
    );
    let backwards = app
        .set_project_dates(p, manager, "2027-01-01", "2026-12-31")
        .await;
    assert_eq!(backwards.problem(422), "/problems/validation");
    assert_eq!(backwards.error_fields(), ["planned_end"]);
    let stale = f
        .call(
            "PUT",
            &format!("/projects/{p}/dates"),
            Some(manager),
            Some(json!({"planned_start": "2027-01-01", "planned_end": "2028-12-31", "version": 0})),
        )
        .await;
    assert_eq!(stale.problem(409), "/problems/stale-version");
    let dated = app
        .set_project_dates(p, manager, "2027-01-01", "2028-12-31")
        .await;
    assert_eq!(dated.status, 200, "{}", dated.body);
    assert_eq!(dated.body["planned_start"], "2027-01-01");
    let due = |d: &str| (d.to_owned(), "due".to_owned());
    let dates: Vec<(String, String)> = schedule(&dated.body)
        .into_iter()
        .map(|(_, d, s)| (d, s))
        .collect();
    assert_eq!(
        dates,
        [
            due("2027-07-01"),
            due("2028-01-01"),
            due("2028-07-01"),
            due("2028-12-31")
        ]
    );

    // Two weeks before the first one, it is on the managers' list of reports due.
    app.clock.set(Some(noon("2027-06-17")));
    let listed = f.call("GET", "/reports/due", Some(manager), None).await;
    assert_eq!(listed.status, 200, "{}", listed.body);
    assert_eq!(
        listed.body,
        json!([{
            "project_id": p, "project": "Open municipality of Tunis",
            "report": {"id": dated.body["reports"][0]["id"], "number": 1, "due_on": "2027-07-01", "state": "due"},
            "overdue": false,
        }])
    );
    f.call("GET", "/reports/due", Some(team), None)
        .await
        .problem(403);

    // Submitting: the team only, with a narrative, a spending figure and numbers for the indicators.
    let bad_value = app
        .submit_report(p, team, 1, report_body(w, "12500.5", ["many", "4"]))
        .await;
    assert_eq!(bad_value.problem(422), "/problems/validation");
    assert_eq!(bad_value.error_fields(), ["indicator_values[0].value"]);
    let mut unknown = report_body(w, "12500.5", ["350", "4"]);
    unknown["indicator_values"][0]["indicator_id"] = json!(Uuid::new_v4());
    let unknown = app.submit_report(p, team, 1, unknown).await;
    assert_eq!(unknown.problem(422), "/problems/validation");
    assert_eq!(unknown.error_fields(), ["indicator_values[0].indicator_id"]);
    let mut blank = report_body(w, "twelve thousand", ["350", "4"]);
    blank["narrative"] = json!("");
    let blank = app.submit_report(p, team, 1, blank).await;
    assert_eq!(blank.problem(422), "/problems/validation");
    let mut fields = blank.error_fields();
    fields.sort();
    assert_eq!(fields, ["narrative", "spending"]);
    app.submit_report(p, manager, 1, report_body(w, "12500.5", ["350", "4"]))
        .await
        .problem(403);
    let submitted = app
        .submit_report(p, team, 1, report_body(w, "12500.5", ["350", "4.0"]))
        .await;
    assert_eq!(submitted.status, 200, "{}", submitted.body);
    let report = &submitted.body["reports"][0];
    assert_eq!(report["state"], "submitted");
    assert_eq!(report["spending"], "12500.500");
    assert_eq!(
        report["indicator_values"],
        json!([
            {"indicator_id": w.indicators[0], "value": "350"},
            {"indicator_id": w.indicators[1], "value": "4"},
        ])
    );
    assert!(report["submitted_at"].is_string());
    let listed = f.call("GET", "/reports/due", Some(manager), None).await;
    assert_eq!(listed.body, json!([]));

    // The schedule is fixed once a report is in.
    let moved = app
        .set_project_dates(p, manager, "2027-02-01", "2028-12-31")
        .await;
    assert_eq!(moved.problem(409), "/problems/conflict");

    // Reviewing: sending back needs a comment; the team answers; managers accept.
    app.review_report(p, team, 1, true, "").await.problem(403);
    let silent = app.review_report(p, manager, 1, false, "").await;
    assert_eq!(silent.error_fields(), ["comment"]);
    let comment = "Split the spending between facilitation and the platform.";
    let sent_back = app.review_report(p, manager, 1, false, comment).await;
    assert_eq!(sent_back.status, 200, "{}", sent_back.body);
    assert_eq!(sent_back.body["reports"][0]["state"], "changes_requested");
    assert_eq!(sent_back.body["reports"][0]["review_comment"], comment);
    let resubmitted = app
        .submit_report(p, team, 1, report_body(w, "12500.500", ["420", "6"]))
        .await;
    assert_eq!(resubmitted.status, 200, "{}", resubmitted.body);
    let accepted = app.review_report(p, manager, 1, true, "Clear.").await;
    assert_eq!(accepted.status, 200, "{}", accepted.body);
    assert_eq!(accepted.body["reports"][0]["state"], "accepted");
    assert_eq!(
        app.review_report(p, manager, 1, true, "")
            .await
            .problem(409),
        "/problems/invalid-transition"
    );

    // Targets: managers set them; the latest accepted values stand against them.
    let targets_path = format!("/projects/{p}/targets");
    let bad = f
        .call(
            "PUT",
            &targets_path,
            Some(manager),
            Some(json!({"targets": [{"indicator_id": w.indicators[0], "target": "-5"}]})),
        )
        .await;
    assert_eq!(bad.error_fields(), ["targets[0].target"]);
    let targets = json!({"targets": [
        {"indicator_id": w.indicators[0], "target": "1200"},
        {"indicator_id": w.indicators[1], "target": "12"},
    ]});
    f.call("PUT", &targets_path, Some(team), Some(targets.clone()))
        .await
        .problem(403);
    let set = f
        .call("PUT", &targets_path, Some(manager), Some(targets))
        .await;
    assert_eq!(set.status, 200, "{}", set.body);
    assert_eq!(
        set.body["indicators"],
        json!([
            {"indicator_id": w.indicators[0], "name": "Residents taking part in district assemblies",
             "unit": "people", "target": "1200", "latest": "420"},
            {"indicator_id": w.indicators[1], "name": "Council sessions streamed online",
             "unit": "sessions", "target": "12", "latest": "6"},
        ])
    );
}

/// The report reminders queued so far: kind, recipient and payload.
async fn reminders(app: &TestApp) -> Vec<(String, Option<Uuid>, Value)> {
    domain::notifications::pending(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|n| n.kind.name().starts_with("report-"))
        .map(|n| {
            let payload = domain::notifications::payload_of(&n).unwrap();
            (n.kind.name(), n.recipient_user_id, payload)
        })
        .collect()
}

#[tokio::test]
async fn a_report_reminder_goes_to_the_team_once_in_the_week_before_and_once_after_the_due_date() {
    use domain::projects::work::queue_report_reminders;
    let f = Funded::new("REM", 1).await;
    let (app, manager, team, p) = (&f.app, f.manager(), f.team(0), f.id(0));
    let first = &f.world.teams[0];
    let colleague = app
        .create_user(
            "treasurer@tunis.example",
            &[Role::Applicant],
            first.organisation_id,
        )
        .await;
    let dated = app
        .set_project_dates(p, manager, "2027-01-01", "2027-12-31")
        .await;
    assert_eq!(dated.status, 200, "{}", dated.body);
    assert_eq!(
        schedule(&dated.body),
        [
            (1, "2027-07-01".to_owned(), "due".to_owned()),
            (2, "2027-12-31".to_owned(), "due".to_owned()),
        ]
    );

    // Eight days before: nothing yet. Seven days before: one reminder to each of the municipality's users.
    assert_eq!(
        queue_report_reminders(&app.db, noon("2027-06-23"))
            .await
            .unwrap(),
        0
    );
    assert!(reminders(app).await.is_empty());
    assert_eq!(
        queue_report_reminders(&app.db, noon("2027-06-24"))
            .await
            .unwrap(),
        2
    );
    let payload = json!({
        "path": format!("/projects/{p}"), "project_id": p, "project": "Open municipality of Tunis",
        "report": 1, "due_on": "2027-07-01",
    });
    let mut queued = reminders(app).await;
    queued.sort_by_key(|(_, user, _)| *user);
    let mut expected = vec![
        (
            "report-due-soon".to_owned(),
            Some(first.id),
            payload.clone(),
        ),
        (
            "report-due-soon".to_owned(),
            Some(colleague.id),
            payload.clone(),
        ),
    ];
    expected.sort_by_key(|(_, user, _)| *user);
    assert_eq!(queued, expected);

    // Not again the same day, nor on the due date itself.
    for now in [noon("2027-06-24"), noon("2027-06-28"), noon("2027-07-01")] {
        assert_eq!(queue_report_reminders(&app.db, now).await.unwrap(), 0);
    }

    // The day after: overdue, once.
    assert_eq!(
        queue_report_reminders(&app.db, noon("2027-07-02"))
            .await
            .unwrap(),
        2
    );
    for now in [noon("2027-07-02"), noon("2027-08-15")] {
        assert_eq!(queue_report_reminders(&app.db, now).await.unwrap(), 0);
    }
    let queued = reminders(app).await;
    assert_eq!(queued.len(), 4);
    let overdue: Vec<_> = queued
        .iter()
        .filter(|(kind, _, _)| kind == "report-overdue")
        .collect();
    assert_eq!(overdue.len(), 2);
    assert!(overdue.iter().all(|(_, _, p)| *p == payload));

    // A report already submitted needs no reminder.
    let body = with_lessons(report_body(&f.world, "30000", ["800", "10"]));
    assert_eq!(app.submit_report(p, team, 2, body).await.status, 200);
    for now in [noon("2027-12-28"), noon("2028-01-02")] {
        assert_eq!(queue_report_reminders(&app.db, now).await.unwrap(), 0);
    }
    assert_eq!(reminders(app).await.len(), 4);
}

#[tokio::test]
async fn an_overdue_report_puts_a_project_at_risk_and_managers_terminate_with_a_reason_or_complete_after_the_final_report()
 {
    let f = Funded::new("HEA", 2).await;
    let (app, manager) = (&f.app, f.manager());
    for i in 0..2 {
        let dated = app
            .set_project_dates(f.id(i), manager, "2027-01-01", "2027-12-31")
            .await;
        assert_eq!(dated.status, 200, "{}", dated.body);
    }

    app.clock.set(Some(noon("2027-07-01")));
    for i in 0..2 {
        let view = f.show(i, None).await;
        assert_eq!(view["health"], "on_track");
        assert_eq!(view["overdue"], json!([]));
    }
    app.clock.set(Some(noon("2027-07-02")));
    let body = report_body(&f.world, "20000", ["300", "5"]);
    assert_eq!(
        app.submit_report(f.id(1), f.team(1), 1, body).await.status,
        200
    );
    let late = f.show(0, None).await;
    assert_eq!(late["health"], "at_risk");
    assert_eq!(
        late["overdue"],
        json!([{"kind": "report", "label": "1", "due_on": "2027-07-01"}])
    );
    assert_eq!(f.show(1, None).await["health"], "on_track");
    let at_risk = f
        .call("GET", "/projects?health=at_risk", Some(manager), None)
        .await;
    let ids: Vec<&Value> = at_risk
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|p| &p["id"])
        .collect();
    assert_eq!(ids, [&json!(f.id(0))]);
    let portfolio = f.call("GET", "/portfolio", None, None).await;
    assert_eq!(
        portfolio.body["by_health"],
        json!([{"health": "at_risk", "projects": 1}, {"health": "on_track", "projects": 1}])
    );

    // Terminating: managers, with a reason.
    let terminate_path = format!("/projects/{}/terminate", f.id(0));
    let version = f.show(0, Some(manager)).await["version"].clone();
    let unexplained = f
        .call(
            "POST",
            &terminate_path,
            Some(manager),
            Some(json!({"reason": " ", "version": version})),
        )
        .await;
    assert_eq!(unexplained.problem(422), "/problems/validation");
    assert_eq!(unexplained.error_fields(), ["reason"]);
    let reason = "The municipal council was dissolved; no report for eight months.";
    f.call(
        "POST",
        &terminate_path,
        Some(f.team(0)),
        Some(json!({"reason": reason, "version": version})),
    )
    .await
    .problem(403);
    let terminated = f
        .call(
            "POST",
            &terminate_path,
            Some(manager),
            Some(json!({"reason": reason, "version": version})),
        )
        .await;
    assert_eq!(terminated.status, 200, "{}", terminated.body);
    assert_eq!(terminated.body["status"], "terminated");
    assert_eq!(terminated.body["health"], "terminated");
    assert_eq!(terminated.body["termination_reason"], reason);
    assert_eq!(
        app.sign_project(f.id(0), manager, "2027-07-03")
            .await
            .problem(409),
        "/problems/conflict"
    );
    app.submit_report(
        f.id(0),
        f.team(0),
        1,
        report_body(&f.world, "1", ["1", "1"]),
    )
    .await
    .problem(409);

    // Completing: once the final report is accepted.
    let complete_path = format!("/projects/{}/complete", f.id(1));
    let complete = |version: Value| {
        f.call(
            "POST",
            &complete_path,
            Some(manager),
            Some(json!({ "version": version })),
        )
    };
    let version = f.show(1, Some(manager)).await["version"].clone();
    assert_eq!(
        complete(version.clone()).await.problem(409),
        "/problems/conflict"
    );
    let body = with_lessons(report_body(&f.world, "41000.250", ["900", "12"]));
    assert_eq!(
        app.submit_report(f.id(1), f.team(1), 2, body).await.status,
        200
    );
    complete(version.clone()).await.problem(409);
    assert_eq!(
        app.review_report(f.id(1), manager, 2, true, "")
            .await
            .status,
        200
    );
    // ... and every tranche is paid, since nothing can be paid once the project is closed.
    let refused = complete(version.clone()).await;
    refused.problem(409);
    assert!(
        refused.body["detail"]
            .as_str()
            .is_some_and(|d| d.contains("3 tranches are not paid yet")),
        "{}",
        refused.body
    );
    assert_eq!(
        app.review_report(f.id(1), manager, 1, true, "")
            .await
            .status,
        200
    );
    assert_eq!(
        app.sign_project(f.id(1), manager, "2027-01-04")
            .await
            .status,
        200
    );
    for position in 1..=3 {
        let released = app.release_tranche(f.id(1), manager, position).await;
        assert_eq!(released.status, 200, "{}", released.body);
        let paid = app
            .pay_tranche(f.id(1), manager, position, "2027-08-01")
            .await;
        assert_eq!(paid.status, 200, "{}", paid.body);
    }
    let version = f.show(1, Some(manager)).await["version"].clone();
    let completed = complete(version).await;
    assert_eq!(completed.status, 200, "{}", completed.body);
    assert_eq!(completed.body["status"], "completed");
    assert_eq!(completed.body["health"], "completed");
}

#[tokio::test]
async fn the_team_asks_for_technical_assistance_a_manager_assigns_an_expert_who_resolves_it_with_a_note()
 {
    let f = Funded::new("TAS", 2).await;
    let (app, manager, team, p) = (&f.app, f.manager(), f.team(0), f.id(0));
    let (expert, expert_token) = app
        .user_with_token("open.data@experts.example", &[Role::Reviewer])
        .await;
    let (_, bystander) = app
        .user_with_token("bystander@experts.example", &[Role::Reviewer])
        .await;
    let ask_path = format!("/projects/{p}/assistance");
    let request = json!({
        "topic": "Open budget data portal",
        "description": "We need help choosing a format for publishing the budget every month.",
    });

    let untopical = f
        .call(
            "POST",
            &ask_path,
            Some(team),
            Some(json!({"topic": "", "description": "Help."})),
        )
        .await;
    assert_eq!(untopical.problem(422), "/problems/validation");
    assert_eq!(untopical.error_fields(), ["topic"]);
    for token in [manager, f.team(1)] {
        f.call("POST", &ask_path, Some(token), Some(request.clone()))
            .await
            .problem(403);
    }
    let asked = f.call("POST", &ask_path, Some(team), Some(request)).await;
    assert_eq!(asked.status, 200, "{}", asked.body);
    let asked = &asked.body["assistance"][0];
    assert_eq!(asked["state"], "open");
    assert_eq!(asked["expert_id"], Value::Null);
    let id = asked["id"].as_str().unwrap().to_owned();
    let assign_path = format!("/assistance/{id}/assign");
    let resolve_path = format!("/assistance/{id}/resolve");

    // Assigning: managers, to an active user.
    let nobody = f
        .call(
            "POST",
            &assign_path,
            Some(manager),
            Some(json!({"expert_id": Uuid::new_v4(), "version": 1})),
        )
        .await;
    assert_eq!(nobody.problem(422), "/problems/validation");
    assert_eq!(nobody.error_fields(), ["expert_id"]);
    let assignment =
        json!({"expert_id": expert.id, "note": "Salma ran the Sfax portal.", "version": 1});
    f.call("POST", &assign_path, Some(team), Some(assignment.clone()))
        .await
        .problem(403);
    let assigned = f
        .call("POST", &assign_path, Some(manager), Some(assignment))
        .await;
    assert_eq!(assigned.status, 200, "{}", assigned.body);
    assert_eq!(assigned.body["state"], "assigned");
    assert_eq!(assigned.body["expert_id"], json!(expert.id));
    assert_eq!(assigned.body["version"], 2);
    let mine = f
        .call("GET", "/assistance", Some(&expert_token), None)
        .await;
    assert_eq!(mine.status, 200, "{}", mine.body);
    assert_eq!(mine.body.as_array().unwrap().len(), 1);
    assert_eq!(mine.body[0]["id"], json!(id));
    assert_eq!(mine.body[0]["topic"], "Open budget data portal");
    let theirs = f.call("GET", "/assistance", Some(&bystander), None).await;
    assert_eq!(theirs.body, json!([]));

    // Resolving: the expert (or a manager), with a note; nobody else.
    let note = "Publish CSV under the Open Fiscal Data Package; template shared with the team.";
    f.call(
        "POST",
        &resolve_path,
        Some(&bystander),
        Some(json!({"note": note, "version": 2})),
    )
    .await
    .problem(403);
    let mute = f
        .call(
            "POST",
            &resolve_path,
            Some(&expert_token),
            Some(json!({"note": "", "version": 2})),
        )
        .await;
    assert_eq!(mute.problem(422), "/problems/validation");
    assert_eq!(mute.error_fields(), ["note"]);
    let stale = f
        .call(
            "POST",
            &resolve_path,
            Some(&expert_token),
            Some(json!({"note": note, "version": 1})),
        )
        .await;
    assert_eq!(stale.problem(409), "/problems/stale-version");
    let resolved = f
        .call(
            "POST",
            &resolve_path,
            Some(&expert_token),
            Some(json!({"note": note, "version": 2})),
        )
        .await;
    assert_eq!(resolved.status, 200, "{}", resolved.body);
    assert_eq!(resolved.body["state"], "resolved");
    let notes: Vec<(&Value, &Value)> = resolved.body["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (&n["by"], &n["text"]))
        .collect();
    assert_eq!(
        notes,
        [
            (
                &json!(f.world.manager.id),
                &json!("Salma ran the Sfax portal.")
            ),
            (&json!(expert.id), &json!(note)),
        ]
    );
    assert_eq!(
        f.call(
            "POST",
            &resolve_path,
            Some(&expert_token),
            Some(json!({"note": note, "version": 3})),
        )
        .await
        .problem(409),
        "/problems/invalid-transition"
    );

    // The team follows it on its project; the public does not see it.
    let own = f.show(0, Some(team)).await;
    assert_eq!(own["assistance"][0]["state"], "resolved");
    assert_eq!(own["assistance"][0]["notes"].as_array().unwrap().len(), 2);
    assert_eq!(f.show(0, None).await["assistance"], json!([]));
}

#[tokio::test]
async fn a_project_is_public_once_the_results_are_but_never_its_evidence_narratives_spending_comments_or_assistance()
 {
    let mut spec = FundedSpec::tunisian("PUB", 2);
    spec.template = Some(vec![
        template_line("40", "signature"),
        milestone_line("40", ACTION_PLAN, 3),
        template_line("20", "final_report"),
    ]);
    spec.publish = false;
    let f = Funded::with(spec).await;
    let (app, manager, team, other, p) = (&f.app, f.manager(), f.team(0), f.team(1), f.id(0));
    let (_, reviewer) = app
        .user_with_token("reviewer@public.example", &[Role::Reviewer])
        .await;

    // Before the results are published: the team and managers only.
    for token in [None, Some(other), Some(reviewer.as_str())] {
        let hidden = f.call("GET", &format!("/projects/{p}"), token, None).await;
        assert_eq!(hidden.problem(404), "/problems/not-found");
    }
    assert_eq!(f.call("GET", "/projects", None, None).await.body, json!([]));
    let own = f.call("GET", "/projects", Some(team), None).await;
    let own_ids: Vec<&Value> = own
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|p| &p["id"])
        .collect();
    assert_eq!(own_ids, [&json!(p)]);
    let milestone = app.milestone_json(p, team, 1).await;
    f.call(
        "POST",
        &format!("/milestones/{}/submit", milestone["id"].as_str().unwrap()),
        Some(other),
        Some(json!({"evidence": "Not ours.", "version": 1})),
    )
    .await
    .problem(404);

    // Work goes on meanwhile: a payment, evidence sent back with a comment, an accepted report, a request.
    assert_eq!(app.sign_project(p, manager, "2027-01-05").await.status, 200);
    assert_eq!(app.release_tranche(p, manager, 1).await.status, 200);
    assert_eq!(
        app.pay_tranche(p, manager, 1, "2027-01-20").await.status,
        200
    );
    let evidence = "Draft resolution circulated to the councillors.";
    assert_eq!(app.submit_milestone(p, team, 1, evidence).await.status, 200);
    let comment = "A draft is not an adoption.";
    assert_eq!(
        app.review_milestone(p, manager, 1, false, comment)
            .await
            .status,
        200
    );
    let body = report_body(&f.world, "12500.500", ["350", "4"]);
    assert_eq!(app.submit_report(p, team, 1, body).await.status, 200);
    assert_eq!(
        app.review_report(p, manager, 1, true, "Well documented.")
            .await
            .status,
        200
    );
    let asked = f
        .call(
            "POST",
            &format!("/projects/{p}/assistance"),
            Some(team),
            Some(json!({"topic": "Streaming council sessions", "description": "Which platform?"})),
        )
        .await;
    assert_eq!(asked.status, 200, "{}", asked.body);

    let published = f
        .call(
            "POST",
            &format!("/calls/{}/results/publish", f.world.call_id),
            Some(manager),
            None,
        )
        .await;
    assert_eq!(published.status, 200, "{}", published.body);

    for token in [None, Some(other), Some(reviewer.as_str())] {
        let public = f.show(0, token).await;
        assert_eq!(public["title"], "Open municipality of Tunis");
        assert_eq!(public["lead"], "Municipality of Tunis");
        assert_eq!(public["subdivision"], "TN-11");
        assert_eq!(public["awarded"], "48250.750");
        assert_eq!(public["disbursed"], "19300.300");
        assert_eq!(amounts(&public), ["19300.300", "19300.300", "9650.150"]);
        let milestone = &public["milestones"][0];
        assert_eq!(milestone["title"], ACTION_PLAN);
        assert_eq!(milestone["state"], "changes_requested");
        assert_eq!(milestone["evidence"], "");
        assert_eq!(milestone["review_comment"], Value::Null);
        let report = &public["reports"][0];
        assert_eq!(report["state"], "accepted");
        assert_eq!(report["narrative"], "");
        assert_eq!(report["spending"], Value::Null);
        assert_eq!(report["indicator_values"], json!([]));
        assert_eq!(report["review_comment"], Value::Null);
        assert_eq!(public["assistance"], json!([]));
    }
    let full = f.show(0, Some(team)).await;
    assert_eq!(full["milestones"][0]["evidence"], evidence);
    assert_eq!(full["milestones"][0]["review_comment"], comment);
    assert_eq!(full["reports"][0]["spending"], "12500.500");
    assert_eq!(full["reports"][0]["review_comment"], "Well documented.");
    assert!(
        full["reports"][0]["narrative"]
            .as_str()
            .unwrap()
            .starts_with("Four district assemblies")
    );
    assert_eq!(full["assistance"].as_array().unwrap().len(), 1);
    let listed = f.call("GET", "/projects", None, None).await;
    assert_eq!(listed.body.as_array().unwrap().len(), 2);
    // The municipality is still another organisation's: public view, but no work on it.
    f.call(
        "POST",
        &format!("/milestones/{}/submit", milestone["id"].as_str().unwrap()),
        Some(other),
        Some(json!({"evidence": "Not ours.", "version": 3})),
    )
    .await
    .problem(403);
}

const GRANT_SCHEMA_URL: &str = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json";

fn schema(name: &str) -> Value {
    let path = format!("{}/../../shared/schemas/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("parsing {path}: {e}"))
}

/// Every error of `package` against the 360Giving package schema, the grant schema resolved from the local
/// file under the URL the package schema refers to (offline: no reference is fetched).
fn giving_errors(package: &Value) -> Vec<String> {
    let registry = jsonschema::Registry::new()
        .add(GRANT_SCHEMA_URL, schema("360-giving-schema.json"))
        .expect("the grant schema's URL is valid")
        .prepare()
        .expect("the registry resolves without the network");
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .with_registry(&registry)
        .offline()
        .should_validate_formats(true)
        .build(&schema("360-giving-package-schema.json"))
        .expect("the package schema compiles with the grant schema resolved locally");
    validator
        .iter_errors(package)
        .map(|error| format!("{}: {error}", error.instance_path()))
        .collect()
}

/// A CSV export: status and rows (the header first).
async fn csv_rows(app: &TestApp, path: &str) -> (u16, Vec<Vec<String>>) {
    let response = app
        .client
        .get(app.url(&format!("/api/v1{path}")))
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    let all = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (status, all)
}

#[tokio::test]
async fn the_360giving_package_and_the_csv_exports_show_published_awards_and_what_was_paid() {
    let f = Funded::new("GIV", 2).await;
    let (app, manager, p) = (&f.app, f.manager(), f.id(0));
    let hidden_spec = FundedSpec {
        applicants: vec![ApplicantSpec::new(
            MUNICIPALITIES[3].0,
            MUNICIPALITIES[3].1,
            MUNICIPALITIES[3].2,
            vec![vec![4], vec![4]],
        )],
        publish: false,
        ..FundedSpec::tunisian("HID", 0)
    };
    let hidden = app.funded_world(&f.world.manager, &hidden_spec).await;
    for (project, paid_on) in [(p, "2027-01-20"), (hidden.projects[0], "2027-01-21")] {
        assert_eq!(
            app.sign_project(project, manager, "2027-01-05")
                .await
                .status,
            200
        );
        assert_eq!(app.release_tranche(project, manager, 1).await.status, 200);
        assert_eq!(
            app.pay_tranche(project, manager, 1, paid_on).await.status,
            200
        );
    }
    let reference = |i: usize| {
        let application = f.world.selection.applications[i];
        async move {
            let shown = app
                .api(
                    "GET",
                    &format!("/applications/{application}"),
                    Some(manager),
                    None,
                )
                .await;
            shown.body["reference"].as_str().unwrap().to_owned()
        }
    };
    let (tunis, sfax) = (reference(0).await, reference(1).await);

    let package = f.call("GET", "/open-data/360giving.json", None, None).await;
    assert_eq!(package.status, 200, "{}", package.body);
    let errors = giving_errors(&package.body);
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    // The validator is not vacuous: a grant without its award is refused.
    let mut broken = package.body.clone();
    broken["grants"][0]
        .as_object_mut()
        .unwrap()
        .remove("amountAwarded");
    assert!(!giving_errors(&broken).is_empty());
    let grants = &package.body["grants"];
    assert_eq!(grants.as_array().unwrap().len(), 2, "{grants}");
    let grant = find(grants, "id", &json!(format!("360G-convoca-{tunis}")));
    assert_eq!(grant["title"], "Open municipality of Tunis");
    assert_eq!(grant["currency"], "TND");
    assert_eq!(grant["amountAwarded"], json!(48250.75));
    assert_eq!(grant["amountAppliedFor"], json!(48250.75));
    assert_eq!(grant["amountDisbursed"], json!(19300.3));
    assert_eq!(
        grant["disbursementTransaction"],
        json!([{
            "id": format!("360G-convoca-{tunis}-tranche-1"), "value": 19300.3, "transactionDate": "2027-01-20",
        }])
    );
    assert_eq!(
        grant["recipientOrganization"][0]["name"],
        "Municipality of Tunis"
    );
    assert_eq!(grant["beneficiaryLocation"][0]["geoCode"], "TN-11");
    let grant = find(grants, "id", &json!(format!("360G-convoca-{sfax}")));
    assert_eq!(grant["amountAwarded"], json!(52000));
    assert_eq!(grant["amountDisbursed"], json!(0));
    assert_eq!(grant.get("disbursementTransaction"), None);
    assert!(
        !package.body.to_string().contains("Kairouan"),
        "an unpublished call's project is not open data"
    );

    let (status, rows) = csv_rows(app, "/open-data/projects.csv").await;
    assert_eq!(status, 200);
    assert_eq!(
        rows[0],
        [
            "project_id",
            "reference",
            "title",
            "call",
            "lead_organisation",
            "country",
            "country_name",
            "subdivision",
            "subdivision_name",
            "currency",
            "awarded",
            "disbursed",
            "planned_start",
            "planned_end",
            "status"
        ]
    );
    assert_eq!(rows.len(), 3, "{rows:?}");
    let tunis_row = rows.iter().find(|r| r[1] == tunis).unwrap();
    assert_eq!(tunis_row[0], p.to_string());
    assert_eq!(tunis_row[2], "Open municipality of Tunis");
    assert_eq!(tunis_row[3], "GIV");
    assert_eq!(
        tunis_row[4..12],
        [
            "Municipality of Tunis",
            "TN",
            "Tunisia",
            "TN-11",
            "Tunis",
            "TND",
            "48250.750",
            "19300.300"
        ]
    );
    assert_eq!(tunis_row[14], "active");
    let sfax_row = rows.iter().find(|r| r[1] == sfax).unwrap();
    assert_eq!(sfax_row[10..12], ["52000.000", "0.000"]);

    let (status, rows) = csv_rows(app, "/open-data/disbursements.csv").await;
    assert_eq!(status, 200);
    assert_eq!(
        rows,
        [
            [
                "project_id",
                "reference",
                "tranche",
                "paid_on",
                "currency",
                "amount"
            ]
            .map(str::to_owned)
            .to_vec(),
            [
                p.to_string(),
                tunis,
                "1".into(),
                "2027-01-20".into(),
                "TND".into(),
                "19300.300".into()
            ]
            .to_vec(),
        ]
    );
}

#[tokio::test]
async fn two_servers_running_the_report_reminders_at_once_queue_each_once() {
    use domain::projects::work::queue_report_reminders;
    let f = Funded::new("REM", 1).await;
    let (app, manager, p) = (&f.app, f.manager(), f.id(0));
    let dated = app
        .set_project_dates(p, manager, "2027-01-01", "2027-12-31")
        .await;
    assert_eq!(dated.status, 200, "{}", dated.body);
    // Both servers' hourly runs at once, a week before the first report is due, then the day after it.
    for (day, kind) in [
        ("2027-06-24", "report-due-soon"),
        ("2027-07-02", "report-overdue"),
    ] {
        let (one, two) = tokio::join!(
            queue_report_reminders(&app.db, noon(day)),
            queue_report_reminders(&app.db, noon(day))
        );
        assert_eq!(
            one.unwrap() + two.unwrap(),
            1,
            "{day}: one team member, once"
        );
        let of_kind = reminders(app)
            .await
            .into_iter()
            .filter(|(k, _, _)| k == kind)
            .count();
        assert_eq!(of_kind, 1, "{kind}");
    }
}
