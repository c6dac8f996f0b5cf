//! The public cache's generation: one row whose counter every server bumps after a write and polls, so that
//! several servers on one database drop their cached public pages soon after any of them changes data.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum CacheGeneration {
    Table,
    Id,
    Value,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CacheGeneration::Table)
                    .col(
                        integer(CacheGeneration::Id)
                            .primary_key()
                            .not_null()
                            .to_owned(),
                    )
                    .col(big_integer(CacheGeneration::Value).default(0).to_owned())
                    .to_owned(),
            )
            .await?;
        // The one row: servers only ever update it.
        manager
            .exec_stmt(
                Query::insert()
                    .into_table(CacheGeneration::Table)
                    .columns([CacheGeneration::Id, CacheGeneration::Value])
                    .values_panic([1.into(), 0i64.into()])
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(CacheGeneration::Table).to_owned())
            .await
    }
}
