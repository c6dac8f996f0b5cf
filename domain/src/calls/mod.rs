//! Calls for proposals: one edition of a programme, with its lifecycle.
//!
//! So far this module holds the pure rules of a call (its state machine); the entities and services that
//! create, edit and publish calls build on them. It must not know about HTTP or HTML.

pub mod lifecycle;

pub use lifecycle::{CallAction, CallState};
