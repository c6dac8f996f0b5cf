//! The HTML UI as a browser sees it, for the end-to-end tests of the pages: a [`Page`] is a response read
//! once (status, redirect, cookies set, body), with readers for what tests look at (the text without
//! markup, a form's inputs and textareas, the CSRF token), and the requests a visitor makes: [`get`] a
//! page, [`post`] a form as given, [`submit`] a form the way a browser does after showing the page it is
//! on, and [`log_in`] through the login form.
//!
//! Pages are read with plain string searches rather than an HTML parser: the markup comes from Convoca's
//! own templates, whose attributes always appear as `name="…" value="…"`, and whose escapes [`decode`]
//! undoes.

use reqwest::header::{LOCATION, SET_COOKIE};
use reqwest::{Client, StatusCode};
use web::SESSION_COOKIE;

use crate::{TEST_PASSWORD, TestApp, new_client};

/// A page as the browser got it.
#[derive(Debug)]
pub struct Page {
    /// The HTTP status.
    pub status: StatusCode,
    /// The `Location` header of a redirect.
    pub location: Option<String>,
    /// Every `Set-Cookie` header, attributes included.
    pub set_cookies: Vec<String>,
    /// The markup, as sent (escapes not decoded).
    pub body: String,
}

impl Page {
    /// Reads a response whole.
    pub async fn read(response: reqwest::Response) -> Page {
        let header = |name| {
            response
                .headers()
                .get_all(name)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        let location = header(LOCATION).into_iter().next();
        let set_cookies = header(SET_COOKIE);
        Page {
            status: response.status(),
            location,
            set_cookies,
            body: response.text().await.expect("a body"),
        }
    }

    /// The CSRF token the page's forms carry.
    pub fn csrf(&self) -> String {
        self.value("csrf_token")
    }

    /// The value of the first input named `name` (hidden or not), escapes decoded, as the browser would
    /// send it back. Panics, showing the markup, when the page has no such input.
    pub fn value(&self, name: &str) -> String {
        let marker = format!("name=\"{name}\" value=\"");
        let start = self
            .body
            .find(&marker)
            .unwrap_or_else(|| panic!("no {name} on the page:\n{}", self.body))
            + marker.len();
        let end = self.body[start..].find('"').expect("a closing quote");
        decode(&self.body[start..start + end])
    }

    /// The text of the first textarea named `name`, escapes decoded, as the browser would send it back.
    pub fn textarea(&self, name: &str) -> String {
        let marker = format!("name=\"{name}\"");
        let start = self
            .body
            .find(&marker)
            .and_then(|at| self.body[at..].find('>').map(|end| at + end + 1))
            .unwrap_or_else(|| panic!("no textarea {name} on the page"));
        let end = self.body[start..]
            .find("</textarea>")
            .expect("a closing tag");
        decode(&self.body[start..start + end])
    }

    /// The value a response set for a cookie (empty when it removes it).
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.set_cookies.iter().find_map(|header| {
            let (pair, _) = header.split_once(';').unwrap_or((header, ""));
            let (cookie, value) = pair.split_once('=')?;
            (cookie == name).then(|| value.to_owned())
        })
    }

    /// The `Set-Cookie` header of a cookie, attributes included. Panics when the response set none.
    pub fn set_cookie_header(&self, name: &str) -> &str {
        self.set_cookies
            .iter()
            .find(|h| h.starts_with(&format!("{name}=")))
            .unwrap_or_else(|| panic!("no {name} cookie set: {:?}", self.set_cookies))
    }

    /// The page's text for assertions: markup removed (every tag counts as a space), escapes decoded,
    /// whitespace collapsed to single spaces.
    pub fn text(&self) -> String {
        let mut text = String::new();
        let mut in_tag = false;
        for c in self.body.chars() {
            match c {
                '<' => in_tag = true,
                '>' => {
                    in_tag = false;
                    text.push(' ');
                }
                _ if !in_tag => text.push(c),
                _ => {}
            }
        }
        decode(&text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The markup with the template engine's escapes decoded (`&#38;` in an attribute is `&`).
    pub fn decoded(&self) -> String {
        decode(&self.body)
    }

    /// Asserts that the page's [text](Page::text) contains every one of `needles`.
    pub fn shows(&self, needles: &[&str]) {
        let text = self.text();
        for needle in needles {
            assert!(text.contains(needle), "{needle:?} not in:\n{text}");
        }
    }

    /// Asserts that the page's [text](Page::text) contains none of `needles`.
    pub fn hides(&self, needles: &[&str]) {
        let text = self.text();
        for needle in needles {
            assert!(
                !text.contains(needle),
                "{needle:?} should not be in:\n{text}"
            );
        }
    }
}

/// Undoes the template engine's escapes of quotes, angle brackets and ampersands (`&` last, so that an
/// escaped escape such as `&#38;#34;` stays `&#34;`).
pub fn decode(html: &str) -> String {
    html.replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&#60;", "<")
        .replace("&#62;", ">")
        .replace("&#38;", "&")
}

/// Gets the page at `path` with `client`'s cookies, without following a redirect.
pub async fn get(client: &Client, app: &TestApp, path: &str) -> Page {
    Page::read(client.get(app.url(path)).send().await.expect("GET")).await
}

/// Gets `path` as a browser whose language preference is `accept` (an `Accept-Language` value) would.
pub async fn get_in(client: &Client, app: &TestApp, path: &str, accept: &str) -> Page {
    Page::read(
        client
            .get(app.url(path))
            .header(reqwest::header::ACCEPT_LANGUAGE, accept)
            .send()
            .await
            .expect("GET"),
    )
    .await
}

/// Posts `form` to `path` exactly as given (no CSRF token added).
pub async fn post(client: &Client, app: &TestApp, path: &str, form: &[(&str, &str)]) -> Page {
    Page::read(
        client
            .post(app.url(path))
            .form(form)
            .send()
            .await
            .expect("POST"),
    )
    .await
}

/// Posts a form to `to` as a browser would after showing the page at `from`: that page must load
/// (`200 OK`), its CSRF token (when it has one) is sent first, then its first `version` when it has one and `fields` do
/// not, then `fields`.
pub async fn submit(
    client: &Client,
    app: &TestApp,
    from: &str,
    to: &str,
    fields: &[(&str, &str)],
) -> Page {
    let page = get(client, app, from).await;
    assert_eq!(page.status, StatusCode::OK, "{from}: {}", page.text());
    // A public page whose only form is the language switcher has no token, and sends none.
    let token = page
        .body
        .contains("name=\"csrf_token\"")
        .then(|| page.csrf());
    let version = (page.body.contains("name=\"version\"")
        && !fields.iter().any(|(name, _)| *name == "version"))
    .then(|| page.value("version"));
    let mut form: Vec<(&str, &str)> = token.iter().map(|t| ("csrf_token", t.as_str())).collect();
    if let Some(version) = &version {
        form.push(("version", version));
    }
    form.extend_from_slice(fields);
    post(client, app, to, &form).await
}

/// The status of logging in as `email` with `password` through the form, from a fresh browser.
pub async fn log_in_status(app: &TestApp, email: &str, password: &str) -> StatusCode {
    submit(
        &new_client(),
        app,
        "/login",
        "/login",
        &[("email", email), ("password", password)],
    )
    .await
    .status
}

/// Logs `client` in as `email` (with [`TEST_PASSWORD`]) through the login form; asserts that it
/// succeeded and returns the new session cookie's value.
pub async fn log_in(client: &Client, app: &TestApp, email: &str) -> String {
    let page = submit(
        client,
        app,
        "/login",
        "/login",
        &[("email", email), ("password", TEST_PASSWORD)],
    )
    .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.text());
    page.cookie(SESSION_COOKIE).expect("a session cookie")
}

/// A new client (see [`new_client`]) logged in as `email` through the login form.
pub async fn logged_in(app: &TestApp, email: &str) -> Client {
    let client = new_client();
    log_in(&client, app, email).await;
    client
}
