//! The `sessions` table: web sessions, keyed by the hash of the cookie's secret.

use sea_orm::entity::prelude::*;

/// A signed-in browser.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sessions")]
pub struct Model {
    /// SHA-256 of the cookie's secret, hex.
    #[sea_orm(primary_key, auto_increment = false)]
    pub token_hash: String,
    /// Who is signed in.
    pub user_id: Uuid,
    /// The CSRF token every form of this session must carry.
    pub csrf_token: String,
    /// Signed in at.
    pub created_at: DateTimeUtc,
    /// The session ends at.
    pub expires_at: DateTimeUtc,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
