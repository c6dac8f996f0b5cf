//! The 360Giving open-data package of awards (360Giving Data Standard 1.4, JSON): one grant per funded
//! project of a published call. Pure: built from plain records, no I/O.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde_json::{Map, Number, Value, json};

/// An organisation as 360Giving names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GivingOrganisation {
    /// An org-id style identifier (e.g. `XI-CONVOCA-<uuid>` when no register number is known).
    pub id: String,
    /// Name.
    pub name: String,
    /// ISO 3166-1 alpha-2 country.
    pub country: String,
}

/// One payment of a grant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disbursement {
    /// Identifier of the payment (unique in the package).
    pub id: String,
    /// Amount.
    pub amount: Decimal,
    /// When it was paid.
    pub date: NaiveDate,
}

/// One award.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GivingGrant {
    /// Grant identifier, prefixed as 360Giving requires (`360G-convoca-<reference>`).
    pub identifier: String,
    /// Title.
    pub title: String,
    /// Description (the application's summary).
    pub description: String,
    /// ISO 4217 currency.
    pub currency: String,
    /// Amount awarded.
    pub amount_awarded: Decimal,
    /// Amount requested.
    pub amount_applied_for: Decimal,
    /// Amount paid so far.
    pub amount_disbursed: Decimal,
    /// When the call was decided.
    pub award_date: NaiveDate,
    /// The lead organisation.
    pub recipient: GivingOrganisation,
    /// The programme's agency.
    pub funder: GivingOrganisation,
    /// Planned start.
    pub planned_start: Option<NaiveDate>,
    /// Planned end.
    pub planned_end: Option<NaiveDate>,
    /// Where the beneficiaries are: the lead's name, country and ISO 3166-2 subdivision.
    pub location_name: String,
    /// ISO 3166-2 subdivision, if known.
    pub location_geo_code: Option<String>,
    /// The call's code and title (the grant programme).
    pub programme_code: String,
    /// The call's title.
    pub programme_title: String,
    /// The call's public page (an absolute URL), when the publisher's address is known.
    pub programme_url: Option<String>,
    /// Payments.
    pub disbursements: Vec<Disbursement>,
    /// When the record last changed.
    pub modified: DateTime<Utc>,
}

/// The package: `{"grants": [...], "version": "1.4", ...}`. Amounts are JSON numbers (360Giving requires
/// numbers), written from the exact decimals.
///
/// The package carries only fields the 360Giving package schema defines. An empty `grants` slice still gives a
/// well-formed object with an empty `grants` array, but that package does not validate: the standard requires
/// at least one grant (`minItems: 1`), so it only says "nothing published yet".
pub fn package(grants: &[GivingGrant], published: DateTime<Utc>) -> serde_json::Value {
    json!({
        "grants": grants.iter().map(grant).collect::<Vec<_>>(),
        "version": VERSION,
        "title": TITLE,
        "description": DESCRIPTION,
        "modified": timestamp(published),
        "publisher": { "name": PUBLISHER },
        "license": LICENSE,
    })
}

/// The `major.minor` version of the standard the package follows (the package schema's pattern).
const VERSION: &str = "1.4";
const TITLE: &str = "Convoca: grants awarded through open calls for proposals";
const DESCRIPTION: &str = "One record per project funded through a call for proposals published on Convoca: \
                           the award, the recipient, the funding agency, the programme and the payments made.";
const PUBLISHER: &str = "Convoca";
/// CC BY 4.0, one of the licences 360Giving recommends; the canonical URI, as the schema's `uri` format asks.
const LICENSE: &str = "https://creativecommons.org/licenses/by/4.0/";

/// One grant record. Fields the schema marks optional are left out when unknown rather than written empty.
fn grant(grant: &GivingGrant) -> Value {
    let mut record = Map::new();
    record.insert("id".into(), json!(grant.identifier));
    record.insert("title".into(), json!(grant.title));
    record.insert("description".into(), json!(grant.description));
    record.insert("currency".into(), json!(grant.currency));
    record.insert("amountAwarded".into(), amount(grant.amount_awarded));
    record.insert("amountAppliedFor".into(), amount(grant.amount_applied_for));
    record.insert("amountDisbursed".into(), amount(grant.amount_disbursed));
    record.insert("awardDate".into(), date(grant.award_date));
    record.insert(
        "recipientOrganization".into(),
        json!([{
            "id": grant.recipient.id,
            "name": grant.recipient.name,
            "addressCountry": grant.recipient.country,
        }]),
    );
    record.insert(
        "fundingOrganization".into(),
        json!([{ "id": grant.funder.id, "name": grant.funder.name }]),
    );
    let mut planned = Map::new();
    if let Some(start) = grant.planned_start {
        planned.insert("startDate".into(), date(start));
    }
    if let Some(end) = grant.planned_end {
        planned.insert("endDate".into(), date(end));
    }
    if !planned.is_empty() {
        record.insert("plannedDates".into(), json!([planned]));
    }
    // No `geoCodeType`: the schema does not require it and its codelist names only UK (ONS) geographies, none
    // of which is ISO 3166-2; the code's country prefix (`TN-11`) already says which gazetteer it comes from.
    let mut location = Map::new();
    location.insert("name".into(), json!(grant.location_name));
    location.insert("countryCode".into(), json!(grant.recipient.country));
    if let Some(code) = &grant.location_geo_code {
        location.insert("geoCode".into(), json!(code));
    }
    record.insert("beneficiaryLocation".into(), json!([location]));
    // The programme cycle is the call: its code, its title and its public page.
    let mut programme = Map::new();
    programme.insert("code".into(), json!(grant.programme_code));
    programme.insert("title".into(), json!(grant.programme_title));
    if let Some(url) = &grant.programme_url {
        programme.insert("url".into(), json!(url));
    }
    record.insert("grantProgramme".into(), json!([programme]));
    // Every Convoca award comes out of a published call for proposals.
    record.insert("fromOpenCall".into(), json!("Yes"));
    if !grant.disbursements.is_empty() {
        let payments = grant
            .disbursements
            .iter()
            .map(|payment| {
                json!({
                    "id": payment.id,
                    "value": amount(payment.amount),
                    "transactionDate": date(payment.date),
                })
            })
            .collect::<Vec<_>>();
        record.insert("disbursementTransaction".into(), Value::Array(payments));
    }
    record.insert("dateModified".into(), timestamp(grant.modified));
    Value::Object(record)
}

/// An amount as a JSON number, written from the exact decimal.
///
/// serde_json's `arbitrary_precision` feature is off in this workspace (and turning it on changes number
/// handling for every crate), so a fractional amount has to travel as an `f64`. It is parsed from the
/// decimal's text with the standard library, which rounds correctly (serde_json's own parser does only with
/// `float_roundtrip`), and serde_json prints the shortest text that reads back as the same `f64`. Together
/// these give back the decimal's digits exactly whenever it has at most 15 significant digits: every amount
/// below a trillion in a currency with three decimals. Larger fractional amounts get the nearest `f64`.
/// Whole amounts are written as integers (`150000`, not `150000.0`).
fn amount(value: Decimal) -> Value {
    let value = value.normalize();
    if value.scale() == 0
        && let Some(whole) = value.to_i64()
    {
        return Value::from(whole);
    }
    // A decimal's text is always a finite float (|x| < 8e28), so the `Null` below is never written.
    value
        .to_string()
        .parse::<f64>()
        .ok()
        .and_then(Number::from_f64)
        .map_or(Value::Null, Value::Number)
}

/// A calendar date as `YYYY-MM-DD`, the schema's date pattern.
fn date(day: NaiveDate) -> Value {
    json!(day.format("%Y-%m-%d").to_string())
}

/// An instant as an RFC 3339 date-time in UTC (`2025-06-30T14:05:00Z`), the schema's `date-time` format.
fn timestamp(instant: DateTime<Utc>) -> Value {
    json!(instant.to_rfc3339_opts(SecondsFormat::Secs, true))
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use chrono::TimeZone;
    use proptest::prelude::*;

    use super::*;

    const PACKAGE_SCHEMA: &str = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/schemas/360-giving-package-schema.json"
    );
    const GRANT_SCHEMA: &str = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/schemas/360-giving-schema.json"
    );
    /// The URL the package schema's `grants.items` refers to; served from the local file (no network).
    const GRANT_SCHEMA_URL: &str = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json";

    fn schema(path: &str) -> Value {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("parsing {path}: {e}"))
    }

    /// Every validation error of `instance` against the package schema, with the grant schema resolved from
    /// the local file. Offline: a reference that is not in the registry fails the build instead of fetching.
    fn validation_errors(instance: &Value) -> Vec<String> {
        let registry = jsonschema::Registry::new()
            .add(GRANT_SCHEMA_URL, schema(GRANT_SCHEMA))
            .expect("the grant schema's URL is valid")
            .prepare()
            .expect("the registry resolves without the network");
        let validator = jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .with_registry(&registry)
            .offline()
            .should_validate_formats(true)
            .build(&schema(PACKAGE_SCHEMA))
            .expect("the package schema compiles with the grant schema resolved locally");
        validator
            .iter_errors(instance)
            .map(|error| format!("{}: {error}", error.instance_path()))
            .collect()
    }

    fn decimal(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    fn day(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).unwrap()
    }

    fn published() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2025, 9, 1, 8, 30, 0).unwrap()
    }

    fn tunisian_municipality() -> GivingGrant {
        GivingGrant {
            identifier: "360G-convoca-PADL-2025-0007".into(),
            title: "Rehabilitation of the Medina's rainwater drains".into(),
            description: "The municipality of Sfax replaces 4 km of rainwater drains in the old town and trains \
                          its technical staff in their maintenance."
                .into(),
            currency: "TND".into(),
            amount_awarded: decimal("12345.678"),
            amount_applied_for: decimal("15000.000"),
            amount_disbursed: decimal("8641.975"),
            award_date: day(2025, 3, 14),
            recipient: GivingOrganisation {
                id: "XI-CONVOCA-0190a1b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b".into(),
                name: "Commune de Sfax".into(),
                country: "TN".into(),
            },
            funder: GivingOrganisation {
                id: "XI-CONVOCA-0190a1b2-0000-7000-8000-000000000001".into(),
                name: "Caisse des Prêts et de Soutien des Collectivités Locales".into(),
                country: "TN".into(),
            },
            planned_start: Some(day(2025, 4, 1)),
            planned_end: Some(day(2026, 9, 30)),
            location_name: "Commune de Sfax".into(),
            location_geo_code: Some("TN-61".into()),
            programme_code: "PADL-2025".into(),
            programme_title: "Local development support programme 2025".into(),
            programme_url: Some("https://convoca.example/calls/padl-2025".into()),
            disbursements: vec![
                Disbursement {
                    id: "360G-convoca-PADL-2025-0007-T1".into(),
                    amount: decimal("4938.271"),
                    date: day(2025, 4, 10),
                },
                Disbursement {
                    id: "360G-convoca-PADL-2025-0007-T2".into(),
                    amount: decimal("3703.704"),
                    date: day(2025, 8, 22),
                },
            ],
            modified: Utc.with_ymd_and_hms(2025, 8, 22, 14, 5, 9).unwrap(),
        }
    }

    fn german_lab() -> GivingGrant {
        GivingGrant {
            identifier: "360G-convoca-ZUK-2025-0031".into(),
            title: "Low-cost sensors for groundwater nitrate".into(),
            description:
                "A university laboratory builds and field-tests a nitrate sensor for village wells."
                    .into(),
            currency: "EUR".into(),
            amount_awarded: decimal("150000.00"),
            amount_applied_for: decimal("180000.00"),
            amount_disbursed: Decimal::ZERO,
            award_date: day(2025, 6, 30),
            recipient: GivingOrganisation {
                id: "XI-CONVOCA-0190a1b2-1111-7111-8111-111111111111".into(),
                name: "Labor für Umweltsensorik, Universität Freiburg".into(),
                country: "DE".into(),
            },
            funder: GivingOrganisation {
                id: "XI-CONVOCA-0190a1b2-2222-7222-8222-222222222222".into(),
                name: "Stiftung Wasser und Zukunft".into(),
                country: "DE".into(),
            },
            planned_start: None,
            planned_end: None,
            location_name: "Labor für Umweltsensorik, Universität Freiburg".into(),
            location_geo_code: None,
            programme_code: "ZUK-2025".into(),
            programme_title: "Water for the future 2025".into(),
            programme_url: None,
            disbursements: Vec::new(),
            modified: Utc.with_ymd_and_hms(2025, 7, 1, 9, 0, 0).unwrap(),
        }
    }

    fn two_awards() -> Value {
        package(&[tunisian_municipality(), german_lab()], published())
    }

    fn text(value: &Value) -> String {
        serde_json::to_string(value).unwrap()
    }

    #[test]
    fn a_package_of_a_tunisian_and_a_german_award_validates_against_the_360giving_schemas() {
        let package = two_awards();

        let errors = validation_errors(&package);

        assert!(
            errors.is_empty(),
            "validation errors:\n{}",
            errors.join("\n")
        );
        assert_eq!(package["version"], "1.4");
        assert_eq!(package["grants"].as_array().map(Vec::len), Some(2));
    }

    #[test]
    fn the_grant_records_use_the_standards_field_names_and_formats() {
        let package = two_awards();
        let tunis = &package["grants"][0];
        let freiburg = &package["grants"][1];

        assert_eq!(tunis["id"], "360G-convoca-PADL-2025-0007");
        assert_eq!(tunis["awardDate"], "2025-03-14");
        assert_eq!(tunis["dateModified"], "2025-08-22T14:05:09Z");
        assert_eq!(tunis["fromOpenCall"], "Yes");
        assert_eq!(tunis["recipientOrganization"][0]["addressCountry"], "TN");
        assert_eq!(tunis["beneficiaryLocation"][0]["countryCode"], "TN");
        assert_eq!(tunis["beneficiaryLocation"][0]["geoCode"], "TN-61");
        assert_eq!(
            tunis["plannedDates"],
            json!([{ "startDate": "2025-04-01", "endDate": "2026-09-30" }])
        );
        assert_eq!(
            tunis["grantProgramme"],
            json!([{
                "code": "PADL-2025",
                "title": "Local development support programme 2025",
                "url": "https://convoca.example/calls/padl-2025",
            }])
        );
        assert!(freiburg["grantProgramme"][0].get("url").is_none());
        assert_eq!(
            text(&tunis["disbursementTransaction"]),
            r#"[{"id":"360G-convoca-PADL-2025-0007-T1","transactionDate":"2025-04-10","value":4938.271},{"id":"360G-convoca-PADL-2025-0007-T2","transactionDate":"2025-08-22","value":3703.704}]"#
        );
        assert_eq!(package["modified"], "2025-09-01T08:30:00Z");
        // Unknown facts are left out, not written empty.
        assert!(freiburg.get("plannedDates").is_none());
        assert!(freiburg.get("disbursementTransaction").is_none());
        assert!(freiburg["beneficiaryLocation"][0].get("geoCode").is_none());
    }

    #[test]
    fn exact_amounts_survive_as_json_numbers() {
        let package = two_awards();
        let tunis = &package["grants"][0];
        let freiburg = &package["grants"][1];

        assert_eq!(text(&tunis["amountAwarded"]), "12345.678");
        assert_eq!(text(&tunis["amountAppliedFor"]), "15000");
        assert_eq!(text(&tunis["amountDisbursed"]), "8641.975");
        assert_eq!(text(&freiburg["amountAwarded"]), "150000");
        assert_eq!(text(&freiburg["amountDisbursed"]), "0");
        assert!(tunis["amountAwarded"].is_number());
    }

    proptest! {
        #[test]
        fn any_amount_of_up_to_fifteen_significant_digits_is_written_with_its_exact_digits(
            minor in 0_i64..1_000_000_000_000_000,
            scale in 0_u32..=3,
        ) {
            let exact = Decimal::new(minor, scale).normalize();

            let written = text(&amount(exact));

            prop_assert_eq!(Decimal::from_str(&written).unwrap(), exact);
            prop_assert_eq!(written, exact.to_string());
        }
    }

    #[test]
    fn a_grant_cannot_be_built_without_an_award_date() {
        // The field is a `NaiveDate`, not an `Option`: this line stops compiling if that ever changes, and a
        // `GivingGrant` literal without `award_date` does not compile at all.
        let award_date: fn(&GivingGrant) -> NaiveDate = |grant| grant.award_date;
        let mut package = two_awards();

        for (record, source) in package["grants"]
            .as_array()
            .unwrap()
            .iter()
            .zip([tunisian_municipality(), german_lab()])
        {
            assert_eq!(record["awardDate"], award_date(&source).to_string());
        }
        // And the standard does require it: a record without one is refused.
        package["grants"][1]
            .as_object_mut()
            .unwrap()
            .remove("awardDate");
        assert!(!validation_errors(&package).is_empty());
    }

    #[test]
    fn a_grant_without_its_currency_fails_validation() {
        let mut package = two_awards();
        package["grants"][0]
            .as_object_mut()
            .unwrap()
            .remove("currency");

        let errors = validation_errors(&package);

        assert!(
            !errors.is_empty(),
            "a grant without currency passed validation"
        );
        assert!(
            errors.iter().any(|e| e.starts_with("/grants/0")),
            "errors: {errors:?}"
        );
    }

    #[test]
    fn a_grant_with_a_currency_outside_iso_4217_fails_validation() {
        let mut package = two_awards();
        package["grants"][1]["currency"] = json!("EURO");

        assert!(!validation_errors(&package).is_empty());
    }

    #[test]
    fn an_empty_package_is_well_formed_but_not_valid_since_the_standard_wants_one_grant() {
        let package = package(&[], published());

        assert_eq!(package["grants"], json!([]));
        assert_eq!(package["version"], "1.4");
        let errors = validation_errors(&package);
        assert!(
            errors.iter().any(|e| e.starts_with("/grants")),
            "errors: {errors:?}"
        );
    }
}
