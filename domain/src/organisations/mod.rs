//! Organisations: the local governments that apply, their civil-society partners and the national agencies
//! that run programmes.
//!
//! Owns the organisation kinds, the validation of a new or edited organisation, verification by a programme
//! manager, and who may see or change an organisation. It does not know about users' credentials (see
//! `accounts`).

pub mod entity;
pub mod geography;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    IntoActiveModel, QueryFilter, QueryOrder, Set,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::audit::{self, Subject};
use crate::error::Validator;
use crate::{Actor, Error, Message, Page, PageRequest, Result, Role, db};

pub use entity::Model as Organisation;
pub use geography::Country;

/// What kind of body an organisation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    /// The agency that runs a national programme.
    NationalAgency,
    /// A region.
    Region,
    /// A province.
    Province,
    /// A state of a federation.
    State,
    /// A department.
    Department,
    /// A county.
    County,
    /// A municipality.
    Municipality,
    /// An association of municipalities.
    AssociationOfMunicipalities,
    /// A civil-society organisation.
    CivilSociety,
    /// A university or research body.
    Academia,
    /// A private company.
    Private,
    /// An international organisation.
    International,
}

impl OrganisationKind {
    /// Every kind, in the order forms list them.
    pub const ALL: [OrganisationKind; 12] = [
        OrganisationKind::Municipality,
        OrganisationKind::Province,
        OrganisationKind::State,
        OrganisationKind::Region,
        OrganisationKind::Department,
        OrganisationKind::County,
        OrganisationKind::AssociationOfMunicipalities,
        OrganisationKind::CivilSociety,
        OrganisationKind::Academia,
        OrganisationKind::Private,
        OrganisationKind::International,
        OrganisationKind::NationalAgency,
    ];

    /// The stored and transmitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            OrganisationKind::NationalAgency => "national_agency",
            OrganisationKind::Region => "region",
            OrganisationKind::Province => "province",
            OrganisationKind::State => "state",
            OrganisationKind::Department => "department",
            OrganisationKind::County => "county",
            OrganisationKind::Municipality => "municipality",
            OrganisationKind::AssociationOfMunicipalities => "association_of_municipalities",
            OrganisationKind::CivilSociety => "civil_society",
            OrganisationKind::Academia => "academia",
            OrganisationKind::Private => "private",
            OrganisationKind::International => "international",
        }
    }

    /// Parses a kind by name.
    pub fn parse(value: &str) -> Result<Self, Message> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.as_str() == value.trim())
            .ok_or_else(|| Message::new("error-kind-unknown").arg("value", value.trim()))
    }

    /// The catalog key of the kind's label, e.g. `kind-civil-society`.
    pub fn label(self) -> crate::Message {
        crate::Message::new(&format!("kind-{}", self.as_str().replace('_', "-")))
    }

    /// Local governments may sign themselves up and lead applications.
    pub fn is_local_government(self) -> bool {
        matches!(
            self,
            OrganisationKind::Region
                | OrganisationKind::Province
                | OrganisationKind::State
                | OrganisationKind::Department
                | OrganisationKind::County
                | OrganisationKind::Municipality
                | OrganisationKind::AssociationOfMunicipalities
        )
    }

    /// The kinds a local government may pick when it signs up.
    pub fn local_governments() -> impl Iterator<Item = OrganisationKind> {
        Self::ALL.into_iter().filter(|k| k.is_local_government())
    }
}

/// The fields of an organisation as a client sends them, before validation.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct OrganisationInput {
    /// Official name.
    pub name: String,
    /// Kind, by name.
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
}

/// An organisation's fields, known good.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationFields {
    name: String,
    kind: OrganisationKind,
    country: Country,
    subdivision: Option<String>,
    parent_id: Option<Uuid>,
    population: Option<i64>,
    official_code: Option<String>,
}

impl OrganisationFields {
    /// Validates every field, reporting all problems at once under `prefix` (e.g. `organisation.`).
    pub fn parse(input: &OrganisationInput, prefix: &str) -> Result<Self> {
        let mut v = Validator::new();
        let field = |name: &str| format!("{prefix}{name}");
        let name = input.name.trim().to_owned();
        v.check(
            !name.is_empty(),
            &field("name"),
            Message::new("error-required"),
        );
        v.check(
            name.chars().count() <= 200,
            &field("name"),
            Message::new("error-too-long").arg("max", 200),
        );
        let kind = v.parse(&field("kind"), OrganisationKind::parse(&input.kind));
        let country = v.parse(&field("country"), Country::parse(&input.country));
        let subdivision = match (&country, non_empty(&input.subdivision)) {
            (Some(country), Some(code)) => v.parse(
                &field("subdivision"),
                geography::parse_subdivision(country, code).map(Some),
            ),
            _ => Some(None),
        };
        if let Some(population) = input.population {
            v.check(
                population >= 0,
                &field("population"),
                Message::new("error-not-negative"),
            );
        }
        let official_code = non_empty(&input.official_code).map(str::to_owned);
        v.check(
            official_code
                .as_ref()
                .is_none_or(|c| c.chars().count() <= 64),
            &field("official_code"),
            Message::new("error-too-long").arg("max", 64),
        );
        v.finish()?;
        Ok(OrganisationFields {
            name,
            kind: kind.ok_or(Error::Internal("validated kind".into()))?,
            country: country.ok_or(Error::Internal("validated country".into()))?,
            subdivision: subdivision.flatten(),
            parent_id: input.parent_id,
            population: input.population,
            official_code,
        })
    }

    /// The validated kind.
    pub fn kind(&self) -> OrganisationKind {
        self.kind
    }
}

fn non_empty(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// A parent must be a known organisation (the database would refuse it with a bare constraint error).
async fn check_parent(conn: &impl ConnectionTrait, parent_id: Option<Uuid>) -> Result<()> {
    if let Some(parent_id) = parent_id
        && entity::Entity::find_by_id(parent_id)
            .one(conn)
            .await?
            .is_none()
    {
        return Err(Error::field(
            "parent_id",
            Message::new("error-parent-unknown"),
        ));
    }
    Ok(())
}

/// Inserts an organisation (used by sign-up and by managers); the caller's transaction holds the audit entry.
/// A second organisation of the same name (ignoring case) in the same country is refused under
/// `{prefix}name`: it would split one local government's history in two.
pub(crate) async fn insert(
    conn: &impl ConnectionTrait,
    fields: OrganisationFields,
    prefix: &str,
) -> Result<Organisation> {
    if find_by_name(conn, &fields.name, fields.country.as_str())
        .await?
        .is_some()
    {
        return Err(Error::field(
            &format!("{prefix}name"),
            Message::new("error-organisation-registered"),
        ));
    }
    check_parent(conn, fields.parent_id).await?;
    let now = Utc::now();
    let model = entity::ActiveModel {
        id: Set(Uuid::now_v7()),
        name: Set(fields.name),
        kind: Set(fields.kind.as_str().to_owned()),
        country: Set(fields.country.as_str().to_owned()),
        subdivision: Set(fields.subdivision),
        parent_id: Set(fields.parent_id),
        population: Set(fields.population),
        official_code: Set(fields.official_code),
        verified_at: Set(None),
        verified_by: Set(None),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(conn)
    .await?;
    Ok(model)
}

/// Creates an organisation of any kind (a partner, an agency). Managers and admins only.
pub async fn create(
    db: &DatabaseConnection,
    actor: &Actor,
    input: &OrganisationInput,
) -> Result<Organisation> {
    actor.require_any(&[Role::Manager, Role::Admin])?;
    let fields = OrganisationFields::parse(input, "")?;
    let tx = db::begin_write(db).await?;
    let organisation = insert(&tx, fields, "").await?;
    audit::record(
        &tx,
        Some(actor),
        "organisation.created",
        &Subject::new("organisation", organisation.id),
        format!("created {} ({})", organisation.name, organisation.kind),
    )
    .await?;
    tx.commit().await?;
    Ok(organisation)
}

/// Which organisations to list.
#[derive(Debug, Clone, Default)]
pub struct OrganisationFilter {
    /// Only verified (`true`) or unverified (`false`) ones.
    pub verified: Option<bool>,
    /// Only this kind.
    pub kind: Option<OrganisationKind>,
    /// Only this country.
    pub country: Option<String>,
    /// Name contains this text (case-insensitive).
    pub search: Option<String>,
}

/// Lists organisations by name. Managers and admins only.
pub async fn list(
    db: &DatabaseConnection,
    actor: &Actor,
    filter: &OrganisationFilter,
    page: PageRequest,
) -> Result<Page<Organisation>> {
    actor.require_any(&[Role::Manager, Role::Admin])?;
    let mut query = entity::Entity::find();
    match filter.verified {
        Some(true) => query = query.filter(entity::Column::VerifiedAt.is_not_null()),
        Some(false) => query = query.filter(entity::Column::VerifiedAt.is_null()),
        None => {}
    }
    if let Some(kind) = filter.kind {
        query = query.filter(entity::Column::Kind.eq(kind.as_str()));
    }
    if let Some(country) = &filter.country {
        query = query.filter(entity::Column::Country.eq(country.trim().to_ascii_uppercase()));
    }
    if let Some(search) = filter
        .search
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        query = query.filter(crate::db::contains_text(entity::Column::Name, search));
    }
    crate::page::fetch(
        db,
        query
            .order_by_asc(entity::Column::Name)
            .order_by_asc(entity::Column::Id),
        page,
    )
    .await
}

/// An organisation of `country` named exactly `name` (ignoring case), for spotting a second registration.
pub(crate) async fn find_by_name(
    conn: &impl ConnectionTrait,
    name: &str,
    country: &str,
) -> Result<Option<Organisation>> {
    use sea_orm::sea_query::{Expr, ExprTrait, Func};
    Ok(entity::Entity::find()
        .filter(entity::Column::Country.eq(country.trim().to_ascii_uppercase()))
        .filter(
            Expr::expr(Func::lower(Expr::col(entity::Column::Name))).eq(name.trim().to_lowercase()),
        )
        .one(conn)
        .await?)
}

/// Loads an organisation without a permission check, for other services.
pub(crate) async fn find(conn: &impl ConnectionTrait, id: Uuid) -> Result<Organisation> {
    entity::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound)
}

/// Whether `actor` may see `organisation_id`: its own members, managers and admins.
fn may_see(actor: &Actor, organisation_id: Uuid) -> bool {
    actor.belongs_to(organisation_id) || actor.has_any(&[Role::Manager, Role::Admin])
}

/// Shows one organisation to its members, managers and admins. Others get `NotFound`, which does not reveal
/// whether it exists.
pub async fn get(db: &DatabaseConnection, actor: &Actor, id: Uuid) -> Result<Organisation> {
    if !may_see(actor, id) {
        return Err(Error::NotFound);
    }
    find(db, id).await
}

/// Edits an organisation's profile. Members of the organisation, managers and admins; the `version` must be
/// the one the caller read. Changing the kind or country of a verified organisation un-verifies it, since
/// the verification was of the old facts.
pub async fn update(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    version: i32,
    input: &OrganisationInput,
) -> Result<Organisation> {
    if !may_see(actor, id) {
        return Err(Error::NotFound);
    }
    let fields = OrganisationFields::parse(input, "")?;
    if fields.parent_id == Some(id) {
        return Err(Error::field("parent_id", Message::new("error-parent-self")));
    }
    let tx = db::begin_write(db).await?;
    let current = find(&tx, id).await?;
    if current.version != version {
        return Err(Error::stale());
    }
    check_parent(&tx, fields.parent_id).await?;
    let identity_changed =
        current.kind != fields.kind.as_str() || current.country != fields.country.as_str();
    let mut model = current.clone().into_active_model();
    model.name = Set(fields.name);
    model.kind = Set(fields.kind.as_str().to_owned());
    model.country = Set(fields.country.as_str().to_owned());
    model.subdivision = Set(fields.subdivision);
    model.parent_id = Set(fields.parent_id);
    model.population = Set(fields.population);
    model.official_code = Set(fields.official_code);
    if identity_changed && !actor.has(Role::Manager) {
        model.verified_at = Set(None);
        model.verified_by = Set(None);
    }
    model.version = Set(current.version + 1);
    model.updated_at = Set(Utc::now());
    let updated = model.update(&tx).await?;
    audit::record(
        &tx,
        Some(actor),
        "organisation.updated",
        &Subject::new("organisation", id),
        describe_changes(&current, &updated),
    )
    .await?;
    tx.commit().await?;
    Ok(updated)
}

fn describe_changes(before: &Organisation, after: &Organisation) -> String {
    let mut changes = Vec::new();
    let mut compare = |name: &str, old: String, new: String| {
        if old != new {
            changes.push(format!("{name}: {old:?} -> {new:?}"));
        }
    };
    compare("name", before.name.clone(), after.name.clone());
    compare("kind", before.kind.clone(), after.kind.clone());
    compare("country", before.country.clone(), after.country.clone());
    compare(
        "subdivision",
        format!("{:?}", before.subdivision),
        format!("{:?}", after.subdivision),
    );
    compare(
        "population",
        format!("{:?}", before.population),
        format!("{:?}", after.population),
    );
    compare(
        "official_code",
        format!("{:?}", before.official_code),
        format!("{:?}", after.official_code),
    );
    compare(
        "verified",
        before.verified_at.is_some().to_string(),
        after.verified_at.is_some().to_string(),
    );
    if changes.is_empty() {
        "no change".to_owned()
    } else {
        changes.join("; ")
    }
}

/// Marks an organisation as verified, so that it may submit applications. Managers only; verifying twice is
/// harmless and keeps the first verification.
pub async fn verify(db: &DatabaseConnection, actor: &Actor, id: Uuid) -> Result<Organisation> {
    actor.require_any(&[Role::Manager])?;
    let tx = db::begin_write(db).await?;
    let current = find(&tx, id).await?;
    if current.verified_at.is_some() {
        return Ok(current);
    }
    let mut model = current.clone().into_active_model();
    model.verified_at = Set(Some(Utc::now()));
    model.verified_by = Set(Some(actor.user_id));
    model.version = Set(current.version + 1);
    model.updated_at = Set(Utc::now());
    let updated = model.update(&tx).await?;
    audit::record(
        &tx,
        Some(actor),
        "organisation.verified",
        &Subject::new("organisation", id),
        format!("verified {}", updated.name),
    )
    .await?;
    tx.commit().await?;
    Ok(updated)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> OrganisationInput {
        OrganisationInput {
            name: "Municipalité de La Marsa".into(),
            kind: "municipality".into(),
            country: "TN".into(),
            subdivision: Some("TN-11".into()),
            population: Some(92_987),
            ..Default::default()
        }
    }

    #[test]
    fn a_valid_municipality_parses() {
        let fields = OrganisationFields::parse(&input(), "").unwrap();
        assert_eq!(fields.kind(), OrganisationKind::Municipality);
        assert!(fields.kind().is_local_government());
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let bad = OrganisationInput {
            name: " ".into(),
            kind: "castle".into(),
            country: "ZZ".into(),
            population: Some(-1),
            ..Default::default()
        };
        let Err(Error::Validation(errors)) = OrganisationFields::parse(&bad, "organisation.")
        else {
            panic!("expected a validation error");
        };
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "organisation.name",
                "organisation.kind",
                "organisation.country",
                "organisation.population"
            ]
        );
    }

    proptest::proptest! {
        /// Whatever a client sends, parsing answers with fields or field errors, never a panic, and every
        /// error names a field of the form.
        #[test]
        fn parsing_never_panics_and_errors_name_known_fields(
            name in ".{0,250}", kind in "[a-z_]{0,30}", country in ".{0,4}",
            subdivision in proptest::option::of(".{0,8}"), population in proptest::option::of(proptest::num::i64::ANY),
        ) {
            let input = OrganisationInput { name, kind, country, subdivision, population, ..Default::default() };
            if let Err(Error::Validation(errors)) = OrganisationFields::parse(&input, "") {
                for error in errors {
                    proptest::prop_assert!(
                        ["name", "kind", "country", "subdivision", "population", "official_code"]
                            .contains(&error.field.as_str())
                    );
                }
            }
        }
    }

    #[test]
    fn civil_society_is_not_a_local_government() {
        assert!(!OrganisationKind::CivilSociety.is_local_government());
        assert!(!OrganisationKind::NationalAgency.is_local_government());
        assert_eq!(OrganisationKind::local_governments().count(), 7);
    }
}
