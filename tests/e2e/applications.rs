//! Applications through the JSON API: the three real programmes apply (Tunisia's ten-criteria call, a German
//! lab consortium, an Argentine municipality and its training prerequisite), the deadline to the second,
//! concurrent saves and submits, cross-organisation refusals, refused attachments, screening and the CSV
//! export.

use chrono::{DateTime, Duration, Utc};
use convoca_tests::{ApiResponse, TEST_PASSWORD, TestApp, spawn_app};
use domain::Role;
use domain::accounts::{SignUpInput, User};
use domain::calls::EligibilityRule;
use domain::calls::eligibility::{KindMinimum, RequiredPrerequisite};
use domain::calls::questions::QuestionInput;
use domain::calls::service::CallView;
use domain::organisations::{Organisation, OrganisationInput, OrganisationKind};
use domain::programmes::Programme;
use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::{Value, json};
use uuid::Uuid;

const PDF: &[u8] =
    b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
const PNG: &[u8] = &[
    0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, b'I', b'H', b'D', b'R', 0, 0,
];

/// A programme manager and their token.
async fn manager(app: &TestApp) -> (User, String) {
    app.user_with_token("manager@programme.example", &[Role::Manager])
        .await
}

/// A local government signed up with its first applicant, and that applicant's token.
pub(crate) async fn local_government(
    app: &TestApp,
    name: &str,
    country: &str,
    subdivision: &str,
    email: &str,
) -> (Organisation, User, String) {
    let signed_up = domain::accounts::sign_up(
        &app.db,
        &SignUpInput {
            organisation: OrganisationInput {
                name: name.to_owned(),
                kind: "municipality".into(),
                country: country.to_owned(),
                subdivision: Some(subdivision.to_owned()),
                population: Some(120_000),
                ..Default::default()
            },
            name: format!("Staff of {name}"),
            email: email.to_owned(),
            password: TEST_PASSWORD.to_owned(),
            language: Default::default(),
        },
    )
    .await
    .expect("sign-up succeeds");
    let token = app.token_for(&signed_up.user).await;
    (signed_up.organisation, signed_up.user, token)
}

pub(crate) async fn verify(app: &TestApp, manager: &User, organisation: &Organisation) {
    domain::organisations::verify(&app.db, &TestApp::actor(manager), organisation.id)
        .await
        .expect("the organisation is verified");
}

fn long_text(prompt: &str) -> QuestionInput {
    QuestionInput {
        prompt: prompt.into(),
        kind: "long_text".into(),
        required: true,
        ..Default::default()
    }
}

fn document(prompt: &str) -> QuestionInput {
    QuestionInput {
        prompt: prompt.into(),
        kind: "document".into(),
        required: true,
        ..Default::default()
    }
}

/// Tunisia's call: ten weighted criteria, municipalities of Tunisia only, a written commitment and the
/// municipal council's resolution.
async fn tunisian_call(app: &TestApp, manager: &User) -> CallView {
    use domain::calls::service;
    let actor = TestApp::actor(manager);
    let programme = app
        .programme(manager, "OGP Local Tunisia", "TN", "TND")
        .await;
    let draft = app.draft_call(manager, &programme, "TUN").await;
    let criteria: Vec<_> = [
        "Political commitment",
        "Participation mechanisms",
        "Access to information",
        "Civil-society engagement",
        "Gender inclusion",
        "Youth inclusion",
        "Administrative capacity",
        "Digital readiness",
        "Budget transparency",
        "Sustainability",
    ]
    .iter()
    .map(|title| domain::calls::criteria::CriterionInput {
        title: (*title).into(),
        guidance: "Score 0 to 10.".into(),
        weight: "1".into(),
        max_score: 10,
        min_score: Some(2),
    })
    .collect();
    let draft = service::replace_criteria(
        &app.db,
        &actor,
        draft.call.id,
        draft.call.version,
        &criteria,
    )
    .await
    .unwrap();
    assert_eq!(draft.criteria.len(), 10);
    let draft = service::replace_questions(
        &app.db,
        &actor,
        draft.call.id,
        draft.call.version,
        &[
            long_text("How will the council adopt the action plan?"),
            document("Municipal council resolution"),
        ],
    )
    .await
    .unwrap();
    let draft = service::replace_eligibility(
        &app.db,
        &actor,
        draft.call.id,
        draft.call.version,
        &[
            EligibilityRule::ApplicantKinds {
                kinds: vec![OrganisationKind::Municipality],
            },
            EligibilityRule::Location {
                countries: vec!["TN".into()],
                subdivisions: vec![],
            },
            EligibilityRule::RequestedAmount {
                min_minor: Some(1_000_000),
                max_minor: Some(20_000_000),
            },
        ],
    )
    .await
    .unwrap();
    service::act(
        &app.db,
        &actor,
        draft.call.id,
        draft.call.version,
        domain::calls::CallAction::Open,
    )
    .await
    .unwrap()
}

/// A plain call of `programme` with one required text question and the given rules.
async fn simple_call(
    app: &TestApp,
    manager: &User,
    programme: &Programme,
    code: &str,
    rules: &[EligibilityRule],
) -> CallView {
    app.open_call(manager, programme, code, &[long_text("Why now?")], rules)
        .await
}

/// A running app with a manager (and token) and an open Tunisian call without rules, the clock inside it.
pub(crate) async fn tunisian_world() -> (TestApp, User, String, CallView) {
    tunisian_world_on(spawn_app().await).await
}

/// The same world on a server already started (with another attachment store, say).
pub(crate) async fn tunisian_world_on(app: TestApp) -> (TestApp, User, String, CallView) {
    let (manager, token) = manager(&app).await;
    let programme = app
        .programme(&manager, "OGP Local Tunisia", "TN", "TND")
        .await;
    let call = simple_call(&app, &manager, &programme, "TUN", &[]).await;
    app.clock.set(Some(within(&call)));
    (app, manager, token, call)
}

pub(crate) async fn start(app: &TestApp, token: &str, call: &CallView) -> Value {
    let started = app
        .api(
            "POST",
            &format!("/calls/{}/applications", call.call.id),
            Some(token),
            None,
        )
        .await;
    assert_eq!(started.status, 201, "{}", started.body);
    started.body
}

/// A complete draft: the five texts, the answer to every text question, two budget lines.
fn content(call: &CallView, version: i64, title: &str, amount: &str) -> Value {
    let answers: Vec<Value> = call
        .questions
        .iter()
        .filter(|q| q.kind == domain::calls::questions::QuestionKind::LongText)
        .map(|q| json!({"question_id": q.id, "value": "The council votes it in March."}))
        .collect();
    json!({
        "version": version,
        "title": title,
        "summary": "Open budget sessions in every district.",
        "problem": "Residents do not know how the budget is spent.",
        "objectives": "Publish the budget and co-decide 10% of investments.",
        "participation_plan": "Six district assemblies and an online vote.",
        "answers": answers,
        "budget_lines": [
            {"category": "Events", "description": "District assemblies", "amount": amount},
            {"category": "Services", "description": "Online voting platform", "amount": "2500"},
        ],
        "co_funding": "1000",
    })
}

async fn save(app: &TestApp, token: &str, application: &Value, body: Value) -> ApiResponse {
    app.api(
        "PUT",
        &format!("/applications/{}", application["id"].as_str().unwrap()),
        Some(token),
        Some(body),
    )
    .await
}

pub(crate) async fn action(
    app: &TestApp,
    token: &str,
    application: &Value,
    verb: &str,
) -> ApiResponse {
    app.api(
        "POST",
        &format!(
            "/applications/{}/{verb}",
            application["id"].as_str().unwrap()
        ),
        Some(token),
        None,
    )
    .await
}

/// Starts and fills in an application; returns it as saved.
pub(crate) async fn complete_application(
    app: &TestApp,
    token: &str,
    call: &CallView,
    title: &str,
) -> Value {
    let started = start(app, token, call).await;
    let saved = save(app, token, &started, content(call, 1, title, "12000")).await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    saved.body
}

pub(crate) fn id_of(value: &Value) -> &str {
    value["id"].as_str().unwrap()
}

async fn submissions(app: &TestApp) -> u64 {
    domain::applications::entity::submission::Entity::find()
        .count(&app.db)
        .await
        .unwrap()
}

fn within(call: &CallView) -> DateTime<Utc> {
    call.call.opens_at + Duration::hours(2)
}

#[tokio::test]
async fn a_tunisian_municipality_applies_to_the_ten_criteria_call_and_gets_a_receipt() {
    let app = spawn_app().await;
    let (manager, manager_token) = manager(&app).await;
    let call = tunisian_call(&app, &manager).await;
    app.clock.set(Some(within(&call)));
    let (sfax, _, token) =
        local_government(&app, "Municipalité de Sfax", "TN", "TN-61", "staff@sfax.tn").await;

    let draft = start(&app, &token, &call).await;
    assert_eq!(draft["state"], "draft");
    assert_eq!(draft["complete"], false);
    let again = app
        .api(
            "POST",
            &format!("/calls/{}/applications", call.call.id),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(again.problem(409), "/problems/conflict");

    let saved = save(
        &app,
        &token,
        &draft,
        content(&call, 1, "Budget ouvert", "12500.5"),
    )
    .await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    assert_eq!(saved.body["requested"], "15000.500");
    assert_eq!(saved.body["co_funding"], "1000.000");
    assert_eq!(saved.body["version"], 2);
    assert_eq!(
        saved.body["eligible"], true,
        "{}",
        saved.body["eligibility"]
    );
    let open_items: Vec<&str> = saved.body["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|item| item["done"] == false)
        .map(|item| item["label"].as_str().unwrap())
        .collect();
    assert_eq!(
        open_items,
        ["A document for “Municipal council resolution”"]
    );

    let resolution = call.questions.iter().find(|q| q.is_document()).unwrap();
    let uploaded = app
        .upload(
            &format!("/applications/{}/attachments", id_of(&draft)),
            Some(&token),
            "Délibération du conseil.pdf",
            PDF.to_vec(),
            Some(resolution.id),
        )
        .await;
    assert_eq!(uploaded.status, 201, "{}", uploaded.body);
    assert_eq!(uploaded.body["complete"], true);
    let attachment = &uploaded.body["attachments"][0];
    assert_eq!(attachment["media_type"], "application/pdf");
    assert_eq!(attachment["size_bytes"], PDF.len());

    // A save answers with what reading the application answers: attachments, checklist and eligibility.
    let version = uploaded.body["version"].as_i64().unwrap();
    let resaved = save(
        &app,
        &token,
        &draft,
        content(&call, version, "Budget ouvert", "12500.5"),
    )
    .await;
    assert_eq!(resaved.status, 200, "{}", resaved.body);
    assert_eq!(resaved.body["version"], version + 1);
    let read = app
        .api(
            "GET",
            &format!("/applications/{}", id_of(&draft)),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(read.status, 200);
    assert_eq!(resaved.body, read.body);
    assert_eq!(resaved.body["complete"], true);

    // Not yet verified by the programme: refused, with the reason.
    let refused = action(&app, &token, &draft, "submit").await;
    assert_eq!(refused.problem(422), "/problems/validation");
    assert_eq!(refused.error_fields(), ["organisation"]);
    assert_eq!(submissions(&app).await, 0);

    verify(&app, &manager, &sfax).await;
    let submitted = action(&app, &token, &draft, "submit").await;
    assert_eq!(submitted.status, 200, "{}", submitted.body);
    assert_eq!(submitted.body["state"], "submitted");
    let year = within(&call).format("%Y").to_string();
    assert_eq!(submitted.body["reference"], format!("TUN-{year}-0001"));

    // Locked: no more edits or attachments.
    let locked = save(&app, &token, &draft, content(&call, 3, "Changed", "1")).await;
    assert_eq!(locked.problem(409), "/problems/conflict");
    let late_upload = app
        .upload(
            &format!("/applications/{}/attachments", id_of(&draft)),
            Some(&token),
            "more.pdf",
            PDF.to_vec(),
            None,
        )
        .await;
    assert_eq!(late_upload.status, 409);

    let receipt = app
        .api(
            "GET",
            &format!("/applications/{}/receipt", id_of(&draft)),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(receipt.status, 200, "{}", receipt.body);
    assert_eq!(receipt.body["reference"], format!("TUN-{year}-0001"));
    assert_eq!(receipt.body["snapshot"]["title"], "Budget ouvert");
    assert_eq!(receipt.body["snapshot"]["requested"], "15000.500");
    assert_eq!(
        receipt.body["snapshot"]["attachments"][0]["file_name"],
        "Délibération du conseil.pdf"
    );

    let outbox = domain::notifications::pending(&app.db).await.unwrap();
    assert_eq!(outbox.len(), 1);
    assert_eq!(
        outbox[0].kind,
        domain::notifications::Kind::ApplicationSubmitted
    );
    assert_eq!(outbox[0].recipient_email, "staff@sfax.tn");
    let payload = domain::notifications::payload_of(&outbox[0]).unwrap();
    assert_eq!(payload["reference"], format!("TUN-{year}-0001"));

    let listed = app
        .api(
            "GET",
            &format!("/calls/{}/applications", call.call.id),
            Some(&manager_token),
            None,
        )
        .await;
    assert_eq!(listed.status, 200, "{}", listed.body);
    assert_eq!(listed.body["total"], 1);
    assert_eq!(
        listed.body["items"][0]["lead"]["name"],
        "Municipalité de Sfax"
    );
    let mine = app.api("GET", "/applications", Some(&token), None).await;
    assert_eq!(mine.body[0]["next_step"], "await_screening");
}

#[tokio::test]
async fn a_german_lab_consortium_applies_and_one_without_its_civil_society_partner_is_told_why_not()
{
    let app = spawn_app().await;
    let (manager, _) = manager(&app).await;
    let programme = app
        .programme(&manager, "Regionale Open Government Labore", "DE", "EUR")
        .await;
    let call = simple_call(
        &app,
        &manager,
        &programme,
        "LAB",
        &[
            EligibilityRule::ApplicantKinds {
                kinds: vec![OrganisationKind::Municipality],
            },
            EligibilityRule::Consortium {
                minimums: vec![
                    KindMinimum {
                        kind: OrganisationKind::Municipality,
                        minimum: 2,
                    },
                    KindMinimum {
                        kind: OrganisationKind::CivilSociety,
                        minimum: 1,
                    },
                ],
            },
        ],
    )
    .await;
    app.clock.set(Some(within(&call)));
    let (herne, _, herne_token) =
        local_government(&app, "Stadt Herne", "DE", "DE-NW", "lab@herne.de").await;
    let (bochum, _, _) =
        local_government(&app, "Stadt Bochum", "DE", "DE-NW", "lab@bochum.de").await;
    verify(&app, &manager, &herne).await;

    let application = complete_application(&app, &herne_token, &call, "Ruhr Open Lab").await;
    assert_eq!(application["eligible"], false);

    let found = app
        .api(
            "GET",
            &format!(
                "/applications/{}/partner-candidates?search=boch",
                id_of(&application)
            ),
            Some(&herne_token),
            None,
        )
        .await;
    assert_eq!(found.status, 200, "{}", found.body);
    assert_eq!(found.body[0]["id"], bochum.id.to_string());
    let added = app
        .api(
            "POST",
            &format!("/applications/{}/partners", id_of(&application)),
            Some(&herne_token),
            Some(json!({"organisation_id": bochum.id, "role": "Co-hosts the lab"})),
        )
        .await;
    assert_eq!(added.status, 200, "{}", added.body);
    let duplicate = app
        .api(
            "POST",
            &format!("/applications/{}/partners", id_of(&application)),
            Some(&herne_token),
            Some(json!({"organisation_id": bochum.id, "role": "Again"})),
        )
        .await;
    assert_eq!(duplicate.problem(409), "/problems/conflict");

    // The civil-society partner has no account: registered on the spot.
    let registered = app
        .api(
            "POST",
            &format!("/applications/{}/partners/register", id_of(&application)),
            Some(&herne_token),
            Some(json!({
                "organisation": {"name": "Offene Kommunen.NRW e.V.", "kind": "civil_society", "country": "DE",
                                 "subdivision": "DE-NW"},
                "role": "Facilitates the co-creation workshops",
            })),
        )
        .await;
    assert_eq!(registered.status, 200, "{}", registered.body);
    assert_eq!(registered.body["partners"].as_array().unwrap().len(), 2);
    assert_eq!(
        registered.body["partners"][1]["organisation"]["verified"],
        false
    );
    assert_eq!(
        registered.body["eligible"], true,
        "{}",
        registered.body["eligibility"]
    );
    let again = app
        .api(
            "POST",
            &format!("/applications/{}/partners/register", id_of(&application)),
            Some(&herne_token),
            Some(json!({
                "organisation": {"name": "offene kommunen.nrw e.V.", "kind": "civil_society", "country": "de"},
                "role": "Same organisation, registered twice",
            })),
        )
        .await;
    assert_eq!(again.error_fields(), ["organisation.name"]);
    let submitted = action(&app, &herne_token, &application, "submit").await;
    assert_eq!(submitted.status, 200, "{}", submitted.body);

    // Two municipalities, no civil-society organisation.
    let (dortmund, _, dortmund_token) =
        local_government(&app, "Stadt Dortmund", "DE", "DE-NW", "lab@dortmund.de").await;
    let (essen, _, _) = local_government(&app, "Stadt Essen", "DE", "DE-NW", "lab@essen.de").await;
    verify(&app, &manager, &dortmund).await;
    let incomplete = complete_application(&app, &dortmund_token, &call, "Emscher Lab").await;
    let with_essen = app
        .api(
            "POST",
            &format!("/applications/{}/partners", id_of(&incomplete)),
            Some(&dortmund_token),
            Some(json!({"organisation_id": essen.id, "role": "Co-hosts the lab"})),
        )
        .await;
    assert_eq!(with_essen.body["eligible"], false);
    let consortium = &with_essen.body["eligibility"][1];
    assert_eq!(consortium["passed"], false);
    assert_eq!(consortium["code"], "eligibility-consortium-fail");
    let explanation = consortium["explanation"].as_str().unwrap();
    assert!(
        explanation.contains("Civil-society organisation"),
        "{explanation}"
    );
    assert!(explanation.contains("0 of at least 1"), "{explanation}");

    let refused = action(&app, &dortmund_token, &incomplete, "submit").await;
    assert_eq!(refused.problem(422), "/problems/validation");
    assert_eq!(refused.error_fields(), ["eligibility[1]"]);
    let german = app
        .client
        .post(app.url(&format!(
            "/api/v1/applications/{}/submit",
            id_of(&incomplete)
        )))
        .bearer_auth(&dortmund_token)
        .header("Accept-Language", "de, fr;q=0.8")
        .send()
        .await
        .unwrap();
    let german = ApiResponse::read(german).await;
    assert!(
        german.body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("Zivilgesellschaftliche Organisation"),
        "{}",
        german.body
    );
    // A language Convoca does not write falls back to the next one asked for.
    let italian = app
        .client
        .post(app.url(&format!(
            "/api/v1/applications/{}/submit",
            id_of(&incomplete)
        )))
        .bearer_auth(&dortmund_token)
        .header("Accept-Language", "it, fr;q=0.8")
        .send()
        .await
        .unwrap();
    let italian = ApiResponse::read(italian).await;
    assert!(
        italian.body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("Organisation de la société civile"),
        "{}",
        italian.body
    );
}

#[tokio::test]
async fn an_argentine_municipality_without_the_training_is_told_which_prerequisite_it_lacks() {
    let app = spawn_app().await;
    let (manager, _) = manager(&app).await;
    let programme = app
        .programme(
            &manager,
            "Programa Federal de Gobierno Abierto",
            "AR",
            "ARS",
        )
        .await;
    let training = domain::prerequisites::create_kind(
        &app.db,
        &TestApp::actor(&manager),
        programme.id,
        &domain::prerequisites::KindInput {
            name: "Capacitación en gobierno abierto".into(),
            description: "The federal training course".into(),
        },
    )
    .await
    .unwrap();
    let call = simple_call(
        &app,
        &manager,
        &programme,
        "PFGA",
        &[EligibilityRule::Prerequisites {
            required: vec![RequiredPrerequisite {
                id: training.id,
                name: training.name.clone(),
            }],
        }],
    )
    .await;
    app.clock.set(Some(within(&call)));
    let (rosario, _, token) = local_government(
        &app,
        "Municipalidad de Rosario",
        "AR",
        "AR-S",
        "ga@rosario.gob.ar",
    )
    .await;
    verify(&app, &manager, &rosario).await;
    let application = complete_application(&app, &token, &call, "Rosario abierta").await;
    let verdict = &application["eligibility"][0];
    assert_eq!(verdict["passed"], false);
    assert!(
        verdict["explanation"]
            .as_str()
            .unwrap()
            .contains("Capacitación en gobierno abierto"),
        "{verdict}"
    );
    let refused = action(&app, &token, &application, "submit").await;
    assert_eq!(refused.error_fields(), ["eligibility[0]"]);
    assert!(
        refused.body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("Capacitación en gobierno abierto")
    );

    domain::prerequisites::record(
        &app.db,
        &TestApp::actor(&manager),
        &domain::prerequisites::RecordInput {
            prerequisite_kind_id: training.id,
            organisation_id: rosario.id,
            achieved_on: chrono::NaiveDate::from_ymd_opt(2026, 5, 4).unwrap(),
            evidence: "Certificate 2026-114".into(),
        },
    )
    .await
    .unwrap();
    let submitted = action(&app, &token, &application, "submit").await;
    assert_eq!(submitted.status, 200, "{}", submitted.body);
    assert!(
        submitted.body["reference"]
            .as_str()
            .unwrap()
            .starts_with("PFGA-")
    );
}

#[tokio::test]
async fn submitting_one_second_before_the_deadline_succeeds_and_at_the_deadline_fails() {
    let (app, manager, _, call) = tunisian_world().await;
    let mut ready = Vec::new();
    for (name, email) in [("Sousse", "a@sousse.tn"), ("Gabès", "a@gabes.tn")] {
        let (org, _, token) = local_government(&app, name, "TN", "TN-51", email).await;
        verify(&app, &manager, &org).await;
        let application = complete_application(&app, &token, &call, name).await;
        ready.push((token, application));
    }

    app.clock
        .set(Some(call.call.closes_at - Duration::seconds(1)));
    let in_time = action(&app, &ready[0].0, &ready[0].1, "submit").await;
    assert_eq!(in_time.status, 200, "{}", in_time.body);

    app.clock.set(Some(call.call.closes_at));
    let late = action(&app, &ready[1].0, &ready[1].1, "submit").await;
    assert_eq!(late.problem(409), "/problems/deadline-passed");
    let still = app
        .api(
            "GET",
            &format!("/applications/{}", id_of(&ready[1].1)),
            Some(&ready[1].0),
            None,
        )
        .await;
    assert_eq!(still.body["state"], "draft");
    assert!(still.body["reference"].is_null());
    assert_eq!(submissions(&app).await, 1);

    // Nor can the draft be edited or the submission withdrawn any more.
    let edit = save(
        &app,
        &ready[1].0,
        &ready[1].1,
        content(&call, 2, "Late", "1"),
    )
    .await;
    assert_eq!(edit.problem(409), "/problems/deadline-passed");
    let withdraw = action(&app, &ready[0].0, &ready[0].1, "withdraw").await;
    assert_eq!(withdraw.problem(409), "/problems/deadline-passed");
}

#[tokio::test]
async fn of_two_concurrent_saves_of_one_draft_exactly_one_succeeds_and_the_other_gets_409() {
    let (app, _, _, call) = tunisian_world().await;
    let (org, user, token) = local_government(&app, "Bizerte", "TN", "TN-23", "a@bizerte.tn").await;
    let colleague = app
        .create_user("b@bizerte.tn", &[Role::Applicant], Some(org.id))
        .await;
    let colleague_token = app.token_for(&colleague).await;
    assert_ne!(user.id, colleague.id);
    let draft = start(&app, &token, &call).await;

    let (first, second) = tokio::join!(
        save(&app, &token, &draft, content(&call, 1, "Mine", "100")),
        save(
            &app,
            &colleague_token,
            &draft,
            content(&call, 1, "Theirs", "200")
        ),
    );
    let mut statuses = [first.status, second.status];
    statuses.sort();
    assert_eq!(statuses, [200, 409], "{} / {}", first.body, second.body);
    let loser = if first.status == 409 { &first } else { &second };
    assert_eq!(loser.problem(409), "/problems/stale-version");
    let winner = if first.status == 200 { &first } else { &second };
    let stored = app
        .api(
            "GET",
            &format!("/applications/{}", id_of(&draft)),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(stored.body["title"], winner.body["title"]);
    assert_eq!(stored.body["version"], 2);
    assert_eq!(stored.body["budget_lines"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn a_double_submit_creates_one_submission_with_one_reference() {
    let (app, manager, _, call) = tunisian_world().await;
    let (org, _, token) = local_government(&app, "Kairouan", "TN", "TN-41", "a@kairouan.tn").await;
    verify(&app, &manager, &org).await;
    let application = complete_application(&app, &token, &call, "Kairouan participe").await;

    let (first, second) = tokio::join!(
        action(&app, &token, &application, "submit"),
        action(&app, &token, &application, "submit"),
    );
    assert_eq!(
        (first.status, second.status),
        (200, 200),
        "{} / {}",
        first.body,
        second.body
    );
    assert_eq!(first.body["reference"], second.body["reference"]);
    let third = action(&app, &token, &application, "submit").await;
    assert_eq!(third.body["reference"], first.body["reference"]);
    assert_eq!(submissions(&app).await, 1);
    assert_eq!(
        domain::notifications::pending(&app.db).await.unwrap().len(),
        1
    );
}

#[tokio::test]
async fn another_organisation_can_neither_see_nor_touch_an_application_or_its_attachments() {
    let (app, _, manager_token, call) = tunisian_world().await;
    let (_, _, owner) = local_government(&app, "Monastir", "TN", "TN-52", "a@monastir.tn").await;
    let (_, _, stranger) = local_government(&app, "Mahdia", "TN", "TN-53", "a@mahdia.tn").await;
    let (_, reviewer) = app
        .user_with_token("reviewer@example.org", &[Role::Reviewer])
        .await;
    let application = complete_application(&app, &owner, &call, "Monastir ouverte").await;
    let uploaded = app
        .upload(
            &format!("/applications/{}/attachments", id_of(&application)),
            Some(&owner),
            "plan.pdf",
            PDF.to_vec(),
            None,
        )
        .await;
    let attachment = uploaded.body["attachments"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let base = format!("/applications/{}", id_of(&application));
    let file = format!("{base}/attachments/{attachment}");

    for token in [&stranger, &reviewer] {
        for (method, path, body) in [
            ("GET", base.clone(), None),
            (
                "PUT",
                base.clone(),
                Some(content(&call, 2, "Hijacked", "1")),
            ),
            ("GET", file.clone(), None),
            ("DELETE", file.clone(), None),
            ("POST", format!("{base}/submit"), None),
            ("GET", format!("{base}/receipt"), None),
        ] {
            let response = app.api(method, &path, Some(token), body).await;
            assert_eq!(
                response.problem(404),
                "/problems/not-found",
                "{method} {path}"
            );
        }
    }
    let upload = app
        .upload(
            &format!("{base}/attachments"),
            Some(&stranger),
            "x.pdf",
            PDF.to_vec(),
            None,
        )
        .await;
    assert_eq!(upload.problem(404), "/problems/not-found");
    let theirs = app.api("GET", "/applications", Some(&stranger), None).await;
    assert_eq!(theirs.body, json!([]));
    let anonymous = app.api("GET", &base, None, None).await;
    assert_eq!(anonymous.problem(401), "/problems/unauthenticated");

    // The owner downloads the very bytes; a manager may read but not edit.
    let download = app
        .client
        .get(app.url(&format!("/api/v1{file}")))
        .bearer_auth(&owner)
        .send()
        .await
        .unwrap();
    assert_eq!(download.status(), 200);
    assert_eq!(download.headers()["x-content-type-options"], "nosniff");
    assert!(
        download.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    assert_eq!(download.bytes().await.unwrap().as_ref(), PDF);
    let managed = app.api("GET", &base, Some(&manager_token), None).await;
    assert_eq!(managed.status, 200);
    let managed_edit = save(
        &app,
        &manager_token,
        &application,
        content(&call, 2, "X", "1"),
    )
    .await;
    assert_eq!(managed_edit.problem(403), "/problems/forbidden");
    let after = app.api("GET", &base, Some(&owner), None).await;
    assert_eq!(after.body["title"], "Monastir ouverte");
}

#[tokio::test]
async fn oversized_or_disguised_attachments_are_refused_and_nothing_is_stored() {
    let (app, _, _, call) = tunisian_world().await;
    let (_, _, token) = local_government(&app, "Nabeul", "TN", "TN-21", "a@nabeul.tn").await;
    let draft = start(&app, &token, &call).await;
    let path = format!("/applications/{}/attachments", id_of(&draft));
    let audit_before = app.audit_count().await;

    let just_over = [PDF, &vec![b' '; 10 * 1024 * 1024 + 1 - PDF.len()]].concat();
    let too_large = app
        .upload(&path, Some(&token), "big.pdf", just_over, None)
        .await;
    assert_eq!(too_large.problem(422), "/problems/validation");
    assert_eq!(
        too_large.body["errors"][0]["code"],
        "error-attachment-too-large"
    );

    let far_over = vec![b'%'; 12 * 1024 * 1024];
    let refused_body = app
        .upload(&path, Some(&token), "huge.pdf", far_over, None)
        .await;
    assert_eq!(refused_body.problem(413), "/problems/payload-too-large");

    let disguised = app
        .upload(&path, Some(&token), "budget.pdf", PNG.to_vec(), None)
        .await;
    assert_eq!(
        disguised.body["errors"][0]["code"],
        "error-attachment-disguised"
    );

    let executable = [b"MZ".as_slice(), &[0x90; 256]].concat();
    let program = app
        .upload(&path, Some(&token), "minutes.pdf", executable, None)
        .await;
    assert_eq!(program.body["errors"][0]["code"], "error-attachment-type");
    let html = app
        .upload(
            &path,
            Some(&token),
            "page.html",
            b"<html><script>alert(1)</script>".to_vec(),
            None,
        )
        .await;
    assert_eq!(html.body["errors"][0]["code"], "error-attachment-type");

    assert_eq!(app.files.count().await.unwrap(), 0);
    assert_eq!(app.audit_count().await, audit_before);
    let stored = app
        .api(
            "GET",
            &format!("/applications/{}", id_of(&draft)),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(stored.body["attachments"], json!([]));

    // Twenty fit (the same document is stored once); the twenty-first does not.
    for i in 0..20 {
        let ok = app
            .upload(
                &path,
                Some(&token),
                &format!("annex-{i}.pdf"),
                PDF.to_vec(),
                None,
            )
            .await;
        assert_eq!(ok.status, 201, "{}", ok.body);
    }
    assert_eq!(app.files.count().await.unwrap(), 1);
    let one_more = app
        .upload(&path, Some(&token), "annex-21.png", PNG.to_vec(), None)
        .await;
    assert_eq!(one_more.body["errors"][0]["code"], "error-attachment-limit");
    assert_eq!(app.files.count().await.unwrap(), 1);

    // Removing every copy removes the stored file too.
    let attachments = app
        .api(
            "GET",
            &format!("/applications/{}", id_of(&draft)),
            Some(&token),
            None,
        )
        .await
        .body["attachments"]
        .clone();
    for attachment in attachments.as_array().unwrap() {
        let removed = app
            .api(
                "DELETE",
                &format!("{path}/{}", attachment["id"].as_str().unwrap()),
                Some(&token),
                None,
            )
            .await;
        assert_eq!(removed.status, 200, "{}", removed.body);
    }
    assert_eq!(app.files.count().await.unwrap(), 0);
}

#[tokio::test]
async fn a_manager_screens_an_application_ineligible_with_a_reason_the_applicant_sees() {
    let (app, manager, manager_token, call) = tunisian_world().await;
    let (org, _, token) = local_government(&app, "Jendouba", "TN", "TN-32", "a@jendouba.tn").await;
    verify(&app, &manager, &org).await;
    let application =
        complete_application(&app, &token, &call, "=HYPERLINK(\"http://evil.example\")").await;
    let submitted = action(&app, &token, &application, "submit").await;
    let version = submitted.body["version"].as_i64().unwrap();
    let screen_path = format!("/applications/{}/screen", id_of(&application));

    let by_applicant = app
        .api(
            "POST",
            &screen_path,
            Some(&token),
            Some(json!({"version": version, "outcome": "eligible"})),
        )
        .await;
    assert_eq!(by_applicant.problem(403), "/problems/forbidden");
    let without_reason = app
        .api(
            "POST",
            &screen_path,
            Some(&manager_token),
            Some(json!({"version": version, "outcome": "ineligible", "reason": "  "})),
        )
        .await;
    assert_eq!(without_reason.error_fields(), ["reason"]);
    let screened = app
        .api(
            "POST",
            &screen_path,
            Some(&manager_token),
            Some(json!({"version": version, "outcome": "ineligible",
                        "reason": "The council resolution is not signed."})),
        )
        .await;
    assert_eq!(screened.status, 200, "{}", screened.body);
    let stale = app
        .api(
            "POST",
            &screen_path,
            Some(&manager_token),
            Some(json!({"version": version, "outcome": "eligible"})),
        )
        .await;
    assert_eq!(stale.problem(409), "/problems/stale-version");

    let seen = app
        .api(
            "GET",
            &format!("/applications/{}", id_of(&application)),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(seen.body["state"], "ineligible");
    assert_eq!(
        seen.body["screening_reason"],
        "The council resolution is not signed."
    );
    let mine = app.api("GET", "/applications", Some(&token), None).await;
    assert_eq!(mine.body[0]["next_step"], "read_screening");
    let outbox = domain::notifications::pending(&app.db).await.unwrap();
    assert_eq!(
        outbox.last().unwrap().kind,
        domain::notifications::Kind::ApplicationScreened
    );

    let calls = format!("/calls/{}/applications", call.call.id);
    let ineligible = app
        .api(
            "GET",
            &format!("{calls}?state=ineligible&search=hyperlink"),
            Some(&manager_token),
            None,
        )
        .await;
    assert_eq!(ineligible.body["total"], 1, "{}", ineligible.body);
    let eligible = app
        .api(
            "GET",
            &format!("{calls}?state=eligible"),
            Some(&manager_token),
            None,
        )
        .await;
    assert_eq!(eligible.body["total"], 0);

    let csv = app
        .client
        .get(app.url(&format!("/api/v1{calls}.csv")))
        .bearer_auth(&manager_token)
        .send()
        .await
        .unwrap();
    assert_eq!(csv.status(), 200);
    assert!(
        csv.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let text = csv.text().await.unwrap();
    let mut rows = csv::Reader::from_reader(text.as_bytes());
    let row = rows.records().next().unwrap().unwrap();
    assert_eq!(&row[8], "'=HYPERLINK(\"http://evil.example\")");
    assert_eq!(&row[1], "ineligible");
    assert_eq!(&row[9], "14500.000");
    let by_applicant = app
        .api("GET", &format!("{calls}.csv"), Some(&token), None)
        .await;
    assert_eq!(by_applicant.problem(403), "/problems/forbidden");
}

#[tokio::test]
async fn a_submission_is_withdrawn_before_the_deadline_once() {
    let (app, manager, _, call) = tunisian_world().await;
    let (org, _, token) = local_government(&app, "Tozeur", "TN", "TN-72", "a@tozeur.tn").await;
    verify(&app, &manager, &org).await;
    let application = complete_application(&app, &token, &call, "Tozeur").await;
    let draft_withdraw = action(&app, &token, &application, "withdraw").await;
    assert_eq!(draft_withdraw.problem(409), "/problems/invalid-transition");
    action(&app, &token, &application, "submit").await;
    let withdrawn = action(&app, &token, &application, "withdraw").await;
    assert_eq!(withdrawn.status, 200, "{}", withdrawn.body);
    assert_eq!(withdrawn.body["state"], "withdrawn");
    let again = action(&app, &token, &application, "withdraw").await;
    assert_eq!(again.problem(409), "/problems/invalid-transition");
    let resubmit = action(&app, &token, &application, "submit").await;
    assert_eq!(resubmit.problem(409), "/problems/invalid-transition");
}

#[tokio::test]
async fn starting_needs_an_applicant_and_a_call_that_accepts_submissions() {
    let app = spawn_app().await;
    let (manager, manager_token) = manager(&app).await;
    let programme = app
        .programme(&manager, "OGP Local Tunisia", "TN", "TND")
        .await;
    let draft = app.draft_call(&manager, &programme, "TUN").await;
    let (_, _, token) = local_government(&app, "Siliana", "TN", "TN-34", "a@siliana.tn").await;
    let unpublished = app
        .api(
            "POST",
            &format!("/calls/{}/applications", draft.call.id),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(unpublished.problem(404), "/problems/not-found");

    let call = simple_call(&app, &manager, &programme, "TUN", &[]).await;
    let by_manager = app
        .api(
            "POST",
            &format!("/calls/{}/applications", call.call.id),
            Some(&manager_token),
            None,
        )
        .await;
    assert_eq!(by_manager.problem(403), "/problems/forbidden");
    app.clock
        .set(Some(call.call.closes_at + Duration::minutes(1)));
    let late = app
        .api(
            "POST",
            &format!("/calls/{}/applications", call.call.id),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(late.problem(409), "/problems/deadline-passed");
    let unknown = app
        .api(
            "POST",
            &format!("/calls/{}/applications", Uuid::now_v7()),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(unknown.problem(404), "/problems/not-found");
}

#[tokio::test]
async fn a_bad_draft_gets_every_field_error_and_changes_nothing() {
    let (app, _, _, call) = tunisian_world().await;
    let (_, _, token) = local_government(&app, "Kasserine", "TN", "TN-42", "a@kasserine.tn").await;
    let draft = start(&app, &token, &call).await;
    let audit_before = app.audit_count().await;
    let mut body = content(&call, 1, "Kasserine", "12.0005");
    body["co_funding"] = json!("-5");
    body["answers"] = json!([{"question_id": Uuid::now_v7(), "value": "?"}]);
    let refused = save(&app, &token, &draft, body).await;
    assert_eq!(refused.problem(422), "/problems/validation");
    assert_eq!(
        refused.error_fields(),
        [
            "answers[0].question_id",
            "budget_lines[0].amount",
            "co_funding"
        ]
    );
    assert_eq!(app.audit_count().await, audit_before);
    let stored = app
        .api(
            "GET",
            &format!("/applications/{}", id_of(&draft)),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(stored.body["version"], 1);
    assert_eq!(stored.body["title"], "");
}

#[tokio::test]
async fn references_count_up_per_call_code_and_year_even_across_calls_sharing_a_code() {
    let app = spawn_app().await;
    let (manager, _) = manager(&app).await;
    let programme = app
        .programme(&manager, "OGP Local Tunisia", "TN", "TND")
        .await;
    let first_call = simple_call(&app, &manager, &programme, "TUN", &[]).await;
    let second_call = simple_call(&app, &manager, &programme, "TUN", &[]).await;
    app.clock.set(Some(within(&first_call)));
    let year = within(&first_call).format("%Y").to_string();
    let mut references = Vec::new();
    for (i, call) in [&first_call, &second_call, &first_call].iter().enumerate() {
        let (org, _, token) = local_government(
            &app,
            &format!("Town {i}"),
            "TN",
            "TN-11",
            &format!("a{i}@town.tn"),
        )
        .await;
        verify(&app, &manager, &org).await;
        let application = complete_application(&app, &token, call, "Open town").await;
        let submitted = action(&app, &token, &application, "submit").await;
        references.push(submitted.body["reference"].as_str().unwrap().to_owned());
    }
    assert_eq!(references, [1, 2, 3].map(|n| format!("TUN-{year}-{n:04}")));
}

#[tokio::test]
async fn partner_search_ignores_case_beyond_ascii_and_takes_wildcards_literally() {
    let (app, _, _, call) = tunisian_world().await;
    let (_, _, token) = local_government(&app, "Sousse", "TN", "TN-51", "a@sousse.tn").await;
    local_government(&app, "Municipalité d'Étoile", "TN", "TN-51", "a@etoile.tn").await;
    local_government(&app, "Commune 100% ouverte", "TN", "TN-51", "a@ouverte.tn").await;
    let application = start(&app, &token, &call).await;
    let search = |text: &str| {
        format!(
            "/applications/{}/partner-candidates?search={}",
            id_of(&application),
            text.replace('%', "%25")
        )
    };
    let names = |response: ApiResponse| -> Vec<String> {
        response
            .body
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["name"].as_str().unwrap().to_owned())
            .collect()
    };
    // Accented capitals fold on PostgreSQL only; as typed, they match on both backends.
    let accented = app
        .api("GET", &search("d'Étoile"), Some(&token), None)
        .await;
    assert_eq!(names(accented), ["Municipalité d'Étoile"]);
    let shouted = app
        .api("GET", &search("MUNICIPALIT"), Some(&token), None)
        .await;
    assert_eq!(names(shouted), ["Municipalité d'Étoile"]);
    let percent = app.api("GET", &search("0%"), Some(&token), None).await;
    assert_eq!(names(percent), ["Commune 100% ouverte"]);
    let wildcard = app.api("GET", &search("%%"), Some(&token), None).await;
    assert_eq!(names(wildcard), Vec::<String>::new());
}
