//! Calls for the public: the list of published calls with filters, and a call's own page (budget,
//! deadline in the call's time zone and the time left, criteria and weights, eligibility rules in plain
//! language, questions, indicators).
//!
//! Which calls a visitor may see is decided by `domain::calls::service` (drafts only for managers); these
//! handlers read the query, call it and phrase what it returns (see `call_text`). Managers edit calls in
//! `calls_editor`.

use askama::Template;
use chrono::Utc;
use domain::calls::service::{self, CallFilter, CallView, Phase};
use domain::{Error, PageRequest, Role, committee, programmes};
use poem::web::{Data, Path, Query};
use poem::{Response, handler};
use serde::Deserialize;
use uuid::Uuid;

use crate::call_text::{self, ContentLanguage, CriterionLine, QuestionLine, TimeLeft};
use crate::errors::PageError;
use crate::i18n::Lang;
use crate::i18n::{format, places};
use crate::layout::Localized as _;
use crate::layout::{self, Choice, Pager};
use crate::session::Visitor;
use crate::{WebState, paths};

/// A call as a row of a list.
pub struct CallRow {
    /// Its id, for links.
    pub id: Uuid,
    /// Title.
    pub title: String,
    /// Its programme's name.
    pub programme: String,
    /// Translated status.
    pub status: String,
    /// The status tag's style.
    pub status_class: &'static str,
    /// The deadline in the call's time zone.
    pub deadline: String,
    /// Total budget with currency.
    pub budget: String,
}

impl CallRow {
    /// The row of `view` in `lang`.
    pub fn new(lang: Lang, view: &CallView) -> Self {
        let now = Utc::now();
        let tz = call_text::time_zone_of(&view.call.time_zone);
        CallRow {
            id: view.call.id,
            title: view.call.title.clone(),
            programme: view.programme.name.clone(),
            status: lang.t(call_text::status_key(view, now)),
            status_class: call_text::status_class(view, now),
            deadline: call_text::deadline_text(lang, view.call.deadline(), tz),
            budget: call_text::amount_of_minor(lang, view.call.total_budget_minor, view.currency),
        }
    }
}

/// The list's filters as typed (blank means "any").
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CallsQuery {
    programme: String,
    country: String,
    status: String,
    page: String,
}

impl CallsQuery {
    fn filter(&self) -> CallFilter {
        CallFilter {
            programme_id: Uuid::parse_str(self.programme.trim()).ok(),
            country: Some(self.country.trim().to_ascii_uppercase()).filter(|c| !c.is_empty()),
            phase: parse_phase(&self.status),
        }
    }

    fn pairs(&self) -> [(&str, &str); 3] {
        [
            ("programme", self.programme.as_str()),
            ("country", self.country.as_str()),
            ("status", self.status.as_str()),
        ]
    }
}

/// A status filter's value; anything else means "any".
fn parse_phase(value: &str) -> Option<Phase> {
    match value.trim() {
        "draft" => Some(Phase::Draft),
        "upcoming" => Some(Phase::Upcoming),
        "open" => Some(Phase::Open),
        "past" => Some(Phase::Past),
        _ => None,
    }
}

#[derive(Template)]
#[template(path = "calls.html")]
struct CallsPage<'a> {
    visitor: &'a Visitor,
    programme_choices: Vec<Choice>,
    country_choices: Vec<Choice>,
    status_choices: Vec<Choice>,
    rows: Vec<CallRow>,
    pager: Pager,
}
layout::localized!(CallsPage);

/// `GET /calls`: published calls (and drafts, for managers), soonest deadline first.
#[handler]
pub async fn list(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Query(query): Query<CallsQuery>,
) -> Result<Response, PageError> {
    let lang = visitor.lang;
    let actor = visitor.actor.as_ref();
    let request = PageRequest::new(layout::page_number(Some(&query.page)), None);
    let page = service::list(&state.db, actor, &query.filter(), request).await?;
    let programme_choices = programmes::list(&state.db)
        .await?
        .into_iter()
        .map(|programme| Choice {
            selected: programme.id.to_string() == query.programme.trim(),
            value: programme.id.to_string(),
            label: programme.name,
        })
        .collect();
    // Countries by name in the reader's language; the filter still sends the code.
    let country_choices = programmes::countries(&state.db)
        .await?
        .into_iter()
        .map(|code| Choice {
            selected: code.eq_ignore_ascii_case(query.country.trim()),
            label: places::country_name(lang, &code),
            value: code,
        })
        .collect();
    let manager = actor.is_some_and(|a| a.has(Role::Manager));
    let statuses: &[(&str, &str)] = if manager {
        &[
            ("upcoming", "calls-filter-upcoming"),
            ("open", "calls-filter-open"),
            ("past", "calls-filter-past"),
            ("draft", "calls-filter-draft"),
        ]
    } else {
        &[
            ("upcoming", "calls-filter-upcoming"),
            ("open", "calls-filter-open"),
            ("past", "calls-filter-past"),
        ]
    };
    let status_choices = statuses
        .iter()
        .map(|(value, key)| Choice {
            value: (*value).to_owned(),
            label: lang.t(key),
            selected: query.status.trim() == *value,
        })
        .collect();
    let pager = Pager::new(&page, "/calls", &query.pairs());
    layout::ok(&CallsPage {
        visitor,
        programme_choices,
        country_choices,
        status_choices,
        rows: page
            .items
            .iter()
            .map(|view| CallRow::new(lang, &view.clone().in_language(lang.into())))
            .collect(),
        pager,
    })
}

#[derive(Template)]
#[template(path = "call.html")]
struct CallPage<'a> {
    visitor: &'a Visitor,
    view: CallView,
    status: String,
    status_class: &'static str,
    opens: String,
    deadline: String,
    time_left: Option<String>,
    budget: String,
    min_award: String,
    max_award: String,
    min_total_score: Option<String>,
    description: Vec<Vec<String>>,
    criteria: Vec<CriterionLine>,
    rules: Vec<String>,
    quotas: Vec<String>,
    questions: Vec<QuestionLine>,
    committee: Vec<CommitteeLine>,
    /// In a rolling call, the local governments admitted or recognised so far, in the order they joined.
    joined: Vec<JoinedLine>,
    /// Whether the joined list has a column of benchmark levels.
    joined_levels: bool,
    /// The SHA-256 of the lottery seed, published when reviewing starts (the seed stays hidden until scoring
    /// closes).
    commitment: Option<String>,
    may_apply: bool,
    /// For a visitor not signed in, while the call is open: the login that leads to applying (a sign-up
    /// link is shown beside it).
    login_to_apply: Option<String>,
    may_edit: bool,
    /// The language of the call's own texts, when not the page's.
    content_language: Option<ContentLanguage>,
}
layout::localized!(CallPage);

/// A local government that joined a rolling call, as its public page lists them.
struct JoinedLine {
    organisation: String,
    place: String,
    level: Option<String>,
    date: String,
}

/// A committee member as the public call page lists them.
struct CommitteeLine {
    name: String,
    sector: String,
    role: String,
}

/// The committee as the public sees it: nobody before reviewing starts (the domain answers `NotFound`),
/// then names, sectors and roles.
async fn public_committee(
    state: &WebState,
    lang: Lang,
    call_id: Uuid,
) -> Result<Vec<CommitteeLine>, PageError> {
    match committee::get(&state.db, None, call_id).await {
        Ok(view) => Ok(view
            .members
            .iter()
            .map(|member| CommitteeLine {
                name: member.name.clone(),
                sector: lang.message(&member.sector.label()),
                role: lang.message(&member.role.label()),
            })
            .collect()),
        Err(Error::NotFound) => Ok(Vec::new()),
        Err(other) => Err(other.into()),
    }
}

/// `GET /calls/{id}`: a published call for anyone, a draft for managers (others get the 404 page).
#[handler]
pub async fn show(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let lang = visitor.lang;
    let actor = visitor.actor.as_ref();
    let view = service::get(&state.db, actor, paths::parse_id(&id)?)
        .await?
        .in_language(lang.into());
    let now = state.clock.now();
    let tz = call_text::time_zone_of(&view.call.time_zone);
    let phase = view.phase(now);
    let money = |minor: i64| call_text::amount_of_minor(lang, minor, view.currency);
    let committee = public_committee(state, lang, view.call.id).await?;
    let joined = domain::selection::rolling::joined(&state.db, &view)
        .await?
        .into_iter()
        .map(|j| JoinedLine {
            organisation: j.organisation,
            place: j
                .subdivision
                .as_deref()
                .map(|code| places::subdivision_label(lang, code))
                .unwrap_or_default(),
            level: j.level,
            date: format::date(lang, j.decided_at.with_timezone(&tz).date_naive()),
        })
        .collect::<Vec<_>>();
    let page = CallPage {
        joined_levels: joined.iter().any(|j| j.level.is_some()),
        visitor,
        status: lang.t(call_text::status_key(&view, now)),
        status_class: call_text::status_class(&view, now),
        opens: format::date_time(lang, view.call.opens_at, tz),
        deadline: call_text::deadline_text(lang, view.call.deadline(), tz),
        time_left: (phase == Phase::Open)
            .then(|| view.call.deadline().and_then(|at| TimeLeft::until(now, at)))
            .flatten()
            .map(|left| left.phrase(lang)),
        budget: money(view.call.total_budget_minor),
        min_award: money(view.call.min_award_minor),
        max_award: money(view.call.max_award_minor),
        min_total_score: view
            .call
            .min_total_score
            .as_deref()
            .map(|score| call_text::decimal(lang, score)),
        description: call_text::paragraphs(&view.call.description),
        criteria: call_text::criterion_lines(lang, &view.criteria),
        rules: view
            .rules
            .iter()
            .map(|rule| call_text::rule_sentence(lang, rule, view.currency))
            .collect(),
        quotas: call_text::quota_sentences(lang, &view),
        questions: call_text::question_lines(lang, &view.questions),
        committee,
        joined,
        commitment: view.lottery().commitment().map(str::to_owned),
        // The apply page starts an application, or opens the one the organisation already has.
        may_apply: phase == Phase::Open && actor.is_some_and(|a| a.has(Role::Applicant)),
        login_to_apply: (phase == Phase::Open && actor.is_none())
            .then(|| paths::login_with_next(&format!("/calls/{}/apply", view.call.id))),
        may_edit: actor.is_some_and(|a| a.has(Role::Manager)),
        content_language: call_text::content_language(lang, &view.reading),
        view,
    };
    layout::ok(&page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_filters_map_to_phases_and_nonsense_to_any() {
        assert_eq!(parse_phase("open"), Some(Phase::Open));
        assert_eq!(parse_phase(" past "), Some(Phase::Past));
        assert_eq!(parse_phase("upcoming"), Some(Phase::Upcoming));
        assert_eq!(parse_phase("closed-ish"), None);
        let query = CallsQuery {
            programme: "not an id".into(),
            country: " tn ".into(),
            ..CallsQuery::default()
        };
        let filter = query.filter();
        assert_eq!(filter.programme_id, None);
        assert_eq!(filter.country.as_deref(), Some("TN"));
    }
}
