//! Reviewing: conflicts of interest (automatic or declared, then confirmed or waived), assignments of
//! committee members to applications, score sheets (scores per criterion as JSON), and the committee's review
//! deadline.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Calls {
    Table,
    Id,
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

#[derive(DeriveIden)]
enum Committees {
    Table,
    ReviewDeadline,
}

#[derive(DeriveIden, Clone, Copy)]
enum Conflicts {
    Table,
    Id,
    CallId,
    ApplicationId,
    UserId,
    Source,
    Kind,
    Note,
    Status,
    DecidedBy,
    DecisionReason,
    DecidedAt,
    CreatedAt,
    Version,
}

#[derive(DeriveIden, Clone, Copy)]
enum Assignments {
    Table,
    Id,
    CallId,
    ApplicationId,
    UserId,
    Source,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Reviews {
    Table,
    Id,
    CallId,
    ApplicationId,
    UserId,
    State,
    Scores,
    OverallComment,
    Recommendation,
    Revision,
    SubmittedAt,
    Version,
    CreatedAt,
    UpdatedAt,
}

/// The foreign keys every reviewing row has: its call, application and member.
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

/// One row per member and application.
fn unique_pair(
    name: &str,
    table: impl IntoIden + 'static,
    application: impl IntoIden + 'static,
    user: impl IntoIden + 'static,
) -> IndexCreateStatement {
    Index::create()
        .name(name)
        .table(table)
        .col(application)
        .col(user)
        .unique()
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Committees::Table)
                    .add_column(timestamp_with_time_zone_null(Committees::ReviewDeadline))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(owned_by(
                Table::create()
                    .table(Conflicts::Table)
                    .col(pk_uuid(Conflicts::Id))
                    .col(uuid(Conflicts::CallId))
                    .col(uuid(Conflicts::ApplicationId))
                    .col(uuid(Conflicts::UserId))
                    .col(string_len(Conflicts::Source, 20))
                    .col(string_len(Conflicts::Kind, 20))
                    .col(text(Conflicts::Note))
                    .col(string_len(Conflicts::Status, 20))
                    .col(uuid_null(Conflicts::DecidedBy))
                    .col(text_null(Conflicts::DecisionReason))
                    .col(timestamp_with_time_zone_null(Conflicts::DecidedAt))
                    .col(timestamp_with_time_zone(Conflicts::CreatedAt))
                    .col(integer(Conflicts::Version)),
                Conflicts::Table,
                Conflicts::CallId,
                Conflicts::ApplicationId,
                Conflicts::UserId,
            ))
            .await?;
        manager
            .create_index(unique_pair(
                "idx_conflicts_application_user",
                Conflicts::Table,
                Conflicts::ApplicationId,
                Conflicts::UserId,
            ))
            .await?;
        manager
            .create_table(owned_by(
                Table::create()
                    .table(Assignments::Table)
                    .col(pk_uuid(Assignments::Id))
                    .col(uuid(Assignments::CallId))
                    .col(uuid(Assignments::ApplicationId))
                    .col(uuid(Assignments::UserId))
                    .col(string_len(Assignments::Source, 20))
                    .col(timestamp_with_time_zone(Assignments::CreatedAt)),
                Assignments::Table,
                Assignments::CallId,
                Assignments::ApplicationId,
                Assignments::UserId,
            ))
            .await?;
        manager
            .create_index(unique_pair(
                "idx_assignments_application_user",
                Assignments::Table,
                Assignments::ApplicationId,
                Assignments::UserId,
            ))
            .await?;
        manager
            .create_table(owned_by(
                Table::create()
                    .table(Reviews::Table)
                    .col(pk_uuid(Reviews::Id))
                    .col(uuid(Reviews::CallId))
                    .col(uuid(Reviews::ApplicationId))
                    .col(uuid(Reviews::UserId))
                    .col(string_len(Reviews::State, 20))
                    .col(text(Reviews::Scores))
                    .col(text(Reviews::OverallComment))
                    .col(string_len_null(Reviews::Recommendation, 30))
                    .col(integer(Reviews::Revision))
                    .col(timestamp_with_time_zone_null(Reviews::SubmittedAt))
                    .col(integer(Reviews::Version))
                    .col(timestamp_with_time_zone(Reviews::CreatedAt))
                    .col(timestamp_with_time_zone(Reviews::UpdatedAt)),
                Reviews::Table,
                Reviews::CallId,
                Reviews::ApplicationId,
                Reviews::UserId,
            ))
            .await?;
        manager
            .create_index(unique_pair(
                "idx_reviews_application_user",
                Reviews::Table,
                Reviews::ApplicationId,
                Reviews::UserId,
            ))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Reviews::Table.into_iden(),
            Assignments::Table.into_iden(),
            Conflicts::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Committees::Table)
                    .drop_column(Committees::ReviewDeadline)
                    .to_owned(),
            )
            .await
    }
}
