//! The languages Convoca writes to people in, and a user's own: the one their messages (emails and inbox
//! subjects) are written in. At first the language a person signed up in; they may change it on their
//! account.
//!
//! This module only knows language codes. Translating is `i18n`'s business; its `Lang::ALL` must name the
//! same codes as [`LANGUAGES`] (a test there checks it).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::Message;

/// The codes of the languages a user may choose, in the order they are offered.
pub const LANGUAGES: [&str; 5] = ["en", "es", "fr", "de", "ar"];

/// A language Convoca writes in: one of [`LANGUAGES`]. English unless chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Language(&'static str);

impl Language {
    /// English, the language of accounts that never chose one.
    pub const ENGLISH: Language = Language(LANGUAGES[0]);

    /// The language of a code (`fr`), ignoring case and surrounding spaces; any other text is refused.
    pub fn parse(code: &str) -> Result<Language, Message> {
        let wanted = code.trim().to_ascii_lowercase();
        LANGUAGES
            .into_iter()
            .find(|known| *known == wanted)
            .map(Language)
            .ok_or_else(|| Message::new("error-language-unknown").arg("value", code.trim()))
    }

    /// The language a stored code names; English for a code this version does not know.
    pub fn stored(code: &str) -> Language {
        Language::parse(code).unwrap_or_default()
    }

    /// The code, as stored and as used in `lang` attributes (`en`, `es`, `fr`).
    pub fn code(self) -> &'static str {
        self.0
    }
}

impl Default for Language {
    fn default() -> Self {
        Language::ENGLISH
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl Serialize for Language {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Language::parse(&code).map_err(|message| serde::de::Error::custom(message.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_supported_code_parses_back_to_itself() {
        for code in LANGUAGES {
            assert_eq!(Language::parse(code).map(Language::code), Ok(code));
        }
        assert_eq!(Language::parse(" FR ").map(Language::code), Ok("fr"));
    }

    #[test]
    fn other_codes_are_refused_and_stored_ones_fall_back_to_english() {
        for code in ["", "it", "fr-CA", "english"] {
            assert!(Language::parse(code).is_err(), "{code:?}");
        }
        assert_eq!(Language::stored("klingon"), Language::ENGLISH);
        assert_eq!(Language::stored("es").code(), "es");
    }
}
