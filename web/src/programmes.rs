//! Programmes in the browser, for managers: the list with a form to create one, and a programme's page to
//! edit it and to manage its prerequisites (define kinds, record one for an organisation, import many from
//! CSV text with a report per row).
//!
//! `domain::programmes` and `domain::prerequisites` validate, check permissions and audit; these handlers
//! only read forms, call them and render what they return.

use askama::Template;
use chrono::NaiveDate;
use domain::organisations::{self, OrganisationFilter, OrganisationKind};
use domain::prerequisites::{
    self, ImportReport, KindHolders, KindInput, PrerequisiteKind, RecordInput,
};
use domain::programmes::{self, Programme, ProgrammeInput};
use domain::{Actor, Error, FieldError, Message, PageRequest};
use poem::http::{StatusCode, header};
use poem::web::cookie::CookieJar;
use poem::web::{Data, Path, Redirect};
use poem::{IntoResponse, Response, handler};
use uuid::Uuid;

use crate::csrf::CheckedForm;
use crate::errors::PageError;
use crate::forms::{self, Fields, FormState};
use crate::i18n::Lang;
use crate::layout::Localized as _;
use crate::layout::{self, Choice};
use crate::session::{self, Visitor};
use crate::{WebState, paths};

const PROGRAMME_FIELDS: Fields = &[
    ("name", "programme-name"),
    ("description", "programme-description"),
    ("agency_id", "programme-agency"),
    ("currency", "programme-currency"),
    ("reporting_cadence_months", "programme-cadence"),
    ("content_languages", "programme-content-languages"),
];
const KIND_FIELDS: Fields = &[
    ("name", "prerequisite-kind-name"),
    ("description", "prerequisite-kind-description"),
];
const RECORD_FIELDS: Fields = &[
    ("organisation_id", "prerequisite-record-organisation"),
    ("organisation_ref", "prerequisite-record-organisation-ref"),
    ("prerequisite_kind_id", "prerequisite-record-kind"),
    ("achieved_on", "prerequisite-record-date"),
    ("evidence", "prerequisite-record-evidence"),
];
const IMPORT_FIELDS: Fields = &[("file", "prerequisite-import-csv")];

/// The most organisations a select lists; beyond that, managers type the identifier.
const SELECT_LIMIT: u64 = PageRequest::MAX_LIMIT;

/// The national agencies a programme may belong to, for a select.
async fn agency_choices(state: &WebState, actor: &Actor) -> Result<Vec<Choice>, PageError> {
    let filter = OrganisationFilter {
        kind: Some(OrganisationKind::NationalAgency),
        ..OrganisationFilter::default()
    };
    let page = organisations::list(
        &state.db,
        actor,
        &filter,
        PageRequest::new(None, Some(SELECT_LIMIT)),
    )
    .await?;
    Ok(page
        .items
        .into_iter()
        .map(|agency| Choice {
            value: agency.id.to_string(),
            label: format!("{} ({})", agency.name, agency.country),
            selected: false,
        })
        .collect())
}

/// Reads the programme form. The agency and the currency are checked by the domain; only a cadence that
/// is not a number is refused here (and then nothing else is checked: the domain's rules need a number).
fn read_programme(form: &CheckedForm) -> Result<ProgrammeInput, Error> {
    let cadence = match forms::parse_optional_i32(form.optional("reporting_cadence_months")) {
        Ok(Some(months)) => months,
        Ok(None) => {
            return Err(Error::field(
                "reporting_cadence_months",
                Message::new("error-required"),
            ));
        }
        Err(message) => return Err(Error::field("reporting_cadence_months", message)),
    };
    Ok(ProgrammeInput {
        name: form.text("name").to_owned(),
        description: form.text("description").to_owned(),
        // Not an id at all is the same as an unknown agency: the domain says so on `agency_id`.
        agency_id: Uuid::parse_str(form.text("agency_id").trim()).unwrap_or(Uuid::nil()),
        currency: form.text("currency").to_owned(),
        reporting_cadence_months: cadence,
        content_languages: form
            .text("content_languages")
            .split([',', ' '])
            .filter(|code| !code.is_empty())
            .map(str::to_owned)
            .collect(),
    })
}

// ---------------------------------------------------------------------------------------------------------
// The list

/// A programme as a row of the list.
struct ProgrammeRow {
    programme: Programme,
    agency: String,
    /// Months between progress reports, for the plural.
    cadence: u64,
}

#[derive(Template)]
#[template(path = "manage_programmes.html")]
struct ProgrammesPage<'a> {
    visitor: &'a Visitor,
    rows: Vec<ProgrammeRow>,
    create_form: FormState,
    agencies: Vec<Choice>,
}
layout::localized!(ProgrammesPage);

async fn programmes_page(
    state: &WebState,
    visitor: &Visitor,
    create_form: Option<FormState>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let actor = visitor.manager()?;
    let agencies = agency_choices(state, actor).await?;
    let rows = programmes::list(&state.db)
        .await?
        .into_iter()
        .map(|programme| ProgrammeRow {
            cadence: programme.reporting_cadence_months.unsigned_abs().into(),
            agency: agencies
                .iter()
                .find(|a| a.value == programme.agency_id.to_string())
                .map(|a| a.label.clone())
                .unwrap_or_default(),
            programme,
        })
        .collect();
    let lang = visitor.lang;
    layout::render(
        &ProgrammesPage {
            visitor,
            rows,
            create_form: create_form.unwrap_or_else(|| {
                FormState::new(lang, "new-programme", PROGRAMME_FIELDS)
                    .with("reporting_cadence_months", 6)
            }),
            agencies,
        },
        status,
    )
}

/// `GET /manage/programmes`.
#[handler]
pub async fn list(visitor: &Visitor, Data(state): Data<&WebState>) -> Result<Response, PageError> {
    programmes_page(state, visitor, None, StatusCode::OK).await
}

/// `POST /manage/programmes`: creates a programme and opens its page.
#[handler]
pub async fn create(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.manager()?;
    let result = match read_programme(&form) {
        Ok(input) => programmes::create(&state.db, actor, &input).await,
        Err(err) => Err(err),
    };
    match result {
        Ok(programme) => {
            session::set_flash(state, jar, "flash-programme-created");
            Ok(Redirect::see_other(format!("/manage/programmes/{}", programme.id)).into_response())
        }
        Err(err) => {
            let mut create =
                FormState::new(visitor.lang, "new-programme", PROGRAMME_FIELDS).keeping(&form, &[]);
            let status = create.absorb(err)?;
            programmes_page(state, visitor, Some(create), status).await
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// One programme and its prerequisites

/// One row of an import's report.
struct ReportRow {
    line: u64,
    recorded: bool,
    reason: String,
}

/// What an import did, translated.
struct ImportSummary {
    recorded: u64,
    refused: u64,
    rows: Vec<ReportRow>,
}

impl ImportSummary {
    fn new(lang: Lang, report: ImportReport) -> Self {
        ImportSummary {
            recorded: report.recorded as u64,
            refused: report.refused as u64,
            rows: report
                .rows
                .into_iter()
                .map(|row| ReportRow {
                    line: row.line,
                    recorded: row.recorded,
                    reason: row
                        .reason
                        .map(|reason| lang.message(&reason))
                        .unwrap_or_default(),
                })
                .collect(),
        }
    }
}

#[derive(Template)]
#[template(path = "manage_programme.html")]
struct ProgrammePage<'a> {
    visitor: &'a Visitor,
    programme: Programme,
    edit_form: FormState,
    agencies: Vec<Choice>,
    kinds: Vec<PrerequisiteKind>,
    /// Each kind with the organisations that have met it.
    holders: Vec<KindHolders>,
    kind_form: FormState,
    record_form: FormState,
    organisations: Vec<Choice>,
    kind_choices: Vec<Choice>,
    import_form: FormState,
    import_columns: String,
    report: Option<ImportSummary>,
}
layout::localized!(ProgrammePage);

/// The forms of the programme page, blank unless a handler fills one in.
#[derive(Default)]
struct ProgrammeForms {
    edit: Option<FormState>,
    kind: Option<FormState>,
    record: Option<FormState>,
    import: Option<FormState>,
    report: Option<ImportSummary>,
}

fn edit_form_for(lang: Lang, programme: &Programme) -> FormState {
    FormState::new(lang, "programme", PROGRAMME_FIELDS)
        .with("name", &programme.name)
        .with("description", &programme.description)
        .with("agency_id", programme.agency_id)
        .with("currency", &programme.currency)
        .with(
            "reporting_cadence_months",
            programme.reporting_cadence_months,
        )
        .with(
            "content_languages",
            programme.content_languages.replace(',', ", "),
        )
}

async fn programme_page(
    state: &WebState,
    visitor: &Visitor,
    id: Uuid,
    forms: ProgrammeForms,
    status: StatusCode,
) -> Result<Response, PageError> {
    let actor = visitor.manager()?;
    let lang = visitor.lang;
    let programme = programmes::find(&state.db, id).await?;
    let kinds = prerequisites::kinds_of(&state.db, id).await?;
    let holders = prerequisites::holders_in(&state.db, actor, id).await?;
    let organisations = organisations::list(
        &state.db,
        actor,
        &OrganisationFilter::default(),
        PageRequest::new(None, Some(SELECT_LIMIT)),
    )
    .await?
    .items
    .into_iter()
    .filter(|o| o.kind != OrganisationKind::NationalAgency.as_str())
    .map(|o| Choice {
        value: o.id.to_string(),
        label: format!("{} ({})", o.name, o.country),
        selected: false,
    })
    .collect();
    let page = ProgrammePage {
        visitor,
        edit_form: forms
            .edit
            .unwrap_or_else(|| edit_form_for(lang, &programme)),
        agencies: agency_choices(state, actor).await?,
        kind_choices: kinds
            .iter()
            .map(|kind| Choice {
                value: kind.id.to_string(),
                label: kind.name.clone(),
                selected: false,
            })
            .collect(),
        kinds,
        holders,
        kind_form: forms
            .kind
            .unwrap_or_else(|| FormState::new(lang, "kind", KIND_FIELDS)),
        record_form: forms
            .record
            .unwrap_or_else(|| FormState::new(lang, "record", RECORD_FIELDS)),
        organisations,
        import_form: forms
            .import
            .unwrap_or_else(|| FormState::new(lang, "import", IMPORT_FIELDS)),
        import_columns: prerequisites::IMPORT_COLUMNS.join(","),
        report: forms.report,
        programme,
    };
    layout::render(&page, status)
}

/// `GET /manage/programmes/{id}`.
#[handler]
pub async fn show(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = paths::parse_id(&id)?;
    programme_page(
        state,
        visitor,
        id,
        ProgrammeForms::default(),
        StatusCode::OK,
    )
    .await
}

/// `POST /manage/programmes/{id}`: edits the programme (with the version read).
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
    let result = match (read_programme(&form), forms::version(&form)) {
        (Ok(input), Ok(version)) => programmes::update(&state.db, actor, id, version, &input)
            .await
            .map(drop),
        (Err(err), _) | (_, Err(err)) => Err(err),
    };
    match result {
        Ok(()) => {
            session::set_flash(state, jar, "flash-programme-saved");
            Ok(Redirect::see_other(format!("/manage/programmes/{id}")).into_response())
        }
        Err(err) => {
            let mut edit =
                FormState::new(visitor.lang, "programme", PROGRAMME_FIELDS).keeping(&form, &[]);
            let status = edit.absorb(err)?;
            let forms = ProgrammeForms {
                edit: Some(edit),
                ..ProgrammeForms::default()
            };
            programme_page(state, visitor, id, forms, status).await
        }
    }
}

/// `POST /manage/programmes/{id}/prerequisites`: defines a prerequisite kind.
#[handler]
pub async fn create_kind(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.manager()?;
    let id = paths::parse_id(&id)?;
    let input = KindInput {
        name: form.text("name").to_owned(),
        description: form.text("description").to_owned(),
    };
    match prerequisites::create_kind(&state.db, actor, id, &input).await {
        Ok(_) => {
            session::set_flash(state, jar, "flash-prerequisite-kind-created");
            Ok(
                Redirect::see_other(format!("/manage/programmes/{id}#prerequisites"))
                    .into_response(),
            )
        }
        Err(err) => {
            let mut kind = FormState::new(visitor.lang, "kind", KIND_FIELDS).keeping(&form, &[]);
            let status = kind.absorb(err)?;
            let forms = ProgrammeForms {
                kind: Some(kind),
                ..ProgrammeForms::default()
            };
            programme_page(state, visitor, id, forms, status).await
        }
    }
}

/// Reads the record form: the organisation typed by identifier wins over the one picked, since the list
/// only holds the first organisations.
fn read_record(form: &CheckedForm, kinds: &[PrerequisiteKind]) -> Result<RecordInput, Error> {
    let mut problems = Vec::new();
    let (organisation_field, organisation) = match form.optional("organisation_ref") {
        Some(typed) => ("organisation_ref", typed),
        None => ("organisation_id", form.text("organisation_id").trim()),
    };
    let organisation_id = Uuid::parse_str(organisation).ok();
    if organisation_id.is_none() {
        problems.push(FieldError::new(
            organisation_field,
            Message::new("error-organisation-unknown"),
        ));
    }
    // Only this programme's kinds: the page's address says which programme the record is for.
    let kind_id = Uuid::parse_str(form.text("prerequisite_kind_id").trim())
        .ok()
        .filter(|id| kinds.iter().any(|kind| kind.id == *id));
    if kind_id.is_none() {
        problems.push(FieldError::new(
            "prerequisite_kind_id",
            Message::new("error-prerequisite-unknown"),
        ));
    }
    let date = form.text("achieved_on").trim();
    let achieved_on = if date.is_empty() {
        problems.push(FieldError::new(
            "achieved_on",
            Message::new("error-required"),
        ));
        None
    } else {
        let parsed = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok();
        if parsed.is_none() {
            problems.push(FieldError::new(
                "achieved_on",
                Message::new("error-date-invalid").arg("value", date),
            ));
        }
        parsed
    };
    match (organisation_id, kind_id, achieved_on) {
        (Some(organisation_id), Some(prerequisite_kind_id), Some(achieved_on)) => Ok(RecordInput {
            prerequisite_kind_id,
            organisation_id,
            achieved_on,
            evidence: form.text("evidence").to_owned(),
        }),
        _ => Err(Error::Validation(problems)),
    }
}

/// `POST /manage/programmes/{id}/prerequisites/record`: records that an organisation met a prerequisite.
#[handler]
pub async fn record(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.manager()?;
    let id = paths::parse_id(&id)?;
    let kinds = prerequisites::kinds_of(&state.db, id).await?;
    let result = match read_record(&form, &kinds) {
        Ok(input) => prerequisites::record(&state.db, actor, &input)
            .await
            .map(drop)
            .map_err(|err| typed_organisation(err, &form)),
        Err(err) => Err(err),
    };
    match result {
        Ok(()) => {
            session::set_flash(state, jar, "flash-prerequisite-recorded");
            Ok(
                Redirect::see_other(format!("/manage/programmes/{id}#record-heading"))
                    .into_response(),
            )
        }
        Err(err) => {
            let mut record =
                FormState::new(visitor.lang, "record", RECORD_FIELDS).keeping(&form, &[]);
            let status = record.absorb(err)?;
            let forms = ProgrammeForms {
                record: Some(record),
                ..ProgrammeForms::default()
            };
            programme_page(state, visitor, id, forms, status).await
        }
    }
}

/// The domain reports an unknown organisation on `organisation_id`; when the manager typed it, the message
/// belongs next to what they typed.
fn typed_organisation(err: Error, form: &CheckedForm) -> Error {
    match err {
        Error::Validation(errors) if form.optional("organisation_ref").is_some() => {
            Error::Validation(
                errors
                    .into_iter()
                    .map(|mut error| {
                        if error.field == "organisation_id" {
                            error.field = "organisation_ref".to_owned();
                        }
                        error
                    })
                    .collect(),
            )
        }
        other => other,
    }
}

/// `POST /manage/programmes/{id}/prerequisites/import`: records every good row of the CSV text and shows
/// what happened to each row (the report cannot survive a redirect, so the page is shown directly).
#[handler]
pub async fn import(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.manager()?;
    let id = paths::parse_id(&id)?;
    let lang = visitor.lang;
    match prerequisites::import_csv(&state.db, actor, id, form.text("file")).await {
        Ok(report) => {
            let forms = ProgrammeForms {
                report: Some(ImportSummary::new(lang, report)),
                ..ProgrammeForms::default()
            };
            programme_page(state, visitor, id, forms, StatusCode::OK).await
        }
        Err(err) => {
            let mut import = FormState::new(lang, "import", IMPORT_FIELDS).keeping(&form, &[]);
            let status = import.absorb(err)?;
            let forms = ProgrammeForms {
                import: Some(import),
                ..ProgrammeForms::default()
            };
            programme_page(state, visitor, id, forms, status).await
        }
    }
}

/// `GET /manage/programmes/{id}/prerequisites/template.csv`: a CSV file to fill in for the import, with a
/// row per prerequisite kind.
#[handler]
pub async fn import_template(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let actor = visitor.manager()?;
    let id = paths::parse_id(&id)?;
    let csv = prerequisites::import_template(&state.db, actor, id).await?;
    Ok(csv
        .with_content_type("text/csv; charset=utf-8")
        .with_header(
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"prerequisites.csv\"",
        )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind() -> PrerequisiteKind {
        PrerequisiteKind {
            id: Uuid::now_v7(),
            programme_id: Uuid::now_v7(),
            name: "Training".into(),
            description: String::new(),
            created_at: chrono::Utc::now(),
        }
    }

    #[test]
    fn a_record_needs_a_known_kind_an_organisation_and_a_date() {
        let kind = kind();
        let kind_id = kind.id.to_string();
        let organisation = Uuid::now_v7().to_string();
        let form = CheckedForm::from_pairs(&[
            ("organisation_id", &organisation),
            ("organisation_ref", ""),
            ("prerequisite_kind_id", &kind_id),
            ("achieved_on", "2026-03-01"),
            ("evidence", "Certificate 42"),
        ]);
        let input = read_record(&form, std::slice::from_ref(&kind)).unwrap();
        assert_eq!(input.organisation_id.to_string(), organisation);
        assert_eq!(input.achieved_on.to_string(), "2026-03-01");

        let other_programme = Uuid::now_v7().to_string();
        let typed = Uuid::now_v7().to_string();
        let form = CheckedForm::from_pairs(&[
            ("organisation_id", &organisation),
            ("organisation_ref", &typed),
            ("prerequisite_kind_id", &other_programme),
            ("achieved_on", "01/03/2026"),
        ]);
        let Err(Error::Validation(errors)) = read_record(&form, &[kind]) else {
            panic!("the record is refused");
        };
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["prerequisite_kind_id", "achieved_on"]);
    }

    #[test]
    fn a_cadence_must_be_a_number() {
        let form = CheckedForm::from_pairs(&[("name", "OGP"), ("reporting_cadence_months", "six")]);
        let Err(Error::Validation(errors)) = read_programme(&form) else {
            panic!("refused");
        };
        assert_eq!(errors[0].field, "reporting_cadence_months");
        let form =
            CheckedForm::from_pairs(&[("agency_id", "x"), ("reporting_cadence_months", "6")]);
        assert_eq!(read_programme(&form).unwrap().agency_id, Uuid::nil());
    }
}
