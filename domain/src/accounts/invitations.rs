//! Invitations: a user of an organisation invites a colleague by email (the link is queued in the
//! notification outbox and shown once to the inviter); the colleague follows the link, chooses a name and
//! password, and joins the organisation as an applicant.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, Set,
};
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use super::credentials::{self, Email, NewPassword};
use super::entity::{invitation, user};
use super::{NewAccount, User, email_taken, insert_user, parse_name};
use crate::audit::{self, Subject};
use crate::error::Validator;
use crate::notifications::{self, Recipient};
use crate::organisations::{self, Organisation};
use crate::outbox;
use crate::{Actor, Error, Message, Result, Role, db};

/// How long an invitation link works.
pub const INVITATION_VALIDITY_DAYS: i64 = 14;

/// An invitation as its organisation sees it (never the secret).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Invitation {
    /// Identifier.
    pub id: Uuid,
    /// The organisation to join.
    pub organisation_id: Uuid,
    /// Who is invited.
    pub email: String,
    /// Created at.
    pub created_at: DateTime<Utc>,
    /// Expires at.
    pub expires_at: DateTime<Utc>,
    /// Accepted at.
    pub accepted_at: Option<DateTime<Utc>>,
}

impl From<invitation::Model> for Invitation {
    fn from(model: invitation::Model) -> Self {
        Invitation {
            id: model.id,
            organisation_id: model.organisation_id,
            email: model.email,
            created_at: model.created_at,
            expires_at: model.expires_at,
            accepted_at: model.accepted_at,
        }
    }
}

fn may_invite(actor: &Actor, organisation_id: Uuid) -> bool {
    actor.belongs_to(organisation_id) || actor.has_any(&[Role::Manager, Role::Admin])
}

/// Invites `email` to join `organisation_id`, emailing the link in the inviter's language. Members of the
/// organisation, managers and admins. Returns the invitation and the secret for its link, which is shown once
/// to the inviter too.
pub async fn invite(
    db: &DatabaseConnection,
    actor: &Actor,
    organisation_id: Uuid,
    email: &str,
) -> Result<(Invitation, String)> {
    if !may_invite(actor, organisation_id) {
        return Err(Error::NotFound);
    }
    let organisation = organisations::find(db, organisation_id).await?;
    let email = Email::parse(email).map_err(|m| Error::field("email", m))?;
    if email_taken(db, &email).await? {
        return Err(Error::field("email", Message::new("error-email-taken")));
    }
    let (secret, hash) = credentials::new_secret("cvi_");
    let now = Utc::now();
    let tx = db::begin_write(db).await?;
    let model = invitation::ActiveModel {
        id: Set(Uuid::now_v7()),
        organisation_id: Set(organisation_id),
        email: Set(email.as_str().to_owned()),
        token_hash: Set(hash),
        invited_by: Set(actor.user_id),
        created_at: Set(now),
        expires_at: Set(now + chrono::Duration::days(INVITATION_VALIDITY_DAYS)),
        accepted_at: Set(None),
    }
    .insert(&tx)
    .await?;
    // The invited colleague has no account yet: the message goes out in the inviter's language.
    let language = user::Entity::find_by_id(actor.user_id)
        .one(&tx)
        .await?
        .map(|inviter| inviter.language);
    notifications::enqueue_in(
        &tx,
        &Recipient {
            user_id: None,
            email: model.email.clone(),
        },
        language.as_deref(),
        notifications::Kind::Invitation,
        &json!({
            "path": outbox::path::invitation(&secret),
            "organisation": organisation.name,
            "inviter": actor.name,
            "days": INVITATION_VALIDITY_DAYS,
        }),
        now,
    )
    .await?;
    audit::record(
        &tx,
        Some(actor),
        "invitation.created",
        &Subject::new("organisation", organisation_id),
        format!("invited {} to {}", model.email, organisation.name),
    )
    .await?;
    tx.commit().await?;
    Ok((model.into(), secret))
}

/// Pending and past invitations of an organisation, newest first.
pub async fn list(
    db: &DatabaseConnection,
    actor: &Actor,
    organisation_id: Uuid,
) -> Result<Vec<Invitation>> {
    if !may_invite(actor, organisation_id) {
        return Err(Error::NotFound);
    }
    Ok(invitation::Entity::find()
        .filter(invitation::Column::OrganisationId.eq(organisation_id))
        .order_by_desc(invitation::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .map(Invitation::from)
        .collect())
}

async fn open_invitation(
    conn: &impl sea_orm::ConnectionTrait,
    secret: &str,
) -> Result<invitation::Model> {
    invitation::Entity::find()
        .filter(invitation::Column::TokenHash.eq(credentials::hash_secret(secret)))
        .one(conn)
        .await?
        .filter(|inv| inv.accepted_at.is_none() && inv.expires_at > Utc::now())
        .ok_or(Error::NotFound)
}

/// The open invitation behind a link and its organisation; used or expired links are `NotFound`.
pub async fn find_open(
    db: &DatabaseConnection,
    secret: &str,
) -> Result<(Invitation, Organisation)> {
    let model = open_invitation(db, secret).await?;
    let organisation = organisations::find(db, model.organisation_id).await?;
    Ok((model.into(), organisation))
}

/// What the invited colleague sends.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct AcceptInvitation {
    /// Their name.
    pub name: String,
    /// Their password.
    pub password: String,
    /// The language they accept in: their messages are written in it.
    #[serde(default)]
    pub language: super::Language,
}

/// Accepts an invitation: creates the user as an applicant of the organisation. A link works once.
pub async fn accept(
    db: &DatabaseConnection,
    secret: &str,
    input: &AcceptInvitation,
) -> Result<User> {
    let pending = open_invitation(db, secret).await?;
    let mut v = Validator::new();
    let name = v.parse("name", parse_name(&input.name));
    let password = v.parse(
        "password",
        NewPassword::parse(&input.password, &[&pending.email, &input.name]),
    );
    v.finish()?;
    let (Some(name), Some(password)) = (name, password) else {
        return Err(Error::Internal("validated invitation fields".into()));
    };
    let password_hash = password.hash().await?;
    let email = Email::parse(&pending.email).map_err(|m| Error::field("email", m))?;

    let tx = db::begin_write(db).await?;
    // Re-read inside the write transaction: two clicks on the same link must not create two users.
    let model = open_invitation(&tx, secret).await?;
    let user = insert_user(
        &tx,
        NewAccount {
            email,
            name,
            password_hash,
            organisation_id: Some(model.organisation_id),
            roles: vec![Role::Applicant],
            language: input.language,
        },
    )
    .await?;
    let organisation_id = model.organisation_id;
    let mut accepted = model.into_active_model();
    accepted.accepted_at = Set(Some(Utc::now()));
    accepted.update(&tx).await?;
    audit::record(
        &tx,
        None,
        "invitation.accepted",
        &Subject::new("organisation", organisation_id),
        format!("{} <{}> joined as applicant", user.name, user.email),
    )
    .await?;
    audit::record(
        &tx,
        None,
        "user.created",
        &Subject::new("user", user.id),
        format!("{} <{}> by invitation", user.name, user.email),
    )
    .await?;
    tx.commit().await?;
    Ok(user)
}
