//! The demo data set (`convoca demo-data`, `convoca serve --demo`): loaded into a fresh database it shows the
//! three reference programmes in their realistic states and every printed login works; loaded again on the
//! demo's own database it changes nothing; on a database holding anything else it is refused and changes
//! nothing.

use convoca_tests::{TestApp, spawn_app};
use domain::applications::entity::application;
use domain::calls::entity::call;
use domain::committee::entity::{assignment, conflict, review};
use domain::demo::{self, DatabaseState, Outcome};
use domain::projects::entity::{assistance, project};
use domain::selection::aggregate;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::json;

/// Rows per table that the demo writes, to compare a database before and after.
async fn counts(app: &TestApp) -> Vec<(&'static str, u64)> {
    let db = &app.db;
    vec![
        (
            "users",
            domain::accounts::entity::user::Entity::find()
                .count(db)
                .await
                .unwrap(),
        ),
        (
            "organisations",
            domain::organisations::entity::Entity::find()
                .count(db)
                .await
                .unwrap(),
        ),
        (
            "programmes",
            domain::programmes::entity::Entity::find()
                .count(db)
                .await
                .unwrap(),
        ),
        ("calls", call::Entity::find().count(db).await.unwrap()),
        (
            "applications",
            application::Entity::find().count(db).await.unwrap(),
        ),
        ("reviews", review::Entity::find().count(db).await.unwrap()),
        ("projects", project::Entity::find().count(db).await.unwrap()),
        ("audit", app.audit_count().await),
    ]
}

/// The calls, keyed by code (`TUN`; `LAB` and `FED` are the German and the Argentine calls of both cycles:
/// the first one made is the previous cycle).
async fn calls_by_code(app: &TestApp, code: &str) -> Vec<call::Model> {
    let mut calls = call::Entity::find()
        .filter(call::Column::Code.eq(code))
        .all(&app.db)
        .await
        .unwrap();
    calls.sort_by_key(|c| c.created_at);
    calls
}

async fn applications_in(app: &TestApp, call_id: uuid::Uuid, state: &str) -> usize {
    application::Entity::find()
        .filter(application::Column::CallId.eq(call_id))
        .filter(application::Column::State.eq(state))
        .count(&app.db)
        .await
        .unwrap() as usize
}

#[tokio::test]
async fn the_demo_loads_the_three_programmes_in_their_states_and_every_login_works() {
    let app = spawn_app().await;
    assert_eq!(demo::state(&app.db).await.unwrap(), DatabaseState::Empty);
    assert_eq!(demo::load(&app.db).await.unwrap(), Outcome::Loaded);
    assert_eq!(demo::state(&app.db).await.unwrap(), DatabaseState::Demo);
    let today = chrono::Utc::now().date_naive();

    // Tunisia: decided and published; twenty applications, ten selected, one ineligible.
    let tunisia = calls_by_code(&app, "TUN").await;
    assert_eq!(tunisia.len(), 1);
    let tunisia = &tunisia[0];
    assert_eq!(tunisia.state, "decided");
    assert!(tunisia.results_published_at.is_some());
    assert!(tunisia.closes_at < chrono::Utc::now());
    assert_eq!(
        application::Entity::find()
            .filter(application::Column::CallId.eq(tunisia.id))
            .count(&app.db)
            .await
            .unwrap(),
        20
    );
    let published = domain::selection::results::results(&app.db, None, tunisia.id)
        .await
        .unwrap();
    let selected: Vec<_> = published
        .rows
        .iter()
        .filter(|r| r.outcome == domain::selection::proposal::Outcome::Selected)
        .collect();
    assert_eq!(selected.len(), 10);
    assert!(
        selected
            .iter()
            .any(|r| r.lead.name == "Municipalité de Sousse")
    );
    assert_eq!(applications_in(&app, tunisia.id, "ineligible").await, 1);
    // Bizerte and Gabès tie exactly: the lottery ordered them, and both are selected.
    let tied: Vec<_> = published
        .rows
        .iter()
        .filter(|r| {
            r.lead.name == "Municipalité de Bizerte" || r.lead.name == "Municipalité de Gabès"
        })
        .collect();
    assert_eq!(tied.len(), 2);
    assert_eq!(tied[0].total, tied[1].total);
    assert!(tied.iter().all(|r| r.lottery_key.is_some()));
    assert_eq!(
        published
            .call
            .translations
            .of(domain::calls::translations::TextField::Title)
            .count(),
        1
    );

    // Its ten projects are under way; Kairouan's is the only one at risk.
    let tunisian_projects = domain::projects::service::list(
        &app.db,
        None,
        &domain::projects::service::ProjectFilter {
            call_id: Some(tunisia.id),
            ..Default::default()
        },
        today,
    )
    .await
    .unwrap();
    assert_eq!(tunisian_projects.len(), 10);
    let at_risk: Vec<_> = tunisian_projects
        .iter()
        .filter(|p| p.health == domain::projects::schedule::Health::AtRisk)
        .collect();
    assert_eq!(at_risk.len(), 1);
    assert_eq!(at_risk[0].lead.name, "Municipalité de Kairouan");
    assert!(tunisian_projects.iter().all(|p| p.disbursed_minor > 0));
    assert_eq!(
        tunisian_projects
            .iter()
            .filter(|p| p
                .reports
                .iter()
                .any(|r| r.state == domain::projects::views::ReportState::Accepted))
            .count(),
        9
    );

    // Germany: the 2024 cycle decided with three funded labs, a peer-learning workshop and two labs' lessons
    // public; the 2026 cycle, cloned from it, in review: six consortium applications (one copying a 2024
    // lab), the committee half-way, one declared conflict, one application flagged.
    let germany = calls_by_code(&app, "LAB").await;
    assert_eq!(germany.len(), 2);
    let (earlier, germany) = (&germany[0], &germany[1]);
    assert_eq!(earlier.state, "decided");
    assert_eq!(germany.cloned_from, Some(earlier.id));
    let labs = project::Entity::find()
        .filter(project::Column::CallId.eq(earlier.id))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(labs, 3);
    let workshops = domain::exchanges::public_of_programme(&app.db, earlier.programme_id)
        .await
        .unwrap();
    assert_eq!(workshops.len(), 1);
    assert_eq!(workshops[0].attended.len(), 3);
    let german_cycles =
        domain::programmes::cycles::cycles(&app.db, earlier.programme_id, chrono::Utc::now())
            .await
            .unwrap();
    assert_eq!(german_cycles.cycles.len(), 2);
    let first = german_cycles.cycles[0].decided.as_ref().expect("published");
    assert_eq!(
        (
            first.projects,
            first.exchanges_held,
            first.lessons_published
        ),
        (3, 1, 2)
    );
    let copying = application::Entity::find()
        .filter(application::Column::CallId.eq(germany.id))
        .filter(application::Column::ReplicatesProjectId.is_not_null())
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(copying, 1);
    assert_eq!(germany.state, "reviewing");
    assert_eq!(applications_in(&app, germany.id, "eligible").await, 6);
    let assigned = assignment::Entity::find()
        .filter(assignment::Column::CallId.eq(germany.id))
        .count(&app.db)
        .await
        .unwrap();
    let submitted = review::Entity::find()
        .filter(review::Column::CallId.eq(germany.id))
        .filter(review::Column::State.eq("submitted"))
        .count(&app.db)
        .await
        .unwrap();
    assert!(
        submitted * 3 >= assigned && submitted * 3 <= assigned * 2,
        "{submitted} of {assigned} reviews submitted"
    );
    let declared = conflict::Entity::find()
        .filter(conflict::Column::CallId.eq(germany.id))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(declared.len(), 1);
    assert_eq!(declared[0].source, "declared");
    let manager = demo_manager(&app).await;
    let board = domain::selection::board::board(&app.db, &app.optimiser, &manager, germany.id)
        .await
        .unwrap();
    let flagged = board
        .rows
        .iter()
        .filter(|r| {
            r.figures
                .as_ref()
                .is_some_and(|f: &aggregate::ApplicationFigures| f.flagged)
        })
        .count();
    assert_eq!(flagged, 1);

    // Argentina: the previous cycle decided with four projects and assistance; the clone open with three
    // submissions and two drafts.
    let argentina = calls_by_code(&app, "FED").await;
    assert_eq!(argentina.len(), 2);
    let (previous, current) = (&argentina[0], &argentina[1]);
    assert_eq!(previous.state, "decided");
    assert_eq!(current.state, "open");
    assert_eq!(current.cloned_from, Some(previous.id));
    assert_eq!(applications_in(&app, current.id, "submitted").await, 3);
    assert_eq!(applications_in(&app, current.id, "draft").await, 2);
    let projects = project::Entity::find()
        .filter(project::Column::CallId.eq(previous.id))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(projects.len(), 4);
    let mut requests: Vec<String> = assistance::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.state)
        .collect();
    requests.sort();
    assert_eq!(requests, ["assigned", "open", "resolved", "resolved"]);
    // The previous cycle's teams met in a peer exchange, public with its outcome; the programme's cycles
    // count it.
    let exchanges = domain::exchanges::public_of_programme(&app.db, previous.programme_id)
        .await
        .unwrap();
    assert_eq!(exchanges.len(), 1);
    assert_eq!(exchanges[0].attended.len(), 3);
    let cycles =
        domain::programmes::cycles::cycles(&app.db, previous.programme_id, chrono::Utc::now())
            .await
            .unwrap();
    assert_eq!(cycles.cycles.len(), 2);
    let first = cycles.cycles[0].decided.as_ref().expect("published");
    assert_eq!(
        (
            first.projects,
            first.exchanges_held,
            first.lessons_published
        ),
        (4, 1, 1)
    );

    // Nigeria: a rolling enrolment, open with no deadline; two states joined one at a time, one waiting to be
    // screened, one draft without its letter of intent.
    let nigeria = calls_by_code(&app, "OGPNG").await;
    assert_eq!(nigeria.len(), 1);
    let network = &nigeria[0];
    assert!(network.rolling);
    assert_eq!(network.selection_mode, "enrolment");
    assert_eq!(network.state, "open");
    assert_eq!(applications_in(&app, network.id, "selected").await, 2);
    assert_eq!(applications_in(&app, network.id, "submitted").await, 1);
    assert_eq!(applications_in(&app, network.id, "draft").await, 1);
    let view = domain::calls::service::get(&app.db, None, network.id)
        .await
        .unwrap();
    let joined: Vec<String> = domain::selection::rolling::joined(&app.db, &view)
        .await
        .unwrap()
        .into_iter()
        .map(|j| j.organisation)
        .collect();
    assert_eq!(
        joined,
        ["Kaduna State Government", "Anambra State Government"]
    );
    let kaduna = project::Entity::find()
        .filter(project::Column::CallId.eq(network.id))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.title.starts_with("Kaduna"))
        .expect("Kaduna's project");
    assert_eq!(kaduna.awarded_minor, 0);
    let plan =
        domain::projects::service::get(&app.db, None, kaduna.id, chrono::Utc::now().date_naive())
            .await
            .unwrap();
    assert!(plan.adopted);
    assert_eq!(plan.commitments.len(), 2);
    assert!(plan.commitments.iter().all(|c| c.latest.is_some()));

    // Every printed login signs in with the demo password.
    for login in &demo::LOGINS {
        let signed_in = app
            .api(
                "POST",
                "/auth/token",
                None,
                Some(
                    json!({"email": login.email, "password": demo::DEMO_PASSWORD, "name": "demo"}),
                ),
            )
            .await;
        assert_eq!(signed_in.status, 201, "{}: {}", login.email, signed_in.body);
    }

    // The public sees the Tunisian results page.
    let page = app
        .client
        .get(app.url(&format!("/calls/{}/results", tunisia.id)))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Municipalité de Sousse"));

    // Loading again on the demo's own database changes nothing.
    let before = counts(&app).await;
    assert_eq!(demo::load(&app.db).await.unwrap(), Outcome::AlreadyLoaded);
    assert_eq!(counts(&app).await, before);
}

/// The actor of the demo's programme manager.
async fn demo_manager(app: &TestApp) -> domain::Actor {
    use domain::accounts::entity::user;
    let manager = user::Entity::find()
        .filter(user::Column::Email.eq("manager@demo.example"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the demo manager exists");
    domain::Actor {
        user_id: manager.id,
        email: manager.email,
        name: manager.name,
        organisation_id: manager.organisation_id,
        roles: vec![domain::Role::Manager],
    }
}

#[tokio::test]
async fn the_demo_refuses_a_database_holding_anything_else_and_changes_nothing() {
    let app = spawn_app().await;
    app.create_user("someone@example.org", &[domain::Role::Manager], None)
        .await;
    let before = counts(&app).await;
    assert_eq!(demo::state(&app.db).await.unwrap(), DatabaseState::Other);
    assert_eq!(
        demo::load(&app.db).await.unwrap(),
        Outcome::Refused(DatabaseState::Other)
    );
    assert_eq!(counts(&app).await, before);
}
