//! A programme across its cycles, for everyone (`/programmes/{id}`): every published call side by side with
//! what it achieved, two charts of the cycles, the indicator totals of each decided cycle, and a table of the
//! country's subdivisions by cycle that shows the regions never reached, what each cycle learned (exchanges,
//! lessons, replications) and the past peer exchanges.
//!
//! The figures are `domain::programmes::cycles`'s; this page only phrases them in the reader's language.

use askama::Template;
use domain::money::{Currency, Money};
use domain::programmes::cycles::{self, Cycle};
use poem::http::StatusCode;
use poem::web::{Data, Path};
use poem::{Response, handler};
use rust_decimal::Decimal;

use crate::charts::{self, Pair, Svg};
use crate::errors::PageError;
use crate::i18n::Lang;
use crate::i18n::{format, places};
use crate::layout::{self, Localized as _};
use crate::session::Visitor;
use crate::{WebState, call_text, paths};

/// A cycle as a row of the table.
struct CycleLine {
    /// "Cycle 2": a cloned call keeps its code and title, so cycles are told apart by their number.
    label: String,
    call_id: String,
    code: String,
    title: String,
    dates: String,
    /// The label of the earlier cycle it continues, and that cycle's id.
    cloned_from: Option<(String, String)>,
    state: String,
    applications: String,
    eligible: String,
    /// `None` until the results are published.
    decided: Option<DecidedLine>,
}

struct DecidedLine {
    selected: String,
    projects: String,
    awarded: String,
    disbursed: String,
    completed: String,
    terminated: String,
    exchanges_held: String,
    lessons_published: String,
    replications: String,
}

/// The indicator totals of one decided cycle.
struct IndicatorBlock {
    label: String,
    code: String,
    title: String,
    lines: Vec<(String, String, String, String)>,
}

/// A subdivision's row: its name, then a cell per cycle.
struct RegionLine {
    name: String,
    reached: bool,
    cells: Vec<String>,
}

#[derive(Template)]
#[template(path = "programme.html")]
struct ProgrammePage<'a> {
    visitor: &'a Visitor,
    id: String,
    name: String,
    description: String,
    cycles: Vec<CycleLine>,
    counts_chart: Option<Svg>,
    money_chart: Option<Svg>,
    indicators: Vec<IndicatorBlock>,
    regions: Vec<RegionLine>,
    never_reached: String,
    /// Past peer exchanges with their outcome (see `programme_exchanges.html`).
    exchanges: Vec<crate::exchanges::PublicExchange>,
}
layout::localized!(ProgrammePage);

/// A count with its share of `whole` as a percentage: `3 (75 %)`.
fn with_rate(lang: Lang, count: u32, rate: Option<Decimal>) -> String {
    let count = format::integer(lang, i64::from(count));
    match rate {
        Some(rate) => format!(
            "{count} ({})",
            format::percent(lang, (rate * Decimal::ONE_HUNDRED).round_dp(1))
        ),
        None => count,
    }
}

/// "Cycle 2" for the cycle at `index` (from 0).
fn cycle_label(lang: Lang, index: usize) -> String {
    lang.t_args(
        "programme-page-cycle-number",
        &[(
            "number",
            &format::integer(lang, i64::try_from(index + 1).unwrap_or(i64::MAX)),
        )],
    )
}

fn cycle_line(lang: Lang, index: usize, all: &[Cycle], currency: Currency) -> CycleLine {
    let cycle = &all[index];
    let tz = call_text::time_zone_of(&cycle.time_zone);
    let day =
        |at: chrono::DateTime<chrono::Utc>| format::date(lang, at.with_timezone(&tz).date_naive());
    let number = |n: u32| format::integer(lang, i64::from(n));
    CycleLine {
        label: cycle_label(lang, index),
        call_id: cycle.call_id.to_string(),
        code: cycle.code.clone(),
        title: cycle.title.clone(),
        dates: lang.t_args(
            "programme-page-dates",
            &[
                ("opens", &day(cycle.opens_at)),
                (
                    "closes",
                    &cycle
                        .closes_at
                        .map(day)
                        .unwrap_or_else(|| lang.t("call-rolling-no-deadline")),
                ),
            ],
        ),
        cloned_from: cycle.cloned_from.and_then(|earlier| {
            all.iter()
                .position(|c| c.call_id == earlier)
                .map(|i| (cycle_label(lang, i), earlier.to_string()))
        }),
        state: lang.t(call_text::state_key(cycle.state)),
        applications: number(cycle.applications),
        eligible: number(cycle.eligible),
        decided: cycle.decided.as_ref().map(|d| DecidedLine {
            selected: number(d.selected),
            projects: number(d.projects),
            awarded: format::amount(lang, d.awarded, currency),
            disbursed: format::amount(lang, d.disbursed, currency),
            completed: with_rate(lang, d.completed, d.completion_rate()),
            terminated: with_rate(lang, d.terminated, d.termination_rate()),
            exchanges_held: number(d.exchanges_held),
            lessons_published: number(d.lessons_published),
            replications: number(d.replications),
        }),
    }
}

/// Applications against selections, cycle by cycle (selections only for published cycles).
fn counts_chart(lang: Lang, all: &[Cycle]) -> Option<Svg> {
    if all.is_empty() {
        return None;
    }
    let (applied, selected) = (
        lang.t("programme-page-applications"),
        lang.t("programme-page-selected"),
    );
    let groups: Vec<Pair> = all
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let chosen = c.decided.as_ref().map_or(0, |d| d.selected);
            Pair {
                label: cycle_label(lang, i),
                first: i64::from(c.applications),
                first_text: format!(
                    "{applied}: {}",
                    format::integer(lang, i64::from(c.applications))
                ),
                second: i64::from(chosen),
                second_text: format!("{selected}: {}", format::integer(lang, i64::from(chosen))),
            }
        })
        .collect();
    Some(charts::paired_chart(
        "chart-cycles-counts",
        &lang.t("programme-page-chart-counts-title"),
        (&applied, &selected),
        &groups,
    ))
}

/// Awarded against disbursed, for the decided cycles.
fn money_chart(lang: Lang, all: &[Cycle], currency: Currency) -> Option<Svg> {
    let (awarded, disbursed) = (
        lang.t("programme-page-awarded"),
        lang.t("programme-page-disbursed"),
    );
    let minor = |money: Money| {
        let mut amount = money.amount();
        amount.rescale(currency.exponent());
        i64::try_from(amount.mantissa()).unwrap_or(i64::MAX)
    };
    let groups: Vec<Pair> = all
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let d = c.decided.as_ref()?;
            Some(Pair {
                label: cycle_label(lang, i),
                first: minor(d.awarded),
                first_text: format!("{awarded}: {}", format::amount(lang, d.awarded, currency)),
                second: minor(d.disbursed),
                second_text: format!(
                    "{disbursed}: {}",
                    format::amount(lang, d.disbursed, currency)
                ),
            })
        })
        .collect();
    (!groups.is_empty()).then(|| {
        charts::paired_chart(
            "chart-cycles-money",
            &lang.t_args(
                "programme-page-chart-money-title",
                &[("currency", currency.code())],
            ),
            (&awarded, &disbursed),
            &groups,
        )
    })
}

/// `GET /programmes/{id}`: the programme across its cycles.
#[handler]
pub async fn show(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let lang = visitor.lang;
    let id = paths::parse_id(&id)?;
    let all = cycles::cycles(&state.db, id, state.clock.now())
        .await?
        .titles_in_language(&state.db, lang.into())
        .await?;
    let exchanges = crate::exchanges::public_exchanges(state, lang, id).await?;
    let currency = all.currency;
    let decimal = |value: Decimal| format::number(lang, value.normalize());
    let indicators = all
        .cycles
        .iter()
        .enumerate()
        .filter_map(|(index, c)| {
            let d = c.decided.as_ref()?;
            (!d.indicators.is_empty()).then(|| IndicatorBlock {
                label: cycle_label(lang, index),
                code: c.code.clone(),
                title: c.title.clone(),
                lines: d
                    .indicators
                    .iter()
                    .map(|i| {
                        (
                            i.name.clone(),
                            i.unit.clone(),
                            decimal(i.target),
                            decimal(i.reached),
                        )
                    })
                    .collect(),
            })
        })
        .collect();
    let regions: Vec<RegionLine> = all
        .regions
        .iter()
        .map(|r| RegionLine {
            name: if r.code.is_empty() {
                lang.t("programme-page-region-unnamed")
            } else {
                places::subdivision_name(lang, &r.code)
            },
            reached: r.reached(),
            cells: r
                .cycles
                .iter()
                .map(|p| {
                    if p.applications == 0 {
                        lang.t("programme-page-region-none")
                    } else {
                        lang.t_args(
                            "programme-page-region-cell",
                            &[
                                (
                                    "applications",
                                    &format::integer(lang, i64::from(p.applications)),
                                ),
                                ("selected", &format::integer(lang, i64::from(p.selected))),
                            ],
                        )
                    }
                })
                .collect(),
        })
        .collect();
    let named = all.regions.iter().filter(|r| !r.code.is_empty());
    let never = named.clone().filter(|r| !r.reached()).count();
    let page = ProgrammePage {
        visitor,
        id: all.programme.id.to_string(),
        name: all.programme.name.clone(),
        description: all.programme.description.clone(),
        cycles: all
            .cycles
            .iter()
            .enumerate()
            .map(|(i, _)| cycle_line(lang, i, &all.cycles, currency))
            .collect(),
        counts_chart: counts_chart(lang, &all.cycles),
        money_chart: money_chart(lang, &all.cycles, currency),
        indicators,
        regions,
        never_reached: lang.t_args(
            "programme-page-never-reached",
            &[
                (
                    "count",
                    &format::integer(lang, i64::try_from(never).unwrap_or(i64::MAX)),
                ),
                (
                    "total",
                    &format::integer(lang, i64::try_from(named.count()).unwrap_or(i64::MAX)),
                ),
            ],
        ),
        exchanges,
    };
    layout::render(&page, StatusCode::OK)
}
