//! The `password_resets` table: single-use links to choose a new password.

use sea_orm::entity::prelude::*;

/// A password-reset link; only the SHA-256 of its secret is kept.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "password_resets")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Whose password it resets.
    pub user_id: Uuid,
    /// Hex SHA-256 of the secret in the link.
    #[sea_orm(unique)]
    pub token_hash: String,
    /// Created at.
    pub created_at: DateTimeUtc,
    /// The link stops working then.
    pub expires_at: DateTimeUtc,
    /// Used at; a link works once.
    pub used_at: Option<DateTimeUtc>,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
