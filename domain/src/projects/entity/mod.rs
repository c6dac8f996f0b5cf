//! The tables of funded projects.

pub mod assistance;
pub mod commitment;
pub mod milestone;
pub mod milestone_attachment;
pub mod project;
pub mod project_indicator;
pub mod report;
pub mod tranche;
