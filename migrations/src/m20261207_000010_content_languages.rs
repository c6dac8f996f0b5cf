//! Calls published in several languages: each programme's content languages (the first is the one its calls
//! are written in), and the translations of a call's texts into the others.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Programmes {
    Table,
    ContentLanguages,
}

#[derive(DeriveIden)]
enum Calls {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum CallTranslations {
    Table,
    CallId,
    Field,
    Language,
    Text,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // A comma-separated list of language codes, empty when the programme declares none.
        let mut languages = string_len(Programmes::ContentLanguages, 64)
            .default("")
            .to_owned();
        manager
            .alter_table(
                Table::alter()
                    .table(Programmes::Table)
                    .add_column(&mut languages)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CallTranslations::Table)
                    .col(uuid(CallTranslations::CallId))
                    .col(string_len(CallTranslations::Field, 64))
                    .col(string_len(CallTranslations::Language, 16))
                    .col(text(CallTranslations::Text))
                    .col(timestamp_with_time_zone(CallTranslations::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(CallTranslations::CallId)
                            .col(CallTranslations::Field)
                            .col(CallTranslations::Language),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(CallTranslations::Table, CallTranslations::CallId)
                            .to(Calls::Table, Calls::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(CallTranslations::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Programmes::Table)
                    .drop_column(Programmes::ContentLanguages)
                    .to_owned(),
            )
            .await
    }
}
