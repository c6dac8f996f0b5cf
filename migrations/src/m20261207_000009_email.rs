//! Email delivery: the outbox's delivery state (claims, retries, failures) and read receipts for the in-app
//! inbox; each user's language and the kinds of message they turned off; password-reset links; and the mark
//! that a committee member was reminded before the review deadline.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Notifications {
    Table,
    State,
    Attempts,
    NextAttemptAt,
    LeaseUntil,
    LastError,
    ReadAt,
    Language,
    RecipientUserId,
    CreatedAt,
    SentAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Language,
}

#[derive(DeriveIden)]
enum EmailOptOuts {
    Table,
    UserId,
    Kind,
    CreatedAt,
}

#[derive(DeriveIden)]
enum PasswordResets {
    Table,
    Id,
    UserId,
    TokenHash,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum CommitteeMembers {
    Table,
    DeadlineRemindedAt,
}

/// SQLite adds one column per `ALTER TABLE`.
async fn add_column(
    manager: &SchemaManager<'_>,
    table: impl IntoIden,
    column: ColumnDef,
) -> Result<(), DbErr> {
    let mut column = column;
    manager
        .alter_table(
            Table::alter()
                .table(table)
                .add_column(&mut column)
                .to_owned(),
        )
        .await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        add_column(
            manager,
            Notifications::Table,
            string_len(Notifications::State, 16)
                .default("queued")
                .to_owned(),
        )
        .await?;
        add_column(
            manager,
            Notifications::Table,
            integer(Notifications::Attempts).default(0).to_owned(),
        )
        .await?;
        for column in [
            timestamp_with_time_zone_null(Notifications::NextAttemptAt),
            timestamp_with_time_zone_null(Notifications::LeaseUntil),
            timestamp_with_time_zone_null(Notifications::ReadAt),
        ] {
            add_column(manager, Notifications::Table, column).await?;
        }
        add_column(
            manager,
            Notifications::Table,
            text_null(Notifications::LastError),
        )
        .await?;
        add_column(
            manager,
            Notifications::Table,
            string_len_null(Notifications::Language, 16),
        )
        .await?;
        // Anything sent before this migration was delivered.
        manager
            .exec_stmt(
                Query::update()
                    .table(Notifications::Table)
                    .value(Notifications::State, "sent")
                    .and_where(Expr::col(Notifications::SentAt).is_not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_notifications_delivery")
                    .table(Notifications::Table)
                    .col(Notifications::State)
                    .col(Notifications::NextAttemptAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_notifications_recipient")
                    .table(Notifications::Table)
                    .col(Notifications::RecipientUserId)
                    .col(Notifications::CreatedAt)
                    .to_owned(),
            )
            .await?;
        add_column(
            manager,
            Users::Table,
            string_len(Users::Language, 16).default("en").to_owned(),
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(EmailOptOuts::Table)
                    .col(uuid(EmailOptOuts::UserId))
                    .col(string_len(EmailOptOuts::Kind, 80))
                    .col(timestamp_with_time_zone(EmailOptOuts::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(EmailOptOuts::UserId)
                            .col(EmailOptOuts::Kind),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(EmailOptOuts::Table, EmailOptOuts::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PasswordResets::Table)
                    .col(pk_uuid(PasswordResets::Id))
                    .col(uuid(PasswordResets::UserId))
                    .col(string_len_uniq(PasswordResets::TokenHash, 64))
                    .col(timestamp_with_time_zone(PasswordResets::CreatedAt))
                    .col(timestamp_with_time_zone(PasswordResets::ExpiresAt))
                    .col(timestamp_with_time_zone_null(PasswordResets::UsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PasswordResets::Table, PasswordResets::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        add_column(
            manager,
            CommitteeMembers::Table,
            timestamp_with_time_zone_null(CommitteeMembers::DeadlineRemindedAt),
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(PasswordResets::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(EmailOptOuts::Table).to_owned())
            .await?;
        for (table, column) in [
            (
                CommitteeMembers::Table.into_iden(),
                CommitteeMembers::DeadlineRemindedAt.into_iden(),
            ),
            (Users::Table.into_iden(), Users::Language.into_iden()),
        ] {
            manager
                .alter_table(Table::alter().table(table).drop_column(column).to_owned())
                .await?;
        }
        manager
            .drop_index(Index::drop().name("idx_notifications_recipient").to_owned())
            .await?;
        manager
            .drop_index(Index::drop().name("idx_notifications_delivery").to_owned())
            .await?;
        for column in [
            Notifications::State.into_iden(),
            Notifications::Attempts.into_iden(),
            Notifications::NextAttemptAt.into_iden(),
            Notifications::LeaseUntil.into_iden(),
            Notifications::ReadAt.into_iden(),
            Notifications::LastError.into_iden(),
            Notifications::Language.into_iden(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Notifications::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
