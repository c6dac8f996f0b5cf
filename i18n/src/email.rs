//! Emails: the subject and body of each kind of notification, in the recipient's language, as plain text
//! and as simple HTML. The catalog holds `email-<kind>-subject` and `email-<kind>-body`; the payload's values
//! are their arguments, and its `path` (where the recipient acts on the message) becomes `$link`, an
//! absolute URL under the server's public address.

use std::borrow::Cow;
use std::collections::HashMap;

use domain::notifications::Kind;
use fluent_templates::fluent_bundle::FluentValue;

use crate::Lang;

/// A rendered email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email {
    /// The subject line.
    pub subject: String,
    /// The plain-text body.
    pub text: String,
    /// The same body as simple HTML.
    pub html: String,
}

/// Where the page to act on a message is: `public_url` joined with the payload's `path`.
pub fn link(public_url: &str, payload: &serde_json::Value) -> Option<String> {
    let path = payload.get("path")?.as_str()?;
    Some(format!("{}{path}", public_url.trim_end_matches('/')))
}

/// The subject and body of `kind` in `lang`, with `payload`'s values filled in.
pub fn render(lang: Lang, kind: Kind, payload: &serde_json::Value, public_url: &str) -> Email {
    let name = kind.name();
    let mut args: HashMap<Cow<'static, str>, FluentValue<'static>> = HashMap::new();
    if let Some(object) = payload.as_object() {
        for (key, value) in object {
            let value = match value {
                serde_json::Value::String(text) => FluentValue::from(text.clone()),
                serde_json::Value::Number(number) => number
                    .as_i64()
                    .map(FluentValue::from)
                    .unwrap_or_else(|| FluentValue::from(number.to_string())),
                serde_json::Value::Null => continue,
                other => FluentValue::from(other.to_string()),
            };
            args.insert(Cow::Owned(key.replace('-', "_")), value);
        }
    }
    let link = link(public_url, payload);
    if let Some(link) = &link {
        args.insert(Cow::Borrowed("link"), FluentValue::from(link.clone()));
    }
    let preferences = format!("{}/account", public_url.trim_end_matches('/'));
    args.insert(Cow::Borrowed("preferences"), FluentValue::from(preferences));
    let subject = lang.lookup(&format!("email-{name}-subject"), &args);
    let body = lang.lookup(&format!("email-{name}-body"), &args);
    let footer = if kind.is_required() {
        lang.lookup("email-footer-required", &args)
    } else {
        lang.lookup("email-footer-optional", &args)
    };
    let mut paragraphs: Vec<String> = body.split("\n\n").map(str::to_owned).collect();
    if link.is_some() {
        paragraphs.push(lang.lookup("email-link", &args));
    }
    let text = format!("{}\n\n-- \n{footer}\n", paragraphs.join("\n\n"));
    let mut html = String::from("<!doctype html><html><body>");
    for paragraph in paragraphs.iter().chain([&footer]) {
        html.push_str("<p>");
        html.push_str(&linked(&escape(paragraph).replace('\n', "<br>")));
        html.push_str("</p>");
    }
    html.push_str("</body></html>");
    Email {
        subject: subject.replace(['\r', '\n'], " "),
        text,
        html,
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Makes each `http(s)://` address in escaped text a link.
fn linked(escaped: &str) -> String {
    escaped
        .split(' ')
        .map(|word| {
            if word.starts_with("https://") || word.starts_with("http://") {
                format!("<a href=\"{word}\">{word}</a>")
            } else {
                word.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An example payload of each kind: the values its services queue.
    fn example(kind: Kind) -> serde_json::Value {
        serde_json::json!({
            "path": "/somewhere/1",
            "reference": "TN-2026-0007",
            "application_title": "Budget participatif",
            "call": "Municipalités ouvertes 2026",
            "call_title": "Municipalités ouvertes 2026",
            "call_code": "TN-2026",
            "organisation": "Commune de Sfax",
            "inviter": "Amira Ben Salah",
            "outcome": "eligible",
            "reason": "Tout est en ordre",
            "outstanding": 3,
            "project": "Open budget",
            "report": 2,
            "due_on": "2027-01-31",
            "milestone": "Council adoption",
            "tranche": 1,
            "amount": "120000.000 TND",
            "note": "Please add the minutes",
            "request": "Data portal",
            "expert": "Sofia Weber",
            "submitted_at": "2026-12-07 10:00 UTC",
            "deadline": "2026-12-20 17:00 UTC",
            "name": "Karim",
            "kind": format!("{kind:?}"),
        })
    }

    /// Every kind reads as a finished message in every language: subject and body exist, no argument is
    /// left unfilled, and the link and the preferences address are in it.
    #[test]
    fn every_kind_renders_in_every_language() {
        for kind in Kind::all() {
            for lang in Lang::ALL {
                let name = kind.name();
                assert!(
                    lang.has(&format!("email-{name}-subject")),
                    "{lang:?} lacks {name} subject"
                );
                assert!(
                    lang.has(&format!("email-{name}-body")),
                    "{lang:?} lacks {name} body"
                );
                let email = render(lang, kind, &example(kind), "https://convoca.example.org/");
                for part in [&email.subject, &email.text] {
                    assert!(
                        !part.contains('{') && !part.contains("email-"),
                        "{lang:?} {name}: {part}"
                    );
                }
                assert!(
                    email
                        .text
                        .contains("https://convoca.example.org/somewhere/1"),
                    "{lang:?} {name}: {}",
                    email.text
                );
                if !kind.is_required() {
                    assert!(email.text.contains("https://convoca.example.org/account"));
                }
                assert!(
                    email
                        .html
                        .contains("<a href=\"https://convoca.example.org/somewhere/1\">")
                );
            }
        }
    }

    #[test]
    fn html_escapes_what_people_typed() {
        let payload = serde_json::json!({"application_title": "<script>x</script>", "path": "/a"});
        let email = render(
            Lang::En,
            Kind::ApplicationSubmitted,
            &payload,
            "http://127.0.0.1:8080",
        );
        assert!(!email.html.contains("<script>"));
    }
}
