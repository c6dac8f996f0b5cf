//! RFC 9457 problem responses: the one place where a `domain::Error`, or any error poem raises before a
//! handler runs (malformed JSON, a bad query parameter, a missing token, an unknown path, a body too large),
//! becomes `application/problem+json`.

use domain::{Error, Message};
use i18n::Lang;
use poem::http::{HeaderValue, StatusCode, header};
use poem::{Body, Endpoint, IntoResponse, Middleware, Request, Response};
use poem_openapi::payload::Json;
use poem_openapi::{ApiResponse, Object};
use uuid::Uuid;
use web::RequestId;

/// The media type of problem documents.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// What the request is being handled in: its language (for messages) and its id (for the logs).
#[derive(Debug, Clone, Copy)]
struct RequestContext {
    lang: Lang,
    request_id: Uuid,
}

tokio::task_local! {
    static CONTEXT: RequestContext;
}

/// The language of the request being handled (English outside a request).
pub fn request_lang() -> Lang {
    context().lang
}

fn context() -> RequestContext {
    CONTEXT.try_with(|c| *c).unwrap_or(RequestContext {
        lang: Lang::En,
        request_id: Uuid::nil(),
    })
}

/// A problem document (RFC 9457).
#[derive(Debug, Clone, Object)]
pub struct Problem {
    /// A URI reference that identifies the kind of problem, e.g. `/problems/validation`.
    #[oai(rename = "type")]
    pub problem_type: String,
    /// A short summary of the kind of problem.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What went wrong in this occurrence, for a person.
    #[oai(skip_serializing_if_is_none)]
    pub detail: Option<String>,
    /// One entry per invalid field (validation problems); absent when there is none.
    #[oai(default, skip_serializing_if_is_empty)]
    pub errors: Vec<ProblemField>,
    /// The id of the request, to quote when reporting an internal error.
    #[oai(skip_serializing_if_is_none)]
    pub request_id: Option<String>,
}

/// A problem with one field of the request.
#[derive(Debug, Clone, Object)]
pub struct ProblemField {
    /// The field, e.g. `email` or `organisation.country`.
    pub field: String,
    /// A stable code for the message (its catalog key), for clients that translate themselves.
    pub code: String,
    /// The message, in the language of `Accept-Language`.
    pub message: String,
}

/// Every error response of the API, each a problem document.
#[derive(Debug, ApiResponse)]
pub enum ApiError {
    /// The request is malformed.
    #[oai(status = 400, content_type = "application/problem+json")]
    BadRequest(Json<Problem>),
    /// No valid credentials were presented.
    #[oai(status = 401, content_type = "application/problem+json")]
    Unauthenticated(Json<Problem>),
    /// The caller may not do this.
    #[oai(status = 403, content_type = "application/problem+json")]
    Forbidden(Json<Problem>),
    /// No such resource (or the caller may not know of it).
    #[oai(status = 404, content_type = "application/problem+json")]
    NotFound(Json<Problem>),
    /// A stale version, a duplicate or a wrong state.
    #[oai(status = 409, content_type = "application/problem+json")]
    Conflict(Json<Problem>),
    /// The body is larger than the server accepts.
    #[oai(status = 413, content_type = "application/problem+json")]
    PayloadTooLarge(Json<Problem>),
    /// The request is well-formed but some fields are invalid.
    #[oai(status = 422, content_type = "application/problem+json")]
    Unprocessable(Json<Problem>),
    /// Too many attempts; retry after the given number of seconds.
    #[oai(status = 429, content_type = "application/problem+json")]
    TooManyRequests(Json<Problem>, #[oai(header = "Retry-After")] u64),
    /// Something unexpected happened; quote the request id.
    #[oai(status = 500, content_type = "application/problem+json")]
    Internal(Json<Problem>),
}

/// The result type of API handlers.
pub type ApiResult<T> = Result<T, ApiError>;

fn problem(status: StatusCode, slug: &str, title: &str, detail: Option<String>) -> Problem {
    Problem {
        problem_type: format!("/problems/{slug}"),
        title: title.to_owned(),
        status: status.as_u16(),
        detail,
        errors: Vec::new(),
        request_id: None,
    }
}

impl From<Error> for ApiError {
    fn from(err: Error) -> Self {
        let RequestContext { lang, request_id } = context();
        let text = |message: &Message| lang.message(message);
        match err {
            Error::NotFound => ApiError::NotFound(Json(problem(
                StatusCode::NOT_FOUND,
                "not-found",
                "Not found",
                None,
            ))),
            Error::Forbidden => ApiError::Forbidden(Json(problem(
                StatusCode::FORBIDDEN,
                "forbidden",
                "Forbidden",
                Some("Your roles do not allow this.".into()),
            ))),
            Error::RoleRequired(roles) => ApiError::Forbidden(Json(problem(
                StatusCode::FORBIDDEN,
                "forbidden",
                "Forbidden",
                Some(format!(
                    "Your roles do not allow this; it needs one of: {}.",
                    roles
                        .iter()
                        .map(|role| role.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            ))),
            Error::Refused(message) => ApiError::Forbidden(Json(problem(
                StatusCode::FORBIDDEN,
                "forbidden",
                "Forbidden",
                Some(text(&message)),
            ))),
            Error::Unauthenticated => ApiError::Unauthenticated(Json(problem(
                StatusCode::UNAUTHORIZED,
                "unauthenticated",
                "Authentication required",
                Some("Present a valid API token or sign in.".into()),
            ))),
            Error::Validation(errors) => {
                let mut body = problem(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "validation",
                    "Invalid request",
                    Some("Some fields are invalid; see errors.".into()),
                );
                body.errors = errors
                    .iter()
                    .map(|e| ProblemField {
                        field: e.field.clone(),
                        code: e.message.key.clone(),
                        message: text(&e.message),
                    })
                    .collect();
                ApiError::Unprocessable(Json(body))
            }
            Error::Stale => ApiError::Conflict(Json(problem(
                StatusCode::CONFLICT,
                "stale-version",
                "Conflict",
                Some(text(&Error::stale_message())),
            ))),
            Error::Conflict(message) => ApiError::Conflict(Json(problem(
                StatusCode::CONFLICT,
                "conflict",
                "Conflict",
                Some(text(&message)),
            ))),
            Error::InvalidTransition { from, to } => ApiError::Conflict(Json(problem(
                StatusCode::CONFLICT,
                "invalid-transition",
                "Invalid state transition",
                Some(format!("It is {from}; it cannot become {to}.")),
            ))),
            Error::DeadlinePassed => ApiError::Conflict(Json(problem(
                StatusCode::CONFLICT,
                "deadline-passed",
                "Deadline passed",
                Some("The deadline for this has passed.".into()),
            ))),
            Error::RateLimited { retry_after_secs } => ApiError::TooManyRequests(
                Json(problem(
                    StatusCode::TOO_MANY_REQUESTS,
                    "rate-limited",
                    "Too many attempts",
                    Some(format!("Try again in {retry_after_secs} seconds.")),
                )),
                retry_after_secs,
            ),
            Error::Internal(cause) => {
                tracing::error!(%request_id, %cause, "internal error");
                let mut body = problem(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal",
                    "Internal error",
                    Some(
                        "Something went wrong on our side. Quote the request id if you report it."
                            .into(),
                    ),
                );
                body.request_id = Some(request_id.to_string());
                ApiError::Internal(Json(body))
            }
        }
    }
}

impl ApiError {
    /// 401 with a specific explanation.
    pub fn unauthenticated(detail: &str) -> Self {
        ApiError::Unauthenticated(Json(problem(
            StatusCode::UNAUTHORIZED,
            "unauthenticated",
            "Authentication required",
            Some(detail.to_owned()),
        )))
    }

    /// 403 with a specific explanation.
    pub fn forbidden(detail: &str) -> Self {
        ApiError::Forbidden(Json(problem(
            StatusCode::FORBIDDEN,
            "forbidden",
            "Forbidden",
            Some(detail.to_owned()),
        )))
    }
}

/// The problem for a status that poem produced itself, before or around a handler.
fn problem_for_status(status: StatusCode, detail: Option<String>) -> Problem {
    let (slug, title) = match status {
        StatusCode::BAD_REQUEST => ("bad-request", "Malformed request"),
        StatusCode::UNAUTHORIZED => ("unauthenticated", "Authentication required"),
        StatusCode::FORBIDDEN => ("forbidden", "Forbidden"),
        StatusCode::NOT_FOUND => ("not-found", "Not found"),
        StatusCode::METHOD_NOT_ALLOWED => ("method-not-allowed", "Method not allowed"),
        StatusCode::PAYLOAD_TOO_LARGE => ("payload-too-large", "Request body too large"),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ("unsupported-media-type", "Unsupported media type"),
        StatusCode::LENGTH_REQUIRED => ("length-required", "Length required"),
        s if s.is_server_error() => ("internal", "Internal error"),
        _ => ("http", status.canonical_reason().unwrap_or("Error")),
    };
    problem(status, slug, title, detail)
}

/// Wraps the API so that every error response is a problem document, and runs handlers with the request's
/// language and id at hand.
pub struct ProblemEndpoint<E> {
    inner: E,
}

impl<E: Endpoint> ProblemEndpoint<E> {
    /// Wraps `inner`.
    pub fn wrap(inner: E) -> Self {
        ProblemEndpoint { inner }
    }
}

impl<E: Endpoint> Endpoint for ProblemEndpoint<E> {
    type Output = Response;

    async fn call(&self, req: Request) -> poem::Result<Response> {
        let context = RequestContext {
            lang: Lang::negotiate(req.header(header::ACCEPT_LANGUAGE)),
            request_id: req
                .extensions()
                .get::<RequestId>()
                .map_or(Uuid::nil(), |id| id.0),
        };
        let path = req.original_uri().path().to_owned();
        let mut response = match CONTEXT.scope(context, self.inner.call(req)).await {
            Ok(output) => output.into_response(),
            Err(err) => err.into_response(),
        };
        // RFC 9110: a 405 lists the methods the resource does allow.
        if response.status() == StatusCode::METHOD_NOT_ALLOWED
            && !response.headers().contains_key(header::ALLOW)
            && let Some(methods) = crate::spec::allowed_methods(&path)
            && let Ok(allow) = HeaderValue::from_str(&methods.join(", "))
        {
            response.headers_mut().insert(header::ALLOW, allow);
        }
        Ok(as_problem(response, context.request_id).await)
    }
}

fn is_problem(response: &Response) -> bool {
    response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with(PROBLEM_JSON))
}

/// Rewrites an error response that is not yet a problem document into one, keeping its status and using its
/// text as the detail.
async fn as_problem(response: Response, request_id: Uuid) -> Response {
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) || is_problem(&response) {
        return response;
    }
    let (parts, body) = response.into_parts();
    let text = body.into_string().await.unwrap_or_default();
    let mut body = if status.is_server_error() {
        tracing::error!(%request_id, status = status.as_u16(), cause = %text, "internal error");
        let mut p = problem_for_status(status, Some("Something went wrong on our side.".into()));
        p.request_id = Some(request_id.to_string());
        p
    } else {
        problem_for_status(
            status,
            Some(text.trim().to_owned()).filter(|t| !t.is_empty()),
        )
    };
    if status == StatusCode::UNAUTHORIZED {
        body.detail = Some("Present a valid API token or sign in.".into());
    }
    let mut response = Response::builder()
        .status(status)
        .content_type(PROBLEM_JSON)
        .body(serde_json::to_vec(&body.to_json()).unwrap_or_default());
    // Keep headers such as Retry-After or Allow, but not the old body's framing.
    for (name, value) in parts.headers.iter() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            response.headers_mut().insert(name.clone(), value.clone());
        }
    }
    response
}

impl Problem {
    fn to_json(&self) -> serde_json::Value {
        poem_openapi::types::ToJSON::to_json(self).unwrap_or_default()
    }
}

/// Gives every request an id and refuses bodies over [`crate::body_limit`] with 413 before any handler
/// reads them (whether or not the client announced the length).
pub struct RequestIdMiddleware;

impl<E: Endpoint> Middleware<E> for RequestIdMiddleware {
    type Output = RequestIdEndpoint<E>;

    fn transform(&self, inner: E) -> Self::Output {
        RequestIdEndpoint { inner }
    }
}

/// See [`RequestIdMiddleware`].
pub struct RequestIdEndpoint<E> {
    inner: E,
}

impl<E: Endpoint> Endpoint for RequestIdEndpoint<E> {
    type Output = Response;

    async fn call(&self, mut req: Request) -> poem::Result<Response> {
        let id = Uuid::now_v7();
        let started = std::time::Instant::now();
        let method = req.method().clone();
        let path = req.uri().path().to_owned();
        req.extensions_mut().insert(RequestId(id));
        let limit = crate::body_limit(req.uri().path());
        let too_large = if let Some(length) = req
            .header(header::CONTENT_LENGTH)
            .and_then(|v| v.parse::<usize>().ok())
        {
            length > limit
        } else if req.method().is_safe() {
            false
        } else {
            // No announced length (chunked): read at most one byte more than allowed to find out. An
            // upload goes to a temporary file rather than memory.
            let body = req.take_body();
            if limit > crate::MAX_BODY_BYTES {
                match crate::uploads::spool_limited(body, limit).await {
                    Ok(Ok(body)) => {
                        req.set_body(body);
                        false
                    }
                    Ok(Err(())) | Err(_) => true,
                }
            } else {
                match body.into_bytes_limit(limit).await {
                    Ok(bytes) => {
                        req.set_body(Body::from(bytes));
                        false
                    }
                    Err(_) => true,
                }
            }
        };
        // A web form over the limit is answered by its page, in HTML: the body is dropped and marked.
        let too_large = if too_large && !req.uri().path().starts_with("/api/") {
            req.set_body(Body::empty());
            req.extensions_mut().insert(web::BodyTooLarge { limit });
            false
        } else {
            too_large
        };
        let mut response = if too_large {
            let body = problem_for_status(
                StatusCode::PAYLOAD_TOO_LARGE,
                Some(format!("Request bodies are limited to {limit} bytes here.")),
            );
            Response::builder()
                .status(StatusCode::PAYLOAD_TOO_LARGE)
                .content_type(PROBLEM_JSON)
                .body(serde_json::to_vec(&body.to_json()).unwrap_or_default())
        } else {
            match self.inner.call(req).await {
                Ok(output) => output.into_response(),
                Err(err) => err.into_response(),
            }
        };
        if let Ok(value) = HeaderValue::from_str(&id.to_string()) {
            response.headers_mut().insert("x-request-id", value);
        }
        access_log(id, &method, &path, response.status(), started.elapsed());
        Ok(response)
    }
}

/// Where the one line per request goes (see [`access_log`]).
pub const ACCESS_LOG_TARGET: &str = "convoca::access";

/// Logs one line per request under [`ACCESS_LOG_TARGET`]: server errors at `WARN`, everything else at
/// `INFO`. The server's default filter keeps only the warnings, so a busy server does not write hundreds of
/// megabytes of log; `RUST_LOG=info` (or `convoca::access=info`) turns every line on. The query string is
/// left out: it may carry tokens.
fn access_log(
    id: Uuid,
    method: &poem::http::Method,
    path: &str,
    status: StatusCode,
    took: std::time::Duration,
) {
    let ms = took.as_secs_f64() * 1000.0;
    if status.is_server_error() {
        tracing::warn!(target: ACCESS_LOG_TARGET, request_id = %id, %method, path, status = status.as_u16(), ms);
    } else {
        tracing::info!(target: ACCESS_LOG_TARGET, request_id = %id, %method, path, status = status.as_u16(), ms);
    }
}
