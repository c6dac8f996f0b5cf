//! The API documentation page (`/api/docs`, Swagger UI) served with a Content-Security-Policy.
//!
//! The page inlines its script and stylesheet, so the policy allows exactly those scripts by their SHA-256
//! hashes (computed once, from the page itself) and nothing else: no other script can run on it, it loads
//! nothing from elsewhere, and no other site may frame it.

use base64::Engine;
use poem::http::header;
use poem::{Endpoint, EndpointExt, Response, handler};
use sha2::{Digest, Sha256};

/// The documentation page for the given Swagger UI HTML, with its security headers.
pub fn endpoint(html: String) -> impl Endpoint {
    let policy = content_security_policy(&html);
    page.data(Page { html, policy })
}

#[derive(Clone)]
struct Page {
    html: String,
    policy: String,
}

#[handler]
fn page(poem::web::Data(page): poem::web::Data<&Page>) -> Response {
    Response::builder()
        .content_type("text/html; charset=utf-8")
        .header(header::CONTENT_SECURITY_POLICY, page.policy.as_str())
        .header(header::X_FRAME_OPTIONS, "DENY")
        .header(header::REFERRER_POLICY, "no-referrer")
        .body(page.html.clone())
}

/// The policy for `html`: its inline scripts by hash; styles inline (Swagger UI also sets style
/// attributes from script, which hashes cannot allow); images as data URLs; requests to this origin only.
pub fn content_security_policy(html: &str) -> String {
    let scripts: Vec<String> = inline_elements(html, "script")
        .map(|source| format!("'sha256-{}'", sha256_base64(source)))
        .collect();
    format!(
        "default-src 'none'; script-src {}; style-src 'unsafe-inline'; img-src 'self' data:; \
         font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; \
         form-action 'none'",
        scripts.join(" ")
    )
}

/// The text inside every `<tag ...>...</tag>` of `html`, in order.
fn inline_elements<'a>(html: &'a str, tag: &str) -> impl Iterator<Item = &'a str> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut rest = html;
    std::iter::from_fn(move || {
        let start = rest.find(&open)?;
        let after_open = start + rest[start..].find('>')? + 1;
        let end = after_open + rest[after_open..].find(&close)?;
        let inner = &rest[after_open..end];
        rest = &rest[end + close.len()..];
        Some(inner)
    })
}

fn sha256_base64(text: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_inline_script_is_allowed_by_its_hash_and_nothing_else_is() {
        let html = "<html><head><style>p{}</style><script charset=\"UTF-8\">one()</script></head>\
                    <body><script>two()</script></body></html>";
        let policy = content_security_policy(html);
        assert!(policy.contains(&format!("'sha256-{}'", sha256_base64("one()"))));
        assert!(policy.contains(&format!("'sha256-{}'", sha256_base64("two()"))));
        assert!(!policy.contains("unsafe-eval"));
        assert!(!policy.contains("script-src 'unsafe-inline'"));
        assert!(policy.contains("frame-ancestors 'none'"));
        assert_eq!(inline_elements(html, "script").count(), 2);
    }
}
