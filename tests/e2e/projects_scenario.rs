//! The funded-projects scenario of the issue, through the JSON API: ten Tunisian municipalities funded by one
//! call whose template pays 40% on signature, 40% once the "action plan adopted by the municipal council"
//! milestone is accepted and 20% on the final report. Their progress reports fall due every six months; one
//! municipality falls behind and is shown at risk while the nine others are on track; accepted milestones
//! release their tranches and an unaccepted one does not; and the public project page and portfolio show what
//! was awarded against what was paid, to the millime. The figures are worked by hand below.

use chrono::Duration;
use convoca_tests::projects::{
    ACTION_PLAN, FundedSpec, MUNICIPALITIES, day, find, milestone_line, millimes, noon,
    template_line,
};
use convoca_tests::spawn_app;
use domain::projects::schedule::add_months;
use serde_json::{Value, json};

/// Kairouan (the fourth municipality) is the one that falls behind.
const LATE: usize = 3;

/// The awards (the requests, all selected) and the 40% tranche of each, in millimes:
/// - Tunis 48 250.750: 19 300.300 (exact)
/// - Sfax 52 000: 20 800
/// - Sousse 45 500.500: 18 200.200
/// - Kairouan 39 999.999: 40% is 15 999.9996, floored to 15 999.999 (the final tranche takes the rest,
///   8 000.001)
/// - Bizerte 50 000: 20 000
/// - Gabès 41 000.250: 16 400.100
/// - Béja 30 000: 12 000
/// - Jendouba 35 750: 14 300
/// - Monastir 44 000.125: 17 600.050
/// - Nabeul 47 300: 18 920
///
/// Awarded in all: 433 801.624 TND. The first tranches sum to 173 520.649; the second ones of all but
/// Kairouan to 173 520.649 - 15 999.999 = 157 520.650; paid in all 331 041.299.
const FIRST_TRANCHES: [&str; 10] = [
    "19300.300",
    "20800.000",
    "18200.200",
    "15999.999",
    "20000.000",
    "16400.100",
    "12000.000",
    "14300.000",
    "17600.050",
    "18920.000",
];

#[tokio::test]
async fn ten_municipalities_report_every_six_months_one_falls_behind_and_the_portfolio_shows_what_was_paid()
 {
    let app = spawn_app().await;
    let (manager_user, _) = app.new_manager().await;
    let mut spec = FundedSpec::tunisian("OGP", 10);
    spec.template = Some(vec![
        template_line("40", "signature"),
        milestone_line("40", ACTION_PLAN, 3),
        template_line("20", "final_report"),
    ]);
    let world = app.funded_world(&manager_user, &spec).await;
    let manager = world.manager_token.as_str();
    assert_eq!(world.projects.len(), 10);

    // Created on the decision day, each with its award, the three tranches, the milestone and a report six
    // months in plus the final one a year in.
    for (i, (name, _, requested)) in MUNICIPALITIES.iter().enumerate() {
        let view = app.project_json(world.projects[i], Some(manager)).await;
        assert_eq!(
            millimes(view["awarded"].as_str().unwrap()),
            millimes(requested)
        );
        let tranches: Vec<i64> = view["tranches"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| millimes(t["amount"].as_str().unwrap()))
            .collect();
        assert_eq!(tranches[0], millimes(FIRST_TRANCHES[i]), "{name}");
        assert_eq!(tranches[1], millimes(FIRST_TRANCHES[i]), "{name}");
        assert_eq!(tranches.iter().sum::<i64>(), millimes(requested), "{name}");
        let start = day(view["planned_start"].as_str().unwrap());
        let due: Vec<&str> = view["reports"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["due_on"].as_str().unwrap())
            .collect();
        assert_eq!(
            due,
            [
                add_months(start, 6).to_string(),
                add_months(start, 12).to_string()
            ],
            "{name}"
        );
    }
    assert_eq!(
        app.project_json(world.projects[LATE], Some(manager)).await["tranches"][2]["amount"],
        "8000.001"
    );

    // The programme sets the real dates: two years from January 2027. Reports then fall due every six months
    // from the start, the last on the end date; the milestone moves with the start.
    app.clock.set(Some(noon("2027-01-04")));
    for (i, (name, _, _)) in MUNICIPALITIES.iter().enumerate() {
        let before = app.project_json(world.projects[i], Some(manager)).await;
        let old_start = day(before["planned_start"].as_str().unwrap());
        let old_due = day(before["milestones"][0]["due_on"].as_str().unwrap());
        let dated = app
            .set_project_dates(world.projects[i], manager, "2027-01-01", "2028-12-31")
            .await;
        assert_eq!(dated.status, 200, "{name}: {}", dated.body);
        let schedule: Vec<(i64, &str, &str)> = dated.body["reports"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["number"].as_i64().unwrap(),
                    r["due_on"].as_str().unwrap(),
                    r["state"].as_str().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            schedule,
            [
                (1, "2027-07-01", "due"),
                (2, "2028-01-01", "due"),
                (3, "2028-07-01", "due"),
                (4, "2028-12-31", "due"),
            ],
            "{name}"
        );
        let shift: Duration = day("2027-01-01") - old_start;
        assert_eq!(
            dated.body["milestones"][0]["due_on"],
            (old_due + shift).to_string(),
            "{name}"
        );
        assert_eq!(dated.body["health"], "on_track");
    }

    // Every agreement is signed and the first tranche paid.
    for (i, (name, _, _)) in MUNICIPALITIES.iter().enumerate() {
        let p = world.projects[i];
        assert_eq!(
            app.sign_project(p, manager, "2027-01-05").await.status,
            200,
            "{name}"
        );
        assert_eq!(app.release_tranche(p, manager, 1).await.status, 200);
        let paid = app.pay_tranche(p, manager, 1, "2027-01-20").await;
        assert_eq!(paid.status, 200, "{name}: {}", paid.body);
        assert_eq!(paid.body["disbursed"], FIRST_TRANCHES[i], "{name}");
    }

    // In March every council sends its action plan; the managers accept the evidence of all but Kairouan's,
    // whose resolution is still a draft and goes back to the team.
    app.clock.set(Some(noon("2027-03-20")));
    for (i, (name, _, _)) in MUNICIPALITIES.iter().enumerate() {
        let p = world.projects[i];
        let team = world.team_tokens[i].as_str();
        let evidence = format!("Resolution of the municipal council of {name}, March 2027.");
        assert_eq!(
            app.submit_milestone(p, team, 1, &evidence).await.status,
            200,
            "{name}"
        );
        let (accept, comment) = if i == LATE {
            (
                false,
                "This is the draft; send the resolution the council adopted.",
            )
        } else {
            (true, "")
        };
        let reviewed = app.review_milestone(p, manager, 1, accept, comment).await;
        assert_eq!(reviewed.status, 200, "{name}: {}", reviewed.body);
    }

    // An accepted milestone releases its tranche; Kairouan's, sent back, does not.
    for (i, (name, _, _)) in MUNICIPALITIES.iter().enumerate() {
        let released = app.release_tranche(world.projects[i], manager, 2).await;
        if i == LATE {
            assert_eq!(released.problem(409), "/problems/conflict", "{name}");
        } else {
            assert_eq!(released.status, 200, "{name}: {}", released.body);
            let paid = app
                .pay_tranche(world.projects[i], manager, 2, "2027-04-15")
                .await;
            assert_eq!(paid.status, 200, "{name}: {}", paid.body);
        }
    }

    // In June nine municipalities send their first report; Kairouan does not.
    app.clock.set(Some(noon("2027-06-25")));
    for (i, (name, _, _)) in MUNICIPALITIES.iter().enumerate() {
        if i == LATE {
            continue;
        }
        let body = json!({
            "narrative": format!("{name}: three district assemblies held, the budget published monthly."),
            "spending": FIRST_TRANCHES[i],
            "indicator_values": [{"indicator_id": world.indicators[0], "value": "240"}],
        });
        let submitted = app
            .submit_report(world.projects[i], &world.team_tokens[i], 1, body)
            .await;
        assert_eq!(submitted.status, 200, "{name}: {}", submitted.body);
    }

    // On 2 July Kairouan's first report is overdue, and so is its milestone (due in April, sent back and not
    // evidenced again): at risk. The nine others are on track.
    app.clock.set(Some(noon("2027-07-02")));
    for (i, (name, _, _)) in MUNICIPALITIES.iter().enumerate() {
        let view = app.project_json(world.projects[i], None).await;
        if i == LATE {
            assert_eq!(view["health"], "at_risk", "{name}");
            let overdue: Vec<(&Value, &Value)> = view["overdue"]
                .as_array()
                .unwrap()
                .iter()
                .map(|o| (&o["kind"], &o["label"]))
                .collect();
            assert_eq!(
                overdue,
                [
                    (&json!("milestone"), &json!(ACTION_PLAN)),
                    (&json!("report"), &json!("1")),
                ]
            );
        } else {
            assert_eq!(view["health"], "on_track", "{name}: {}", view["overdue"]);
            assert_eq!(view["overdue"], json!([]));
        }
    }
    let due = app.api("GET", "/reports/due", Some(manager), None).await;
    assert_eq!(
        due.body,
        json!([{
            "project_id": world.projects[LATE], "project": "Open municipality of Kairouan",
            "report": {
                "id": app.report_json(world.projects[LATE], manager, 1).await["id"],
                "number": 1, "due_on": "2027-07-01", "state": "due",
            },
            "overdue": true,
        }])
    );

    // The public page of Tunis: awarded against disbursed (19 300.300 twice), its milestone accepted, the
    // evidence and the report's narrative and spending kept from the public.
    let tunis = app.project_json(world.projects[0], None).await;
    assert_eq!(tunis["title"], "Open municipality of Tunis");
    assert_eq!(tunis["lead"], "Municipality of Tunis");
    assert_eq!(tunis["awarded"], "48250.750");
    assert_eq!(tunis["disbursed"], "38600.600");
    assert_eq!(tunis["progress"], 100);
    assert_eq!(tunis["milestones"][0]["state"], "accepted");
    assert_eq!(tunis["milestones"][0]["evidence"], "");
    assert_eq!(tunis["reports"][0]["state"], "submitted");
    assert_eq!(tunis["reports"][0]["narrative"], "");
    assert_eq!(tunis["reports"][0]["spending"], Value::Null);
    let in_kairouan = app
        .api("GET", "/projects?subdivision=tn-41", None, None)
        .await;
    let ids: Vec<&Value> = in_kairouan
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|p| &p["id"])
        .collect();
    assert_eq!(ids, [&json!(world.projects[LATE])]);
    let kairouan = app.project_json(world.projects[LATE], None).await;
    assert_eq!(kairouan["awarded"], "39999.999");
    assert_eq!(kairouan["disbursed"], "15999.999");
    assert_eq!(kairouan["health"], "at_risk");

    // The portfolio, as anyone sees it.
    let portfolio = app.api("GET", "/portfolio", None, None).await;
    assert_eq!(portfolio.status, 200, "{}", portfolio.body);
    assert_eq!(
        portfolio.body["totals"],
        json!([{
            "currency": "TND", "subdivision": null, "projects": 10,
            "awarded": "433801.624", "disbursed": "331041.299", "overdue": 2,
        }])
    );
    assert_eq!(
        portfolio.body["by_health"],
        json!([{"health": "at_risk", "projects": 1}, {"health": "on_track", "projects": 9}])
    );
    let by_subdivision = &portfolio.body["by_subdivision"];
    assert_eq!(by_subdivision.as_array().unwrap().len(), 10);
    let governorate = find(by_subdivision, "subdivision", &json!("TN-41"));
    assert_eq!(
        *governorate,
        json!({
            "currency": "TND", "subdivision": "TN-41", "projects": 1,
            "awarded": "39999.999", "disbursed": "15999.999", "overdue": 2,
        })
    );
    let governorate = find(by_subdivision, "subdivision", &json!("TN-11"));
    assert_eq!(governorate["awarded"], "48250.750");
    assert_eq!(governorate["disbursed"], "38600.600");
    assert_eq!(governorate["overdue"], 0);
}
