//! `loadtest`: seeds a database for the load benchmark (`bench/load`), as people would fill it, through the
//! domain services: municipalities sign up and are verified, the manager creates and opens calls,
//! municipalities draft and submit applications, the committee is seated, assigned and scores, a call is
//! finalised and published, and its funded projects are dated, signed, and report progress. No row is written
//! behind the services' back, so every rule, audit entry and derived figure is what a real instance would hold.
//!
//! ```sh
//! DATABASE_URL=sqlite://load.db?mode=rwc loadtest large targets.json
//! ```
//!
//! `large` is the instance of issue 20 (50 calls, 10,000 applications, 30,000 reviews, 2,000 ranked
//! applications in one published call, 1,000 funded projects with tranches, milestones and reports); `small`
//! the same shape with 500 applications. The services take one transaction each, so independent steps run a
//! few at a time (more on PostgreSQL, whose writers do not queue on one lock). It writes what the benchmark
//! drives (call and project ids, API tokens, drafts to save) to the JSON file named last.

use std::future::Future;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use chrono::{DateTime, Utc};
use domain::accounts::{self, NewUserInput, SignUpInput, User};
use domain::applications::content::{BudgetLineInput, ContentInput};
use domain::applications::service as applications;
use domain::calls::CallAction;
use domain::calls::criteria::CriterionInput;
use domain::calls::details::CallDetailsInput;
use domain::calls::service::{self as calls, CallView};
use domain::committee::{self, MemberInput, assigning};
use domain::organisations::{self, OrganisationInput};
use domain::programmes::{self, ProgrammeInput};
use domain::projects::schedule::TemplateLine;
use domain::projects::{service as projects, work};
use domain::reviews::sheet::{ScoreInput, SheetInput};
use domain::selection::optimum::Optimiser;
use domain::selection::{decisions, results};
use domain::{Actor, DatabaseConnection, Role};
use futures_util::{StreamExt, TryStreamExt, stream};
use migrations::{Migrator, MigratorTrait};
use serde_json::json;
use uuid::Uuid;

/// The password of every seeded login (the benchmark signs in with API tokens, never with it).
const PASSWORD: &str = "load-convoca-2026";

/// Drafts (applications and review sheets) that the write scenarios save, one per wrk connection.
const WRITERS: usize = 32;

/// Criteria of every call (weight 1, scored out of 5).
const CRITERIA: usize = 5;

/// The shape of an instance.
#[derive(Debug, Clone, Copy)]
struct Size {
    /// Applications of the call whose results are published (all eligible, all reviewed).
    ranked: usize,
    /// How many of them are selected and become funded projects.
    projects: usize,
    /// Calls in review, and the applications of each (every one with `reviews` submitted reviews).
    reviewing_calls: usize,
    per_reviewing: usize,
    reviews: usize,
    /// Calls still open, and the submitted applications of each.
    open_calls: usize,
    per_open: usize,
}

impl Size {
    const LARGE: Size = Size {
        ranked: 2_000,
        projects: 1_000,
        reviewing_calls: 24,
        per_reviewing: 250,
        reviews: 4,
        open_calls: 25,
        per_open: 80,
    };

    const SMALL: Size = Size {
        ranked: 20,
        projects: 10,
        reviewing_calls: 2,
        per_reviewing: 120,
        reviews: 4,
        open_calls: 2,
        per_open: 120,
    };

    /// Municipalities needed: every application of one call has its own lead, and the drafts of the first
    /// open call come from municipalities that have not applied to it.
    fn municipalities(&self) -> usize {
        self.ranked
            .max(self.per_reviewing)
            .max(self.per_open + WRITERS)
    }
}

/// The ranked call's three reviewers per application.
const RANKED_REVIEWS: usize = 3;

fn actor(user: &User) -> Actor {
    Actor {
        user_id: user.id,
        email: user.email.clone(),
        name: user.name.clone(),
        organisation_id: user.organisation_id,
        roles: user.roles.clone(),
    }
}

/// Runs `f` over `items`, `parallel` at a time, keeping their order; stops at the first error.
async fn each<T, R, F, Fut>(items: Vec<T>, parallel: usize, f: F) -> domain::Result<Vec<R>>
where
    F: Fn(T) -> Fut,
    Fut: Future<Output = domain::Result<R>>,
{
    stream::iter(items.into_iter().map(f))
        .buffered(parallel)
        .try_collect()
        .await
}

/// A score from 1 to 5 that varies with the application, the reviewer and the criterion (a fixed mix, so that
/// every run ranks the same way and few totals tie).
fn score(application: usize, member: usize, criterion: usize) -> i64 {
    let mixed = (application as u64 * 2_654_435_761)
        ^ (member as u64 * 40_503)
        ^ (criterion as u64 * 97_531);
    1 + (mixed % 5) as i64
}

struct Seeder {
    db: DatabaseConnection,
    parallel: usize,
    now: DateTime<Utc>,
    manager: Actor,
    members: Vec<User>,
    programme: Uuid,
    teams: Vec<Actor>,
    optimiser: Optimiser,
    started: Instant,
}

impl Seeder {
    fn step(&self, what: &str) {
        eprintln!("[{:7.1} s] {what}", self.started.elapsed().as_secs_f64());
    }

    async fn user(&self, email: &str, name: &str, role: Role) -> domain::Result<User> {
        accounts::users::create_from_command_line(
            &self.db,
            &NewUserInput {
                email: email.to_owned(),
                name: name.to_owned(),
                password: PASSWORD.to_owned(),
                roles: vec![role.as_str().to_owned()],
                organisation_id: None,
            },
        )
        .await
    }

    /// Municipalities sign up (each with its first staff member) and the manager verifies them.
    async fn municipalities(&mut self, count: usize) -> domain::Result<()> {
        let db = &self.db;
        let manager = &self.manager;
        self.teams = each((0..count).collect(), self.parallel, |i| async move {
            let signed_up = accounts::sign_up(
                db,
                &SignUpInput {
                    organisation: OrganisationInput {
                        name: format!("Municipality {:05}", i + 1),
                        kind: "municipality".into(),
                        country: "TN".into(),
                        subdivision: Some(format!("TN-{}", [11, 12, 13, 14, 21, 22, 23][i % 7])),
                        population: Some(20_000 + (i as i64 % 50) * 7_000),
                        ..Default::default()
                    },
                    name: format!("Staff of municipality {}", i + 1),
                    email: format!("staff{}@municipalities.load.example", i + 1),
                    password: PASSWORD.to_owned(),
                    language: Default::default(),
                },
            )
            .await?;
            organisations::verify(db, manager, signed_up.organisation.id).await?;
            Ok(actor(&signed_up.user))
        })
        .await?;
        Ok(())
    }

    /// A call created, given its criteria (and tranche template), and opened.
    async fn open_call(
        &self,
        code: &str,
        slots: usize,
        min_reviews: usize,
        template: Option<Vec<TemplateLine>>,
    ) -> domain::Result<CallView> {
        let draft = calls::create(
            &self.db,
            &self.manager,
            self.programme,
            &CallDetailsInput {
                code: code.to_owned(),
                title: format!("Open municipalities, call {code}"),
                description:
                    "Municipalities propose open government pilots: participatory budgeting, \
                              open council sessions, open data on public works."
                        .into(),
                opens_at: self.now - chrono::Duration::days(20),
                closes_at: self.now + chrono::Duration::days(40),
                time_zone: "Africa/Tunis".into(),
                total_budget: format!("{}", slots.max(1) * 100_000),
                min_award: "10000".into(),
                max_award: "100000".into(),
                max_awards: i32::try_from(slots.max(1)).unwrap_or(i32::MAX),
                min_reviews: i32::try_from(min_reviews).unwrap_or(1),
                min_total_score: None,
                tie_break: vec![],
                quotas: vec![],
                reporting_cadence_months: None,
            },
        )
        .await?;
        let id = draft.call.id;
        let criteria: Vec<CriterionInput> = (1..=CRITERIA)
            .map(|c| CriterionInput {
                title: format!("Criterion {c}"),
                guidance: "How well the proposal meets it, from 0 to 5.".into(),
                weight: "1".into(),
                max_score: 5,
                min_score: None,
            })
            .collect();
        let mut call =
            calls::replace_criteria(&self.db, &self.manager, id, draft.call.version, &criteria)
                .await?;
        if let Some(lines) = template {
            call = projects::set_template(&self.db, &self.manager, id, call.call.version, &lines)
                .await?;
        }
        calls::act(
            &self.db,
            &self.manager,
            id,
            call.call.version,
            CallAction::Open,
        )
        .await
    }

    fn content(&self, call: &str, team: usize) -> ContentInput {
        ContentInput {
            title: format!("Open council of municipality {} ({call})", team + 1),
            summary: "Participatory budgeting and open council sessions, streamed and minuted."
                .into(),
            problem: "Residents cannot follow how the municipal budget is decided and spent."
                .into(),
            objectives:
                "Publish the budget monthly and let residents co-decide a share of investments."
                    .into(),
            participation_plan: "District assemblies, an online vote and a youth council.".into(),
            answers: Vec::new(),
            budget_lines: vec![
                BudgetLineInput {
                    category: "Participation".into(),
                    description: "Assemblies, facilitation and the online platform".into(),
                    amount: format!("{}", 15_000 + (team * 7_919) % 60_000),
                },
                BudgetLineInput {
                    category: "Communication".into(),
                    description: "Streaming of council sessions".into(),
                    amount: "5000".into(),
                },
            ],
            co_funding: String::new(),
            replicates_project_id: None,
        }
    }

    /// Teams `teams` draft an application to `call`, and submit it unless `submit` is false. Returns the ids
    /// and versions, in the teams' order.
    async fn apply(
        &self,
        call: &CallView,
        teams: std::ops::Range<usize>,
        submit: bool,
    ) -> domain::Result<Vec<(Uuid, i32)>> {
        let this = &self;
        each(teams.collect(), self.parallel, |t| async move {
            let team = &this.teams[t];
            let started = applications::start(&this.db, team, call.call.id, this.now).await?;
            let id = started.application.id;
            let saved = applications::update(
                &this.db,
                team,
                id,
                started.application.version,
                &this.content(&call.call.code, t),
                this.now,
            )
            .await?;
            if submit {
                applications::submit(&this.db, team, id, this.now).await?;
            }
            Ok((id, saved.application.version))
        })
        .await
    }

    /// Closes a call, screens its applications eligible, seats the committee (three civil-society and three
    /// government members), starts reviewing and assigns everyone. Returns the assignments (application,
    /// member index).
    async fn to_review(
        &self,
        call: CallView,
        applications: &[Uuid],
    ) -> domain::Result<(CallView, Vec<(Uuid, usize)>)> {
        let closed = calls::act(
            &self.db,
            &self.manager,
            call.call.id,
            call.call.version,
            CallAction::Close,
        )
        .await?;
        let this = &self;
        each(applications.to_vec(), self.parallel, |id| async move {
            let view = applications::get(&this.db, &this.manager, id).await?;
            applications::screen(
                &this.db,
                &this.manager,
                id,
                &applications::ScreeningInput {
                    eligible: true,
                    reason: String::new(),
                    version: view.application.version,
                },
                this.now,
            )
            .await
        })
        .await?;
        for (m, member) in self.members.iter().enumerate() {
            committee::add_member(
                &self.db,
                &self.manager,
                call.call.id,
                &MemberInput {
                    user_id: member.id,
                    sector: if m % 2 == 0 {
                        "civil_society"
                    } else {
                        "government"
                    }
                    .into(),
                    role: if m == 0 { "chair" } else { "member" }.into(),
                },
                self.now,
            )
            .await?;
        }
        let reviewing = calls::act(
            &self.db,
            &self.manager,
            call.call.id,
            closed.call.version,
            CallAction::StartReview,
        )
        .await?;
        assigning::apply(&self.db, &self.manager, call.call.id, self.now).await?;
        let assignments = assigning::list(&self.db, &self.manager, call.call.id)
            .await?
            .into_iter()
            .filter_map(|a| {
                self.members
                    .iter()
                    .position(|m| m.id == a.assignment.user_id)
                    .map(|m| (a.assignment.application_id, m))
            })
            .collect();
        Ok((reviewing, assignments))
    }

    fn sheet(&self, call: &CallView, application: usize, member: usize) -> SheetInput {
        SheetInput {
            scores: call
                .criteria
                .iter()
                .enumerate()
                .map(|(c, criterion)| ScoreInput {
                    criterion_id: criterion.id,
                    score: Some(score(application, member, c)),
                    comment: "Clear plan; the participation part could be more concrete.".into(),
                })
                .collect(),
            overall_comment: "A credible pilot with the council behind it.".into(),
            recommendation: "fund".into(),
        }
    }

    /// Every assigned member submits a review, except the pairs in `drafts`, which save a partial draft.
    async fn score(
        &self,
        call: &CallView,
        assignments: &[(Uuid, usize)],
        drafts: &[(Uuid, usize)],
    ) -> domain::Result<usize> {
        let this = &self;
        let work: Vec<(usize, Uuid, usize)> = assignments
            .iter()
            .enumerate()
            .map(|(i, &(id, m))| (i, id, m))
            .collect();
        let submitted = each(work, self.parallel, |(i, id, m)| async move {
            let reviewer = actor(&this.members[m]);
            let mut sheet = this.sheet(call, i, m);
            if drafts.contains(&(id, m)) {
                sheet.scores.truncate(2);
                sheet.recommendation.clear();
                domain::reviews::service::save(&this.db, &reviewer, id, 0, &sheet, this.now)
                    .await?;
                Ok(0)
            } else {
                domain::reviews::service::submit(&this.db, &reviewer, id, 0, &sheet, this.now)
                    .await?;
                Ok(1)
            }
        })
        .await?;
        Ok(submitted.iter().sum())
    }

    /// Dates, signs and runs a funded project: its milestone handed in and accepted, its first report sent
    /// and accepted unless the project is `late` with it (then it is at risk).
    async fn run_project(&self, id: Uuid, team: &Actor, late: bool) -> domain::Result<()> {
        let today = self.now.date_naive();
        let view = projects::get(&self.db, Some(&self.manager), id, today).await?;
        let dated = projects::set_dates(
            &self.db,
            &self.manager,
            id,
            view.project.version,
            today - chrono::Duration::days(200),
            today + chrono::Duration::days(530),
            today,
        )
        .await?;
        let signed = projects::sign(
            &self.db,
            &self.manager,
            id,
            dated.project.version,
            today - chrono::Duration::days(190),
            today,
        )
        .await?;
        if let Some(milestone) = signed.milestones.first() {
            let handed = work::submit_milestone(
                &self.db,
                team,
                milestone.id,
                milestone.version,
                "The council adopted the action plan; the minutes are published.",
                self.now,
            )
            .await?;
            let version = handed
                .milestones
                .iter()
                .find(|m| m.id == milestone.id)
                .map_or(milestone.version, |m| m.version);
            work::review_milestone(
                &self.db,
                &self.manager,
                milestone.id,
                &work::ReviewInput {
                    accept: true,
                    comment: String::new(),
                    version,
                },
                self.now,
            )
            .await?;
        }
        if let Some(report) = signed.reports.iter().find(|r| r.number == 1 && !late) {
            let sent = work::submit_report(
                &self.db,
                team,
                report.id,
                &work::ReportInput {
                    narrative: "Three district assemblies held; the budget is published monthly."
                        .into(),
                    spending: "12000".into(),
                    indicator_values: Vec::new(),
                    lessons: Default::default(),
                    commitment_ratings: Vec::new(),
                    version: report.version,
                },
                self.now,
            )
            .await?;
            let version = sent
                .reports
                .iter()
                .find(|r| r.id == report.id)
                .map_or(report.version, |r| r.version);
            work::review_report(
                &self.db,
                &self.manager,
                report.id,
                &work::ReviewInput {
                    accept: true,
                    comment: String::new(),
                    version,
                },
                self.now,
            )
            .await?;
        }
        Ok(())
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (size, out) = match args.as_slice() {
        [size, out] if size == "large" => (Size::LARGE, out.clone()),
        [size, out] if size == "small" => (Size::SMALL, out.clone()),
        _ => bail!("usage: DATABASE_URL=... loadtest large|small TARGETS.json"),
    };
    let url = std::env::var("DATABASE_URL")
        .context("DATABASE_URL names the database to seed (it must be empty)")?;
    let db = domain::db::connect(&url).await?;
    Migrator::up(&db, None).await?;
    if !matches!(
        domain::demo::state(&db).await?,
        domain::demo::DatabaseState::Empty
    ) {
        bail!("the database is not empty: seed a fresh one");
    }
    let parallel = if url.starts_with("postgres") { 8 } else { 4 };
    let started = Instant::now();

    let manager = accounts::users::create_from_command_line(
        &db,
        &NewUserInput {
            email: "manager@load.example".into(),
            name: "Load manager".into(),
            password: PASSWORD.to_owned(),
            roles: vec![Role::Manager.as_str().to_owned()],
            organisation_id: None,
        },
    )
    .await?;
    let manager = actor(&manager);
    let mut seeder = Seeder {
        db,
        parallel,
        now: Utc::now(),
        manager,
        members: Vec::new(),
        programme: Uuid::nil(),
        teams: Vec::new(),
        optimiser: Optimiser::new(Duration::from_millis(300)),
        started,
    };
    for m in 0..6 {
        let member = seeder
            .user(
                &format!("member{m}@committee.load.example"),
                &format!("Committee member {m}"),
                Role::Reviewer,
            )
            .await?;
        seeder.members.push(member);
    }
    let agency = organisations::create(
        &seeder.db,
        &seeder.manager,
        &OrganisationInput {
            name: "National agency for local open government".into(),
            kind: "national_agency".into(),
            country: "TN".into(),
            ..Default::default()
        },
    )
    .await?;
    seeder.programme = programmes::create(
        &seeder.db,
        &seeder.manager,
        &ProgrammeInput {
            name: "Open municipalities".into(),
            description: "A national programme funding open government pilots of municipalities."
                .into(),
            agency_id: agency.id,
            currency: "TND".into(),
            reporting_cadence_months: 6,
            content_languages: Vec::new(),
        },
    )
    .await?
    .id;
    let count = size.municipalities();
    seeder.municipalities(count).await?;
    seeder.step(&format!("{count} municipalities signed up and verified"));

    // The call whose results are published: every application reviewed three times, half of them funded.
    let template = vec![
        TemplateLine {
            percent: "40".into(),
            condition: "signature".into(),
            milestone: None,
            months: None,
            report: None,
        },
        TemplateLine {
            percent: "30".into(),
            condition: "milestone".into(),
            milestone: Some("Action plan adopted by the municipal council".into()),
            months: Some(3),
            report: None,
        },
        TemplateLine {
            percent: "30".into(),
            condition: "report".into(),
            milestone: None,
            months: None,
            report: Some(1),
        },
    ];
    let ranked = seeder
        .open_call("RANKED", size.projects, RANKED_REVIEWS, Some(template))
        .await?;
    let ranked_apps: Vec<Uuid> = seeder
        .apply(&ranked, 0..size.ranked, true)
        .await?
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    seeder.step(&format!("{} applications to the ranked call", size.ranked));
    let (reviewing, assignments) = seeder.to_review(ranked, &ranked_apps).await?;
    let mut reviews = seeder.score(&reviewing, &assignments, &[]).await?;
    seeder.step(&format!("{reviews} reviews of the ranked call"));
    let reviewing = calls::get(&seeder.db, Some(&seeder.manager), reviewing.call.id).await?;
    let board = decisions::finalise(
        &seeder.db,
        &seeder.optimiser,
        &seeder.manager,
        reviewing.call.id,
        reviewing.call.version,
    )
    .await?;
    results::publish(&seeder.db, &seeder.manager, reviewing.call.id).await?;
    seeder.step(&format!(
        "ranked call finalised ({} selected) and published",
        board.selected
    ));
    let funded = projects::ids_by_application(&seeder.db, reviewing.call.id).await?;
    let team_of: std::collections::HashMap<Uuid, usize> = ranked_apps
        .iter()
        .enumerate()
        .map(|(t, id)| (*id, t))
        .collect();
    let project_work: Vec<(usize, Uuid, usize)> = funded
        .iter()
        .enumerate()
        .map(|(i, (application, project))| (i, *project, team_of[application]))
        .collect();
    let first_project = project_work.first().map(|(_, id, _)| *id);
    let this = &seeder;
    // One project in five has not sent its first report: it is at risk.
    each(project_work, parallel, |(i, id, t)| async move {
        this.run_project(id, &this.teams[t], i % 5 == 4).await
    })
    .await?;
    seeder.step(&format!("{} funded projects run", funded.len()));

    // Calls in review; the first one keeps member 0's first sheets as drafts for the write scenario.
    let mut review_call = None;
    let mut review_drafts = Vec::new();
    let mut applications_total = size.ranked;
    for r in 0..size.reviewing_calls {
        let call = seeder
            .open_call(&format!("REV{:02}", r + 1), 50, size.reviews, None)
            .await?;
        let first = (r * 37) % (count - size.per_reviewing + 1);
        let ids: Vec<Uuid> = seeder
            .apply(&call, first..first + size.per_reviewing, true)
            .await?
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        applications_total += ids.len();
        let (call, assignments) = seeder.to_review(call, &ids).await?;
        let drafts: Vec<(Uuid, usize)> = if r == 0 {
            assignments
                .iter()
                .filter(|(_, m)| *m == 0)
                .take(WRITERS)
                .copied()
                .collect()
        } else {
            Vec::new()
        };
        reviews += seeder.score(&call, &assignments, &drafts).await?;
        if r == 0 {
            review_drafts = drafts.iter().map(|(id, _)| *id).collect();
            review_call = Some(call);
        }
        seeder.step(&format!(
            "reviewing call {}: {} applications, {reviews} reviews so far",
            r + 1,
            ids.len()
        ));
    }

    // Open calls; the first one also holds the drafts of the write scenario.
    let mut open_call = None;
    let mut drafts = Vec::new();
    for o in 0..size.open_calls {
        let call = seeder
            .open_call(&format!("OPEN{:02}", o + 1), 50, 2, None)
            .await?;
        let first = (o * 53) % (count - size.per_open - WRITERS + 1);
        let submitted = seeder
            .apply(&call, first..first + size.per_open, true)
            .await?;
        applications_total += submitted.len();
        if o == 0 {
            let start = if first >= WRITERS {
                0
            } else {
                first + size.per_open
            };
            drafts = seeder
                .apply(&call, start..start + WRITERS, false)
                .await?
                .into_iter()
                .zip(start..)
                .collect();
            open_call = Some(call);
        }
    }
    seeder.step(&format!(
        "{} open calls; {applications_total} submitted applications in all",
        size.open_calls
    ));

    let manager_token = accounts::tokens::create(&seeder.db, &seeder.manager, "load").await?;
    let reviewer_token =
        accounts::tokens::create(&seeder.db, &actor(&seeder.members[0]), "load").await?;
    let mut draft_targets = Vec::new();
    for ((id, version), t) in &drafts {
        let (_, token) = accounts::tokens::create(&seeder.db, &seeder.teams[*t], "load").await?;
        draft_targets.push(json!({"id": id, "version": version, "token": token, "team": t}));
    }
    let (Some(open_call), Some(review_call), Some(project)) =
        (open_call, review_call, first_project)
    else {
        bail!("the instance is too small to hold every scenario");
    };
    let targets = json!({
        "size": args[0],
        "seconds": started.elapsed().as_secs_f64(),
        "calls": 1 + size.reviewing_calls + size.open_calls,
        "applications": applications_total,
        "reviews": reviews,
        "projects": funded.len(),
        "ranked": size.ranked,
        "ranked_call": reviewing.call.id,
        "open_call": open_call.call.id,
        "review_call": review_call.call.id,
        "review_call_applications": size.per_reviewing,
        "project": project,
        "manager_token": manager_token.1,
        "reviewer_token": reviewer_token.1,
        "drafts": draft_targets,
        "review_drafts": review_drafts,
        "criteria": review_call.criteria.iter().map(|c| c.id).collect::<Vec<_>>(),
    });
    std::fs::write(&out, serde_json::to_string_pretty(&targets)?)?;
    seeder.step(&format!("seeded; targets written to {out}"));
    Ok(())
}
