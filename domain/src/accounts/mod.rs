//! Accounts: users, their roles and credentials; sign-up of a local government; sign-in with throttling;
//! web sessions; API tokens; invitations of colleagues; password reset by email; user administration.
//!
//! Owns who a caller is ([`crate::Actor`]) and how they prove it. It does not decide what an actor may do
//! elsewhere: each capability checks roles and ownership itself.

pub mod credentials;
pub mod entity;
pub mod invitations;
pub mod language;
pub mod login;
pub mod reset;
pub mod tokens;
pub mod users;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use serde::Deserialize;
use uuid::Uuid;

use crate::audit::{self, Subject};
use crate::error::Validator;
use crate::organisations::{self, Organisation, OrganisationFields, OrganisationInput};
use crate::{Actor, Error, FieldError, Message, Result, Role, db};

pub use credentials::{Email, NewPassword};
pub use invitations::{AcceptInvitation, Invitation};
pub use language::{LANGUAGES, Language};
pub use login::{LoginPolicy, StartedSession};
pub use tokens::ApiToken;
pub use users::{NewUserInput, UserFilter};

/// A user as services return it: never with the password hash.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct User {
    /// Identifier.
    pub id: Uuid,
    /// Email address.
    pub email: String,
    /// Display name.
    pub name: String,
    /// The organisation the user acts for.
    pub organisation_id: Option<Uuid>,
    /// Roles, sorted.
    pub roles: Vec<Role>,
    /// Whether the user may sign in.
    pub active: bool,
    /// Optimistic-concurrency version.
    pub version: i32,
    /// Created at.
    pub created_at: DateTime<Utc>,
}

impl User {
    fn from_model(model: entity::user::Model, roles: Vec<Role>) -> Self {
        User {
            id: model.id,
            email: model.email,
            name: model.name,
            organisation_id: model.organisation_id,
            roles,
            active: model.active,
            version: model.version,
            created_at: model.created_at,
        }
    }
}

/// The roles `user_id` holds, sorted.
async fn roles_of(conn: &impl ConnectionTrait, user_id: Uuid) -> Result<Vec<Role>> {
    let rows = entity::user_role::Entity::find()
        .filter(entity::user_role::Column::UserId.eq(user_id))
        .order_by_asc(entity::user_role::Column::Role)
        .all(conn)
        .await?;
    let mut roles: Vec<Role> = rows
        .iter()
        .filter_map(|row| Role::parse(&row.role).ok())
        .collect();
    roles.sort();
    Ok(roles)
}

/// Loads a user with roles, without a permission check.
async fn find_user(conn: &impl ConnectionTrait, id: Uuid) -> Result<User> {
    let model = entity::user::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound)?;
    let roles = roles_of(conn, id).await?;
    Ok(User::from_model(model, roles))
}

/// The actor for an active user, or `None` when the user is gone or deactivated.
pub(crate) async fn actor_for(conn: &impl ConnectionTrait, user_id: Uuid) -> Result<Option<Actor>> {
    let Some(model) = entity::user::Entity::find_by_id(user_id).one(conn).await? else {
        return Ok(None);
    };
    if !model.active {
        return Ok(None);
    }
    Ok(Some(Actor {
        user_id: model.id,
        email: model.email,
        name: model.name,
        organisation_id: model.organisation_id,
        roles: roles_of(conn, user_id).await?,
    }))
}

/// Adds to a query of a credential table (sessions, API tokens) the columns of the user `user_id` names and
/// of their roles, one row per role (see [`UserRoleRow`]): the actor of a request then costs one query, not
/// three.
pub(crate) fn with_user<E: EntityTrait>(
    select: sea_orm::Select<E>,
    user_id: E::Column,
) -> sea_orm::Select<E> {
    use entity::{user, user_role};
    use sea_orm::sea_query::Expr;
    use sea_orm::{JoinType, QuerySelect};
    select
        .join(
            JoinType::InnerJoin,
            E::belongs_to(user::Entity)
                .from(user_id)
                .to(user::Column::Id)
                .into(),
        )
        .join(
            JoinType::LeftJoin,
            sea_orm::RelationDef::from(
                user_role::Entity::belongs_to(user::Entity)
                    .from(user_role::Column::UserId)
                    .to(user::Column::Id),
            )
            .rev(),
        )
        .expr_as(Expr::col((user::Entity, user::Column::Id)), "user_id")
        .expr_as(Expr::col((user::Entity, user::Column::Email)), "email")
        .expr_as(Expr::col((user::Entity, user::Column::Name)), "name")
        .expr_as(
            Expr::col((user::Entity, user::Column::OrganisationId)),
            "organisation_id",
        )
        .expr_as(Expr::col((user::Entity, user::Column::Active)), "active")
        .expr_as(
            Expr::col((user_role::Entity, user_role::Column::Role)),
            "role",
        )
}

/// A user and one of their roles, as [`with_user`] selects them.
#[derive(Debug, Clone, sea_orm::FromQueryResult)]
pub(crate) struct UserRoleRow {
    pub user_id: Uuid,
    pub email: String,
    pub name: String,
    pub organisation_id: Option<Uuid>,
    pub active: bool,
    pub role: Option<String>,
}

/// The actor of the rows [`with_user`] selected for one credential: `None` without rows or for a
/// deactivated user. Roles are sorted as [`roles_of`] sorts them.
pub(crate) fn actor_of_rows(rows: &[UserRoleRow]) -> Option<Actor> {
    let first = rows.first().filter(|row| row.active)?;
    let mut roles: Vec<Role> = rows
        .iter()
        .filter_map(|row| row.role.as_deref())
        .filter_map(|role| Role::parse(role).ok())
        .collect();
    roles.sort();
    roles.dedup();
    Some(Actor {
        user_id: first.user_id,
        email: first.email.clone(),
        name: first.name.clone(),
        organisation_id: first.organisation_id,
        roles,
    })
}

/// Replaces a user's roles.
async fn write_roles(conn: &impl ConnectionTrait, user_id: Uuid, roles: &[Role]) -> Result<()> {
    entity::user_role::Entity::delete_many()
        .filter(entity::user_role::Column::UserId.eq(user_id))
        .exec(conn)
        .await?;
    for role in roles {
        entity::user_role::ActiveModel {
            user_id: Set(user_id),
            role: Set(role.as_str().to_owned()),
        }
        .insert(conn)
        .await?;
    }
    Ok(())
}

/// Whether an account with this email exists already.
async fn email_taken(conn: &impl ConnectionTrait, email: &Email) -> Result<bool> {
    Ok(entity::user::Entity::find()
        .filter(entity::user::Column::Email.eq(email.as_str()))
        .one(conn)
        .await?
        .is_some())
}

/// A new account's known-good fields.
struct NewAccount {
    email: Email,
    name: String,
    password_hash: String,
    organisation_id: Option<Uuid>,
    roles: Vec<Role>,
    language: Language,
}

/// Inserts a user and their roles; the caller's transaction holds the audit entry.
async fn insert_user(conn: &impl ConnectionTrait, account: NewAccount) -> Result<User> {
    if email_taken(conn, &account.email).await? {
        return Err(Error::field("email", Message::new("error-email-taken")));
    }
    let now = Utc::now();
    let model = entity::user::ActiveModel {
        id: Set(Uuid::now_v7()),
        email: Set(account.email.as_str().to_owned()),
        name: Set(account.name),
        password_hash: Set(account.password_hash),
        organisation_id: Set(account.organisation_id),
        active: Set(true),
        language: Set(account.language.code().to_owned()),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(conn)
    .await?;
    let mut roles = account.roles;
    roles.sort();
    roles.dedup();
    write_roles(conn, model.id, &roles).await?;
    Ok(User::from_model(model, roles))
}

/// Validates a display name.
fn parse_name(value: &str) -> Result<String, Message> {
    let name = value.trim();
    if name.is_empty() {
        Err(Message::new("error-required"))
    } else if name.chars().count() > 120 {
        Err(Message::new("error-too-long").arg("max", 120))
    } else {
        Ok(name.to_owned())
    }
}

/// What a local government sends to sign up.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SignUpInput {
    /// The organisation to register (a local government).
    pub organisation: OrganisationInput,
    /// The first user's name.
    pub name: String,
    /// The first user's email.
    pub email: String,
    /// The first user's password.
    pub password: String,
    /// The language the first user signed up in: their messages are written in it.
    #[serde(default)]
    pub language: Language,
}

/// The result of a sign-up.
#[derive(Debug, Clone)]
pub struct SignedUp {
    /// The new, unverified organisation.
    pub organisation: Organisation,
    /// Its first user, an applicant.
    pub user: User,
}

/// A sign-up whose fields are known good.
struct ValidSignUp {
    organisation: OrganisationFields,
    name: String,
    email: Email,
    password: NewPassword,
}

/// Checks every field of a sign-up at once, without the database.
fn parse_sign_up(input: &SignUpInput) -> Result<ValidSignUp, Vec<FieldError>> {
    let mut errors = Vec::new();
    let organisation = match OrganisationFields::parse(&input.organisation, "organisation.") {
        Ok(fields) if !fields.kind().is_local_government() => {
            errors.push(FieldError::new(
                "organisation.kind",
                Message::new("error-kind-not-local-government"),
            ));
            None
        }
        Ok(fields) => Some(fields),
        Err(Error::Validation(mut found)) => {
            errors.append(&mut found);
            None
        }
        Err(_) => None,
    };
    let mut v = Validator::new();
    let name = v.parse("name", parse_name(&input.name));
    let email = v.parse("email", Email::parse(&input.email));
    let password = v.parse(
        "password",
        NewPassword::parse(&input.password, &[&input.email, &input.name]),
    );
    if let Err(Error::Validation(mut found)) = v.finish() {
        errors.append(&mut found);
    }
    match (organisation, name, email, password) {
        (Some(organisation), Some(name), Some(email), Some(password)) if errors.is_empty() => {
            Ok(ValidSignUp {
                organisation,
                name,
                email,
                password,
            })
        }
        _ => Err(errors),
    }
}

/// Every problem with a sign-up that can be found without the database (an email already taken is found
/// only by [`sign_up`]). Lets a form report all problems even when another field could not be read at all.
pub fn sign_up_problems(input: &SignUpInput) -> Vec<FieldError> {
    parse_sign_up(input).err().unwrap_or_default()
}

/// Registers a local government (unverified) and its first applicant user. Anyone may sign up; a manager
/// verifies the organisation before it can submit.
pub async fn sign_up(db: &DatabaseConnection, input: &SignUpInput) -> Result<SignedUp> {
    let ValidSignUp {
        organisation,
        name,
        email,
        password,
    } = parse_sign_up(input).map_err(Error::Validation)?;
    let password_hash = password.hash().await?;

    let tx = db::begin_write(db).await?;
    let organisation = organisations::insert(&tx, organisation, "organisation.").await?;
    let user = insert_user(
        &tx,
        NewAccount {
            email,
            name,
            password_hash,
            organisation_id: Some(organisation.id),
            roles: vec![Role::Applicant],
            language: input.language,
        },
    )
    .await?;
    audit::record(
        &tx,
        None,
        "organisation.signed_up",
        &Subject::new("organisation", organisation.id),
        format!(
            "{} ({}, {}) signed up with {}",
            organisation.name, organisation.kind, organisation.country, user.email
        ),
    )
    .await?;
    audit::record(
        &tx,
        None,
        "user.created",
        &Subject::new("user", user.id),
        format!("{} <{}> as applicant", user.name, user.email),
    )
    .await?;
    tx.commit().await?;
    Ok(SignedUp { organisation, user })
}
