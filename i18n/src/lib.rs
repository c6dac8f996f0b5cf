//! Translations: every visible string goes through the Fluent catalogs in `i18n/locales` (English, Spanish,
//! French, German and Arabic). Used by the HTML UI, by the JSON API to phrase domain messages for its problem responses, and
//! by the email sender.
//!
//! This module negotiates the language and looks messages up; [`format`] writes numbers, money and dates
//! through ICU4X, and [`places`] names countries and subdivisions. None of it knows about pages.

pub mod email;
pub mod format;
pub mod places;

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use domain::accounts::Language;
use domain::{Arg, Message};
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use unic_langid::LanguageIdentifier;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en-US",
        // Bidi isolation marks around arguments would end up inside e-mail addresses and form values.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static EN_KEYS: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    message_ids(concat!(
        include_str!("../locales/en-US/main.ftl"),
        "\n",
        include_str!("../locales/en-US/email.ftl")
    ))
});
static ES_KEYS: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    message_ids(concat!(
        include_str!("../locales/es/main.ftl"),
        "\n",
        include_str!("../locales/es/email.ftl")
    ))
});
static FR_KEYS: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    message_ids(concat!(
        include_str!("../locales/fr/main.ftl"),
        "\n",
        include_str!("../locales/fr/email.ftl")
    ))
});
static DE_KEYS: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    message_ids(concat!(
        include_str!("../locales/de/main.ftl"),
        "\n",
        include_str!("../locales/de/email.ftl")
    ))
});
static AR_KEYS: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    message_ids(concat!(
        include_str!("../locales/ar/main.ftl"),
        "\n",
        include_str!("../locales/ar/email.ftl")
    ))
});

/// The message ids defined in a catalog's source (`key = ...` at the start of a line).
fn message_ids(source: &str) -> HashSet<&str> {
    source
        .lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|line| line.split_once(" =").map(|(key, _)| key.trim()))
        .collect()
}

/// A language Convoca is translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// English (the fallback).
    #[default]
    En,
    /// Spanish.
    Es,
    /// French.
    Fr,
    /// German.
    De,
    /// Arabic, written right to left.
    Ar,
}

impl Lang {
    /// Every supported language, in the order the switcher shows them.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Es, Lang::Fr, Lang::De, Lang::Ar];

    /// The BCP 47 tag used in `lang` attributes, cookies and `Content-Language`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Ar => "ar",
        }
    }

    /// The writing direction, for the `dir` attribute: Arabic pages mirror their layout.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// The language's own name, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
            Lang::Ar => "العربية",
        }
    }

    /// A supported language from a tag such as `es`, `fr-CA` or `en-GB`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == primary)
    }

    /// The best supported language of an `Accept-Language` header, honouring q-values; English if none fits.
    pub fn negotiate(accept_language: Option<&str>) -> Lang {
        let Some(header) = accept_language else {
            return Lang::En;
        };
        let mut candidates: Vec<(f32, usize, Lang)> = header
            .split(',')
            .enumerate()
            .filter_map(|(position, part)| {
                let mut pieces = part.split(';');
                let lang = Lang::from_tag(pieces.next()?)?;
                let quality = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    .unwrap_or(1.0);
                (quality > 0.0).then_some((quality, position, lang))
            })
            .collect();
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        candidates.first().map_or(Lang::En, |c| c.2)
    }

    fn identifier(self) -> LanguageIdentifier {
        match self {
            Lang::En => unic_langid::langid!("en-US"),
            Lang::Es => unic_langid::langid!("es"),
            Lang::Fr => unic_langid::langid!("fr"),
            Lang::De => unic_langid::langid!("de"),
            Lang::Ar => unic_langid::langid!("ar"),
        }
    }

    /// The text of a message with prepared Fluent arguments.
    fn lookup(self, key: &str, args: &HashMap<Cow<'static, str>, FluentValue<'_>>) -> String {
        LOCALES.lookup_with_args(&self.identifier(), key, args)
    }

    /// The text of a message without arguments.
    pub fn t(self, key: &str) -> String {
        LOCALES.lookup(&self.identifier(), key)
    }

    /// The text of a message with named arguments.
    pub fn t_args(self, key: &str, args: &[(&str, &str)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(name, value)| (Cow::Owned((*name).to_owned()), FluentValue::from(*value)))
            .collect();
        LOCALES.lookup_with_args(&self.identifier(), key, &args)
    }

    /// The text of a message with one number argument, so that Fluent can pick the plural form
    /// (`{ $minutes -> [one] ... *[other] ... }`), which it cannot do for numbers passed as text.
    pub fn t_count(self, key: &str, name: &str, count: u64) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> =
            HashMap::from([(Cow::Owned(name.to_owned()), FluentValue::from(count))]);
        LOCALES.lookup_with_args(&self.identifier(), key, &args)
    }

    /// The text of a message with several number arguments, so that Fluent can pick the plural form of
    /// each (`12 days 3 hours`, `1 day 1 hour`).
    pub fn t_numbers(self, key: &str, numbers: &[(&str, u64)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> = numbers
            .iter()
            .map(|(name, value)| (Cow::Owned((*name).to_owned()), FluentValue::from(*value)))
            .collect();
        LOCALES.lookup_with_args(&self.identifier(), key, &args)
    }

    /// The text of a domain message, its phrased arguments translated first.
    pub fn message(self, message: &Message) -> String {
        let values: Vec<(&str, String)> = message
            .args
            .iter()
            .map(|(name, value)| (name.as_str(), self.arg(value)))
            .collect();
        let args: Vec<(&str, &str)> = values
            .iter()
            .map(|(name, value)| (*name, value.as_str()))
            .collect();
        self.t_args(&message.key, &args)
    }

    fn arg(self, value: &Arg) -> String {
        match value {
            Arg::Text(text) => text.clone(),
            Arg::Percent(percent) => format::percent(self, *percent),
            Arg::Message(message) => self.message(message),
            Arg::List(items) => {
                let items: Vec<String> = items.iter().map(|item| self.arg(item)).collect();
                items.join(&self.t("list-separator"))
            }
        }
    }

    /// Whether the catalog of this language has `key` (the fallback does not count). Read from the
    /// catalog's source: Fluent's lookups cannot tell a missing message from one that needs arguments.
    pub fn has(self, key: &str) -> bool {
        let keys = match self {
            Lang::En => &EN_KEYS,
            Lang::Es => &ES_KEYS,
            Lang::Fr => &FR_KEYS,
            Lang::De => &DE_KEYS,
            Lang::Ar => &AR_KEYS,
        };
        keys.contains(key)
    }
}

/// The language messages to a user are written in, from the UI language they used (signing up, accepting
/// an invitation).
impl From<Lang> for Language {
    fn from(lang: Lang) -> Self {
        Language::stored(lang.code())
    }
}

/// The UI language of a user's own language (their inbox, their emails).
impl From<Language> for Lang {
    fn from(language: Language) -> Self {
        Lang::from_tag(language.code()).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The domain keeps the list of languages a user may choose; it must be exactly the translated ones, so
    /// that nobody chooses a language without a catalog, nor misses one that has one.
    #[test]
    fn the_translated_languages_are_the_ones_users_may_choose() {
        let codes: Vec<&str> = Lang::ALL.into_iter().map(Lang::code).collect();
        assert_eq!(codes, domain::accounts::LANGUAGES);
        for lang in Lang::ALL {
            assert_eq!(Lang::from(Language::from(lang)), lang);
        }
    }

    #[test]
    fn accept_language_is_negotiated_by_quality() {
        assert_eq!(Lang::negotiate(None), Lang::En);
        assert_eq!(Lang::negotiate(Some("fr-FR,fr;q=0.9,en;q=0.8")), Lang::Fr);
        assert_eq!(
            Lang::negotiate(Some("it;q=1.0, es;q=0.5, en;q=0.4")),
            Lang::Es
        );
        assert_eq!(Lang::negotiate(Some("it, pt")), Lang::En);
        assert_eq!(Lang::negotiate(Some("de-DE, en;q=0.5")), Lang::De);
        assert_eq!(Lang::negotiate(Some("ar-TN, fr;q=0.8")), Lang::Ar);
        assert_eq!(Lang::negotiate(Some("es;q=0, fr;q=0.1")), Lang::Fr);
    }

    /// Every explanation `evaluate` can give, passing and failing, reads as a finished sentence in every
    /// language: its keys exist, and no argument is left unfilled.
    #[test]
    fn eligibility_explanations_are_translated_in_every_language() {
        use domain::calls::eligibility::{
            Applicant, EligibilityRule, Facts, KindMinimum, RequiredPrerequisite, evaluate,
        };
        use domain::money::{Currency, Money};
        use domain::organisations::OrganisationKind;

        let currency = Currency::parse("TND").unwrap();
        let training = RequiredPrerequisite {
            id: uuid::Uuid::now_v7(),
            name: "Open government training".into(),
        };
        let rules = vec![
            EligibilityRule::ApplicantKinds {
                kinds: vec![OrganisationKind::Municipality, OrganisationKind::Province],
            },
            EligibilityRule::Population {
                min: Some(10_000),
                max: Some(500_000),
            },
            EligibilityRule::Population {
                min: None,
                max: Some(5),
            },
            EligibilityRule::Location {
                countries: vec!["TN".into()],
                subdivisions: vec![],
            },
            EligibilityRule::Prerequisites {
                required: vec![training.clone()],
            },
            EligibilityRule::Consortium {
                minimums: vec![KindMinimum {
                    kind: OrganisationKind::CivilSociety,
                    minimum: 1,
                }],
            },
            EligibilityRule::RequestedAmount {
                min_minor: Some(1_000_000),
                max_minor: None,
            },
            EligibilityRule::CoFunding {
                min_share_percent: rust_decimal::Decimal::new(10, 0),
            },
        ];
        let applicants = [
            (OrganisationKind::Municipality, "TN", Some(90_000)),
            (OrganisationKind::CivilSociety, "AR", None),
        ];
        let facts = [
            Facts {
                currency,
                prerequisites_held: vec![training.id],
                requested: Some(Money::parse("20000", currency).unwrap()),
                co_funding: Some(Money::parse("5000", currency).unwrap()),
            },
            Facts {
                currency,
                prerequisites_held: vec![],
                requested: None,
                co_funding: None,
            },
        ];
        let mut keys_seen = std::collections::BTreeSet::new();
        for ((kind, country, population), facts) in applicants.iter().zip(&facts) {
            let applicant = Applicant {
                kind: *kind,
                country: (*country).into(),
                subdivision: None,
                population: *population,
            };
            let partners = [OrganisationKind::CivilSociety];
            for partners in [&partners[..], &[]] {
                for verdict in evaluate(&rules, &applicant, partners, facts) {
                    keys_seen.insert(verdict.explanation.key.clone());
                    for lang in Lang::ALL {
                        let text = lang.message(&verdict.explanation);
                        assert!(lang.has(&verdict.explanation.key), "{lang:?} lacks {text}");
                        assert!(
                            !text.contains('{')
                                && !text.contains("eligibility-")
                                && !text.contains("kind-"),
                            "{lang:?}: {text}"
                        );
                    }
                }
            }
        }
        assert!(
            keys_seen.len() >= 14,
            "both outcomes of every rule: {keys_seen:?}"
        );
    }

    /// Every message key the domain names literally (`Message::new("…")`) is in the catalog, so no
    /// field error ever reaches a reader as a raw key.
    #[test]
    fn every_domain_message_key_is_in_the_catalog() {
        fn sources(dir: &std::path::Path, found: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    sources(&path, found);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    found.push(path);
                }
            }
        }
        let mut files = Vec::new();
        sources(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../domain/src"),
            &mut files,
        );
        let mut missing = Vec::new();
        let mut checked = 0;
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for piece in text.split("Message::new(\"").skip(1) {
                let Some(key) = piece.split('"').next() else {
                    continue;
                };
                checked += 1;
                if !Lang::En.has(key) {
                    missing.push(format!("{key} ({})", file.display()));
                }
            }
        }
        assert!(checked > 40, "found only {checked} message keys");
        assert!(missing.is_empty(), "not in the catalog: {missing:#?}");
    }

    /// Every key of the English catalog must exist in every other language, so no page falls back to
    /// English half-way.
    #[test]
    fn every_catalog_is_complete() {
        let english = concat!(
            include_str!("../locales/en-US/main.ftl"),
            "\n",
            include_str!("../locales/en-US/email.ftl")
        );
        let keys: Vec<&str> = english
            .lines()
            .filter(|line| {
                line.chars().next().is_some_and(|c| c.is_ascii_lowercase()) && line.contains(" =")
            })
            .filter_map(|line| line.split(" =").next())
            .collect();
        assert!(keys.len() > 10, "the English catalog looks empty");
        for lang in Lang::ALL {
            let missing: Vec<_> = keys.iter().filter(|key| !lang.has(key)).collect();
            assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        }
    }

    #[test]
    fn domain_messages_are_translated_with_their_arguments() {
        let message = Message::new("error-too-long").arg("max", 120);
        assert!(Lang::En.message(&message).contains("120"));
        assert_ne!(Lang::En.message(&message), Lang::Fr.message(&message));
    }
}
