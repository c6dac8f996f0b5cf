//! The committee's work before scoring, under the `committee` tag: conflicts of interest (declared by
//! members, confirmed or waived by the chair or managers), assignments (automatic preview and apply,
//! manual add and remove) and the review deadline.

use crate::strict::StrictJson;
use chrono::{DateTime, Utc};
use domain::committee::assigning::{self, AssignmentView, PlanView};
use domain::committee::conflicts::{self, ConflictView, DecisionInput, DeclarationInput};
use domain::committee::{self};
use poem::web::Data;
use poem_openapi::param::Path;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};
use uuid::Uuid;

use crate::AppState;
use crate::accounts::{ApiTags, Created, NoContent};
use crate::auth::Auth;
use crate::committee::CommitteeOut;
use crate::problem::{ApiResult, request_lang};
use crate::schema::count;

/// A conflict of interest.
#[derive(Debug, Clone, Object)]
pub struct ConflictOut {
    /// Identifier.
    pub id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// Its reference.
    pub reference: String,
    /// Its title.
    pub application_title: String,
    /// The member.
    pub user_id: Uuid,
    /// Their name.
    pub member_name: String,
    /// `automatic` (their organisation takes part) or `declared`.
    pub source: String,
    /// institutional, personal, financial or other.
    pub kind: String,
    /// The member's note (for automatic conflicts, the organisation).
    pub note: String,
    /// declared, confirmed or waived.
    pub status: String,
    /// Why it was confirmed or waived.
    pub decision_reason: Option<String>,
    /// When.
    pub decided_at: Option<DateTime<Utc>>,
    /// When recorded.
    pub created_at: DateTime<Utc>,
    /// Send it back when deciding.
    pub version: i32,
}

impl From<ConflictView> for ConflictOut {
    fn from(view: ConflictView) -> Self {
        let c = view.conflict;
        ConflictOut {
            id: c.id,
            application_id: c.application_id,
            reference: view.reference,
            application_title: view.application_title,
            user_id: c.user_id,
            member_name: view.member_name,
            source: c.source,
            kind: view.kind.as_str().into(),
            note: c.note,
            status: view.status.as_str().into(),
            decision_reason: c.decision_reason,
            decided_at: c.decided_at,
            created_at: c.created_at,
            version: c.version,
        }
    }
}

/// A member's declaration of a conflict.
#[derive(Debug, Object)]
pub struct DeclarationIn {
    /// institutional, personal, financial or other.
    #[oai(validator(max_length = 100))]
    pub kind: String,
    /// What the interest is.
    #[oai(validator(max_length = 4000))]
    pub note: String,
}

/// The chair's or a manager's decision on a declared conflict.
#[derive(Debug, Object)]
pub struct DecisionIn {
    /// `confirm` or `waive`.
    #[oai(validator(max_length = 100))]
    pub decision: String,
    /// Why (required; it is audited).
    #[oai(validator(max_length = 4000))]
    pub reason: String,
    /// The conflict's version you read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
}

/// An assignment of a member to an application.
#[derive(Debug, Clone, Object)]
pub struct AssignmentOut {
    /// Identifier.
    pub id: Uuid,
    /// The application.
    pub application_id: Uuid,
    /// Its reference.
    pub reference: String,
    /// Its title.
    pub application_title: String,
    /// The member.
    pub user_id: Uuid,
    /// Their name.
    pub member_name: String,
    /// Their sector.
    pub sector: String,
    /// `automatic` or `manual`.
    pub source: String,
    /// Whether the member has submitted their review (completion only, never scores).
    pub submitted: bool,
}

impl From<AssignmentView> for AssignmentOut {
    fn from(view: AssignmentView) -> Self {
        AssignmentOut {
            id: view.assignment.id,
            application_id: view.assignment.application_id,
            reference: view.reference,
            application_title: view.application_title,
            user_id: view.assignment.user_id,
            member_name: view.member_name,
            sector: view.sector.as_str().into(),
            source: view.assignment.source,
            submitted: view.submitted,
        }
    }
}

/// A manual assignment.
#[derive(Debug, Object)]
pub struct AssignmentIn {
    /// An eligible application of the call.
    pub application_id: Uuid,
    /// A voting member of the committee, not conflicted on it.
    pub user_id: Uuid,
}

/// One assignment a plan adds.
#[derive(Debug, Clone, Object)]
pub struct PlannedOut {
    /// The application.
    pub application_id: Uuid,
    /// Its reference.
    pub reference: String,
    /// The member.
    pub user_id: Uuid,
    /// Their name.
    pub member_name: String,
    /// Their sector.
    pub sector: String,
}

/// A member's load after the plan.
#[derive(Debug, Clone, Object)]
pub struct LoadOut {
    /// The member.
    pub user_id: Uuid,
    /// Their name.
    pub name: String,
    /// Their sector.
    pub sector: String,
    /// Applications they review after the plan.
    pub load: u32,
}

/// What a plan cannot meet for one application.
#[derive(Debug, Clone, Object)]
pub struct ShortfallOut {
    /// The application.
    pub application_id: Uuid,
    /// Its reference.
    pub reference: String,
    /// Why, translated.
    pub reason: String,
    /// The message key of the reason.
    pub code: String,
}

/// An automatic assignment plan.
#[derive(Debug, Clone, Object)]
pub struct PlanOut {
    /// Whether it was applied (false for a preview).
    pub applied: bool,
    /// Reviewers each eligible application should get.
    pub min_reviews: u32,
    /// Eligible applications.
    pub applications: u32,
    /// The assignments it adds.
    pub additions: Vec<PlannedOut>,
    /// Each voting member's load after it.
    pub loads: Vec<LoadOut>,
    /// Constraints it cannot meet.
    pub shortfalls: Vec<ShortfallOut>,
}

impl From<PlanView> for PlanOut {
    fn from(plan: PlanView) -> Self {
        let lang = request_lang();
        PlanOut {
            applied: plan.applied,
            min_reviews: count(plan.min_reviews),
            applications: count(plan.applications),
            additions: plan
                .additions
                .into_iter()
                .map(|a| PlannedOut {
                    application_id: a.application_id,
                    reference: a.reference,
                    user_id: a.user_id,
                    member_name: a.member_name,
                    sector: a.sector.as_str().into(),
                })
                .collect(),
            loads: plan
                .loads
                .into_iter()
                .map(|(m, load)| LoadOut {
                    user_id: m.user_id,
                    name: m.name,
                    sector: m.sector.as_str().into(),
                    load: count(load),
                })
                .collect(),
            shortfalls: plan
                .shortfalls
                .into_iter()
                .map(|s| ShortfallOut {
                    application_id: s.application_id,
                    reference: s.reference,
                    reason: lang.message(&s.reason),
                    code: s.reason.key,
                })
                .collect(),
        }
    }
}

/// When reviews are due.
#[derive(Debug, Object)]
pub struct ReviewDeadlineIn {
    /// The committee's version you read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
    /// The deadline, or null to clear it.
    pub review_deadline: Option<DateTime<Utc>>,
}

/// Conflicts of interest and assignments.
pub struct AssignmentsApi;

#[OpenApi(tag = "ApiTags::Committee")]
impl AssignmentsApi {
    /// List a call's conflicts of interest
    ///
    /// Managers and the chair see all of them; other members see their own.
    #[oai(path = "/calls/:id/conflicts", method = "get")]
    async fn conflicts(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<Vec<ConflictOut>>> {
        let views = conflicts::list(&state.db, auth.actor()?, id.0).await?;
        Ok(Json(views.into_iter().map(Into::into).collect()))
    }

    /// Declare a conflict of interest on an application (committee members)
    ///
    /// It stands at once: your assignment to the application is removed and it disappears for you.
    #[oai(path = "/applications/:id/conflicts", method = "post")]
    async fn declare(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<DeclarationIn>,
    ) -> ApiResult<Created<ConflictOut>> {
        let view = conflicts::declare(
            &state.db,
            auth.actor()?,
            id.0,
            &DeclarationInput {
                kind: body.0.kind,
                note: body.0.note,
            },
            state.clock.now(),
        )
        .await?;
        Ok(Created::Created(Json(view.into())))
    }

    /// Confirm or waive a declared conflict (the chair and managers)
    #[oai(path = "/conflicts/:id/decision", method = "post")]
    async fn decide(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<DecisionIn>,
    ) -> ApiResult<Json<ConflictOut>> {
        let body = body.0;
        let view = conflicts::decide(
            &state.db,
            auth.actor()?,
            id.0,
            &DecisionInput {
                decision: body.decision,
                reason: body.reason,
                version: body.version,
            },
            state.clock.now(),
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// List a call's assignments (managers and the chair)
    #[oai(path = "/calls/:id/assignments", method = "get")]
    async fn assignments(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<Vec<AssignmentOut>>> {
        let views = assigning::list(&state.db, auth.actor()?, id.0).await?;
        Ok(Json(views.into_iter().map(Into::into).collect()))
    }

    /// Preview the automatic assignment (managers)
    ///
    /// Changes nothing. Each eligible application gets the call's minimum number of reviewers, a government
    /// and a civil-society reviewer where the committee has them, never a conflicted one, with loads as even
    /// as possible. What cannot be met is listed per application.
    #[oai(path = "/calls/:id/assignments/preview", method = "post")]
    async fn preview(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<PlanOut>> {
        Ok(Json(
            assigning::preview(&state.db, auth.actor()?, id.0)
                .await?
                .into(),
        ))
    }

    /// Apply the automatic assignment (managers)
    ///
    /// Computes the plan afresh and adds its assignments; existing ones are kept.
    #[oai(path = "/calls/:id/assignments/apply", method = "post")]
    async fn apply(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<PlanOut>> {
        Ok(Json(
            assigning::apply(&state.db, auth.actor()?, id.0, state.clock.now())
                .await?
                .into(),
        ))
    }

    /// Assign a member to an application by hand (managers)
    #[oai(path = "/calls/:id/assignments", method = "post")]
    async fn assign(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<AssignmentIn>,
    ) -> ApiResult<Created<AssignmentOut>> {
        let view = assigning::assign(
            &state.db,
            auth.actor()?,
            id.0,
            body.0.application_id,
            body.0.user_id,
            state.clock.now(),
        )
        .await?;
        Ok(Created::Created(Json(view.into())))
    }

    /// Remove an assignment (managers)
    ///
    /// Refused once the member has submitted their review.
    #[oai(path = "/assignments/:id", method = "delete")]
    async fn unassign(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<NoContent> {
        assigning::unassign(&state.db, auth.actor()?, id.0).await?;
        Ok(NoContent::NoContent)
    }

    /// Set when reviews are due (managers)
    #[oai(path = "/calls/:id/committee/review-deadline", method = "put")]
    async fn set_review_deadline(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<ReviewDeadlineIn>,
    ) -> ApiResult<Json<CommitteeOut>> {
        let view = committee::set_review_deadline(
            &state.db,
            auth.actor()?,
            id.0,
            body.0.version,
            body.0.review_deadline,
            state.clock.now(),
        )
        .await?;
        Ok(Json(view.into()))
    }
}
