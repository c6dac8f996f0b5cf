//! The `organisations` tag: listing, creating, editing and verifying organisations, their members and
//! invitations of colleagues.

use crate::strict::StrictJson;
use domain::organisations::{self, OrganisationFilter, OrganisationKind};
use domain::{Error, accounts};
use poem::web::Data;
use poem_openapi::param::{Path, Query};
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};
use uuid::Uuid;

use crate::AppState;
use crate::accounts::{ApiTags, Created};
use crate::auth::Auth;
use crate::problem::ApiResult;
use crate::schema::{
    InvitationOut, OrganisationIn, OrganisationOut, OrganisationPage, UserOut, page_request,
};

/// An edit of an organisation.
#[derive(Debug, Object)]
pub struct OrganisationUpdateIn {
    /// The version last read; a stale version gets 409.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
    /// The new fields.
    #[oai(flatten)]
    pub fields: OrganisationIn,
}

/// Whom to invite.
#[derive(Debug, Object)]
pub struct InviteIn {
    /// The colleague's email address.
    #[oai(validator(max_length = 254))]
    pub email: String,
}

/// A new invitation and the link to send to the colleague, shown this once.
#[derive(Debug, Object)]
pub struct CreatedInvitation {
    /// The invitation.
    pub invitation: InvitationOut,
    /// The secret of the link.
    pub secret: String,
    /// The page where the colleague accepts: `/invitations/<secret>`.
    pub accept_path: String,
}

/// Organisations.
pub struct OrganisationsApi;

#[OpenApi(prefix_path = "/organisations", tag = "ApiTags::Organisations")]
impl OrganisationsApi {
    /// List organisations (managers and admins)
    #[allow(clippy::too_many_arguments)]
    #[oai(path = "/", method = "get")]
    async fn list(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        /// Only verified (true) or unverified (false) organisations.
        verified: Query<Option<bool>>,
        /// Only this kind.
        kind: Query<Option<String>>,
        /// Only this country (ISO 3166-1 alpha-2).
        country: Query<Option<String>>,
        /// Name contains this text.
        q: Query<Option<String>>,
        /// Page number, from 1 (at most 1,000,000).
        #[oai(validator(minimum(value = "1"), maximum(value = "1000000")))]
        page: Query<Option<u64>>,
        /// Page size, up to 200.
        #[oai(validator(minimum(value = "1"), maximum(value = "200")))]
        limit: Query<Option<u64>>,
    ) -> ApiResult<Json<OrganisationPage>> {
        let kind = kind
            .0
            .map(|k| OrganisationKind::parse(&k).map_err(|m| Error::field("kind", m)))
            .transpose()?;
        let filter = OrganisationFilter {
            verified: verified.0,
            kind,
            country: country.0,
            search: q.0,
        };
        let found = organisations::list(
            &state.db,
            auth.actor()?,
            &filter,
            page_request(page.0, limit.0),
        )
        .await?;
        Ok(Json(found.into()))
    }

    /// Register an organisation of any kind (managers and admins)
    ///
    /// For partners that have no account (civil-society organisations) and for national agencies.
    #[oai(path = "/", method = "post")]
    async fn create(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        body: StrictJson<OrganisationIn>,
    ) -> ApiResult<Created<OrganisationOut>> {
        let organisation = organisations::create(&state.db, auth.actor()?, &body.0.into()).await?;
        Ok(Created::Created(Json(organisation.into())))
    }

    /// Show an organisation (its members, managers and admins)
    #[oai(path = "/:id", method = "get")]
    async fn get(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<OrganisationOut>> {
        Ok(Json(
            organisations::get(&state.db, auth.actor()?, id.0)
                .await?
                .into(),
        ))
    }

    /// Edit an organisation (its members, managers and admins)
    #[oai(path = "/:id", method = "put")]
    async fn update(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<OrganisationUpdateIn>,
    ) -> ApiResult<Json<OrganisationOut>> {
        let body = body.0;
        let organisation = organisations::update(
            &state.db,
            auth.actor()?,
            id.0,
            body.version,
            &body.fields.into(),
        )
        .await?;
        Ok(Json(organisation.into()))
    }

    /// Verify an organisation (managers)
    ///
    /// A local government must be verified before it can submit applications. Verifying twice is harmless.
    #[oai(path = "/:id/verify", method = "post")]
    async fn verify(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<OrganisationOut>> {
        Ok(Json(
            organisations::verify(&state.db, auth.actor()?, id.0)
                .await?
                .into(),
        ))
    }

    /// List an organisation's users (its members, managers and admins)
    #[oai(path = "/:id/members", method = "get")]
    async fn members(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<Vec<UserOut>>> {
        let users = accounts::users::members(&state.db, auth.actor()?, id.0).await?;
        Ok(Json(users.into_iter().map(UserOut::from).collect()))
    }

    /// List an organisation's invitations (its members, managers and admins)
    #[oai(path = "/:id/invitations", method = "get")]
    async fn invitations(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<Vec<InvitationOut>>> {
        let invitations = accounts::invitations::list(&state.db, auth.actor()?, id.0).await?;
        Ok(Json(
            invitations.into_iter().map(InvitationOut::from).collect(),
        ))
    }

    /// Invite a colleague (the organisation's members, managers and admins)
    ///
    /// Returns the link to send; the colleague joins as an applicant of the organisation.
    #[oai(path = "/:id/invitations", method = "post")]
    async fn invite(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<InviteIn>,
    ) -> ApiResult<Created<CreatedInvitation>> {
        let (invitation, secret) =
            accounts::invitations::invite(&state.db, auth.actor()?, id.0, &body.email).await?;
        Ok(Created::Created(Json(CreatedInvitation {
            invitation: invitation.into(),
            accept_path: format!("/invitations/{secret}"),
            secret,
        })))
    }
}
