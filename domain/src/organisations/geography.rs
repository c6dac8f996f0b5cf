//! Country and subdivision codes (ISO 3166-1 alpha-2 and ISO 3166-2), parsed once at the edge.
//!
//! Subdivisions of the reference countries (Tunisia, Germany, Argentina) are checked against the official
//! list; for other countries the code must have the ISO 3166-2 shape and the country's prefix.

use std::sync::LazyLock;

use crate::Message;

/// An ISO 3166-1 alpha-2 country code, upper case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country(String);

impl Country {
    /// Parses a country code such as `TN` or `de`.
    pub fn parse(value: &str) -> Result<Country, Message> {
        let code = value.trim().to_ascii_uppercase();
        match isocountry::CountryCode::for_alpha2(&code) {
            Ok(_) => Ok(Country(code)),
            Err(_) => Err(Message::new("error-country-unknown").arg("value", value.trim())),
        }
    }

    /// The code.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A first-level subdivision listed in Convoca's reference data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownSubdivision {
    /// Country code.
    pub country: String,
    /// ISO 3166-2 code, e.g. `TN-11`.
    pub code: String,
    /// Local name.
    pub name: String,
    /// Governorate, state, province, ...
    pub kind: String,
}

static SUBDIVISIONS: LazyLock<Vec<KnownSubdivision>> = LazyLock::new(|| {
    include_str!("../../data/subdivisions.csv")
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut cells = line.splitn(4, ',');
            Some(KnownSubdivision {
                country: cells.next()?.to_owned(),
                code: cells.next()?.to_owned(),
                name: cells.next()?.to_owned(),
                kind: cells.next()?.trim().to_owned(),
            })
        })
        .collect()
});

/// The reference subdivisions of `country`, in file order (empty for countries without reference data).
pub fn subdivisions_of(country: &str) -> Vec<&'static KnownSubdivision> {
    SUBDIVISIONS
        .iter()
        .filter(|s| s.country == country)
        .collect()
}

/// The official name of a reference subdivision (`Sfax`, `Bayern`), in the country's own language; `None`
/// for a code outside the reference list. Readers' languages are the UI's business (`i18n::places`).
pub fn subdivision_name(code: &str) -> Option<&'static str> {
    let country = code.split('-').next()?;
    SUBDIVISIONS
        .iter()
        .find(|s| s.country == country && s.code == code)
        .map(|s| s.name.as_str())
}

/// The ISO 3166 English short name of a country (`Tunisia`), for outputs that do not depend on a reader's
/// language (open data, CSV exports).
pub fn country_name(code: &str) -> Option<&'static str> {
    isocountry::CountryCode::for_alpha2(code)
        .ok()
        .map(|c| c.name())
}

/// Parses an ISO 3166-2 subdivision code that must belong to `country`.
pub fn parse_subdivision(country: &Country, value: &str) -> Result<String, Message> {
    let code = value.trim().to_ascii_uppercase();
    let known = subdivisions_of(country.as_str());
    let valid = if known.is_empty() {
        let (prefix, rest) = code.split_once('-').unwrap_or(("", ""));
        prefix == country.as_str()
            && (1..=3).contains(&rest.len())
            && rest.chars().all(|c| c.is_ascii_alphanumeric())
    } else {
        known.iter().any(|s| s.code == code)
    };
    if valid {
        Ok(code)
    } else {
        Err(Message::new("error-subdivision-unknown")
            .arg("value", value.trim())
            .arg("country", country.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_data_lists_all_subdivisions_of_the_three_countries() {
        assert_eq!(subdivisions_of("TN").len(), 24);
        assert_eq!(subdivisions_of("DE").len(), 16);
        assert_eq!(subdivisions_of("AR").len(), 24);
    }

    #[test]
    fn subdivisions_must_belong_to_the_country() {
        let tunisia = Country::parse("tn").unwrap();
        assert_eq!(parse_subdivision(&tunisia, "tn-11").unwrap(), "TN-11");
        assert!(parse_subdivision(&tunisia, "TN-99").is_err());
        assert!(parse_subdivision(&tunisia, "DE-BY").is_err());
        let france = Country::parse("FR").unwrap();
        assert_eq!(parse_subdivision(&france, "FR-IDF").unwrap(), "FR-IDF");
        assert!(parse_subdivision(&france, "ES-M").is_err());
    }

    #[test]
    fn places_have_a_name_for_exports() {
        assert_eq!(subdivision_name("TN-61"), Some("Sfax"));
        assert_eq!(subdivision_name("DE-BY"), Some("Bayern"));
        assert_eq!(subdivision_name("FR-IDF"), None);
        assert_eq!(country_name("TN"), Some("Tunisia"));
        assert_eq!(country_name("XX"), None);
    }

    #[test]
    fn unknown_countries_are_refused() {
        assert!(Country::parse("XX").is_err());
        assert!(Country::parse("").is_err());
        assert_eq!(Country::parse(" ar ").unwrap().as_str(), "AR");
    }
}
