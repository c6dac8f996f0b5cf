//! The email worker: started by `serve` when SMTP settings are given, it drains the notification outbox.
//! Each round claims the due messages (a lease per message in this worker's name, renewed just before the
//! message is sent, so two servers on one database never send the same one), renders each in its
//! recipient's language, and hands it to the SMTP server. Accepted messages
//! are marked sent at once and never sent again; temporary failures (the server is down, a 4xx answer) are
//! retried with exponential back-off; permanent ones (a 5xx answer, an address that cannot be written) are
//! marked failed with the reason, for an administrator to see and retry. Without SMTP settings nothing is
//! sent and every message stays queued and visible in the inboxes.

use std::time::Duration;

use anyhow::Context;
use domain::DatabaseConnection;
use domain::jobs::Holder;
use domain::notifications::delivery::{self, Outgoing};
use domain::notifications::{DeliveryState, payload_of};
use lettre::message::header::ContentType;
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// How many messages one round claims.
const BATCH: u64 = 50;

/// How the worker reaches the SMTP server and what it writes.
#[derive(Clone, Debug)]
pub struct MailSettings {
    /// `smtp://user:pass@host:587?tls=required` (STARTTLS), `smtps://user:pass@host:465` (TLS) or
    /// `smtp://host:25` (plain, for a local relay).
    pub smtp_url: String,
    /// The sender, e.g. `Convoca <convoca@example.org>`.
    pub from: String,
    /// The address people reach Convoca at, for the links in messages (`https://convoca.example.org`).
    pub public_url: String,
}

/// What one round did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Round {
    /// Accepted by the SMTP server.
    pub sent: usize,
    /// Not emailed: the recipient turned the kind off.
    pub skipped: usize,
    /// Failed for now; tried again later.
    pub retrying: usize,
    /// Given up on.
    pub failed: usize,
    /// Claimed, but taken over by another worker before it was sent (this round was too slow).
    pub lost: usize,
}

/// Sends the outbox's messages over SMTP.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    public_url: String,
    /// Whose claims this worker's are; each mailer is its own holder.
    holder: Holder,
}

impl Mailer {
    /// A mailer for `settings`; a malformed URL or sender is an error here, at start-up.
    pub fn new(settings: &MailSettings) -> anyhow::Result<Mailer> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(&settings.smtp_url)
            .context("--smtp-url is not a valid SMTP URL")?
            .timeout(Some(Duration::from_secs(60)))
            .build();
        let from: Mailbox = settings
            .from
            .parse()
            .with_context(|| format!("--mail-from {:?} is not an email address", settings.from))?;
        Ok(Mailer {
            transport,
            from,
            public_url: settings.public_url.trim_end_matches('/').to_owned(),
            holder: Holder::unique(),
        })
    }

    /// The name this worker claims messages in.
    pub fn holder(&self) -> &Holder {
        &self.holder
    }

    /// Claims the due messages and delivers each once. `now` is the round's start; the claim on each
    /// message is renewed from `now` plus the time the round has taken so far, just before it is sent.
    pub async fn deliver_due(
        &self,
        db: &DatabaseConnection,
        now: chrono::DateTime<chrono::Utc>,
    ) -> domain::Result<Round> {
        let mut round = Round::default();
        let started = std::time::Instant::now();
        for outgoing in delivery::claim(db, &self.holder, now, BATCH).await? {
            let id = outgoing.notification.id;
            let elapsed = chrono::Duration::from_std(started.elapsed()).unwrap_or_default();
            if !delivery::renew(db, id, &self.holder, now + elapsed).await? {
                // Our claim lapsed during a long round and another worker took the message: it is theirs.
                tracing::info!(notification = %id, "claim taken over by another worker; not sent");
                round.lost += 1;
                continue;
            }
            if outgoing.opted_out {
                delivery::mark_skipped(db, id).await?;
                round.skipped += 1;
                continue;
            }
            let message = match self.compose(&outgoing) {
                Ok(message) => message,
                Err(reason) => {
                    tracing::warn!(notification = %id, "cannot compose: {reason}");
                    delivery::mark_failed(db, id, &reason).await?;
                    round.failed += 1;
                    continue;
                }
            };
            match self.transport.send(message).await {
                Ok(_) => {
                    delivery::mark_sent(db, id, now).await?;
                    round.sent += 1;
                }
                Err(err) if err.is_permanent() => {
                    tracing::warn!(notification = %id, "refused by the SMTP server: {err}");
                    delivery::mark_failed(db, id, &err.to_string()).await?;
                    round.failed += 1;
                }
                Err(err) => {
                    tracing::info!(notification = %id, "delivery failed, will retry: {err}");
                    match delivery::mark_retry(db, &outgoing.notification, &err.to_string(), now)
                        .await?
                    {
                        DeliveryState::Failed => round.failed += 1,
                        _ => round.retrying += 1,
                    }
                }
            }
        }
        Ok(round)
    }

    /// The email for one message: the subject and both bodies in the recipient's language; the message's
    /// id as `Message-ID`, so that a receiving server can tell a repeat from a new message.
    fn compose(&self, outgoing: &Outgoing) -> Result<Message, String> {
        let notification = &outgoing.notification;
        let payload = payload_of(notification).map_err(|err| err.to_string())?;
        let lang = i18n::Lang::from_tag(&outgoing.language).unwrap_or_default();
        let email = i18n::email::render(lang, notification.kind, &payload, &self.public_url);
        let to: Mailbox = notification
            .recipient_email
            .parse()
            .map_err(|err| format!("recipient address: {err}"))?;
        Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(email.subject)
            .message_id(Some(format!("<{}@convoca>", notification.id)))
            .multipart(
                MultiPart::alternative()
                    .singlepart(
                        SinglePart::builder()
                            .header(ContentType::TEXT_PLAIN)
                            .body(email.text),
                    )
                    .singlepart(
                        SinglePart::builder()
                            .header(ContentType::TEXT_HTML)
                            .body(email.html),
                    ),
            )
            .map_err(|err| err.to_string())
    }
}

/// Delivers due messages every `every`, for as long as the server runs; a database error is logged and the
/// next round tries again.
pub async fn run(
    db: DatabaseConnection,
    mailer: Mailer,
    clock: domain::clock::Clock,
    every: Duration,
) {
    let mut interval = tokio::time::interval(every);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        interval.tick().await;
        match mailer.deliver_due(&db, clock.now()).await {
            Ok(round) if round == Round::default() => {}
            Ok(round) => tracing::info!(
                sent = round.sent,
                skipped = round.skipped,
                retrying = round.retrying,
                failed = round.failed,
                lost = round.lost,
                "email round"
            ),
            Err(err) => tracing::warn!("email round failed: {err}"),
        }
    }
}
