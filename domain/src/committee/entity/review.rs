//! The `reviews` table.

use sea_orm::entity::prelude::*;

/// A member's score sheet for one application.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reviews")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The call.
    pub call_id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// The reviewer.
    pub user_id: Uuid,
    /// draft or submitted.
    pub state: String,
    /// Scores and comments per criterion, as JSON.
    pub scores: String,
    /// The overall comment.
    pub overall_comment: String,
    /// fund, fund_with_changes or do_not_fund.
    pub recommendation: Option<String>,
    /// How many times it was revised after submission.
    pub revision: i32,
    /// When first submitted.
    pub submitted_at: Option<DateTimeUtc>,
    /// Optimistic-concurrency version.
    pub version: i32,
    /// Created at.
    pub created_at: DateTimeUtc,
    /// Last saved at.
    pub updated_at: DateTimeUtc,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
