//! Calls for proposals: one edition of a programme, with its lifecycle.
//!
//! So far this module holds the pure rules of a call (its state machine and eligibility); the entities and
//! services that create, edit and publish calls build on them. It must not know about HTTP or HTML.

pub mod eligibility;
pub mod lifecycle;

pub use eligibility::{EligibilityRule, Verdict, evaluate};
pub use lifecycle::{CallAction, CallState};
