//! The state of a form being re-shown: what the visitor typed and what is wrong with it.
//!
//! A [`FormState`] knows its fields (to link the error summary to them), keeps submitted values (never
//! passwords), and holds translated messages per field or for the whole form. Templates render it with the
//! macros in `templates/macros.html`. This module decides nothing about validity: the domain does.

use domain::{Error, FieldError, Message};
use poem::http::StatusCode;

use crate::csrf::CheckedForm;
use crate::errors::PageError;
use crate::i18n::Lang;

/// An entry of the error summary at the top of a form.
pub struct SummaryItem {
    /// The field's anchor, when the field is on the form.
    pub href: Option<String>,
    /// The translated message.
    pub message: String,
}

/// The fields of a form: each field's name (as the domain reports errors on it) and its label's catalog key.
pub type Fields = &'static [(&'static str, &'static str)];

/// See the module documentation.
pub struct FormState {
    lang: Lang,
    /// Prefix of the fields' ids, unique on the page (two forms may both have a `name` field).
    id_prefix: &'static str,
    fields: Fields,
    /// Fields known only when the page is built (the rows of a table editor), with translated labels.
    row_fields: Vec<(String, String)>,
    values: Vec<(String, String)>,
    /// `(field, message)`; an empty field is about the whole form.
    errors: Vec<(String, String)>,
    /// `(field, value)`: what someone else saved in a field meanwhile, shown beside what the visitor typed
    /// after a refused stale save, so that neither edit is lost.
    saved_meanwhile: Vec<(String, String)>,
}

impl FormState {
    /// An empty form with these fields.
    pub fn new(lang: Lang, id_prefix: &'static str, fields: Fields) -> Self {
        FormState {
            lang,
            id_prefix,
            fields,
            row_fields: Vec::new(),
            values: Vec::new(),
            errors: Vec::new(),
            saved_meanwhile: Vec::new(),
        }
    }

    /// The translated label of a field.
    pub fn label(&self, name: &str) -> String {
        if let Some((_, key)) = self.fields.iter().find(|(field, _)| *field == name) {
            return self.lang.t(key);
        }
        self.row_fields
            .iter()
            .find(|(field, _)| field == name)
            .map_or_else(|| name.to_owned(), |(_, label)| label.clone())
    }

    /// Adds a field known only at run time (e.g. `criteria[2].weight`) with its translated label, so that
    /// its errors are linked from the summary like those of the fixed fields.
    pub fn add_row_field(&mut self, name: String, label: String) {
        self.row_fields.push((name, label));
    }

    /// Whether a field is on this form, fixed or added.
    fn is_on_form(&self, name: &str) -> bool {
        self.fields.iter().any(|(field, _)| *field == name)
            || self.row_fields.iter().any(|(field, _)| field == name)
    }

    /// Keeps what was submitted, except the fields in `secret` (passwords are never sent back).
    pub fn keeping(mut self, form: &CheckedForm, secret: &[&str]) -> Self {
        self.values = form
            .pairs()
            .filter(|(name, _)| !secret.contains(name))
            .map(|(name, value)| (name.to_owned(), value.to_owned()))
            .collect();
        self
    }

    /// Sets (adds) a value, e.g. from the record being edited.
    pub fn with(mut self, name: &str, value: impl ToString) -> Self {
        self.values.push((name.to_owned(), value.to_string()));
        self
    }

    /// The value of `name` to show, or `""`.
    pub fn value(&self, name: &str) -> &str {
        self.values
            .iter()
            .find(|(field, _)| field == name)
            .map_or("", |(_, value)| value.as_str())
    }

    /// Whether `value` is among the values of `name` (a checked checkbox, a selected option).
    pub fn has_value(&self, name: &str, value: &str) -> bool {
        self.values
            .iter()
            .any(|(field, current)| field == name && current == value)
    }

    /// The id of a field's input.
    pub fn id(&self, name: &str) -> String {
        let slug: String = name
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        format!("{}-{slug}", self.id_prefix)
    }

    /// The message of the first error on `name`.
    pub fn error(&self, name: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, message)| message.as_str())
    }

    /// The ids an input is described by: its hint (if it has one), its error and the value saved
    /// meanwhile (if any), space-separated (may be empty).
    pub fn described_by(&self, name: &str, hint: &str) -> String {
        let id = self.id(name);
        let mut ids = Vec::new();
        if !hint.is_empty() {
            ids.push(format!("{id}-hint"));
        }
        if self.error(name).is_some() {
            ids.push(format!("{id}-error"));
        }
        if self.saved_meanwhile(name).is_some() {
            ids.push(format!("{id}-saved"));
        }
        ids.join(" ")
    }

    /// Records what someone else saved in `name` since the visitor read the form (shown beside the field).
    pub fn add_saved_meanwhile(&mut self, name: &str, value: impl ToString) {
        self.saved_meanwhile
            .push((name.to_owned(), value.to_string()));
    }

    /// What someone else saved in `name` meanwhile, if it differs from what the visitor typed.
    pub fn saved_meanwhile(&self, name: &str) -> Option<&str> {
        self.saved_meanwhile
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, value)| value.as_str())
    }

    /// Whether anything is wrong.
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    /// Every error, linked to its field when the field is on this form. A field's label prefixes its
    /// message, since domain messages ("This field is required.") do not name the field.
    pub fn summary(&self) -> Vec<SummaryItem> {
        let position = |field: &str| {
            self.fields
                .iter()
                .position(|(name, _)| *name == field)
                .or_else(|| {
                    self.row_fields
                        .iter()
                        .position(|(name, _)| name == field)
                        .map(|at| self.fields.len() + at)
                })
                .unwrap_or(usize::MAX)
        };
        // In the order of the form, so that the summary reads like the page.
        let mut errors: Vec<_> = self.errors.iter().collect();
        errors.sort_by_key(|(field, _)| position(field));
        errors
            .into_iter()
            .map(|(field, message)| {
                let on_form = self.is_on_form(field);
                SummaryItem {
                    href: on_form.then(|| format!("#{}", self.id(field))),
                    message: if on_form {
                        format!("{}: {message}", self.label(field))
                    } else {
                        message.clone()
                    },
                }
            })
            .collect()
    }

    /// Adds an error on a field (or, with `""`, on the whole form).
    pub fn add_error(&mut self, field: &str, message: &Message) {
        self.errors
            .push((field.to_owned(), self.lang.message(message)));
    }

    /// Adds the domain's field errors.
    pub fn add_field_errors(&mut self, errors: &[FieldError]) {
        for error in errors {
            self.add_error(&error.field, &error.message);
        }
    }

    /// Takes in an error this form can show (validation: 422, conflict: 409) and returns the status to
    /// re-render with; any other error is handed back for the error pages.
    pub fn absorb(&mut self, err: Error) -> Result<StatusCode, PageError> {
        match err {
            Error::Validation(errors) => {
                self.add_field_errors(&errors);
                Ok(StatusCode::UNPROCESSABLE_ENTITY)
            }
            Error::Conflict(message) => {
                self.add_error("", &message);
                Ok(StatusCode::CONFLICT)
            }
            Error::Stale => {
                self.add_error("", &Error::stale_message());
                Ok(StatusCode::CONFLICT)
            }
            other => Err(PageError::Domain(other)),
        }
    }
}

/// Reads a hidden `version` field; a missing or garbled one cannot be the current version: it is stale.
pub fn version(form: &CheckedForm) -> Result<i32, Error> {
    form.text("version")
        .trim()
        .parse()
        .map_err(|_| Error::stale())
}

/// Parses an optional whole number typed into a form. Text that is not one is a field error, so that the
/// visitor sees a message rather than a "bad request".
pub fn parse_optional_integer(value: Option<&str>) -> Result<Option<i64>, Message> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(text) => text
            .replace([' ', '_', '\u{a0}'], "")
            .parse::<i64>()
            .map(Some)
            .map_err(|_| Message::new("form-error-not-a-whole-number")),
    }
}

/// Like [`parse_optional_integer`], for the smaller numbers the domain keeps as `i32` (scores, slots).
pub fn parse_optional_i32(value: Option<&str>) -> Result<Option<i32>, Message> {
    parse_optional_integer(value)?
        .map(|number| {
            i32::try_from(number).map_err(|_| Message::new("form-error-not-a-whole-number"))
        })
        .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: Fields = &[
        ("organisation.name", "signup-organisation-name"),
        ("email", "signup-email"),
    ];

    #[test]
    fn errors_link_to_fields_on_the_form_only() {
        let mut form = FormState::new(Lang::En, "signup", FIELDS);
        form.add_field_errors(&[
            FieldError::new("organisation.name", Message::new("error-required")),
            FieldError::new("parent_id", Message::new("error-parent-unknown")),
        ]);
        let summary = form.summary();
        assert_eq!(
            summary[0].href.as_deref(),
            Some("#signup-organisation-name")
        );
        assert!(
            summary[0]
                .message
                .starts_with(&Lang::En.t("signup-organisation-name"))
        );
        assert_eq!(summary[1].href, None);
        assert_eq!(
            form.described_by("organisation.name", "a hint"),
            "signup-organisation-name-hint signup-organisation-name-error"
        );
        assert_eq!(form.described_by("email", ""), "");
    }

    #[test]
    fn rows_added_at_run_time_are_labelled_and_linked_in_order() {
        let mut form = FormState::new(Lang::En, "criteria", &[]);
        form.add_row_field("criteria[0].title".into(), "Criterion 1: Title".into());
        form.add_row_field("criteria[1].weight".into(), "Criterion 2: Weight".into());
        form.add_field_errors(&[
            FieldError::new("criteria[1].weight", Message::new("error-weight-positive")),
            FieldError::new("criteria[0].title", Message::new("error-required")),
        ]);
        let summary = form.summary();
        assert_eq!(
            summary[0].href.as_deref(),
            Some("#criteria-criteria-0--title")
        );
        assert!(summary[0].message.starts_with("Criterion 1: Title: "));
        assert!(summary[1].message.starts_with("Criterion 2: Weight: "));
        assert_eq!(form.label("criteria[1].weight"), "Criterion 2: Weight");
    }

    #[test]
    fn small_numbers_fit_in_an_i32() {
        assert_eq!(parse_optional_i32(Some(" 12 ")), Ok(Some(12)));
        assert_eq!(parse_optional_i32(Some("")), Ok(None));
        assert!(parse_optional_i32(Some("99999999999")).is_err());
    }

    #[test]
    fn passwords_are_not_kept() {
        let posted = CheckedForm::from_pairs(&[
            ("csrf_token", "t"),
            ("email", "a@b.example"),
            ("password", "secret"),
        ]);
        let form = FormState::new(Lang::En, "login", FIELDS).keeping(&posted, &["password"]);
        assert_eq!(form.value("email"), "a@b.example");
        assert_eq!(form.value("password"), "");
        assert_eq!(form.value("csrf_token"), "");
    }

    #[test]
    fn a_population_must_be_a_whole_number() {
        assert_eq!(parse_optional_integer(None), Ok(None));
        assert_eq!(parse_optional_integer(Some("  ")), Ok(None));
        assert_eq!(parse_optional_integer(Some("92 987")), Ok(Some(92_987)));
        assert!(parse_optional_integer(Some("lots")).is_err());
        assert!(parse_optional_integer(Some("1.5")).is_err());
    }
}
