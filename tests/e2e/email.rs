//! Email delivery against a real SMTP server started inside the test ([`SmtpSink`]): a submission emails
//! exactly one receipt, in the recipient's language; a failing server causes retries and loses nothing; two
//! workers on one database deliver each message exactly once; a kind the recipient turned off is not sent,
//! and a required kind is sent anyway.

use api::mail::{MailSettings, Mailer, Round};
use chrono::{DateTime, Duration, Utc};
use convoca_tests::smtp::SmtpSink;
use convoca_tests::{TestApp, spawn_app};
use domain::Role;
use domain::notifications::delivery::{self, MAX_ATTEMPTS};
use domain::notifications::{DeliveryState, Kind, Notification, Recipient, entity, opt_out};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;
use uuid::Uuid;
use web::i18n::Lang;

use crate::applications::{action, complete_application, local_government, tunisian_world, verify};

const PUBLIC_URL: &str = "https://convoca.example.org";

fn mailer_for(url: String) -> Mailer {
    Mailer::new(&MailSettings {
        smtp_url: url,
        from: "Convoca <convoca@example.org>".into(),
        public_url: PUBLIC_URL.into(),
    })
    .expect("valid mail settings")
}

async fn set_language(app: &TestApp, user_id: Uuid, language: &str) {
    domain::accounts::entity::user::ActiveModel {
        id: Set(user_id),
        language: Set(language.to_owned()),
        ..Default::default()
    }
    .update(&app.db)
    .await
    .unwrap();
}

async fn message(app: &TestApp, id: Uuid) -> Notification {
    entity::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

async fn all_messages(app: &TestApp) -> Vec<Notification> {
    entity::Entity::find().all(&app.db).await.unwrap()
}

/// Queues a message of `kind` for `user` and returns its id.
async fn queue(app: &TestApp, user: &domain::accounts::User, kind: Kind, n: usize) -> Uuid {
    domain::notifications::enqueue(
        &app.db,
        &Recipient {
            user_id: Some(user.id),
            email: user.email.clone(),
        },
        kind,
        &json!({"path": format!("/somewhere/{n}"), "reference": format!("REF-{n}"), "call_title": "Call", "count": 1}),
        app.clock.now(),
    )
    .await
    .unwrap();
    entity::Entity::find()
        .filter(entity::Column::RecipientUserId.eq(user.id))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .max_by_key(|m| m.id)
        .unwrap()
        .id
}

#[tokio::test]
async fn a_submission_emails_exactly_one_receipt_in_the_applicants_language() {
    let (app, manager, _, call) = tunisian_world().await;
    let (org, staff, token) =
        local_government(&app, "Sousse", "TN", "TN-51", "staff@sousse.tn").await;
    verify(&app, &manager, &org).await;
    set_language(&app, staff.id, "fr").await;
    let application = complete_application(&app, &token, &call, "Sousse ouverte").await;
    let submitted = action(&app, &token, &application, "submit").await;
    assert_eq!(submitted.status, 200, "{}", submitted.body);

    let sink = SmtpSink::start().await;
    let mailer = mailer_for(sink.url());
    let now = app.clock.now();
    assert_eq!(mailer.deliver_due(&app.db, now).await.unwrap().sent, 1);
    // Delivered once: a second round finds nothing to send.
    assert_eq!(
        mailer
            .deliver_due(&app.db, now + Duration::hours(1))
            .await
            .unwrap(),
        Round::default()
    );

    let received = sink.received();
    assert_eq!(received.len(), 1, "{received:#?}");
    let receipt = &received[0];
    assert_eq!(receipt.to, ["staff@sousse.tn"]);
    let stored = all_messages(&app).await;
    let queued = stored
        .iter()
        .find(|m| m.kind == Kind::ApplicationSubmitted)
        .unwrap();
    assert_eq!(queued.state, DeliveryState::Sent);
    assert_eq!(queued.sent_at, Some(now));
    assert!(receipt.message_id.contains(&queued.id.to_string()));
    // In French: exactly the French rendering of this payload, which is not the English one.
    let payload = domain::notifications::payload_of(queued).unwrap();
    let french = i18n_email(Lang::Fr, &payload);
    let english = i18n_email(Lang::En, &payload);
    assert_ne!(french.subject, english.subject);
    assert_eq!(receipt.subject, french.subject);
    assert_eq!(
        receipt.text.replace("\r\n", "\n").trim_end(),
        french.text.trim_end()
    );
    let reference = submitted.body["reference"].as_str().unwrap();
    assert!(receipt.text.contains(reference), "{}", receipt.text);
    let link = receipt.first_link().expect("a link to the application");
    assert!(link.starts_with(PUBLIC_URL), "{link}");
    assert!(
        receipt.html.contains(&format!("href=\"{link}\"")),
        "{}",
        receipt.html
    );
}

fn i18n_email(lang: Lang, payload: &serde_json::Value) -> web::i18n::email::Email {
    web::i18n::email::render(lang, Kind::ApplicationSubmitted, payload, PUBLIC_URL)
}

#[tokio::test]
async fn a_failing_smtp_server_causes_retries_with_back_off_and_loses_nothing() {
    let app = spawn_app().await;
    let start: DateTime<Utc> = "2026-12-07T09:00:00Z".parse().unwrap();
    app.clock.set(Some(start));
    let (user, _) = app
        .user_with_token("amal@sfax.tn", &[Role::Applicant])
        .await;
    let id = queue(&app, &user, Kind::ResultsPublished, 1).await;

    let sink = SmtpSink::start().await;
    sink.set_failing(true);
    let mailer = mailer_for(sink.url());
    let round = mailer.deliver_due(&app.db, start).await.unwrap();
    assert_eq!((round.sent, round.retrying), (0, 1));
    let stored = message(&app, id).await;
    assert_eq!((stored.state, stored.attempts), (DeliveryState::Queued, 1));
    assert_eq!(stored.next_attempt_at, Some(start + Duration::seconds(30)));
    assert!(
        stored.last_error.as_deref().unwrap().contains("451"),
        "{:?}",
        stored.last_error
    );
    // Not before the back-off has passed.
    assert_eq!(
        mailer
            .deliver_due(&app.db, start + Duration::seconds(29))
            .await
            .unwrap(),
        Round::default()
    );

    // The server is down altogether: still a temporary failure, the wait doubles.
    let down = mailer_for(format!("smtp://127.0.0.1:{}", closed_port().await));
    let later = start + Duration::seconds(30);
    assert_eq!(down.deliver_due(&app.db, later).await.unwrap().retrying, 1);
    let stored = message(&app, id).await;
    assert_eq!(stored.attempts, 2);
    assert_eq!(stored.next_attempt_at, Some(later + Duration::seconds(60)));

    // Back up: sent once.
    sink.set_failing(false);
    let round = mailer
        .deliver_due(&app.db, later + Duration::seconds(60))
        .await
        .unwrap();
    assert_eq!(round.sent, 1);
    assert_eq!(sink.for_address("amal@sfax.tn").len(), 1);
    assert_eq!(message(&app, id).await.state, DeliveryState::Sent);
}

#[tokio::test]
async fn a_message_that_keeps_failing_is_marked_failed_with_the_reason() {
    let app = spawn_app().await;
    let start: DateTime<Utc> = "2026-12-07T09:00:00Z".parse().unwrap();
    app.clock.set(Some(start));
    let (user, _) = app
        .user_with_token("karim@sfax.tn", &[Role::Applicant])
        .await;
    let id = queue(&app, &user, Kind::ReportDueSoon, 1).await;
    let sink = SmtpSink::start().await;
    sink.set_failing(true);
    let mailer = mailer_for(sink.url());
    let mut now = start;
    for _ in 0..MAX_ATTEMPTS {
        mailer.deliver_due(&app.db, now).await.unwrap();
        now += Duration::hours(7);
    }
    let stored = message(&app, id).await;
    assert_eq!(stored.state, DeliveryState::Failed);
    assert_eq!(stored.attempts, MAX_ATTEMPTS);
    assert!(stored.last_error.unwrap().contains("451"));
    // Nothing is tried again on its own, and nothing was lost: the message is still there.
    sink.set_failing(false);
    assert_eq!(
        mailer.deliver_due(&app.db, now).await.unwrap(),
        Round::default()
    );
    assert!(sink.received().is_empty());
}

/// A port nothing listens on.
async fn closed_port() -> u16 {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    listener.local_addr().unwrap().port()
}

#[tokio::test]
async fn two_workers_on_one_database_deliver_each_message_exactly_once() {
    let app = spawn_app().await;
    let (a, _) = app
        .user_with_token("a@rosario.gob.ar", &[Role::Applicant])
        .await;
    let (b, _) = app
        .user_with_token("b@rosario.gob.ar", &[Role::Applicant])
        .await;
    let mut ids = Vec::new();
    for n in 0..30 {
        let user = if n % 2 == 0 { &a } else { &b };
        ids.push(queue(&app, user, Kind::ReviewAssigned, n).await);
    }
    let sink = SmtpSink::start().await;
    let (first, second) = (mailer_for(sink.url()), mailer_for(sink.url()));
    let now = app.clock.now();
    let work = |mailer: Mailer, db: domain::DatabaseConnection| async move {
        let mut sent = 0;
        for _ in 0..5 {
            sent += mailer.deliver_due(&db, now).await.unwrap().sent;
        }
        sent
    };
    let (one, two) = tokio::join!(work(first, app.db.clone()), work(second, app.db.clone()));
    assert_eq!(one + two, 30, "each worker's count: {one} + {two}");
    let received = sink.received();
    assert_eq!(received.len(), 30);
    let mut message_ids: Vec<&str> = received.iter().map(|m| m.message_id.as_str()).collect();
    message_ids.sort_unstable();
    message_ids.dedup();
    assert_eq!(message_ids.len(), 30, "no message was sent twice");
    for id in ids {
        assert_eq!(message(&app, id).await.state, DeliveryState::Sent);
    }
}

#[tokio::test]
async fn a_kind_turned_off_is_not_emailed_but_a_required_kind_is() {
    let app = spawn_app().await;
    let (user, _) = app
        .user_with_token("lea@leipzig.de", &[Role::Applicant])
        .await;
    // Turned off: a reminder, and (against the rules, written straight into the table) a receipt.
    for kind in [Kind::ReviewReminder, Kind::ApplicationSubmitted] {
        opt_out::ActiveModel {
            user_id: Set(user.id),
            kind: Set(kind),
            created_at: Set(app.clock.now()),
        }
        .insert(&app.db)
        .await
        .unwrap();
    }
    let reminder = queue(&app, &user, Kind::ReviewReminder, 1).await;
    let receipt = queue(&app, &user, Kind::ApplicationSubmitted, 2).await;
    let other = queue(&app, &user, Kind::ResultsPublished, 3).await;

    let sink = SmtpSink::start().await;
    let round = mailer_for(sink.url())
        .deliver_due(&app.db, app.clock.now())
        .await
        .unwrap();
    assert_eq!((round.sent, round.skipped), (2, 1));
    assert_eq!(message(&app, reminder).await.state, DeliveryState::Skipped);
    assert_eq!(message(&app, receipt).await.state, DeliveryState::Sent);
    assert_eq!(message(&app, other).await.state, DeliveryState::Sent);
    assert_eq!(sink.for_address("lea@leipzig.de").len(), 2);
    // Skipped is final: the message stays in the inbox and is never emailed later.
    assert!(
        delivery::claim(
            &app.db,
            &domain::jobs::Holder::unique(),
            app.clock.now() + Duration::days(1),
            10
        )
        .await
        .unwrap()
        .is_empty()
    );
}

#[tokio::test]
async fn bad_mail_settings_are_refused_at_start_up() {
    let bad_url = Mailer::new(&MailSettings {
        smtp_url: "http://mail.example.org".into(),
        from: "convoca@example.org".into(),
        public_url: PUBLIC_URL.into(),
    });
    assert!(bad_url.is_err());
    let bad_from = Mailer::new(&MailSettings {
        smtp_url: "smtp://127.0.0.1:2525".into(),
        from: "not an address".into(),
        public_url: PUBLIC_URL.into(),
    });
    assert!(format!("{:#}", bad_from.err().unwrap()).contains("--mail-from"));
}
