//! The `users` table.

use sea_orm::entity::prelude::*;

/// A person who signs in.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Lower-case email address, unique.
    #[sea_orm(unique)]
    pub email: String,
    /// Display name.
    pub name: String,
    /// Argon2id PHC string.
    pub password_hash: String,
    /// The organisation the user acts for.
    pub organisation_id: Option<Uuid>,
    /// The language messages to this user are written in (`en`, `es`, `fr`); at first the one they signed
    /// up in.
    pub language: String,
    /// Deactivated users cannot sign in and their tokens stop working.
    pub active: bool,
    /// Optimistic-concurrency version.
    pub version: i32,
    /// Created at.
    pub created_at: DateTimeUtc,
    /// Last changed at.
    pub updated_at: DateTimeUtc,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
