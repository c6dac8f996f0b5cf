//! Countries and subdivisions by name in the reader's language, so that pages never show a bare `TN-61`.
//!
//! - Country names come from CLDR's territory display names, compiled into ICU4X (`icu_experimental`'s
//!   `displaynames`); a code CLDR does not know is shown as it is.
//! - Subdivision names come from the domain's reference list (`domain/data/subdivisions.csv`, the official
//!   name in the country's own language and script) and, where a language writes a name differently, from
//!   `i18n/data/subdivision-names.csv` (`code,lang,name`; today the Arabic names of Tunisia's
//!   governorates). A subdivision outside the reference list is shown by its code.
//!
//! To name the places of a new country, add its subdivisions to the domain's list; to give them names in a
//! language, add rows for that language to the names file.

use std::collections::HashMap;
use std::sync::LazyLock;

use domain::organisations::geography::subdivisions_of;
use icu_experimental::displaynames::multi::RegionDisplayNames;
use icu_locale_core::subtags::Region;

use crate::Lang;
use crate::format::locale;

/// `(code, language code) -> name`, from the names file.
static SUBDIVISION_NAMES: LazyLock<HashMap<(&str, &str), &str>> = LazyLock::new(|| {
    include_str!("../data/subdivision-names.csv")
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut cells = line.splitn(3, ',');
            let code = cells.next()?.trim();
            let lang = cells.next()?.trim();
            let name = cells.next()?.trim();
            Some(((code, lang), name))
        })
        .collect()
});

/// The name of a country (ISO 3166-1 alpha-2) in `lang`: `Tunisia`, `Tunesien`, `تونس`; the code itself
/// if CLDR has no name for it.
pub fn country_name(lang: Lang, code: &str) -> String {
    let code = code.trim();
    Region::try_from_str(&code.to_ascii_uppercase())
        .ok()
        .and_then(|region| {
            RegionDisplayNames::try_new(locale(lang).into(), Default::default())
                .ok()?
                .of(region)
                .map(str::to_owned)
        })
        .unwrap_or_else(|| code.to_owned())
}

/// The name of a subdivision (ISO 3166-2) in `lang`: `Sfax`, `صفاقس`, `Bayern`; the code itself if it is
/// not in the reference list.
pub fn subdivision_name(lang: Lang, code: &str) -> String {
    let code = code.trim();
    if let Some(name) = SUBDIVISION_NAMES.get(&(code, lang.code())) {
        return (*name).to_owned();
    }
    let country = code.split('-').next().unwrap_or_default();
    subdivisions_of(country)
        .into_iter()
        .find(|s| s.code == code)
        .map_or_else(|| code.to_owned(), |s| s.name.clone())
}

/// A country's name with its code, for lists and filters where the code still helps: `Tunisia (TN)`.
pub fn country_label(lang: Lang, code: &str) -> String {
    labelled(country_name(lang, code), code)
}

/// A subdivision's name with its code, for lists and filters where the code still helps: `Sfax (TN-61)`.
pub fn subdivision_label(lang: Lang, code: &str) -> String {
    labelled(subdivision_name(lang, code), code)
}

fn labelled(name: String, code: &str) -> String {
    if name == code {
        name
    } else {
        format!("{name} ({code})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reference_subdivision_has_a_name_in_every_language() {
        for country in ["TN", "DE", "AR"] {
            for subdivision in subdivisions_of(country) {
                for lang in Lang::ALL {
                    let name = subdivision_name(lang, &subdivision.code);
                    assert!(
                        !name.is_empty() && name != subdivision.code,
                        "{lang:?} {}",
                        subdivision.code
                    );
                }
                let arabic = subdivision_name(Lang::Ar, &subdivision.code);
                if country == "TN" {
                    assert!(
                        arabic.chars().all(|c| !c.is_ascii_alphabetic()),
                        "{}: {arabic}",
                        subdivision.code
                    );
                }
            }
        }
    }

    #[test]
    fn every_name_in_the_names_file_is_of_a_reference_subdivision_and_language() {
        for (code, lang) in SUBDIVISION_NAMES.keys() {
            let country = code.split('-').next().unwrap();
            assert!(
                subdivisions_of(country).iter().any(|s| s.code == *code),
                "{code}"
            );
            assert!(
                Lang::from_tag(lang).is_some_and(|l| l.code() == *lang),
                "{lang}"
            );
        }
    }

    #[test]
    fn subdivisions_are_named_in_the_reader_s_language() {
        assert_eq!(subdivision_name(Lang::En, "TN-61"), "Sfax");
        assert_eq!(subdivision_name(Lang::Ar, "TN-61"), "صفاقس");
        assert_eq!(subdivision_name(Lang::De, "DE-BY"), "Bayern");
        assert_eq!(subdivision_name(Lang::Fr, "AR-X"), "Córdoba");
        assert_eq!(subdivision_name(Lang::En, "FR-IDF"), "FR-IDF");
        assert_eq!(subdivision_label(Lang::Ar, "TN-61"), "صفاقس (TN-61)");
        assert_eq!(subdivision_label(Lang::En, "FR-IDF"), "FR-IDF");
    }

    #[test]
    fn countries_are_named_in_the_reader_s_language() {
        let expected = [
            (Lang::En, ["Tunisia", "Germany", "Argentina"]),
            (Lang::Es, ["Túnez", "Alemania", "Argentina"]),
            (Lang::Fr, ["Tunisie", "Allemagne", "Argentine"]),
            (Lang::De, ["Tunesien", "Deutschland", "Argentinien"]),
            (Lang::Ar, ["تونس", "ألمانيا", "الأرجنتين"]),
        ];
        for (lang, names) in expected {
            for (code, name) in ["TN", "DE", "AR"].into_iter().zip(names) {
                assert_eq!(country_name(lang, code), name, "{lang:?}");
            }
        }
        assert_eq!(country_name(Lang::En, "fr"), "France");
        assert_eq!(country_name(Lang::En, "XX"), "XX");
        assert_eq!(country_label(Lang::De, "TN"), "Tunesien (TN)");
    }
}
