//! The Convoca server: settings, the JSON API under `/api/v1` (poem-openapi, one impl per tag), RFC 9457
//! problem responses, bearer-token and session-cookie authentication, health checks, and the HTML UI from
//! `web` mounted at `/`.
//!
//! Handlers are thin: they turn a request into a domain command, call the service, and map the result or the
//! `domain::Error` to a response. No business rule lives here.

mod accounts;
mod applications;
mod assignments;
mod audit;
mod auth;
pub mod backup;
mod calls;
mod committee;
mod docs;
mod exchanges;
pub mod mail;
mod notifications;
mod organisations;
mod problem;
mod programmes;
mod projects;
mod reviews;
mod schema;
mod selection;
mod spec;
pub mod store;
mod strict;
mod uploads;

use std::time::Duration;

use domain::DatabaseConnection;
use domain::accounts::LoginPolicy;
use migrations::{Migrator, MigratorTrait};
use poem::endpoint::BoxEndpoint;
use poem::http::StatusCode;
use poem::middleware::CatchPanic;
use poem::web::Data;
use poem::{EndpointExt, Route, handler};
use poem_openapi::OpenApiService;

pub use problem::Problem;

/// Where uploaded files are kept unless configured otherwise.
pub const DEFAULT_DATA_DIR: &str = "convoca-data";

/// The largest request body accepted; larger ones get 413.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// The largest upload body: one attachment of 10 MiB plus the multipart framing and form fields.
pub const MAX_UPLOAD_BYTES: usize = domain::applications::files::MAX_ATTACHMENT_BYTES + 64 * 1024;

/// The body limit of a path: attachment uploads (API and web forms) get [`MAX_UPLOAD_BYTES`], everything
/// else [`MAX_BODY_BYTES`]. The domain still refuses any file over 10 MiB.
pub fn body_limit(path: &str) -> usize {
    let uploads = [
        "/api/v1/applications/",
        "/applications/",
        "/api/v1/milestones/",
        "/projects/",
    ];
    if uploads.iter().any(|prefix| path.starts_with(prefix)) && path.ends_with("/attachments") {
        MAX_UPLOAD_BYTES
    } else {
        MAX_BODY_BYTES
    }
}

/// How the server runs. Built from flags and environment by the binary, or directly by tests.
#[derive(Debug, Clone)]
pub struct Settings {
    /// `sqlite://...` or `postgres://...`.
    pub database_url: String,
    /// Address to listen on.
    pub bind: String,
    /// Mark cookies `Secure` (set when served over HTTPS).
    pub secure_cookies: bool,
    /// Send `Strict-Transport-Security` (set when served over HTTPS only), so that browsers never use
    /// plain HTTP for this site again.
    pub hsts: bool,
    /// How sign-ins are throttled and how long sessions last.
    pub login_policy: LoginPolicy,
    /// The time services see (the system clock, except in tests).
    pub clock: domain::clock::Clock,
    /// Where uploaded files are kept (attachments go to `data_dir/attachments`).
    pub data_dir: std::path::PathBuf,
    /// The attachment store, opened by the caller (an S3 bucket, say); `None` is the local store under
    /// `data_dir`.
    pub files: Option<domain::files::FileStore>,
    /// Searches and caches the selection board's optimised selection (its time budget is set here).
    pub optimiser: domain::selection::optimum::Optimiser,
    /// How public pages and public JSON are cached (see `web::public_cache`).
    pub public_cache: web::CacheSettings,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            database_url: domain::db::DEFAULT_DATABASE_URL.to_owned(),
            bind: "127.0.0.1:8080".to_owned(),
            secure_cookies: false,
            hsts: false,
            login_policy: LoginPolicy::default(),
            clock: domain::clock::Clock::system(),
            data_dir: std::path::PathBuf::from(DEFAULT_DATA_DIR),
            files: None,
            optimiser: domain::selection::optimum::Optimiser::default(),
            public_cache: web::CacheSettings::default(),
        }
    }
}

/// State shared by every API handler.
#[derive(Clone)]
pub struct AppState {
    /// The database pool.
    pub db: DatabaseConnection,
    /// How sign-ins are throttled.
    pub login_policy: LoginPolicy,
    /// The time services see.
    pub clock: domain::clock::Clock,
    /// Where attachments are stored.
    pub files: domain::applications::FileStore,
    /// The selection board's optimised selection, cached per call.
    pub optimiser: domain::selection::optimum::Optimiser,
}

/// Opens the database and applies every pending migration.
pub async fn prepare_database(url: &str) -> anyhow::Result<DatabaseConnection> {
    let db = domain::db::connect(url).await?;
    // Servers started together on one PostgreSQL database migrate one after the other.
    let lock = domain::db::migration_lock(&db).await?;
    Migrator::up(&db, None).await?;
    if let Some(lock) = lock {
        lock.commit().await?;
    }
    Ok(db)
}

/// The URL without its password, for messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

/// Every tag's endpoints, in the order the documentation lists them.
type Apis = (
    accounts::AccountsApi,
    organisations::OrganisationsApi,
    audit::AuditApi,
    programmes::ProgrammesApi,
    calls::CallsApi,
    applications::ApplicationsApi,
    committee::CommitteeApi,
    assignments::AssignmentsApi,
    reviews::ReviewsApi,
    selection::SelectionApi,
    projects::ProjectsApi,
    projects::OpenDataApi,
    exchanges::ExchangesApi,
    notifications::NotificationsApi,
);

/// The OpenAPI service with every tag's endpoints.
pub fn api_service() -> OpenApiService<Apis, ()> {
    OpenApiService::new(
        (
            accounts::AccountsApi,
            organisations::OrganisationsApi,
            audit::AuditApi,
            programmes::ProgrammesApi,
            calls::CallsApi,
            applications::ApplicationsApi,
            committee::CommitteeApi,
            assignments::AssignmentsApi,
            reviews::ReviewsApi,
            selection::SelectionApi,
            projects::ProjectsApi,
            projects::OpenDataApi,
            exchanges::ExchangesApi,
            notifications::NotificationsApi,
        ),
        "Convoca",
        env!("CARGO_PKG_VERSION"),
    )
    .description(
        "Competitive calls for proposals between national programmes and local governments. \
         Errors are RFC 9457 problem documents (application/problem+json).",
    )
    .server("/api/v1")
}

/// The OpenAPI document as JSON, as served at `/api/openapi.json` (poem-openapi's, completed by
/// [`spec`]).
pub fn openapi_json() -> String {
    spec::json()
}

/// The whole application: API, docs, health checks and the HTML UI.
pub fn build_app(db: DatabaseConnection, settings: &Settings) -> BoxEndpoint<'static> {
    let service = api_service();
    // Swagger UI shows the served document (completed by `spec`), not poem-openapi's own.
    let docs = docs::endpoint(service.swagger_ui_html().replacen(
        &service.spec(),
        &openapi_json(),
        1,
    ));
    // The binary opens the store first and reports a bad setting; here the local default cannot fail but
    // for a data directory that cannot be created.
    let files = settings.files.clone().unwrap_or_else(|| {
        domain::files::FileStore::local(&settings.data_dir)
            .expect("the data directory can be created")
    });
    let state = AppState {
        db: db.clone(),
        login_policy: settings.login_policy.clone(),
        clock: settings.clock.clone(),
        files: files.clone(),
        optimiser: settings.optimiser.clone(),
    };
    let public_cache = web::PublicCache::new(settings.public_cache.clone(), settings.clock.clone());
    public_cache.watch(db.clone());
    let web = web::routes(web::WebState {
        db,
        login_policy: settings.login_policy.clone(),
        secure_cookies: settings.secure_cookies,
        clock: settings.clock.clone(),
        files,
        optimiser: settings.optimiser.clone(),
    });
    let api = Route::new()
        .nest("/v1", service)
        .at("/openapi.json", openapi_document)
        .nest("/docs", docs);
    Route::new()
        .at("/healthz", healthz)
        .at("/readyz", readyz)
        .nest("/api", problem::ProblemEndpoint::wrap(api))
        .nest("/", web)
        // Anonymous reads of public pages and JSON; every write, web or API, invalidates it.
        .with(public_cache)
        .with(CatchPanic::new())
        // Every response, API and panics included: browsers must never guess another type.
        .with(
            poem::middleware::SetHeader::new()
                .overriding(poem::http::header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        )
        .with_if(
            settings.hsts,
            poem::middleware::SetHeader::new()
                .overriding(poem::http::header::STRICT_TRANSPORT_SECURITY, HSTS),
        )
        // Also writes the access log: one line per request (poem's own tracing writes several).
        .with(problem::RequestIdMiddleware)
        .data(state)
        .boxed()
}

/// The `Strict-Transport-Security` value sent with `--hsts`: one year, subdomains included.
pub const HSTS: &str = "max-age=31536000; includeSubDomains";

/// The OpenAPI document.
#[handler]
fn openapi_document() -> poem::Response {
    poem::Response::builder()
        .content_type("application/json; charset=utf-8")
        .body(openapi_json())
}

/// The process is up.
#[handler]
fn healthz() -> &'static str {
    "ok"
}

/// The database answers.
#[handler]
async fn readyz(Data(state): Data<&AppState>) -> (StatusCode, &'static str) {
    let ready = tokio::time::timeout(Duration::from_secs(3), domain::db::is_ready(&state.db))
        .await
        .unwrap_or(false);
    if ready {
        (StatusCode::OK, "ready")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unreachable")
    }
}
