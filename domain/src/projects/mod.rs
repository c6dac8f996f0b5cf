//! Funded projects: awards created when a call is finalised, tranche schedules, milestones, progress reports,
//! indicators, technical assistance, health and the public portfolio, lessons learned and replication links,
//! action plans with commitments, and the 360Giving open data.

pub mod entity;
pub mod giving;
pub mod learning;
pub mod listing;
pub mod open_data;
pub mod plan;
pub mod schedule;
pub mod service;
pub mod views;
pub mod work;
