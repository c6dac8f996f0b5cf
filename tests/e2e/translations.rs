//! Calls published in several languages: a Tunisian programme publishes in Arabic then French; its call is
//! written in Arabic and translated into French after opening. Each reader gets their language where the
//! programme publishes in it, else Arabic with a note; the API carries every text as a map by language;
//! translating is the managers', audited, and refused for a language the programme does not publish in.

use convoca_tests::html::{Page, get, get_in, logged_in, submit};
use convoca_tests::{TestApp, spawn_app};
use domain::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

const ARABIC_TITLE: &str = "دعوة البلديات للحكومة المفتوحة 2027";
const ARABIC_DESCRIPTION: &str = "دعوة مفتوحة لكل البلديات التونسية.";
const FRENCH_TITLE: &str = "Appel aux communes pour le gouvernement ouvert 2027";
const ARABIC_CRITERION: &str = "جودة المشروع";
const FRENCH_CRITERION: &str = "Qualité du projet";

/// A Tunisian programme publishing in Arabic then French, and its call written in Arabic, opened.
async fn tunisian_call(app: &TestApp, token: &str, manager: &domain::accounts::User) -> String {
    let programme = app
        .programme(manager, "OGP Local Tunisia", "TN", "TND")
        .await;
    let edited = app
        .api(
            "PUT",
            &format!("/programmes/{}", programme.id),
            Some(token),
            Some(json!({
                "version": programme.version, "name": programme.name,
                "agency_id": programme.agency_id, "currency": "TND",
                "reporting_cadence_months": 6, "content_languages": ["ar", "fr"],
            })),
        )
        .await;
    assert_eq!(edited.status, 200, "{}", edited.body);
    assert_eq!(edited.body["content_languages"], json!(["ar", "fr"]));

    let draft = app.draft_call(manager, &programme, "TN2027").await;
    let id = draft.call.id;
    let details = app
        .api(
            "PUT",
            &format!("/calls/{id}"),
            Some(token),
            Some(json!({
                "version": draft.call.version, "code": "TN2027", "title": ARABIC_TITLE,
                "description": ARABIC_DESCRIPTION,
                "opens_at": draft.call.opens_at, "closes_at": draft.call.closes_at, "time_zone": "Africa/Tunis",
                "total_budget": "100000", "min_award": "1000", "max_award": "20000",
                "max_awards": 5, "min_reviews": 2,
            })),
        )
        .await;
    assert_eq!(details.status, 200, "{}", details.body);
    let criteria = app
        .api(
            "PUT",
            &format!("/calls/{id}/criteria"),
            Some(token),
            Some(json!({"version": details.body["version"], "criteria": [
                {"title": ARABIC_CRITERION, "weight": "1", "max_score": 5},
            ]})),
        )
        .await;
    assert_eq!(criteria.status, 200, "{}", criteria.body);
    let opened = app
        .api(
            "POST",
            &format!("/calls/{id}/open"),
            Some(token),
            Some(json!({"version": criteria.body["version"]})),
        )
        .await;
    assert_eq!(opened.status, 200, "{}", opened.body);
    id.to_string()
}

async fn call_page(app: &TestApp, id: &str, accept: &str) -> Page {
    get_in(&app.client, app, &format!("/calls/{id}"), accept).await
}

#[tokio::test]
async fn a_call_is_translated_after_opening_and_each_reader_gets_their_language() {
    let app = spawn_app().await;
    let (manager, token) = app
        .user_with_token("manager@programme.tn", &[Role::Manager])
        .await;
    let id = tunisian_call(&app, &token, &manager).await;

    // Translating after opening is allowed: it changes no rule. The first language is the call itself.
    let audit_before = app.audit_count().await;
    let translated = app
        .api(
            "PUT",
            &format!("/calls/{id}/translations/fr"),
            Some(&token),
            Some(json!({"texts": {
                "title": FRENCH_TITLE,
                "criterion.1.title": FRENCH_CRITERION,
                "description": "  ",
            }})),
        )
        .await;
    assert_eq!(translated.status, 200, "{}", translated.body);
    assert_eq!(app.audit_count().await, audit_before + 1);
    let translations = &translated.body["translations"];
    assert_eq!(
        translations["title"],
        json!({"ar": ARABIC_TITLE, "fr": FRENCH_TITLE})
    );
    assert_eq!(
        translations["criterion.1.title"],
        json!({"ar": ARABIC_CRITERION, "fr": FRENCH_CRITERION})
    );
    // A blank text is no translation: French readers get the description as written.
    assert_eq!(
        translations["description"],
        json!({"ar": ARABIC_DESCRIPTION})
    );
    assert_eq!(translated.body["title"], ARABIC_TITLE);
    let public = app.api("GET", &format!("/calls/{id}"), None, None).await;
    assert_eq!(public.body["translations"], *translations);

    // Arabic readers get the Arabic as written, French readers the French, right to left and left to right.
    let arabic = call_page(&app, &id, "ar-TN").await;
    assert!(
        arabic.body.contains(&format!("<h1>{ARABIC_TITLE}</h1>")),
        "{}",
        arabic.body
    );
    assert!(arabic.body.contains("<html lang=\"ar\" dir=\"rtl\">"));
    let french = call_page(&app, &id, "fr-TN,fr;q=0.9").await;
    assert!(
        french.body.contains(&format!("<h1>{FRENCH_TITLE}</h1>")),
        "{}",
        french.body
    );
    french.shows(&[FRENCH_CRITERION]);
    french.hides(&[ARABIC_TITLE, ARABIC_CRITERION]);
    assert!(!french.text().contains(&web::i18n::Lang::Fr.t_args(
        "call-language-fallback",
        &[("shown", "العربية"), ("languages", "العربية, Français")]
    )));

    // A German reader gets the programme's first language, marked as Arabic, with a note saying why.
    let german = call_page(&app, &id, "de-DE").await;
    assert!(
        german
            .body
            .contains(&format!("<h1 lang=\"ar\" dir=\"rtl\">{ARABIC_TITLE}</h1>")),
        "{}",
        german.body
    );
    german.shows(&[
        &web::i18n::Lang::De.t_args(
            "call-language-fallback",
            &[("shown", "العربية"), ("languages", "العربية, Français")],
        ),
        ARABIC_CRITERION,
    ]);

    // The public list shows each reader the title in their language too.
    let list = get_in(&app.client, &app, "/calls", "fr").await;
    list.shows(&[FRENCH_TITLE]);
    // And so does the programme's page of its cycles; an Arabic reader gets the title as written.
    let programme = public.body["programme_id"].as_str().unwrap().to_owned();
    let cycles = get_in(&app.client, &app, &format!("/programmes/{programme}"), "fr").await;
    cycles.shows(&[FRENCH_TITLE]);
    cycles.hides(&[ARABIC_TITLE]);
    let cycles = get_in(&app.client, &app, &format!("/programmes/{programme}"), "ar").await;
    cycles.shows(&[ARABIC_TITLE]);
}

#[tokio::test]
async fn a_translation_is_refused_for_the_first_language_another_one_an_unknown_text_or_another_role()
 {
    let app = spawn_app().await;
    let (manager, token) = app
        .user_with_token("manager@programme.tn", &[Role::Manager])
        .await;
    let id = tunisian_call(&app, &token, &manager).await;
    let (_, applicant) = app
        .user_with_token("staff@sfax.tn", &[Role::Applicant])
        .await;
    let before = app.api("GET", &format!("/calls/{id}"), None, None).await;
    let audit_before = app.audit_count().await;

    let texts = json!({"texts": {"title": FRENCH_TITLE}});
    for (path, token, status, field) in [
        ("ar", Some(&token), 422, Some("language")),
        ("de", Some(&token), 422, Some("language")),
        ("xx", Some(&token), 422, Some("language")),
        ("fr", Some(&applicant), 403, None),
        ("fr", None, 401, None),
    ] {
        let refused = app
            .api(
                "PUT",
                &format!("/calls/{id}/translations/{path}"),
                token.map(String::as_str),
                Some(texts.clone()),
            )
            .await;
        assert_eq!(refused.status, status, "{path}: {}", refused.body);
        if let Some(field) = field {
            assert_eq!(refused.error_fields(), vec![field.to_owned()], "{path}");
        }
    }
    let unknown = app
        .api(
            "PUT",
            &format!("/calls/{id}/translations/fr"),
            Some(&token),
            Some(json!({"texts": {"title": FRENCH_TITLE, "criterion.9.title": "Rien"}})),
        )
        .await;
    assert_eq!(unknown.status, 422, "{}", unknown.body);
    // The texts may span lines (a description), but hold no other control character.
    let control = app
        .api(
            "PUT",
            &format!("/calls/{id}/translations/fr"),
            Some(&token),
            Some(json!({"texts": {"title": "Appel\u{1}"}})),
        )
        .await;
    assert_eq!(control.status, 400, "{}", control.body);
    assert_eq!(unknown.error_fields(), vec!["criterion.9.title".to_owned()]);

    // Nothing changed, nothing was recorded.
    let after = app.api("GET", &format!("/calls/{id}"), None, None).await;
    assert_eq!(after.body, before.body);
    assert_eq!(app.audit_count().await, audit_before);

    // The first language cannot change once the programme has calls; the others can.
    let programme_id = after.body["programme_id"]
        .as_str()
        .expect("an id")
        .to_owned();
    let programme = app
        .api("GET", &format!("/programmes/{programme_id}"), None, None)
        .await;
    let update = |languages: Value| {
        json!({
            "version": programme.body["version"], "name": programme.body["name"],
            "agency_id": programme.body["agency_id"], "currency": "TND",
            "reporting_cadence_months": 6, "content_languages": languages,
        })
    };
    let locked = app
        .api(
            "PUT",
            &format!("/programmes/{programme_id}"),
            Some(&token),
            Some(update(json!(["fr", "ar"]))),
        )
        .await;
    assert_eq!(locked.status, 422, "{}", locked.body);
    assert_eq!(locked.error_fields(), vec!["content_languages".to_owned()]);
    let twice = app
        .api(
            "PUT",
            &format!("/programmes/{programme_id}"),
            Some(&token),
            Some(update(json!(["ar", "fr", "ar"]))),
        )
        .await;
    assert_eq!(twice.status, 422, "{}", twice.body);
    let added = app
        .api(
            "PUT",
            &format!("/programmes/{programme_id}"),
            Some(&token),
            Some(update(json!(["ar", "fr", "en"]))),
        )
        .await;
    assert_eq!(added.status, 200, "{}", added.body);
}

#[tokio::test]
async fn a_manager_translates_a_call_through_the_form_and_readers_see_it() {
    let app = spawn_app().await;
    let (manager, token) = app
        .user_with_token("manager@programme.tn", &[Role::Manager])
        .await;
    let id = tunisian_call(&app, &token, &manager).await;
    let browser = logged_in(&app, "manager@programme.tn").await;

    let editor = get(&browser, &app, &format!("/manage/calls/{id}")).await;
    assert!(
        editor
            .body
            .contains(&format!("/manage/calls/{id}/translations/fr")),
        "{}",
        editor.body
    );
    let form_path = format!("/manage/calls/{id}/translations/fr");
    let form = get(&browser, &app, &form_path).await;
    assert_eq!(form.status, StatusCode::OK);
    form.shows(&[ARABIC_TITLE, ARABIC_CRITERION]);

    let saved = submit(
        &browser,
        &app,
        &form_path,
        &form_path,
        &[
            ("title", FRENCH_TITLE),
            ("criterion.1.title", FRENCH_CRITERION),
        ],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    let french = call_page(&app, &id, "fr").await;
    french.shows(&[FRENCH_TITLE, FRENCH_CRITERION]);

    // A text the call does not have is refused on the form itself, keeping what was typed.
    let refused = submit(
        &browser,
        &app,
        &form_path,
        &form_path,
        &[
            ("title", "Un autre titre"),
            ("question.4.prompt", "Pourquoi ?"),
        ],
    )
    .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.text()
    );
    assert_eq!(refused.value("title"), "Un autre titre");
    call_page(&app, &id, "fr").await.shows(&[FRENCH_TITLE]);

    // An applicant cannot reach the form.
    app.create_user("staff@sfax.tn", &[Role::Applicant], None)
        .await;
    let applicant = logged_in(&app, "staff@sfax.tn").await;
    let denied = get(&applicant, &app, &form_path).await;
    assert_eq!(denied.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_funded_project_shows_its_calls_indicators_and_milestones_in_the_readers_language() {
    use convoca_tests::projects::{
        ACTION_PLAN, FundedSpec, INDICATORS, milestone_line, template_line,
    };
    let app = spawn_app().await;
    let (manager, token) = app.new_manager().await;
    let mut spec = FundedSpec::tunisian("TRANSLATED", 1);
    spec.template = Some(vec![
        template_line("50", "signature"),
        milestone_line("50", ACTION_PLAN, 3),
    ]);
    let world = app.funded_world(&manager, &spec).await;
    let call = app
        .api("GET", &format!("/calls/{}", world.call_id), None, None)
        .await;
    let programme_id = call.body["programme_id"].as_str().expect("an id");
    let programme = app
        .api("GET", &format!("/programmes/{programme_id}"), None, None)
        .await;
    // Its calls were written in English; the programme now names that, and French.
    let declared = app
        .api(
            "PUT",
            &format!("/programmes/{programme_id}"),
            Some(&token),
            Some(json!({
                "version": programme.body["version"], "name": programme.body["name"],
                "agency_id": programme.body["agency_id"], "currency": "TND",
                "reporting_cadence_months": 6, "content_languages": ["en", "fr"],
            })),
        )
        .await;
    assert_eq!(declared.status, 200, "{}", declared.body);
    let translated = app
        .api(
            "PUT",
            &format!("/calls/{}/translations/fr", world.call_id),
            Some(&token),
            Some(json!({"texts": {
                "title": "Appel des communes ouvertes",
                "indicator.1.name": "Habitants participant aux assemblées de quartier",
                "milestone.1.title": "Plan d’action adopté par le conseil municipal",
            }})),
        )
        .await;
    assert_eq!(translated.status, 200, "{}", translated.body);

    let path = format!("/projects/{}", world.projects[0]);
    let french = get_in(&app.client, &app, &path, "fr").await;
    french.shows(&[
        "Appel des communes ouvertes",
        "Habitants participant aux assemblées de quartier",
        "Plan d’action adopté par le conseil municipal",
    ]);
    french.hides(&[INDICATORS[0].0, ACTION_PLAN]);
    let english = get_in(&app.client, &app, &path, "en").await;
    english.shows(&[INDICATORS[0].0, ACTION_PLAN]);
    english.hides(&["Appel des communes ouvertes"]);

    // The portfolio lists the project under its call's title in the reader's language.
    let portfolio = get_in(&app.client, &app, "/projects", "fr").await;
    portfolio.shows(&["Appel des communes ouvertes"]);

    // The published results link the selected applicant to the project it became.
    let results = get(
        &app.client,
        &app,
        &format!("/calls/{}/results", world.call_id),
    )
    .await;
    assert!(
        results.body.contains(&format!("href=\"{path}\"")),
        "{}",
        results.body
    );
}
