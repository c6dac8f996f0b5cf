//! Numbers, amounts, percentages, dates and times as each language writes them, through ICU4X and the CLDR
//! data compiled into its crates (`icu_decimal`, `icu_datetime`, `icu_experimental`'s percent formatter): no
//! separator, month name or pattern is written by hand here.
//!
//! Everything is for people to read. Machine-readable outputs (CSV, the JSON API, form values, `datetime`
//! attributes) stay plain and must not use these functions.
//!
//! Arabic is formatted as `ar-TN`, Arabic as written in Tunisia: CLDR's default for plain `ar` is
//! Arabic-Indic digits (٣١), which Tunisia and the rest of the Maghreb do not use; `ar-TN` has Latin digits,
//! the Maghreb's separators (`1.200.000,000`) and month names (جانفي, فيفري, ...). Tunisia is the
//! Arabic-speaking country Convoca's reference data covers.

use chrono::{DateTime, Datelike, NaiveDate, Offset, Timelike, Utc};
use chrono_tz::Tz;
use domain::money::{Currency, Money};
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{self, zone};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_experimental::dimension::percent::formatter::PercentFormatter;
use icu_locale_core::{Locale, locale};
use icu_time::zone::{UtcOffset, ZoneNameTimestamp};
use icu_time::{Time, TimeZone, ZonedDateTime};

use crate::Lang;

/// The locale whose CLDR data formats for `lang` (see the module's note on Arabic).
pub fn locale(lang: Lang) -> Locale {
    match lang {
        Lang::En => locale!("en"),
        Lang::Es => locale!("es"),
        Lang::Fr => locale!("fr"),
        Lang::De => locale!("de"),
        Lang::Ar => locale!("ar-TN"),
    }
}

fn decimal_formatter(lang: Lang) -> DecimalFormatter {
    // Compiled data has every language of `Lang`; a missing one would be caught by the tests below.
    DecimalFormatter::try_new(locale(lang).into(), Default::default())
        .expect("compiled CLDR data has decimal symbols for every UI language")
}

/// A decimal number written as the language writes numbers, exactly: every digit of `plain` is kept,
/// trailing zeros included (`1234567.50` is `1.234.567,50` in German, `1 234 567,50` in French with a
/// narrow no-break space, so that it never wraps). Text that is not a plain decimal is returned as it is.
pub fn decimal(lang: Lang, plain: &str) -> String {
    match Decimal::try_from_str(plain.trim()) {
        Ok(number) => decimal_formatter(lang).format(&number).to_string(),
        Err(_) => plain.to_owned(),
    }
}

/// A [`rust_decimal::Decimal`] as [`decimal`] writes it, with the scale it has (`10.50` keeps its zero).
pub fn number(lang: Lang, value: rust_decimal::Decimal) -> String {
    decimal(lang, &value.to_string())
}

/// A whole number or count: `12,500`, `12.500`, `12 500`.
pub fn integer(lang: Lang, value: i64) -> String {
    decimal_formatter(lang)
        .format(&Decimal::from(value))
        .to_string()
}

/// An amount with its currency code, exact to the currency's minor unit: `500,000.000 TND`,
/// `500.000,000 TND`. The ISO code rather than a symbol, as the calls and the budgets name it. In a
/// right-to-left language the amount is a left-to-right island inside the sentence, so it is wrapped in
/// Unicode's first-strong isolate (U+2068 ... U+2069): otherwise the code jumps to the number's other side
/// wherever the amount is placed in a message ("awarded X of a budget of Y").
pub fn amount(lang: Lang, money: Money, currency: Currency) -> String {
    let amount = format!(
        "{} {}",
        decimal(lang, &money.to_decimal_string(currency)),
        currency.code()
    );
    if lang.dir() == "rtl" {
        format!("\u{2068}{amount}\u{2069}")
    } else {
        amount
    }
}

/// An amount stored in minor units, written as [`amount`] does.
pub fn amount_of_minor(lang: Lang, minor: i64, currency: Currency) -> String {
    amount(lang, Money::from_minor(minor, currency), currency)
}

/// A percentage given in percent (`10.5` is 10.5 %), with the sign where and how the language puts it:
/// `10.5%`, `10,5 %` (French with a narrow no-break space, German and Spanish with a no-break space).
pub fn percent(lang: Lang, value: rust_decimal::Decimal) -> String {
    let Ok(number) = Decimal::try_from_str(&value.normalize().to_string()) else {
        return value.to_string();
    };
    PercentFormatter::try_new(locale(lang).into(), Default::default())
        .expect("compiled CLDR data has percent patterns for every UI language")
        .format(&number)
        .to_string()
}

fn icu_date(day: NaiveDate) -> Date<Gregorian> {
    let month = u8::try_from(day.month()).unwrap_or(1);
    let date = u8::try_from(day.day()).unwrap_or(1);
    Date::try_new_gregorian(day.year(), month, date)
        .unwrap_or_else(|_| Date::try_new_gregorian(1970, 1, 1).expect("a valid date"))
}

/// A day with its month's name: `March 1, 2026`, `1. März 2026`, `1 مارس 2026`.
pub fn date(lang: Lang, day: NaiveDate) -> String {
    FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(
        locale(lang).into(),
        fieldsets::YMD::long(),
    )
    .expect("compiled CLDR data has date patterns for every UI language")
    .format(&icu_date(day))
    .to_string()
}

/// A moment as people of the call's region read it: the day with its month's name and the time in `tz`,
/// then the zone's name in the language and, so that nobody has to guess, its IANA id:
/// `January 31, 2027 at 11:59 PM Tunisia Time (Africa/Tunis)`. UTC has no place to name (CLDR would
/// write `GMT+00:00`), so it is only `... 10:59 PM UTC`.
pub fn date_time(lang: Lang, at: DateTime<Utc>, tz: Tz) -> String {
    let local = at.with_timezone(&tz);
    let date = icu_date(local.date_naive());
    let time = Time::try_new(
        u8::try_from(local.hour()).unwrap_or(0),
        u8::try_from(local.minute()).unwrap_or(0),
        0,
        0,
    )
    .unwrap_or_else(|_| Time::start_of_day());
    let fields = fieldsets::YMD::long().with_time_hm();
    if tz == Tz::UTC {
        let formatted =
            FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale(lang).into(), fields)
                .expect("compiled CLDR data has date and time patterns for every UI language")
                .format(&icu_time::DateTime { date, time })
                .to_string();
        return format!("{formatted} UTC");
    }
    let offset = local.offset().fix().local_minus_utc();
    let zone = TimeZone::from_iana_id(tz.name())
        .with_offset(UtcOffset::try_from_seconds(offset).ok())
        .with_zone_name_timestamp(ZoneNameTimestamp::from_epoch_seconds(at.timestamp()));
    let formatted = FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(
        locale(lang).into(),
        fields.with_zone(zone::Location),
    )
    .expect("compiled CLDR data has date, time and zone patterns for every UI language")
    .format(&ZonedDateTime { date, time, zone })
    .to_string();
    format!("{formatted} ({})", tz.name())
}

/// A moment in UTC, for what is not tied to a call and its zone (accounts, tokens, the outbox).
pub fn date_time_utc(lang: Lang, at: DateTime<Utc>) -> String {
    date_time(lang, at, Tz::UTC)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tnd() -> Currency {
        Currency::parse("TND").unwrap()
    }

    #[test]
    fn amounts_keep_every_minor_digit_in_every_language() {
        let budget = Money::parse("1200000", tnd()).unwrap();
        let expected = [
            (Lang::En, "1,200,000.000 TND"),
            (Lang::Es, "1.200.000,000 TND"),
            (Lang::Fr, "1\u{202f}200\u{202f}000,000 TND"),
            (Lang::De, "1.200.000,000 TND"),
            (Lang::Ar, "\u{2068}1.200.000,000 TND\u{2069}"),
        ];
        for (lang, text) in expected {
            assert_eq!(amount(lang, budget, tnd()), text, "{lang:?}");
        }
        assert_eq!(amount_of_minor(Lang::En, 12_345, tnd()), "12.345 TND");
    }

    #[test]
    fn decimals_are_exact_and_grouped_as_each_language_writes_them() {
        let expected = [
            (Lang::En, "1,234,567.50"),
            (Lang::Es, "1.234.567,50"),
            (Lang::Fr, "1\u{202f}234\u{202f}567,50"),
            (Lang::De, "1.234.567,50"),
            (Lang::Ar, "1.234.567,50"),
        ];
        for (lang, text) in expected {
            assert_eq!(decimal(lang, "1234567.50"), text, "{lang:?}");
        }
        assert_eq!(decimal(Lang::En, "999"), "999");
        assert_eq!(decimal(Lang::En, "-1000"), "-1,000");
        assert_eq!(decimal(Lang::En, "n/a"), "n/a");
        assert_eq!(
            number(Lang::De, rust_decimal::Decimal::new(1050, 2)),
            "10,50"
        );
    }

    #[test]
    fn counts_are_grouped_as_each_language_writes_them() {
        let expected = [
            (Lang::En, "12,500"),
            (Lang::Es, "12.500"),
            (Lang::Fr, "12\u{202f}500"),
            (Lang::De, "12.500"),
            (Lang::Ar, "12.500"),
        ];
        for (lang, text) in expected {
            assert_eq!(integer(lang, 12_500), text, "{lang:?}");
        }
    }

    #[test]
    fn percentages_put_the_sign_where_each_language_does() {
        let share = rust_decimal::Decimal::new(105, 1);
        let expected = [
            (Lang::En, "10.5%"),
            (Lang::Es, "10,5\u{a0}%"),
            (Lang::Fr, "10,5\u{a0}%"),
            (Lang::De, "10,5\u{a0}%"),
            (Lang::Ar, "10,5\u{200e}%\u{200e}"),
        ];
        for (lang, text) in expected {
            assert_eq!(percent(lang, share), text, "{lang:?}");
        }
    }

    #[test]
    fn dates_have_their_month_named_in_every_language() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let expected = [
            (Lang::En, "March 1, 2026"),
            (Lang::Es, "1 de marzo de 2026"),
            (Lang::Fr, "1 mars 2026"),
            (Lang::De, "1. März 2026"),
            (Lang::Ar, "1 مارس 2026"),
        ];
        for (lang, text) in expected {
            assert_eq!(date(lang, day), text, "{lang:?}");
        }
    }

    #[test]
    fn moments_are_shown_in_the_call_s_zone_with_its_name_and_iana_id() {
        let deadline: DateTime<Utc> = "2027-01-31T22:59:00Z".parse().unwrap();
        let tunis: Tz = "Africa/Tunis".parse().unwrap();
        let expected = [
            (
                Lang::En,
                "January 31, 2027 at 11:59\u{202f}PM Tunisia Time (Africa/Tunis)",
            ),
            (
                Lang::Es,
                "31 de enero de 2027 a las 23:59 hora de Túnez (Africa/Tunis)",
            ),
            (
                Lang::Fr,
                "31 janvier 2027 à 23:59 heure : Tunisie (Africa/Tunis)",
            ),
            (
                Lang::De,
                "31. Januar 2027 um 23:59 Tunesien (Ortszeit) (Africa/Tunis)",
            ),
            (
                Lang::Ar,
                "31 جانفي 2027 في 11:59 م توقيت تونس (Africa/Tunis)",
            ),
        ];
        for (lang, text) in expected {
            assert_eq!(date_time(lang, deadline, tunis), text, "{lang:?}");
        }
        let buenos_aires: Tz = "America/Argentina/Buenos_Aires".parse().unwrap();
        assert!(
            date_time(Lang::Es, deadline, buenos_aires)
                .ends_with("19:59 hora de Buenos Aires (America/Argentina/Buenos_Aires)"),
            "{}",
            date_time(Lang::Es, deadline, buenos_aires)
        );
        assert_eq!(
            date_time_utc(Lang::De, deadline),
            "31. Januar 2027 um 22:59 UTC"
        );
        assert_eq!(
            date_time_utc(Lang::Ar, deadline),
            "31 جانفي 2027 في 10:59 م UTC"
        );
    }
}
