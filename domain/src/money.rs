//! Money: ISO 4217 currencies and exact amounts.
//!
//! Amounts are `rust_decimal::Decimal` in code, decimal strings in JSON and `i64` minor units in the database
//! (sea-orm would store a SQLite decimal as a double). This module owns the conversions between the three and
//! refuses anything that would lose a cent: more decimals than the currency has, negative amounts, or sums
//! too large for the database.
//!
//! [`parse_decimal`] is the one reader of decimal text that clients send (amounts, weights, shares, scores,
//! indicator values): plain digits with at most one point, so that `"1e9"`, `"+5"` or `" 10 "` are refused
//! instead of being read as something the client may not have meant.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::Message;

/// Whether a decimal may be negative: amounts, weights and shares may not; some indicator values may.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    /// Digits only.
    NonNegative,
    /// A leading `-` is allowed.
    Any,
}

/// Parses a plain decimal: ASCII digits with at most one `.` between digits, and a leading `-` only with
/// [`Sign::Any`]. No exponent, no `+`, no whitespace, no digit separators, and nothing rounded away (at most
/// 28 significant digits). `None` when the text is anything else.
pub fn parse_decimal(text: &str, sign: Sign) -> Option<Decimal> {
    let digits = match (sign, text.strip_prefix('-')) {
        (Sign::Any, Some(rest)) => rest,
        _ => text,
    };
    let (whole, fraction) = match digits.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (digits, None),
    };
    let all_digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(whole) || !fraction.is_none_or(all_digits) {
        return None;
    }
    Decimal::from_str_exact(text).ok()
}

/// An ISO 4217 currency with its number of minor-unit digits (2 for EUR and ARS, 3 for TND).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Currency {
    currency: iso_currency::Currency,
    exponent: u32,
}

impl Currency {
    /// Parses an ISO 4217 code such as `EUR` or `tnd`. Codes without minor units (gold, test codes) are
    /// refused, since grants are paid in real money.
    pub fn parse(code: &str) -> Result<Currency, Message> {
        let code = code.trim().to_ascii_uppercase();
        iso_currency::Currency::from_code(&code)
            .and_then(|currency| {
                let exponent = currency.exponent()?;
                Some(Currency {
                    currency,
                    exponent: u32::from(exponent),
                })
            })
            .ok_or_else(|| Message::new("error-currency-unknown").arg("value", code))
    }

    /// The three-letter code.
    pub fn code(&self) -> &'static str {
        self.currency.code()
    }

    /// How many decimal digits the minor unit has.
    pub fn exponent(&self) -> u32 {
        self.exponent
    }
}

/// A non-negative amount of money, exact to the currency's minor unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Money(Decimal);

impl Money {
    /// Zero.
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// Parses a decimal string (`"12500"`, `"12500.50"`) in `currency`. The error says what is wrong.
    pub fn parse(text: &str, currency: Currency) -> Result<Money, Message> {
        if text.starts_with('-') && parse_decimal(text, Sign::Any).is_some() {
            return Err(Message::new("error-money-negative"));
        }
        let amount = parse_decimal(text, Sign::NonNegative)
            .ok_or_else(|| Message::new("error-money-invalid").arg("value", text))?;
        Money::from_decimal(amount, currency)
    }

    /// Checks a decimal amount: not negative, no finer than the minor unit, storable.
    pub fn from_decimal(amount: Decimal, currency: Currency) -> Result<Money, Message> {
        if amount.is_sign_negative() && !amount.is_zero() {
            return Err(Message::new("error-money-negative"));
        }
        if amount.normalize().scale() > currency.exponent() {
            return Err(Message::new("error-money-precision")
                .arg("digits", currency.exponent())
                .arg("currency", currency.code()));
        }
        let money = Money(amount);
        if money.checked_minor(currency).is_none() {
            return Err(Message::new("error-money-too-large"));
        }
        Ok(money)
    }

    /// The amount stored as minor units (cents, millimes).
    pub fn from_minor(minor: i64, currency: Currency) -> Money {
        Money(Decimal::new(minor, currency.exponent()))
    }

    fn checked_minor(&self, currency: Currency) -> Option<i64> {
        let factor = Decimal::from(10_i64.checked_pow(currency.exponent())?);
        self.0.checked_mul(factor)?.to_i64()
    }

    /// The amount in minor units, for the database. Amounts made by [`Money::parse`] or
    /// [`Money::from_minor`] always fit.
    pub fn to_minor(&self, currency: Currency) -> i64 {
        self.checked_minor(currency).unwrap_or(i64::MAX)
    }

    /// The exact amount.
    pub fn amount(&self) -> Decimal {
        self.0
    }

    /// The amount as JSON carries it: a decimal string with exactly the currency's minor digits
    /// (`"12500.00"`, `"12500.000"` for TND).
    pub fn to_decimal_string(&self, currency: Currency) -> String {
        let mut amount = self.0;
        amount.rescale(currency.exponent());
        amount.to_string()
    }

    /// The sum, or `None` if it would not fit in the database.
    pub fn checked_add(self, other: Money, currency: Currency) -> Option<Money> {
        let sum = Money(self.0.checked_add(other.0)?);
        sum.checked_minor(currency).map(|_| sum)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn eur() -> Currency {
        Currency::parse("EUR").unwrap()
    }

    fn tnd() -> Currency {
        Currency::parse("tnd").unwrap()
    }

    #[test]
    fn currencies_know_their_minor_units() {
        assert_eq!(eur().exponent(), 2);
        assert_eq!(tnd().exponent(), 3);
        assert_eq!(Currency::parse("ARS").unwrap().code(), "ARS");
        assert!(Currency::parse("XAU").is_err(), "gold has no minor unit");
        assert!(Currency::parse("EURO").is_err());
    }

    #[test]
    fn amounts_are_exact_to_the_minor_unit() {
        let amount = Money::parse("12500.5", eur()).unwrap();
        assert_eq!(amount.to_minor(eur()), 1_250_050);
        assert_eq!(amount.to_decimal_string(eur()), "12500.50");
        assert_eq!(
            Money::parse("1.125", tnd())
                .unwrap()
                .to_decimal_string(tnd()),
            "1.125"
        );
        assert!(Money::parse("1.125", eur()).is_err(), "a tenth of a cent");
        assert!(
            Money::parse("1.1200", eur()).is_ok(),
            "trailing zeros are fine"
        );
        assert!(Money::parse("-1", eur()).is_err());
        assert!(Money::parse("12,50", eur()).is_err());
        for loose in [
            "1e9", "+5", " 10 ", "10 ", "1_000", ".5", "5.", "1.2.3", "--1", "", "-",
        ] {
            assert!(
                Money::parse(loose, eur()).is_err(),
                "{loose:?} is not a plain decimal"
            );
        }
        assert!(Money::parse("99999999999999999999", eur()).is_err());
    }

    #[test]
    fn only_plain_decimals_are_read() {
        assert_eq!(parse_decimal("-1.5", Sign::Any), Some(Decimal::new(-15, 1)));
        assert_eq!(
            parse_decimal("007", Sign::NonNegative),
            Some(Decimal::from(7))
        );
        assert_eq!(parse_decimal("-1.5", Sign::NonNegative), None);
        for loose in [
            "1e2", "+1", " 1", "1 ", "1.", ".1", "1,5", "NaN", "\u{0}1", "0x10",
        ] {
            assert_eq!(parse_decimal(loose, Sign::Any), None, "{loose:?}");
        }
        assert_eq!(
            parse_decimal("1.00000000000000000000000000001", Sign::Any),
            None,
            "rounding would change it"
        );
    }

    proptest! {
        #[test]
        fn minor_units_round_trip_through_json_strings(minor in 0_i64..=i64::MAX / 1000) {
            for currency in [eur(), tnd()] {
                let money = Money::from_minor(minor, currency);
                let text = money.to_decimal_string(currency);
                let parsed = Money::parse(&text, currency).unwrap();
                prop_assert_eq!(parsed, money);
                prop_assert_eq!(parsed.to_minor(currency), minor);
            }
        }
    }
}
