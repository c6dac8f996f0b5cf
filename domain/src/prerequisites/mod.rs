//! Prerequisites: facts about an organisation that calls can require ("completed the open government
//! training", "endorsed the Open Gov declaration", "sent a letter of intent"). A programme defines the kinds;
//! managers record them per organisation, one at a time or by CSV import with a report per row.
//!
//! Owns the kinds and records; eligibility (in `calls`) only reads which kinds an organisation holds.

pub mod entity;

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::applications::service::spreadsheet_safe;
use crate::audit::{self, Subject};
use crate::error::Validator;
use crate::organisations::{self, Organisation};
use crate::{Actor, Error, Message, Result, Role, db, programmes};

pub use entity::kind::Model as PrerequisiteKind;
pub use entity::record::Model as PrerequisiteRecord;

/// A new prerequisite kind.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct KindInput {
    /// Name, unique within the programme.
    pub name: String,
    /// What counts as done.
    pub description: String,
}

/// Defines a prerequisite kind in a programme. Managers only.
pub async fn create_kind(
    db: &DatabaseConnection,
    actor: &Actor,
    programme_id: Uuid,
    input: &KindInput,
) -> Result<PrerequisiteKind> {
    actor.require_any(&[Role::Manager])?;
    let programme = programmes::find(db, programme_id).await?;
    let name = input.name.trim().to_owned();
    if name.is_empty() {
        return Err(Error::field("name", Message::new("error-required")));
    }
    if kinds_of(db, programme_id)
        .await?
        .iter()
        .any(|k| k.name == name)
    {
        return Err(Error::field("name", Message::new("error-duplicate")));
    }
    let tx = db::begin_write(db).await?;
    let kind = entity::kind::ActiveModel {
        id: Set(Uuid::now_v7()),
        programme_id: Set(programme_id),
        name: Set(name),
        description: Set(input.description.trim().to_owned()),
        created_at: Set(Utc::now()),
    }
    .insert(&tx)
    .await?;
    audit::record(
        &tx,
        Some(actor),
        "prerequisite_kind.created",
        &Subject::new("programme", programme_id),
        format!("{} now records {:?}", programme.name, kind.name),
    )
    .await?;
    tx.commit().await?;
    Ok(kind)
}

/// The prerequisite kinds of a programme, by name. Public, since calls show what they require.
pub async fn kinds_of(
    conn: &impl ConnectionTrait,
    programme_id: Uuid,
) -> Result<Vec<PrerequisiteKind>> {
    Ok(entity::kind::Entity::find()
        .filter(entity::kind::Column::ProgrammeId.eq(programme_id))
        .order_by_asc(entity::kind::Column::Name)
        .all(conn)
        .await?)
}

/// The ids of a programme's prerequisite kinds.
pub(crate) async fn kind_ids_of(
    conn: &impl ConnectionTrait,
    programme_id: Uuid,
) -> Result<Vec<Uuid>> {
    Ok(kinds_of(conn, programme_id)
        .await?
        .into_iter()
        .map(|k| k.id)
        .collect())
}

/// Which prerequisite kinds an organisation holds, for eligibility.
pub async fn held_by(conn: &impl ConnectionTrait, organisation_id: Uuid) -> Result<Vec<Uuid>> {
    Ok(entity::record::Entity::find()
        .select_only()
        .column(entity::record::Column::PrerequisiteKindId)
        .filter(entity::record::Column::OrganisationId.eq(organisation_id))
        .into_tuple::<Uuid>()
        .all(conn)
        .await?)
}

/// A prerequisite met by an organisation, as a manager records it.
#[derive(Debug, Clone, Deserialize)]
pub struct RecordInput {
    /// Which prerequisite kind.
    pub prerequisite_kind_id: Uuid,
    /// Which organisation.
    pub organisation_id: Uuid,
    /// When it was met.
    pub achieved_on: NaiveDate,
    /// The evidence.
    pub evidence: String,
}

/// An organisation as recording needs it: who, and the name the audit trail shows.
struct Named {
    id: Uuid,
    name: String,
}

impl From<&Organisation> for Named {
    fn from(organisation: &Organisation) -> Self {
        Named {
            id: organisation.id,
            name: organisation.name.clone(),
        }
    }
}

async fn insert_record(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    kind: &PrerequisiteKind,
    organisation: &Named,
    achieved_on: NaiveDate,
    evidence: &str,
) -> Result<PrerequisiteRecord> {
    let existing = entity::record::Entity::find()
        .filter(entity::record::Column::PrerequisiteKindId.eq(kind.id))
        .filter(entity::record::Column::OrganisationId.eq(organisation.id))
        .one(conn)
        .await?;
    if existing.is_some() {
        return Err(Error::Conflict(Message::new("error-prerequisite-recorded")));
    }
    let record = entity::record::ActiveModel {
        id: Set(Uuid::now_v7()),
        prerequisite_kind_id: Set(kind.id),
        organisation_id: Set(organisation.id),
        achieved_on: Set(achieved_on),
        evidence: Set(evidence.trim().to_owned()),
        recorded_by: Set(actor.user_id),
        recorded_at: Set(Utc::now()),
    }
    .insert(conn)
    .await?;
    audit::record(
        conn,
        Some(actor),
        "prerequisite.recorded",
        &Subject::new("organisation", organisation.id),
        format!("{}: {:?} on {achieved_on}", organisation.name, kind.name),
    )
    .await?;
    Ok(record)
}

async fn find_kind(conn: &impl ConnectionTrait, id: Uuid) -> Result<PrerequisiteKind> {
    entity::kind::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound)
}

/// Records that an organisation met a prerequisite, and answers it with its kind's name, as lists show it.
/// Managers only; recording the same fact twice is a conflict.
pub async fn record(
    db: &DatabaseConnection,
    actor: &Actor,
    input: &RecordInput,
) -> Result<HeldPrerequisite> {
    actor.require_any(&[Role::Manager])?;
    let mut v = Validator::new();
    let kind = find_kind(db, input.prerequisite_kind_id).await.ok();
    v.check(
        kind.is_some(),
        "prerequisite_kind_id",
        Message::new("error-prerequisite-unknown"),
    );
    let organisation = organisations::find(db, input.organisation_id).await.ok();
    v.check(
        organisation.is_some(),
        "organisation_id",
        Message::new("error-organisation-unknown"),
    );
    v.check(
        input.achieved_on <= Utc::now().date_naive(),
        "achieved_on",
        Message::new("error-date-in-future"),
    );
    v.finish()?;
    let (Some(kind), Some(organisation)) = (kind, organisation) else {
        return Err(Error::Internal("validated prerequisite record".into()));
    };
    let tx = db::begin_write(db).await?;
    let record = insert_record(
        &tx,
        actor,
        &kind,
        &Named::from(&organisation),
        input.achieved_on,
        &input.evidence,
    )
    .await?;
    tx.commit().await?;
    Ok(HeldPrerequisite {
        record,
        name: kind.name,
    })
}

/// A recorded prerequisite with its kind's name.
#[derive(Debug, Clone)]
pub struct HeldPrerequisite {
    /// The record.
    pub record: PrerequisiteRecord,
    /// The kind's name.
    pub name: String,
}

/// The prerequisites recorded for an organisation: for its members and managers.
pub async fn records_of(
    db: &DatabaseConnection,
    actor: &Actor,
    organisation_id: Uuid,
) -> Result<Vec<HeldPrerequisite>> {
    if !actor.belongs_to(organisation_id) && !actor.has_any(&[Role::Manager, Role::Admin]) {
        return Err(Error::NotFound);
    }
    let records = entity::record::Entity::find()
        .filter(entity::record::Column::OrganisationId.eq(organisation_id))
        .order_by_asc(entity::record::Column::AchievedOn)
        .all(db)
        .await?;
    let mut held = Vec::with_capacity(records.len());
    for record in records {
        let name = find_kind(db, record.prerequisite_kind_id).await?.name;
        held.push(HeldPrerequisite { record, name });
    }
    Ok(held)
}

/// An organisation that has met a prerequisite, as the programme's page lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    /// The organisation.
    pub organisation_id: Uuid,
    /// Its name.
    pub name: String,
    /// Its national registry code, if any.
    pub official_code: Option<String>,
    /// When it met the prerequisite.
    pub achieved_on: NaiveDate,
    /// The evidence recorded with it (may be empty).
    pub evidence: String,
    /// When a manager recorded it.
    pub recorded_at: DateTime<Utc>,
}

/// One of a programme's prerequisite kinds with the organisations that have met it.
#[derive(Debug, Clone)]
pub struct KindHolders {
    /// The kind.
    pub kind_id: Uuid,
    /// The kind's name.
    pub name: String,
    /// Who has met it, by organisation name; empty while nobody has.
    pub holders: Vec<Holder>,
}

/// Every prerequisite kind of a programme, by name, with the organisations that have met it. Managers
/// only: it lists evidence about many organisations at once. Two queries (the kinds, their records) and
/// one per [`db::WRITE_BATCH`] organisations named, never one per record.
pub async fn holders_in(
    db: &DatabaseConnection,
    actor: &Actor,
    programme_id: Uuid,
) -> Result<Vec<KindHolders>> {
    actor.require_any(&[Role::Manager])?;
    let kinds = kinds_of(db, programme_id).await?;
    if kinds.is_empty() {
        return Ok(Vec::new());
    }
    let records = entity::record::Entity::find()
        .filter(entity::record::Column::PrerequisiteKindId.is_in(kinds.iter().map(|k| k.id)))
        .all(db)
        .await?;
    let mut ids: Vec<Uuid> = records.iter().map(|r| r.organisation_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut names: HashMap<Uuid, (String, Option<String>)> = HashMap::with_capacity(ids.len());
    for batch in ids.chunks(db::WRITE_BATCH) {
        use organisations::entity::{Column, Entity};
        let rows = Entity::find()
            .select_only()
            .columns([Column::Id, Column::Name, Column::OfficialCode])
            .filter(Column::Id.is_in(batch.iter().copied()))
            .into_tuple::<(Uuid, String, Option<String>)>()
            .all(db)
            .await?;
        names.extend(rows.into_iter().map(|(id, name, code)| (id, (name, code))));
    }
    let mut by_kind: HashMap<Uuid, Vec<Holder>> = HashMap::new();
    for record in records {
        let Some((name, official_code)) = names.get(&record.organisation_id) else {
            continue;
        };
        by_kind
            .entry(record.prerequisite_kind_id)
            .or_default()
            .push(Holder {
                organisation_id: record.organisation_id,
                name: name.clone(),
                official_code: official_code.clone(),
                achieved_on: record.achieved_on,
                evidence: record.evidence,
                recorded_at: record.recorded_at,
            });
    }
    Ok(kinds
        .into_iter()
        .map(|kind| {
            let mut holders = by_kind.remove(&kind.id).unwrap_or_default();
            holders.sort_by_cached_key(|h| (h.name.to_lowercase(), h.organisation_id));
            KindHolders {
                kind_id: kind.id,
                name: kind.name,
                holders,
            }
        })
        .collect())
}

/// What happened to one row of an import.
#[derive(Debug, Clone, Serialize)]
pub struct RowOutcome {
    /// The line in the file (the header is line 1).
    pub line: u64,
    /// Whether the row was recorded.
    pub recorded: bool,
    /// Why it was refused.
    pub reason: Option<Message>,
}

/// The report of an import: one outcome per data row.
#[derive(Debug, Clone, Serialize)]
pub struct ImportReport {
    /// Rows recorded.
    pub recorded: usize,
    /// Rows refused.
    pub refused: usize,
    /// Every row's outcome, in file order.
    pub rows: Vec<RowOutcome>,
}

/// The columns an import needs, in any order.
pub const IMPORT_COLUMNS: [&str; 4] = ["organisation", "prerequisite", "achieved_on", "evidence"];

/// Imports records from CSV with the header `organisation,prerequisite,achieved_on,evidence`, where
/// `organisation` is an organisation's id, its official code or its exact name (ignoring case) when no
/// other organisation bears that name, and `prerequisite` the name of one of the programme's kinds. Good
/// rows are recorded, the others refused with a reason (a name several organisations share is refused as
/// ambiguous); one transaction holds them all. Managers only.
pub async fn import_csv(
    db: &DatabaseConnection,
    actor: &Actor,
    programme_id: Uuid,
    csv_text: &str,
) -> Result<ImportReport> {
    actor.require_any(&[Role::Manager])?;
    programmes::find(db, programme_id).await?;
    let kinds = kinds_of(db, programme_id).await?;
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(true)
        .from_reader(csv_text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|_| Error::field("file", Message::new("error-csv-unreadable")))?
        .clone();
    let column = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let positions: Vec<Option<usize>> = IMPORT_COLUMNS.iter().map(|c| column(c)).collect();
    if positions.iter().any(Option::is_none) {
        return Err(Error::field(
            "file",
            Message::new("error-csv-columns").arg("columns", IMPORT_COLUMNS.join(", ")),
        ));
    }
    let at = |record: &csv::StringRecord, i: usize| -> String {
        positions[i]
            .and_then(|p| record.get(p))
            .unwrap_or_default()
            .to_owned()
    };
    let tx = db::begin_write(db).await?;
    let directory = Directory::load(&tx).await?;
    let mut rows = Vec::new();
    for (index, result) in reader.records().enumerate() {
        let line = index as u64 + 2;
        let outcome = match result {
            Err(_) => Err(Message::new("error-csv-row-unreadable")),
            Ok(record) => {
                let cells = [0, 1, 2, 3].map(|i| at(&record, i));
                let [organisation, kind_name, achieved_on, evidence] = &cells;
                let row = Row {
                    organisation,
                    kind_name,
                    achieved_on,
                    evidence,
                };
                import_row(&tx, actor, &kinds, &directory, row).await
            }
        };
        rows.push(match outcome {
            Ok(()) => RowOutcome {
                line,
                recorded: true,
                reason: None,
            },
            Err(reason) => RowOutcome {
                line,
                recorded: false,
                reason: Some(reason),
            },
        });
    }
    tx.commit().await?;
    let recorded = rows.iter().filter(|r| r.recorded).count();
    Ok(ImportReport {
        recorded,
        refused: rows.len() - recorded,
        rows,
    })
}

/// A CSV file to fill in for [`import_csv`]: the header and one row per kind of the programme with only
/// the prerequisite's name filled in. Names are made spreadsheet-safe, and the import accepts them so.
/// Managers only.
pub async fn import_template(
    db: &DatabaseConnection,
    actor: &Actor,
    programme_id: Uuid,
) -> Result<String> {
    actor.require_any(&[Role::Manager])?;
    programmes::find(db, programme_id).await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let csv_error = |err: csv::Error| Error::internal(format!("writing CSV: {err}"));
    out.write_record(IMPORT_COLUMNS).map_err(csv_error)?;
    for kind in kinds_of(db, programme_id).await? {
        out.write_record(["", spreadsheet_safe(&kind.name).as_str(), "", ""])
            .map_err(csv_error)?;
    }
    let bytes = out
        .into_inner()
        .map_err(|err| Error::internal(format!("writing CSV: {err}")))?;
    String::from_utf8(bytes).map_err(|err| Error::internal(format!("writing CSV: {err}")))
}

/// Every organisation's identifiers, read once per import so that resolving a row costs no query. The
/// whole table is read (three columns) rather than only the names the file mentions because names are
/// compared ignoring case, and SQLite's `lower()` folds only ASCII: "ÁVILA" must find "Ávila".
struct Directory {
    by_id: HashMap<Uuid, Named>,
    /// The first organisation with each official code, as the import has always matched it.
    by_code: HashMap<String, Uuid>,
    /// Every organisation bearing each name, lower-cased.
    by_name: HashMap<String, Vec<Uuid>>,
}

impl Directory {
    async fn load(conn: &impl ConnectionTrait) -> Result<Self> {
        use organisations::entity::{Column, Entity};
        let rows = Entity::find()
            .select_only()
            .columns([Column::Id, Column::Name, Column::OfficialCode])
            .order_by_asc(Column::CreatedAt)
            .into_tuple::<(Uuid, String, Option<String>)>()
            .all(conn)
            .await?;
        let mut directory = Directory {
            by_id: HashMap::with_capacity(rows.len()),
            by_code: HashMap::new(),
            by_name: HashMap::with_capacity(rows.len()),
        };
        for (id, name, official_code) in rows {
            if let Some(code) = official_code {
                directory.by_code.entry(code).or_insert(id);
            }
            directory
                .by_name
                .entry(name.trim().to_lowercase())
                .or_default()
                .push(id);
            directory.by_id.insert(id, Named { id, name });
        }
        Ok(directory)
    }

    /// The organisation a row names: by id, else by official code, else by a name only one bears.
    fn resolve(&self, reference: &str) -> Result<&Named, Message> {
        let reference = reference.trim();
        let unknown = || Message::new("error-organisation-not-found").arg("value", reference);
        let id = match Uuid::parse_str(reference) {
            Ok(id) => id,
            Err(_) => match self.by_code.get(reference) {
                Some(id) => *id,
                None => match self
                    .by_name
                    .get(&reference.to_lowercase())
                    .map(Vec::as_slice)
                {
                    Some([id]) => *id,
                    Some([_, _, ..]) => {
                        return Err(Message::new("error-organisation-name-ambiguous")
                            .arg("value", reference));
                    }
                    _ => return Err(unknown()),
                },
            },
        };
        self.by_id.get(&id).ok_or_else(unknown)
    }
}

/// The cells of one row of an import, trimmed.
struct Row<'a> {
    organisation: &'a str,
    kind_name: &'a str,
    achieved_on: &'a str,
    evidence: &'a str,
}

async fn import_row(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    kinds: &[PrerequisiteKind],
    directory: &Directory,
    row: Row<'_>,
) -> Result<(), Message> {
    let Row {
        organisation,
        kind_name,
        achieved_on,
        evidence,
    } = row;
    let kind = kinds
        .iter()
        .find(|k| k.name.eq_ignore_ascii_case(kind_name) || spreadsheet_safe(&k.name) == kind_name)
        .ok_or_else(|| Message::new("error-prerequisite-name-unknown").arg("value", kind_name))?;
    let achieved_on = NaiveDate::parse_from_str(achieved_on, "%Y-%m-%d")
        .map_err(|_| Message::new("error-date-invalid").arg("value", achieved_on))?;
    if achieved_on > Utc::now().date_naive() {
        return Err(Message::new("error-date-in-future"));
    }
    let organisation = directory.resolve(organisation)?;
    match insert_record(conn, actor, kind, organisation, achieved_on, evidence).await {
        Ok(_) => Ok(()),
        Err(Error::Conflict(message)) => Err(message),
        Err(Error::Validation(errors)) => Err(errors
            .into_iter()
            .next()
            .map_or_else(|| Message::new("error-csv-row-failed"), |e| e.message)),
        Err(other) => {
            // The reason is for operators; the report only says the row failed.
            tracing::error!(error = %other, "recording an imported prerequisite");
            Err(Message::new("error-csv-row-failed"))
        }
    }
}
