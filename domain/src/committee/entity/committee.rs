//! The `committees` table.

use sea_orm::entity::prelude::*;

/// A call's committee: its composition rule and the version every change bumps.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "committees")]
pub struct Model {
    /// The call (one committee per call).
    #[sea_orm(primary_key, auto_increment = false)]
    pub call_id: Uuid,
    /// The composition rule, as JSON.
    pub rule: String,
    /// Optimistic-concurrency version.
    pub version: i32,
    /// When members' reviews are due, if set.
    pub review_deadline: Option<DateTimeUtc>,
    /// Last changed at.
    pub updated_at: DateTimeUtc,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
