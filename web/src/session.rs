//! Who is visiting: the signed-in actor behind the session cookie (or nobody), the language of the pages,
//! the CSRF token their forms carry, and the one-time notice ("flash") left by the previous request.
//!
//! This module owns Convoca's cookies and the rotation of the session on sign-in. It does not check
//! passwords or decide permissions: `domain::accounts::login` and the services do.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use domain::accounts::login;
use domain::notifications::inbox;
use domain::{Actor, Error, Role};
use poem::http::{Method, header};
use poem::web::RemoteAddr;
use poem::web::cookie::{Cookie, CookieJar, SameSite};
use poem::{FromRequest, Request, RequestBody};

use crate::errors::PageError;
use crate::i18n::Lang;
use crate::{LANG_COOKIE, SESSION_COOKIE, WebState, csrf, paths};

/// The cookie that carries a one-time notice to the next page (its catalog key, never free text).
pub const FLASH_COOKIE: &str = "convoca_flash";

/// How long the language choice is remembered.
const LANG_COOKIE_MAX_AGE: Duration = Duration::from_secs(365 * 24 * 60 * 60);

/// The visitor of one request, resolved once by [`crate::shell::PageShell`] and handed to handlers.
#[derive(Debug, Clone)]
pub struct Visitor {
    /// The language pages are written in.
    pub lang: Lang,
    /// The signed-in user, if any.
    pub actor: Option<Actor>,
    /// How many of the signed-in user's messages are unread (for the navigation).
    pub unread: u64,
    /// The session cookie as sent, valid or not (so that sign-in can end it).
    session_cookie: Option<String>,
    /// The token every form of this visitor carries: the session's, or the anonymous double-submit cookie's,
    /// made only when a page shows a form (shared by clones, so that the page shell sees it).
    csrf: Arc<CsrfToken>,
    /// The page the visitor is on: the URL of a GET, the referring page of a form post.
    path: String,
    /// The catalog key of a notice left by the previous request.
    flash: Option<String>,
    /// The server's id of this request, if it gave one.
    pub request_id: Option<uuid::Uuid>,
}

impl Visitor {
    /// The visitor of a request whose session could not be looked up (the database is down): anonymous,
    /// so that at least the error page can be shown.
    pub fn fallback(req: &Request) -> Visitor {
        Visitor {
            lang: choose_lang(
                req.cookie()
                    .get(LANG_COOKIE)
                    .as_ref()
                    .map(Cookie::value_str),
                req.header(header::ACCEPT_LANGUAGE),
            ),
            actor: None,
            unread: 0,
            session_cookie: None,
            csrf: Arc::new(CsrfToken::known(None)),
            path: "/".to_owned(),
            flash: None,
            request_id: req.extensions().get::<crate::RequestId>().map(|id| id.0),
        }
    }

    /// The signed-in actor, or `Unauthenticated` (which sends the visitor to the login page).
    pub fn actor(&self) -> Result<&Actor, PageError> {
        self.actor
            .as_ref()
            .ok_or(PageError::Domain(Error::Unauthenticated))
    }

    /// The signed-in actor if they are a programme manager: `Unauthenticated` for nobody (the login page),
    /// `Forbidden` for anyone else. For pages only managers have a use for, even where the domain would
    /// show their data to anyone (programmes, published calls).
    pub fn manager(&self) -> Result<&Actor, PageError> {
        let actor = self.actor()?;
        actor.require_any(&[Role::Manager])?;
        Ok(actor)
    }

    /// The CSRF token a form of the page carries. An anonymous visitor without one gets a new token here
    /// (the page shell then sets its cookie), and the page is marked personal, never cached.
    pub fn csrf_token(&self) -> &str {
        self.csrf.shown()
    }

    /// The token a posted form must match, without making one: a visitor who never got a form has none,
    /// and an empty token matches nothing.
    pub fn expected_csrf_token(&self) -> &str {
        self.csrf.known.as_deref().unwrap_or_default()
    }

    /// Whether the page showed the CSRF token (so that it is this visitor's alone).
    pub fn showed_csrf_token(&self) -> bool {
        self.csrf.shown.load(Ordering::Acquire)
    }

    /// The anonymous token made while rendering the page, whose cookie the response must set.
    pub fn new_csrf_token(&self) -> Option<&str> {
        self.csrf.made.get().map(String::as_str)
    }

    /// The page the visitor is on, for `back` and `next` links.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The translated one-time notice, if the previous request left one.
    pub fn flash(&self) -> Option<String> {
        self.flash.as_deref().map(|key| self.lang.t(key))
    }

    /// The same visitor with a notice for the page rendered now: a post that answers with a page rather
    /// than a redirect (to keep what was typed) still says what it did.
    pub fn with_notice(&self, key: &str) -> Visitor {
        Visitor {
            flash: Some(key.to_owned()),
            ..self.clone()
        }
    }

    /// Whether the previous request left a notice (whose cookie must then be cleared).
    pub fn has_flash(&self) -> bool {
        self.flash.is_some()
    }
}

/// Handlers take `&Visitor`; the page shell put it into the request.
impl<'a> FromRequest<'a> for &'a Visitor {
    async fn from_request(req: &'a Request, _body: &mut RequestBody) -> poem::Result<Self> {
        req.extensions()
            .get::<Arc<Visitor>>()
            .map(|visitor| visitor.as_ref())
            .ok_or_else(|| {
                PageError::Domain(Error::Internal(
                    "the page shell did not resolve the visitor".into(),
                ))
                .into()
            })
    }
}

/// The language of the pages: the visitor's choice (cookie) when it is a language we have, else the
/// browser's `Accept-Language`.
pub fn choose_lang(cookie: Option<&str>, accept_language: Option<&str>) -> Lang {
    cookie
        .and_then(Lang::from_tag)
        .unwrap_or_else(|| Lang::negotiate(accept_language))
}

/// Works out who is visiting. An anonymous visitor's CSRF token is made later, if a page shows a form.
pub async fn resolve(state: &WebState, req: &Request) -> Result<Visitor, Error> {
    let jar = req.cookie();
    let lang = choose_lang(
        jar.get(LANG_COOKIE).as_ref().map(Cookie::value_str),
        req.header(header::ACCEPT_LANGUAGE),
    );
    let session_cookie = jar
        .get(SESSION_COOKIE)
        .map(|cookie| cookie.value_str().to_owned())
        .filter(|value| !value.is_empty());
    let session = match &session_cookie {
        Some(token) => login::session_actor(&state.db, token).await?,
        None => None,
    };
    let (actor, csrf_token) = match session {
        Some((actor, csrf_token)) => (Some(actor), Some(csrf_token)),
        None => (None, anonymous_csrf_token(jar)),
    };
    let unread = match &actor {
        Some(actor) => inbox::unread_count(&state.db, actor).await?,
        None => 0,
    };
    let flash = jar
        .get(FLASH_COOKIE)
        .map(|cookie| cookie.value_str().to_owned())
        .filter(|key| is_flash_key(key) && lang.has(key));
    Ok(Visitor {
        lang,
        actor,
        unread,
        session_cookie,
        csrf: Arc::new(CsrfToken::known(csrf_token)),
        path: current_path(req),
        flash,
        request_id: req.extensions().get::<crate::RequestId>().map(|id| id.0),
    })
}

/// The anonymous double-submit token of the cookie, when it looks like one of ours.
fn anonymous_csrf_token(jar: &CookieJar) -> Option<String> {
    jar.get(csrf::CSRF_COOKIE)
        .map(|cookie| cookie.value_str().to_owned())
        .filter(|token| csrf::is_well_formed(token))
}

/// A visitor's CSRF token. Anonymous visitors get one only when a page shows them a form: a page without
/// one sets no cookie and is the same for every anonymous visitor, so that it can be cached.
#[derive(Debug)]
struct CsrfToken {
    /// The session's token, or the anonymous cookie's.
    known: Option<String>,
    /// The token made for an anonymous visitor who had none.
    made: OnceLock<String>,
    /// Whether a page showed the token.
    shown: AtomicBool,
}

impl CsrfToken {
    fn known(known: Option<String>) -> Self {
        CsrfToken {
            known,
            made: OnceLock::new(),
            shown: AtomicBool::new(false),
        }
    }

    /// The token to show, made if there is none yet.
    fn shown(&self) -> &str {
        self.shown.store(true, Ordering::Release);
        match &self.known {
            Some(token) => token,
            None => self.made.get_or_init(csrf::new_token),
        }
    }
}

/// Sets the cookie of an anonymous token made while rendering (see [`Visitor::new_csrf_token`]).
pub fn remember_csrf_token(state: &WebState, jar: &CookieJar, token: &str) {
    jar.add(cookie(state, csrf::CSRF_COOKIE, token, None));
}

/// The page a request is about: a GET's own URL; for a form post, the page it was posted from.
fn current_path(req: &Request) -> String {
    let uri = req.original_uri();
    if req.method() == Method::GET || req.method() == Method::HEAD {
        let path = uri.path_and_query().map_or("/", |pq| pq.as_str());
        return paths::safe_local_path_or_root(Some(path));
    }
    let host = req.header(header::HOST).unwrap_or_default();
    req.header(header::REFERER)
        .and_then(|referer| paths::same_site_referer(referer, host))
        .unwrap_or_else(|| "/".to_owned())
}

/// Flash keys are catalog keys of the `flash-` family; anything else in the cookie is ignored.
fn is_flash_key(key: &str) -> bool {
    key.starts_with("flash-") && key.chars().all(|c| c.is_ascii_lowercase() || c == '-')
}

/// One of our cookies: HttpOnly, SameSite=Lax, for the whole site, Secure behind HTTPS.
pub fn cookie(state: &WebState, name: &str, value: &str, max_age: Option<Duration>) -> Cookie {
    let mut cookie = Cookie::new_with_str(name, value);
    cookie.set_http_only(true);
    cookie.set_same_site(SameSite::Lax);
    cookie.set_path("/");
    cookie.set_secure(state.secure_cookies);
    if let Some(max_age) = max_age {
        cookie.set_max_age(max_age);
    }
    cookie
}

/// Tells the browser to forget one of our cookies (same path, so that it really goes).
pub fn remove_cookie(state: &WebState, jar: &CookieJar, name: &str) {
    let mut removal = cookie(state, name, "", None);
    removal.make_removal();
    jar.add(removal);
}

/// Remembers the visitor's language for a year.
pub fn remember_lang(state: &WebState, jar: &CookieJar, lang: Lang) {
    jar.add(cookie(
        state,
        LANG_COOKIE,
        lang.code(),
        Some(LANG_COOKIE_MAX_AGE),
    ));
}

/// Leaves a notice (a `flash-` catalog key) for the next page the visitor sees.
pub fn set_flash(state: &WebState, jar: &CookieJar, key: &str) {
    jar.add(cookie(state, FLASH_COOKIE, key, None));
}

/// After a change: a notice for the next page, and a redirect to it (post, redirect, get).
pub fn redirect_with_flash(
    state: &WebState,
    jar: &CookieJar,
    key: &str,
    location: String,
) -> poem::Response {
    use poem::IntoResponse;
    set_flash(state, jar, key);
    poem::web::Redirect::see_other(location).into_response()
}

/// The address failed sign-ins are counted against.
pub fn client_ip(remote: &RemoteAddr) -> Option<String> {
    remote.as_socket_addr().map(|addr| addr.ip().to_string())
}

/// Signs in and rotates the session: the browser's previous session (if any) is ended before the new
/// cookie is set, so that a session id planted before login is worthless after it.
pub async fn sign_in(
    state: &WebState,
    visitor: &Visitor,
    jar: &CookieJar,
    remote: &RemoteAddr,
    email: &str,
    password: &str,
) -> Result<Actor, Error> {
    let ip = client_ip(remote);
    let started = login::sign_in(
        &state.db,
        &state.login_policy,
        email,
        password,
        ip.as_deref(),
    )
    .await?;
    if let Some(old) = &visitor.session_cookie {
        login::end_session(&state.db, old).await?;
    }
    jar.add(cookie(
        state,
        SESSION_COOKIE,
        &started.token,
        Some(state.login_policy.session_ttl),
    ));
    Ok(started.actor)
}

/// Ends the browser's session and forgets its cookie.
pub async fn sign_out(state: &WebState, visitor: &Visitor, jar: &CookieJar) -> Result<(), Error> {
    if let Some(token) = &visitor.session_cookie {
        login::end_session(&state.db, token).await?;
    }
    remove_cookie(state, jar, SESSION_COOKIE);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chosen_language_beats_the_browser_s() {
        assert_eq!(choose_lang(Some("fr"), Some("es,en;q=0.5")), Lang::Fr);
        assert_eq!(choose_lang(None, Some("es,en;q=0.5")), Lang::Es);
        assert_eq!(choose_lang(Some("klingon"), Some("es")), Lang::Es);
        assert_eq!(choose_lang(Some(""), None), Lang::En);
    }

    #[test]
    fn only_flash_keys_are_accepted_from_the_cookie() {
        assert!(is_flash_key("flash-profile-saved"));
        assert!(!is_flash_key("error-required"));
        assert!(!is_flash_key("flash-<script>"));
    }
}
