//! The `committee` tag: a call's selection committee, its members and its composition rule.

use crate::strict::StrictJson;
use chrono::{DateTime, Utc};
use domain::committee::{self, CommitteeView, CompositionRule, MemberInput, RuleInput};
use poem::web::Data;
use poem_openapi::param::Path;
use poem_openapi::payload::Json;
use poem_openapi::{Object, OpenApi};
use uuid::Uuid;

use crate::AppState;
use crate::accounts::ApiTags;
use crate::auth::{Auth, OptionalAuth};
use crate::problem::{ApiResult, request_lang};

/// A sector's minimum share of the voting members.
#[derive(Debug, Clone, Object)]
pub struct SectorShareIo {
    /// government, civil_society, academia, private, local_government_association or international.
    #[oai(validator(max_length = 100))]
    pub sector: String,
    /// Percent, a decimal string from 0 to 100.
    #[oai(validator(max_length = 40))]
    pub min_percent: String,
}

/// A composition rule.
#[derive(Debug, Clone, Object)]
pub struct RuleIo {
    /// `parity` (as many civil-society as government voting members) or `minimum_shares`.
    #[oai(rename = "type", validator(max_length = 100))]
    pub rule_type: String,
    /// For `minimum_shares`: one minimum per sector.
    #[oai(default, validator(max_items = 10))]
    pub shares: Vec<SectorShareIo>,
}

impl From<&CompositionRule> for RuleIo {
    fn from(rule: &CompositionRule) -> Self {
        match rule {
            CompositionRule::Parity => RuleIo {
                rule_type: "parity".into(),
                shares: Vec::new(),
            },
            CompositionRule::MinimumShares { shares } => RuleIo {
                rule_type: "minimum_shares".into(),
                shares: shares
                    .iter()
                    .map(|s| SectorShareIo {
                        sector: s.sector.as_str().into(),
                        min_percent: s.min_percent.normalize().to_string(),
                    })
                    .collect(),
            },
        }
    }
}

/// A committee member.
#[derive(Debug, Clone, Object)]
pub struct MemberOut {
    /// The user.
    pub user_id: Uuid,
    /// Their name.
    pub name: String,
    /// Their sector.
    pub sector: String,
    /// chair, member or observer (observers do not score).
    pub role: String,
    /// When they joined.
    pub added_at: DateTime<Utc>,
}

/// A call's committee.
#[derive(Debug, Clone, Object)]
pub struct CommitteeOut {
    /// The call.
    pub call_id: Uuid,
    /// The composition rule.
    pub rule: RuleIo,
    /// Members, chair first.
    pub members: Vec<MemberOut>,
    /// What the committee lacks under its rule, translated; empty when reviewing may start.
    pub problems: Vec<String>,
    /// Whether the composition rule holds.
    pub composition_ok: bool,
    /// When members' reviews are due, if set.
    pub review_deadline: Option<DateTime<Utc>>,
    /// Send it back when changing the rule (0 before the first change).
    pub version: i32,
}

impl From<CommitteeView> for CommitteeOut {
    fn from(view: CommitteeView) -> Self {
        let lang = request_lang();
        CommitteeOut {
            call_id: view.call_id,
            rule: (&view.rule).into(),
            members: view
                .members
                .into_iter()
                .map(|m| MemberOut {
                    user_id: m.user_id,
                    name: m.name,
                    sector: m.sector.as_str().into(),
                    role: m.role.as_str().into(),
                    added_at: m.added_at,
                })
                .collect(),
            composition_ok: view.problems.is_empty(),
            review_deadline: view.review_deadline,
            problems: view.problems.iter().map(|p| lang.message(p)).collect(),
            version: view.version,
        }
    }
}

/// A reviewer who could join the committee.
#[derive(Debug, Clone, Object)]
pub struct CandidateOut {
    /// The user.
    pub user_id: Uuid,
    /// Their name.
    pub name: String,
    /// Their email address.
    pub email: String,
}

/// A member to add.
#[derive(Debug, Object)]
pub struct MemberIn {
    /// A user with the reviewer role.
    pub user_id: Uuid,
    /// government, civil_society, academia, private, local_government_association or international.
    #[oai(validator(max_length = 100))]
    pub sector: String,
    /// chair, member or observer.
    #[oai(validator(max_length = 100))]
    pub role: String,
}

/// A new composition rule.
#[derive(Debug, Object)]
pub struct RuleIn {
    /// The committee's version you read.
    #[oai(validator(minimum(value = "0")))]
    pub version: i32,
    /// The rule.
    pub rule: RuleIo,
}

/// Selection committees.
pub struct CommitteeApi;

#[OpenApi(prefix_path = "/calls", tag = "ApiTags::Committee")]
impl CommitteeApi {
    /// Show a call's committee
    ///
    /// Public (names and sectors) once reviewing has started; before that, managers and members only.
    #[oai(path = "/:id/committee", method = "get")]
    async fn get(
        &self,
        state: Data<&AppState>,
        auth: OptionalAuth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<CommitteeOut>> {
        Ok(Json(
            committee::get(&state.db, auth.actor()?, id.0).await?.into(),
        ))
    }

    /// List the reviewers who could join the committee (managers)
    ///
    /// Active users with the reviewer role who are not on it yet, by name.
    #[oai(path = "/:id/committee/candidates", method = "get")]
    async fn candidates(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
    ) -> ApiResult<Json<Vec<CandidateOut>>> {
        let candidates = committee::candidates(&state.db, auth.actor()?, id.0).await?;
        Ok(Json(
            candidates
                .into_iter()
                .map(|c| CandidateOut {
                    user_id: c.user_id,
                    name: c.name,
                    email: c.email,
                })
                .collect(),
        ))
    }

    /// Add a committee member (managers)
    #[oai(path = "/:id/committee/members", method = "post")]
    async fn add_member(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<MemberIn>,
    ) -> ApiResult<Json<CommitteeOut>> {
        let body = body.0;
        let view = committee::add_member(
            &state.db,
            auth.actor()?,
            id.0,
            &MemberInput {
                user_id: body.user_id,
                sector: body.sector,
                role: body.role,
            },
            state.clock.now(),
        )
        .await?;
        Ok(Json(view.into()))
    }

    /// Remove a committee member (managers)
    #[oai(path = "/:id/committee/members/:user_id", method = "delete")]
    async fn remove_member(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        user_id: Path<Uuid>,
    ) -> ApiResult<Json<CommitteeOut>> {
        let view =
            committee::remove_member(&state.db, auth.actor()?, id.0, user_id.0, state.clock.now())
                .await?;
        Ok(Json(view.into()))
    }

    /// Set the composition rule (managers)
    ///
    /// `parity` (the default) or `minimum_shares`. `start-review` is refused while the rule fails.
    #[oai(path = "/:id/committee/rule", method = "put")]
    async fn set_rule(
        &self,
        state: Data<&AppState>,
        auth: Auth,
        id: Path<Uuid>,
        body: StrictJson<RuleIn>,
    ) -> ApiResult<Json<CommitteeOut>> {
        let body = body.0;
        let input = RuleInput {
            rule_type: body.rule.rule_type,
            shares: body
                .rule
                .shares
                .into_iter()
                .map(|s| (s.sector, s.min_percent))
                .collect(),
        };
        let view = committee::set_rule(
            &state.db,
            auth.actor()?,
            id.0,
            body.version,
            &input,
            state.clock.now(),
        )
        .await?;
        Ok(Json(view.into()))
    }
}
