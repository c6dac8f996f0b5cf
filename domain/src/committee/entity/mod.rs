//! The tables of committees.

pub mod committee;
pub mod member;
