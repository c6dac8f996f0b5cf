//! The OpenAPI document as served at `/api/openapi.json`: poem-openapi's document, completed where its derive
//! cannot state what the server really does. It is computed once, and [`crate::strict`] checks request bodies
//! against this very document, so that what the spec says and what the server accepts cannot drift apart.
//!
//! What is added, each by one rule over the whole document:
//! - an optional property without a default is `nullable`: responses write `null` for an absent value, and
//!   requests may send `null` for "not given" (a property with a default refuses `null`);
//! - every string of a request body that is free text (no format, no enum) has a `pattern` refusing control
//!   characters; the fields listed in [`MULTILINE_FIELDS`] may also hold newlines, carriage returns and tabs;
//!   a date of a request body has the pattern of `YYYY-MM-DD`;
//! - every operation with a request body documents 415 (a body that is not JSON, or no `Content-Type`);
//! - every `GET` that answers without credentials documents the public cache's validators (`ETag`,
//!   `Last-Modified`) and its 304 (see `web::public_cache`).

use std::collections::BTreeSet;
use std::sync::OnceLock;

use serde_json::{Map, Value, json};

/// A single line: no control character at all.
pub const SINGLE_LINE: &str = "^[^\\u0000-\\u001f\\u007f]*$";

/// Multi-line text: no control character except tab, newline and carriage return.
pub const MULTI_LINE: &str = "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$";

/// A calendar date, `2027-01-31`.
pub const DATE: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

/// Request properties that hold free, multi-line text (descriptions, plans, comments, reasons, a CSV file, a
/// call's translated texts).
/// Every other text property of a request is a single line.
pub const MULTILINE_FIELDS: &[&str] = &[
    "agenda",
    "comment",
    "csv",
    "description",
    "evidence",
    "guidance",
    "justification",
    "lessons",
    "narrative",
    "note",
    "notes",
    "objectives",
    "overall_comment",
    "participation_plan",
    "problem",
    "rationale",
    "reason",
    "summary",
    "texts",
    "to_replicate",
    "value",
    "what_did_not",
    "what_worked",
];

/// The document as served, parsed.
pub fn document() -> &'static Value {
    static DOCUMENT: OnceLock<Value> = OnceLock::new();
    DOCUMENT.get_or_init(|| {
        let raw = crate::api_service().spec();
        let document = serde_json::from_str(&raw).unwrap_or(Value::Null);
        complete(document)
    })
}

/// The document as served, as text.
pub fn json() -> String {
    serde_json::to_string_pretty(document()).unwrap_or_default()
}

/// The schema of a component, e.g. `OrganisationIn`.
pub fn component(name: &str) -> Option<&'static Value> {
    document().pointer(&format!("/components/schemas/{}", escape_pointer(name)))
}

fn escape_pointer(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}

/// The name of the component a `$ref` points to.
pub fn reference(schema: &Value) -> Option<&str> {
    schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
}

fn complete(mut document: Value) -> Value {
    let inputs = request_components(&document);
    if let Some(schemas) = document
        .pointer_mut("/components/schemas")
        .and_then(Value::as_object_mut)
    {
        for (name, schema) in schemas.iter_mut() {
            nullable_optionals(schema);
            if inputs.contains(name) {
                text_patterns(schema);
            }
        }
    }
    document_415(&mut document);
    document_public_cache(&mut document);
    document
}

/// Marks every optional property without a default as nullable.
fn nullable_optionals(schema: &mut Value) {
    let required: BTreeSet<String> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| {
            r.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    let Some(properties) = schema.get_mut("properties").and_then(Value::as_object_mut) else {
        return;
    };
    for (name, property) in properties.iter_mut() {
        if required.contains(name) || property.get("default").is_some() {
            continue;
        }
        if property.get("$ref").is_some() {
            // OpenAPI 3.0 ignores siblings of `$ref`: wrap it.
            *property = json!({ "allOf": [property.take()] });
        }
        if let Some(property) = property.as_object_mut() {
            property.insert("nullable".into(), Value::Bool(true));
        }
    }
}

/// Adds the control-character pattern to every free-text property (and free-text array item) of a request
/// schema.
fn text_patterns(schema: &mut Value) {
    let Some(properties) = schema.get_mut("properties").and_then(Value::as_object_mut) else {
        return;
    };
    for (name, property) in properties.iter_mut() {
        let pattern = if MULTILINE_FIELDS.contains(&name.as_str()) {
            MULTI_LINE
        } else {
            SINGLE_LINE
        };
        if let Some(property) = property.as_object_mut() {
            add_pattern(property, pattern);
            if let Some(items) = property.get_mut("items").and_then(Value::as_object_mut) {
                add_pattern(items, pattern);
            }
            // A map's values (a call's texts by field) are text too.
            if let Some(values) = property
                .get_mut("additionalProperties")
                .and_then(Value::as_object_mut)
            {
                add_pattern(values, pattern);
            }
        }
    }
}

fn add_pattern(schema: &mut Map<String, Value>, pattern: &str) {
    // `format: date` alone lets clients (and fuzzers) think an empty string is a date.
    if schema.get("format").and_then(Value::as_str) == Some("date")
        && !schema.contains_key("pattern")
    {
        schema.insert("pattern".into(), Value::String(DATE.to_owned()));
        return;
    }
    let free_text = schema.get("type").and_then(Value::as_str) == Some("string")
        && !schema.contains_key("format")
        && !schema.contains_key("enum")
        && !schema.contains_key("pattern");
    if free_text {
        schema.insert("pattern".into(), Value::String(pattern.to_owned()));
    }
}

/// The names of the components a request body may contain, transitively.
fn request_components(document: &Value) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut pending = Vec::new();
    for path in document
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|paths| paths.values())
    {
        for operation in path.as_object().into_iter().flat_map(|o| o.values()) {
            if let Some(body) = operation.get("requestBody") {
                collect_references(body, &mut pending);
            }
        }
    }
    while let Some(name) = pending.pop() {
        if found.insert(name.clone())
            && let Some(schema) =
                document.pointer(&format!("/components/schemas/{}", escape_pointer(&name)))
        {
            collect_references(schema, &mut pending);
        }
    }
    found
}

fn collect_references(value: &Value, into: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if let Some(name) = reference(value) {
                into.push(name.to_owned());
            }
            map.values().for_each(|v| collect_references(v, into));
        }
        Value::Array(items) => items.iter().for_each(|v| collect_references(v, into)),
        _ => {}
    }
}

/// poem-openapi answers 415 when a body is not JSON (or has no `Content-Type`); say so where a body is read.
fn document_415(document: &mut Value) {
    let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for operation in paths
        .values_mut()
        .filter_map(Value::as_object_mut)
        .flat_map(|path| path.values_mut())
    {
        if operation.get("requestBody").is_none() {
            continue;
        }
        if let Some(responses) = operation
            .get_mut("responses")
            .and_then(Value::as_object_mut)
        {
            responses.entry("415").or_insert_with(|| {
                json!({
                    "description": "The body is not of a media type this operation reads.",
                    "content": {
                        "application/problem+json": {
                            "schema": { "$ref": "#/components/schemas/Problem" }
                        }
                    }
                })
            });
        }
    }
}

/// A `GET` that answers a request without credentials (no security requirement, or an empty one among
/// them) is served through the public cache: its 200 then carries `ETag` and `Last-Modified`, and a
/// request whose `If-None-Match` or `If-Modified-Since` matches gets 304 with no body.
fn document_public_cache(document: &mut Value) {
    let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for operation in paths
        .values_mut()
        .filter_map(|path| path.get_mut("get"))
        .filter_map(Value::as_object_mut)
    {
        let public = operation
            .get("security")
            .and_then(Value::as_array)
            .is_none_or(|requirements| {
                requirements
                    .iter()
                    .any(|r| r.as_object().is_some_and(Map::is_empty))
            });
        if !public {
            continue;
        }
        let Some(responses) = operation
            .get_mut("responses")
            .and_then(Value::as_object_mut)
        else {
            continue;
        };
        let validators = json!({
            "ETag": {
                "description": "Sent to a request without credentials: a strong validator of the body.",
                "schema": { "type": "string" }
            },
            "Last-Modified": {
                "description": "Sent to a request without credentials: when this body was first served.",
                "schema": { "type": "string" }
            }
        });
        if let Some(ok) = responses.get_mut("200").and_then(Value::as_object_mut)
            && let Some(headers) = ok
                .entry("headers")
                .or_insert_with(|| json!({}))
                .as_object_mut()
            && let Some(validators) = validators.as_object()
        {
            for (name, header) in validators {
                headers
                    .entry(name.clone())
                    .or_insert_with(|| header.clone());
            }
        }
        responses.entry("304").or_insert_with(|| {
            json!({
                "description": "Not modified: the request had no credentials and its `If-None-Match` (or \
                                `If-Modified-Since`) matches the public response the server holds.",
                "headers": validators,
            })
        });
    }
}

/// The methods the document lists for an API path (`/api/v1/...`), for the `Allow` header of a 405.
pub fn allowed_methods(path: &str) -> Option<Vec<String>> {
    let path = path.strip_prefix("/api/v1")?;
    let segments: Vec<&str> = path.split('/').collect();
    let paths = document().get("paths")?.as_object()?;
    // A literal segment beats a parameter (`/reports/due` before `/reports/{id}`), as in the router.
    let (_, operations) = paths
        .iter()
        .filter_map(|(template, operations)| {
            let template: Vec<&str> = template.split('/').collect();
            let matches = template.len() == segments.len()
                && template.iter().zip(&segments).all(|(t, s)| {
                    t == s || (t.starts_with('{') && t.ends_with('}') && !s.is_empty())
                });
            let literals = template.iter().filter(|t| !t.starts_with('{')).count();
            matches.then_some((literals, operations))
        })
        .max_by_key(|(literals, _)| *literals)?;
    let mut methods: Vec<String> = operations
        .as_object()?
        .keys()
        .map(|m| m.to_ascii_uppercase())
        .collect();
    if methods.iter().any(|m| m == "GET") {
        methods.push("HEAD".into());
    }
    Some(methods)
}
