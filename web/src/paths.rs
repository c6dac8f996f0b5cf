//! Paths the UI redirects to on a visitor's say-so (`next` after login, `back` after a language change),
//! the small URL encoding that query strings need, and ids taken from paths.
//!
//! Only same-site relative paths are honoured, so that a crafted link cannot turn Convoca into an open
//! redirect to another site.

use domain::Error;
use uuid::Uuid;

use crate::errors::PageError;

/// The longest path we redirect to; anything longer is not a path a page of ours produced.
const MAX_PATH_LEN: usize = 2048;

/// `candidate` if it is a same-site relative path (one leading `/`, not `//` nor `/\`, no control
/// characters or backslashes), else `None`.
pub fn safe_local_path(candidate: &str) -> Option<&str> {
    let acceptable = candidate.starts_with('/')
        && !candidate.starts_with("//")
        && candidate.len() <= MAX_PATH_LEN
        // Browsers drop tabs and newlines from URLs and treat `\` as `/`: `/\t/evil.example` and
        // `/\evil.example` would both become `//evil.example`, a link to another site.
        && !candidate.chars().any(|c| c.is_control() || c == '\\');
    acceptable.then_some(candidate)
}

/// Like [`safe_local_path`], with `/` when the candidate is missing or unsafe.
pub fn safe_local_path_or_root(candidate: Option<&str>) -> String {
    candidate
        .and_then(safe_local_path)
        .unwrap_or("/")
        .to_owned()
}

/// Percent-encodes a query-string value (everything but RFC 3986's unreserved characters).
pub fn encode_query_value(value: &str) -> String {
    let mut encoded = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            encoded.push(byte as char);
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

/// A query string (`a=1&b=x%20y`) from its non-empty pairs, for links that keep a list's filters.
pub fn query_string<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    pairs
        .into_iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(name, value)| format!("{name}={}", encode_query_value(value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// `path` followed by `?query` when the query is not empty.
pub fn with_query(path: &str, query: &str) -> String {
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

/// The login page that sends the visitor back to `next` afterwards.
pub fn login_with_next(next: &str) -> String {
    match safe_local_path(next) {
        Some(next) if next != "/" => format!("/login?next={}", encode_query_value(next)),
        _ => "/login".to_owned(),
    }
}

/// The path and query of a `Referer` header when it points at `host` (this site), else `None`. Used to know
/// which page a form was posted from.
pub fn same_site_referer(referer: &str, host: &str) -> Option<String> {
    let uri: poem::http::Uri = referer.parse().ok()?;
    let authority = uri.authority()?;
    if !authority.as_str().eq_ignore_ascii_case(host) {
        return None;
    }
    let path = uri.path_and_query().map_or("/", |pq| pq.as_str());
    safe_local_path(path).map(str::to_owned)
}

/// An id from a path; anything else is a page that does not exist.
pub fn parse_id(value: &str) -> Result<Uuid, PageError> {
    Uuid::parse_str(value).map_err(|_| PageError::Domain(Error::NotFound))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_same_site_relative_paths_are_honoured() {
        for good in ["/", "/account", "/manage/organisations?page=2&q=la%20marsa"] {
            assert_eq!(safe_local_path(good), Some(good), "{good}");
        }
        for bad in [
            "",
            "account",
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "https://evil.example/",
            "javascript:alert(1)",
            " /account",
        ] {
            assert_eq!(safe_local_path(bad), None, "{bad:?}");
        }
        assert_eq!(safe_local_path_or_root(Some("//evil.example")), "/");
        assert_eq!(safe_local_path_or_root(None), "/");
        assert_eq!(safe_local_path_or_root(Some("/account")), "/account");
        assert_eq!(safe_local_path(&format!("/{}", "a".repeat(5000))), None);
    }

    #[test]
    fn query_values_are_percent_encoded() {
        assert_eq!(encode_query_value("/a b?c=d&e"), "%2Fa%20b%3Fc%3Dd%26e");
        assert_eq!(
            encode_query_value("Sidi Bou Saïd"),
            "Sidi%20Bou%20Sa%C3%AFd"
        );
        assert_eq!(
            query_string([("q", "la marsa"), ("kind", ""), ("page", "2")]),
            "q=la%20marsa&page=2"
        );
        assert_eq!(with_query("/admin/users", ""), "/admin/users");
        assert_eq!(with_query("/admin/users", "page=2"), "/admin/users?page=2");
    }

    #[test]
    fn the_login_link_keeps_a_safe_next_only() {
        assert_eq!(
            login_with_next("/admin/users?page=2"),
            "/login?next=%2Fadmin%2Fusers%3Fpage%3D2"
        );
        assert_eq!(login_with_next("/"), "/login");
        assert_eq!(login_with_next("//evil.example"), "/login");
    }

    #[test]
    fn a_referer_counts_only_from_this_site() {
        assert_eq!(
            same_site_referer("http://127.0.0.1:8080/account?x=1", "127.0.0.1:8080"),
            Some("/account?x=1".to_owned())
        );
        assert_eq!(
            same_site_referer("https://evil.example/account", "127.0.0.1:8080"),
            None
        );
        assert_eq!(same_site_referer("not a url", "127.0.0.1:8080"), None);
    }
}
