//! The `notifications` tag: one's own inbox and message preferences, and the administrators' outbox.
//!
//! Kinds of message and delivery states travel as OpenAPI enums that mirror the domain's
//! ([`NotificationKindName`], [`DeliveryStateName`]); the conversions are exhaustive matches, so a kind added
//! to the domain does not compile until it is added here too.

use chrono::{DateTime, Utc};
use domain::notifications::inbox::{self, InboxMessage};
use domain::notifications::outbox::{self, OutboxEntry, OutboxFilter};
use domain::notifications::preferences::{self, Preferences, PreferencesInput};
use domain::notifications::{DeliveryState, Kind};
use poem::web::Data;
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::{Enum, Object, OpenApi};
use uuid::Uuid;

use crate::AppState;
use crate::accounts::ApiTags;
use crate::auth::Auth;
use crate::problem::{ApiResult, request_lang};
use crate::schema::{OutboxPage, page_request};
use crate::strict::StrictJson;

/// What a message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[oai(rename = "NotificationKind", rename_all = "kebab-case")]
pub enum NotificationKindName {
    /// A colleague invites the recipient to join their organisation (always emailed).
    Invitation,
    /// A link to choose a new password (always emailed).
    PasswordReset,
    /// The receipt of a submitted application (always emailed).
    ApplicationSubmitted,
    /// An application was screened eligible or ineligible.
    ApplicationScreened,
    /// A committee member has a new application to review.
    ReviewAssigned,
    /// A committee member has reviews outstanding.
    ReviewReminder,
    /// A call's results were published.
    ResultsPublished,
    /// A tranche of a funded project was released.
    TrancheReleased,
    /// A milestone was accepted.
    MilestoneAccepted,
    /// A milestone needs changes.
    MilestoneChangesRequested,
    /// A report was accepted.
    ReportAccepted,
    /// A report needs changes.
    ReportChangesRequested,
    /// A report falls due soon.
    ReportDueSoon,
    /// A report is overdue.
    ReportOverdue,
    /// A technical-assistance request was assigned to an expert.
    AssistanceAssigned,
    /// A technical-assistance request was resolved.
    AssistanceResolved,
    /// A project's team is invited to a peer-learning exchange.
    ExchangeInvited,
}

impl From<Kind> for NotificationKindName {
    fn from(kind: Kind) -> Self {
        match kind {
            Kind::Invitation => Self::Invitation,
            Kind::PasswordReset => Self::PasswordReset,
            Kind::ApplicationSubmitted => Self::ApplicationSubmitted,
            Kind::ApplicationScreened => Self::ApplicationScreened,
            Kind::ReviewAssigned => Self::ReviewAssigned,
            Kind::ReviewReminder => Self::ReviewReminder,
            Kind::ResultsPublished => Self::ResultsPublished,
            Kind::TrancheReleased => Self::TrancheReleased,
            Kind::MilestoneAccepted => Self::MilestoneAccepted,
            Kind::MilestoneChangesRequested => Self::MilestoneChangesRequested,
            Kind::ReportAccepted => Self::ReportAccepted,
            Kind::ReportChangesRequested => Self::ReportChangesRequested,
            Kind::ReportDueSoon => Self::ReportDueSoon,
            Kind::ReportOverdue => Self::ReportOverdue,
            Kind::AssistanceAssigned => Self::AssistanceAssigned,
            Kind::AssistanceResolved => Self::AssistanceResolved,
            Kind::ExchangeInvited => Self::ExchangeInvited,
        }
    }
}

impl From<NotificationKindName> for Kind {
    fn from(kind: NotificationKindName) -> Self {
        use NotificationKindName as N;
        match kind {
            N::Invitation => Kind::Invitation,
            N::PasswordReset => Kind::PasswordReset,
            N::ApplicationSubmitted => Kind::ApplicationSubmitted,
            N::ApplicationScreened => Kind::ApplicationScreened,
            N::ReviewAssigned => Kind::ReviewAssigned,
            N::ReviewReminder => Kind::ReviewReminder,
            N::ResultsPublished => Kind::ResultsPublished,
            N::TrancheReleased => Kind::TrancheReleased,
            N::MilestoneAccepted => Kind::MilestoneAccepted,
            N::MilestoneChangesRequested => Kind::MilestoneChangesRequested,
            N::ReportAccepted => Kind::ReportAccepted,
            N::ReportChangesRequested => Kind::ReportChangesRequested,
            N::ReportDueSoon => Kind::ReportDueSoon,
            N::ReportOverdue => Kind::ReportOverdue,
            N::AssistanceAssigned => Kind::AssistanceAssigned,
            N::AssistanceResolved => Kind::AssistanceResolved,
            N::ExchangeInvited => Kind::ExchangeInvited,
        }
    }
}

/// Where the delivery of a message by email stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[oai(rename = "DeliveryState", rename_all = "snake_case")]
pub enum DeliveryStateName {
    /// Waiting to be sent, or to be tried again after a temporary failure.
    Queued,
    /// The mail server accepted it.
    Sent,
    /// Given up on; an administrator may retry it.
    Failed,
    /// Not emailed, because the recipient turned this kind off; it is in their inbox all the same.
    Skipped,
}

impl From<DeliveryState> for DeliveryStateName {
    fn from(state: DeliveryState) -> Self {
        match state {
            DeliveryState::Queued => Self::Queued,
            DeliveryState::Sent => Self::Sent,
            DeliveryState::Failed => Self::Failed,
            DeliveryState::Skipped => Self::Skipped,
        }
    }
}

impl From<DeliveryStateName> for DeliveryState {
    fn from(state: DeliveryStateName) -> Self {
        match state {
            DeliveryStateName::Queued => DeliveryState::Queued,
            DeliveryStateName::Sent => DeliveryState::Sent,
            DeliveryStateName::Failed => DeliveryState::Failed,
            DeliveryStateName::Skipped => DeliveryState::Skipped,
        }
    }
}

/// A message in one's inbox.
#[derive(Debug, Clone, Object)]
pub struct InboxMessageOut {
    /// Identifier.
    pub id: Uuid,
    /// What it is about.
    pub kind: NotificationKindName,
    /// Its subject, in the language of `Accept-Language`.
    pub subject: String,
    /// The page of the web UI where to act on it (a path, e.g. `/applications/…`), when it has one.
    pub path: Option<String>,
    /// The values the message was written with (a reference, a title, …), as a JSON object.
    pub payload: serde_json::Value,
    /// Whether it is still unread.
    pub unread: bool,
    /// When it was queued.
    pub created_at: DateTime<Utc>,
    /// When it was read.
    pub read_at: Option<DateTime<Utc>>,
}

impl From<InboxMessage> for InboxMessageOut {
    fn from(message: InboxMessage) -> Self {
        InboxMessageOut {
            id: message.id,
            kind: message.kind.into(),
            subject: i18n::email::render(request_lang(), message.kind, &message.payload, "")
                .subject,
            unread: message.is_unread(),
            path: message.path,
            payload: message.payload,
            created_at: message.created_at,
            read_at: message.read_at,
        }
    }
}

/// A page of one's inbox, newest first.
#[derive(Debug, Clone, Object)]
pub struct InboxOut {
    /// The messages on this page.
    pub items: Vec<InboxMessageOut>,
    /// How many messages the whole inbox has.
    pub total: u64,
    /// This page's number, from 1.
    pub page: u64,
    /// The page size.
    pub limit: u64,
    /// How many messages are unread, on any page.
    pub unread: u64,
}

/// How many messages were marked read.
#[derive(Debug, Clone, Object)]
pub struct ReadAllOut {
    /// The number of messages that were unread.
    pub marked: u64,
}

/// One's message preferences.
#[derive(Debug, Clone, Object)]
pub struct PreferencesOut {
    /// The language messages are written in: `en`, `es`, `fr`, `de` or `ar`.
    pub language: String,
    /// The kinds not emailed (they still reach the inbox).
    pub muted: Vec<NotificationKindName>,
    /// The kinds that are always emailed and cannot be muted.
    pub required: Vec<NotificationKindName>,
}

impl From<Preferences> for PreferencesOut {
    fn from(chosen: Preferences) -> Self {
        PreferencesOut {
            language: chosen.language.code().to_owned(),
            muted: chosen.muted.into_iter().map(Into::into).collect(),
            required: Kind::all()
                .filter(|kind| kind.is_required())
                .map(Into::into)
                .collect(),
        }
    }
}

/// New message preferences: the whole choice, replacing the previous one.
#[derive(Debug, Clone, Object)]
pub struct PreferencesIn {
    /// The language messages are written in: `en`, `es`, `fr`, `de` or `ar`.
    #[oai(validator(max_length = 16))]
    pub language: String,
    /// The kinds not to email; required kinds (invitation, password-reset, application-submitted) are
    /// refused with 422.
    #[oai(validator(max_items = 16))]
    pub muted: Vec<NotificationKindName>,
}

/// A message as the outbox lists it.
#[derive(Debug, Clone, Object)]
pub struct OutboxEntryOut {
    /// Identifier.
    pub id: Uuid,
    /// What it is about.
    pub kind: NotificationKindName,
    /// The user it is for, if an account.
    pub recipient_user_id: Option<Uuid>,
    /// The address it goes to.
    pub recipient_email: String,
    /// Where delivery stands.
    pub state: DeliveryStateName,
    /// How many delivery attempts failed so far.
    pub attempts: i32,
    /// Why the last attempt failed.
    pub last_error: Option<String>,
    /// When it was queued.
    pub created_at: DateTime<Utc>,
    /// Not tried again before then (after a temporary failure).
    pub next_attempt_at: Option<DateTime<Utc>>,
    /// When the mail server accepted it.
    pub sent_at: Option<DateTime<Utc>>,
    /// Whether it may be retried now (it failed).
    pub retryable: bool,
}

impl From<OutboxEntry> for OutboxEntryOut {
    fn from(entry: OutboxEntry) -> Self {
        OutboxEntryOut {
            id: entry.id,
            kind: entry.kind.into(),
            recipient_user_id: entry.recipient_user_id,
            recipient_email: entry.recipient_email,
            state: entry.state.into(),
            attempts: entry.attempts,
            last_error: entry.last_error,
            created_at: entry.created_at,
            next_attempt_at: entry.next_attempt_at,
            sent_at: entry.sent_at,
            retryable: entry.retryable,
        }
    }
}

/// The inbox, preferences and outbox.
pub struct NotificationsApi;

#[OpenApi(tag = "ApiTags::Notifications")]
impl NotificationsApi {
    /// List my messages
    ///
    /// Every message Convoca wrote to the caller, emailed or not, newest first, with the unread count.
    #[oai(path = "/me/notifications", method = "get")]
    async fn inbox(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        /// Page number, from 1 (at most 1,000,000).
        #[oai(validator(minimum(value = "1"), maximum(value = "1000000")))]
        page: Query<Option<u64>>,
        /// Page size, up to 200.
        #[oai(validator(minimum(value = "1"), maximum(value = "200")))]
        limit: Query<Option<u64>>,
    ) -> ApiResult<Json<InboxOut>> {
        let found = inbox::list(&state.db, auth.actor()?, page_request(page.0, limit.0)).await?;
        let messages = found.messages;
        Ok(Json(InboxOut {
            items: messages.items.into_iter().map(Into::into).collect(),
            total: messages.total,
            page: messages.page,
            limit: messages.limit,
            unread: found.unread,
        }))
    }

    /// Mark one of my messages read
    ///
    /// Another user's message is 404. A message read before keeps its first reading time.
    #[oai(path = "/me/notifications/:id/read", method = "post")]
    async fn mark_read(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<InboxMessageOut>> {
        let message = inbox::mark_read(&state.db, auth.actor()?, id.0, state.clock.now()).await?;
        Ok(Json(message.into()))
    }

    /// Mark all my messages read
    #[oai(path = "/me/notifications/read-all", method = "post")]
    async fn mark_all_read(
        &self,
        state: Data<&AppState>,
        auth: Auth,
    ) -> ApiResult<Json<ReadAllOut>> {
        let marked = inbox::mark_all_read(&state.db, auth.actor()?, state.clock.now()).await?;
        Ok(Json(ReadAllOut { marked }))
    }

    /// Read my message preferences
    #[oai(path = "/me/preferences", method = "get")]
    async fn preferences(
        &self,
        state: Data<&AppState>,
        auth: Auth,
    ) -> ApiResult<Json<PreferencesOut>> {
        Ok(Json(
            preferences::get(&state.db, auth.actor()?).await?.into(),
        ))
    }

    /// Replace my message preferences
    ///
    /// The language messages are written in, and the kinds not to email (they still reach the inbox).
    /// Muting a required kind, or an unsupported language, is 422 and changes nothing.
    #[oai(path = "/me/preferences", method = "put")]
    async fn set_preferences(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        body: StrictJson<PreferencesIn>,
    ) -> ApiResult<Json<PreferencesOut>> {
        let actor = auth.actor()?;
        let body = body.0;
        let input = PreferencesInput {
            language: body.language,
            muted: body
                .muted
                .into_iter()
                .map(|kind| Kind::from(kind).name())
                .collect(),
        };
        let chosen = preferences::set(&state.db, actor, &input, state.clock.now()).await?;
        Ok(Json(chosen.into()))
    }

    /// List the outbox (admins)
    ///
    /// Every queued message and where its delivery stands, newest first.
    #[oai(path = "/admin/outbox", method = "get")]
    async fn outbox(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        /// Only messages in this delivery state.
        #[oai(name = "state")]
        delivery: Query<Option<DeliveryStateName>>,
        /// Page number, from 1 (at most 1,000,000).
        #[oai(validator(minimum(value = "1"), maximum(value = "1000000")))]
        page: Query<Option<u64>>,
        /// Page size, up to 200.
        #[oai(validator(minimum(value = "1"), maximum(value = "200")))]
        limit: Query<Option<u64>>,
    ) -> ApiResult<Json<OutboxPage>> {
        let filter = OutboxFilter {
            state: delivery.0.map(Into::into),
        };
        let found = outbox::list(
            &state.db,
            auth.actor()?,
            filter,
            page_request(page.0, limit.0),
        )
        .await?;
        Ok(Json(found.into()))
    }

    /// Retry a failed message (admins)
    ///
    /// Puts it back in the queue with no failed attempts, to be sent on the worker's next round. A message
    /// that has not failed is 409.
    #[oai(path = "/admin/outbox/:id/retry", method = "post")]
    async fn retry(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<OutboxEntryOut>> {
        let entry = outbox::retry(&state.db, auth.actor()?, id.0).await?;
        Ok(Json(entry.into()))
    }
}

#[cfg(test)]
mod tests {
    use poem_openapi::types::ToJSON;

    use super::*;

    #[test]
    fn every_kind_goes_through_the_api_and_back_under_its_own_name() {
        for kind in Kind::all() {
            let name = NotificationKindName::from(kind);
            assert_eq!(Kind::from(name), kind);
            assert_eq!(name.to_json(), Some(serde_json::Value::String(kind.name())));
        }
    }

    #[test]
    fn every_delivery_state_goes_through_the_api_and_back_under_its_own_name() {
        for state in DeliveryState::all() {
            let name = DeliveryStateName::from(state);
            assert_eq!(DeliveryState::from(name), state);
            assert_eq!(
                name.to_json(),
                Some(serde_json::Value::String(state.name()))
            );
        }
    }
}
