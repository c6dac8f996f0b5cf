//! The outbox as administrators see it: every queued message with where its delivery stands, filtered by
//! state, and the retry of a message that failed.
//!
//! Administrators only. Retrying puts a failed message back in the queue as if it were new (no attempts, no
//! waiting), so that the delivery worker ([`super::delivery`]) picks it up on its next round; nothing here
//! sends anything. A message in any other state is refused: a queued one will be tried anyway, and a sent
//! or skipped one must never go out twice.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use super::{DeliveryState, Kind, Notification, entity};
use crate::audit::{self, Subject};
use crate::{Actor, Error, Message, Page, PageRequest, Result, Role, db};

/// A message with its delivery facts, as the outbox lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxEntry {
    /// Identifier.
    pub id: Uuid,
    /// What it is about.
    pub kind: Kind,
    /// The user it is for, if an account.
    pub recipient_user_id: Option<Uuid>,
    /// The address it goes to.
    pub recipient_email: String,
    /// Where delivery stands.
    pub state: DeliveryState,
    /// How many delivery attempts failed so far.
    pub attempts: i32,
    /// Why the last attempt failed.
    pub last_error: Option<String>,
    /// When it was queued.
    pub created_at: DateTime<Utc>,
    /// Not to be tried before then (after a temporary failure).
    pub next_attempt_at: Option<DateTime<Utc>>,
    /// When the SMTP server accepted it.
    pub sent_at: Option<DateTime<Utc>>,
    /// Whether an administrator may retry it now (it failed).
    pub retryable: bool,
}

impl From<Notification> for OutboxEntry {
    fn from(model: Notification) -> Self {
        OutboxEntry {
            id: model.id,
            kind: model.kind,
            recipient_user_id: model.recipient_user_id,
            recipient_email: model.recipient_email,
            retryable: model.state == DeliveryState::Failed,
            state: model.state,
            attempts: model.attempts,
            last_error: model.last_error,
            created_at: model.created_at,
            next_attempt_at: model.next_attempt_at,
            sent_at: model.sent_at,
        }
    }
}

/// Which messages to list.
#[derive(Debug, Clone, Copy, Default)]
pub struct OutboxFilter {
    /// Only messages in this state.
    pub state: Option<DeliveryState>,
}

/// Lists messages, newest first. Admins only.
pub async fn list(
    db: &DatabaseConnection,
    actor: &Actor,
    filter: OutboxFilter,
    page: PageRequest,
) -> Result<Page<OutboxEntry>> {
    actor.require_any(&[Role::Admin])?;
    let mut query = entity::Entity::find();
    if let Some(state) = filter.state {
        query = query.filter(entity::Column::State.eq(state));
    }
    let query = query
        .order_by_desc(entity::Column::CreatedAt)
        .order_by_desc(entity::Column::Id);
    Ok(crate::page::fetch(db, query, page)
        .await?
        .map(OutboxEntry::from))
}

/// Puts a failed message back in the queue: queued, no failed attempts, due now. Admins only; a message
/// that has not failed is refused with a `Conflict` naming its state.
pub async fn retry(db: &DatabaseConnection, actor: &Actor, id: Uuid) -> Result<OutboxEntry> {
    actor.require_any(&[Role::Admin])?;
    let tx = db::begin_write(db).await?;
    let before = entity::Entity::find_by_id(id)
        .one(&tx)
        .await?
        .ok_or(Error::NotFound)?;
    if before.state != DeliveryState::Failed {
        return Err(not_failed(before.state));
    }
    // Conditional on the state read, so that a message can never be requeued from anything but failed.
    let requeued = entity::Entity::update_many()
        .col_expr(entity::Column::State, Expr::value(DeliveryState::Queued))
        .col_expr(entity::Column::Attempts, Expr::value(0))
        .col_expr(
            entity::Column::NextAttemptAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(
            entity::Column::LeaseUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(entity::Column::Id.eq(id))
        .filter(entity::Column::State.eq(DeliveryState::Failed))
        .exec(&tx)
        .await?;
    if requeued.rows_affected != 1 {
        return Err(Error::stale());
    }
    audit::record(
        &tx,
        Some(actor),
        "notification.retried",
        &Subject::new("notification", id),
        format!(
            "{} to {} requeued after {} failed attempt(s): {}",
            before.kind.name(),
            before.recipient_email,
            before.attempts,
            before.last_error.as_deref().unwrap_or("no error recorded")
        ),
    )
    .await?;
    let after = entity::Entity::find_by_id(id)
        .one(&tx)
        .await?
        .ok_or(Error::NotFound)?;
    tx.commit().await?;
    Ok(after.into())
}

/// "Only a message whose delivery failed can be retried; this one was sent already." The catalog phrases
/// the reason for each state.
fn not_failed(state: DeliveryState) -> Error {
    Error::Conflict(Message::new("error-outbox-retry-not-failed").arg("state", state.name()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_failed_message_may_be_retried() {
        let model = |state| Notification {
            id: Uuid::nil(),
            recipient_user_id: None,
            recipient_email: "a@b.example".into(),
            kind: Kind::ReviewReminder,
            payload: "{}".into(),
            language: None,
            created_at: DateTime::<Utc>::MIN_UTC,
            state,
            attempts: 3,
            next_attempt_at: None,
            lease_until: None,
            lease_holder: None,
            last_error: None,
            sent_at: None,
            read_at: None,
        };
        for state in <DeliveryState as sea_orm::Iterable>::iter() {
            let entry = OutboxEntry::from(model(state));
            assert_eq!(entry.retryable, state == DeliveryState::Failed, "{state:?}");
        }
    }

    #[test]
    fn the_refusal_names_the_state() {
        use crate::Arg;
        let Error::Conflict(message) = not_failed(DeliveryState::Sent) else {
            panic!("a conflict");
        };
        assert_eq!(message.key, "error-outbox-retry-not-failed");
        assert_eq!(message.args[0].1, Arg::Text("sent".into()));
    }
}
