//! Programmes: a national agency's scheme (Tunisia's OGP Local selection, Germany's Regional Open Government
//! Labs, Argentina's federal programme) with its currency and default reporting cadence.
//!
//! Owns programmes only; their calls live in `calls`, the prerequisites they record in `prerequisites`.

pub mod cycles;
pub mod entity;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    IntoActiveModel, PaginatorTrait, QueryFilter, QueryOrder, Set,
};
use serde::Deserialize;
use uuid::Uuid;

use crate::accounts::Language;
use crate::audit::{self, Subject};
use crate::error::Validator;
use crate::money::Currency;
use crate::organisations::{self, OrganisationKind};
use crate::{Actor, Error, Message, Result, Role, db};

pub use entity::Model as Programme;

/// A programme as a manager writes it.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ProgrammeInput {
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
    /// The owning national agency (an organisation of kind `national_agency`).
    pub agency_id: Uuid,
    /// ISO 4217 currency.
    pub currency: String,
    /// Default months between progress reports (1 to 24).
    pub reporting_cadence_months: i32,
    /// The languages its calls are published in (codes such as `ar`, `fr`), the first the one they are
    /// written in; none when its calls are not translated.
    #[serde(default)]
    pub content_languages: Vec<String>,
}

struct ValidProgramme {
    name: String,
    description: String,
    currency: Currency,
    content_languages: Vec<Language>,
}

/// The content languages as given: each one known, none twice.
fn parse_content_languages(v: &mut Validator, codes: &[String]) -> Vec<Language> {
    let mut languages: Vec<Language> = Vec::new();
    for code in codes.iter().filter(|code| !code.trim().is_empty()) {
        match Language::parse(code) {
            Ok(language) if languages.contains(&language) => v.check(
                false,
                "content_languages",
                Message::new("error-language-twice").arg("value", language.code()),
            ),
            Ok(language) => languages.push(language),
            Err(message) => v.check(false, "content_languages", message),
        }
    }
    languages
}

impl Programme {
    /// The languages its calls are published in, the first the one they are written in; empty when it
    /// declares none.
    pub fn content_languages(&self) -> Vec<Language> {
        self.content_languages
            .split(',')
            .filter(|code| !code.is_empty())
            .filter_map(|code| Language::parse(code).ok())
            .collect()
    }
}

fn stored_languages(languages: &[Language]) -> String {
    languages
        .iter()
        .map(|language| language.code())
        .collect::<Vec<_>>()
        .join(",")
}

async fn validate(conn: &impl ConnectionTrait, input: &ProgrammeInput) -> Result<ValidProgramme> {
    let mut v = Validator::new();
    let name = input.name.trim().to_owned();
    v.check(!name.is_empty(), "name", Message::new("error-required"));
    v.check(
        name.chars().count() <= 200,
        "name",
        Message::new("error-too-long").arg("max", 200),
    );
    let currency = v.parse("currency", Currency::parse(&input.currency));
    v.check(
        (1..=24).contains(&input.reporting_cadence_months),
        "reporting_cadence_months",
        Message::new("error-between").arg("min", 1).arg("max", 24),
    );
    let content_languages = parse_content_languages(&mut v, &input.content_languages);
    let agency = organisations::find(conn, input.agency_id).await.ok();
    v.check(
        agency
            .as_ref()
            .is_some_and(|a| a.kind == OrganisationKind::NationalAgency.as_str()),
        "agency_id",
        Message::new("error-agency-unknown"),
    );
    v.finish()?;
    Ok(ValidProgramme {
        name,
        description: input.description.trim().to_owned(),
        currency: currency.ok_or(Error::Internal("validated currency".into()))?,
        content_languages,
    })
}

/// Creates a programme. Managers only.
pub async fn create(
    db: &DatabaseConnection,
    actor: &Actor,
    input: &ProgrammeInput,
) -> Result<Programme> {
    actor.require_any(&[Role::Manager])?;
    let valid = validate(db, input).await?;
    let now = Utc::now();
    let tx = db::begin_write(db).await?;
    let programme = entity::ActiveModel {
        id: Set(Uuid::now_v7()),
        name: Set(valid.name),
        description: Set(valid.description),
        agency_id: Set(input.agency_id),
        currency: Set(valid.currency.code().to_owned()),
        reporting_cadence_months: Set(input.reporting_cadence_months),
        content_languages: Set(stored_languages(&valid.content_languages)),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&tx)
    .await?;
    audit::record(
        &tx,
        Some(actor),
        "programme.created",
        &Subject::new("programme", programme.id),
        format!("created {} ({})", programme.name, programme.currency),
    )
    .await?;
    tx.commit().await?;
    Ok(programme)
}

/// Edits a programme. Managers only; the currency cannot change once the programme has a call, since every
/// amount of its calls is in it.
pub async fn update(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    version: i32,
    input: &ProgrammeInput,
) -> Result<Programme> {
    actor.require_any(&[Role::Manager])?;
    let valid = validate(db, input).await?;
    let tx = db::begin_write(db).await?;
    let current = find(&tx, id).await?;
    if current.version != version {
        return Err(Error::stale());
    }
    if current.currency != valid.currency.code() && has_calls(&tx, id).await? {
        return Err(Error::field(
            "currency",
            Message::new("error-currency-locked"),
        ));
    }
    // Its calls' texts are written in the first language: once there are calls, it stays (naming it for
    // the first time changes nothing written).
    let first_changed = current
        .content_languages()
        .first()
        .is_some_and(|first| Some(first) != valid.content_languages.first());
    if first_changed && has_calls(&tx, id).await? {
        return Err(Error::field(
            "content_languages",
            Message::new("error-first-language-locked"),
        ));
    }
    let mut model = current.clone().into_active_model();
    model.name = Set(valid.name);
    model.description = Set(valid.description);
    model.agency_id = Set(input.agency_id);
    model.currency = Set(valid.currency.code().to_owned());
    model.reporting_cadence_months = Set(input.reporting_cadence_months);
    model.content_languages = Set(stored_languages(&valid.content_languages));
    model.version = Set(version + 1);
    model.updated_at = Set(Utc::now());
    let updated = model.update(&tx).await?;
    audit::record(
        &tx,
        Some(actor),
        "programme.updated",
        &Subject::new("programme", id),
        format!("{} (version {})", updated.name, updated.version),
    )
    .await?;
    tx.commit().await?;
    Ok(updated)
}

async fn has_calls(conn: &impl ConnectionTrait, id: Uuid) -> Result<bool> {
    Ok(crate::calls::entity::call::Entity::find()
        .filter(crate::calls::entity::call::Column::ProgrammeId.eq(id))
        .count(conn)
        .await?
        > 0)
}

/// Loads a programme.
pub async fn find(conn: &impl ConnectionTrait, id: Uuid) -> Result<Programme> {
    entity::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound)
}

/// Every programme, by name. Public: programmes are open information.
pub async fn list(db: &DatabaseConnection) -> Result<Vec<Programme>> {
    Ok(entity::Entity::find()
        .order_by_asc(entity::Column::Name)
        .all(db)
        .await?)
}

/// The countries of the agencies that run programmes (ISO 3166-1 codes, sorted): the countries calls
/// can be filtered by. Public, like programmes.
pub async fn countries(db: &DatabaseConnection) -> Result<Vec<String>> {
    let agencies: Vec<Uuid> = entity::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.agency_id)
        .collect();
    let mut countries: Vec<String> = organisations::entity::Entity::find()
        .filter(organisations::entity::Column::Id.is_in(agencies))
        .all(db)
        .await?
        .into_iter()
        .map(|o| o.country)
        .collect();
    countries.sort();
    countries.dedup();
    Ok(countries)
}

/// The programme's currency.
pub fn currency_of(programme: &Programme) -> Result<Currency> {
    Currency::parse(&programme.currency).map_err(|m| Error::internal(m.to_string()))
}
