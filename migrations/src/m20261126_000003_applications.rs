//! Applications to calls: the draft content, partners, budget lines, attachments (metadata; the files live in
//! the data directory, named by their SHA-256), the snapshot taken at submission, and the notification outbox.
//! Reference numbers are drawn from one counter per `<CODE>-<YEAR>` prefix, so that they are unique across
//! calls even when two calls share a code.

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
enum Calls {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ReferenceCounters {
    Table,
    Prefix,
    LastNumber,
}

#[derive(DeriveIden)]
enum Applications {
    Table,
    Id,
    CallId,
    LeadOrganisationId,
    State,
    Reference,
    Title,
    Summary,
    Problem,
    Objectives,
    ParticipationPlan,
    Answers,
    RequestedMinor,
    CoFundingMinor,
    ScreeningReason,
    ScreenedBy,
    ScreenedAt,
    SubmittedAt,
    WithdrawnAt,
    CreatedBy,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ApplicationPartners {
    Table,
    Id,
    ApplicationId,
    OrganisationId,
    Role,
    AddedAt,
}

#[derive(DeriveIden)]
enum BudgetLines {
    Table,
    Id,
    ApplicationId,
    Position,
    Category,
    Description,
    AmountMinor,
}

#[derive(DeriveIden)]
enum ApplicationAttachments {
    Table,
    Id,
    ApplicationId,
    QuestionId,
    FileName,
    MediaType,
    SizeBytes,
    Sha256,
    UploadedBy,
    UploadedAt,
}

#[derive(DeriveIden)]
enum Submissions {
    Table,
    Id,
    ApplicationId,
    Reference,
    Snapshot,
    SubmittedBy,
    SubmittedAt,
}

#[derive(DeriveIden)]
enum Notifications {
    Table,
    Id,
    RecipientUserId,
    RecipientEmail,
    Kind,
    Payload,
    CreatedAt,
    SentAt,
}

/// A child row of an application goes with its application.
fn belongs_to_application(
    table: impl IntoIden,
    column: impl IntoIden,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, column)
        .to(Applications::Table, Applications::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

/// A row that names a user keeps that user.
fn refers_to_user(table: impl IntoIden, column: impl IntoIden) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, column)
        .to(Users::Table, Users::Id)
        .on_delete(ForeignKeyAction::Restrict)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ReferenceCounters::Table)
                    .col(string_len(ReferenceCounters::Prefix, 40).primary_key())
                    .col(integer(ReferenceCounters::LastNumber))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Applications::Table)
                    .col(pk_uuid(Applications::Id))
                    .col(uuid(Applications::CallId))
                    .col(uuid(Applications::LeadOrganisationId))
                    .col(string_len(Applications::State, 20))
                    .col(string_len_null(Applications::Reference, 40))
                    .col(text(Applications::Title))
                    .col(text(Applications::Summary))
                    .col(text(Applications::Problem))
                    .col(text(Applications::Objectives))
                    .col(text(Applications::ParticipationPlan))
                    .col(text(Applications::Answers))
                    .col(big_integer(Applications::RequestedMinor))
                    .col(big_integer(Applications::CoFundingMinor))
                    .col(text_null(Applications::ScreeningReason))
                    .col(uuid_null(Applications::ScreenedBy))
                    .col(timestamp_with_time_zone_null(Applications::ScreenedAt))
                    .col(timestamp_with_time_zone_null(Applications::SubmittedAt))
                    .col(timestamp_with_time_zone_null(Applications::WithdrawnAt))
                    .col(uuid(Applications::CreatedBy))
                    .col(integer(Applications::Version))
                    .col(timestamp_with_time_zone(Applications::CreatedAt))
                    .col(timestamp_with_time_zone(Applications::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Applications::Table, Applications::CallId)
                            .to(Calls::Table, Calls::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Applications::Table, Applications::LeadOrganisationId)
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(&mut refers_to_user(
                        Applications::Table,
                        Applications::CreatedBy,
                    ))
                    .foreign_key(&mut refers_to_user(
                        Applications::Table,
                        Applications::ScreenedBy,
                    ))
                    .to_owned(),
            )
            .await?;
        // One application per lead organisation per call; references are unique across the platform.
        manager
            .create_index(
                Index::create()
                    .name("idx_applications_call_lead")
                    .table(Applications::Table)
                    .col(Applications::CallId)
                    .col(Applications::LeadOrganisationId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_applications_reference")
                    .table(Applications::Table)
                    .col(Applications::Reference)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ApplicationPartners::Table)
                    .col(pk_uuid(ApplicationPartners::Id))
                    .col(uuid(ApplicationPartners::ApplicationId))
                    .col(uuid(ApplicationPartners::OrganisationId))
                    .col(string_len(ApplicationPartners::Role, 200))
                    .col(timestamp_with_time_zone(ApplicationPartners::AddedAt))
                    .foreign_key(&mut belongs_to_application(
                        ApplicationPartners::Table,
                        ApplicationPartners::ApplicationId,
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                ApplicationPartners::Table,
                                ApplicationPartners::OrganisationId,
                            )
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_application_partners_unique")
                    .table(ApplicationPartners::Table)
                    .col(ApplicationPartners::ApplicationId)
                    .col(ApplicationPartners::OrganisationId)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(BudgetLines::Table)
                    .col(pk_uuid(BudgetLines::Id))
                    .col(uuid(BudgetLines::ApplicationId))
                    .col(integer(BudgetLines::Position))
                    .col(string_len(BudgetLines::Category, 200))
                    .col(text(BudgetLines::Description))
                    .col(big_integer(BudgetLines::AmountMinor))
                    .foreign_key(&mut belongs_to_application(
                        BudgetLines::Table,
                        BudgetLines::ApplicationId,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ApplicationAttachments::Table)
                    .col(pk_uuid(ApplicationAttachments::Id))
                    .col(uuid(ApplicationAttachments::ApplicationId))
                    .col(uuid_null(ApplicationAttachments::QuestionId))
                    .col(string_len(ApplicationAttachments::FileName, 255))
                    .col(string_len(ApplicationAttachments::MediaType, 120))
                    .col(big_integer(ApplicationAttachments::SizeBytes))
                    .col(string_len(ApplicationAttachments::Sha256, 64))
                    .col(uuid(ApplicationAttachments::UploadedBy))
                    .col(timestamp_with_time_zone(ApplicationAttachments::UploadedAt))
                    .foreign_key(&mut belongs_to_application(
                        ApplicationAttachments::Table,
                        ApplicationAttachments::ApplicationId,
                    ))
                    .foreign_key(&mut refers_to_user(
                        ApplicationAttachments::Table,
                        ApplicationAttachments::UploadedBy,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_application_attachments_sha256")
                    .table(ApplicationAttachments::Table)
                    .col(ApplicationAttachments::Sha256)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Submissions::Table)
                    .col(pk_uuid(Submissions::Id))
                    .col(uuid(Submissions::ApplicationId))
                    .col(string_len(Submissions::Reference, 40))
                    .col(text(Submissions::Snapshot))
                    .col(uuid(Submissions::SubmittedBy))
                    .col(timestamp_with_time_zone(Submissions::SubmittedAt))
                    .foreign_key(&mut belongs_to_application(
                        Submissions::Table,
                        Submissions::ApplicationId,
                    ))
                    .foreign_key(&mut refers_to_user(
                        Submissions::Table,
                        Submissions::SubmittedBy,
                    ))
                    .to_owned(),
            )
            .await?;
        // One submission per application: a second submit finds this row instead of adding one.
        manager
            .create_index(
                Index::create()
                    .name("idx_submissions_application")
                    .table(Submissions::Table)
                    .col(Submissions::ApplicationId)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Notifications::Table)
                    .col(pk_uuid(Notifications::Id))
                    .col(uuid_null(Notifications::RecipientUserId))
                    .col(string(Notifications::RecipientEmail))
                    .col(string_len(Notifications::Kind, 80))
                    .col(text(Notifications::Payload))
                    .col(timestamp_with_time_zone(Notifications::CreatedAt))
                    .col(timestamp_with_time_zone_null(Notifications::SentAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Notifications::Table, Notifications::RecipientUserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Notifications::Table.into_iden(),
            Submissions::Table.into_iden(),
            ApplicationAttachments::Table.into_iden(),
            BudgetLines::Table.into_iden(),
            ApplicationPartners::Table.into_iden(),
            Applications::Table.into_iden(),
            ReferenceCounters::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
