//! The tables of peer-learning exchanges.

/// The `exchanges` table.
pub mod exchange {
    use sea_orm::entity::prelude::*;

    /// A peer-learning exchange between a programme's funded projects.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "exchanges")]
    pub struct Model {
        /// Identifier.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The programme.
        pub programme_id: Uuid,
        /// Title.
        pub title: String,
        /// When it starts.
        pub starts_at: DateTimeUtc,
        /// The IANA time zone it is shown in.
        pub time_zone: String,
        /// Where it takes place (may be empty when online).
        pub place: String,
        /// The online link (may be empty when in person).
        pub online_link: String,
        /// The agenda.
        pub agenda: String,
        /// The outcome's notes, once recorded.
        pub outcome_notes: Option<String>,
        /// The outcome's documents, a JSON list of `{title, url}`.
        pub outcome_documents: String,
        /// When the outcome was recorded.
        pub outcome_recorded_at: Option<DateTimeUtc>,
        /// Who recorded it.
        pub outcome_recorded_by: Option<Uuid>,
        /// Who organised it.
        pub created_by: Uuid,
        /// Created at.
        pub created_at: DateTimeUtc,
        /// Last changed at.
        pub updated_at: DateTimeUtc,
        /// Optimistic-concurrency version.
        pub version: i32,
    }

    /// Relations are navigated by explicit queries in services.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// The `exchange_invitations` table.
pub mod invitation {
    use sea_orm::entity::prelude::*;

    /// A project invited to an exchange, with who its team registered and whether it took part.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "exchange_invitations")]
    pub struct Model {
        /// Identifier.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The exchange.
        pub exchange_id: Uuid,
        /// The invited project.
        pub project_id: Uuid,
        /// The names of the people attending, a JSON list of strings.
        pub attendees: String,
        /// When the team last changed them.
        pub attendees_updated_at: Option<DateTimeUtc>,
        /// Whether the project took part, as the outcome records it.
        pub attended: Option<bool>,
        /// Optimistic-concurrency version of the attendance.
        pub version: i32,
    }

    /// Relations are navigated by explicit queries in services.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
