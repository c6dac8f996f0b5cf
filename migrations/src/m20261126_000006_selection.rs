//! Selection: the call's aggregation rules and lottery seed, consensus scores recorded by the chair,
//! managers' overrides of the proposal, and the finalised decisions with the figures they were based on.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Calls {
    Table,
    Id,
    Aggregation,
    NormaliseScores,
    DisagreementThreshold,
    LotterySeed,
    ResultsPublishedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Applications {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum ConsensusScores {
    Table,
    Id,
    CallId,
    ApplicationId,
    CriterionId,
    Score,
    Rationale,
    RecordedBy,
    RecordedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum DecisionOverrides {
    Table,
    ApplicationId,
    CallId,
    Outcome,
    Justification,
    AwardedMinor,
    UpdatedBy,
    UpdatedAt,
    Version,
}

#[derive(DeriveIden, Clone, Copy)]
enum Decisions {
    Table,
    ApplicationId,
    CallId,
    Rank,
    Total,
    Scores,
    Reviews,
    LotteryKey,
    Outcome,
    Reason,
    ProposedOutcome,
    ProposedReason,
    Justification,
    AwardedMinor,
    DecidedBy,
    DecidedAt,
}

/// The foreign keys of a selection row: its call, application and the user who wrote it.
fn owned_by(
    table: &mut TableCreateStatement,
    from: impl IntoIden + Copy + 'static,
    call: impl IntoIden + 'static,
    application: impl IntoIden + 'static,
    user: impl IntoIden + 'static,
) -> TableCreateStatement {
    table
        .foreign_key(
            ForeignKey::create()
                .from(from, call)
                .to(Calls::Table, Calls::Id)
                .on_delete(ForeignKeyAction::Cascade),
        )
        .foreign_key(
            ForeignKey::create()
                .from(from, application)
                .to(Applications::Table, Applications::Id)
                .on_delete(ForeignKeyAction::Cascade),
        )
        .foreign_key(
            ForeignKey::create()
                .from(from, user)
                .to(Users::Table, Users::Id)
                .on_delete(ForeignKeyAction::Restrict),
        )
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE.
        for column in [
            string_len(Calls::Aggregation, 10)
                .default("mean")
                .to_owned(),
            boolean(Calls::NormaliseScores).default(false).to_owned(),
            string_len_null(Calls::DisagreementThreshold, 40),
            string_len_null(Calls::LotterySeed, 64),
            timestamp_with_time_zone_null(Calls::ResultsPublishedAt),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Calls::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(owned_by(
                Table::create()
                    .table(ConsensusScores::Table)
                    .col(pk_uuid(ConsensusScores::Id))
                    .col(uuid(ConsensusScores::CallId))
                    .col(uuid(ConsensusScores::ApplicationId))
                    .col(uuid(ConsensusScores::CriterionId))
                    .col(integer(ConsensusScores::Score))
                    .col(text(ConsensusScores::Rationale))
                    .col(uuid(ConsensusScores::RecordedBy))
                    .col(timestamp_with_time_zone(ConsensusScores::RecordedAt)),
                ConsensusScores::Table,
                ConsensusScores::CallId,
                ConsensusScores::ApplicationId,
                ConsensusScores::RecordedBy,
            ))
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_consensus_application_criterion")
                    .table(ConsensusScores::Table)
                    .col(ConsensusScores::ApplicationId)
                    .col(ConsensusScores::CriterionId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(owned_by(
                Table::create()
                    .table(DecisionOverrides::Table)
                    .col(pk_uuid(DecisionOverrides::ApplicationId))
                    .col(uuid(DecisionOverrides::CallId))
                    .col(string_len_null(DecisionOverrides::Outcome, 20))
                    .col(text_null(DecisionOverrides::Justification))
                    .col(big_integer_null(DecisionOverrides::AwardedMinor))
                    .col(uuid(DecisionOverrides::UpdatedBy))
                    .col(timestamp_with_time_zone(DecisionOverrides::UpdatedAt))
                    .col(integer(DecisionOverrides::Version)),
                DecisionOverrides::Table,
                DecisionOverrides::CallId,
                DecisionOverrides::ApplicationId,
                DecisionOverrides::UpdatedBy,
            ))
            .await?;
        manager
            .create_table(owned_by(
                Table::create()
                    .table(Decisions::Table)
                    .col(pk_uuid(Decisions::ApplicationId))
                    .col(uuid(Decisions::CallId))
                    .col(integer_null(Decisions::Rank))
                    .col(string_len_null(Decisions::Total, 40))
                    .col(text(Decisions::Scores))
                    .col(integer(Decisions::Reviews))
                    .col(string_len_null(Decisions::LotteryKey, 64))
                    .col(string_len(Decisions::Outcome, 20))
                    .col(string_len(Decisions::Reason, 30))
                    .col(string_len(Decisions::ProposedOutcome, 20))
                    .col(string_len(Decisions::ProposedReason, 30))
                    .col(text_null(Decisions::Justification))
                    .col(big_integer_null(Decisions::AwardedMinor))
                    .col(uuid(Decisions::DecidedBy))
                    .col(timestamp_with_time_zone(Decisions::DecidedAt)),
                Decisions::Table,
                Decisions::CallId,
                Decisions::ApplicationId,
                Decisions::DecidedBy,
            ))
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_decisions_call")
                    .table(Decisions::Table)
                    .col(Decisions::CallId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Decisions::Table.into_iden(),
            DecisionOverrides::Table.into_iden(),
            ConsensusScores::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        for column in [
            Calls::ResultsPublishedAt.into_iden(),
            Calls::LotterySeed.into_iden(),
            Calls::DisagreementThreshold.into_iden(),
            Calls::NormaliseScores.into_iden(),
            Calls::Aggregation.into_iden(),
        ] {
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
