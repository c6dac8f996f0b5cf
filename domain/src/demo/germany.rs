//! Germany, Regional Open Government Labs: a call in review. Six labs applied, each a consortium of
//! municipalities (or a county) with a civil-society organisation; the committee (two civil-society and two
//! government members) is half-way through scoring; one member declared a conflict of interest that waits
//! for the chair; and one application is flagged, its two reviews being far apart.

use chrono::Duration;

use super::{Loader, at, login, sheet};
use crate::applications::content::{BudgetLineInput, ContentInput};
use crate::applications::service as applications;
use crate::calls::criteria::CriterionInput;
use crate::calls::details::CallDetailsInput;
use crate::calls::eligibility::KindMinimum;
use crate::calls::service as calls;
use crate::calls::{CallAction, EligibilityRule};
use crate::committee::{self, assigning, conflicts};
use crate::organisations::{OrganisationInput, OrganisationKind};
use crate::programmes::{self, ProgrammeInput};
use crate::selection::decisions;
use crate::{Result, Role};

/// The criteria: title, guidance, weight; scored 0 to 5.
const CRITERIA: [(&str, &str, &str); 4] = [
    (
        "Zusammenarbeit im Labor",
        "Arbeiten die Kommunen und die Zivilgesellschaft tatsächlich gemeinsam?",
        "2",
    ),
    (
        "Beteiligung der Bürgerinnen und Bürger",
        "Wie werden die Menschen vor Ort beteiligt, und wer wird erreicht?",
        "2",
    ),
    (
        "Übertragbarkeit",
        "Können andere Kommunen die Ergebnisse übernehmen?",
        "1",
    ),
    (
        "Machbarkeit und Budget",
        "Sind Zeitplan und Kosten realistisch?",
        "1",
    ),
];

/// A lab: the lead (name, kind, Land, population), its partner municipality, its civil-society partner, the
/// title and the request (EUR).
struct Lab {
    lead: &'static str,
    kind: &'static str,
    land: &'static str,
    population: i64,
    partner: &'static str,
    /// A second partner municipality, for a county's lab (the county itself is no municipality).
    second_partner: Option<&'static str>,
    association: &'static str,
    title: &'static str,
    requested: i64,
    /// The scores a civil-society and a government reviewer give it.
    scores: (&'static str, &'static str),
}

const LABS: [Lab; 6] = [
    Lab {
        lead: "Stadt Freiburg im Breisgau",
        kind: "municipality",
        land: "DE-BW",
        population: 236_140,
        partner: "Gemeinde Merzhausen",
        second_partner: None,
        association: "Bürgernetz Südbaden e. V.",
        title: "Offene Daten für den Breisgau",
        requested: 180_000,
        scores: ("5444", "4544"),
    },
    Lab {
        lead: "Stadt Leipzig",
        kind: "municipality",
        land: "DE-SN",
        population: 616_093,
        partner: "Stadt Markkleeberg",
        second_partner: None,
        association: "Open Knowledge Leipzig e. V.",
        title: "Beteiligungslabor Leipziger Land",
        requested: 220_000,
        scores: ("4545", "5444"),
    },
    Lab {
        lead: "Landkreis Marburg-Biedenkopf",
        kind: "county",
        land: "DE-HE",
        population: 246_648,
        partner: "Universitätsstadt Marburg",
        second_partner: Some("Stadt Biedenkopf"),
        association: "Mehr Demokratie Hessen e. V.",
        title: "Bürgerhaushalt im ländlichen Raum",
        requested: 150_000,
        scores: ("3433", "4333"),
    },
    Lab {
        lead: "Stadt Wuppertal",
        kind: "municipality",
        land: "DE-NW",
        population: 358_876,
        partner: "Klingenstadt Solingen",
        second_partner: None,
        association: "Netzwerk Bergische Zivilgesellschaft e. V.",
        title: "Bergisches Transparenzlabor",
        requested: 200_000,
        scores: ("4444", "3444"),
    },
    Lab {
        lead: "Stadt Flensburg",
        kind: "municipality",
        land: "DE-SH",
        population: 92_550,
        partner: "Gemeinde Harrislee",
        second_partner: None,
        association: "Grenzfriedensbund e. V.",
        title: "Grenzregion offen gestalten",
        requested: 120_000,
        scores: ("3343", "3334"),
    },
    Lab {
        lead: "Stadt Regensburg",
        kind: "municipality",
        land: "DE-BY",
        population: 153_542,
        partner: "Markt Lappersdorf",
        second_partner: None,
        association: "Code for Regensburg e. V.",
        title: "Smart-Region-Labor Oberpfalz",
        requested: 190_000,
        scores: ("4554", "4455"),
    },
];

/// The committee: the chair and a member from civil society, the demo reviewer and a member from government.
const OTHER_CIVIL_SOCIETY: (&str, &str) = ("Miriam Özdemir", "miriam.oezdemir@de.demo.example");
const OTHER_GOVERNMENT: (&str, &str) = ("Thomas Krüger", "thomas.krueger@de.demo.example");

fn content(lab: &Lab) -> ContentInput {
    let staff = lab.requested * 11 / 20;
    ContentInput {
        title: lab.title.to_owned(),
        summary: format!(
            "{}, {} und {} gründen ein regionales Open-Government-Labor.",
            lab.lead, lab.partner, lab.association
        ),
        problem: "Die Kommunen der Region veröffentlichen ihre Daten und Entscheidungen je für sich und erreichen viele Bürgerinnen und Bürger nicht.".into(),
        objectives: "Ein gemeinsames Labor, offene Daten nach gemeinsamen Standards und drei Beteiligungsformate, die alle Partnerkommunen übernehmen.".into(),
        participation_plan: "Zufällig ausgewählte Bürgerräte, offene Laborabende und eine Online-Beteiligung, begleitet von der Zivilgesellschaft.".into(),
        answers: Vec::new(),
        budget_lines: vec![
            BudgetLineInput {
                category: "Personal".into(),
                description: "Laborkoordination und Moderation".into(),
                amount: staff.to_string(),
            },
            BudgetLineInput {
                category: "Sachkosten".into(),
                description: "Veranstaltungen, Plattform und Übersetzungen".into(),
                amount: (lab.requested - staff).to_string(),
            },
        ],
        co_funding: (lab.requested / 10).to_string(),
        replicates_project_id: None,
    }
}

/// Loads the German programme.
pub(super) async fn load(l: &Loader<'_>) -> Result<()> {
    let db = l.db;
    let manager = &l.manager;
    let agency = l
        .agency("Bundesministerium des Innern und für Heimat", "DE")
        .await?;
    let programme = programmes::create(
        db,
        manager,
        &ProgrammeInput {
            name: "Regionale Open-Government-Labore".into(),
            description: "Der Bund fördert Labore, in denen Kommunen gemeinsam mit der Zivilgesellschaft offenes Regierungshandeln erproben und voneinander lernen.".into(),
            agency_id: agency.id,
            currency: "EUR".into(),
            reporting_cadence_months: 6,
            content_languages: vec!["de".into()],
        },
    )
    .await
    .map_err(at("the German programme"))?;

    let opens_at = l.days_ago(100);
    let deadline = l.days_ago(40);
    let call = calls::create(
        db,
        manager,
        programme.id,
        &CallDetailsInput {
            code: "LAB".into(),
            title: "Regionale Open-Government-Labore 2026".into(),
            description: "Gefördert werden Labore, die Kommunen einer Region gemeinsam mit zivilgesellschaftlichen Organisationen einreichen.\n\nJedes Labor besteht aus mindestens zwei Kommunen und einer zivilgesellschaftlichen Organisation.".into(),
            opens_at,
            // Opening needs the deadline ahead; the real one is recorded once the call is closed.
            closes_at: l.days_ahead(1),
            time_zone: "Europe/Berlin".into(),
            total_budget: "1000000".into(),
            min_award: "50000".into(),
            max_award: "250000".into(),
            max_awards: 5,
            min_reviews: 2,
            min_total_score: Some("50".into()),
            tie_break: vec![1],
            quotas: Vec::new(),
            reporting_cadence_months: None,
        },
    )
    .await
    .map_err(at("the German call"))?;
    let call = calls::replace_criteria(
        db,
        manager,
        call.call.id,
        call.call.version,
        &CRITERIA
            .iter()
            .map(|(title, guidance, weight)| CriterionInput {
                title: (*title).to_owned(),
                guidance: (*guidance).to_owned(),
                weight: (*weight).to_owned(),
                max_score: 5,
                min_score: None,
            })
            .collect::<Vec<_>>(),
    )
    .await
    .map_err(at("the German criteria"))?;
    let call = calls::replace_eligibility(
        db,
        manager,
        call.call.id,
        call.call.version,
        &[
            EligibilityRule::ApplicantKinds {
                kinds: vec![OrganisationKind::Municipality, OrganisationKind::County],
            },
            EligibilityRule::Location {
                countries: vec!["DE".into()],
                subdivisions: Vec::new(),
            },
            EligibilityRule::Consortium {
                minimums: vec![
                    KindMinimum {
                        kind: OrganisationKind::Municipality,
                        minimum: 2,
                    },
                    KindMinimum {
                        kind: OrganisationKind::CivilSociety,
                        minimum: 1,
                    },
                ],
            },
        ],
    )
    .await
    .map_err(at("the German eligibility rules"))?;
    let call = decisions::set_settings(
        db,
        manager,
        call.call.id,
        &decisions::SettingsInput {
            aggregation: "mean".into(),
            normalise: false,
            disagreement_threshold: Some("25".into()),
            version: call.call.version,
        },
    )
    .await
    .map_err(at("the German aggregation settings"))?;
    let call = l.act(&call, CallAction::Open).await?;
    let call_id = call.call.id;

    let mut applications_ids = Vec::new();
    for (i, lab) in LABS.iter().enumerate() {
        let email = format!(
            "{}@de.demo.example",
            lab.lead
                .rsplit(' ')
                .next()
                .unwrap_or("lab")
                .to_lowercase()
                .replace('-', "")
        );
        let (_, team) = l
            .local_government(
                OrganisationInput {
                    name: lab.lead.to_owned(),
                    kind: lab.kind.to_owned(),
                    country: "DE".into(),
                    subdivision: Some(lab.land.to_owned()),
                    population: Some(lab.population),
                    ..Default::default()
                },
                &format!("Open-Government-Team, {}", lab.lead),
                &email,
                "de",
            )
            .await?;
        let written = opens_at + Duration::days(15 + 3 * i as i64);
        let id = l.draft(&team, call_id, &content(lab), written).await?;
        let partners = [
            Some((lab.partner, "municipality", "Partnerkommune im Labor")),
            lab.second_partner
                .map(|name| (name, "municipality", "Partnerkommune im Labor")),
            Some((
                lab.association,
                "civil_society",
                "Moderation der Beteiligung",
            )),
        ];
        for (name, kind, role) in partners.into_iter().flatten() {
            applications::register_partner(
                db,
                &team,
                id,
                &OrganisationInput {
                    name: name.to_owned(),
                    kind: kind.to_owned(),
                    country: "DE".into(),
                    subdivision: Some(lab.land.to_owned()),
                    ..Default::default()
                },
                role,
                written,
            )
            .await
            .map_err(at(format!("a partner of {}", lab.lead)))?;
        }
        l.submit(&team, id, written + Duration::days(10)).await?;
        applications_ids.push(id);
    }

    let call = l.close_at(&call, deadline).await?;
    for id in &applications_ids {
        l.screen(*id, true, "", deadline + Duration::days(5))
            .await?;
    }

    let chair_login = login("chair@demo.example");
    let reviewer_login = login("reviewer@demo.example");
    let chair = l
        .person(chair_login.email, chair_login.name, &[Role::Reviewer], None)
        .await?;
    let colleague = l
        .person(
            OTHER_CIVIL_SOCIETY.1,
            OTHER_CIVIL_SOCIETY.0,
            &[Role::Reviewer],
            None,
        )
        .await?;
    let reviewer = l
        .person(
            reviewer_login.email,
            reviewer_login.name,
            &[Role::Reviewer],
            None,
        )
        .await?;
    let official = l
        .person(
            OTHER_GOVERNMENT.1,
            OTHER_GOVERNMENT.0,
            &[Role::Reviewer],
            None,
        )
        .await?;
    l.seat(call_id, &chair, "civil_society", "chair").await?;
    l.seat(call_id, &colleague, "civil_society", "member")
        .await?;
    l.seat(call_id, &reviewer, "government", "member").await?;
    l.seat(call_id, &official, "government", "member").await?;
    let seated = committee::get(db, Some(manager), call_id).await?;
    committee::set_review_deadline(
        db,
        manager,
        call_id,
        seated.version,
        Some(l.days_ahead(14)),
        l.now,
    )
    .await
    .map_err(at("the German review deadline"))?;
    let call = l.act(&call, CallAction::StartReview).await?;
    assigning::apply(db, manager, call_id, l.now)
        .await
        .map_err(at("assigning the German committee"))?;
    let assignments = assigning::list(db, manager, call_id).await?;
    let of = |user: uuid::Uuid| -> Vec<uuid::Uuid> {
        assignments
            .iter()
            .filter(|a| a.assignment.user_id == user)
            .map(|a| a.assignment.application_id)
            .collect()
    };
    let lab_of = |application: uuid::Uuid| {
        applications_ids
            .iter()
            .position(|id| *id == application)
            .map_or(&LABS[0], |i| &LABS[i])
    };
    let scoring_day = l.days_ago(10);

    // The other government member declares a personal conflict on their first application; the chair has
    // yet to confirm or waive it.
    if let Some(first) = of(official.id).first() {
        conflicts::declare(
            db,
            &super::actor(&official),
            *first,
            &conflicts::DeclarationInput {
                kind: "personal".into(),
                note: "Mein Bruder leitet das Bürgerbüro der federführenden Kommune.".into(),
            },
            scoring_day,
        )
        .await
        .map_err(at("declaring a conflict"))?;
    }

    // The demo reviewer scored their first application low, far from its civil-society reviewer: it is
    // flagged for discussion. Their second is a draft, their third untouched.
    let mine = of(reviewer.id);
    let flagged = mine.first().copied();
    if let Some(first) = flagged {
        crate::reviews::service::submit(
            db,
            &super::actor(&reviewer),
            first,
            0,
            &sheet(
                &call.criteria,
                "1212",
                &["Die Zusammenarbeit ist nur angekündigt, nicht belegt."],
                "Das Labor besteht bisher vor allem auf dem Papier.",
                "do_not_fund",
            ),
            scoring_day,
        )
        .await
        .map_err(at("the reviewer's first review"))?;
    }
    if let Some(second) = mine.get(1) {
        let mut draft = sheet(
            &call.criteria,
            &lab_of(*second).scores.1[..2],
            &["Überzeugender Ansatz."],
            "",
            "fund",
        );
        draft.recommendation = String::new();
        crate::reviews::service::save(
            db,
            &super::actor(&reviewer),
            *second,
            0,
            &draft,
            scoring_day,
        )
        .await
        .map_err(at("the reviewer's draft"))?;
    }

    // The chair scored everything assigned; the other civil-society member all but one.
    let chairs = of(chair.id);
    let colleagues = of(colleague.id);
    let skipped = colleagues
        .iter()
        .rev()
        .find(|a| Some(**a) != flagged)
        .copied();
    for (member, assigned) in [(&chair, chairs), (&colleague, colleagues)] {
        for application in assigned {
            if Some(application) == skipped && member.id == colleague.id {
                continue;
            }
            crate::reviews::service::submit(
                db,
                &super::actor(member),
                application,
                0,
                &sheet(
                    &call.criteria,
                    lab_of(application).scores.0,
                    &[
                        "Gut belegt durch die Absichtserklärungen der Partner.",
                        "Im Antrag nachvollziehbar beschrieben.",
                    ],
                    "Ein überzeugendes Labor mit klarer Rollenverteilung.",
                    "fund",
                ),
                scoring_day,
            )
            .await
            .map_err(at(format!("a review by {}", member.email)))?;
        }
    }
    Ok(())
}
