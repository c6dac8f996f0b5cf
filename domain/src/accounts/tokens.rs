//! API tokens: created, listed and revoked by their own user; presented as `Authorization: Bearer`.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, Set,
};
use uuid::Uuid;

use super::credentials;
use super::entity::api_token;
use super::login::{LoginPolicy, authenticate};
use crate::audit::{self, Subject};
use crate::{Actor, Error, Message, Result, db};

/// A token as its owner sees it: never the secret, which is shown once at creation.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ApiToken {
    /// Identifier.
    pub id: Uuid,
    /// What the user called it.
    pub name: String,
    /// The secret's first characters.
    pub prefix: String,
    /// Created at.
    pub created_at: DateTime<Utc>,
    /// Last used at.
    pub last_used_at: Option<DateTime<Utc>>,
    /// Revoked at.
    pub revoked_at: Option<DateTime<Utc>>,
}

impl From<api_token::Model> for ApiToken {
    fn from(model: api_token::Model) -> Self {
        ApiToken {
            id: model.id,
            name: model.name,
            prefix: model.token_prefix,
            created_at: model.created_at,
            last_used_at: model.last_used_at,
            revoked_at: model.revoked_at,
        }
    }
}

fn parse_token_name(value: &str) -> Result<String> {
    let name = value.trim();
    if name.is_empty() {
        return Err(Error::field("name", Message::new("error-required")));
    }
    if name.chars().count() > 100 {
        return Err(Error::field(
            "name",
            Message::new("error-too-long").arg("max", 100),
        ));
    }
    Ok(name.to_owned())
}

/// Creates a token for the actor. Returns the token and its secret, which is never shown again.
pub async fn create(
    db: &DatabaseConnection,
    actor: &Actor,
    name: &str,
) -> Result<(ApiToken, String)> {
    let name = parse_token_name(name)?;
    let (secret, hash) = credentials::new_secret("cvk_");
    let tx = db::begin_write(db).await?;
    let model = api_token::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(actor.user_id),
        name: Set(name),
        token_hash: Set(hash),
        token_prefix: Set(secret.chars().take(12).collect()),
        created_at: Set(Utc::now()),
        last_used_at: Set(None),
        revoked_at: Set(None),
    }
    .insert(&tx)
    .await?;
    audit::record(
        &tx,
        Some(actor),
        "api_token.created",
        &Subject::new("api_token", model.id),
        format!("created API token {:?}", model.name),
    )
    .await?;
    tx.commit().await?;
    Ok((model.into(), secret))
}

/// Checks email and password (throttled like the web sign-in) and creates a token, so that a script can
/// obtain its first token without a browser.
pub async fn create_with_password(
    db: &DatabaseConnection,
    policy: &LoginPolicy,
    email: &str,
    password: &str,
    address: Option<&str>,
    name: &str,
) -> Result<(ApiToken, String)> {
    parse_token_name(name)?;
    let actor = authenticate(db, policy, email, password, address).await?;
    create(db, &actor, name).await
}

/// The actor's own tokens, newest first, revoked ones included.
pub async fn list(db: &DatabaseConnection, actor: &Actor) -> Result<Vec<ApiToken>> {
    Ok(api_token::Entity::find()
        .filter(api_token::Column::UserId.eq(actor.user_id))
        .order_by_desc(api_token::Column::CreatedAt)
        .all(db)
        .await?
        .into_iter()
        .map(ApiToken::from)
        .collect())
}

/// Revokes one of the actor's own tokens; another user's token is `NotFound`. Revoking twice is harmless.
pub async fn revoke(db: &DatabaseConnection, actor: &Actor, id: Uuid) -> Result<ApiToken> {
    let tx = db::begin_write(db).await?;
    let model = api_token::Entity::find_by_id(id)
        .one(&tx)
        .await?
        .filter(|token| token.user_id == actor.user_id)
        .ok_or(Error::NotFound)?;
    if model.revoked_at.is_some() {
        return Ok(model.into());
    }
    let mut active = model.into_active_model();
    active.revoked_at = Set(Some(Utc::now()));
    let model = active.update(&tx).await?;
    audit::record(
        &tx,
        Some(actor),
        "api_token.revoked",
        &Subject::new("api_token", model.id),
        format!("revoked API token {:?}", model.name),
    )
    .await?;
    tx.commit().await?;
    Ok(model.into())
}

/// The actor a bearer secret stands for. Unknown, revoked and deactivated-user tokens are `Unauthenticated`.
pub async fn authenticate_bearer(db: &DatabaseConnection, secret: &str) -> Result<Actor> {
    use sea_orm::QuerySelect;
    // The token, its user and their roles in one query: this runs on every API request.
    let rows: Vec<TokenRow> = super::with_user(
        api_token::Entity::find()
            .select_only()
            .column_as(api_token::Column::Id, "token_id")
            .column(api_token::Column::LastUsedAt)
            .filter(api_token::Column::TokenHash.eq(credentials::hash_secret(secret)))
            .filter(api_token::Column::RevokedAt.is_null()),
        api_token::Column::UserId,
    )
    .into_model()
    .all(db)
    .await?;
    let token = rows.first().map(|row| (row.token_id, row.last_used_at));
    let users: Vec<super::UserRoleRow> = rows.into_iter().map(|row| row.user).collect();
    let (Some(actor), Some((token_id, last_used_at))) = (super::actor_of_rows(&users), token)
    else {
        return Err(Error::Unauthenticated);
    };
    // Recording every use would make each API read a write; to the minute is enough for "last used".
    let now = Utc::now();
    if last_used_at.is_none_or(|at| now - at > chrono::Duration::minutes(1)) {
        api_token::Entity::update_many()
            .col_expr(
                api_token::Column::LastUsedAt,
                sea_orm::sea_query::Expr::value(now),
            )
            .filter(api_token::Column::Id.eq(token_id))
            .exec(db)
            .await?;
    }
    Ok(actor)
}

/// An API token's id and last use beside its user and one of their roles.
#[derive(Debug, sea_orm::FromQueryResult)]
struct TokenRow {
    token_id: Uuid,
    last_used_at: Option<DateTime<Utc>>,
    #[sea_orm(nested)]
    user: super::UserRoleRow,
}
