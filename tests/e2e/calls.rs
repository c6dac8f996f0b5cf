//! Programmes and calls through the JSON API: three real calls set up and opened, freezing, the audited
//! deadline, drafts hidden from the public, lifecycle refusals, cloning and prerequisite imports.

use convoca_tests::{ApiResponse, TestApp, spawn_app};
use domain::Role;
use serde_json::{Value, json};

/// A manager's token, and a national agency of `country` created with it.
async fn agency(app: &TestApp, token: &str, name: &str, country: &str) -> String {
    let created = app
        .api(
            "POST",
            "/organisations",
            Some(token),
            Some(json!({"name": name, "kind": "national_agency", "country": country})),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    created.body["id"].as_str().unwrap().to_owned()
}

async fn programme(app: &TestApp, token: &str, body: Value) -> String {
    let created = app
        .api("POST", "/programmes", Some(token), Some(body))
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    created.body["id"].as_str().unwrap().to_owned()
}

fn details(code: &str, title: &str, time_zone: &str, budget: &str, min: &str, max: &str) -> Value {
    let now = chrono::Utc::now();
    json!({
        "code": code, "title": title, "description": format!("{title}: a national call for proposals."),
        "opens_at": (now - chrono::Duration::hours(1)).to_rfc3339(),
        "closes_at": (now + chrono::Duration::days(45)).to_rfc3339(),
        "time_zone": time_zone, "total_budget": budget, "min_award": min, "max_award": max,
        "max_awards": 10, "min_reviews": 2,
    })
}

async fn create_call(app: &TestApp, token: &str, programme_id: &str, details: Value) -> Value {
    let mut body = details;
    body["programme_id"] = json!(programme_id);
    let created = app.api("POST", "/calls", Some(token), Some(body)).await;
    assert_eq!(created.status, 201, "{}", created.body);
    created.body
}

async fn put(app: &TestApp, token: &str, call: &Value, part: &str, body: Value) -> Value {
    let mut body = body;
    body["version"] = call["version"].clone();
    let id = call["id"].as_str().unwrap();
    let path = if part.is_empty() {
        format!("/calls/{id}")
    } else {
        format!("/calls/{id}/{part}")
    };
    let response = app.api("PUT", &path, Some(token), Some(body)).await;
    assert_eq!(response.status, 200, "{part}: {}", response.body);
    response.body
}

async fn act(app: &TestApp, token: &str, call: &Value, action: &str) -> ApiResponse {
    let id = call["id"].as_str().unwrap();
    app.api(
        "POST",
        &format!("/calls/{id}/{action}"),
        Some(token),
        Some(json!({"version": call["version"]})),
    )
    .await
}

/// Tunisia's ten criteria, as the parity committee devised them.
fn tunisian_criteria() -> Value {
    let titles = [
        ("Political commitment of the municipal council", "2"),
        ("Existing participation mechanisms", "1.5"),
        ("Access to information", "1.5"),
        ("Civil-society engagement", "1"),
        ("Gender inclusion", "1"),
        ("Youth inclusion", "1"),
        ("Administrative capacity", "0.5"),
        ("Digital readiness", "0.5"),
        ("Budget transparency", "0.5"),
        ("Sustainability of the reforms", "0.5"),
    ];
    Value::Array(
        titles
            .iter()
            .map(|(title, weight)| {
                json!({"title": title, "guidance": "Score 0 to 10.", "weight": weight,
                       "max_score": 10, "min_score": 2})
            })
            .collect(),
    )
}

#[tokio::test]
async fn three_real_calls_are_set_up_opened_and_shown_on_the_public_pages() {
    let app = spawn_app().await;
    let (_, manager) = app
        .user_with_token("programmes@example.org", &[Role::Manager])
        .await;

    // Tunisia: ten weighted criteria, a minimum total and a regional quota.
    let tunisia_agency = agency(&app, &manager, "Ministère des Affaires locales", "TN").await;
    let tunisia = programme(
        &app,
        &manager,
        json!({"name": "OGP Local Tunisia", "agency_id": tunisia_agency, "currency": "TND",
               "reporting_cadence_months": 6}),
    )
    .await;
    let mut tunisian = details(
        "TUN",
        "Municipal selection 2027",
        "Africa/Tunis",
        "800000",
        "20000",
        "80000.500",
    );
    tunisian["min_total_score"] = json!("60");
    tunisian["tie_break"] = json!([1, 4]);
    tunisian["quotas"] = json!([{"subdivision": "TN-42", "min_awards": 1, "max_awards": 3}]);
    let call = create_call(&app, &manager, &tunisia, tunisian).await;
    assert_eq!(call["state"], "draft");
    assert_eq!(call["max_award"], "80000.500", "three decimals for dinars");
    let call = put(
        &app,
        &manager,
        &call,
        "criteria",
        json!({"criteria": tunisian_criteria()}),
    )
    .await;
    let call = put(
        &app,
        &manager,
        &call,
        "eligibility",
        json!({"rules": [
            {"type": "applicant_kinds", "kinds": ["municipality"]},
            {"type": "location", "countries": ["TN"], "subdivisions": []},
        ]}),
    )
    .await;
    let opened = act(&app, &manager, &call, "open").await;
    assert_eq!(opened.status, 200, "{}", opened.body);
    let tunisia_call = opened.body["id"].as_str().unwrap().to_owned();

    // Germany: a lab needs at least two municipalities and one civil-society organisation.
    let germany_agency = agency(&app, &manager, "Bundesministerium des Innern", "DE").await;
    let germany = programme(
        &app,
        &manager,
        json!({"name": "Regional Open Government Labs", "agency_id": germany_agency,
               "currency": "EUR", "reporting_cadence_months": 6}),
    )
    .await;
    let call = create_call(
        &app,
        &manager,
        &germany,
        details(
            "LAB",
            "Modellvorhaben 2027",
            "Europe/Berlin",
            "2400000",
            "50000",
            "200000",
        ),
    )
    .await;
    let call = put(
        &app,
        &manager,
        &call,
        "criteria",
        json!({"criteria": [
            {"title": "Quality of the lab's collaboration", "weight": "3", "max_score": 5},
            {"title": "Transferability to other regions", "weight": "2", "max_score": 5},
        ]}),
    )
    .await;
    let call = put(
        &app,
        &manager,
        &call,
        "eligibility",
        json!({"rules": [{"type": "consortium", "minimums": [
            {"kind": "municipality", "minimum": 2}, {"kind": "civil_society", "minimum": 1}]}]}),
    )
    .await;
    assert_eq!(act(&app, &manager, &call, "open").await.status, 200);

    // Argentina: applicants must have completed the open government course.
    let argentina_agency = agency(&app, &manager, "Secretaría de Innovación Pública", "AR").await;
    let argentina = programme(
        &app,
        &manager,
        json!({"name": "Programa Federal de Gobierno Abierto", "agency_id": argentina_agency,
               "currency": "ARS", "reporting_cadence_months": 6}),
    )
    .await;
    let course = app
        .api(
            "POST",
            &format!("/programmes/{argentina}/prerequisites"),
            Some(&manager),
            Some(json!({"name": "Completed the open government course"})),
        )
        .await;
    assert_eq!(course.status, 201, "{}", course.body);
    let call = create_call(
        &app,
        &manager,
        &argentina,
        details(
            "PFGA",
            "Convocatoria federal 2027",
            "America/Argentina/Buenos_Aires",
            "90000000",
            "1000000",
            "9000000",
        ),
    )
    .await;
    let call = put(
        &app,
        &manager,
        &call,
        "criteria",
        json!({"criteria": [{"title": "Citizen participation", "weight": "1", "max_score": 10}]}),
    )
    .await;
    let call = put(
        &app,
        &manager,
        &call,
        "eligibility",
        json!({"rules": [{"type": "prerequisites", "required": [
            {"id": course.body["id"], "name": "Completed the open government course"}]}]}),
    )
    .await;
    assert_eq!(act(&app, &manager, &call, "open").await.status, 200);

    // The public sees all three, without signing in.
    let open = app.api("GET", "/calls?phase=open", None, None).await;
    assert_eq!(open.status, 200);
    assert_eq!(open.body["total"], 3, "{}", open.body);
    let german = app.api("GET", "/calls?country=DE", None, None).await;
    assert_eq!(german.body["total"], 1);
    assert_eq!(
        german.body["items"][0]["eligibility_rules"][0]["type"],
        "consortium"
    );
    let shown = app
        .api("GET", &format!("/calls/{tunisia_call}"), None, None)
        .await;
    assert_eq!(shown.status, 200);
    assert_eq!(shown.body["criteria"].as_array().unwrap().len(), 10);
    assert_eq!(shown.body["criteria"][1]["weight"], "1.5");
    assert_eq!(shown.body["min_total_score"], "60");
    assert_eq!(shown.body["time_zone"], "Africa/Tunis");
    assert_eq!(shown.body["phase"], "open");

    // And on the public web pages.
    let page = app.client.get(app.url("/calls")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    for title in [
        "Municipal selection 2027",
        "Modellvorhaben 2027",
        "Convocatoria federal 2027",
    ] {
        assert!(html.contains(title), "{title} is listed publicly");
    }
    let page = app
        .client
        .get(app.url(&format!("/calls/{tunisia_call}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Political commitment of the municipal council"));
    assert!(page.contains("Africa/Tunis"));
}

#[tokio::test]
async fn editing_a_frozen_part_of_an_open_call_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    let manager = app
        .create_user("m@example.org", &[Role::Manager], None)
        .await;
    let token = app.token_for(&manager).await;
    let programme = app.programme(&manager, "Labs", "DE", "EUR").await;
    let draft = app.draft_call(&manager, &programme, "LAB").await;
    let id = draft.call.id;
    let opened = app
        .api(
            "POST",
            &format!("/calls/{id}/open"),
            Some(&token),
            Some(json!({"version": draft.call.version})),
        )
        .await;
    assert_eq!(opened.status, 200, "{}", opened.body);
    let version = opened.body["version"].clone();
    let before = app.audit_count().await;

    let criteria = app
        .api(
            "PUT",
            &format!("/calls/{id}/criteria"),
            Some(&token),
            Some(json!({"version": version, "criteria": [{"title": "Other", "weight": "9", "max_score": 3}]})),
        )
        .await;
    assert_eq!(criteria.problem(409), "/problems/conflict");
    assert!(
        criteria.body["detail"]
            .as_str()
            .unwrap()
            .contains("criteria"),
        "{}",
        criteria.body
    );
    for part in ["questions", "eligibility"] {
        let body = if part == "questions" {
            json!({"version": version, "questions": []})
        } else {
            json!({"version": version, "rules": []})
        };
        app.api(
            "PUT",
            &format!("/calls/{id}/{part}"),
            Some(&token),
            Some(body),
        )
        .await
        .problem(409);
    }
    let mut changed = opened.body.clone();
    changed["max_award"] = json!("30000");
    changed["version"] = version.clone();
    let details = app
        .api("PUT", &format!("/calls/{id}"), Some(&token), Some(changed))
        .await;
    assert_eq!(details.problem(409), "/problems/conflict");
    assert!(
        details.body["detail"]
            .as_str()
            .unwrap()
            .contains("largest award"),
        "{}",
        details.body
    );

    let after = app.api("GET", &format!("/calls/{id}"), None, None).await;
    assert_eq!(after.body["criteria"][0]["title"], "Quality");
    assert_eq!(after.body["max_award"], "20000.00");
    assert_eq!(after.body["version"], version);
    assert_eq!(app.audit_count().await, before);
}

#[tokio::test]
async fn correcting_the_deadline_of_an_open_call_is_allowed_and_audited() {
    let app = spawn_app().await;
    let manager = app
        .create_user("m@example.org", &[Role::Manager], None)
        .await;
    let token = app.token_for(&manager).await;
    let programme = app.programme(&manager, "OGP Local", "TN", "TND").await;
    let draft = app.draft_call(&manager, &programme, "TUN").await;
    let id = draft.call.id;
    let opened = app
        .api(
            "POST",
            &format!("/calls/{id}/open"),
            Some(&token),
            Some(json!({"version": draft.call.version})),
        )
        .await;
    let new_deadline = (chrono::Utc::now() + chrono::Duration::days(60))
        .with_timezone(&chrono::Utc)
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let mut body = opened.body.clone();
    body["closes_at"] = json!(new_deadline);
    body["title"] = json!("OGP Local call, deadline extended");
    let updated = app
        .api("PUT", &format!("/calls/{id}"), Some(&token), Some(body))
        .await;
    assert_eq!(updated.status, 200, "{}", updated.body);
    assert_eq!(updated.body["title"], "OGP Local call, deadline extended");

    let audit = app
        .api(
            "GET",
            &format!("/audit?subject_type=call&subject_id={id}"),
            Some(&token),
            None,
        )
        .await;
    let latest = &audit.body["items"][0];
    assert_eq!(latest["action"], "call.details_updated");
    let summary = latest["summary"].as_str().unwrap();
    assert!(
        summary.contains("closes_at:") && summary.contains(&new_deadline[..10]),
        "{summary}"
    );
}

#[tokio::test]
async fn a_draft_is_shown_to_managers_only() {
    let app = spawn_app().await;
    let manager = app
        .create_user("m@example.org", &[Role::Manager], None)
        .await;
    let token = app.token_for(&manager).await;
    let (_, applicant) = app.sign_up_municipality("Sousse", "s@sousse.tn").await;
    let applicant = app.token_for(&applicant).await;
    let programme = app.programme(&manager, "OGP Local", "TN", "TND").await;
    let draft = app.draft_call(&manager, &programme, "TUN").await;
    let path = format!("/calls/{}", draft.call.id);
    app.api("GET", &path, None, None).await.problem(404);
    app.api("GET", &path, Some(&applicant), None)
        .await
        .problem(404);
    assert_eq!(app.api("GET", &path, Some(&token), None).await.status, 200);
    assert_eq!(app.api("GET", "/calls", None, None).await.body["total"], 0);
    assert_eq!(
        app.api("GET", "/calls", Some(&token), None).await.body["total"],
        1
    );
    assert_eq!(
        app.api("GET", "/calls?phase=draft", Some(&token), None)
            .await
            .body["total"],
        1
    );
}

#[tokio::test]
async fn a_refused_transition_names_the_current_state() {
    let app = spawn_app().await;
    let manager = app
        .create_user("m@example.org", &[Role::Manager], None)
        .await;
    let token = app.token_for(&manager).await;
    let programme = app.programme(&manager, "OGP Local", "TN", "TND").await;
    let draft = app.draft_call(&manager, &programme, "TUN").await;
    let response = app
        .api(
            "POST",
            &format!("/calls/{}/start-review", draft.call.id),
            Some(&token),
            Some(json!({"version": draft.call.version})),
        )
        .await;
    assert_eq!(response.problem(409), "/problems/invalid-transition");
    assert!(
        response.body["detail"].as_str().unwrap().contains("draft"),
        "{}",
        response.body
    );
}

#[tokio::test]
async fn a_call_without_criteria_cannot_open() {
    let app = spawn_app().await;
    let (manager_user, token) = app.user_with_token("m@example.org", &[Role::Manager]).await;
    let programme = app.programme(&manager_user, "Labs", "DE", "EUR").await;
    let call = create_call(
        &app,
        &token,
        &programme.id.to_string(),
        details(
            "LAB",
            "No criteria yet",
            "Europe/Berlin",
            "1000",
            "10",
            "100",
        ),
    )
    .await;
    let response = act(&app, &token, &call, "open").await;
    response.problem(422);
    assert_eq!(response.error_fields(), ["criteria"]);
}

#[tokio::test]
async fn inconsistent_call_details_get_a_field_error_each() {
    let app = spawn_app().await;
    let (manager_user, token) = app.user_with_token("m@example.org", &[Role::Manager]).await;
    let programme = app.programme(&manager_user, "Labs", "DE", "EUR").await;
    let mut body = details("L", "", "Mars/Olympus", "100", "500", "200.001");
    body["closes_at"] = body["opens_at"].clone();
    body["max_awards"] = json!(0);
    body["programme_id"] = json!(programme.id);
    let before = app.audit_count().await;
    let response = app.api("POST", "/calls", Some(&token), Some(body)).await;
    response.problem(422);
    assert_eq!(
        response.error_fields(),
        [
            "code",
            "title",
            "closes_at",
            "time_zone",
            "max_award",
            "max_awards"
        ]
    );
    assert_eq!(app.audit_count().await, before);
}

#[tokio::test]
async fn a_call_is_cloned_as_the_next_cycle_without_its_dates() {
    let app = spawn_app().await;
    let manager = app
        .create_user("m@example.org", &[Role::Manager], None)
        .await;
    let token = app.token_for(&manager).await;
    let programme = app
        .programme(&manager, "Programa Federal", "AR", "ARS")
        .await;
    let draft = app.draft_call(&manager, &programme, "PFGA").await;
    let opens = "2027-09-01T12:00:00Z";
    let closes = "2027-10-31T23:00:00Z";
    let cloned = app
        .api(
            "POST",
            &format!("/calls/{}/clone", draft.call.id),
            Some(&token),
            Some(json!({"opens_at": opens, "closes_at": closes})),
        )
        .await;
    assert_eq!(cloned.status, 201, "{}", cloned.body);
    assert_eq!(cloned.body["state"], "draft");
    assert_eq!(cloned.body["cloned_from"], draft.call.id.to_string());
    assert_eq!(cloned.body["criteria"][0]["title"], "Quality");
    let opened_at: chrono::DateTime<chrono::Utc> =
        cloned.body["opens_at"].as_str().unwrap().parse().unwrap();
    assert_eq!(
        opened_at,
        opens.parse::<chrono::DateTime<chrono::Utc>>().unwrap()
    );
    assert_ne!(cloned.body["id"], draft.call.id.to_string());
}

#[tokio::test]
async fn prerequisites_are_imported_from_csv_with_a_report_per_row() {
    let app = spawn_app().await;
    let manager = app
        .create_user("m@example.org", &[Role::Manager], None)
        .await;
    let token = app.token_for(&manager).await;
    let programme = app
        .programme(&manager, "Programa Federal", "AR", "ARS")
        .await;
    let (rosario, member) = app
        .sign_up_municipality("Rosario", "staff@rosario.gob.ar")
        .await;
    let course = app
        .api(
            "POST",
            &format!("/programmes/{}/prerequisites", programme.id),
            Some(&token),
            Some(json!({"name": "Open government course"})),
        )
        .await;
    assert_eq!(course.status, 201);
    let csv = format!(
        "organisation,prerequisite,achieved_on,evidence\n\
         {rosario},Open government course,2026-05-04,Certificate 17\n\
         {rosario},Open government course,2026-05-04,Twice\n\
         unknown-code,Open government course,2026-05-04,\n\
         {rosario},Letter of intent,2026-05-04,\n\
         {rosario},Open government course,04/05/2026,\n",
        rosario = rosario.id
    );
    let report = app
        .api(
            "POST",
            &format!("/programmes/{}/prerequisites/import", programme.id),
            Some(&token),
            Some(json!({"csv": csv})),
        )
        .await;
    assert_eq!(report.status, 200, "{}", report.body);
    assert_eq!(report.body["recorded"], 1);
    assert_eq!(report.body["refused"], 4);
    let codes: Vec<_> = report.body["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            (
                row["line"].as_u64().unwrap(),
                row["reason_code"].as_str().unwrap_or("ok"),
            )
        })
        .collect();
    assert_eq!(
        codes,
        [
            (2, "ok"),
            (3, "error-prerequisite-recorded"),
            (4, "error-organisation-not-found"),
            (5, "error-prerequisite-name-unknown"),
            (6, "error-date-invalid"),
        ]
    );
    let member = app.token_for(&member).await;
    let held = app
        .api(
            "GET",
            &format!("/organisations/{}/prerequisites", rosario.id),
            Some(&member),
            None,
        )
        .await;
    assert_eq!(held.body[0]["name"], "Open government course");
    assert_eq!(held.body[0]["evidence"], "Certificate 17");
}

#[tokio::test]
async fn a_programme_needs_a_national_agency_and_a_real_currency() {
    let app = spawn_app().await;
    let (_, token) = app.user_with_token("m@example.org", &[Role::Manager]).await;
    let (municipality, _) = app.sign_up_municipality("Tunis", "t@tunis.tn").await;
    let response = app
        .api(
            "POST",
            "/programmes",
            Some(&token),
            Some(
                json!({"name": "X", "agency_id": municipality.id, "currency": "XYZ",
                        "reporting_cadence_months": 0}),
            ),
        )
        .await;
    response.problem(422);
    assert_eq!(
        response.error_fields(),
        ["currency", "reporting_cadence_months", "agency_id"]
    );
}

#[tokio::test]
async fn an_open_call_counts_as_closed_from_its_deadline_on() {
    use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};
    let app = spawn_app().await;
    let manager = app
        .create_user("m@example.org", &[Role::Manager], None)
        .await;
    let token = app.token_for(&manager).await;
    let programme = app.programme(&manager, "OGP Local", "TN", "TND").await;
    let draft = app.draft_call(&manager, &programme, "TUN").await;
    let opened = domain::calls::service::act(
        &app.db,
        &TestApp::actor(&manager),
        draft.call.id,
        draft.call.version,
        domain::calls::CallAction::Open,
    )
    .await
    .unwrap();
    // The deadline passes: nobody presses "close".
    let mut stored = opened.call.clone().into_active_model();
    stored.closes_at = Set(chrono::Utc::now() - chrono::Duration::minutes(1));
    stored.update(&app.db).await.unwrap();

    let shown = app
        .api("GET", &format!("/calls/{}", draft.call.id), None, None)
        .await;
    assert_eq!(shown.body["state"], "closed");
    assert_eq!(shown.body["phase"], "past");
    assert_eq!(
        app.api("GET", "/calls?phase=open", None, None).await.body["total"],
        0
    );
    assert_eq!(
        app.api("GET", "/calls?phase=past", None, None).await.body["total"],
        1
    );
    app.seat_committee(&manager, draft.call.id, 1, 1, &[]).await;
    let review = app
        .api(
            "POST",
            &format!("/calls/{}/start-review", draft.call.id),
            Some(&token),
            Some(json!({"version": opened.call.version})),
        )
        .await;
    assert_eq!(review.status, 200, "{}", review.body);
    assert_eq!(review.body["state"], "reviewing");
}
