//! The `organisations` table.

use sea_orm::entity::prelude::*;

/// A jurisdiction or partner organisation as stored.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "organisations")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Official name.
    pub name: String,
    /// One of [`super::OrganisationKind`], by name.
    pub kind: String,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    /// ISO 3166-2 subdivision code, if any.
    pub subdivision: Option<String>,
    /// The organisation this one belongs to (a province for a municipality), if any.
    pub parent_id: Option<Uuid>,
    /// Inhabitants, for jurisdictions.
    pub population: Option<i64>,
    /// A national registry code (INE, AGS, ...), if any.
    pub official_code: Option<String>,
    /// When a programme manager verified it; `None` while unverified.
    pub verified_at: Option<DateTimeUtc>,
    /// Who verified it.
    pub verified_by: Option<Uuid>,
    /// Optimistic-concurrency version; bumped on every edit.
    pub version: i32,
    /// Created at.
    pub created_at: DateTimeUtc,
    /// Last changed at.
    pub updated_at: DateTimeUtc,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
