//! Germany, Regional Open Government Labs, over two cycles.
//!
//! - **2024, decided.** Four labs applied and three were funded. Their teams met in a peer-learning workshop,
//!   whose outcome is public. Two labs finished with an accepted final report, so their lessons are public;
//!   the third's final report is overdue.
//! - **2026, in review.** This call is the next cycle, cloned from 2024. Six labs applied, each a consortium of
//!   municipalities (or a county) with a civil-society organisation; one of them copies a 2024 lab. The
//!   committee (two civil-society and two government members) is half-way through scoring; one member
//!   declared a conflict of interest that waits for the chair; and one application is flagged, its two
//!   reviews being far apart.

use chrono::Duration;

use super::{Loader, at, details_of, login, sheet};
use crate::applications::content::{BudgetLineInput, ContentInput};
use crate::applications::service as applications;
use crate::calls::criteria::CriterionInput;
use crate::calls::details::CallDetailsInput;
use crate::calls::eligibility::KindMinimum;
use crate::calls::service::{self as calls, IndicatorInput};
use crate::calls::{CallAction, EligibilityRule};
use crate::committee::{self, assigning, conflicts};
use crate::exchanges::service as exchanges;
use crate::organisations::{OrganisationInput, OrganisationKind};
use crate::programmes::{self, ProgrammeInput};
use crate::projects::schedule::{TemplateLine, add_months};
use crate::projects::{service as projects, work};
use crate::selection::decisions;
use crate::{Actor, Result, Role};

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

/// A lab's lessons: what worked, what did not, what another local government needs to copy it.
type LabLessons = (&'static str, &'static str, &'static str);

/// The 2024 cycle's applicants (indexes into [`LABS`]), the title of each lab's first project, and the
/// lessons of those whose final report is accepted.
const EARLIER: [(usize, &str, Option<LabLessons>); 4] = [
    (
        5,
        "Oberpfalz beteiligt",
        Some((
            "Bürgerräte mit zufällig ausgewählten Mitgliedern: sie erreichten Menschen, die nie zu einer Bürgerversammlung kommen.",
            "Die Online-Beteiligung allein: ohne Laborabende vor Ort blieb sie bei den üblichen Stimmen.",
            "Eine Koordinationsstelle für zwei Jahre, eine Einwohnermeldeamt-Stichprobe für die Losauswahl und einen Ratsbeschluss, der die Empfehlungen beantwortet.",
        )),
    ),
    (
        0,
        "Offener Haushalt Breisgau",
        Some((
            "Ein gemeinsamer Datenstandard für alle Partnerkommunen: der Haushalt jeder Kommune ist seither vergleichbar.",
            "Die Veröffentlichung als PDF: erst die maschinenlesbaren Tabellen wurden genutzt.",
            "Eine Person in der Kämmerei, die die Daten pflegt, und eine Vereinbarung über den Standard zwischen den Kommunen.",
        )),
    ),
    (1, "Leipzig fragt nach", None),
    (3, "Bergische Ratsinformation offen", None),
];

/// A lab's application, titled `title` (its first project's in 2024, its lab's in 2026), copying `replicates`.
fn content(lab: &Lab, title: &str, replicates: Option<uuid::Uuid>) -> ContentInput {
    let staff = lab.requested * 11 / 20;
    ContentInput {
        title: title.to_owned(),
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
        replicates_project_id: replicates,
    }
}

/// Adds a lab's partners to its application: the partner municipalities and the civil-society organisation
/// that the consortium rule asks for. The first application registers them; a later one points to them.
async fn register_partners(
    l: &Loader<'_>,
    team: &Actor,
    id: uuid::Uuid,
    lab: &Lab,
    at_time: chrono::DateTime<chrono::Utc>,
) -> Result<()> {
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
        if let Some(known) = crate::organisations::find_by_name(l.db, name, "DE").await? {
            applications::add_partner(l.db, team, id, known.id, role, at_time)
                .await
                .map_err(at(format!("a partner of {}", lab.lead)))?;
            continue;
        }
        applications::register_partner(
            l.db,
            team,
            id,
            &OrganisationInput {
                name: name.to_owned(),
                kind: kind.to_owned(),
                country: "DE".into(),
                subdivision: Some(lab.land.to_owned()),
                ..Default::default()
            },
            role,
            at_time,
        )
        .await
        .map_err(at(format!("a partner of {}", lab.lead)))?;
    }
    Ok(())
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

    // Every lab's lead government signs up once; its team applies in both cycles.
    let mut teams = Vec::new();
    for lab in &LABS {
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
        teams.push(team);
    }

    let (earlier_id, funded) =
        earlier_cycle(l, programme.id, &teams, &colleague, &official).await?;

    // The 2026 call is the next cycle: the same criteria, rules and template, a larger budget.
    let opens_at = l.days_ago(100);
    let deadline = l.days_ago(40);
    // Opening needs the deadline ahead; the real one is recorded once the call is closed.
    let call = calls::clone_call(db, manager, earlier_id, opens_at, l.days_ahead(1))
        .await
        .map_err(at("cloning the German call"))?;
    let mut details = details_of(&call);
    details.title = "Regionale Open-Government-Labore 2026".into();
    details.total_budget = "1000000".into();
    details.max_awards = 5;
    let call = calls::update_details(db, manager, call.call.id, call.call.version, &details)
        .await
        .map_err(at("the German call of 2026"))?;
    let call = l.act(&call, CallAction::Open).await?;
    let call_id = call.call.id;

    let mut applications_ids = Vec::new();
    for (i, lab) in LABS.iter().enumerate() {
        let team = &teams[i];
        let written = opens_at + Duration::days(15 + 3 * i as i64);
        // Flensburg copies what Freiburg's first lab did with its budget data.
        let replicates = (i == 4).then(|| funded[1]);
        let id = l
            .draft(team, call_id, &content(lab, lab.title, replicates), written)
            .await?;
        register_partners(l, team, id, lab, written).await?;
        l.submit(team, id, written + Duration::days(10)).await?;
        applications_ids.push(id);
    }

    let call = l.close_at(&call, deadline).await?;
    for id in &applications_ids {
        l.screen(*id, true, "", deadline + Duration::days(5))
            .await?;
    }

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
        l.review(
            &reviewer,
            first,
            &sheet(
                &call.criteria,
                "1212",
                &["Die Zusammenarbeit ist nur angekündigt, nicht belegt."],
                "Das Labor besteht bisher vor allem auf dem Papier.",
                "do_not_fund",
            ),
            scoring_day,
        )
        .await?;
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
            l.review(
                member,
                application,
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
            .await?;
        }
    }
    Ok(())
}

/// The 2024 cycle, decided: four labs applied, three were funded. It returns the call and the funded
/// projects, in ranking order of [`EARLIER`].
async fn earlier_cycle(
    l: &Loader<'_>,
    programme_id: uuid::Uuid,
    teams: &[Actor],
    chair: &crate::accounts::User,
    official: &crate::accounts::User,
) -> Result<(uuid::Uuid, Vec<uuid::Uuid>)> {
    let db = l.db;
    let manager = &l.manager;
    let opens_at = l.days_ago(760);
    let deadline = l.days_ago(720);
    let call = calls::create(
        db,
        manager,
        programme_id,
        &CallDetailsInput {
            code: "LAB".into(),
            title: "Regionale Open-Government-Labore 2024".into(),
            description: "Gefördert werden Labore, die Kommunen einer Region gemeinsam mit zivilgesellschaftlichen Organisationen einreichen.\n\nJedes Labor besteht aus mindestens zwei Kommunen und einer zivilgesellschaftlichen Organisation.".into(),
            opens_at,
            // Opening needs the deadline ahead; the real one is recorded once the call is closed.
            closes_at: l.days_ahead(1),
            time_zone: "Europe/Berlin".into(),
            total_budget: "600000".into(),
            min_award: "50000".into(),
            max_award: "250000".into(),
            max_awards: 3,
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
    let call = calls::replace_indicators(
        db,
        manager,
        call.call.id,
        call.call.version,
        &[IndicatorInput {
            name: "Teilnehmende an Laborformaten".into(),
            unit: "Personen".into(),
        }],
    )
    .await
    .map_err(at("the German indicators"))?;
    let call = projects::set_template(
        db,
        manager,
        call.call.id,
        call.call.version,
        &[
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
                milestone: Some("Labor eröffnet, Kooperationsvereinbarung unterzeichnet".into()),
                months: Some(3),
                report: None,
            },
            TemplateLine {
                percent: "30".into(),
                condition: "final_report".into(),
                milestone: None,
                months: None,
                report: None,
            },
        ],
    )
    .await
    .map_err(at("the German tranche template"))?;
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

    let mut applied = Vec::new();
    for (k, (i, title, _)) in EARLIER.iter().enumerate() {
        let written = opens_at + Duration::days(10 + 3 * k as i64);
        let id = l
            .draft(
                &teams[*i],
                call_id,
                &content(&LABS[*i], title, None),
                written,
            )
            .await?;
        register_partners(l, &teams[*i], id, &LABS[*i], written).await?;
        l.submit(&teams[*i], id, written + Duration::days(8))
            .await?;
        applied.push(id);
    }
    let call = l.close_at(&call, deadline).await?;
    for id in &applied {
        l.screen(*id, true, "", deadline + Duration::days(5))
            .await?;
    }
    l.seat(call_id, chair, "civil_society", "chair").await?;
    l.seat(call_id, official, "government", "member").await?;
    let call = l.act(&call, CallAction::StartReview).await?;
    assigning::apply(db, manager, call_id, l.now)
        .await
        .map_err(at("assigning the German committee of 2024"))?;
    for ((i, _, _), id) in EARLIER.iter().zip(&applied) {
        let (civil_society, government) = LABS[*i].scores;
        for (member, digits) in [(chair, civil_society), (official, government)] {
            l.review(
                member,
                *id,
                &sheet(
                    &call.criteria,
                    digits,
                    &["Im Antrag nachvollziehbar beschrieben."],
                    "Ein Labor mit klarer Rollenverteilung.",
                    "fund",
                ),
                deadline + Duration::days(25),
            )
            .await?;
        }
    }
    l.decide(&call).await?;

    // Three labs funded for eighteen months, ended some weeks ago.
    let start = l.today() - Duration::days(600);
    let end = add_months(start, 18);
    let mut funded = Vec::new();
    for ((i, _, lessons), id) in EARLIER.iter().zip(&applied).take(3) {
        let k = funded.len();
        let team = &teams[*i];
        let lead = LABS[*i].lead;
        let project = l.project_of(call_id, *id).await?;
        funded.push(project);
        l.start_project(project, start, end, start + Duration::days(7))
            .await?;
        l.pay(project, 1, start + Duration::days(20)).await?;
        let noon = |day: chrono::NaiveDate| {
            day.and_hms_opt(12, 0, 0)
                .map(|t| t.and_utc())
                .unwrap_or(l.now)
        };
        l.milestone(
            team,
            project,
            &format!("Eröffnung des Labors von {lead}; die Kooperationsvereinbarung mit allen Partnern ist beigefügt."),
            None,
            noon(start + Duration::days(80)),
        )
        .await?;
        l.pay(project, 2, start + Duration::days(95)).await?;
        for number in [1, 2] {
            l.report(
                team,
                project,
                &super::Progress {
                    number,
                    narrative: &format!("Das Labor von {lead} hat im Halbjahr {number} vier Laborabende und einen Bürgerrat durchgeführt."),
                    spending: &(LABS[*i].requested * number as i64 / 3).to_string(),
                    values: &[&(120 * number as usize + 40 * k).to_string()],
                    lessons: None,
                },
                noon(add_months(start, 6 * number) - Duration::days(3)),
            )
            .await?;
        }
        // Two labs sent their final report, lessons included; once accepted, the lessons are public and the
        // last tranche is paid. The third's final report is overdue.
        let Some((worked, did_not, needs)) = lessons else {
            continue;
        };
        let last = l
            .project(project)
            .await?
            .reports
            .iter()
            .map(|r| r.number)
            .max()
            .unwrap_or(1);
        let lessons = work::Lessons {
            what_worked: (*worked).to_owned(),
            what_did_not: (*did_not).to_owned(),
            to_replicate: (*needs).to_owned(),
            contact: format!("Open-Government-Team, {lead}"),
        };
        l.report(
            team,
            project,
            &super::Progress {
                number: last,
                narrative: &format!("Abschlussbericht: Das Labor von {lead} arbeitet nach dem Ende der Förderung weiter."),
                spending: &(LABS[*i].requested * 19 / 20).to_string(),
                values: &[&(420 + 40 * k).to_string()],
                lessons: Some(&lessons),
            },
            noon(end + Duration::days(10 + 5 * k as i64)),
        )
        .await?;
        l.pay(project, 3, end + Duration::days(25)).await?;
    }

    // A peer-learning workshop of the three labs half-way through, its outcome public on the programme's page.
    let held_at = l.days_ago(330);
    let exchange = exchanges::organise(
        db,
        manager,
        programme_id,
        &exchanges::ExchangeInput {
            title: "Lernwerkstatt der Open-Government-Labore".into(),
            starts_at: held_at,
            time_zone: "Europe/Berlin".into(),
            place: "Leipzig".into(),
            online_link: String::new(),
            agenda: "Wie jedes Labor seine Bürgerräte zusammensetzt.\nOffene Daten: ein gemeinsamer Standard für alle Partnerkommunen?\nWas nach dem Ende der Förderung bleibt.".into(),
            invited: funded.clone(),
        },
        l.days_ago(370),
    )
    .await
    .map_err(at("the German peer-learning workshop"))?;
    exchanges::record_outcome(
        db,
        manager,
        exchange.id,
        &exchanges::OutcomeInput {
            notes: "Alle drei Labore losen ihre Bürgerräte aus; Freiburgs Datenstandard für Haushaltsdaten wird von den anderen Laboren übernommen.".into(),
            attended: funded.clone(),
            documents: Vec::new(),
            version: exchange.version,
        },
        held_at + Duration::days(1),
    )
    .await
    .map_err(at("the German workshop's outcome"))?;
    Ok((call_id, funded))
}
