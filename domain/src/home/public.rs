//! The public's home page: the calls open now with their deadlines, the results published last, and how
//! many projects the portfolio holds. Anyone may read it; only what is public already is shown.

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use uuid::Uuid;

use crate::Result;
use crate::calls::CallState;
use crate::calls::entity::call;
use crate::projects::entity::project;

/// How many recent results the home page lists.
pub const RECENT_RESULTS: u64 = 5;

/// A call open for applications.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenCall {
    /// The call.
    pub call_id: Uuid,
    /// Its reference code.
    pub code: String,
    /// Its title.
    pub title: String,
    /// Its deadline; none for a rolling call, open until closed.
    pub closes_at: Option<DateTime<Utc>>,
    /// The IANA time zone the deadline is shown in.
    pub time_zone: String,
}

/// A call whose results are published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedResults {
    /// The call.
    pub call_id: Uuid,
    /// Its reference code.
    pub code: String,
    /// Its title.
    pub title: String,
    /// When the results were published.
    pub published_at: DateTime<Utc>,
}

/// What the public home page lists.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PublicHome {
    /// Calls accepting applications at the time asked, the soonest deadline first.
    pub open_calls: Vec<OpenCall>,
    /// The latest published results, newest first.
    pub recent_results: Vec<PublishedResults>,
    /// Funded projects of calls whose results are published (the public portfolio).
    pub funded_projects: u64,
}

/// The public home page at `now`.
pub async fn overview(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<PublicHome> {
    let open_calls = call::Entity::find()
        .filter(call::Column::State.eq(CallState::Open.as_str()))
        .filter(call::Column::OpensAt.lte(now))
        .filter(
            Condition::any()
                .add(call::Column::ClosesAt.gt(now))
                .add(call::Column::Rolling.eq(true)),
        )
        // Rolling calls, which have no deadline, after the others.
        .order_by_asc(call::Column::Rolling)
        .order_by_asc(call::Column::ClosesAt)
        .order_by_asc(call::Column::Code)
        .all(db)
        .await?
        .into_iter()
        .map(|c| OpenCall {
            closes_at: c.deadline(),
            call_id: c.id,
            code: c.code,
            title: c.title,
            time_zone: c.time_zone,
        })
        .collect();
    let recent_results = call::Entity::find()
        .filter(call::Column::ResultsPublishedAt.is_not_null())
        .order_by_desc(call::Column::ResultsPublishedAt)
        .limit(RECENT_RESULTS)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|c| {
            Some(PublishedResults {
                published_at: c.results_published_at?,
                call_id: c.id,
                code: c.code,
                title: c.title,
            })
        })
        .collect();
    let published: Vec<Uuid> = call::Entity::find()
        .select_only()
        .column(call::Column::Id)
        .filter(call::Column::ResultsPublishedAt.is_not_null())
        .into_tuple()
        .all(db)
        .await?;
    let funded_projects = project::Entity::find()
        .filter(project::Column::CallId.is_in(published))
        .count(db)
        .await?;
    Ok(PublicHome {
        open_calls,
        recent_results,
        funded_projects,
    })
}
