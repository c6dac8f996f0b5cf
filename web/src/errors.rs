//! The one place where failures become pages: a `domain::Error` (or a refused CSRF token, an unknown path,
//! a malformed request) is turned into a redirect to the login page, an error page with the right status,
//! or an opaque 500 page whose reference id points at the full error in the log.
//!
//! Forms that can show a validation error or a conflict next to their fields do so themselves (see
//! `forms::FormState::absorb`); everything else ends up here.

use std::fmt;

use askama::Template;
use domain::{Error, Role};
use poem::http::{StatusCode, header};
use poem::web::Redirect;
use poem::{IntoResponse, Response};

use crate::i18n::Lang;
use crate::layout::{self, Localized};
use crate::paths;
use crate::session::Visitor;

/// Why a page could not be shown.
#[derive(Debug)]
pub enum PageError {
    /// A domain service refused or failed.
    Domain(Error),
    /// A form came without the visitor's CSRF token.
    Csrf,
    /// The form's body was over the limit of its address, in bytes (see [`BodyTooLarge`]).
    TooLarge(usize),
}

/// Set on a request whose body was over the limit of its address: the server drops the body and lets the
/// page answer, so that a too-large upload gets the HTML error page, never the API's problem+json.
#[derive(Debug, Clone, Copy)]
pub struct BodyTooLarge {
    /// The limit, in bytes.
    pub limit: usize,
}

impl From<Error> for PageError {
    fn from(err: Error) -> Self {
        PageError::Domain(err)
    }
}

impl fmt::Display for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PageError::Domain(err) => write!(f, "{err}"),
            PageError::Csrf => f.write_str("missing or wrong CSRF token"),
            PageError::TooLarge(limit) => write!(f, "request body over {limit} bytes"),
        }
    }
}

impl std::error::Error for PageError {}

impl poem::error::ResponseError for PageError {
    fn status(&self) -> StatusCode {
        match self {
            PageError::Csrf => StatusCode::FORBIDDEN,
            PageError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            PageError::Domain(err) => domain_status(err),
        }
    }
}

/// The status of a page that shows `err`.
fn domain_status(err: &Error) -> StatusCode {
    match err {
        Error::NotFound => StatusCode::NOT_FOUND,
        Error::Forbidden | Error::RoleRequired(_) | Error::Refused(_) => StatusCode::FORBIDDEN,
        Error::Unauthenticated => StatusCode::SEE_OTHER,
        Error::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
        Error::Stale
        | Error::Conflict(_)
        | Error::InvalidTransition { .. }
        | Error::DeadlinePassed => StatusCode::CONFLICT,
        Error::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
        Error::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// The error page: a heading, what happened, and for server errors a reference to quote.
#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    visitor: &'a Visitor,
    title: String,
    messages: Vec<String>,
    reference: Option<String>,
}
layout::localized!(ErrorPage);

/// The response for a failed page request.
pub fn failure_response(visitor: &Visitor, err: poem::Error) -> Response {
    if let Some(page_error) = err.downcast_ref::<PageError>() {
        return match page_error {
            PageError::Domain(domain) => domain_failure(visitor, domain),
            PageError::Csrf => error_page(
                visitor,
                StatusCode::FORBIDDEN,
                "error-page-csrf-title",
                vec![visitor.lang.t("error-page-csrf")],
            ),
            PageError::TooLarge(limit) => error_page(
                visitor,
                StatusCode::PAYLOAD_TOO_LARGE,
                "error-page-too-large-title",
                vec![visitor.lang.t_numbers(
                    "error-page-too-large",
                    &[("mib", (*limit / (1024 * 1024)).max(1) as u64)],
                )],
            ),
        };
    }
    match err.status() {
        StatusCode::NOT_FOUND => not_found(visitor),
        status if status.is_server_error() => internal(visitor, &err.to_string()),
        StatusCode::METHOD_NOT_ALLOWED => error_page(
            visitor,
            StatusCode::METHOD_NOT_ALLOWED,
            "error-page-method-title",
            vec![visitor.lang.t("error-page-method")],
        ),
        status => error_page(
            visitor,
            status,
            "error-page-bad-request-title",
            vec![visitor.lang.t("error-page-bad-request")],
        ),
    }
}

fn domain_failure(visitor: &Visitor, err: &Error) -> Response {
    let lang = visitor.lang;
    let status = domain_status(err);
    match err {
        Error::Unauthenticated => {
            Redirect::see_other(paths::login_with_next(visitor.path())).into_response()
        }
        Error::NotFound => not_found(visitor),
        Error::Forbidden => error_page(
            visitor,
            status,
            "error-page-forbidden-title",
            vec![lang.t("error-page-forbidden")],
        ),
        Error::RoleRequired(roles) => error_page(
            visitor,
            status,
            "error-page-forbidden-title",
            vec![lang.t("error-page-forbidden"), role_needed(lang, roles)],
        ),
        Error::Refused(message) => error_page(
            visitor,
            status,
            "error-page-forbidden-title",
            vec![lang.message(message)],
        ),
        Error::Validation(errors) => error_page(
            visitor,
            status,
            "error-page-invalid-title",
            errors.iter().map(|e| lang.message(&e.message)).collect(),
        ),
        Error::Conflict(message) => error_page(
            visitor,
            status,
            "error-page-conflict-title",
            vec![lang.message(message)],
        ),
        Error::Stale => error_page(
            visitor,
            status,
            "error-page-conflict-title",
            vec![lang.message(&Error::stale_message())],
        ),
        Error::InvalidTransition { .. } => error_page(
            visitor,
            status,
            "error-page-conflict-title",
            vec![lang.t("error-page-invalid-transition")],
        ),
        Error::DeadlinePassed => error_page(
            visitor,
            status,
            "error-page-conflict-title",
            vec![lang.t("error-page-deadline-passed")],
        ),
        Error::RateLimited { retry_after_secs } => {
            let mut response = error_page(
                visitor,
                status,
                "error-page-rate-limited-title",
                vec![rate_limited_message(lang, *retry_after_secs)],
            );
            set_retry_after(&mut response, *retry_after_secs);
            response
        }
        Error::Internal(cause) => internal(visitor, &cause.to_string()),
    }
}

/// Which role a refused page is for: "This page is for programme managers." for one role, the roles named
/// in a list for several.
pub fn role_needed(lang: Lang, roles: &[Role]) -> String {
    match roles {
        [role] => lang.t(&format!("error-page-needs-role-{}", role.as_str())),
        roles => {
            let names: Vec<String> = roles
                .iter()
                .map(|role| layout::role_label(lang, *role))
                .collect();
            lang.t_args(
                "error-page-needs-roles",
                &[("roles", &names.join(&lang.t("list-separator")))],
            )
        }
    }
}

fn not_found(visitor: &Visitor) -> Response {
    error_page(
        visitor,
        StatusCode::NOT_FOUND,
        "error-page-not-found-title",
        vec![visitor.lang.t("error-page-not-found")],
    )
}

/// Logs the error in full and shows only a reference to it: details of a failure are for operators.
fn internal(visitor: &Visitor, detail: &str) -> Response {
    let reference = visitor
        .request_id
        .unwrap_or_else(uuid::Uuid::now_v7)
        .to_string();
    tracing::error!(%reference, path = visitor.path(), error = detail, "a page failed");
    let page = ErrorPage {
        visitor,
        title: visitor.lang.t("error-page-internal-title"),
        messages: vec![visitor.lang.t("error-page-internal")],
        reference: Some(reference),
    };
    respond(&page, StatusCode::INTERNAL_SERVER_ERROR)
}

fn error_page(
    visitor: &Visitor,
    status: StatusCode,
    title_key: &str,
    messages: Vec<String>,
) -> Response {
    let page = ErrorPage {
        visitor,
        title: visitor.lang.t(title_key),
        messages,
        reference: None,
    };
    respond(&page, status)
}

/// Renders an error page; should even that fail, a plain-text answer with the same status.
fn respond(page: &ErrorPage<'_>, status: StatusCode) -> Response {
    match layout::render(page, status) {
        Ok(response) => response,
        Err(err) => {
            tracing::error!(error = %err, "the error page itself failed to render");
            (status, page.title.clone()).into_response()
        }
    }
}

/// "Too many attempts; try again in N minutes" (or seconds, under a minute).
pub fn rate_limited_message(lang: Lang, retry_after_secs: u64) -> String {
    if retry_after_secs < 60 {
        lang.t_count("error-rate-limited-seconds", "seconds", retry_after_secs)
    } else {
        lang.t_count(
            "error-rate-limited-minutes",
            "minutes",
            retry_after_secs.div_ceil(60),
        )
    }
}

/// Tells clients how long to wait before trying again.
pub fn set_retry_after(response: &mut Response, retry_after_secs: u64) {
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, retry_after_secs.into());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_is_told_in_seconds_or_whole_minutes() {
        assert!(rate_limited_message(Lang::En, 30).contains("30 seconds"));
        assert!(rate_limited_message(Lang::En, 61).contains("2 minutes"));
        assert!(rate_limited_message(Lang::En, 60).contains("1 minute"));
        assert!(rate_limited_message(Lang::Es, 600).contains("10 minutos"));
    }

    #[test]
    fn a_refusal_names_the_role_the_page_is_for() {
        assert_eq!(
            role_needed(Lang::En, &[Role::Manager]),
            "This page is for programme managers."
        );
        let several = role_needed(Lang::En, &[Role::Manager, Role::Admin]);
        assert!(several.contains("Programme manager"), "{several}");
        assert!(several.contains("Administrator"), "{several}");
        for lang in Lang::ALL {
            for role in Role::ALL {
                assert!(lang.has(&format!("error-page-needs-role-{}", role.as_str())));
            }
        }
    }

    #[test]
    fn every_domain_error_has_a_status() {
        assert_eq!(domain_status(&Error::NotFound), StatusCode::NOT_FOUND);
        assert_eq!(
            domain_status(&Error::RateLimited {
                retry_after_secs: 1
            }),
            StatusCode::TOO_MANY_REQUESTS
        );
        assert_eq!(
            domain_status(&Error::Internal("x".into())),
            StatusCode::INTERNAL_SERVER_ERROR
        );
    }
}
