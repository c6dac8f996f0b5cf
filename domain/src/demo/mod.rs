//! The demo data set: the three reference programmes of DESIGN.md (Tunisia, Germany, Argentina) and a network
//! that enrols (Nigeria's states, a rolling call) in realistic states, loaded into an empty database so that a newcomer can sign in with one login per role and see every
//! part of Convoca at work.
//!
//! Everything is built through the domain services, as the programme's managers, the municipalities' staff and
//! the committees would do it, so every rule holds and every step is in the audit log. The content is the same
//! every time (organisations, names, amounts, scores, decisions); identifiers, the lottery seeds and the dates
//! (set relative to the day of loading) differ.
//!
//! **Which database is the demo's own.** The loader first writes the audit entry `demo.loading`, in the same
//! transaction in which it checks that the database is empty (no user, organisation, programme or audit
//! entry); once every programme is loaded it writes `demo.loaded`. Only this module writes those actions and
//! the audit log is append-only, so a database holding `demo.loaded` is the demo's own, one holding
//! `demo.loading` alone is a load that was interrupted, and any other database that is not empty is someone
//! else's: the loader refuses it and touches nothing.
//!
//! This module must not be used by the web UI or the API: it is for the `convoca` command line and tests.

mod argentina;
mod germany;
mod nigeria;
mod tunisia;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};
use uuid::Uuid;

use crate::accounts::{self, Language, NewUserInput, SignUpInput, User};
use crate::applications::content::ContentInput;
use crate::applications::service as applications;
use crate::audit::{self, Subject};
use crate::calls::CallAction;
use crate::calls::service::{self as calls, CallView};
use crate::committee::{self, MemberInput};
use crate::organisations::{self, Organisation, OrganisationInput};
use crate::projects::service::ProjectView;
use crate::projects::work;
use crate::selection::optimum::Optimiser;
use crate::{Actor, Error, Result, Role, db};

/// The password of every demo login, printed with them. The demo is for trying Convoca out: never load it
/// into a database that real people use.
pub const DEMO_PASSWORD: &str = "demo-convoca-2026";

/// The audit action written (with the emptiness check) before anything else is loaded.
pub const LOADING_ACTION: &str = "demo.loading";

/// The audit action written once the whole demo is loaded: its presence marks the demo's own database.
pub const LOADED_ACTION: &str = "demo.loaded";

/// One of the logins the demo prints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Login {
    /// The role as a person would name it ("Programme manager").
    pub role: &'static str,
    /// The login.
    pub email: &'static str,
    /// The person's name.
    pub name: &'static str,
    /// Where to start.
    pub start: &'static str,
}

/// One login per role, in the order they are printed.
pub const LOGINS: [Login; 6] = [
    Login {
        role: "Administrator (also a manager)",
        email: "admin@demo.example",
        name: "Alex Moreau",
        start: "/admin/users, /admin/outbox, and everything a manager sees",
    },
    Login {
        role: "Programme manager",
        email: "manager@demo.example",
        name: "Samira Haddad",
        start: "/manage/calls, /manage/projects",
    },
    Login {
        role: "Applicant, Tunisian municipality (selected)",
        email: "applicant.tunisia@demo.example",
        name: "Mohamed Ben Salah",
        start: "/applications, the funded project of the Municipality of Sousse",
    },
    Login {
        role: "Applicant, Argentine municipality (draft)",
        email: "applicant.argentina@demo.example",
        name: "Lucía Fernández",
        start: "/applications, the draft of the Municipality of Rosario",
    },
    Login {
        role: "Reviewer, German committee (reviews left)",
        email: "reviewer@demo.example",
        name: "Jonas Becker",
        start: "/reviews",
    },
    Login {
        role: "Committee chair, German committee",
        email: "chair@demo.example",
        name: "Dr. Katrin Vogel",
        start: "/reviews and the reviewing page of the German call",
    },
];

/// The login with this email (one of [`LOGINS`]).
fn login(email: &str) -> &'static Login {
    LOGINS
        .iter()
        .find(|l| l.email == email)
        .unwrap_or(&LOGINS[0])
}

/// What a database holds, as far as the demo is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatabaseState {
    /// Nothing yet: the demo may be loaded.
    Empty,
    /// The demo's own database, completely loaded.
    Demo,
    /// A demo load began here and did not finish.
    Interrupted,
    /// Someone else's data.
    Other,
}

/// What [`load`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The demo was loaded into the empty database.
    Loaded,
    /// The database already was the demo's own; nothing was written.
    AlreadyLoaded,
    /// The database holds something else (or an interrupted load); nothing was written.
    Refused(DatabaseState),
}

async fn has_action(conn: &impl sea_orm::ConnectionTrait, action: &str) -> Result<bool> {
    Ok(audit::entity::Entity::find()
        .filter(audit::entity::Column::Action.eq(action))
        .count(conn)
        .await?
        > 0)
}

async fn is_empty(conn: &impl sea_orm::ConnectionTrait) -> Result<bool> {
    Ok(
        accounts::entity::user::Entity::find().count(conn).await? == 0
            && organisations::entity::Entity::find().count(conn).await? == 0
            && crate::programmes::entity::Entity::find()
                .count(conn)
                .await?
                == 0
            && audit::entity::Entity::find().count(conn).await? == 0,
    )
}

async fn state_in(conn: &impl sea_orm::ConnectionTrait) -> Result<DatabaseState> {
    if has_action(conn, LOADED_ACTION).await? {
        Ok(DatabaseState::Demo)
    } else if has_action(conn, LOADING_ACTION).await? {
        Ok(DatabaseState::Interrupted)
    } else if is_empty(conn).await? {
        Ok(DatabaseState::Empty)
    } else {
        Ok(DatabaseState::Other)
    }
}

/// What `db` holds (see the module's documentation). Reads only.
pub async fn state(db: &DatabaseConnection) -> Result<DatabaseState> {
    state_in(db).await
}

/// Loads the demo into an empty database; on the demo's own database does nothing and says so; on any other
/// database refuses and writes nothing.
pub async fn load(db: &DatabaseConnection) -> Result<Outcome> {
    // The check and the first marker share one write transaction, so that two loaders started at once cannot
    // both find the database empty.
    let tx = db::begin_write(db).await?;
    match state_in(&tx).await? {
        DatabaseState::Empty => {}
        DatabaseState::Demo => return Ok(Outcome::AlreadyLoaded),
        other => return Ok(Outcome::Refused(other)),
    }
    audit::record(
        &tx,
        None,
        LOADING_ACTION,
        &Subject {
            kind: "demo",
            id: "convoca-demo".to_owned(),
        },
        "loading the demo data set into an empty database",
    )
    .await?;
    tx.commit().await?;

    let loader = Loader::start(db).await?;
    tunisia::load(&loader).await?;
    germany::load(&loader).await?;
    argentina::load(&loader).await?;
    nigeria::load(&loader).await?;

    audit::record(
        db,
        None,
        LOADED_ACTION,
        &Subject {
            kind: "demo",
            id: "convoca-demo".to_owned(),
        },
        "the demo data set is loaded: Tunisia, Germany, Argentina and Nigeria",
    )
    .await?;
    Ok(Outcome::Loaded)
}

/// Names the step that failed, so that a broken load says where it broke.
fn at(step: impl Into<String>) -> impl FnOnce(Error) -> Error {
    let step = step.into();
    move |err| match err {
        Error::Internal(message) => Error::internal(format!("demo: {step}: {message}")),
        other => Error::internal(format!("demo: {step}: {other:?}")),
    }
}

/// The actor of a user, to call services as them.
fn actor(user: &User) -> Actor {
    Actor {
        user_id: user.id,
        email: user.email.clone(),
        name: user.name.clone(),
        organisation_id: user.organisation_id,
        roles: user.roles.clone(),
    }
}

/// What every programme's loader shares: the connection, the moment of loading and the manager.
pub(crate) struct Loader<'a> {
    db: &'a DatabaseConnection,
    optimiser: Optimiser,
    now: DateTime<Utc>,
    /// The programme manager who runs every programme of the demo.
    manager: Actor,
}

impl<'a> Loader<'a> {
    async fn start(db: &'a DatabaseConnection) -> Result<Loader<'a>> {
        // The administrator runs nothing here; the manager below runs the three programmes.
        user(
            db,
            login("admin@demo.example"),
            &[Role::Admin, Role::Manager],
            None,
        )
        .await?;
        let manager = user(db, login("manager@demo.example"), &[Role::Manager], None).await?;
        Ok(Loader {
            db,
            optimiser: Optimiser::new(std::time::Duration::from_millis(200)),
            now: Utc::now(),
            manager: actor(&manager),
        })
    }

    /// `days` days before the moment of loading.
    fn days_ago(&self, days: i64) -> DateTime<Utc> {
        self.now - Duration::days(days)
    }

    /// `days` days after the moment of loading.
    fn days_ahead(&self, days: i64) -> DateTime<Utc> {
        self.now + Duration::days(days)
    }

    /// The day of loading.
    fn today(&self) -> NaiveDate {
        self.now.date_naive()
    }

    /// A user created as an administrator would, with the demo password.
    async fn person(
        &self,
        email: &str,
        name: &str,
        roles: &[Role],
        organisation_id: Option<Uuid>,
    ) -> Result<User> {
        accounts::users::create_from_command_line(
            self.db,
            &NewUserInput {
                email: email.to_owned(),
                name: name.to_owned(),
                password: DEMO_PASSWORD.to_owned(),
                roles: roles.iter().map(|r| r.as_str().to_owned()).collect(),
                organisation_id,
            },
        )
        .await
        .map_err(at(format!("creating {email}")))
    }

    /// A national agency, registered by the manager.
    async fn agency(&self, name: &str, country: &str) -> Result<Organisation> {
        organisations::create(
            self.db,
            &self.manager,
            &OrganisationInput {
                name: name.to_owned(),
                kind: "national_agency".into(),
                country: country.to_owned(),
                ..Default::default()
            },
        )
        .await
        .map_err(at(format!("registering {name}")))
    }

    /// A local government that signs up with its first staff member, then is verified by the manager.
    async fn local_government(
        &self,
        organisation: OrganisationInput,
        staff: &str,
        email: &str,
        language: &str,
    ) -> Result<(Organisation, Actor)> {
        let what = format!("signing up {}", organisation.name);
        let signed_up = accounts::sign_up(
            self.db,
            &SignUpInput {
                organisation,
                name: staff.to_owned(),
                email: email.to_owned(),
                password: DEMO_PASSWORD.to_owned(),
                language: Language::parse(language).unwrap_or_default(),
            },
        )
        .await
        .map_err(at(what.clone()))?;
        let verified = organisations::verify(self.db, &self.manager, signed_up.organisation.id)
            .await
            .map_err(at(what))?;
        Ok((verified, actor(&signed_up.user)))
    }

    /// A draft application written by `team` on `at`.
    async fn draft(
        &self,
        team: &Actor,
        call_id: Uuid,
        content: &ContentInput,
        at_time: DateTime<Utc>,
    ) -> Result<Uuid> {
        let what = format!("drafting {}", content.title);
        let started = applications::start(self.db, team, call_id, at_time)
            .await
            .map_err(at(what.clone()))?;
        applications::update(
            self.db,
            team,
            started.application.id,
            started.application.version,
            content,
            at_time,
        )
        .await
        .map_err(at(what))?;
        Ok(started.application.id)
    }

    /// Submits an application on `at`.
    async fn submit(&self, team: &Actor, id: Uuid, at_time: DateTime<Utc>) -> Result<()> {
        applications::submit(self.db, team, id, at_time)
            .await
            .map_err(at("submitting an application"))?;
        Ok(())
    }

    /// Moves a call on.
    async fn act(&self, call: &CallView, action: CallAction) -> Result<CallView> {
        calls::act(
            self.db,
            &self.manager,
            call.call.id,
            call.call.version,
            action,
        )
        .await
        .map_err(at(format!("{action:?} {}", call.call.code)))
    }

    /// Screens an application, eligible or not (with the reason).
    async fn screen(
        &self,
        id: Uuid,
        eligible: bool,
        reason: &str,
        at_time: DateTime<Utc>,
    ) -> Result<()> {
        let view = applications::get(self.db, &self.manager, id).await?;
        applications::screen(
            self.db,
            &self.manager,
            id,
            &applications::ScreeningInput {
                eligible,
                reason: reason.to_owned(),
                version: view.application.version,
            },
            at_time,
        )
        .await
        .map_err(at("screening an application"))?;
        Ok(())
    }

    /// Closes a call and records its real deadline. A call can only be opened with its deadline ahead of
    /// the clock, so the demo's past calls open with a deadline tomorrow and, once closed, get the deadline
    /// they had, as a manager would correct it (the change is in the audit log).
    async fn close_at(&self, call: &CallView, deadline: DateTime<Utc>) -> Result<CallView> {
        let closed = self.act(call, CallAction::Close).await?;
        let mut details = details_of(&closed);
        details.closes_at = deadline;
        calls::update_details(
            self.db,
            &self.manager,
            closed.call.id,
            closed.call.version,
            &details,
        )
        .await
        .map_err(at(format!("dating the deadline of {}", closed.call.code)))
    }

    /// Seats a member on a call's committee.
    async fn seat(&self, call_id: Uuid, member: &User, sector: &str, role: &str) -> Result<()> {
        committee::add_member(
            self.db,
            &self.manager,
            call_id,
            &MemberInput {
                user_id: member.id,
                sector: sector.to_owned(),
                role: role.to_owned(),
            },
            self.now,
        )
        .await
        .map_err(at(format!("seating {}", member.email)))?;
        Ok(())
    }

    /// The funded project made from an application.
    async fn project_of(&self, call_id: Uuid, application_id: Uuid) -> Result<Uuid> {
        use crate::projects::entity::project;
        project::Entity::find()
            .filter(project::Column::CallId.eq(call_id))
            .filter(project::Column::ApplicationId.eq(application_id))
            .one(self.db)
            .await?
            .map(|p| p.id)
            .ok_or_else(|| Error::Internal("demo: a selected application has no project".into()))
    }

    /// A committee member submits their review of an application.
    async fn review(
        &self,
        member: &User,
        application: Uuid,
        sheet: &crate::reviews::SheetInput,
        submitted: DateTime<Utc>,
    ) -> Result<()> {
        crate::reviews::service::submit(self.db, &actor(member), application, 0, sheet, submitted)
            .await
            .map_err(at(format!("a review by {}", member.email)))?;
        Ok(())
    }

    /// Finalises a call's selection and publishes its results.
    async fn decide(&self, call: &CallView) -> Result<()> {
        let code = &call.call.code;
        crate::selection::decisions::finalise(
            self.db,
            &self.optimiser,
            &self.manager,
            call.call.id,
            call.call.version,
        )
        .await
        .map_err(at(format!("finalising {code}")))?;
        crate::selection::results::publish(self.db, &self.manager, call.call.id)
            .await
            .map_err(at(format!("publishing the results of {code}")))?;
        Ok(())
    }

    /// A project as its manager sees it today.
    async fn project(&self, id: Uuid) -> Result<ProjectView> {
        crate::projects::service::get(self.db, Some(&self.manager), id, self.today()).await
    }

    /// Dates a project and records the signature of its agreement.
    async fn start_project(
        &self,
        id: Uuid,
        start: NaiveDate,
        end: NaiveDate,
        signed_on: NaiveDate,
    ) -> Result<ProjectView> {
        use crate::projects::service as projects;
        let view = self.project(id).await?;
        let dated = projects::set_dates(
            self.db,
            &self.manager,
            id,
            view.project.version,
            start,
            end,
            self.today(),
        )
        .await
        .map_err(at("dating a project"))?;
        projects::sign(
            self.db,
            &self.manager,
            id,
            dated.project.version,
            signed_on,
            self.today(),
        )
        .await
        .map_err(at("signing a project"))
    }

    /// Releases and pays a project's tranche at `position` (from 1).
    async fn pay(&self, id: Uuid, position: i32, paid_on: NaiveDate) -> Result<()> {
        let view = self.project(id).await?;
        let tranche = view
            .tranches
            .iter()
            .find(|t| t.position == position)
            .ok_or_else(|| Error::Internal("demo: no such tranche".into()))?
            .id;
        let released_at = paid_on
            .and_hms_opt(9, 0, 0)
            .map(|t| t.and_utc())
            .unwrap_or(self.now);
        work::release_tranche(self.db, &self.manager, tranche, released_at)
            .await
            .map_err(at("releasing a tranche"))?;
        work::pay_tranche(self.db, &self.manager, tranche, paid_on, self.today())
            .await
            .map_err(at("paying a tranche"))?;
        Ok(())
    }

    /// The team hands in the evidence of a project's first milestone; the manager accepts it or sends it back.
    async fn milestone(
        &self,
        team: &Actor,
        id: Uuid,
        evidence: &str,
        review: Option<&str>,
        submitted: DateTime<Utc>,
    ) -> Result<()> {
        let view = self.project(id).await?;
        let milestone = view
            .milestones
            .first()
            .ok_or_else(|| Error::Internal("demo: a project without milestone".into()))?;
        let handed = work::submit_milestone(
            self.db,
            team,
            milestone.id,
            milestone.version,
            evidence,
            submitted,
        )
        .await
        .map_err(at("handing in a milestone"))?;
        let version = handed
            .milestones
            .iter()
            .find(|m| m.id == milestone.id)
            .map_or(milestone.version, |m| m.version);
        work::review_milestone(
            self.db,
            &self.manager,
            milestone.id,
            &work::ReviewInput {
                accept: review.is_none(),
                comment: review.unwrap_or_default().to_owned(),
                version,
            },
            submitted + Duration::days(3),
        )
        .await
        .map_err(at("reviewing a milestone"))?;
        Ok(())
    }

    /// The team sends progress report `number` and the manager accepts it.
    async fn report(
        &self,
        team: &Actor,
        id: Uuid,
        progress: &Progress<'_>,
        submitted: DateTime<Utc>,
    ) -> Result<()> {
        let Progress {
            number,
            narrative,
            spending,
            values,
            lessons,
        } = *progress;
        let view = self.project(id).await?;
        let report = view
            .reports
            .iter()
            .find(|r| r.number == number)
            .ok_or_else(|| Error::Internal("demo: no such report".into()))?;
        let indicator_values = view
            .indicators
            .iter()
            .zip(values)
            .map(
                |(progress, value)| crate::projects::service::IndicatorValue {
                    indicator_id: progress.indicator.id,
                    value: (*value).to_owned(),
                },
            )
            .collect();
        let sent = work::submit_report(
            self.db,
            team,
            report.id,
            &work::ReportInput {
                narrative: narrative.to_owned(),
                spending: spending.to_owned(),
                indicator_values,
                lessons: lessons.cloned().unwrap_or_default(),
                commitment_ratings: Vec::new(),
                version: report.version,
            },
            submitted,
        )
        .await
        .map_err(at("sending a report"))?;
        let version = sent
            .reports
            .iter()
            .find(|r| r.id == report.id)
            .map_or(report.version, |r| r.version);
        work::review_report(
            self.db,
            &self.manager,
            report.id,
            &work::ReviewInput {
                accept: true,
                comment: String::new(),
                version,
            },
            submitted + Duration::days(4),
        )
        .await
        .map_err(at("accepting a report"))?;
        Ok(())
    }
}

/// A progress report as a project team writes it.
#[derive(Clone, Copy)]
struct Progress<'a> {
    /// Which report, from 1.
    number: i32,
    /// What happened.
    narrative: &'a str,
    /// Spending to date, a decimal string.
    spending: &'a str,
    /// The indicators' values, in the call's order.
    values: &'a [&'a str],
    /// The lessons learned, for a final report.
    lessons: Option<&'a work::Lessons>,
}

/// A call's details as a manager would send them back unchanged.
fn details_of(view: &CallView) -> crate::calls::details::CallDetailsInput {
    let c = &view.call;
    let money = |minor: i64| view.money(minor).to_decimal_string(view.currency);
    crate::calls::details::CallDetailsInput {
        code: c.code.clone(),
        title: c.title.clone(),
        description: c.description.clone(),
        opens_at: c.opens_at,
        closes_at: c.closes_at,
        time_zone: c.time_zone.clone(),
        total_budget: money(c.total_budget_minor),
        min_award: money(c.min_award_minor),
        max_award: money(c.max_award_minor),
        max_awards: c.max_awards,
        min_reviews: c.min_reviews,
        min_total_score: c.min_total_score.clone(),
        tie_break: view.tie_break.clone(),
        quotas: view.quotas.clone(),
        reporting_cadence_months: Some(c.reporting_cadence_months),
    }
}

/// Creates one of the printed logins.
async fn user(
    db: &DatabaseConnection,
    login: &Login,
    roles: &[Role],
    organisation_id: Option<Uuid>,
) -> Result<User> {
    accounts::users::create_from_command_line(
        db,
        &NewUserInput {
            email: login.email.to_owned(),
            name: login.name.to_owned(),
            password: DEMO_PASSWORD.to_owned(),
            roles: roles.iter().map(|r| r.as_str().to_owned()).collect(),
            organisation_id,
        },
    )
    .await
    .map_err(at(format!("creating {}", login.email)))
}

/// A review sheet from a string of digits, one score per criterion in order (`"5454"`).
fn sheet(
    criteria: &[crate::calls::CriterionView],
    digits: &str,
    comments: &[&str],
    overall: &str,
    recommendation: &str,
) -> crate::reviews::SheetInput {
    crate::reviews::SheetInput {
        scores: criteria
            .iter()
            .zip(digits.chars())
            .enumerate()
            .map(|(i, (c, digit))| crate::reviews::ScoreInput {
                criterion_id: c.id,
                score: digit.to_digit(10).map(i64::from),
                comment: comments
                    .get(i % comments.len().max(1))
                    .copied()
                    .unwrap_or_default()
                    .to_owned(),
            })
            .collect(),
        overall_comment: overall.to_owned(),
        recommendation: recommendation.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_printed_login_is_distinct_and_named() {
        let mut emails: Vec<_> = LOGINS.iter().map(|l| l.email).collect();
        emails.sort_unstable();
        emails.dedup();
        assert_eq!(emails.len(), LOGINS.len());
        assert_eq!(login("chair@demo.example").name, "Dr. Katrin Vogel");
    }
}
