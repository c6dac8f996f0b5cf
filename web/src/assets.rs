//! The one stylesheet and the one script (progressive enhancement only), compiled into the binary and served
//! with long-lived cache headers. Pages link them with a content hash in the query (`?v=...`), so that a new
//! version is fetched as soon as it changes. And the favicon, at the address browsers ask for it too.

use std::sync::LazyLock;

use poem::http::{HeaderMap, StatusCode, Uri, header};
use poem::{IntoResponse, Response, handler};

/// Where the stylesheet is served.
pub const STYLESHEET_PATH: &str = "/static/convoca.css";

const STYLESHEET: &str = include_str!("../static/convoca.css");

/// Where the script is served.
pub const SCRIPT_PATH: &str = "/static/convoca.js";

const SCRIPT: &str = include_str!("../static/convoca.js");

/// A short hash of a file (FNV-1a, 64 bits): a cache buster, not a security measure.
fn version_of(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

static STYLESHEET_VERSION: LazyLock<String> = LazyLock::new(|| version_of(STYLESHEET));
static SCRIPT_VERSION: LazyLock<String> = LazyLock::new(|| version_of(SCRIPT));

/// The stylesheet's URL with its version.
pub fn stylesheet_href() -> String {
    format!("{STYLESHEET_PATH}?v={}", *STYLESHEET_VERSION)
}

/// The script's URL with its version.
pub fn script_src() -> String {
    format!("{SCRIPT_PATH}?v={}", *SCRIPT_VERSION)
}

/// Serves the stylesheet; answers 304 when the browser already has this version.
#[handler]
pub fn stylesheet(uri: &Uri, headers: &HeaderMap) -> Response {
    serve(
        STYLESHEET,
        &STYLESHEET_VERSION,
        "text/css; charset=utf-8",
        uri,
        headers,
    )
}

/// Serves the script; answers 304 when the browser already has this version.
#[handler]
pub fn script(uri: &Uri, headers: &HeaderMap) -> Response {
    serve(
        SCRIPT,
        &SCRIPT_VERSION,
        "text/javascript; charset=utf-8",
        uri,
        headers,
    )
}

/// Only the versioned URL is cached for a year: a bare or outdated one may change under the same name.
fn serve(
    body: &'static str,
    version: &str,
    content_type: &'static str,
    uri: &Uri,
    headers: &HeaderMap,
) -> Response {
    let versioned = uri.query() == Some(format!("v={version}").as_str());
    let cache_control = if versioned {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=300"
    };
    let etag = format!("\"{version}\"");
    let cached = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.split(',').any(|tag| tag.trim() == etag));
    let response = if cached {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        body.with_content_type(content_type).into_response()
    };
    response
        .with_header(header::ETAG, etag)
        .with_header(header::CACHE_CONTROL, cache_control)
        .with_header(header::X_CONTENT_TYPE_OPTIONS, "nosniff")
        .into_response()
}

/// Where the favicon is served; browsers that ignore the page's link ask for `/favicon.ico`, which serves
/// the same image.
pub const FAVICON_PATH: &str = "/static/favicon.svg";

const FAVICON: &str = include_str!("../static/favicon.svg");

/// Serves the favicon (an SVG: Convoca's "C" on its blue), cached for a day.
#[handler]
pub fn favicon() -> Response {
    FAVICON
        .with_content_type("image/svg+xml")
        .with_header(header::CACHE_CONTROL, "public, max-age=86400")
        .with_header(header::X_CONTENT_TYPE_OPTIONS, "nosniff")
        .into_response()
}
