//! The `api_tokens` table: bearer tokens, stored only as hashes.

use sea_orm::entity::prelude::*;

/// An API token of a user.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "api_tokens")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Whose token it is.
    pub user_id: Uuid,
    /// What the user called it.
    pub name: String,
    /// SHA-256 of the secret, hex.
    #[sea_orm(unique)]
    pub token_hash: String,
    /// The first characters of the secret, so that a user can tell tokens apart.
    pub token_prefix: String,
    /// Created at.
    pub created_at: DateTimeUtc,
    /// Last used at (to the minute).
    pub last_used_at: Option<DateTimeUtc>,
    /// Revoked at; a revoked token no longer authenticates.
    pub revoked_at: Option<DateTimeUtc>,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
