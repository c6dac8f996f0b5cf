//! The `call_indicators` table.

use sea_orm::entity::prelude::*;

/// An indicator funded projects report on.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "call_indicators")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The call.
    pub call_id: Uuid,
    /// Order, from 1.
    pub position: i32,
    /// Name, e.g. "Participants in co-creation workshops".
    pub name: String,
    /// Unit, e.g. "people".
    pub unit: String,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
