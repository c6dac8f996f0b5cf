//! Each user's inbox: the messages queued for them, whatever became of their email, newest first, with how
//! many are unread; marking one or all of them read.
//!
//! A user sees only their own messages: another user's message is `NotFound`, never `Forbidden`, so that
//! nobody learns which messages exist. This module renders nothing (the adapters render subjects in the
//! reader's language from `kind` and `payload`), and it never touches delivery: reading a message in the
//! inbox does not stop its email.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

use super::{Kind, Notification, entity};
use crate::{Actor, Error, Page, PageRequest, Result};

/// A message as its recipient sees it in their inbox.
#[derive(Debug, Clone, PartialEq)]
pub struct InboxMessage {
    /// Identifier.
    pub id: Uuid,
    /// What it is about; with `payload`, what its subject says.
    pub kind: Kind,
    /// The values of the message (a reference, a title, ...), as a JSON object.
    pub payload: serde_json::Value,
    /// The page where the recipient acts on it (a path of this site), when it has one.
    pub path: Option<String>,
    /// When it was queued.
    pub created_at: DateTime<Utc>,
    /// When the recipient read it; `None` while unread.
    pub read_at: Option<DateTime<Utc>>,
}

impl InboxMessage {
    /// Whether the recipient has not read it yet.
    pub fn is_unread(&self) -> bool {
        self.read_at.is_none()
    }

    fn from_model(model: Notification) -> Result<Self> {
        let mut payload = super::payload_of(&model)?;
        // A reset link is a credential: it is only ever emailed, never listed here, where a holder of one of
        // the user's API tokens could read it and take the password over.
        if model.kind == Kind::PasswordReset
            && let Some(values) = payload.as_object_mut()
        {
            values.remove("path");
        }
        let path = payload
            .get("path")
            .and_then(serde_json::Value::as_str)
            .filter(|path| path.starts_with('/') && !path.starts_with("//"))
            .map(str::to_owned);
        Ok(InboxMessage {
            id: model.id,
            kind: model.kind,
            payload,
            path,
            created_at: model.created_at,
            read_at: model.read_at,
        })
    }
}

/// One page of a user's inbox and how many of all their messages are unread.
#[derive(Debug, Clone)]
pub struct Inbox {
    /// The messages of this page, newest first.
    pub messages: Page<InboxMessage>,
    /// How many of the user's messages are unread, on any page.
    pub unread: u64,
}

/// The actor's own messages.
fn own(actor: &Actor) -> sea_orm::Select<entity::Entity> {
    entity::Entity::find().filter(entity::Column::RecipientUserId.eq(actor.user_id))
}

/// One page of the actor's own messages, newest first, and their unread count. Any signed-in user.
pub async fn list(db: &DatabaseConnection, actor: &Actor, page: PageRequest) -> Result<Inbox> {
    let query = own(actor)
        .order_by_desc(entity::Column::CreatedAt)
        .order_by_desc(entity::Column::Id);
    let models = crate::page::fetch(db, query, page).await?;
    let messages = Page {
        items: models
            .items
            .into_iter()
            .map(InboxMessage::from_model)
            .collect::<Result<Vec<_>>>()?,
        total: models.total,
        page: models.page,
        limit: models.limit,
    };
    Ok(Inbox {
        messages,
        unread: unread_count(db, actor).await?,
    })
}

/// How many of the actor's messages are unread (for the navigation's badge). Any signed-in user.
pub async fn unread_count(db: &DatabaseConnection, actor: &Actor) -> Result<u64> {
    Ok(own(actor)
        .filter(entity::Column::ReadAt.is_null())
        .count(db)
        .await?)
}

/// Marks one of the actor's messages read at `now`; a message read before keeps its first reading time.
/// Another user's message, or an unknown one, is `NotFound`.
///
/// Not audited: reading one's own mail changes nothing anyone else relies on, and an entry per reading
/// would drown the log.
pub async fn mark_read(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<InboxMessage> {
    let found = own(actor)
        .filter(entity::Column::Id.eq(id))
        .one(db)
        .await?
        .ok_or(Error::NotFound)?;
    if found.read_at.is_some() {
        return InboxMessage::from_model(found);
    }
    // One conditional update, so that two readings at once keep the first time.
    entity::Entity::update_many()
        .col_expr(entity::Column::ReadAt, Expr::value(now))
        .filter(entity::Column::Id.eq(id))
        .filter(entity::Column::RecipientUserId.eq(actor.user_id))
        .filter(entity::Column::ReadAt.is_null())
        .exec(db)
        .await?;
    let read = own(actor)
        .filter(entity::Column::Id.eq(id))
        .one(db)
        .await?
        .ok_or(Error::NotFound)?;
    InboxMessage::from_model(read)
}

/// Marks every unread message of the actor read at `now`; returns how many were unread. Not audited, like
/// [`mark_read`].
pub async fn mark_all_read(
    db: &DatabaseConnection,
    actor: &Actor,
    now: DateTime<Utc>,
) -> Result<u64> {
    let done = entity::Entity::update_many()
        .col_expr(entity::Column::ReadAt, Expr::value(now))
        .filter(entity::Column::RecipientUserId.eq(actor.user_id))
        .filter(entity::Column::ReadAt.is_null())
        .exec(db)
        .await?;
    Ok(done.rows_affected)
}
