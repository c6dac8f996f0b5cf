//! The `application_attachments` table (the content is in the file store, under `sha256`).

use sea_orm::entity::prelude::*;

/// A file attached to an application.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "application_attachments")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// The document question it answers, if any.
    pub question_id: Option<Uuid>,
    /// The name it was uploaded with (no directory part).
    pub file_name: String,
    /// Media type found in the content.
    pub media_type: String,
    /// Size in bytes.
    pub size_bytes: i64,
    /// Lowercase hex SHA-256 of the content.
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
