//! Signing in with email and password, throttled per account and per address, and the web sessions that
//! follow a successful sign-in.

use std::time::Duration;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, Set,
};
use uuid::Uuid;

use super::credentials::{self, DUMMY_PASSWORD_HASH, Email};
use super::entity::{login_failure, session, user};
use crate::audit::{self, Subject};
use crate::{Actor, Error, Result, db};

/// How failed sign-ins are slowed down and then refused.
#[derive(Debug, Clone)]
pub struct LoginPolicy {
    /// How far back failures count.
    pub window: Duration,
    /// Failures for one account within the window before it is refused (429).
    pub max_failures_per_account: u64,
    /// Failures from one address within the window before it is refused (429).
    pub max_failures_per_address: u64,
    /// Extra wait per recent failure before a password is checked.
    pub delay_per_failure: Duration,
    /// The longest extra wait.
    pub max_delay: Duration,
    /// How long a web session lasts.
    pub session_ttl: Duration,
}

impl Default for LoginPolicy {
    fn default() -> Self {
        LoginPolicy {
            window: Duration::from_secs(15 * 60),
            max_failures_per_account: 5,
            max_failures_per_address: 20,
            delay_per_failure: Duration::from_millis(300),
            max_delay: Duration::from_secs(3),
            session_ttl: Duration::from_secs(12 * 60 * 60),
        }
    }
}

fn account_key(email: &str) -> String {
    format!("account:{}", email.trim().to_lowercase())
}

fn address_key(address: &str) -> String {
    format!("address:{address}")
}

/// Failures for `key` within the window, and the oldest of them.
async fn recent_failures(
    db: &DatabaseConnection,
    key: &str,
    since: chrono::DateTime<Utc>,
) -> Result<(u64, Option<chrono::DateTime<Utc>>)> {
    let query = login_failure::Entity::find()
        .filter(login_failure::Column::ThrottleKey.eq(key))
        .filter(login_failure::Column::FailedAt.gte(since));
    let count = query.clone().count(db).await?;
    let oldest = query
        .order_by_asc(login_failure::Column::FailedAt)
        .one(db)
        .await?
        .map(|row| row.failed_at);
    Ok((count, oldest))
}

/// Checks email and password. Refuses with `RateLimited` after too many recent failures, waits a little
/// longer after each failure, and answers `Unauthenticated` for an unknown email, a wrong password or a
/// deactivated account alike, so that none can be told apart.
pub async fn authenticate(
    db: &DatabaseConnection,
    policy: &LoginPolicy,
    email: &str,
    password: &str,
    address: Option<&str>,
) -> Result<Actor> {
    let now = Utc::now();
    let window = chrono::Duration::from_std(policy.window)
        .map_err(|err| Error::Internal(err.to_string()))?;
    let since = now - window;
    let mut keys = vec![(account_key(email), policy.max_failures_per_account)];
    if let Some(address) = address {
        keys.push((address_key(address), policy.max_failures_per_address));
    }
    let mut most_failures = 0;
    for (key, limit) in &keys {
        let (count, oldest) = recent_failures(db, key, since).await?;
        if count >= *limit {
            let retry_at = oldest.unwrap_or(now) + window;
            return Err(Error::RateLimited {
                retry_after_secs: (retry_at - now).num_seconds().max(1) as u64,
            });
        }
        most_failures = most_failures.max(count);
    }
    if most_failures > 0 {
        let delay = policy
            .delay_per_failure
            .saturating_mul(most_failures as u32)
            .min(policy.max_delay);
        tokio::time::sleep(delay).await;
    }

    let found = match Email::parse(email) {
        Ok(email) => {
            user::Entity::find()
                .filter(user::Column::Email.eq(email.as_str()))
                .one(db)
                .await?
        }
        Err(_) => None,
    };
    let hash = found
        .as_ref()
        .map_or(DUMMY_PASSWORD_HASH, |u| u.password_hash.as_str());
    let password_ok = credentials::verify_password(password, hash).await?;
    let actor = match (found, password_ok) {
        (Some(user), true) if user.active => super::actor_for(db, user.id).await?,
        _ => None,
    };
    let Some(actor) = actor else {
        record_failure(db, &keys, since).await?;
        return Err(Error::Unauthenticated);
    };
    login_failure::Entity::delete_many()
        .filter(login_failure::Column::ThrottleKey.eq(account_key(email)))
        .exec(db)
        .await?;
    Ok(actor)
}

async fn record_failure(
    db: &DatabaseConnection,
    keys: &[(String, u64)],
    since: chrono::DateTime<Utc>,
) -> Result<()> {
    let tx = db::begin_write(db).await?;
    for (key, _) in keys {
        login_failure::ActiveModel {
            throttle_key: Set(key.clone()),
            failed_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&tx)
        .await?;
        // Failures older than the window no longer count: forget them.
        login_failure::Entity::delete_many()
            .filter(login_failure::Column::ThrottleKey.eq(key.as_str()))
            .filter(login_failure::Column::FailedAt.lt(since))
            .exec(&tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A new web session: the cookie's secret and the session's CSRF token.
#[derive(Debug, Clone)]
pub struct StartedSession {
    /// The secret for the session cookie; only its hash is stored.
    pub token: String,
    /// The CSRF token forms of this session carry.
    pub csrf_token: String,
    /// The signed-in user.
    pub actor: Actor,
}

/// Signs in for the web: checks the credentials, then starts a session. The caller must end any previous
/// session of this browser (see [`end_session`]) so that the session id is rotated.
pub async fn sign_in(
    db: &DatabaseConnection,
    policy: &LoginPolicy,
    email: &str,
    password: &str,
    address: Option<&str>,
) -> Result<StartedSession> {
    let actor = authenticate(db, policy, email, password, address).await?;
    let (token, token_hash) = credentials::new_secret("cvs_");
    let (csrf_token, _) = credentials::new_secret("");
    let now = Utc::now();
    let ttl = chrono::Duration::from_std(policy.session_ttl)
        .map_err(|err| Error::Internal(err.to_string()))?;
    let tx = db::begin_write(db).await?;
    session::ActiveModel {
        token_hash: Set(token_hash),
        user_id: Set(actor.user_id),
        csrf_token: Set(csrf_token.clone()),
        created_at: Set(now),
        expires_at: Set(now + ttl),
    }
    .insert(&tx)
    .await?;
    audit::record(
        &tx,
        Some(&actor),
        "user.signed_in",
        &Subject::new("user", actor.user_id),
        "signed in to the web",
    )
    .await?;
    tx.commit().await?;
    Ok(StartedSession {
        token,
        csrf_token,
        actor,
    })
}

/// The signed-in actor and CSRF token of a session cookie, or `None` when the session is unknown, expired
/// or its user deactivated.
pub async fn session_actor(
    db: &DatabaseConnection,
    token: &str,
) -> Result<Option<(Actor, String)>> {
    let Some(row) = session::Entity::find_by_id(credentials::hash_secret(token))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if row.expires_at <= Utc::now() {
        return Ok(None);
    }
    Ok(super::actor_for(db, row.user_id)
        .await?
        .map(|actor| (actor, row.csrf_token)))
}

/// Ends a session (sign-out). Ending an unknown session is harmless.
pub async fn end_session(db: &DatabaseConnection, token: &str) -> Result<()> {
    let hash = credentials::hash_secret(token);
    let tx = db::begin_write(db).await?;
    if let Some(row) = session::Entity::find_by_id(hash.clone()).one(&tx).await? {
        session::Entity::delete_by_id(hash).exec(&tx).await?;
        if let Some(actor) = super::actor_for(&tx, row.user_id).await? {
            audit::record(
                &tx,
                Some(&actor),
                "user.signed_out",
                &Subject::new("user", actor.user_id),
                "signed out of the web",
            )
            .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// Ends every session of a user (deactivation, password change).
pub(crate) async fn end_all_sessions(conn: &impl ConnectionTrait, user_id: Uuid) -> Result<()> {
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .exec(conn)
        .await?;
    Ok(())
}
