//! The one error type of the domain, and the translatable messages it carries.
//!
//! Messages are Fluent keys with arguments, never finished sentences: the web UI and the API translate them
//! into the reader's language. This module must not format user-facing text itself.

use std::fmt;

/// What a service can fail with. `api` maps it to problem+json, `web` to an error page or a form with messages.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The subject does not exist, or the caller may not know that it exists.
    #[error("not found")]
    NotFound,
    /// The caller is known but lacks the role or ownership the action needs.
    #[error("forbidden")]
    Forbidden,
    /// The caller is known but holds none of these roles, which the action needs; the roles are named so
    /// that the refusal can tell the caller which one they lack.
    #[error("forbidden: needs one of the roles {0:?}")]
    RoleRequired(Vec<crate::Role>),
    /// The caller is known but may not do this here, for a reason worth telling them (e.g. "you are not
    /// assigned to review this application").
    #[error("refused: {0}")]
    Refused(Message),
    /// The action needs a signed-in caller (or valid credentials).
    #[error("authentication required")]
    Unauthenticated,
    /// The command was understood but some fields are invalid.
    #[error("validation failed: {0:?}")]
    Validation(Vec<FieldError>),
    /// The record changed since the caller read it (the version they sent is not the current one): nothing
    /// was written, and the caller should reload and retry. Its own variant, so that adapters recognise it
    /// without comparing message keys.
    #[error("stale version")]
    Stale,
    /// The action conflicts with the subject's state, or with a duplicate: the message says how.
    #[error("conflict: {0}")]
    Conflict(Message),
    /// A state machine refused a move.
    #[error("invalid transition from {from} to {to}")]
    InvalidTransition {
        /// The current state.
        from: String,
        /// The state that was asked for.
        to: String,
    },
    /// A deadline has passed.
    #[error("deadline passed")]
    DeadlinePassed,
    /// Too many failed attempts; try again after the given number of seconds.
    #[error("too many attempts, retry after {retry_after_secs}s")]
    RateLimited {
        /// Seconds until the caller may try again.
        retry_after_secs: u64,
    },
    /// Anything unexpected (database down, a bug). Logged in full, with its source, shown opaque.
    #[error("internal error: {0}")]
    Internal(Cause),
}

/// Why something unexpected failed: what was being done, and the error that made it fail, kept whole (not
/// flattened into text) so that the log shows its whole chain of sources. Never shown to a client.
#[derive(Debug)]
pub struct Cause {
    /// What failed, in words for an operator.
    context: String,
    /// The error underneath, when there is one.
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl Cause {
    /// The error underneath, if any.
    pub fn source(&self) -> Option<&(dyn std::error::Error + Send + Sync + 'static)> {
        self.source.as_deref()
    }
}

impl fmt::Display for Cause {
    /// The context, then each error of the source chain, separated by colons.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.context)?;
        let mut next: Option<&(dyn std::error::Error + 'static)> = match &self.source {
            Some(source) => Some(source.as_ref()),
            None => None,
        };
        let mut first = self.context.is_empty();
        while let Some(err) = next {
            if first {
                first = false;
            } else {
                f.write_str(": ")?;
            }
            write!(f, "{err}")?;
            next = err.source();
        }
        Ok(())
    }
}

impl From<String> for Cause {
    fn from(context: String) -> Self {
        Cause {
            context,
            source: None,
        }
    }
}

impl From<&str> for Cause {
    fn from(context: &str) -> Self {
        Cause::from(context.to_owned())
    }
}

/// Shorthand for results of domain services.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A validation error on one field.
    pub fn field(field: &str, message: Message) -> Self {
        Error::Validation(vec![FieldError::new(field, message)])
    }

    /// Something unexpected, described for an operator.
    pub fn internal(context: impl Into<Cause>) -> Self {
        Error::Internal(context.into())
    }

    /// Something unexpected, caused by `source`, which is kept whole for the log.
    pub fn caused_by(source: impl std::error::Error + Send + Sync + 'static) -> Self {
        Error::Internal(Cause {
            context: String::new(),
            source: Some(Box::new(source)),
        })
    }

    /// The record changed since the caller read it.
    pub fn stale() -> Self {
        Error::Stale
    }

    /// What a reader is told of a stale version.
    pub fn stale_message() -> Message {
        Message::new("error-stale-version")
    }
}

impl From<sea_orm::DbErr> for Error {
    fn from(err: sea_orm::DbErr) -> Self {
        // A unique constraint hit means a race with another request creating the same thing: a conflict,
        // not a server error.
        if let Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) = err.sql_err() {
            return Error::Conflict(Message::new("error-duplicate"));
        }
        Error::caused_by(err)
    }
}

/// A translatable message: a Fluent key and its named arguments.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Message {
    /// The Fluent message id, e.g. `error-email-invalid`.
    pub key: String,
    /// Named arguments for the message, in order.
    pub args: Vec<(String, Arg)>,
}

/// The value of a message argument: plain text, or something the reader's language must phrase too.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub enum Arg {
    /// Text shown as it is (a number, a name, a code).
    Text(String),
    /// Another message, translated first (e.g. the label of an organisation kind).
    Message(Box<Message>),
    /// Several values, each phrased, then joined into a list.
    List(Vec<Arg>),
    /// A percentage given in percent (`12.5` is 12.5 %), written with the sign as each language places it.
    Percent(rust_decimal::Decimal),
}

impl fmt::Display for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Arg::Text(text) => f.write_str(text),
            Arg::Percent(percent) => write!(f, "{}%", percent.normalize()),
            Arg::Message(message) => write!(f, "({message})"),
            Arg::List(items) => {
                let items: Vec<String> = items.iter().map(ToString::to_string).collect();
                write!(f, "[{}]", items.join(", "))
            }
        }
    }
}

impl Message {
    /// A message without arguments.
    pub fn new(key: &str) -> Self {
        Message {
            key: key.to_owned(),
            args: Vec::new(),
        }
    }

    /// Adds a named argument shown as text.
    pub fn arg(mut self, name: &str, value: impl fmt::Display) -> Self {
        self.args
            .push((name.to_owned(), Arg::Text(value.to_string())));
        self
    }

    /// Adds a named percentage (given in percent), written as each language writes percentages.
    pub fn arg_percent(self, name: &str, percent: rust_decimal::Decimal) -> Self {
        self.arg_phrased(name, Arg::Percent(percent))
    }

    /// Adds a named argument that is itself translated (or a list of such).
    pub fn arg_phrased(mut self, name: &str, value: Arg) -> Self {
        self.args.push((name.to_owned(), value));
        self
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.key)?;
        for (name, value) in &self.args {
            write!(f, " {name}={value}")?;
        }
        Ok(())
    }
}

/// A problem with one field of a command.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FieldError {
    /// The field's name as the client sent it (`email`, `organisation.country`).
    pub field: String,
    /// What is wrong with it.
    pub message: Message,
}

impl FieldError {
    /// A field error.
    pub fn new(field: &str, message: Message) -> Self {
        FieldError {
            field: field.to_owned(),
            message,
        }
    }
}

/// Collects field errors so that a form reports every problem at once, not the first one only.
#[derive(Debug, Default)]
pub struct Validator {
    errors: Vec<FieldError>,
}

impl Validator {
    /// An empty collector.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records the error of a parse, keeping the value when it succeeded.
    pub fn parse<T>(&mut self, field: &str, parsed: Result<T, Message>) -> Option<T> {
        match parsed {
            Ok(value) => Some(value),
            Err(message) => {
                self.errors.push(FieldError::new(field, message));
                None
            }
        }
    }

    /// Records an error unless `ok` holds.
    pub fn check(&mut self, ok: bool, field: &str, message: Message) {
        if !ok {
            self.errors.push(FieldError::new(field, message));
        }
    }

    /// Whether no error has been recorded so far.
    pub fn is_clean(&self) -> bool {
        self.errors.is_empty()
    }

    /// `Ok(())` when nothing was recorded, otherwise the validation error.
    pub fn finish(self) -> Result<()> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(Error::Validation(self.errors))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An error with a source, as a driver's error wraps the socket's.
    #[derive(Debug, thiserror::Error)]
    #[error("query failed")]
    struct Outer(#[source] std::io::Error);

    #[test]
    fn an_internal_error_keeps_its_source_and_shows_the_whole_chain() {
        let err = Error::caused_by(Outer(std::io::Error::other("connection reset")));
        let Error::Internal(cause) = &err else {
            panic!("internal: {err:?}");
        };
        assert!(cause.source().is_some_and(|s| s.is::<Outer>()));
        assert_eq!(cause.to_string(), "query failed: connection reset");
        assert_eq!(
            err.to_string(),
            "internal error: query failed: connection reset"
        );
        assert_eq!(
            Error::internal("a checked row is missing").to_string(),
            "internal error: a checked row is missing"
        );
    }

    #[test]
    fn a_database_error_is_internal_with_its_cause() {
        let err = Error::from(sea_orm::DbErr::Custom("disk I/O error".into()));
        let Error::Internal(cause) = &err else {
            panic!("internal: {err:?}");
        };
        assert!(cause.source().is_some_and(|s| s.is::<sea_orm::DbErr>()));
        assert!(cause.to_string().contains("disk I/O error"), "{cause}");
    }

    #[test]
    fn a_stale_version_is_its_own_error_with_its_own_message() {
        assert!(matches!(Error::stale(), Error::Stale));
        assert_eq!(Error::stale_message().key, "error-stale-version");
    }
}
