//! Crash safety and backups, run against the real `convoca` binary: on SQLite by default, on PostgreSQL
//! when `TEST_DATABASE_URL` is set. One test binary, so that it links once.

mod backup;
mod crash;
mod support;
