//! Peer-learning exchanges through the JSON API: a manager organises one for a programme and the invited
//! teams are told; a team registers who attends; after it took place the manager records the outcome, and
//! only then does the public see it, with the organisations that took part but no names of people. Each
//! write refuses the wrong caller, and bad input changes nothing.

use chrono::{DateTime, Duration, Utc};
use convoca_tests::projects::{FundedSpec, FundedWorld};
use convoca_tests::{ApiResponse, TestApp, spawn_app};
use domain::notifications::{Kind, payload_of, pending};
use serde_json::{Value, json};
use uuid::Uuid;

/// A programme with three funded projects, the server's clock stopped at `now`.
pub(crate) struct Pilots {
    pub app: TestApp,
    pub world: FundedWorld,
    pub programme: Uuid,
    pub now: DateTime<Utc>,
}

impl Pilots {
    pub async fn new(code: &str) -> Pilots {
        let app = spawn_app().await;
        let (manager, _) = app.new_manager().await;
        let world = app
            .funded_world(&manager, &FundedSpec::tunisian(code, 3))
            .await;
        let call = app
            .api(
                "GET",
                &format!("/calls/{}", world.call_id),
                Some(&world.manager_token),
                None,
            )
            .await;
        let programme = call.body["programme_id"].as_str().unwrap().parse().unwrap();
        let now = app.clock.now();
        app.clock.set(Some(now));
        Pilots {
            app,
            world,
            programme,
            now,
        }
    }

    pub fn manager(&self) -> &str {
        &self.world.manager_token
    }

    pub fn team(&self, i: usize) -> &str {
        &self.world.team_tokens[i]
    }

    pub fn project(&self, i: usize) -> Uuid {
        self.world.projects[i]
    }

    /// When the exchange of these tests starts: ten days from now.
    pub fn starts_at(&self) -> DateTime<Utc> {
        self.now + Duration::days(10)
    }

    /// An exchange inviting the first two projects.
    pub fn body(&self) -> Value {
        json!({
            "title": "Open budgets: what worked",
            "starts_at": self.starts_at().to_rfc3339(),
            "time_zone": "Africa/Tunis",
            "place": "Sfax, town hall",
            "agenda": "09:00 Welcome\n10:00 Open budget portals\n12:00 Lunch",
            "invited": [self.project(0), self.project(1)],
        })
    }

    pub async fn call(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> ApiResponse {
        self.app.api(method, path, token, body).await
    }

    pub async fn organise(&self) -> Value {
        let created = self
            .call(
                "POST",
                &format!("/programmes/{}/exchanges", self.programme),
                Some(self.manager()),
                Some(self.body()),
            )
            .await;
        assert_eq!(created.status, 201, "{}", created.body);
        created.body
    }

    pub async fn exchange(&self, id: &str, token: Option<&str>) -> ApiResponse {
        self.call("GET", &format!("/exchanges/{id}"), token, None)
            .await
    }

    pub async fn public_list(&self) -> Value {
        let listed = self
            .call(
                "GET",
                &format!("/programmes/{}/exchanges", self.programme),
                None,
                None,
            )
            .await;
        assert_eq!(listed.status, 200, "{}", listed.body);
        listed.body
    }

    /// Moves the clock to two hours after the exchange started.
    pub fn after_it(&self) {
        self.app
            .clock
            .set(Some(self.starts_at() + Duration::hours(2)));
    }
}

fn invited(exchange: &Value, project: Uuid) -> &Value {
    exchange["invited"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["project_id"] == json!(project))
        .expect("the project is invited")
}

#[tokio::test]
async fn an_exchange_is_organised_attended_and_recorded_and_then_public() {
    let p = Pilots::new("EXA").await;
    let exchange = p.organise().await;
    let id = exchange["id"].as_str().unwrap().to_owned();
    assert_eq!(exchange["invited"].as_array().unwrap().len(), 2);
    assert_eq!(exchange["allowed"]["edit"], true);
    assert_eq!(exchange["allowed"]["record_outcome"], false);

    // The invited teams are told, the third is not.
    let invitations: Vec<Value> = pending(&p.app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|n| n.kind == Kind::ExchangeInvited)
        .map(|n| payload_of(&n).unwrap())
        .collect();
    let told: Vec<&Value> = invitations.iter().map(|m| &m["project_id"]).collect();
    assert!(told.contains(&&json!(p.project(0))));
    assert!(told.contains(&&json!(p.project(1))));
    assert!(!told.contains(&&json!(p.project(2))));
    assert_eq!(invitations[0]["exchange"], "Open budgets: what worked");
    assert_eq!(invitations[0]["starts_at"]["time_zone"], "Africa/Tunis");

    // The public does not see it yet; the invited team does, and may register.
    p.exchange(&id, None).await.problem(404);
    assert_eq!(p.public_list().await, json!([]));
    let seen = p.exchange(&id, Some(p.team(0))).await;
    assert_eq!(seen.status, 200, "{}", seen.body);
    assert_eq!(seen.body["allowed"]["register_for"], json!([p.project(0)]));

    let registered = p
        .call(
            "PUT",
            &format!("/exchanges/{id}/attendance/{}", p.project(0)),
            Some(p.team(0)),
            Some(json!({"attendees": ["Amira Ben Salah", " ", "Karim Trabelsi"], "version": 1})),
        )
        .await;
    assert_eq!(registered.status, 200, "{}", registered.body);
    assert_eq!(
        invited(&registered.body, p.project(0))["attendees"],
        json!(["Amira Ben Salah", "Karim Trabelsi"])
    );
    // The other team sees its own names only.
    let other = p.exchange(&id, Some(p.team(1))).await;
    assert_eq!(invited(&other.body, p.project(0))["attendees"], json!([]));

    // Afterwards the manager records the outcome: the first project attended, the second did not.
    p.after_it();
    let outcome = p
        .call(
            "PUT",
            &format!("/exchanges/{id}/outcome"),
            Some(p.manager()),
            Some(json!({
                "notes": "Sfax showed its budget portal.\nTwo municipalities will copy it.",
                "attended": [p.project(0)],
                "documents": [{"title": "Slides", "url": "https://example.org/slides.pdf"}],
                "version": 1,
            })),
        )
        .await;
    assert_eq!(outcome.status, 200, "{}", outcome.body);
    assert_eq!(invited(&outcome.body, p.project(0))["attended"], true);
    assert_eq!(invited(&outcome.body, p.project(1))["attended"], false);

    // Now it is public, without anybody's name.
    let public = p.exchange(&id, None).await;
    assert_eq!(public.status, 200, "{}", public.body);
    assert_eq!(invited(&public.body, p.project(0))["attendees"], json!([]));
    assert!(!public.body.to_string().contains("Amira"));
    assert_eq!(
        public.body["outcome"]["documents"][0]["url"],
        "https://example.org/slides.pdf"
    );
    let listed = p.public_list().await;
    assert_eq!(listed.as_array().unwrap().len(), 1);

    // What the public programme page reads.
    let summaries = domain::exchanges::public_of_programme(&p.app.db, p.programme)
        .await
        .unwrap();
    assert_eq!(summaries.len(), 1);
    assert_eq!(summaries[0].invited.len(), 2);
    assert_eq!(summaries[0].attended.len(), 1);
    assert!(summaries[0].notes.contains("budget portal"));
    let held = domain::exchanges::held_per_call(&p.app.db, p.programme)
        .await
        .unwrap();
    assert_eq!(held.get(&p.world.call_id), Some(&1));

    // Once it is over a team can no longer change its registration.
    let late = p
        .call(
            "PUT",
            &format!("/exchanges/{id}/attendance/{}", p.project(1)),
            Some(p.team(1)),
            Some(json!({"attendees": ["Late comer"], "version": 1})),
        )
        .await;
    late.problem(409);
}

#[tokio::test]
async fn each_write_refuses_the_wrong_caller() {
    let p = Pilots::new("EXR").await;
    // An applicant cannot organise.
    let by_team = p
        .call(
            "POST",
            &format!("/programmes/{}/exchanges", p.programme),
            Some(p.team(0)),
            Some(p.body()),
        )
        .await;
    by_team.problem(403);
    let anonymous = p
        .call(
            "POST",
            &format!("/programmes/{}/exchanges", p.programme),
            None,
            Some(p.body()),
        )
        .await;
    anonymous.problem(401);
    let exchange = p.organise().await;
    let id = exchange["id"].as_str().unwrap().to_owned();
    let attendance = |project: Uuid| format!("/exchanges/{id}/attendance/{project}");
    let names = json!({"attendees": ["Someone"], "version": 1});

    // The team of a project not invited cannot register, neither for its own project nor for another's.
    p.call(
        "PUT",
        &attendance(p.project(2)),
        Some(p.team(2)),
        Some(names.clone()),
    )
    .await
    .problem(404);
    p.call(
        "PUT",
        &attendance(p.project(0)),
        Some(p.team(2)),
        Some(names.clone()),
    )
    .await
    .problem(404);
    // An invited team cannot register for the other invited team; a manager cannot either.
    p.call(
        "PUT",
        &attendance(p.project(0)),
        Some(p.team(1)),
        Some(names.clone()),
    )
    .await
    .problem(403);
    p.call(
        "PUT",
        &attendance(p.project(0)),
        Some(p.manager()),
        Some(names),
    )
    .await
    .problem(403);
    // Teams neither change the exchange nor record its outcome.
    let mut update = p.body();
    update["version"] = json!(1);
    p.call(
        "PUT",
        &format!("/exchanges/{id}"),
        Some(p.team(0)),
        Some(update),
    )
    .await
    .problem(403);
    p.after_it();
    p.call(
        "PUT",
        &format!("/exchanges/{id}/outcome"),
        Some(p.team(0)),
        Some(json!({"notes": "We were there.", "version": 1})),
    )
    .await
    .problem(403);
    // The public cannot see an exchange without its outcome, nor the team of a project not invited.
    p.exchange(&id, None).await.problem(404);
    p.exchange(&id, Some(p.team(2))).await.problem(404);
    let unchanged = p.exchange(&id, Some(p.manager())).await.body;
    assert_eq!(unchanged["version"], 1);
    assert_eq!(unchanged["outcome"], Value::Null);
    assert_eq!(invited(&unchanged, p.project(0))["attendees"], json!([]));
}

#[tokio::test]
async fn bad_input_to_an_exchange_changes_nothing() {
    let p = Pilots::new("EXB").await;
    let foreign = Pilots::new("EXF").await;
    let audit_before = p.app.audit_count().await;
    // Neither place nor link, no title, an unknown zone, a project of another programme.
    let mut body = p.body();
    body["title"] = json!("  ");
    body["place"] = json!("");
    body["time_zone"] = json!("Mars/Olympus");
    body["invited"] = json!([foreign.project(0)]);
    let refused = p
        .call(
            "POST",
            &format!("/programmes/{}/exchanges", p.programme),
            Some(p.manager()),
            Some(body),
        )
        .await;
    refused.problem(422);
    let mut fields = refused.error_fields();
    fields.sort();
    assert_eq!(fields, ["invited", "place", "time_zone", "title"]);
    let mut body = p.body();
    body["online_link"] = json!("javascript:alert(1)");
    let refused = p
        .call(
            "POST",
            &format!("/programmes/{}/exchanges", p.programme),
            Some(p.manager()),
            Some(body),
        )
        .await;
    refused.problem(422);
    assert_eq!(refused.error_fields(), ["online_link"]);
    assert_eq!(p.app.audit_count().await, audit_before);
    let listed = p
        .call(
            "GET",
            &format!("/programmes/{}/exchanges", p.programme),
            Some(p.manager()),
            None,
        )
        .await;
    assert_eq!(listed.body, json!([]));
    assert!(
        pending(&p.app.db)
            .await
            .unwrap()
            .iter()
            .all(|n| n.kind != Kind::ExchangeInvited)
    );

    let exchange = p.organise().await;
    let id = exchange["id"].as_str().unwrap().to_owned();
    let audit_before = p.app.audit_count().await;
    // Too many names, a name too long, a stale version.
    let crowd: Vec<String> = (0..21).map(|i| format!("Person {i}")).collect();
    let path = format!("/exchanges/{id}/attendance/{}", p.project(0));
    p.call(
        "PUT",
        &path,
        Some(p.team(0)),
        Some(json!({"attendees": crowd, "version": 1})),
    )
    .await
    .problem(400);
    let long_name = "N".repeat(201);
    let refused = p
        .call(
            "PUT",
            &path,
            Some(p.team(0)),
            Some(json!({"attendees": [long_name], "version": 1})),
        )
        .await;
    refused.problem(422);
    assert_eq!(refused.error_fields(), ["attendees"]);
    p.call(
        "PUT",
        &path,
        Some(p.team(0)),
        Some(json!({"attendees": ["A"], "version": 7})),
    )
    .await
    .problem(409);
    // An outcome before the exchange took place, then one without notes or with a project not invited.
    let outcome = format!("/exchanges/{id}/outcome");
    let early = json!({"notes": "Too early.", "version": 1});
    p.call("PUT", &outcome, Some(p.manager()), Some(early))
        .await
        .problem(409);
    p.after_it();
    let refused = p
        .call(
            "PUT",
            &outcome,
            Some(p.manager()),
            Some(json!({
                "notes": "", "attended": [p.project(2)],
                "documents": [{"title": "Slides", "url": "ftp://example.org/x"}],
                "version": 1,
            })),
        )
        .await;
    refused.problem(422);
    let mut fields = refused.error_fields();
    fields.sort();
    assert_eq!(fields, ["attended", "documents[0].url", "notes"]);
    // A multi-line title is refused by the contract itself.
    let mut body = p.body();
    body["title"] = json!("Two\nlines");
    body["version"] = json!(1);
    let refused = p
        .call(
            "PUT",
            &format!("/exchanges/{id}"),
            Some(p.manager()),
            Some(body),
        )
        .await;
    refused.problem(400);

    assert_eq!(p.app.audit_count().await, audit_before);
    let unchanged = p.exchange(&id, Some(p.manager())).await.body;
    assert_eq!(unchanged["version"], 1);
    assert_eq!(unchanged["outcome"], Value::Null);
    assert_eq!(invited(&unchanged, p.project(0))["attendees"], json!([]));
    p.exchange(&id, None).await.problem(404);
}

#[tokio::test]
async fn a_manager_changes_the_invitations_and_only_new_teams_are_told() {
    let p = Pilots::new("EXU").await;
    let exchange = p.organise().await;
    let id = exchange["id"].as_str().unwrap().to_owned();
    let told = |project: Uuid| {
        let db = p.app.db.clone();
        async move {
            pending(&db)
                .await
                .unwrap()
                .into_iter()
                .filter(|n| n.kind == Kind::ExchangeInvited)
                .filter(|n| payload_of(n).unwrap()["project_id"] == json!(project))
                .count()
        }
    };
    let second_before = told(p.project(1)).await;
    assert!(second_before > 0);
    assert_eq!(told(p.project(2)).await, 0);
    let mut body = p.body();
    body["invited"] = json!([p.project(1), p.project(2)]);
    body["online_link"] = json!("https://meet.example.org/open-budgets");
    body["version"] = json!(1);
    let changed = p
        .call(
            "PUT",
            &format!("/exchanges/{id}"),
            Some(p.manager()),
            Some(body.clone()),
        )
        .await;
    assert_eq!(changed.status, 200, "{}", changed.body);
    assert_eq!(changed.body["version"], 2);
    let projects: Vec<&Value> = changed.body["invited"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| &i["project_id"])
        .collect();
    assert!(!projects.contains(&&json!(p.project(0))));
    assert_eq!(told(p.project(1)).await, second_before);
    assert!(told(p.project(2)).await > 0);
    // The first team is no longer invited: it no longer sees the exchange.
    p.exchange(&id, Some(p.team(0))).await.problem(404);
    // The same version again is stale.
    p.call(
        "PUT",
        &format!("/exchanges/{id}"),
        Some(p.manager()),
        Some(body),
    )
    .await
    .problem(409);
}
