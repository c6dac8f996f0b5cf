//! The `call_questions` table.

use sea_orm::entity::prelude::*;

/// A custom question of a call.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "call_questions")]
pub struct Model {
    /// Identifier.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The call.
    pub call_id: Uuid,
    /// Order, from 1.
    pub position: i32,
    /// The question.
    pub prompt: String,
    /// Help text.
    pub help: String,
    /// Kind of answer, by name.
    pub kind: String,
    /// Whether an answer is needed.
    pub required: bool,
    /// Longest text answer.
    pub max_length: Option<i32>,
    /// Smallest number, a decimal string.
    pub min_number: Option<String>,
    /// Largest number, a decimal string.
    pub max_number: Option<String>,
    /// JSON list of choices.
    pub choices: String,
}

/// Relations are navigated by explicit queries in services.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
