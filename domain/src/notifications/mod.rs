//! The notification outbox: services queue messages (a submission receipt, a screening outcome) in the same
//! transaction as the change they report, so a message is queued if and only if the change happened. The
//! delivery worker ([`delivery`]) claims and sends them by email; every message with an account as recipient
//! is also that user's inbox entry ([`inbox`]); administrators watch deliveries in the [`outbox`]; users
//! choose their language and which kinds they are emailed in their [`preferences`]. This module renders
//! nothing: `kind` names the template and `payload` holds its values.

pub mod delivery;
pub mod entity;
pub mod inbox;
pub mod opt_out;
pub mod outbox;
pub mod preferences;

pub use delivery::pending;

use chrono::{DateTime, Utc};
use sea_orm::entity::prelude::*;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};
use uuid::Uuid;

use crate::{Error, Result};

/// A queued message.
pub type Notification = entity::Model;

/// What a message is about. Each kind has a subject and a body in every UI language
/// (`email-<kind>-subject`, `email-<kind>-body`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(80))")]
pub enum Kind {
    /// A colleague invites the recipient to join their organisation.
    #[sea_orm(string_value = "invitation")]
    Invitation,
    /// A link to choose a new password.
    #[sea_orm(string_value = "password-reset")]
    PasswordReset,
    /// The receipt of a submitted application.
    #[sea_orm(string_value = "application-submitted")]
    ApplicationSubmitted,
    /// An application was screened eligible or ineligible.
    #[sea_orm(string_value = "application-screened")]
    ApplicationScreened,
    /// A committee member has a new application to review.
    #[sea_orm(string_value = "review-assigned")]
    ReviewAssigned,
    /// A committee member has reviews outstanding.
    #[sea_orm(string_value = "review-reminder")]
    ReviewReminder,
    /// A call's results were published.
    #[sea_orm(string_value = "results-published")]
    ResultsPublished,
    /// A tranche of a funded project was released.
    #[sea_orm(string_value = "tranche-released")]
    TrancheReleased,
    /// A milestone was accepted.
    #[sea_orm(string_value = "milestone-accepted")]
    MilestoneAccepted,
    /// A milestone needs changes.
    #[sea_orm(string_value = "milestone-changes-requested")]
    MilestoneChangesRequested,
    /// A report was accepted.
    #[sea_orm(string_value = "report-accepted")]
    ReportAccepted,
    /// A report needs changes.
    #[sea_orm(string_value = "report-changes-requested")]
    ReportChangesRequested,
    /// A report falls due soon.
    #[sea_orm(string_value = "report-due-soon")]
    ReportDueSoon,
    /// A report is overdue.
    #[sea_orm(string_value = "report-overdue")]
    ReportOverdue,
    /// A technical-assistance request was assigned to an expert.
    #[sea_orm(string_value = "assistance-assigned")]
    AssistanceAssigned,
    /// A technical-assistance request was resolved.
    #[sea_orm(string_value = "assistance-resolved")]
    AssistanceResolved,
    /// A project's team is invited to a peer-learning exchange.
    #[sea_orm(string_value = "exchange-invited")]
    ExchangeInvited,
}

impl Kind {
    /// Every kind, in the order preference pages list them.
    pub fn all() -> impl Iterator<Item = Kind> {
        <Kind as sea_orm::Iterable>::iter()
    }

    /// The kind's name (`application-submitted`), as stored and as used in catalog keys.
    pub fn name(self) -> String {
        self.to_value()
    }

    /// The kind named `name`.
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::try_from_value(&name.to_owned()).ok()
    }

    /// Receipts, password resets and invitations are always sent: a person cannot turn them off.
    pub fn is_required(self) -> bool {
        matches!(
            self,
            Kind::Invitation | Kind::PasswordReset | Kind::ApplicationSubmitted
        )
    }
}

/// Where the delivery of a message stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum DeliveryState {
    /// Waiting to be sent (or to be retried after a temporary failure).
    #[sea_orm(string_value = "queued")]
    Queued,
    /// The SMTP server accepted it.
    #[sea_orm(string_value = "sent")]
    Sent,
    /// Given up on: a permanent failure, or too many temporary ones; an administrator may retry it.
    #[sea_orm(string_value = "failed")]
    Failed,
    /// Not emailed because the recipient turned this kind off; it is still in their inbox.
    #[sea_orm(string_value = "skipped")]
    Skipped,
}

impl DeliveryState {
    /// Every state, in the order a delivery goes through them.
    pub fn all() -> impl Iterator<Item = DeliveryState> {
        <DeliveryState as sea_orm::Iterable>::iter()
    }

    /// The state's name, as stored.
    pub fn name(self) -> String {
        self.to_value()
    }

    /// The state named `name`.
    pub fn from_name(name: &str) -> Option<DeliveryState> {
        DeliveryState::try_from_value(&name.to_owned()).ok()
    }
}

/// Who a message goes to.
#[derive(Debug, Clone)]
pub struct Recipient {
    /// The user, when the recipient has an account.
    pub user_id: Option<Uuid>,
    /// The address.
    pub email: String,
}

/// Queues a message in the caller's transaction. Without an account the message is written in
/// English; use [`enqueue_in`] to choose the language.
pub async fn enqueue(
    conn: &impl ConnectionTrait,
    recipient: &Recipient,
    kind: Kind,
    payload: &serde_json::Value,
    now: DateTime<Utc>,
) -> Result<()> {
    enqueue_in(conn, recipient, None, kind, payload, now).await
}

/// Queues a message in the caller's transaction, written in `language` when the recipient has no account
/// (an invitation goes out in the inviter's language).
pub async fn enqueue_in(
    conn: &impl ConnectionTrait,
    recipient: &Recipient,
    language: Option<&str>,
    kind: Kind,
    payload: &serde_json::Value,
    now: DateTime<Utc>,
) -> Result<()> {
    entity::ActiveModel {
        id: Set(Uuid::now_v7()),
        recipient_user_id: Set(recipient.user_id),
        recipient_email: Set(recipient.email.clone()),
        kind: Set(kind),
        payload: Set(payload.to_string()),
        language: Set(language.map(str::to_owned)),
        created_at: Set(now),
        state: Set(DeliveryState::Queued),
        attempts: Set(0),
        next_attempt_at: Set(None),
        lease_until: Set(None),
        lease_holder: Set(None),
        last_error: Set(None),
        sent_at: Set(None),
        read_at: Set(None),
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// The values of a message's payload.
pub fn payload_of(notification: &Notification) -> Result<serde_json::Value> {
    serde_json::from_str(&notification.payload)
        .map_err(|err| Error::internal(format!("notification payload: {err}")))
}
