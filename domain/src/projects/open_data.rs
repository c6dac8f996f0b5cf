//! Open data on funded projects of calls whose results are published: the 360Giving package of awards and
//! CSV exports of projects, disbursements and published lessons, and the action plans' commitments as CSV and
//! JSON. Public, no permission needed.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{Map, Value};
use uuid::Uuid;

use super::entity::{milestone, project, report, tranche};
use super::giving::{self, Disbursement, GivingGrant, GivingOrganisation};
use super::learning::{self, Lessons};
use super::plan;
use super::service::{Access, agency_of};
use crate::applications::entity::application;
use crate::applications::service::spreadsheet_safe;
use crate::calls::entity::call;
use crate::money::{Currency, Money};
use crate::organisations::geography::{country_name, subdivision_name};
use crate::organisations::{self, Organisation};
use crate::programmes::entity as programme;
use crate::selection::entity::decision;
use crate::{Error, Result};

/// One published project with what open data says of it.
struct Published {
    project: project::Model,
    call: call::Model,
    application: application::Model,
    lead: Organisation,
    agency: Organisation,
    currency: Currency,
    paid: Vec<tranche::Model>,
    decided_at: Option<DateTime<Utc>>,
}

async fn published(db: &DatabaseConnection) -> Result<Vec<Published>> {
    let calls: BTreeMap<Uuid, call::Model> = call::Entity::find()
        .filter(call::Column::ResultsPublishedAt.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let projects = project::Entity::find()
        .filter(project::Column::CallId.is_in(calls.keys().copied()))
        .order_by_asc(project::Column::CreatedAt)
        .order_by_asc(project::Column::Id)
        .all(db)
        .await?;
    let mut agencies: BTreeMap<Uuid, (Organisation, Currency)> = BTreeMap::new();
    let mut out = Vec::with_capacity(projects.len());
    for project in projects {
        let call = calls
            .get(&project.call_id)
            .cloned()
            .ok_or_else(|| Error::Internal("project without call".into()))?;
        if let std::collections::btree_map::Entry::Vacant(entry) = agencies.entry(call.id) {
            entry.insert(agency_of(db, &call).await?);
        }
        let (agency, currency) = agencies
            .get(&call.id)
            .cloned()
            .ok_or_else(|| Error::Internal("agency not loaded".into()))?;
        let application = application::Entity::find_by_id(project.application_id)
            .one(db)
            .await?
            .ok_or_else(|| Error::Internal("project without application".into()))?;
        let lead = organisations::find(db, project.lead_organisation_id).await?;
        let paid = tranche::Entity::find()
            .filter(tranche::Column::ProjectId.eq(project.id))
            .filter(tranche::Column::State.eq("paid"))
            .order_by_asc(tranche::Column::Position)
            .all(db)
            .await?;
        let decided_at = decision::Entity::find_by_id(project.application_id)
            .one(db)
            .await?
            .map(|d| d.decided_at);
        out.push(Published {
            project,
            call,
            application,
            lead,
            agency,
            currency,
            paid,
            decided_at,
        });
    }
    Ok(out)
}

fn org_id(organisation: &Organisation) -> String {
    // No register number is known for most local governments: a Convoca-scoped identifier, as org-id allows
    // for organisations without one.
    format!("XI-CONVOCA-{}", organisation.id)
}

fn giving_org(organisation: &Organisation) -> GivingOrganisation {
    GivingOrganisation {
        id: org_id(organisation),
        name: organisation.name.clone(),
        country: organisation.country.clone(),
    }
}

/// The 360Giving package of every award of a published call. `base_url` is the site's address as the
/// reader reached it (`https://convoca.example`, no trailing slash): each grant's programme cycle links to
/// its call's public page there.
pub async fn giving_package(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    base_url: &str,
) -> Result<serde_json::Value> {
    let base_url = base_url.trim_end_matches('/');
    let grants: Vec<GivingGrant> = published(db)
        .await?
        .into_iter()
        .map(|p| {
            let money = |minor: i64| Money::from_minor(minor, p.currency).amount();
            let reference = p
                .application
                .reference
                .clone()
                .unwrap_or_else(|| p.project.id.to_string());
            GivingGrant {
                identifier: format!("360G-convoca-{reference}"),
                title: p.project.title.clone(),
                description: p.application.summary.clone(),
                currency: p.currency.code().to_owned(),
                amount_awarded: money(p.project.awarded_minor),
                amount_applied_for: money(p.application.requested_minor),
                amount_disbursed: money(p.paid.iter().map(|t| t.amount_minor).sum()),
                award_date: p.decided_at.unwrap_or(p.project.created_at).date_naive(),
                recipient: giving_org(&p.lead),
                funder: giving_org(&p.agency),
                planned_start: Some(p.project.planned_start),
                planned_end: Some(p.project.planned_end),
                location_name: p.lead.name.clone(),
                location_geo_code: p.lead.subdivision.clone(),
                programme_code: p.call.code.clone(),
                programme_title: p.call.title.clone(),
                programme_url: (!base_url.is_empty())
                    .then(|| format!("{base_url}/calls/{}", p.call.id)),
                disbursements: p
                    .paid
                    .iter()
                    .filter_map(|t| {
                        Some(Disbursement {
                            id: format!("360G-convoca-{reference}-tranche-{}", t.position),
                            amount: money(t.amount_minor),
                            date: t.paid_on?,
                        })
                    })
                    .collect(),
                modified: p.project.updated_at,
            }
        })
        .collect();
    Ok(giving::package(&grants, now))
}

fn csv_text(rows: Vec<Vec<String>>) -> Result<String> {
    let mut out = csv::Writer::from_writer(Vec::new());
    for row in rows {
        out.write_record(row.iter().map(|c| spreadsheet_safe(c)))
            .map_err(|err| Error::internal(format!("writing CSV: {err}")))?;
    }
    let bytes = out
        .into_inner()
        .map_err(|err| Error::internal(format!("writing CSV: {err}")))?;
    String::from_utf8(bytes).map_err(Error::caused_by)
}

/// Every project of a published call as CSV.
pub async fn projects_csv(db: &DatabaseConnection) -> Result<String> {
    let mut rows = vec![
        [
            "project_id",
            "reference",
            "title",
            "call",
            "lead_organisation",
            "country",
            "country_name",
            "subdivision",
            "subdivision_name",
            "currency",
            "awarded",
            "disbursed",
            "planned_start",
            "planned_end",
            "status",
        ]
        .map(str::to_owned)
        .to_vec(),
    ];
    for p in published(db).await? {
        let money = |minor: i64| Money::from_minor(minor, p.currency).to_decimal_string(p.currency);
        rows.push(vec![
            p.project.id.to_string(),
            p.application.reference.clone().unwrap_or_default(),
            p.project.title.clone(),
            p.call.code.clone(),
            p.lead.name.clone(),
            p.lead.country.clone(),
            country_name(&p.lead.country).unwrap_or_default().to_owned(),
            p.lead.subdivision.clone().unwrap_or_default(),
            p.lead
                .subdivision
                .as_deref()
                .and_then(subdivision_name)
                .unwrap_or_default()
                .to_owned(),
            p.currency.code().to_owned(),
            money(p.project.awarded_minor),
            money(p.paid.iter().map(|t| t.amount_minor).sum()),
            p.project.planned_start.to_string(),
            p.project.planned_end.to_string(),
            p.project.status.clone(),
        ]);
    }
    csv_text(rows)
}

/// Every paid tranche of a published call's project as CSV.
pub async fn disbursements_csv(db: &DatabaseConnection) -> Result<String> {
    let mut rows = vec![
        [
            "project_id",
            "reference",
            "tranche",
            "paid_on",
            "currency",
            "amount",
        ]
        .map(str::to_owned)
        .to_vec(),
    ];
    for p in published(db).await? {
        for t in &p.paid {
            rows.push(vec![
                p.project.id.to_string(),
                p.application.reference.clone().unwrap_or_default(),
                t.position.to_string(),
                t.paid_on.map(|d| d.to_string()).unwrap_or_default(),
                p.currency.code().to_owned(),
                Money::from_minor(t.amount_minor, p.currency).to_decimal_string(p.currency),
            ]);
        }
    }
    csv_text(rows)
}

/// Every published lesson (the lessons of an accepted final report of a published call's project) as CSV,
/// one row per project, in the order projects were funded.
pub async fn lessons_csv(db: &DatabaseConnection) -> Result<String> {
    let mut rows = vec![
        [
            "project_id",
            "reference",
            "project",
            "organisation",
            "call",
            "programme",
            "what_worked",
            "what_did_not",
            "to_replicate",
            "contact",
            "accepted_on",
        ]
        .map(str::to_owned)
        .to_vec(),
    ];
    let published = published(db).await?;
    let finals = learning::final_reports(db, published.iter().map(|p| p.project.id)).await?;
    let programmes: BTreeMap<Uuid, String> = programme::Entity::find()
        .filter(programme::Column::Id.is_in(published.iter().map(|p| p.call.programme_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect();
    for p in &published {
        let Some(report) = finals.get(&p.project.id).filter(|r| r.state == "accepted") else {
            continue;
        };
        let Some(lessons) = Lessons::of(report) else {
            continue;
        };
        rows.push(vec![
            p.project.id.to_string(),
            p.application.reference.clone().unwrap_or_default(),
            p.project.title.clone(),
            p.lead.name.clone(),
            p.call.title.clone(),
            programmes
                .get(&p.call.programme_id)
                .cloned()
                .unwrap_or_default(),
            lessons.what_worked,
            lessons.what_did_not,
            lessons.to_replicate,
            lessons.contact,
            report
                .reviewed_at
                .map(|at| at.date_naive().to_string())
                .unwrap_or_default(),
        ]);
    }
    csv_text(rows)
}

/// The columns of the commitments export, in order.
const COMMITMENT_COLUMNS: [&str; 13] = [
    "commitment_id",
    "project_id",
    "project",
    "organisation",
    "call",
    "position",
    "title",
    "problem",
    "ogp_value",
    "lead_institution",
    "milestones_accepted",
    "milestones",
    "plan_adopted",
];

/// One row per commitment of a published project, in the order projects were funded and commitments were
/// added: what the public project page shows (the completion rated in the latest accepted report, nothing
/// the secretariat has not accepted yet). The last column is the completion.
async fn commitment_rows(db: &DatabaseConnection) -> Result<Vec<Vec<String>>> {
    let mut rows = Vec::new();
    for p in published(db).await? {
        let reports = report::Entity::find()
            .filter(report::Column::ProjectId.eq(p.project.id))
            .order_by_asc(report::Column::Number)
            .all(db)
            .await?;
        let commitments = plan::views(db, p.project.id, &reports, Access::Public).await?;
        if commitments.is_empty() {
            continue;
        }
        let milestones = milestone::Entity::find()
            .filter(milestone::Column::ProjectId.eq(p.project.id))
            .all(db)
            .await?;
        let adopted = plan::adopted(&milestones);
        for c in commitments {
            let own: Vec<&milestone::Model> = milestones
                .iter()
                .filter(|m| m.commitment_id == Some(c.commitment.id))
                .collect();
            let accepted = own.iter().filter(|m| m.state == "accepted").count();
            rows.push(vec![
                c.commitment.id.to_string(),
                p.project.id.to_string(),
                p.project.title.clone(),
                p.lead.name.clone(),
                p.call.title.clone(),
                c.commitment.position.to_string(),
                c.commitment.title.clone(),
                c.commitment.problem.clone(),
                c.commitment.value.as_str().to_owned(),
                c.commitment.lead_institution.clone(),
                accepted.to_string(),
                own.len().to_string(),
                adopted.to_string(),
                c.latest.map(|l| l.as_str().to_owned()).unwrap_or_default(),
            ]);
        }
    }
    Ok(rows)
}

/// Every commitment of a published project as CSV (see [`commitment_rows`]).
pub async fn commitments_csv(db: &DatabaseConnection) -> Result<String> {
    let mut header: Vec<String> = COMMITMENT_COLUMNS.map(str::to_owned).to_vec();
    header.push("completion".into());
    let mut rows = vec![header];
    rows.extend(commitment_rows(db).await?);
    csv_text(rows)
}

/// Every commitment of a published project as a JSON list of objects, the CSV's columns as keys (numbers,
/// booleans and an absent completion typed as such).
pub async fn commitments_json(db: &DatabaseConnection) -> Result<Value> {
    let rows = commitment_rows(db).await?;
    Ok(Value::Array(
        rows.into_iter()
            .map(|row| {
                let mut object = Map::new();
                for (i, cell) in row.into_iter().enumerate() {
                    let key = COMMITMENT_COLUMNS.get(i).copied().unwrap_or("completion");
                    let value = match key {
                        "position" | "milestones_accepted" | "milestones" => {
                            cell.parse::<u64>().map_or(Value::String(cell), Value::from)
                        }
                        "plan_adopted" => Value::Bool(cell == "true"),
                        "completion" if cell.is_empty() => Value::Null,
                        _ => Value::String(cell),
                    };
                    object.insert(key.to_owned(), value);
                }
                Value::Object(object)
            })
            .collect(),
    ))
}
