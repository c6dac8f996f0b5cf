//! The `programmes` tag: programmes and the prerequisites they record about organisations.

use crate::strict::StrictJson;
use chrono::{DateTime, NaiveDate, Utc};
use domain::prerequisites::{self, KindInput, PrerequisiteKind, RecordInput};
use domain::programmes::{self, Programme, ProgrammeInput};
use poem::web::Data;
use poem_openapi::param::Path;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};
use uuid::Uuid;

use crate::AppState;
use crate::accounts::{ApiTags, Created};
use crate::auth::Auth;
use crate::problem::ApiResult;

/// A national programme.
#[derive(Debug, Object)]
pub struct ProgrammeOut {
    /// Identifier.
    pub id: Uuid,
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
    /// The owning national agency.
    pub agency_id: Uuid,
    /// ISO 4217 currency of every amount of its calls.
    pub currency: String,
    /// Default months between progress reports.
    pub reporting_cadence_months: i32,
    /// The languages its calls are published in (`en`, `es`, `fr`, `de`, `ar`), the first the one they
    /// are written in; empty when its calls are not translated.
    pub content_languages: Vec<String>,
    /// Send it back when editing; a stale version gets 409.
    pub version: i32,
    /// Created at.
    pub created_at: DateTime<Utc>,
}

impl From<Programme> for ProgrammeOut {
    fn from(p: Programme) -> Self {
        let content_languages = p
            .content_languages()
            .iter()
            .map(|l| l.code().to_owned())
            .collect();
        ProgrammeOut {
            id: p.id,
            name: p.name,
            description: p.description,
            agency_id: p.agency_id,
            currency: p.currency,
            reporting_cadence_months: p.reporting_cadence_months,
            content_languages,
            version: p.version,
            created_at: p.created_at,
        }
    }
}

/// A programme's fields.
#[derive(Debug, Object)]
pub struct ProgrammeIn {
    /// Name.
    #[oai(validator(max_length = 200))]
    pub name: String,
    /// Description.
    #[oai(default, validator(max_length = 20000))]
    pub description: String,
    /// The owning organisation, of kind `national_agency`.
    pub agency_id: Uuid,
    /// ISO 4217 currency, e.g. `TND`, `EUR`, `ARS`.
    #[oai(validator(max_length = 3))]
    pub currency: String,
    /// Default months between progress reports (1 to 24).
    #[oai(validator(maximum(value = "24")))]
    pub reporting_cadence_months: i32,
    /// The languages its calls are published in (`en`, `es`, `fr`, `de`, `ar`), the first the one they
    /// are written in; translations into the others are written with `PUT /calls/{id}/translations/{lang}`.
    /// Omitted or empty: calls are not translated. The first cannot change once the programme has calls.
    #[oai(default, validator(max_items = 5))]
    pub content_languages: Vec<String>,
}

impl From<ProgrammeIn> for ProgrammeInput {
    fn from(p: ProgrammeIn) -> Self {
        ProgrammeInput {
            name: p.name,
            description: p.description,
            agency_id: p.agency_id,
            currency: p.currency,
            reporting_cadence_months: p.reporting_cadence_months,
            content_languages: p.content_languages,
        }
    }
}

/// An edit of a programme.
#[derive(Debug, Object)]
pub struct ProgrammeUpdateIn {
    /// The version last read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
    /// The new fields.
    #[oai(flatten)]
    pub fields: ProgrammeIn,
}

/// Something a programme can require of an organisation.
#[derive(Debug, Object)]
pub struct PrerequisiteKindOut {
    /// Identifier (used in eligibility rules).
    pub id: Uuid,
    /// The programme.
    pub programme_id: Uuid,
    /// Name, e.g. "Completed the open government training".
    pub name: String,
    /// What counts as done.
    pub description: String,
}

impl From<PrerequisiteKind> for PrerequisiteKindOut {
    fn from(k: PrerequisiteKind) -> Self {
        PrerequisiteKindOut {
            id: k.id,
            programme_id: k.programme_id,
            name: k.name,
            description: k.description,
        }
    }
}

/// A new prerequisite kind.
#[derive(Debug, Object)]
pub struct PrerequisiteKindIn {
    /// Name, unique within the programme.
    #[oai(validator(max_length = 200))]
    pub name: String,
    /// What counts as done.
    #[oai(default, validator(max_length = 20000))]
    pub description: String,
}

/// That an organisation met a prerequisite.
#[derive(Debug, Object)]
pub struct PrerequisiteRecordIn {
    /// Which prerequisite kind.
    pub prerequisite_kind_id: Uuid,
    /// Which organisation.
    pub organisation_id: Uuid,
    /// When (YYYY-MM-DD), not in the future.
    pub achieved_on: NaiveDate,
    /// The evidence.
    #[oai(default, validator(max_length = 20000))]
    pub evidence: String,
}

/// A recorded prerequisite.
#[derive(Debug, Object)]
pub struct PrerequisiteRecordOut {
    /// Identifier.
    pub id: Uuid,
    /// Which prerequisite kind.
    pub prerequisite_kind_id: Uuid,
    /// Its name.
    pub name: String,
    /// Which organisation.
    pub organisation_id: Uuid,
    /// When it was met.
    pub achieved_on: NaiveDate,
    /// The evidence.
    pub evidence: String,
    /// When it was recorded.
    pub recorded_at: DateTime<Utc>,
}

impl PrerequisiteRecordOut {
    fn new(held: domain::prerequisites::HeldPrerequisite) -> Self {
        let (record, name) = (held.record, held.name);
        PrerequisiteRecordOut {
            id: record.id,
            prerequisite_kind_id: record.prerequisite_kind_id,
            name,
            organisation_id: record.organisation_id,
            achieved_on: record.achieved_on,
            evidence: record.evidence,
            recorded_at: record.recorded_at,
        }
    }
}

/// A CSV file of prerequisite records.
#[derive(Debug, Object)]
pub struct ImportIn {
    /// CSV text with the header `organisation,prerequisite,achieved_on,evidence`; `organisation` is an
    /// organisation's id, official code or name (when no other organisation bears it), `prerequisite`
    /// the name of one of the programme's kinds.
    #[oai(validator(max_length = 1000000))]
    pub csv: String,
}

/// What happened to one row.
#[derive(Debug, Object)]
pub struct ImportRowOut {
    /// Line in the file (the header is line 1).
    pub line: u64,
    /// Whether it was recorded.
    pub recorded: bool,
    /// Why it was refused: a stable code.
    pub reason_code: Option<String>,
    /// Why it was refused, in the language of `Accept-Language`.
    pub reason: Option<String>,
}

/// The report of an import.
#[derive(Debug, Object)]
pub struct ImportReportOut {
    /// Rows recorded.
    pub recorded: u64,
    /// Rows refused.
    pub refused: u64,
    /// Every row, in file order.
    pub rows: Vec<ImportRowOut>,
}

/// Programmes and prerequisites.
pub struct ProgrammesApi;

#[OpenApi(tag = "ApiTags::Programmes")]
impl ProgrammesApi {
    /// List programmes
    ///
    /// Public.
    #[oai(path = "/programmes", method = "get")]
    async fn list(&self, state: Data<&AppState>) -> ApiResult<Json<Vec<ProgrammeOut>>> {
        let programmes = programmes::list(&state.db).await?;
        Ok(Json(
            programmes.into_iter().map(ProgrammeOut::from).collect(),
        ))
    }

    /// Create a programme (managers)
    #[oai(path = "/programmes", method = "post")]
    async fn create(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        body: StrictJson<ProgrammeIn>,
    ) -> ApiResult<Created<ProgrammeOut>> {
        let programme = programmes::create(&state.db, auth.actor()?, &body.0.into()).await?;
        Ok(Created::Created(Json(programme.into())))
    }

    /// Show a programme
    ///
    /// Public.
    #[oai(path = "/programmes/:id", method = "get")]
    async fn get(&self, state: Data<&AppState>, id: Path<Uuid>) -> ApiResult<Json<ProgrammeOut>> {
        Ok(Json(programmes::find(&state.db, id.0).await?.into()))
    }

    /// A programme across its cycles
    ///
    /// Public. Every published call of the programme by opening, with applications, eligible, selected,
    /// awarded and disbursed, completion and termination rates and indicator totals per cycle (what a call
    /// decided only once its results are published), and which subdivisions took part in which cycle.
    #[oai(path = "/programmes/:id/cycles", method = "get")]
    async fn cycles(&self, state: Data<&AppState>, id: Path<Uuid>) -> ApiResult<Json<CyclesOut>> {
        let cycles = programmes::cycles::cycles(&state.db, id.0, state.clock.now()).await?;
        Ok(Json(cycles.into()))
    }

    /// Edit a programme (managers)
    #[oai(path = "/programmes/:id", method = "put")]
    async fn update(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<ProgrammeUpdateIn>,
    ) -> ApiResult<Json<ProgrammeOut>> {
        let body = body.0;
        let programme = programmes::update(
            &state.db,
            auth.actor()?,
            id.0,
            body.version,
            &body.fields.into(),
        )
        .await?;
        Ok(Json(programme.into()))
    }

    /// List a programme's prerequisite kinds
    ///
    /// Public: calls show what they require.
    #[oai(path = "/programmes/:id/prerequisites", method = "get")]
    async fn kinds(
        &self,
        state: Data<&AppState>,
        id: Path<Uuid>,
    ) -> ApiResult<Json<Vec<PrerequisiteKindOut>>> {
        programmes::find(&state.db, id.0).await?;
        let kinds = prerequisites::kinds_of(&state.db, id.0).await?;
        Ok(Json(
            kinds.into_iter().map(PrerequisiteKindOut::from).collect(),
        ))
    }

    /// Define a prerequisite kind (managers)
    #[oai(path = "/programmes/:id/prerequisites", method = "post")]
    async fn create_kind(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<PrerequisiteKindIn>,
    ) -> ApiResult<Created<PrerequisiteKindOut>> {
        let kind = prerequisites::create_kind(
            &state.db,
            auth.actor()?,
            id.0,
            &KindInput {
                name: body.0.name,
                description: body.0.description,
            },
        )
        .await?;
        Ok(Created::Created(Json(kind.into())))
    }

    /// Import prerequisite records from CSV (managers)
    ///
    /// Good rows are recorded; the others are refused, each with its reason.
    #[oai(path = "/programmes/:id/prerequisites/import", method = "post")]
    async fn import(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<ImportIn>,
    ) -> ApiResult<Json<ImportReportOut>> {
        let report = prerequisites::import_csv(&state.db, auth.actor()?, id.0, &body.csv).await?;
        let lang = crate::problem::request_lang();
        Ok(Json(ImportReportOut {
            recorded: report.recorded as u64,
            refused: report.refused as u64,
            rows: report
                .rows
                .into_iter()
                .map(|row| ImportRowOut {
                    line: row.line,
                    recorded: row.recorded,
                    reason_code: row.reason.as_ref().map(|m| m.key.clone()),
                    reason: row.reason.as_ref().map(|m| lang.message(m)),
                })
                .collect(),
        }))
    }

    /// Record a prerequisite for an organisation (managers)
    #[oai(path = "/prerequisite-records", method = "post")]
    async fn record(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        body: StrictJson<PrerequisiteRecordIn>,
    ) -> ApiResult<Created<PrerequisiteRecordOut>> {
        let body = body.0;
        let held = prerequisites::record(
            &state.db,
            auth.actor()?,
            &RecordInput {
                prerequisite_kind_id: body.prerequisite_kind_id,
                organisation_id: body.organisation_id,
                achieved_on: body.achieved_on,
                evidence: body.evidence,
            },
        )
        .await?;
        Ok(Created::Created(Json(PrerequisiteRecordOut::new(held))))
    }

    /// List an organisation's prerequisites (its members, managers and admins)
    #[oai(path = "/organisations/:id/prerequisites", method = "get")]
    async fn records(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<Vec<PrerequisiteRecordOut>>> {
        let held = prerequisites::records_of(&state.db, auth.actor()?, id.0).await?;
        Ok(Json(
            held.into_iter().map(PrerequisiteRecordOut::new).collect(),
        ))
    }
}

/// An indicator of a cycle, summed over its funded projects.
#[derive(Debug, Object)]
pub struct CycleIndicatorOut {
    /// The indicator's name, as the call names it.
    pub name: String,
    /// Its unit.
    pub unit: String,
    /// Sum of the projects' targets, a decimal string.
    pub target: String,
    /// Sum of the projects' latest values from accepted reports, a decimal string.
    pub reached: String,
}

/// What a cycle decided and funded; present once its results are published.
#[derive(Debug, Object)]
pub struct CycleDecidedOut {
    /// Applications selected.
    pub selected: u32,
    /// Funded projects.
    pub projects: u32,
    /// Awarded to them, a decimal string in `currency`.
    pub awarded: String,
    /// Paid to them so far, a decimal string in `currency`.
    pub disbursed: String,
    /// The programme's currency.
    pub currency: String,
    /// Projects completed.
    pub completed: u32,
    /// Projects terminated early.
    pub terminated: u32,
    /// Completed projects as a share of the funded ones, a decimal string from 0 to 1 (absent without
    /// projects).
    pub completion_rate: Option<String>,
    /// Terminated projects as a share of the funded ones, a decimal string from 0 to 1 (absent without
    /// projects).
    pub termination_rate: Option<String>,
    /// The call's indicators, in the call's order.
    pub indicators: Vec<CycleIndicatorOut>,
    /// Peer exchanges held (outcome recorded) that invited its projects.
    pub exchanges_held: u32,
    /// Lessons published (accepted final reports).
    pub lessons_published: u32,
    /// Its projects that replicate an earlier project.
    pub replications: u32,
}

/// One cycle of a programme: one of its published calls.
#[derive(Debug, Object)]
pub struct CycleOut {
    /// The call.
    pub call_id: Uuid,
    /// Its code.
    pub code: String,
    /// Its title.
    pub title: String,
    /// open, closed, reviewing, decided or archived (an open call past its deadline is closed).
    pub state: String,
    /// Opening.
    pub opens_at: DateTime<Utc>,
    /// Deadline; null for a rolling call, open until closed.
    pub closes_at: Option<DateTime<Utc>>,
    /// The earlier cycle this call was cloned from.
    pub cloned_from: Option<Uuid>,
    /// Applications submitted (withdrawn ones left out).
    pub applications: u32,
    /// Applications screened eligible.
    pub eligible: u32,
    /// What was decided, once the results are published.
    pub decided: Option<CycleDecidedOut>,
}

/// What one subdivision did in one cycle.
#[derive(Debug, Object)]
pub struct ParticipationOut {
    /// The cycle's call.
    pub call_id: Uuid,
    /// Applications led from the subdivision.
    pub applications: u32,
    /// Of those, selected (once the cycle's results are published).
    pub selected: u32,
}

/// A subdivision of the agency's country and its part in each cycle; those never reached are listed too.
#[derive(Debug, Object)]
pub struct RegionOut {
    /// ISO 3166-2 code; empty for applicants that named no subdivision.
    pub subdivision: String,
    /// Its official name, when Convoca knows it.
    pub name: Option<String>,
    /// Whether any applicant from it applied in any cycle.
    pub reached: bool,
    /// Per cycle, in the cycles' order.
    pub cycles: Vec<ParticipationOut>,
}

/// A programme across its cycles.
#[derive(Debug, Object)]
pub struct CyclesOut {
    /// The programme.
    pub programme_id: Uuid,
    /// Its name.
    pub name: String,
    /// The agency's country.
    pub country: String,
    /// The programme's published calls, by opening.
    pub cycles: Vec<CycleOut>,
    /// Every subdivision of the country, reached or not, then any other an applicant named.
    pub regions: Vec<RegionOut>,
}

impl From<programmes::cycles::Cycles> for CyclesOut {
    fn from(all: programmes::cycles::Cycles) -> Self {
        let currency = all.currency;
        let call_ids: Vec<Uuid> = all.cycles.iter().map(|c| c.call_id).collect();
        CyclesOut {
            programme_id: all.programme.id,
            name: all.programme.name,
            country: all.country,
            cycles: all
                .cycles
                .into_iter()
                .map(|c| CycleOut {
                    call_id: c.call_id,
                    code: c.code,
                    title: c.title,
                    state: c.state.as_str().to_owned(),
                    opens_at: c.opens_at,
                    closes_at: c.closes_at,
                    cloned_from: c.cloned_from,
                    applications: c.applications,
                    eligible: c.eligible,
                    decided: c.decided.map(|d| CycleDecidedOut {
                        selected: d.selected,
                        projects: d.projects,
                        awarded: d.awarded.to_decimal_string(currency),
                        disbursed: d.disbursed.to_decimal_string(currency),
                        currency: currency.code().to_owned(),
                        completed: d.completed,
                        terminated: d.terminated,
                        completion_rate: d
                            .completion_rate()
                            .map(|r| r.round_dp(4).normalize().to_string()),
                        termination_rate: d
                            .termination_rate()
                            .map(|r| r.round_dp(4).normalize().to_string()),
                        indicators: d
                            .indicators
                            .into_iter()
                            .map(|i| CycleIndicatorOut {
                                name: i.name,
                                unit: i.unit,
                                target: i.target.normalize().to_string(),
                                reached: i.reached.normalize().to_string(),
                            })
                            .collect(),
                        exchanges_held: d.exchanges_held,
                        lessons_published: d.lessons_published,
                        replications: d.replications,
                    }),
                })
                .collect(),
            regions: all
                .regions
                .into_iter()
                .map(|r| RegionOut {
                    reached: r.reached(),
                    name: r.name.map(str::to_owned),
                    cycles: r
                        .cycles
                        .iter()
                        .zip(&call_ids)
                        .map(|(p, call_id)| ParticipationOut {
                            call_id: *call_id,
                            applications: p.applications,
                            selected: p.selected,
                        })
                        .collect(),
                    subdivision: r.code,
                })
                .collect(),
        }
    }
}
