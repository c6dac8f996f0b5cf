//! Cross-site request forgery protection for every form.
//!
//! Every form carries a hidden `csrf_token`. For a signed-in visitor it is the session's token (stored with
//! the session in the database); for an anonymous visitor (sign-up, login, invitation) it is a random value
//! also set in the `convoca_csrf` cookie, and the two must match (double submit). That cookie is set only by
//! a page that shows a form (see `session::Visitor::csrf_token`), so that other public pages can be cached. Posted forms
//! are read through [`CheckedForm`], which refuses a missing or wrong token with 403 before the handler
//! runs, so nothing can change. File uploads (`multipart/form-data`) are read through [`CheckedUpload`],
//! which checks the same token, sent as a form field, before the handler sees any file.

use poem::web::{Form, Multipart};
use poem::{FromRequest, Request, RequestBody};

use crate::errors::{BodyTooLarge, PageError};
use crate::session::Visitor;

/// The cookie of the anonymous double-submit token.
pub const CSRF_COOKIE: &str = "convoca_csrf";
/// The hidden form field that carries the token.
pub const CSRF_FIELD: &str = "csrf_token";

/// A new anonymous token: 32 random bytes, hex-encoded.
pub fn new_token() -> String {
    hex::encode(rand::random::<[u8; 32]>())
}

/// Whether a cookie value looks like a token [`new_token`] made.
pub fn is_well_formed(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Compares the expected token with the submitted one in constant time, so that response timing does not
/// tell an attacker how much of a guess was right. An empty expected token never matches.
pub fn tokens_match(expected: &str, submitted: &str) -> bool {
    !expected.is_empty()
        && expected.len() == submitted.len()
        && expected
            .bytes()
            .zip(submitted.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// A posted form whose CSRF token has been checked. Fields are kept as name/value pairs, in order, so that
/// repeated fields (role checkboxes) survive and numbers can be parsed into field errors, not 400s.
#[derive(Debug)]
pub struct CheckedForm(Vec<(String, String)>);

impl<'a> FromRequest<'a> for CheckedForm {
    async fn from_request(req: &'a Request, body: &mut RequestBody) -> poem::Result<Self> {
        let visitor = <&Visitor>::from_request(req, body).await?;
        if let Some(too_large) = req.extensions().get::<BodyTooLarge>() {
            return Err(PageError::TooLarge(too_large.limit).into());
        }
        // A page whose one form can also upload a file (the application page) posts `multipart/form-data`
        // to every button's action; those that take no file read its text fields alone.
        let multipart = req
            .content_type()
            .is_some_and(|kind| kind.starts_with("multipart/form-data"));
        // A body that is not a form has no token either: refuse it as forged rather than as malformed.
        let fields = if multipart {
            text_fields(req, body).await.unwrap_or_default()
        } else {
            Form::<Vec<(String, String)>>::from_request(req, body)
                .await
                .map(|Form(fields)| fields)
                .unwrap_or_default()
        };
        let form = CheckedForm(fields);
        if !tokens_match(visitor.expected_csrf_token(), form.text(CSRF_FIELD)) {
            return Err(PageError::Csrf.into());
        }
        Ok(form)
    }
}

/// The text fields of a `multipart/form-data` body; files are read and dropped.
async fn text_fields(req: &Request, body: &mut RequestBody) -> poem::Result<Vec<(String, String)>> {
    let mut multipart = Multipart::from_request(req, body).await?;
    let mut fields = Vec::new();
    while let Some(field) = multipart.next_field().await? {
        let name = field.name().unwrap_or_default().to_owned();
        if field.file_name().is_some() {
            // Read and dropped chunk by chunk, never whole.
            tokio::io::copy(&mut field.into_async_read(), &mut tokio::io::sink())
                .await
                .map_err(poem::error::BadRequest)?;
        } else {
            fields.push((name, field.text().await?));
        }
    }
    Ok(fields)
}

impl CheckedForm {
    /// A form from its pairs (for tests).
    #[cfg(test)]
    pub fn from_pairs(pairs: &[(&str, &str)]) -> Self {
        CheckedForm(
            pairs
                .iter()
                .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
                .collect(),
        )
    }

    /// Whether the form has a field of that name at all, even blank.
    pub fn has(&self, name: &str) -> bool {
        self.0.iter().any(|(field, _)| field == name)
    }

    /// The first value of `name`, or `""`.
    pub fn text(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(field, _)| field == name)
            .map_or("", |(_, value)| value.as_str())
    }

    /// The value of `name`, trimmed, or `None` when it is missing or blank.
    pub fn optional(&self, name: &str) -> Option<&str> {
        Some(self.text(name).trim()).filter(|value| !value.is_empty())
    }

    /// Every value of a repeated field (checkboxes).
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(field, _)| field == name)
            .map(|(_, value)| value.as_str())
            .collect()
    }

    /// Every pair but the token, for re-rendering a form with what was typed.
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0
            .iter()
            .filter(|(name, _)| name != CSRF_FIELD)
            .map(|(name, value)| (name.as_str(), value.as_str()))
    }
}

/// A file of an uploaded form: the name the browser gave it and its content.
#[derive(Debug)]
pub struct UploadedFile {
    /// The form field it came in.
    pub field: String,
    /// The file's name as sent (the domain cleans it).
    pub file_name: String,
    /// The content, received into a temporary file (never whole in memory).
    pub file: domain::files::StagedFile,
}

/// A posted `multipart/form-data` form whose CSRF token (the `csrf_token` field) has been checked: a
/// forged upload is refused with 403 before its files reach a handler, so nothing can be stored. A body
/// that is not readable multipart has no token either and is refused the same way.
#[derive(Debug)]
pub struct CheckedUpload {
    form: CheckedForm,
    files: Vec<UploadedFile>,
}

impl<'a> FromRequest<'a> for CheckedUpload {
    async fn from_request(req: &'a Request, body: &mut RequestBody) -> poem::Result<Self> {
        let visitor = <&Visitor>::from_request(req, body).await?;
        if let Some(too_large) = req.extensions().get::<BodyTooLarge>() {
            return Err(PageError::TooLarge(too_large.limit).into());
        }
        let mut multipart = Multipart::from_request(req, body)
            .await
            .map_err(|_| PageError::Csrf)?;
        let mut fields = Vec::new();
        let mut files = Vec::new();
        while let Some(field) = multipart.next_field().await.map_err(|_| PageError::Csrf)? {
            let name = field.name().unwrap_or_default().to_owned();
            match field.file_name().map(str::to_owned) {
                Some(file_name) => {
                    let file = domain::files::StagedFile::receive(field.into_async_read())
                        .await
                        .map_err(|_| PageError::Csrf)?;
                    files.push(UploadedFile {
                        field: name,
                        file_name,
                        file,
                    });
                }
                None => {
                    let value = field.text().await.map_err(|_| PageError::Csrf)?;
                    fields.push((name, value));
                }
            }
        }
        let form = CheckedForm(fields);
        if !tokens_match(visitor.expected_csrf_token(), form.text(CSRF_FIELD)) {
            return Err(PageError::Csrf.into());
        }
        Ok(CheckedUpload { form, files })
    }
}

impl CheckedUpload {
    /// The form's text fields.
    pub fn form(&self) -> &CheckedForm {
        &self.form
    }

    /// The first file sent in `field` with a name or some content (a browser sends an empty, unnamed part
    /// when no file was chosen).
    pub fn file(&self, field: &str) -> Option<&UploadedFile> {
        self.files.iter().find(|file| {
            file.field == field && !(file.file_name.is_empty() && file.file.is_empty())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_must_match_exactly_and_never_when_empty() {
        let token = new_token();
        assert!(is_well_formed(&token));
        assert!(tokens_match(&token, &token.clone()));
        assert!(!tokens_match(&token, &new_token()));
        assert!(!tokens_match(&token, &token[..63]));
        assert!(!tokens_match(&token, ""));
        assert!(!tokens_match("", ""));
    }

    #[test]
    fn only_our_own_token_format_is_accepted_from_the_cookie() {
        assert!(!is_well_formed("abc"));
        assert!(!is_well_formed(&"g".repeat(64)));
        assert!(is_well_formed(&"a1".repeat(32)));
    }

    #[test]
    fn repeated_fields_keep_every_value() {
        let form = CheckedForm::from_pairs(&[
            ("csrf_token", "x"),
            ("roles", "admin"),
            ("roles", "manager"),
            ("name", "  "),
        ]);
        assert_eq!(form.all("roles"), ["admin", "manager"]);
        assert_eq!(form.optional("name"), None);
        assert_eq!(form.text("missing"), "");
        assert!(form.pairs().all(|(name, _)| name != CSRF_FIELD));
    }
}
