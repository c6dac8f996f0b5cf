//! The generation of the public cache as the database keeps it: one counter that servers bump after they
//! wrote and poll to learn that another server wrote. It says nothing about what changed; every server
//! simply drops what it cached before the change.
//!
//! This module owns the `cache_generation` table (a single row, made by its migration). It does not cache
//! anything itself: the web crate's public cache does.

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

/// The `cache_generation` table.
pub mod entity {
    use sea_orm::entity::prelude::*;

    /// The one row of the counter.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cache_generation")]
    pub struct Model {
        /// Always 1.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: i32,
        /// How many times servers have reported writes.
        pub value: i64,
    }

    /// No relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// The id of the counter's row.
const ROW: i32 = 1;

/// The current generation (0 if the row is somehow missing).
pub async fn current(db: &DatabaseConnection) -> crate::Result<i64> {
    Ok(entity::Entity::find_by_id(ROW)
        .one(db)
        .await?
        .map_or(0, |row| row.value))
}

/// Tells every server that public data may have changed: one atomic increment, so that concurrent bumps
/// from several servers are never lost.
pub async fn bump(db: &DatabaseConnection) -> crate::Result<()> {
    entity::Entity::update_many()
        .col_expr(
            entity::Column::Value,
            Expr::col(entity::Column::Value).add(1),
        )
        .filter(entity::Column::Id.eq(ROW))
        .exec(db)
        .await?;
    Ok(())
}
