//! The `invitations` table: a colleague invited to join an organisation.

use sea_orm::entity::prelude::*;

/// An invitation.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "invitations")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The organisation to join.
    pub organisation_id: Uuid,
    /// Who is invited.
    pub email: String,
    /// SHA-256 of the secret in the invitation link, hex.
    #[sea_orm(unique)]
    pub token_hash: String,
    /// Who invited.
    pub invited_by: Uuid,
    /// Created at.
    pub created_at: DateTimeUtc,
    /// The link stops working at.
    pub expires_at: DateTimeUtc,
    /// Accepted at; an accepted invitation cannot be used again.
    pub accepted_at: Option<DateTimeUtc>,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
