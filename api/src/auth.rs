//! Who is calling the API: a bearer API token, or the web session cookie (with its CSRF token in a header
//! for anything but reads, since a browser sends the cookie on its own).

use domain::accounts::{login, tokens};
use domain::{Actor, Error};
use poem::Request;
use poem::http::StatusCode;
use poem_openapi::SecurityScheme;
use poem_openapi::auth::{ApiKey, Bearer};

use crate::AppState;
use crate::problem::ApiError;

/// The outcome of checking presented credentials. Checkers always succeed when credentials are present and
/// carry the verdict here, because poem-openapi would turn any checker error into a bare 401 and hide a
/// CSRF refusal (403) or a database outage (500).
pub type Verdict = Result<Actor, Refusal>;

/// Why presented credentials were not accepted.
#[derive(Debug, Clone)]
pub enum Refusal {
    /// Unknown, revoked or expired credentials.
    Unauthenticated(&'static str),
    /// Valid credentials used without what they require (the CSRF header).
    Forbidden(&'static str),
    /// The credentials could not be checked.
    Internal(String),
}

/// An API token: `Authorization: Bearer cvk_...`. Create one at `POST /api/v1/auth/token` or on the
/// account page.
#[derive(SecurityScheme)]
#[oai(ty = "bearer", checker = "check_bearer")]
pub struct BearerToken(Verdict);

/// The web session cookie. Requests other than GET must also send the session's CSRF token in
/// `X-CSRF-Token`.
#[derive(SecurityScheme)]
#[oai(
    ty = "api_key",
    key_name = "convoca_session",
    key_in = "cookie",
    checker = "check_session"
)]
pub struct SessionCookie(Verdict);

/// Either way of authenticating.
#[derive(SecurityScheme)]
pub enum Auth {
    /// A bearer token.
    Bearer(BearerToken),
    /// The session cookie.
    Session(SessionCookie),
}

impl Auth {
    /// The authenticated caller, or why the credentials were refused (which `?` turns into a problem).
    pub fn actor(&self) -> Result<&Actor, Refusal> {
        let (Auth::Bearer(BearerToken(verdict)) | Auth::Session(SessionCookie(verdict))) = self;
        verdict.as_ref().map_err(Refusal::clone)
    }
}

impl From<Refusal> for ApiError {
    fn from(refusal: Refusal) -> Self {
        match refusal {
            Refusal::Unauthenticated(detail) => ApiError::unauthenticated(detail),
            Refusal::Forbidden(detail) => ApiError::forbidden(detail),
            Refusal::Internal(cause) => ApiError::from(Error::internal(cause)),
        }
    }
}

/// Credentials when presented, anonymous otherwise: for public endpoints that show more to some callers
/// (drafts to managers). Presented but invalid credentials are still refused.
#[derive(SecurityScheme)]
pub enum OptionalAuth {
    /// A bearer token.
    Bearer(BearerToken),
    /// The session cookie.
    Session(SessionCookie),
    /// No credentials.
    #[oai(fallback)]
    Anonymous,
}

impl OptionalAuth {
    /// The caller, if any, or why the presented credentials were refused.
    pub fn actor(&self) -> Result<Option<&Actor>, Refusal> {
        match self {
            OptionalAuth::Bearer(BearerToken(verdict))
            | OptionalAuth::Session(SessionCookie(verdict)) => {
                verdict.as_ref().map(Some).map_err(Refusal::clone)
            }
            OptionalAuth::Anonymous => Ok(None),
        }
    }
}

fn state(req: &Request) -> poem::Result<&AppState> {
    req.data::<AppState>()
        .ok_or_else(|| poem::Error::from_status(StatusCode::INTERNAL_SERVER_ERROR))
}

async fn check_bearer(req: &Request, bearer: Bearer) -> poem::Result<Verdict> {
    Ok(
        match tokens::authenticate_bearer(&state(req)?.db, &bearer.token).await {
            Ok(actor) => Ok(actor),
            Err(Error::Unauthenticated) => Err(Refusal::Unauthenticated(
                "The API token is unknown, revoked, or its user is deactivated.",
            )),
            Err(err) => Err(Refusal::Internal(err.to_string())),
        },
    )
}

async fn check_session(req: &Request, cookie: ApiKey) -> poem::Result<Verdict> {
    let session = match login::session_actor(&state(req)?.db, &cookie.key).await {
        Ok(session) => session,
        Err(err) => return Ok(Err(Refusal::Internal(err.to_string()))),
    };
    let Some((actor, csrf_token)) = session else {
        return Ok(Err(Refusal::Unauthenticated(
            "The session has ended; sign in again.",
        )));
    };
    if !req.method().is_safe() {
        let sent = req.header(web::CSRF_HEADER).unwrap_or_default();
        if !web_csrf_matches(sent, &csrf_token) {
            return Ok(Err(Refusal::Forbidden(
                "Requests authenticated by the session cookie must carry its CSRF token in X-CSRF-Token.",
            )));
        }
    }
    Ok(Ok(actor))
}

/// Compares tokens in constant time, so that response timing does not reveal how much of a guess was right.
fn web_csrf_matches(sent: &str, expected: &str) -> bool {
    sent.len() == expected.len()
        && sent
            .bytes()
            .zip(expected.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

#[cfg(test)]
mod tests {
    use super::web_csrf_matches;

    #[test]
    fn csrf_tokens_must_match_exactly() {
        assert!(web_csrf_matches("abc", "abc"));
        assert!(!web_csrf_matches("abd", "abc"));
        assert!(!web_csrf_matches("ab", "abc"));
        assert!(!web_csrf_matches("", "abc"));
    }
}
