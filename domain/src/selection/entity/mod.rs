//! The tables of selection.

pub mod consensus;
pub mod decision;
pub mod decision_override;
