//! The `criteria` table.

use sea_orm::entity::prelude::*;

/// A selection criterion of a call.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "criteria")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The call.
    pub call_id: Uuid,
    /// Order, from 1.
    pub position: i32,
    /// Title.
    pub title: String,
    /// Guidance for reviewers.
    pub guidance: String,
    /// Weight, a decimal string.
    pub weight: String,
    /// Highest score.
    pub max_score: i32,
    /// Per-criterion threshold.
    pub min_score: Option<i32>,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
