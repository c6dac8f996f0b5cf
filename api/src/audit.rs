//! The `audit` tag: reading the audit log (admins and managers).

use chrono::{DateTime, Utc};
use domain::audit::{self, AuditFilter};
use poem::web::Data;
use poem_openapi::OpenApi;
use poem_openapi::param::Query;
use poem_openapi::payload::Json;
use uuid::Uuid;

use crate::AppState;
use crate::accounts::ApiTags;
use crate::auth::Auth;
use crate::problem::ApiResult;
use crate::schema::{AuditPage, page_request};

/// The audit log.
pub struct AuditApi;

#[OpenApi(tag = "ApiTags::Audit")]
impl AuditApi {
    /// Read the audit log (admins and managers)
    ///
    /// Newest first; every filter narrows the list.
    #[allow(clippy::too_many_arguments)]
    #[oai(path = "/audit", method = "get")]
    async fn list(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        /// Only entries about this kind of subject (user, organisation, api_token, ...).
        subject_type: Query<Option<String>>,
        /// Only entries about this subject.
        subject_id: Query<Option<String>>,
        /// Only entries by this user.
        actor_id: Query<Option<Uuid>>,
        /// Only entries at or after this time (RFC 3339).
        from: Query<Option<DateTime<Utc>>>,
        /// Only entries before this time (RFC 3339).
        to: Query<Option<DateTime<Utc>>>,
        /// Page number, from 1 (at most 1,000,000).
        #[oai(validator(minimum(value = "1"), maximum(value = "1000000")))]
        page: Query<Option<u64>>,
        /// Page size, up to 200.
        #[oai(validator(minimum(value = "1"), maximum(value = "200")))]
        limit: Query<Option<u64>>,
    ) -> ApiResult<Json<AuditPage>> {
        let filter = AuditFilter {
            subject_type: subject_type.0,
            subject_id: subject_id.0,
            actor_id: actor_id.0,
            from: from.0,
            to: to.0,
        };
        let entries = audit::list(
            &state.db,
            auth.actor()?,
            &filter,
            page_request(page.0, limit.0),
        )
        .await?;
        Ok(Json(entries.into()))
    }
}
