//! The `login_failures` table: recent failed sign-ins per account and per address, and recent requests for
//! a password-reset link (which are throttled the same way).

use sea_orm::entity::prelude::*;

/// One failed attempt.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "login_failures")]
pub struct Model {
    /// Sequence number.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// `account:<email>` or `address:<ip>` for sign-ins; `reset-account:<email>` or `reset-address:<ip>`
    /// for password-reset requests.
    pub throttle_key: String,
    /// When it failed.
    pub failed_at: DateTimeUtc,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
