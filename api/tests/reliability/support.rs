//! What the reliability tests share: a fresh database (a SQLite file, or a PostgreSQL database when
//! `TEST_DATABASE_URL` is set), the real `convoca` binary started and stopped by PID, a small JSON client,
//! and a call with applicants set up through the API as a programme would.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use sea_orm::sqlx::{self, Connection, Row};
use serde_json::{Value, json};
use uuid::Uuid;

pub const PASSWORD: &str = "a long enough password";

/// A fresh, empty database and data directory, removed by [`Installation::remove`].
pub struct Installation {
    pub database_url: String,
    pub data_dir: PathBuf,
    sqlite: Option<PathBuf>,
    postgres: Option<(String, String)>,
}

impl Installation {
    pub async fn fresh() -> Installation {
        let name = format!("convoca_test_{}", Uuid::new_v4().simple());
        let data_dir = std::env::temp_dir().join(format!("{name}_data"));
        match std::env::var("TEST_DATABASE_URL") {
            Ok(base) if base.starts_with("postgres") => {
                let mut admin = sqlx::PgConnection::connect(&base)
                    .await
                    .expect("TEST_DATABASE_URL is reachable");
                sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE \"{name}\"")))
                    .execute(&mut admin)
                    .await
                    .expect("a test database can be created");
                admin.close().await.ok();
                Installation {
                    database_url: replace_database_name(&base, &name),
                    data_dir,
                    sqlite: None,
                    postgres: Some((base, name)),
                }
            }
            _ => {
                let path = std::env::temp_dir().join(format!("{name}.db"));
                Installation {
                    database_url: format!("sqlite://{}?mode=rwc", path.display()),
                    data_dir,
                    sqlite: Some(path),
                    postgres: None,
                }
            }
        }
    }

    pub fn is_postgres(&self) -> bool {
        self.postgres.is_some()
    }

    /// Removes the database and the data directory (every server on them must be stopped).
    pub async fn remove(self) {
        std::fs::remove_dir_all(&self.data_dir).ok();
        if let Some(path) = &self.sqlite {
            for suffix in ["", "-wal", "-shm"] {
                std::fs::remove_file(format!("{}{suffix}", path.display())).ok();
            }
        }
        if let Some((base, name)) = &self.postgres
            && let Ok(mut admin) = sqlx::PgConnection::connect(base).await
        {
            sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
                "DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"
            )))
            .execute(&mut admin)
            .await
            .ok();
            admin.close().await.ok();
        }
    }

    /// Checks the database as a whole: SQLite's `PRAGMA integrity_check` and `foreign_key_check`; on
    /// PostgreSQL every foreign key holds, every B-tree index matches its table (amcheck, when the server
    /// has it), and on both every row of every table is read in full. Returns how many rows there are.
    pub async fn check_integrity(&self) -> u64 {
        match &self.sqlite {
            Some(path) => check_sqlite(path).await,
            None => check_postgres(&self.database_url).await,
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

async fn check_sqlite(path: &Path) -> u64 {
    let options = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(false);
    let mut conn = sqlx::SqliteConnection::connect_with(&options)
        .await
        .expect("the SQLite database opens");
    let integrity: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&mut conn)
        .await
        .expect("integrity_check runs");
    assert_eq!(integrity, ["ok"], "PRAGMA integrity_check");
    let broken = sqlx::query("PRAGMA foreign_key_check")
        .fetch_all(&mut conn)
        .await
        .expect("foreign_key_check runs");
    assert!(
        broken.is_empty(),
        "{} rows break a foreign key",
        broken.len()
    );
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    .fetch_all(&mut conn)
    .await
    .expect("the tables are listed");
    let mut rows = 0;
    for table in tables {
        rows += sqlx::query(sqlx::AssertSqlSafe(format!("SELECT * FROM \"{table}\"")))
            .fetch_all(&mut conn)
            .await
            .unwrap_or_else(|err| panic!("every row of {table} reads: {err}"))
            .len() as u64;
    }
    conn.close().await.ok();
    rows
}

async fn check_postgres(url: &str) -> u64 {
    let mut conn = sqlx::PgConnection::connect(url)
        .await
        .expect("the PostgreSQL database opens");
    let keys = sqlx::query(
        "SELECT c.conname, c.conrelid::regclass::text, c.confrelid::regclass::text, \
                array_agg(ca.attname::text ORDER BY k.ord), array_agg(pa.attname::text ORDER BY k.ord) \
         FROM pg_constraint c \
         CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(child, parent, ord) \
         JOIN pg_attribute ca ON ca.attrelid = c.conrelid AND ca.attnum = k.child \
         JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = k.parent \
         WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace \
         GROUP BY c.conname, c.conrelid, c.confrelid",
    )
    .fetch_all(&mut conn)
    .await
    .expect("the foreign keys are listed");
    assert!(!keys.is_empty(), "the schema has foreign keys");
    for key in &keys {
        let (name, child, parent): (String, String, String) = (key.get(0), key.get(1), key.get(2));
        let (child_columns, parent_columns): (Vec<String>, Vec<String>) = (key.get(3), key.get(4));
        let present = child_columns
            .iter()
            .map(|c| format!("c.\"{c}\" IS NOT NULL"))
            .collect::<Vec<_>>()
            .join(" AND ");
        let matches = child_columns
            .iter()
            .zip(&parent_columns)
            .map(|(c, p)| format!("p.\"{p}\" = c.\"{c}\""))
            .collect::<Vec<_>>()
            .join(" AND ");
        let orphans: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT count(*) FROM {child} c WHERE {present} \
             AND NOT EXISTS (SELECT 1 FROM {parent} p WHERE {matches})"
        )))
        .fetch_one(&mut conn)
        .await
        .expect("the foreign key is checked");
        assert_eq!(orphans, 0, "rows of {child} break {name}");
    }
    let amcheck = sqlx::raw_sql("CREATE EXTENSION IF NOT EXISTS amcheck")
        .execute(&mut conn)
        .await
        .is_ok();
    if amcheck {
        sqlx::query(
            "SELECT bt_index_check(c.oid, true) FROM pg_index i \
             JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam \
             WHERE am.amname = 'btree' AND c.relnamespace = 'public'::regnamespace",
        )
        .fetch_all(&mut conn)
        .await
        .expect("every B-tree index matches its table");
    } else {
        eprintln!("amcheck is not available: indexes not checked");
    }
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public'",
    )
    .fetch_all(&mut conn)
    .await
    .expect("the tables are listed");
    let mut rows = 0;
    for table in tables {
        // Casting each row to text reads every column, out-of-line values included.
        let count: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT count(*) FROM {table} t WHERE length(t::text) >= 0"
        )))
        .fetch_one(&mut conn)
        .await
        .unwrap_or_else(|err| panic!("every row of {table} reads: {err}"));
        rows += count as u64;
    }
    conn.close().await.ok();
    rows
}

/// Runs `convoca ARGS` to the end with `stdin`.
pub fn convoca(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_convoca"))
        .args(args)
        .env("RUST_LOG", "warn")
        .env_remove("DATABASE_URL")
        .env_remove("CONVOCA_DATA_DIR")
        .env_remove("RUST_BACKTRACE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the convoca binary starts");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(stdin.as_bytes())
        .expect("stdin takes the input");
    child.wait_with_output().expect("the command finishes")
}

/// Runs `convoca ARGS` and fails the test, with its output, unless it succeeds. Returns its stdout.
pub fn convoca_ok(args: &[&str], stdin: &str) -> String {
    let output = convoca(args, stdin);
    assert!(
        output.status.success(),
        "convoca {args:?} failed: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Creates a user with the command line, as an operator would.
pub fn create_user(installation: &Installation, email: &str, role: &str) {
    convoca_ok(
        &[
            "create-user",
            "--database-url",
            &installation.database_url,
            "--email",
            email,
            "--name",
            email,
            "--role",
            role,
            "--password-stdin",
        ],
        &format!("{PASSWORD}\n"),
    );
}

/// A `convoca serve` process, killed when dropped.
pub struct Server {
    child: Child,
    pub address: String,
    log: PathBuf,
}

impl Server {
    /// Starts `convoca serve` on a free port and waits (at most a minute) until `/readyz` answers 200.
    pub async fn start(installation: &Installation) -> Server {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let bind = format!("127.0.0.1:{port}");
        let log =
            std::env::temp_dir().join(format!("convoca-serve-{}.log", Uuid::new_v4().simple()));
        let child = Command::new(env!("CARGO_BIN_EXE_convoca"))
            .args(["serve", "--bind", &bind, "--database-url"])
            .arg(&installation.database_url)
            .arg("--data-dir")
            .arg(&installation.data_dir)
            .env("RUST_LOG", "warn")
            .env_remove("RUST_BACKTRACE")
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).expect("a log file"))
            .spawn()
            .expect("convoca serve starts");
        let mut server = Server {
            child,
            address: format!("http://{bind}"),
            log,
        };
        let client = reqwest::Client::new();
        let started = Instant::now();
        loop {
            if let Ok(Some(status)) = server.child.try_wait() {
                panic!("convoca serve exited with {status}: {}", server.log_text());
            }
            let ready = client
                .get(format!("{}/readyz", server.address))
                .timeout(Duration::from_secs(2))
                .send()
                .await;
            if ready.is_ok_and(|r| r.status() == 200) {
                return server;
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "the server was not ready within a minute: {}",
                server.log_text()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// SIGKILL: the process ends at once, whatever it was doing.
    pub fn kill(&mut self) {
        self.child.kill().ok();
        self.child.wait().ok();
    }

    /// SIGTERM, then waits (at most 30 s, then SIGKILL) for a clean stop.
    pub async fn stop(&mut self) {
        Command::new("kill")
            .args(["-TERM", &self.pid().to_string()])
            .status()
            .ok();
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(30) {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        self.kill();
    }

    /// A client of this server's API.
    pub fn api(&self) -> Api {
        Api {
            http: reqwest::Client::builder()
                .timeout(Duration::from_secs(30))
                .build()
                .expect("a client"),
            base: format!("{}/api/v1", self.address),
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
        std::fs::remove_file(&self.log).ok();
    }
}

/// A JSON client of `/api/v1`.
#[derive(Clone)]
pub struct Api {
    http: reqwest::Client,
    base: String,
}

impl Api {
    /// Sends a request; `Err` when no answer came (the server is gone).
    pub async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Result<(u16, Value), reqwest::Error> {
        let mut request = self.http.request(method, format!("{}{path}", self.base));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await?;
        let status = response.status().as_u16();
        let bytes = response.bytes().await?;
        Ok((
            status,
            serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        ))
    }

    /// Sends a request that must succeed (2xx) during the arrangement of a test.
    pub async fn ok(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Value {
        let (status, body) = self
            .send(method.clone(), path, token, body)
            .await
            .unwrap_or_else(|err| panic!("{method} {path}: no answer: {err}"));
        assert!(
            (200..300).contains(&status),
            "{method} {path}: {status} {body}"
        );
        body
    }

    pub async fn token(&self, email: &str) -> String {
        let body = self
            .ok(
                reqwest::Method::POST,
                "/auth/token",
                None,
                Some(json!({"email": email, "password": PASSWORD, "name": "reliability test"})),
            )
            .await;
        body["secret"].as_str().expect("a token").to_owned()
    }

    /// Uploads a file as the `file` part of a multipart form.
    pub async fn upload(
        &self,
        path: &str,
        token: &str,
        file_name: &str,
        bytes: Vec<u8>,
    ) -> Result<(u16, Value), reqwest::Error> {
        let part = reqwest::multipart::Part::bytes(bytes).file_name(file_name.to_owned());
        let response = self
            .http
            .post(format!("{}{path}", self.base))
            .bearer_auth(token)
            .multipart(reqwest::multipart::Form::new().part("file", part))
            .send()
            .await?;
        let status = response.status().as_u16();
        let bytes = response.bytes().await?;
        Ok((
            status,
            serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        ))
    }

    /// Downloads a file.
    pub async fn download(&self, path: &str, token: &str) -> (u16, Vec<u8>) {
        let response = self
            .http
            .get(format!("{}{path}", self.base))
            .bearer_auth(token)
            .send()
            .await
            .unwrap_or_else(|err| panic!("GET {path}: no answer: {err}"));
        let status = response.status().as_u16();
        (status, response.bytes().await.expect("a body").to_vec())
    }
}

/// A municipality's user and its draft application.
#[derive(Debug, Clone)]
pub struct Applicant {
    pub token: String,
    pub application_id: String,
    pub version: i64,
}

/// An open call with `applicants` verified municipalities, each with a draft, all set up through the API by
/// `manager@programme.example` (who must exist).
pub async fn open_call_with_applicants(api: &Api, applicants: usize) -> Vec<Applicant> {
    use reqwest::Method;
    let manager = api.token("manager@programme.example").await;
    let m = Some(manager.as_str());
    let agency = api
        .ok(
            Method::POST,
            "/organisations",
            m,
            Some(json!({"name": "Ministry of Local Affairs", "kind": "national_agency", "country": "TN"})),
        )
        .await;
    let programme = api
        .ok(
            Method::POST,
            "/programmes",
            m,
            Some(json!({
                "name": "OGP Local Tunisia", "description": "Open government in municipalities.",
                "agency_id": agency["id"], "currency": "TND", "reporting_cadence_months": 6,
            })),
        )
        .await;
    let now = chrono::Utc::now();
    let call = api
        .ok(
            Method::POST,
            "/calls",
            m,
            Some(json!({
                "programme_id": programme["id"], "code": "TUN", "title": "Municipal action plans",
                "description": "A call for proposals.",
                "opens_at": (now - chrono::Duration::days(1)).to_rfc3339(),
                "closes_at": (now + chrono::Duration::days(30)).to_rfc3339(),
                "time_zone": "Africa/Tunis", "total_budget": "100000", "min_award": "1000",
                "max_award": "20000", "max_awards": 5, "min_reviews": 1,
            })),
        )
        .await;
    let call_id = call["id"].as_str().expect("a call id").to_owned();
    let call = api
        .ok(
            Method::PUT,
            &format!("/calls/{call_id}/criteria"),
            m,
            Some(json!({"version": call["version"], "criteria": [
                {"title": "Political commitment", "weight": "1", "max_score": 5}
            ]})),
        )
        .await;
    api.ok(
        Method::POST,
        &format!("/calls/{call_id}/open"),
        m,
        Some(json!({"version": call["version"]})),
    )
    .await;

    let mut out = Vec::new();
    for n in 0..applicants {
        let email = format!("staff{n}@municipality{n}.example");
        let signed_up = api
            .ok(
                Method::POST,
                "/signup",
                None,
                Some(json!({
                    "organisation": {"name": format!("Municipality {n}"), "kind": "municipality",
                        "country": "TN", "subdivision": "TN-11", "population": 50_000 + n},
                    "name": format!("Staff of municipality {n}"), "email": email, "password": PASSWORD,
                })),
            )
            .await;
        api.ok(
            Method::POST,
            &format!(
                "/organisations/{}/verify",
                signed_up["organisation"]["id"].as_str().expect("an id")
            ),
            m,
            None,
        )
        .await;
        let token = api.token(&email).await;
        let draft = api
            .ok(
                Method::POST,
                &format!("/calls/{call_id}/applications"),
                Some(&token),
                None,
            )
            .await;
        out.push(Applicant {
            token,
            application_id: draft["id"].as_str().expect("an application id").to_owned(),
            version: draft["version"].as_i64().expect("a version"),
        });
    }
    out
}

/// A complete draft whose summary says which save it is.
pub fn draft(version: i64, summary: &str) -> Value {
    json!({
        "version": version,
        "title": "Participatory budgeting in every district",
        "summary": summary,
        "problem": "Residents have no say in how the district budget is spent.",
        "objectives": "Hold a participatory budget in each district within a year.",
        "participation_plan": "Open assemblies, an online vote and a citizens' monitoring committee.",
        "budget_lines": [{"category": "staff", "description": "Facilitators", "amount": "12000"}],
    })
}

/// A small PDF whose content, and so its SHA-256, is unique to `label`.
pub fn pdf(label: &str) -> Vec<u8> {
    format!("%PDF-1.7\n% {label}\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
        .into_bytes()
}

/// The total size of the files under `path`.
pub fn size_of(path: &Path) -> u64 {
    let Ok(meta) = std::fs::metadata(path) else {
        return 0;
    };
    if meta.is_file() {
        return meta.len();
    }
    std::fs::read_dir(path)
        .map(|entries| entries.flatten().map(|e| size_of(&e.path())).sum())
        .unwrap_or(0)
}
