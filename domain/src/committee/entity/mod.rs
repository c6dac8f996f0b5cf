//! The tables of committees and reviewing.

pub mod assignment;
pub mod committee;
pub mod conflict;
pub mod member;
pub mod review;
