//! The `budget_lines` table.

use sea_orm::entity::prelude::*;

/// One line of an application's budget, in minor units of the call's currency.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "budget_lines")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// Order, from 1.
    pub position: i32,
    /// Category.
    pub category: String,
    /// What the money buys.
    pub description: String,
    /// Amount.
    pub amount_minor: i64,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
