//! The `tranches` table.

use sea_orm::entity::prelude::*;

/// One payment of a project's award.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "tranches")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The project.
    pub project_id: Uuid,
    /// Order, from 1.
    pub position: i32,
    /// Amount in minor units.
    pub amount_minor: i64,
    /// What it waits for (`schedule::Condition` as JSON).
    pub condition: String,
    /// `planned`, `released` or `paid`.
    pub state: String,
    /// When it was released.
    pub released_at: Option<DateTimeUtc>,
    /// Who released it.
    pub released_by: Option<Uuid>,
    /// When it was paid.
    pub paid_on: Option<Date>,
    /// Who recorded the payment.
    pub paid_by: Option<Uuid>,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
