//! The parts of an application besides its text: consortium partners (found by name and added with their
//! role, registered when they have no account, removed) and attachments (uploaded as
//! `multipart/form-data` with the CSRF token checked before anything is stored, downloaded by the team and
//! managers only, removed).
//!
//! Which files are accepted, who may add what and when, is decided by `domain::applications`; these
//! handlers read forms and render the application page again with the domain's messages.

use domain::applications::service;
use domain::organisations::OrganisationInput;
use domain::{Error, FieldError, Message};
use poem::http::{StatusCode, header};
use poem::web::cookie::CookieJar;
use poem::web::{Data, Path};
use poem::{Body, IntoResponse, Response, handler};
use uuid::Uuid;

use crate::applications::{
    self, PARTNER_FIELDS, PageForms, REGISTER_PARTNER_FIELDS, Saved, UPLOAD_FIELDS,
    application_page,
};
use crate::csrf::{CheckedForm, CheckedUpload};
use crate::errors::PageError;
use crate::forms::FormState;
use crate::session::Visitor;
use crate::{WebState, paths};

// ---------------------------------------------------------------------------------------------------------
// Partners

/// `POST /applications/{id}/partners`: saves what was typed, then adds an organisation found by the search,
/// with its role.
#[handler]
pub async fn add_partner(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let view = applications::load(state, visitor, &id).await?;
    let view = match applications::save_typed(state, visitor, view, &form).await? {
        Saved::Kept(view) => *view,
        Saved::Refused(page) => return Ok(page),
    };
    let id = view.application.id;
    // An id that is not one cannot name an organisation: the domain says so for unknown ones.
    let organisation_id =
        Uuid::parse_str(form.text("organisation_id").trim()).unwrap_or(Uuid::nil());
    // On the application page every candidate has its own role field, named after it.
    let role = form
        .optional(&format!("role.{organisation_id}"))
        .unwrap_or(form.text("role"));
    let result = service::add_partner(
        &state.db,
        actor,
        id,
        organisation_id,
        role,
        state.clock.now(),
    )
    .await;
    match result {
        Ok(_) => Ok(applications::changed(
            state,
            jar,
            id,
            "flash-partner-added",
            Some("partners"),
        )),
        Err(err) => {
            let mut shown =
                FormState::new(visitor.lang, "partner", PARTNER_FIELDS).with("role", role);
            let status = shown.absorb(err)?;
            let forms = PageForms {
                partner: Some(shown),
                partner_search: form.text("partner_search").to_owned(),
                ..PageForms::default()
            };
            application_page(state, visitor, view, forms, status).await
        }
    }
}

/// `POST /applications/{id}/partners/register`: registers an organisation that has no account (it starts
/// unverified) and adds it as a partner.
#[handler]
pub async fn register_partner(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let view = applications::load(state, visitor, &id).await?;
    let id = view.application.id;
    let input = OrganisationInput {
        name: form.text("organisation.name").to_owned(),
        kind: form.text("organisation.kind").to_owned(),
        country: form.text("organisation.country").to_owned(),
        subdivision: form.optional("organisation.subdivision").map(str::to_owned),
        ..OrganisationInput::default()
    };
    let result = service::register_partner(
        &state.db,
        actor,
        id,
        &input,
        form.text("role"),
        state.clock.now(),
    )
    .await;
    match result {
        Ok(_) => Ok(applications::changed(
            state,
            jar,
            id,
            "flash-partner-registered",
            Some("partners"),
        )),
        Err(err) => {
            let mut shown =
                FormState::new(visitor.lang, "register-partner", REGISTER_PARTNER_FIELDS)
                    .keeping(&form, &[]);
            let status = shown.absorb(err)?;
            let forms = PageForms {
                register: Some(shown),
                ..PageForms::default()
            };
            application_page(state, visitor, view, forms, status).await
        }
    }
}

/// `POST /applications/{id}/partners/{organisation_id}/remove`.
#[handler]
pub async fn remove_partner(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path((id, organisation_id)): Path<(String, String)>,
    _form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let id = paths::parse_id(&id)?;
    service::remove_partner(
        &state.db,
        actor,
        id,
        paths::parse_id(&organisation_id)?,
        state.clock.now(),
    )
    .await?;
    Ok(applications::changed(
        state,
        jar,
        id,
        "flash-partner-removed",
        Some("partners"),
    ))
}

// ---------------------------------------------------------------------------------------------------------
// Attachments

/// `POST /applications/{id}/attachments`: saves what was typed, then stores an uploaded file, optionally as the answer to a document
/// question. The CSRF token was checked before the file was looked at; a refused file is not stored.
#[handler]
pub async fn upload(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    upload: CheckedUpload,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let view = applications::load(state, visitor, &id).await?;
    let form = upload.form();
    let view = match applications::save_typed(state, visitor, view, form).await? {
        Saved::Kept(view) => *view,
        Saved::Refused(page) => return Ok(page),
    };
    let id = view.application.id;
    // Not a question's id: the domain refuses it as not a document question.
    let question_id = form
        .optional("question_id")
        .map(|value| Uuid::parse_str(value).unwrap_or(Uuid::nil()));
    let result = match upload.file("file") {
        Some(file) => service::add_attachment(
            &state.db,
            &state.files,
            actor,
            id,
            question_id,
            &file.file_name,
            &file.file,
            state.clock.now(),
        )
        .await
        .map(drop),
        None => Err(Error::Validation(vec![FieldError::new(
            "file",
            Message::new("application-attachment-none"),
        )])),
    };
    match result {
        Ok(()) => Ok(applications::changed(
            state,
            jar,
            id,
            "flash-attachment-added",
            Some("attachments"),
        )),
        Err(err) => {
            let mut shown =
                FormState::new(visitor.lang, "upload", UPLOAD_FIELDS).keeping(form, &[]);
            let status = shown.absorb(err)?;
            let forms = PageForms {
                upload: Some(shown),
                ..PageForms::default()
            };
            application_page(state, visitor, view, forms, status).await
        }
    }
}

/// `GET /applications/{id}/attachments/{attachment_id}`: the file, to the team and managers only, always
/// as a download of its checked type (never rendered by the browser as a page).
#[handler]
pub async fn download(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path((id, attachment_id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let (meta, content) = service::attachment(
        &state.db,
        &state.files,
        actor,
        paths::parse_id(&id)?,
        paths::parse_id(&attachment_id)?,
    )
    .await?;
    Ok(Body::from_bytes_stream(content.into_stream())
        .with_content_type(meta.media_type)
        .with_header(
            header::CONTENT_DISPOSITION,
            format!(
                "attachment; filename*=UTF-8''{}",
                paths::encode_query_value(&meta.file_name)
            ),
        )
        .with_header(header::X_CONTENT_TYPE_OPTIONS, "nosniff")
        .with_status(StatusCode::OK)
        .into_response())
}

/// `POST /applications/{id}/attachments/{attachment_id}/remove`.
#[handler]
pub async fn remove_attachment(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path((id, attachment_id)): Path<(String, String)>,
    _form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let id = paths::parse_id(&id)?;
    service::remove_attachment(
        &state.db,
        &state.files,
        actor,
        id,
        paths::parse_id(&attachment_id)?,
        state.clock.now(),
    )
    .await?;
    Ok(applications::changed(
        state,
        jar,
        id,
        "flash-attachment-removed",
        Some("attachments"),
    ))
}
