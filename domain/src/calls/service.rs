//! The services of calls: create a draft, edit its details, criteria, questions, eligibility rules and
//! indicators (the frozen parts only while it is a draft), move it through its lifecycle, clone it as the next
//! cycle, and show it to managers and, once opened, to the public.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait,
    IntoActiveModel, QueryFilter, QueryOrder, QuerySelect, QueryTrait, Set,
};
use serde::Deserialize;
use uuid::Uuid;

use super::criteria::{CriterionInput, parse_criteria};
use super::details::{CallDetailsInput, Quota, ValidDetails, parse_details};
use super::eligibility::{EligibilityRule, check_rules};
use super::entity::{call, criterion, indicator, question};
use super::lifecycle::{CallAction, CallState};
use super::questions::{QuestionInput, parse_questions};
use super::translations::{Reading, Translations};
use super::views::{CriterionView, IndicatorView, QuestionView};
use crate::audit::{self, Subject};
use crate::db::{from_json, to_json as json};
use crate::error::Validator;
use crate::money::{Currency, Money};
use crate::programmes::{self, Programme};
use crate::selection::lottery::{self, Lottery};
use crate::{Actor, Arg, Error, Message, Page, PageRequest, Result, Role, db, prerequisites};

/// A call with everything that belongs to it, as services return it.
#[derive(Debug, Clone)]
pub struct CallView {
    /// The stored call.
    pub call: call::Model,
    /// Its state as of now (an open call past its deadline is closed).
    pub state: CallState,
    /// Its programme.
    pub programme: Programme,
    /// The programme's currency.
    pub currency: Currency,
    /// Criteria, by position.
    pub criteria: Vec<CriterionView>,
    /// Custom questions, by position.
    pub questions: Vec<QuestionView>,
    /// Indicators, by position, as stored (funded projects' views hold these rows; see
    /// [`CallView::indicator_views`]).
    pub indicators: Vec<indicator::Model>,
    /// Eligibility rules.
    pub rules: Vec<EligibilityRule>,
    /// Regional quotas.
    pub quotas: Vec<Quota>,
    /// Tie-break criteria positions.
    pub tie_break: Vec<i32>,
    /// Its texts in the programme's other content languages.
    pub translations: Translations,
    /// The language its texts are shown in: as written, until [`CallView::in_language`] picks the reader's.
    pub reading: Reading,
}

impl CallView {
    /// The indicators as the call editor shows them.
    pub fn indicator_views(&self) -> Vec<IndicatorView> {
        self.indicators
            .iter()
            .cloned()
            .map(IndicatorView::from)
            .collect()
    }

    /// The rules applications are judged by: the manager's, then the call's award limits, which are built
    /// into every call (a manager's amount rule equal to them is not repeated).
    pub fn effective_rules(&self) -> Vec<EligibilityRule> {
        let limits = crate::calls::eligibility::award_limits(
            self.call.min_award_minor,
            self.call.max_award_minor,
        );
        let mut rules = self.rules.clone();
        if !rules.contains(&limits) {
            rules.push(limits);
        }
        rules
    }

    /// An amount of this call's currency from minor units.
    pub fn money(&self, minor: i64) -> Money {
        Money::from_minor(minor, self.currency)
    }

    /// Whether scoring is closed: no review or consensus score may change, so the lottery seed is revealed.
    pub fn scoring_closed(&self) -> bool {
        self.call.scoring_closed_at.is_some()
    }

    /// What may be known of the call's lottery: nothing before reviewing, the seed's commitment while scores
    /// may change, the seed itself once scoring is closed.
    pub fn lottery(&self) -> Lottery {
        Lottery::new(self.call.lottery_seed.as_deref(), self.scoring_closed())
    }

    /// Where the call stands for the public at `now`.
    pub fn phase(&self, now: DateTime<Utc>) -> Phase {
        match self.state {
            CallState::Draft => Phase::Draft,
            CallState::Open if now < self.call.opens_at => Phase::Upcoming,
            CallState::Open => Phase::Open,
            _ => Phase::Past,
        }
    }
}

/// Where a call stands for the public.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Not yet published.
    Draft,
    /// Published; applications open later.
    Upcoming,
    /// Accepting applications.
    Open,
    /// The deadline has passed.
    Past,
}

fn require_manager(actor: &Actor) -> Result<()> {
    actor.require_any(&[Role::Manager])
}

/// Loads a call and everything that belongs to it, without a permission check.
pub(crate) async fn load(conn: &impl ConnectionTrait, id: Uuid) -> Result<CallView> {
    let call = call::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound)?;
    load_many(conn, vec![call])
        .await?
        .pop()
        .ok_or(Error::NotFound)
}

/// Completes stored calls with their programmes, criteria, questions and indicators, in a fixed number of
/// queries whatever the number of calls (lists are public and read often).
pub(crate) async fn load_many(
    conn: &impl ConnectionTrait,
    calls: Vec<call::Model>,
) -> Result<Vec<CallView>> {
    use std::collections::HashMap;
    let ids: Vec<Uuid> = calls.iter().map(|c| c.id).collect();
    let programme_ids: Vec<Uuid> = calls.iter().map(|c| c.programme_id).collect();
    let programmes: HashMap<Uuid, Programme> = programmes::entity::Entity::find()
        .filter(programmes::entity::Column::Id.is_in(programme_ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let mut criteria: HashMap<Uuid, Vec<CriterionView>> = HashMap::new();
    for c in criterion::Entity::find()
        .filter(criterion::Column::CallId.is_in(ids.clone()))
        .order_by_asc(criterion::Column::Position)
        .all(conn)
        .await?
    {
        criteria.entry(c.call_id).or_default().push(c.try_into()?);
    }
    let mut questions: HashMap<Uuid, Vec<QuestionView>> = HashMap::new();
    for q in question::Entity::find()
        .filter(question::Column::CallId.is_in(ids.clone()))
        .order_by_asc(question::Column::Position)
        .all(conn)
        .await?
    {
        questions.entry(q.call_id).or_default().push(q.try_into()?);
    }
    let mut indicators: HashMap<Uuid, Vec<indicator::Model>> = HashMap::new();
    for i in indicator::Entity::find()
        .filter(indicator::Column::CallId.is_in(ids.clone()))
        .order_by_asc(indicator::Column::Position)
        .all(conn)
        .await?
    {
        indicators.entry(i.call_id).or_default().push(i);
    }
    let mut translations = super::translations::load_for(conn, &ids).await?;
    let now = Utc::now();
    calls
        .into_iter()
        .map(|call| {
            let programme = programmes
                .get(&call.programme_id)
                .cloned()
                .ok_or_else(|| Error::internal(format!("call {} has no programme", call.id)))?;
            let stored = CallState::parse(&call.state)
                .ok_or_else(|| Error::internal(format!("unknown call state {}", call.state)))?;
            Ok(CallView {
                state: stored.effective(call.deadline(), now),
                currency: programmes::currency_of(&programme)?,
                rules: from_json(&call.eligibility_rules)?,
                quotas: from_json(&call.quotas)?,
                tie_break: from_json(&call.tie_break)?,
                criteria: criteria.remove(&call.id).unwrap_or_default(),
                questions: questions.remove(&call.id).unwrap_or_default(),
                indicators: indicators.remove(&call.id).unwrap_or_default(),
                translations: translations.remove(&call.id).unwrap_or_default(),
                reading: Reading::default(),
                programme,
                call,
            })
        })
        .collect()
}

/// Shows a call: drafts to managers only (others get `NotFound`), published calls to anyone.
pub async fn get(db: &DatabaseConnection, actor: Option<&Actor>, id: Uuid) -> Result<CallView> {
    let view = load(db, id).await?;
    if view.state == CallState::Draft && !actor.is_some_and(|a| a.has(Role::Manager)) {
        return Err(Error::NotFound);
    }
    Ok(view)
}

/// Which calls to list.
#[derive(Debug, Clone, Default)]
pub struct CallFilter {
    /// Only calls of this programme.
    pub programme_id: Option<Uuid>,
    /// Only calls of programmes whose agency is in this country.
    pub country: Option<String>,
    /// Only calls in this phase (drafts are listed to managers only).
    pub phase: Option<Phase>,
}

/// Lists calls, soonest deadline first (rolling calls, open until closed, last). Managers see drafts too; everyone else sees published calls.
pub async fn list(
    db: &DatabaseConnection,
    actor: Option<&Actor>,
    filter: &CallFilter,
    page: PageRequest,
) -> Result<Page<CallView>> {
    let manager = actor.is_some_and(|a| a.has(Role::Manager));
    let now = Utc::now();
    let mut query = call::Entity::find();
    if !manager || filter.phase.is_some_and(|p| p != Phase::Draft) {
        query = query.filter(call::Column::State.ne(CallState::Draft.as_str()));
    }
    if let Some(programme_id) = filter.programme_id {
        query = query.filter(call::Column::ProgrammeId.eq(programme_id));
    }
    if let Some(country) = filter.country.as_deref() {
        let agencies = crate::organisations::entity::Entity::find()
            .select_only()
            .column(crate::organisations::entity::Column::Id)
            .filter(
                crate::organisations::entity::Column::Country
                    .eq(country.trim().to_ascii_uppercase()),
            )
            .into_query();
        let programmes = programmes::entity::Entity::find()
            .select_only()
            .column(programmes::entity::Column::Id)
            .filter(programmes::entity::Column::AgencyId.in_subquery(agencies))
            .into_query();
        query = query.filter(call::Column::ProgrammeId.in_subquery(programmes));
    }
    let open = CallState::Open.as_str();
    query = match filter.phase {
        None => query,
        Some(Phase::Draft) if manager => {
            query.filter(call::Column::State.eq(CallState::Draft.as_str()))
        }
        Some(Phase::Draft) => query.filter(call::Column::State.eq("none")),
        Some(Phase::Upcoming) => query
            .filter(call::Column::State.eq(open))
            .filter(call::Column::OpensAt.gt(now)),
        Some(Phase::Open) => query
            .filter(call::Column::State.eq(open))
            .filter(call::Column::OpensAt.lte(now))
            .filter(
                Condition::any()
                    .add(call::Column::ClosesAt.gt(now))
                    .add(call::Column::Rolling.eq(true)),
            ),
        Some(Phase::Past) => query.filter(
            Condition::any()
                .add(call::Column::State.is_not_in([open, CallState::Draft.as_str()]))
                .add(
                    Condition::all()
                        .add(call::Column::ClosesAt.lte(now))
                        .add(call::Column::Rolling.eq(false)),
                ),
        ),
    };
    let page = crate::page::fetch(
        db,
        query
            .order_by_asc(call::Column::Rolling)
            .order_by_asc(call::Column::ClosesAt)
            .order_by_asc(call::Column::Id),
        page,
    )
    .await?;
    Ok(Page {
        items: load_many(db, page.items).await?,
        total: page.total,
        page: page.page,
        limit: page.limit,
    })
}

fn apply_details(
    model: &mut call::ActiveModel,
    details: &ValidDetails,
    currency: Currency,
) -> Result<()> {
    model.code = Set(details.code.clone());
    model.title = Set(details.title.clone());
    model.description = Set(details.description.clone());
    model.opens_at = Set(details.opens_at);
    model.closes_at = Set(details.closes_at);
    model.time_zone = Set(details.time_zone.name().to_owned());
    model.total_budget_minor = Set(details.total_budget.to_minor(currency));
    model.min_award_minor = Set(details.min_award.to_minor(currency));
    model.max_award_minor = Set(details.max_award.to_minor(currency));
    model.max_awards = Set(details.max_awards);
    model.min_reviews = Set(details.min_reviews);
    model.min_total_score = Set(details.min_total_score.map(|s| s.to_string()));
    model.tie_break = Set(json(&details.tie_break)?);
    model.quotas = Set(json(&details.quotas)?);
    model.reporting_cadence_months = Set(details.reporting_cadence_months);
    Ok(())
}

/// Creates a draft call in a programme. Managers only.
pub async fn create(
    db: &DatabaseConnection,
    actor: &Actor,
    programme_id: Uuid,
    input: &CallDetailsInput,
) -> Result<CallView> {
    require_manager(actor)?;
    let programme = programmes::find(db, programme_id)
        .await
        .map_err(|_| Error::field("programme_id", Message::new("error-programme-unknown")))?;
    let currency = programmes::currency_of(&programme)?;
    let details = parse_details(input, currency, programme.reporting_cadence_months)?;
    let now = Utc::now();
    let id = Uuid::now_v7();
    let mut model = call::ActiveModel {
        id: Set(id),
        programme_id: Set(programme_id),
        state: Set(CallState::Draft.as_str().to_owned()),
        eligibility_rules: Set("[]".to_owned()),
        cloned_from: Set(None),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    apply_details(&mut model, &details, currency)?;
    let tx = db::begin_write(db).await?;
    model.insert(&tx).await?;
    audit::record(
        &tx,
        Some(actor),
        "call.created",
        &Subject::new("call", id),
        format!(
            "draft {} ({}) in {}",
            details.title, details.code, programme.name
        ),
    )
    .await?;
    tx.commit().await?;
    load(db, id).await
}

/// Opens a write on a call the actor may change, checking the version the caller read.
async fn begin_edit(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    version: i32,
) -> Result<(crate::db::WriteTransaction, CallView)> {
    require_manager(actor)?;
    let tx = db::begin_write(db).await?;
    let view = load(&tx, id).await?;
    if view.call.version != version {
        return Err(Error::stale());
    }
    Ok((tx, view))
}

/// The parts of a call that freeze when it opens, as [`frozen`] names them.
pub const FROZEN_PARTS: [&str; 13] = [
    "criteria",
    "questions",
    "eligibility_rules",
    "code",
    "opens_at",
    "total_budget",
    "min_award",
    "max_award",
    "max_awards",
    "min_reviews",
    "min_total_score",
    "tie_break",
    "quotas",
];

/// The refusal of a change to frozen `parts` (names from [`FROZEN_PARTS`]), phrased for translation: each
/// part and the state are catalog keys (`call-part-total-budget`, `state-open`).
pub fn frozen(parts: &[&str], state: CallState) -> Error {
    let parts = parts
        .iter()
        .map(|part| {
            Arg::Message(Box::new(Message::new(&format!(
                "call-part-{}",
                part.replace('_', "-")
            ))))
        })
        .collect();
    Error::Conflict(
        Message::new("error-call-frozen")
            .arg_phrased("parts", Arg::List(parts))
            .arg_phrased(
                "state",
                Arg::Message(Box::new(Message::new(&format!("state-{}", state.as_str())))),
            ),
    )
}

/// Refuses a change to a part of the call that is frozen because the call has opened.
fn refuse_if_frozen(view: &CallView, part: &str) -> Result<()> {
    if view.state.is_frozen() {
        return Err(frozen(&[part], view.state));
    }
    Ok(())
}

/// Bumps the call's version inside the edit and records what changed.
async fn finish_edit(
    tx: crate::db::WriteTransaction,
    db: &DatabaseConnection,
    actor: &Actor,
    view: &CallView,
    mut model: call::ActiveModel,
    action: &str,
    summary: String,
) -> Result<CallView> {
    model.version = Set(view.call.version + 1);
    model.updated_at = Set(Utc::now());
    model.update(&tx).await?;
    audit::record(
        &tx,
        Some(actor),
        action,
        &Subject::new("call", view.call.id),
        summary,
    )
    .await?;
    tx.commit().await?;
    load(db, view.call.id).await
}

/// Edits the details. While a draft, everything may change; once opened, only the title, description,
/// deadline, time zone and reporting cadence, so that applicants are judged by the rules they read.
pub async fn update_details(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    version: i32,
    input: &CallDetailsInput,
) -> Result<CallView> {
    let (tx, view) = begin_edit(db, actor, id, version).await?;
    let details = parse_details(
        input,
        view.currency,
        view.programme.reporting_cadence_months,
    )?;
    let before = &view.call;
    let money = |minor: i64| view.money(minor).to_decimal_string(view.currency);
    let details_money = |amount: Money| amount.to_decimal_string(view.currency);
    // (field, before, after), the fields that may change after opening first.
    let editable = [
        ("title", before.title.clone(), details.title.clone()),
        (
            "description",
            format!("{} characters", before.description.chars().count()),
            format!("{} characters", details.description.chars().count()),
        ),
        (
            "closes_at",
            before.closes_at.to_rfc3339(),
            details.closes_at.to_rfc3339(),
        ),
        (
            "time_zone",
            before.time_zone.clone(),
            details.time_zone.name().to_owned(),
        ),
        (
            "reporting_cadence_months",
            before.reporting_cadence_months.to_string(),
            details.reporting_cadence_months.to_string(),
        ),
    ];
    let frozen_fields = [
        ("code", before.code.clone(), details.code.clone()),
        (
            "opens_at",
            before.opens_at.to_rfc3339(),
            details.opens_at.to_rfc3339(),
        ),
        (
            "total_budget",
            money(before.total_budget_minor),
            details_money(details.total_budget),
        ),
        (
            "min_award",
            money(before.min_award_minor),
            details_money(details.min_award),
        ),
        (
            "max_award",
            money(before.max_award_minor),
            details_money(details.max_award),
        ),
        (
            "max_awards",
            before.max_awards.to_string(),
            details.max_awards.to_string(),
        ),
        (
            "min_reviews",
            before.min_reviews.to_string(),
            details.min_reviews.to_string(),
        ),
        (
            "min_total_score",
            before.min_total_score.clone().unwrap_or_default(),
            details
                .min_total_score
                .map(|s| s.to_string())
                .unwrap_or_default(),
        ),
        (
            "tie_break",
            json(&view.tie_break)?,
            json(&details.tie_break)?,
        ),
        ("quotas", json(&view.quotas)?, json(&details.quotas)?),
    ];
    let changed = |fields: &[(&str, String, String)]| -> Vec<String> {
        fields
            .iter()
            .filter(|(_, old, new)| old != new)
            .map(|(name, old, new)| format!("{name}: {old} -> {new}"))
            .collect()
    };
    let frozen_changes: Vec<&str> = frozen_fields
        .iter()
        .filter(|(_, old, new)| old != new)
        .map(|(name, _, _)| *name)
        .collect();
    if view.state.is_frozen() && !frozen_changes.is_empty() {
        return Err(frozen(&frozen_changes, view.state));
    }
    let mut changes = changed(&editable);
    changes.extend(changed(&frozen_fields));
    if details.closes_at <= Utc::now() && view.state == CallState::Open && !view.call.rolling {
        return Err(Error::field(
            "closes_at",
            Message::new("error-deadline-in-past"),
        ));
    }
    let mut model = view.call.clone().into_active_model();
    apply_details(&mut model, &details, view.currency)?;
    let summary = if changes.is_empty() {
        "no change".to_owned()
    } else {
        changes.join("; ")
    };
    finish_edit(tx, db, actor, &view, model, "call.details_updated", summary).await
}

/// Replaces the criteria. Drafts only.
pub async fn replace_criteria(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    version: i32,
    inputs: &[CriterionInput],
) -> Result<CallView> {
    let (tx, view) = begin_edit(db, actor, id, version).await?;
    refuse_if_frozen(&view, "criteria")?;
    let criteria = parse_criteria(inputs)?;
    criterion::Entity::delete_many()
        .filter(criterion::Column::CallId.eq(id))
        .exec(&tx)
        .await?;
    for (position, c) in criteria.iter().enumerate() {
        criterion::ActiveModel {
            id: Set(Uuid::now_v7()),
            call_id: Set(id),
            position: Set(position as i32 + 1),
            title: Set(c.title.clone()),
            guidance: Set(c.guidance.clone()),
            weight: Set(c.weight.to_string()),
            max_score: Set(c.max_score),
            min_score: Set(c.min_score),
        }
        .insert(&tx)
        .await?;
    }
    let summary = criteria
        .iter()
        .map(|c| format!("{} (weight {}, max {})", c.title, c.weight, c.max_score))
        .collect::<Vec<_>>()
        .join("; ");
    let model = view.call.clone().into_active_model();
    finish_edit(
        tx,
        db,
        actor,
        &view,
        model,
        "call.criteria_replaced",
        summary,
    )
    .await
}

/// Replaces the custom questions. Drafts only.
pub async fn replace_questions(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    version: i32,
    inputs: &[QuestionInput],
) -> Result<CallView> {
    let (tx, view) = begin_edit(db, actor, id, version).await?;
    refuse_if_frozen(&view, "questions")?;
    let questions = parse_questions(inputs)?;
    question::Entity::delete_many()
        .filter(question::Column::CallId.eq(id))
        .exec(&tx)
        .await?;
    for (position, q) in questions.iter().enumerate() {
        question::ActiveModel {
            id: Set(Uuid::now_v7()),
            call_id: Set(id),
            position: Set(position as i32 + 1),
            prompt: Set(q.prompt.clone()),
            help: Set(q.help.clone()),
            kind: Set(q.kind.as_str().to_owned()),
            required: Set(q.required),
            max_length: Set(q.max_length),
            min_number: Set(q.min_number.map(|n| n.to_string())),
            max_number: Set(q.max_number.map(|n| n.to_string())),
            choices: Set(json(&q.choices)?),
        }
        .insert(&tx)
        .await?;
    }
    let model = view.call.clone().into_active_model();
    let summary = format!("{} questions", questions.len());
    finish_edit(
        tx,
        db,
        actor,
        &view,
        model,
        "call.questions_replaced",
        summary,
    )
    .await
}

/// Replaces the eligibility rules. Drafts only.
pub async fn replace_eligibility(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    version: i32,
    rules: &[EligibilityRule],
) -> Result<CallView> {
    let (tx, view) = begin_edit(db, actor, id, version).await?;
    store_eligibility(tx, db, actor, view, rules).await
}

/// Replaces the eligibility rules as the API writes them (amounts as decimal strings of the call's
/// currency, see [`crate::calls::eligibility::rules_from_json`]). Drafts only. Who may edit is checked before
/// the rules are read, so that a caller who may not learns nothing from their validation.
pub async fn replace_eligibility_json(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    version: i32,
    rules: Vec<serde_json::Value>,
) -> Result<CallView> {
    let (tx, view) = begin_edit(db, actor, id, version).await?;
    let rules = crate::calls::eligibility::rules_from_json(rules, view.currency)?;
    store_eligibility(tx, db, actor, view, &rules).await
}

async fn store_eligibility(
    tx: crate::db::WriteTransaction,
    db: &DatabaseConnection,
    actor: &Actor,
    view: CallView,
    rules: &[EligibilityRule],
) -> Result<CallView> {
    refuse_if_frozen(&view, "eligibility_rules")?;
    let known = prerequisites::kind_ids_of(&tx, view.programme.id).await?;
    let rules = check_rules(rules, &known)?;
    let mut model = view.call.clone().into_active_model();
    let stored = json(&rules)?;
    model.eligibility_rules = Set(stored.clone());
    finish_edit(
        tx,
        db,
        actor,
        &view,
        model,
        "call.eligibility_replaced",
        stored,
    )
    .await
}

/// An indicator as a manager writes it.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct IndicatorInput {
    /// Name.
    pub name: String,
    /// Unit.
    pub unit: String,
}

/// Replaces the indicators funded projects will report on. Allowed at any time before decisions, since
/// they do not change how applications are judged.
pub async fn replace_indicators(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    version: i32,
    inputs: &[IndicatorInput],
) -> Result<CallView> {
    let (tx, view) = begin_edit(db, actor, id, version).await?;
    let mut v = Validator::new();
    for (i, input) in inputs.iter().enumerate() {
        v.check(
            !input.name.trim().is_empty(),
            &format!("indicators[{i}].name"),
            Message::new("error-required"),
        );
        v.check(
            !input.unit.trim().is_empty(),
            &format!("indicators[{i}].unit"),
            Message::new("error-required"),
        );
    }
    v.finish()?;
    indicator::Entity::delete_many()
        .filter(indicator::Column::CallId.eq(id))
        .exec(&tx)
        .await?;
    for (position, input) in inputs.iter().enumerate() {
        indicator::ActiveModel {
            id: Set(Uuid::now_v7()),
            call_id: Set(id),
            position: Set(position as i32 + 1),
            name: Set(input.name.trim().to_owned()),
            unit: Set(input.unit.trim().to_owned()),
        }
        .insert(&tx)
        .await?;
    }
    let summary = inputs
        .iter()
        .map(|i| format!("{} ({})", i.name.trim(), i.unit.trim()))
        .collect::<Vec<_>>()
        .join("; ");
    let model = view.call.clone().into_active_model();
    finish_edit(
        tx,
        db,
        actor,
        &view,
        model,
        "call.indicators_replaced",
        summary,
    )
    .await
}

/// Moves a call through its lifecycle. Opening needs at least one criterion, tie-break positions that
/// name existing criteria, and a deadline still ahead.
pub async fn act(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    version: i32,
    action: CallAction,
) -> Result<CallView> {
    let (tx, view) = begin_edit(db, actor, id, version).await?;
    let next = view.state.transition(action)?;
    if action == CallAction::Open {
        let mut v = Validator::new();
        v.check(
            !view.criteria.is_empty(),
            "criteria",
            Message::new("error-call-needs-criteria"),
        );
        v.check(
            view.tie_break
                .iter()
                .all(|p| (1..=view.criteria.len() as i32).contains(p)),
            "tie_break",
            Message::new("error-tie-break-unknown"),
        );
        v.check(
            view.call.rolling || view.call.closes_at > Utc::now(),
            "closes_at",
            Message::new("error-deadline-in-past"),
        );
        v.finish()?;
    }
    if action == CallAction::StartReview {
        // The committee must meet its composition rule (parity by default) before anyone scores.
        let problems = crate::committee::composition_problems(&tx, id).await?;
        if !problems.is_empty() {
            return Err(Error::Validation(
                problems
                    .into_iter()
                    .map(|m| crate::FieldError::new("committee", m))
                    .collect(),
            ));
        }
    }
    if action == CallAction::Decide {
        // Deciding records the decisions, which only the selection service computes.
        return Err(Error::Conflict(Message::new(
            "error-call-decide-by-finalise",
        )));
    }
    let mut model = view.call.clone().into_active_model();
    model.state = Set(next.as_str().to_owned());
    let mut summary = format!("{} -> {}", view.state, next);
    if action == CallAction::StartReview && view.call.lottery_seed.is_none() {
        // Drawn before anyone scores, so that nobody can choose it knowing which ties it would break; only
        // its commitment is published until scoring closes, so that nobody scores knowing the draw either.
        let seed = lottery::draw_seed();
        summary.push_str(&format!(
            "; lottery seed commitment {}",
            lottery::commitment(&seed)
        ));
        model.lottery_seed = Set(Some(seed));
    }
    finish_edit(
        tx,
        db,
        actor,
        &view,
        model,
        &format!("call.{}", next.as_str()),
        summary,
    )
    .await
}

/// Clones a call as the next cycle: a new draft with the same details, criteria, questions, rules and
/// indicators, and the new dates. Managers only.
pub async fn clone_call(
    db: &DatabaseConnection,
    actor: &Actor,
    id: Uuid,
    opens_at: DateTime<Utc>,
    closes_at: DateTime<Utc>,
) -> Result<CallView> {
    require_manager(actor)?;
    let source = load(db, id).await?;
    if closes_at <= opens_at {
        return Err(Error::field(
            "closes_at",
            Message::new("error-closes-after-opens"),
        ));
    }
    let new_id = Uuid::now_v7();
    let now = Utc::now();
    let tx = db::begin_write(db).await?;
    let mut model = source.call.clone().into_active_model();
    model.id = Set(new_id);
    model.state = Set(CallState::Draft.as_str().to_owned());
    model.opens_at = Set(opens_at);
    model.closes_at = Set(closes_at);
    model.cloned_from = Set(Some(id));
    // The next cycle draws its own lottery and publishes its own results.
    model.lottery_seed = Set(None);
    model.scoring_closed_at = Set(None);
    model.results_published_at = Set(None);
    model.version = Set(1);
    model.created_at = Set(now);
    model.updated_at = Set(now);
    model.insert(&tx).await?;
    // The rows are copied as stored, not rebuilt from the views, so that the copy is exact.
    for c in criterion::Entity::find()
        .filter(criterion::Column::CallId.eq(id))
        .all(&tx)
        .await?
    {
        let mut copy = c.into_active_model();
        copy.id = Set(Uuid::now_v7());
        copy.call_id = Set(new_id);
        copy.insert(&tx).await?;
    }
    for q in question::Entity::find()
        .filter(question::Column::CallId.eq(id))
        .all(&tx)
        .await?
    {
        let mut copy = q.into_active_model();
        copy.id = Set(Uuid::now_v7());
        copy.call_id = Set(new_id);
        copy.insert(&tx).await?;
    }
    for i in indicator::Entity::find()
        .filter(indicator::Column::CallId.eq(id))
        .all(&tx)
        .await?
    {
        let mut copy = i.into_active_model();
        copy.id = Set(Uuid::now_v7());
        copy.call_id = Set(new_id);
        copy.insert(&tx).await?;
    }
    audit::record(
        &tx,
        Some(actor),
        "call.cloned",
        &Subject::new("call", new_id),
        format!("next cycle of {} ({})", source.call.title, id),
    )
    .await?;
    tx.commit().await?;
    load(db, new_id).await
}
