//! Findings of the hardening review, each with the test that failed before its fix: permission before
//! validation, the atomic sign-in throttle, award limits and amounts in rules, clear answers where the API
//! used to be vague, and the headers of the documentation page.

use convoca_tests::{TEST_PASSWORD, TestApp, spawn_app};
use domain::Role;
use domain::accounts::User;
use futures_util::future::join_all;
use serde_json::{Value, json};

/// A manager, a draft call of a Tunisian programme (awards 1,000 to 20,000 TND), and the manager's token.
async fn draft_world(app: &TestApp) -> (User, String, domain::calls::service::CallView) {
    let (manager, token) = app
        .user_with_token("manager@programme.example", &[Role::Manager])
        .await;
    let programme = app
        .programme(&manager, "OGP Local Tunisia", "TN", "TND")
        .await;
    let call = app.draft_call(&manager, &programme, "TUN").await;
    (manager, token, call)
}

#[tokio::test]
async fn a_caller_who_may_not_edit_is_refused_before_the_body_is_validated() {
    let app = spawn_app().await;
    let (_, manager_token, call) = draft_world(&app).await;
    let (_, applicant_token) = app
        .user_with_token("staff@sousse.tn", &[Role::Applicant])
        .await;
    let not_a_reviewer = app
        .create_user("someone@example.org", &[Role::Applicant], None)
        .await;
    let id = call.call.id;
    let bad_member = json!({"user_id": not_a_reviewer.id, "sector": "nonsense", "role": "emperor"});
    let bad_rules = json!({"version": call.call.version, "rules": [{"type": "bogus"}]});
    let before = app.audit_count().await;

    for (method, path, body) in [
        (
            "POST",
            format!("/calls/{id}/committee/members"),
            &bad_member,
        ),
        ("PUT", format!("/calls/{id}/eligibility"), &bad_rules),
    ] {
        let refused = app
            .api(method, &path, Some(&applicant_token), Some(body.clone()))
            .await;
        assert_eq!(refused.problem(403), "/problems/forbidden", "{path}");
        assert!(
            !refused.body.to_string().contains("reviewer"),
            "the refusal says nothing of the user: {}",
            refused.body
        );
        // The manager may, so the manager learns what is wrong.
        let invalid = app
            .api(method, &path, Some(&manager_token), Some(body.clone()))
            .await;
        assert_eq!(invalid.problem(422), "/problems/validation", "{path}");
    }
    assert_eq!(app.audit_count().await, before);
}

/// Sends `attempts` sign-ins at once, the email of each from `email`; returns how many got each status.
async fn sign_in_at_once(
    app: &TestApp,
    attempts: usize,
    email: impl Fn(usize) -> String,
) -> (usize, usize) {
    let answers = join_all((0..attempts).map(|i| {
        app.api(
            "POST",
            "/auth/token",
            None,
            Some(json!({"email": email(i), "password": "not the password", "name": "x"})),
        )
    }))
    .await;
    let checked = answers.iter().filter(|a| a.status == 401).count();
    let refused = answers.iter().filter(|a| a.status == 429).count();
    assert_eq!(checked + refused, attempts, "only 401 or 429");
    (checked, refused)
}

#[tokio::test]
async fn a_hundred_parallel_guesses_at_one_account_get_at_most_five_password_checks() {
    let app = spawn_app().await;
    app.create_user("target@example.org", &[Role::Manager], None)
        .await;
    let (checked, refused) = sign_in_at_once(&app, 100, |_| "target@example.org".into()).await;
    assert!(checked <= 5, "{checked} checks, {refused} refused");
    // However the burst went, the window allows five checks in all: guess on until refused.
    let after = sign_in_one_by_one(&app, |_| "target@example.org".into()).await;
    assert_eq!(checked + after, 5, "{checked} in the burst, {after} after");
    // The right password is refused too while the account is throttled.
    let locked = app
        .api(
            "POST",
            "/auth/token",
            None,
            Some(json!({"email": "target@example.org", "password": TEST_PASSWORD, "name": "x"})),
        )
        .await;
    assert_eq!(locked.problem(429), "/problems/rate-limited");
}

#[tokio::test]
async fn a_hundred_parallel_guesses_from_one_address_get_at_most_twenty_password_checks() {
    let app = spawn_app().await;
    let (checked, refused) = sign_in_at_once(&app, 100, |i| format!("guess{i}@example.org")).await;
    assert!(checked <= 20, "{checked} checks, {refused} refused");
    let after = sign_in_one_by_one(&app, |i| format!("later{i}@example.org")).await;
    assert_eq!(checked + after, 20, "{checked} in the burst, {after} after");
}

/// Wrong sign-ins one after the other until one is refused; returns how many were checked (401).
async fn sign_in_one_by_one(app: &TestApp, email: impl Fn(usize) -> String) -> usize {
    for i in 0..=20 {
        let answer = app
            .api(
                "POST",
                "/auth/token",
                None,
                Some(json!({"email": email(i), "password": "not the password", "name": "x"})),
            )
            .await;
        if answer.status == 429 {
            return i;
        }
        assert_eq!(answer.status, 401, "{}", answer.body);
    }
    panic!("never refused")
}

#[tokio::test]
async fn a_wrong_password_answers_that_the_credentials_are_wrong() {
    let app = spawn_app().await;
    app.create_user("real@example.org", &[Role::Manager], None)
        .await;
    let wrong = app
        .api(
            "POST",
            "/auth/token",
            None,
            Some(json!({"email": "real@example.org", "password": "not the password", "name": "x"})),
        )
        .await;
    assert_eq!(wrong.problem(401), "/problems/unauthenticated");
    assert_eq!(
        wrong.body["detail"],
        "The email address or the password is not correct."
    );
}

#[tokio::test]
async fn guessing_the_current_password_of_a_signed_in_account_is_throttled() {
    let app = spawn_app().await;
    let (_, token) = app
        .user_with_token("owner@example.org", &[Role::Applicant])
        .await;
    let change = |current: &'static str| {
        app.api(
            "POST",
            "/me/password",
            Some(&token),
            Some(json!({"current_password": current, "new_password": "seven unrelated words in a row"})),
        )
    };
    for _ in 0..5 {
        let wrong = change("a wrong guess").await;
        assert_eq!(wrong.problem(422), "/problems/validation");
        assert_eq!(wrong.error_fields(), ["current_password"]);
    }
    let throttled = change("another wrong guess").await;
    assert_eq!(throttled.problem(429), "/problems/rate-limited");
    // Even the right one waits now: a session left open cannot be used to keep guessing.
    assert_eq!(
        change(TEST_PASSWORD).await.problem(429),
        "/problems/rate-limited"
    );
}

#[tokio::test]
async fn common_or_weak_passwords_are_refused_everywhere_a_password_is_chosen() {
    let app = spawn_app().await;
    for password in ["password12", "          ", "qwertyuiop", "leila@sousse.tn!"] {
        let refused = app
            .api(
                "POST",
                "/signup",
                None,
                Some(json!({
                    "organisation": {"name": "Ville de Sousse", "kind": "municipality", "country": "TN"},
                    "name": "Leila", "email": "leila@sousse.tn", "password": password,
                })),
            )
            .await;
        assert_eq!(refused.status, 422, "{password:?}: {}", refused.body);
        assert!(
            refused.error_fields().contains(&"password".to_owned()),
            "{password:?}: {}",
            refused.body
        );
    }
}

#[tokio::test]
async fn amounts_in_eligibility_rules_are_decimal_strings_of_the_calls_currency() {
    let app = spawn_app().await;
    let (_, token, call) = draft_world(&app).await;
    let path = format!("/calls/{}/eligibility", call.call.id);
    let set = app
        .api(
            "PUT",
            &path,
            Some(&token),
            Some(json!({"version": call.call.version, "rules": [
                {"type": "requested_amount", "min": "1000.5", "max": "15000"},
            ]})),
        )
        .await;
    assert_eq!(set.status, 200, "{}", set.body);
    assert_eq!(
        set.body["eligibility_rules"],
        json!([{"type": "requested_amount", "min": "1000.500", "max": "15000.000"}])
    );
    let version = set.body["version"].clone();
    for (rule, field) in [
        (
            json!({"type": "requested_amount", "min_minor": 1000}),
            "rules[0]",
        ),
        (
            json!({"type": "requested_amount", "max": "1e9"}),
            "rules[0].max",
        ),
        (
            json!({"type": "requested_amount", "min": "1.0001"}),
            "rules[0].min",
        ),
    ] {
        let refused = app
            .api(
                "PUT",
                &path,
                Some(&token),
                Some(json!({"version": version, "rules": [rule]})),
            )
            .await;
        assert_eq!(refused.problem(422), "/problems/validation", "{rule}");
        assert_eq!(refused.error_fields(), [field], "{rule}");
    }
}

/// A verified Tunisian municipality with an applicant and the applicant's token.
async fn verified_municipality(app: &TestApp, manager: &User, name: &str) -> String {
    let (organisation, user) = app
        .sign_up_municipality(name, &format!("staff@{}.tn", name.to_lowercase()))
        .await;
    domain::organisations::verify(&app.db, &TestApp::actor(manager), organisation.id)
        .await
        .expect("the manager verifies it");
    app.token_for(&user).await
}

/// A complete application body requesting `amount` (one budget line).
fn application_body(
    call: &domain::calls::service::CallView,
    version: &Value,
    amount: &str,
) -> Value {
    let answers: Vec<Value> = call
        .questions
        .iter()
        .map(|q| json!({"question_id": q.id, "value": "The council votes it in March."}))
        .collect();
    json!({
        "version": version,
        "title": "Open budget",
        "summary": "Open budget sessions in every district.",
        "problem": "Residents do not know how the budget is spent.",
        "objectives": "Publish the budget and co-decide 10% of investments.",
        "participation_plan": "Six district assemblies and an online vote.",
        "answers": answers,
        "budget_lines": [{"category": "Events", "description": "District assemblies", "amount": amount}],
        "co_funding": "0",
    })
}

#[tokio::test]
async fn a_request_above_the_calls_largest_award_is_ineligible_without_any_rule() {
    let app = spawn_app().await;
    let (manager, _) = app
        .user_with_token("manager@programme.example", &[Role::Manager])
        .await;
    let programme = app
        .programme(&manager, "OGP Local Tunisia", "TN", "TND")
        .await;
    // No eligibility rule at all: the call's own limits (1,000 to 20,000) still apply.
    let call = app.open_call(&manager, &programme, "TUN", &[], &[]).await;
    app.clock
        .set(Some(call.call.opens_at + chrono::Duration::hours(2)));
    let token = verified_municipality(&app, &manager, "Bizerte").await;
    let started = app
        .api(
            "POST",
            &format!("/calls/{}/applications", call.call.id),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(started.status, 201, "{}", started.body);
    let path = format!("/applications/{}", started.body["id"].as_str().unwrap());

    let too_much = app
        .api(
            "PUT",
            &path,
            Some(&token),
            Some(application_body(&call, &started.body["version"], "500000")),
        )
        .await;
    assert_eq!(too_much.status, 200, "{}", too_much.body);
    assert_eq!(too_much.body["eligible"], false);
    let verdicts = too_much.body["eligibility"].as_array().unwrap();
    assert_eq!(verdicts.len(), 1, "{verdicts:?}");
    assert_eq!(verdicts[0]["code"], "eligibility-amount-fail");
    let refused = app
        .api("POST", &format!("{path}/submit"), Some(&token), None)
        .await;
    assert_eq!(refused.problem(422), "/problems/validation");
    assert_eq!(refused.error_fields(), ["eligibility[0]"]);

    let within = app
        .api(
            "PUT",
            &path,
            Some(&token),
            Some(application_body(&call, &too_much.body["version"], "15000")),
        )
        .await;
    assert_eq!(within.body["eligible"], true, "{}", within.body);
    let submitted = app
        .api("POST", &format!("{path}/submit"), Some(&token), None)
        .await;
    assert_eq!(submitted.status, 200, "{}", submitted.body);
}

#[tokio::test]
async fn a_second_organisation_of_the_same_name_and_country_is_refused() {
    let app = spawn_app().await;
    let (_, token) = app
        .user_with_token("manager@programme.example", &[Role::Manager])
        .await;
    let organisation = |name: &str, country: &str| json!({"name": name, "kind": "municipality", "country": country});
    let first = app
        .api(
            "POST",
            "/organisations",
            Some(&token),
            Some(organisation("Ville de Sousse", "TN")),
        )
        .await;
    assert_eq!(first.status, 201, "{}", first.body);
    let again = app
        .api(
            "POST",
            "/organisations",
            Some(&token),
            Some(organisation("  ville de SOUSSE ", "tn")),
        )
        .await;
    assert_eq!(again.problem(422), "/problems/validation");
    assert_eq!(again.error_fields(), ["name"]);
    let signed_up = app
        .api(
            "POST",
            "/signup",
            None,
            Some(json!({
                "organisation": organisation("Ville de Sousse", "TN"),
                "name": "Leila", "email": "leila@sousse.tn", "password": TEST_PASSWORD,
            })),
        )
        .await;
    assert_eq!(signed_up.problem(422), "/problems/validation");
    assert_eq!(signed_up.error_fields(), ["organisation.name"]);
    // The same name elsewhere is another place.
    let elsewhere = app
        .api(
            "POST",
            "/organisations",
            Some(&token),
            Some(organisation("Ville de Sousse", "FR")),
        )
        .await;
    assert_eq!(elsewhere.status, 201, "{}", elsewhere.body);
}

#[tokio::test]
async fn a_recorded_prerequisite_answers_with_its_name() {
    let app = spawn_app().await;
    let (manager, token) = app
        .user_with_token("manager@programme.example", &[Role::Manager])
        .await;
    let programme = app
        .programme(&manager, "Programa Federal", "AR", "ARS")
        .await;
    let kind = app
        .api(
            "POST",
            &format!("/programmes/{}/prerequisites", programme.id),
            Some(&token),
            Some(json!({"name": "Curso de gobierno abierto", "description": "The course."})),
        )
        .await;
    assert_eq!(kind.status, 201, "{}", kind.body);
    let (rosario, _) = app
        .sign_up_municipality("Rosario", "staff@rosario.ar")
        .await;
    let recorded = app
        .api(
            "POST",
            "/prerequisite-records",
            Some(&token),
            Some(json!({
                "prerequisite_kind_id": kind.body["id"], "organisation_id": rosario.id,
                "achieved_on": "2026-05-04", "evidence": "Certificate 2026-114",
            })),
        )
        .await;
    assert_eq!(recorded.status, 201, "{}", recorded.body);
    assert_eq!(recorded.body["name"], "Curso de gobierno abierto");
}

/// `value` without the members that are `null` (absent and null mean the same in these answers).
fn without_nulls(value: &Value) -> Value {
    match value {
        Value::Array(items) => Value::Array(items.iter().map(without_nulls).collect()),
        Value::Object(members) => Value::Object(
            members
                .iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), without_nulls(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

#[tokio::test]
async fn a_calls_tranche_template_reads_back_as_it_was_set() {
    let app = spawn_app().await;
    let (_, token, call) = draft_world(&app).await;
    let path = format!("/calls/{}/tranche-template", call.call.id);
    let default = app.api("GET", &path, Some(&token), None).await;
    assert_eq!(default.status, 200, "{}", default.body);
    assert_eq!(
        without_nulls(&default.body["lines"]),
        json!([
            {"percent": "40", "condition": "signature"},
            {"percent": "40", "condition": "report", "report": 1},
            {"percent": "20", "condition": "final_report"},
        ])
    );
    let lines = json!([
        {"percent": "30", "condition": "signature"},
        {"percent": "50", "condition": "milestone", "milestone": "Action plan adopted by the council", "months": 3},
        {"percent": "20", "condition": "final_report"},
    ]);
    let set = app
        .api(
            "PUT",
            &path,
            Some(&token),
            Some(json!({"version": default.body["version"], "lines": lines})),
        )
        .await;
    assert_eq!(set.status, 200, "{}", set.body);
    let read = app.api("GET", &path, Some(&token), None).await;
    assert_eq!(without_nulls(&read.body["lines"]), lines);
    assert_eq!(read.body["version"], set.body["version"]);
    // A draft's template is the managers' business only.
    assert_eq!(app.api("GET", &path, None, None).await.status, 404);
}

#[tokio::test]
async fn the_api_documentation_runs_only_its_own_scripts_and_cannot_be_framed() {
    let app = spawn_app().await;
    let page = app
        .client
        .get(app.url("/api/docs"))
        .send()
        .await
        .expect("the docs answer");
    assert_eq!(page.status(), 200);
    let header = |name: &str| {
        page.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
            .unwrap_or_default()
    };
    let policy = header("content-security-policy");
    assert_eq!(header("x-frame-options"), "DENY");
    assert!(policy.contains("default-src 'none'"), "{policy}");
    assert!(policy.contains("frame-ancestors 'none'"), "{policy}");
    assert!(!policy.contains("unsafe-eval"), "{policy}");
    let script_sources = policy
        .split(';')
        .find_map(|directive| directive.trim().strip_prefix("script-src "))
        .expect("a script-src directive")
        .to_owned();
    assert!(!script_sources.contains("unsafe-inline"), "{policy}");
    let html = page.text().await.expect("the page reads");
    // The bundle's own text mentions "<script", but no script can contain its closing tag.
    let scripts = html.matches("</script>").count();
    assert!(scripts >= 2, "Swagger UI's bundle and its start-up script");
    assert_eq!(
        script_sources.split_whitespace().count(),
        scripts,
        "{policy}"
    );
}

#[tokio::test]
async fn hsts_is_sent_only_when_asked_for() {
    let plain = spawn_app().await;
    let served = plain
        .client
        .get(plain.url("/healthz"))
        .send()
        .await
        .unwrap();
    assert!(served.headers().get("strict-transport-security").is_none());

    let https = convoca_tests::spawn_app_configured(|settings| settings.hsts = true).await;
    for path in ["/healthz", "/api/v1/calls", "/"] {
        let served = https.client.get(https.url(path)).send().await.unwrap();
        assert_eq!(
            served
                .headers()
                .get("strict-transport-security")
                .and_then(|v| v.to_str().ok()),
            Some(api::HSTS),
            "{path}"
        );
    }
}
