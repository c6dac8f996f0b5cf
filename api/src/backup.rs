//! `convoca backup` and `convoca restore`: a consistent copy of a live installation (the database and the
//! attachments under the data directory) in a folder, and that folder put back in place.
//!
//! A backup folder holds:
//! - `convoca.db` (SQLite, made with `VACUUM INTO`, a snapshot of one read transaction while the server keeps
//!   writing) or `database.pgdump` (PostgreSQL, `pg_dump --format=custom`, also one snapshot);
//! - `attachments/ab/<sha256>`, the stored files, laid out as in the data directory;
//! - `manifest.json`, written last: a folder without it is an unfinished backup and is never restored.
//!
//! Attachments are copied twice, before and after the database snapshot. A file is stored before the row
//! that names it is committed and removed only after that row is deleted, so every file that a row of the
//! snapshot names is in one of the two passes (unless it was uploaded and removed again in between, which
//! the backup then reports). This module only copies; it never changes the source installation.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Instant;

use anyhow::{Context, anyhow, bail};
use chrono::{DateTime, Utc};
use migrations::{Migrator, MigratorTrait};
use sea_orm::sqlx::{self, Connection, Row};
use serde::{Deserialize, Serialize};

/// The manifest's name in a backup folder.
pub const MANIFEST: &str = "manifest.json";
/// The SQLite copy's name in a backup folder.
pub const SQLITE_FILE: &str = "convoca.db";
/// The PostgreSQL dump's name in a backup folder.
pub const PG_DUMP_FILE: &str = "database.pgdump";
/// The attachments folder, in a backup as in the data directory.
pub const ATTACHMENTS: &str = "attachments";

/// The manifest's layout; a restore refuses any other.
const FORMAT: u32 = 1;

/// Which database a URL or a backup is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    /// An embedded SQLite file.
    Sqlite,
    /// A PostgreSQL server.
    Postgresql,
}

impl Backend {
    fn of(database_url: &str) -> anyhow::Result<Backend> {
        if database_url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if database_url.starts_with("postgres://")
            || database_url.starts_with("postgresql://")
        {
            Ok(Backend::Postgresql)
        } else {
            bail!("the database URL must start with sqlite:// or postgres://")
        }
    }

    fn database_file(self) -> &'static str {
        match self {
            Backend::Sqlite => SQLITE_FILE,
            Backend::Postgresql => PG_DUMP_FILE,
        }
    }
}

/// What a backup holds, written to `manifest.json` beside it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manifest {
    /// The layout of the backup folder (1).
    pub format: u32,
    /// The Convoca version that made it.
    pub convoca_version: String,
    /// When the database snapshot was taken.
    pub created_at: DateTime<Utc>,
    /// `sqlite` or `postgresql`.
    pub database: Backend,
    /// The database file in the folder: `convoca.db` or `database.pgdump`.
    pub database_file: String,
    /// Its size in bytes.
    pub database_bytes: u64,
    /// The last schema migration applied to the database, so that an older Convoca refuses the backup.
    pub schema: Option<String>,
    /// How many attachment files the folder holds.
    pub attachments: u64,
    /// Their total size in bytes.
    pub attachment_bytes: u64,
    /// Files that the backed-up database names but that were gone from the data directory.
    #[serde(default)]
    pub missing_attachments: Vec<String>,
}

/// Copies the database at `database_url` and the attachments under `data_dir` into the new folder `target`,
/// while servers keep running. Returns the manifest written there.
pub async fn backup(
    database_url: &str,
    data_dir: &Path,
    target: &Path,
) -> anyhow::Result<Manifest> {
    let backend = Backend::of(database_url)?;
    if !is_empty_or_missing(target)? {
        bail!(
            "{} exists and is not empty: choose a new folder for the backup",
            target.display()
        );
    }
    let created = !target.exists();
    std::fs::create_dir_all(target)
        .with_context(|| format!("creating the backup folder {}", target.display()))?;
    let result = write_backup(backend, database_url, data_dir, target).await;
    if result.is_err() {
        // Leave no half-made backup behind, but never remove a folder that was there before.
        if created {
            std::fs::remove_dir_all(target).ok();
        } else if let Ok(entries) = std::fs::read_dir(target) {
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    std::fs::remove_dir_all(path).ok();
                } else {
                    std::fs::remove_file(path).ok();
                }
            }
        }
    }
    result
}

async fn write_backup(
    backend: Backend,
    database_url: &str,
    data_dir: &Path,
    target: &Path,
) -> anyhow::Result<Manifest> {
    let source_files = data_dir.join(ATTACHMENTS);
    let target_files = target.join(ATTACHMENTS);
    std::fs::create_dir_all(&target_files)?;
    // First pass: every file stored so far, so that a file removed during the snapshot is still kept.
    copy_attachments(&source_files, &target_files)?;
    let database_path = target.join(backend.database_file());
    let created_at = Utc::now();
    let (schema, referenced) = match backend {
        Backend::Sqlite => {
            let source = sqlite_path(database_url)?;
            if !source.is_file() {
                bail!("there is no SQLite database at {}", source.display());
            }
            let mut live = open_sqlite(&source).await?;
            sqlx::query("VACUUM INTO ?")
                .bind(database_path.to_string_lossy().into_owned())
                .execute(&mut live)
                .await
                .with_context(|| format!("copying {} with VACUUM INTO", source.display()))?;
            live.close().await.ok();
            sync_file(&database_path)?;
            let mut copy = open_sqlite(&database_path).await?;
            check_sqlite_integrity(&mut copy)
                .await
                .context("the copy of the database failed its integrity check")?;
            let schema = last_migration_sqlite(&mut copy).await?;
            let referenced = referenced_files_sqlite(&mut copy).await?;
            copy.close().await.ok();
            (schema, referenced)
        }
        Backend::Postgresql => {
            run_tool(
                "pg_dump",
                database_url,
                &[
                    OsStr::new("--format=custom"),
                    OsStr::new("--no-owner"),
                    OsStr::new("--no-privileges"),
                    OsStr::new("--file"),
                    database_path.as_os_str(),
                ],
            )?;
            sync_file(&database_path)?;
            // The dump cannot be queried; the live database names at least what the dump does, except rows
            // deleted since, whose files may rightly be gone.
            let mut live = sqlx::PgConnection::connect(database_url)
                .await
                .context("connecting to the PostgreSQL database")?;
            let schema = last_migration_postgres(&mut live).await?;
            let referenced = referenced_files_postgres(&mut live).await?;
            live.close().await.ok();
            (schema, referenced)
        }
    };
    // Second pass: files stored while the snapshot was taken.
    copy_attachments(&source_files, &target_files)?;
    let missing_attachments: Vec<String> = referenced
        .into_iter()
        .filter(|sha256| !attachment_path(&target_files, sha256).is_file())
        .collect();
    let (attachments, attachment_bytes) = count_files(&target_files)?;
    let manifest = Manifest {
        format: FORMAT,
        convoca_version: env!("CARGO_PKG_VERSION").to_owned(),
        created_at,
        database: backend,
        database_file: backend.database_file().to_owned(),
        database_bytes: std::fs::metadata(&database_path)?.len(),
        schema,
        attachments,
        attachment_bytes,
        missing_attachments,
    };
    let manifest_path = target.join(MANIFEST);
    std::fs::write(&manifest_path, serde_json::to_vec_pretty(&manifest)?)
        .with_context(|| format!("writing {}", manifest_path.display()))?;
    sync_file(&manifest_path)?;
    sync_dir(target);
    Ok(manifest)
}

/// Puts the backup in `source` in place: the database at `database_url` and the attachments under
/// `data_dir`. Both must be empty unless `force`, in which case they are replaced. Returns the manifest.
pub async fn restore(
    source: &Path,
    database_url: &str,
    data_dir: &Path,
    force: bool,
) -> anyhow::Result<Manifest> {
    let manifest = read_manifest(source)?;
    let backend = Backend::of(database_url)?;
    if backend != manifest.database {
        bail!(
            "{} holds a {} backup; restore it into a {} database (a backup moves between databases of \
             the same kind only)",
            source.display(),
            name_of(manifest.database),
            name_of(manifest.database),
        );
    }
    if let Some(schema) = &manifest.schema
        && !Migrator::migrations().iter().any(|m| m.name() == schema)
    {
        bail!(
            "{} was made by Convoca {} with schema {schema}, which this Convoca ({}) does not know; \
             restore it with that version or a newer one",
            source.display(),
            manifest.convoca_version,
            env!("CARGO_PKG_VERSION"),
        );
    }
    let database_file = source.join(&manifest.database_file);
    if !database_file.is_file() {
        bail!("{} is missing from the backup", database_file.display());
    }
    let backup_files = source.join(ATTACHMENTS);

    let mut occupied = Vec::new();
    let database_empty = match backend {
        Backend::Sqlite => sqlite_is_empty(&sqlite_path(database_url)?)?,
        Backend::Postgresql => postgres_is_empty(database_url).await?,
    };
    if !database_empty {
        occupied.push(format!("the database {}", crate::redact(database_url)));
    }
    if !is_empty_or_missing(data_dir)? {
        occupied.push(format!("the data directory {}", data_dir.display()));
    }
    if !occupied.is_empty() && !force {
        bail!(
            "{} not empty; restoring would replace what is there. Restore into a new database and data \
             directory, or stop every server and run again with --force to replace them",
            match occupied.as_slice() {
                [one] => format!("{one} is"),
                many => format!("{} are", many.join(" and ")),
            }
        );
    }

    // The database first: when it fails, the data directory is untouched.
    match backend {
        Backend::Sqlite => restore_sqlite(&database_file, &sqlite_path(database_url)?).await?,
        Backend::Postgresql => {
            let mut args: Vec<&OsStr> = vec![
                OsStr::new("--no-owner"),
                OsStr::new("--no-privileges"),
                OsStr::new("--exit-on-error"),
                OsStr::new("--single-transaction"),
            ];
            if !database_empty {
                args.extend([OsStr::new("--clean"), OsStr::new("--if-exists")]);
            }
            args.push(database_file.as_os_str());
            run_tool("pg_restore", database_url, &args)?;
        }
    }
    restore_attachments(&backup_files, &data_dir.join(ATTACHMENTS))?;
    Ok(manifest)
}

fn name_of(backend: Backend) -> &'static str {
    match backend {
        Backend::Sqlite => "SQLite",
        Backend::Postgresql => "PostgreSQL",
    }
}

/// Reads and checks a backup folder's manifest.
pub fn read_manifest(source: &Path) -> anyhow::Result<Manifest> {
    let path = source.join(MANIFEST);
    let text = match std::fs::read(&path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => bail!(
            "{} is not a Convoca backup, or its backup did not finish: it has no {MANIFEST}",
            source.display()
        ),
        Err(err) => return Err(anyhow!(err).context(format!("reading {}", path.display()))),
    };
    let manifest: Manifest = serde_json::from_slice(&text)
        .with_context(|| format!("{} is not a Convoca backup manifest", path.display()))?;
    if manifest.format != FORMAT {
        bail!(
            "{} has backup format {}, which this Convoca does not read (it reads format {FORMAT})",
            path.display(),
            manifest.format
        );
    }
    Ok(manifest)
}

/// The file of a `sqlite://` URL; in-memory databases have none.
fn sqlite_path(database_url: &str) -> anyhow::Result<PathBuf> {
    if database_url.contains(":memory:") || database_url.contains("mode=memory") {
        bail!("an in-memory SQLite database cannot be backed up or restored");
    }
    let options = sqlx::sqlite::SqliteConnectOptions::from_str(database_url)
        .with_context(|| format!("reading the database URL {database_url}"))?;
    Ok(options.get_filename().to_owned())
}

async fn open_sqlite(path: &Path) -> anyhow::Result<sqlx::SqliteConnection> {
    let options = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(false)
        .busy_timeout(std::time::Duration::from_secs(30));
    sqlx::SqliteConnection::connect_with(&options)
        .await
        .with_context(|| format!("opening the SQLite database {}", path.display()))
}

/// `PRAGMA integrity_check` and `PRAGMA foreign_key_check`, both clean.
async fn check_sqlite_integrity(conn: &mut sqlx::SqliteConnection) -> anyhow::Result<()> {
    let rows = sqlx::query("PRAGMA integrity_check")
        .fetch_all(&mut *conn)
        .await?;
    let findings: Vec<String> = rows.iter().map(|row| row.get::<String, _>(0)).collect();
    if findings != ["ok"] {
        bail!("integrity_check: {}", findings.join("; "));
    }
    let broken = sqlx::query("PRAGMA foreign_key_check")
        .fetch_all(&mut *conn)
        .await?;
    if !broken.is_empty() {
        bail!(
            "foreign_key_check: {} rows name a row that does not exist",
            broken.len()
        );
    }
    Ok(())
}

async fn last_migration_sqlite(
    conn: &mut sqlx::SqliteConnection,
) -> anyhow::Result<Option<String>> {
    sqlx::query_scalar("SELECT version FROM seaql_migrations ORDER BY version DESC LIMIT 1")
        .fetch_optional(conn)
        .await
        .context("reading the schema version")
}

async fn last_migration_postgres(conn: &mut sqlx::PgConnection) -> anyhow::Result<Option<String>> {
    sqlx::query_scalar("SELECT version FROM seaql_migrations ORDER BY version DESC LIMIT 1")
        .fetch_optional(conn)
        .await
        .context("reading the schema version")
}

/// The stored files that rows name: application and milestone attachments.
const REFERENCED_FILES: &str = "SELECT sha256 FROM application_attachments \
     UNION SELECT sha256 FROM milestone_attachments";

async fn referenced_files_sqlite(conn: &mut sqlx::SqliteConnection) -> anyhow::Result<Vec<String>> {
    sqlx::query_scalar(REFERENCED_FILES)
        .fetch_all(conn)
        .await
        .context("listing the attachments the database names")
}

async fn referenced_files_postgres(conn: &mut sqlx::PgConnection) -> anyhow::Result<Vec<String>> {
    sqlx::query_scalar(REFERENCED_FILES)
        .fetch_all(conn)
        .await
        .context("listing the attachments the database names")
}

/// A SQLite database is empty when neither its file nor its write-ahead log holds anything.
fn sqlite_is_empty(path: &Path) -> anyhow::Result<bool> {
    for file in [path.to_owned(), sidecar(path, "-wal")] {
        match std::fs::metadata(&file) {
            Ok(meta) if meta.len() > 0 => return Ok(false),
            Ok(_) => {}
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
            Err(err) => return Err(anyhow!(err).context(format!("reading {}", file.display()))),
        }
    }
    Ok(true)
}

/// A PostgreSQL database is empty when it has no table outside the system schemas.
async fn postgres_is_empty(database_url: &str) -> anyhow::Result<bool> {
    let mut conn = sqlx::PgConnection::connect(database_url)
        .await
        .with_context(|| {
            format!(
                "connecting to {}; create the database first (createdb)",
                crate::redact(database_url)
            )
        })?;
    let tables: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM information_schema.tables \
         WHERE table_schema NOT IN ('pg_catalog', 'information_schema')",
    )
    .fetch_one(&mut conn)
    .await?;
    conn.close().await.ok();
    Ok(tables == 0)
}

/// Copies the backup's database to a temporary file beside the target, checks it, and moves it in place.
async fn restore_sqlite(backup: &Path, target: &Path) -> anyhow::Result<()> {
    let dir = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let file_name = target
        .file_name()
        .ok_or_else(|| anyhow!("{} is not a file name", target.display()))?;
    let temporary = dir.join(format!(
        ".{}.restoring-{}",
        file_name.to_string_lossy(),
        uuid::Uuid::new_v4().simple()
    ));
    let result = async {
        std::fs::copy(backup, &temporary)
            .with_context(|| format!("copying {} to {}", backup.display(), temporary.display()))?;
        sync_file(&temporary)?;
        let mut copy = open_sqlite(&temporary).await?;
        check_sqlite_integrity(&mut copy)
            .await
            .context("the backup's database failed its integrity check")?;
        copy.close().await.ok();
        // A log left by the replaced database would be replayed into the restored one: remove it first.
        for suffix in ["-wal", "-shm", "-journal"] {
            remove_if_present(&sidecar(target, suffix))?;
        }
        std::fs::rename(&temporary, target)
            .with_context(|| format!("moving the restored database to {}", target.display()))?;
        sync_dir(&dir);
        Ok(())
    }
    .await;
    if result.is_err() {
        std::fs::remove_file(&temporary).ok();
    }
    result
}

/// Replaces `target` (the data directory's attachments) with the backup's, through a temporary folder.
fn restore_attachments(backup: &Path, target: &Path) -> anyhow::Result<()> {
    let parent = target
        .parent()
        .ok_or_else(|| anyhow!("{} has no parent folder", target.display()))?;
    std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
    let temporary = parent.join(format!(
        ".attachments-restoring-{}",
        uuid::Uuid::new_v4().simple()
    ));
    std::fs::create_dir_all(&temporary)?;
    if let Err(err) = copy_attachments(backup, &temporary) {
        std::fs::remove_dir_all(&temporary).ok();
        return Err(err);
    }
    if target.exists() {
        std::fs::remove_dir_all(target)
            .with_context(|| format!("removing the replaced {}", target.display()))?;
    }
    std::fs::rename(&temporary, target)
        .with_context(|| format!("moving the restored attachments to {}", target.display()))?;
    sync_dir(parent);
    Ok(())
}

fn attachment_path(root: &Path, sha256: &str) -> PathBuf {
    root.join(sha256.get(..2).unwrap_or_default()).join(sha256)
}

/// Copies every stored file under `from` (`ab/<sha256>`) that `to` lacks. Files are never changed once
/// stored (their name is their content's hash), so one that is already there is complete. Temporary files
/// of uploads in progress (their names start with a dot) are skipped.
fn copy_attachments(from: &Path, to: &Path) -> anyhow::Result<()> {
    let prefixes = match std::fs::read_dir(from) {
        Ok(entries) => entries,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(err) => return Err(anyhow!(err).context(format!("reading {}", from.display()))),
    };
    for prefix in prefixes {
        let prefix = prefix?;
        if !prefix.file_type()?.is_dir() || is_hidden(&prefix.file_name()) {
            continue;
        }
        let files = match std::fs::read_dir(prefix.path()) {
            Ok(files) => files,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => continue,
            Err(err) => {
                return Err(anyhow!(err).context(format!("reading {}", prefix.path().display())));
            }
        };
        let target_dir = to.join(prefix.file_name());
        for file in files {
            let file = file?;
            if is_hidden(&file.file_name()) || !file.file_type()?.is_file() {
                continue;
            }
            let target = target_dir.join(file.file_name());
            if target.exists() {
                continue;
            }
            std::fs::create_dir_all(&target_dir)?;
            let partial =
                target_dir.join(format!(".{}.partial", file.file_name().to_string_lossy()));
            match std::fs::copy(file.path(), &partial) {
                Ok(_) => {}
                // Removed since it was listed (its attachment was deleted): nothing to keep.
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => continue,
                Err(err) => {
                    return Err(anyhow!(err).context(format!("copying {}", file.path().display())));
                }
            }
            sync_file(&partial)?;
            std::fs::rename(&partial, &target)?;
        }
    }
    Ok(())
}

/// How many files, and how many bytes, are under `root` (two levels).
fn count_files(root: &Path) -> anyhow::Result<(u64, u64)> {
    let (mut count, mut bytes) = (0, 0);
    for prefix in std::fs::read_dir(root)? {
        let prefix = prefix?;
        if !prefix.file_type()?.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(prefix.path())? {
            let file = file?;
            if file.file_type()?.is_file() && !is_hidden(&file.file_name()) {
                count += 1;
                bytes += file.metadata()?.len();
            }
        }
    }
    Ok((count, bytes))
}

fn is_hidden(name: &OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

/// Whether `dir` is absent or an empty folder (a file there counts as not empty).
fn is_empty_or_missing(dir: &Path) -> anyhow::Result<bool> {
    if dir.is_file() {
        return Ok(false);
    }
    match std::fs::read_dir(dir) {
        Ok(mut entries) => Ok(entries.next().is_none()),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(true),
        Err(err) => Err(anyhow!(err).context(format!("reading {}", dir.display()))),
    }
}

/// `convoca.db-wal` beside `convoca.db`.
fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn remove_if_present(path: &Path) -> anyhow::Result<()> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(err) => Err(anyhow!(err).context(format!("removing {}", path.display()))),
    }
}

/// Flushes a written file to the disk, so that a backup or restore reported done survives a power cut.
fn sync_file(path: &Path) -> anyhow::Result<()> {
    std::fs::File::open(path)
        .and_then(|file| file.sync_all())
        .with_context(|| format!("flushing {} to disk", path.display()))
}

/// Flushes a folder's entries (new and renamed files); not every platform can, so failure is ignored.
fn sync_dir(path: &Path) {
    if let Ok(dir) = std::fs::File::open(path) {
        dir.sync_all().ok();
    }
}

/// `postgres://user:secret@host/db` as `postgres://user@host/db` and `secret` (percent-decoded), so that
/// the password reaches `pg_dump` through `PGPASSWORD` instead of its command line, which `ps` shows.
fn split_password(database_url: &str) -> (String, Option<String>) {
    let (Some(scheme), Some(at)) = (database_url.find("://"), database_url.rfind('@')) else {
        return (database_url.to_owned(), None);
    };
    if at < scheme {
        return (database_url.to_owned(), None);
    }
    let credentials = &database_url[scheme + 3..at];
    let Some((user, password)) = credentials.split_once(':') else {
        return (database_url.to_owned(), None);
    };
    let without = format!(
        "{}{user}{}",
        &database_url[..scheme + 3],
        &database_url[at..]
    );
    (without, Some(percent_decode(password)))
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Runs `pg_dump` or `pg_restore` on `database_url`, with a clear message when it is missing or fails.
fn run_tool(tool: &str, database_url: &str, args: &[&OsStr]) -> anyhow::Result<()> {
    let (url, password) = split_password(database_url);
    let mut command = std::process::Command::new(tool);
    command.args(args).arg("--dbname").arg(url);
    if let Some(password) = password {
        command.env("PGPASSWORD", password);
    }
    let output = match command.output() {
        Ok(output) => output,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => bail!(
            "{tool} was not found: install the PostgreSQL client tools of your server's version (e.g. \
             `apt install postgresql-client`), or back up with them yourself as the README's \"Backups\" \
             section describes"
        ),
        Err(err) => return Err(anyhow!(err).context(format!("running {tool}"))),
    };
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        bail!("{tool} failed ({}): {}", output.status, stderr.trim());
    }
    Ok(())
}

/// The time since `started`, for messages.
pub fn elapsed(started: Instant) -> String {
    format!("{:.1} s", started.elapsed().as_secs_f64())
}

/// A size for people: `12.3 MB`.
pub fn size(bytes: u64) -> String {
    match bytes {
        b if b >= 1_000_000_000 => format!("{:.1} GB", b as f64 / 1e9),
        b if b >= 1_000_000 => format!("{:.1} MB", b as f64 / 1e6),
        b if b >= 1_000 => format!("{:.1} kB", b as f64 / 1e3),
        b => format!("{b} bytes"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_password_leaves_the_url_for_pgpassword() {
        assert_eq!(
            split_password("postgres://convoca:s%40cret:x@db.example:5432/convoca?sslmode=require"),
            (
                "postgres://convoca@db.example:5432/convoca?sslmode=require".to_owned(),
                Some("s@cret:x".to_owned())
            )
        );
        assert_eq!(
            split_password("postgres://postgres@127.0.0.1:5432/convoca"),
            (
                "postgres://postgres@127.0.0.1:5432/convoca".to_owned(),
                None
            )
        );
        assert_eq!(
            split_password("postgres://127.0.0.1/convoca"),
            ("postgres://127.0.0.1/convoca".to_owned(), None)
        );
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(size(512), "512 bytes");
        assert_eq!(size(491_520), "491.5 kB");
        assert_eq!(size(12_300_000), "12.3 MB");
    }
}
