//! The `milestone_attachments` table.

use sea_orm::entity::prelude::*;

/// A file the team attached as evidence of a milestone (stored by content hash, like application files).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "milestone_attachments")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The milestone.
    pub milestone_id: Uuid,
    /// Its project.
    pub project_id: Uuid,
    /// The file's name as uploaded (cleaned).
    pub file_name: String,
    /// Its type, read from the content.
    pub media_type: String,
    /// Size in bytes.
    pub size_bytes: i64,
    /// SHA-256 of the content, the key in the file store.
    pub sha256: String,
    /// Who uploaded it.
    pub uploaded_by: Uuid,
    /// When.
    pub uploaded_at: DateTimeUtc,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
