//! The `email_opt_outs` table: the kinds of message a user asked not to be emailed.

use sea_orm::entity::prelude::*;

use super::Kind;

/// One kind a user turned off; required kinds never appear here.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "email_opt_outs")]
pub struct Model {
    /// The user.
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    /// The kind they turned off.
    #[sea_orm(primary_key, auto_increment = false)]
    pub kind: Kind,
    /// When.
    pub created_at: DateTimeUtc,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
