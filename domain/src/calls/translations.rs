//! Calls published in several languages. A programme names its content languages (Tunisia: `ar`, `fr`); its
//! calls are written in the first, and each text a reader sees (title, description, criteria, questions,
//! indicators, tranche milestones) may be translated into the others. A reader gets their own language where
//! the programme publishes in it, else the first one, with a note.
//!
//! Translations change no rule, so they may be edited in any state; each edit is audited. The texts in the
//! first language are the call's own and follow its editing rules.

use std::collections::BTreeMap;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
};
use uuid::Uuid;

use super::entity::translation;
use super::service::{CallView, load};
use crate::accounts::Language;
use crate::audit::{self, Subject};
use crate::error::Validator;
use crate::projects::schedule::{TemplateCondition, TemplateRule};
use crate::projects::service::ProjectView;
use crate::{Actor, Error, Message, Result, Role, db};

/// Longest translated text, in characters (a description).
const MAX_TEXT: usize = 20_000;

/// One translatable text of a call. Positions are the criterion's, question's or indicator's own; a
/// milestone's is its order among the milestones of the call's tranche template, from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TextField {
    /// The call's title.
    Title,
    /// The call's description.
    Description,
    /// A criterion's title.
    CriterionTitle(i32),
    /// A criterion's guidance for reviewers and applicants.
    CriterionGuidance(i32),
    /// A question's prompt.
    QuestionPrompt(i32),
    /// A question's help text.
    QuestionHelp(i32),
    /// An indicator's name.
    IndicatorName(i32),
    /// A tranche milestone's title.
    MilestoneTitle(i32),
}

impl TextField {
    /// The field as stored and as the API and forms name it: `title`, `criterion.2.guidance`.
    pub fn key(self) -> String {
        match self {
            TextField::Title => "title".to_owned(),
            TextField::Description => "description".to_owned(),
            TextField::CriterionTitle(p) => format!("criterion.{p}.title"),
            TextField::CriterionGuidance(p) => format!("criterion.{p}.guidance"),
            TextField::QuestionPrompt(p) => format!("question.{p}.prompt"),
            TextField::QuestionHelp(p) => format!("question.{p}.help"),
            TextField::IndicatorName(p) => format!("indicator.{p}.name"),
            TextField::MilestoneTitle(p) => format!("milestone.{p}.title"),
        }
    }

    /// The field a key names; `None` for anything else.
    pub fn parse(key: &str) -> Option<TextField> {
        match key {
            "title" => return Some(TextField::Title),
            "description" => return Some(TextField::Description),
            _ => {}
        }
        let mut parts = key.split('.');
        let (kind, position, part) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || position.starts_with(['+', '-']) {
            return None;
        }
        let position: i32 = position.parse().ok()?;
        Some(match (kind, part) {
            ("criterion", "title") => TextField::CriterionTitle(position),
            ("criterion", "guidance") => TextField::CriterionGuidance(position),
            ("question", "prompt") => TextField::QuestionPrompt(position),
            ("question", "help") => TextField::QuestionHelp(position),
            ("indicator", "name") => TextField::IndicatorName(position),
            ("milestone", "title") => TextField::MilestoneTitle(position),
            _ => return None,
        })
    }
}

/// The translations of a call's texts: per field, the text in each language that has one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Translations(BTreeMap<TextField, BTreeMap<Language, String>>);

impl Translations {
    /// The text of `field` in `language`, if translated.
    pub fn get(&self, field: TextField, language: Language) -> Option<&str> {
        self.0
            .get(&field)
            .and_then(|texts| texts.get(&language))
            .map(String::as_str)
    }

    /// Every translation of `field`, by language.
    pub fn of(&self, field: TextField) -> impl Iterator<Item = (Language, &str)> {
        self.0
            .get(&field)
            .into_iter()
            .flat_map(|texts| texts.iter().map(|(l, t)| (*l, t.as_str())))
    }

    fn insert(&mut self, field: TextField, language: Language, text: String) {
        self.0.entry(field).or_default().insert(language, text);
    }
}

/// Which language a reader gets a call's texts in.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reading {
    /// The languages the programme publishes in, the first the one the call is written in; empty when it
    /// declares none.
    pub languages: Vec<Language>,
    /// The language shown; `None` when the programme declares none (the texts as written).
    pub shown: Option<Language>,
    /// Whether the reader's own language is not one of them, so the first is shown instead.
    pub fallback: bool,
}

impl Reading {
    /// The reading of a call whose programme publishes in `languages`, for a reader of `reader`.
    pub fn new(languages: Vec<Language>, reader: Language) -> Reading {
        let own = languages.contains(&reader);
        Reading {
            shown: if own {
                Some(reader)
            } else {
                languages.first().copied()
            },
            fallback: !own && !languages.is_empty(),
            languages,
        }
    }

    /// The language the call is written in, if the programme names it.
    pub fn first(&self) -> Option<Language> {
        self.languages.first().copied()
    }
}

impl CallView {
    /// The language `reader` reads this call in.
    pub fn reading_for(&self, reader: Language) -> Reading {
        Reading::new(self.programme.content_languages(), reader)
    }

    /// The call as `reader` reads it: every translatable text in their language where it is translated,
    /// else as written. The view remembers the reading, so pages can say which language they show.
    pub fn in_language(mut self, reader: Language) -> CallView {
        let reading = self.reading_for(reader);
        if let Some(shown) = reading
            .shown
            .filter(|shown| Some(*shown) != reading.first())
        {
            let t = &self.translations;
            let pick = |field: TextField, text: &mut String| {
                if let Some(translated) = t.get(field, shown) {
                    *text = translated.to_owned();
                }
            };
            pick(TextField::Title, &mut self.call.title);
            pick(TextField::Description, &mut self.call.description);
            for c in &mut self.criteria {
                pick(TextField::CriterionTitle(c.position), &mut c.title);
                pick(TextField::CriterionGuidance(c.position), &mut c.guidance);
            }
            for q in &mut self.questions {
                pick(TextField::QuestionPrompt(q.position), &mut q.prompt);
                pick(TextField::QuestionHelp(q.position), &mut q.help);
            }
            for i in &mut self.indicators {
                pick(TextField::IndicatorName(i.position), &mut i.name);
            }
        }
        self.reading = reading;
        self
    }

    /// Every translatable text of the call with its text as written, in the order an editor shows them.
    pub fn texts(&self) -> Vec<(TextField, String)> {
        let mut texts = vec![
            (TextField::Title, self.call.title.clone()),
            (TextField::Description, self.call.description.clone()),
        ];
        for c in &self.criteria {
            texts.push((TextField::CriterionTitle(c.position), c.title.clone()));
            texts.push((TextField::CriterionGuidance(c.position), c.guidance.clone()));
        }
        for q in &self.questions {
            texts.push((TextField::QuestionPrompt(q.position), q.prompt.clone()));
            texts.push((TextField::QuestionHelp(q.position), q.help.clone()));
        }
        for i in &self.indicators {
            texts.push((TextField::IndicatorName(i.position), i.name.clone()));
        }
        for (n, title) in milestone_titles(self.call.tranche_template.as_deref())
            .into_iter()
            .enumerate()
        {
            texts.push((TextField::MilestoneTitle(n as i32 + 1), title));
        }
        texts
    }
}

/// The titles of the milestones of a stored tranche template, in order; none for the default template or
/// one that cannot be read (the projects module reports that).
pub fn milestone_titles(template: Option<&str>) -> Vec<String> {
    let rules: Vec<TemplateRule> = template
        .and_then(|json| serde_json::from_str(json).ok())
        .unwrap_or_default();
    rules
        .into_iter()
        .filter_map(|rule| match rule.condition {
            TemplateCondition::Milestone { title, .. } => Some(title),
            _ => None,
        })
        .collect()
}

/// A funded project as `reader` reads it: its call's title, its indicators' names and the milestones its
/// call's tranche template gave it, in the reader's language where translated; with the reading, for the
/// page to say which language it shows.
pub async fn project_in_language(
    conn: &impl ConnectionTrait,
    mut view: ProjectView,
    reader: Language,
) -> Result<(ProjectView, Reading)> {
    let programme = crate::programmes::find(conn, view.call.programme_id).await?;
    let reading = Reading::new(programme.content_languages(), reader);
    let Some(shown) = reading
        .shown
        .filter(|shown| Some(*shown) != reading.first())
    else {
        return Ok((view, reading));
    };
    let translations = load_for(conn, &[view.call.id])
        .await?
        .remove(&view.call.id)
        .unwrap_or_default();
    let pick = |field: TextField, text: &mut String| {
        if let Some(translated) = translations.get(field, shown) {
            *text = translated.to_owned();
        }
    };
    pick(TextField::Title, &mut view.call.title);
    for progress in &mut view.indicators {
        pick(
            TextField::IndicatorName(progress.indicator.position),
            &mut progress.indicator.name,
        );
    }
    // A project's milestones are copied from the template with its titles; one the project added itself
    // matches none and stays as written.
    let template = milestone_titles(view.call.tranche_template.as_deref());
    for milestone in &mut view.milestones {
        if let Some(n) = template.iter().position(|title| *title == milestone.title) {
            pick(
                TextField::MilestoneTitle(n as i32 + 1),
                &mut milestone.title,
            );
        }
    }
    Ok((view, reading))
}

/// Funded projects as `reader` reads their lists: each call's title in the reader's language where
/// translated, in two queries whatever the number of projects (lists are public and read often).
pub async fn project_titles_in_language(
    conn: &impl ConnectionTrait,
    views: &mut [ProjectView],
    reader: Language,
) -> Result<()> {
    let programme_ids: Vec<Uuid> = views.iter().map(|v| v.call.programme_id).collect();
    let translating: Vec<Uuid> = crate::programmes::entity::Entity::find()
        .filter(crate::programmes::entity::Column::Id.is_in(programme_ids))
        .all(conn)
        .await?
        .into_iter()
        .filter(|p| {
            let languages = p.content_languages();
            languages.contains(&reader) && languages.first() != Some(&reader)
        })
        .map(|p| p.id)
        .collect();
    let calls: Vec<Uuid> = views
        .iter()
        .filter(|v| translating.contains(&v.call.programme_id))
        .map(|v| v.call.id)
        .collect();
    if calls.is_empty() {
        return Ok(());
    }
    let titles: BTreeMap<Uuid, String> = translation::Entity::find()
        .filter(translation::Column::CallId.is_in(calls))
        .filter(translation::Column::Field.eq(TextField::Title.key()))
        .filter(translation::Column::Language.eq(reader.code()))
        .all(conn)
        .await?
        .into_iter()
        .map(|row| (row.call_id, row.text))
        .collect();
    for view in views {
        if let Some(title) = titles.get(&view.call.id) {
            view.call.title = title.clone();
        }
    }
    Ok(())
}

/// Reads the translations of some calls in one query.
pub(crate) async fn load_for(
    conn: &impl ConnectionTrait,
    calls: &[Uuid],
) -> Result<BTreeMap<Uuid, Translations>> {
    let mut all: BTreeMap<Uuid, Translations> = BTreeMap::new();
    for row in translation::Entity::find()
        .filter(translation::Column::CallId.is_in(calls.iter().copied()))
        .all(conn)
        .await?
    {
        // A row this version cannot place (a language or field it no longer knows) is not shown.
        let (Some(field), Ok(language)) =
            (TextField::parse(&row.field), Language::parse(&row.language))
        else {
            continue;
        };
        all.entry(row.call_id)
            .or_default()
            .insert(field, language, row.text);
    }
    Ok(all)
}

/// Replaces every translation of a call into `language` with `texts` (field key to text; a blank text
/// removes that translation). Managers only; allowed in every state, since no rule depends on it, and
/// audited. The language must be one of the programme's content languages other than the first.
pub async fn translate(
    db: &DatabaseConnection,
    actor: &Actor,
    call_id: Uuid,
    language: &str,
    texts: &BTreeMap<String, String>,
) -> Result<CallView> {
    actor.require_any(&[Role::Manager])?;
    let tx = db::begin_write(db).await?;
    let view = load(&tx, call_id).await?;
    let languages = view.programme.content_languages();
    let language = Language::parse(language).map_err(|m| Error::field("language", m))?;
    if languages.first() == Some(&language) {
        return Err(Error::field(
            "language",
            Message::new("error-translation-first-language").arg("language", language.code()),
        ));
    }
    if !languages.contains(&language) {
        return Err(Error::field(
            "language",
            Message::new("error-translation-not-content-language").arg("language", language.code()),
        ));
    }
    let known: Vec<TextField> = view.texts().into_iter().map(|(field, _)| field).collect();
    let mut v = Validator::new();
    let mut rows = Vec::new();
    for (key, text) in texts {
        let field = TextField::parse(key).filter(|field| known.contains(field));
        v.check(
            field.is_some(),
            key,
            Message::new("error-translation-unknown-field"),
        );
        v.check(
            text.chars().count() <= MAX_TEXT,
            key,
            Message::new("error-too-long").arg("max", MAX_TEXT as i64),
        );
        let text = text.trim();
        if let Some(field) = field.filter(|_| !text.is_empty()) {
            rows.push((field, text.to_owned()));
        }
    }
    v.finish()?;
    translation::Entity::delete_many()
        .filter(translation::Column::CallId.eq(call_id))
        .filter(translation::Column::Language.eq(language.code()))
        .exec(&tx)
        .await?;
    let now = Utc::now();
    for (field, text) in &rows {
        translation::ActiveModel {
            call_id: Set(call_id),
            field: Set(field.key()),
            language: Set(language.code().to_owned()),
            text: Set(text.clone()),
            updated_at: Set(now),
        }
        .insert(&tx)
        .await?;
    }
    audit::record(
        &tx,
        Some(actor),
        "call.translated",
        &Subject::new("call", call_id),
        format!(
            "{}: {} of {} texts translated",
            language.code(),
            rows.len(),
            known.len()
        ),
    )
    .await?;
    tx.commit().await?;
    load(db, call_id).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn language(code: &str) -> Language {
        Language::parse(code).expect("a known code")
    }

    #[test]
    fn a_reader_gets_their_language_where_published_else_the_first_with_a_note() {
        let tunisia = vec![language("ar"), language("fr")];
        let french = Reading::new(tunisia.clone(), language("fr"));
        assert_eq!(
            (french.shown, french.fallback),
            (Some(language("fr")), false)
        );
        let german = Reading::new(tunisia, language("de"));
        assert_eq!(
            (german.shown, german.fallback),
            (Some(language("ar")), true)
        );
        let untranslated = Reading::new(Vec::new(), language("de"));
        assert_eq!((untranslated.shown, untranslated.fallback), (None, false));
    }

    #[test]
    fn other_keys_name_no_field() {
        for key in [
            "",
            "titles",
            "criterion.1",
            "criterion.x.title",
            "criterion.1.title.extra",
            "criterion.+1.title",
            "question.1.title",
        ] {
            assert_eq!(TextField::parse(key), None, "{key:?}");
        }
    }

    fn field() -> impl Strategy<Value = TextField> {
        prop_oneof![
            Just(TextField::Title),
            Just(TextField::Description),
            (1..10_000i32).prop_map(TextField::CriterionTitle),
            (1..10_000i32).prop_map(TextField::CriterionGuidance),
            (1..10_000i32).prop_map(TextField::QuestionPrompt),
            (1..10_000i32).prop_map(TextField::QuestionHelp),
            (1..10_000i32).prop_map(TextField::IndicatorName),
            (1..10_000i32).prop_map(TextField::MilestoneTitle),
        ]
    }

    proptest! {
        #[test]
        fn every_field_parses_back_from_its_key(field in field()) {
            prop_assert_eq!(TextField::parse(&field.key()), Some(field));
        }
    }
}
