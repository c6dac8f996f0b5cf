//! What the services that queue notifications share: the web pages where a recipient acts on a message,
//! the human-readable values messages carry (a moment in the call's time zone, an amount with its
//! currency) and who a project's team is. Queuing is [`crate::notifications`]'s; nothing here writes or
//! phrases a message.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::Result;
use crate::accounts::entity::user;
use crate::money::Currency;
use crate::notifications::Recipient;

/// The web pages messages link to, as the HTML UI routes them.
pub(crate) mod path {
    use uuid::Uuid;

    /// An application, for its team.
    pub(crate) fn application(id: Uuid) -> String {
        format!("/applications/{id}")
    }

    /// A call's published results.
    pub(crate) fn results(call_id: Uuid) -> String {
        format!("/calls/{call_id}/results")
    }

    /// A committee member's reviews.
    pub(crate) fn reviews() -> String {
        "/reviews".to_owned()
    }

    /// A funded project, where its team works.
    pub(crate) fn project(id: Uuid) -> String {
        format!("/projects/{id}")
    }

    /// The technical-assistance requests assigned to an expert.
    pub(crate) fn assistance() -> String {
        "/assistance".to_owned()
    }

    /// Where an invited colleague accepts an invitation.
    pub(crate) fn invitation(secret: &str) -> String {
        format!("/invitations/{secret}")
    }
}

/// A moment of a call, as a message carries it: the instant and the call's time zone, so that each
/// reader's message writes it in their language and the call's zone (`i18n::email`):
/// `{"at": "2027-01-31T22:59:00+00:00", "time_zone": "Africa/Tunis"}`.
pub(crate) fn local_time(at: DateTime<Utc>, time_zone: &str) -> serde_json::Value {
    serde_json::json!({"at": at.to_rfc3339(), "time_zone": time_zone})
}

/// An amount, as a message carries it: minor units and the currency, written in each reader's language
/// when the message is: `{"minor": 120000000, "currency": "TND"}`.
pub(crate) fn amount(minor: i64, currency: Currency) -> serde_json::Value {
    serde_json::json!({"minor": minor, "currency": currency.code()})
}

/// A user as a message's recipient.
pub(crate) fn recipient(user: &user::Model) -> Recipient {
    Recipient {
        user_id: Some(user.id),
        email: user.email.clone(),
    }
}

/// The active users of an organisation (a project's team is its lead organisation's), by name.
pub(crate) async fn team_of(
    conn: &impl ConnectionTrait,
    organisation_id: Uuid,
) -> Result<Vec<user::Model>> {
    Ok(user::Entity::find()
        .filter(user::Column::OrganisationId.eq(organisation_id))
        .filter(user::Column::Active.eq(true))
        .order_by_asc(user::Column::Name)
        .all(conn)
        .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moment_travels_as_an_instant_with_the_calls_zone() {
        let at: DateTime<Utc> = "2027-01-31T22:59:00Z".parse().unwrap();
        let moment = local_time(at, "Africa/Tunis");
        assert_eq!(moment["time_zone"], "Africa/Tunis");
        let back: DateTime<Utc> = moment["at"].as_str().unwrap().parse().unwrap();
        assert_eq!(back, at);
    }

    #[test]
    fn an_amount_travels_in_minor_units_with_its_currency() {
        let tnd = Currency::parse("TND").unwrap();
        assert_eq!(
            amount(120_000_000, tnd),
            serde_json::json!({"minor": 120_000_000, "currency": "TND"})
        );
    }
}
