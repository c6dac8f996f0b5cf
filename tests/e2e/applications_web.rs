//! Applications in the browser, end to end: a municipality starts an application from the call's page,
//! saves drafts (a stale save keeps both versions in view, a bad amount writes nothing), attaches files
//! (checked by content, downloaded only by those who may see the application), submits and gets a receipt;
//! a manager lists, filters, exports and screens. Asserted on what a visitor would see.

use chrono::{Datelike, Utc};
use convoca_tests::html::{Page, get, logged_in, submit};
use convoca_tests::{TestApp, spawn_app};
use domain::Role;
use domain::accounts::User;
use domain::calls::EligibilityRule;
use domain::calls::eligibility::KindMinimum;
use domain::calls::questions::QuestionInput;
use domain::calls::service::CallView;
use domain::organisations::{Organisation, OrganisationKind};
use reqwest::header::{CONTENT_DISPOSITION, CONTENT_TYPE, X_CONTENT_TYPE_OPTIONS};
use reqwest::{Client, StatusCode};

const PDF: &[u8] =
    b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
/// The SHA-256 of [`PDF`], as `sha256sum` prints it.
const PDF_SHA256: &str = "4f0721b2855d0ba9449d707e357a71b818155573a87bd0b3bb57f66627230175";
const PNG: &[u8] = &[
    0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, b'I', b'H', b'D', b'R', 0, 0,
];

/// Uploads a file through the attachments form of the application page at `page_path`, with the page's
/// CSRF token (or `token` instead, when given).
async fn upload(
    client: &Client,
    app: &TestApp,
    page_path: &str,
    file_name: &str,
    bytes: &[u8],
    question_id: Option<&str>,
    token: Option<&str>,
) -> Page {
    let page = get(client, app, page_path).await;
    let token = token.map_or_else(|| page.value("csrf_token"), str::to_owned);
    let mut form = reqwest::multipart::Form::new().text("csrf_token", token);
    if let Some(question_id) = question_id {
        form = form.text("question_id", question_id.to_owned());
    }
    let part = reqwest::multipart::Part::bytes(bytes.to_vec()).file_name(file_name.to_owned());
    form = form.part("file", part);
    Page::read(
        client
            .post(app.url(&format!("{page_path}/attachments")))
            .multipart(form)
            .send()
            .await
            .expect("upload"),
    )
    .await
}

/// The questions of the test call: a required short answer, an optional yes/no and a required document.
fn questions() -> Vec<QuestionInput> {
    vec![
        QuestionInput {
            prompt: "Which neighbourhoods take part?".into(),
            kind: "short_text".into(),
            required: true,
            ..Default::default()
        },
        QuestionInput {
            prompt: "Has the council adopted an open government commitment?".into(),
            kind: "yes_no".into(),
            required: false,
            ..Default::default()
        },
        QuestionInput {
            prompt: "Council resolution".into(),
            kind: "document".into(),
            required: true,
            ..Default::default()
        },
    ]
}

/// What the tests start from: a manager, an open call for municipalities with a civil-society partner,
/// and a signed-up municipality (not verified yet) whose applicant is logged in.
struct Setting {
    app: TestApp,
    manager: User,
    call: CallView,
    municipality: Organisation,
    applicant: Client,
}

async fn setting() -> Setting {
    let app = spawn_app().await;
    let manager = app
        .create_user("manager@programme.tn", &[Role::Manager], None)
        .await;
    let programme = app
        .programme(&manager, "OGP Local Tunisia", "TN", "TND")
        .await;
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
    let call = app
        .open_call(&manager, &programme, "TUN", &questions(), &rules)
        .await;
    // Time stands still inside the call's window, so that references and deadlines are predictable.
    app.clock.set(Some(Utc::now()));
    let (municipality, _) = app
        .sign_up_municipality("Municipalité de Sfax", "amel@sfax.tn")
        .await;
    let applicant = logged_in(&app, "amel@sfax.tn").await;
    Setting {
        app,
        manager,
        call,
        municipality,
        applicant,
    }
}

impl Setting {
    /// The id of the call question whose prompt starts with `prompt`.
    fn question(&self, prompt: &str) -> String {
        self.call
            .questions
            .iter()
            .find(|q| q.prompt.starts_with(prompt))
            .expect("the question exists")
            .id
            .to_string()
    }

    /// Starts an application through the apply page; returns its page's path.
    async fn start(&self) -> String {
        let apply = format!("/calls/{}/apply", self.call.call.id);
        let started = submit(&self.applicant, &self.app, &apply, &apply, &[]).await;
        assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.text());
        started.location.expect("the application's page")
    }

    async fn verify(&self) {
        domain::organisations::verify(
            &self.app.db,
            &TestApp::actor(&self.manager),
            self.municipality.id,
        )
        .await
        .expect("the municipality is verified");
    }

    /// The fields of a whole draft with one budget line.
    fn draft(&self, title: &str, amount: &str) -> Vec<(String, String)> {
        vec![
            ("title".into(), title.into()),
            (
                "summary".into(),
                "Citizens decide part of the budget.".into(),
            ),
            ("problem".into(), "Low trust in the council.".into()),
            ("objectives".into(), "Two assemblies a year.".into()),
            (
                "participation_plan".into(),
                "Neighbourhood assemblies vote on projects.".into(),
            ),
            (
                format!("answers.{}", self.question("Which")),
                "Médina and Sakiet Ezzit".into(),
            ),
            (
                format!("answers.{}", self.question("Has the")),
                "yes".into(),
            ),
            ("budget_lines[0].category".into(), "Events".into()),
            (
                "budget_lines[0].description".into(),
                "Citizen assemblies".into(),
            ),
            ("budget_lines[0].amount".into(), amount.into()),
            ("budget_lines[1].category".into(), String::new()),
            ("budget_lines[1].description".into(), String::new()),
            ("budget_lines[1].amount".into(), String::new()),
            ("co_funding".into(), "1500".into()),
        ]
    }

    /// Saves a draft from the application page.
    async fn save(&self, client: &Client, path: &str, fields: &[(String, String)]) -> Page {
        let fields: Vec<(&str, &str)> = fields
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        submit(client, &self.app, path, path, &fields).await
    }

    /// Registers a civil-society partner without an account through the page's form.
    async fn register_partner(&self, path: &str) {
        let registered = submit(
            &self.applicant,
            &self.app,
            path,
            &format!("{path}/partners/register"),
            &[
                (
                    "organisation.name",
                    "Association Tunisienne de Gouvernance Locale",
                ),
                ("organisation.kind", "civil_society"),
                ("organisation.country", "TN"),
                ("organisation.subdivision", ""),
                ("role", "Runs the assemblies"),
            ],
        )
        .await;
        assert_eq!(
            registered.status,
            StatusCode::SEE_OTHER,
            "{}",
            registered.text()
        );
    }

    /// A complete, eligible draft of a verified municipality, submitted; returns its page's path.
    async fn submitted(&self, title: &str) -> String {
        self.verify().await;
        let path = self.start().await;
        let saved = self
            .save(&self.applicant, &path, &self.draft(title, "12000"))
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
        self.register_partner(&path).await;
        let resolution = self.question("Council resolution");
        let uploaded = upload(
            &self.applicant,
            &self.app,
            &path,
            "resolution.pdf",
            PDF,
            Some(&resolution),
            None,
        )
        .await;
        assert_eq!(
            uploaded.status,
            StatusCode::SEE_OTHER,
            "{}",
            uploaded.text()
        );
        let submitted = submit(
            &self.applicant,
            &self.app,
            &path,
            &format!("{path}/submit"),
            &[],
        )
        .await;
        assert_eq!(
            submitted.status,
            StatusCode::SEE_OTHER,
            "{}",
            submitted.text()
        );
        path
    }

    /// The reference the first submission to the call gets.
    fn first_reference(&self) -> String {
        format!("TUN-{}-0001", self.app.clock.now().year())
    }
}

#[tokio::test]
async fn a_municipality_starts_an_application_saves_a_draft_and_sees_what_is_missing_and_why() {
    let s = setting().await;
    let apply = format!("/calls/{}/apply", s.call.call.id);

    // Anonymous visitors are sent to log in first, and come back here.
    let anonymous = get(&convoca_tests::new_client(), &s.app, &apply).await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    assert!(
        anonymous
            .location
            .as_deref()
            .is_some_and(|l| l.starts_with("/login?next=")),
        "{:?}",
        anonymous.location
    );

    let call_page = get(&s.applicant, &s.app, &format!("/calls/{}", s.call.call.id)).await;
    assert!(call_page.body.contains(&format!("href=\"{apply}\"")));
    get(&s.applicant, &s.app, &apply)
        .await
        .shows(&["Apply to “OGP Local Tunisia call”", "Start an application"]);
    let path = s.start().await;
    let page = get(&s.applicant, &s.app, &path).await;
    assert_eq!(page.status, StatusCode::OK);
    page.shows(&[
        "Your application has been started.",
        "Untitled application",
        "Draft",
        "Municipalité de Sfax has not been verified by a programme manager yet",
        "Which neighbourhoods take part?",
        "Has the council adopted an open government commitment? (optional)",
        "Missing A project title",
    ]);
    // A second visit to the apply page opens the same application.
    let again = get(&s.applicant, &s.app, &apply).await;
    assert_eq!(again.location.as_deref(), Some(path.as_str()));

    let saved = s
        .save(
            &s.applicant,
            &path,
            &s.draft("Participatory budget in Sfax", "12000.5"),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    let page = get(&s.applicant, &s.app, &path).await;
    page.shows(&[
        "The draft has been saved.",
        "Participatory budget in Sfax",
        "Requested amount 12,000.500 TND",
        "Done A project title",
        "Done At least one budget line",
        "Done An answer to “Which neighbourhoods take part?”",
        "Missing A document for “Council resolution”",
        "Passes Municipality is one of the kinds this call accepts",
        "Fails The consortium lacks members",
    ]);
    assert_eq!(page.value("budget_lines[0].amount"), "12000.500");
    assert_eq!(page.value("co_funding"), "1500.000");
    assert!(page.body.contains("value=\"yes\" checked"));

    // Submitting now lists every reason at once, and submits nothing.
    let refused = submit(&s.applicant, &s.app, &path, &format!("{path}/submit"), &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.shows(&[
        "There is a problem",
        "Your organisation has not been verified by the programme yet",
        "Missing: A document for “Council resolution”",
        "The consortium lacks members",
    ]);

    let dashboard = get(&s.applicant, &s.app, "/applications").await;
    assert_eq!(dashboard.status, StatusCode::OK);
    dashboard.shows(&[
        "My applications",
        "Participatory budget in Sfax",
        "OGP Local Tunisia call (TUN)",
        "Draft",
        "Not submitted yet",
        "12,000.500 TND",
        // The test call's zone is UTC: no place to name.
        " UTC",
        "Complete the application and submit it before the deadline.",
    ]);
}

#[tokio::test]
async fn a_stale_save_keeps_what_was_typed_and_shows_what_was_saved_meanwhile() {
    let s = setting().await;
    let path = s.start().await;
    s.app
        .create_user("karim@sfax.tn", &[Role::Applicant], Some(s.municipality.id))
        .await;
    let colleague = logged_in(&s.app, "karim@sfax.tn").await;

    // Both read version 1; the colleague saves first.
    let version = get(&s.applicant, &s.app, &path).await.value("version");
    let first = s
        .save(&colleague, &path, &s.draft("Open budget (Karim)", "5000"))
        .await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.text());

    let mut mine = s.draft("Open budget (Amel)", "5000");
    mine.push(("version".into(), version.clone()));
    let stale = s.save(&s.applicant, &path, &mine).await;
    assert_eq!(stale.status, StatusCode::CONFLICT, "{}", stale.text());
    stale.shows(&[
        "Someone else saved this application while you were editing it",
        "Saved meanwhile: Open budget (Karim)",
    ]);
    // What Amel typed is still in the form, and only the field that differs is flagged.
    assert_eq!(stale.value("title"), "Open budget (Amel)");
    assert_eq!(stale.text().matches("Saved meanwhile:").count(), 1);
    let current = stale.value("version");
    assert_ne!(current, version);

    // Saving again with the version the page now carries keeps Amel's version.
    let mut merged = s.draft("Open budget (Amel and Karim)", "5000");
    merged.push(("version".into(), current));
    let saved = s.save(&s.applicant, &path, &merged).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    get(&colleague, &s.app, &path)
        .await
        .shows(&["Open budget (Amel and Karim)"]);
}

#[tokio::test]
async fn a_save_with_an_unreadable_amount_shows_the_field_message_and_writes_nothing() {
    let s = setting().await;
    let path = s.start().await;
    let version = get(&s.applicant, &s.app, &path).await.value("version");
    let audit = s.app.audit_count().await;

    let mut fields = s.draft("Participatory budget", "12,000 dinars");
    // The filled row comes after an empty one: the message must land on the row as typed.
    fields.retain(|(name, _)| !name.starts_with("budget_lines["));
    fields.extend([
        ("budget_lines[0].category".into(), String::new()),
        ("budget_lines[0].description".into(), String::new()),
        ("budget_lines[0].amount".into(), String::new()),
        ("budget_lines[1].category".into(), "Events".into()),
        ("budget_lines[1].description".into(), "Assemblies".into()),
        ("budget_lines[1].amount".into(), "12,000 dinars".into()),
    ]);
    let refused = s.save(&s.applicant, &path, &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.shows(&["There is a problem", "Budget line 1: Amount:"]);
    assert!(
        refused
            .body
            .contains("href=\"#application-budget-lines-0--amount\""),
        "the summary links to the field"
    );
    assert_eq!(refused.value("budget_lines[0].amount"), "12,000 dinars");
    assert_eq!(refused.value("title"), "Participatory budget");
    assert_eq!(refused.value("version"), version);

    assert_eq!(s.app.audit_count().await, audit, "nothing was written");
    let page = get(&s.applicant, &s.app, &path).await;
    page.shows(&["Untitled application"]);
    assert_eq!(page.value("version"), version);
}

#[tokio::test]
async fn a_pdf_is_attached_and_downloaded_as_sent_and_a_disguised_file_is_refused() {
    let s = setting().await;
    let path = s.start().await;

    // Without the form's token nothing is stored.
    let forged = upload(
        &s.applicant,
        &s.app,
        &path,
        "plan.pdf",
        PDF,
        None,
        Some("forged"),
    )
    .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(s.app.files.count().await.unwrap(), 0);

    let uploaded = upload(
        &s.applicant,
        &s.app,
        &path,
        "Plan d'action.pdf",
        PDF,
        None,
        None,
    )
    .await;
    assert_eq!(
        uploaded.status,
        StatusCode::SEE_OTHER,
        "{}",
        uploaded.text()
    );
    let page = get(&s.applicant, &s.app, &path).await;
    page.shows(&[
        "The file has been attached.",
        "Plan d'action.pdf",
        "application/pdf",
    ]);
    assert_eq!(s.app.files.count().await.unwrap(), 1);

    let link_start = page
        .body
        .find(&format!("{path}/attachments/"))
        .expect("a download link");
    let link_end = page.body[link_start..].find('"').expect("end of link");
    let link = page.body[link_start..link_start + link_end].to_owned();
    let download = s
        .applicant
        .get(s.app.url(&link))
        .send()
        .await
        .expect("download");
    assert_eq!(download.status(), StatusCode::OK);
    let header = |name| {
        download
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(header(CONTENT_TYPE), "application/pdf");
    assert_eq!(
        header(CONTENT_DISPOSITION),
        "attachment; filename*=UTF-8''Plan%20d%27action.pdf"
    );
    assert_eq!(header(X_CONTENT_TYPE_OPTIONS), "nosniff");
    assert_eq!(download.bytes().await.expect("the bytes").as_ref(), PDF);

    let disguised = upload(&s.applicant, &s.app, &path, "x.pdf", PNG, None, None).await;
    assert_eq!(disguised.status, StatusCode::UNPROCESSABLE_ENTITY);
    disguised.shows(&["“x.pdf” is named like another kind of file but contains image/png"]);
    assert_eq!(
        s.app.files.count().await.unwrap(),
        1,
        "the refused file was not stored"
    );

    // Removing the attachment removes the stored file.
    let attachment_id = link.rsplit('/').next().expect("an id").to_owned();
    let removed = submit(
        &s.applicant,
        &s.app,
        &path,
        &format!("{path}/attachments/{attachment_id}/remove"),
        &[],
    )
    .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert_eq!(s.app.files.count().await.unwrap(), 0);
}

#[tokio::test]
async fn a_submitted_application_shows_its_receipt_with_the_reference_and_is_read_only() {
    let s = setting().await;
    let path = s.submitted("Participatory budget in Sfax").await;
    let reference = s.first_reference();

    let receipt = get(&s.applicant, &s.app, &format!("{path}/receipt")).await;
    assert_eq!(receipt.status, StatusCode::OK);
    receipt.shows(&[
        "Your application has been submitted. This is your receipt.",
        "Receipt of submission",
        &reference,
        "OGP Local Tunisia call (TUN)",
        "Participatory budget in Sfax",
        "Municipalité de Sfax",
        "Association Tunisienne de Gouvernance Locale Civil-society organisation Runs the assemblies",
        "12,000.000 TND",
        "resolution.pdf",
        // The test call's zone is UTC: no place to name.
        " UTC",
    ]);

    let page = get(&s.applicant, &s.app, &path).await;
    page.shows(&[&reference, "Submitted", "Withdraw the application"]);
    page.hides(&[
        "Save the draft",
        "Attach the file",
        "Submit the application",
    ]);
    let dashboard = get(&s.applicant, &s.app, "/applications").await;
    dashboard.shows(&[
        &reference,
        "Wait while the programme checks the application’s eligibility.",
    ]);

    // Withdrawing is possible until the deadline, once.
    page.shows(&["Withdrawing takes the application out of the call for good"]);
    let withdrawn = submit(
        &s.applicant,
        &s.app,
        &path,
        &format!("{path}/withdraw"),
        &[],
    )
    .await;
    assert_eq!(
        withdrawn.status,
        StatusCode::SEE_OTHER,
        "{}",
        withdrawn.text()
    );
    let page = get(&s.applicant, &s.app, &path).await;
    page.shows(&[
        "The application has been withdrawn.",
        "Withdrawn",
        &reference,
    ]);
    page.hides(&["Withdraw the application"]);
}

#[tokio::test]
async fn partners_are_found_by_name_added_with_their_role_registered_and_removed() {
    let s = setting().await;
    let path = s.start().await;
    domain::organisations::create(
        &s.app.db,
        &TestApp::actor(&s.manager),
        &domain::organisations::OrganisationInput {
            name: "Association Al Bawsala".into(),
            kind: "civil_society".into(),
            country: "TN".into(),
            ..Default::default()
        },
    )
    .await
    .expect("the association is registered");

    let search = format!("{path}?partner_search=bawsala");
    let found = get(&s.applicant, &s.app, &search).await;
    found.shows(&[
        "Association Al Bawsala",
        "Civil-society organisation",
        "Add as partner",
    ]);
    let organisation_id = found.value("organisation_id");
    get(
        &s.applicant,
        &s.app,
        &format!("{path}?partner_search=nobody"),
    )
    .await
    .shows(&["No organisation with that name."]);

    // A role is required; the search stays on the page.
    let refused = submit(
        &s.applicant,
        &s.app,
        &search,
        &format!("{path}/partners"),
        &[
            ("organisation_id", &organisation_id),
            ("partner_search", "bawsala"),
            ("role", ""),
        ],
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.shows(&[
        "Role in the project: This field is required.",
        "Association Al Bawsala",
    ]);

    let added = submit(
        &s.applicant,
        &s.app,
        &search,
        &format!("{path}/partners"),
        &[
            ("organisation_id", &organisation_id),
            ("partner_search", "bawsala"),
            ("role", "Monitors the budget"),
        ],
    )
    .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text());
    get(&s.applicant, &s.app, &path).await.shows(&[
        "The partner has been added.",
        "Association Al Bawsala Civil-society organisation Tunisia Monitors the budget",
        "Passes The consortium has the required members",
    ]);

    // Registering one without an account reports every field at once.
    let refused = submit(
        &s.applicant,
        &s.app,
        &path,
        &format!("{path}/partners/register"),
        &[
            ("organisation.name", ""),
            ("organisation.kind", "national_agency"),
            ("organisation.country", "TN"),
            ("role", ""),
        ],
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.shows(&[
        "Name: This field is required.",
        "Role in the project: This field is required.",
    ]);
    s.register_partner(&path).await;

    let removed = submit(
        &s.applicant,
        &s.app,
        &path,
        &format!("{path}/partners/{organisation_id}/remove"),
        &[],
    )
    .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    let page = get(&s.applicant, &s.app, &path).await;
    page.shows(&[
        "The partner has been removed.",
        "Association Tunisienne de Gouvernance Locale",
    ]);
    page.hides(&["Association Al Bawsala"]);
}

#[tokio::test]
async fn the_receipt_is_a_printable_copy_of_the_whole_application_as_submitted() {
    let s = setting().await;
    let path = s.submitted("Participatory budget in Sfax").await;

    let receipt = get(&s.applicant, &s.app, &format!("{path}/receipt")).await;
    assert_eq!(receipt.status, StatusCode::OK, "{}", receipt.text());
    receipt.shows(&[
        "Municipalité de Sfax (Municipality)",
        // The text, every question with its answer, as submitted.
        "Project title Participatory budget in Sfax",
        "Summary Citizens decide part of the budget.",
        "The problem the pilot addresses Low trust in the council.",
        "Objectives Two assemblies a year.",
        "Citizen-participation plan Neighbourhood assemblies vote on projects.",
        "Which neighbourhoods take part? Médina and Sakiet Ezzit",
        "Has the council adopted an open government commitment? Yes",
        "Council resolution resolution.pdf",
        // The budget, its total and the co-funding, in the call's currency.
        "Events Citizen assemblies 12,000.000 TND",
        "Requested amount 12,000.000 TND",
        "Co-funding 1,500.000 TND",
        // The consortium.
        "Association Tunisienne de Gouvernance Locale Civil-society organisation Runs the assemblies",
        // The files, with what proves their content.
        &format!("resolution.pdf application/pdf 77 B {PDF_SHA256}"),
    ]);
    // Printing leaves out the site's navigation and the link back; the stylesheet says how.
    assert!(receipt.body.contains("<p class=\"eyebrow no-print\">"));
    let at = receipt
        .body
        .find("rel=\"stylesheet\" href=\"")
        .expect("the page links its stylesheet")
        + "rel=\"stylesheet\" href=\"".len();
    let href = &receipt.body[at..at + receipt.body[at..].find('"').expect("end of link")];
    let css = get(&s.applicant, &s.app, &convoca_tests::html::decode(href)).await;
    assert!(
        css.body.contains("@media print") && css.body.contains(".site-header, .site-footer"),
        "{}",
        css.body
    );
}

#[tokio::test]
async fn only_the_applicant_s_team_and_managers_read_the_receipt_of_a_submitted_application() {
    let s = setting().await;
    let path = s.submitted("Participatory budget in Sfax").await;
    let receipt = format!("{path}/receipt");

    s.app
        .sign_up_municipality("Municipalité de Sousse", "hedi@sousse.tn")
        .await;
    let other = logged_in(&s.app, "hedi@sousse.tn").await;
    let refused = get(&other, &s.app, &receipt).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    refused.shows(&["Page not found"]);
    refused.hides(&["Participatory budget in Sfax", PDF_SHA256]);

    let anonymous = get(&convoca_tests::new_client(), &s.app, &receipt).await;
    assert_ne!(anonymous.status, StatusCode::OK);
    anonymous.hides(&["Participatory budget in Sfax", PDF_SHA256]);

    let manager = logged_in(&s.app, "manager@programme.tn").await;
    let read = get(&manager, &s.app, &receipt).await;
    assert_eq!(read.status, StatusCode::OK);
    read.shows(&["Participatory budget in Sfax", PDF_SHA256]);
}

#[tokio::test]
async fn another_organisation_gets_the_404_page_for_the_application_and_its_attachments() {
    let s = setting().await;
    let path = s.start().await;
    let uploaded = upload(&s.applicant, &s.app, &path, "plan.pdf", PDF, None, None).await;
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER);
    let page = get(&s.applicant, &s.app, &path).await;
    let link_start = page
        .body
        .find(&format!("{path}/attachments/"))
        .expect("a download link");
    let link_end = page.body[link_start..].find('"').expect("end of link");
    let link = page.body[link_start..link_start + link_end].to_owned();

    s.app
        .sign_up_municipality("Municipalité de Sousse", "hedi@sousse.tn")
        .await;
    let other = logged_in(&s.app, "hedi@sousse.tn").await;
    for target in [path.clone(), link.clone(), format!("{path}/receipt")] {
        let refused = get(&other, &s.app, &target).await;
        assert_eq!(refused.status, StatusCode::NOT_FOUND, "{target}");
        refused.shows(&["Page not found"]);
    }
    let refused = submit(&other, &s.app, "/applications", &path, &[("version", "1")]).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    let dashboard = get(&other, &s.app, "/applications").await;
    dashboard.shows(&["Your organisation has not started any application yet."]);
}

#[tokio::test]
async fn a_manager_lists_filters_and_screens_ineligible_and_the_applicant_reads_the_reason() {
    let s = setting().await;
    let path = s.submitted("Participatory budget in Sfax").await;
    let reference = s.first_reference();
    let manager = logged_in(&s.app, "manager@programme.tn").await;
    let list_path = format!("/manage/calls/{}/applications", s.call.call.id);

    let editor = get(
        &manager,
        &s.app,
        &format!("/manage/calls/{}", s.call.call.id),
    )
    .await;
    assert!(editor.body.contains(&format!("href=\"{list_path}\"")));
    let list = get(&manager, &s.app, &list_path).await;
    assert_eq!(list.status, StatusCode::OK);
    list.shows(&[
        "1 result",
        &reference,
        "Municipalité de Sfax",
        "Tunis",
        "Participatory budget in Sfax",
        "12,000.000 TND",
        "Submitted",
    ]);
    // The subdivision is named, its code kept in a tooltip.
    assert!(
        list.body.contains("<bdi title=\"TN-11\">Tunis</bdi>"),
        "{}",
        list.body
    );
    get(&manager, &s.app, &format!("{list_path}?state=draft"))
        .await
        .shows(&["0 results"]);
    get(
        &manager,
        &s.app,
        &format!("{list_path}?q=sfax&subdivision=tn-11&state=submitted"),
    )
    .await
    .shows(&["1 result", &reference]);
    get(&manager, &s.app, &format!("{list_path}?subdivision=TN-12"))
        .await
        .shows(&["0 results"]);

    // The applicant cannot reach the managers' list.
    let forbidden = get(&s.applicant, &s.app, &list_path).await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN);

    // Ineligible needs a reason; a stale version is explained.
    let page = get(&manager, &s.app, &path).await;
    page.shows(&["Screening", "Save the screening decision"]);
    page.hides(&["Save the draft"]);
    let refused = submit(
        &manager,
        &s.app,
        &path,
        &format!("{path}/screen"),
        &[("outcome", "ineligible"), ("reason", "")],
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.shows(&["Give the reason the application is ineligible"]);
    let stale = submit(
        &manager,
        &s.app,
        &path,
        &format!("{path}/screen"),
        &[("outcome", "eligible"), ("reason", ""), ("version", "1")],
    )
    .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    stale.shows(&["Someone else changed this in the meantime."]);

    let reason = "The council resolution is not signed by the mayor.";
    let screened = submit(
        &manager,
        &s.app,
        &path,
        &format!("{path}/screen"),
        &[("outcome", "ineligible"), ("reason", reason)],
    )
    .await;
    assert_eq!(
        screened.status,
        StatusCode::SEE_OTHER,
        "{}",
        screened.text()
    );
    get(&manager, &s.app, &format!("{list_path}?state=ineligible"))
        .await
        .shows(&["1 result", "Ineligible"]);

    let seen = get(&s.applicant, &s.app, &path).await;
    seen.shows(&[
        "Ineligible",
        "The programme found the application: Ineligible.",
        reason,
    ]);
    seen.hides(&["Save the screening decision"]);
    get(&s.applicant, &s.app, "/applications")
        .await
        .shows(&["Read why the application was found ineligible."]);
    let forged = submit(
        &s.applicant,
        &s.app,
        &path,
        &format!("{path}/screen"),
        &[("outcome", "eligible"), ("reason", "")],
    )
    .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_csv_export_neutralises_a_title_that_a_spreadsheet_would_run() {
    let s = setting().await;
    let path = s.start().await;
    let saved = s
        .save(
            &s.applicant,
            &path,
            &s.draft("=HYPERLINK(\"http://evil.example\")", "100"),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    let manager = logged_in(&s.app, "manager@programme.tn").await;
    let list_path = format!("/manage/calls/{}/applications", s.call.call.id);
    let list = get(&manager, &s.app, &list_path).await;
    let csv_path = format!("{list_path}.csv");
    assert!(list.body.contains(&format!("href=\"{csv_path}\"")));

    let response = manager
        .get(s.app.url(&csv_path))
        .send()
        .await
        .expect("the export");
    assert_eq!(response.status(), StatusCode::OK);
    let headers = response.headers().clone();
    assert_eq!(headers[CONTENT_TYPE], "text/csv; charset=utf-8");
    assert_eq!(
        headers[CONTENT_DISPOSITION],
        "attachment; filename=\"applications-TUN.csv\""
    );
    let csv = response.text().await.expect("the CSV");
    assert!(
        csv.starts_with("reference,state,lead_organisation"),
        "{csv}"
    );
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
    assert!(!csv.contains(",=HYPERLINK"), "{csv}");

    let refused = s
        .applicant
        .get(s.app.url(&csv_path))
        .send()
        .await
        .expect("the export");
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn after_the_deadline_the_pages_say_so_and_offer_nothing_to_save() {
    let setting = setting().await;
    let path = setting.start().await;
    setting.app.clock.set(Some(
        setting.call.call.closes_at + chrono::Duration::seconds(1),
    ));

    let apply = get(
        &setting.applicant,
        &setting.app,
        &format!("/calls/{}/apply", setting.call.call.id),
    )
    .await;
    // The organisation already has an application: it is sent there, where the draft is read-only.
    assert_eq!(apply.status, StatusCode::SEE_OTHER);
    let page = get(&setting.applicant, &setting.app, &path).await;
    page.shows(&["The deadline passed before this application was submitted"]);
    assert!(
        !page.body.contains("name=\"title\""),
        "no draft form after the deadline"
    );

    // Another municipality arriving late is told the deadline has passed, with no button to start.
    setting
        .app
        .sign_up_municipality("Municipalité de Gabès", "late@gabes.tn")
        .await;
    let late = logged_in(&setting.app, "late@gabes.tn").await;
    let apply = get(
        &late,
        &setting.app,
        &format!("/calls/{}/apply", setting.call.call.id),
    )
    .await;
    apply.shows(&["The deadline has passed."]);
    let start_form = format!("action=\"/calls/{}/apply\"", setting.call.call.id);
    assert!(!apply.body.contains(&start_form), "{}", apply.text());
}

#[tokio::test]
async fn submit_attach_and_add_partner_keep_what_was_typed() {
    let s = setting().await;
    let path = s.start().await;

    // Submit posts the whole page: the draft is saved even though it cannot be submitted yet.
    let refused = submit(
        &s.applicant,
        &s.app,
        &path,
        &format!("{path}/submit"),
        &[
            ("title", "Typed before submitting"),
            ("summary", "A summary typed before submitting."),
        ],
    )
    .await;
    assert!(refused.status.is_client_error(), "{}", refused.text());
    let page = get(&s.applicant, &s.app, &path).await;
    assert_eq!(page.value("title"), "Typed before submitting");
    assert_eq!(
        page.textarea("summary"),
        "A summary typed before submitting."
    );

    // Add partner: the role has its own field per candidate, the button names the candidate.
    let association = domain::organisations::create(
        &s.app.db,
        &TestApp::actor(&s.manager),
        &domain::organisations::OrganisationInput {
            name: "Association Al Bawsala".into(),
            kind: "civil_society".into(),
            country: "TN".into(),
            ..Default::default()
        },
    )
    .await
    .expect("the association is registered");
    let role = format!("role.{}", association.id);
    let added = submit(
        &s.applicant,
        &s.app,
        &format!("{path}?partner_search=bawsala"),
        &format!("{path}/partners"),
        &[
            ("title", "Typed before adding a partner"),
            (&role, "Runs the assemblies"),
            ("organisation_id", &association.id.to_string()),
        ],
    )
    .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.text());
    let page = get(&s.applicant, &s.app, &path).await;
    assert_eq!(page.value("title"), "Typed before adding a partner");
    page.shows(&["Association Al Bawsala", "Runs the assemblies"]);

    // Attach: the page's form is multipart, so the file travels with what was typed.
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", page.value("csrf_token"))
        .text("version", page.value("version"))
        .text("title", "Typed before attaching")
        .part(
            "file",
            reqwest::multipart::Part::bytes(PDF.to_vec()).file_name("resolution.pdf"),
        );
    let attached = Page::read(
        s.applicant
            .post(s.app.url(&format!("{path}/attachments")))
            .multipart(form)
            .send()
            .await
            .expect("upload"),
    )
    .await;
    assert_eq!(
        attached.status,
        StatusCode::SEE_OTHER,
        "{}",
        attached.text()
    );
    let page = get(&s.applicant, &s.app, &path).await;
    assert_eq!(page.value("title"), "Typed before attaching");
    page.shows(&["resolution.pdf"]);

    // Save itself also takes the multipart form the page now sends.
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", page.value("csrf_token"))
        .text("version", page.value("version"))
        .text("title", "Saved as multipart");
    let saved = Page::read(
        s.applicant
            .post(s.app.url(&path))
            .multipart(form)
            .send()
            .await
            .expect("save"),
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    assert_eq!(
        get(&s.applicant, &s.app, &path).await.value("title"),
        "Saved as multipart"
    );
}

#[tokio::test]
async fn an_upload_over_the_limit_gets_the_html_error_page_and_changes_nothing() {
    let s = setting().await;
    let path = s.start().await;
    let page = get(&s.applicant, &s.app, &path).await;
    let before = s.app.audit_count().await;
    let too_big = vec![b'x'; domain::applications::files::MAX_ATTACHMENT_BYTES + 128 * 1024];
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", page.value("csrf_token"))
        .text("version", page.value("version"))
        .text("title", "Typed before a file too large")
        .part(
            "file",
            reqwest::multipart::Part::bytes(too_big).file_name("scan.pdf"),
        );
    let refused = Page::read(
        s.applicant
            .post(s.app.url(&format!("{path}/attachments")))
            .multipart(form)
            .send()
            .await
            .expect("upload"),
    )
    .await;
    assert_eq!(refused.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        refused.body.starts_with("<!DOCTYPE html>"),
        "{}",
        refused.body
    );
    refused.shows(&["Too large", "a file may be at most 10 MiB"]);
    assert_eq!(s.app.audit_count().await, before);
    let after = get(&s.applicant, &s.app, &path).await;
    assert_eq!(after.value("title"), page.value("title"));
}
