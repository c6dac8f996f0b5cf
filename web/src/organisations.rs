//! Organisations in the browser: a member's own organisation (profile, members, invitations of colleagues)
//! and the managers' list of every organisation, where local governments are verified and organisations
//! that do not sign up themselves (national agencies, partners) are registered.
//!
//! Who may see, edit, invite or verify is decided by `domain::organisations` and `domain::accounts`; these
//! handlers only read forms and queries and render what the services return.

use askama::Template;
use chrono::Utc;
use domain::accounts::{Invitation, User, invitations, users};
use domain::organisations::{
    self, Organisation, OrganisationFields, OrganisationFilter, OrganisationInput, OrganisationKind,
};
use domain::{Actor, Error, FieldError, PageRequest, Role};
use poem::http::{HeaderMap, StatusCode, header};
use poem::web::cookie::CookieJar;
use poem::web::{Data, Path, Query, Redirect};
use poem::{IntoResponse, Response, handler};
use serde::Deserialize;
use uuid::Uuid;

use crate::csrf::CheckedForm;
use crate::errors::PageError;
use crate::forms::{self, Fields, FormState};
use crate::i18n::Lang;
use crate::layout::Localized as _;
use crate::layout::{self, Choice, Pager};
use crate::session::{self, Visitor};
use crate::{WebState, paths};

const ORGANISATION_FIELDS: Fields = &[
    ("name", "organisation-name"),
    ("kind", "organisation-kind"),
    ("country", "organisation-country"),
    ("subdivision", "signup-organisation-subdivision"),
    ("population", "signup-organisation-population"),
    ("official_code", "signup-organisation-official-code"),
];
const INVITE_FIELDS: Fields = &[("email", "organisation-invite-email")];

/// Every kind, translated, for a select.
fn kind_choices(lang: Lang, selected: &str) -> Vec<Choice> {
    OrganisationKind::ALL
        .into_iter()
        .map(|kind| Choice {
            value: kind.as_str().to_owned(),
            label: layout::kind_label(lang, kind.as_str()),
            selected: kind.as_str() == selected,
        })
        .collect()
}

/// Reads the organisation form (the profile and the managers' registration). A population that is not a
/// number is refused here together with every problem the domain's parser finds, so that the visitor sees
/// them all at once and nothing is written while a field is unreadable.
fn read_organisation(
    form: &CheckedForm,
    parent_id: Option<Uuid>,
) -> Result<OrganisationInput, Error> {
    let population = forms::parse_optional_integer(form.optional("population"));
    let input = OrganisationInput {
        name: form.text("name").to_owned(),
        kind: form.text("kind").to_owned(),
        country: form.text("country").to_owned(),
        subdivision: form.optional("subdivision").map(str::to_owned),
        parent_id,
        population: population.clone().unwrap_or(None),
        official_code: form.optional("official_code").map(str::to_owned),
    };
    match population {
        Ok(_) => Ok(input),
        Err(message) => {
            let mut problems = vec![FieldError::new("population", message)];
            if let Err(Error::Validation(found)) = OrganisationFields::parse(&input, "") {
                problems.extend(found);
            }
            Err(Error::Validation(problems))
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// One's own organisation

/// An invitation as the list shows it.
struct InvitationRow {
    email: String,
    created_at: chrono::DateTime<Utc>,
    expires_at: chrono::DateTime<Utc>,
    /// Catalog key of its state: pending, accepted or expired.
    status_key: &'static str,
}

impl From<Invitation> for InvitationRow {
    fn from(invitation: Invitation) -> Self {
        let status_key = if invitation.accepted_at.is_some() {
            "invitation-status-accepted"
        } else if invitation.expires_at <= Utc::now() {
            "invitation-status-expired"
        } else {
            "invitation-status-pending"
        };
        InvitationRow {
            email: invitation.email,
            created_at: invitation.created_at,
            expires_at: invitation.expires_at,
            status_key,
        }
    }
}

#[derive(Template)]
#[template(path = "organisation.html")]
struct OrganisationPage<'a> {
    visitor: &'a Visitor,
    organisation: Organisation,
    edit_form: FormState,
    kinds: Vec<Choice>,
    members: Vec<User>,
    invitations: Vec<InvitationRow>,
    invite_form: FormState,
    /// An invitation just made: the email and the link to send, shown this once.
    new_invitation: Option<(String, String)>,
    /// How many days an invitation link works.
    validity_days: u64,
}
layout::localized!(OrganisationPage);

/// The forms of the organisation page, blank unless a handler fills one in.
#[derive(Default)]
struct OrganisationForms {
    edit: Option<FormState>,
    invite: Option<FormState>,
    new_invitation: Option<(String, String)>,
}

/// The organisation the actor acts for; someone without one has no such page.
fn own_id(actor: &Actor) -> Result<uuid::Uuid, PageError> {
    actor
        .organisation_id
        .ok_or(PageError::Domain(Error::NotFound))
}

/// The edit form filled with the organisation's current facts.
fn edit_form_for(lang: Lang, organisation: &Organisation) -> FormState {
    let optional = |value: &Option<String>| value.clone().unwrap_or_default();
    FormState::new(lang, "organisation", ORGANISATION_FIELDS)
        .with("name", &organisation.name)
        .with("kind", &organisation.kind)
        .with("country", &organisation.country)
        .with("subdivision", optional(&organisation.subdivision))
        .with(
            "population",
            organisation
                .population
                .map(|p| p.to_string())
                .unwrap_or_default(),
        )
        .with("official_code", optional(&organisation.official_code))
}

async fn own_page(
    state: &WebState,
    visitor: &Visitor,
    forms: OrganisationForms,
    status: StatusCode,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let id = own_id(actor)?;
    let organisation = organisations::get(&state.db, actor, id).await?;
    let members = users::members(&state.db, actor, id).await?;
    let invitations = invitations::list(&state.db, actor, id).await?;
    let lang = visitor.lang;
    let page = OrganisationPage {
        visitor,
        edit_form: forms
            .edit
            .unwrap_or_else(|| edit_form_for(lang, &organisation)),
        kinds: kind_choices(lang, ""),
        organisation,
        members,
        invitations: invitations.into_iter().map(InvitationRow::from).collect(),
        invite_form: forms
            .invite
            .unwrap_or_else(|| FormState::new(lang, "invite", INVITE_FIELDS)),
        new_invitation: forms.new_invitation,
        validity_days: invitations::INVITATION_VALIDITY_DAYS.unsigned_abs(),
    };
    layout::render(&page, status)
}

/// `GET /organisation`.
#[handler]
pub async fn own(visitor: &Visitor, Data(state): Data<&WebState>) -> Result<Response, PageError> {
    own_page(state, visitor, OrganisationForms::default(), StatusCode::OK).await
}

/// `POST /organisation`: edits the organisation's profile (with the version read).
#[handler]
pub async fn update_own(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let id = own_id(actor)?;
    // The form does not show the parent organisation: keep the one on record.
    let current = organisations::get(&state.db, actor, id).await?;
    let result = match (
        read_organisation(&form, current.parent_id),
        forms::version(&form),
    ) {
        (Ok(input), Ok(version)) => organisations::update(&state.db, actor, id, version, &input)
            .await
            .map(drop),
        (Err(err), _) | (_, Err(err)) => Err(err),
    };
    match result {
        Ok(()) => {
            session::set_flash(state, jar, "flash-organisation-saved");
            Ok(Redirect::see_other("/organisation").into_response())
        }
        Err(err) => {
            let mut edit = FormState::new(visitor.lang, "organisation", ORGANISATION_FIELDS)
                .keeping(&form, &[]);
            let status = edit.absorb(err)?;
            let forms = OrganisationForms {
                edit: Some(edit),
                ..OrganisationForms::default()
            };
            own_page(state, visitor, forms, status).await
        }
    }
}

/// `POST /organisation/invitations`: invites a colleague and shows the link to send them, this once (only
/// its hash is stored, so it cannot survive a redirect).
#[handler]
pub async fn invite(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    headers: &HeaderMap,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let id = own_id(actor)?;
    match invitations::invite(&state.db, actor, id, form.text("email")).await {
        Ok((invitation, secret)) => {
            let link = invitation_link(state, headers, &secret);
            let forms = OrganisationForms {
                new_invitation: Some((invitation.email, link)),
                ..OrganisationForms::default()
            };
            own_page(state, visitor, forms, StatusCode::CREATED).await
        }
        Err(err) => {
            let mut invite =
                FormState::new(visitor.lang, "invite", INVITE_FIELDS).keeping(&form, &[]);
            let status = invite.absorb(err)?;
            let forms = OrganisationForms {
                invite: Some(invite),
                ..OrganisationForms::default()
            };
            own_page(state, visitor, forms, status).await
        }
    }
}

/// The link to an invitation, absolute when the request says which host it came to.
fn invitation_link(state: &WebState, headers: &HeaderMap, secret: &str) -> String {
    let path = format!("/invitations/{secret}");
    match headers
        .get(header::HOST)
        .and_then(|host| host.to_str().ok())
    {
        Some(host) => {
            let scheme = if state.secure_cookies {
                "https"
            } else {
                "http"
            };
            format!("{scheme}://{host}{path}")
        }
        None => path,
    }
}

// ---------------------------------------------------------------------------------------------------------
// Managers' list

/// The filters of the managers' list, as typed (blank means "any").
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ManageQuery {
    q: String,
    verified: String,
    kind: String,
    country: String,
    page: String,
}

impl ManageQuery {
    fn filter(&self) -> OrganisationFilter {
        let non_empty = |value: &str| Some(value.trim().to_owned()).filter(|v| !v.is_empty());
        OrganisationFilter {
            verified: match self.verified.as_str() {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            },
            kind: OrganisationKind::parse(&self.kind).ok(),
            country: non_empty(&self.country),
            search: non_empty(&self.q),
        }
    }

    /// The filters as query pairs (without the page).
    fn pairs(&self) -> [(&str, &str); 4] {
        [
            ("q", self.q.as_str()),
            ("verified", self.verified.as_str()),
            ("kind", self.kind.as_str()),
            ("country", self.country.as_str()),
        ]
    }

    /// The whole query string, page included, to come back to the same view.
    fn query_string(&self) -> String {
        let mut pairs = self.pairs().to_vec();
        pairs.push(("page", self.page.as_str()));
        paths::query_string(pairs)
    }
}

#[derive(Template)]
#[template(path = "manage_organisations.html")]
struct ManagePage<'a> {
    visitor: &'a Visitor,
    query: &'a ManageQuery,
    /// `?...` to append to the verify buttons' action, so that the list comes back as it was.
    query_suffix: String,
    verified_choices: Vec<Choice>,
    kind_choices: Vec<Choice>,
    organisations: Vec<Organisation>,
    pager: Pager,
    may_verify: bool,
    /// The form to register an organisation of any kind.
    register_form: FormState,
    register_kinds: Vec<Choice>,
}
layout::localized!(ManagePage);

async fn manage_page(
    state: &WebState,
    visitor: &Visitor,
    query: &ManageQuery,
    register_form: Option<FormState>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let request = PageRequest::new(layout::page_number(Some(&query.page)), None);
    let page = organisations::list(&state.db, actor, &query.filter(), request).await?;
    let lang = visitor.lang;
    let verified_choices = [
        ("", "filter-any"),
        ("no", "manage-unverified"),
        ("yes", "manage-verified"),
    ]
    .into_iter()
    .map(|(value, key)| Choice {
        value: value.to_owned(),
        label: lang.t(key),
        selected: query.verified == value,
    })
    .collect();
    let pager = Pager::new(&page, "/manage/organisations", &query.pairs());
    let query_string = query.query_string();
    let page = ManagePage {
        visitor,
        query,
        query_suffix: if query_string.is_empty() {
            String::new()
        } else {
            format!("?{query_string}")
        },
        verified_choices,
        kind_choices: kind_choices(lang, &query.kind),
        organisations: page.items,
        pager,
        may_verify: actor.has(Role::Manager),
        register_form: register_form
            .unwrap_or_else(|| FormState::new(lang, "new-organisation", ORGANISATION_FIELDS)),
        register_kinds: kind_choices(lang, ""),
    };
    layout::render(&page, status)
}

/// `GET /manage/organisations`: managers and admins.
#[handler]
pub async fn manage(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Query(query): Query<ManageQuery>,
) -> Result<Response, PageError> {
    manage_page(state, visitor, &query, None, StatusCode::OK).await
}

/// `POST /manage/organisations`: managers and admins register an organisation of any kind (an agency, a
/// partner), which then waits for verification like any other.
#[handler]
pub async fn register(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    // The domain checks the role too, but only once the form is readable: someone who may not register
    // must get 403 rather than messages about what they typed.
    actor.require_any(&[Role::Manager, Role::Admin])?;
    let result = match read_organisation(&form, None) {
        Ok(input) => organisations::create(&state.db, actor, &input)
            .await
            .map(drop),
        Err(err) => Err(err),
    };
    match result {
        Ok(()) => {
            session::set_flash(state, jar, "flash-organisation-registered");
            Ok(Redirect::see_other("/manage/organisations").into_response())
        }
        Err(err) => {
            let mut register =
                FormState::new(visitor.lang, "new-organisation", ORGANISATION_FIELDS)
                    .keeping(&form, &[]);
            let status = register.absorb(err)?;
            manage_page(
                state,
                visitor,
                &ManageQuery::default(),
                Some(register),
                status,
            )
            .await
        }
    }
}

/// `POST /manage/organisations/{id}/verify`: managers; back to the list as it was.
#[handler]
pub async fn verify(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    Query(query): Query<ManageQuery>,
    _form: CheckedForm,
) -> Result<Redirect, PageError> {
    let actor = visitor.actor()?;
    organisations::verify(&state.db, actor, paths::parse_id(&id)?).await?;
    session::set_flash(state, jar, "flash-organisation-verified");
    Ok(Redirect::see_other(paths::with_query(
        "/manage/organisations",
        &query.query_string(),
    )))
}
