//! The `committee_members` table.

use sea_orm::entity::prelude::*;

/// A user sitting on a call's committee.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "committee_members")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The call.
    pub call_id: Uuid,
    /// The member.
    pub user_id: Uuid,
    /// Sector, by name.
    pub sector: String,
    /// Role, by name.
    pub role: String,
    /// When they joined.
    pub added_at: DateTimeUtc,
    /// When they were reminded that the review deadline is near (once per member).
    pub deadline_reminded_at: Option<DateTimeUtc>,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
