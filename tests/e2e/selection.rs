//! Selection through the JSON API: the board's figures (the mean per criterion, the weighted total, the spread
//! and the disagreement flag), the chair's consensus scores, managers' overrides and their justification,
//! finalising, and the results: hidden until published, then public with their reasons, as CSV too, and each
//! applicant's own feedback without reviewer names.

use convoca_tests::selection::{ApplicantSpec, SeatSpec, SelectionSpec, SelectionWorld, criterion};
use convoca_tests::{ApiResponse, TestApp, spawn_app, spawn_app_configured};
use domain::Role;
use domain::accounts::User;
use serde_json::{Value, json};
use uuid::Uuid;

/// The governorates of the six municipalities, in the order they apply (references 0001 to 0006).
const MUNICIPALITIES: [(&str, &str); 6] = [
    ("Ariana", "TN-12"),
    ("Ben Arous", "TN-13"),
    ("Manouba", "TN-14"),
    ("Zaghouan", "TN-22"),
    ("Siliana", "TN-34"),
    ("Sidi Bouzid", "TN-43"),
];

/// The two reviews of each application on Citizen participation (max 5, weight 2), Transparency (max 10,
/// weight 1) and Feasibility (max 5, weight 1). The total is 100 * (2*s1/5 + s2/10 + s3/5) / 4
/// = 2.5 * (4*s1 + s2 + 2*s3) on the means:
/// - 0: means (3, 7, 4): 2.5 * (12 + 7 + 8) = 67.5; the reviewers' own totals 2.5 * 28 = 70 and 2.5 * 26 = 65;
/// - 1: (5, 10, 5): 2.5 * 40 = 100;
/// - 2: (1, 2, 1): 2.5 * 8 = 20;
/// - 3: (3, 5, 3): 2.5 * 23 = 57.5;
/// - 4: (4, 8, 4): 2.5 * 32 = 80;
/// - 5: (2, 4, 2): 2.5 * 16 = 40.
///
/// So the ranking is 1, 4, 0, 3, 5, 2; with 5 slots and every request 5000 TND, application 2 is waitlisted
/// for slots.
const SCORES: [[[i64; 3]; 2]; 6] = [
    [[4, 6, 3], [2, 8, 5]],
    [[5, 10, 5], [5, 10, 5]],
    [[1, 2, 1], [1, 2, 1]],
    [[3, 5, 3], [3, 5, 3]],
    [[4, 8, 4], [4, 8, 4]],
    [[2, 4, 2], [2, 4, 2]],
];

const SEED: &str = "selection-api-seed";
const CHAIR: &str = "Amira Ben Salah";
const MEMBER: &str = "Mohamed Jaziri";

fn spec() -> SelectionSpec {
    SelectionSpec {
        programme: "OGP Local Tunisia".into(),
        code: "TUN".into(),
        total_budget: "100000".into(),
        min_award: "1000".into(),
        max_award: "20000".into(),
        max_awards: 5,
        min_reviews: 2,
        min_total_score: None,
        tie_break: vec![],
        quotas: vec![],
        criteria: vec![
            criterion("Citizen participation", "2", 5, None),
            criterion("Transparency", "1", 10, None),
            criterion("Feasibility", "1", 5, None),
        ],
        committee: vec![
            SeatSpec::new(CHAIR, "civil_society"),
            SeatSpec::new(MEMBER, "government"),
        ],
        applicants: MUNICIPALITIES
            .iter()
            .zip(SCORES)
            .map(|((name, subdivision), reviews)| {
                ApplicantSpec::new(name, subdivision, "5000", reviews.map(Vec::from).to_vec())
            })
            .collect(),
        seed: Some(SEED.into()),
    }
}

/// The six applications scored, with tokens for the manager, the chair, the other member and every team.
struct Scored {
    app: TestApp,
    world: SelectionWorld,
    manager_user: User,
    manager: String,
    chair: String,
    member: String,
    teams: Vec<String>,
}

impl Scored {
    async fn new() -> Scored {
        Self::with(spec()).await
    }

    async fn with(spec: SelectionSpec) -> Scored {
        Self::on(spawn_app().await, spec).await
    }

    async fn on(app: TestApp, spec: SelectionSpec) -> Scored {
        let (manager_user, manager) = app
            .user_with_token("manager@selection.example", &[Role::Manager])
            .await;
        let world = app.selection_world(&manager_user, &spec).await;
        let chair = app.token_for(&world.members[0]).await;
        let member = app.token_for(&world.members[1]).await;
        let mut teams = Vec::new();
        for team in &world.teams {
            teams.push(app.token_for(team).await);
        }
        Scored {
            app,
            world,
            manager_user,
            manager,
            chair,
            member,
            teams,
        }
    }

    fn call(&self) -> Uuid {
        self.world.call.call.id
    }

    fn id(&self, i: usize) -> Uuid {
        self.world.applications[i]
    }

    fn criterion(&self, i: usize) -> Uuid {
        self.world.call.criteria[i].id
    }

    async fn board(&self, token: &str) -> Value {
        let board = self
            .app
            .api(
                "GET",
                &format!("/calls/{}/selection", self.call()),
                Some(token),
                None,
            )
            .await;
        assert_eq!(board.status, 200, "{}", board.body);
        board.body
    }

    /// The applications in the board's order, as indexes into the spec.
    async fn order(&self) -> Vec<usize> {
        let board = self.board(&self.manager).await;
        board["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                self.world
                    .applications
                    .iter()
                    .position(|id| r["application_id"] == id.to_string())
                    .unwrap()
            })
            .collect()
    }

    async fn consensus(&self, token: &str, i: usize, scores: Value) -> ApiResponse {
        self.app
            .api(
                "PUT",
                &format!("/applications/{}/consensus", self.id(i)),
                Some(token),
                Some(json!({ "scores": scores })),
            )
            .await
    }

    async fn override_(&self, i: usize, body: Value) -> ApiResponse {
        self.app
            .api(
                "PUT",
                &format!("/applications/{}/decision", self.id(i)),
                Some(&self.manager),
                Some(body),
            )
            .await
    }

    async fn finalise(&self) -> ApiResponse {
        let version = self.board(&self.manager).await["call_version"].clone();
        self.app
            .api(
                "POST",
                &format!("/calls/{}/selection/finalise", self.call()),
                Some(&self.manager),
                Some(json!({ "version": version })),
            )
            .await
    }

    /// Closes scoring as `token`, with the call's current version.
    async fn close_scoring(&self, token: &str) -> ApiResponse {
        let version = self.board(&self.manager).await["call_version"].clone();
        self.app
            .api(
                "POST",
                &format!("/calls/{}/scoring/close", self.call()),
                Some(token),
                Some(json!({ "version": version })),
            )
            .await
    }

    /// The audit entries about the call, oldest first: action and summary.
    async fn call_audit(&self) -> Vec<(String, String)> {
        let entries = self
            .app
            .api(
                "GET",
                &format!(
                    "/audit?subject_type=call&subject_id={}&limit=200",
                    self.call()
                ),
                Some(&self.manager),
                None,
            )
            .await;
        assert_eq!(entries.status, 200, "{}", entries.body);
        let mut entries: Vec<(String, String)> = entries.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["action"].as_str().unwrap().to_owned(),
                    e["summary"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        entries.reverse();
        entries
    }

    /// The call's stored lottery seed, as drawn when reviewing started.
    async fn stored_seed(&self) -> String {
        domain::calls::service::get(
            &self.app.db,
            Some(&TestApp::actor(&self.manager_user)),
            self.call(),
        )
        .await
        .unwrap()
        .call
        .lottery_seed
        .expect("a seed is drawn when reviewing starts")
    }

    async fn publish(&self) -> ApiResponse {
        self.app
            .api(
                "POST",
                &format!("/calls/{}/results/publish", self.call()),
                Some(&self.manager),
                None,
            )
            .await
    }

    async fn results(&self, token: Option<&str>) -> ApiResponse {
        self.app
            .api(
                "GET",
                &format!("/calls/{}/results", self.call()),
                token,
                None,
            )
            .await
    }

    /// The CSV results: status and body text.
    async fn results_csv(&self, token: Option<&str>) -> (u16, String, String) {
        let mut request = self.app.client.get(
            self.app
                .url(&format!("/api/v1/calls/{}/results.csv", self.call())),
        );
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        (status, content_type, response.text().await.unwrap())
    }

    async fn feedback(&self, token: &str, i: usize) -> ApiResponse {
        self.app
            .api(
                "GET",
                &format!("/applications/{}/feedback", self.id(i)),
                Some(token),
                None,
            )
            .await
    }

    async fn state_of(&self, i: usize) -> Value {
        let view = self
            .app
            .api(
                "GET",
                &format!("/applications/{}", self.id(i)),
                Some(&self.manager),
                None,
            )
            .await;
        assert_eq!(view.status, 200, "{}", view.body);
        view.body["state"].clone()
    }

    async fn call_state(&self) -> Value {
        let call = self
            .app
            .api(
                "GET",
                &format!("/calls/{}", self.call()),
                Some(&self.manager),
                None,
            )
            .await;
        call.body["state"].clone()
    }
}

/// The board's row of an application.
fn row(board: &Value, id: Uuid) -> &Value {
    board["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["application_id"] == id.to_string())
        .unwrap_or_else(|| panic!("{id} is on the board: {board}"))
}

/// One field of every criterion's figures.
fn per_criterion(figures: &Value, field: &str) -> Vec<Value> {
    figures["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c[field].clone())
        .collect()
}

/// A decimal string without trailing zeros, so that a figure is compared by its exact value whatever scale the
/// division left it with ("67.50" is 67.5).
fn exact(value: &Value) -> String {
    let text = value
        .as_str()
        .unwrap_or_else(|| panic!("{value} is a decimal string"));
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text.to_owned()
    }
}

/// [`exact`] of one decimal field of every criterion's figures.
fn exact_per_criterion(figures: &Value, field: &str) -> Vec<String> {
    per_criterion(figures, field).iter().map(exact).collect()
}

/// A decimal string as a number, for figures whose last digits are an artefact of the square root.
fn number(value: &Value) -> f64 {
    value
        .as_str()
        .unwrap_or_else(|| panic!("{value} is a decimal string"))
        .parse()
        .unwrap()
}

#[tokio::test]
async fn the_board_shows_the_mean_per_criterion_the_weighted_total_and_the_spread_flagged_from_the_threshold()
 {
    let s = Scored::new().await;
    let board = s.board(&s.manager).await;
    assert_eq!(board["state"], "reviewing");
    assert_eq!(board["aggregation"], "mean");
    // Scoring is open: the seed is sealed, only its commitment shows.
    assert_eq!(board["lottery_seed"], Value::Null);
    assert_eq!(
        board["lottery_commitment"],
        domain::selection::lottery::commitment(SEED)
    );
    assert_eq!(board["scoring_closed_at"], Value::Null);
    assert_eq!(board["disagreement_threshold"], Value::Null);

    // Application 0: the reviewers gave (4, 6, 3) and (2, 8, 5).
    let first = row(&board, s.id(0));
    let figures = &first["figures"];
    assert_eq!(exact_per_criterion(figures, "aggregate"), ["3", "7", "4"]);
    assert_eq!(
        per_criterion(figures, "ranked"),
        per_criterion(figures, "aggregate")
    );
    assert_eq!(
        per_criterion(figures, "consensus"),
        [Value::Null, Value::Null, Value::Null]
    );
    // 100 * (2*3/5 + 7/10 + 4/5) / 4 = 100 * 2.7 / 4.
    assert_eq!(exact(&figures["total"]), "67.5");
    assert_eq!(exact(&figures["ranked_total"]), "67.5");
    assert_eq!(exact_per_criterion(figures, "range"), ["2", "2", "2"]);
    for std_dev in per_criterion(figures, "std_dev") {
        assert_eq!(number(&std_dev), 1.0);
    }
    // The reviewers' own totals are 70 and 65.
    assert_eq!(exact(&figures["total_range"]), "5");
    assert_eq!(number(&figures["total_std_dev"]), 2.5);
    assert_eq!(figures["flagged"], false);
    assert_eq!(first["reviews"], 2);
    assert_eq!(first["rank"], 3);
    assert_eq!(first["proposed_outcome"], "selected");
    assert_eq!(first["proposed_reason"], "ranked");
    // Unanimous reviewers: no spread.
    let unanimous = &row(&board, s.id(1))["figures"];
    assert_eq!(exact(&unanimous["total"]), "100");
    assert_eq!(exact(&unanimous["total_range"]), "0");
    assert_eq!(s.order().await, [1, 4, 0, 3, 5, 2]);
    let last = row(&board, s.id(2));
    assert_eq!(exact(&last["figures"]["total"]), "20");
    assert_eq!(last["rank"], 6);
    assert_eq!(last["proposed_outcome"], "waitlisted");
    assert_eq!(last["proposed_reason"], "slots");
    assert_eq!(
        last["proposed_reason_text"],
        "Waitlisted: every slot is taken."
    );
    assert_eq!(board["selected"], 5);
    assert_eq!(board["awarded"], "25000.000");
    assert_eq!(board["problems"], json!([]));

    // A criterion's spread counts as 100 * range / max: 40 points on the two criteria out of 5, 20 on
    // Transparency (out of 10). At a threshold of 40 the first two reach it...
    let scoring = |threshold: &str, aggregation: &str, version: &Value| {
        json!({
            "aggregation": aggregation, "normalise_scores": false,
            "disagreement_threshold": threshold, "version": version,
        })
    };
    let path = format!("/calls/{}/scoring", s.call());
    let set = s
        .app
        .api(
            "PUT",
            &path,
            Some(&s.manager),
            Some(scoring("40", "mean", &board["call_version"])),
        )
        .await;
    assert_eq!(set.status, 200, "{}", set.body);
    assert_eq!(set.body["disagreement_threshold"], "40");
    let board = s.board(&s.manager).await;
    let figures = &row(&board, s.id(0))["figures"];
    assert_eq!(
        per_criterion(figures, "flagged"),
        [json!(true), json!(false), json!(true)]
    );
    assert_eq!(figures["flagged"], true);
    assert_eq!(row(&board, s.id(1))["figures"]["flagged"], false);

    // ... and just above it nothing does (the total's range is 5).
    let set = s
        .app
        .api(
            "PUT",
            &path,
            Some(&s.manager),
            Some(scoring("40.5", "mean", &board["call_version"])),
        )
        .await;
    assert_eq!(set.status, 200, "{}", set.body);
    let board = s.board(&s.manager).await;
    let figures = &row(&board, s.id(0))["figures"];
    assert_eq!(
        per_criterion(figures, "flagged"),
        [json!(false), json!(false), json!(false)]
    );
    assert_eq!(figures["flagged"], false);

    // The method is a published rule, frozen once the call opened; thresholds lie between 0 and 100.
    let version = &board["call_version"];
    let frozen = s
        .app
        .api(
            "PUT",
            &path,
            Some(&s.manager),
            Some(scoring("40", "median", version)),
        )
        .await;
    assert_eq!(frozen.problem(409), "/problems/conflict");
    for bad in ["101", "-1", "forty"] {
        let refused = s
            .app
            .api(
                "PUT",
                &path,
                Some(&s.manager),
                Some(scoring(bad, "mean", version)),
            )
            .await;
        assert_eq!(refused.problem(422), "/problems/validation", "{bad}");
        assert_eq!(refused.error_fields(), ["disagreement_threshold"], "{bad}");
    }
    let stale = s
        .app
        .api(
            "PUT",
            &path,
            Some(&s.manager),
            Some(scoring("30", "mean", &json!(1))),
        )
        .await;
    assert_eq!(stale.problem(409), "/problems/stale-version");
    assert_eq!(s.board(&s.manager).await["aggregation"], "mean");

    // The chair sees the board; another member does not.
    s.board(&s.chair).await;
    let member = s
        .app
        .api(
            "GET",
            &format!("/calls/{}/selection", s.call()),
            Some(&s.member),
            None,
        )
        .await;
    member.problem(403);
}

#[tokio::test]
async fn only_the_chair_records_consensus_scores_which_then_rank_instead_of_the_aggregate() {
    let s = Scored::new().await;
    let audit = s.app.audit_count().await;
    let agreed = json!([
        {"criterion_id": s.criterion(0), "score": 5, "rationale": "The district assemblies already meet monthly."},
        {"criterion_id": s.criterion(1), "score": 9, "rationale": "The budget is published online since 2024."},
    ]);

    // Managers and the members who reviewed it are told why; applicants do not learn that the application
    // exists.
    for caller in [&s.manager, &s.member] {
        let refused = s.consensus(caller, 2, agreed.clone()).await;
        assert_eq!(refused.problem(403), "/problems/forbidden");
        assert_eq!(
            refused.body["detail"],
            "Only the committee's chair records consensus scores."
        );
    }
    s.consensus(&s.teams[2], 2, agreed.clone())
        .await
        .problem(404);

    // Every score needs its rationale and must lie within the criterion's range.
    let unexplained = s
        .consensus(
            &s.chair,
            2,
            json!([{"criterion_id": s.criterion(0), "score": 5, "rationale": "  "}]),
        )
        .await;
    assert_eq!(unexplained.problem(422), "/problems/validation");
    assert_eq!(unexplained.error_fields(), ["scores[0].rationale"]);
    let out_of_range = s
        .consensus(
            &s.chair,
            2,
            json!([{"criterion_id": s.criterion(1), "score": 11, "rationale": "Exemplary."}]),
        )
        .await;
    assert_eq!(out_of_range.problem(422), "/problems/validation");
    assert_eq!(out_of_range.error_fields(), ["scores[0].score"]);
    assert_eq!(s.app.audit_count().await, audit);
    assert_eq!(s.order().await, [1, 4, 0, 3, 5, 2]);

    let recorded = s.consensus(&s.chair, 2, agreed).await;
    assert_eq!(recorded.status, 200, "{}", recorded.body);
    assert_eq!(recorded.body.as_array().unwrap().len(), 2);
    assert_eq!(
        recorded.body[1]["rationale"],
        "The budget is published online since 2024."
    );
    assert_eq!(s.app.audit_count().await, audit + 1);

    // The consensus replaces the aggregate where recorded: (5, 9, 1) ranks with 100 * (2*5/5 + 9/10 + 1/5) / 4
    // = 77.5, between 80 and 67.5; the aggregate stays beside it.
    let board = s.board(&s.manager).await;
    let consensual = row(&board, s.id(2));
    let figures = &consensual["figures"];
    assert_eq!(exact_per_criterion(figures, "aggregate"), ["1", "2", "1"]);
    assert_eq!(
        per_criterion(figures, "consensus"),
        [json!(5), json!(9), Value::Null]
    );
    assert_eq!(exact_per_criterion(figures, "ranked"), ["5", "9", "1"]);
    assert_eq!(exact(&figures["total"]), "20");
    assert_eq!(exact(&figures["ranked_total"]), "77.5");
    assert_eq!(consensual["rank"], 3);
    assert_eq!(consensual["proposed_outcome"], "selected");
    assert_eq!(consensual["consensus"].as_array().unwrap().len(), 2);
    assert_eq!(s.order().await, [1, 4, 2, 0, 3, 5]);
    // Application 5 (40) now has the last rank and no slot.
    assert_eq!(row(&board, s.id(5))["proposed_reason"], "slots");

    // The reviewers' own scores are unchanged.
    let own = s
        .app
        .api(
            "GET",
            &format!("/applications/{}/review", s.id(2)),
            Some(&s.member),
            None,
        )
        .await;
    assert_eq!(own.status, 200, "{}", own.body);
    let scores: Vec<Value> = own.body["sheet"]["scores"]
        .as_array()
        .unwrap()
        .iter()
        .map(|sc| sc["score"].clone())
        .collect();
    assert_eq!(scores, [json!(1), json!(2), json!(1)]);

    // An empty list removes the consensus.
    let removed = s.consensus(&s.chair, 2, json!([])).await;
    assert_eq!(removed.status, 200, "{}", removed.body);
    assert_eq!(s.order().await, [1, 4, 0, 3, 5, 2]);

    // A chair conflicted on an application neither sees its figures nor records a consensus on it.
    domain::committee::conflicts::declare(
        &s.app.db,
        &TestApp::actor(&s.world.members[0]),
        s.id(5),
        &domain::committee::conflicts::DeclarationInput {
            kind: "personal".into(),
            note: "My brother is the mayor's adviser.".into(),
        },
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    let conflicted = s
        .consensus(
            &s.chair,
            5,
            json!([{"criterion_id": s.criterion(0), "score": 5, "rationale": "Agreed."}]),
        )
        .await;
    conflicted.problem(404);
    let chairs_board = s.board(&s.chair).await;
    assert_eq!(row(&chairs_board, s.id(5))["figures"], Value::Null);
    assert!(row(&chairs_board, s.id(0))["figures"].is_object());
}

#[tokio::test]
async fn an_override_needs_a_written_justification_and_an_award_within_the_request_and_the_minimum()
{
    let s = Scored::new().await;
    let audit = s.app.audit_count().await;

    // Selecting the waitlisted application 2 without a justification is refused and changes nothing.
    let unjustified = s
        .override_(
            2,
            json!({"outcome": "selected", "justification": "  ", "version": 0}),
        )
        .await;
    assert_eq!(unjustified.problem(422), "/problems/validation");
    assert_eq!(unjustified.error_fields(), ["justification"]);
    assert_eq!(s.app.audit_count().await, audit);
    let board = s.board(&s.manager).await;
    assert_eq!(row(&board, s.id(2))["override"], Value::Null);
    assert_eq!(row(&board, s.id(2))["outcome"], "waitlisted");
    assert_eq!(board["selected"], 5);

    // An award above the request (5000) or below the call's minimum (1000) is refused.
    for amount in ["5000.001", "999.999"] {
        let refused = s
            .override_(1, json!({"awarded_amount": amount, "version": 0}))
            .await;
        assert_eq!(refused.problem(422), "/problems/validation", "{amount}");
        assert_eq!(refused.error_fields(), ["awarded_amount"], "{amount}");
    }
    assert_eq!(s.app.audit_count().await, audit);

    // With a justification the outcome changes and is marked as departing from the proposal.
    let justification = "The municipal council has not adopted the action plan yet.";
    let overridden = s
        .override_(
            3,
            json!({"outcome": "not_selected", "justification": justification, "version": 0}),
        )
        .await;
    assert_eq!(overridden.status, 200, "{}", overridden.body);
    let changed = row(&overridden.body, s.id(3));
    assert_eq!(changed["proposed_outcome"], "selected");
    assert_eq!(changed["outcome"], "not_selected");
    assert_eq!(changed["override"]["outcome"], "not_selected");
    assert_eq!(changed["override"]["justification"], justification);
    assert_eq!(changed["override"]["version"], 1);
    assert_eq!(changed["awarded_amount"], Value::Null);
    assert_eq!(overridden.body["selected"], 4);
    assert_eq!(s.app.audit_count().await, audit + 1);

    // Someone who read version 0 cannot overwrite it.
    let stale = s
        .override_(
            3,
            json!({"outcome": "waitlisted", "justification": "Later.", "version": 0}),
        )
        .await;
    assert_eq!(stale.problem(409), "/problems/stale-version");

    // A lower award needs no justification: the outcome stays the proposal's.
    let lowered = s
        .override_(1, json!({"awarded_amount": "4000", "version": 0}))
        .await;
    assert_eq!(lowered.status, 200, "{}", lowered.body);
    let lower = row(&lowered.body, s.id(1));
    assert_eq!(lower["outcome"], "selected");
    assert_eq!(lower["awarded_amount"], "4000.000");
    assert_eq!(lower["override"]["awarded_amount"], "4000.000");
    assert_eq!(lowered.body["awarded"], "19000.000");

    // Removing the override returns to the proposal.
    let path = format!("/applications/{}/decision", s.id(3));
    let cleared = s.app.api("DELETE", &path, Some(&s.manager), None).await;
    assert_eq!(cleared.status, 204, "{}", cleared.body);
    let board = s.board(&s.manager).await;
    assert_eq!(row(&board, s.id(3))["override"], Value::Null);
    assert_eq!(row(&board, s.id(3))["outcome"], "selected");
    assert_eq!(board["selected"], 5);
    s.app
        .api("DELETE", &path, Some(&s.manager), None)
        .await
        .problem(404);
}

#[tokio::test]
async fn an_override_beyond_the_slots_makes_finalising_refuse_with_the_problem() {
    let s = Scored::new().await;
    let selected = s
        .override_(
            2,
            json!({
                "outcome": "selected",
                "justification": "The only applicant from a governorate without any project.",
                "version": 0,
            }),
        )
        .await;
    assert_eq!(selected.status, 200, "{}", selected.body);
    assert_eq!(selected.body["selected"], 6);
    assert_eq!(
        selected.body["problems"],
        json!([{
            "code": "selection-over-slots",
            "message": "6 applications are selected but the call has 5 slots.",
        }])
    );

    let refused = s.finalise().await;
    assert_eq!(refused.problem(422), "/problems/validation");
    assert_eq!(refused.error_fields(), ["selection"]);
    assert_eq!(
        refused.body["errors"][0]["message"],
        "6 applications are selected but the call has 5 slots."
    );
    assert_eq!(s.call_state().await, "reviewing");
    assert_eq!(s.state_of(2).await, "eligible");

    let cleared = s
        .app
        .api(
            "DELETE",
            &format!("/applications/{}/decision", s.id(2)),
            Some(&s.manager),
            None,
        )
        .await;
    assert_eq!(cleared.status, 204);
    let finalised = s.finalise().await;
    assert_eq!(finalised.status, 200, "{}", finalised.body["detail"]);
}

#[tokio::test]
async fn finalising_decides_every_application_and_nothing_about_the_decisions_changes_afterwards() {
    let s = Scored::new().await;
    // The generic call action cannot decide: only finalising records the decisions.
    let board = s.board(&s.manager).await;
    let decide = domain::calls::service::act(
        &s.app.db,
        &TestApp::actor(&s.manager_user),
        s.call(),
        board["call_version"].as_i64().unwrap() as i32,
        domain::calls::CallAction::Decide,
    )
    .await;
    match decide {
        Err(domain::Error::Conflict(message)) => {
            assert_eq!(message.key, "error-call-decide-by-finalise")
        }
        other => panic!("deciding by the call action: {other:?}"),
    }
    let overridden = s
        .override_(
            3,
            json!({"outcome": "not_selected", "justification": "The plan duplicates a funded project.", "version": 0}),
        )
        .await;
    assert_eq!(overridden.status, 200, "{}", overridden.body);

    let stale = s
        .app
        .api(
            "POST",
            &format!("/calls/{}/selection/finalise", s.call()),
            Some(&s.manager),
            Some(json!({"version": 1})),
        )
        .await;
    assert_eq!(stale.problem(409), "/problems/stale-version");
    let audit = s.app.audit_count().await;
    let finalised = s.finalise().await;
    assert_eq!(finalised.status, 200, "{}", finalised.body["detail"]);
    assert_eq!(finalised.body["state"], "decided");
    // Scoring was still open: finalising closed it first, as its own audited step, and revealed the seed.
    assert_eq!(finalised.body["lottery_seed"], SEED);
    assert!(finalised.body["scoring_closed_at"].is_string());
    let steps: Vec<String> = s
        .call_audit()
        .await
        .into_iter()
        .map(|(action, _)| action)
        .rev()
        .take(2)
        .collect();
    assert_eq!(steps, ["call.decided", "call.scoring_closed"]);
    // Closing scoring, the call's decision, and the funded project of each of the four selected
    // applications.
    assert_eq!(s.app.audit_count().await, audit + 1 + 1 + 4);
    assert_eq!(s.call_state().await, "decided");
    let mut states = Vec::new();
    for i in 0..6 {
        states.push(s.state_of(i).await);
    }
    assert_eq!(
        states,
        [
            "selected",
            "selected",
            "waitlisted",
            "not_selected",
            "selected",
            "selected"
        ]
    );

    // Final: no override, consensus, review revision, second finalising or settings change.
    let refused = [
        s.override_(
            2,
            json!({"outcome": "selected", "justification": "Late.", "version": 0}),
        )
        .await,
        s.app
            .api(
                "DELETE",
                &format!("/applications/{}/decision", s.id(3)),
                Some(&s.manager),
                None,
            )
            .await,
        s.consensus(
            &s.chair,
            0,
            json!([{"criterion_id": s.criterion(0), "score": 5, "rationale": "Agreed."}]),
        )
        .await,
        s.app
            .api(
                "PUT",
                &format!("/applications/{}/review", s.id(0)),
                Some(&s.member),
                Some(json!({
                    "version": 1,
                    "sheet": {
                        "scores": (0..3).map(|i| json!({
                            "criterion_id": s.criterion(i), "score": 1, "comment": "Revised.",
                        })).collect::<Vec<_>>(),
                        "overall_comment": "Revised.",
                        "recommendation": "do_not_fund",
                    },
                })),
            )
            .await,
        s.finalise().await,
        s.app
            .api(
                "PUT",
                &format!("/calls/{}/scoring", s.call()),
                Some(&s.manager),
                Some(json!({
                    "aggregation": "mean", "disagreement_threshold": "10",
                    "version": finalised.body["call_version"],
                })),
            )
            .await,
    ];
    for (i, response) in refused.iter().enumerate() {
        assert_eq!(response.status, 409, "refusal {i}: {}", response.body);
    }
    let decide = domain::calls::service::act(
        &s.app.db,
        &TestApp::actor(&s.manager_user),
        s.call(),
        finalised.body["call_version"].as_i64().unwrap() as i32,
        domain::calls::CallAction::Decide,
    )
    .await;
    assert!(
        matches!(decide, Err(domain::Error::InvalidTransition { .. })),
        "{decide:?}"
    );
    assert_eq!(s.state_of(3).await, "not_selected");
}

#[tokio::test]
async fn results_are_hidden_until_published_then_public_with_reasons_justifications_committee_and_seed()
 {
    let s = Scored::new().await;
    let justification = "The municipal council has not adopted the action plan yet.";
    let overridden = s
        .override_(
            3,
            json!({"outcome": "waitlisted", "justification": justification, "version": 0}),
        )
        .await;
    assert_eq!(overridden.status, 200, "{}", overridden.body);

    // Before deciding nobody sees results, not even managers.
    s.results(None).await.problem(404);
    s.results(Some(&s.manager)).await.problem(404);
    assert_eq!(s.finalise().await.status, 200);

    // Decided: managers see them; the public and the applicants not before publication, as JSON or CSV.
    let for_manager = s.results(Some(&s.manager)).await;
    assert_eq!(for_manager.status, 200, "{}", for_manager.body);
    assert_eq!(for_manager.body["published_at"], Value::Null);
    s.results(None).await.problem(404);
    s.results(Some(&s.teams[0])).await.problem(404);
    for token in [None, Some(s.teams[0].as_str()), Some(s.member.as_str())] {
        let (status, content_type, _) = s.results_csv(token).await;
        assert_eq!(status, 404, "{token:?}");
        assert_eq!(content_type, "application/problem+json");
    }
    let (status, _, _) = s.results_csv(Some(&s.manager)).await;
    assert_eq!(status, 200);
    let notifications = published_notifications(&s).await;
    assert!(notifications.is_empty());

    let published = s.publish().await;
    assert_eq!(published.status, 200, "{}", published.body);
    assert!(published.body["published_at"].is_string());
    let again = s.publish().await;
    assert_eq!(again.problem(409), "/problems/conflict");

    let results = s.results(None).await;
    assert_eq!(results.status, 200, "{}", results.body);
    let body = &results.body;
    assert_eq!(body["lottery_seed"], SEED);
    assert_eq!(
        body["lottery_commitment"],
        domain::selection::lottery::commitment(SEED)
    );
    assert_eq!(body["currency"], "TND");
    assert_eq!(body["budget"], "100000.000");
    assert_eq!(body["awarded"], "20000.000");
    assert_eq!(body["aggregation"], "mean");
    let rows = body["rows"].as_array().unwrap();
    let table: Vec<(Value, String, Value, Value, Value)> = rows
        .iter()
        .map(|r| {
            let i = s
                .world
                .applications
                .iter()
                .position(|id| r["application_id"] == id.to_string())
                .unwrap();
            (
                r["rank"].clone(),
                format!("application {i}"),
                json!(exact(&r["total"])),
                r["outcome"].clone(),
                r["reason"].clone(),
            )
        })
        .collect();
    let expected = [
        (1, 1, "100", "selected", "ranked"),
        (2, 4, "80", "selected", "ranked"),
        (3, 0, "67.5", "selected", "ranked"),
        (4, 3, "57.5", "waitlisted", "override"),
        (5, 5, "40", "selected", "ranked"),
        (6, 2, "20", "waitlisted", "slots"),
    ]
    .map(|(rank, i, total, outcome, reason)| {
        (
            json!(rank),
            format!("application {i}"),
            json!(total),
            json!(outcome),
            json!(reason),
        )
    });
    assert_eq!(table, expected);
    let first = &rows[2];
    assert_eq!(first["reference"], "TUN-2026-0001");
    assert_eq!(first["lead"], "Municipality of Ariana");
    assert_eq!(first["subdivision"], "TN-12");
    let scores: Vec<String> = first["scores"]
        .as_array()
        .unwrap()
        .iter()
        .map(|sc| exact(&sc["score"]))
        .collect();
    assert_eq!(scores, ["3", "7", "4"]);
    assert_eq!(first["reason_text"], "Selected in rank order.");
    assert_eq!(first["reviews"], 2);
    assert_eq!(first["awarded"], "5000.000");
    let departed = &rows[3];
    assert_eq!(departed["proposed_outcome"], "selected");
    assert_eq!(departed["justification"], justification);
    assert_eq!(departed["awarded"], Value::Null);
    assert_eq!(
        departed["reason_text"],
        "Decided by the programme, departing from the proposal (see the justification)."
    );
    assert_eq!(rows[5]["reason_text"], "Waitlisted: every slot is taken.");
    assert_eq!(rows[5]["justification"], Value::Null);
    assert_eq!(
        body["committee"],
        json!([
            {"name": CHAIR, "sector": "civil_society", "role": "chair"},
            {"name": MEMBER, "sector": "government", "role": "member"},
        ])
    );
    let titles: Vec<Value> = body["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["title"].clone())
        .collect();
    assert_eq!(
        titles,
        [
            json!("Citizen participation"),
            json!("Transparency"),
            json!("Feasibility")
        ]
    );
    // Applicants see the same.
    assert_eq!(s.results(Some(&s.teams[2])).await.body, results.body);

    // The CSV: one row per application with the criteria as columns.
    let (status, content_type, text) = s.results_csv(None).await;
    assert_eq!(status, 200);
    assert!(content_type.starts_with("text/csv"), "{content_type}");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        header,
        [
            "rank",
            "reference",
            "title",
            "lead_organisation",
            "subdivision",
            "subdivision_name",
            "Citizen participation",
            "Transparency",
            "Feasibility",
            "total",
            "reviews",
            "outcome",
            "reason",
            "justification",
            "requested",
            "awarded",
            "currency",
            "lottery_key",
            "lottery_seed",
            "lottery_seed_commitment",
        ]
    );
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 6);
    let cells: Vec<String> = records[3]
        .iter()
        .enumerate()
        .map(|(i, cell)| {
            if (6..10).contains(&i) {
                exact(&json!(cell))
            } else {
                cell.to_owned()
            }
        })
        .collect();
    assert_eq!(
        cells,
        [
            "4",
            "TUN-2026-0004",
            "Open municipality of Zaghouan",
            "Municipality of Zaghouan",
            "TN-22",
            "Zaghouan",
            "3",
            "5",
            "3",
            "57.5",
            "2",
            "waitlisted",
            "override",
            justification,
            "5000.000",
            "",
            "TND",
            "",
            SEED,
            &domain::selection::lottery::commitment(SEED),
        ]
    );

    // Every applicant is told, once.
    let notifications = published_notifications(&s).await;
    assert_eq!(notifications.len(), 6);
    for (i, team) in s.world.teams.iter().enumerate() {
        let theirs: Vec<&Value> = notifications
            .iter()
            .filter(|(user, _)| *user == Some(team.id))
            .map(|(_, payload)| payload)
            .collect();
        assert_eq!(theirs.len(), 1, "application {i}");
        assert_eq!(theirs[0]["application_id"], s.id(i).to_string());
        assert_eq!(theirs[0]["outcome"], table_outcome(&table, i));
    }
}

/// The outcome of application `i` in a results table.
fn table_outcome(table: &[(Value, String, Value, Value, Value)], i: usize) -> Value {
    table
        .iter()
        .find(|row| row.1 == format!("application {i}"))
        .map(|row| row.3.clone())
        .unwrap()
}

/// The `results-published` notifications queued: recipient and payload.
async fn published_notifications(s: &Scored) -> Vec<(Option<Uuid>, Value)> {
    domain::notifications::pending(&s.app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|n| n.kind == domain::notifications::Kind::ResultsPublished)
        .map(|n| {
            let payload = domain::notifications::payload_of(&n).unwrap();
            (n.recipient_user_id, payload)
        })
        .collect()
}

#[tokio::test]
async fn the_results_csv_defuses_a_criterion_title_that_a_spreadsheet_would_run_as_a_formula() {
    let mut spec = spec();
    spec.criteria[0].title = "=HYPERLINK(\"http://evil.example\",\"Participation\")".into();
    spec.criteria[2].title = "+Feasibility".into();
    spec.applicants.truncate(2);
    let s = Scored::with(spec).await;
    assert_eq!(s.finalise().await.status, 200);
    let (status, _, text) = s.results_csv(Some(&s.manager)).await;
    assert_eq!(status, 200, "{text}");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        header[6..9],
        [
            "'=HYPERLINK(\"http://evil.example\",\"Participation\")",
            "Transparency",
            "'+Feasibility",
        ]
    );
    // The JSON keeps the title as written.
    let results = s.results(Some(&s.manager)).await;
    assert_eq!(results.body["criteria"][2]["title"], "+Feasibility");
}

#[tokio::test]
async fn an_applicant_reads_its_own_figures_and_the_reviewers_comments_without_their_names() {
    let s = Scored::new().await;
    assert_eq!(s.finalise().await.status, 200);
    // Before publication the team waits; other applicants and members do not learn anything.
    assert_eq!(
        s.feedback(&s.teams[0], 0).await.problem(409),
        "/problems/conflict"
    );
    s.feedback(&s.teams[1], 0).await.problem(404);
    s.feedback(&s.member, 0).await.problem(404);
    assert_eq!(s.feedback(&s.manager, 0).await.status, 200);
    assert_eq!(s.publish().await.status, 200);

    let feedback = s.feedback(&s.teams[0], 0).await;
    assert_eq!(feedback.status, 200, "{}", feedback.body);
    let body = &feedback.body;
    assert_eq!(body["result"]["reference"], "TUN-2026-0001");
    assert_eq!(body["result"]["rank"], 3);
    assert_eq!(exact(&body["result"]["total"]), "67.5");
    assert_eq!(body["result"]["outcome"], "selected");
    let criteria: Vec<(Value, Value)> = body["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["criterion"]["title"].clone(), json!(exact(&c["score"]))))
        .collect();
    assert_eq!(
        criteria,
        [
            (json!("Citizen participation"), json!("3")),
            (json!("Transparency"), json!("7")),
            (json!("Feasibility"), json!("4")),
        ]
    );
    let reviewers = body["reviewers"].as_array().unwrap();
    assert_eq!(reviewers.len(), 2);
    assert_eq!(reviewers[0]["number"], 1);
    assert_eq!(reviewers[1]["number"], 2);
    assert_eq!(reviewers[0]["overall_comment"], "Reviewer 1 on Ariana");
    assert_eq!(
        reviewers[1]["scores"][1],
        json!({
            "criterion_id": s.criterion(1),
            "score": 8,
            "comment": "Reviewer 2 on Ariana: Transparency",
        })
    );
    assert_eq!(reviewers[0]["recommendation"], "fund");
    // Nothing names or identifies a reviewer.
    let text = body.to_string();
    for member in &s.world.members {
        assert!(!text.contains(&member.name), "{} in {text}", member.name);
        assert!(!text.contains(&member.email), "{} in {text}", member.email);
        assert!(
            !text.contains(&member.id.to_string()),
            "a member id in {text}"
        );
    }

    // Another applicant still gets nothing about it.
    s.feedback(&s.teams[1], 0).await.problem(404);
    assert_eq!(s.feedback(&s.teams[1], 1).await.status, 200);
}

#[tokio::test]
async fn an_application_screened_ineligible_after_an_override_is_not_selected_by_it() {
    let mut spec = spec();
    spec.applicants.truncate(3);
    let s = Scored::with(spec).await;
    let overridden = s
        .override_(
            2,
            json!({"outcome": "selected", "justification": "Its region has no other project.", "version": 0}),
        )
        .await;
    assert_eq!(overridden.status, 200, "{}", overridden.body);
    // The manager then learns that the municipal council never adopted the plan.
    let view = s
        .app
        .api(
            "GET",
            &format!("/applications/{}", s.id(2)),
            Some(&s.manager),
            None,
        )
        .await;
    let screened = s
        .app
        .api(
            "POST",
            &format!("/applications/{}/screen", s.id(2)),
            Some(&s.manager),
            Some(json!({
                "version": view.body["version"], "outcome": "ineligible",
                "reason": "The municipal council never adopted the action plan.",
            })),
        )
        .await;
    assert_eq!(screened.status, 200, "{}", screened.body);

    let board = s.board(&s.manager).await;
    let ineligible = row(&board, s.id(2));
    assert_eq!(ineligible["state"], "ineligible");
    assert_eq!(ineligible["proposed_reason"], "ineligible");
    assert_eq!(ineligible["outcome"], "not_selected", "{ineligible}");
    // The override stays visible, for the manager to remove.
    assert_eq!(ineligible["override"]["outcome"], "selected");
    assert_eq!(ineligible["awarded_amount"], Value::Null);
    assert_eq!(board["selected"], 2);
    assert_eq!(board["awarded"], "10000.000");

    assert_eq!(s.finalise().await.status, 200);
    let results = s.results(Some(&s.manager)).await;
    assert_eq!(results.body["awarded"], "10000.000");
    let last = results.body["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["application_id"] == s.id(2).to_string())
        .unwrap()
        .clone();
    assert_eq!(last["outcome"], "not_selected", "{last}");
    assert_eq!(last["reason"], "ineligible");
    assert_eq!(last["awarded"], Value::Null);
    assert_eq!(last["justification"], Value::Null);
}

#[tokio::test]
async fn equal_totals_from_means_in_thirds_tie_and_go_to_the_lottery() {
    // Three reviews each, two criteria of equal weight and maximum. X: means (1/3, 1/3); Y: means (2/3, 0).
    // Both totals are exactly 100 * (2/3) / 5 / 2 = 6.666...: a tie, which only the lottery may break.
    let spec = SelectionSpec {
        criteria: vec![
            criterion("Citizen participation", "1", 5, None),
            criterion("Transparency", "1", 5, None),
        ],
        committee: vec![
            SeatSpec::new(CHAIR, "civil_society"),
            SeatSpec::new("Leila Gharbi", "civil_society"),
            SeatSpec::new(MEMBER, "government"),
            SeatSpec::new("Sonia Mejri", "government"),
        ],
        min_reviews: 3,
        applicants: vec![
            ApplicantSpec::new(
                "Ariana",
                "TN-12",
                "5000",
                vec![vec![1, 1], vec![0, 0], vec![0, 0]],
            ),
            ApplicantSpec::new(
                "Ben Arous",
                "TN-13",
                "5000",
                vec![vec![1, 0], vec![1, 0], vec![0, 0]],
            ),
        ],
        ..spec()
    };
    let s = Scored::with(spec).await;
    let board = s.board(&s.manager).await;
    let rows = board["rows"].as_array().unwrap();
    assert_eq!(
        rows[0]["figures"]["ranked_total"], rows[1]["figures"]["ranked_total"],
        "{board}"
    );
    // Sealed while scoring is open: the two share a rank, in reference order, without keys.
    assert_eq!(rows[1]["tie_break"], "lottery", "{board}");
    for row in rows {
        assert_eq!(row["rank"], 1, "{board}");
        assert_eq!(row["lottery_tie"], true, "{board}");
        assert_eq!(row["lottery_key"], Value::Null, "{board}");
    }
    assert_eq!(s.order().await, [0, 1]);

    // Closed, the seed orders them by their keys, which anyone can recompute.
    let closed = s.close_scoring(&s.manager).await;
    assert_eq!(closed.status, 200, "{}", closed.body);
    let rows = closed.body["rows"].as_array().unwrap();
    let ranks: Vec<&Value> = rows.iter().map(|r| &r["rank"]).collect();
    assert_eq!(ranks, [&json!(1), &json!(2)]);
    let keys: Vec<String> = rows
        .iter()
        .map(|r| {
            let reference = r["reference"].as_str().unwrap();
            let key = domain::selection::ranking::lottery_key(SEED, reference);
            assert_eq!(r["lottery_key"], key, "{r}");
            key
        })
        .collect();
    assert!(keys[0] < keys[1], "{keys:?}");
}

#[tokio::test]
async fn the_commitment_is_published_at_start_review_and_the_seed_stays_hidden_until_scoring_closes()
 {
    // The seed drawn at start-review is kept, so that the commitment published then is the one to check.
    let s = Scored::with(SelectionSpec {
        seed: None,
        ..spec()
    })
    .await;
    let seed = s.stored_seed().await;

    // Published on the call's public document and page, and in the audit log at start-review.
    let call = s
        .app
        .api("GET", &format!("/calls/{}", s.call()), None, None)
        .await;
    assert_eq!(call.status, 200, "{}", call.body);
    let commitment = call.body["lottery_commitment"]
        .as_str()
        .expect("a commitment once reviewing started")
        .to_owned();
    assert_eq!(commitment.len(), 64);
    assert_eq!(call.body["scoring_closed_at"], Value::Null);
    let page = s
        .app
        .client
        .get(s.app.url(&format!("/calls/{}", s.call())))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains(&commitment), "{page}");
    assert!(!page.contains(&seed));
    let audit = s.call_audit().await;
    let started = audit
        .iter()
        .find(|(action, _)| action == "call.reviewing")
        .expect("start-review is audited");
    assert!(started.1.contains(&commitment), "{started:?}");

    // Hidden from everyone while a score can change: the audit log, the manager's and the chair's board.
    assert!(audit.iter().all(|(_, summary)| !summary.contains(&seed)));
    for token in [&s.manager, &s.chair] {
        let board = s.board(token).await;
        assert_eq!(board["lottery_seed"], Value::Null);
        assert_eq!(board["lottery_commitment"], commitment);
        assert!(!board.to_string().contains(&seed));
    }

    // Only a manager closes scoring; the chair and the other member are refused, a stale version too.
    s.close_scoring(&s.chair).await.problem(403);
    s.close_scoring(&s.member).await.problem(403);
    let stale = s
        .app
        .api(
            "POST",
            &format!("/calls/{}/scoring/close", s.call()),
            Some(&s.manager),
            Some(json!({ "version": 1 })),
        )
        .await;
    assert_eq!(stale.problem(409), "/problems/stale-version");
    assert!(s.board(&s.manager).await["scoring_closed_at"].is_null());

    let closed = s.close_scoring(&s.manager).await;
    assert_eq!(closed.status, 200, "{}", closed.body);
    assert!(closed.body["scoring_closed_at"].is_string());
    assert_eq!(closed.body["lottery_seed"], seed);
    // The seed revealed is the one committed to at start-review.
    assert_eq!(domain::selection::lottery::commitment(&seed), commitment);
    let closing = s
        .call_audit()
        .await
        .into_iter()
        .find(|(action, _)| action == "call.scoring_closed")
        .expect("closing scoring is audited");
    assert!(closing.1.contains(&seed), "{closing:?}");
    assert_eq!(s.board(&s.chair).await["lottery_seed"], seed);
    // Closed once.
    assert_eq!(
        s.close_scoring(&s.manager).await.problem(409),
        "/problems/conflict"
    );

    // Finalising does not close it again (one entry for the decision, one per funded project); the
    // results show the seed beside its commitment.
    let audit = s.app.audit_count().await;
    assert_eq!(s.finalise().await.status, 200);
    assert_eq!(s.app.audit_count().await, audit + 1 + 5);
    assert_eq!(s.publish().await.status, 200);
    let results = s.results(None).await;
    assert_eq!(results.body["lottery_seed"], seed);
    assert_eq!(results.body["lottery_commitment"], commitment);
    let (status, _, csv) = s.results_csv(None).await;
    assert_eq!(status, 200);
    assert!(
        csv.lines()
            .nth(1)
            .unwrap()
            .ends_with(&format!("{seed},{commitment}")),
        "{csv}"
    );
}

#[tokio::test]
async fn once_scoring_is_closed_reviews_consensus_and_conflict_declarations_are_refused_with_the_reason()
 {
    let s = Scored::new().await;
    let closed = s.close_scoring(&s.manager).await;
    assert_eq!(closed.status, 200, "{}", closed.body);
    let sheet = json!({
        "scores": (0..3).map(|i| json!({
            "criterion_id": s.criterion(i), "score": 1, "comment": "Revised.",
        })).collect::<Vec<_>>(),
        "overall_comment": "Revised.",
        "recommendation": "do_not_fund",
    });

    let revised = s
        .app
        .api(
            "PUT",
            &format!("/applications/{}/review", s.id(0)),
            Some(&s.member),
            Some(json!({ "version": 1, "sheet": sheet })),
        )
        .await;
    let consensus = s
        .consensus(
            &s.chair,
            0,
            json!([{"criterion_id": s.criterion(0), "score": 5, "rationale": "Agreed."}]),
        )
        .await;
    let declared = s
        .app
        .api(
            "POST",
            &format!("/applications/{}/conflicts", s.id(0)),
            Some(&s.member),
            Some(json!({"kind": "personal", "note": "My cousin leads the project."})),
        )
        .await;
    for refused in [&revised, &consensus] {
        assert_eq!(
            refused.problem(409),
            "/problems/conflict",
            "{}",
            refused.body
        );
        assert_eq!(
            refused.body["detail"],
            "Scoring of this call is closed: reviews and consensus scores can no longer change."
        );
    }
    assert_eq!(declared.problem(409), "/problems/conflict");
    assert!(
        declared.body["detail"].as_str().unwrap().starts_with(
            "Scoring of this call is closed: a conflict declared now would change the scores."
        ),
        "{}",
        declared.body
    );
    // The figures did not move; overrides and finalising follow as before.
    let board = s.board(&s.manager).await;
    assert_eq!(
        exact(&row(&board, s.id(0))["figures"]["ranked_total"]),
        "67.5"
    );
    let overridden = s
        .override_(
            3,
            json!({"outcome": "not_selected", "justification": "The plan duplicates a funded project.", "version": 0}),
        )
        .await;
    assert_eq!(overridden.status, 200, "{}", overridden.body);
    assert_eq!(s.finalise().await.status, 200);
}

/// The six municipalities of [`spec`] with requests that trap the greedy walk: Ben Arous (ranked first, 100)
/// asks for 9,000 of a 10,000 budget, so the walk selects it alone, while Siliana (80) and Ariana (67.5),
/// at 5,000 each, sum to 147.5.
fn knapsack_spec() -> SelectionSpec {
    let mut spec = spec();
    spec.total_budget = "10000".into();
    spec.max_award = "10000".into();
    spec.applicants[1].requested = "9000".into();
    spec
}

#[tokio::test]
async fn a_board_whose_search_runs_out_of_time_says_it_is_not_proven_and_how_far_from_the_best_it_can_be()
 {
    let app = spawn_app_configured(|settings| {
        settings.optimiser = domain::selection::optimum::Optimiser::new(std::time::Duration::ZERO);
    })
    .await;
    let s = Scored::on(app, knapsack_spec()).await;

    let board = s.board(&s.manager).await;

    let optimal = &board["optimal"];
    assert_eq!(optimal["proven"], false, "{optimal}");
    assert_eq!(optimal["time_budget_ms"], 0);
    // Out of time before its first step, the search shows the greedy selection and how much better the best
    // selection could be at most: at least the 47.5 that Siliana and Ariana would add.
    assert_eq!(optimal["total_score"], "100");
    let gap: f64 = optimal["gap"].as_str().unwrap().parse().unwrap();
    assert!(gap >= 47.5, "gap {gap}");

    let client = convoca_tests::html::logged_in(&s.app, &s.manager_user.email).await;
    let page = convoca_tests::html::get(
        &client,
        &s.app,
        &format!("/manage/calls/{}/selection", s.call()),
    )
    .await;
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(
        text.contains("Not proven optimal: the search stopped at its time budget of 0 ms."),
        "{text}"
    );
    assert!(
        text.contains(&format!("at most {:.2} points higher", gap)),
        "{text}"
    );
}

#[tokio::test]
async fn viewing_the_board_again_reuses_the_optimum_until_a_score_it_depends_on_changes() {
    let s = Scored::with(knapsack_spec()).await;
    let before = s.app.optimiser.searches();

    let first = s.board(&s.manager).await;
    let second = s.board(&s.manager).await;
    let chairs = s.board(&s.chair).await;

    // One search for the three views, proven, and the optimum beats the greedy proposal.
    assert_eq!(s.app.optimiser.searches(), before + 1);
    assert_eq!(first["optimal"]["proven"], true);
    assert_eq!(first["optimal"]["gap"], "0");
    assert_eq!(first["optimal"]["total_score"], "147.50");
    assert_eq!(first["proposal"]["total_score"], "100");
    assert_eq!(
        first["optimal"]["computed_at"],
        second["optimal"]["computed_at"]
    );
    assert_eq!(
        first["optimal"]["computed_at"],
        chairs["optimal"]["computed_at"]
    );

    // A consensus score changes a total the optimum depends on: the next view searches again.
    let agreed = json!([
        {"criterion_id": s.criterion(0), "score": 5, "rationale": "The district assemblies already meet monthly."},
    ]);
    let recorded = s.consensus(&s.chair, 2, agreed).await;
    assert_eq!(recorded.status, 200, "{}", recorded.body);
    let third = s.board(&s.manager).await;
    assert_eq!(s.app.optimiser.searches(), before + 2);
    assert_ne!(
        first["optimal"]["computed_at"],
        third["optimal"]["computed_at"]
    );
}

#[tokio::test]
async fn writes_sent_while_a_call_is_finalised_all_succeed() {
    // Forty municipalities scored by a committee of two, finalised while the manager keeps writing.
    let mut spec = spec();
    spec.max_awards = 20;
    spec.total_budget = "400000".into();
    spec.applicants = (0..40)
        .map(|i| {
            let scores = vec![(i % 5) + 1, (i % 10) + 1, ((i * 3) % 5) + 1];
            ApplicantSpec::new(
                &format!("Municipality {i:02}"),
                MUNICIPALITIES[i as usize % 6].1,
                &format!("{}", 5_000 + 250 * (i % 7)),
                vec![scores.clone(), scores],
            )
        })
        .collect();
    let s = Scored::with(spec).await;
    let version = s.board(&s.manager).await["call_version"].clone();

    let path = format!("/calls/{}/selection/finalise", s.call());
    let finalise = s.app.api(
        "POST",
        &path,
        Some(&s.manager),
        Some(json!({ "version": version })),
    );
    let writes = futures_util::future::join_all((0..20).map(|i| {
        s.app.api(
            "POST",
            "/me/tokens",
            Some(&s.manager),
            Some(json!({ "name": format!("script {i}") })),
        )
    }));
    let (finalised, written) = tokio::join!(finalise, writes);

    assert_eq!(finalised.status, 200, "{}", finalised.body["detail"]);
    assert_eq!(finalised.body["state"], "decided");
    for write in written {
        assert_eq!(write.status, 201, "{}", write.body);
    }
    assert_eq!(s.call_state().await, "decided");
}
