//! The portfolio one page at a time: which projects a viewer may see, filtered by subdivision and health,
//! ordered as they were funded, with the totals, the projects by health and by subdivision, and the
//! subdivisions to filter by computed by the database over the whole list, so that a page costs the same
//! few queries whether a programme funded ten pilots or ten thousand.
//!
//! Health is derived from what is overdue today (see `schedule::health`); the SQL below states the same rule
//! (a milestone or report is overdue once its date is past and the team has not handed it in), and the
//! end-to-end tests filter by health through both. Which projects a viewer may see is `service::access_to`'s rule: managers every one, anyone
//! else those of published results plus their own organisation's.

use chrono::NaiveDate;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection, EntityTrait, QueryFilter,
    Statement, Value,
};
use uuid::Uuid;

use super::entity::project;
use super::schedule::{HANDED_IN, Health};
use super::service::{self, Portfolio, ProjectFilter, ProjectView, Totals};
use crate::{Actor, Page, PageRequest, Result, Role};

/// A page of the portfolio.
#[derive(Debug, Clone)]
pub struct PortfolioPage {
    /// The page's projects, each as the viewer may see it, with the total of the filtered list.
    pub projects: Page<ProjectView>,
    /// Totals by currency, health and subdivision over every project the filters keep (not only this page).
    pub portfolio: Portfolio,
    /// The subdivisions of every project the viewer may see, filters aside (the filter's choices), sorted.
    pub subdivisions: Vec<String>,
}

/// A statement's text and values, with placeholders as the backend writes them (`?` or `$1`).
struct Sql {
    backend: DatabaseBackend,
    text: String,
    values: Vec<Value>,
}

impl Sql {
    fn new(backend: DatabaseBackend) -> Sql {
        Sql {
            backend,
            text: String::new(),
            values: Vec::new(),
        }
    }

    fn push(&mut self, text: &str) -> &mut Sql {
        self.text.push_str(text);
        self
    }

    fn bind(&mut self, value: impl Into<Value>) -> &mut Sql {
        self.values.push(value.into());
        match self.backend {
            DatabaseBackend::Postgres => {
                let n = self.values.len();
                self.text.push_str(&format!("${n}"));
            }
            _ => self.text.push('?'),
        }
        self
    }

    fn statement(self) -> Statement {
        Statement::from_sql_and_values(self.backend, self.text, self.values)
    }
}

/// Appends the list of the projects the viewer may see, one row each: id, created_at, subdivision, currency,
/// health, award, paid and overdue items, as a derived table `t` filtered by `filter`.
fn visible(sql: &mut Sql, actor: Option<&Actor>, filter: &ProjectFilter, today: NaiveDate) {
    let handed_in = HANDED_IN
        .iter()
        .map(|s| format!("'{s}'"))
        .collect::<Vec<_>>()
        .join(", ");
    let overdue = |table: &str| {
        format!(
            "(SELECT COUNT(*) FROM {table} x WHERE x.project_id = p.id AND x.state NOT IN ({handed_in}) \
             AND x.due_on < "
        )
    };
    sql.push(
        "(SELECT p.id AS id, p.created_at AS created_at, o.subdivision AS subdivision, \
         g.currency AS currency, p.status AS status, p.awarded_minor AS awarded_minor, \
         (SELECT COALESCE(SUM(x.amount_minor), 0) FROM tranches x WHERE x.project_id = p.id \
         AND x.state = 'paid') AS paid_minor, ",
    );
    sql.push(&overdue("milestones")).bind(today).push(") + ");
    sql.push(&overdue("reports")).bind(today).push(
        ") AS overdue \
         FROM projects p \
         JOIN calls c ON c.id = p.call_id \
         JOIN programmes g ON g.id = c.programme_id \
         JOIN organisations o ON o.id = p.lead_organisation_id",
    );
    match actor {
        Some(a) if a.has(Role::Manager) => {}
        Some(Actor {
            organisation_id: Some(own),
            ..
        }) => {
            sql.push(" WHERE (c.results_published_at IS NOT NULL OR p.lead_organisation_id = ")
                .bind(*own)
                .push(")");
        }
        _ => {
            sql.push(" WHERE c.results_published_at IS NOT NULL");
        }
    }
    if let Some(call_id) = filter.call_id {
        sql.push(if matches!(actor, Some(a) if a.has(Role::Manager)) {
            " WHERE p.call_id = "
        } else {
            " AND p.call_id = "
        })
        .bind(call_id);
    }
    sql.push(") t WHERE 1 = 1");
    if let Some(subdivision) = &filter.subdivision {
        sql.push(" AND UPPER(t.subdivision) = ")
            .bind(subdivision.trim().to_ascii_uppercase());
    }
    if let Some(health) = &filter.health {
        sql.push(" AND ")
            .push(HEALTH)
            .push(" = ")
            .bind(health.trim().to_owned());
    }
}

/// `schedule::health` in SQL, over a row of [`visible`].
const HEALTH: &str = "(CASE WHEN t.status = 'terminated' THEN 'terminated' \
     WHEN t.status = 'completed' THEN 'completed' \
     WHEN t.overdue > 0 THEN 'at_risk' ELSE 'on_track' END)";

/// One page of the portfolio `actor` may see (the public when `None`), filtered, with its totals.
pub async fn page(
    db: &DatabaseConnection,
    actor: Option<&Actor>,
    filter: &ProjectFilter,
    request: PageRequest,
    today: NaiveDate,
) -> Result<PortfolioPage> {
    let backend = db.get_database_backend();

    // The totals: one row per subdivision, currency and health.
    let mut sql = Sql::new(backend);
    sql.push("SELECT t.subdivision AS subdivision, t.currency AS currency, ")
        .push(HEALTH)
        .push(
            " AS health, COUNT(*) AS projects, CAST(SUM(t.awarded_minor) AS BIGINT) AS awarded, \
             CAST(SUM(t.paid_minor) AS BIGINT) AS paid, CAST(SUM(t.overdue) AS BIGINT) AS overdue FROM ",
        );
    visible(&mut sql, actor, filter, today);
    sql.push(" GROUP BY t.subdivision, t.currency, ")
        .push(HEALTH);
    let mut portfolio = Portfolio::default();
    let mut total = 0u64;
    for row in db.query_all_raw(sql.statement()).await? {
        let subdivision: Option<String> = row.try_get("", "subdivision")?;
        let currency: String = row.try_get("", "currency")?;
        let health: String = row.try_get("", "health")?;
        let count: i64 = row.try_get("", "projects")?;
        let count = usize::try_from(count).unwrap_or(0);
        let awarded: i64 = row.try_get("", "awarded")?;
        let paid: i64 = row.try_get("", "paid")?;
        let overdue: i64 = row.try_get("", "overdue")?;
        let add = |totals: &mut Totals| {
            totals.projects += count;
            totals.awarded_minor = totals.awarded_minor.saturating_add(awarded);
            totals.disbursed_minor = totals.disbursed_minor.saturating_add(paid);
            totals.overdue += usize::try_from(overdue).unwrap_or(0);
        };
        add(portfolio.by_currency.entry(currency.clone()).or_default());
        add(portfolio
            .by_subdivision
            .entry((subdivision.unwrap_or_default(), currency))
            .or_default());
        if let Some(health) = Health::ALL.iter().find(|h| h.as_str() == health) {
            *portfolio.by_health.entry(health.as_str()).or_default() += count;
        }
        total += count as u64;
    }

    // The filters' choices: every subdivision the viewer's projects are in.
    let mut sql = Sql::new(backend);
    sql.push("SELECT DISTINCT t.subdivision AS subdivision FROM ");
    visible(
        &mut sql,
        actor,
        &ProjectFilter {
            call_id: filter.call_id,
            ..ProjectFilter::default()
        },
        today,
    );
    let mut subdivisions: Vec<String> = Vec::new();
    for row in db.query_all_raw(sql.statement()).await? {
        if let Some(s) = row.try_get::<Option<String>>("", "subdivision")?
            && !s.is_empty()
        {
            subdivisions.push(s);
        }
    }
    subdivisions.sort();

    // The page's projects, in the order they were funded.
    let mut sql = Sql::new(backend);
    sql.push("SELECT t.id AS id FROM ");
    visible(&mut sql, actor, filter, today);
    sql.push(&format!(
        " ORDER BY t.created_at, t.id LIMIT {} OFFSET {}",
        request.limit,
        request.index() * request.limit
    ));
    let ids: Vec<Uuid> = db
        .query_all_raw(sql.statement())
        .await?
        .into_iter()
        .map(|row| row.try_get::<Uuid>("", "id"))
        .collect::<std::result::Result<_, _>>()?;
    let mut rows = project::Entity::find()
        .filter(project::Column::Id.is_in(ids.clone()))
        .all(db)
        .await?;
    rows.sort_by_key(|p| ids.iter().position(|id| *id == p.id));
    let views = service::views_of(db, actor, rows, today).await?;
    portfolio.replicated = views
        .iter()
        .filter(|v| !v.replications.is_empty())
        .map(|v| {
            (
                super::learning::ProjectLink {
                    id: v.project.id,
                    title: v.project.title.clone(),
                },
                v.replications.len(),
            )
        })
        .collect();
    Ok(PortfolioPage {
        projects: Page {
            items: views,
            total,
            page: request.page,
            limit: request.limit,
        },
        portfolio,
        subdivisions,
    })
}
