//! Delivery bookkeeping for the email worker: claiming due messages, and recording what the SMTP server
//! said. A message is claimed with a lease by a conditional update naming the claiming worker, so two
//! servers on one database never send it at once; the worker renews its claim, again conditionally, just
//! before it sends, so that a claim that lapsed during a long round and was taken over is never sent by
//! both. A message is marked sent as soon as the SMTP server accepts it, and is never sent again after
//! that. Not reachable from HTTP: no actor, no permission check.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

use super::{DeliveryState, Kind, Notification, entity, opt_out};
use crate::Result;
use crate::accounts::entity::user;
use crate::jobs::Holder;

/// After this many failed attempts a message is marked failed.
pub const MAX_ATTEMPTS: i32 = 8;

/// How long a claim holds: longer than any SMTP exchange (the worker's timeout is a minute).
pub const LEASE: Duration = Duration::minutes(5);

/// The wait before the next attempt after `attempts` failures: 30 s, doubling, at most six hours.
pub fn backoff(attempts: i32) -> Duration {
    let doublings = u32::try_from(attempts.saturating_sub(1).clamp(0, 20)).unwrap_or(0);
    let seconds = 30i64.saturating_mul(1i64 << doublings);
    Duration::seconds(Ord::min(seconds, 6 * 3600))
}

/// A claimed message and what the worker needs to render it.
#[derive(Debug, Clone)]
pub struct Outgoing {
    /// The message.
    pub notification: Notification,
    /// The language to write it in: the recipient's own, or the one chosen when it was queued.
    pub language: String,
    /// The recipient turned this kind off: record it as skipped instead of sending it.
    pub opted_out: bool,
}

fn claimable(now: DateTime<Utc>) -> Condition {
    Condition::all()
        .add(entity::Column::State.eq(DeliveryState::Queued))
        .add(
            Condition::any()
                .add(entity::Column::NextAttemptAt.is_null())
                .add(entity::Column::NextAttemptAt.lte(now)),
        )
        .add(
            Condition::any()
                .add(entity::Column::LeaseUntil.is_null())
                .add(entity::Column::LeaseUntil.lt(now)),
        )
}

/// Claims up to `limit` due messages for `holder`, oldest first, for [`LEASE`]. Each is claimed by its own
/// conditional update; a message another server claimed meanwhile is left to it.
pub async fn claim(
    db: &DatabaseConnection,
    holder: &Holder,
    now: DateTime<Utc>,
    limit: u64,
) -> Result<Vec<Outgoing>> {
    let candidates: Vec<Uuid> = entity::Entity::find()
        .select_only()
        .column(entity::Column::Id)
        .filter(claimable(now))
        .order_by_asc(entity::Column::CreatedAt)
        .order_by_asc(entity::Column::Id)
        .limit(limit)
        .into_tuple()
        .all(db)
        .await?;
    let mut claimed = Vec::new();
    for id in candidates {
        let taken = entity::Entity::update_many()
            .col_expr(entity::Column::LeaseUntil, Expr::value(now + LEASE))
            .col_expr(entity::Column::LeaseHolder, Expr::value(holder.as_str()))
            .filter(entity::Column::Id.eq(id))
            .filter(claimable(now))
            .exec(db)
            .await?;
        if taken.rows_affected == 1 {
            claimed.push(id);
        }
    }
    if claimed.is_empty() {
        return Ok(Vec::new());
    }
    let messages = entity::Entity::find()
        .filter(entity::Column::Id.is_in(claimed))
        .order_by_asc(entity::Column::CreatedAt)
        .order_by_asc(entity::Column::Id)
        .all(db)
        .await?;
    let users: Vec<Uuid> = messages
        .iter()
        .filter_map(|m| m.recipient_user_id)
        .collect();
    let languages: HashMap<Uuid, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(users.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.language))
        .collect();
    let opted_out: HashSet<(Uuid, Kind)> = opt_out::Entity::find()
        .filter(opt_out::Column::UserId.is_in(users))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.user_id, o.kind))
        .collect();
    Ok(messages
        .into_iter()
        .map(|notification| {
            let user = notification.recipient_user_id;
            let language = user
                .and_then(|id| languages.get(&id).cloned())
                .or_else(|| notification.language.clone())
                .unwrap_or_else(|| "en".to_owned());
            let opted_out = !notification.kind.is_required()
                && user.is_some_and(|id| opted_out.contains(&(id, notification.kind)));
            Outgoing {
                notification,
                language,
                opted_out,
            }
        })
        .collect())
}

/// Renews `holder`'s claim on a message for [`LEASE`] from `now`, just before sending it; false when the
/// message is no longer the holder's to send (its claim lapsed and another worker took it, or it was
/// settled meanwhile), and then the caller must not send it.
pub async fn renew(
    db: &DatabaseConnection,
    id: Uuid,
    holder: &Holder,
    now: DateTime<Utc>,
) -> Result<bool> {
    let renewed = entity::Entity::update_many()
        .col_expr(entity::Column::LeaseUntil, Expr::value(now + LEASE))
        .filter(entity::Column::Id.eq(id))
        .filter(entity::Column::State.eq(DeliveryState::Queued))
        .filter(entity::Column::LeaseHolder.eq(holder.as_str()))
        .exec(db)
        .await?;
    Ok(renewed.rows_affected == 1)
}

/// Ends a claim with a new state and its fields; only a message still queued is touched.
async fn settle(
    db: &DatabaseConnection,
    id: Uuid,
    update: sea_orm::UpdateMany<entity::Entity>,
) -> Result<()> {
    update
        .col_expr(
            entity::Column::LeaseUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(entity::Column::Id.eq(id))
        .filter(entity::Column::State.eq(DeliveryState::Queued))
        .exec(db)
        .await?;
    Ok(())
}

/// The SMTP server accepted the message.
pub async fn mark_sent(db: &DatabaseConnection, id: Uuid, now: DateTime<Utc>) -> Result<()> {
    settle(
        db,
        id,
        entity::Entity::update_many()
            .col_expr(entity::Column::State, Expr::value(DeliveryState::Sent))
            .col_expr(entity::Column::SentAt, Expr::value(now)),
    )
    .await
}

/// The recipient turned this kind off; the message stays in their inbox.
pub async fn mark_skipped(db: &DatabaseConnection, id: Uuid) -> Result<()> {
    settle(
        db,
        id,
        entity::Entity::update_many()
            .col_expr(entity::Column::State, Expr::value(DeliveryState::Skipped)),
    )
    .await
}

/// A permanent failure (the address was refused, the message cannot be rendered): no retry.
pub async fn mark_failed(db: &DatabaseConnection, id: Uuid, error: &str) -> Result<()> {
    settle(
        db,
        id,
        entity::Entity::update_many()
            .col_expr(entity::Column::State, Expr::value(DeliveryState::Failed))
            .col_expr(
                entity::Column::Attempts,
                Expr::col(entity::Column::Attempts).add(1),
            )
            .col_expr(entity::Column::LastError, Expr::value(error)),
    )
    .await
}

/// A temporary failure: try again after [`backoff`], or give up after [`MAX_ATTEMPTS`]. Returns the state
/// the message is left in.
pub async fn mark_retry(
    db: &DatabaseConnection,
    message: &Notification,
    error: &str,
    now: DateTime<Utc>,
) -> Result<DeliveryState> {
    let attempts = message.attempts + 1;
    if attempts >= MAX_ATTEMPTS {
        mark_failed(db, message.id, error).await?;
        return Ok(DeliveryState::Failed);
    }
    settle(
        db,
        message.id,
        entity::Entity::update_many()
            .col_expr(entity::Column::Attempts, Expr::value(attempts))
            .col_expr(
                entity::Column::NextAttemptAt,
                Expr::value(now + backoff(attempts)),
            )
            .col_expr(entity::Column::LastError, Expr::value(error)),
    )
    .await?;
    Ok(DeliveryState::Queued)
}

/// Messages still queued, oldest first (for tests and the worker's log).
pub async fn pending(db: &DatabaseConnection) -> Result<Vec<Notification>> {
    Ok(entity::Entity::find()
        .filter(entity::Column::State.eq(DeliveryState::Queued))
        .order_by_asc(entity::Column::CreatedAt)
        .order_by_asc(entity::Column::Id)
        .all(db)
        .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_thirty_seconds_up_to_six_hours() {
        assert_eq!(backoff(1), Duration::seconds(30));
        assert_eq!(backoff(2), Duration::seconds(60));
        assert_eq!(backoff(5), Duration::seconds(480));
        assert_eq!(backoff(30), Duration::hours(6));
        assert_eq!(backoff(0), Duration::seconds(30));
    }
}
