//! What the public programme page shows of exchanges: the past ones whose outcome is recorded, with the
//! organisations invited and those that took part (never the names of people), and how many were held per
//! call of the programme.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use super::entity::{exchange, invitation};
use super::service::{Document, projects_of_programme};
use crate::Result;
use crate::organisations::entity as organisation;

/// A past exchange with its outcome, as anyone may see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExchangeSummary {
    /// Identifier.
    pub id: Uuid,
    /// Title.
    pub title: String,
    /// When it started.
    pub starts_at: DateTime<Utc>,
    /// The IANA time zone it is shown in.
    pub time_zone: String,
    /// Where it took place (empty when online only).
    pub place: String,
    /// The online link (empty when in person only).
    pub online_link: String,
    /// The lead organisations of the invited projects, by name (each once).
    pub invited: Vec<String>,
    /// Those of them whose projects took part, by name (each once).
    pub attended: Vec<String>,
    /// The outcome's notes.
    pub notes: String,
    /// The outcome's documents.
    pub documents: Vec<Document>,
}

async fn recorded(db: &DatabaseConnection, programme_id: Uuid) -> Result<Vec<exchange::Model>> {
    Ok(exchange::Entity::find()
        .filter(exchange::Column::ProgrammeId.eq(programme_id))
        .filter(exchange::Column::OutcomeRecordedAt.is_not_null())
        .order_by_desc(exchange::Column::StartsAt)
        .all(db)
        .await?)
}

async fn invitations_of(
    db: &DatabaseConnection,
    exchanges: &[exchange::Model],
) -> Result<Vec<invitation::Model>> {
    let ids: Vec<Uuid> = exchanges.iter().map(|e| e.id).collect();
    Ok(invitation::Entity::find()
        .filter(invitation::Column::ExchangeId.is_in(ids))
        .all(db)
        .await?)
}

/// A programme's past exchanges whose outcome is recorded, newest first. Public: no actor is needed, and
/// nothing in a summary names a person.
pub async fn public_of_programme(
    db: &DatabaseConnection,
    programme_id: Uuid,
) -> Result<Vec<ExchangeSummary>> {
    let exchanges = recorded(db, programme_id).await?;
    let invitations = invitations_of(db, &exchanges).await?;
    let projects = projects_of_programme(db, programme_id).await?;
    let organisation_ids: Vec<Uuid> = projects.values().map(|p| p.lead_organisation_id).collect();
    let names: HashMap<Uuid, String> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(organisation_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let name_of = |project_id: Uuid| {
        projects
            .get(&project_id)
            .and_then(|p| names.get(&p.lead_organisation_id))
            .cloned()
    };
    Ok(exchanges
        .into_iter()
        .map(|e| {
            let mine = || invitations.iter().filter(|i| i.exchange_id == e.id);
            let invited: BTreeSet<String> = mine().filter_map(|i| name_of(i.project_id)).collect();
            let attended: BTreeSet<String> = mine()
                .filter(|i| i.attended == Some(true))
                .filter_map(|i| name_of(i.project_id))
                .collect();
            ExchangeSummary {
                id: e.id,
                title: e.title,
                starts_at: e.starts_at,
                time_zone: e.time_zone,
                place: e.place,
                online_link: e.online_link,
                invited: invited.into_iter().collect(),
                attended: attended.into_iter().collect(),
                notes: e.outcome_notes.unwrap_or_default(),
                documents: serde_json::from_str(&e.outcome_documents).unwrap_or_default(),
            }
        })
        .collect())
}

/// For each call of the programme, how many exchanges with a recorded outcome invited at least one of its
/// projects (calls without any are absent).
pub async fn held_per_call(
    db: &DatabaseConnection,
    programme_id: Uuid,
) -> Result<HashMap<Uuid, u32>> {
    let exchanges = recorded(db, programme_id).await?;
    let invitations = invitations_of(db, &exchanges).await?;
    let projects = projects_of_programme(db, programme_id).await?;
    let mut pairs: BTreeSet<(Uuid, Uuid)> = BTreeSet::new();
    for i in &invitations {
        if let Some(p) = projects.get(&i.project_id) {
            pairs.insert((p.call_id, i.exchange_id));
        }
    }
    let mut held: HashMap<Uuid, u32> = HashMap::new();
    for (call_id, _) in pairs {
        *held.entry(call_id).or_default() += 1;
    }
    Ok(held)
}
