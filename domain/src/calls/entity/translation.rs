//! The `call_translations` table.

use sea_orm::entity::prelude::*;

/// One text of a call in one of its programme's other content languages.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "call_translations")]
pub struct Model {
    /// The call.
    #[sea_orm(primary_key, auto_increment = false)]
    pub call_id: Uuid,
    /// Which text, as `calls::translations::TextField` writes it (`title`, `criterion.2.guidance`).
    #[sea_orm(primary_key, auto_increment = false)]
    pub field: String,
    /// The language code.
    #[sea_orm(primary_key, auto_increment = false)]
    pub language: String,
    /// The translated text.
    pub text: String,
    /// Last changed at.
    pub updated_at: DateTimeUtc,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
