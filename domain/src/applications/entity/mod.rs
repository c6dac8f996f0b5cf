//! The tables of applications. Services navigate between them with explicit queries.

pub mod application;
pub mod attachment;
pub mod budget_line;
pub mod partner;
pub mod reference_counter;
pub mod submission;
