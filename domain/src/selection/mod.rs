//! Selection: turning committee scores into an explainable, public decision.
//!
//! Pure rules, no I/O: `aggregate` (figures per application), `ranking` (who qualifies and in which order),
//! `proposal` (the greedy selection within slots, budget and quotas, with reasons), `optimise` (the
//! selection with the highest total score, for comparison) and `lottery` (the seed's commitment, and what may be
//! known of it when). The services beside them record consensus scores and managers' overrides, close
//! scoring, finalise the decisions and publish the results, or (`rolling`) decide one application at a time.

pub mod aggregate;
pub mod benchmark;
pub mod board;
pub mod decisions;
pub mod entity;
pub mod lottery;
pub mod modes;
pub mod optimise;
pub mod optimum;
pub mod proposal;
pub mod ranking;
pub mod results;
pub mod rolling;
pub mod views;

pub use lottery::draw_seed;
pub use views::{ConsensusView, OverrideView};
