//! The `assignments` table.

use sea_orm::entity::prelude::*;

/// A committee member asked to review one application.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "assignments")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The call.
    pub call_id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// The member.
    pub user_id: Uuid,
    /// `automatic` or `manual`.
    pub source: String,
    /// When.
    pub created_at: DateTimeUtc,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
