//! Connecting to the database and opening write transactions that behave the same on SQLite and PostgreSQL.
//!
//! SQLite has a single writer: connections use WAL, a busy timeout and foreign keys, and write transactions
//! start IMMEDIATE so that two writers queue instead of failing half-way with "database is locked".

use std::time::Duration;

use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, Database, DatabaseConnection, DatabaseTransaction, DbErr,
    SqliteTransactionMode, TransactionOptions, TransactionTrait,
};

/// The database used when none is configured: a file beside the working directory, created on first start.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://convoca.db?mode=rwc";

/// Opens a connection pool for `url` (`sqlite://...` or `postgres://...`).
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(if url.starts_with("sqlite") { 8 } else { 16 })
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(|opts| {
            opts.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(10))
                .foreign_keys(true)
        });
    Database::connect(options).await
}

/// Starts a transaction that will write. On SQLite it takes the write lock up front (IMMEDIATE).
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
}

/// Takes the database's migration lock, held until the returned transaction ends: on PostgreSQL a
/// transaction-level advisory lock, so that of several servers starting at once on one database one applies
/// the migrations while the others wait, then find nothing pending. SQLite serves one server: no lock.
pub async fn migration_lock(db: &DatabaseConnection) -> Result<Option<DatabaseTransaction>, DbErr> {
    use sea_orm::{ConnectionTrait, DbBackend};
    if db.get_database_backend() != DbBackend::Postgres {
        return Ok(None);
    }
    let tx = db.begin().await?;
    // Any constant shared by every Convoca server; "convoca" in ASCII digits.
    tx.execute_unprepared("SELECT pg_advisory_xact_lock(99111110118111)")
        .await?;
    Ok(Some(tx))
}

/// Rows written per statement by [`insert_batches`]: 500 rows of up to 20 columns bind at most 10,000 values,
/// well within SQLite's and PostgreSQL's limits on bound parameters.
pub const WRITE_BATCH: usize = 500;

/// Inserts many rows in a few statements instead of one each, so that a large write (finalising a call)
/// holds the write lock briefly.
pub async fn insert_batches<A>(
    conn: &impl sea_orm::ConnectionTrait,
    rows: Vec<A>,
) -> Result<(), DbErr>
where
    A: sea_orm::ActiveModelTrait + Send,
{
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        <A::Entity as sea_orm::EntityTrait>::insert_many(
            rows.by_ref().take(WRITE_BATCH).collect::<Vec<_>>(),
        )
        .exec(conn)
        .await?;
    }
    Ok(())
}

/// Whether the database answers a trivial query.
pub async fn is_ready(db: &DatabaseConnection) -> bool {
    db.ping().await.is_ok()
}

/// A filter: `column` contains `text`, ignoring case. `%` and `_` in `text` match themselves.
///
/// LOWER() on both sides folds every letter on PostgreSQL but only ASCII on SQLite (no ICU), so the text as
/// typed is tried too: on SQLite "Étoile" then finds "Municipalité d'Étoile" although "ÉTOILE" does not.
pub fn contains_text(
    column: impl sea_orm::sea_query::IntoColumnRef + Clone,
    text: &str,
) -> sea_orm::sea_query::Expr {
    use sea_orm::sea_query::{Expr, ExprTrait, Func, LikeExpr};
    let pattern = |text: &str| {
        let escaped = text
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        LikeExpr::new(format!("%{escaped}%")).escape('\\')
    };
    let text = text.trim();
    Expr::expr(Func::lower(Expr::col(column.clone())))
        .like(pattern(&text.to_lowercase()))
        .or(Expr::col(column).like(pattern(text)))
}

/// A value as a JSON column stores it (lists of rules, scores, conditions).
pub(crate) fn to_json<T: serde::Serialize>(value: &T) -> crate::Result<String> {
    serde_json::to_string(value).map_err(crate::Error::caused_by)
}

/// A JSON column read back; unreadable stored data is an internal error, never the caller's.
pub(crate) fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> crate::Result<T> {
    serde_json::from_str(text).map_err(|err| crate::Error::internal(format!("stored JSON: {err}")))
}
