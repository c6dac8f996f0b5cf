//! Applications for programme managers: a call's applications with filters (state, search, subdivision)
//! and pages, their CSV export, and the screening of one application as eligible or ineligible with a
//! reason the applicant sees.
//!
//! Managers only (others get the forbidden page); the lists, the export's columns and what screening may
//! change are `domain::applications::service`'s.

use askama::Template;
use domain::applications::ApplicationState;
use domain::applications::service::{self, ApplicationFilter, ScreeningInput};
use domain::calls::service::{self as calls, CallView};
use domain::{Error, Message, PageRequest};
use poem::http::header;
use poem::web::cookie::CookieJar;
use poem::web::{Data, Path, Query};
use poem::{IntoResponse, Response, handler};
use serde::Deserialize;
use uuid::Uuid;

use crate::applications::{self, PageForms, SCREEN_FIELDS, application_page};
use crate::call_text;
use crate::csrf::CheckedForm;
use crate::errors::PageError;
use crate::forms::{self, FormState};
use crate::layout::Localized as _;
use crate::layout::{self, Choice, Pager};
use crate::places::Place;
use crate::session::Visitor;
use crate::{WebState, paths};

/// The list's filters as typed (blank means "any").
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    state: String,
    q: String,
    subdivision: String,
    page: String,
}

impl ListQuery {
    fn filter(&self) -> ApplicationFilter {
        let non_empty = |value: &str| Some(value.trim().to_owned()).filter(|v| !v.is_empty());
        ApplicationFilter {
            state: ApplicationState::parse(&self.state),
            search: non_empty(&self.q),
            subdivision: non_empty(&self.subdivision),
        }
    }

    /// The filters as query pairs (without the page).
    fn pairs(&self) -> [(&str, &str); 3] {
        [
            ("state", self.state.as_str()),
            ("q", self.q.as_str()),
            ("subdivision", self.subdivision.as_str()),
        ]
    }
}

/// An application as the managers' list shows it.
struct ManageRow {
    id: Uuid,
    reference: Option<String>,
    lead: String,
    subdivision: Place,
    title: String,
    requested: String,
    state: String,
    state_class: &'static str,
}

#[derive(Template)]
#[template(path = "manage_applications.html")]
struct ManageApplicationsPage<'a> {
    visitor: &'a Visitor,
    call: CallView,
    query: &'a ListQuery,
    state_choices: Vec<Choice>,
    rows: Vec<ManageRow>,
    pager: Pager,
    csv_href: String,
}
layout::localized!(ManageApplicationsPage);

/// `GET /manage/calls/{id}/applications`.
#[handler]
pub async fn list(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path(id): Path<String>,
    Query(query): Query<ListQuery>,
) -> Result<Response, PageError> {
    let actor = visitor.manager()?;
    let lang = visitor.lang;
    let call = calls::get(&state.db, Some(actor), paths::parse_id(&id)?).await?;
    let request = PageRequest::new(layout::page_number(Some(&query.page)), None);
    let page = service::list_for_call(
        &state.db,
        actor,
        call.call.id,
        &query.filter(),
        request,
        state.clock.now(),
    )
    .await?;
    let path = format!("/manage/calls/{}/applications", call.call.id);
    let pager = Pager::new(&page, &path, &query.pairs());
    let rows = page
        .items
        .iter()
        .map(|summary| {
            let app = &summary.application;
            ManageRow {
                id: app.id,
                reference: app.reference.clone(),
                lead: summary.lead.name.clone(),
                subdivision: Place::subdivision_opt(lang, summary.lead.subdivision.as_deref()),
                title: app.title.clone(),
                requested: call_text::amount(lang, summary.requested(), summary.currency),
                state: applications::state_label(lang, summary.state),
                state_class: applications::state_class(summary.state),
            }
        })
        .collect();
    let state_choices = ApplicationState::ALL
        .into_iter()
        .map(|s| Choice {
            value: s.as_str().to_owned(),
            label: applications::state_label(lang, s),
            selected: query.state.trim() == s.as_str(),
        })
        .collect();
    let csv_href = paths::with_query(&format!("{path}.csv"), &paths::query_string(query.pairs()));
    layout::ok(&ManageApplicationsPage {
        visitor,
        call,
        query: &query,
        state_choices,
        rows,
        pager,
        csv_href,
    })
}

/// `GET /manage/calls/{id}/applications.csv`: every application matching the filters, spreadsheet-safe.
#[handler]
pub async fn export(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path(id): Path<String>,
    Query(query): Query<ListQuery>,
) -> Result<Response, PageError> {
    let actor = visitor.manager()?;
    let call = calls::get(&state.db, Some(actor), paths::parse_id(&id)?).await?;
    let csv = service::export_csv(
        &state.db,
        actor,
        call.call.id,
        &query.filter(),
        state.clock.now(),
    )
    .await?;
    // The code is letters and digits (the domain checks it), safe in a header.
    let file_name = format!("applications-{}.csv", call.call.code);
    Ok(csv
        .with_content_type("text/csv; charset=utf-8")
        .with_header(
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{file_name}\""),
        )
        .into_response())
}

/// `POST /applications/{id}/screen`: a manager screens a submitted application; an ineligible one needs a
/// reason, which the applicant sees. A stale version is explained on the page, shown as it is now.
#[handler]
pub async fn screen(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.manager()?;
    let view = applications::load(state, visitor, &id).await?;
    let id = view.application.id;
    let eligible = match form.text("outcome") {
        "eligible" => Some(true),
        "ineligible" => Some(false),
        _ => None,
    };
    let result = match (eligible, forms::version(&form)) {
        (None, _) => Err(Error::field("outcome", Message::new("error-required"))),
        (Some(_), Err(stale)) => Err(stale),
        (Some(eligible), Ok(version)) => service::screen(
            &state.db,
            actor,
            id,
            &ScreeningInput {
                eligible,
                reason: form.text("reason").to_owned(),
                version,
            },
            state.clock.now(),
        )
        .await
        .map(drop),
    };
    match result {
        Ok(()) => Ok(applications::changed(
            state,
            jar,
            id,
            "flash-application-screened",
            None,
        )),
        Err(err) => {
            let mut shown =
                FormState::new(visitor.lang, "screen", SCREEN_FIELDS).keeping(&form, &[]);
            let status = shown.absorb(err)?;
            // Shown as it is now, so that the manager sees what changed and the form carries the version.
            let view = service::get(&state.db, actor, id).await?;
            let forms = PageForms {
                screen: Some(shown),
                ..PageForms::default()
            };
            application_page(state, visitor, view, forms, status).await
        }
    }
}

/// `POST /applications/{id}/decide`: in a rolling call, a manager decides an application screened eligible
/// on its own, finally; the decision is published at once. Refusals are shown on the page as it is now.
#[handler]
pub async fn decide(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.manager()?;
    let view = applications::load(state, visitor, &id).await?;
    let id = view.application.id;
    let result = match forms::version(&form) {
        Err(stale) => Err(stale),
        Ok(version) => domain::selection::rolling::decide(&state.db, actor, id, version)
            .await
            .map(drop),
    };
    match result {
        Ok(()) => Ok(applications::changed(
            state,
            jar,
            id,
            "flash-application-decided",
            None,
        )),
        Err(err) => {
            let mut shown = FormState::new(visitor.lang, "decide", &[]);
            let status = shown.absorb(err)?;
            let view = service::get(&state.db, actor, id).await?;
            let forms = PageForms {
                decide: Some(shown),
                ..PageForms::default()
            };
            application_page(state, visitor, view, forms, status).await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_read_states_and_ignore_blanks() {
        let query = ListQuery {
            state: "ineligible".into(),
            q: "  ".into(),
            subdivision: " TN-11 ".into(),
            page: String::new(),
        };
        let filter = query.filter();
        assert_eq!(filter.state, Some(ApplicationState::Ineligible));
        assert_eq!(filter.search, None);
        assert_eq!(filter.subdivision.as_deref(), Some("TN-11"));
        let any = ListQuery::default().filter();
        assert_eq!(any.state, None);
    }
}
