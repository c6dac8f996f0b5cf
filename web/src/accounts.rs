//! Accounts in the browser: public sign-up of a local government, login and logout, one's own account
//! (profile, password, API tokens), and accepting an invitation to join an organisation.
//!
//! Every handler parses the form, calls one `domain::accounts` service and renders or redirects; the rules
//! (what a valid email or password is, throttling, who may do what) stay in the domain.

use askama::Template;
use domain::accounts::{
    self, AcceptInvitation, ApiToken, NewPassword, SignUpInput, User, invitations, tokens, users,
};
use domain::notifications::Kind;
use domain::notifications::preferences::{self, Preferences, PreferencesInput};
use domain::organisations::{OrganisationInput, OrganisationKind};
use domain::{Error, FieldError};
use poem::http::StatusCode;
use poem::web::cookie::CookieJar;
use poem::web::{Data, Path, Query, Redirect, RemoteAddr};
use poem::{IntoResponse, Response, handler};
use serde::Deserialize;

use crate::csrf::CheckedForm;
use crate::errors::{self, PageError};
use crate::forms::{self, Fields, FormState};
use crate::i18n::Lang;
use crate::layout::Localized as _;
use crate::layout::{self, Choice};
use crate::session::{self, Visitor};
use crate::{WebState, paths};

/// The hint under every new-password field.
pub(crate) fn password_hint(lang: Lang) -> String {
    lang.t_count("form-password-hint", "min", NewPassword::MIN_CHARS as u64)
}

// ---------------------------------------------------------------------------------------------------------
// Sign-up

const SIGNUP_FIELDS: Fields = &[
    ("organisation.name", "signup-organisation-name"),
    ("organisation.kind", "signup-organisation-kind"),
    ("organisation.country", "signup-organisation-country"),
    (
        "organisation.subdivision",
        "signup-organisation-subdivision",
    ),
    ("organisation.population", "signup-organisation-population"),
    (
        "organisation.official_code",
        "signup-organisation-official-code",
    ),
    ("name", "signup-name"),
    ("email", "signup-email"),
    ("password", "signup-password"),
];

#[derive(Template)]
#[template(path = "signup.html")]
struct SignupPage<'a> {
    visitor: &'a Visitor,
    form: FormState,
    kinds: Vec<Choice>,
    password_hint: String,
}
layout::localized!(SignupPage);

impl<'a> SignupPage<'a> {
    fn new(visitor: &'a Visitor, form: FormState) -> Self {
        SignupPage {
            visitor,
            form,
            kinds: OrganisationKind::local_governments()
                .map(|kind| Choice {
                    value: kind.as_str().to_owned(),
                    label: layout::kind_label(visitor.lang, kind.as_str()),
                    selected: false,
                })
                .collect(),
            password_hint: password_hint(visitor.lang),
        }
    }
}

/// `GET /signup`.
#[handler]
pub fn signup_form(visitor: &Visitor) -> Result<Response, PageError> {
    let form = FormState::new(visitor.lang, "signup", SIGNUP_FIELDS);
    layout::ok(&SignupPage::new(visitor, form))
}

/// `POST /signup`: registers the local government and its first user, then signs that user in.
#[handler]
pub async fn signup(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    remote: &RemoteAddr,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let population = forms::parse_optional_integer(form.optional("organisation.population"));
    let input = SignUpInput {
        organisation: OrganisationInput {
            name: form.text("organisation.name").to_owned(),
            kind: form.text("organisation.kind").to_owned(),
            country: form.text("organisation.country").to_owned(),
            subdivision: form.optional("organisation.subdivision").map(str::to_owned),
            parent_id: None,
            population: population.clone().unwrap_or(None),
            official_code: form
                .optional("organisation.official_code")
                .map(str::to_owned),
        },
        name: form.text("name").to_owned(),
        email: form.text("email").to_owned(),
        password: form.text("password").to_owned(),
        // The language of the page the person signed up on is the one they read.
        language: visitor.lang.into(),
    };
    let mut page_form =
        FormState::new(visitor.lang, "signup", SIGNUP_FIELDS).keeping(&form, &["password"]);
    let result = match population {
        Ok(_) => accounts::sign_up(&state.db, &input).await.map(|_| ()),
        // Nothing may be written while a field is unreadable; the domain still reports what else is
        // wrong, for one round trip instead of two.
        Err(message) => {
            let mut problems = vec![FieldError::new("organisation.population", message)];
            problems.extend(accounts::sign_up_problems(&input));
            Err(Error::Validation(problems))
        }
    };
    match result {
        Ok(()) => {
            session::sign_in(state, visitor, jar, remote, &input.email, &input.password).await?;
            session::set_flash(state, jar, "flash-signed-up");
            Ok(Redirect::see_other("/").into_response())
        }
        Err(err) => {
            let status = page_form.absorb(err)?;
            layout::render(&SignupPage::new(visitor, page_form), status)
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// Login and logout

const LOGIN_FIELDS: Fields = &[("email", "login-email"), ("password", "login-password")];

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage<'a> {
    visitor: &'a Visitor,
    form: FormState,
    /// Where to go after signing in (a safe local path).
    next: String,
    /// Why the last attempt failed.
    problem: Option<String>,
}
layout::localized!(LoginPage);

/// The query of the login page.
#[derive(Deserialize)]
pub struct LoginQuery {
    next: Option<String>,
}

/// `GET /login?next=/path`.
#[handler]
pub fn login_form(
    visitor: &Visitor,
    Query(query): Query<LoginQuery>,
) -> Result<Response, PageError> {
    layout::ok(&LoginPage {
        visitor,
        form: FormState::new(visitor.lang, "login", LOGIN_FIELDS),
        next: paths::safe_local_path_or_root(query.next.as_deref()),
        problem: None,
    })
}

/// `POST /login`: signs in (rotating the session) and goes to `next`. Wrong credentials are 401, too many
/// failures 429 with `Retry-After`; both re-show the form.
#[handler]
pub async fn login(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    remote: &RemoteAddr,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let next = paths::safe_local_path_or_root(Some(form.text("next")));
    let signed_in = session::sign_in(
        state,
        visitor,
        jar,
        remote,
        form.text("email"),
        form.text("password"),
    )
    .await;
    let (status, problem, retry_after) = match signed_in {
        Ok(_) => return Ok(Redirect::see_other(next).into_response()),
        Err(Error::Unauthenticated) => (
            StatusCode::UNAUTHORIZED,
            visitor.lang.t("login-failed"),
            None,
        ),
        Err(Error::RateLimited { retry_after_secs }) => (
            StatusCode::TOO_MANY_REQUESTS,
            errors::rate_limited_message(visitor.lang, retry_after_secs),
            Some(retry_after_secs),
        ),
        Err(err) => return Err(err.into()),
    };
    let page = LoginPage {
        visitor,
        form: FormState::new(visitor.lang, "login", LOGIN_FIELDS).keeping(&form, &["password"]),
        next,
        problem: Some(problem),
    };
    let mut response = layout::render(&page, status)?;
    if let Some(seconds) = retry_after {
        errors::set_retry_after(&mut response, seconds);
    }
    Ok(response)
}

/// `POST /logout`: ends the session and forgets its cookie.
#[handler]
pub async fn logout(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    _form: CheckedForm,
) -> Result<Redirect, PageError> {
    session::sign_out(state, visitor, jar).await?;
    session::set_flash(state, jar, "flash-signed-out");
    Ok(Redirect::see_other("/"))
}

// ---------------------------------------------------------------------------------------------------------
// One's own account

const PROFILE_FIELDS: Fields = &[("name", "account-name")];
const PASSWORD_FIELDS: Fields = &[
    ("current_password", "account-current-password"),
    ("new_password", "account-new-password"),
];
const TOKEN_FIELDS: Fields = &[("name", "account-token-name")];
const PREFERENCES_FIELDS: Fields = &[
    ("language", "account-preferences-language"),
    ("emailed", "account-preferences-emailed"),
];

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage<'a> {
    visitor: &'a Visitor,
    user: User,
    profile_form: FormState,
    password_form: FormState,
    token_form: FormState,
    tokens: Vec<ApiToken>,
    /// A token just created: its name and its secret, shown this once.
    new_token: Option<(String, String)>,
    password_hint: String,
    /// The language and the emailed kinds, as chosen or as just typed.
    preferences_form: FormState,
    /// The languages a user may choose for their messages.
    language_choices: Vec<Choice>,
    /// The kinds a user may turn off, by name.
    optional_kinds: Vec<Choice>,
    /// The names of the kinds that are always emailed.
    required_kinds: Vec<String>,
}
layout::localized!(AccountPage);

/// The account page's forms, blank unless a handler fills one in.
struct AccountForms {
    profile: Option<FormState>,
    password: Option<FormState>,
    token: Option<FormState>,
    new_token: Option<(String, String)>,
    preferences: Option<FormState>,
}

impl AccountForms {
    fn blank() -> Self {
        AccountForms {
            profile: None,
            password: None,
            token: None,
            new_token: None,
            preferences: None,
        }
    }
}

/// The preferences form filled in with what the user chose: their language, and every kind they get
/// emailed ticked.
fn preferences_form(lang: Lang, chosen: &Preferences) -> FormState {
    Kind::all()
        .filter(|kind| !kind.is_required() && chosen.is_emailed(*kind))
        .fold(
            FormState::new(lang, "preferences", PREFERENCES_FIELDS)
                .with("language", chosen.language.code()),
            |form, kind| form.with("emailed", kind.name()),
        )
}

/// The kinds of message, optional ones (to tick) or required ones (always on).
fn kinds(lang: Lang, required: bool) -> impl Iterator<Item = (Kind, String)> {
    Kind::all()
        .filter(move |kind| kind.is_required() == required)
        .map(move |kind| (kind, lang.message(&preferences::kind_label(kind))))
}

/// Loads what the account page shows and renders it.
async fn account_page(
    state: &WebState,
    visitor: &Visitor,
    forms: AccountForms,
    status: StatusCode,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let user = users::get(&state.db, actor, actor.user_id).await?;
    let tokens = tokens::list(&state.db, actor).await?;
    let lang = visitor.lang;
    let preferences_form = match forms.preferences {
        Some(form) => form,
        None => preferences_form(lang, &preferences::get(&state.db, actor).await?),
    };
    let page = AccountPage {
        visitor,
        profile_form: forms.profile.unwrap_or_else(|| {
            FormState::new(lang, "profile", PROFILE_FIELDS).with("name", &user.name)
        }),
        password_form: forms
            .password
            .unwrap_or_else(|| FormState::new(lang, "password", PASSWORD_FIELDS)),
        token_form: forms
            .token
            .unwrap_or_else(|| FormState::new(lang, "token", TOKEN_FIELDS)),
        user,
        tokens,
        new_token: forms.new_token,
        password_hint: password_hint(lang),
        preferences_form,
        language_choices: Lang::ALL
            .into_iter()
            .map(|choice| Choice {
                value: choice.code().to_owned(),
                label: choice.native_name().to_owned(),
                selected: false,
            })
            .collect(),
        optional_kinds: kinds(lang, false)
            .map(|(kind, label)| Choice {
                value: kind.name(),
                label,
                selected: false,
            })
            .collect(),
        required_kinds: kinds(lang, true).map(|(_, label)| label).collect(),
    };
    layout::render(&page, status)
}

/// `GET /account`.
#[handler]
pub async fn account(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
) -> Result<Response, PageError> {
    account_page(state, visitor, AccountForms::blank(), StatusCode::OK).await
}

/// `POST /account/profile`: changes one's name (with the version read, so that a concurrent edit is not
/// silently overwritten).
#[handler]
pub async fn update_profile(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let result = match forms::version(&form) {
        Ok(version) => users::update_profile(&state.db, actor, version, form.text("name"))
            .await
            .map(drop),
        Err(stale) => Err(stale),
    };
    match result {
        Ok(()) => {
            session::set_flash(state, jar, "flash-profile-saved");
            Ok(Redirect::see_other("/account").into_response())
        }
        Err(err) => {
            let mut profile =
                FormState::new(visitor.lang, "profile", PROFILE_FIELDS).keeping(&form, &[]);
            let status = profile.absorb(err)?;
            let forms = AccountForms {
                profile: Some(profile),
                ..AccountForms::blank()
            };
            account_page(state, visitor, forms, status).await
        }
    }
}

/// `POST /account/password`. The domain ends every session of the user, this browser's included (a
/// password change is how one locks out a stolen session). We then sign this browser in again with the new
/// password, so that the person who just proved they know it is not thrown out; every other session stays
/// ended.
#[handler]
pub async fn change_password(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    remote: &RemoteAddr,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let new_password = form.text("new_password");
    match users::change_password(
        &state.db,
        &state.login_policy,
        actor,
        form.text("current_password"),
        new_password,
    )
    .await
    {
        Ok(()) => {
            match session::sign_in(state, visitor, jar, remote, &actor.email, new_password).await {
                Ok(_) => {
                    session::set_flash(state, jar, "flash-password-changed");
                    Ok(Redirect::see_other("/account").into_response())
                }
                // Throttled or otherwise refused: the password is changed all the same; ask for a login.
                Err(Error::RateLimited { .. } | Error::Unauthenticated) => {
                    session::remove_cookie(state, jar, crate::SESSION_COOKIE);
                    session::set_flash(state, jar, "flash-password-changed-login");
                    Ok(Redirect::see_other(paths::login_with_next("/account")).into_response())
                }
                Err(err) => Err(err.into()),
            }
        }
        Err(err) => {
            let mut password = FormState::new(visitor.lang, "password", PASSWORD_FIELDS);
            let status = password.absorb(err)?;
            let forms = AccountForms {
                password: Some(password),
                ..AccountForms::blank()
            };
            account_page(state, visitor, forms, status).await
        }
    }
}

/// `POST /account/tokens`: creates an API token and shows its secret on the page this once. The secret is
/// stored nowhere (only its hash), so it cannot survive a redirect: this answer is the only place it can
/// appear, and `Cache-Control: no-store` keeps it out of caches.
#[handler]
pub async fn create_token(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    match tokens::create(&state.db, actor, form.text("name")).await {
        Ok((token, secret)) => {
            let forms = AccountForms {
                new_token: Some((token.name, secret)),
                ..AccountForms::blank()
            };
            account_page(state, visitor, forms, StatusCode::CREATED).await
        }
        Err(err) => {
            let mut token = FormState::new(visitor.lang, "token", TOKEN_FIELDS).keeping(&form, &[]);
            let status = token.absorb(err)?;
            let forms = AccountForms {
                token: Some(token),
                ..AccountForms::blank()
            };
            account_page(state, visitor, forms, status).await
        }
    }
}

/// `POST /account/preferences`: the language of one's messages and the kinds one is emailed. The form lists
/// the optional kinds as ticks of what to email; every optional kind left unticked is turned off.
#[handler]
pub async fn update_preferences(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let emailed = form.all("emailed");
    let input = PreferencesInput {
        language: form.text("language").to_owned(),
        muted: Kind::all()
            .filter(|kind| !kind.is_required())
            .map(Kind::name)
            .filter(|name| !emailed.contains(&name.as_str()))
            .collect(),
    };
    match preferences::set(&state.db, actor, &input, state.clock.now()).await {
        Ok(_) => Ok(session::redirect_with_flash(
            state,
            jar,
            "flash-preferences-saved",
            "/account".to_owned(),
        )),
        Err(err) => {
            let mut preferences =
                FormState::new(visitor.lang, "preferences", PREFERENCES_FIELDS).keeping(&form, &[]);
            // The domain names the kinds turned off (`muted`); the form shows those left on (`emailed`).
            let err = match err {
                Error::Validation(errors) => Error::Validation(
                    errors
                        .into_iter()
                        .map(|error| match error.field.as_str() {
                            "muted" => FieldError::new("emailed", error.message),
                            _ => error,
                        })
                        .collect(),
                ),
                other => other,
            };
            let status = preferences.absorb(err)?;
            let forms = AccountForms {
                preferences: Some(preferences),
                ..AccountForms::blank()
            };
            account_page(state, visitor, forms, status).await
        }
    }
}

/// `POST /account/tokens/{id}/revoke`.
#[handler]
pub async fn revoke_token(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    _form: CheckedForm,
) -> Result<Redirect, PageError> {
    let actor = visitor.actor()?;
    let id = paths::parse_id(&id)?;
    tokens::revoke(&state.db, actor, id).await?;
    session::set_flash(state, jar, "flash-token-revoked");
    Ok(Redirect::see_other("/account"))
}

// ---------------------------------------------------------------------------------------------------------
// Invitations

const INVITATION_FIELDS: Fields = &[
    ("name", "invitation-name"),
    ("password", "invitation-password"),
];

#[derive(Template)]
#[template(path = "invitation.html")]
struct InvitationPage<'a> {
    visitor: &'a Visitor,
    secret: &'a str,
    organisation_name: String,
    email: String,
    form: FormState,
    password_hint: String,
}
layout::localized!(InvitationPage);

async fn invitation_page(
    state: &WebState,
    visitor: &Visitor,
    secret: &str,
    form: FormState,
    status: StatusCode,
) -> Result<Response, PageError> {
    let (invitation, organisation) = invitations::find_open(&state.db, secret).await?;
    let page = InvitationPage {
        visitor,
        secret,
        organisation_name: organisation.name,
        email: invitation.email,
        form,
        password_hint: password_hint(visitor.lang),
    };
    layout::render(&page, status)
}

/// `GET /invitations/{secret}`: who invites whom; unknown, used and expired links are 404.
#[handler]
pub async fn invitation_form(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path(secret): Path<String>,
) -> Result<Response, PageError> {
    let form = FormState::new(visitor.lang, "invitation", INVITATION_FIELDS);
    invitation_page(state, visitor, &secret, form, StatusCode::OK).await
}

/// `POST /invitations/{secret}`: creates the colleague's account, signs them in, and goes home.
#[handler]
pub async fn accept_invitation(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    remote: &RemoteAddr,
    Path(secret): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let input = AcceptInvitation {
        name: form.text("name").to_owned(),
        password: form.text("password").to_owned(),
        language: visitor.lang.into(),
    };
    match invitations::accept(&state.db, &secret, &input).await {
        Ok(user) => {
            session::sign_in(state, visitor, jar, remote, &user.email, &input.password).await?;
            session::set_flash(state, jar, "flash-invitation-accepted");
            Ok(Redirect::see_other("/").into_response())
        }
        Err(err) => {
            let mut page_form = FormState::new(visitor.lang, "invitation", INVITATION_FIELDS)
                .keeping(&form, &["password"]);
            let status = page_form.absorb(err)?;
            invitation_page(state, visitor, &secret, page_form, status).await
        }
    }
}
