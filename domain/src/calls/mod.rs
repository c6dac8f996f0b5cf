//! Calls for proposals: one edition of a programme, with its details, weighted criteria, custom questions,
//! eligibility rules, indicators and lifecycle.
//!
//! Pure rules (details, criteria, questions, eligibility, lifecycle) are in their own modules with no I/O;
//! `service` applies them with permission checks, one transaction and an audit entry per change. It must not
//! know about HTTP or HTML.

pub mod criteria;
pub mod details;
pub mod eligibility;
pub mod entity;
pub mod lifecycle;
pub mod questions;
pub mod service;
pub mod translations;
pub mod views;

pub use eligibility::{EligibilityRule, Verdict, evaluate};
pub use lifecycle::{CallAction, CallState};
pub use views::{CallSummary, CriterionView, IndicatorView, QuestionView};
