//! Peer-learning exchanges in the browser: the managers' list of a programme's exchanges with the form to
//! organise one, an exchange's page to change it and record its outcome, the team's section of the project
//! page with the attendance form, and the public section of the programme page (`programme_exchanges.html`).
//!
//! Who may see and do what, and every rule, are `domain::exchanges`'s: each handler reads one form, calls
//! one service and redirects with a notice, or shows the form again as typed with the domain's messages.

use askama::Template;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use domain::exchanges::service::{self, Document, ExchangeInput, ExchangeView, OutcomeInput};
use domain::{Error, FieldError, Message};
use poem::http::StatusCode;
use poem::web::cookie::CookieJar;
use poem::web::{Data, Path};
use poem::{Response, handler};
use uuid::Uuid;

use crate::call_forms;
use crate::csrf::CheckedForm;
use crate::errors::PageError;
use crate::forms::{self, Fields, FormState};
use crate::i18n::Lang;
use crate::i18n::format;
use crate::layout::Localized as _;
use crate::layout::{self, Choice};
use crate::session::{self, Visitor};
use crate::{WebState, paths};

const EXCHANGE_FIELDS: Fields = &[
    ("title", "exchange-title"),
    ("starts_at", "exchange-starts-at"),
    ("time_zone", "exchange-time-zone"),
    ("place", "exchange-place"),
    ("online_link", "exchange-online-link"),
    ("agenda", "exchange-agenda"),
    ("invited", "exchange-invited"),
];
const OUTCOME_FIELDS: Fields = &[
    ("notes", "exchange-outcome-notes"),
    ("attended", "exchange-outcome-attended"),
    ("documents", "exchange-outcome-documents"),
];
const ATTENDANCE_FIELDS: Fields = &[("attendees", "exchange-attendees")];

// ---------------------------------------------------------------------------------------------------------
// What pages show of an exchange

/// An exchange as a line of a list or the head of a page.
pub struct ExchangeLine {
    pub id: Uuid,
    pub title: String,
    /// When, in the exchange's zone, as the language writes it.
    pub when: String,
    pub place: String,
    pub online_link: String,
    pub agenda: Vec<String>,
    /// The invited organisations (and projects), as a list.
    pub invited: String,
    pub outcome_recorded: bool,
}

fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::to_owned).collect()
}

fn when(lang: Lang, at: DateTime<Utc>, tz: Tz) -> String {
    format::date_time(lang, at, tz)
}

fn line_of(lang: Lang, view: &ExchangeView) -> ExchangeLine {
    ExchangeLine {
        id: view.id,
        title: view.title.clone(),
        when: when(lang, view.starts_at, view.time_zone),
        place: view.place.clone(),
        online_link: view.online_link.clone(),
        agenda: lines(&view.agenda),
        invited: view
            .invited
            .iter()
            .map(|i| format!("{} ({})", i.organisation, i.project))
            .collect::<Vec<_>>()
            .join(", "),
        outcome_recorded: view.outcome.is_some(),
    }
}

/// A past exchange on the public programme page: no names of people, only organisations.
pub struct PublicExchange {
    pub title: String,
    pub when: String,
    pub place: String,
    pub online_link: String,
    /// The invited organisations, as a list.
    pub invited: String,
    /// The organisations that took part, as a list.
    pub attended: String,
    pub notes: Vec<String>,
    pub documents: Vec<Document>,
}

/// What `programme_exchanges.html` renders (as its `exchanges` variable) for a programme: the past
/// exchanges whose outcome is recorded, newest first.
pub async fn public_exchanges(
    state: &WebState,
    lang: Lang,
    programme_id: Uuid,
) -> Result<Vec<PublicExchange>, PageError> {
    let summaries = domain::exchanges::public_of_programme(&state.db, programme_id).await?;
    Ok(summaries
        .into_iter()
        .map(|s| PublicExchange {
            when: when(
                lang,
                s.starts_at,
                s.time_zone.parse().unwrap_or(chrono_tz::UTC),
            ),
            title: s.title,
            place: s.place,
            online_link: s.online_link,
            invited: s.invited.join(", "),
            attended: s.attended.join(", "),
            notes: lines(&s.notes),
            documents: s.documents,
        })
        .collect())
}

/// An exchange in the team's section of the project page.
pub struct TeamExchange {
    pub line: ExchangeLine,
    /// The names registered for this project.
    pub attendees: Vec<String>,
    /// Whether the team may still change them.
    pub may_register: bool,
    pub form: FormState,
    pub version: i32,
}

fn attendance_form(lang: Lang, attendees: &[String]) -> FormState {
    FormState::new(lang, "attendance", ATTENDANCE_FIELDS).with("attendees", attendees.join("\n"))
}

fn team_exchange(lang: Lang, view: &ExchangeView, project_id: Uuid) -> TeamExchange {
    let own = view.invited.iter().find(|i| i.project_id == project_id);
    let attendees = own.map(|i| i.attendees.clone()).unwrap_or_default();
    TeamExchange {
        line: line_of(lang, view),
        may_register: view.allowed.register_for.contains(&project_id),
        form: attendance_form(lang, &attendees),
        version: own.map_or(0, |i| i.version),
        attendees,
    }
}

/// The exchanges a project is invited to, for its section on the project page (empty for the public).
pub async fn of_project(
    state: &WebState,
    visitor: &Visitor,
    project_id: Uuid,
) -> Result<Vec<TeamExchange>, PageError> {
    let Some(actor) = visitor.actor.as_ref() else {
        return Ok(Vec::new());
    };
    match service::of_project(&state.db, actor, project_id, state.clock.now()).await {
        Ok(views) => Ok(views
            .iter()
            .map(|v| team_exchange(visitor.lang, v, project_id))
            .collect()),
        Err(Error::NotFound) => Ok(Vec::new()),
        Err(other) => Err(other.into()),
    }
}

// ---------------------------------------------------------------------------------------------------------
// Forms

/// The invitable projects as checkboxes.
async fn project_choices(
    state: &WebState,
    visitor: &Visitor,
    programme_id: Uuid,
) -> Result<Vec<Choice>, PageError> {
    let actor = visitor.manager()?;
    Ok(service::invitable(&state.db, actor, programme_id)
        .await?
        .into_iter()
        .map(|p| Choice {
            value: p.project_id.to_string(),
            label: format!("{} ({})", p.organisation, p.project),
            selected: false,
        })
        .collect())
}

/// Reads the exchange form; the start is typed in the exchange's zone.
fn read_exchange(form: &CheckedForm) -> Result<ExchangeInput, Error> {
    let mut problems = Vec::new();
    let zone = form.text("time_zone");
    let starts_at = match domain::calls::details::parse_time_zone(zone) {
        Ok(tz) => match call_forms::parse_local_datetime(form.text("starts_at"), tz) {
            Ok(at) => Some(at),
            Err(message) => {
                problems.push(FieldError::new("starts_at", message));
                None
            }
        },
        // The domain reports the zone itself; the start cannot be read without it.
        Err(_) => Some(DateTime::<Utc>::default()),
    };
    let mut invited = Vec::new();
    for value in form.all("invited") {
        match value.parse::<Uuid>() {
            Ok(id) => invited.push(id),
            Err(_) => problems.push(FieldError::new(
                "invited",
                Message::new("error-exchange-project-not-in-programme"),
            )),
        }
    }
    let input = ExchangeInput {
        title: form.text("title").to_owned(),
        starts_at: starts_at.unwrap_or_default(),
        time_zone: zone.to_owned(),
        place: form.text("place").to_owned(),
        online_link: form.text("online_link").to_owned(),
        agenda: form.text("agenda").to_owned(),
        invited,
    };
    if problems.is_empty() {
        Ok(input)
    } else {
        Err(Error::Validation(problems))
    }
}

/// Documents typed one per line, `Title | https://…` (a bare address is its own title).
fn read_documents(text: &str) -> Vec<Document> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(|line| match line.rsplit_once('|') {
            Some((title, url)) => Document {
                title: title.trim().to_owned(),
                url: url.trim().to_owned(),
            },
            None => Document {
                title: line.to_owned(),
                url: line.to_owned(),
            },
        })
        .collect()
}

/// The domain names each document's fields; the form has one field for them all.
fn on_form_fields(err: Error) -> Error {
    match err {
        Error::Validation(errors) => Error::Validation(
            errors
                .into_iter()
                .map(|e| {
                    if e.field.starts_with("documents") {
                        FieldError::new("documents", e.message)
                    } else {
                        e
                    }
                })
                .collect(),
        ),
        other => other,
    }
}

fn exchange_form(lang: Lang) -> FormState {
    FormState::new(lang, "exchange", EXCHANGE_FIELDS)
}

fn filled_exchange_form(lang: Lang, view: &ExchangeView) -> FormState {
    let mut form = exchange_form(lang)
        .with("title", &view.title)
        .with(
            "starts_at",
            call_forms::local_datetime_value(view.starts_at, view.time_zone),
        )
        .with("time_zone", view.time_zone.name())
        .with("place", &view.place)
        .with("online_link", &view.online_link)
        .with("agenda", &view.agenda);
    for i in &view.invited {
        form = form.with("invited", i.project_id);
    }
    form
}

fn outcome_form(lang: Lang, view: &ExchangeView) -> FormState {
    let mut form = FormState::new(lang, "outcome", OUTCOME_FIELDS);
    if let Some(outcome) = &view.outcome {
        form = form.with("notes", &outcome.notes).with(
            "documents",
            outcome
                .documents
                .iter()
                .map(|d| format!("{} | {}", d.title, d.url))
                .collect::<Vec<_>>()
                .join("\n"),
        );
    }
    for i in view.invited.iter().filter(|i| i.attended == Some(true)) {
        form = form.with("attended", i.project_id);
    }
    form
}

// ---------------------------------------------------------------------------------------------------------
// The managers' list of a programme's exchanges

#[derive(Template)]
#[template(path = "manage_exchanges.html")]
struct ListPage<'a> {
    visitor: &'a Visitor,
    programme_id: Uuid,
    programme: String,
    exchanges: Vec<ExchangeLine>,
    form: FormState,
    projects: Vec<Choice>,
}
layout::localized!(ListPage);

async fn list_page(
    state: &WebState,
    visitor: &Visitor,
    programme_id: Uuid,
    form: FormState,
    status: StatusCode,
) -> Result<Response, PageError> {
    let actor = visitor.manager()?;
    let programme = domain::programmes::find(&state.db, programme_id).await?;
    let views =
        service::of_programme(&state.db, Some(actor), programme_id, state.clock.now()).await?;
    let page = ListPage {
        visitor,
        programme_id,
        programme: programme.name,
        exchanges: views.iter().map(|v| line_of(visitor.lang, v)).collect(),
        form,
        projects: project_choices(state, visitor, programme_id).await?,
    };
    layout::render(&page, status)
}

/// `GET /manage/programmes/{id}/exchanges`: a programme's exchanges and the form to organise one.
#[handler]
pub async fn list(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let form = exchange_form(visitor.lang);
    list_page(state, visitor, paths::parse_id(&id)?, form, StatusCode::OK).await
}

/// `POST /manage/programmes/{id}/exchanges`: organises an exchange.
#[handler]
pub async fn create(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.manager()?;
    let programme_id = paths::parse_id(&id)?;
    let result = match read_exchange(&form) {
        Ok(input) => {
            service::organise(&state.db, actor, programme_id, &input, state.clock.now()).await
        }
        Err(err) => Err(err),
    };
    match result {
        Ok(view) => Ok(session::redirect_with_flash(
            state,
            jar,
            "flash-exchange-organised",
            format!("/manage/exchanges/{}", view.id),
        )),
        Err(err) => {
            let mut shown = exchange_form(visitor.lang).keeping(&form, &[]);
            let status = shown.absorb(err)?;
            list_page(state, visitor, programme_id, shown, status).await
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// An exchange's page for managers

#[derive(Template)]
#[template(path = "manage_exchange.html")]
struct ExchangePage<'a> {
    visitor: &'a Visitor,
    line: ExchangeLine,
    programme_id: Uuid,
    programme: String,
    version: i32,
    may_edit: bool,
    may_record: bool,
    /// Each invited project with the names registered and whether it attended.
    registered: Vec<(String, String, Option<bool>)>,
    notes: Vec<String>,
    documents: Vec<Document>,
    edit_form: FormState,
    outcome_form: FormState,
    projects: Vec<Choice>,
    invited: Vec<Choice>,
}
layout::localized!(ExchangePage);

async fn exchange_page(
    state: &WebState,
    visitor: &Visitor,
    id: Uuid,
    failed: (Option<FormState>, Option<FormState>),
    status: StatusCode,
) -> Result<Response, PageError> {
    let actor = visitor.manager()?;
    let view = service::get(&state.db, Some(actor), id, state.clock.now()).await?;
    let lang = visitor.lang;
    let page = ExchangePage {
        visitor,
        line: line_of(lang, &view),
        programme_id: view.programme_id,
        programme: view.programme.clone(),
        version: view.version,
        may_edit: view.allowed.edit,
        may_record: view.allowed.record_outcome,
        registered: view
            .invited
            .iter()
            .map(|i| {
                (
                    format!("{} ({})", i.organisation, i.project),
                    i.attendees.join(", "),
                    i.attended,
                )
            })
            .collect(),
        notes: view
            .outcome
            .as_ref()
            .map(|o| lines(&o.notes))
            .unwrap_or_default(),
        documents: view
            .outcome
            .as_ref()
            .map(|o| o.documents.clone())
            .unwrap_or_default(),
        edit_form: failed
            .0
            .unwrap_or_else(|| filled_exchange_form(lang, &view)),
        outcome_form: failed.1.unwrap_or_else(|| outcome_form(lang, &view)),
        projects: project_choices(state, visitor, view.programme_id).await?,
        invited: view
            .invited
            .iter()
            .map(|i| Choice {
                value: i.project_id.to_string(),
                label: format!("{} ({})", i.organisation, i.project),
                selected: false,
            })
            .collect(),
    };
    layout::render(&page, status)
}

/// `GET /manage/exchanges/{id}`: an exchange, its form and its outcome form.
#[handler]
pub async fn show(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    exchange_page(
        state,
        visitor,
        paths::parse_id(&id)?,
        (None, None),
        StatusCode::OK,
    )
    .await
}

/// `POST /manage/exchanges/{id}`: changes an exchange (with the version read).
#[handler]
pub async fn update(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.manager()?;
    let id = paths::parse_id(&id)?;
    let result = match (read_exchange(&form), forms::version(&form)) {
        (Ok(input), Ok(version)) => {
            service::update(&state.db, actor, id, version, &input, state.clock.now())
                .await
                .map(drop)
        }
        (Err(err), _) | (_, Err(err)) => Err(err),
    };
    match result {
        Ok(()) => Ok(session::redirect_with_flash(
            state,
            jar,
            "flash-exchange-saved",
            format!("/manage/exchanges/{id}"),
        )),
        Err(err) => {
            let mut shown = exchange_form(visitor.lang).keeping(&form, &[]);
            let status = shown.absorb(err)?;
            exchange_page(state, visitor, id, (Some(shown), None), status).await
        }
    }
}

/// `POST /manage/exchanges/{id}/outcome`: records the outcome.
#[handler]
pub async fn record_outcome(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.manager()?;
    let id = paths::parse_id(&id)?;
    let attended: Vec<Uuid> = form
        .all("attended")
        .into_iter()
        .filter_map(|v| v.parse().ok())
        .collect();
    let result = match forms::version(&form) {
        Ok(version) => service::record_outcome(
            &state.db,
            actor,
            id,
            &OutcomeInput {
                notes: form.text("notes").to_owned(),
                attended,
                documents: read_documents(form.text("documents")),
                version,
            },
            state.clock.now(),
        )
        .await
        .map(drop),
        Err(err) => Err(err),
    };
    match result {
        Ok(()) => Ok(session::redirect_with_flash(
            state,
            jar,
            "flash-exchange-outcome-recorded",
            format!("/manage/exchanges/{id}"),
        )),
        Err(err) => {
            let mut shown =
                FormState::new(visitor.lang, "outcome", OUTCOME_FIELDS).keeping(&form, &[]);
            let status = shown.absorb(on_form_fields(err))?;
            exchange_page(state, visitor, id, (None, Some(shown)), status).await
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// The team's attendance

#[derive(Template)]
#[template(path = "exchange_attendance.html")]
struct AttendancePage<'a> {
    visitor: &'a Visitor,
    project_id: Uuid,
    exchange: TeamExchange,
}
layout::localized!(AttendancePage);

/// `POST /projects/{project_id}/exchanges/{id}/attendance`: the team registers who attends. On bad input
/// the exchange is shown alone with the form as typed.
#[handler]
pub async fn register_attendance(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path((project_id, id)): Path<(String, String)>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let project_id = paths::parse_id(&project_id)?;
    let id = paths::parse_id(&id)?;
    let names: Vec<String> = form.text("attendees").lines().map(str::to_owned).collect();
    let result = match forms::version(&form) {
        Ok(version) => service::register_attendance(
            &state.db,
            actor,
            id,
            project_id,
            version,
            &names,
            state.clock.now(),
        )
        .await
        .map(drop),
        Err(err) => Err(err),
    };
    match result {
        Ok(()) => Ok(session::redirect_with_flash(
            state,
            jar,
            "flash-exchange-attendance-saved",
            format!("/projects/{project_id}#exchanges"),
        )),
        Err(err) => {
            let mut shown =
                FormState::new(visitor.lang, "attendance", ATTENDANCE_FIELDS).keeping(&form, &[]);
            let status = shown.absorb(err)?;
            let view = service::get(&state.db, Some(actor), id, state.clock.now()).await?;
            let mut exchange = team_exchange(visitor.lang, &view, project_id);
            exchange.form = shown;
            let page = AttendancePage {
                visitor,
                project_id,
                exchange,
            };
            layout::render(&page, status)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page that only includes the public section, as the programme page will.
    #[derive(Template)]
    #[template(source = "{% include \"programme_exchanges.html\" %}", ext = "html")]
    struct Section {
        lang: Lang,
        exchanges: Vec<PublicExchange>,
    }

    impl Section {
        fn t(&self, key: &str) -> String {
            self.lang.t(key)
        }
    }

    #[test]
    fn the_public_section_names_organisations_and_documents() {
        let section = Section {
            lang: Lang::En,
            exchanges: vec![PublicExchange {
                title: "Open budgets".into(),
                when: "10 March 2027".into(),
                place: "Sfax".into(),
                online_link: String::new(),
                invited: "Sfax, Sousse".into(),
                attended: "Sfax".into(),
                notes: vec!["Portal shown.".into(), "<b>bold</b>".into()],
                documents: vec![Document {
                    title: "Slides".into(),
                    url: "https://example.org/s.pdf".into(),
                }],
            }],
        };
        let html = section.render().unwrap();
        assert!(html.contains("Open budgets"));
        assert!(html.contains("Sfax, Sousse"));
        assert!(html.contains("href=\"https://example.org/s.pdf\""));
        assert!(!html.contains("<b>bold"));
        let empty = Section {
            lang: Lang::En,
            exchanges: Vec::new(),
        };
        assert!(!empty.render().unwrap().contains("<article"));
    }

    #[test]
    fn documents_are_read_one_per_line_with_their_title() {
        let documents = read_documents("Slides | https://a.example/s\n\nhttps://b.example/n\n");
        assert_eq!(documents.len(), 2);
        assert_eq!(documents[0].title, "Slides");
        assert_eq!(documents[0].url, "https://a.example/s");
        assert_eq!(documents[1].title, "https://b.example/n");
    }
}
