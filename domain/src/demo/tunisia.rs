//! Tunisia, OGP Local municipalities: a call written in Arabic and translated into French, decided and
//! published. Ten weighted criteria, a parity committee of three civil-society and three government members,
//! twenty municipalities applying (one screened ineligible), ten selected within the budget and slots (two of
//! them exactly tied, their order drawn by the lottery), and their funded projects four months in: the council
//! adopted the action plan, the first report is accepted, two tranches are paid, and Kairouan is at risk.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};

use super::{Loader, at, sheet};
use crate::applications::content::{BudgetLineInput, ContentInput};
use crate::calls::CallAction;
use crate::calls::criteria::CriterionInput;
use crate::calls::details::CallDetailsInput;
use crate::calls::service::{self as calls, IndicatorInput};
use crate::calls::translations;
use crate::committee::assigning;
use crate::organisations::OrganisationInput;
use crate::programmes::{self, ProgrammeInput};
use crate::projects::schedule::{TemplateLine, add_months};
use crate::projects::service as projects;
use crate::{Result, Role};

/// The ten criteria: Arabic title and guidance, their French translation, and the weight; all scored 0 to 5.
const CRITERIA: [(&str, &str, &str, &str, &str); 10] = [
    (
        "المشاركة المواطنية",
        "هل يشارك المواطنون في كل مراحل المشروع؟",
        "Participation citoyenne",
        "Les habitants prennent-ils part à chaque étape du projet ?",
        "3",
    ),
    (
        "الشفافية والنفاذ إلى المعلومة",
        "هل تنشر البلدية معطياتها وقراراتها بانتظام؟",
        "Transparence et accès à l'information",
        "La municipalité publie-t-elle ses données et ses décisions régulièrement ?",
        "3",
    ),
    (
        "الجدوى والتخطيط",
        "هل الرزنامة والموارد واقعية؟",
        "Faisabilité et planification",
        "Le calendrier et les moyens sont-ils réalistes ?",
        "2",
    ),
    (
        "الشراكة مع المجتمع المدني",
        "هل تشارك جمعيات محلية في تصميم المشروع وتنفيذه؟",
        "Partenariat avec la société civile",
        "Des associations locales conçoivent-elles et mènent-elles le projet avec la municipalité ?",
        "2",
    ),
    (
        "إدماج النساء والشباب",
        "هل يصل المشروع إلى النساء والشباب؟",
        "Inclusion des femmes et des jeunes",
        "Le projet atteint-il les femmes et les jeunes ?",
        "2",
    ),
    (
        "الأثر المنتظر",
        "ما الذي سيتغير بالنسبة للمتساكنين؟",
        "Impact attendu",
        "Qu'est-ce qui changera pour les habitants ?",
        "1",
    ),
    (
        "الاستدامة",
        "هل سيستمر المشروع بعد انتهاء التمويل؟",
        "Durabilité",
        "Le projet continuera-t-il après le financement ?",
        "1",
    ),
    (
        "قابلية التعميم",
        "هل يمكن لبلديات أخرى أن تعتمده؟",
        "Réplicabilité",
        "D'autres municipalités peuvent-elles le reprendre ?",
        "1",
    ),
    (
        "التزام المجلس البلدي",
        "هل صادق المجلس البلدي على المشروع؟",
        "Engagement du conseil municipal",
        "Le conseil municipal a-t-il approuvé le projet ?",
        "1",
    ),
    (
        "وضوح الميزانية",
        "هل الميزانية مفصلة ومعقولة؟",
        "Clarté du budget",
        "Le budget est-il détaillé et raisonnable ?",
        "1",
    ),
];

/// The twenty applicants in the order they applied: name, governorate, population, request (TND) and the
/// project's title. The first ten are selected.
const MUNICIPALITIES: [(&str, &str, i64, &str, &str); 20] = [
    (
        "Tunis",
        "TN-11",
        638_845,
        "52000",
        "Budget participatif dans les six arrondissements",
    ),
    (
        "Sfax",
        "TN-61",
        330_440,
        "48500",
        "Portail des données ouvertes de Sfax",
    ),
    (
        "Sousse",
        "TN-51",
        271_428,
        "45000",
        "Conseil municipal retransmis et questions des habitants",
    ),
    (
        "La Marsa",
        "TN-11",
        92_987,
        "38000",
        "Registre public des permis de bâtir",
    ),
    (
        "Bizerte",
        "TN-23",
        142_966,
        "41500",
        "Assemblées de quartier sur le littoral",
    ),
    (
        "Gabès",
        "TN-81",
        130_984,
        "39000",
        "Suivi citoyen de la qualité de l'air",
    ),
    (
        "Kairouan",
        "TN-41",
        186_653,
        "44000",
        "Marchés publics ouverts de la médina",
    ),
    (
        "Monastir",
        "TN-52",
        104_535,
        "36500",
        "Conseil des jeunes de Monastir",
    ),
    (
        "Béja",
        "TN-31",
        68_848,
        "30000",
        "Budget participatif rural",
    ),
    (
        "Tataouine",
        "TN-83",
        69_823,
        "33000",
        "Plateforme de signalement des services municipaux",
    ),
    (
        "Nabeul",
        "TN-21",
        73_128,
        "42000",
        "Cartographie ouverte des espaces verts",
    ),
    (
        "Jendouba",
        "TN-32",
        51_408,
        "35000",
        "Forum des femmes élues et des associations",
    ),
    (
        "Médenine",
        "TN-82",
        79_599,
        "40000",
        "Gestion ouverte des déchets ménagers",
    ),
    (
        "Le Kef",
        "TN-33",
        73_762,
        "32000",
        "Archives municipales numérisées",
    ),
    (
        "Mahdia",
        "TN-53",
        62_189,
        "37000",
        "Audiences publiques du conseil",
    ),
    (
        "Gafsa",
        "TN-71",
        95_242,
        "43000",
        "Observatoire citoyen de l'eau",
    ),
    (
        "Kasserine",
        "TN-42",
        83_534,
        "46000",
        "Guichet unique ouvert",
    ),
    (
        "Sidi Bouzid",
        "TN-43",
        48_741,
        "39500",
        "Budget lisible pour tous",
    ),
    (
        "Tozeur",
        "TN-72",
        39_504,
        "28000",
        "Tourisme durable co-construit",
    ),
    (
        "Zaghouan",
        "TN-22",
        20_837,
        "31000",
        "Charte de participation citoyenne",
    ),
];

/// The ineligible applicant (Zaghouan) and why.
const INELIGIBLE: usize = 19;
const INELIGIBLE_REASON: &str =
    "Le plan d'action n'a pas été adopté par le conseil municipal, comme l'exige l'appel.";

/// The municipality whose project falls behind (Kairouan).
const AT_RISK: usize = 6;

/// The score sheets of the two reviewers of each eligible application, one digit per criterion. The totals
/// (out of 100) all differ except Bizerte's and Gabès's, which are identical on every criterion: the lottery
/// orders them. Kasserine, Sidi Bouzid and Tozeur stay under the minimum total of 50.
pub(super) const SHEETS: [(&str, &str); 19] = [
    ("5554555444", "5454554545"),
    ("5455545554", "4545455544"),
    ("4545455455", "4445454445"),
    ("5445443544", "4554455345"),
    ("4554444434", "5455535355"),
    ("4554444434", "5455535355"),
    ("4343444544", "5444544444"),
    ("4344444444", "3354443344"),
    ("3454535434", "4344443434"),
    ("3344543434", "4343334343"),
    ("3343333443", "3343443434"),
    ("3444343443", "3444333333"),
    ("3343343343", "4434433344"),
    ("3443344332", "3433232333"),
    ("3344322344", "3333234433"),
    ("3233233332", "4433334342"),
    ("2322222223", "2222332333"),
    ("3233332222", "3231322223"),
    ("3121211313", "2311222221"),
];

/// The committee: name, email, sector; the first is the chair.
const COMMITTEE: [(&str, &str, &str); 6] = [
    (
        "Leila Trabelsi",
        "leila.trabelsi@tn.demo.example",
        "civil_society",
    ),
    (
        "Youssef Jaziri",
        "youssef.jaziri@tn.demo.example",
        "civil_society",
    ),
    (
        "Nour Ben Ammar",
        "nour.benammar@tn.demo.example",
        "civil_society",
    ),
    ("Karim Mejri", "karim.mejri@tn.demo.example", "government"),
    (
        "Hela Bouazizi",
        "hela.bouazizi@tn.demo.example",
        "government",
    ),
    ("Sami Gharbi", "sami.gharbi@tn.demo.example", "government"),
];

/// The milestone of the tranche template, in Arabic and French.
const ADOPTION: (&str, &str) = (
    "مصادقة المجلس البلدي على خطة العمل",
    "Adoption du plan d'action par le conseil municipal",
);

fn slug(name: &str) -> String {
    name.to_lowercase()
        .replace(' ', "-")
        .replace(['è', 'é'], "e")
}

fn content(i: usize) -> ContentInput {
    let (name, _, _, requested, title) = MUNICIPALITIES[i];
    let requested: i64 = requested.parse().unwrap_or(30_000);
    let facilitation = requested * 3 / 5;
    ContentInput {
        title: title.to_owned(),
        summary: format!(
            "La municipalité de {name} ouvre ses décisions aux habitants : {}.",
            title.to_lowercase()
        ),
        problem: format!(
            "À {name}, les habitants suivent mal les décisions et les dépenses de la municipalité, et peu d'entre eux prennent part aux séances publiques."
        ),
        objectives: "Publier chaque mois les données du projet, réunir les habitants dans chaque arrondissement et rendre compte au conseil municipal.".into(),
        participation_plan: "Des assemblées de quartier trimestrielles, un comité de suivi paritaire avec les associations locales et une consultation en ligne.".into(),
        answers: Vec::new(),
        budget_lines: vec![
            BudgetLineInput {
                category: "Participation".into(),
                description: "Animation des assemblées et du comité de suivi".into(),
                amount: facilitation.to_string(),
            },
            BudgetLineInput {
                category: "Numérique".into(),
                description: "Plateforme en ligne et publication des données".into(),
                amount: (requested - facilitation).to_string(),
            },
        ],
        co_funding: String::new(),
        replicates_project_id: None,
    }
}

/// Loads the Tunisian programme.
pub(super) async fn load(l: &Loader<'_>) -> Result<()> {
    let db = l.db;
    let manager = &l.manager;
    let agency = l
        .agency(
            "Présidence du Gouvernement, Unité du gouvernement ouvert",
            "TN",
        )
        .await?;
    let programme = programmes::create(
        db,
        manager,
        &ProgrammeInput {
            name: "OGP Local Tunisie : municipalités ouvertes".into(),
            description: "Le programme national accompagne les municipalités qui s'engagent dans un plan d'action de gouvernement ouvert adopté par leur conseil. Un comité paritaire, société civile et administration, choisit les municipalités selon dix critères publiés.".into(),
            agency_id: agency.id,
            currency: "TND".into(),
            reporting_cadence_months: 3,
            content_languages: vec!["ar".into(), "fr".into()],
        },
    )
    .await
    .map_err(at("the Tunisian programme"))?;

    // The call, written in Arabic, opened eight months ago.
    let opens_at = l.days_ago(240);
    let deadline = opens_at + Duration::days(45);
    let call = calls::create(
        db,
        manager,
        programme.id,
        &CallDetailsInput {
            code: "TUN".into(),
            title: "دعوة البلديات المنفتحة 2026".into(),
            description: "يدعو البرنامج الوطني البلديات التونسية إلى تقديم مشاريع حوكمة مفتوحة تشرك المواطنين في القرار البلدي.\n\nتختار لجنة متناصفة بين المجتمع المدني والإدارة عشر بلديات حسب عشرة معايير منشورة.".into(),
            opens_at,
            // Opening needs the deadline ahead; the real one is recorded once the call is closed.
            closes_at: l.days_ahead(1),
            time_zone: "Africa/Tunis".into(),
            total_budget: "450000".into(),
            min_award: "20000".into(),
            max_award: "60000".into(),
            max_awards: 10,
            min_reviews: 2,
            min_total_score: Some("50".into()),
            tie_break: vec![1, 2],
            quotas: Vec::new(),
            reporting_cadence_months: Some(3),
        },
    )
    .await
    .map_err(at("the Tunisian call"))?;
    let call = calls::replace_criteria(
        db,
        manager,
        call.call.id,
        call.call.version,
        &CRITERIA
            .iter()
            .map(|(title, guidance, _, _, weight)| CriterionInput {
                title: (*title).to_owned(),
                guidance: (*guidance).to_owned(),
                weight: (*weight).to_owned(),
                max_score: 5,
                min_score: None,
            })
            .collect::<Vec<_>>(),
    )
    .await
    .map_err(at("the Tunisian criteria"))?;
    let call = calls::replace_eligibility(
        db,
        manager,
        call.call.id,
        call.call.version,
        &[crate::calls::EligibilityRule::ApplicantKinds {
            kinds: vec![crate::organisations::OrganisationKind::Municipality],
        }],
    )
    .await
    .map_err(at("the Tunisian eligibility rules"))?;
    let call = calls::replace_indicators(
        db,
        manager,
        call.call.id,
        call.call.version,
        &[
            IndicatorInput {
                name: "المواطنون المشاركون في الجلسات التشاركية".into(),
                unit: "شخص".into(),
            },
            IndicatorInput {
                name: "جلسات المجلس البلدي المنشورة".into(),
                unit: "جلسة".into(),
            },
        ],
    )
    .await
    .map_err(at("the Tunisian indicators"))?;
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
                percent: "40".into(),
                condition: "milestone".into(),
                milestone: Some(ADOPTION.0.into()),
                months: Some(2),
                report: None,
            },
            TemplateLine {
                percent: "20".into(),
                condition: "final_report".into(),
                milestone: None,
                months: None,
                report: None,
            },
        ],
    )
    .await
    .map_err(at("the Tunisian tranche template"))?;
    let mut french = BTreeMap::from([
        ("title".to_owned(), "Appel aux municipalités ouvertes 2026".to_owned()),
        (
            "description".to_owned(),
            "Le programme national invite les municipalités tunisiennes à proposer des projets de gouvernement ouvert qui associent les habitants aux décisions municipales.\n\nUn comité paritaire, société civile et administration, choisit dix municipalités selon dix critères publiés.".to_owned(),
        ),
        (
            "indicator.1.name".to_owned(),
            "Habitants ayant pris part aux séances participatives".to_owned(),
        ),
        (
            "indicator.2.name".to_owned(),
            "Séances du conseil municipal publiées".to_owned(),
        ),
        ("milestone.1.title".to_owned(), ADOPTION.1.to_owned()),
    ]);
    for (i, (_, _, title, guidance, _)) in CRITERIA.iter().enumerate() {
        french.insert(format!("criterion.{}.title", i + 1), (*title).to_owned());
        french.insert(
            format!("criterion.{}.guidance", i + 1),
            (*guidance).to_owned(),
        );
    }
    translations::translate(db, manager, call.call.id, "fr", &french)
        .await
        .map_err(at("the French translation of the Tunisian call"))?;
    let call = calls::get(db, Some(manager), call.call.id).await?;
    let call = l.act(&call, CallAction::Open).await?;
    let call_id = call.call.id;

    // Twenty municipalities apply in the weeks after opening; the manager verified them when they signed up.
    let mut teams = Vec::new();
    let mut applications = Vec::new();
    for (i, (name, subdivision, population, _, _)) in MUNICIPALITIES.iter().enumerate() {
        let (email, staff) = if *name == "Sousse" {
            (
                super::login("applicant.tunisia@demo.example")
                    .email
                    .to_owned(),
                super::login("applicant.tunisia@demo.example")
                    .name
                    .to_owned(),
            )
        } else {
            (
                format!("{}@tn.demo.example", slug(name)),
                format!("Service gouvernement ouvert de {name}"),
            )
        };
        let (_, team) = l
            .local_government(
                OrganisationInput {
                    name: format!("Municipalité de {name}"),
                    kind: "municipality".into(),
                    country: "TN".into(),
                    subdivision: Some((*subdivision).to_owned()),
                    population: Some(*population),
                    ..Default::default()
                },
                &staff,
                &email,
                "fr",
            )
            .await?;
        let written = opens_at + Duration::days(10 + i as i64);
        let id = l.draft(&team, call_id, &content(i), written).await?;
        l.submit(&team, id, written + Duration::days(14)).await?;
        teams.push(team);
        applications.push(id);
    }

    let call = l.close_at(&call, deadline).await?;
    let screened_at = deadline + Duration::days(7);
    for (i, id) in applications.iter().enumerate() {
        if i == INELIGIBLE {
            l.screen(*id, false, INELIGIBLE_REASON, screened_at).await?;
        } else {
            l.screen(*id, true, "", screened_at).await?;
        }
    }

    // The parity committee: three members from civil society, three from government.
    let mut members = Vec::new();
    for (i, (name, email, sector)) in COMMITTEE.iter().enumerate() {
        let member = l.person(email, name, &[Role::Reviewer], None).await?;
        l.seat(
            call_id,
            &member,
            sector,
            if i == 0 { "chair" } else { "member" },
        )
        .await?;
        members.push(member);
    }
    let call = l.act(&call, CallAction::StartReview).await?;
    assigning::apply(db, manager, call_id, l.now)
        .await
        .map_err(at("assigning the Tunisian committee"))?;
    let assignments = assigning::list(db, manager, call_id).await?;
    let reviewed_at = deadline + Duration::days(30);
    for (i, id) in applications.iter().enumerate().take(SHEETS.len()) {
        let (first, second) = SHEETS[i];
        let reviewers = assignments
            .iter()
            .filter(|a| a.assignment.application_id == *id)
            .map(|a| a.assignment.user_id);
        for (k, reviewer) in reviewers.enumerate() {
            let member = members
                .iter()
                .find(|m| m.id == reviewer)
                .ok_or_else(|| crate::Error::Internal("demo: an unknown reviewer".into()))?;
            let digits = if k == 0 { first } else { second };
            l.review(
                member,
                *id,
                &sheet(
                    &call.criteria,
                    digits,
                    &[
                        "Bien argumenté dans le dossier.",
                        "À préciser lors de la signature de la convention.",
                    ],
                    &format!("Avis sur la candidature de {}.", MUNICIPALITIES[i].0),
                    if i < 10 { "fund" } else { "fund_with_changes" },
                ),
                reviewed_at,
            )
            .await?;
        }
    }

    // Decided and published.
    l.decide(&call).await?;

    // The ten projects, four months in.
    let start: NaiveDate = l.today() - Duration::days(120);
    let end = add_months(start, 18);
    for (i, id) in applications.iter().enumerate().take(10) {
        let name = MUNICIPALITIES[i].0;
        let project = l.project_of(call_id, *id).await?;
        l.start_project(project, start, end, start + Duration::days(6))
            .await?;
        l.pay(project, 1, start + Duration::days(20)).await?;
        let evidence = format!(
            "Délibération du conseil municipal de {name} adoptant le plan d'action, publiée au registre municipal."
        );
        let handed_in = (start + Duration::days(50))
            .and_hms_opt(10, 0, 0)
            .map(|t| t.and_utc())
            .unwrap_or(l.now);
        if i == AT_RISK {
            l.milestone(
                &teams[i],
                project,
                &evidence,
                Some("Le document envoyé est le projet de délibération ; envoyez la délibération adoptée et signée."),
                handed_in,
            )
            .await?;
            continue;
        }
        l.milestone(&teams[i], project, &evidence, None, handed_in)
            .await?;
        l.pay(project, 2, start + Duration::days(65)).await?;
        let report_due = add_months(start, 3);
        let sent = (report_due - Duration::days(3))
            .and_hms_opt(10, 0, 0)
            .map(|t| t.and_utc())
            .unwrap_or(l.now);
        let people = (150 + 35 * (10 - i)).to_string();
        l.report(
            &teams[i],
            project,
            &super::Progress {
                number: 1,
                narrative: &format!(
                    "Trois assemblées de quartier ont réuni les habitants de {name} ; le comité de suivi s'est réuni deux fois et les premières données sont en ligne."
                ),
                spending: &((MUNICIPALITIES[i].3.parse::<i64>().unwrap_or(0)) * 2 / 5).to_string(),
                values: &[&people, "3"],
                lessons: None,
            },
            sent,
        )
        .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weighted(digits: &str) -> u32 {
        CRITERIA
            .iter()
            .zip(digits.chars())
            .map(|((_, _, _, _, w), d)| w.parse::<u32>().unwrap() * d.to_digit(10).unwrap())
            .sum()
    }

    #[test]
    fn the_sheets_tie_exactly_once_and_the_first_ten_rank_highest() {
        let sums: Vec<u32> = SHEETS
            .iter()
            .map(|(a, b)| weighted(a) + weighted(b))
            .collect();
        let mut distinct = sums.clone();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(distinct.len(), sums.len() - 1, "exactly one tie");
        assert_eq!(sums[4], sums[5], "Bizerte and Gabès tie");
        let tenth = sums[..10].iter().min().unwrap();
        assert!(sums[10..].iter().all(|s| s < tenth));
        // 50 out of 100 is 85 weighted points over both sheets (17 weights x 5 points x 2 sheets = 170).
        assert_eq!(sums.iter().filter(|s| **s < 85).count(), 3);
        let requested: i64 = MUNICIPALITIES[..10]
            .iter()
            .map(|m| m.3.parse::<i64>().unwrap())
            .sum();
        assert!(requested <= 450_000);
        assert!(MUNICIPALITIES.iter().all(|m| m.3.len() == 5));
    }
}
