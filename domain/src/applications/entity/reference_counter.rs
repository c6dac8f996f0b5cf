//! The `reference_counters` table.

use sea_orm::entity::prelude::*;

/// The last number drawn for a reference prefix (`TUN-2026` drew 7 for `TUN-2026-0007`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reference_counters")]
pub struct Model {
    /// `<CALL-CODE>-<YEAR>`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub prefix: String,
    /// The last number drawn.
    pub last_number: i32,
}

/// No relations.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
