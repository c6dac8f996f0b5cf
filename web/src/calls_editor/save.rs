//! The editor as one form (`POST /manage/calls/{id}`): whichever section's button is pressed, every section
//! whose fields changed is saved, in page order, each with the version the save before it left, so that
//! nothing typed in another section is lost. A table's *More rows* button saves nothing: it shows the page
//! again with everything as typed and blank rows added to that table.
//!
//! The old per-section addresses still answer (the API-less clients and the tests use them); this is the
//! address the page's form posts to.

use domain::calls::criteria::parse_criteria;
use domain::calls::details::parse_details;
use domain::calls::eligibility::check_rules;
use domain::calls::questions::parse_questions;
use domain::calls::service::{self, CallView};
use domain::prerequisites::{self, PrerequisiteKind};
use domain::projects::service as projects;
use domain::selection::board;
use domain::selection::decisions::{self, ModeInput, SettingsInput};
use domain::selection::modes::SelectionMode;
use domain::{Actor, Error};
use poem::http::StatusCode;
use poem::web::cookie::CookieJar;
use poem::web::{Data, Path};
use poem::{Response, handler};

use super::{
    DETAILS_FIELDS, EMPTY_ROWS, EditorForms, criteria_form, details_form_for, editable,
    editor_page, indicators_form, questions_form, rules_form, save_section, saved, tranches_form,
};
use crate::WebState;
use crate::call_forms::{self, CRITERION_CELLS, QUESTION_CONTENT, Row, TRANCHE_CELLS};
use crate::call_text;
use crate::csrf::CheckedForm;
use crate::errors::PageError;
use crate::forms::{self, FormState};
use crate::i18n::Lang;
use crate::session::Visitor;

/// The sections of the editor's form, in page order. The form names those it holds in hidden `sections`
/// inputs: a frozen section is shown read-only, is not sent, and so is never compared or saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Section {
    Details,
    Criteria,
    Scoring,
    Eligibility,
    Questions,
    Indicators,
    Tranches,
}

impl Section {
    const ALL: [Section; 7] = [
        Section::Details,
        Section::Criteria,
        Section::Scoring,
        Section::Eligibility,
        Section::Questions,
        Section::Indicators,
        Section::Tranches,
    ];

    /// The section's anchor on the page, and its name in the form's `sections`, `section` and `more`.
    pub(super) fn slug(self) -> &'static str {
        match self {
            Section::Details => "details",
            Section::Criteria => "criteria",
            Section::Scoring => "scoring",
            Section::Eligibility => "eligibility",
            Section::Questions => "questions",
            Section::Indicators => "indicators",
            Section::Tranches => "tranches",
        }
    }

    fn parse(slug: &str) -> Option<Self> {
        Section::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// What the manager is told when this section alone changed.
    fn flash(self) -> &'static str {
        match self {
            Section::Details => "flash-call-details-saved",
            Section::Criteria => "flash-call-criteria-saved",
            Section::Scoring => "flash-selection-settings-saved",
            Section::Eligibility => "flash-call-eligibility-saved",
            Section::Questions => "flash-call-questions-saved",
            Section::Indicators => "flash-call-indicators-saved",
            Section::Tranches => "flash-call-tranches-saved",
        }
    }
}

/// Rows as compared: trimmed, without blank cells or the remove box, so that a row shown and sent back
/// untouched is the same row.
fn cleaned(rows: &[Row]) -> Vec<Row> {
    rows.iter()
        .map(|row| {
            row.iter()
                .filter(|(field, value)| *field != "remove" && !value.trim().is_empty())
                .map(|(field, value)| (field.clone(), value.trim().to_owned()))
                .collect()
        })
        .collect()
}

fn same_rows(typed: &[Row], stored: &[Row]) -> bool {
    cleaned(typed) == cleaned(stored)
}

/// The eligibility form's values, in an order that does not depend on the rules' order.
fn rule_pairs(rules: &[domain::calls::eligibility::EligibilityRule]) -> Vec<(String, String)> {
    let (mut values, _) = call_forms::rule_values(rules);
    values.retain(|(_, value)| !value.trim().is_empty());
    values.sort();
    values
}

/// The scoring section's fields: the selection board's settings, and how the call selects.
pub(super) const SCORING_FIELDS: forms::Fields = &[
    ("aggregation", "selection-page-aggregation"),
    ("normalise", "selection-page-normalise"),
    ("disagreement_threshold", "selection-page-threshold"),
    ("selection_mode", "editor-selection-mode"),
    ("rolling", "editor-rolling"),
];

/// The scoring settings as the form shows them.
struct StoredSettings {
    method: String,
    normalise: bool,
    threshold: String,
    mode: SelectionMode,
    rolling: bool,
}

fn stored_settings(view: &CallView) -> Result<StoredSettings, Error> {
    let settings = board::settings_of(&view.call)?;
    Ok(StoredSettings {
        method: settings.method.as_str().to_owned(),
        normalise: settings.normalise,
        threshold: settings
            .disagreement_threshold
            .map(|t| t.normalize().to_string())
            .unwrap_or_default(),
        mode: SelectionMode::parse(&view.call.selection_mode).unwrap_or_default(),
        rolling: view.call.rolling,
    })
}

/// The scoring section's form filled with the call's settings.
pub(super) fn scoring_form_for(lang: Lang, view: &CallView) -> Result<FormState, Error> {
    let StoredSettings {
        method,
        normalise,
        threshold,
        mode,
        rolling,
    } = stored_settings(view)?;
    let mut form = FormState::new(lang, "scoring", SCORING_FIELDS)
        .with("aggregation", method)
        .with("disagreement_threshold", threshold)
        .with("selection_mode", mode.as_str());
    if normalise {
        form = form.with("normalise", "yes");
    }
    if rolling {
        form = form.with("rolling", "yes");
    }
    Ok(form)
}

/// Whether what the form sends for `section` differs from what `view` holds.
fn changed(
    section: Section,
    lang: Lang,
    form: &CheckedForm,
    view: &CallView,
    kinds: &[PrerequisiteKind],
) -> Result<bool, Error> {
    Ok(match section {
        Section::Details => {
            let stored = details_form_for(lang, view);
            DETAILS_FIELDS
                .iter()
                .filter(|(name, _)| *name != "programme_id")
                .any(|(name, _)| form.text(name).trim() != stored.value(name).trim())
        }
        Section::Criteria => {
            let stored: Vec<Row> = view
                .criteria
                .iter()
                .map(call_forms::criterion_row)
                .collect();
            !same_rows(
                &call_forms::rows(form, "criteria", &CRITERION_CELLS),
                &stored,
            )
        }
        Section::Scoring => {
            let stored = stored_settings(view)?;
            form.text("aggregation").trim() != stored.method
                || form.optional("normalise").is_some() != stored.normalise
                || form.text("disagreement_threshold").trim() != stored.threshold
                || form
                    .optional("selection_mode")
                    .is_some_and(|mode| mode.trim() != stored.mode.as_str())
                || form.optional("rolling").is_some() != stored.rolling
        }
        Section::Eligibility => {
            let reading = call_forms::read_rules(
                form,
                kinds,
                (view.call.min_award_minor, view.call.max_award_minor),
            );
            !reading.unreadable.is_empty() || rule_pairs(&reading.rules) != rule_pairs(&view.rules)
        }
        Section::Questions => {
            let stored: Vec<Row> = view
                .questions
                .iter()
                .map(call_forms::question_row)
                .collect();
            !same_rows(
                &call_forms::rows(form, "questions", &QUESTION_CONTENT),
                &stored,
            )
        }
        Section::Indicators => {
            let stored: Vec<Row> = view
                .indicator_views()
                .iter()
                .map(call_forms::indicator_row)
                .collect();
            !same_rows(
                &call_forms::rows(form, "indicators", &["name", "unit"]),
                &stored,
            )
        }
        Section::Tranches => {
            let stored: Vec<Row> = projects::template_of(&view.call)?
                .iter()
                .map(call_forms::template_row)
                .collect();
            !same_rows(&call_forms::rows(form, "lines", &TRANCHE_CELLS), &stored)
        }
    })
}

/// Saves one section with `version`; the error comes back with its messages placed on the section's
/// fields.
async fn save(
    section: Section,
    state: &WebState,
    actor: &Actor,
    form: &CheckedForm,
    view: &CallView,
    kinds: &[PrerequisiteKind],
    version: i32,
) -> Result<CallView, Error> {
    let db = &state.db;
    let id = view.call.id;
    match section {
        Section::Details => {
            let reading = call_forms::read_details(
                form,
                call_text::time_zone_of(&view.call.time_zone),
                Some((view.call.opens_at, view.call.closes_at)),
            );
            save_section(
                Ok(version),
                reading.unreadable.clone(),
                || {
                    parse_details(
                        &reading.input,
                        view.currency,
                        view.programme.reporting_cadence_months,
                    )
                },
                |version| service::update_details(db, actor, id, version, &reading.input),
            )
            .await
            .map_err(|err| call_forms::place_details_errors(err, &reading.quota_lines))
        }
        Section::Criteria => {
            let reading = call_forms::read_criteria(form);
            save_section(
                Ok(version),
                reading.unreadable.clone(),
                || parse_criteria(&reading.inputs),
                |version| service::replace_criteria(db, actor, id, version, &reading.inputs),
            )
            .await
        }
        Section::Scoring => {
            let input = SettingsInput {
                aggregation: form.text("aggregation").to_owned(),
                normalise: form.optional("normalise").is_some(),
                disagreement_threshold: form.optional("disagreement_threshold").map(str::to_owned),
                version,
            };
            // The benchmark's core criteria and levels are kept as they are (set through the API).
            let mode = ModeInput {
                selection_mode: form.optional("selection_mode").map(str::to_owned),
                benchmark: None,
                // A frozen call's form carries its stored choice as a hidden field.
                rolling: Some(form.optional("rolling").is_some()),
            };
            decisions::set_settings_and_mode(db, actor, id, &input, &mode).await
        }
        Section::Eligibility => {
            let reading = call_forms::read_rules(
                form,
                kinds,
                (view.call.min_award_minor, view.call.max_award_minor),
            );
            let known: Vec<_> = kinds.iter().map(|kind| kind.id).collect();
            save_section(
                Ok(version),
                reading.unreadable.clone(),
                || check_rules(&reading.rules, &known),
                |version| service::replace_eligibility(db, actor, id, version, &reading.rules),
            )
            .await
            .map_err(|err| call_forms::place_rule_errors(err, &reading.fields))
        }
        Section::Questions => {
            let reading = call_forms::read_questions(form);
            save_section(
                Ok(version),
                reading.unreadable.clone(),
                || parse_questions(&reading.inputs),
                |version| service::replace_questions(db, actor, id, version, &reading.inputs),
            )
            .await
        }
        Section::Indicators => {
            let (inputs, _) = call_forms::read_indicators(form);
            service::replace_indicators(db, actor, id, version, &inputs).await
        }
        Section::Tranches => {
            let reading = call_forms::read_template(form);
            save_section(
                Ok(version),
                reading.unreadable.clone(),
                || domain::projects::schedule::parse_template(&reading.lines),
                |version| projects::set_template(db, actor, id, version, &reading.lines),
            )
            .await
        }
    }
}

/// The page's forms holding what was typed in each section the form sent, with `more` blank rows added
/// to one table.
fn as_typed(
    lang: Lang,
    form: &CheckedForm,
    sent: &[Section],
    more: Option<Section>,
) -> EditorForms {
    let rows = |section: Section, prefix: &str, content: &[&str]| {
        let mut rows = call_forms::rows(form, prefix, content);
        if more == Some(section) {
            rows.extend(std::iter::repeat_n(Row::new(), EMPTY_ROWS));
        }
        rows
    };
    let mut forms = EditorForms::default();
    for section in sent {
        match section {
            Section::Details => {
                forms.details =
                    Some(FormState::new(lang, "details", DETAILS_FIELDS).keeping(form, &[]));
            }
            Section::Criteria => {
                forms.criteria = Some(criteria_form(
                    lang,
                    &rows(Section::Criteria, "criteria", &CRITERION_CELLS),
                ));
            }
            Section::Scoring => {
                forms.scoring =
                    Some(FormState::new(lang, "scoring", SCORING_FIELDS).keeping(form, &[]));
            }
            Section::Eligibility => {
                let values = form
                    .pairs()
                    .map(|(name, value)| (name.to_owned(), value.to_owned()))
                    .collect();
                forms.rules = Some(rules_form(lang, values));
            }
            Section::Questions => {
                forms.questions = Some(questions_form(
                    lang,
                    &rows(Section::Questions, "questions", &QUESTION_CONTENT),
                ));
            }
            Section::Indicators => {
                forms.indicators = Some(indicators_form(
                    lang,
                    &rows(Section::Indicators, "indicators", &["name", "unit"]),
                ));
            }
            Section::Tranches => {
                forms.tranches = Some(tranches_form(
                    lang,
                    &rows(Section::Tranches, "lines", &TRANCHE_CELLS),
                ));
            }
        }
    }
    forms
}

impl EditorForms {
    /// Shows `err` on `section`'s form; the status to answer with.
    fn absorb(&mut self, section: Section, err: Error) -> Result<StatusCode, PageError> {
        let shown = match section {
            Section::Details => self.details.as_mut(),
            Section::Criteria => self.criteria.as_mut().map(|(form, _)| form),
            Section::Scoring => self.scoring.as_mut(),
            Section::Eligibility => self.rules.as_mut(),
            Section::Questions => self.questions.as_mut().map(|(form, _)| form),
            Section::Indicators => self.indicators.as_mut().map(|(form, _)| form),
            Section::Tranches => self.tranches.as_mut().map(|(form, _)| form),
        };
        match shown {
            Some(form) => form.absorb(err),
            None => Err(PageError::Domain(err)),
        }
    }
}

/// `POST /manage/calls/{id}`: saves every section that changed (see the module's comment).
#[handler]
pub async fn save_all(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let (actor, mut view) = editable(state, visitor, &id).await?;
    let lang = visitor.lang;
    let listed = form.all("sections");
    let sent: Vec<Section> = Section::ALL
        .into_iter()
        .filter(|section| listed.contains(&section.slug()))
        .collect();
    let pressed = form
        .optional("section")
        .and_then(Section::parse)
        .unwrap_or(Section::Details);
    if let Some(table) = form.optional("more").and_then(Section::parse) {
        let forms = as_typed(lang, &form, &sent, Some(table));
        return editor_page(state, visitor, view, forms, StatusCode::OK).await;
    }
    let kinds = prerequisites::kinds_of(&state.db, view.programme.id).await?;
    let mut version = match forms::version(&form) {
        Ok(version) => version,
        // A garbled version is stale: said on the section pressed, nothing written.
        Err(stale) => {
            let mut forms = as_typed(lang, &form, &sent, None);
            let status = forms.absorb(pressed, stale)?;
            return editor_page(state, visitor, view, forms, status).await;
        }
    };
    let mut saved_sections = Vec::new();
    for section in sent.iter().copied() {
        if !changed(section, lang, &form, &view, &kinds)? {
            continue;
        }
        match save(section, state, &actor, &form, &view, &kinds, version).await {
            Ok(next) => {
                version = next.call.version;
                view = next;
                saved_sections.push(section);
            }
            Err(err) => {
                let mut forms = as_typed(lang, &form, &sent, None);
                let status = forms.absorb(section, err)?;
                return editor_page(state, visitor, view, forms, status).await;
            }
        }
    }
    let flash = match saved_sections.as_slice() {
        [] => "flash-call-unchanged",
        [one] => one.flash(),
        _ => "flash-call-saved",
    };
    Ok(saved(state, jar, view.call.id, flash, pressed.slug()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(pairs: &[(&str, &str)]) -> Row {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn rows_sent_back_untouched_are_the_same_rows() {
        let stored = vec![row(&[
            ("title", "Need"),
            ("weight", "2"),
            ("min_score", ""),
        ])];
        let typed = vec![row(&[
            ("title", " Need "),
            ("weight", "2"),
            ("min_score", ""),
        ])];
        assert!(same_rows(&typed, &stored));
        let changed = vec![row(&[("title", "Need"), ("weight", "3")])];
        assert!(!same_rows(&changed, &stored));
        assert!(!same_rows(&[], &stored));
    }

    #[test]
    fn every_section_has_a_slug_that_reads_back() {
        for section in Section::ALL {
            assert_eq!(Section::parse(section.slug()), Some(section));
        }
        assert_eq!(Section::parse("clone"), None);
    }
}
