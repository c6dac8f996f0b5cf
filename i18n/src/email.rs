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

/// A moment (`{"at", "time_zone"}`) or an amount (`{"minor", "currency"}`) of a payload, written as the
/// pages write them in `lang`; `None` for anything else.
fn written(lang: Lang, parts: &serde_json::Map<String, serde_json::Value>) -> Option<String> {
    if let Some(at) = parts.get("at").and_then(serde_json::Value::as_str) {
        let at = chrono::DateTime::parse_from_rfc3339(at).ok()?.to_utc();
        let tz = parts
            .get("time_zone")
            .and_then(serde_json::Value::as_str)
            .and_then(|zone| zone.parse::<chrono_tz::Tz>().ok())
            .unwrap_or(chrono_tz::Tz::UTC);
        return Some(crate::format::date_time(lang, at, tz));
    }
    let minor = parts.get("minor").and_then(serde_json::Value::as_i64)?;
    let currency = parts.get("currency").and_then(serde_json::Value::as_str)?;
    let currency = domain::money::Currency::parse(currency).ok()?;
    Some(crate::format::amount_of_minor(lang, minor, currency))
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
                serde_json::Value::Object(parts) => match written(lang, parts) {
                    Some(text) => FluentValue::from(text),
                    None => FluentValue::from(value.to_string()),
                },
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
        html.push_str(&paragraph_html(paragraph));
        html.push_str("</p>");
    }
    html.push_str("</body></html>");
    Email {
        subject: subject.replace(['\r', '\n'], " "),
        text,
        html,
    }
}

/// A paragraph as HTML: escaped, its lines broken with `<br>`, and each address a link that ends where its
/// line ends.
fn paragraph_html(paragraph: &str) -> String {
    let lines: Vec<String> = paragraph
        .lines()
        .map(|line| linked(&escape(line)))
        .collect();
    lines.join("<br>")
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

    /// An example payload with every value any kind's services queue, and so every argument any template
    /// uses (the selectors take their first variant: eligible, an expert, a deadline set).
    fn example(kind: Kind) -> serde_json::Value {
        serde_json::json!({
            "path": "/somewhere/1",
            "reference": "TN-2026-0007",
            "application_title": "Budget participatif",
            "call_title": "Municipalités ouvertes 2026",
            "call_code": "TN-2026",
            "organisation": "Commune de Sfax",
            "inviter": "Amira Ben Salah",
            "days": 14,
            "outcome": "eligible",
            "reason": "Tout est en ordre",
            "count": 3,
            "outstanding": 3,
            "has_deadline": "yes",
            "deadline": {"at": "2026-12-20T17:00:00Z", "time_zone": "Africa/Tunis"},
            "project": "Open budget",
            "report": 2,
            "due_on": "2027-01-31",
            "milestone": "Council adoption",
            "tranche": 1,
            "amount": {"minor": 120_000_000, "currency": "TND"},
            "note": "Please add the minutes",
            "topic": "Data portal",
            "audience": "expert",
            "expert": "Sofia Weber",
            "submitted_at": {"at": "2026-12-07T10:00:00Z", "time_zone": "Africa/Tunis"},
            "name": "Karim",
            "exchange": "Open budgets: what worked",
            "starts_at": {"at": "2027-03-10T08:00:00Z", "time_zone": "Africa/Tunis"},
            "place": "Sfax, town hall",
            "kind": format!("{kind:?}"),
        })
    }

    /// The example with `changes` made: other variants of the selectors, or values left out.
    fn varied(kind: Kind, changes: &[(&str, Option<serde_json::Value>)]) -> serde_json::Value {
        let mut payload = example(kind);
        let object = payload.as_object_mut().unwrap();
        for (key, value) in changes {
            match value {
                Some(value) => object.insert((*key).to_owned(), value.clone()),
                None => object.remove(*key),
            };
        }
        payload
    }

    /// What every rendered message must be: subject and body exist, no argument is left unfilled, and the
    /// link and the preferences address are in it.
    fn assert_finished(lang: Lang, kind: Kind, payload: &serde_json::Value) {
        let name = kind.name();
        let email = render(lang, kind, payload, "https://convoca.example.org/");
        for part in [&email.subject, &email.text] {
            assert!(
                !part.contains('{') && !part.contains("email-"),
                "{lang:?} {name}: {part}"
            );
        }
        assert!(!email.subject.trim().is_empty(), "{lang:?} {name}");
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

    /// Every kind reads as a finished message in every language.
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
                assert_finished(lang, kind, &example(kind));
            }
        }
    }

    /// The other branches of the templates read as finished messages too: each outcome, the team's side of
    /// an assignment, a reminder without a deadline (which then has no `deadline` at all), and single counts.
    #[test]
    fn every_variant_renders_in_every_language() {
        let variants: Vec<Vec<(&str, Option<serde_json::Value>)>> = vec![
            vec![("outcome", Some("ineligible".into()))],
            vec![("outcome", Some("selected".into()))],
            vec![("outcome", Some("waitlisted".into()))],
            vec![("outcome", Some("not_selected".into()))],
            vec![("audience", Some("team".into()))],
            vec![("has_deadline", Some("no".into())), ("deadline", None)],
            vec![
                ("count", Some(1.into())),
                ("outstanding", Some(1.into())),
                ("days", Some(1.into())),
            ],
        ];
        for kind in Kind::all() {
            for lang in Lang::ALL {
                for changes in &variants {
                    assert_finished(lang, kind, &varied(kind, changes));
                }
            }
        }
    }

    /// Each argument a template uses is in [`example`], so that the tests above fill every one of them.
    #[test]
    fn the_example_has_every_argument_the_templates_use() {
        let catalogs = [
            include_str!("../locales/en-US/email.ftl"),
            include_str!("../locales/es/email.ftl"),
            include_str!("../locales/fr/email.ftl"),
            include_str!("../locales/de/email.ftl"),
            include_str!("../locales/ar/email.ftl"),
        ];
        let example = example(Kind::Invitation);
        for catalog in catalogs {
            for (_, rest) in catalog
                .match_indices('$')
                .map(|(i, _)| catalog.split_at(i + 1))
            {
                let argument: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if argument == "link" || argument == "preferences" {
                    continue;
                }
                assert!(example.get(&argument).is_some(), "${argument}");
            }
        }
    }

    /// Counts choose their plural form, and a body's paragraphs stay paragraphs.
    #[test]
    fn counts_pick_their_plural_and_paragraphs_stay_apart() {
        let one = varied(Kind::ReviewAssigned, &[("count", Some(1.into()))]);
        let email = render(Lang::En, Kind::ReviewAssigned, &one, "https://c.example");
        assert_eq!(
            email.subject,
            "An application to review for Municipalités ouvertes 2026"
        );
        let many = render(
            Lang::Es,
            Kind::ReviewAssigned,
            &example(Kind::ReviewAssigned),
            "https://c.example",
        );
        assert_eq!(
            many.subject,
            "3 postulaciones para evaluar en Municipalités ouvertes 2026"
        );
        assert!(
            many.text
                .starts_with("Se le asignaron 3 postulaciones para evaluar en la convocatoria Municipalités ouvertes 2026 (TN-2026).\n\nSu página de evaluaciones"),
            "{}",
            many.text
        );
        assert!(
            many.html
                .contains("(TN-2026).</p><p>Su página de evaluaciones")
        );
        let invitation = render(
            Lang::Fr,
            Kind::Invitation,
            &example(Kind::Invitation),
            "https://c.example",
        );
        assert!(
            invitation.text.contains("reste valable 14 jours."),
            "{}",
            invitation.text
        );
    }

    /// A link on a line of its own inside a paragraph is a whole link, never one that runs into the line
    /// breaks around it.
    #[test]
    fn links_end_where_their_line_ends() {
        assert_eq!(
            paragraph_html("Open:\nhttps://x.example/a\n<b>"),
            "Open:<br><a href=\"https://x.example/a\">https://x.example/a</a><br>&lt;b&gt;"
        );
    }

    #[test]
    fn moments_and_amounts_are_written_in_the_readers_language() {
        let payload = serde_json::json!({
            "tranche": 2,
            "project": "Open budget",
            "amount": {"minor": 120_000_000, "currency": "TND"},
            "path": "/projects/x",
        });
        let german = render(
            Lang::De,
            Kind::TrancheReleased,
            &payload,
            "https://c.example",
        );
        assert!(german.text.contains("120.000,000 TND"), "{}", german.text);
        let english = render(
            Lang::En,
            Kind::TrancheReleased,
            &payload,
            "https://c.example",
        );
        assert!(english.text.contains("120,000.000 TND"), "{}", english.text);
        let moment = serde_json::json!({"at": "2026-12-20T17:00:00Z", "time_zone": "Africa/Tunis"});
        let parts = moment.as_object().unwrap();
        assert_eq!(
            written(Lang::Fr, parts).as_deref(),
            Some(crate::format::date_time(
                Lang::Fr,
                chrono::DateTime::parse_from_rfc3339("2026-12-20T17:00:00Z")
                    .unwrap()
                    .to_utc(),
                chrono_tz::Tz::Africa__Tunis
            ))
            .as_deref()
        );
        assert!(
            written(Lang::Fr, parts)
                .unwrap()
                .contains("20 décembre 2026")
        );
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
