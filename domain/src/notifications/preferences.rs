//! A user's message preferences: the language their messages are written in, and the kinds of message they
//! do not want emailed. Every user manages their own, and nobody else's.
//!
//! Required kinds ([`Kind::is_required`]: invitations, password resets, submission receipts) cannot be
//! turned off; asking to is a validation error and changes nothing. A turned-off kind still reaches the
//! inbox: the delivery worker reads the opt-outs when it claims a message and records it as skipped.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};

use super::{Kind, opt_out};
use crate::accounts::Language;
use crate::accounts::entity::user;
use crate::audit::{self, Subject};
use crate::error::Validator;
use crate::{Actor, Arg, Error, Message, Result, db};

/// What a user chose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preferences {
    /// The language their messages are written in.
    pub language: Language,
    /// The optional kinds they asked not to be emailed, in the order of [`Kind::all`].
    pub muted: Vec<Kind>,
}

impl Preferences {
    /// Whether `kind` is emailed to this user.
    pub fn is_emailed(&self, kind: Kind) -> bool {
        kind.is_required() || !self.muted.contains(&kind)
    }
}

/// What a user sends to change their preferences: the whole choice, not a change to it.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct PreferencesInput {
    /// A code of [`crate::accounts::LANGUAGES`].
    pub language: String,
    /// The names of the kinds not to email (`review-reminder`); only optional kinds may be named.
    pub muted: Vec<String>,
}

/// The preferences once checked.
struct ValidPreferences {
    language: Language,
    muted: BTreeSet<Kind>,
}

/// Checks every field at once: a supported language, and known, optional kinds.
fn parse(input: &PreferencesInput) -> Result<ValidPreferences> {
    let mut v = Validator::new();
    let language = v.parse("language", Language::parse(&input.language));
    let mut muted = BTreeSet::new();
    for name in &input.muted {
        match Kind::from_name(name.trim()) {
            Some(kind) if kind.is_required() => v.check(
                false,
                "muted",
                Message::new("error-notification-kind-required")
                    .arg_phrased("kind", Arg::Message(Box::new(kind_label(kind)))),
            ),
            Some(kind) => {
                muted.insert(kind);
            }
            None => v.check(
                false,
                "muted",
                Message::new("error-notification-kind-unknown").arg("value", name.trim()),
            ),
        }
    }
    v.finish()?;
    let language = language.ok_or_else(|| Error::Internal("validated language".into()))?;
    Ok(ValidPreferences { language, muted })
}

/// The label of a kind in the catalogs (`notification-kind-review-reminder`).
pub fn kind_label(kind: Kind) -> Message {
    Message::new(&format!("notification-kind-{}", kind.name()))
}

/// Reads the preferences of the user behind `actor`.
async fn read(conn: &impl sea_orm::ConnectionTrait, actor: &Actor) -> Result<Preferences> {
    let account = user::Entity::find_by_id(actor.user_id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound)?;
    let off: BTreeSet<Kind> = opt_out::Entity::find()
        .filter(opt_out::Column::UserId.eq(actor.user_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|row| row.kind)
        .collect();
    Ok(Preferences {
        language: Language::stored(&account.language),
        muted: Kind::all()
            .filter(|kind| off.contains(kind) && !kind.is_required())
            .collect(),
    })
}

/// The actor's own preferences. Any signed-in user.
pub async fn get(db: &DatabaseConnection, actor: &Actor) -> Result<Preferences> {
    read(db, actor).await
}

/// Replaces the actor's own preferences with `input`, in one transaction with its audit entry. Any
/// signed-in user, for themselves only.
///
/// The user's `version` is left alone: it guards the name, roles and status that people edit with it, and
/// a language chosen meanwhile must not make their next profile or role edit stale.
pub async fn set(
    db: &DatabaseConnection,
    actor: &Actor,
    input: &PreferencesInput,
    now: DateTime<Utc>,
) -> Result<Preferences> {
    let valid = parse(input)?;
    let tx = db::begin_write(db).await?;
    let before = read(&tx, actor).await?;
    if before.language != valid.language {
        let account = user::Entity::find_by_id(actor.user_id)
            .one(&tx)
            .await?
            .ok_or(Error::NotFound)?;
        let mut account: user::ActiveModel = account.into();
        account.language = Set(valid.language.code().to_owned());
        account.updated_at = Set(now);
        account.update(&tx).await?;
    }
    opt_out::Entity::delete_many()
        .filter(opt_out::Column::UserId.eq(actor.user_id))
        .exec(&tx)
        .await?;
    for kind in &valid.muted {
        opt_out::ActiveModel {
            user_id: Set(actor.user_id),
            kind: Set(*kind),
            created_at: Set(now),
        }
        .insert(&tx)
        .await?;
    }
    let after = read(&tx, actor).await?;
    if after != before {
        audit::record(
            &tx,
            Some(actor),
            "user.preferences_changed",
            &Subject::new("user", actor.user_id),
            format!(
                "language: {} -> {}; not emailed: {} -> {}",
                before.language,
                after.language,
                names(&before.muted),
                names(&after.muted)
            ),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(after)
}

fn names(kinds: &[Kind]) -> String {
    if kinds.is_empty() {
        return "(none)".to_owned();
    }
    kinds
        .iter()
        .map(|kind| kind.name())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(language: &str, muted: &[&str]) -> PreferencesInput {
        PreferencesInput {
            language: language.into(),
            muted: muted.iter().map(|name| (*name).to_owned()).collect(),
        }
    }

    fn fields(result: Result<ValidPreferences>) -> Vec<(String, String)> {
        match result {
            Err(Error::Validation(errors)) => errors
                .into_iter()
                .map(|e| (e.field, e.message.key))
                .collect(),
            Err(other) => panic!("not a validation error: {other}"),
            Ok(_) => panic!("accepted"),
        }
    }

    #[test]
    fn optional_kinds_may_be_muted_in_a_supported_language() {
        let valid = parse(&input("fr", &["review-reminder", "report-due-soon"])).unwrap();
        assert_eq!(valid.language.code(), "fr");
        assert_eq!(
            valid.muted,
            BTreeSet::from([Kind::ReviewReminder, Kind::ReportDueSoon])
        );
    }

    #[test]
    fn a_required_kind_an_unknown_kind_and_an_unknown_language_are_all_reported() {
        let problems = fields(parse(&input(
            "it",
            &["application-submitted", "newsletter", "review-reminder"],
        )));
        assert_eq!(
            problems,
            [
                ("language".to_owned(), "error-language-unknown".to_owned()),
                (
                    "muted".to_owned(),
                    "error-notification-kind-required".to_owned()
                ),
                (
                    "muted".to_owned(),
                    "error-notification-kind-unknown".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn every_required_kind_is_refused() {
        for kind in Kind::all().filter(|kind| kind.is_required()) {
            let problems = fields(parse(&input("en", &[&kind.name()])));
            assert_eq!(problems.len(), 1, "{kind:?}");
        }
    }
}
