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
    /// A stale version or a duplicate: the caller should reload and retry.
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
    /// Anything unexpected (database down, a bug). Logged in full, shown opaque.
    #[error("internal error: {0}")]
    Internal(String),
}

/// Shorthand for results of domain services.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A validation error on one field.
    pub fn field(field: &str, message: Message) -> Self {
        Error::Validation(vec![FieldError::new(field, message)])
    }

    /// The record changed since the caller read it.
    pub fn stale() -> Self {
        Error::Conflict(Message::new("error-stale-version"))
    }
}

impl From<sea_orm::DbErr> for Error {
    fn from(err: sea_orm::DbErr) -> Self {
        // A unique constraint hit means a race with another request creating the same thing: a conflict,
        // not a server error.
        if let Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) = err.sql_err() {
            return Error::Conflict(Message::new("error-duplicate"));
        }
        Error::Internal(err.to_string())
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
