//! Selection: turning committee scores into an explainable, public decision.
//!
//! Pure rules, no I/O: `aggregate` (figures per application), `ranking` (who qualifies and in which order),
//! `proposal` (the greedy selection within slots, budget and quotas, with reasons) and `optimise` (the
//! selection with the highest total score, for comparison). The services beside them record consensus
//! scores and managers' overrides, finalise the decisions and publish the results.

pub mod aggregate;
pub mod board;
pub mod decisions;
pub mod entity;
pub mod optimise;
pub mod optimum;
pub mod proposal;
pub mod ranking;
pub mod results;

/// Draws a lottery seed: 32 lowercase hex digits from the operating system's random source.
pub fn draw_seed() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}
