//! The `reviews` tag: a reviewer's assignments and score sheets, the blind on others' reviews, and the
//! committee's progress with reminders.

use crate::strict::StrictJson;
use chrono::{DateTime, Utc};
use domain::reviews::progress::{self, ProgressView};
use domain::reviews::service::{self, MyAssignment, OtherReview, SheetView};
use domain::reviews::{ScoreInput, Sheet, SheetInput};
use poem::web::Data;
use poem_openapi::param::Path;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};
use uuid::Uuid;

use crate::AppState;
use crate::accounts::ApiTags;
use crate::auth::Auth;
use crate::calls::CriterionOut;
use crate::problem::ApiResult;
use crate::schema::count;

/// One criterion's score.
#[derive(Debug, Clone, Object)]
pub struct ScoreIo {
    /// The criterion.
    pub criterion_id: Uuid,
    /// An integer from 0 to the criterion's maximum; null while not scored (drafts only).
    #[oai(validator(maximum(value = "100")))]
    pub score: Option<i64>,
    /// The reviewer's comment on it.
    #[oai(default, validator(max_length = 4000))]
    pub comment: String,
}

/// A score sheet's content.
#[derive(Debug, Clone, Object)]
pub struct SheetIo {
    /// One entry per criterion.
    #[oai(default, validator(max_items = 100))]
    pub scores: Vec<ScoreIo>,
    /// The overall comment.
    #[oai(default, validator(max_length = 8000))]
    pub overall_comment: String,
    /// fund, fund_with_changes or do_not_fund; empty while undecided in a draft.
    #[oai(default, validator(max_length = 100))]
    pub recommendation: String,
}

impl From<&Sheet> for SheetIo {
    fn from(sheet: &Sheet) -> Self {
        SheetIo {
            scores: sheet
                .scores
                .iter()
                .map(|s| ScoreIo {
                    criterion_id: s.criterion_id,
                    score: s.score.map(i64::from),
                    comment: s.comment.clone(),
                })
                .collect(),
            overall_comment: sheet.overall_comment.clone(),
            recommendation: sheet
                .recommendation
                .map(|r| r.as_str().to_owned())
                .unwrap_or_default(),
        }
    }
}

impl From<SheetIo> for SheetInput {
    fn from(io: SheetIo) -> Self {
        SheetInput {
            scores: io
                .scores
                .into_iter()
                .map(|s| ScoreInput {
                    criterion_id: s.criterion_id,
                    score: s.score,
                    comment: s.comment,
                })
                .collect(),
            overall_comment: io.overall_comment,
            recommendation: io.recommendation,
        }
    }
}

/// What a reviewer reads of the application.
#[derive(Debug, Clone, Object)]
pub struct ReviewedApplicationOut {
    /// Identifier.
    pub id: Uuid,
    /// Reference.
    pub reference: String,
    /// The call.
    pub call_id: Uuid,
    /// The lead organisation's name.
    pub lead: String,
    /// Partners' names.
    pub partners: Vec<String>,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// The problem addressed.
    pub problem: String,
    /// Objectives.
    pub objectives: String,
    /// The citizen-participation plan.
    pub participation_plan: String,
    /// The requested amount, a decimal string.
    pub requested: String,
    /// Currency.
    pub currency: String,
}

/// A reviewer's score sheet of one application.
#[derive(Debug, Clone, Object)]
pub struct SheetOut {
    /// The application.
    pub application: ReviewedApplicationOut,
    /// The call's criteria, in order.
    pub criteria: Vec<CriterionOut>,
    /// The sheet (empty before the first save).
    pub sheet: SheetIo,
    /// `none`, `draft` or `submitted`.
    pub state: String,
    /// How many times it was revised after submission.
    pub revision: i32,
    /// When reviews are due.
    pub deadline: Option<DateTime<Utc>>,
    /// Whether it can be saved now (while the call is reviewing).
    pub editable: bool,
    /// Send it back when saving (0 before the first save).
    pub version: i32,
}

impl From<SheetView> for SheetOut {
    fn from(view: SheetView) -> Self {
        let app = &view.application;
        SheetOut {
            application: ReviewedApplicationOut {
                id: app.application.id,
                reference: app.application.reference.clone().unwrap_or_default(),
                call_id: app.application.call_id,
                lead: app.lead.name.clone(),
                partners: app
                    .partners
                    .iter()
                    .map(|p| p.organisation.name.clone())
                    .collect(),
                title: app.application.title.clone(),
                summary: app.application.summary.clone(),
                problem: app.application.problem.clone(),
                objectives: app.application.objectives.clone(),
                participation_plan: app.application.participation_plan.clone(),
                requested: app.requested().amount().to_string(),
                currency: app.currency().code().into(),
            },
            criteria: app.call.criteria.iter().map(CriterionOut::from).collect(),
            sheet: (&view.sheet).into(),
            state: view.state.map_or("none", |s| s.as_str()).into(),
            revision: view.review.as_ref().map_or(0, |r| r.revision),
            deadline: view.deadline,
            editable: view.editable,
            version: view.version(),
        }
    }
}

/// A sheet to save or submit.
#[derive(Debug, Object)]
pub struct SheetIn {
    /// The version you read (0 before the first save).
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
    /// The sheet.
    pub sheet: SheetIo,
}

/// Another member's submitted review.
#[derive(Debug, Clone, Object)]
pub struct OtherReviewOut {
    /// The reviewer.
    pub reviewer: String,
    /// Their sector.
    pub sector: String,
    /// Their sheet.
    pub sheet: SheetIo,
    /// When submitted.
    pub submitted_at: Option<DateTime<Utc>>,
}

impl From<OtherReview> for OtherReviewOut {
    fn from(review: OtherReview) -> Self {
        OtherReviewOut {
            reviewer: review.reviewer,
            sector: review.sector.as_str().into(),
            sheet: (&review.sheet).into(),
            submitted_at: review.submitted_at,
        }
    }
}

/// One of the caller's assignments.
#[derive(Debug, Clone, Object)]
pub struct MyAssignmentOut {
    /// The call.
    pub call_id: Uuid,
    /// Its code.
    pub call_code: String,
    /// Its title.
    pub call_title: String,
    /// The call's state (reviews are written while it is `reviewing`).
    pub call_state: String,
    /// The application.
    pub application_id: Uuid,
    /// Its reference.
    pub reference: String,
    /// Its title.
    pub title: String,
    /// `none`, `draft` or `submitted`.
    pub state: String,
    /// Criteria scored so far.
    pub scored: u32,
    /// Criteria to score.
    pub criteria: u32,
    /// When reviews are due.
    pub deadline: Option<DateTime<Utc>>,
}

impl From<MyAssignment> for MyAssignmentOut {
    fn from(a: MyAssignment) -> Self {
        MyAssignmentOut {
            call_id: a.call.id,
            call_code: a.call.code,
            call_title: a.call.title,
            call_state: a.call.state,
            application_id: a.application_id,
            reference: a.reference,
            title: a.title,
            state: a.state.map_or("none", |s| s.as_str()).into(),
            scored: count(a.scored),
            criteria: count(a.criteria),
            deadline: a.deadline,
        }
    }
}

/// Completion of one application.
#[derive(Debug, Clone, Object)]
pub struct ApplicationProgressOut {
    /// The application.
    pub application_id: Uuid,
    /// Its reference.
    pub reference: String,
    /// Its title.
    pub title: String,
    /// Members assigned.
    pub assigned: u32,
    /// Reviews submitted.
    pub submitted: u32,
    /// Reviews in draft.
    pub drafts: u32,
    /// Conflicts standing on it.
    pub conflicts: u32,
}

/// Completion of one member.
#[derive(Debug, Clone, Object)]
pub struct MemberProgressOut {
    /// The member.
    pub user_id: Uuid,
    /// Their name.
    pub name: String,
    /// Their sector.
    pub sector: String,
    /// chair or member.
    pub role: String,
    /// Applications assigned.
    pub assigned: u32,
    /// Reviews submitted.
    pub submitted: u32,
    /// Reviews in draft.
    pub drafts: u32,
}

/// A call's reviewing progress: completion only, never scores.
#[derive(Debug, Clone, Object)]
pub struct ProgressOut {
    /// The call.
    pub call_id: Uuid,
    /// When reviews are due.
    pub deadline: Option<DateTime<Utc>>,
    /// Submitted reviews.
    pub submitted: u32,
    /// Assigned reviews.
    pub assigned: u32,
    /// Per eligible application.
    pub applications: Vec<ApplicationProgressOut>,
    /// Per voting member.
    pub members: Vec<MemberProgressOut>,
}

impl From<ProgressView> for ProgressOut {
    fn from(view: ProgressView) -> Self {
        let (submitted, assigned) = view.totals();
        ProgressOut {
            call_id: view.call.id,
            deadline: view.deadline,
            submitted: count(submitted),
            assigned: count(assigned),
            applications: view
                .applications
                .into_iter()
                .map(|a| ApplicationProgressOut {
                    application_id: a.application_id,
                    reference: a.reference,
                    title: a.title,
                    assigned: count(a.assigned),
                    submitted: count(a.submitted),
                    drafts: count(a.drafts),
                    conflicts: count(a.conflicts),
                })
                .collect(),
            members: view
                .members
                .into_iter()
                .map(|m| MemberProgressOut {
                    user_id: m.member.user_id,
                    name: m.member.name,
                    sector: m.member.sector.as_str().into(),
                    role: m.member.role.as_str().into(),
                    assigned: count(m.assigned),
                    submitted: count(m.submitted),
                    drafts: count(m.drafts),
                })
                .collect(),
        }
    }
}

/// Whom to remind.
#[derive(Debug, Object)]
pub struct ReminderIn {
    /// One member; omit to remind every member with reviews outstanding.
    pub user_id: Option<Uuid>,
}

/// How many reminders were queued.
#[derive(Debug, Object)]
pub struct RemindedOut {
    /// Reminders queued in the notification outbox.
    pub queued: u32,
}

/// Score sheets and reviewing progress.
pub struct ReviewsApi;

#[OpenApi(tag = "ApiTags::Reviews")]
impl ReviewsApi {
    /// List my review assignments
    ///
    /// With progress and deadline; applications you are conflicted on are absent.
    #[oai(path = "/reviews", method = "get")]
    async fn mine(
        &self,
        state: Data<&AppState>,
        auth: Auth,
    ) -> ApiResult<Json<Vec<MyAssignmentOut>>> {
        let rows = service::mine(&state.db, auth.actor()?).await?;
        Ok(Json(rows.into_iter().map(Into::into).collect()))
    }

    /// Show my score sheet of an application
    ///
    /// For a member assigned to it. A conflicted member gets 404; an unassigned one 403 with the reason.
    #[oai(path = "/applications/:id/review", method = "get")]
    async fn sheet(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<SheetOut>> {
        Ok(Json(
            service::get(&state.db, auth.actor()?, id.0).await?.into(),
        ))
    }

    /// Save my score sheet
    ///
    /// A draft may be partial. Saving a submitted review revises it (complete, audited) until the call is
    /// decided.
    #[oai(path = "/applications/:id/review", method = "put")]
    async fn save(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<SheetIn>,
    ) -> ApiResult<Json<SheetOut>> {
        let body = body.0;
        let view = service::save(
            &state.db,
            auth.actor()?,
            id.0,
            body.version,
            &body.sheet.into(),
            state.clock.now(),
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// Submit my score sheet
    ///
    /// Every criterion scored and a recommendation given. Afterwards you may read the other reviews.
    #[oai(path = "/applications/:id/review/submit", method = "post")]
    async fn submit(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<SheetIn>,
    ) -> ApiResult<Json<SheetOut>> {
        let body = body.0;
        let view = service::submit(
            &state.db,
            auth.actor()?,
            id.0,
            body.version,
            &body.sheet.into(),
            state.clock.now(),
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// Read the other reviews of an application
    ///
    /// Blind: refused (403) until your own review is submitted.
    #[oai(path = "/applications/:id/reviews", method = "get")]
    async fn others(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<Vec<OtherReviewOut>>> {
        let reviews = service::others(&state.db, auth.actor()?, id.0).await?;
        Ok(Json(reviews.into_iter().map(Into::into).collect()))
    }

    /// Show reviewing progress (managers and the chair)
    ///
    /// Completion per application and per member; never scores.
    #[oai(path = "/calls/:id/review-progress", method = "get")]
    async fn progress(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<ProgressOut>> {
        Ok(Json(
            progress::progress(&state.db, auth.actor()?, id.0)
                .await?
                .into(),
        ))
    }

    /// Remind members with reviews outstanding (managers and the chair)
    ///
    /// Queues one reminder per member in the notification outbox.
    #[oai(path = "/calls/:id/review-reminders", method = "post")]
    async fn remind(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<ReminderIn>,
    ) -> ApiResult<Json<RemindedOut>> {
        let queued = progress::remind(
            &state.db,
            auth.actor()?,
            id.0,
            body.0.user_id,
            state.clock.now(),
        )
        .await?;
        Ok(Json(RemindedOut {
            queued: count(queued),
        }))
    }
}
