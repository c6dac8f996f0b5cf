//! User administration in the browser (admins): the list of users with filters and pages, creating a user,
//! changing a user's roles, activating and deactivating.
//!
//! `domain::accounts::users` checks that the caller is an admin and guards against an admin locking
//! themselves out; these handlers only translate forms to its commands.

use askama::Template;
use domain::accounts::{NewPassword, NewUserInput, User, UserFilter, users};
use domain::{Error, FieldError, Message, PageRequest, Role};
use poem::http::StatusCode;
use poem::web::cookie::CookieJar;
use poem::web::{Data, Path, Query, Redirect};
use poem::{IntoResponse, Response, handler};
use serde::Deserialize;
use uuid::Uuid;

use crate::csrf::CheckedForm;
use crate::errors::PageError;
use crate::forms::{self, Fields, FormState};
use crate::i18n::Lang;
use crate::layout::Localized as _;
use crate::layout::{self, Choice, Pager};
use crate::session::{self, Visitor};
use crate::{WebState, paths};

const CREATE_FIELDS: Fields = &[
    ("name", "admin-name"),
    ("email", "admin-email"),
    ("password", "admin-password"),
    ("roles", "admin-roles"),
    ("organisation_id", "admin-organisation-id"),
];

/// The filters of the list, as typed (blank means "any").
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct UsersQuery {
    q: String,
    role: String,
    active: String,
    page: String,
}

impl UsersQuery {
    fn filter(&self) -> UserFilter {
        UserFilter {
            role: Role::parse(&self.role).ok(),
            organisation_id: None,
            active: match self.active.as_str() {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            },
            search: Some(self.q.trim().to_owned()).filter(|q| !q.is_empty()),
        }
    }

    fn pairs(&self) -> [(&str, &str); 3] {
        [
            ("q", self.q.as_str()),
            ("role", self.role.as_str()),
            ("active", self.active.as_str()),
        ]
    }

    fn query_string(&self) -> String {
        let mut pairs = self.pairs().to_vec();
        pairs.push(("page", self.page.as_str()));
        paths::query_string(pairs)
    }

    /// The list as it was, to come back to after a change.
    fn list_url(&self) -> String {
        paths::with_query("/admin/users", &self.query_string())
    }
}

/// A user with the role checkboxes of their row.
struct UserRow {
    user: User,
    roles: Vec<Choice>,
}

#[derive(Template)]
#[template(path = "admin_users.html")]
struct UsersPage<'a> {
    visitor: &'a Visitor,
    query: &'a UsersQuery,
    query_suffix: String,
    role_filter: Vec<Choice>,
    active_filter: Vec<Choice>,
    rows: Vec<UserRow>,
    pager: Pager,
    /// What went wrong with a change in one of the rows.
    row_form: FormState,
    create_form: FormState,
    role_choices: Vec<Choice>,
    password_hint: String,
}
layout::localized!(UsersPage);

fn role_choices(lang: Lang, held: &[Role]) -> Vec<Choice> {
    Role::ALL
        .into_iter()
        .map(|role| Choice {
            value: role.as_str().to_owned(),
            label: layout::role_label(lang, role),
            selected: held.contains(&role),
        })
        .collect()
}

/// Loads the list and renders the page, with any form that failed.
async fn users_page(
    state: &WebState,
    visitor: &Visitor,
    query: &UsersQuery,
    create_form: Option<FormState>,
    row_form: Option<FormState>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let lang = visitor.lang;
    let request = PageRequest::new(layout::page_number(Some(&query.page)), None);
    let page = users::list(&state.db, actor, &query.filter(), request).await?;
    let pager = Pager::new(&page, "/admin/users", &query.pairs());
    let query_string = query.query_string();
    let page = UsersPage {
        visitor,
        query,
        query_suffix: if query_string.is_empty() {
            String::new()
        } else {
            format!("?{query_string}")
        },
        role_filter: Role::ALL
            .into_iter()
            .map(|role| Choice {
                value: role.as_str().to_owned(),
                label: layout::role_label(lang, role),
                selected: query.role == role.as_str(),
            })
            .collect(),
        active_filter: [
            ("", "filter-any"),
            ("yes", "user-active"),
            ("no", "user-inactive"),
        ]
        .into_iter()
        .map(|(value, key)| Choice {
            value: value.to_owned(),
            label: lang.t(key),
            selected: query.active == value,
        })
        .collect(),
        rows: page
            .items
            .into_iter()
            .map(|user| UserRow {
                roles: role_choices(lang, &user.roles),
                user,
            })
            .collect(),
        pager,
        row_form: row_form.unwrap_or_else(|| FormState::new(lang, "row", &[])),
        create_form: create_form.unwrap_or_else(|| FormState::new(lang, "new-user", CREATE_FIELDS)),
        role_choices: role_choices(lang, &[]),
        password_hint: lang.t_count("form-password-hint", "min", NewPassword::MIN_CHARS as u64),
    };
    layout::render(&page, status)
}

/// `GET /admin/users`: admins.
#[handler]
pub async fn list_users(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Query(query): Query<UsersQuery>,
) -> Result<Response, PageError> {
    users_page(state, visitor, &query, None, None, StatusCode::OK).await
}

/// `POST /admin/users`: creates a user with the checked roles and an optional organisation.
#[handler]
pub async fn create_user(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Query(query): Query<UsersQuery>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let input = NewUserInput {
        email: form.text("email").to_owned(),
        name: form.text("name").to_owned(),
        password: form.text("password").to_owned(),
        roles: form.all("roles").into_iter().map(str::to_owned).collect(),
        organisation_id: None,
    };
    let result = match form.optional("organisation_id").map(Uuid::parse_str) {
        None => users::create(&state.db, actor, &input).await.map(drop),
        Some(Ok(organisation_id)) => {
            let input = NewUserInput {
                organisation_id: Some(organisation_id),
                ..input
            };
            users::create(&state.db, actor, &input).await.map(drop)
        }
        // Not an id at all: nothing is written; the domain reports what else is wrong.
        Some(Err(_)) => {
            actor.require_any(&[Role::Admin])?;
            let mut problems = vec![FieldError::new(
                "organisation_id",
                Message::new("error-organisation-unknown"),
            )];
            problems.extend(users::new_user_problems(&input));
            Err(Error::Validation(problems))
        }
    };
    match result {
        Ok(()) => {
            session::set_flash(state, jar, "flash-user-created");
            Ok(Redirect::see_other(query.list_url()).into_response())
        }
        Err(err) => {
            let mut create = FormState::new(visitor.lang, "new-user", CREATE_FIELDS)
                .keeping(&form, &["password"]);
            let status = create.absorb(err)?;
            users_page(state, visitor, &query, Some(create), None, status).await
        }
    }
}

/// Redirects back to the list after a row's change, or re-shows it with what went wrong.
async fn after_row_change(
    state: &WebState,
    visitor: &Visitor,
    jar: &CookieJar,
    query: &UsersQuery,
    result: Result<User, Error>,
    flash: &str,
) -> Result<Response, PageError> {
    match result {
        Ok(_) => {
            session::set_flash(state, jar, flash);
            Ok(Redirect::see_other(query.list_url()).into_response())
        }
        Err(err) => {
            let mut row = FormState::new(visitor.lang, "row", &[]);
            let status = row.absorb(err)?;
            users_page(state, visitor, query, None, Some(row), status).await
        }
    }
}

/// `POST /admin/users/{id}/roles`: replaces a user's roles with the checked ones.
#[handler]
pub async fn set_roles(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    Query(query): Query<UsersQuery>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let id = paths::parse_id(&id)?;
    let roles: Vec<String> = form.all("roles").into_iter().map(str::to_owned).collect();
    let result = match forms::version(&form) {
        Ok(version) => users::set_roles(&state.db, actor, id, version, &roles).await,
        Err(stale) => Err(stale),
    };
    after_row_change(state, visitor, jar, &query, result, "flash-roles-saved").await
}

/// `POST /admin/users/{id}/active`: activates (`active=true`) or deactivates a user.
#[handler]
pub async fn set_active(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    Query(query): Query<UsersQuery>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let id = paths::parse_id(&id)?;
    let active = form.text("active") == "true";
    let result = match forms::version(&form) {
        Ok(version) => users::set_active(&state.db, actor, id, version, active).await,
        Err(stale) => Err(stale),
    };
    let flash = if active {
        "flash-user-activated"
    } else {
        "flash-user-deactivated"
    };
    after_row_change(state, visitor, jar, &query, result, flash).await
}
