//! Reviewing through the JSON API: automatic conflicts for members whose municipality applied, declared
//! conflicts and their decisions, automatic assignment (preview, apply), score sheets with their errors,
//! the blind, revisions, progress without scores, and reminders.

use convoca_tests::reviewing::{ReviewingWorld, WorldSpec};
use convoca_tests::{ApiResponse, TestApp, spawn_app};
use domain::accounts::User;
use serde_json::{Value, json};
use uuid::Uuid;

/// The Tunisian committee of the issue: three civil-society and three government members; optionally one
/// government member works for the first applicant.
fn tunisian(applications: usize, municipal_members: usize) -> WorldSpec {
    WorldSpec {
        applications,
        civil_society: 3,
        government: 3,
        municipal_members,
        partner_members: 0,
    }
}

/// The audit entries about an application, newest first.
async fn audit_of(
    app: &TestApp,
    world: &ReviewingWorld,
    application: Uuid,
) -> Vec<domain::audit::AuditEntry> {
    domain::audit::list(
        &app.db,
        &TestApp::actor(&world.manager),
        &domain::audit::AuditFilter {
            subject_id: Some(application.to_string()),
            ..Default::default()
        },
        domain::PageRequest::default(),
    )
    .await
    .unwrap()
    .items
}

async fn token(app: &TestApp, user: &User) -> String {
    app.token_for(user).await
}

/// Applies the automatic assignment as the manager; returns the plan.
async fn assign_all(app: &TestApp, world: &ReviewingWorld) -> Value {
    let applied = app
        .api(
            "POST",
            &format!("/calls/{}/assignments/apply", world.call.call.id),
            Some(&world.manager_token),
            None,
        )
        .await;
    assert_eq!(applied.status, 200, "{}", applied.body);
    applied.body
}

/// The members assigned to an application.
async fn reviewers_of(app: &TestApp, world: &ReviewingWorld, application: Uuid) -> Vec<Uuid> {
    domain::committee::assigning::list(&app.db, &TestApp::actor(&world.manager), world.call.call.id)
        .await
        .unwrap()
        .into_iter()
        .filter(|a| a.assignment.application_id == application)
        .map(|a| a.assignment.user_id)
        .collect()
}

/// A complete sheet for the world's three criteria (max 5, 10, 5).
fn sheet(world: &ReviewingWorld, scores: [i64; 3], comment: &str) -> Value {
    json!({
        "scores": world.call.criteria.iter().zip(scores).map(|(c, s)| json!({
            "criterion_id": c.id, "score": s, "comment": format!("{comment} on {}", c.title),
        })).collect::<Vec<_>>(),
        "overall_comment": comment,
        "recommendation": "fund_with_changes",
    })
}

async fn submit(
    app: &TestApp,
    token: &str,
    application: Uuid,
    version: i64,
    sheet: Value,
) -> ApiResponse {
    app.api(
        "POST",
        &format!("/applications/{application}/review/submit"),
        Some(token),
        Some(json!({"version": version, "sheet": sheet})),
    )
    .await
}

#[tokio::test]
async fn a_member_from_a_municipality_that_applied_is_conflicted_automatically_and_never_sees_it() {
    let app = spawn_app().await;
    let world = app.reviewing_world(tunisian(4, 1)).await;
    // Government member 0 works for the first applicant.
    let insider = &world.members[3];
    let insider_token = token(&app, insider).await;
    let theirs = world.applications[0];

    let conflicts = app
        .api(
            "GET",
            &format!("/calls/{}/conflicts", world.call.call.id),
            Some(&world.manager_token),
            None,
        )
        .await;
    assert_eq!(conflicts.status, 200);
    let listed = conflicts.body.as_array().unwrap();
    assert_eq!(listed.len(), 1, "{}", conflicts.body);
    assert_eq!(listed[0]["source"], "automatic");
    assert_eq!(listed[0]["user_id"], insider.id.to_string());
    assert_eq!(listed[0]["application_id"], theirs.to_string());
    assert_eq!(listed[0]["note"], "Municipality 1");

    let plan = assign_all(&app, &world).await;
    assert!(
        plan["additions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|a| !(a["user_id"] == insider.id.to_string()
                && a["application_id"] == theirs.to_string()))
    );
    assert!(
        !reviewers_of(&app, &world, theirs)
            .await
            .contains(&insider.id)
    );

    // It does not exist for them: not listed, 404 to read or score, refused by hand too.
    let mine = app.api("GET", "/reviews", Some(&insider_token), None).await;
    assert!(
        mine.body
            .as_array()
            .unwrap()
            .iter()
            .all(|a| a["application_id"] != theirs.to_string()),
        "{}",
        mine.body
    );
    for (method, path) in [
        ("GET", format!("/applications/{theirs}/review")),
        ("PUT", format!("/applications/{theirs}/review")),
        ("POST", format!("/applications/{theirs}/review/submit")),
        ("GET", format!("/applications/{theirs}/reviews")),
    ] {
        let response = app
            .api(
                method,
                &path,
                Some(&insider_token),
                Some(json!({"version": 0, "sheet": sheet(&world, [5, 10, 5], "Mine is best")})),
            )
            .await;
        assert_eq!(response.status, 404, "{method} {path}: {}", response.body);
    }
    let manual = app
        .api(
            "POST",
            &format!("/calls/{}/assignments", world.call.call.id),
            Some(&world.manager_token),
            Some(json!({"application_id": theirs, "user_id": insider.id})),
        )
        .await;
    assert_eq!(manual.status, 422);
    assert_eq!(manual.error_fields(), vec!["user_id"]);

    // Automatic conflicts stand; the recusal is in the audit log.
    let waive = app
        .api(
            "POST",
            &format!("/conflicts/{}/decision", listed[0]["id"].as_str().unwrap()),
            Some(&world.manager_token),
            Some(json!({"decision": "waive", "reason": "We need them.", "version": 1})),
        )
        .await;
    assert_eq!(waive.status, 409, "{}", waive.body);
    let audit = audit_of(&app, &world, theirs).await;
    assert!(
        audit
            .iter()
            .any(|e| e.action == "conflict.recused" && e.subject_id == theirs.to_string())
    );
}

#[tokio::test]
async fn automatic_assignment_previews_then_gives_every_application_both_sectors_and_even_loads() {
    let app = spawn_app().await;
    let world = app.reviewing_world(tunisian(10, 0)).await;
    let call = world.call.call.id;
    let preview = app
        .api(
            "POST",
            &format!("/calls/{call}/assignments/preview"),
            Some(&world.manager_token),
            None,
        )
        .await;
    assert_eq!(preview.status, 200, "{}", preview.body);
    assert_eq!(preview.body["applied"], false);
    assert_eq!(preview.body["min_reviews"], 2);
    assert_eq!(preview.body["additions"].as_array().unwrap().len(), 20);
    assert!(
        reviewers_of(&app, &world, world.applications[0])
            .await
            .is_empty()
    );

    let applied = assign_all(&app, &world).await;
    assert_eq!(applied["applied"], true);
    assert_eq!(applied["additions"], preview.body["additions"]);
    assert_eq!(applied["shortfalls"], json!([]));
    let civil: Vec<Uuid> = world.members[..3].iter().map(|m| m.id).collect();
    for application in &world.applications {
        let reviewers = reviewers_of(&app, &world, *application).await;
        assert_eq!(reviewers.len(), 2);
        assert_eq!(
            reviewers.iter().filter(|r| civil.contains(r)).count(),
            1,
            "one civil-society and one government reviewer"
        );
    }
    let loads: Vec<u64> = applied["loads"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["load"].as_u64().unwrap())
        .collect();
    assert_eq!(loads.len(), 6);
    assert!(
        loads.iter().max().unwrap() - loads.iter().min().unwrap() <= 1,
        "{loads:?}"
    );

    // Applying again adds nothing: everyone already has their reviewers.
    let again = assign_all(&app, &world).await;
    assert_eq!(again["additions"], json!([]));
}

#[tokio::test]
async fn a_committee_too_small_is_explained_per_application() {
    let app = spawn_app().await;
    let world = app
        .reviewing_world(WorldSpec {
            applications: 2,
            civil_society: 1,
            government: 1,
            municipal_members: 1,
            partner_members: 0,
        })
        .await;
    let preview = app
        .api(
            "POST",
            &format!("/calls/{}/assignments/preview", world.call.call.id),
            Some(&world.manager_token),
            None,
        )
        .await;
    let shortfalls = preview.body["shortfalls"].as_array().unwrap();
    assert_eq!(shortfalls.len(), 2, "{}", preview.body);
    assert!(
        shortfalls
            .iter()
            .all(|s| s["reference"]
                == json!(format!("TUN-{}-0001", chrono::Utc::now().format("%Y"))))
    );
    assert_eq!(shortfalls[0]["code"], "assignment-too-few-reviewers");
    assert!(
        shortfalls[0]["reason"]
            .as_str()
            .unwrap()
            .contains("needs 2 reviewers but only 1 committee members"),
        "{}",
        shortfalls[0]["reason"]
    );
    assert_eq!(shortfalls[1]["code"], "assignment-no-sector");
}

#[tokio::test]
async fn score_sheets_are_refused_out_of_range_incomplete_or_by_unassigned_members() {
    let app = spawn_app().await;
    let world = app.reviewing_world(tunisian(3, 0)).await;
    assign_all(&app, &world).await;
    let application = world.applications[0];
    let assigned = reviewers_of(&app, &world, application).await;
    let reviewer = world.members.iter().find(|m| m.id == assigned[0]).unwrap();
    let unassigned = world
        .members
        .iter()
        .find(|m| !assigned.contains(&m.id))
        .unwrap();
    let reviewer_token = token(&app, reviewer).await;
    let audit_before = app.audit_count().await;

    let out_of_range = app
        .api(
            "PUT",
            &format!("/applications/{application}/review"),
            Some(&reviewer_token),
            Some(json!({"version": 0, "sheet": sheet(&world, [6, -1, 5], "Too generous")})),
        )
        .await;
    assert_eq!(out_of_range.status, 422);
    assert_eq!(
        out_of_range.error_fields(),
        vec!["scores[0].score", "scores[1].score"]
    );
    assert!(
        out_of_range.body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("must be a whole number from 0 to 5")
    );

    let mut partial = sheet(&world, [4, 8, 3], "Partial");
    partial["scores"].as_array_mut().unwrap().truncate(1);
    partial["recommendation"] = json!("");
    let incomplete = submit(&app, &reviewer_token, application, 0, partial.clone()).await;
    assert_eq!(incomplete.status, 422);
    assert_eq!(
        incomplete.error_fields(),
        vec!["scores", "scores", "recommendation"]
    );
    assert!(
        incomplete.body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("Transparency")
    );
    assert_eq!(app.audit_count().await, audit_before, "nothing was written");

    let stranger = submit(
        &app,
        &token(&app, unassigned).await,
        application,
        0,
        sheet(&world, [4, 8, 3], "Unasked"),
    )
    .await;
    assert_eq!(stranger.status, 403);
    assert_eq!(
        stranger.body["detail"],
        "You are not assigned to review this application."
    );

    // A partial draft is fine, and the reviewer's dashboard shows the progress.
    let draft = app
        .api(
            "PUT",
            &format!("/applications/{application}/review"),
            Some(&reviewer_token),
            Some(json!({"version": 0, "sheet": partial})),
        )
        .await;
    assert_eq!(draft.status, 200, "{}", draft.body);
    assert_eq!(draft.body["state"], "draft");
    let mine = app
        .api("GET", "/reviews", Some(&reviewer_token), None)
        .await;
    let row = mine
        .body
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["application_id"] == application.to_string())
        .unwrap()
        .clone();
    assert_eq!(
        (row["scored"].clone(), row["criteria"].clone()),
        (json!(1), json!(3))
    );
    assert_eq!(row["state"], "draft");
}

#[tokio::test]
async fn reviews_stay_blind_until_ones_own_is_submitted_and_managers_see_completion_only() {
    let app = spawn_app().await;
    let world = app.reviewing_world(tunisian(3, 0)).await;
    assign_all(&app, &world).await;
    let application = world.applications[1];
    let assigned = reviewers_of(&app, &world, application).await;
    let member = |id: Uuid| world.members.iter().find(|m| m.id == id).unwrap();
    let first = token(&app, member(assigned[0])).await;
    let second = token(&app, member(assigned[1])).await;

    let submitted = submit(
        &app,
        &first,
        application,
        0,
        sheet(&world, [5, 9, 4], "Remarkably participatory"),
    )
    .await;
    assert_eq!(submitted.status, 200, "{}", submitted.body);
    assert_eq!(submitted.body["state"], "submitted");

    // The second reviewer sees neither the review nor its comment anywhere before submitting.
    let blind = app
        .api(
            "GET",
            &format!("/applications/{application}/reviews"),
            Some(&second),
            None,
        )
        .await;
    assert_eq!(blind.status, 403);
    assert_eq!(
        blind.body["detail"],
        "Other reviews stay hidden until you submit your own."
    );
    let own = app
        .api(
            "GET",
            &format!("/applications/{application}/review"),
            Some(&second),
            None,
        )
        .await;
    assert_eq!(own.status, 200);
    assert!(!own.body.to_string().contains("Remarkably"));

    // Managers see counts, never scores or comments.
    let progress = app
        .api(
            "GET",
            &format!("/calls/{}/review-progress", world.call.call.id),
            Some(&world.manager_token),
            None,
        )
        .await;
    assert_eq!(progress.status, 200);
    assert_eq!(progress.body["submitted"], 1);
    assert_eq!(progress.body["assigned"], 6);
    assert!(!progress.body.to_string().contains("Remarkably"));
    let manager_reads = app
        .api(
            "GET",
            &format!("/applications/{application}/reviews"),
            Some(&world.manager_token),
            None,
        )
        .await;
    assert_eq!(manager_reads.status, 404);

    let after = submit(
        &app,
        &second,
        application,
        0,
        sheet(&world, [2, 3, 1], "Thin on budget"),
    )
    .await;
    assert_eq!(after.status, 200);
    let others = app
        .api(
            "GET",
            &format!("/applications/{application}/reviews"),
            Some(&second),
            None,
        )
        .await;
    assert_eq!(others.status, 200);
    let listed = others.body.as_array().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(
        listed[0]["sheet"]["overall_comment"],
        "Remarkably participatory"
    );
    assert_eq!(listed[0]["sheet"]["scores"][1]["score"], 9);
}

#[tokio::test]
async fn a_submitted_review_is_revised_with_an_audit_entry_until_the_call_is_decided() {
    let app = spawn_app().await;
    let world = app.reviewing_world(tunisian(2, 0)).await;
    assign_all(&app, &world).await;
    let application = world.applications[0];
    let reviewer = reviewers_of(&app, &world, application).await[0];
    let reviewer_token = token(
        &app,
        world.members.iter().find(|m| m.id == reviewer).unwrap(),
    )
    .await;
    let submitted = submit(
        &app,
        &reviewer_token,
        application,
        0,
        sheet(&world, [3, 6, 3], "Fair"),
    )
    .await;
    assert_eq!(submitted.body["version"], 1);

    let resubmit = submit(
        &app,
        &reviewer_token,
        application,
        1,
        sheet(&world, [3, 6, 3], "Fair"),
    )
    .await;
    assert_eq!(resubmit.status, 409);

    let revise = |version: i64, scores: [i64; 3]| {
        let body = json!({"version": version, "sheet": sheet(&world, scores, "Revised")});
        let token = reviewer_token.clone();
        let app = &app;
        async move {
            app.api(
                "PUT",
                &format!("/applications/{application}/review"),
                Some(&token),
                Some(body),
            )
            .await
        }
    };
    let stale = revise(0, [4, 6, 3]).await;
    assert_eq!(stale.status, 409);
    let revised = revise(1, [4, 6, 3]).await;
    assert_eq!(revised.status, 200, "{}", revised.body);
    assert_eq!(revised.body["state"], "submitted");
    assert_eq!(revised.body["revision"], 1);
    let audit = audit_of(&app, &world, application).await;
    let entry = audit
        .iter()
        .find(|e| e.action == "review.revised")
        .expect("the revision is audited");
    assert!(
        entry.summary.contains("Citizen participation 3 -> 4"),
        "{}",
        entry.summary
    );

    // A revision must stay complete.
    let mut incomplete = sheet(&world, [4, 6, 3], "Revised");
    incomplete["scores"].as_array_mut().unwrap().pop();
    let refused = app
        .api(
            "PUT",
            &format!("/applications/{application}/review"),
            Some(&reviewer_token),
            Some(json!({"version": 2, "sheet": incomplete})),
        )
        .await;
    assert_eq!(refused.status, 422);

    let decided = domain::selection::decisions::finalise(
        &app.db,
        &app.optimiser,
        &TestApp::actor(&world.manager),
        world.call.call.id,
        world.call.call.version,
    )
    .await;
    assert!(decided.is_ok(), "{decided:?}");
    let final_ = revise(2, [5, 6, 3]).await;
    assert_eq!(final_.status, 409);
    assert_eq!(
        final_.body["detail"],
        "The call is decided; reviews are final."
    );
}

#[tokio::test]
async fn a_conflict_declared_after_assignment_removes_it_and_the_chair_decides_with_a_reason() {
    let app = spawn_app().await;
    let world = app.reviewing_world(tunisian(2, 0)).await;
    assign_all(&app, &world).await;
    let application = world.applications[0];
    let assigned = reviewers_of(&app, &world, application).await;
    let declarer = world
        .members
        .iter()
        .find(|m| m.id == assigned[0] && m.id != world.members[0].id)
        .or_else(|| world.members.iter().find(|m| m.id == assigned[1]))
        .unwrap();
    let declarer_token = token(&app, declarer).await;

    let bad = app
        .api(
            "POST",
            &format!("/applications/{application}/conflicts"),
            Some(&declarer_token),
            Some(json!({"kind": "romantic", "note": ""})),
        )
        .await;
    assert_eq!(bad.status, 422);
    assert_eq!(bad.error_fields(), vec!["kind", "note"]);

    let declared = app
        .api(
            "POST",
            &format!("/applications/{application}/conflicts"),
            Some(&declarer_token),
            Some(json!({"kind": "personal", "note": "My brother is the mayor."})),
        )
        .await;
    assert_eq!(declared.status, 201, "{}", declared.body);
    assert_eq!(declared.body["status"], "declared");
    assert!(
        !reviewers_of(&app, &world, application)
            .await
            .contains(&declarer.id)
    );
    let gone = app
        .api(
            "GET",
            &format!("/applications/{application}/review"),
            Some(&declarer_token),
            None,
        )
        .await;
    assert_eq!(gone.status, 404);

    let chair_token = token(&app, &world.members[0]).await;
    let conflict = declared.body["id"].as_str().unwrap();
    let no_reason = app
        .api(
            "POST",
            &format!("/conflicts/{conflict}/decision"),
            Some(&chair_token),
            Some(json!({"decision": "waive", "reason": " ", "version": 1})),
        )
        .await;
    assert_eq!(no_reason.status, 422);
    let waived = app
        .api(
            "POST",
            &format!("/conflicts/{conflict}/decision"),
            Some(&chair_token),
            Some(json!({"decision": "waive", "reason": "They have not spoken in years.", "version": 1})),
        )
        .await;
    assert_eq!(waived.status, 200, "{}", waived.body);
    assert_eq!(waived.body["status"], "waived");
    // Waived: they may be assigned again, and then see the application.
    let reassigned = app
        .api(
            "POST",
            &format!("/calls/{}/assignments", world.call.call.id),
            Some(&world.manager_token),
            Some(json!({"application_id": application, "user_id": declarer.id})),
        )
        .await;
    assert_eq!(reassigned.status, 201, "{}", reassigned.body);
    let back = app
        .api(
            "GET",
            &format!("/applications/{application}/review"),
            Some(&declarer_token),
            None,
        )
        .await;
    assert_eq!(back.status, 200);

    let audit = audit_of(&app, &world, application).await;
    for action in ["conflict.recused", "conflict.waived"] {
        assert!(
            audit.iter().any(|e| e.action == action),
            "{action} is audited"
        );
    }
}

#[tokio::test]
async fn reminders_go_to_members_with_reviews_outstanding() {
    let app = spawn_app().await;
    let world = app.reviewing_world(tunisian(2, 0)).await;
    assign_all(&app, &world).await;
    // One member submits everything assigned to them.
    let done = &world.members[0];
    let done_token = token(&app, done).await;
    for application in &world.applications {
        if reviewers_of(&app, &world, *application)
            .await
            .contains(&done.id)
        {
            let r = submit(
                &app,
                &done_token,
                *application,
                0,
                sheet(&world, [3, 5, 3], "Done"),
            )
            .await;
            assert_eq!(r.status, 200);
        }
    }
    let progress = app
        .api(
            "GET",
            &format!("/calls/{}/review-progress", world.call.call.id),
            Some(&world.manager_token),
            None,
        )
        .await;
    let outstanding = progress.body["members"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["assigned"].as_u64() > m["submitted"].as_u64())
        .count();
    assert!(outstanding > 0);
    let sent = app
        .api(
            "POST",
            &format!("/calls/{}/review-reminders", world.call.call.id),
            Some(&world.manager_token),
            Some(json!({})),
        )
        .await;
    assert_eq!(sent.status, 200, "{}", sent.body);
    assert_eq!(sent.body["queued"], outstanding);
    let reminders: Vec<_> = domain::notifications::pending(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|n| n.kind == domain::notifications::Kind::ReviewReminder)
        .collect();
    assert_eq!(reminders.len(), outstanding);
    assert!(
        reminders
            .iter()
            .all(|n| n.recipient_user_id != Some(done.id))
    );
}

#[tokio::test]
async fn assigned_reviewers_download_the_attachments_and_conflicted_members_do_not() {
    let app = spawn_app().await;
    let world = app.reviewing_world(tunisian(2, 0)).await;
    assign_all(&app, &world).await;
    let application = world.applications[0];
    let view =
        domain::applications::service::get(&app.db, &TestApp::actor(&world.manager), application)
            .await
            .unwrap();
    let path = format!(
        "/api/v1/applications/{application}/attachments/{}",
        view.attachments[0].id
    );
    let download = |user: &User| {
        let path = path.clone();
        let app = &app;
        let user = user.clone();
        async move {
            let token = app.token_for(&user).await;
            app.client
                .get(app.url(&path))
                .bearer_auth(token)
                .send()
                .await
                .unwrap()
        }
    };
    let assigned = reviewers_of(&app, &world, application).await;
    let reviewer = world.members.iter().find(|m| m.id == assigned[0]).unwrap();
    let ok = download(reviewer).await;
    assert_eq!(ok.status(), 200);
    assert!(
        ok.text()
            .await
            .unwrap()
            .contains("Work plan of municipality 1")
    );
    let unassigned = world
        .members
        .iter()
        .find(|m| !assigned.contains(&m.id))
        .unwrap();
    assert_eq!(download(unassigned).await.status(), 403);
    domain::committee::conflicts::declare(
        &app.db,
        &TestApp::actor(reviewer),
        application,
        &domain::committee::conflicts::DeclarationInput {
            kind: "financial".into(),
            note: "I consult for the municipality.".into(),
        },
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    assert_eq!(download(reviewer).await.status(), 404);
}

#[tokio::test]
async fn a_member_from_a_partner_organisation_is_conflicted_too() {
    let app = spawn_app().await;
    let world = app
        .reviewing_world(WorldSpec {
            partner_members: 1,
            ..tunisian(2, 0)
        })
        .await;
    // Civil-society member 1 works for the citizens' forum that partners the first application.
    let insider = &world.members[1];
    let theirs = world.applications[0];
    let conflicts = domain::committee::conflicts::list(
        &app.db,
        &TestApp::actor(&world.manager),
        world.call.call.id,
    )
    .await
    .unwrap();
    assert_eq!(conflicts.len(), 1);
    assert_eq!(conflicts[0].conflict.user_id, insider.id);
    assert_eq!(conflicts[0].conflict.application_id, theirs);
    assert_eq!(
        conflicts[0].conflict.note,
        "Citizens' forum of municipality 1"
    );

    assign_all(&app, &world).await;
    assert!(
        !reviewers_of(&app, &world, theirs)
            .await
            .contains(&insider.id)
    );
    let manual = app
        .api(
            "POST",
            &format!("/calls/{}/assignments", world.call.call.id),
            Some(&world.manager_token),
            Some(json!({"application_id": theirs, "user_id": insider.id})),
        )
        .await;
    assert_eq!(manual.status, 422);
    // Not merely unassigned (403): it does not exist for them.
    let sheet = app
        .api(
            "GET",
            &format!("/applications/{theirs}/review"),
            Some(&token(&app, insider).await),
            None,
        )
        .await;
    assert_eq!(sheet.status, 404);
}
