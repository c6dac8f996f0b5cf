//! Strict JSON request bodies. Every JSON body of the API is read as [`StrictJson`], which checks the value
//! against the served OpenAPI document ([`crate::spec`]) before poem-openapi parses it, because poem-openapi's
//! own parsing is lenient: a number or a boolean where text is expected becomes text (`12` is read as
//! `"12"`), and `null` for a property with a default becomes the default.
//!
//! Refused with 400, before any handler runs (so nothing changes):
//! - a value of another JSON type than the schema's (`12` or `true` for a string, `"5"` for an integer);
//! - `null` where the schema is not `nullable`;
//! - control characters in text (NUL included), except tab, newline and carriage return in multi-line fields.
//!
//! Bounds (`maxLength`, `maximum`, `maxItems`…) are the schema's validators, which poem-openapi checks itself
//! (400). They are the outer limits of what the API reads at all; a lower bound that the domain judges itself
//! (at least one slot, a score not below zero) is left to it, so that such mistakes come back as one 422
//! naming every field, as the domain's other rules do.

use std::ops::{Deref, DerefMut};

use poem::{FromRequest, Request, RequestBody};
use poem_openapi::error::ParseRequestPayloadError;
use poem_openapi::payload::{ParsePayload, Payload};
use poem_openapi::registry::{MetaSchemaRef, Registry};
use poem_openapi::types::{ParseFromJSON, Type};
use serde_json::Value;

use crate::spec;

/// A JSON request body, checked strictly against the OpenAPI document before it is parsed.
#[derive(Debug, Clone)]
pub struct StrictJson<T>(pub T);

impl<T> Deref for StrictJson<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> DerefMut for StrictJson<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

impl<T: Type> Payload for StrictJson<T> {
    const CONTENT_TYPE: &'static str = "application/json; charset=utf-8";

    fn check_content_type(content_type: &str) -> bool {
        <poem_openapi::payload::Json<T> as Payload>::check_content_type(content_type)
    }

    fn schema_ref() -> MetaSchemaRef {
        T::schema_ref()
    }

    fn register(registry: &mut Registry) {
        T::register(registry);
    }
}

impl<T: ParseFromJSON> ParsePayload for StrictJson<T> {
    const IS_REQUIRED: bool = T::IS_REQUIRED;

    async fn from_request(request: &Request, body: &mut RequestBody) -> poem::Result<Self> {
        let refuse = |reason: String| ParseRequestPayloadError { reason };
        let data = Vec::<u8>::from_request(request, body).await?;
        let value: Value = if data.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&data).map_err(|err| refuse(err.to_string()))?
        };
        let schema = match T::schema_ref() {
            MetaSchemaRef::Reference(name) => spec::component(&name).cloned(),
            MetaSchemaRef::Inline(_) => None,
        }
        .ok_or_else(|| refuse("this body has no schema to check it against".into()))?;
        check(&value, &schema, "body").map_err(refuse)?;
        let parsed = T::parse_from_json(Some(value)).map_err(|err| refuse(err.into_message()))?;
        Ok(StrictJson(parsed))
    }
}

poem_openapi::impl_apirequest_for_payload!(StrictJson<T>, T: ParseFromJSON);

/// Checks `value` against an OpenAPI 3.0 `schema` of the served document; the error names the first
/// offending place, e.g. `body.criteria[2].title`.
pub fn check(value: &Value, schema: &Value, at: &str) -> Result<(), String> {
    if let Some(name) = spec::reference(schema) {
        let target = spec::component(name).ok_or_else(|| format!("unknown schema {name}"))?;
        return check(value, target, at);
    }
    if value.is_null() {
        // A schema without a type (a free JSON value, such as an eligibility rule) takes null too.
        let any = ["type", "allOf", "properties"]
            .iter()
            .all(|key| schema.get(key).is_none());
        return if any || schema.get("nullable").and_then(Value::as_bool) == Some(true) {
            Ok(())
        } else {
            Err(format!("`{at}` may not be null"))
        };
    }
    for part in schema
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        check(value, part, at)?;
    }
    let expected = schema.get("type").and_then(Value::as_str).unwrap_or("");
    let fits = match (expected, value) {
        ("", _) => true,
        ("string", Value::String(text)) => {
            check_text(text, schema, at)?;
            true
        }
        ("integer", Value::Number(n)) => n.is_i64() || n.is_u64(),
        ("number", Value::Number(_)) => true,
        ("boolean", Value::Bool(_)) => true,
        ("array", Value::Array(items)) => {
            if let Some(item_schema) = schema.get("items") {
                for (i, item) in items.iter().enumerate() {
                    check(item, item_schema, &format!("{at}[{i}]"))?;
                }
            }
            true
        }
        ("object", Value::Object(fields)) => {
            let properties = schema.get("properties").and_then(Value::as_object);
            let additional = schema.get("additionalProperties").filter(|a| a.is_object());
            for (name, field) in fields {
                let field_at = format!("{at}.{name}");
                if let Some(field_schema) = properties.and_then(|p| p.get(name)).or(additional) {
                    check(field, field_schema, &field_at)?;
                }
            }
            true
        }
        _ => false,
    };
    if fits {
        Ok(())
    } else {
        Err(format!("`{at}` must be of type {expected}"))
    }
}

/// Text may hold no control character, except tab, newline and carriage return where the schema's pattern
/// is [`spec::MULTI_LINE`].
fn check_text(text: &str, schema: &Value, at: &str) -> Result<(), String> {
    let multi_line = schema.get("pattern").and_then(Value::as_str) == Some(spec::MULTI_LINE);
    let refused =
        |c: char| c.is_ascii_control() && !(multi_line && matches!(c, '\t' | '\n' | '\r'));
    if text.chars().any(refused) {
        let what = if multi_line {
            "control characters other than tab and newline"
        } else {
            "control characters (it is a single line)"
        };
        return Err(format!("`{at}` may not contain {what}"));
    }
    Ok(())
}
