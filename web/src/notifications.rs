//! Messages in the browser: each user's inbox (`/notifications`: subjects in the reader's language, read and
//! unread, links to where to act, marking read), and the administrators' outbox (`/admin/outbox`: every
//! queued message, where its delivery stands, and a retry for the failed ones).
//!
//! `domain::notifications::{inbox, outbox}` decide whose messages a visitor sees and who may retry; these
//! handlers render subjects with `i18n::email` and translate forms to their commands.

use askama::Template;
use chrono::{DateTime, Utc};
use domain::PageRequest;
use domain::notifications::inbox::{self, InboxMessage};
use domain::notifications::outbox::{self, OutboxEntry, OutboxFilter};
use domain::notifications::{DeliveryState, Kind, preferences};
use poem::web::cookie::CookieJar;
use poem::web::{Data, Path, Query};
use poem::{Response, handler};
use serde::Deserialize;

use crate::csrf::CheckedForm;
use crate::errors::PageError;
use crate::i18n::Lang;
use crate::layout::Localized as _;
use crate::layout::{self, Choice, Pager};
use crate::session::{self, Visitor};
use crate::{WebState, paths};

/// Messages per page of the inbox.
const INBOX_PAGE_SIZE: u64 = 25;

/// The subject of a message in `lang`, as its email would have it.
pub fn subject(lang: Lang, kind: Kind, payload: &serde_json::Value) -> String {
    crate::i18n::email::render(lang, kind, payload, "").subject
}

/// The translated name of a kind of message.
pub fn kind_label(lang: Lang, kind: Kind) -> String {
    lang.message(&preferences::kind_label(kind))
}

/// The translated name of a delivery state.
fn state_label(lang: Lang, state: DeliveryState) -> String {
    lang.t(&format!("outbox-state-{}", state.name()))
}

/// The page of a list asked for in a query; nonsense is page 1.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PageQuery {
    page: String,
}

// ---------------------------------------------------------------------------------------------------------
// The inbox

/// A message as a row of the inbox.
struct InboxRow {
    id: String,
    subject: String,
    received: DateTime<Utc>,
    unread: bool,
    /// Where to act on it: a path of this site.
    link: Option<String>,
}

impl InboxRow {
    fn new(lang: Lang, message: InboxMessage) -> Self {
        InboxRow {
            id: message.id.to_string(),
            subject: subject(lang, message.kind, &message.payload),
            received: message.created_at,
            unread: message.is_unread(),
            link: message
                .path
                .as_deref()
                .and_then(paths::safe_local_path)
                .map(str::to_owned),
        }
    }
}

#[derive(Template)]
#[template(path = "inbox.html")]
struct InboxPage<'a> {
    visitor: &'a Visitor,
    rows: Vec<InboxRow>,
    unread: u64,
    pager: Pager,
    /// The page's own address, to come back to after marking a message read.
    back: String,
}
layout::localized!(InboxPage);

/// `GET /notifications`: the signed-in visitor's messages, newest first.
#[handler]
pub async fn inbox_page(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Query(query): Query<PageQuery>,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let request = PageRequest::new(
        layout::page_number(Some(&query.page)),
        Some(INBOX_PAGE_SIZE),
    );
    let found = inbox::list(&state.db, actor, request).await?;
    let pager = Pager::new(&found.messages, "/notifications", &[]);
    let page = InboxPage {
        visitor,
        back: paths::with_query(
            "/notifications",
            &paths::query_string([("page", query.page.as_str())]),
        ),
        rows: found
            .messages
            .items
            .into_iter()
            .map(|message| InboxRow::new(visitor.lang, message))
            .collect(),
        unread: found.unread,
        pager,
    };
    layout::ok(&page)
}

/// Where to go back to after marking read: the inbox page the form was on.
fn inbox_back(form: &CheckedForm) -> String {
    paths::safe_local_path(form.text("back"))
        .filter(|back| back.starts_with("/notifications"))
        .unwrap_or("/notifications")
        .to_owned()
}

/// `POST /notifications/{id}/read`: marks one of one's own messages read.
#[handler]
pub async fn mark_read(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let id = paths::parse_id(&id)?;
    inbox::mark_read(&state.db, actor, id, state.clock.now()).await?;
    Ok(session::redirect_with_flash(
        state,
        jar,
        "flash-inbox-read",
        inbox_back(&form),
    ))
}

/// `POST /notifications/read-all`: marks every one of one's messages read.
#[handler]
pub async fn mark_all_read(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    inbox::mark_all_read(&state.db, actor, state.clock.now()).await?;
    Ok(session::redirect_with_flash(
        state,
        jar,
        "flash-inbox-all-read",
        inbox_back(&form),
    ))
}

// ---------------------------------------------------------------------------------------------------------
// The outbox (admins)

/// The filters of the outbox, as typed (blank means "any").
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct OutboxQuery {
    state: String,
    page: String,
}

impl OutboxQuery {
    fn filter(&self) -> OutboxFilter {
        OutboxFilter {
            state: DeliveryState::from_name(&self.state),
        }
    }

    fn list_url(&self) -> String {
        paths::with_query(
            "/admin/outbox",
            &paths::query_string([("state", self.state.as_str()), ("page", self.page.as_str())]),
        )
    }
}

/// A message as a row of the outbox.
struct OutboxRow {
    id: String,
    kind: String,
    recipient: String,
    state: String,
    state_class: &'static str,
    attempts: i32,
    last_error: Option<String>,
    created: DateTime<Utc>,
    sent: Option<DateTime<Utc>>,
    next_attempt: Option<DateTime<Utc>>,
    retryable: bool,
}

impl OutboxRow {
    fn new(lang: Lang, entry: OutboxEntry) -> Self {
        OutboxRow {
            id: entry.id.to_string(),
            kind: kind_label(lang, entry.kind),
            recipient: entry.recipient_email,
            state: state_label(lang, entry.state),
            state_class: match entry.state {
                DeliveryState::Sent => "tag-success",
                DeliveryState::Failed => "tag-danger",
                DeliveryState::Queued => "tag-warning",
                DeliveryState::Skipped => "tag-muted",
            },
            attempts: entry.attempts,
            last_error: entry.last_error,
            created: entry.created_at,
            sent: entry.sent_at,
            next_attempt: entry
                .next_attempt_at
                .filter(|_| entry.state == DeliveryState::Queued),
            retryable: entry.retryable,
        }
    }
}

#[derive(Template)]
#[template(path = "admin_outbox.html")]
struct OutboxPage<'a> {
    visitor: &'a Visitor,
    state_filter: Vec<Choice>,
    rows: Vec<OutboxRow>,
    pager: Pager,
    /// The list as it is, for the retry buttons to come back to.
    query_suffix: String,
}
layout::localized!(OutboxPage);

/// `GET /admin/outbox`: admins.
#[handler]
pub async fn outbox_page(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Query(query): Query<OutboxQuery>,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let lang = visitor.lang;
    let request = PageRequest::new(layout::page_number(Some(&query.page)), None);
    let found = outbox::list(&state.db, actor, query.filter(), request).await?;
    let pager = Pager::new(&found, "/admin/outbox", &[("state", query.state.as_str())]);
    let list_url = query.list_url();
    let page = OutboxPage {
        visitor,
        state_filter: DeliveryState::all()
            .map(|delivery| Choice {
                value: delivery.name(),
                label: state_label(lang, delivery),
                selected: query.state == delivery.name(),
            })
            .collect(),
        rows: found
            .items
            .into_iter()
            .map(|entry| OutboxRow::new(lang, entry))
            .collect(),
        pager,
        query_suffix: list_url
            .strip_prefix("/admin/outbox")
            .unwrap_or_default()
            .to_owned(),
    };
    layout::ok(&page)
}

/// `POST /admin/outbox/{id}/retry`: puts a failed message back in the queue, then shows the list as it was.
#[handler]
pub async fn retry(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    Query(query): Query<OutboxQuery>,
    _form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let id = paths::parse_id(&id)?;
    outbox::retry(&state.db, actor, id).await?;
    Ok(session::redirect_with_flash(
        state,
        jar,
        "flash-outbox-retried",
        query.list_url(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_and_delivery_state_has_a_label_in_every_language() {
        for lang in Lang::ALL {
            for kind in Kind::all() {
                let key = format!("notification-kind-{}", kind.name());
                assert!(lang.has(&key), "{lang:?} lacks {key}");
            }
            for state in DeliveryState::all() {
                let key = format!("outbox-state-{}", state.name());
                assert!(lang.has(&key), "{lang:?} lacks {key}");
            }
        }
    }

    #[test]
    fn the_outbox_filter_reads_a_state_by_name_and_ignores_anything_else() {
        let query = |state: &str| OutboxQuery {
            state: state.into(),
            page: String::new(),
        };
        assert_eq!(query("failed").filter().state, Some(DeliveryState::Failed));
        assert_eq!(query("").filter().state, None);
        assert_eq!(query("lost").filter().state, None);
        assert_eq!(query("failed").list_url(), "/admin/outbox?state=failed");
    }
}
