//! The Tunisian scenario of the issue, end to end through the JSON API: twenty municipalities apply to a call
//! with ten selection criteria, a committee of three civil-society and three government members scores them,
//! and the programme ranks, selects within its budget, slots and governorate quotas, finalises and publishes.
//! The expected outcome is a table computed by hand, not by the code under test.

use convoca_tests::selection::{ApplicantSpec, SeatSpec, SelectionSpec, criterion};
use convoca_tests::spawn_app;
use domain::Role;
use domain::calls::details::Quota;
use serde_json::{Value, json};

/// The lottery seed, fixed after reviewing starts so that the keys below can be computed by hand.
const SEED: &str = "tunisia-2026-draw";

/// Ten criteria; the weights sum to 14 and the maxima have 10 as their least common multiple, so with
/// `N = 3*c1 + 2*c2 + 2*(c3 + c4 + c5 + c7 + c8 + c9 + c10) + 4*c6` (each term `w * s * 10 / max`) the total
/// `100 * sum(w * s / max) / sum(w)` is `100 * N / 140`.
fn criteria() -> Vec<domain::calls::criteria::CriterionInput> {
    vec![
        criterion("Citizen participation", "3", 10, Some(4)),
        criterion("Transparency of the municipal budget", "2", 10, None),
        criterion("Access to information", "1", 5, None),
        criterion("Inclusion of women and youth", "1", 5, None),
        criterion("Accountability to residents", "1", 5, None),
        criterion("Feasibility of the action plan", "2", 5, None),
        criterion("Commitment of the municipal council", "1", 5, Some(2)),
        criterion("Partnership with civil society", "1", 5, None),
        criterion("Sustainability after the grant", "1", 5, None),
        criterion("Innovation and replicability", "1", 5, None),
    ]
}

/// The municipalities in the order they submit (references TUN-2026-0001 to -0020), their governorate, their
/// request in TND and the scores both of their reviewers give (Kairouan's two reviewers differ on the first
/// criterion). Worked totals:
/// - La Marsa: 3*10 + 2*9 + 2*(5+4+4+4+4+4+4) + 4*5 = 30+18+58+20 = 126; 100*126/140 = 90
/// - Sfax: 3*9 + 2*9 + 2*(4+4+4+5+4+4+4) + 4*4 = 27+18+58+16 = 119; 85
/// - Tunis: 3*9 + 2*8 + 2*(4*7) + 4*4 = 27+16+56+16 = 115; 82.142857...
/// - Sousse: 3*8 + 2*8 + 2*28 + 4*4 = 112; 80
/// - Le Bardo: 3*8 + 2*7 + 2*28 + 4*4 = 110; 78.571428...
/// - Bizerte: 3*8 + 2*8 + 2*(4+4+3+4+4+4+3) + 4*4 = 24+16+52+16 = 108; 77.142857...
/// - Carthage: 3*7 + 2*8 + 2*26 + 4*4 = 105; 75
/// - Monastir: 3*7 + 2*7 + 2*26 + 4*4 = 103; 73.571428...
/// - Kairouan: reviewers 103 and 100 (first criterion 7 and 6): the mean 6.5 gives 3*6.5 + 14 + 52 + 16 =
///   101.5; 100*101.5/140 = 72.5
/// - Nabeul: 3*6 + 2*7 + 2*26 + 4*4 = 100; 71.428571...
/// - Gabès: 3*6 + 2*7 + 2*(4+4+3+4+4+3+3) + 4*4 = 18+14+50+16 = 98; 70
/// - Béja: 3*7 + 2*6 + 2*(4+3+3+3+4+3+3) + 4*4 = 21+12+46+16 = 95; 67.857142...
/// - Jendouba: 3*7 + 2*5 + 2*(3+4+3+4+3+4+3) + 4*4 = 21+10+48+16 = 95; the same total, and the same scores on
///   the tie-break criteria (1 and 6): the lottery decides.
/// - Le Kef: 3*3 + 2*8 + 2*23 + 4*5 = 91; 65, but citizen participation 3 is below its minimum of 4.
/// - Tataouine: 3*6 + 2*5 + 2*(3+3+3+3+4+3+3) + 4*3 = 18+10+44+12 = 84; 60
/// - Médenine: 3*6 + 2*5 + 2*(3+3+3+3+3+3+2) + 4*3 = 18+10+40+12 = 80; 57.142857...
/// - Mahdia: 3*4 + 2*6 + 2*20 + 4*4 = 12+12+40+16 = 80; the same total, but 4 < 6 on citizen participation.
/// - Gafsa: 3*5 + 2*4 + 2*14 + 4*3 = 63; 45, below the minimum total of 50.
/// - Kasserine: 3*4 + 2*4 + 2*14 + 4*2 = 56; 40, below it too.
/// - Tozeur: screened ineligible, never reviewed.
fn applicants() -> Vec<ApplicantSpec> {
    let both = |scores: [i64; 10]| vec![scores.to_vec(), scores.to_vec()];
    let mut applicants = vec![
        ApplicantSpec::new(
            "Tunis",
            "TN-11",
            "50000",
            both([9, 8, 4, 4, 4, 4, 4, 4, 4, 4]),
        ),
        ApplicantSpec::new(
            "Sfax",
            "TN-61",
            "60000",
            both([9, 9, 4, 4, 4, 4, 5, 4, 4, 4]),
        ),
        ApplicantSpec::new(
            "Sousse",
            "TN-51",
            "45000",
            both([8, 8, 4, 4, 4, 4, 4, 4, 4, 4]),
        ),
        ApplicantSpec::new(
            "Kairouan",
            "TN-41",
            "60000",
            vec![
                vec![7, 7, 4, 4, 3, 4, 4, 4, 4, 3],
                vec![6, 7, 4, 4, 3, 4, 4, 4, 4, 3],
            ],
        ),
        ApplicantSpec::new(
            "Bizerte",
            "TN-23",
            "50000",
            both([8, 8, 4, 4, 3, 4, 4, 4, 4, 3]),
        ),
        ApplicantSpec::new(
            "Gabès",
            "TN-81",
            "45000",
            both([6, 7, 4, 4, 3, 4, 4, 4, 3, 3]),
        ),
        ApplicantSpec::new(
            "Béja",
            "TN-31",
            "30000",
            both([7, 6, 4, 3, 3, 4, 3, 4, 3, 3]),
        ),
        ApplicantSpec::new(
            "Jendouba",
            "TN-32",
            "30000",
            both([7, 5, 3, 4, 3, 4, 4, 3, 4, 3]),
        ),
        ApplicantSpec::new(
            "Le Kef",
            "TN-33",
            "35000",
            both([3, 8, 3, 4, 3, 5, 3, 4, 3, 3]),
        ),
        ApplicantSpec::new(
            "La Marsa",
            "TN-11",
            "50000",
            both([10, 9, 5, 4, 4, 5, 4, 4, 4, 4]),
        ),
        ApplicantSpec::new(
            "Le Bardo",
            "TN-11",
            "40000",
            both([8, 7, 4, 4, 4, 4, 4, 4, 4, 4]),
        ),
        ApplicantSpec::new(
            "Carthage",
            "TN-11",
            "30000",
            both([7, 8, 4, 4, 3, 4, 4, 4, 4, 3]),
        ),
        ApplicantSpec::new(
            "Monastir",
            "TN-52",
            "55000",
            both([7, 7, 4, 4, 3, 4, 4, 4, 4, 3]),
        ),
        ApplicantSpec::new(
            "Mahdia",
            "TN-53",
            "25000",
            both([4, 6, 3, 3, 3, 4, 3, 3, 3, 2]),
        ),
        ApplicantSpec::new(
            "Nabeul",
            "TN-21",
            "60000",
            both([6, 7, 4, 4, 3, 4, 4, 4, 4, 3]),
        ),
        ApplicantSpec::new(
            "Médenine",
            "TN-82",
            "25000",
            both([6, 5, 3, 3, 3, 3, 3, 3, 3, 2]),
        ),
        ApplicantSpec::new(
            "Tataouine",
            "TN-83",
            "40000",
            both([6, 5, 3, 3, 3, 3, 3, 4, 3, 3]),
        ),
        ApplicantSpec::new(
            "Gafsa",
            "TN-71",
            "30000",
            both([5, 4, 2, 2, 2, 3, 2, 2, 2, 2]),
        ),
        ApplicantSpec::new(
            "Kasserine",
            "TN-42",
            "35000",
            both([4, 4, 2, 2, 2, 2, 2, 2, 2, 2]),
        ),
        ApplicantSpec::new("Tozeur", "TN-72", "40000", vec![]),
    ];
    applicants[19].eligible = false;
    applicants
}

/// Rank, reference, municipality, total rounded to 2 places, outcome, reason.
type Row<S> = (Option<u64>, S, S, S, S, S);

/// The results, as [`Row`]s, in their published order.
///
/// Selection, by hand: the budget is 500 000 TND and there are 10 slots. Tataouine (TN-83, minimum 1) is
/// selected first for its quota: 460 000 left, 9 slots. Then down the ranking: La Marsa 50 000, Sfax 60 000,
/// Tunis 50 000 (TN-11 now has its maximum of 2), Sousse 45 000; Le Bardo and Carthage are waitlisted for the
/// TN-11 quota; Bizerte 50 000, Monastir 55 000, Kairouan 60 000, Nabeul 60 000: 30 000 and 1 slot left.
/// Gabès asks 45 000: waitlisted for budget. The tied pair asks 30 000 each; the lottery puts Jendouba first:
///
/// ```text
/// printf '%s' 'tunisia-2026-draw:TUN-2026-0008' | sha256sum   # Jendouba
/// 132da27826f7429bffa5a09104db44d2548b939ba56e4365652f3b5605bae098
/// printf '%s' 'tunisia-2026-draw:TUN-2026-0007' | sha256sum   # Béja
/// e7ee3c4928f5cde2373941105a9bb0777de916879e1c23eb3201a2c550175ce3
/// ```
///
/// so Jendouba takes the last slot and the last 30 000; Béja, Médenine and Mahdia find no slot. Médenine ranks
/// above Mahdia on citizen participation although Mahdia's lottery key (577b1b3a...) is the smaller. Awarded:
/// 40+50+60+50+45+50+55+60+60+30 = 500 thousand.
const EXPECTED: [Row<&str>; 20] = [
    (
        Some(1),
        "TUN-2026-0010",
        "La Marsa",
        "90.00",
        "selected",
        "ranked",
    ),
    (
        Some(2),
        "TUN-2026-0002",
        "Sfax",
        "85.00",
        "selected",
        "ranked",
    ),
    (
        Some(3),
        "TUN-2026-0001",
        "Tunis",
        "82.14",
        "selected",
        "ranked",
    ),
    (
        Some(4),
        "TUN-2026-0003",
        "Sousse",
        "80.00",
        "selected",
        "ranked",
    ),
    (
        Some(5),
        "TUN-2026-0011",
        "Le Bardo",
        "78.57",
        "waitlisted",
        "quota",
    ),
    (
        Some(6),
        "TUN-2026-0005",
        "Bizerte",
        "77.14",
        "selected",
        "ranked",
    ),
    (
        Some(7),
        "TUN-2026-0012",
        "Carthage",
        "75.00",
        "waitlisted",
        "quota",
    ),
    (
        Some(8),
        "TUN-2026-0013",
        "Monastir",
        "73.57",
        "selected",
        "ranked",
    ),
    (
        Some(9),
        "TUN-2026-0004",
        "Kairouan",
        "72.50",
        "selected",
        "ranked",
    ),
    (
        Some(10),
        "TUN-2026-0015",
        "Nabeul",
        "71.43",
        "selected",
        "ranked",
    ),
    (
        Some(11),
        "TUN-2026-0006",
        "Gabès",
        "70.00",
        "waitlisted",
        "budget",
    ),
    (
        Some(12),
        "TUN-2026-0008",
        "Jendouba",
        "67.86",
        "selected",
        "ranked",
    ),
    (
        Some(13),
        "TUN-2026-0007",
        "Béja",
        "67.86",
        "waitlisted",
        "slots",
    ),
    (
        Some(14),
        "TUN-2026-0017",
        "Tataouine",
        "60.00",
        "selected",
        "minimum_quota",
    ),
    (
        Some(15),
        "TUN-2026-0016",
        "Médenine",
        "57.14",
        "waitlisted",
        "slots",
    ),
    (
        Some(16),
        "TUN-2026-0014",
        "Mahdia",
        "57.14",
        "waitlisted",
        "slots",
    ),
    (
        None,
        "TUN-2026-0009",
        "Le Kef",
        "65.00",
        "not_selected",
        "criterion_minimum",
    ),
    (
        None,
        "TUN-2026-0018",
        "Gafsa",
        "45.00",
        "not_selected",
        "threshold",
    ),
    (
        None,
        "TUN-2026-0019",
        "Kasserine",
        "40.00",
        "not_selected",
        "threshold",
    ),
    (
        None,
        "TUN-2026-0020",
        "Tozeur",
        "",
        "not_selected",
        "ineligible",
    ),
];

fn spec() -> SelectionSpec {
    SelectionSpec {
        programme: "OGP Local Tunisia".into(),
        code: "TUN".into(),
        total_budget: "500000".into(),
        min_award: "20000".into(),
        max_award: "60000".into(),
        max_awards: 10,
        min_reviews: 2,
        min_total_score: Some("50".into()),
        tie_break: vec![1, 6],
        quotas: vec![
            Quota {
                subdivision: "TN-11".into(),
                min_awards: None,
                max_awards: Some(2),
            },
            Quota {
                subdivision: "TN-83".into(),
                min_awards: Some(1),
                max_awards: None,
            },
        ],
        criteria: criteria(),
        committee: vec![
            SeatSpec::new("Amira Ben Salah", "civil_society"),
            SeatSpec::new("Youssef Trabelsi", "civil_society"),
            SeatSpec::new("Leila Gharbi", "civil_society"),
            SeatSpec::new("Mohamed Jaziri", "government"),
            SeatSpec::new("Sonia Mejri", "government"),
            SeatSpec::new("Karim Bouazizi", "government"),
        ],
        applicants: applicants(),
        seed: Some(SEED.into()),
    }
}

/// A decimal string rounded to 2 places for display ("" for none). The totals here are never halfway between
/// two hundredths, so rounding through a float is exact enough.
fn two_places(total: &Value) -> String {
    total
        .as_str()
        .map(|t| format!("{:.2}", t.parse::<f64>().unwrap()))
        .unwrap_or_default()
}

#[tokio::test]
async fn the_tunisian_call_ranks_twenty_municipalities_and_selects_ten_within_budget_slots_and_quotas()
 {
    let app = spawn_app().await;
    let (manager, token) = app
        .user_with_token("manager@ogp-tunisia.example", &[Role::Manager])
        .await;
    let world = app.selection_world(&manager, &spec()).await;
    let call = world.call.call.id;

    // The board before deciding: ready to finalise, with the criterion visible where it separated equal
    // totals. Scoring is still open, so the lottery is sealed: its commitment is shown, not its seed, and the
    // tied pair shares one rank in reference order, marked as the lottery's to decide.
    let board = app
        .api(
            "GET",
            &format!("/calls/{call}/selection"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(board.status, 200, "{}", board.body);
    assert_eq!(board.body["problems"], json!([]));
    assert_eq!(board.body["lottery_seed"], Value::Null);
    assert_eq!(
        board.body["lottery_commitment"],
        domain::selection::lottery::commitment(SEED)
    );
    assert_eq!(board.body["selected"], 10);
    assert_eq!(board.body["awarded"], "500000.000");
    let quotas: Vec<(Value, Value)> = board.body["quotas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| (q["subdivision"].clone(), q["selected"].clone()))
        .collect();
    assert_eq!(
        quotas,
        [(json!("TN-11"), json!(2)), (json!("TN-83"), json!(1))]
    );
    let on_board = |reference: &str| -> Value {
        board.body["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["reference"] == reference)
            .cloned()
            .unwrap()
    };
    for reference in ["TUN-2026-0007", "TUN-2026-0008"] {
        let row = on_board(reference);
        assert_eq!(row["rank"], 12, "{row}");
        assert_eq!(row["lottery_tie"], true, "{row}");
        assert_eq!(row["lottery_key"], Value::Null, "{row}");
    }
    assert_eq!(on_board("TUN-2026-0008")["tie_break"], "lottery");
    assert_eq!(on_board("TUN-2026-0014")["tie_break"], "criterion:1");
    assert_eq!(on_board("TUN-2026-0014")["lottery_tie"], false);
    assert_eq!(
        on_board("TUN-2026-0009")["disqualification"],
        "criterion_minimum"
    );

    let finalised = app
        .api(
            "POST",
            &format!("/calls/{call}/selection/finalise"),
            Some(&token),
            Some(json!({"version": board.body["call_version"]})),
        )
        .await;
    assert_eq!(finalised.status, 200, "{}", finalised.body);
    let published = app
        .api(
            "POST",
            &format!("/calls/{call}/results/publish"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(published.status, 200, "{}", published.body);

    let results = app
        .api("GET", &format!("/calls/{call}/results"), None, None)
        .await;
    assert_eq!(results.status, 200, "{}", results.body);
    let rows = results.body["rows"].as_array().unwrap();
    let table: Vec<Row<String>> = rows
        .iter()
        .map(|r| {
            (
                r["rank"].as_u64(),
                r["reference"].as_str().unwrap().to_owned(),
                r["lead"]
                    .as_str()
                    .unwrap()
                    .trim_start_matches("Municipality of ")
                    .to_owned(),
                two_places(&r["total"]),
                r["outcome"].as_str().unwrap().to_owned(),
                r["reason"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let expected: Vec<Row<String>> = EXPECTED
        .iter()
        .map(|(rank, reference, name, total, outcome, reason)| {
            (
                *rank,
                (*reference).to_owned(),
                (*name).to_owned(),
                (*total).to_owned(),
                (*outcome).to_owned(),
                (*reason).to_owned(),
            )
        })
        .collect();
    assert_eq!(table, expected);

    // Finalising closed scoring, which revealed the seed: anyone can check it against the commitment shown
    // since reviewing started, and recompute the lottery from it and the keys of the tied pair, published
    // only for them.
    assert_eq!(results.body["lottery_seed"], SEED);
    assert_eq!(
        results.body["lottery_commitment"],
        board.body["lottery_commitment"]
    );
    let keys: Vec<(&str, &str)> = rows
        .iter()
        .filter_map(|r| Some((r["reference"].as_str()?, r["lottery_key"].as_str()?)))
        .collect();
    assert_eq!(
        keys,
        [
            (
                "TUN-2026-0008",
                "132da27826f7429bffa5a09104db44d2548b939ba56e4365652f3b5605bae098"
            ),
            (
                "TUN-2026-0007",
                "e7ee3c4928f5cde2373941105a9bb0777de916879e1c23eb3201a2c550175ce3"
            ),
        ]
    );
    // Exact figures where they terminate, the mean of Kairouan's first criterion among them.
    let kairouan = &rows[8];
    let exact = |value: &Value| -> String {
        let text = value.as_str().unwrap();
        if text.contains('.') {
            text.trim_end_matches('0').trim_end_matches('.').to_owned()
        } else {
            text.to_owned()
        }
    };
    assert_eq!(exact(&kairouan["total"]), "72.5");
    assert_eq!(exact(&kairouan["scores"][0]["score"]), "6.5");
    assert_eq!(exact(&rows[0]["total"]), "90");
    assert_eq!(results.body["awarded"], "500000.000");
    assert_eq!(results.body["budget"], "500000.000");
    assert_eq!(results.body["tie_break"], json!([1, 6]));
    assert_eq!(results.body["criteria"].as_array().unwrap().len(), 10);
    let sectors: Vec<&str> = results.body["committee"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["sector"].as_str().unwrap())
        .collect();
    assert_eq!(
        sectors.iter().filter(|s| **s == "civil_society").count(),
        sectors.iter().filter(|s| **s == "government").count()
    );
    assert_eq!(sectors.len(), 6);

    // Every application took its outcome; the ineligible one keeps its screening.
    let mut states = std::collections::BTreeMap::new();
    for id in &world.applications {
        let view = app
            .api("GET", &format!("/applications/{id}"), Some(&token), None)
            .await;
        *states
            .entry(view.body["state"].as_str().unwrap().to_owned())
            .or_insert(0) += 1;
    }
    assert_eq!(
        states.into_iter().collect::<Vec<_>>(),
        [
            ("ineligible".to_owned(), 1),
            ("not_selected".to_owned(), 3),
            ("selected".to_owned(), 10),
            ("waitlisted".to_owned(), 6),
        ]
    );
}
