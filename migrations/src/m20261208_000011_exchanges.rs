//! Peer-learning exchanges: a programme's managers organise an exchange between its funded projects, each
//! invited project's team registers who attends, and the outcome (notes, actual attendance, documents) is
//! recorded afterwards.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Programmes {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Projects {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum Exchanges {
    Table,
    Id,
    ProgrammeId,
    Title,
    StartsAt,
    TimeZone,
    Place,
    OnlineLink,
    Agenda,
    OutcomeNotes,
    OutcomeDocuments,
    OutcomeRecordedAt,
    OutcomeRecordedBy,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
    Version,
}

#[derive(DeriveIden, Clone, Copy)]
enum ExchangeInvitations {
    Table,
    Id,
    ExchangeId,
    ProjectId,
    Attendees,
    AttendeesUpdatedAt,
    Attended,
    Version,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Exchanges::Table)
                    .col(pk_uuid(Exchanges::Id))
                    .col(uuid(Exchanges::ProgrammeId))
                    .col(string_len(Exchanges::Title, 200))
                    .col(timestamp_with_time_zone(Exchanges::StartsAt))
                    .col(string_len(Exchanges::TimeZone, 64))
                    .col(string_len(Exchanges::Place, 500))
                    .col(string_len(Exchanges::OnlineLink, 500))
                    .col(text(Exchanges::Agenda))
                    .col(text_null(Exchanges::OutcomeNotes))
                    // A JSON list of `{title, url}`.
                    .col(text(Exchanges::OutcomeDocuments))
                    .col(timestamp_with_time_zone_null(Exchanges::OutcomeRecordedAt))
                    .col(uuid_null(Exchanges::OutcomeRecordedBy))
                    .col(uuid(Exchanges::CreatedBy))
                    .col(timestamp_with_time_zone(Exchanges::CreatedAt))
                    .col(timestamp_with_time_zone(Exchanges::UpdatedAt))
                    .col(integer(Exchanges::Version))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Exchanges::Table, Exchanges::ProgrammeId)
                            .to(Programmes::Table, Programmes::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ExchangeInvitations::Table)
                    .col(pk_uuid(ExchangeInvitations::Id))
                    .col(uuid(ExchangeInvitations::ExchangeId))
                    .col(uuid(ExchangeInvitations::ProjectId))
                    // A JSON list of the names of the people attending.
                    .col(text(ExchangeInvitations::Attendees))
                    .col(timestamp_with_time_zone_null(
                        ExchangeInvitations::AttendeesUpdatedAt,
                    ))
                    .col(boolean_null(ExchangeInvitations::Attended))
                    .col(integer(ExchangeInvitations::Version))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ExchangeInvitations::Table, ExchangeInvitations::ExchangeId)
                            .to(Exchanges::Table, Exchanges::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ExchangeInvitations::Table, ExchangeInvitations::ProjectId)
                            .to(Projects::Table, Projects::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_exchange_invitations_unique")
                    .table(ExchangeInvitations::Table)
                    .col(ExchangeInvitations::ExchangeId)
                    .col(ExchangeInvitations::ProjectId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_exchange_invitations_project")
                    .table(ExchangeInvitations::Table)
                    .col(ExchangeInvitations::ProjectId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_exchanges_programme")
                    .table(Exchanges::Table)
                    .col(Exchanges::ProgrammeId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ExchangeInvitations::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Exchanges::Table).to_owned())
            .await
    }
}
