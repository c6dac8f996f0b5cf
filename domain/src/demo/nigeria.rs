//! Nigeria, the subnational Open Government Partnership network: states join all year round with a letter of
//! intent signed by their governor, which the secretariat records as a prerequisite. The call is a rolling
//! enrolment without money: Kaduna and Anambra have joined, each with a project of award zero that tracks its
//! action plan (Kaduna's two commitments adopted by the State Executive Council and rated in an accepted
//! six-monthly self-report); Ekiti's application waits to be screened; Plateau has not sent its letter yet and
//! keeps a draft.

use chrono::Duration;

use super::{Loader, at};
use crate::applications::content::ContentInput;
use crate::calls::criteria::CriterionInput;
use crate::calls::details::CallDetailsInput;
use crate::calls::eligibility::RequiredPrerequisite;
use crate::calls::service as calls;
use crate::calls::{CallAction, EligibilityRule};
use crate::organisations::OrganisationInput;
use crate::prerequisites::{self, KindInput, RecordInput};
use crate::programmes::{self, ProgrammeInput};
use crate::projects::plan::{self, CommitmentInput, CommitmentRating};
use crate::projects::work;
use crate::selection::decisions::{self, ModeInput, SettingsInput};
use crate::selection::rolling;
use crate::{Actor, Result};

/// A state: name, ISO 3166-2 code, population, whether its letter of intent is recorded, and how far it got.
struct State {
    name: &'static str,
    code: &'static str,
    population: i64,
    letter: bool,
    step: Step,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    /// Admitted; its action plan is tracked.
    Joined,
    /// Submitted, waiting to be screened.
    Submitted,
    /// A draft: it cannot submit before its letter of intent is recorded.
    Draft,
}

const STATES: [State; 4] = [
    State {
        name: "Kaduna",
        code: "NG-KD",
        population: 8_252_400,
        letter: true,
        step: Step::Joined,
    },
    State {
        name: "Anambra",
        code: "NG-AN",
        population: 5_527_800,
        letter: true,
        step: Step::Joined,
    },
    State {
        name: "Ekiti",
        code: "NG-EK",
        population: 3_270_800,
        letter: true,
        step: Step::Submitted,
    },
    State {
        name: "Plateau",
        code: "NG-PL",
        population: 4_200_400,
        letter: false,
        step: Step::Draft,
    },
];

/// Kaduna's action plan: title, problem, OGP value, lead institution, and its rating in the first report.
const KADUNA_PLAN: [(&str, &str, &str, &str, &str); 2] = [
    (
        "Publish every state contract above ₦10 million",
        "Contracts are awarded out of public view, and citizens cannot follow public works.",
        "transparency",
        "Kaduna State Bureau of Public Procurement",
        "substantial",
    ),
    (
        "Citizens' budget hearings in every local government area",
        "The state budget is prepared without hearing the communities it serves.",
        "participation",
        "Ministry of Planning and Budget Commission",
        "limited",
    ),
];

fn content(state: &State) -> ContentInput {
    ContentInput {
        title: format!("{} State joins the Open Government Partnership", state.name),
        summary: format!(
            "{} State commits to co-create a two-year open government action plan with civil society.",
            state.name
        ),
        problem: "Citizens cannot follow how the state budget is prepared and spent, or how contracts are awarded.".into(),
        objectives: "Set up a state steering committee with civil society, adopt an action plan in the State Executive Council and report on it every six months.".into(),
        participation_plan: "A steering committee with equal numbers of government and civil-society members, and town halls in the senatorial districts.".into(),
        answers: Vec::new(),
        // Joining the network brings assistance, not a grant: nothing is requested.
        budget_lines: Vec::new(),
        co_funding: String::new(),
        replicates_project_id: None,
    }
}

/// Loads the Nigerian network.
pub(super) async fn load(l: &Loader<'_>) -> Result<()> {
    let db = l.db;
    let manager = &l.manager;
    let agency = l
        .agency("Open Government Partnership Nigeria Secretariat", "NG")
        .await?;
    let programme = programmes::create(
        db,
        manager,
        &ProgrammeInput {
            name: "OGP Nigeria subnational network".into(),
            description: "States join the Open Government Partnership all year round with a letter of intent from their governor, then co-create an action plan with civil society, adopted by the State Executive Council and reported on every six months.".into(),
            agency_id: agency.id,
            currency: "NGN".into(),
            reporting_cadence_months: 6,
            content_languages: Vec::new(),
        },
    )
    .await
    .map_err(at("the Nigerian programme"))?;
    let letter = prerequisites::create_kind(
        db,
        manager,
        programme.id,
        &KindInput {
            name: "Letter of intent".into(),
            description: "A letter of intent to join the OGP, signed by the state governor.".into(),
        },
    )
    .await
    .map_err(at("the letter-of-intent prerequisite"))?;

    let call = calls::create(
        db,
        manager,
        programme.id,
        &CallDetailsInput {
            code: "OGPNG".into(),
            title: "Join the subnational OGP network".into(),
            description: "Every state that has sent its letter of intent may join, at any time of the year. Each state admitted co-creates an action plan with civil society; the secretariat evaluates its self-reports every six months and answers its requests for assistance.".into(),
            opens_at: l.days_ago(200),
            // A rolling call has no deadline; the date written here is not one.
            closes_at: l.days_ahead(365),
            time_zone: "Africa/Lagos".into(),
            total_budget: "0".into(),
            min_award: "0".into(),
            max_award: "0".into(),
            max_awards: 36,
            min_reviews: 1,
            min_total_score: None,
            tie_break: Vec::new(),
            quotas: Vec::new(),
            reporting_cadence_months: None,
        },
    )
    .await
    .map_err(at("the Nigerian call"))?;
    let call = calls::replace_criteria(
        db,
        manager,
        call.call.id,
        call.call.version,
        &[CriterionInput {
            title: "Commitment to co-creation".into(),
            guidance: "Does the state name a steering committee with civil society?".into(),
            weight: "1".into(),
            max_score: 1,
            min_score: None,
        }],
    )
    .await
    .map_err(at("the Nigerian criterion"))?;
    let call = calls::replace_eligibility(
        db,
        manager,
        call.call.id,
        call.call.version,
        &[EligibilityRule::Prerequisites {
            required: vec![RequiredPrerequisite {
                id: letter.id,
                name: letter.name.clone(),
            }],
        }],
    )
    .await
    .map_err(at("the Nigerian eligibility"))?;
    let call = decisions::set_settings_and_mode(
        db,
        manager,
        call.call.id,
        &SettingsInput {
            aggregation: "mean".into(),
            normalise: false,
            disagreement_threshold: None,
            version: call.call.version,
        },
        &ModeInput {
            selection_mode: Some("enrolment".into()),
            benchmark: None,
            rolling: Some(true),
        },
    )
    .await
    .map_err(at("the Nigerian call's rolling enrolment"))?;
    let call = l.act(&call, CallAction::Open).await?;

    for (i, state) in STATES.iter().enumerate() {
        let (organisation, team) = l
            .local_government(
                OrganisationInput {
                    name: format!("{} State Government", state.name),
                    kind: "state".into(),
                    country: "NG".into(),
                    subdivision: Some(state.code.to_owned()),
                    population: Some(state.population),
                    ..Default::default()
                },
                &format!("Open government desk of {} State", state.name),
                &format!("ogp@{}.ng.demo.example", state.name.to_lowercase()),
                "en",
            )
            .await?;
        let applied = l.days_ago(150 - 30 * i as i64);
        if state.letter {
            prerequisites::record(
                db,
                manager,
                &RecordInput {
                    prerequisite_kind_id: letter.id,
                    organisation_id: organisation.id,
                    achieved_on: (applied - Duration::days(20)).date_naive(),
                    evidence: format!(
                        "Letter of intent signed by the Governor of {} State.",
                        state.name
                    ),
                },
            )
            .await
            .map_err(at(format!("the letter of {}", state.name)))?;
        }
        let id = l
            .draft(&team, call.call.id, &content(state), applied)
            .await?;
        if state.step == Step::Draft {
            continue;
        }
        l.submit(&team, id, applied).await?;
        if state.step == Step::Submitted {
            continue;
        }
        l.screen(id, true, "", applied + Duration::days(5)).await?;
        let version = crate::applications::service::get(db, manager, id)
            .await?
            .application
            .version;
        rolling::decide(db, manager, id, version)
            .await
            .map_err(at(format!("admitting {}", state.name)))?;
        if i == 0 {
            let project = l.project_of(call.call.id, id).await?;
            // Dated from its admission, as the secretariat would; its first self-report falls due soon.
            let start = (applied + Duration::days(5)).date_naive();
            l.start_project(
                project,
                start,
                crate::projects::schedule::add_months(start, 24),
                start + Duration::days(3),
            )
            .await?;
            action_plan(l, &team, project).await?;
        }
    }
    Ok(())
}

/// Kaduna's action plan: its commitments, adopted by the State Executive Council, and the first six-monthly
/// self-report rating each one, accepted by the secretariat.
async fn action_plan(l: &Loader<'_>, team: &Actor, project: uuid::Uuid) -> Result<()> {
    let db = l.db;
    for (title, problem, value, lead, _) in KADUNA_PLAN {
        plan::add_commitment(
            db,
            team,
            project,
            &CommitmentInput {
                title: title.into(),
                problem: problem.into(),
                value: value.into(),
                lead_institution: lead.into(),
            },
            l.days_ago(110),
        )
        .await
        .map_err(at("a Kaduna commitment"))?;
    }
    work::add_milestone(
        db,
        team,
        project,
        &work::MilestoneInput {
            title: "The State Executive Council adopts the action plan".into(),
            description: "The council's resolution, with the plan as adopted.".into(),
            due_on: l.today() - Duration::days(80),
            commitment_id: None,
            adoption: true,
        },
        l.today() - Duration::days(110),
    )
    .await
    .map_err(at("Kaduna's adoption milestone"))?;
    l.milestone(
        team,
        project,
        "Resolution KDSG/EXCO/2026/14 adopting the state action plan.",
        None,
        l.days_ago(85),
    )
    .await?;
    let view = l.project(project).await?;
    let report = view
        .reports
        .first()
        .ok_or_else(|| crate::Error::Internal("demo: Kaduna's project has no report".into()))?;
    let commitments = plan::list(db, Some(team), project, l.today()).await?;
    let commitment_ratings = commitments
        .iter()
        .zip(KADUNA_PLAN)
        .map(|(c, (.., rating))| CommitmentRating {
            commitment_id: c.commitment.id,
            rating: rating.into(),
        })
        .collect();
    let sent = work::submit_report(
        db,
        team,
        report.id,
        &work::ReportInput {
            narrative: "The procurement portal is live and lists 214 contracts; budget hearings were held in 9 of the 23 local government areas.".into(),
            spending: "0".into(),
            indicator_values: Vec::new(),
            lessons: Default::default(),
            commitment_ratings,
            version: report.version,
        },
        l.days_ago(12),
    )
    .await
    .map_err(at("Kaduna's self-report"))?;
    let version = sent
        .reports
        .iter()
        .find(|r| r.id == report.id)
        .map_or(report.version, |r| r.version);
    work::review_report(
        db,
        &l.manager,
        report.id,
        &work::ReviewInput {
            accept: true,
            comment: "Evidence checked against the portal and the hearings' minutes.".into(),
            version,
        },
        l.days_ago(5),
    )
    .await
    .map_err(at("accepting Kaduna's self-report"))?;
    Ok(())
}
