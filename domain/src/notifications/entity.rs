//! The `notifications` table: the outbox.

use sea_orm::entity::prelude::*;

/// A message waiting to be sent (or sent, with `sent_at`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notifications")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The user it is for, if an account.
    pub recipient_user_id: Option<Uuid>,
    /// Where it goes.
    pub recipient_email: String,
    /// What it is about (`application-submitted`); the template to render.
    pub kind: String,
    /// JSON object of the template's values.
    pub payload: String,
    /// When it was queued.
    pub created_at: DateTimeUtc,
    /// When it was sent, once sent.
    pub sent_at: Option<DateTimeUtc>,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
