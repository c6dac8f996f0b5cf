//! The middleware around every page: it resolves the [`Visitor`] once (session, language, CSRF token,
//! notice), turns any failure of the handler into an error page (see `errors`), clears a notice once it has
//! been shown, sets the cookie of a CSRF token made for a form, and adds the headers every HTML response
//! needs (no caching of personal pages, no framing, no sniffing, no referrer to other sites).

use std::sync::Arc;

use poem::http::header::{self, HeaderValue};
use poem::{Endpoint, IntoResponse, Middleware, Request, Response};

use crate::session::{self, FLASH_COOKIE, Visitor};
use crate::{WebState, errors};

/// See the module documentation. Must run inside `CookieJarManager`.
pub struct PageShell {
    state: WebState,
}

impl PageShell {
    /// The shell for `state`'s pages.
    pub fn new(state: WebState) -> Self {
        PageShell { state }
    }
}

impl<E: Endpoint> Middleware<E> for PageShell {
    type Output = PageShellEndpoint<E>;

    fn transform(&self, inner: E) -> Self::Output {
        PageShellEndpoint {
            inner,
            state: self.state.clone(),
        }
    }
}

/// See [`PageShell`].
pub struct PageShellEndpoint<E> {
    inner: E,
    state: WebState,
}

impl<E: Endpoint> Endpoint for PageShellEndpoint<E> {
    type Output = Response;

    async fn call(&self, mut req: Request) -> poem::Result<Response> {
        let jar = req.cookie().clone();
        let visitor = match session::resolve(&self.state, &req).await {
            Ok(visitor) => Arc::new(visitor),
            Err(err) => {
                let visitor = Visitor::fallback(&req);
                let response =
                    errors::failure_response(&visitor, errors::PageError::from(err).into());
                return Ok(with_page_headers(response));
            }
        };
        req.extensions_mut().insert(visitor.clone());
        let response = match self.inner.call(req).await {
            Ok(output) => output.into_response(),
            Err(err) => errors::failure_response(&visitor, err),
        };
        // A notice is shown by the page that follows a redirect; only then may it go.
        if visitor.has_flash() && !response.status().is_redirection() {
            session::remove_cookie(&self.state, &jar, FLASH_COOKIE);
        }
        if let Some(token) = visitor.new_csrf_token() {
            session::remember_csrf_token(&self.state, &jar, token);
        }
        // A page is public when it is the same for every anonymous visitor: no signed-in user's data, no
        // form token, no one-time notice. Only such a page may be kept by a cache (ours or the browser's).
        let public =
            visitor.actor.is_none() && !visitor.showed_csrf_token() && !visitor.has_flash();
        let mut response = with_page_headers(response);
        if public {
            response
                .headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        }
        Ok(response)
    }
}

fn with_page_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    for (name, value) in [
        // Pages show personal data and one-time secrets: never store them in a cache, unless the shell
        // knows the page to be public (then revalidated on each use).
        (header::CACHE_CONTROL, "no-store"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        // Invitation links carry their secret in the path: do not leak it to other sites.
        (header::REFERRER_POLICY, "same-origin"),
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ),
        (header::VARY, "Cookie, Accept-Language"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}
