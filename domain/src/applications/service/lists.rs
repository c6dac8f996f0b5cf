//! The lists: an organisation's dashboard, a call's applications for managers, and their CSV export.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, QueryTrait,
};
use uuid::Uuid;

use crate::applications::entity::{application, partner};
use crate::applications::lifecycle::ApplicationState;
use crate::calls::entity::call;
use crate::calls::service::{CallView, load as load_call, load_many};
use crate::money::Money;
use crate::organisations::geography::{country_name, subdivision_name};
use crate::organisations::{self, Organisation};
use crate::{Actor, Error, Page, PageRequest, Result, Role};

use super::{ApplicationSummary, accepting, state_of};

/// The summaries of `apps`, their calls read in one batch but for `known`, a call the caller already holds.
async fn summaries(
    conn: &impl ConnectionTrait,
    apps: Vec<application::Model>,
    known: Option<CallView>,
    now: DateTime<Utc>,
) -> Result<Vec<ApplicationSummary>> {
    let mut calls: HashMap<Uuid, CallView> =
        known.into_iter().map(|view| (view.call.id, view)).collect();
    // The other calls in one batch, whatever their number.
    let missing: HashSet<Uuid> = apps
        .iter()
        .map(|a| a.call_id)
        .filter(|id| !calls.contains_key(id))
        .collect();
    if !missing.is_empty() {
        let rows = call::Entity::find()
            .filter(call::Column::Id.is_in(missing))
            .all(conn)
            .await?;
        calls.extend(
            load_many(conn, rows)
                .await?
                .into_iter()
                .map(|view| (view.call.id, view)),
        );
    }
    let leads: HashMap<Uuid, Organisation> = organisations::entity::Entity::find()
        .filter(
            organisations::entity::Column::Id.is_in(apps.iter().map(|a| a.lead_organisation_id)),
        )
        .all(conn)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    apps.into_iter()
        .map(|app| {
            let call = calls
                .get(&app.call_id)
                .ok_or_else(|| Error::Internal("application without call".into()))?;
            let lead = leads
                .get(&app.lead_organisation_id)
                .cloned()
                .ok_or_else(|| Error::Internal("application without lead".into()))?;
            Ok(ApplicationSummary {
                state: state_of(&app)?,
                lead,
                call_code: call.call.code.clone(),
                call_title: call.call.title.clone(),
                closes_at: call.call.deadline(),
                time_zone: call.call.time_zone.clone(),
                call_accepting: accepting(&call.call, now).is_ok(),
                currency: call.currency,
                application: app,
            })
        })
        .collect()
}

/// The applications of the caller's organisation, newest first, for its dashboard.
pub async fn list_mine(
    db: &DatabaseConnection,
    actor: &Actor,
    now: DateTime<Utc>,
) -> Result<Vec<ApplicationSummary>> {
    let Some(organisation_id) = actor.organisation_id else {
        return Ok(Vec::new());
    };
    let apps = application::Entity::find()
        .filter(application::Column::LeadOrganisationId.eq(organisation_id))
        .order_by_desc(application::Column::CreatedAt)
        .order_by_desc(application::Column::Id)
        .all(db)
        .await?;
    summaries(db, apps, None, now).await
}

/// Which of a call's applications to list.
#[derive(Debug, Clone, Default)]
pub struct ApplicationFilter {
    /// Only this state.
    pub state: Option<ApplicationState>,
    /// Reference, title or lead organisation name contains this (case-insensitive).
    pub search: Option<String>,
    /// Only leads in this ISO 3166-2 subdivision.
    pub subdivision: Option<String>,
}

fn filtered(call_id: Uuid, filter: &ApplicationFilter) -> sea_orm::Select<application::Entity> {
    let mut query = application::Entity::find().filter(application::Column::CallId.eq(call_id));
    if let Some(state) = filter.state {
        query = query.filter(application::Column::State.eq(state.as_str()));
    }
    if let Some(subdivision) = filter
        .subdivision
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let leads = organisations::entity::Entity::find()
            .select_only()
            .column(organisations::entity::Column::Id)
            .filter(organisations::entity::Column::Subdivision.eq(subdivision.to_ascii_uppercase()))
            .into_query();
        query = query.filter(application::Column::LeadOrganisationId.in_subquery(leads));
    }
    if let Some(search) = filter
        .search
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let leads = organisations::entity::Entity::find()
            .select_only()
            .column(organisations::entity::Column::Id)
            .filter(crate::db::contains_text(
                organisations::entity::Column::Name,
                search,
            ))
            .into_query();
        query = query.filter(
            Condition::any()
                .add(crate::db::contains_text(application::Column::Title, search))
                .add(crate::db::contains_text(
                    application::Column::Reference,
                    search,
                ))
                .add(application::Column::LeadOrganisationId.in_subquery(leads)),
        );
    }
    query
}

/// A call's applications for managers, by reference then start, filtered and paginated.
pub async fn list_for_call(
    db: &DatabaseConnection,
    actor: &Actor,
    call_id: Uuid,
    filter: &ApplicationFilter,
    page: PageRequest,
    now: DateTime<Utc>,
) -> Result<Page<ApplicationSummary>> {
    actor.require_any(&[Role::Manager])?;
    let call = load_call(db, call_id).await?;
    let page = crate::page::fetch(
        db,
        filtered(call_id, filter)
            .order_by_asc(application::Column::Reference)
            .order_by_asc(application::Column::CreatedAt)
            .order_by_asc(application::Column::Id),
        page,
    )
    .await?;
    Ok(Page {
        items: summaries(db, page.items, Some(call), now).await?,
        total: page.total,
        page: page.page,
        limit: page.limit,
    })
}

/// Makes a cell safe to open in a spreadsheet: text starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return would be read as a formula, so it gets a leading apostrophe (OWASP's advice for CSV injection).
pub fn spreadsheet_safe(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// A call's applications as CSV (all that match the filter), for managers.
pub async fn export_csv(
    db: &DatabaseConnection,
    actor: &Actor,
    call_id: Uuid,
    filter: &ApplicationFilter,
    now: DateTime<Utc>,
) -> Result<String> {
    actor.require_any(&[Role::Manager])?;
    let call = load_call(db, call_id).await?;
    let apps = filtered(call_id, filter)
        .order_by_asc(application::Column::Reference)
        .order_by_asc(application::Column::CreatedAt)
        .all(db)
        .await?;
    let ids: Vec<Uuid> = apps.iter().map(|a| a.id).collect();
    let currency = call.currency;
    let rows = summaries(db, apps, Some(call), now).await?;
    let mut partner_names: HashMap<Uuid, Vec<String>> = HashMap::new();
    let partners = partner::Entity::find()
        .filter(partner::Column::ApplicationId.is_in(ids))
        .order_by_asc(partner::Column::AddedAt)
        .all(db)
        .await?;
    let orgs: HashMap<Uuid, String> = organisations::entity::Entity::find()
        .filter(organisations::entity::Column::Id.is_in(partners.iter().map(|p| p.organisation_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    for p in partners {
        if let Some(name) = orgs.get(&p.organisation_id) {
            partner_names
                .entry(p.application_id)
                .or_default()
                .push(format!("{name} ({})", p.role));
        }
    }
    let mut out = csv::Writer::from_writer(Vec::new());
    let csv_err = |err: csv::Error| Error::internal(format!("writing CSV: {err}"));
    out.write_record([
        "reference",
        "state",
        "lead_organisation",
        "kind",
        "country",
        "country_name",
        "subdivision",
        "subdivision_name",
        "title",
        "requested",
        "co_funding",
        "currency",
        "partners",
        "submitted_at",
        "screening_reason",
    ])
    .map_err(csv_err)?;
    for row in rows {
        let app = &row.application;
        let partners = partner_names.remove(&app.id).unwrap_or_default().join("; ");
        let cells = [
            app.reference.clone().unwrap_or_default(),
            row.state.as_str().to_owned(),
            row.lead.name.clone(),
            row.lead.kind.clone(),
            row.lead.country.clone(),
            country_name(&row.lead.country)
                .unwrap_or_default()
                .to_owned(),
            row.lead.subdivision.clone().unwrap_or_default(),
            row.lead
                .subdivision
                .as_deref()
                .and_then(subdivision_name)
                .unwrap_or_default()
                .to_owned(),
            app.title.clone(),
            row.requested().to_decimal_string(currency),
            Money::from_minor(app.co_funding_minor, currency).to_decimal_string(currency),
            currency.code().to_owned(),
            partners,
            app.submitted_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
            app.screening_reason.clone().unwrap_or_default(),
        ];
        out.write_record(cells.iter().map(|c| spreadsheet_safe(c)))
            .map_err(csv_err)?;
    }
    let bytes = out
        .into_inner()
        .map_err(|err| Error::internal(format!("writing CSV: {err}")))?;
    String::from_utf8(bytes).map_err(Error::caused_by)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_that_a_spreadsheet_would_run_are_neutralised() {
        assert_eq!(spreadsheet_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(spreadsheet_safe("+1"), "'+1");
        assert_eq!(spreadsheet_safe("-2+3"), "'-2+3");
        assert_eq!(spreadsheet_safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(spreadsheet_safe("\tcmd"), "'\tcmd");
        assert_eq!(spreadsheet_safe("Sfax"), "Sfax");
        assert_eq!(spreadsheet_safe("12500.000"), "12500.000");
    }
}
