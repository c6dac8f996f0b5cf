//! User administration (admins), one's own profile, and the members of an organisation.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, DatabaseConnection, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, QuerySelect, QueryTrait, Set,
};
use serde::Deserialize;
use uuid::Uuid;

use super::credentials::{Email, NewPassword};
use super::entity::{user, user_role};
use super::{NewAccount, User, find_user, insert_user, login, parse_name, roles_of, write_roles};
use crate::audit::{self, Subject};
use crate::error::Validator;
use crate::{
    Actor, Error, FieldError, Message, Page, PageRequest, Result, Role, db, organisations,
};

/// A user as an admin (or the command line) creates them.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct NewUserInput {
    /// Email address.
    pub email: String,
    /// Display name.
    pub name: String,
    /// Initial password.
    pub password: String,
    /// Roles by name.
    pub roles: Vec<String>,
    /// The organisation the user acts for.
    pub organisation_id: Option<Uuid>,
}

fn parse_roles(values: &[String]) -> Result<Vec<Role>, Message> {
    let mut roles = values
        .iter()
        .map(|value| Role::parse(value))
        .collect::<Result<Vec<_>, _>>()?;
    roles.sort();
    roles.dedup();
    Ok(roles)
}

/// A new user's fields that are known good without the database.
struct ValidNewUser {
    email: Email,
    name: String,
    password: NewPassword,
    roles: Vec<Role>,
}

fn parse_new_user(input: &NewUserInput) -> Result<ValidNewUser, Vec<FieldError>> {
    let mut v = Validator::new();
    let email = v.parse("email", Email::parse(&input.email));
    let name = v.parse("name", parse_name(&input.name));
    let password = v.parse(
        "password",
        NewPassword::parse(&input.password, &[&input.email, &input.name]),
    );
    let roles = v.parse("roles", parse_roles(&input.roles));
    match (v.finish(), email, name, password, roles) {
        (Ok(()), Some(email), Some(name), Some(password), Some(roles)) => Ok(ValidNewUser {
            email,
            name,
            password,
            roles,
        }),
        (Err(Error::Validation(errors)), ..) => Err(errors),
        _ => Err(Vec::new()),
    }
}

/// Every problem with a new user that can be found without the database (an unknown organisation or an
/// email already taken are found only on creation).
pub fn new_user_problems(input: &NewUserInput) -> Vec<FieldError> {
    parse_new_user(input).err().unwrap_or_default()
}

async fn validate_new_user(db: &DatabaseConnection, input: &NewUserInput) -> Result<NewAccount> {
    let parsed = parse_new_user(input);
    let organisation_known = match input.organisation_id {
        Some(id) => organisations::find(db, id).await.is_ok(),
        None => true,
    };
    let valid = match (parsed, organisation_known) {
        (Ok(valid), true) => valid,
        (parsed, known) => {
            let mut errors = parsed.err().unwrap_or_default();
            if !known {
                errors.push(FieldError::new(
                    "organisation_id",
                    Message::new("error-organisation-unknown"),
                ));
            }
            return Err(Error::Validation(errors));
        }
    };
    Ok(NewAccount {
        email: valid.email,
        name: valid.name,
        password_hash: valid.password.hash().await?,
        organisation_id: input.organisation_id,
        roles: valid.roles,
        language: super::Language::ENGLISH,
    })
}

/// Creates a user with any roles. Admins only.
pub async fn create(db: &DatabaseConnection, actor: &Actor, input: &NewUserInput) -> Result<User> {
    actor.require_any(&[Role::Admin])?;
    create_as(db, Some(actor), input).await
}

/// Creates a user from the server's command line, which is trusted like an admin (a fresh install has none).
pub async fn create_from_command_line(
    db: &DatabaseConnection,
    input: &NewUserInput,
) -> Result<User> {
    create_as(db, None, input).await
}

async fn create_as(
    db: &DatabaseConnection,
    actor: Option<&Actor>,
    input: &NewUserInput,
) -> Result<User> {
    let account = validate_new_user(db, input).await?;
    let tx = db::begin_write(db).await?;
    let user = insert_user(&tx, account).await?;
    audit::record(
        &tx,
        actor,
        "user.created",
        &Subject::new("user", user.id),
        format!(
            "{} <{}> with roles {}",
            user.name,
            user.email,
            role_list(&user.roles)
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(user)
}

fn role_list(roles: &[Role]) -> String {
    if roles.is_empty() {
        return "(none)".to_owned();
    }
    roles
        .iter()
        .map(|r| r.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Which users to list.
#[derive(Debug, Clone, Default)]
pub struct UserFilter {
    /// Only users with this role.
    pub role: Option<Role>,
    /// Only users of this organisation.
    pub organisation_id: Option<Uuid>,
    /// Only active (`true`) or deactivated (`false`) users.
    pub active: Option<bool>,
    /// Name or email contains this text.
    pub search: Option<String>,
}

/// Lists users by email. Admins only.
pub async fn list(
    db: &DatabaseConnection,
    actor: &Actor,
    filter: &UserFilter,
    page: PageRequest,
) -> Result<Page<User>> {
    actor.require_any(&[Role::Admin])?;
    let mut query = user::Entity::find();
    if let Some(role) = filter.role {
        let holders = user_role::Entity::find()
            .select_only()
            .column(user_role::Column::UserId)
            .filter(user_role::Column::Role.eq(role.as_str()))
            .into_query();
        query = query.filter(user::Column::Id.in_subquery(holders));
    }
    if let Some(organisation_id) = filter.organisation_id {
        query = query.filter(user::Column::OrganisationId.eq(organisation_id));
    }
    if let Some(active) = filter.active {
        query = query.filter(user::Column::Active.eq(active));
    }
    if let Some(search) = filter
        .search
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        query = query.filter(
            Condition::any()
                .add(crate::db::contains_text(user::Column::Name, search))
                .add(crate::db::contains_text(user::Column::Email, search)),
        );
    }
    let Page {
        items: models,
        total,
        page,
        limit,
    } = crate::page::fetch(db, query.order_by_asc(user::Column::Email), page).await?;
    let mut items = Vec::with_capacity(models.len());
    for model in models {
        let roles = roles_of(db, model.id).await?;
        items.push(User::from_model(model, roles));
    }
    Ok(Page {
        items,
        total,
        page,
        limit,
    })
}

/// One user: admins see anyone, others only themselves.
pub async fn get(db: &DatabaseConnection, actor: &Actor, id: Uuid) -> Result<User> {
    if actor.user_id != id && !actor.has(Role::Admin) {
        return Err(Error::NotFound);
    }
    find_user(db, id).await
}

/// Replaces a user's roles. Admins only; an admin cannot take the admin role from themselves, so that an
/// install is never left without an administrator by accident.
pub async fn set_roles(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    version: i32,
    roles: &[String],
) -> Result<User> {
    actor.require_any(&[Role::Admin])?;
    let roles = parse_roles(roles).map_err(|m| Error::field("roles", m))?;
    if actor.user_id == id && !roles.contains(&Role::Admin) {
        return Err(Error::field(
            "roles",
            Message::new("error-cannot-remove-own-admin"),
        ));
    }
    let tx = db::begin_write(db).await?;
    let before = find_user(&tx, id).await?;
    if before.version != version {
        return Err(Error::stale());
    }
    write_roles(&tx, id, &roles).await?;
    bump_version(&tx, id, before.version, |_| {}).await?;
    audit::record(
        &tx,
        Some(actor),
        "user.roles_changed",
        &Subject::new("user", id),
        format!(
            "roles: {} -> {}",
            role_list(&before.roles),
            role_list(&roles)
        ),
    )
    .await?;
    let after = find_user(&tx, id).await?;
    tx.commit().await?;
    Ok(after)
}

/// Activates or deactivates a user. Admins only, never themselves. Deactivation ends the user's sessions;
/// their API tokens stop authenticating while they are inactive.
pub async fn set_active(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    version: i32,
    active: bool,
) -> Result<User> {
    actor.require_any(&[Role::Admin])?;
    if actor.user_id == id {
        return Err(Error::field(
            "active",
            Message::new("error-cannot-deactivate-self"),
        ));
    }
    let tx = db::begin_write(db).await?;
    let before = find_user(&tx, id).await?;
    if before.version != version {
        return Err(Error::stale());
    }
    bump_version(&tx, id, before.version, |model| model.active = Set(active)).await?;
    if !active {
        login::end_all_sessions(&tx, id).await?;
    }
    audit::record(
        &tx,
        Some(actor),
        if active {
            "user.activated"
        } else {
            "user.deactivated"
        },
        &Subject::new("user", id),
        format!("{} <{}>", before.name, before.email),
    )
    .await?;
    let after = find_user(&tx, id).await?;
    tx.commit().await?;
    Ok(after)
}

/// Applies `change` and increments the version, guarding against a concurrent edit between read and write.
async fn bump_version(
    conn: &crate::db::WriteTransaction,
    id: Uuid,
    version: i32,
    change: impl FnOnce(&mut user::ActiveModel),
) -> Result<user::Model> {
    let model = user::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound)?;
    if model.version != version {
        return Err(Error::stale());
    }
    let mut active = model.into_active_model();
    change(&mut active);
    active.version = Set(version + 1);
    active.updated_at = Set(Utc::now());
    Ok(active.update(conn).await?)
}

/// Changes one's own display name.
pub async fn update_profile(
    db: &DatabaseConnection,
    actor: &Actor,
    version: i32,
    name: &str,
) -> Result<User> {
    let name = parse_name(name).map_err(|m| Error::field("name", m))?;
    let tx = db::begin_write(db).await?;
    let before = find_user(&tx, actor.user_id).await?;
    let new_name = name.clone();
    bump_version(&tx, actor.user_id, version, |model| {
        model.name = Set(new_name)
    })
    .await?;
    audit::record(
        &tx,
        Some(actor),
        "user.profile_updated",
        &Subject::new("user", actor.user_id),
        format!("name: {:?} -> {:?}", before.name, name),
    )
    .await?;
    let after = find_user(&tx, actor.user_id).await?;
    tx.commit().await?;
    Ok(after)
}

/// Changes one's own password after checking the current one; other web sessions are ended.
/// A wrong current password counts as a failed sign-in of the account (see [`login::LoginPolicy`]).
pub async fn change_password(
    db: &DatabaseConnection,
    policy: &login::LoginPolicy,
    actor: &Actor,
    current: &str,
    new: &str,
) -> Result<()> {
    let model = user::Entity::find_by_id(actor.user_id)
        .one(db)
        .await?
        .ok_or(Error::NotFound)?;
    let mut v = Validator::new();
    let current_ok =
        login::check_current_password(db, policy, &model.email, current, &model.password_hash)
            .await?;
    v.check(
        current_ok,
        "current_password",
        Message::new("error-password-wrong"),
    );
    let new = v.parse(
        "new_password",
        NewPassword::parse(new, &[&model.email, &model.name]),
    );
    v.finish()?;
    let hash = new
        .ok_or(Error::Internal("validated password".into()))?
        .hash()
        .await?;
    let tx = db::begin_write(db).await?;
    bump_version(&tx, actor.user_id, model.version, |m| {
        m.password_hash = Set(hash)
    })
    .await?;
    login::end_all_sessions(&tx, actor.user_id).await?;
    audit::record(
        &tx,
        Some(actor),
        "user.password_changed",
        &Subject::new("user", actor.user_id),
        "changed their password",
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The users of an organisation: for its own members, managers and admins.
pub async fn members(
    db: &DatabaseConnection,
    actor: &Actor,
    organisation_id: Uuid,
) -> Result<Vec<User>> {
    if !actor.belongs_to(organisation_id) && !actor.has_any(&[Role::Manager, Role::Admin]) {
        return Err(Error::NotFound);
    }
    let models = user::Entity::find()
        .filter(user::Column::OrganisationId.eq(organisation_id))
        .order_by_asc(user::Column::Name)
        .all(db)
        .await?;
    let mut users = Vec::with_capacity(models.len());
    for model in models {
        let roles = roles_of(db, model.id).await?;
        users.push(User::from_model(model, roles));
    }
    Ok(users)
}

/// A user as a manager picks them from a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserChoice {
    /// Identifier.
    pub id: Uuid,
    /// Display name.
    pub name: String,
    /// Email address.
    pub email: String,
}

/// Active users by name, for a manager choosing one (the expert of a technical-assistance request, which
/// may be any active user). Managers only.
pub async fn active_choices(db: &DatabaseConnection, actor: &Actor) -> Result<Vec<UserChoice>> {
    actor.require_any(&[Role::Manager])?;
    Ok(user::Entity::find()
        .filter(user::Column::Active.eq(true))
        .order_by_asc(user::Column::Name)
        .order_by_asc(user::Column::Email)
        .all(db)
        .await?
        .into_iter()
        .map(|u| UserChoice {
            id: u.id,
            name: u.name,
            email: u.email,
        })
        .collect())
}
