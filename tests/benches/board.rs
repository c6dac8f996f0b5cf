//! The selection board and finalising of a large call, with the database and the real services:
//!
//! ```sh
//! cargo bench -p convoca-tests --bench board                          # 10,000 applications, SQLite
//! BOARD_APPLICATIONS=2000 TEST_DATABASE_URL=postgres://... cargo bench -p convoca-tests --bench board
//! ```
//!
//! A call is built through the services (criteria, committee of six, reviewing started), then grown in bulk to
//! the chosen number of eligible applications from 24 regions, each with five submitted reviews on ten
//! criteria, a budget for about a tenth of the requests and at most 40 awards per region. It prints how long
//! the board takes to compute (first view, with the search for the optimum; second view, from the cache), the
//! same through the JSON API, and finalising, whose write-lock time the server logs (`call finalised`).

use std::time::{Duration, Instant};

use chrono::Utc;
use convoca_tests::selection::{ApplicantSpec, SeatSpec, SelectionSpec, criterion};
use convoca_tests::{TestApp, spawn_app};
use domain::Role;
use domain::calls::details::Quota;
use domain::committee::entity::{assignment, review};
use domain::db::insert_batches;
use domain::reviews::sheet::Score;
use domain::selection::{board, decisions};
use domain::{applications::entity::application, organisations};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

/// A reproducible stream of numbers below a bound (xorshift).
struct Numbers(u64);

impl Numbers {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % bound
    }
}

const REGIONS: usize = 24;

fn region(r: usize) -> String {
    format!("TN-{:02}", 11 + r)
}

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt()
        .with_env_filter("domain=info")
        .with_target(false)
        .init();
    let applications: usize = std::env::var("BOARD_APPLICATIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    let app = spawn_app().await;
    let (manager, token) = app
        .user_with_token("manager@board-bench.example", &[Role::Manager])
        .await;

    let started = Instant::now();
    let spec = SelectionSpec {
        programme: "OGP Local Tunisia".into(),
        code: "TUN".into(),
        // About a tenth of the requests (85,000 TND on average).
        total_budget: format!("{}", applications as u64 * 8_500),
        min_award: "1000".into(),
        max_award: "150000".into(),
        max_awards: 2_000,
        min_reviews: 5,
        min_total_score: None,
        tie_break: vec![],
        quotas: (0..REGIONS)
            .map(|r| Quota {
                subdivision: region(r),
                min_awards: None,
                max_awards: Some(40),
            })
            .collect(),
        criteria: (1..=10)
            .map(|c| {
                criterion(
                    &format!("Criterion {c}"),
                    &format!("{}", 1 + c % 3),
                    5,
                    None,
                )
            })
            .collect(),
        committee: (0..6)
            .map(|m| {
                let sector = if m % 2 == 0 {
                    "civil_society"
                } else {
                    "government"
                };
                SeatSpec::new(&format!("Member {m}"), sector)
            })
            .collect(),
        applicants: vec![ApplicantSpec::new(
            "Sfax",
            "TN-61",
            "50000",
            vec![vec![3; 10]; 5],
        )],
        seed: Some("board-bench".into()),
    };
    let world = app.selection_world(&manager, &spec).await;
    let call = &world.call;
    grow(&app, &world, applications).await;
    println!(
        "seeded {applications} applications with {} reviews in {:.1} s",
        applications * 5,
        started.elapsed().as_secs_f64()
    );

    let actor = TestApp::actor(&manager);
    let timed =
        |label: &str, took: Duration| println!("{label}: {:.1} ms", took.as_secs_f64() * 1e3);
    let at = Instant::now();
    let first = board::board(&app.db, &app.optimiser, &actor, call.call.id)
        .await
        .expect("the board is computed");
    timed("board, first view (searches the optimum)", at.elapsed());
    println!(
        "  optimum: {} selected, proven {}, gap {}, searched in {} ms; proposal selects {}",
        first.optimal.optimal.selected.len(),
        first.optimal.optimal.proven,
        first.optimal.optimal.gap,
        first.optimal.search_ms,
        first.selected
    );
    let at = Instant::now();
    board::board(&app.db, &app.optimiser, &actor, call.call.id)
        .await
        .expect("the board is computed");
    timed("board, second view (optimum cached)", at.elapsed());
    for view in ["first", "second"] {
        let at = Instant::now();
        let response = app
            .api(
                "GET",
                &format!("/calls/{}/selection", call.call.id),
                Some(&token),
                None,
            )
            .await;
        assert_eq!(response.status, 200);
        timed(
            &format!(
                "GET /api/v1/calls/{{id}}/selection, {view} ({} KB of JSON)",
                response.body.to_string().len() / 1024
            ),
            at.elapsed(),
        );
    }
    let at = Instant::now();
    let decided = decisions::finalise(
        &app.db,
        &app.optimiser,
        &actor,
        call.call.id,
        first.call.call.version,
    )
    .await
    .expect("the call is finalised");
    timed("finalise (see write_lock_ms above)", at.elapsed());
    println!("  {} selected", decided.selected);
}

/// Adds eligible applications, each reviewed by five of the six members, in bulk.
async fn grow(app: &TestApp, world: &convoca_tests::selection::SelectionWorld, count: usize) {
    let now = Utc::now();
    let call = &world.call;
    let template = application::Entity::find_by_id(world.applications[0])
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let review_template = review::Entity::find()
        .filter(review::Column::ApplicationId.eq(world.applications[0]))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let assignment_template = assignment::Entity::find()
        .filter(assignment::Column::ApplicationId.eq(world.applications[0]))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let lead = organisations::entity::Entity::find_by_id(template.lead_organisation_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut numbers = Numbers(2026);
    let ids: Vec<(Uuid, Uuid)> = (0..count)
        .map(|_| (Uuid::now_v7(), Uuid::now_v7()))
        .collect();
    let organisations: Vec<_> = ids
        .iter()
        .map(|&(_, org)| {
            let mut o = lead.clone();
            o.id = org;
            o.name = format!("Municipality {org}");
            o.official_code = None;
            o.subdivision = Some(region(numbers.below(REGIONS as u64) as usize));
            sea_orm::IntoActiveModel::into_active_model(o)
        })
        .collect();
    insert_batches(&app.db, organisations).await.unwrap();
    let applications: Vec<_> = ids
        .iter()
        .enumerate()
        .map(|(i, &(id, org))| {
            let mut a = template.clone();
            a.id = id;
            a.lead_organisation_id = org;
            a.state = "eligible".into();
            a.reference = Some(format!("TUN-2026-{:05}", 10 + i));
            a.requested_minor = (20_000 + numbers.below(130_000) as i64) * 1000;
            a.created_at = now;
            a.updated_at = now;
            sea_orm::IntoActiveModel::into_active_model(a)
        })
        .collect();
    insert_batches(&app.db, applications).await.unwrap();
    let mut assignments = Vec::new();
    let mut reviews = Vec::new();
    for (k, &(id, _)) in ids.iter().enumerate() {
        for m in 0..5 {
            let member = &world.members[(k + m) % world.members.len()];
            let mut a = assignment_template.clone();
            a.id = Uuid::now_v7();
            a.application_id = id;
            a.user_id = member.id;
            assignments.push(sea_orm::IntoActiveModel::into_active_model(a));
            let scores: Vec<Score> = call
                .criteria
                .iter()
                .map(|c| Score {
                    criterion_id: c.id,
                    score: Some(numbers.below(6) as i32),
                    comment: String::new(),
                })
                .collect();
            let mut r = review_template.clone();
            r.id = Uuid::now_v7();
            r.application_id = id;
            r.user_id = member.id;
            r.scores = serde_json::to_string(&scores).unwrap();
            reviews.push(sea_orm::IntoActiveModel::into_active_model(r));
        }
    }
    insert_batches(&app.db, assignments).await.unwrap();
    insert_batches(&app.db, reviews).await.unwrap();
}
