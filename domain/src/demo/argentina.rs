//! Argentina, Open Government Federal Program: municipalities that completed the online course first (a
//! prerequisite recorded by the programme), then a national call. The previous cycle is decided and its four
//! funded projects receive technical assistance (requests resolved, in progress and open); the current cycle,
//! cloned from it, is open with three submissions and two drafts, Rosario's among them.

use chrono::Duration;

use super::{Loader, at, details_of, login, sheet};
use crate::applications::content::{BudgetLineInput, ContentInput};
use crate::calls::criteria::CriterionInput;
use crate::calls::details::CallDetailsInput;
use crate::calls::eligibility::RequiredPrerequisite;
use crate::calls::service::{self as calls, IndicatorInput};
use crate::calls::{CallAction, EligibilityRule};
use crate::committee::assigning;
use crate::exchanges::service as exchanges;
use crate::organisations::{OrganisationInput, OrganisationKind};
use crate::prerequisites::{self, KindInput, RecordInput};
use crate::programmes::{self, ProgrammeInput};
use crate::projects::schedule::{TemplateLine, add_months};
use crate::projects::{service as projects, work};
use crate::{Actor, Result, Role};

/// A municipality: name, province, population, login (`None` for a generated one), whether it completed the
/// course, and its project (title and request in ARS).
struct Municipality {
    name: &'static str,
    province: &'static str,
    population: i64,
    course: bool,
    title: &'static str,
    requested: i64,
}

const MUNICIPALITIES: [Municipality; 9] = [
    Municipality {
        name: "Córdoba",
        province: "AR-X",
        population: 1_505_250,
        course: true,
        title: "Presupuesto participativo digital",
        requested: 14_500_000,
    },
    Municipality {
        name: "Mendoza",
        province: "AR-M",
        population: 114_822,
        course: true,
        title: "Mesa ciudadana de seguimiento de obras",
        requested: 9_800_000,
    },
    Municipality {
        name: "Bahía Blanca",
        province: "AR-B",
        population: 301_572,
        course: true,
        title: "Contrataciones abiertas",
        requested: 12_000_000,
    },
    Municipality {
        name: "San Carlos de Bariloche",
        province: "AR-R",
        population: 135_755,
        course: true,
        title: "Consejo de jóvenes y consulta en línea",
        requested: 11_200_000,
    },
    Municipality {
        name: "Salta",
        province: "AR-A",
        population: 620_000,
        course: true,
        title: "Datos abiertos de servicios urbanos",
        requested: 13_000_000,
    },
    Municipality {
        name: "Resistencia",
        province: "AR-H",
        population: 291_720,
        course: true,
        title: "Gobierno abierto en los barrios",
        requested: 10_500_000,
    },
    Municipality {
        name: "Neuquén",
        province: "AR-Q",
        population: 231_198,
        course: true,
        title: "Observatorio ciudadano del agua",
        requested: 12_800_000,
    },
    Municipality {
        name: "Rosario",
        province: "AR-S",
        population: 1_000_000,
        course: true,
        title: "Laboratorio de innovación ciudadana",
        requested: 14_000_000,
    },
    Municipality {
        name: "San Miguel de Tucumán",
        province: "AR-T",
        population: 548_866,
        course: false,
        title: "Audiencias públicas del Concejo",
        requested: 9_000_000,
    },
];

/// The previous cycle's applicants (indexes into [`MUNICIPALITIES`]) and their two score sheets; the first
/// four are funded, Salta is waitlisted (four slots).
const PREVIOUS: [(usize, &str, &str); 5] = [
    (0, "545", "454"),
    (1, "454", "445"),
    (2, "444", "544"),
    (3, "443", "434"),
    (4, "343", "333"),
];

/// The current cycle: submitted (Salta, Resistencia, Neuquén), then the drafts (Rosario, Tucumán).
const SUBMITTED: [usize; 3] = [4, 5, 6];
const ROSARIO: usize = 7;
const TUCUMAN: usize = 8;

/// Technical-assistance requests of the funded projects: topic, description, how far they went.
const ASSISTANCE: [(&str, &str, Step); 4] = [
    (
        "Publicación de datos abiertos",
        "Necesitamos ayuda para elegir el formato y la licencia de los conjuntos de datos del presupuesto.",
        Step::Resolved,
    ),
    (
        "Diseño de la mesa de participación",
        "¿Cómo convocar a las organizaciones barriales sin excluir a quienes no están registradas?",
        Step::Resolved,
    ),
    (
        "Publicación de contrataciones",
        "Queremos publicar las contrataciones en el estándar de datos para las contrataciones abiertas.",
        Step::Assigned,
    ),
    (
        "Consulta en línea",
        "Buscamos una herramienta de consulta en línea accesible y de código abierto.",
        Step::Open,
    ),
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Open,
    Assigned,
    Resolved,
}

fn content(m: &Municipality, complete: bool) -> ContentInput {
    let team = m.requested / 2;
    ContentInput {
        title: m.title.to_owned(),
        summary: format!(
            "La Municipalidad de {} propone: {}.",
            m.name,
            m.title.to_lowercase()
        ),
        problem: if complete {
            format!(
                "En {} pocos vecinos conocen cómo se decide y se gasta el presupuesto municipal.",
                m.name
            )
        } else {
            String::new()
        },
        objectives: if complete {
            "Abrir la información pública, crear espacios de participación y rendir cuentas cada trimestre.".into()
        } else {
            String::new()
        },
        participation_plan: if complete {
            "Asambleas barriales, una consulta en línea y una mesa de seguimiento con organizaciones de la sociedad civil.".into()
        } else {
            String::new()
        },
        answers: Vec::new(),
        budget_lines: vec![
            BudgetLineInput {
                category: "Equipo".into(),
                description: "Coordinación y facilitación".into(),
                amount: team.to_string(),
            },
            BudgetLineInput {
                category: "Tecnología".into(),
                description: "Plataforma y publicación de datos".into(),
                amount: (m.requested - team).to_string(),
            },
        ],
        co_funding: String::new(),
        replicates_project_id: None,
    }
}

/// Loads the Argentine programme.
pub(super) async fn load(l: &Loader<'_>) -> Result<()> {
    let db = l.db;
    let manager = &l.manager;
    let agency = l.agency("Secretaría de Innovación Pública", "AR").await?;
    let programme = programmes::create(
        db,
        manager,
        &ProgrammeInput {
            name: "Programa Federal de Gobierno Abierto".into(),
            description: "Los gobiernos locales completan primero el curso virtual de gobierno abierto; luego una convocatoria nacional selecciona proyectos que reciben asistencia técnica para incorporar la participación ciudadana.".into(),
            agency_id: agency.id,
            currency: "ARS".into(),
            reporting_cadence_months: 6,
            content_languages: vec!["es".into()],
        },
    )
    .await
    .map_err(at("the Argentine programme"))?;
    let course = prerequisites::create_kind(
        db,
        manager,
        programme.id,
        &KindInput {
            name: "Curso virtual de gobierno abierto".into(),
            description:
                "Al menos dos funcionarios aprobaron el curso virtual del Programa Federal.".into(),
        },
    )
    .await
    .map_err(at("the course prerequisite"))?;

    // The municipalities sign up; the programme records who completed the course.
    let mut teams: Vec<Actor> = Vec::new();
    for (i, m) in MUNICIPALITIES.iter().enumerate() {
        let (email, staff) = if i == ROSARIO {
            let login = login("applicant.argentina@demo.example");
            (login.email.to_owned(), login.name.to_owned())
        } else {
            (
                format!("gobiernoabierto{}@ar.demo.example", i + 1),
                format!("Equipo de gobierno abierto de {}", m.name),
            )
        };
        let (organisation, team) = l
            .local_government(
                OrganisationInput {
                    name: format!("Municipalidad de {}", m.name),
                    kind: "municipality".into(),
                    country: "AR".into(),
                    subdivision: Some(m.province.to_owned()),
                    population: Some(m.population),
                    ..Default::default()
                },
                &staff,
                &email,
                "es",
            )
            .await?;
        if m.course {
            prerequisites::record(
                db,
                manager,
                &RecordInput {
                    prerequisite_kind_id: course.id,
                    organisation_id: organisation.id,
                    achieved_on: l.today() - Duration::days(520 - 10 * i as i64),
                    evidence: format!(
                        "Certificados del curso virtual de dos funcionarios de {}.",
                        m.name
                    ),
                },
            )
            .await
            .map_err(at(format!("the course of {}", m.name)))?;
        }
        teams.push(team);
    }

    // The previous cycle, a year and a half ago.
    let opens_at = l.days_ago(480);
    let deadline = opens_at + Duration::days(40);
    let call = calls::create(
        db,
        manager,
        programme.id,
        &CallDetailsInput {
            code: "FED".into(),
            title: "Convocatoria federal de gobierno abierto, primer ciclo".into(),
            description: "Los gobiernos locales que completaron el curso virtual presentan proyectos que incorporan la participación ciudadana.\n\nLos proyectos seleccionados reciben financiamiento y asistencia técnica del Programa.".into(),
            opens_at,
            // Opening needs the deadline ahead; the real one is recorded once the call is closed.
            closes_at: l.days_ahead(1),
            time_zone: "America/Argentina/Buenos_Aires".into(),
            total_budget: "60000000".into(),
            min_award: "5000000".into(),
            max_award: "15000000".into(),
            max_awards: 4,
            min_reviews: 2,
            min_total_score: Some("50".into()),
            tie_break: vec![1],
            quotas: Vec::new(),
            reporting_cadence_months: None,
        },
    )
    .await
    .map_err(at("the Argentine call"))?;
    let call = calls::replace_criteria(
        db,
        manager,
        call.call.id,
        call.call.version,
        &[
            (
                "Participación ciudadana",
                "¿Cómo intervienen los vecinos en cada etapa?",
                "2",
            ),
            (
                "Viabilidad técnica",
                "¿Es realista el plan de trabajo?",
                "1",
            ),
            (
                "Capacidad institucional",
                "¿Tiene el municipio un equipo dedicado?",
                "1",
            ),
        ]
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
    .map_err(at("the Argentine criteria"))?;
    let call = calls::replace_eligibility(
        db,
        manager,
        call.call.id,
        call.call.version,
        &[
            EligibilityRule::ApplicantKinds {
                kinds: vec![OrganisationKind::Municipality],
            },
            EligibilityRule::Location {
                countries: vec!["AR".into()],
                subdivisions: Vec::new(),
            },
            EligibilityRule::Prerequisites {
                required: vec![RequiredPrerequisite {
                    id: course.id,
                    name: course.name.clone(),
                }],
            },
        ],
    )
    .await
    .map_err(at("the Argentine eligibility rules"))?;
    let call = calls::replace_indicators(
        db,
        manager,
        call.call.id,
        call.call.version,
        &[IndicatorInput {
            name: "Vecinos que participaron".into(),
            unit: "personas".into(),
        }],
    )
    .await
    .map_err(at("the Argentine indicators"))?;
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
                milestone: Some("Mesa de participación ciudadana constituida".into()),
                months: Some(2),
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
    .map_err(at("the Argentine tranche template"))?;
    let call = l.act(&call, CallAction::Open).await?;
    let previous_id = call.call.id;
    let mut previous = Vec::new();
    for (k, (i, _, _)) in PREVIOUS.iter().enumerate() {
        let written = opens_at + Duration::days(12 + 2 * k as i64);
        let id = l
            .draft(
                &teams[*i],
                previous_id,
                &content(&MUNICIPALITIES[*i], true),
                written,
            )
            .await?;
        l.submit(&teams[*i], id, written + Duration::days(7))
            .await?;
        previous.push(id);
    }
    let call = l.close_at(&call, deadline).await?;
    for id in &previous {
        l.screen(*id, true, "", deadline + Duration::days(4))
            .await?;
    }
    let chair = l
        .person(
            "valeria.gomez@ar.demo.example",
            "Valeria Gómez",
            &[Role::Reviewer],
            None,
        )
        .await?;
    let official = l
        .person(
            "martin.rodriguez@ar.demo.example",
            "Martín Rodríguez",
            &[Role::Reviewer],
            None,
        )
        .await?;
    l.seat(previous_id, &chair, "civil_society", "chair")
        .await?;
    l.seat(previous_id, &official, "government", "member")
        .await?;
    let call = l.act(&call, CallAction::StartReview).await?;
    assigning::apply(db, manager, previous_id, l.now)
        .await
        .map_err(at("assigning the Argentine committee"))?;
    for ((_, first, second), id) in PREVIOUS.iter().zip(&previous) {
        for (member, digits) in [(&chair, first), (&official, second)] {
            l.review(
                member,
                *id,
                &sheet(
                    &call.criteria,
                    digits,
                    &["Sólido y bien fundamentado."],
                    "Un proyecto con apoyo de la comunidad.",
                    "fund",
                ),
                deadline + Duration::days(20),
            )
            .await?;
        }
    }
    l.decide(&call).await?;

    // The four funded projects, nine months in, with technical assistance.
    let start = l.today() - Duration::days(270);
    let end = add_months(start, 18);
    let mut funded = Vec::new();
    for (k, id) in previous.iter().enumerate().take(4) {
        let i = PREVIOUS[k].0;
        let team = &teams[i];
        let name = MUNICIPALITIES[i].name;
        let project = l.project_of(previous_id, *id).await?;
        funded.push(project);
        l.start_project(project, start, end, start + Duration::days(5))
            .await?;
        l.pay(project, 1, start + Duration::days(15)).await?;
        let handed_in = (start + Duration::days(45))
            .and_hms_opt(13, 0, 0)
            .map(|t| t.and_utc())
            .unwrap_or(l.now);
        l.milestone(
            team,
            project,
            &format!("Acta de constitución de la mesa de participación de {name}, con la lista de organizaciones."),
            None,
            handed_in,
        )
        .await?;
        l.pay(project, 2, start + Duration::days(60)).await?;
        let due = add_months(start, 6);
        let sent = (due - Duration::days(2))
            .and_hms_opt(13, 0, 0)
            .map(|t| t.and_utc())
            .unwrap_or(l.now);
        l.report(
            team,
            project,
            &super::Progress {
                number: 1,
                narrative: &format!("La mesa de participación de {name} se reunió cada mes; la primera consulta reunió a cientos de vecinos."),
                spending: &(MUNICIPALITIES[i].requested * 2 / 5).to_string(),
                values: &[&(400 + 150 * k).to_string()],
                lessons: None,
            },
            sent,
        )
        .await?;
        if k == 0 {
            // The first team finished its plan early: its final report, lessons included, is accepted, so
            // the lessons are public.
            let last = l
                .project(project)
                .await?
                .reports
                .iter()
                .map(|r| r.number)
                .max()
                .unwrap_or(1);
            let lessons = work::Lessons {
                what_worked: format!("En {name}, reunir la mesa cada mes, siempre en un barrio distinto, y difundir las consultas por la radio local."),
                what_did_not: "La consulta solo en línea: los barrios sin buena conexión quedaron afuera hasta sumar urnas.".into(),
                to_replicate: "Una persona del municipio dedicada a la mesa, un acuerdo con las radios locales y el presupuesto para urnas móviles.".into(),
                contact: "Coordinación de Gobierno Abierto del municipio".into(),
            };
            l.report(
                team,
                project,
                &super::Progress {
                    number: last,
                    narrative: &format!("Informe final: {name} cumplió su plan de participación antes de lo previsto."),
                    spending: &(MUNICIPALITIES[i].requested * 4 / 5).to_string(),
                    values: &[&(900 + 150 * k).to_string()],
                    lessons: Some(&lessons),
                },
                sent + Duration::days(60),
            )
            .await?;
        }
        let (topic, description, step) = ASSISTANCE[k];
        let asked_at = l.days_ago(120 - 20 * k as i64);
        let asked = work::request_assistance(db, team, project, topic, description, asked_at)
            .await
            .map_err(at("a technical-assistance request"))?;
        let Some(request) = asked.assistance.iter().find(|a| a.topic == topic) else {
            continue;
        };
        if step == Step::Open {
            continue;
        }
        let assigned = work::advance_assistance(
            db,
            manager,
            request.id,
            request.version,
            &work::AssistanceStep::Assign {
                expert_id: manager.user_id,
            },
            "La coordinación técnica del Programa acompaña este pedido.",
            asked_at + Duration::days(2),
        )
        .await
        .map_err(at("assigning a technical-assistance request"))?;
        if step == Step::Resolved {
            work::advance_assistance(
                db,
                manager,
                request.id,
                assigned.version,
                &work::AssistanceStep::Resolve,
                "Resuelto en una reunión de trabajo con el equipo municipal; la guía quedó compartida.",
                asked_at + Duration::days(12),
            )
            .await
            .map_err(at("resolving a technical-assistance request"))?;
        }
    }

    // A peer exchange of the four teams a month ago, its outcome recorded (public on the programme's page).
    let held_at = l.days_ago(30);
    let exchange = exchanges::organise(
        db,
        manager,
        programme.id,
        &exchanges::ExchangeInput {
            title: "Encuentro federal de mesas de participación".into(),
            starts_at: held_at,
            time_zone: "America/Argentina/Buenos_Aires".into(),
            place: "Córdoba".into(),
            online_link: String::new(),
            agenda: "Cómo se convocó cada mesa de participación.\nQué funcionó en las consultas a vecinos.\nCómo seguir después del financiamiento.".into(),
            invited: funded.clone(),
        },
        l.days_ago(60),
    )
    .await
    .map_err(at("the Argentine peer exchange"))?;
    exchanges::record_outcome(
        db,
        manager,
        exchange.id,
        &exchanges::OutcomeInput {
            notes: "Las mesas que se reunieron cada mes sostuvieron la participación; las convocatorias por radio local llegaron a barrios que la web no alcanzaba.".into(),
            attended: funded.iter().take(3).copied().collect(),
            documents: Vec::new(),
            version: exchange.version,
        },
        held_at + Duration::days(1),
    )
    .await
    .map_err(at("the Argentine exchange's outcome"))?;

    // The current cycle, cloned from the previous one, open since ten days.
    let next = calls::clone_call(db, manager, previous_id, l.days_ago(10), l.days_ahead(45))
        .await
        .map_err(at("cloning the Argentine call"))?;
    let mut details = details_of(&next);
    details.title = "Convocatoria federal de gobierno abierto, segundo ciclo".into();
    let next = calls::update_details(db, manager, next.call.id, next.call.version, &details)
        .await
        .map_err(at("titling the next Argentine cycle"))?;
    let next = l.act(&next, CallAction::Open).await?;
    for (k, i) in SUBMITTED.iter().enumerate() {
        let written = l.days_ago(8 - k as i64);
        let id = l
            .draft(
                &teams[*i],
                next.call.id,
                &content(&MUNICIPALITIES[*i], true),
                written,
            )
            .await?;
        l.submit(&teams[*i], id, written + Duration::hours(5))
            .await?;
    }
    for i in [ROSARIO, TUCUMAN] {
        l.draft(
            &teams[i],
            next.call.id,
            &content(&MUNICIPALITIES[i], false),
            l.days_ago(2),
        )
        .await?;
    }
    Ok(())
}
