//! A programme across its cycles: every published call of the programme in order of opening (a cloned call
//! names the cycle it continues), with what each cycle achieved side by side, and which subdivisions of the
//! agency's country took part in which cycle (the regions never reached are what a programme needs to see).
//!
//! Learning counts per cycle too: peer exchanges held with its projects, lessons published, replications.
//!
//! Public. Drafts are left out, and what a call decided (selections, awards, payments, completion,
//! indicators) is counted only once its results are published. Loaded in a fixed number of queries,
//! whatever the number of calls, applications and projects.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

use super::{Programme, currency_of, find};
use crate::Result;
use crate::applications::ApplicationState;
use crate::applications::entity::application;
use crate::calls::CallState;
use crate::calls::entity::{call, indicator};
use crate::money::{Currency, Money};
use crate::organisations::geography::{subdivision_name, subdivisions_of};
use crate::organisations::{self, entity as organisation};
use crate::projects::entity::{project, project_indicator, report, tranche};
use crate::projects::learning;
use crate::projects::service::IndicatorValue;

/// An indicator of a cycle: the sum of its funded projects' targets and of their latest accepted values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorTotal {
    /// The indicator's name, as the call names it.
    pub name: String,
    /// Its unit.
    pub unit: String,
    /// Sum of the projects' targets.
    pub target: Decimal,
    /// Sum of the projects' latest values from accepted reports.
    pub reached: Decimal,
}

/// What a cycle decided and funded, once its results are published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decided {
    /// Applications selected.
    pub selected: u32,
    /// Funded projects.
    pub projects: u32,
    /// Awarded to them.
    pub awarded: Money,
    /// Paid to them so far.
    pub disbursed: Money,
    /// Projects completed.
    pub completed: u32,
    /// Projects terminated early.
    pub terminated: u32,
    /// The call's indicators, in the call's order.
    pub indicators: Vec<IndicatorTotal>,
    /// Peer exchanges held (outcome recorded) that invited its projects.
    pub exchanges_held: u32,
    /// Lessons published: accepted final reports.
    pub lessons_published: u32,
    /// Its projects that replicate an earlier project.
    pub replications: u32,
}

impl Decided {
    /// Completed projects as a share of the funded ones (0 to 1), if any were funded.
    pub fn completion_rate(&self) -> Option<Decimal> {
        share(self.completed, self.projects)
    }

    /// Terminated projects as a share of the funded ones (0 to 1), if any were funded.
    pub fn termination_rate(&self) -> Option<Decimal> {
        share(self.terminated, self.projects)
    }
}

fn share(part: u32, whole: u32) -> Option<Decimal> {
    (whole > 0).then(|| Decimal::from(part) / Decimal::from(whole))
}

/// One cycle: a published call of the programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cycle {
    /// The call.
    pub call_id: Uuid,
    /// Its code.
    pub code: String,
    /// Its title, as written.
    pub title: String,
    /// Its state today.
    pub state: CallState,
    /// Opening.
    pub opens_at: DateTime<Utc>,
    /// Deadline; none for a rolling call.
    pub closes_at: Option<DateTime<Utc>>,
    /// The call's time zone.
    pub time_zone: String,
    /// The earlier cycle this one was cloned from, if it is one of this programme's published calls.
    pub cloned_from: Option<Uuid>,
    /// Applications submitted (withdrawn ones left out).
    pub applications: u32,
    /// Applications screened eligible (whatever was decided after).
    pub eligible: u32,
    /// What was decided, once published.
    pub decided: Option<Decided>,
}

/// What one subdivision did in one cycle.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Participation {
    /// Applications led from the subdivision.
    pub applications: u32,
    /// Of those, selected (counted only once the cycle's results are published).
    pub selected: u32,
}

/// A subdivision of the agency's country, with its participation per cycle (in the cycles' order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// ISO 3166-2 code, or empty for applicants that named none.
    pub code: String,
    /// Its name, when Convoca knows it.
    pub name: Option<&'static str>,
    /// Per cycle.
    pub cycles: Vec<Participation>,
}

impl Region {
    /// Whether any applicant from the subdivision applied in any cycle.
    pub fn reached(&self) -> bool {
        self.cycles.iter().any(|c| c.applications > 0)
    }
}

/// A programme seen across its cycles.
#[derive(Debug, Clone)]
pub struct Cycles {
    /// The programme.
    pub programme: Programme,
    /// Its currency.
    pub currency: Currency,
    /// The agency's country.
    pub country: String,
    /// The published calls, by opening.
    pub cycles: Vec<Cycle>,
    /// Every known subdivision of the country, then any other an applicant named; reached or not.
    pub regions: Vec<Region>,
}

impl Cycles {
    /// The cycles' titles as `reader` reads them: translated where the programme publishes in the reader's
    /// language and the call has that translation, else as written (like the calls' own pages).
    pub async fn titles_in_language(
        mut self,
        db: &DatabaseConnection,
        reader: crate::accounts::Language,
    ) -> Result<Cycles> {
        use crate::calls::translations::{Reading, TextField, load_for};
        let reading = Reading::new(self.programme.content_languages(), reader);
        let Some(shown) = reading
            .shown
            .filter(|shown| Some(*shown) != reading.first())
        else {
            return Ok(self);
        };
        let ids: Vec<Uuid> = self.cycles.iter().map(|c| c.call_id).collect();
        let translations = load_for(db, &ids).await?;
        for cycle in &mut self.cycles {
            if let Some(title) = translations
                .get(&cycle.call_id)
                .and_then(|t| t.get(TextField::Title, shown))
            {
                cycle.title = title.to_owned();
            }
        }
        Ok(self)
    }
}

/// An application as the cycles count it: its call, its lead's subdivision and its state.
struct Counted {
    call_id: Uuid,
    subdivision: String,
    state: ApplicationState,
}

/// The programme's cycles (see the module's comment). `NotFound` for an unknown programme.
pub async fn cycles(
    db: &DatabaseConnection,
    programme_id: Uuid,
    now: DateTime<Utc>,
) -> Result<Cycles> {
    let programme = find(db, programme_id).await?;
    let currency = currency_of(&programme)?;
    let country = organisations::find(db, programme.agency_id).await?.country;
    let calls: Vec<call::Model> = call::Entity::find()
        .filter(call::Column::ProgrammeId.eq(programme_id))
        .filter(call::Column::State.ne(CallState::Draft.as_str()))
        .order_by_asc(call::Column::OpensAt)
        .order_by_asc(call::Column::Id)
        .all(db)
        .await?;
    let call_ids: Vec<Uuid> = calls.iter().map(|c| c.id).collect();
    let published: BTreeSet<Uuid> = calls
        .iter()
        .filter(|c| c.results_published_at.is_some())
        .map(|c| c.id)
        .collect();

    let applications = counted_applications(db, &call_ids).await?;
    let funded = Funded::load(db, &published).await?;
    let exchanges = crate::exchanges::held_per_call(db, programme_id).await?;
    let lessons = learning::lessons_published_per_call(db, programme_id).await?;
    let replications = learning::replications_per_call(db, programme_id).await?;
    let of =
        |counts: &HashMap<Uuid, u32>, call_id: Uuid| counts.get(&call_id).copied().unwrap_or(0);

    let cycles = calls
        .iter()
        .map(|c| {
            let of_call = applications.iter().filter(|a| a.call_id == c.id);
            let applications = count(of_call.clone(), |_| true);
            let eligible = count(of_call.clone(), |s| {
                matches!(
                    s,
                    ApplicationState::Eligible
                        | ApplicationState::Selected
                        | ApplicationState::Waitlisted
                        | ApplicationState::NotSelected
                )
            });
            let decided = published.contains(&c.id).then(|| Decided {
                selected: count(of_call, |s| s == ApplicationState::Selected),
                exchanges_held: of(&exchanges, c.id),
                lessons_published: of(&lessons, c.id),
                replications: of(&replications, c.id),
                ..funded.of_call(c.id, currency)
            });
            Cycle {
                call_id: c.id,
                code: c.code.clone(),
                title: c.title.clone(),
                state: CallState::parse(&c.state)
                    .unwrap_or(CallState::Open)
                    .effective(c.deadline(), now),
                opens_at: c.opens_at,
                closes_at: c.deadline(),
                time_zone: c.time_zone.clone(),
                cloned_from: c.cloned_from.filter(|id| call_ids.contains(id)),
                applications,
                eligible,
                decided,
            }
        })
        .collect();
    let regions = regions(&country, &call_ids, &published, &applications);
    Ok(Cycles {
        programme,
        currency,
        country,
        cycles,
        regions,
    })
}

fn count<'a>(
    applications: impl Iterator<Item = &'a Counted>,
    keep: impl Fn(ApplicationState) -> bool,
) -> u32 {
    u32::try_from(applications.filter(|a| keep(a.state)).count()).unwrap_or(u32::MAX)
}

/// The submitted applications of the calls (drafts and withdrawn ones left out), with their lead's
/// subdivision: two queries.
async fn counted_applications(db: &DatabaseConnection, call_ids: &[Uuid]) -> Result<Vec<Counted>> {
    let rows: Vec<(Uuid, Uuid, String)> = application::Entity::find()
        .select_only()
        .column(application::Column::CallId)
        .column(application::Column::LeadOrganisationId)
        .column(application::Column::State)
        .filter(application::Column::CallId.is_in(call_ids.iter().copied()))
        .filter(application::Column::State.is_not_in([
            ApplicationState::Draft.as_str(),
            ApplicationState::Withdrawn.as_str(),
        ]))
        .into_tuple()
        .all(db)
        .await?;
    let leads: BTreeSet<Uuid> = rows.iter().map(|(_, lead, _)| *lead).collect();
    let subdivisions: HashMap<Uuid, String> = organisation::Entity::find()
        .select_only()
        .column(organisation::Column::Id)
        .column(organisation::Column::Subdivision)
        .filter(organisation::Column::Id.is_in(leads))
        .into_tuple::<(Uuid, Option<String>)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(id, subdivision)| (id, subdivision.unwrap_or_default()))
        .collect();
    Ok(rows
        .into_iter()
        .filter_map(|(call_id, lead, state)| {
            Some(Counted {
                call_id,
                subdivision: subdivisions.get(&lead).cloned().unwrap_or_default(),
                state: ApplicationState::parse(&state)?,
            })
        })
        .collect())
}

/// The projects of the published calls with what they were paid and reached: five queries.
struct Funded {
    projects: Vec<project::Model>,
    paid: HashMap<Uuid, i64>,
    indicators: Vec<indicator::Model>,
    targets: HashMap<(Uuid, Uuid), Decimal>,
    latest: HashMap<(Uuid, Uuid), Decimal>,
}

impl Funded {
    async fn load(db: &DatabaseConnection, published: &BTreeSet<Uuid>) -> Result<Funded> {
        let projects = project::Entity::find()
            .filter(project::Column::CallId.is_in(published.iter().copied()))
            .all(db)
            .await?;
        let ids: Vec<Uuid> = projects.iter().map(|p| p.id).collect();
        let mut paid: HashMap<Uuid, i64> = HashMap::new();
        let payments: Vec<(Uuid, i64)> = tranche::Entity::find()
            .select_only()
            .column(tranche::Column::ProjectId)
            .column(tranche::Column::AmountMinor)
            .filter(tranche::Column::ProjectId.is_in(ids.iter().copied()))
            .filter(tranche::Column::State.eq("paid"))
            .into_tuple()
            .all(db)
            .await?;
        for (project_id, amount) in payments {
            let sum = paid.entry(project_id).or_default();
            *sum = sum.saturating_add(amount);
        }
        let indicators = indicator::Entity::find()
            .filter(indicator::Column::CallId.is_in(published.iter().copied()))
            .order_by_asc(indicator::Column::Position)
            .all(db)
            .await?;
        let targets = project_indicator::Entity::find()
            .filter(project_indicator::Column::ProjectId.is_in(ids.iter().copied()))
            .all(db)
            .await?
            .into_iter()
            .filter_map(|t| Some(((t.project_id, t.indicator_id), t.target.parse().ok()?)))
            .collect();
        // The latest accepted value per project and indicator, as the public project page shows it.
        let mut latest = HashMap::new();
        let accepted = report::Entity::find()
            .filter(report::Column::ProjectId.is_in(ids.iter().copied()))
            .filter(report::Column::State.eq("accepted"))
            .order_by_asc(report::Column::ProjectId)
            .order_by_asc(report::Column::Number)
            .all(db)
            .await?;
        for r in accepted {
            for value in crate::db::from_json::<Vec<IndicatorValue>>(&r.indicator_values)? {
                if let Ok(v) = value.value.parse::<Decimal>() {
                    latest.insert((r.project_id, value.indicator_id), v);
                }
            }
        }
        Ok(Funded {
            projects,
            paid,
            indicators,
            targets,
            latest,
        })
    }

    /// The figures of one call's projects (`selected` left for the caller).
    fn of_call(&self, call_id: Uuid, currency: Currency) -> Decided {
        let projects: Vec<&project::Model> = self
            .projects
            .iter()
            .filter(|p| p.call_id == call_id)
            .collect();
        let sum = |minor: &dyn Fn(&project::Model) -> i64| {
            projects
                .iter()
                .map(|p| minor(p))
                .fold(0i64, i64::saturating_add)
        };
        let with_status = |status: &str| {
            u32::try_from(projects.iter().filter(|p| p.status == status).count())
                .unwrap_or(u32::MAX)
        };
        let indicators = self
            .indicators
            .iter()
            .filter(|i| i.call_id == call_id)
            .map(|i| IndicatorTotal {
                name: i.name.clone(),
                unit: i.unit.clone(),
                target: projects
                    .iter()
                    .filter_map(|p| self.targets.get(&(p.id, i.id)))
                    .sum(),
                reached: projects
                    .iter()
                    .filter_map(|p| self.latest.get(&(p.id, i.id)))
                    .sum(),
            })
            .collect();
        Decided {
            selected: 0,
            projects: u32::try_from(projects.len()).unwrap_or(u32::MAX),
            awarded: Money::from_minor(sum(&|p| p.awarded_minor), currency),
            disbursed: Money::from_minor(
                sum(&|p| self.paid.get(&p.id).copied().unwrap_or_default()),
                currency,
            ),
            completed: with_status("completed"),
            terminated: with_status("terminated"),
            indicators,
            exchanges_held: 0,
            lessons_published: 0,
            replications: 0,
        }
    }
}

/// Every known subdivision of `country`, then any other an applicant named (an empty code last, for
/// applicants that named none), each with its participation per cycle.
fn regions(
    country: &str,
    call_ids: &[Uuid],
    published: &BTreeSet<Uuid>,
    applications: &[Counted],
) -> Vec<Region> {
    let mut by_code: BTreeMap<String, Vec<Participation>> = subdivisions_of(country)
        .into_iter()
        .map(|s| {
            (
                s.code.clone(),
                vec![Participation::default(); call_ids.len()],
            )
        })
        .collect();
    let known = by_code.len();
    for a in applications {
        let Some(cycle) = call_ids.iter().position(|id| *id == a.call_id) else {
            continue;
        };
        let cycles = by_code
            .entry(a.subdivision.clone())
            .or_insert_with(|| vec![Participation::default(); call_ids.len()]);
        cycles[cycle].applications += 1;
        if a.state == ApplicationState::Selected && published.contains(&a.call_id) {
            cycles[cycle].selected += 1;
        }
    }
    let mut regions: Vec<Region> = by_code
        .into_iter()
        .map(|(code, cycles)| Region {
            name: subdivision_name(&code),
            code,
            cycles,
        })
        .collect();
    // Known subdivisions by name; the others (outside the country's list) after them, the unnamed last.
    regions.sort_by(|a, b| {
        (a.name.is_none(), a.code.is_empty(), a.name, &a.code).cmp(&(
            b.name.is_none(),
            b.code.is_empty(),
            b.name,
            &b.code,
        ))
    });
    debug_assert!(regions.len() >= known);
    regions
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counted(call_id: Uuid, subdivision: &str, state: ApplicationState) -> Counted {
        Counted {
            call_id,
            subdivision: subdivision.to_owned(),
            state,
        }
    }

    #[test]
    fn every_subdivision_of_the_country_is_listed_and_selections_count_only_once_published() {
        let (first, second) = (Uuid::now_v7(), Uuid::now_v7());
        let published = BTreeSet::from([first]);
        let applications = [
            counted(first, "TN-11", ApplicationState::Selected),
            counted(first, "TN-11", ApplicationState::NotSelected),
            counted(second, "TN-11", ApplicationState::Selected),
            counted(second, "", ApplicationState::Eligible),
        ];
        let regions = regions("TN", &[first, second], &published, &applications);
        let tunis = regions.iter().find(|r| r.code == "TN-11").expect("Tunis");
        assert_eq!(
            tunis.cycles,
            [
                Participation {
                    applications: 2,
                    selected: 1
                },
                Participation {
                    applications: 1,
                    selected: 0
                }
            ]
        );
        assert!(tunis.reached());
        assert_eq!(regions.last().map(|r| r.code.as_str()), Some(""));
        let never = regions.iter().filter(|r| !r.reached()).count();
        assert_eq!(never, subdivisions_of("TN").len() - 1, "all but Tunis");
    }

    #[test]
    fn rates_are_shares_of_the_funded_projects() {
        let decided = Decided {
            selected: 4,
            projects: 4,
            awarded: Money::ZERO,
            disbursed: Money::ZERO,
            completed: 3,
            terminated: 1,
            indicators: Vec::new(),
            exchanges_held: 0,
            lessons_published: 0,
            replications: 0,
        };
        assert_eq!(decided.completion_rate(), Some(Decimal::new(75, 2)));
        assert_eq!(decided.termination_rate(), Some(Decimal::new(25, 2)));
        let none = Decided {
            projects: 0,
            ..decided
        };
        assert_eq!(none.completion_rate(), None);
    }
}
