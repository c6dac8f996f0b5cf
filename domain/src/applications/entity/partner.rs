//! The `application_partners` table.

use sea_orm::entity::prelude::*;

/// An organisation taking part in an application besides its lead.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "application_partners")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// The partner organisation.
    pub organisation_id: Uuid,
    /// What it does in the project.
    pub role: String,
    /// When it was added.
    pub added_at: DateTimeUtc,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
