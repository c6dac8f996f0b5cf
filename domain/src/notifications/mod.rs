//! The notification outbox: services queue messages (a submission receipt, a screening outcome) in the same
//! transaction as the change they report, so a message is queued if and only if the change happened. A
//! sender delivers them later and marks them sent. This module renders nothing: `kind` names the template
//! and `payload` holds its values.

pub mod entity;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use uuid::Uuid;

use crate::{Error, Result};

/// A queued message.
pub type Notification = entity::Model;

/// Who a message goes to.
#[derive(Debug, Clone)]
pub struct Recipient {
    /// The user, when the recipient has an account.
    pub user_id: Option<Uuid>,
    /// The address.
    pub email: String,
}

/// Queues a message in the caller's transaction.
pub async fn enqueue(
    conn: &impl ConnectionTrait,
    recipient: &Recipient,
    kind: &str,
    payload: &serde_json::Value,
    now: DateTime<Utc>,
) -> Result<()> {
    entity::ActiveModel {
        id: Set(Uuid::now_v7()),
        recipient_user_id: Set(recipient.user_id),
        recipient_email: Set(recipient.email.clone()),
        kind: Set(kind.to_owned()),
        payload: Set(payload.to_string()),
        created_at: Set(now),
        sent_at: Set(None),
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// Messages not yet sent, oldest first, for the sender (no permission check: not reachable from HTTP).
pub async fn pending(db: &DatabaseConnection) -> Result<Vec<Notification>> {
    Ok(entity::Entity::find()
        .filter(entity::Column::SentAt.is_null())
        .order_by_asc(entity::Column::CreatedAt)
        .order_by_asc(entity::Column::Id)
        .all(db)
        .await?)
}

/// The values of a message's payload.
pub fn payload_of(notification: &Notification) -> Result<serde_json::Value> {
    serde_json::from_str(&notification.payload)
        .map_err(|err| Error::Internal(format!("notification payload: {err}")))
}
