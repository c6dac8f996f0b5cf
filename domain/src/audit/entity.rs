//! The `audit_log` table.

use sea_orm::entity::prelude::*;

/// One audit entry.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    /// Sequence number; higher is later.
    #[sea_orm(primary_key)]
    pub id: i32,
    /// When it happened (UTC).
    pub at: DateTimeUtc,
    /// The user who did it; `None` for the system or an anonymous sign-up.
    pub actor_id: Option<Uuid>,
    /// The actor as a person reads it, kept even if the user is later renamed.
    pub actor_label: String,
    /// What was done, e.g. `organisation.verified`.
    pub action: String,
    /// The kind of subject.
    pub subject_type: String,
    /// The subject's identifier.
    pub subject_id: String,
    /// A summary of the change.
    pub summary: String,
}

/// The audit log relates to nothing: entries outlive their subjects.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
