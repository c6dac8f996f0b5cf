//! Arrangements for selection tests: a call in review built to a specification (its criteria, budget, slots,
//! thresholds, tie-break order and quotas; the municipalities that apply, with their governorate and request;
//! the committee; the scores each assigned reviewer submits), through the domain services, so that a test
//! starts where the committee has scored and the programme is about to decide. Plus the small steps such a
//! test needs: assigning everyone, submitting a review with chosen scores, and fixing the lottery seed so that
//! the expected order of tied applications can be computed by hand.

use chrono::{DateTime, TimeZone, Utc};
use domain::accounts::{self, NewUserInput, SignUpInput, User};
use domain::applications::content::{BudgetLineInput, ContentInput};
use domain::applications::service as applications;
use domain::calls::CallAction;
use domain::calls::criteria::CriterionInput;
use domain::calls::details::{CallDetailsInput, Quota};
use domain::calls::entity::call;
use domain::calls::service::{self as calls, CallView};
use domain::committee::{self, MemberInput, assigning};
use domain::organisations::{self, OrganisationInput};
use domain::reviews::sheet::{ScoreInput, SheetInput};
use domain::selection::decisions::{ModeInput, SettingsInput, set_settings_and_mode};
use domain::{Role, reviews};
use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, Set};
use uuid::Uuid;

use crate::{TEST_PASSWORD, TestApp};

/// When the calls built here open: a fixed day, so that reference numbers (`TUN-2026-0007`) and the lottery
/// keys derived from them do not depend on the year the tests run in.
pub fn opens_at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 10, 1, 8, 0, 0).unwrap()
}

/// When every application built here is submitted (in Africa/Tunis, still 2026).
pub fn submitted_at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 10, 15, 10, 0, 0).unwrap()
}

/// A municipality that applies.
#[derive(Debug, Clone)]
pub struct ApplicantSpec {
    /// The municipality's name.
    pub municipality: String,
    /// Its governorate (ISO 3166-2), for quotas.
    pub subdivision: String,
    /// The amount requested (one budget line; none for `"0"`), a decimal string.
    pub requested: String,
    /// Whether the manager screens it eligible.
    pub eligible: bool,
    /// The scores (one per criterion, in order) that the k-th reviewer assigned to it submits; reviewers past
    /// the end of the list submit nothing.
    pub reviews: Vec<Vec<i64>>,
    /// An existing applicant who applies for their organisation instead of a new municipality.
    pub team: Option<User>,
    /// The earlier funded project the application declares it replicates.
    pub replicates: Option<Uuid>,
}

impl ApplicantSpec {
    /// An eligible municipality of `subdivision` requesting `requested`, scored with `reviews`.
    pub fn new(
        municipality: &str,
        subdivision: &str,
        requested: &str,
        reviews: Vec<Vec<i64>>,
    ) -> Self {
        ApplicantSpec {
            municipality: municipality.to_owned(),
            subdivision: subdivision.to_owned(),
            requested: requested.to_owned(),
            eligible: true,
            reviews,
            team: None,
            replicates: None,
        }
    }
}

/// A seat on the committee; the first seat of a [`SelectionSpec`] is the chair's.
#[derive(Debug, Clone)]
pub struct SeatSpec {
    /// The member's name (for a new user).
    pub name: String,
    /// `civil_society`, `government`, ...
    pub sector: String,
    /// An existing user to seat instead of a new one.
    pub user: Option<User>,
}

impl SeatSpec {
    /// A new reviewer called `name` from `sector`.
    pub fn new(name: &str, sector: &str) -> Self {
        SeatSpec {
            name: name.to_owned(),
            sector: sector.to_owned(),
            user: None,
        }
    }
}

/// A call to build, from its details to the scores.
#[derive(Debug, Clone)]
pub struct SelectionSpec {
    /// The programme's name (a new programme in TND per call).
    pub programme: String,
    /// The call's code (`TUN` gives `TUN-2026-0001`).
    pub code: String,
    /// Total budget, a decimal string.
    pub total_budget: String,
    /// Smallest award.
    pub min_award: String,
    /// Largest award.
    pub max_award: String,
    /// Slots.
    pub max_awards: i32,
    /// Reviews each application needs.
    pub min_reviews: i32,
    /// Qualifying total.
    pub min_total_score: Option<String>,
    /// Tie-break criteria positions.
    pub tie_break: Vec<i32>,
    /// Regional quotas.
    pub quotas: Vec<Quota>,
    /// The criteria, in order.
    pub criteria: Vec<CriterionInput>,
    /// The committee, the chair first.
    pub committee: Vec<SeatSpec>,
    /// The applicants, in the order they submit (so the first gets reference 0001).
    pub applicants: Vec<ApplicantSpec>,
    /// A lottery seed to put in place of the one drawn when reviewing starts (see
    /// `TestApp::set_lottery_seed`); `None` keeps the drawn one.
    pub seed: Option<String>,
}

/// A call built from a [`SelectionSpec`]: in `reviewing`, everyone assigned, the chosen reviews submitted.
pub struct SelectionWorld {
    /// The call as it stands.
    pub call: CallView,
    /// The applicants' staff users, in the spec's order.
    pub teams: Vec<User>,
    /// Their applications, in the same order.
    pub applications: Vec<Uuid>,
    /// The committee, in seat order (the chair first).
    pub members: Vec<User>,
}

/// A complete score sheet: `scores` in the order of `criteria`, each with a comment that names the criterion.
pub fn sheet(
    criteria: &[domain::calls::CriterionView],
    scores: &[i64],
    comment: &str,
) -> SheetInput {
    SheetInput {
        scores: criteria
            .iter()
            .zip(scores)
            .map(|(c, score)| ScoreInput {
                criterion_id: c.id,
                score: Some(*score),
                comment: format!("{comment}: {}", c.title),
            })
            .collect(),
        overall_comment: comment.to_owned(),
        recommendation: "fund".to_owned(),
    }
}

/// A criterion without guidance.
pub fn criterion(
    title: &str,
    weight: &str,
    max_score: i32,
    min_score: Option<i32>,
) -> CriterionInput {
    CriterionInput {
        title: title.to_owned(),
        guidance: String::new(),
        weight: weight.to_owned(),
        max_score,
        min_score,
    }
}

impl TestApp {
    /// Applies the automatic assignment of a call in review; returns every (application, member) pair, in the
    /// order the assignments list them (by application reference, then member).
    pub async fn assign_everyone(&self, manager: &User, call_id: Uuid) -> Vec<(Uuid, Uuid)> {
        let actor = Self::actor(manager);
        assigning::apply(&self.db, &actor, call_id, Utc::now())
            .await
            .expect("the automatic assignment applies");
        assigning::list(&self.db, &actor, call_id)
            .await
            .expect("the assignments are listed")
            .into_iter()
            .map(|a| (a.assignment.application_id, a.assignment.user_id))
            .collect()
    }

    /// Submits `reviewer`'s first review of an application with the given scores.
    pub async fn submit_review(
        &self,
        reviewer: &User,
        application_id: Uuid,
        criteria: &[domain::calls::CriterionView],
        scores: &[i64],
        comment: &str,
    ) {
        reviews::service::submit(
            &self.db,
            &Self::actor(reviewer),
            application_id,
            0,
            &sheet(criteria, scores, comment),
            Utc::now(),
        )
        .await
        .expect("the review is submitted");
    }

    /// Replaces a call's lottery seed. A test arrangement: the seed is drawn at random when reviewing starts,
    /// and a fixed one lets a test state the lottery's order as computed by hand. The call's commitment then
    /// follows the new seed, but the one audited at start-review stays that of the drawn seed: a test of the
    /// commitment keeps the drawn one.
    pub async fn set_lottery_seed(&self, call_id: Uuid, seed: &str) {
        let stored = call::Entity::find_by_id(call_id)
            .one(&self.db)
            .await
            .expect("the call is readable")
            .expect("the call exists");
        let mut model = stored.into_active_model();
        model.lottery_seed = Set(Some(seed.to_owned()));
        model.update(&self.db).await.expect("the seed is replaced");
    }

    /// Builds the call `spec` describes, run by `manager`: created and opened (on [`opens_at`]), applied to and
    /// submitted (on [`submitted_at`]), closed, screened, its committee seated, reviewing started (the seed
    /// replaced when the spec fixes one), everyone assigned and the spec's reviews submitted. Scoring is left
    /// open: the lottery stays sealed until a test closes scoring or finalises.
    pub async fn selection_world(&self, manager: &User, spec: &SelectionSpec) -> SelectionWorld {
        self.selection_world_in_mode(manager, spec, &ModeInput::default())
            .await
    }

    /// A [`selection_world`](Self::selection_world) whose call selects as `modes` says (set while it is a
    /// draft, with the mean as its aggregation).
    pub async fn selection_world_in_mode(
        &self,
        manager: &User,
        spec: &SelectionSpec,
        modes: &ModeInput,
    ) -> SelectionWorld {
        let actor = Self::actor(manager);
        let programme = self.programme(manager, &spec.programme, "TN", "TND").await;
        let draft = calls::create(
            &self.db,
            &actor,
            programme.id,
            &CallDetailsInput {
                code: spec.code.clone(),
                title: format!("{}: call for municipalities", spec.programme),
                description: "Municipalities propose open government commitments.".into(),
                opens_at: opens_at(),
                closes_at: Utc::now() + chrono::Duration::days(30),
                time_zone: "Africa/Tunis".into(),
                total_budget: spec.total_budget.clone(),
                min_award: spec.min_award.clone(),
                max_award: spec.max_award.clone(),
                max_awards: spec.max_awards,
                min_reviews: spec.min_reviews,
                min_total_score: spec.min_total_score.clone(),
                tie_break: spec.tie_break.clone(),
                quotas: spec.quotas.clone(),
                reporting_cadence_months: None,
            },
        )
        .await
        .expect("the call is created");
        let call_id = draft.call.id;
        let draft = calls::replace_criteria(
            &self.db,
            &actor,
            call_id,
            draft.call.version,
            &spec.criteria,
        )
        .await
        .expect("the criteria are set");
        let draft = if modes.selection_mode.is_some() || modes.benchmark.is_some() {
            set_settings_and_mode(
                &self.db,
                &actor,
                call_id,
                &SettingsInput {
                    aggregation: "mean".into(),
                    normalise: false,
                    disagreement_threshold: None,
                    version: draft.call.version,
                },
                modes,
            )
            .await
            .expect("the selection mode is set")
        } else {
            draft
        };
        let open = calls::act(
            &self.db,
            &actor,
            call_id,
            draft.call.version,
            CallAction::Open,
        )
        .await
        .expect("the call opens");

        let mut teams = Vec::new();
        let mut application_ids = Vec::new();
        for (i, applicant) in spec.applicants.iter().enumerate() {
            let team = match &applicant.team {
                Some(user) => user.clone(),
                None => {
                    // Names are unique per country: a second world of the same app tells its
                    // municipalities apart by the call's code.
                    let mut name = format!("Municipality of {}", applicant.municipality);
                    if organisations::list(
                        &self.db,
                        &actor,
                        &organisations::OrganisationFilter {
                            search: Some(name.clone()),
                            ..Default::default()
                        },
                        domain::PageRequest::default(),
                    )
                    .await
                    .expect("organisations are listed")
                    .items
                    .iter()
                    .any(|o| o.name.eq_ignore_ascii_case(&name))
                    {
                        name = format!("{name} ({})", spec.code);
                    }
                    accounts::sign_up(
                        &self.db,
                        &SignUpInput {
                            organisation: OrganisationInput {
                                name,
                                kind: "municipality".into(),
                                country: "TN".into(),
                                subdivision: Some(applicant.subdivision.clone()),
                                population: Some(50_000),
                                ..Default::default()
                            },
                            name: format!("Staff of {}", applicant.municipality),
                            email: format!(
                                "staff{}.{}@municipalities.example",
                                i + 1,
                                call_id.simple()
                            ),
                            password: TEST_PASSWORD.to_owned(),
                            language: Default::default(),
                        },
                    )
                    .await
                    .expect("the municipality signs up")
                    .user
                }
            };
            let organisation = team
                .organisation_id
                .expect("an applicant has an organisation");
            organisations::verify(&self.db, &actor, organisation)
                .await
                .expect("the municipality is verified");
            let team_actor = Self::actor(&team);
            let started = applications::start(&self.db, &team_actor, call_id, submitted_at())
                .await
                .expect("a draft starts");
            let content = ContentInput {
                title: format!("Open municipality of {}", applicant.municipality),
                summary: "Participatory budgeting and open council sessions.".into(),
                problem: "Residents cannot follow how the municipal budget is spent.".into(),
                objectives: "Publish the budget monthly and co-decide a share of investments."
                    .into(),
                participation_plan: "District assemblies, an online vote and a youth council."
                    .into(),
                answers: Vec::new(),
                // A request of zero is an application without a budget (a call without money).
                budget_lines: if applicant.requested == "0" {
                    Vec::new()
                } else {
                    vec![BudgetLineInput {
                        category: "Participation".into(),
                        description: "Assemblies, platform and facilitation".into(),
                        amount: applicant.requested.clone(),
                    }]
                },
                co_funding: String::new(),
                replicates_project_id: applicant.replicates,
            };
            applications::update(
                &self.db,
                &team_actor,
                started.application.id,
                started.application.version,
                &content,
                submitted_at(),
            )
            .await
            .expect("the draft is saved");
            let submitted = applications::submit(
                &self.db,
                &team_actor,
                started.application.id,
                submitted_at(),
            )
            .await
            .expect("the application is submitted");
            application_ids.push(submitted.application.id);
            teams.push(team);
        }

        let closed = calls::act(
            &self.db,
            &actor,
            call_id,
            open.call.version,
            CallAction::Close,
        )
        .await
        .expect("the call closes");
        for (id, applicant) in application_ids.iter().zip(&spec.applicants) {
            let view = applications::get(&self.db, &actor, *id)
                .await
                .expect("the application is readable");
            applications::screen(
                &self.db,
                &actor,
                *id,
                &applications::ScreeningInput {
                    eligible: applicant.eligible,
                    reason: if applicant.eligible {
                        String::new()
                    } else {
                        "The action plan was not adopted by the municipal council.".into()
                    },
                    version: view.application.version,
                },
                Utc::now(),
            )
            .await
            .expect("the application is screened");
        }

        let mut members = Vec::new();
        for (i, seat) in spec.committee.iter().enumerate() {
            let user = match &seat.user {
                Some(user) => user.clone(),
                None => accounts::users::create_from_command_line(
                    &self.db,
                    &NewUserInput {
                        email: format!("member{i}.{}@committee.example", call_id.simple()),
                        name: seat.name.clone(),
                        password: TEST_PASSWORD.to_owned(),
                        roles: vec![Role::Reviewer.as_str().to_owned()],
                        organisation_id: None,
                    },
                )
                .await
                .expect("the member is created"),
            };
            committee::add_member(
                &self.db,
                &actor,
                call_id,
                &MemberInput {
                    user_id: user.id,
                    sector: seat.sector.clone(),
                    role: if i == 0 { "chair" } else { "member" }.into(),
                },
                Utc::now(),
            )
            .await
            .expect("the member is seated");
            members.push(user);
        }
        let reviewing = calls::act(
            &self.db,
            &actor,
            call_id,
            closed.call.version,
            CallAction::StartReview,
        )
        .await
        .expect("reviewing starts");
        if let Some(seed) = &spec.seed {
            self.set_lottery_seed(call_id, seed).await;
        }

        let assignments = self.assign_everyone(manager, call_id).await;
        for (id, applicant) in application_ids.iter().zip(&spec.applicants) {
            let reviewers: Vec<Uuid> = assignments
                .iter()
                .filter(|(application, _)| application == id)
                .map(|(_, user)| *user)
                .collect();
            assert!(
                applicant.reviews.len() <= reviewers.len(),
                "{} has {} reviewers for {} reviews",
                applicant.municipality,
                reviewers.len(),
                applicant.reviews.len()
            );
            for (k, (reviewer, scores)) in reviewers.iter().zip(&applicant.reviews).enumerate() {
                let member = members
                    .iter()
                    .find(|m| m.id == *reviewer)
                    .expect("an assigned reviewer is a member");
                let comment = format!("Reviewer {} on {}", k + 1, applicant.municipality);
                self.submit_review(member, *id, &reviewing.criteria, scores, &comment)
                    .await;
            }
        }
        SelectionWorld {
            call: calls::get(&self.db, Some(&actor), call_id)
                .await
                .expect("the call is readable"),
            teams,
            applications: application_ids,
            members,
        }
    }
}
