//! Action plans: the commitments a funded project holds (title, problem, OGP value, lead institution), the
//! link from a milestone to its commitment, the flag on the milestone that records the council's adoption of
//! the plan, and the per-commitment completion ratings a progress report carries.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Commitments {
    Table,
    Id,
    ProjectId,
    Position,
    Title,
    Problem,
    Value,
    LeadInstitution,
    CreatedBy,
    CreatedAt,
    Version,
}

#[derive(DeriveIden)]
enum Projects {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Milestones {
    Table,
    CommitmentId,
    Adoption,
}

#[derive(DeriveIden)]
enum Reports {
    Table,
    CommitmentRatings,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Commitments::Table)
                    .col(pk_uuid(Commitments::Id))
                    .col(uuid(Commitments::ProjectId))
                    .col(integer(Commitments::Position))
                    .col(string_len(Commitments::Title, 200))
                    .col(text(Commitments::Problem))
                    .col(string_len(Commitments::Value, 20))
                    .col(string_len(Commitments::LeadInstitution, 200))
                    .col(uuid(Commitments::CreatedBy))
                    .col(timestamp_with_time_zone(Commitments::CreatedAt))
                    .col(integer(Commitments::Version))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Commitments::Table, Commitments::ProjectId)
                            .to(Projects::Table, Projects::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_commitments_project")
                    .table(Commitments::Table)
                    .col(Commitments::ProjectId)
                    .to_owned(),
            )
            .await?;
        // No foreign key on the new milestone column: SQLite cannot add one to an existing table; the
        // services check that the commitment belongs to the milestone's project.
        manager
            .alter_table(
                Table::alter()
                    .table(Milestones::Table)
                    .add_column(uuid_null(Milestones::CommitmentId))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Milestones::Table)
                    .add_column(boolean(Milestones::Adoption).default(false))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Reports::Table)
                    .add_column(text(Reports::CommitmentRatings).default("[]"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Reports::Table)
                    .drop_column(Reports::CommitmentRatings)
                    .to_owned(),
            )
            .await?;
        for column in [Milestones::Adoption, Milestones::CommitmentId] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Milestones::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .drop_table(Table::drop().table(Commitments::Table).to_owned())
            .await
    }
}
