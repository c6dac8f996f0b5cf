//! The tables of calls: the call itself, its criteria, custom questions and indicators.

pub mod call;
pub mod criterion;
pub mod indicator;
pub mod question;
