//! The append-only audit log: who did what to which subject, and when.
//!
//! Every service that changes state calls [`record`] inside its own transaction, so that a change and its
//! audit entry commit or roll back together. Nothing here updates or deletes an entry (the database refuses
//! it too); reading is for admins and managers only.

pub mod entity;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use uuid::Uuid;

use crate::{Actor, Page, PageRequest, Result, Role};

pub use entity::Model as AuditEntry;

/// What an audit entry is about.
#[derive(Debug, Clone)]
pub struct Subject {
    /// The kind of thing (`user`, `organisation`, `api_token`, ...).
    pub kind: &'static str,
    /// Its identifier.
    pub id: String,
}

impl Subject {
    /// A subject identified by a UUID.
    pub fn new(kind: &'static str, id: Uuid) -> Self {
        Subject {
            kind,
            id: id.to_string(),
        }
    }
}

/// Appends one entry. `actor` is `None` for the system itself or for an anonymous sign-up.
pub async fn record(
    conn: &impl ConnectionTrait,
    actor: Option<&Actor>,
    action: &str,
    subject: &Subject,
    summary: impl Into<String>,
) -> Result<()> {
    entry(actor, action, subject, summary).insert(conn).await?;
    Ok(())
}

/// An entry not yet written, for services that write many at once (with [`crate::db::insert_batches`]).
pub fn entry(
    actor: Option<&Actor>,
    action: &str,
    subject: &Subject,
    summary: impl Into<String>,
) -> entity::ActiveModel {
    entity::ActiveModel {
        at: Set(Utc::now()),
        actor_id: Set(actor.map(|a| a.user_id)),
        actor_label: Set(actor.map_or_else(|| "system".to_owned(), Actor::label)),
        action: Set(action.to_owned()),
        subject_type: Set(subject.kind.to_owned()),
        subject_id: Set(subject.id.clone()),
        summary: Set(summary.into()),
        ..Default::default()
    }
}

/// Which entries to list; every field narrows the list.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// Only entries about this kind of subject.
    pub subject_type: Option<String>,
    /// Only entries about this subject.
    pub subject_id: Option<String>,
    /// Only entries by this user.
    pub actor_id: Option<Uuid>,
    /// Only entries at or after this time.
    pub from: Option<DateTime<Utc>>,
    /// Only entries before this time.
    pub to: Option<DateTime<Utc>>,
}

/// Lists entries, newest first. Admins and managers only.
pub async fn list(
    db: &DatabaseConnection,
    actor: &Actor,
    filter: &AuditFilter,
    page: PageRequest,
) -> Result<Page<AuditEntry>> {
    actor.require_any(&[Role::Admin, Role::Manager])?;
    let mut query = entity::Entity::find();
    if let Some(kind) = &filter.subject_type {
        query = query.filter(entity::Column::SubjectType.eq(kind.as_str()));
    }
    if let Some(id) = &filter.subject_id {
        query = query.filter(entity::Column::SubjectId.eq(id.as_str()));
    }
    if let Some(actor_id) = filter.actor_id {
        query = query.filter(entity::Column::ActorId.eq(actor_id));
    }
    if let Some(from) = filter.from {
        query = query.filter(entity::Column::At.gte(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(entity::Column::At.lt(to));
    }
    crate::page::fetch(db, query.order_by_desc(entity::Column::Id), page).await
}
