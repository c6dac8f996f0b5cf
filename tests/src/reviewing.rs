//! Arrangements for committee and review tests: a seated committee, and a whole Tunisian call in review
//! (municipalities that applied, screened eligible, a committee of civil-society and government members),
//! built through the domain services so that each test starts in a second.

use domain::accounts::User;
use domain::applications::content::{BudgetLineInput, ContentInput};
use domain::applications::service as applications;
use domain::calls::CallAction;
use domain::calls::criteria::CriterionInput;
use domain::calls::service::{self as calls, CallView};
use domain::committee::{self, MemberInput};
use domain::organisations::Organisation;
use domain::{Role, organisations};
use uuid::Uuid;

use crate::TestApp;

/// A call under review.
pub struct ReviewingWorld {
    /// The programme manager who runs it.
    pub manager: User,
    /// Their API token.
    pub manager_token: String,
    /// The call, in `reviewing`, with three criteria (max 5, 10 and 5).
    pub call: CallView,
    /// The applying municipalities and their staff user, in the order their applications were submitted.
    pub applicants: Vec<(Organisation, User)>,
    /// Each application's civil-society partner (registered with it), in the same order.
    pub partners: Vec<Uuid>,
    /// Their applications, all screened eligible (references TUN-<year>-0001, -0002, ...), each with a
    /// `workplan.pdf` attached.
    pub applications: Vec<Uuid>,
    /// The committee: civil-society members first (the first is the chair), then government members.
    pub members: Vec<User>,
}

/// How to build a [`ReviewingWorld`].
#[derive(Debug, Clone, Copy)]
pub struct WorldSpec {
    /// Municipalities that apply.
    pub applications: usize,
    /// Civil-society members.
    pub civil_society: usize,
    /// Government members.
    pub government: usize,
    /// How many of the government members are staff of the first applicants (member `j` of them works for
    /// applicant `j`), and so conflicted on its application.
    pub municipal_members: usize,
    /// How many of the civil-society members after the chair work for the first applications' partners
    /// (civil-society member `j + 1` works for the partner of application `j`), and so are conflicted on it.
    pub partner_members: usize,
}

impl TestApp {
    /// Seats `civil_society` + `government` reviewers (members) on a call's committee, the first as chair;
    /// returns the reviewers in that order. `organisations` gives the members' organisations, in seat order,
    /// where they have one (`None` for none).
    pub async fn seat_committee(
        &self,
        manager: &User,
        call_id: Uuid,
        civil_society: usize,
        government: usize,
        organisations: &[Option<Uuid>],
    ) -> Vec<User> {
        let actor = Self::actor(manager);
        let mut seated = Vec::new();
        let sectors = std::iter::repeat_n("civil_society", civil_society)
            .chain(std::iter::repeat_n("government", government));
        for (i, sector) in sectors.enumerate() {
            let organisation = organisations.get(i).copied().flatten();
            let reviewer = self
                .create_user(
                    &format!("{sector}.{i}.{}@committee.example", call_id.simple()),
                    &[Role::Reviewer],
                    organisation,
                )
                .await;
            committee::add_member(
                &self.db,
                &actor,
                call_id,
                &MemberInput {
                    user_id: reviewer.id,
                    sector: sector.into(),
                    role: if i == 0 { "chair" } else { "member" }.into(),
                },
                chrono::Utc::now(),
            )
            .await
            .expect("the member is seated");
            seated.push(reviewer);
        }
        seated
    }

    /// A Tunisian call in review as `spec` says: the municipalities applied and were screened eligible,
    /// the committee is seated and reviewing has started. Nobody is assigned yet.
    pub async fn reviewing_world(&self, spec: WorldSpec) -> ReviewingWorld {
        let (manager, manager_token) = self
            .user_with_token("manager@reviewing.example", &[Role::Manager])
            .await;
        let actor = Self::actor(&manager);
        let now = chrono::Utc::now();
        let programme = self
            .programme(&manager, "OGP Local Tunisia", "TN", "TND")
            .await;
        let draft = self.draft_call(&manager, &programme, "TUN").await;
        let criterion = |title: &str, weight: &str, max_score: i32| CriterionInput {
            title: title.into(),
            guidance: format!("How convincing is the {}?", title.to_lowercase()),
            weight: weight.into(),
            max_score,
            min_score: None,
        };
        let draft = calls::replace_criteria(
            &self.db,
            &actor,
            draft.call.id,
            draft.call.version,
            &[
                criterion("Citizen participation", "2", 5),
                criterion("Transparency", "1", 10),
                criterion("Feasibility", "1", 5),
            ],
        )
        .await
        .expect("the criteria are set");
        let open = calls::act(
            &self.db,
            &actor,
            draft.call.id,
            draft.call.version,
            CallAction::Open,
        )
        .await
        .expect("the call opens");
        let call_id = open.call.id;

        let mut applicants = Vec::new();
        let mut applications_ids = Vec::new();
        let mut partners = Vec::new();
        for i in 0..spec.applications {
            let (organisation, user) = self
                .sign_up_municipality(
                    &format!("Municipality {}", i + 1),
                    &format!("staff{}@municipality{}.example", i + 1, i + 1),
                )
                .await;
            organisations::verify(&self.db, &actor, organisation.id)
                .await
                .expect("the municipality is verified");
            let team = Self::actor(&user);
            let started = applications::start(&self.db, &team, call_id, now)
                .await
                .expect("a draft starts");
            let content = ContentInput {
                title: format!("Open budget in municipality {}", i + 1),
                summary: "Open budget sessions in every district.".into(),
                problem: "Residents do not know how the budget is spent.".into(),
                objectives: "Publish the budget and co-decide 10% of investments.".into(),
                participation_plan: "Six district assemblies and an online vote.".into(),
                answers: Vec::new(),
                budget_lines: vec![BudgetLineInput {
                    category: "Events".into(),
                    description: "District assemblies".into(),
                    amount: "5000".into(),
                }],
                co_funding: String::new(),
                replicates_project_id: None,
            };
            applications::update(
                &self.db,
                &team,
                started.application.id,
                started.application.version,
                &content,
                now,
            )
            .await
            .expect("the draft is saved");
            let partnered = applications::register_partner(
                &self.db,
                &team,
                started.application.id,
                &domain::organisations::OrganisationInput {
                    name: format!("Citizens' forum of municipality {}", i + 1),
                    kind: "civil_society".into(),
                    country: "TN".into(),
                    ..Default::default()
                },
                "Runs the district assemblies",
                now,
            )
            .await
            .expect("the partner is registered");
            partners.push(partnered.partners[0].organisation.id);
            applications::add_attachment(
                &self.db,
                &self.files,
                &team,
                started.application.id,
                None,
                "workplan.pdf",
                &domain::files::StagedFile::from_bytes(
                    format!("%PDF-1.7\nWork plan of municipality {}\n%%EOF\n", i + 1).as_bytes(),
                )
                .await
                .expect("the file is staged"),
                now,
            )
            .await
            .expect("the work plan is attached");
            let submitted = applications::submit(&self.db, &team, started.application.id, now)
                .await
                .expect("the application is submitted");
            applications_ids.push(submitted.application.id);
            applicants.push((organisation, user));
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
        for id in &applications_ids {
            let view = applications::get(&self.db, &actor, *id).await.unwrap();
            applications::screen(
                &self.db,
                &actor,
                *id,
                &applications::ScreeningInput {
                    eligible: true,
                    reason: String::new(),
                    version: view.application.version,
                },
                now,
            )
            .await
            .expect("the application is screened eligible");
        }
        // Seat order: the chair, civil-society members (the first ones from partners), government members
        // (the first ones from applicants).
        let organisations: Vec<Option<Uuid>> = std::iter::once(None)
            .chain((1..spec.civil_society).map(|j| {
                partners
                    .get(j - 1)
                    .copied()
                    .filter(|_| j <= spec.partner_members)
            }))
            .chain((0..spec.government).map(|j| {
                applicants
                    .get(j)
                    .map(|(o, _)| o.id)
                    .filter(|_| j < spec.municipal_members)
            }))
            .collect();
        let members = self
            .seat_committee(
                &manager,
                call_id,
                spec.civil_society,
                spec.government,
                &organisations,
            )
            .await;
        let call = calls::act(
            &self.db,
            &actor,
            call_id,
            closed.call.version,
            CallAction::StartReview,
        )
        .await
        .expect("reviewing starts");
        ReviewingWorld {
            manager,
            manager_token,
            call,
            applicants,
            partners,
            applications: applications_ids,
            members,
        }
    }
}
