//! The `accounts` tag: sign-up, tokens, the caller's own account, user administration and invitations.

use crate::strict::StrictJson;
use domain::Role;
use domain::accounts::{self, AcceptInvitation, NewUserInput, SignUpInput, UserFilter};
use poem::web::{Data, RemoteAddr};
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::types::{ToJSON, Type};
use poem_openapi::{ApiResponse, Object, OpenApi, Tags};
use uuid::Uuid;

use crate::AppState;
use crate::auth::Auth;
use crate::problem::{ApiError, ApiResult, request_lang};
use crate::schema::{
    CreatedToken, OrganisationIn, OrganisationOut, RoleName, TokenOut, UserOut, UserPage,
    page_request,
};

/// The API's tags, one per capability.
#[derive(Tags)]
pub enum ApiTags {
    /// Sign-up, sign-in tokens, one's own account, users and invitations.
    Accounts,
    /// Local governments, partners and agencies.
    Organisations,
    /// The append-only record of every change.
    Audit,
    /// National programmes and the prerequisites they record.
    Programmes,
    /// Calls for proposals: details, criteria, questions, eligibility rules, lifecycle.
    Calls,
    /// Applications by local governments: drafts, partners, attachments, submission, screening.
    Applications,
    /// Selection committees: members, sectors, roles, the composition rule, conflicts of interest and
    /// assignments.
    Committee,
    /// Score sheets (blind until one's own is submitted) and reviewing progress.
    Reviews,
    /// Aggregated scores, ranking, the selection proposal, overrides, finalised decisions and published
    /// results.
    Selection,
    /// Funded projects: tranches, milestones, progress reports, indicators, technical assistance, portfolio.
    Projects,
    /// Open data on awards: 360Giving and CSV.
    #[oai(rename = "open-data")]
    OpenData,
    /// Peer-learning exchanges between a programme's funded projects: organised by managers, attended by
    /// the invited teams, public with their outcome once held.
    Exchanges,
    /// One's inbox and message preferences (language, kinds not emailed); the administrators' outbox.
    Notifications,
}

/// A resource was created.
#[derive(ApiResponse)]
pub enum Created<T: ToJSON + Type> {
    /// Created.
    #[oai(status = 201)]
    Created(Json<T>),
}

/// Success without a body.
#[derive(ApiResponse)]
pub enum NoContent {
    /// Done.
    #[oai(status = 204)]
    NoContent,
}

/// Accepted; the outcome is not told.
#[derive(ApiResponse)]
pub enum Accepted {
    /// Accepted.
    #[oai(status = 202)]
    Accepted,
}

/// A local government signs up.
#[derive(Debug, Object)]
pub struct SignUpIn {
    /// The organisation: a local government (municipality, province, state, ...).
    pub organisation: OrganisationIn,
    /// The first user's name.
    #[oai(validator(max_length = 200))]
    pub name: String,
    /// The first user's email.
    #[oai(validator(max_length = 254))]
    pub email: String,
    /// The first user's password (at least 10 characters).
    #[oai(validator(max_length = 1024))]
    pub password: String,
}

/// The new organisation and its first user.
#[derive(Debug, Object)]
pub struct SignedUpOut {
    /// The organisation, unverified until a programme manager verifies it.
    pub organisation: OrganisationOut,
    /// Its first user, an applicant.
    pub user: UserOut,
}

/// Email and password in exchange for a new API token.
#[derive(Debug, Object)]
pub struct PasswordTokenIn {
    /// Email address.
    #[oai(validator(max_length = 254))]
    pub email: String,
    /// Password.
    #[oai(validator(max_length = 1024))]
    pub password: String,
    /// A name for the token, e.g. the script that will use it.
    #[oai(validator(max_length = 200))]
    pub name: String,
}

/// A name for a new token.
#[derive(Debug, Object)]
pub struct TokenIn {
    /// What the token is for.
    #[oai(validator(max_length = 200))]
    pub name: String,
}

/// Asking for a link to choose a new password.
#[derive(Debug, Object)]
pub struct PasswordResetIn {
    /// The email address of the account.
    #[oai(validator(max_length = 254))]
    pub email: String,
}

/// A new password, with the secret of a password-reset link.
#[derive(Debug, Object)]
pub struct PasswordResetCompleteIn {
    /// The secret of the link: what follows `/reset-password/` in it.
    #[oai(validator(max_length = 200))]
    pub token: String,
    /// The new password (at least 10 characters).
    #[oai(validator(max_length = 1024))]
    pub password: String,
}

/// The caller and their organisation.
#[derive(Debug, Object)]
pub struct MeOut {
    /// The caller's account.
    pub user: UserOut,
    /// The organisation the caller acts for.
    pub organisation: Option<OrganisationOut>,
}

/// A new display name.
#[derive(Debug, Object)]
pub struct ProfileIn {
    /// The version last read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
    /// Display name.
    #[oai(validator(max_length = 200))]
    pub name: String,
}

/// A password change.
#[derive(Debug, Object)]
pub struct PasswordIn {
    /// The current password.
    #[oai(validator(max_length = 1024))]
    pub current_password: String,
    /// The new password (at least 10 characters).
    #[oai(validator(max_length = 1024))]
    pub new_password: String,
}

/// A user created by an admin.
#[derive(Debug, Object)]
pub struct NewUserIn {
    /// Email address.
    #[oai(validator(max_length = 254))]
    pub email: String,
    /// Display name.
    #[oai(validator(max_length = 200))]
    pub name: String,
    /// Initial password.
    #[oai(validator(max_length = 1024))]
    pub password: String,
    /// Roles: admin, manager, reviewer, applicant.
    #[oai(validator(max_items = 4))]
    pub roles: Vec<String>,
    /// The organisation the user acts for.
    pub organisation_id: Option<Uuid>,
}

/// A user's new set of roles.
#[derive(Debug, Object)]
pub struct RolesIn {
    /// The version last read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
    /// Roles: admin, manager, reviewer, applicant.
    #[oai(validator(max_items = 4))]
    pub roles: Vec<String>,
}

/// The version of the record being changed.
#[derive(Debug, Object)]
pub struct VersionIn {
    /// The version last read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
}

/// What an invitation link shows before it is accepted.
#[derive(Debug, Object)]
pub struct InvitationPreview {
    /// The organisation to join.
    pub organisation_name: String,
    /// Who is invited.
    pub email: String,
    /// The link stops working at.
    pub expires_at: chrono::DateTime<chrono::Utc>,
}

/// Accepting an invitation.
#[derive(Debug, Object)]
pub struct AcceptIn {
    /// Your name.
    #[oai(validator(max_length = 200))]
    pub name: String,
    /// Your password (at least 10 characters).
    #[oai(validator(max_length = 1024))]
    pub password: String,
}

fn client_address(remote: &RemoteAddr) -> Option<String> {
    remote.as_socket_addr().map(|addr| addr.ip().to_string())
}

/// Sign-up, tokens, accounts, users and invitations.
pub struct AccountsApi;

#[OpenApi(tag = "ApiTags::Accounts")]
impl AccountsApi {
    /// Sign up a local government
    ///
    /// Registers an organisation (unverified) and its first applicant user. No authentication. The user's
    /// messages are written in the language of `Accept-Language` (English, Spanish, French, German or
    /// Arabic; English when none of them is accepted); they may change it in their preferences.
    #[oai(path = "/signup", method = "post")]
    async fn sign_up(
        &self,
        state: Data<&AppState>,
        body: StrictJson<SignUpIn>,
    ) -> ApiResult<Created<SignedUpOut>> {
        let body = body.0;
        let signed_up = accounts::sign_up(
            &state.db,
            &SignUpInput {
                organisation: body.organisation.into(),
                name: body.name,
                email: body.email,
                password: body.password,
                language: request_lang().into(),
            },
        )
        .await?;
        Ok(Created::Created(Json(SignedUpOut {
            organisation: signed_up.organisation.into(),
            user: signed_up.user.into(),
        })))
    }

    /// Exchange email and password for an API token
    ///
    /// Throttled like the web sign-in: repeated failures slow down, then get 429 for a while.
    #[oai(path = "/auth/token", method = "post")]
    async fn token_with_password(
        &self,
        state: Data<&AppState>,
        remote: &RemoteAddr,
        body: StrictJson<PasswordTokenIn>,
    ) -> ApiResult<Created<CreatedToken>> {
        let (token, secret) = accounts::tokens::create_with_password(
            &state.db,
            &state.login_policy,
            &body.email,
            &body.password,
            client_address(remote).as_deref(),
            &body.name,
        )
        .await
        .map_err(|err| match err {
            // The credentials in the body are wrong, not a missing token: say so.
            domain::Error::Unauthenticated => {
                ApiError::unauthenticated(&request_lang().t("login-failed"))
            }
            other => other.into(),
        })?;
        Ok(Created::Created(Json(CreatedToken {
            token: token.into(),
            secret,
        })))
    }

    /// Ask for a password-reset link
    ///
    /// No authentication. When an active account has this email address, it is sent a link to choose a new
    /// password, which works for one hour and once. The answer is 202 whether or not such an account exists.
    /// Throttled like signing in, per address asked for and per client: past the limit, 429.
    #[oai(path = "/auth/password-reset", method = "post")]
    async fn request_password_reset(
        &self,
        state: Data<&AppState>,
        remote: &RemoteAddr,
        body: StrictJson<PasswordResetIn>,
    ) -> ApiResult<Accepted> {
        accounts::reset::request(
            &state.db,
            &state.login_policy,
            &body.email,
            client_address(remote).as_deref(),
            state.clock.now(),
        )
        .await?;
        Ok(Accepted::Accepted)
    }

    /// Choose a new password with a reset link
    ///
    /// No authentication: the link's secret is the credential. A link that is unknown, used or expired is a
    /// 422 on `token`; a password that is too weak, a 422 on `password`. Ends every web session of the
    /// account and spends every other link sent to it.
    #[oai(path = "/auth/password-reset/complete", method = "post")]
    async fn complete_password_reset(
        &self,
        state: Data<&AppState>,
        body: StrictJson<PasswordResetCompleteIn>,
    ) -> ApiResult<NoContent> {
        accounts::reset::complete(&state.db, &body.token, &body.password, state.clock.now())
            .await?;
        Ok(NoContent::NoContent)
    }

    /// Who am I
    #[oai(path = "/me", method = "get")]
    async fn me(&self, state: Data<&AppState>, auth: Auth) -> ApiResult<Json<MeOut>> {
        let actor = auth.actor()?;
        let user = accounts::users::get(&state.db, actor, actor.user_id).await?;
        let organisation = match actor.organisation_id {
            Some(id) => Some(
                domain::organisations::get(&state.db, actor, id)
                    .await?
                    .into(),
            ),
            None => None,
        };
        Ok(Json(MeOut {
            user: user.into(),
            organisation,
        }))
    }

    /// Change my display name
    #[oai(path = "/me", method = "put")]
    async fn update_me(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        body: StrictJson<ProfileIn>,
    ) -> ApiResult<Json<UserOut>> {
        let user =
            accounts::users::update_profile(&state.db, auth.actor()?, body.version, &body.name)
                .await?;
        Ok(Json(user.into()))
    }

    /// Change my password
    ///
    /// Ends every web session of the account.
    #[oai(path = "/me/password", method = "post")]
    async fn change_password(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        body: StrictJson<PasswordIn>,
    ) -> ApiResult<NoContent> {
        accounts::users::change_password(
            &state.db,
            &state.login_policy,
            auth.actor()?,
            &body.current_password,
            &body.new_password,
        )
        .await?;
        Ok(NoContent::NoContent)
    }

    /// List my API tokens
    #[oai(path = "/me/tokens", method = "get")]
    async fn list_tokens(
        &self,
        state: Data<&AppState>,
        auth: Auth,
    ) -> ApiResult<Json<Vec<TokenOut>>> {
        let tokens = accounts::tokens::list(&state.db, auth.actor()?).await?;
        Ok(Json(tokens.into_iter().map(TokenOut::from).collect()))
    }

    /// Create an API token
    ///
    /// The secret is in the response and is never shown again.
    #[oai(path = "/me/tokens", method = "post")]
    async fn create_token(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        body: StrictJson<TokenIn>,
    ) -> ApiResult<Created<CreatedToken>> {
        let (token, secret) =
            accounts::tokens::create(&state.db, auth.actor()?, &body.name).await?;
        Ok(Created::Created(Json(CreatedToken {
            token: token.into(),
            secret,
        })))
    }

    /// Revoke one of my API tokens
    #[oai(path = "/me/tokens/:id/revoke", method = "post")]
    async fn revoke_token(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<TokenOut>> {
        let token = accounts::tokens::revoke(&state.db, auth.actor()?, id.0).await?;
        Ok(Json(token.into()))
    }

    /// List users (admins)
    #[allow(clippy::too_many_arguments)]
    #[oai(path = "/users", method = "get")]
    async fn list_users(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        /// Only users with this role.
        role: Query<Option<RoleName>>,
        /// Only users of this organisation.
        organisation_id: Query<Option<Uuid>>,
        /// Only active or deactivated users.
        active: Query<Option<bool>>,
        /// Name or email contains this text.
        q: Query<Option<String>>,
        /// Page number, from 1 (at most 1,000,000).
        #[oai(validator(minimum(value = "1"), maximum(value = "1000000")))]
        page: Query<Option<u64>>,
        /// Page size, up to 200.
        #[oai(validator(minimum(value = "1"), maximum(value = "200")))]
        limit: Query<Option<u64>>,
    ) -> ApiResult<Json<UserPage>> {
        let filter = UserFilter {
            role: role.0.map(role_from_name),
            organisation_id: organisation_id.0,
            active: active.0,
            search: q.0,
        };
        let users = accounts::users::list(
            &state.db,
            auth.actor()?,
            &filter,
            page_request(page.0, limit.0),
        )
        .await?;
        Ok(Json(users.into()))
    }

    /// Create a user (admins)
    #[oai(path = "/users", method = "post")]
    async fn create_user(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        body: StrictJson<NewUserIn>,
    ) -> ApiResult<Created<UserOut>> {
        let body = body.0;
        let user = accounts::users::create(
            &state.db,
            auth.actor()?,
            &NewUserInput {
                email: body.email,
                name: body.name,
                password: body.password,
                roles: body.roles,
                organisation_id: body.organisation_id,
            },
        )
        .await?;
        Ok(Created::Created(Json(user.into())))
    }

    /// Show a user (admins, or oneself)
    #[oai(path = "/users/:id", method = "get")]
    async fn get_user(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<UserOut>> {
        Ok(Json(
            accounts::users::get(&state.db, auth.actor()?, id.0)
                .await?
                .into(),
        ))
    }

    /// Replace a user's roles (admins)
    #[oai(path = "/users/:id/roles", method = "put")]
    async fn set_roles(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<RolesIn>,
    ) -> ApiResult<Json<UserOut>> {
        let user =
            accounts::users::set_roles(&state.db, auth.actor()?, id.0, body.version, &body.roles)
                .await?;
        Ok(Json(user.into()))
    }

    /// Deactivate a user (admins)
    ///
    /// Ends the user's web sessions; their API tokens stop working until they are activated again.
    #[oai(path = "/users/:id/deactivate", method = "post")]
    async fn deactivate_user(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<VersionIn>,
    ) -> ApiResult<Json<UserOut>> {
        let user = accounts::users::set_active(&state.db, auth.actor()?, id.0, body.version, false)
            .await?;
        Ok(Json(user.into()))
    }

    /// Activate a user (admins)
    #[oai(path = "/users/:id/activate", method = "post")]
    async fn activate_user(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<VersionIn>,
    ) -> ApiResult<Json<UserOut>> {
        let user =
            accounts::users::set_active(&state.db, auth.actor()?, id.0, body.version, true).await?;
        Ok(Json(user.into()))
    }

    /// Look at an invitation
    ///
    /// No authentication: the secret in the link is the credential.
    #[oai(path = "/invitations/:secret", method = "get")]
    async fn invitation(
        &self,
        state: Data<&AppState>,
        secret: Path<String>,
    ) -> ApiResult<Json<InvitationPreview>> {
        let (invitation, organisation) =
            accounts::invitations::find_open(&state.db, &secret.0).await?;
        Ok(Json(InvitationPreview {
            organisation_name: organisation.name,
            email: invitation.email,
            expires_at: invitation.expires_at,
        }))
    }

    /// Accept an invitation
    ///
    /// Creates the invited user as an applicant of the organisation. A link works once. Their messages are
    /// written in the language of `Accept-Language`, as on sign-up.
    #[oai(path = "/invitations/:secret/accept", method = "post")]
    async fn accept_invitation(
        &self,
        state: Data<&AppState>,
        secret: Path<String>,
        body: StrictJson<AcceptIn>,
    ) -> ApiResult<Created<UserOut>> {
        let body = body.0;
        let user = accounts::invitations::accept(
            &state.db,
            &secret.0,
            &AcceptInvitation {
                name: body.name,
                password: body.password,
                language: request_lang().into(),
            },
        )
        .await?;
        Ok(Created::Created(Json(user.into())))
    }
}

fn role_from_name(name: RoleName) -> Role {
    match name {
        RoleName::Admin => Role::Admin,
        RoleName::Manager => Role::Manager,
        RoleName::Reviewer => Role::Reviewer,
        RoleName::Applicant => Role::Applicant,
    }
}
