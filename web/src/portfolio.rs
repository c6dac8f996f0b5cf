//! The portfolio of funded projects: the public page (`/projects`: totals per currency, a chart of projects
//! by health, a chart of awarded against disbursed by subdivision, the table of projects 25 to a page,
//! filters, and the open data) and the managers' page (`/manage/projects`: the same over every project, plus the progress
//! reports due within 30 days or overdue, and what is overdue per project).
//!
//! Which projects a viewer may see, their health, progress and what is overdue, and the totals, are
//! `domain::projects`'s: these handlers read the filters, call its services and phrase what they return;
//! the charts are drawn by `charts`. The public page shows what the public may see (projects of published
//! results, public fields) to everyone, signed in or not, so that its figures are the same for all.

use std::collections::BTreeMap;

use askama::Template;
use chrono::NaiveDate;
use domain::PageRequest;
use domain::calls::translations;
use domain::money::Currency;
use domain::projects::listing::{self, PortfolioPage as Found};
use domain::projects::schedule::Health;
use domain::projects::service::{self, Portfolio, ProjectFilter, ProjectView, Totals};
use domain::projects::work::{self, DueReport};
use poem::web::{Data, Query};
use poem::{Response, handler};
use serde::Deserialize;
use uuid::Uuid;

use crate::WebState;
use crate::call_text;
use crate::charts::{self, Bar, Pair, Svg};
use crate::errors::PageError;
use crate::i18n::Lang;
use crate::i18n::{format, places};
use crate::layout::Localized as _;
use crate::layout::{self, Choice};
use crate::places::Place;
use crate::session::Visitor;

/// Projects per page of the table (the totals and charts are over every project the filters keep).
const PER_PAGE: u64 = 25;

/// How far ahead the managers' page looks for reports falling due.
const DUE_WITHIN_DAYS: i64 = 30;

/// The open data of funded projects, as the JSON API publishes it: (address, catalog key of its name).
const OPEN_DATA: [(&str, &str); 6] = [
    (
        "/api/v1/open-data/360giving.json",
        "portfolio-open-data-giving",
    ),
    (
        "/api/v1/open-data/projects.csv",
        "portfolio-open-data-projects",
    ),
    (
        "/api/v1/open-data/disbursements.csv",
        "portfolio-open-data-disbursements",
    ),
    (
        "/api/v1/open-data/lessons.csv",
        "portfolio-open-data-lessons",
    ),
    (
        "/api/v1/open-data/commitments.csv",
        "portfolio-open-data-commitments-csv",
    ),
    (
        "/api/v1/open-data/commitments.json",
        "portfolio-open-data-commitments-json",
    ),
];

// ---------------------------------------------------------------------------------------------------------
// Phrasing

/// The tag style of a health, on the portfolio and the project page alike.
pub(crate) fn health_class(health: Health) -> &'static str {
    match health {
        Health::OnTrack => "tag-success",
        Health::AtRisk => "tag-danger",
        Health::Completed => "tag-muted",
        Health::Terminated => "tag-warning",
    }
}

/// A subdivision as shown: its name in the language, or the words for none.
fn subdivision_label(lang: Lang, code: &str) -> String {
    if code.is_empty() {
        lang.t("portfolio-no-subdivision")
    } else {
        places::subdivision_name(lang, code)
    }
}

/// A count written as the language writes numbers.
fn count(lang: Lang, n: usize) -> String {
    format::integer(lang, i64::try_from(n).unwrap_or(i64::MAX))
}

/// "3 projects", with the language's plural.
fn projects_text(lang: Lang, n: usize) -> String {
    lang.t_count(
        "portfolio-projects-count",
        "count",
        u64::try_from(n).unwrap_or(u64::MAX),
    )
}

// ---------------------------------------------------------------------------------------------------------
// What both pages show

/// The filters as typed (blank means "any").
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PortfolioQuery {
    subdivision: String,
    health: String,
    page: String,
}

impl PortfolioQuery {
    fn filter(&self) -> ProjectFilter {
        let given = |value: &str| Some(value.trim().to_owned()).filter(|v| !v.is_empty());
        ProjectFilter {
            call_id: None,
            subdivision: given(&self.subdivision).map(|s| s.to_ascii_uppercase()),
            health: given(&self.health),
        }
    }

    fn is_filtered(&self) -> bool {
        let filter = self.filter();
        filter.subdivision.is_some() || filter.health.is_some()
    }
}

/// A currency's totals as a line of the totals table.
struct TotalsLine {
    currency: String,
    projects: String,
    awarded: String,
    disbursed: String,
    overdue: String,
}

/// A project as a line of the table.
struct ProjectLine {
    id: Uuid,
    title: String,
    call_id: Uuid,
    call_title: String,
    lead: String,
    subdivision: Place,
    health: String,
    health_class: &'static str,
    progress: u32,
    awarded: String,
    disbursed: String,
    overdue: usize,
    /// How many later projects replicate it.
    replications: usize,
}

/// What the public page shows, and the managers' page too.
struct PortfolioBody {
    /// Where the filters' form goes.
    path: &'static str,
    subdivision_choices: Vec<Choice>,
    health_choices: Vec<Choice>,
    filtered: bool,
    count: String,
    totals: Vec<TotalsLine>,
    health_chart: Option<Svg>,
    money_charts: Vec<Svg>,
    projects: Vec<ProjectLine>,
    open_data: Vec<(&'static str, String)>,
}

/// The currency of each code among the totals (the portfolio keys its totals by code).
fn currencies(portfolio: &Portfolio) -> BTreeMap<&'static str, Currency> {
    portfolio
        .by_currency
        .keys()
        .filter_map(|code| Currency::parse(code).ok())
        .map(|currency| (currency.code(), currency))
        .collect()
}

fn totals_line(lang: Lang, currency: Currency, totals: &Totals) -> TotalsLine {
    TotalsLine {
        currency: currency.code().to_owned(),
        projects: count(lang, totals.projects),
        awarded: call_text::amount_of_minor(lang, totals.awarded_minor, currency),
        disbursed: call_text::amount_of_minor(lang, totals.disbursed_minor, currency),
        overdue: count(lang, totals.overdue),
    }
}

fn project_line(lang: Lang, view: &ProjectView) -> ProjectLine {
    let money = |minor: i64| call_text::amount_of_minor(lang, minor, view.currency);
    ProjectLine {
        id: view.project.id,
        title: view.project.title.clone(),
        call_id: view.call.id,
        call_title: view.call.title.clone(),
        lead: view.lead.name.clone(),
        subdivision: match view.lead.subdivision.as_deref() {
            Some(code) if !code.is_empty() => Place::subdivision(lang, code),
            _ => Place {
                name: lang.t("portfolio-no-subdivision"),
                code: String::new(),
            },
        },
        health: lang.message(&view.health.label()),
        health_class: health_class(view.health),
        progress: view.progress,
        awarded: money(view.project.awarded_minor),
        disbursed: money(view.disbursed_minor),
        overdue: view.overdue.len(),
        replications: view.replications.len(),
    }
}

/// Projects by health, every health shown (a zero is a figure too).
fn health_chart(lang: Lang, portfolio: &Portfolio) -> Svg {
    let bars: Vec<Bar> = Health::ALL
        .iter()
        .map(|health| {
            let n = portfolio
                .by_health
                .get(health.as_str())
                .copied()
                .unwrap_or(0);
            Bar {
                label: lang.message(&health.label()),
                value: i64::try_from(n).unwrap_or(i64::MAX),
                text: projects_text(lang, n),
            }
        })
        .collect();
    charts::bar_chart(
        "chart-health",
        &lang.t("portfolio-chart-health-title"),
        &bars,
    )
}

/// Awarded against disbursed by subdivision: one chart per currency, since amounts in different
/// currencies share no scale.
fn money_charts(
    lang: Lang,
    portfolio: &Portfolio,
    currencies: &BTreeMap<&'static str, Currency>,
) -> Vec<Svg> {
    currencies
        .iter()
        .enumerate()
        .map(|(i, (code, currency))| {
            let groups: Vec<Pair> = portfolio
                .by_subdivision
                .iter()
                .filter(|((_, in_currency), _)| in_currency == code)
                .map(|((subdivision, _), totals)| {
                    let money = |minor: i64| call_text::amount_of_minor(lang, minor, *currency);
                    Pair {
                        label: subdivision_label(lang, subdivision),
                        first: totals.awarded_minor,
                        first_text: lang.t_args(
                            "portfolio-chart-awarded-value",
                            &[("amount", &money(totals.awarded_minor))],
                        ),
                        second: totals.disbursed_minor,
                        second_text: lang.t_args(
                            "portfolio-chart-disbursed-value",
                            &[("amount", &money(totals.disbursed_minor))],
                        ),
                    }
                })
                .collect();
            charts::paired_chart(
                &format!("chart-money-{}", i + 1),
                &lang.t_args("portfolio-chart-money-title", &[("currency", code)]),
                (
                    &lang.t("portfolio-chart-awarded"),
                    &lang.t("portfolio-chart-disbursed"),
                ),
                &groups,
            )
        })
        .collect()
}

/// The page's body from what the domain found: this page's projects, the totals of every project the filters
/// keep, and the subdivisions of all the viewer may see (the filters' choices).
fn portfolio_body(
    lang: Lang,
    path: &'static str,
    query: &PortfolioQuery,
    found: &Found,
) -> PortfolioBody {
    let filter = query.filter();
    let portfolio = &found.portfolio;
    let currencies = currencies(portfolio);
    let total = usize::try_from(found.projects.total).unwrap_or(usize::MAX);
    PortfolioBody {
        path,
        subdivision_choices: found
            .subdivisions
            .iter()
            .cloned()
            .map(|code| Choice {
                selected: filter
                    .subdivision
                    .as_deref()
                    .is_some_and(|s| s.eq_ignore_ascii_case(&code)),
                label: places::subdivision_label(lang, &code),
                value: code,
            })
            .collect(),
        health_choices: Health::ALL
            .iter()
            .map(|health| Choice {
                value: health.as_str().to_owned(),
                label: lang.message(&health.label()),
                selected: filter.health.as_deref() == Some(health.as_str()),
            })
            .collect(),
        filtered: query.is_filtered(),
        count: projects_text(lang, total),
        totals: portfolio
            .by_currency
            .iter()
            .filter_map(|(code, totals)| {
                let currency = currencies.get(code.as_str())?;
                Some(totals_line(lang, *currency, totals))
            })
            .collect(),
        health_chart: (total > 0).then(|| health_chart(lang, portfolio)),
        money_charts: money_charts(lang, portfolio, &currencies),
        projects: found
            .projects
            .items
            .iter()
            .map(|view| project_line(lang, view))
            .collect(),
        open_data: OPEN_DATA
            .iter()
            .map(|(href, key)| (*href, lang.t(key)))
            .collect(),
    }
}

/// The links to the table's other pages, keeping the filters.
fn pager(found: &Found, path: &str, query: &PortfolioQuery) -> layout::Pager {
    layout::Pager::new(
        &found.projects,
        path,
        &[
            ("subdivision", &query.subdivision),
            ("health", &query.health),
        ],
    )
}

/// The page of projects `actor` may see that the query asks for, with the totals of all the filters keep.
async fn projects(
    state: &WebState,
    actor: Option<&domain::Actor>,
    query: &PortfolioQuery,
    today: NaiveDate,
    lang: Lang,
) -> Result<Found, PageError> {
    let request = PageRequest::new(layout::page_number(Some(&query.page)), Some(PER_PAGE));
    let mut found = listing::page(&state.db, actor, &query.filter(), request, today).await?;
    translations::project_titles_in_language(&state.db, &mut found.projects.items, lang.into())
        .await?;
    Ok(found)
}

// ---------------------------------------------------------------------------------------------------------
// The public page

#[derive(Template)]
#[template(path = "portfolio.html")]
struct PortfolioPage<'a> {
    visitor: &'a Visitor,
    body: PortfolioBody,
    /// Links to the table's other pages.
    pager: layout::Pager,
}
layout::localized!(PortfolioPage);

/// `GET /projects`: the public portfolio of funded projects.
#[handler]
pub async fn public(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Query(query): Query<PortfolioQuery>,
) -> Result<Response, PageError> {
    let today = state.clock.now().date_naive();
    let found = projects(state, None, &query, today, visitor.lang).await?;
    layout::ok(&PortfolioPage {
        visitor,
        body: portfolio_body(visitor.lang, "/projects", &query, &found),
        pager: pager(&found, "/projects", &query),
    })
}

// ---------------------------------------------------------------------------------------------------------
// The managers' page

/// A progress report due soon or overdue.
struct DueLine {
    project_id: Uuid,
    title: String,
    number: i32,
    due_on: String,
    overdue: bool,
}

/// A table of reports: the overdue ones, or those falling due soon.
struct ReportGroup {
    id: &'static str,
    heading: String,
    none: String,
    lines: Vec<DueLine>,
}

/// A project with what is overdue on it.
struct OverdueProject {
    project_id: Uuid,
    title: String,
    items: Vec<String>,
}

#[derive(Template)]
#[template(path = "manage_portfolio.html")]
struct ManagePortfolioPage<'a> {
    visitor: &'a Visitor,
    body: PortfolioBody,
    /// Links to the table's other pages.
    pager: layout::Pager,
    report_groups: [ReportGroup; 2],
    overdue_projects: Vec<OverdueProject>,
}
layout::localized!(ManagePortfolioPage);

fn due_line(lang: Lang, due: &DueReport) -> DueLine {
    DueLine {
        project_id: due.project.id,
        title: due.project.title.clone(),
        number: due.report.number,
        due_on: format::date(lang, due.report.due_on),
        overdue: due.overdue,
    }
}

/// An overdue item in words: "Milestone “Action plan adopted”, due April 1, 2027".
fn overdue_text(lang: Lang, item: &service::Overdue) -> String {
    let due_on = format::date(lang, item.due_on);
    match item.kind {
        "report" => lang.t_args(
            "portfolio-overdue-report",
            &[("number", &item.label), ("due", &due_on)],
        ),
        _ => lang.t_args(
            "portfolio-overdue-milestone",
            &[("title", &item.label), ("due", &due_on)],
        ),
    }
}

/// `GET /manage/projects`: every project, with what is due and overdue (managers).
#[handler]
pub async fn manage(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Query(query): Query<PortfolioQuery>,
) -> Result<Response, PageError> {
    let actor = visitor.manager()?;
    let lang = visitor.lang;
    let today = state.clock.now().date_naive();
    let found = projects(state, Some(actor), &query, today, visitor.lang).await?;
    let due = work::due_reports(&state.db, actor, today, DUE_WITHIN_DAYS).await?;
    let (overdue_reports, due_reports): (Vec<DueLine>, Vec<DueLine>) = due
        .iter()
        .map(|d| due_line(lang, d))
        .partition(|line| line.overdue);
    let overdue_projects = found
        .projects
        .items
        .iter()
        .filter(|view| !view.overdue.is_empty())
        .map(|view| OverdueProject {
            project_id: view.project.id,
            title: view.project.title.clone(),
            items: view
                .overdue
                .iter()
                .map(|item| overdue_text(lang, item))
                .collect(),
        })
        .collect();
    let report_groups = [
        ReportGroup {
            id: "reports-overdue",
            heading: lang.t("manage-portfolio-reports-overdue"),
            none: lang.t("manage-portfolio-reports-overdue-none"),
            lines: overdue_reports,
        },
        ReportGroup {
            id: "reports-due",
            heading: lang.t_count(
                "manage-portfolio-reports-due",
                "days",
                DUE_WITHIN_DAYS.unsigned_abs(),
            ),
            none: lang.t("manage-portfolio-reports-due-none"),
            lines: due_reports,
        },
    ];
    layout::ok(&ManagePortfolioPage {
        visitor,
        body: portfolio_body(lang, "/manage/projects", &query, &found),
        pager: pager(&found, "/manage/projects", &query),
        report_groups,
        overdue_projects,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_health_and_open_data_link_has_its_words_in_every_language() {
        for lang in Lang::ALL {
            for health in Health::ALL {
                assert!(lang.has(&health.label().key), "{lang:?} {health:?}");
            }
            for (_, key) in OPEN_DATA {
                assert!(lang.has(key), "{lang:?} {key}");
            }
        }
    }

    #[test]
    fn blank_filters_mean_any_and_subdivisions_are_codes() {
        let query = PortfolioQuery {
            subdivision: " tn-11 ".into(),
            health: "  ".into(),
            page: "2".into(),
        };
        let filter = query.filter();
        assert_eq!(filter.subdivision.as_deref(), Some("TN-11"));
        assert_eq!(filter.health, None);
        assert!(query.is_filtered());
        assert!(!PortfolioQuery::default().is_filtered());
    }

    #[test]
    fn overdue_items_are_phrased_by_kind() {
        let due_on = NaiveDate::from_ymd_opt(2027, 4, 1).unwrap();
        let milestone = service::Overdue {
            kind: "milestone",
            label: "Action plan adopted".into(),
            due_on,
        };
        let report = service::Overdue {
            kind: "report",
            label: "2".into(),
            due_on,
        };
        let milestone = overdue_text(Lang::En, &milestone);
        assert!(
            milestone.contains("Action plan adopted") && milestone.contains("April 1, 2027"),
            "{milestone}"
        );
        let report = overdue_text(Lang::En, &report);
        assert!(
            report.contains('2') && report.contains("April 1, 2027"),
            "{report}"
        );
        assert_ne!(milestone, report);
    }
}
