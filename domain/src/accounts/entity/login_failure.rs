//! The `login_failures` table: recent failed sign-ins per account and per address.

use sea_orm::entity::prelude::*;

/// One failed attempt.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "login_failures")]
pub struct Model {
    /// Sequence number.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// `account:<email>` or `address:<ip>`.
    pub throttle_key: String,
    /// When it failed.
    pub failed_at: DateTimeUtc,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
