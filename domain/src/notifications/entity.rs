//! The `notifications` table: the outbox, which is also each user's inbox.

use sea_orm::entity::prelude::*;

use super::{DeliveryState, Kind};

/// A message queued for a person: delivered by email when the server has SMTP settings, and listed in the
/// recipient's inbox either way.
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
    /// What it is about; names the template to render.
    pub kind: Kind,
    /// JSON object of the template's values.
    pub payload: String,
    /// The language to write it in when the recipient has no account (an invitation); an account's own
    /// language wins otherwise.
    pub language: Option<String>,
    /// When it was queued.
    pub created_at: DateTimeUtc,
    /// Where delivery stands.
    pub state: DeliveryState,
    /// How many delivery attempts failed so far.
    pub attempts: i32,
    /// Not to be tried before then (back-off after a temporary failure); `None` means now.
    pub next_attempt_at: Option<DateTimeUtc>,
    /// A sender claimed it until then; no other sender touches it meanwhile.
    pub lease_until: Option<DateTimeUtc>,
    /// The worker that claimed it last ([`crate::jobs::Holder`]): only it may send it while the claim holds.
    pub lease_holder: Option<String>,
    /// Why the last attempt failed.
    pub last_error: Option<String>,
    /// When the SMTP server accepted it.
    pub sent_at: Option<DateTimeUtc>,
    /// When the recipient read it in their inbox.
    pub read_at: Option<DateTimeUtc>,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
