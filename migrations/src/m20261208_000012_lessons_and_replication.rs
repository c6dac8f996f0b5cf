//! Learning across pilots: the lessons-learned section of a project's final report (what worked, what did
//! not, what another local government needs to copy it, and whom to ask), and the earlier funded project an
//! application or a project replicates.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Reports {
    Table,
    WhatWorked,
    WhatDidNot,
    ToReplicate,
    LessonsContact,
}

#[derive(DeriveIden)]
enum Projects {
    Table,
    ReplicatesProjectId,
}

#[derive(DeriveIden)]
enum Applications {
    Table,
    ReplicatesProjectId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters a table one column at a time.
        for column in [
            Reports::WhatWorked,
            Reports::WhatDidNot,
            Reports::ToReplicate,
            Reports::LessonsContact,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Reports::Table)
                        .add_column(text(column).default("").to_owned())
                        .to_owned(),
                )
                .await?;
        }
        // No foreign key: SQLite cannot add one to an existing table; the services check the link.
        manager
            .alter_table(
                Table::alter()
                    .table(Projects::Table)
                    .add_column(uuid_null(Projects::ReplicatesProjectId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_projects_replicates")
                    .table(Projects::Table)
                    .col(Projects::ReplicatesProjectId)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Applications::Table)
                    .add_column(uuid_null(Applications::ReplicatesProjectId))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Applications::Table)
                    .drop_column(Applications::ReplicatesProjectId)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("idx_projects_replicates")
                    .table(Projects::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Projects::Table)
                    .drop_column(Projects::ReplicatesProjectId)
                    .to_owned(),
            )
            .await?;
        for column in [
            Reports::WhatWorked,
            Reports::WhatDidNot,
            Reports::ToReplicate,
            Reports::LessonsContact,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Reports::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
