//! The end-to-end test harness: [`spawn_app`] starts the real Convoca server on port 0 with a fresh
//! database (a new SQLite file, or a new PostgreSQL database when `TEST_DATABASE_URL` is set), and the
//! helpers below create the users, organisations and tokens that tests start from; [`html`] reads the
//! HTML pages and submits their forms as a browser would.

pub mod html;
pub mod projects;
pub mod reviewing;
pub mod selection;
pub mod smtp;

use std::time::Duration;

use domain::accounts::{self, LoginPolicy, NewUserInput, SignUpInput, User};
use domain::organisations::{Organisation, OrganisationInput};
use domain::{Actor, DatabaseConnection, Role};
use sea_orm::{ConnectionTrait, Database};
use uuid::Uuid;

/// The password of every user the harness creates.
pub const TEST_PASSWORD: &str = "correct horse battery staple";

/// A running Convoca server and a handle on its database.
pub struct TestApp {
    /// `http://127.0.0.1:<port>`.
    pub address: String,
    /// The server's database, for arranging and asserting.
    pub db: DatabaseConnection,
    /// A client with a cookie store that does not follow redirects.
    pub client: reqwest::Client,
    /// The server's clock: `app.clock.set(Some(t))` stops it at `t`.
    pub clock: domain::clock::Clock,
    /// The server's attachment store (a fresh directory per test).
    pub files: domain::applications::FileStore,
    /// The server's optimiser, whose count of searches shows when a board view reused the cached optimum.
    pub optimiser: domain::selection::optimum::Optimiser,
}

/// A login policy for tests: the same limits as production, without the waiting.
pub fn test_login_policy() -> LoginPolicy {
    LoginPolicy {
        delay_per_failure: Duration::from_millis(1),
        max_delay: Duration::from_millis(5),
        ..LoginPolicy::default()
    }
}

/// Starts Convoca with a fresh database and the test login policy.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(test_login_policy()).await
}

/// Starts Convoca with a fresh database and the given login policy.
pub async fn spawn_app_with(login_policy: LoginPolicy) -> TestApp {
    spawn_app_configured(|settings| settings.login_policy = login_policy).await
}

/// Starts Convoca with a fresh database, the test login policy, and settings changed by `configure`.
pub async fn spawn_app_configured(configure: impl FnOnce(&mut api::Settings)) -> TestApp {
    let database_url = fresh_database_url().await;
    let mut settings = api::Settings {
        database_url,
        login_policy: test_login_policy(),
        data_dir: std::env::temp_dir()
            .join(format!("convoca-test-data-{}", Uuid::new_v4().simple())),
        ..api::Settings::default()
    };
    configure(&mut settings);
    let clock = settings.clock.clone();
    let optimiser = settings.optimiser.clone();
    // The server and the test share one store handle: the local default unless `configure` set one.
    let files = match &settings.files {
        Some(files) => files.clone(),
        None => {
            domain::files::FileStore::local(&settings.data_dir).expect("the test data directory")
        }
    };
    settings.files = Some(files.clone());
    let db = api::prepare_database(&settings.database_url)
        .await
        .expect("the test database opens and migrates");
    let listener = poem::listener::TcpListener::bind("127.0.0.1:0");
    let acceptor = poem::listener::Listener::into_acceptor(listener)
        .await
        .expect("port 0 binds");
    let port = poem::listener::Acceptor::local_addr(&acceptor)[0]
        .as_socket_addr()
        .expect("a TCP address")
        .port();
    let app = api::build_app(db.clone(), &settings);
    tokio::spawn(async move {
        poem::Server::new_with_acceptor(acceptor)
            .run(app)
            .await
            .expect("the test server runs");
    });
    TestApp {
        address: format!("http://127.0.0.1:{port}"),
        db,
        client: new_client(),
        clock,
        files,
        optimiser,
    }
}

/// A client with its own cookie store that does not follow redirects (tests assert on them).
pub fn new_client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("a reqwest client")
}

/// A fresh, empty database: a temporary SQLite file, or a new database on `TEST_DATABASE_URL`'s server.
async fn fresh_database_url() -> String {
    let name = format!("convoca_test_{}", Uuid::new_v4().simple());
    match std::env::var("TEST_DATABASE_URL") {
        Ok(base) if base.starts_with("postgres") => {
            let admin = Database::connect(base.as_str())
                .await
                .expect("TEST_DATABASE_URL is reachable");
            admin
                .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                .await
                .expect("a test database can be created");
            admin.close().await.ok();
            replace_database_name(&base, &name)
        }
        _ => {
            let path = std::env::temp_dir().join(format!("{name}.db"));
            format!("sqlite://{}?mode=rwc", path.display())
        }
    }
}

/// `postgres://user@host:5432/test?x=y` with `test` replaced by `name`.
fn replace_database_name(url: &str, name: &str) -> String {
    let (without_query, query) = match url.split_once('?') {
        Some((base, query)) => (base, format!("?{query}")),
        None => (url, String::new()),
    };
    let server = match without_query.rfind('/') {
        Some(slash) if slash > "postgres://".len() => &without_query[..slash],
        _ => without_query,
    };
    format!("{server}/{name}{query}")
}

impl TestApp {
    /// The absolute URL of `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// Signs up a municipality with its first applicant user, as the public sign-up does.
    pub async fn sign_up_municipality(&self, name: &str, email: &str) -> (Organisation, User) {
        let signed_up = accounts::sign_up(
            &self.db,
            &SignUpInput {
                organisation: OrganisationInput {
                    name: name.to_owned(),
                    kind: "municipality".into(),
                    country: "TN".into(),
                    subdivision: Some("TN-11".into()),
                    population: Some(90_000),
                    ..Default::default()
                },
                name: format!("Staff of {name}"),
                email: email.to_owned(),
                password: TEST_PASSWORD.to_owned(),
                language: Default::default(),
            },
        )
        .await
        .expect("sign-up succeeds");
        (signed_up.organisation, signed_up.user)
    }

    /// Creates a user with the given roles (and organisation), as an admin would.
    pub async fn create_user(
        &self,
        email: &str,
        roles: &[Role],
        organisation_id: Option<Uuid>,
    ) -> User {
        accounts::users::create_from_command_line(
            &self.db,
            &NewUserInput {
                email: email.to_owned(),
                name: email.split('@').next().unwrap_or(email).to_owned(),
                password: TEST_PASSWORD.to_owned(),
                roles: roles.iter().map(|r| r.as_str().to_owned()).collect(),
                organisation_id,
            },
        )
        .await
        .expect("the user is created")
    }

    /// The actor for a user, for calling services directly.
    pub fn actor(user: &User) -> Actor {
        Actor {
            user_id: user.id,
            email: user.email.clone(),
            name: user.name.clone(),
            organisation_id: user.organisation_id,
            roles: user.roles.clone(),
        }
    }

    /// An API token for a user.
    pub async fn token_for(&self, user: &User) -> String {
        accounts::tokens::create(&self.db, &Self::actor(user), "test")
            .await
            .expect("a token is created")
            .1
    }

    /// A new user with `roles` and a token for them: the usual start of an API test.
    pub async fn user_with_token(&self, email: &str, roles: &[Role]) -> (User, String) {
        let user = self.create_user(email, roles, None).await;
        let token = self.token_for(&user).await;
        (user, token)
    }

    /// Sends a JSON API request (`path` below `/api/v1`) with an optional bearer token and body; returns the
    /// status, the content type and the parsed body (`Null` when empty or not JSON).
    pub async fn api(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<serde_json::Value>,
    ) -> ApiResponse {
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("an HTTP method");
        let mut request = self
            .client
            .request(method, self.url(&format!("/api/v1{path}")));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.expect("the server answers");
        ApiResponse::read(response).await
    }

    /// A national agency and a programme it runs, created by `manager` (who must hold the manager role).
    pub async fn programme(
        &self,
        manager: &User,
        name: &str,
        country: &str,
        currency: &str,
    ) -> domain::programmes::Programme {
        let actor = Self::actor(manager);
        let agency_name = format!("Agency of {name}");
        // A second programme of the same name (a test's next cycle) belongs to the agency already registered.
        let registered = domain::organisations::list(
            &self.db,
            &actor,
            &domain::organisations::OrganisationFilter {
                country: Some(country.to_owned()),
                search: Some(agency_name.clone()),
                ..Default::default()
            },
            domain::PageRequest::default(),
        )
        .await
        .expect("organisations are listed")
        .items
        .into_iter()
        .find(|o| o.name == agency_name);
        let agency = match registered {
            Some(agency) => agency,
            None => domain::organisations::create(
                &self.db,
                &actor,
                &OrganisationInput {
                    name: agency_name,
                    kind: "national_agency".into(),
                    country: country.to_owned(),
                    ..Default::default()
                },
            )
            .await
            .expect("the agency is created"),
        };
        domain::programmes::create(
            &self.db,
            &actor,
            &domain::programmes::ProgrammeInput {
                name: name.to_owned(),
                description: format!("{name}, a national programme"),
                agency_id: agency.id,
                currency: currency.to_owned(),
                reporting_cadence_months: 6,
                content_languages: Vec::new(),
            },
        )
        .await
        .expect("the programme is created")
    }

    /// A draft call of `programme` closing in 30 days, with one criterion, created by `manager`.
    pub async fn draft_call(
        &self,
        manager: &User,
        programme: &domain::programmes::Programme,
        code: &str,
    ) -> domain::calls::service::CallView {
        let actor = Self::actor(manager);
        let now = chrono::Utc::now();
        let call = domain::calls::service::create(
            &self.db,
            &actor,
            programme.id,
            &domain::calls::details::CallDetailsInput {
                code: code.to_owned(),
                title: format!("{} call", programme.name),
                description: "A call for proposals.".into(),
                opens_at: now - chrono::Duration::days(1),
                closes_at: now + chrono::Duration::days(30),
                time_zone: "UTC".into(),
                total_budget: "100000".into(),
                min_award: "1000".into(),
                max_award: "20000".into(),
                max_awards: 5,
                min_reviews: 2,
                min_total_score: None,
                tie_break: vec![],
                quotas: vec![],
                reporting_cadence_months: None,
            },
        )
        .await
        .expect("the call is created");
        domain::calls::service::replace_criteria(
            &self.db,
            &actor,
            call.call.id,
            call.call.version,
            &[domain::calls::criteria::CriterionInput {
                title: "Quality".into(),
                guidance: String::new(),
                weight: "1".into(),
                max_score: 5,
                min_score: None,
            }],
        )
        .await
        .expect("the criteria are set")
    }

    /// An open call of `programme` (opened a day ago, closing in 30 days) with the given questions and
    /// eligibility rules, created and opened by `manager`.
    pub async fn open_call(
        &self,
        manager: &User,
        programme: &domain::programmes::Programme,
        code: &str,
        questions: &[domain::calls::questions::QuestionInput],
        rules: &[domain::calls::EligibilityRule],
    ) -> domain::calls::service::CallView {
        use domain::calls::service;
        let actor = Self::actor(manager);
        let call = self.draft_call(manager, programme, code).await;
        let call = service::replace_questions(
            &self.db,
            &actor,
            call.call.id,
            call.call.version,
            questions,
        )
        .await
        .expect("the questions are set");
        let call =
            service::replace_eligibility(&self.db, &actor, call.call.id, call.call.version, rules)
                .await
                .expect("the eligibility rules are set");
        service::act(
            &self.db,
            &actor,
            call.call.id,
            call.call.version,
            domain::calls::CallAction::Open,
        )
        .await
        .expect("the call opens")
    }

    /// Uploads a file as `multipart/form-data` to `path` (below `/api/v1`), with an optional question.
    pub async fn upload(
        &self,
        path: &str,
        token: Option<&str>,
        file_name: &str,
        bytes: Vec<u8>,
        question_id: Option<Uuid>,
    ) -> ApiResponse {
        let part = reqwest::multipart::Part::bytes(bytes).file_name(file_name.to_owned());
        let mut form = reqwest::multipart::Form::new().part("file", part);
        if let Some(question_id) = question_id {
            form = form.text("question_id", question_id.to_string());
        }
        let mut request = self
            .client
            .post(self.url(&format!("/api/v1{path}")))
            .multipart(form);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        ApiResponse::read(request.send().await.expect("the server answers")).await
    }

    /// How many audit entries there are, to prove that refused requests wrote nothing.
    pub async fn audit_count(&self) -> u64 {
        use sea_orm::{EntityTrait, PaginatorTrait};
        domain::audit::entity::Entity::find()
            .count(&self.db)
            .await
            .expect("the audit log is readable")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_database_name_is_replaced_in_postgres_urls() {
        assert_eq!(
            replace_database_name("postgres://postgres@127.0.0.1:5432/test", "x"),
            "postgres://postgres@127.0.0.1:5432/x"
        );
        assert_eq!(
            replace_database_name(
                "postgres://postgres@127.0.0.1:5432/test?sslmode=disable",
                "x"
            ),
            "postgres://postgres@127.0.0.1:5432/x?sslmode=disable"
        );
        assert_eq!(
            replace_database_name("postgres://postgres@127.0.0.1:5432", "x"),
            "postgres://postgres@127.0.0.1:5432/x"
        );
    }
}

/// What the API answered.
#[derive(Debug)]
pub struct ApiResponse {
    /// HTTP status.
    pub status: u16,
    /// The `Content-Type` header.
    pub content_type: String,
    /// Response headers.
    pub headers: reqwest::header::HeaderMap,
    /// The body as JSON (`Null` when empty or not JSON).
    pub body: serde_json::Value,
}

impl ApiResponse {
    /// Reads a response.
    pub async fn read(response: reqwest::Response) -> Self {
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let content_type = headers
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let text = response.text().await.unwrap_or_default();
        let body = serde_json::from_str(&text).unwrap_or(serde_json::Value::Null);
        ApiResponse {
            status,
            content_type,
            headers,
            body,
        }
    }

    /// Asserts the response is a problem document with this status and returns its `type`.
    pub fn problem(&self, status: u16) -> String {
        assert_eq!(
            self.status, status,
            "unexpected status; body: {}",
            self.body
        );
        assert_eq!(
            self.content_type, "application/problem+json",
            "not a problem document: {}",
            self.body
        );
        assert_eq!(self.body["status"], status);
        self.body["type"].as_str().unwrap_or_default().to_owned()
    }

    /// The fields named in a validation problem.
    pub fn error_fields(&self) -> Vec<String> {
        self.body["errors"]
            .as_array()
            .map(|errors| {
                errors
                    .iter()
                    .filter_map(|e| e["field"].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }
}
