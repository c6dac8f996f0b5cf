//! The JSON shapes of the API: what clients send and receive. Conversions from domain types live here so
//! that handlers stay one-liners.

use chrono::{DateTime, Utc};
use domain::accounts::{ApiToken, Invitation, User};
use domain::audit::AuditEntry;
use domain::organisations::Organisation;
use domain::{Page, PageRequest};
use poem_openapi::{Enum, Object};
use uuid::Uuid;

/// A role a user may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[oai(rename_all = "snake_case")]
pub enum RoleName {
    /// Administers users and roles.
    Admin,
    /// Runs programmes and calls, verifies organisations.
    Manager,
    /// Scores applications on selection committees.
    Reviewer,
    /// Applies on behalf of an organisation.
    Applicant,
}

impl From<domain::Role> for RoleName {
    fn from(role: domain::Role) -> Self {
        match role {
            domain::Role::Admin => RoleName::Admin,
            domain::Role::Manager => RoleName::Manager,
            domain::Role::Reviewer => RoleName::Reviewer,
            domain::Role::Applicant => RoleName::Applicant,
        }
    }
}

/// A user account.
#[derive(Debug, Clone, Object)]
pub struct UserOut {
    /// Identifier.
    pub id: Uuid,
    /// Email address.
    pub email: String,
    /// Display name.
    pub name: String,
    /// The organisation the user acts for.
    pub organisation_id: Option<Uuid>,
    /// Roles.
    pub roles: Vec<RoleName>,
    /// Whether the user may sign in.
    pub active: bool,
    /// Send it back when editing; a stale version gets 409.
    pub version: i32,
    /// Created at.
    pub created_at: DateTime<Utc>,
}

impl From<User> for UserOut {
    fn from(user: User) -> Self {
        UserOut {
            id: user.id,
            email: user.email,
            name: user.name,
            organisation_id: user.organisation_id,
            roles: user.roles.into_iter().map(RoleName::from).collect(),
            active: user.active,
            version: user.version,
            created_at: user.created_at,
        }
    }
}

/// An organisation: a local government, a partner or an agency.
#[derive(Debug, Clone, Object)]
pub struct OrganisationOut {
    /// Identifier.
    pub id: Uuid,
    /// Official name.
    pub name: String,
    /// national_agency, region, province, state, department, county, municipality,
    /// association_of_municipalities, civil_society, academia, private or international.
    pub kind: String,
    /// ISO 3166-1 alpha-2 country.
    pub country: String,
    /// ISO 3166-2 subdivision.
    pub subdivision: Option<String>,
    /// Parent organisation.
    pub parent_id: Option<Uuid>,
    /// Population.
    pub population: Option<i64>,
    /// National registry code.
    pub official_code: Option<String>,
    /// Whether a programme manager has verified it.
    pub verified: bool,
    /// When it was verified.
    pub verified_at: Option<DateTime<Utc>>,
    /// Send it back when editing; a stale version gets 409.
    pub version: i32,
    /// Created at.
    pub created_at: DateTime<Utc>,
}

impl From<Organisation> for OrganisationOut {
    fn from(o: Organisation) -> Self {
        OrganisationOut {
            id: o.id,
            name: o.name,
            kind: o.kind,
            country: o.country,
            subdivision: o.subdivision,
            parent_id: o.parent_id,
            population: o.population,
            official_code: o.official_code,
            verified: o.verified_at.is_some(),
            verified_at: o.verified_at,
            version: o.version,
            created_at: o.created_at,
        }
    }
}

/// The fields of an organisation.
#[derive(Debug, Clone, Object)]
pub struct OrganisationIn {
    /// Official name.
    #[oai(validator(max_length = 200))]
    pub name: String,
    /// national_agency, region, province, state, department, county, municipality,
    /// association_of_municipalities, civil_society, academia, private or international.
    #[oai(validator(max_length = 100))]
    pub kind: String,
    /// ISO 3166-1 alpha-2 country, e.g. `TN`.
    #[oai(validator(max_length = 2))]
    pub country: String,
    /// ISO 3166-2 subdivision, e.g. `TN-11`.
    #[oai(validator(max_length = 10))]
    pub subdivision: Option<String>,
    /// Parent organisation.
    pub parent_id: Option<Uuid>,
    /// Population.
    #[oai(validator(maximum(value = "10000000000"), minimum(value = "0")))]
    pub population: Option<i64>,
    /// National registry code.
    #[oai(validator(max_length = 100))]
    pub official_code: Option<String>,
}

impl From<OrganisationIn> for domain::organisations::OrganisationInput {
    fn from(o: OrganisationIn) -> Self {
        domain::organisations::OrganisationInput {
            name: o.name,
            kind: o.kind,
            country: o.country,
            subdivision: o.subdivision,
            parent_id: o.parent_id,
            population: o.population,
            official_code: o.official_code,
        }
    }
}

/// An API token, without its secret.
#[derive(Debug, Clone, Object)]
pub struct TokenOut {
    /// Identifier.
    pub id: Uuid,
    /// Name.
    pub name: String,
    /// The secret's first characters.
    pub prefix: String,
    /// Created at.
    pub created_at: DateTime<Utc>,
    /// Last used at (to the minute).
    pub last_used_at: Option<DateTime<Utc>>,
    /// Revoked at.
    pub revoked_at: Option<DateTime<Utc>>,
}

impl From<ApiToken> for TokenOut {
    fn from(t: ApiToken) -> Self {
        TokenOut {
            id: t.id,
            name: t.name,
            prefix: t.prefix,
            created_at: t.created_at,
            last_used_at: t.last_used_at,
            revoked_at: t.revoked_at,
        }
    }
}

/// A new API token with its secret, shown this once.
#[derive(Debug, Clone, Object)]
pub struct CreatedToken {
    /// The token.
    pub token: TokenOut,
    /// The secret to send as `Authorization: Bearer <secret>`. It is not stored and cannot be shown again.
    pub secret: String,
}

/// An invitation to join an organisation.
#[derive(Debug, Clone, Object)]
pub struct InvitationOut {
    /// Identifier.
    pub id: Uuid,
    /// The organisation to join.
    pub organisation_id: Uuid,
    /// Who is invited.
    pub email: String,
    /// Created at.
    pub created_at: DateTime<Utc>,
    /// Expires at.
    pub expires_at: DateTime<Utc>,
    /// Accepted at.
    pub accepted_at: Option<DateTime<Utc>>,
}

impl From<Invitation> for InvitationOut {
    fn from(i: Invitation) -> Self {
        InvitationOut {
            id: i.id,
            organisation_id: i.organisation_id,
            email: i.email,
            created_at: i.created_at,
            expires_at: i.expires_at,
            accepted_at: i.accepted_at,
        }
    }
}

/// One audit entry.
#[derive(Debug, Clone, Object)]
pub struct AuditEntryOut {
    /// Sequence number; higher is later.
    pub id: i32,
    /// When.
    pub at: DateTime<Utc>,
    /// The acting user, if any.
    pub actor_id: Option<Uuid>,
    /// The actor as recorded.
    pub actor_label: String,
    /// What was done, e.g. `organisation.verified`.
    pub action: String,
    /// The kind of subject.
    pub subject_type: String,
    /// The subject's identifier.
    pub subject_id: String,
    /// What changed.
    pub summary: String,
}

impl From<AuditEntry> for AuditEntryOut {
    fn from(e: AuditEntry) -> Self {
        AuditEntryOut {
            id: e.id,
            at: e.at,
            actor_id: e.actor_id,
            actor_label: e.actor_label,
            action: e.action,
            subject_type: e.subject_type,
            subject_id: e.subject_id,
            summary: e.summary,
        }
    }
}

/// Defines a page type of a list (poem-openapi objects cannot be generic without naming each instance).
macro_rules! page_type {
    ($name:ident, $item:ty, $doc:literal) => {
        #[doc = $doc]
        #[derive(Debug, Clone, Object)]
        pub struct $name {
            /// The items on this page.
            pub items: Vec<$item>,
            /// How many items the whole list has.
            pub total: u64,
            /// This page's number, from 1.
            pub page: u64,
            /// The page size.
            pub limit: u64,
        }

        impl<T: Into<$item>> From<Page<T>> for $name {
            fn from(page: Page<T>) -> Self {
                $name {
                    items: page.items.into_iter().map(Into::into).collect(),
                    total: page.total,
                    page: page.page,
                    limit: page.limit,
                }
            }
        }
    };
}

page_type!(UserPage, UserOut, "A page of users.");
page_type!(
    OrganisationPage,
    OrganisationOut,
    "A page of organisations."
);
page_type!(
    ApplicationPage,
    crate::applications::ApplicationSummaryOut,
    "A page of applications."
);
page_type!(
    OutboxPage,
    crate::notifications::OutboxEntryOut,
    "A page of the outbox, newest first."
);
page_type!(
    AuditPage,
    AuditEntryOut,
    "A page of audit entries, newest first."
);

/// The page a client asked for (`page` from 1, `limit` up to 200).
pub fn page_request(page: Option<u64>, limit: Option<u64>) -> PageRequest {
    PageRequest::new(page, limit)
}

/// A count for a JSON body (counts in responses are `u32`; none comes near its limit).
pub fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
