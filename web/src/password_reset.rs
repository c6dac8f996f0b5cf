//! "Forgot your password?" in the browser: asking for a reset link by email, and choosing a new password
//! with it.
//!
//! Handlers parse the form, call `domain::accounts::reset` and render or redirect. The rules (who gets a
//! link, how long it works, throttling, what a valid password is) stay in the domain; this module only
//! adds what a form needs: typing the new password twice.

use askama::Template;
use domain::Message;
use domain::accounts::reset;
use poem::http::StatusCode;
use poem::web::cookie::CookieJar;
use poem::web::{Data, Path, Redirect, RemoteAddr};
use poem::{IntoResponse, Response, handler};

use crate::WebState;
use crate::accounts::password_hint;
use crate::csrf::CheckedForm;
use crate::errors::{self, PageError};
use crate::forms::{Fields, FormState};
use crate::layout;
use crate::layout::Localized as _;
use crate::session::{self, Visitor};

// ---------------------------------------------------------------------------------------------------------
// Asking for a link

const REQUEST_FIELDS: Fields = &[("email", "reset-request-email")];

#[derive(Template)]
#[template(path = "forgot_password.html")]
struct RequestPage<'a> {
    visitor: &'a Visitor,
    form: FormState,
    /// Why the request was refused (too many of them).
    problem: Option<String>,
}

#[derive(Template)]
#[template(path = "forgot_password_sent.html")]
struct SentPage<'a> {
    visitor: &'a Visitor,
}
layout::localized!(RequestPage, SentPage);

/// `GET /forgot-password`.
#[handler]
pub fn request_form(visitor: &Visitor) -> Result<Response, PageError> {
    layout::ok(&RequestPage {
        visitor,
        form: FormState::new(visitor.lang, "reset", REQUEST_FIELDS),
        problem: None,
    })
}

/// `POST /forgot-password`: asks for a link, then goes to the same "check your email" page whether or not
/// the address has an account. A malformed address re-shows the form (422); too many requests re-show it
/// with the sign-in throttle's message (429 with `Retry-After`).
#[handler]
pub async fn request_link(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    remote: &RemoteAddr,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let ip = session::client_ip(remote);
    let result = reset::request(
        &state.db,
        &state.login_policy,
        form.text("email"),
        ip.as_deref(),
        state.clock.now(),
    )
    .await;
    let mut page_form = FormState::new(visitor.lang, "reset", REQUEST_FIELDS).keeping(&form, &[]);
    let (status, problem, retry_after) = match result {
        // A redirect with nothing of the address in it: the page that follows cannot differ.
        Ok(()) => return Ok(Redirect::see_other("/forgot-password/sent").into_response()),
        Err(domain::Error::RateLimited { retry_after_secs }) => (
            StatusCode::TOO_MANY_REQUESTS,
            Some(errors::rate_limited_message(visitor.lang, retry_after_secs)),
            Some(retry_after_secs),
        ),
        Err(err) => (page_form.absorb(err)?, None, None),
    };
    let mut response = layout::render(
        &RequestPage {
            visitor,
            form: page_form,
            problem,
        },
        status,
    )?;
    if let Some(seconds) = retry_after {
        errors::set_retry_after(&mut response, seconds);
    }
    Ok(response)
}

/// `GET /forgot-password/sent`: "if an account exists for that address, we have sent a link".
#[handler]
pub fn sent(visitor: &Visitor) -> Result<Response, PageError> {
    layout::ok(&SentPage { visitor })
}

// ---------------------------------------------------------------------------------------------------------
// Choosing a new password

const RESET_FIELDS: Fields = &[
    ("password", "reset-form-password"),
    ("confirmation", "reset-form-confirmation"),
];

#[derive(Template)]
#[template(path = "reset_password.html")]
struct ResetPage<'a> {
    visitor: &'a Visitor,
    secret: &'a str,
    form: FormState,
    password_hint: String,
}

#[derive(Template)]
#[template(path = "reset_password_invalid.html")]
struct InvalidLinkPage<'a> {
    visitor: &'a Visitor,
}
layout::localized!(ResetPage, InvalidLinkPage);

/// The page for a link that does not work (unknown, used, expired), with a way to ask for a new one.
fn invalid_link(visitor: &Visitor) -> Result<Response, PageError> {
    layout::render(&InvalidLinkPage { visitor }, StatusCode::NOT_FOUND)
}

fn reset_page(
    visitor: &Visitor,
    secret: &str,
    form: FormState,
    status: StatusCode,
) -> Result<Response, PageError> {
    layout::render(
        &ResetPage {
            visitor,
            secret,
            form,
            password_hint: password_hint(visitor.lang),
        },
        status,
    )
}

/// `GET /reset-password/{secret}`: the form, or the explanation of a link that does not work.
#[handler]
pub async fn reset_form(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path(secret): Path<String>,
) -> Result<Response, PageError> {
    match reset::check(&state.db, &secret, state.clock.now()).await {
        Ok(()) => {
            let form = FormState::new(visitor.lang, "reset", RESET_FIELDS);
            reset_page(visitor, &secret, form, StatusCode::OK)
        }
        Err(err) if reset::is_invalid_link(&err) => invalid_link(visitor),
        Err(err) => Err(err.into()),
    }
}

/// `POST /reset-password/{secret}`: sets the new password, then sends the visitor to log in with it. The
/// domain ends every session of the account, this browser's included.
#[handler]
pub async fn set_password(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(secret): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let now = state.clock.now();
    let password = form.text("password");
    let result = if password == form.text("confirmation") {
        reset::complete(&state.db, &secret, password, now).await
    } else {
        // Nothing is changed on a mismatch, but a dead link is still worth saying first.
        reset::check(&state.db, &secret, now)
            .await
            .and(Err(domain::Error::field(
                "confirmation",
                Message::new("reset-error-mismatch"),
            )))
    };
    match result {
        Ok(()) => Ok(session::redirect_with_flash(
            state,
            jar,
            "flash-password-reset",
            "/login".to_owned(),
        )),
        Err(err) if reset::is_invalid_link(&err) => invalid_link(visitor),
        Err(err) => {
            let mut page_form = FormState::new(visitor.lang, "reset", RESET_FIELDS);
            let status = page_form.absorb(err)?;
            reset_page(visitor, &secret, page_form, status)
        }
    }
}
