//! Applications by local governments to calls: drafts with answers and budget lines, consortium partners,
//! attachments, live eligibility and completeness, submission with a reference number and a frozen snapshot,
//! withdrawal, and screening by managers.
//!
//! Pure rules (content, lifecycle, file checks) are in their own modules; `service` applies them with
//! permission checks, one transaction and an audit entry per change. It must not know about HTTP or HTML.

pub mod content;
pub mod entity;
pub mod files;
pub mod lifecycle;
pub mod service;

pub use content::{AnswerInput, BudgetLineInput, ContentInput};
pub use files::FileStore;
pub use lifecycle::{ApplicationAction, ApplicationState};
pub use service::{
    ApplicationFilter, ApplicationSummary, ApplicationView, NextStep, ScreeningInput,
};
