//! The `exchanges` tag: peer-learning exchanges between a programme's funded projects. Managers organise
//! them and record their outcome; an invited project's team registers who attends; anyone reads the past
//! ones whose outcome is recorded.

use chrono::{DateTime, Utc};
use domain::exchanges::service::{self, Document, ExchangeInput, ExchangeView, OutcomeInput};
use poem::web::Data;
use poem_openapi::param::Path;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};
use uuid::Uuid;

use crate::AppState;
use crate::accounts::{ApiTags, Created};
use crate::auth::{Auth, OptionalAuth};
use crate::problem::ApiResult;
use crate::strict::StrictJson;

/// A document of an outcome, as a link.
#[derive(Debug, Clone, Object)]
pub struct DocumentIo {
    /// Title.
    #[oai(validator(max_length = 200))]
    pub title: String,
    /// An `http` or `https` address.
    #[oai(validator(max_length = 500))]
    pub url: String,
}

/// A project invited to an exchange.
#[derive(Debug, Clone, Object)]
pub struct InvitedProjectOut {
    /// The project.
    pub project_id: Uuid,
    /// Its title.
    pub project: String,
    /// Its lead organisation.
    pub organisation_id: Uuid,
    /// The lead organisation's name.
    pub organisation: String,
    /// The names of the people registered to attend (managers and the project's own team only; empty for
    /// everyone else).
    pub attendees: Vec<String>,
    /// Whether it took part, once the outcome is recorded.
    pub attended: Option<bool>,
    /// The attendance's version: send it back when registering.
    pub version: i32,
}

/// The outcome of an exchange.
#[derive(Debug, Clone, Object)]
pub struct OutcomeOut {
    /// What was learned.
    pub notes: String,
    /// Documents.
    pub documents: Vec<DocumentIo>,
    /// When it was recorded.
    pub recorded_at: DateTime<Utc>,
}

/// What the caller may do next.
#[derive(Debug, Clone, Object)]
pub struct ExchangeAllowedOut {
    /// Change the exchange.
    pub edit: bool,
    /// Record its outcome.
    pub record_outcome: bool,
    /// The invited projects whose attendance the caller may register.
    pub register_for: Vec<Uuid>,
}

/// A peer-learning exchange.
#[derive(Debug, Clone, Object)]
pub struct ExchangeOut {
    /// Identifier.
    pub id: Uuid,
    /// The programme.
    pub programme_id: Uuid,
    /// The programme's name.
    pub programme: String,
    /// Title.
    pub title: String,
    /// When it starts.
    pub starts_at: DateTime<Utc>,
    /// The IANA time zone it is shown in.
    pub time_zone: String,
    /// Where it takes place (empty when online only).
    pub place: String,
    /// The link to join online (empty when in person only).
    pub online_link: String,
    /// The agenda.
    pub agenda: String,
    /// The projects invited.
    pub invited: Vec<InvitedProjectOut>,
    /// The outcome, once recorded.
    pub outcome: Option<OutcomeOut>,
    /// Send it back when changing the exchange or recording its outcome.
    pub version: i32,
    /// What the caller may do next.
    pub allowed: ExchangeAllowedOut,
}

fn document_out(d: Document) -> DocumentIo {
    DocumentIo {
        title: d.title,
        url: d.url,
    }
}

impl From<ExchangeView> for ExchangeOut {
    fn from(view: ExchangeView) -> Self {
        ExchangeOut {
            id: view.id,
            programme_id: view.programme_id,
            programme: view.programme,
            title: view.title,
            starts_at: view.starts_at,
            time_zone: view.time_zone.name().to_owned(),
            place: view.place,
            online_link: view.online_link,
            agenda: view.agenda,
            invited: view
                .invited
                .into_iter()
                .map(|i| InvitedProjectOut {
                    project_id: i.project_id,
                    project: i.project,
                    organisation_id: i.organisation_id,
                    organisation: i.organisation,
                    attendees: i.attendees,
                    attended: i.attended,
                    version: i.version,
                })
                .collect(),
            outcome: view.outcome.map(|o| OutcomeOut {
                notes: o.notes,
                documents: o.documents.into_iter().map(document_out).collect(),
                recorded_at: o.recorded_at,
            }),
            version: view.version,
            allowed: ExchangeAllowedOut {
                edit: view.allowed.edit,
                record_outcome: view.allowed.record_outcome,
                register_for: view.allowed.register_for,
            },
        }
    }
}

/// A new exchange.
#[derive(Debug, Clone, Object)]
pub struct ExchangeIn {
    /// Title.
    #[oai(validator(max_length = 200))]
    pub title: String,
    /// When it starts.
    pub starts_at: DateTime<Utc>,
    /// The IANA time zone it is shown in, e.g. `Europe/Berlin`.
    #[oai(validator(max_length = 64))]
    pub time_zone: String,
    /// Where it takes place; this or `online_link` is required.
    #[oai(default, validator(max_length = 500))]
    pub place: String,
    /// An `http(s)` link to join online.
    #[oai(default, validator(max_length = 500))]
    pub online_link: String,
    /// The agenda.
    #[oai(default, validator(max_length = 20000))]
    pub agenda: String,
    /// The funded projects invited (projects of the programme's calls); at least one.
    #[oai(validator(max_items = 200))]
    pub invited: Vec<Uuid>,
}

/// A changed exchange.
#[derive(Debug, Clone, Object)]
pub struct ExchangeUpdateIn {
    /// Title.
    #[oai(validator(max_length = 200))]
    pub title: String,
    /// When it starts.
    pub starts_at: DateTime<Utc>,
    /// The IANA time zone it is shown in.
    #[oai(validator(max_length = 64))]
    pub time_zone: String,
    /// Where it takes place; this or `online_link` is required.
    #[oai(default, validator(max_length = 500))]
    pub place: String,
    /// An `http(s)` link to join online.
    #[oai(default, validator(max_length = 500))]
    pub online_link: String,
    /// The agenda.
    #[oai(default, validator(max_length = 20000))]
    pub agenda: String,
    /// The funded projects invited; newly invited teams are told, uninvited ones lose their registration.
    #[oai(validator(max_items = 200))]
    pub invited: Vec<Uuid>,
    /// The exchange's version as read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
}

/// Who attends from a project's organisation.
#[derive(Debug, Clone, Object)]
pub struct AttendanceIn {
    /// The names of the people attending (the whole list; blank entries are left out).
    #[oai(validator(max_items = 20))]
    pub attendees: Vec<String>,
    /// The attendance's version as read (`invited[].version`).
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
}

/// The outcome of an exchange.
#[derive(Debug, Clone, Object)]
pub struct OutcomeIn {
    /// What was learned (required).
    #[oai(validator(max_length = 20000))]
    pub notes: String,
    /// The invited projects that took part.
    #[oai(default, validator(max_items = 200))]
    pub attended: Vec<Uuid>,
    /// Documents, as links.
    #[oai(default, validator(max_items = 20))]
    pub documents: Vec<DocumentIo>,
    /// The exchange's version as read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
}

/// Peer-learning exchanges.
pub struct ExchangesApi;

#[OpenApi(tag = "ApiTags::Exchanges")]
impl ExchangesApi {
    /// Organise an exchange for a programme (managers)
    ///
    /// Each invited project's team is notified.
    #[oai(path = "/programmes/:id/exchanges", method = "post")]
    async fn organise(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<ExchangeIn>,
    ) -> ApiResult<Created<ExchangeOut>> {
        let b = body.0;
        let view = service::organise(
            &state.db,
            auth.actor()?,
            id.0,
            &ExchangeInput {
                title: b.title,
                starts_at: b.starts_at,
                time_zone: b.time_zone,
                place: b.place,
                online_link: b.online_link,
                agenda: b.agenda,
                invited: b.invited,
            },
            state.clock.now(),
        )
        .await?;
        Ok(Created::Created(Json(view.into())))
    }

    /// List a programme's exchanges
    ///
    /// Public: the past exchanges whose outcome is recorded, newest first. Managers see every exchange, and
    /// a team also those its projects are invited to.
    #[oai(path = "/programmes/:id/exchanges", method = "get")]
    async fn list(
        &self,
        state: Data<&AppState>,
        auth: OptionalAuth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<Vec<ExchangeOut>>> {
        let views =
            service::of_programme(&state.db, auth.actor()?, id.0, state.clock.now()).await?;
        Ok(Json(views.into_iter().map(Into::into).collect()))
    }

    /// Show an exchange
    ///
    /// Public once its outcome is recorded; managers and invited teams always. Names of people attending are
    /// shown to managers and to their own team only.
    #[oai(path = "/exchanges/:id", method = "get")]
    async fn get(
        &self,
        state: Data<&AppState>,
        auth: OptionalAuth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<ExchangeOut>> {
        let view = service::get(&state.db, auth.actor()?, id.0, state.clock.now()).await?;
        Ok(Json(view.into()))
    }

    /// Change an exchange (managers)
    ///
    /// Until its outcome is recorded.
    #[oai(path = "/exchanges/:id", method = "put")]
    async fn update(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<ExchangeUpdateIn>,
    ) -> ApiResult<Json<ExchangeOut>> {
        let b = body.0;
        let view = service::update(
            &state.db,
            auth.actor()?,
            id.0,
            b.version,
            &ExchangeInput {
                title: b.title,
                starts_at: b.starts_at,
                time_zone: b.time_zone,
                place: b.place,
                online_link: b.online_link,
                agenda: b.agenda,
                invited: b.invited,
            },
            state.clock.now(),
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// Register who attends from an invited project (the project's team)
    ///
    /// Replaces the list; possible until the end of the exchange's day.
    #[oai(path = "/exchanges/:id/attendance/:project_id", method = "put")]
    async fn attendance(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        project_id: Path<Uuid>,
        body: StrictJson<AttendanceIn>,
    ) -> ApiResult<Json<ExchangeOut>> {
        let view = service::register_attendance(
            &state.db,
            auth.actor()?,
            id.0,
            project_id.0,
            body.0.version,
            &body.0.attendees,
            state.clock.now(),
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// Record an exchange's outcome (managers)
    ///
    /// Once it has started: notes, which invited projects took part, documents. The exchange is then public.
    #[oai(path = "/exchanges/:id/outcome", method = "put")]
    async fn outcome(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<OutcomeIn>,
    ) -> ApiResult<Json<ExchangeOut>> {
        let b = body.0;
        let view = service::record_outcome(
            &state.db,
            auth.actor()?,
            id.0,
            &OutcomeInput {
                notes: b.notes,
                attended: b.attended,
                documents: b
                    .documents
                    .into_iter()
                    .map(|d| Document {
                        title: d.title,
                        url: d.url,
                    })
                    .collect(),
                version: b.version,
            },
            state.clock.now(),
        )
        .await?;
        Ok(Json(view.into()))
    }
}
