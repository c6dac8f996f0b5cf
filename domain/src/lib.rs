//! Convoca's core: the pure rules of the platform and the services that apply them.
//!
//! Each capability is one module (`accounts`, `organisations`, `audit`, ...). Pure rules are plain functions over
//! plain structs with no I/O; services take a typed command and the calling [`Actor`], check permissions, run one
//! transaction, write an audit entry and return a typed result or an [`Error`]. This crate knows nothing of
//! HTTP or HTML: the JSON API and the web UI are thin adapters over the same services.

pub mod accounts;
pub mod actor;
pub mod applications;
pub mod audit;
pub mod cache_generation;
pub mod calls;
pub mod clock;
pub mod committee;
pub mod db;
pub mod demo;
pub mod error;
pub mod exchanges;
pub mod files;
pub mod home;
pub mod jobs;
pub mod money;
pub mod notifications;
pub mod organisations;
mod outbox;
pub mod page;
pub mod prerequisites;
pub mod programmes;
pub mod projects;
pub mod reviews;
pub mod selection;

pub use actor::{Actor, Role};
pub use error::{Arg, Error, FieldError, Message, Result};
pub use page::{Page, PageRequest};
pub use sea_orm::DatabaseConnection;
