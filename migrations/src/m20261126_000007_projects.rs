//! Funded projects: one per selected application, with its tranches, milestones, progress reports, indicator
//! targets and technical-assistance requests; calls gain a tranche template.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Calls {
    Table,
    Id,
    TrancheTemplate,
}

#[derive(DeriveIden)]
enum Applications {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum Projects {
    Table,
    Id,
    CallId,
    ApplicationId,
    LeadOrganisationId,
    Title,
    AwardedMinor,
    PlannedStart,
    PlannedEnd,
    SignedOn,
    Status,
    TerminationReason,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Tranches {
    Table,
    Id,
    ProjectId,
    Position,
    AmountMinor,
    Condition,
    State,
    ReleasedAt,
    ReleasedBy,
    PaidOn,
    PaidBy,
}

#[derive(DeriveIden, Clone, Copy)]
enum Milestones {
    Table,
    Id,
    ProjectId,
    Position,
    Title,
    Description,
    DueOn,
    State,
    Evidence,
    SubmittedAt,
    ReviewComment,
    ReviewedBy,
    ReviewedAt,
    Version,
}

#[derive(DeriveIden, Clone, Copy)]
enum MilestoneAttachments {
    Table,
    Id,
    MilestoneId,
    ProjectId,
    FileName,
    MediaType,
    SizeBytes,
    Sha256,
    UploadedBy,
    UploadedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Reports {
    Table,
    Id,
    ProjectId,
    Number,
    DueOn,
    State,
    Narrative,
    SpendingMinor,
    IndicatorValues,
    SubmittedAt,
    ReviewComment,
    ReviewedBy,
    ReviewedAt,
    RemindedBeforeAt,
    RemindedAfterAt,
    Version,
}

#[derive(DeriveIden, Clone, Copy)]
enum ProjectIndicators {
    Table,
    Id,
    ProjectId,
    IndicatorId,
    Target,
}

#[derive(DeriveIden, Clone, Copy)]
enum AssistanceRequests {
    Table,
    Id,
    ProjectId,
    Topic,
    Description,
    State,
    ExpertId,
    Notes,
    CreatedBy,
    CreatedAt,
    Version,
}

/// A child table of projects, deleted with its project.
fn of_project(
    table: &mut TableCreateStatement,
    from: impl IntoIden + Copy + 'static,
    project: impl IntoIden + 'static,
) -> TableCreateStatement {
    table
        .foreign_key(
            ForeignKey::create()
                .from(from, project)
                .to(Projects::Table, Projects::Id)
                .on_delete(ForeignKeyAction::Cascade),
        )
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Calls::Table)
                    .add_column(text_null(Calls::TrancheTemplate))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Projects::Table)
                    .col(pk_uuid(Projects::Id))
                    .col(uuid(Projects::CallId))
                    .col(uuid_uniq(Projects::ApplicationId))
                    .col(uuid(Projects::LeadOrganisationId))
                    .col(string_len(Projects::Title, 200))
                    .col(big_integer(Projects::AwardedMinor))
                    .col(date(Projects::PlannedStart))
                    .col(date(Projects::PlannedEnd))
                    .col(date_null(Projects::SignedOn))
                    .col(string_len(Projects::Status, 20))
                    .col(text_null(Projects::TerminationReason))
                    .col(integer(Projects::Version))
                    .col(timestamp_with_time_zone(Projects::CreatedAt))
                    .col(timestamp_with_time_zone(Projects::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Projects::Table, Projects::CallId)
                            .to(Calls::Table, Calls::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Projects::Table, Projects::ApplicationId)
                            .to(Applications::Table, Applications::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Projects::Table, Projects::LeadOrganisationId)
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(of_project(
                Table::create()
                    .table(Tranches::Table)
                    .col(pk_uuid(Tranches::Id))
                    .col(uuid(Tranches::ProjectId))
                    .col(integer(Tranches::Position))
                    .col(big_integer(Tranches::AmountMinor))
                    .col(text(Tranches::Condition))
                    .col(string_len(Tranches::State, 20))
                    .col(timestamp_with_time_zone_null(Tranches::ReleasedAt))
                    .col(uuid_null(Tranches::ReleasedBy))
                    .col(date_null(Tranches::PaidOn))
                    .col(uuid_null(Tranches::PaidBy)),
                Tranches::Table,
                Tranches::ProjectId,
            ))
            .await?;
        manager
            .create_table(of_project(
                Table::create()
                    .table(Milestones::Table)
                    .col(pk_uuid(Milestones::Id))
                    .col(uuid(Milestones::ProjectId))
                    .col(integer(Milestones::Position))
                    .col(string_len(Milestones::Title, 200))
                    .col(text(Milestones::Description))
                    .col(date(Milestones::DueOn))
                    .col(string_len(Milestones::State, 20))
                    .col(text(Milestones::Evidence))
                    .col(timestamp_with_time_zone_null(Milestones::SubmittedAt))
                    .col(text_null(Milestones::ReviewComment))
                    .col(uuid_null(Milestones::ReviewedBy))
                    .col(timestamp_with_time_zone_null(Milestones::ReviewedAt))
                    .col(integer(Milestones::Version)),
                Milestones::Table,
                Milestones::ProjectId,
            ))
            .await?;
        manager
            .create_table(of_project(
                Table::create()
                    .table(MilestoneAttachments::Table)
                    .col(pk_uuid(MilestoneAttachments::Id))
                    .col(uuid(MilestoneAttachments::MilestoneId))
                    .col(uuid(MilestoneAttachments::ProjectId))
                    .col(string_len(MilestoneAttachments::FileName, 255))
                    .col(string_len(MilestoneAttachments::MediaType, 100))
                    .col(big_integer(MilestoneAttachments::SizeBytes))
                    .col(string_len(MilestoneAttachments::Sha256, 64))
                    .col(uuid(MilestoneAttachments::UploadedBy))
                    .col(timestamp_with_time_zone(MilestoneAttachments::UploadedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                MilestoneAttachments::Table,
                                MilestoneAttachments::MilestoneId,
                            )
                            .to(Milestones::Table, Milestones::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    ),
                MilestoneAttachments::Table,
                MilestoneAttachments::ProjectId,
            ))
            .await?;
        manager
            .create_table(of_project(
                Table::create()
                    .table(Reports::Table)
                    .col(pk_uuid(Reports::Id))
                    .col(uuid(Reports::ProjectId))
                    .col(integer(Reports::Number))
                    .col(date(Reports::DueOn))
                    .col(string_len(Reports::State, 20))
                    .col(text(Reports::Narrative))
                    .col(big_integer_null(Reports::SpendingMinor))
                    .col(text(Reports::IndicatorValues))
                    .col(timestamp_with_time_zone_null(Reports::SubmittedAt))
                    .col(text_null(Reports::ReviewComment))
                    .col(uuid_null(Reports::ReviewedBy))
                    .col(timestamp_with_time_zone_null(Reports::ReviewedAt))
                    .col(timestamp_with_time_zone_null(Reports::RemindedBeforeAt))
                    .col(timestamp_with_time_zone_null(Reports::RemindedAfterAt))
                    .col(integer(Reports::Version)),
                Reports::Table,
                Reports::ProjectId,
            ))
            .await?;
        manager
            .create_table(of_project(
                Table::create()
                    .table(ProjectIndicators::Table)
                    .col(pk_uuid(ProjectIndicators::Id))
                    .col(uuid(ProjectIndicators::ProjectId))
                    .col(uuid(ProjectIndicators::IndicatorId))
                    .col(string_len(ProjectIndicators::Target, 40)),
                ProjectIndicators::Table,
                ProjectIndicators::ProjectId,
            ))
            .await?;
        manager
            .create_table(of_project(
                Table::create()
                    .table(AssistanceRequests::Table)
                    .col(pk_uuid(AssistanceRequests::Id))
                    .col(uuid(AssistanceRequests::ProjectId))
                    .col(string_len(AssistanceRequests::Topic, 200))
                    .col(text(AssistanceRequests::Description))
                    .col(string_len(AssistanceRequests::State, 20))
                    .col(uuid_null(AssistanceRequests::ExpertId))
                    .col(text(AssistanceRequests::Notes))
                    .col(uuid(AssistanceRequests::CreatedBy))
                    .col(timestamp_with_time_zone(AssistanceRequests::CreatedAt))
                    .col(integer(AssistanceRequests::Version))
                    .foreign_key(
                        ForeignKey::create()
                            .from(AssistanceRequests::Table, AssistanceRequests::ExpertId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    ),
                AssistanceRequests::Table,
                AssistanceRequests::ProjectId,
            ))
            .await?;
        for (name, table, column) in [
            (
                "idx_tranches_project",
                Tranches::Table.into_iden(),
                Tranches::ProjectId.into_iden(),
            ),
            (
                "idx_milestones_project",
                Milestones::Table.into_iden(),
                Milestones::ProjectId.into_iden(),
            ),
            (
                "idx_reports_project",
                Reports::Table.into_iden(),
                Reports::ProjectId.into_iden(),
            ),
            (
                "idx_projects_call",
                Projects::Table.into_iden(),
                Projects::CallId.into_iden(),
            ),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AssistanceRequests::Table.into_iden(),
            ProjectIndicators::Table.into_iden(),
            Reports::Table.into_iden(),
            MilestoneAttachments::Table.into_iden(),
            Milestones::Table.into_iden(),
            Tranches::Table.into_iden(),
            Projects::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Calls::Table)
                    .drop_column(Calls::TrancheTemplate)
                    .to_owned(),
            )
            .await
    }
}
