//! The tables of calls: the call itself, its criteria, custom questions, indicators and the translations of its texts.

pub mod call;
pub mod criterion;
pub mod indicator;
pub mod question;
pub mod translation;
