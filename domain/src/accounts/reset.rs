//! Password reset ("Forgot your password?"): anyone may ask for a link for an email address; the owner of an
//! active account with that address gets one by email, valid for an hour and once; following it, they
//! choose a new password, which ends every web session of the account.
//!
//! Asking answers the same whether an account exists or not, so that the form cannot be used to find out
//! who has an account; asking is throttled with the sign-in machinery of [`super::login`], so that it
//! cannot be used to flood someone's mailbox either. Only the SHA-256 of a link's secret is stored. This
//! module writes the message to the outbox; it does not render or send it.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    IntoActiveModel, QueryFilter, Set,
};
use serde_json::json;
use uuid::Uuid;

use super::credentials::{self, Email, NewPassword};
use super::entity::{password_reset, user};
use super::login::{self, Attempt, LoginPolicy};
use crate::audit::{self, Subject};
use crate::notifications::{self, Kind, Recipient};
use crate::{Error, Message, Result, db};

/// How long a reset link works. Long enough to get to one's mailbox, short enough that an old email found
/// later (a forwarded message, a shared computer) no longer opens the account.
pub const LINK_VALIDITY: chrono::Duration = chrono::Duration::hours(1);

/// The readable prefix of a reset secret, so that one found in a log or a paste is recognised for what it is.
const SECRET_PREFIX: &str = "cvr_";

/// The path of the web page a link opens; the email builds the link from it.
pub fn link_path(secret: &str) -> String {
    format!("/reset-password/{secret}")
}

/// The message key of a link that is unknown, used, expired, or whose account was deactivated since.
pub const INVALID_LINK: &str = "error-reset-link-invalid";

/// The error for a link that does not work: one answer for every reason, on the `token` field.
fn invalid_link() -> Error {
    Error::field("token", Message::new(INVALID_LINK))
}

/// Whether `err` says that a reset link does not work (rather than that the new password is unacceptable),
/// so that the web UI can explain the link instead of re-showing the form.
pub fn is_invalid_link(err: &Error) -> bool {
    matches!(err, Error::Validation(errors)
        if errors.iter().any(|e| e.message.key == INVALID_LINK))
}

/// Asks for a reset link for `email`, from `address` (the client's IP, when known).
///
/// Answers `Ok(())` alike for an unknown address, a deactivated account and an active one; only the last
/// gets a link (queued in the outbox with the `password-reset` kind, payload `{"path", "name"}`) and an
/// audit entry. A malformed address is a validation error on `email`, which reveals nothing about
/// accounts. Every request counts against the address asked for and against the client's IP, with the
/// limits of failed sign-ins ([`LoginPolicy`]); past them it is refused with `RateLimited`.
pub async fn request(
    db: &DatabaseConnection,
    policy: &LoginPolicy,
    email: &str,
    address: Option<&str>,
    now: DateTime<Utc>,
) -> Result<()> {
    let email = Email::parse(email).map_err(|m| Error::field("email", m))?;
    // Keys of their own: asking for links must not lock anyone out of signing in, nor the other way round.
    let mut keys = vec![(
        format!("reset-account:{}", email.as_str()),
        policy.max_failures_per_account,
    )];
    if let Some(address) = address {
        keys.push((
            format!("reset-address:{address}"),
            policy.max_failures_per_address,
        ));
    }
    // The attempt is never taken back: each request sends an email, and it is emails that are limited.
    Attempt::begin(db, policy, &keys, now).await?;

    let found = user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .one(db)
        .await?
        .filter(|user| user.active);
    let Some(user) = found else {
        // Nothing to write and nothing to say: the answer must not differ from a real request's.
        return Ok(());
    };
    let (secret, token_hash) = credentials::new_secret(SECRET_PREFIX);
    let tx = db::begin_write(db).await?;
    password_reset::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(user.id),
        token_hash: Set(token_hash),
        created_at: Set(now),
        expires_at: Set(now + LINK_VALIDITY),
        used_at: Set(None),
    }
    .insert(&tx)
    .await?;
    // The email and the link are written together: no link without its message, and no message without it.
    notifications::enqueue(
        &tx,
        &Recipient {
            user_id: Some(user.id),
            email: user.email.clone(),
        },
        Kind::PasswordReset,
        &json!({"path": link_path(&secret), "name": user.name}),
        now,
    )
    .await?;
    audit::record(
        &tx,
        None,
        "user.password_reset_requested",
        &Subject::new("user", user.id),
        format!("a password-reset link was sent to {}", user.email),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The link behind `secret` if it still works at `now`: known, unused, unexpired, its account active.
async fn open_link(
    conn: &impl ConnectionTrait,
    secret: &str,
    now: DateTime<Utc>,
) -> Result<(password_reset::Model, user::Model)> {
    let link = password_reset::Entity::find()
        .filter(password_reset::Column::TokenHash.eq(credentials::hash_secret(secret)))
        .one(conn)
        .await?
        .filter(|link| link.used_at.is_none() && link.expires_at > now)
        .ok_or_else(invalid_link)?;
    let user = user::Entity::find_by_id(link.user_id)
        .one(conn)
        .await?
        .filter(|user| user.active)
        .ok_or_else(invalid_link)?;
    Ok((link, user))
}

/// Checks that a link works, before its form is shown: `Ok` or the invalid-link error.
pub async fn check(db: &DatabaseConnection, secret: &str, now: DateTime<Utc>) -> Result<()> {
    open_link(db, secret, now).await.map(drop)
}

/// Sets a new password with a reset link.
///
/// The link must work (else the invalid-link error on `token`); the password must meet the policy, which
/// also refuses one close to the account's email or name (else a validation error on `password`). Then,
/// in one transaction: the password is replaced, the link and every other unused link of the account are
/// spent, every web session of the account ends, its failed sign-ins are forgotten, and an audit entry is
/// written. Two uses of one link at the same time cannot both succeed.
pub async fn complete(
    db: &DatabaseConnection,
    secret: &str,
    new_password: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let (link, user) = open_link(db, secret, now).await?;
    let password = NewPassword::parse(new_password, &[&user.email, &user.name])
        .map_err(|m| Error::field("password", m))?;
    // Hashing is slow on purpose: do it before taking the write lock.
    let password_hash = password.hash().await?;

    let tx = db::begin_write(db).await?;
    // Spending the link is the guard: the conditions are checked again by the update itself, so of two
    // requests racing with one link only the first changes a row, and the second is refused.
    let spent = password_reset::Entity::update_many()
        .col_expr(password_reset::Column::UsedAt, Expr::value(now))
        .filter(password_reset::Column::Id.eq(link.id))
        .filter(password_reset::Column::UsedAt.is_null())
        .filter(password_reset::Column::ExpiresAt.gt(now))
        .exec(&tx)
        .await?;
    if spent.rows_affected != 1 {
        return Err(invalid_link());
    }
    // Deactivated between the check and now: the link no longer opens anything.
    let user = user::Entity::find_by_id(user.id)
        .one(&tx)
        .await?
        .filter(|user| user.active)
        .ok_or_else(invalid_link)?;
    // Other links sent before this one would otherwise still open the account for the rest of the hour.
    password_reset::Entity::update_many()
        .col_expr(password_reset::Column::UsedAt, Expr::value(now))
        .filter(password_reset::Column::UserId.eq(user.id))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(&tx)
        .await?;
    let user_id = user.id;
    let email = user.email.clone();
    let version = user.version;
    let mut changed = user.into_active_model();
    changed.password_hash = Set(password_hash);
    changed.version = Set(version + 1);
    changed.updated_at = Set(now);
    changed.update(&tx).await?;
    // Whoever knew the old password (or held a session) is out.
    login::end_all_sessions(&tx, user_id).await?;
    login::forget_account_failures(&tx, &email).await?;
    audit::record(
        &tx,
        None,
        "user.password_reset",
        &Subject::new("user", user_id),
        "chose a new password with a reset link; every web session was ended",
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::FieldError;

    #[test]
    fn a_link_opens_the_reset_page_of_its_secret() {
        assert_eq!(link_path("cvr_ab12"), "/reset-password/cvr_ab12");
    }

    #[test]
    fn an_invalid_link_is_told_apart_from_a_weak_password() {
        assert!(is_invalid_link(&invalid_link()));
        assert!(!is_invalid_link(&Error::Validation(vec![FieldError::new(
            "password",
            Message::new("error-password-weak"),
        )])));
        assert!(!is_invalid_link(&Error::NotFound));
    }
}
