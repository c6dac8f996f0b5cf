//! Kinds of calls: how a call selects (`competitive`, the ranking within budget and slots; `benchmark`, every
//! application that meets a published benchmark; `enrolment`, every eligible application), frozen once the
//! call opens, and the benchmark's core criteria and levels as JSON.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Calls {
    Table,
    SelectionMode,
    Benchmark,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Every existing call keeps today's behaviour. One column per statement for SQLite.
        manager
            .alter_table(
                Table::alter()
                    .table(Calls::Table)
                    .add_column(
                        string_len(Calls::SelectionMode, 20)
                            .default("competitive")
                            .to_owned(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Calls::Table)
                    .add_column(text_null(Calls::Benchmark))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Calls::Benchmark, Calls::SelectionMode] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Calls::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
