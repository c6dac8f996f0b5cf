//! The `prerequisite_kinds` and `prerequisite_records` tables.

/// What a programme can require of an organisation.
pub mod kind {
    use sea_orm::entity::prelude::*;

    /// A prerequisite kind, e.g. "Completed the open government training".
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "prerequisite_kinds")]
    pub struct Model {
        /// Identifier.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The programme that defines it.
        pub programme_id: Uuid,
        /// Name, unique within the programme.
        pub name: String,
        /// What counts as done.
        pub description: String,
        /// Created at.
        pub created_at: DateTimeUtc,
    }

    /// Relations are navigated by explicit queries in services.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// That an organisation has met a prerequisite.
pub mod record {
    use sea_orm::entity::prelude::*;

    /// A recorded prerequisite.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "prerequisite_records")]
    pub struct Model {
        /// Identifier.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// Which prerequisite.
        pub prerequisite_kind_id: Uuid,
        /// Which organisation.
        pub organisation_id: Uuid,
        /// When it was met.
        pub achieved_on: Date,
        /// The evidence, e.g. "certificate no. 42" or a council resolution.
        pub evidence: String,
        /// Who recorded it.
        pub recorded_by: Uuid,
        /// When it was recorded.
        pub recorded_at: DateTimeUtc,
    }

    /// Relations are navigated by explicit queries in services.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
