//! Closing scoring: when a call's scoring closed, after which reviews and consensus scores are locked and
//! the lottery seed, published until then only as its SHA-256 commitment, is revealed. Calls decided before
//! this migration closed their scoring when they were decided.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Calls {
    Table,
    State,
    LotterySeed,
    ScoringClosedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Calls::Table)
                    .add_column(timestamp_with_time_zone_null(Calls::ScoringClosedAt))
                    .to_owned(),
            )
            .await?;
        // A decided call's scores can no longer change: its scoring closed when it was decided.
        manager
            .exec_stmt(
                Query::update()
                    .table(Calls::Table)
                    .value(Calls::ScoringClosedAt, Expr::col(Calls::UpdatedAt))
                    .and_where(Expr::col(Calls::State).is_in(["decided", "archived"]))
                    .and_where(Expr::col(Calls::LotterySeed).is_not_null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Calls::Table)
                    .drop_column(Calls::ScoringClosedAt)
                    .to_owned(),
            )
            .await
    }
}
