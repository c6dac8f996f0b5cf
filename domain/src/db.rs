//! Connecting to the database and opening write transactions that behave the same on SQLite and PostgreSQL.
//!
//! SQLite has a single writer: connections use WAL, a busy timeout and foreign keys, and write transactions
//! start IMMEDIATE so that two writers queue instead of failing half-way with "database is locked"; within one
//! process they queue on an async lock per database file before that, so the lock passes straight on.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, LazyLock, Mutex};
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
                .busy_timeout(BUSY_TIMEOUT)
                .foreign_keys(true)
        });
    Database::connect(options).await
}

/// Starts a transaction that will write. On SQLite it first waits for this process's turn to write, then
/// takes the write lock up front (IMMEDIATE).
pub async fn begin_write(db: &DatabaseConnection) -> Result<WriteTransaction, DbErr> {
    let turn = match write_turns(db) {
        // SQLite makes a writer that finds the lock taken sleep and retry, 1 ms then 2, 5, ... up to 100 ms at
        // a time: under a burst of writes most of the time went on those sleeps (a second at p99). Queueing
        // the writers here instead hands the lock on the moment it is free. A turn that does not come within
        // the busy timeout is not waited for: SQLite's own waiting takes over, as before.
        Some(turns) => tokio::time::timeout(BUSY_TIMEOUT, turns.lock_owned())
            .await
            .ok(),
        None => None,
    };
    let tx = db
        .begin_with_options(TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..Default::default()
        })
        .await?;
    Ok(WriteTransaction { tx, _turn: turn })
}

/// How long a SQLite connection waits for the write lock before failing with "database is locked".
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// The queue of writers to a SQLite database file, shared by every pool of this process that opens it; `None`
/// on PostgreSQL, which has no single writer.
fn write_turns(db: &DatabaseConnection) -> Option<Arc<tokio::sync::Mutex<()>>> {
    use sea_orm::DbBackend;
    static TURNS: LazyLock<Mutex<HashMap<PathBuf, Arc<tokio::sync::Mutex<()>>>>> =
        LazyLock::new(Default::default);
    if db.get_database_backend() != DbBackend::Sqlite {
        return None;
    }
    let file = db
        .get_sqlite_connection_pool()
        .connect_options()
        .get_filename()
        .to_path_buf();
    let mut turns = TURNS
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    Some(turns.entry(file).or_default().clone())
}

/// A transaction that will write, holding its turn to write on SQLite until it ends (committed, rolled back
/// or dropped). It is used as any connection: `&tx` runs statements.
pub struct WriteTransaction {
    // Declared first so that it ends before the turn is handed on.
    tx: DatabaseTransaction,
    _turn: Option<tokio::sync::OwnedMutexGuard<()>>,
}

impl WriteTransaction {
    /// Commits the transaction, then hands the turn on.
    pub async fn commit(self) -> Result<(), DbErr> {
        self.tx.commit().await
    }

    /// Rolls the transaction back, then hands the turn on.
    pub async fn rollback(self) -> Result<(), DbErr> {
        self.tx.rollback().await
    }
}

#[async_trait::async_trait]
impl sea_orm::ConnectionTrait for WriteTransaction {
    fn get_database_backend(&self) -> sea_orm::DbBackend {
        self.tx.get_database_backend()
    }

    async fn execute_raw(&self, stmt: sea_orm::Statement) -> Result<sea_orm::ExecResult, DbErr> {
        self.tx.execute_raw(stmt).await
    }

    async fn execute_unprepared(&self, sql: &str) -> Result<sea_orm::ExecResult, DbErr> {
        self.tx.execute_unprepared(sql).await
    }

    async fn query_one_raw(
        &self,
        stmt: sea_orm::Statement,
    ) -> Result<Option<sea_orm::QueryResult>, DbErr> {
        self.tx.query_one_raw(stmt).await
    }

    async fn query_all_raw(
        &self,
        stmt: sea_orm::Statement,
    ) -> Result<Vec<sea_orm::QueryResult>, DbErr> {
        self.tx.query_all_raw(stmt).await
    }

    fn support_returning(&self) -> bool {
        self.tx.support_returning()
    }

    fn is_mock_connection(&self) -> bool {
        self.tx.is_mock_connection()
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::ConnectionTrait;

    #[tokio::test]
    async fn writers_to_one_sqlite_file_take_turns_across_pools_and_hand_them_on_when_done() {
        let folder = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}/turns.db?mode=rwc", folder.path().display());
        let (one, two) = (connect(&url).await.unwrap(), connect(&url).await.unwrap());
        one.execute_unprepared("CREATE TABLE t (n INTEGER)")
            .await
            .unwrap();
        let turns = write_turns(&two).expect("SQLite has turns");
        let tx = begin_write(&one).await.unwrap();
        tx.execute_unprepared("INSERT INTO t VALUES (1)")
            .await
            .unwrap();
        // The other pool's writers wait for this one, whoever it is.
        assert!(turns.try_lock().is_err(), "the turn is held while writing");
        tx.commit().await.unwrap();
        assert!(turns.try_lock().is_ok(), "committing hands the turn on");
        let tx = begin_write(&two).await.unwrap();
        drop(tx);
        assert!(
            turns.try_lock().is_ok(),
            "a dropped transaction hands it on"
        );
        let other = format!("sqlite://{}/other.db?mode=rwc", folder.path().display());
        let other = connect(&other).await.unwrap();
        let tx = begin_write(&one).await.unwrap();
        assert!(
            write_turns(&other).unwrap().try_lock().is_ok(),
            "another file has its own turn"
        );
        tx.rollback().await.unwrap();
    }
}
