//! Signing in with email and password, throttled per account and per address, and the web sessions that
//! follow a successful sign-in.

use std::time::Duration;

use chrono::{DateTime, Utc};
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

/// One attempt at a password, counted against its throttle keys before the password is checked.
///
/// The attempt is recorded as a failure *first* and the recent failures counted after: two attempts racing
/// each other both count the other, so no more than the limit are ever checked, however many arrive at
/// once (counting first and recording after let 44 of 100 parallel guesses through a limit of 5). A
/// success removes the record; a failure keeps it. Requests for a password-reset link go through it too,
/// under their own keys, and every one of them is kept (see [`super::reset`]).
pub(super) struct Attempt {
    /// The records written for this attempt, one per key.
    records: Vec<i32>,
    /// The start of the window.
    since: DateTime<Utc>,
}

impl Attempt {
    /// Records the attempt under every key, then refuses it with `RateLimited` when any key holds more
    /// than its limit within the window (this attempt included), after taking the record back. Otherwise
    /// waits a little longer for each earlier failure. `now` is when the attempt happens.
    pub(super) async fn begin(
        db: &DatabaseConnection,
        policy: &LoginPolicy,
        keys: &[(String, u64)],
        now: DateTime<Utc>,
    ) -> Result<Attempt> {
        let window = chrono::Duration::from_std(policy.window).map_err(Error::caused_by)?;
        let since = now - window;
        let tx = db::begin_write(db).await?;
        let mut records = Vec::with_capacity(keys.len());
        for (key, _) in keys {
            let record = login_failure::ActiveModel {
                throttle_key: Set(key.clone()),
                failed_at: Set(now),
                ..Default::default()
            }
            .insert(&tx)
            .await?;
            records.push(record.id);
            // Failures older than the window no longer count: forget them.
            login_failure::Entity::delete_many()
                .filter(login_failure::Column::ThrottleKey.eq(key.as_str()))
                .filter(login_failure::Column::FailedAt.lt(since))
                .exec(&tx)
                .await?;
        }
        tx.commit().await?;
        let attempt = Attempt { records, since };
        let mut most_failures = 0;
        for (key, limit) in keys {
            let (count, oldest) = attempt.recent(db, key).await?;
            if count > *limit {
                attempt.take_back(db).await?;
                let retry_at = oldest.unwrap_or(now) + window;
                return Err(Error::RateLimited {
                    retry_after_secs: (retry_at - now).num_seconds().max(1) as u64,
                });
            }
            most_failures = most_failures.max(earlier_failures(count));
        }
        if most_failures > 0 {
            let delay = policy
                .delay_per_failure
                .saturating_mul(most_failures as u32)
                .min(policy.max_delay);
            tokio::time::sleep(delay).await;
        }
        Ok(attempt)
    }

    /// Attempts under `key` within the window, this one included, and the oldest of them.
    async fn recent(
        &self,
        db: &DatabaseConnection,
        key: &str,
    ) -> Result<(u64, Option<DateTime<Utc>>)> {
        let query = login_failure::Entity::find()
            .filter(login_failure::Column::ThrottleKey.eq(key))
            .filter(login_failure::Column::FailedAt.gte(self.since));
        let count = query.clone().count(db).await?;
        let oldest = query
            .order_by_asc(login_failure::Column::FailedAt)
            .one(db)
            .await?
            .map(|row| row.failed_at);
        Ok((count, oldest))
    }

    /// Removes this attempt's records: it was refused unchecked, or it succeeded.
    async fn take_back(&self, db: &DatabaseConnection) -> Result<()> {
        login_failure::Entity::delete_many()
            .filter(login_failure::Column::Id.is_in(self.records.iter().copied()))
            .exec(db)
            .await?;
        Ok(())
    }

    /// The password was right: this attempt and the account's earlier failures no longer count.
    async fn succeeded(self, db: &DatabaseConnection, account: &str) -> Result<()> {
        self.take_back(db).await?;
        login_failure::Entity::delete_many()
            .filter(login_failure::Column::ThrottleKey.eq(account))
            .exec(db)
            .await?;
        Ok(())
    }
}

/// The failures under a key before this attempt, from the count that includes this attempt's own record. A
/// concurrent successful sign-in to the same account removes that record too, so the count can be zero.
fn earlier_failures(count: u64) -> u64 {
    count.saturating_sub(1)
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
    let mut keys = vec![(account_key(email), policy.max_failures_per_account)];
    if let Some(address) = address {
        keys.push((address_key(address), policy.max_failures_per_address));
    }
    let attempt = Attempt::begin(db, policy, &keys, Utc::now()).await?;
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
        return Err(Error::Unauthenticated);
    };
    attempt.succeeded(db, &account_key(email)).await?;
    Ok(actor)
}

/// Checks a signed-in user's current password before a change, throttled like signing in, so that a
/// session left open cannot be used to guess it. `Ok(false)` for a wrong password.
pub(crate) async fn check_current_password(
    db: &DatabaseConnection,
    policy: &LoginPolicy,
    email: &str,
    password: &str,
    hash: &str,
) -> Result<bool> {
    let account = account_key(email);
    let attempt = Attempt::begin(
        db,
        policy,
        &[(account.clone(), policy.max_failures_per_account)],
        Utc::now(),
    )
    .await?;
    let ok = credentials::verify_password(password, hash).await?;
    if ok {
        attempt.succeeded(db, &account).await?;
    }
    Ok(ok)
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
    let ttl = chrono::Duration::from_std(policy.session_ttl).map_err(Error::caused_by)?;
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
    use sea_orm::QuerySelect;
    // The session, its user and their roles in one query: this runs on every signed-in request.
    let rows: Vec<SessionRow> = super::with_user(
        session::Entity::find()
            .select_only()
            .column(session::Column::CsrfToken)
            .filter(session::Column::TokenHash.eq(credentials::hash_secret(token)))
            .filter(session::Column::ExpiresAt.gt(Utc::now())),
        session::Column::UserId,
    )
    .into_model()
    .all(db)
    .await?;
    let csrf_token = rows.first().map(|row| row.csrf_token.clone());
    let users: Vec<super::UserRoleRow> = rows.into_iter().map(|row| row.user).collect();
    Ok(super::actor_of_rows(&users).zip(csrf_token))
}

/// A session's CSRF token beside its user and one of their roles.
#[derive(Debug, sea_orm::FromQueryResult)]
struct SessionRow {
    csrf_token: String,
    #[sea_orm(nested)]
    user: super::UserRoleRow,
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

/// Forgets the failed sign-ins of an account. After a password reset its owner has just proved they read
/// its mail; the failures that may have led them to the reset would otherwise refuse the sign-in that
/// follows. Failures counted against addresses stay.
pub(super) async fn forget_account_failures(
    conn: &impl ConnectionTrait,
    email: &str,
) -> Result<()> {
    login_failure::Entity::delete_many()
        .filter(login_failure::Column::ThrottleKey.eq(account_key(email)))
        .exec(conn)
        .await?;
    Ok(())
}

/// Ends every session of a user (deactivation, password change, password reset).
pub(crate) async fn end_all_sessions(conn: &impl ConnectionTrait, user_id: Uuid) -> Result<()> {
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .exec(conn)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::earlier_failures;

    #[test]
    fn an_attempt_whose_record_a_concurrent_success_removed_has_no_earlier_failures() {
        // Two hundred sign-ins sixteen at a time once panicked here: the count was zero.
        assert_eq!(earlier_failures(0), 0);
        assert_eq!(earlier_failures(1), 0);
        assert_eq!(earlier_failures(4), 3);
    }
}
