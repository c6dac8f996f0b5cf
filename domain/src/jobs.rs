//! Background jobs that run once across several servers sharing one database. Each server names itself
//! with a [`Holder`] when it starts; before each run of a job (the hourly reminders) it takes or renews
//! the job's lease in `job_leases` with one conditional upsert, and runs only if it got it. A lease is
//! taken when nobody holds it, when its holder is the caller (a renewal), or when it has expired (its
//! holder stopped or hangs); otherwise the other server holds it and this one skips the run. The same
//! statement works on SQLite and PostgreSQL, and needs nothing beside the database. A server that stops
//! gracefully releases its leases so that another takes over at its next tick.
//!
//! Leases keep work from being done twice, not correctness: the jobs themselves record what they did by
//! conditional writes (a reminder is recorded before it is queued), and the email worker claims each
//! message on its own ([`crate::notifications::delivery`]).

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

use crate::Result;

/// The `job_leases` table: who runs each background job, until when.
pub mod entity {
    use sea_orm::entity::prelude::*;

    /// The lease on one job.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "job_leases")]
    pub struct Model {
        /// The job's name, e.g. `reminders`.
        #[sea_orm(primary_key, auto_increment = false)]
        pub job: String,
        /// The server that holds it ([`super::Holder`]).
        pub holder: String,
        /// Until then no other server runs the job.
        pub expires_at: DateTimeUtc,
    }

    /// No relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// The job that queues report and review-deadline reminders, once an hour.
pub const REMINDERS: &str = "reminders";

/// One server process, as lease holders are named: unique per start, so that a restarted server is a new
/// holder and never mistakes an old lease for its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Holder(String);

impl Holder {
    /// A fresh name for this process: its PID (to find it in logs) and a random part (to be unique
    /// across machines). At most 64 characters, the column's width.
    pub fn unique() -> Holder {
        Holder(format!(
            "{}-{}",
            std::process::id(),
            Uuid::new_v4().simple()
        ))
    }

    /// A holder with a given name (tests, and servers told their name by their operator).
    pub fn named(name: impl Into<String>) -> Holder {
        let mut name: String = name.into();
        name.truncate(64);
        Holder(name)
    }

    /// The name stored in the lease.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Holder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Takes or renews the lease on `job` for `holder` until `now + ttl`, and says whether it is held now.
/// One statement: `INSERT ... ON CONFLICT (job) DO UPDATE ... WHERE holder = ? OR expires_at < now`, so
/// that of two servers asking at once exactly one gets a free or expired lease (PostgreSQL locks the row;
/// SQLite has a single writer), and a lease another server holds is left alone until it expires.
pub async fn acquire(
    conn: &impl ConnectionTrait,
    job: &str,
    holder: &Holder,
    now: DateTime<Utc>,
    ttl: Duration,
) -> Result<bool> {
    use entity::{Column, Entity};
    let taken = Entity::insert(entity::ActiveModel {
        job: Set(job.to_owned()),
        holder: Set(holder.as_str().to_owned()),
        expires_at: Set(now + ttl),
    })
    .on_conflict(
        OnConflict::column(Column::Job)
            .update_columns([Column::Holder, Column::ExpiresAt])
            .action_and_where(
                Expr::col((Entity, Column::Holder))
                    .eq(holder.as_str())
                    .or(Expr::col((Entity, Column::ExpiresAt)).lt(now)),
            )
            .to_owned(),
    )
    .exec_without_returning(conn)
    .await?;
    Ok(taken == 1)
}

/// Gives up `holder`'s lease on `job`, if it still holds it, so that another server may run the job at
/// once (a server stopping). Returns whether it held it.
pub async fn release(
    conn: &impl ConnectionTrait,
    job: &str,
    holder: &Holder,
    now: DateTime<Utc>,
) -> Result<bool> {
    use entity::{Column, Entity};
    // Expired rather than deleted: the row stays for the next holder's upsert and the operator's view.
    let released = Entity::update_many()
        .col_expr(Column::ExpiresAt, Expr::value(now - Duration::seconds(1)))
        .filter(Column::Job.eq(job))
        .filter(Column::Holder.eq(holder.as_str()))
        .filter(Column::ExpiresAt.gte(now))
        .exec(conn)
        .await?;
    Ok(released.rows_affected == 1)
}

/// Who holds `job` at `now`, if anyone.
pub async fn holder_of(
    conn: &impl ConnectionTrait,
    job: &str,
    now: DateTime<Utc>,
) -> Result<Option<String>> {
    Ok(entity::Entity::find_by_id(job.to_owned())
        .one(conn)
        .await?
        .filter(|lease| lease.expires_at >= now)
        .map(|lease| lease.holder))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holders_are_unique_and_fit_the_column() {
        let (a, b) = (Holder::unique(), Holder::unique());
        assert_ne!(a, b);
        assert!(a.as_str().len() <= 64);
        assert_eq!(Holder::named("x".repeat(100)).as_str().len(), 64);
    }
}
