//! Places as pages show them: a country or subdivision by its name in the reader's language, its code kept
//! beside it for a tooltip (`<bdi title="TN-61">صفاقس</bdi>`), so that nobody reads a bare `TN-61` and
//! nobody loses the code either. Names come from [`crate::i18n::places`].

use std::fmt;

use crate::i18n::{Lang, places};

/// A named place with its code; empty when there is none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Place {
    /// The name in the page's language.
    pub name: String,
    /// The ISO 3166 code.
    pub code: String,
}

impl Place {
    /// A subdivision (ISO 3166-2) by name; an empty code is no place.
    pub fn subdivision(lang: Lang, code: &str) -> Place {
        Place::named(code, |code| places::subdivision_name(lang, code))
    }

    /// A subdivision that may be missing.
    pub fn subdivision_opt(lang: Lang, code: Option<&str>) -> Place {
        Place::subdivision(lang, code.unwrap_or_default())
    }

    fn named(code: &str, name: impl Fn(&str) -> String) -> Place {
        let code = code.trim();
        if code.is_empty() {
            return Place::default();
        }
        Place {
            name: name(code),
            code: code.to_owned(),
        }
    }

    /// Whether there is no place.
    pub fn is_empty(&self) -> bool {
        self.code.is_empty()
    }
}

/// The name, for text where a tooltip cannot carry the code.
impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_named_in_the_reader_s_language_and_keep_their_code() {
        let sfax = Place::subdivision(Lang::Ar, " TN-61 ");
        assert_eq!(sfax.name, "صفاقس");
        assert_eq!(sfax.code, "TN-61");
        assert_eq!(sfax.to_string(), "صفاقس");
        assert!(Place::subdivision_opt(Lang::En, None).is_empty());
        assert_eq!(Place::subdivision(Lang::En, "FR-IDF").name, "FR-IDF");
    }
}
