//! Published results: after a call is decided, managers publish its results; from then on anyone may read
//! the ranking, the figures per criterion, totals, outcomes with their reasons, every override's
//! justification, the committee, the lottery seed and its commitment (as JSON or CSV), and each applicant
//! may read its own figures and the reviewers' comments, without reviewer names.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, IntoActiveModel, QueryFilter,
    Set,
};
use serde_json::json;
use uuid::Uuid;

use super::board::{self, parse_decimal};
use super::decisions::{StoredScore, decisions_of, is_decided};
use super::entity::{consensus, decision};
use super::lottery::Lottery;
use super::modes::SelectionMode;
use super::proposal::{Outcome, Reason};
use super::views::ConsensusView;
use crate::accounts::entity::user;
use crate::applications::entity::application;
use crate::applications::service::spreadsheet_safe;
use crate::audit::{self, Subject};
use crate::calls::CriterionView;
use crate::calls::service::{CallView, load as load_call};
use crate::committee::{self, MemberView};
use crate::money::Money;
use crate::notifications::{self, Recipient};
use crate::organisations::geography::subdivision_name;
use crate::organisations::{self, Organisation};
use crate::reviews::sheet::Recommendation;
use crate::{Actor, Error, Message, Result, Role, db};

/// Why an application has its final outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FinalReason {
    /// The proposal's reason.
    Proposal(Reason),
    /// A manager departed from the proposal, with the justification shown beside it.
    Override,
}

impl FinalReason {
    fn parse(stored: &str) -> Result<FinalReason> {
        if stored == "override" {
            return Ok(FinalReason::Override);
        }
        Reason::parse(stored)
            .map(FinalReason::Proposal)
            .ok_or_else(|| Error::internal(format!("unknown decision reason {stored}")))
    }

    /// The translatable explanation (`selection-reason-override`).
    pub fn label(self) -> Message {
        super::proposal::reason_label(self.as_str())
    }

    /// The stored and transmitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            FinalReason::Proposal(reason) => reason.as_str(),
            FinalReason::Override => "override",
        }
    }
}

/// One application in the published results.
#[derive(Debug, Clone)]
pub struct ResultRow {
    /// The application.
    pub application: application::Model,
    /// Its lead organisation.
    pub lead: Organisation,
    /// 1-based rank among qualifying applications.
    pub rank: Option<i32>,
    /// The ranked total at full precision.
    pub total: Option<Decimal>,
    /// The ranked figure per criterion, in the call's order.
    pub scores: Vec<Option<Decimal>>,
    /// Submitted reviews counted.
    pub reviews: i32,
    /// The lottery key, when the lottery broke a tie it was in.
    pub lottery_key: Option<String>,
    /// The outcome.
    pub outcome: Outcome,
    /// Why.
    pub reason: FinalReason,
    /// What the proposal said.
    pub proposed_outcome: Outcome,
    /// The proposal's reason.
    pub proposed_reason: Reason,
    /// The justification of an override.
    pub justification: Option<String>,
    /// The award of a selected application.
    pub awarded: Option<Money>,
    /// The request.
    pub requested: Money,
    /// In a benchmark call: per criterion whether it was met, and the level reached (the benchmark is
    /// frozen at opening, so assessing the stored figures again gives what was decided).
    pub assessment: Option<super::benchmark::Assessment>,
    /// The name of the level reached, in a benchmark call with levels.
    pub level: Option<String>,
    /// When it was decided (in a rolling call, when it joined).
    pub decided_at: DateTime<Utc>,
}

/// A call's results.
#[derive(Debug, Clone)]
pub struct Results {
    /// The call.
    pub call: CallView,
    /// The lottery seed, with which anyone can recompute the order of tied applications.
    pub seed: Option<String>,
    /// The seed's SHA-256 commitment, published when reviewing started, against which anyone can check it.
    pub commitment: Option<String>,
    /// When the results were published; `None` while only managers see them.
    pub published_at: Option<DateTime<Utc>>,
    /// When the decisions were finalised.
    pub decided_at: Option<DateTime<Utc>>,
    /// Applications: ranked ones by rank, then the others by total and reference.
    pub rows: Vec<ResultRow>,
    /// The committee: names, sectors and roles.
    pub committee: Vec<MemberView>,
    /// The sum of the awards.
    pub awarded: Money,
}

fn stored_outcome(text: &str) -> Result<Outcome> {
    Outcome::parse(text).ok_or_else(|| Error::internal(format!("unknown outcome {text}")))
}

fn stored_reason(text: &str) -> Result<Reason> {
    Reason::parse(text).ok_or_else(|| Error::internal(format!("unknown reason {text}")))
}

fn scores_in_order(
    criteria: &[CriterionView],
    decision: &decision::Model,
) -> Result<Vec<Option<Decimal>>> {
    let stored: Vec<StoredScore> = crate::db::from_json(&decision.scores)?;
    criteria
        .iter()
        .map(|c| {
            stored
                .iter()
                .find(|s| s.criterion_id == c.id)
                .and_then(|s| s.score.as_deref())
                .map(parse_decimal)
                .transpose()
        })
        .collect()
}

fn row_of(
    call: &CallView,
    decision: decision::Model,
    application: application::Model,
    lead: Organisation,
) -> Result<ResultRow> {
    let scores = scores_in_order(&call.criteria, &decision)?;
    let total = decision.total.as_deref().map(parse_decimal).transpose()?;
    let (assessment, level) = if board::mode_of(&call.call)? == SelectionMode::Benchmark {
        let benchmark = board::benchmark_of(&call.call)?;
        let assessment = board::assess(&benchmark, call, &scores, total)?;
        let level = assessment
            .level
            .and_then(|l| benchmark.levels.get(l))
            .map(|l| l.name.clone());
        (Some(assessment), level)
    } else {
        (None, None)
    };
    Ok(ResultRow {
        rank: decision.rank,
        total,
        scores,
        assessment,
        level,
        reviews: decision.reviews,
        lottery_key: decision.lottery_key.clone(),
        outcome: stored_outcome(&decision.outcome)?,
        reason: FinalReason::parse(&decision.reason)?,
        proposed_outcome: stored_outcome(&decision.proposed_outcome)?,
        proposed_reason: stored_reason(&decision.proposed_reason)?,
        justification: decision.justification.clone(),
        awarded: decision.awarded_minor.map(|m| call.money(m)),
        requested: call.money(application.requested_minor),
        decided_at: decision.decided_at,
        application,
        lead,
    })
}

/// The results of a call: to anyone once published, to managers as soon as the call is decided; otherwise
/// `NotFound`, which does not say whether decisions exist.
pub async fn results(
    db: &DatabaseConnection,
    actor: Option<&Actor>,
    call_id: Uuid,
) -> Result<Results> {
    let call = load_call(db, call_id).await?;
    let manager = actor.is_some_and(|a| a.has(Role::Manager));
    let visible = call.call.results_published_at.is_some() || (manager && is_decided(&call.call));
    if !visible {
        return Err(Error::NotFound);
    }
    let decisions = decisions_of(db, call_id).await?;
    let mut applications: HashMap<Uuid, application::Model> = application::Entity::find()
        .filter(application::Column::Id.is_in(decisions.iter().map(|d| d.application_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a))
        .collect();
    let leads: HashMap<Uuid, Organisation> = organisations::entity::Entity::find()
        .filter(
            organisations::entity::Column::Id
                .is_in(applications.values().map(|a| a.lead_organisation_id)),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let decided_at = decisions.iter().map(|d| d.decided_at).max();
    let mut rows = decisions
        .into_iter()
        .map(|d| {
            let app = applications
                .remove(&d.application_id)
                .ok_or_else(|| Error::Internal("decision without application".into()))?;
            let lead = leads
                .get(&app.lead_organisation_id)
                .cloned()
                .ok_or_else(|| Error::Internal("application without lead organisation".into()))?;
            row_of(&call, d, app, lead)
        })
        .collect::<Result<Vec<_>>>()?;
    rows.sort_by(|a, b| {
        let key = |r: &ResultRow| (r.rank.is_none(), r.rank, std::cmp::Reverse(r.total));
        key(a)
            .cmp(&key(b))
            .then_with(|| a.application.reference.cmp(&b.application.reference))
    });
    let awarded_minor = rows
        .iter()
        .filter_map(|r| r.awarded.map(|m| m.to_minor(call.currency)))
        .fold(0i64, i64::saturating_add);
    // Results exist only once decided, and deciding closes scoring: the seed is revealed.
    let lottery = Lottery::new(call.call.lottery_seed.as_deref(), true);
    Ok(Results {
        seed: lottery.seed().map(str::to_owned),
        commitment: lottery.commitment().map(str::to_owned),
        published_at: call.call.results_published_at,
        decided_at,
        committee: committee::load(db, call_id).await?.members,
        awarded: call.money(awarded_minor),
        rows,
        call,
    })
}

/// The results as CSV, one row per application, with the same visibility as [`results`].
pub async fn results_csv(
    db: &DatabaseConnection,
    actor: Option<&Actor>,
    call_id: Uuid,
) -> Result<String> {
    let results = results(db, actor, call_id).await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let csv_err = |err: csv::Error| Error::internal(format!("writing CSV: {err}"));
    let mut header: Vec<String> = [
        "rank",
        "reference",
        "title",
        "lead_organisation",
        "subdivision",
        "subdivision_name",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect();
    header.extend(results.call.criteria.iter().map(|c| c.title.clone()));
    header.extend(
        [
            "total",
            "reviews",
            "outcome",
            "reason",
            "justification",
            "requested",
            "awarded",
            "currency",
            "lottery_key",
            "lottery_seed",
            "lottery_seed_commitment",
        ]
        .into_iter()
        .map(str::to_owned),
    );
    out.write_record(header.iter().map(|h| spreadsheet_safe(h)))
        .map_err(csv_err)?;
    let currency = results.call.currency;
    let number = |d: Option<Decimal>| d.map(|d| d.round_dp(2).to_string()).unwrap_or_default();
    for row in &results.rows {
        let mut cells = vec![
            row.rank.map(|r| r.to_string()).unwrap_or_default(),
            row.application.reference.clone().unwrap_or_default(),
            row.application.title.clone(),
            row.lead.name.clone(),
            row.lead.subdivision.clone().unwrap_or_default(),
            row.lead
                .subdivision
                .as_deref()
                .and_then(subdivision_name)
                .unwrap_or_default()
                .to_owned(),
        ];
        cells.extend(row.scores.iter().map(|s| number(*s)));
        cells.extend([
            number(row.total),
            row.reviews.to_string(),
            row.outcome.as_str().to_owned(),
            row.reason.as_str().to_owned(),
            row.justification.clone().unwrap_or_default(),
            row.requested.to_decimal_string(currency),
            row.awarded
                .map(|a| a.to_decimal_string(currency))
                .unwrap_or_default(),
            currency.code().to_owned(),
            row.lottery_key.clone().unwrap_or_default(),
            results.seed.clone().unwrap_or_default(),
            results.commitment.clone().unwrap_or_default(),
        ]);
        out.write_record(cells.iter().map(|c| spreadsheet_safe(c)))
            .map_err(csv_err)?;
    }
    let bytes = out
        .into_inner()
        .map_err(|err| Error::internal(format!("writing CSV: {err}")))?;
    String::from_utf8(bytes).map_err(Error::caused_by)
}

/// Publishes a decided call's results and tells every applicant. Managers only; once.
pub async fn publish(db: &DatabaseConnection, actor: &Actor, call_id: Uuid) -> Result<Results> {
    actor.require_any(&[Role::Manager])?;
    let tx = db::begin_write(db).await?;
    let call = load_call(&tx, call_id).await?;
    if !is_decided(&call.call) {
        return Err(Error::Conflict(Message::new("error-results-not-decided")));
    }
    if call.call.results_published_at.is_some() {
        return Err(Error::Conflict(Message::new(
            "error-results-already-published",
        )));
    }
    let now = Utc::now();
    let mut model = call.call.clone().into_active_model();
    model.results_published_at = Set(Some(now));
    model.version = Set(call.call.version + 1);
    model.updated_at = Set(now);
    model.update(&tx).await?;
    let decisions = decisions_of(&tx, call_id).await?;
    let applications: HashMap<Uuid, application::Model> = application::Entity::find()
        .filter(application::Column::CallId.eq(call_id))
        .all(&tx)
        .await?
        .into_iter()
        .map(|a| (a.id, a))
        .collect();
    let creators: HashMap<Uuid, user::Model> = user::Entity::find()
        .filter(user::Column::Id.is_in(applications.values().map(|a| a.created_by)))
        .all(&tx)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    for decision in &decisions {
        let Some(app) = applications.get(&decision.application_id) else {
            continue;
        };
        let Some(creator) = creators.get(&app.created_by) else {
            continue;
        };
        notifications::enqueue(
            &tx,
            &Recipient {
                user_id: Some(creator.id),
                email: creator.email.clone(),
            },
            notifications::Kind::ResultsPublished,
            &json!({
                "path": crate::outbox::path::results(call_id),
                "call_title": call.call.title,
                "call_id": call_id,
                "reference": app.reference,
                "application_id": app.id,
                "application_title": app.title,
                "outcome": decision.outcome,
            }),
            now,
        )
        .await?;
    }
    audit::record(
        &tx,
        Some(actor),
        "results.published",
        &Subject::new("call", call_id),
        format!("{} decisions published", decisions.len()),
    )
    .await?;
    tx.commit().await?;
    results(db, Some(actor), call_id).await
}

/// One criterion of an applicant's feedback.
#[derive(Debug, Clone)]
pub struct CriterionFeedback {
    /// The criterion.
    pub criterion: CriterionView,
    /// The ranked figure (the consensus when recorded).
    pub score: Option<Decimal>,
    /// The consensus score and its rationale, when the committee agreed one.
    pub consensus: Option<ConsensusView>,
}

/// One reviewer's comments, without their name.
#[derive(Debug, Clone)]
pub struct ReviewerComments {
    /// "Reviewer 1", "Reviewer 2", ... in the order the reviews were submitted.
    pub number: usize,
    /// Score and comment per criterion, in the call's order.
    pub scores: Vec<(CriterionView, Option<i32>, String)>,
    /// The overall comment.
    pub overall_comment: String,
    /// The recommendation.
    pub recommendation: Option<Recommendation>,
}

/// What an applicant learns about its own application once results are published.
#[derive(Debug, Clone)]
pub struct Feedback {
    /// The application's row in the results.
    pub row: ResultRow,
    /// Figures per criterion.
    pub criteria: Vec<CriterionFeedback>,
    /// The reviewers' comments.
    pub reviewers: Vec<ReviewerComments>,
    /// The call.
    pub call: CallView,
}

/// An application's own figures and the reviewers' comments, for its team once the results are published
/// (before that, 409) and for managers once the call is decided. Anyone else gets `NotFound`.
pub async fn feedback(
    db: &DatabaseConnection,
    actor: &Actor,
    application_id: Uuid,
) -> Result<Feedback> {
    let app = application::Entity::find_by_id(application_id)
        .one(db)
        .await?
        .ok_or(Error::NotFound)?;
    let team = actor.belongs_to(app.lead_organisation_id);
    let manager = actor.has(Role::Manager);
    if !team && !manager {
        return Err(Error::NotFound);
    }
    let call = load_call(db, app.call_id).await?;
    let visible = if team && !manager {
        call.call.results_published_at.is_some()
    } else {
        is_decided(&call.call)
    };
    if !visible {
        return Err(Error::Conflict(Message::new("error-results-not-published")));
    }
    let decision = decision::Entity::find_by_id(application_id)
        .one(db)
        .await?
        .ok_or(Error::NotFound)?;
    let lead = organisations::find(db, app.lead_organisation_id).await?;
    let row = row_of(&call, decision, app, lead)?;
    let consensus_rows = consensus::Entity::find()
        .filter(consensus::Column::ApplicationId.eq(application_id))
        .all(db)
        .await?;
    let criteria = call
        .criteria
        .iter()
        .zip(&row.scores)
        .map(|(criterion, score)| CriterionFeedback {
            criterion: criterion.clone(),
            score: *score,
            consensus: consensus_rows
                .iter()
                .find(|c| c.criterion_id == criterion.id)
                .cloned()
                .map(ConsensusView::from),
        })
        .collect();
    let reviewers = board::counted_reviews(db, call.call.id)
        .await?
        .into_iter()
        .filter(|r| r.application_id == application_id)
        .enumerate()
        .map(|(i, review)| {
            let scores = board::scores_of(&review)?;
            Ok(ReviewerComments {
                number: i + 1,
                scores: call
                    .criteria
                    .iter()
                    .map(|c| {
                        let score = scores.iter().find(|s| s.criterion_id == c.id);
                        (
                            c.clone(),
                            score.and_then(|s| s.score),
                            score.map(|s| s.comment.clone()).unwrap_or_default(),
                        )
                    })
                    .collect(),
                overall_comment: review.overall_comment.clone(),
                recommendation: review
                    .recommendation
                    .as_deref()
                    .and_then(|r| Recommendation::parse(r).ok()),
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Feedback {
        row,
        criteria,
        reviewers,
        call,
    })
}
