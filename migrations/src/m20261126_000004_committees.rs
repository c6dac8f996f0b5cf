//! Selection committees: one per call, with its composition rule (JSON) and version, and its members (users
//! with a sector and a role).

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
enum Committees {
    Table,
    CallId,
    Rule,
    Version,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CommitteeMembers {
    Table,
    Id,
    CallId,
    UserId,
    Sector,
    Role,
    AddedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Committees::Table)
                    .col(uuid(Committees::CallId).primary_key())
                    .col(text(Committees::Rule))
                    .col(integer(Committees::Version))
                    .col(timestamp_with_time_zone(Committees::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Committees::Table, Committees::CallId)
                            .to(Calls::Table, Calls::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CommitteeMembers::Table)
                    .col(pk_uuid(CommitteeMembers::Id))
                    .col(uuid(CommitteeMembers::CallId))
                    .col(uuid(CommitteeMembers::UserId))
                    .col(string_len(CommitteeMembers::Sector, 40))
                    .col(string_len(CommitteeMembers::Role, 20))
                    .col(timestamp_with_time_zone(CommitteeMembers::AddedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(CommitteeMembers::Table, CommitteeMembers::CallId)
                            .to(Committees::Table, Committees::CallId)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(CommitteeMembers::Table, CommitteeMembers::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        // A person sits once on a committee.
        manager
            .create_index(
                Index::create()
                    .name("idx_committee_members_call_user")
                    .table(CommitteeMembers::Table)
                    .col(CommitteeMembers::CallId)
                    .col(CommitteeMembers::UserId)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            CommitteeMembers::Table.into_iden(),
            Committees::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
