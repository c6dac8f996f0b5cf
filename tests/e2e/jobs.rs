//! Several servers on one database: a job's lease is held by one server at a time and taken over only once
//! it has expired or been released; of many servers asking at once exactly one gets it; two email workers
//! claiming together get disjoint messages; and a worker whose claim lapsed and was taken over may not send
//! the message. Each test runs on SQLite, and on PostgreSQL with `TEST_DATABASE_URL`.

use std::collections::HashSet;

use chrono::{DateTime, Duration, Utc};
use convoca_tests::{TestApp, spawn_app};
use domain::Role;
use domain::jobs::{self, Holder};
use domain::notifications::delivery::{self, LEASE};
use domain::notifications::{Kind, Recipient};
use futures_util::future::join_all;
use serde_json::json;
use uuid::Uuid;

fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

#[tokio::test]
async fn a_lease_held_by_one_server_is_not_taken_by_another_until_it_expires() {
    let app = spawn_app().await;
    let db = &app.db;
    let (a, b) = (Holder::named("server-a"), Holder::named("server-b"));
    let ttl = Duration::minutes(90);
    let start = at("2027-03-01T10:00:00Z");
    let job = jobs::REMINDERS;

    assert!(jobs::acquire(db, job, &a, start, ttl).await.unwrap());
    assert_eq!(
        jobs::holder_of(db, job, start).await.unwrap().as_deref(),
        Some("server-a")
    );
    // B asks every few minutes while A's lease runs: refused each time.
    for minutes in [0, 1, 45, 89] {
        let now = start + Duration::minutes(minutes);
        assert!(
            !jobs::acquire(db, job, &b, now, ttl).await.unwrap(),
            "B took A's lease {minutes} minutes in"
        );
    }
    // A renews an hour in: its lease now runs to 12:30, and B is still refused past the first expiry.
    assert!(
        jobs::acquire(db, job, &a, start + Duration::hours(1), ttl)
            .await
            .unwrap()
    );
    assert!(
        !jobs::acquire(db, job, &b, start + Duration::minutes(100), ttl)
            .await
            .unwrap()
    );
    // A stops renewing (it crashed): once the lease has expired, B takes it, and A no longer has it.
    let later = start + Duration::minutes(151);
    assert!(jobs::acquire(db, job, &b, later, ttl).await.unwrap());
    assert_eq!(
        jobs::holder_of(db, job, later).await.unwrap().as_deref(),
        Some("server-b")
    );
    assert!(!jobs::acquire(db, job, &a, later, ttl).await.unwrap());
    // Releasing: only the holder can, and then the other server takes the job at once.
    assert!(!jobs::release(db, job, &a, later).await.unwrap());
    assert!(jobs::release(db, job, &b, later).await.unwrap());
    assert_eq!(jobs::holder_of(db, job, later).await.unwrap(), None);
    assert!(jobs::acquire(db, job, &a, later, ttl).await.unwrap());
    // Leases are per job: another job is free.
    assert!(
        jobs::acquire(db, "another-job", &b, later, ttl)
            .await
            .unwrap()
    );
}

#[tokio::test]
async fn of_many_servers_asking_at_once_exactly_one_gets_the_lease() {
    let app = spawn_app().await;
    let now = at("2027-03-01T10:00:00Z");
    let holders: Vec<Holder> = (0..6).map(|_| Holder::unique()).collect();
    // Twice: once for a job never run (the insert races), once for an expired lease (the update races).
    for round in [now, now + Duration::hours(2)] {
        let got = join_all(
            holders
                .iter()
                .map(|h| jobs::acquire(&app.db, jobs::REMINDERS, h, round, Duration::hours(1))),
        )
        .await;
        let winners: Vec<&Holder> = holders
            .iter()
            .zip(&got)
            .filter(|(_, got)| *got.as_ref().unwrap())
            .map(|(h, _)| h)
            .collect();
        assert_eq!(winners.len(), 1, "winners at {round}: {winners:?}");
        assert_eq!(
            jobs::holder_of(&app.db, jobs::REMINDERS, round)
                .await
                .unwrap()
                .as_deref(),
            Some(winners[0].as_str())
        );
    }
}

/// Queues `count` messages for a new applicant and returns their ids.
async fn queue_messages(app: &TestApp, count: usize) -> HashSet<Uuid> {
    let (user, _) = app
        .user_with_token("many@messages.example", &[Role::Applicant])
        .await;
    for n in 0..count {
        domain::notifications::enqueue(
            &app.db,
            &Recipient {
                user_id: Some(user.id),
                email: user.email.clone(),
            },
            Kind::ReviewAssigned,
            &json!({"path": format!("/reviews/{n}"), "count": 1}),
            app.clock.now(),
        )
        .await
        .unwrap();
    }
    delivery::pending(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|m| m.id)
        .collect()
}

#[tokio::test]
async fn two_claimers_at_once_get_disjoint_messages_and_together_all_of_them() {
    let app = spawn_app().await;
    let queued = queue_messages(&app, 40).await;
    assert_eq!(queued.len(), 40);
    let (a, b) = (Holder::unique(), Holder::unique());
    let now = app.clock.now();
    let (first, second) = tokio::join!(
        delivery::claim(&app.db, &a, now, 40),
        delivery::claim(&app.db, &b, now, 40)
    );
    let ids = |claimed: Vec<delivery::Outgoing>| -> HashSet<Uuid> {
        claimed.into_iter().map(|o| o.notification.id).collect()
    };
    let (first, second) = (ids(first.unwrap()), ids(second.unwrap()));
    assert!(
        first.is_disjoint(&second),
        "claimed by both: {:?}",
        first.intersection(&second).collect::<Vec<_>>()
    );
    let all: HashSet<Uuid> = first.union(&second).copied().collect();
    assert_eq!(all, queued);
    // Claimed is claimed: a third worker finds nothing until the leases run out.
    let third = Holder::unique();
    assert!(
        delivery::claim(&app.db, &third, now + LEASE - Duration::seconds(1), 40)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        delivery::claim(&app.db, &third, now + LEASE + Duration::seconds(1), 40)
            .await
            .unwrap()
            .len(),
        40
    );
}

#[tokio::test]
async fn a_worker_whose_claim_was_taken_over_may_not_send_the_message() {
    let app = spawn_app().await;
    let id = *queue_messages(&app, 1).await.iter().next().unwrap();
    let (slow, other) = (Holder::named("slow"), Holder::named("other"));
    let now = app.clock.now();
    assert_eq!(
        delivery::claim(&app.db, &slow, now, 10)
            .await
            .unwrap()
            .len(),
        1
    );
    // While its claim holds, the claimer may renew it and nobody else may.
    assert!(
        delivery::renew(&app.db, id, &slow, now + Duration::minutes(1))
            .await
            .unwrap()
    );
    assert!(
        !delivery::renew(&app.db, id, &other, now + Duration::minutes(1))
            .await
            .unwrap()
    );
    // The slow worker's round outlives its lease; another worker claims the message...
    let late = now + Duration::minutes(1) + LEASE + Duration::seconds(1);
    assert_eq!(
        delivery::claim(&app.db, &other, late, 10)
            .await
            .unwrap()
            .len(),
        1
    );
    // ...so the slow one's renewal before sending fails, and the new claimer's succeeds.
    assert!(!delivery::renew(&app.db, id, &slow, late).await.unwrap());
    assert!(delivery::renew(&app.db, id, &other, late).await.unwrap());
    // Once sent, nobody's claim may be renewed.
    delivery::mark_sent(&app.db, id, late).await.unwrap();
    assert!(!delivery::renew(&app.db, id, &other, late).await.unwrap());
}
