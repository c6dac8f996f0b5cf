//! Reviewing: score sheets (`sheet`, pure), the reviewers' services (`service`: their assignments, their
//! sheet, the blind), and the committee's progress with reminders (`progress`). Managers see completion,
//! never scores.

pub mod progress;
pub mod service;
pub mod sheet;

pub use sheet::{Recommendation, ReviewState, ScoreInput, Sheet, SheetInput};
