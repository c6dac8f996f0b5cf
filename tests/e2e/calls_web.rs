//! Programmes and calls in the browser, end to end: managers create a programme and a call through the
//! forms and open it behind a confirmation; the public list and the call page show it in the call's time
//! zone with its rules in plain words; drafts stay hidden; frozen parts stay frozen; prerequisites are
//! imported from CSV with a report per row. Asserted on what a visitor would see.

use chrono::{Duration, FixedOffset, Utc};
use convoca_tests::html::{Page, get, log_in, submit};
use convoca_tests::{TestApp, spawn_app};
use domain::calls::CallAction;
use domain::calls::criteria::CriterionInput;
use domain::calls::details::CallDetailsInput;
use domain::calls::eligibility::{EligibilityRule, KindMinimum};
use domain::calls::service::{self, CallView};
use domain::organisations::{self, OrganisationInput, OrganisationKind};
use domain::programmes::{self, Programme, ProgrammeInput};
use domain::{Actor, Role, prerequisites};
use reqwest::StatusCode;
use reqwest::header::ACCEPT_LANGUAGE;

/// Tunisia keeps UTC+1 all year, so the test can work out local times without a time-zone database.
fn tunis() -> FixedOffset {
    FixedOffset::east_opt(3600).expect("a valid offset")
}

/// A manager with a national agency to run programmes.
pub(crate) async fn manager(app: &TestApp) -> (Actor, organisations::Organisation) {
    let user = app
        .create_user("manager@programme.tn", &[Role::Manager], None)
        .await;
    let actor = TestApp::actor(&user);
    let agency = organisations::create(
        &app.db,
        &actor,
        &OrganisationInput {
            name: "Ministère des Affaires locales".into(),
            kind: "national_agency".into(),
            country: "TN".into(),
            ..Default::default()
        },
    )
    .await
    .expect("the agency is created");
    (actor, agency)
}

pub(crate) async fn programme(app: &TestApp, actor: &Actor, agency_id: uuid::Uuid) -> Programme {
    programmes::create(
        &app.db,
        actor,
        &ProgrammeInput {
            name: "OGP Local Tunisia".into(),
            description: "Municipal open government.".into(),
            agency_id,
            currency: "TND".into(),
            reporting_cadence_months: 6,
            content_languages: Vec::new(),
        },
    )
    .await
    .expect("the programme is created")
}

pub(crate) fn details(title: &str) -> CallDetailsInput {
    CallDetailsInput {
        code: "TUN".into(),
        title: title.into(),
        description: "Ten criteria, chosen by a parity committee.".into(),
        opens_at: Utc::now() - Duration::days(1),
        closes_at: Utc::now() + Duration::days(40),
        time_zone: "Africa/Tunis".into(),
        total_budget: "500000".into(),
        min_award: "10000".into(),
        max_award: "50000".into(),
        max_awards: 10,
        min_reviews: 2,
        min_total_score: Some("60".into()),
        tie_break: vec![],
        quotas: vec![],
        reporting_cadence_months: None,
    }
}

/// An open call with two criteria and a rule on applicant kinds, arranged through the services.
async fn open_call(app: &TestApp, actor: &Actor, programme_id: uuid::Uuid) -> CallView {
    let call = service::create(
        &app.db,
        actor,
        programme_id,
        &details("Municipal pilots 2027"),
    )
    .await
    .expect("the draft is created");
    let criteria =
        [("Citizen participation", "3"), ("Transparency", "1")].map(|(title, w)| CriterionInput {
            title: title.into(),
            guidance: "Look for concrete commitments.".into(),
            weight: w.into(),
            max_score: 5,
            min_score: None,
        });
    let call =
        service::replace_criteria(&app.db, actor, call.call.id, call.call.version, &criteria)
            .await
            .expect("criteria are set");
    let rules = [
        EligibilityRule::ApplicantKinds {
            kinds: vec![OrganisationKind::Municipality],
        },
        EligibilityRule::Consortium {
            minimums: vec![KindMinimum {
                kind: OrganisationKind::CivilSociety,
                minimum: 1,
            }],
        },
    ];
    let call =
        service::replace_eligibility(&app.db, actor, call.call.id, call.call.version, &rules)
            .await
            .expect("rules are set");
    service::act(
        &app.db,
        actor,
        call.call.id,
        call.call.version,
        CallAction::Open,
    )
    .await
    .expect("the call opens")
}

#[tokio::test]
async fn a_manager_creates_a_programme_and_a_call_through_the_forms_and_opens_it_for_the_public() {
    let app = spawn_app().await;
    let (_, agency) = manager(&app).await;
    log_in(&app.client, &app, "manager@programme.tn").await;

    let agency_id = agency.id.to_string();
    let created = submit(
        &app.client,
        &app,
        "/manage/programmes",
        "/manage/programmes",
        &[
            ("name", "OGP Local Tunisia"),
            ("description", "Municipal open government."),
            ("agency_id", &agency_id),
            ("currency", "tnd"),
            ("reporting_cadence_months", "6"),
        ],
    )
    .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text());
    let programme_page = created.location.expect("the programme's page");
    get(&app.client, &app, &programme_page)
        .await
        .shows(&["The programme has been created.", "OGP Local Tunisia"]);
    let programme_id = programme_page.trim_start_matches("/manage/programmes/");

    // The deadline is typed as Tunisians read it: 23:59 in Tunis, 40 days from now.
    let deadline_day = (Utc::now() + Duration::days(40))
        .with_timezone(&tunis())
        .date_naive();
    let opens = (Utc::now() - Duration::days(1))
        .with_timezone(&tunis())
        .format("%Y-%m-%dT%H:%M")
        .to_string();
    let closes = format!("{deadline_day}T23:59");
    let created = submit(
        &app.client,
        &app,
        "/manage/calls",
        "/manage/calls",
        &[
            ("programme_id", programme_id),
            ("code", "tun"),
            ("title", "Municipal pilots 2027"),
            (
                "description",
                "Open government pilots.\n\nTen criteria <chosen> by a parity committee.",
            ),
            ("time_zone", "Africa/Tunis"),
            ("opens_at", &opens),
            ("closes_at", &closes),
            ("total_budget", "500000"),
            ("min_award", "10000"),
            ("max_award", "50000"),
            ("max_awards", "10"),
            ("min_reviews", "2"),
            ("min_total_score", "60"),
            ("tie_break", ""),
            ("quotas", "TN-11 1 3"),
            ("reporting_cadence_months", ""),
        ],
    )
    .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.text());
    let editor = created.location.expect("the editor");
    let call_id = editor.trim_start_matches("/manage/calls/").to_owned();

    let saved = submit(
        &app.client,
        &app,
        &editor,
        &format!("{editor}/criteria"),
        &[
            ("criteria[0].title", "Citizen participation"),
            ("criteria[0].guidance", "Who takes part, and how."),
            ("criteria[0].weight", "3"),
            ("criteria[0].max_score", "5"),
            ("criteria[0].min_score", "2"),
            ("criteria[1].title", "Transparency"),
            ("criteria[1].guidance", ""),
            ("criteria[1].weight", "1"),
            ("criteria[1].max_score", "5"),
            ("criteria[1].min_score", ""),
            ("criteria[2].title", ""),
            ("criteria[2].guidance", ""),
            ("criteria[2].weight", ""),
            ("criteria[2].max_score", ""),
            ("criteria[2].min_score", ""),
        ],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    let saved = submit(
        &app.client,
        &app,
        &editor,
        &format!("{editor}/eligibility"),
        &[
            ("kinds", "municipality"),
            ("kinds", "province"),
            ("consortium.municipality", "2"),
            ("consortium.civil_society", "1"),
        ],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());

    let confirm_path = format!("{editor}/confirm/open");
    let confirm = get(&app.client, &app, &confirm_path).await;
    assert_eq!(confirm.status, StatusCode::OK);
    confirm.shows(&[
        "Open “Municipal pilots 2027” for applications?",
        "Once open, criteria, weights, questions and eligibility rules are frozen",
    ]);
    let opened = submit(
        &app.client,
        &app,
        &confirm_path,
        &format!("{editor}/open"),
        &[],
    )
    .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.text());
    get(&app.client, &app, &editor).await.shows(&[
        "The call is open.",
        "Frozen since the call opened.",
        "Citizen participation",
    ]);

    let public = reqwest::Client::new();
    // In the call's zone, named, with its IANA id.
    let deadline = format!(
        "{} at 11:59 PM Tunisia Time (Africa/Tunis)",
        deadline_day.format("%B %-d, %Y")
    );
    let list = get(&public, &app, "/calls").await;
    assert_eq!(list.status, StatusCode::OK);
    list.shows(&[
        "Municipal pilots 2027",
        "OGP Local Tunisia",
        "Open for applications",
        &deadline,
        "500,000.000 TND",
    ]);
    let filtered = get(&public, &app, "/calls?status=past&country=TN").await;
    assert!(!filtered.text().contains("Municipal pilots 2027"));

    let page = get(&public, &app, &format!("/calls/{call_id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.shows(&[
        &deadline,
        "days",
        "left",
        "from 10,000.000 TND to 50,000.000 TND",
        "Citizen participation 3 (75% of the total) 5 2 Who takes part, and how.",
        "Transparency 1 (25% of the total) 5 None",
        "Applicants must be: Municipality, Province.",
        "The application must come from a consortium with Municipality (at least 2), Civil-society organisation (at least 1).",
        "Tunis (TN-11): between 1 and 3",
        "Ten criteria <chosen> by a parity committee.",
    ]);
    assert!(
        page.body.contains("&#60;chosen&#62;"),
        "the description is escaped"
    );
    assert!(
        !page.body.contains(&format!("/calls/{call_id}/apply")),
        "no apply button for a visitor"
    );
}

#[tokio::test]
async fn a_signed_in_applicant_sees_the_apply_button_of_an_open_call() {
    let app = spawn_app().await;
    let (actor, agency) = manager(&app).await;
    let programme = programme(&app, &actor, agency.id).await;
    let call = open_call(&app, &actor, programme.id).await;
    app.sign_up_municipality("Municipalité de Bizerte", "staff@bizerte.tn")
        .await;
    log_in(&app.client, &app, "staff@bizerte.tn").await;

    let page = get(&app.client, &app, &format!("/calls/{}", call.call.id)).await;

    let apply = format!("href=\"/calls/{}/apply\"", call.call.id);
    assert!(page.body.contains(&apply), "{}", page.text());
    page.shows(&["Apply to this call"]);
    // The link leads to the page that starts an application.
    let apply_page = get(&app.client, &app, &format!("/calls/{}/apply", call.call.id)).await;
    assert_eq!(apply_page.status, StatusCode::OK);
    apply_page.shows(&["Start an application"]);
}

#[tokio::test]
async fn a_draft_is_not_found_for_the_public_but_shown_to_managers() {
    let app = spawn_app().await;
    let (actor, agency) = manager(&app).await;
    let programme = programme(&app, &actor, agency.id).await;
    let draft = service::create(&app.db, &actor, programme.id, &details("Secret draft"))
        .await
        .expect("the draft is created");
    let path = format!("/calls/{}", draft.call.id);

    let anonymous = get(&app.client, &app, &path).await;
    assert_eq!(anonymous.status, StatusCode::NOT_FOUND);
    assert!(
        !get(&app.client, &app, "/calls")
            .await
            .text()
            .contains("Secret draft")
    );

    app.sign_up_municipality("Municipalité de Bizerte", "staff@bizerte.tn")
        .await;
    let applicant = convoca_tests::new_client();
    log_in(&applicant, &app, "staff@bizerte.tn").await;
    assert_eq!(
        get(&applicant, &app, &path).await.status,
        StatusCode::NOT_FOUND
    );

    let manager = convoca_tests::new_client();
    log_in(&manager, &app, "manager@programme.tn").await;
    let shown = get(&manager, &app, &path).await;
    assert_eq!(shown.status, StatusCode::OK);
    shown.shows(&["Secret draft", "Draft"]);
    get(&manager, &app, "/calls?status=draft")
        .await
        .shows(&["Secret draft"]);
}

#[tokio::test]
async fn an_open_call_refuses_new_criteria_with_the_frozen_message_but_its_title_can_still_change()
{
    let app = spawn_app().await;
    let (actor, agency) = manager(&app).await;
    let programme = programme(&app, &actor, agency.id).await;
    let call = open_call(&app, &actor, programme.id).await;
    log_in(&app.client, &app, "manager@programme.tn").await;
    let editor = format!("/manage/calls/{}", call.call.id);
    let before = app.audit_count().await;

    // A form from a page opened while the call was still a draft.
    let refused = submit(
        &app.client,
        &app,
        &editor,
        &format!("{editor}/criteria"),
        &[
            ("criteria[0].title", "Something else entirely"),
            ("criteria[0].weight", "10"),
            ("criteria[0].max_score", "10"),
        ],
    )
    .await;

    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.text());
    refused.shows(&["There is a problem", "its criteria can no longer change"]);
    assert_eq!(app.audit_count().await, before);
    let after = service::get(&app.db, Some(&actor), call.call.id)
        .await
        .expect("the call");
    let titles: Vec<_> = after.criteria.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, ["Citizen participation", "Transparency"]);
    assert_eq!(after.call.version, call.call.version);

    // What may still change does: the details form sent back as shown, with a new title, is accepted
    // (dates set through the services to the nanosecond survive the round trip through the form).
    let shown = get(&app.client, &app, &editor).await;
    let mut fields: Vec<(String, String)> = [
        "code",
        "time_zone",
        "opens_at",
        "closes_at",
        "total_budget",
        "min_award",
        "max_award",
        "max_awards",
        "min_reviews",
        "min_total_score",
        "tie_break",
        "reporting_cadence_months",
    ]
    .iter()
    .map(|name| ((*name).to_owned(), shown.value(name)))
    .collect();
    for name in ["description", "quotas"] {
        fields.push((name.to_owned(), shown.textarea(name)));
    }
    fields.push((
        "title".to_owned(),
        "Municipal pilots 2027, second round".to_owned(),
    ));
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let saved = submit(
        &app.client,
        &app,
        &editor,
        &format!("{editor}/details"),
        &fields,
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    get(&app.client, &app, &format!("/calls/{}", call.call.id))
        .await
        .shows(&["Municipal pilots 2027, second round"]);
}

#[tokio::test]
async fn refused_forms_are_shown_again_with_messages_and_write_nothing() {
    let app = spawn_app().await;
    let (actor, agency) = manager(&app).await;
    let programme = programme(&app, &actor, agency.id).await;
    log_in(&app.client, &app, "manager@programme.tn").await;
    let before = app.audit_count().await;
    let programme_id = programme.id.to_string();

    let refused = submit(
        &app.client,
        &app,
        "/manage/calls",
        "/manage/calls",
        &[
            ("programme_id", &programme_id),
            ("code", "T"),
            ("title", ""),
            ("time_zone", "Africa/Tunis"),
            ("opens_at", "2027-01-01T09:00"),
            ("closes_at", "31/01/2027"),
            ("total_budget", "1000"),
            ("min_award", "10000"),
            ("max_award", "50000"),
            ("max_awards", "ten"),
            ("min_reviews", "2"),
            ("quotas", "TN-11 1 3\nTN-12 one"),
        ],
    )
    .await;

    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.shows(&[
        "Deadline: Enter a date and time",
        "Most projects funded: Enter a whole number",
        "Awards per region (optional): Line 2: Enter a whole number",
        "Reference code: Use 2 to 12 letters or digits",
        "Title: This field is required.",
        "Total budget: The total budget must cover at least the largest award.",
    ]);
    assert_eq!(app.audit_count().await, before);

    // Opening a call without criteria is refused on the confirmation page.
    let draft = service::create(&app.db, &actor, programme.id, &details("Empty draft"))
        .await
        .expect("the draft is created");
    let editor = format!("/manage/calls/{}", draft.call.id);
    let before = app.audit_count().await;
    let refused = submit(
        &app.client,
        &app,
        &format!("{editor}/confirm/open"),
        &format!("{editor}/open"),
        &[],
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.shows(&["A call needs at least one criterion before it can open."]);
    assert_eq!(app.audit_count().await, before);
}

#[tokio::test]
async fn an_applicant_is_refused_the_managers_pages_and_a_visitor_is_sent_to_log_in() {
    let app = spawn_app().await;
    let anonymous = get(&app.client, &app, "/manage/calls").await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    assert_eq!(
        anonymous.location.as_deref(),
        Some("/login?next=%2Fmanage%2Fcalls")
    );

    app.sign_up_municipality("Municipalité de Bizerte", "staff@bizerte.tn")
        .await;
    log_in(&app.client, &app, "staff@bizerte.tn").await;
    for path in ["/manage/calls", "/manage/programmes"] {
        let page = get(&app.client, &app, path).await;
        assert_eq!(page.status, StatusCode::FORBIDDEN, "{path}");
        page.shows(&["Not allowed"]);
    }
    let home = get(&app.client, &app, "/").await;
    assert!(home.body.contains("href=\"/calls\""));
    assert!(!home.body.contains("href=\"/manage/calls\""));
}

#[tokio::test]
async fn importing_prerequisites_from_csv_shows_what_happened_to_every_row() {
    let app = spawn_app().await;
    let (actor, agency) = manager(&app).await;
    let programme = programme(&app, &actor, agency.id).await;
    prerequisites::create_kind(
        &app.db,
        &actor,
        programme.id,
        &prerequisites::KindInput {
            name: "Open government training".into(),
            description: "Completed the national course.".into(),
        },
    )
    .await
    .expect("the kind is defined");
    let (bizerte, _) = app
        .sign_up_municipality("Municipalité de Bizerte", "staff@bizerte.tn")
        .await;
    log_in(&app.client, &app, "manager@programme.tn").await;
    let page = format!("/manage/programmes/{}", programme.id);
    let csv = format!(
        "organisation,prerequisite,achieved_on,evidence\n\
         {id},Open government training,2026-03-01,Certificate 42\n\
         {id},Open government training,2026-03-01,Certificate 42 again\n\
         nobody,Open government training,2026-03-01,\n\
         {id},Declaration,2026-03-01,\n",
        id = bizerte.id
    );

    let report = submit(
        &app.client,
        &app,
        &page,
        &format!("{page}/prerequisites/import"),
        &[("file", &csv)],
    )
    .await;

    assert_eq!(report.status, StatusCode::OK, "{}", report.text());
    report.shows(&[
        "Import report",
        "1 row recorded. 3 rows refused.",
        "2 Recorded",
        "3 Refused This prerequisite is already recorded for this organisation.",
        "4 Refused No organisation has the id, official code or name “nobody”.",
        "5 Refused The programme has no prerequisite named “Declaration”.",
    ]);
    let held = prerequisites::held_by(&app.db, bizerte.id)
        .await
        .expect("the records");
    assert_eq!(held.len(), 1);
}

/// Defines a prerequisite kind in the programme.
async fn kind(app: &TestApp, actor: &Actor, programme: &Programme, name: &str) -> uuid::Uuid {
    prerequisites::create_kind(
        &app.db,
        actor,
        programme.id,
        &prerequisites::KindInput {
            name: name.into(),
            description: format!("{name}, as the programme defines it."),
        },
    )
    .await
    .expect("the kind is defined")
    .id
}

/// Registers an organisation as a manager does on `/manage/organisations`.
async fn register(
    app: &TestApp,
    actor: &Actor,
    name: &str,
    country: &str,
    official_code: Option<&str>,
) -> organisations::Organisation {
    organisations::create(
        &app.db,
        actor,
        &OrganisationInput {
            name: name.into(),
            kind: "civil_society".into(),
            country: country.into(),
            official_code: official_code.map(str::to_owned),
            ..Default::default()
        },
    )
    .await
    .expect("the organisation is registered")
}

#[tokio::test]
async fn a_prerequisite_import_finds_an_organisation_by_its_unique_name_and_refuses_a_shared_one() {
    let app = spawn_app().await;
    let (actor, agency) = manager(&app).await;
    let programme = programme(&app, &actor, agency.id).await;
    kind(&app, &actor, &programme, "Open government training").await;
    let (bizerte, _) = app
        .sign_up_municipality("Municipalité de Bizerte", "staff@bizerte.tn")
        .await;
    // Two organisations of different countries may bear the same name.
    let valencia_es = register(&app, &actor, "Fundación Valencia", "ES", None).await;
    let valencia_ve = register(&app, &actor, "Fundación Valencia", "VE", None).await;
    log_in(&app.client, &app, "manager@programme.tn").await;
    let page = format!("/manage/programmes/{}", programme.id);
    // The name is matched trimmed and ignoring case, accented capitals included.
    let csv = "organisation,prerequisite,achieved_on,evidence\n\
               \x20 MUNICIPALITÉ DE BIZERTE ,Open government training,2026-03-01,Certificate 7\n\
               fundación valencia,Open government training,2026-03-01,Resolution 3\n\
               Municipalité de Nulle-Part,Open government training,2026-03-01,\n";

    let report = submit(
        &app.client,
        &app,
        &page,
        &format!("{page}/prerequisites/import"),
        &[("file", csv)],
    )
    .await;

    assert_eq!(report.status, StatusCode::OK, "{}", report.text());
    report.shows(&[
        "1 row recorded. 2 rows refused.",
        "2 Recorded",
        "3 Refused Several organisations are named “fundación valencia”; use the identifier or the \
         official code of the one you mean.",
        "4 Refused No organisation has the id, official code or name “Municipalité de Nulle-Part”.",
    ]);
    let held = |id| prerequisites::held_by(&app.db, id);
    assert_eq!(held(bizerte.id).await.expect("the records").len(), 1);
    assert!(held(valencia_es.id).await.expect("the records").is_empty());
    assert!(held(valencia_ve.id).await.expect("the records").is_empty());
}

#[tokio::test]
async fn the_programme_page_lists_who_has_met_each_prerequisite_to_managers_only() {
    let app = spawn_app().await;
    let (actor, agency) = manager(&app).await;
    let programme = programme(&app, &actor, agency.id).await;
    let training = kind(&app, &actor, &programme, "Open government training").await;
    kind(&app, &actor, &programme, "Declaration").await;
    let (bizerte, _) = app
        .sign_up_municipality("Municipalité de Bizerte", "staff@bizerte.tn")
        .await;
    let bawsala = register(
        &app,
        &actor,
        "Association Al Bawsala",
        "TN",
        Some("RNE-1234"),
    )
    .await;
    for (organisation_id, evidence) in [(bizerte.id, "Certificate 42"), (bawsala.id, "")] {
        prerequisites::record(
            &app.db,
            &actor,
            &prerequisites::RecordInput {
                prerequisite_kind_id: training,
                organisation_id,
                achieved_on: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).expect("a date"),
                evidence: evidence.into(),
            },
        )
        .await
        .expect("the prerequisite is recorded");
    }
    let page = format!("/manage/programmes/{}", programme.id);

    let manager = convoca_tests::html::logged_in(&app, "manager@programme.tn").await;
    let shown = get(&manager, &app, &page).await;

    assert_eq!(shown.status, StatusCode::OK);
    shown.shows(&[
        "Who has met them",
        "Declaration No organisation has met it yet.",
        "Organisations that have met “Open government training”",
        "Association Al Bawsala RNE-1234 March 1, 2026",
        "Municipalité de Bizerte March 1, 2026",
        "Certificate 42",
    ]);
    assert!(
        shown.body.contains("<code>RNE-1234</code>"),
        "{}",
        shown.body
    );
    // The form says where the identifiers are, and the template has a row per prerequisite.
    assert!(shown.body.contains("href=\"/manage/organisations\""));
    let template = manager
        .get(app.url(&format!("{page}/prerequisites/template.csv")))
        .send()
        .await
        .expect("GET");
    assert_eq!(template.status(), StatusCode::OK);
    assert_eq!(
        template.text().await.expect("the CSV"),
        "organisation,prerequisite,achieved_on,evidence\n\
         ,Declaration,,\n\
         ,Open government training,,\n"
    );
    // The managers' list shows what an import may name an organisation by.
    let list = get(&manager, &app, "/manage/organisations").await;
    assert!(list.body.contains(&format!("<code>{}</code>", bawsala.id)));
    assert!(list.body.contains("<code>RNE-1234</code>"));

    // An applicant is refused the page, and with it the evidence.
    log_in(&app.client, &app, "staff@bizerte.tn").await;
    for path in [page.clone(), format!("{page}/prerequisites/template.csv")] {
        let refused = get(&app.client, &app, &path).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{path}");
        refused.hides(&["Certificate 42", "Open government training"]);
    }
}

#[tokio::test]
async fn the_call_page_is_in_spanish_when_the_browser_asks_for_it() {
    let app = spawn_app().await;
    let (actor, agency) = manager(&app).await;
    let programme = programme(&app, &actor, agency.id).await;
    let call = open_call(&app, &actor, programme.id).await;

    let response = app
        .client
        .get(app.url(&format!("/calls/{}", call.call.id)))
        .header(ACCEPT_LANGUAGE, "es-AR,es;q=0.9")
        .send()
        .await
        .expect("GET");
    let page = Page::read(response).await;

    assert_eq!(page.status, StatusCode::OK);
    page.shows(&[
        "Abierta a postulaciones",
        "Quedan",
        "Plazo",
        "Presupuesto total",
        "500.000,000 TND",
        "Quién puede postularse",
        "Pueden postularse estos tipos de organización: Municipio.",
        "Organización de la sociedad civil (al menos 1)",
        "Criterios de selección",
        "75 % del total",
    ]);
    assert!(page.body.contains("<html lang=\"es\" dir=\"ltr\">"));
}

#[tokio::test]
async fn a_visitor_not_signed_in_is_offered_to_sign_up_or_log_in_to_apply_to_an_open_call() {
    let app = spawn_app().await;
    let (actor, agency) = manager(&app).await;
    let programme = programme(&app, &actor, agency.id).await;
    let call = open_call(&app, &actor, programme.id).await;
    let id = call.call.id;

    let page = get(&app.client, &app, &format!("/calls/{id}")).await;
    page.shows(&["Sign up to apply", "Already registered? Log in to apply"]);
    assert!(page.body.contains("href=\"/signup\""));
    assert!(
        page.body
            .contains(&format!("href=\"/login?next=%2Fcalls%2F{id}%2Fapply\"")),
        "{}",
        page.body
    );

    // The list filters by country, each named in the reader's language.
    let list = convoca_tests::html::get_in(&app.client, &app, "/calls?country=TN", "fr").await;
    assert!(
        list.body
            .contains("<option value=\"TN\" selected>Tunisie</option>"),
        "{}",
        list.body
    );

    // Signed in as the manager, the invitation is gone.
    let browser = convoca_tests::new_client();
    log_in(&browser, &app, "manager@programme.tn").await;
    get(&browser, &app, &format!("/calls/{id}"))
        .await
        .hides(&["Sign up to apply"]);

    // The favicon the pages link, and the one browsers ask for on their own.
    for path in ["/static/favicon.svg", "/favicon.ico"] {
        let icon = app.client.get(app.url(path)).send().await.expect("GET");
        assert_eq!(icon.status(), StatusCode::OK, "{path}");
        assert_eq!(
            icon.headers()["content-type"].to_str().unwrap(),
            "image/svg+xml",
            "{path}"
        );
    }
}

/// The editor's details as the page shows them, as a browser sends them back.
fn details_as_shown(page: &Page) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = [
        "code",
        "title",
        "time_zone",
        "opens_at",
        "closes_at",
        "total_budget",
        "min_award",
        "max_award",
        "max_awards",
        "min_reviews",
        "min_total_score",
        "tie_break",
        "reporting_cadence_months",
    ]
    .iter()
    .map(|name| ((*name).to_owned(), page.value(name)))
    .collect();
    for name in ["description", "quotas"] {
        fields.push((name.to_owned(), page.textarea(name)));
    }
    fields
}

/// `fields` with `name` set to `value`.
fn with(fields: &[(String, String)], name: &str, value: &str) -> Vec<(String, String)> {
    fields
        .iter()
        .map(|(n, v)| {
            (
                n.clone(),
                if n == name {
                    value.to_owned()
                } else {
                    v.clone()
                },
            )
        })
        .collect()
}

fn pairs(fields: &[(String, String)]) -> Vec<(&str, &str)> {
    fields
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect()
}

#[tokio::test]
async fn the_call_editor_is_one_form_whose_every_button_keeps_what_was_typed_in_every_section() {
    let app = spawn_app().await;
    let (actor, agency) = manager(&app).await;
    let programme = programme(&app, &actor, agency.id).await;
    let draft = service::create(
        &app.db,
        &actor,
        programme.id,
        &details("Municipal pilots 2027"),
    )
    .await
    .expect("the draft is created");
    log_in(&app.client, &app, "manager@programme.tn").await;
    let editor = format!("/manage/calls/{}", draft.call.id);
    let page = get(&app.client, &app, &editor).await;
    assert_eq!(
        page.body.matches(&format!("action=\"{editor}\"")).count(),
        1,
        "one form for every section"
    );
    for section in [
        "details",
        "criteria",
        "scoring",
        "eligibility",
        "questions",
        "indicators",
        "tranches",
    ] {
        assert!(
            page.body
                .contains(&format!("name=\"sections\" value=\"{section}\"")),
            "{section} is on the form"
        );
    }
    page.shows(&["More rows", "Total weight of the criteria:", "Scoring"]);
    let shown = details_as_shown(&page);
    let mut typed = with(&shown, "title", "Municipal pilots 2027, revised");
    for (name, value) in [
        ("sections", "details"),
        ("sections", "criteria"),
        ("criteria[0].title", "Citizen participation"),
        ("criteria[0].guidance", ""),
        ("criteria[0].weight", "3"),
        ("criteria[0].max_score", "5"),
        ("criteria[0].min_score", ""),
    ] {
        typed.push((name.to_owned(), value.to_owned()));
    }

    // More rows: nothing is saved; the page comes back with everything as typed and more blank rows
    // (one typed, three added, three always offered).
    let before = app.audit_count().await;
    let mut more = typed.clone();
    more.push(("more".to_owned(), "criteria".to_owned()));
    let more = submit(&app.client, &app, &editor, &editor, &pairs(&more)).await;
    assert_eq!(more.status, StatusCode::OK, "{}", more.text());
    assert_eq!(more.value("title"), "Municipal pilots 2027, revised");
    assert_eq!(more.value("criteria[0].title"), "Citizen participation");
    assert!(more.body.contains("name=\"criteria[6].title\""));
    assert!(!more.body.contains("name=\"criteria[7].title\""));
    assert_eq!(app.audit_count().await, before);

    // The criteria's Save also saves the new title typed in the details above it.
    let mut save = typed.clone();
    save.push(("section".to_owned(), "criteria".to_owned()));
    let saved = submit(&app.client, &app, &editor, &editor, &pairs(&save)).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    assert_eq!(saved.location, Some(format!("{editor}#criteria")));
    let after = service::get(&app.db, Some(&actor), draft.call.id)
        .await
        .expect("the call");
    assert_eq!(after.call.title, "Municipal pilots 2027, revised");
    let titles: Vec<_> = after.criteria.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, ["Citizen participation"]);
    assert_eq!(app.audit_count().await, before + 2, "one entry per section");
    let page = get(&app.client, &app, &editor).await;
    page.shows(&["Your changes have been saved."]);
    assert!(page.body.contains("data-weight-total>3</output>"));

    // Sent back as shown, nothing changed: nothing is written.
    let before = app.audit_count().await;
    let unchanged = submit(&app.client, &app, &editor, &editor, &pairs(&save)).await;
    assert_eq!(
        unchanged.status,
        StatusCode::SEE_OTHER,
        "{}",
        unchanged.text()
    );
    assert_eq!(app.audit_count().await, before);
    get(&app.client, &app, &editor)
        .await
        .shows(&["Nothing had changed, so nothing was saved."]);

    // A refused section: the details before it are saved, its cell says what is wrong with the text
    // kept, and the questions typed after it are shown as typed, not saved.
    let mut refused = with(
        &typed,
        "description",
        "Pilots chosen by a parity committee.",
    );
    refused = with(&refused, "criteria[0].weight", "heavy");
    for (name, value) in [
        ("sections", "questions"),
        ("questions[0].prompt", "What will you publish first?"),
        ("questions[0].kind", "text"),
        ("section", "details"),
    ] {
        refused.push((name.to_owned(), value.to_owned()));
    }
    let refused = submit(&app.client, &app, &editor, &editor, &pairs(&refused)).await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.text()
    );
    refused.shows(&["There is a problem"]);
    assert_eq!(refused.value("criteria[0].weight"), "heavy");
    assert_eq!(
        refused.value("questions[0].prompt"),
        "What will you publish first?"
    );
    let after = service::get(&app.db, Some(&actor), draft.call.id)
        .await
        .expect("the call");
    assert_eq!(
        after.call.description,
        "Pilots chosen by a parity committee."
    );
    assert_eq!(after.criteria[0].weight.to_string(), "3");
    assert!(after.questions.is_empty());

    // The aggregation method and the selection mode are set in the editor too.
    let page = get(&app.client, &app, &editor).await;
    let mut scoring = details_as_shown(&page);
    for (name, value) in [
        ("sections", "details"),
        ("sections", "scoring"),
        ("aggregation", "median"),
        ("disagreement_threshold", "25"),
        ("selection_mode", "benchmark"),
        ("section", "scoring"),
    ] {
        scoring.push((name.to_owned(), value.to_owned()));
    }
    let saved = submit(&app.client, &app, &editor, &editor, &pairs(&scoring)).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    let after = service::get(&app.db, Some(&actor), draft.call.id)
        .await
        .expect("the call");
    assert_eq!(after.call.aggregation, "median");
    assert_eq!(after.call.disagreement_threshold.as_deref(), Some("25"));
    assert_eq!(after.call.selection_mode, "benchmark");
    let page = get(&app.client, &app, &editor).await;
    assert!(
        page.body.contains("<option value=\"benchmark\" selected>"),
        "{}",
        page.body
    );

    // Only managers may save: an applicant's post is refused and changes nothing.
    app.sign_up_municipality("Municipalité de Bizerte", "staff@bizerte.tn")
        .await;
    let applicant = convoca_tests::html::logged_in(&app, "staff@bizerte.tn").await;
    let before = app.audit_count().await;
    let forbidden = submit(
        &applicant,
        &app,
        "/",
        &editor,
        &[
            ("version", &after.call.version.to_string()),
            ("sections", "details"),
            ("title", "Taken over"),
        ],
    )
    .await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN);
    assert_eq!(app.audit_count().await, before);
}
