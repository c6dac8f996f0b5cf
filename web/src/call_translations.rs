//! A call's texts in its programme's other content languages, for managers: one form per language with each
//! text as written beside its translation. Allowed in every state (no rule depends on a translation); the
//! domain checks the language and the fields and audits the change.

use std::collections::BTreeMap;

use askama::Template;
use domain::accounts::Language;
use domain::calls::service::{self, CallView};
use domain::calls::translations::{self, TextField};
use poem::http::StatusCode;
use poem::web::cookie::CookieJar;
use poem::web::{Data, Path, Redirect};
use poem::{IntoResponse, Response, handler};

use crate::csrf::CheckedForm;
use crate::errors::PageError;
use crate::forms::FormState;
use crate::i18n::Lang;
use crate::layout::{self, Localized as _};
use crate::session::{self, Visitor};
use crate::{WebState, paths};

/// One text of the form.
struct TextRow {
    /// The field key, the input's name.
    key: String,
    /// The text as written.
    written: String,
    /// Whether it is long enough to need a text area.
    long: bool,
}

#[derive(Template)]
#[template(path = "manage_call_translation.html")]
struct TranslationPage<'a> {
    visitor: &'a Visitor,
    view: CallView,
    /// The language being written, by its own name.
    language_name: &'static str,
    language_code: &'static str,
    language_dir: &'static str,
    /// The language the call is written in.
    written_code: &'static str,
    written_dir: &'static str,
    rows: Vec<TextRow>,
    form: FormState,
}
layout::localized!(TranslationPage);

/// The label of a field, in the page's language.
fn field_label(lang: Lang, field: TextField) -> String {
    let numbered = |key: &str, position: i32| lang.t_numbers(key, &[("position", position as u64)]);
    match field {
        TextField::Title => lang.t("translation-field-title"),
        TextField::Description => lang.t("translation-field-description"),
        TextField::CriterionTitle(p) => numbered("translation-field-criterion-title", p),
        TextField::CriterionGuidance(p) => numbered("translation-field-criterion-guidance", p),
        TextField::QuestionPrompt(p) => numbered("translation-field-question-prompt", p),
        TextField::QuestionHelp(p) => numbered("translation-field-question-help", p),
        TextField::IndicatorName(p) => numbered("translation-field-indicator-name", p),
        TextField::MilestoneTitle(p) => numbered("translation-field-milestone-title", p),
    }
}

/// The call and the language a manager translates it into; the 404 page for a code that is no language.
async fn translating(
    state: &WebState,
    visitor: &Visitor,
    id: &str,
    language: &str,
) -> Result<(CallView, Language), PageError> {
    let actor = visitor.manager()?;
    let view = service::get(&state.db, Some(actor), paths::parse_id(id)?).await?;
    let language =
        Language::parse(language).map_err(|_| PageError::from(domain::Error::NotFound))?;
    Ok((view, language))
}

fn render(
    visitor: &Visitor,
    view: CallView,
    language: Language,
    form: FormState,
    status: StatusCode,
) -> Result<Response, PageError> {
    let target = Lang::from(language);
    let written = view
        .programme
        .content_languages()
        .first()
        .map(|first| Lang::from(*first))
        .unwrap_or(visitor.lang);
    let rows = view
        .texts()
        .into_iter()
        .map(|(field, written)| TextRow {
            key: field.key(),
            long: matches!(
                field,
                TextField::Description
                    | TextField::CriterionGuidance(_)
                    | TextField::QuestionHelp(_)
            ),
            written,
        })
        .collect();
    let page = TranslationPage {
        visitor,
        language_name: target.native_name(),
        language_code: target.code(),
        language_dir: target.dir(),
        written_code: written.code(),
        written_dir: written.dir(),
        rows,
        form,
        view,
    };
    layout::render(&page, status)
}

/// A blank form for `view`'s texts, labelled, filled with the translations into `language` so far.
fn form_for(lang: Lang, view: &CallView, language: Language) -> FormState {
    let mut form = FormState::new(lang, "translation", &[]);
    for (field, _) in view.texts() {
        form.add_row_field(field.key(), field_label(lang, field));
        if let Some(text) = view.translations.get(field, language) {
            form = form.with(&field.key(), text);
        }
    }
    form
}

/// `GET /manage/calls/{id}/translations/{lang}`: the call's texts and their translations into `lang`.
#[handler]
pub async fn show(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path((id, language)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (view, language) = translating(state, visitor, &id, &language).await?;
    let form = form_for(visitor.lang, &view, language);
    render(visitor, view, language, form, StatusCode::OK)
}

/// `POST /manage/calls/{id}/translations/{lang}`: replaces the translations into `lang` with the form's.
#[handler]
pub async fn save(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path((id, language)): Path<(String, String)>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let (view, language) = translating(state, visitor, &id, &language).await?;
    let actor = visitor.manager()?;
    let texts: BTreeMap<String, String> = form
        .pairs()
        .filter(|(name, _)| TextField::parse(name).is_some())
        .map(|(name, text)| (name.to_owned(), text.to_owned()))
        .collect();
    match translations::translate(&state.db, actor, view.call.id, language.code(), &texts).await {
        Ok(_) => {
            session::set_flash(state, jar, "flash-call-translation-saved");
            Ok(
                Redirect::see_other(format!("/manage/calls/{}#translations", view.call.id))
                    .into_response(),
            )
        }
        Err(err) => {
            let mut shown = form_for(visitor.lang, &view, language).keeping(&form, &[]);
            let status = match err {
                // The language is the page's, not a field of the form: said above the form.
                domain::Error::Validation(errors)
                    if errors.iter().all(|e| e.field == "language") =>
                {
                    for error in &errors {
                        shown.add_error("", &error.message);
                    }
                    StatusCode::UNPROCESSABLE_ENTITY
                }
                other => shown.absorb(other)?,
            };
            render(visitor, view, language, shown, status)
        }
    }
}
