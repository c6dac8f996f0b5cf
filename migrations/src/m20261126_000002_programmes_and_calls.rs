//! Programmes and their calls: criteria, custom questions, indicators, and the prerequisites a programme
//! records about organisations. Money is in minor units; weights and scores are exact decimal strings.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

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

#[derive(DeriveIden)]
enum Programmes {
    Table,
    Id,
    Name,
    Description,
    AgencyId,
    Currency,
    ReportingCadenceMonths,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum PrerequisiteKinds {
    Table,
    Id,
    ProgrammeId,
    Name,
    Description,
    CreatedAt,
}

#[derive(DeriveIden)]
enum PrerequisiteRecords {
    Table,
    Id,
    PrerequisiteKindId,
    OrganisationId,
    AchievedOn,
    Evidence,
    RecordedBy,
    RecordedAt,
}

#[derive(DeriveIden)]
enum Calls {
    Table,
    Id,
    ProgrammeId,
    Code,
    Title,
    Description,
    State,
    OpensAt,
    ClosesAt,
    TimeZone,
    TotalBudgetMinor,
    MinAwardMinor,
    MaxAwardMinor,
    MaxAwards,
    MinReviews,
    MinTotalScore,
    TieBreak,
    Quotas,
    EligibilityRules,
    ReportingCadenceMonths,
    ClonedFrom,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Criteria {
    Table,
    Id,
    CallId,
    Position,
    Title,
    Guidance,
    Weight,
    MaxScore,
    MinScore,
}

#[derive(DeriveIden)]
enum CallQuestions {
    Table,
    Id,
    CallId,
    Position,
    Prompt,
    Help,
    Kind,
    Required,
    MaxLength,
    MinNumber,
    MaxNumber,
    Choices,
}

#[derive(DeriveIden)]
enum CallIndicators {
    Table,
    Id,
    CallId,
    Position,
    Name,
    Unit,
}

/// A child row of a call goes with its call.
fn belongs_to_call(table: impl IntoIden, column: impl IntoIden) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, column)
        .to(Calls::Table, Calls::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Programmes::Table)
                    .col(pk_uuid(Programmes::Id))
                    .col(string(Programmes::Name))
                    .col(text(Programmes::Description))
                    .col(uuid(Programmes::AgencyId))
                    .col(string_len(Programmes::Currency, 3))
                    .col(integer(Programmes::ReportingCadenceMonths))
                    .col(integer(Programmes::Version))
                    .col(timestamp_with_time_zone(Programmes::CreatedAt))
                    .col(timestamp_with_time_zone(Programmes::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Programmes::Table, Programmes::AgencyId)
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(PrerequisiteKinds::Table)
                    .col(pk_uuid(PrerequisiteKinds::Id))
                    .col(uuid(PrerequisiteKinds::ProgrammeId))
                    .col(string(PrerequisiteKinds::Name))
                    .col(text(PrerequisiteKinds::Description))
                    .col(timestamp_with_time_zone(PrerequisiteKinds::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PrerequisiteKinds::Table, PrerequisiteKinds::ProgrammeId)
                            .to(Programmes::Table, Programmes::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_prerequisite_kinds_programme_name")
                    .table(PrerequisiteKinds::Table)
                    .col(PrerequisiteKinds::ProgrammeId)
                    .col(PrerequisiteKinds::Name)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(PrerequisiteRecords::Table)
                    .col(pk_uuid(PrerequisiteRecords::Id))
                    .col(uuid(PrerequisiteRecords::PrerequisiteKindId))
                    .col(uuid(PrerequisiteRecords::OrganisationId))
                    .col(date(PrerequisiteRecords::AchievedOn))
                    .col(text(PrerequisiteRecords::Evidence))
                    .col(uuid(PrerequisiteRecords::RecordedBy))
                    .col(timestamp_with_time_zone(PrerequisiteRecords::RecordedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                PrerequisiteRecords::Table,
                                PrerequisiteRecords::PrerequisiteKindId,
                            )
                            .to(PrerequisiteKinds::Table, PrerequisiteKinds::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                PrerequisiteRecords::Table,
                                PrerequisiteRecords::OrganisationId,
                            )
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PrerequisiteRecords::Table, PrerequisiteRecords::RecordedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_prerequisite_records_kind_organisation")
                    .table(PrerequisiteRecords::Table)
                    .col(PrerequisiteRecords::PrerequisiteKindId)
                    .col(PrerequisiteRecords::OrganisationId)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Calls::Table)
                    .col(pk_uuid(Calls::Id))
                    .col(uuid(Calls::ProgrammeId))
                    .col(string_len(Calls::Code, 12))
                    .col(string(Calls::Title))
                    .col(text(Calls::Description))
                    .col(string_len(Calls::State, 20))
                    .col(timestamp_with_time_zone(Calls::OpensAt))
                    .col(timestamp_with_time_zone(Calls::ClosesAt))
                    .col(string_len(Calls::TimeZone, 64))
                    .col(big_integer(Calls::TotalBudgetMinor))
                    .col(big_integer(Calls::MinAwardMinor))
                    .col(big_integer(Calls::MaxAwardMinor))
                    .col(integer(Calls::MaxAwards))
                    .col(integer(Calls::MinReviews))
                    .col(string_len_null(Calls::MinTotalScore, 40))
                    .col(text(Calls::TieBreak))
                    .col(text(Calls::Quotas))
                    .col(text(Calls::EligibilityRules))
                    .col(integer(Calls::ReportingCadenceMonths))
                    .col(uuid_null(Calls::ClonedFrom))
                    .col(integer(Calls::Version))
                    .col(timestamp_with_time_zone(Calls::CreatedAt))
                    .col(timestamp_with_time_zone(Calls::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Calls::Table, Calls::ProgrammeId)
                            .to(Programmes::Table, Programmes::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_calls_state_closes")
                    .table(Calls::Table)
                    .col(Calls::State)
                    .col(Calls::ClosesAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Criteria::Table)
                    .col(pk_uuid(Criteria::Id))
                    .col(uuid(Criteria::CallId))
                    .col(integer(Criteria::Position))
                    .col(string(Criteria::Title))
                    .col(text(Criteria::Guidance))
                    .col(string_len(Criteria::Weight, 40))
                    .col(integer(Criteria::MaxScore))
                    .col(integer_null(Criteria::MinScore))
                    .foreign_key(&mut belongs_to_call(Criteria::Table, Criteria::CallId))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(CallQuestions::Table)
                    .col(pk_uuid(CallQuestions::Id))
                    .col(uuid(CallQuestions::CallId))
                    .col(integer(CallQuestions::Position))
                    .col(text(CallQuestions::Prompt))
                    .col(text(CallQuestions::Help))
                    .col(string_len(CallQuestions::Kind, 20))
                    .col(boolean(CallQuestions::Required))
                    .col(integer_null(CallQuestions::MaxLength))
                    .col(string_len_null(CallQuestions::MinNumber, 40))
                    .col(string_len_null(CallQuestions::MaxNumber, 40))
                    .col(text(CallQuestions::Choices))
                    .foreign_key(&mut belongs_to_call(
                        CallQuestions::Table,
                        CallQuestions::CallId,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(CallIndicators::Table)
                    .col(pk_uuid(CallIndicators::Id))
                    .col(uuid(CallIndicators::CallId))
                    .col(integer(CallIndicators::Position))
                    .col(string(CallIndicators::Name))
                    .col(string(CallIndicators::Unit))
                    .foreign_key(&mut belongs_to_call(
                        CallIndicators::Table,
                        CallIndicators::CallId,
                    ))
                    .to_owned(),
            )
            .await?;
        for (name, table, column) in [
            (
                "idx_criteria_call",
                Criteria::Table.into_iden(),
                Criteria::CallId.into_iden(),
            ),
            (
                "idx_call_questions_call",
                CallQuestions::Table.into_iden(),
                CallQuestions::CallId.into_iden(),
            ),
            (
                "idx_call_indicators_call",
                CallIndicators::Table.into_iden(),
                CallIndicators::CallId.into_iden(),
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
            CallIndicators::Table.into_iden(),
            CallQuestions::Table.into_iden(),
            Criteria::Table.into_iden(),
            Calls::Table.into_iden(),
            PrerequisiteRecords::Table.into_iden(),
            PrerequisiteKinds::Table.into_iden(),
            Programmes::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
