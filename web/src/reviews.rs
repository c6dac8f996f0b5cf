//! Committee members' pages: "My reviews" (their assignments with each review's progress), and one
//! application's page for its reviewer: the application as submitted, the score sheet (save a draft,
//! submit, revise), the other members' reviews once the reviewer's own is submitted, and the declaration
//! of a conflict of interest.
//!
//! Who may review what, the blind, and what a valid sheet is are decided by `domain::reviews::service` and
//! `domain::committee::conflicts`: a conflicted member gets the 404 page, an unassigned one the 403 page with
//! the reason. These handlers read forms, call the services with the server clock's `now`, and phrase what
//! they return or refuse: a refused sheet comes back as typed, each message beside its criterion.

use askama::Template;
use domain::committee::conflicts::{self, ConflictKind, DeclarationInput};
use domain::reviews::service::{self, MyAssignment, OtherReview, SheetView};
use domain::reviews::{Recommendation, ReviewState, ScoreInput, SheetInput};
use domain::{Arg, Error, FieldError, Message};
use poem::http::StatusCode;
use poem::web::cookie::CookieJar;
use poem::web::{Data, Path, Redirect};
use poem::{IntoResponse, Response, handler};
use uuid::Uuid;

use crate::call_text;
use crate::csrf::CheckedForm;
use crate::errors::PageError;
use crate::forms::{self, Fields, FormState};
use crate::i18n::Lang;
use crate::i18n::format;
use crate::layout::Localized as _;
use crate::layout::{self, Choice};
use crate::session::{self, Visitor};
use crate::{WebState, application_forms, applications, paths};

/// The sheet's fixed fields (each criterion adds a score and a comment).
const SHEET_FIELDS: Fields = &[
    ("overall_comment", "review-page-overall-comment"),
    ("recommendation", "review-page-recommendation"),
];
/// The fields of the conflict declaration.
const CONFLICT_FIELDS: Fields = &[
    ("kind", "review-page-conflict-kind"),
    ("note", "review-page-conflict-note"),
];

/// The name of a criterion's score input.
fn score_field(criterion_id: Uuid) -> String {
    format!("score.{criterion_id}")
}

/// The name of a criterion's comment textarea.
fn comment_field(criterion_id: Uuid) -> String {
    format!("comment.{criterion_id}")
}

/// Where a review stands, in the reader's language, with its tag's style.
fn state_label(lang: Lang, state: Option<ReviewState>) -> (String, &'static str) {
    match state {
        None => (lang.t("reviews-page-state-not-started"), "tag-warning"),
        Some(ReviewState::Draft) => (lang.t("reviews-page-state-draft"), "tag-warning"),
        Some(ReviewState::Submitted) => (lang.t("reviews-page-state-submitted"), "tag-success"),
    }
}

// ---------------------------------------------------------------------------------------------------------
// My reviews

/// An assignment as the dashboard lists it.
struct ReviewRow {
    application_id: Uuid,
    reference: String,
    title: String,
    call_title: String,
    call_code: String,
    state: String,
    state_class: &'static str,
    progress: String,
    deadline: String,
}

impl ReviewRow {
    fn new(lang: Lang, assignment: &MyAssignment) -> Self {
        let (state, state_class) = state_label(lang, assignment.state);
        let tz = call_text::time_zone_of(&assignment.call.time_zone);
        ReviewRow {
            application_id: assignment.application_id,
            reference: assignment.reference.clone(),
            title: assignment.title.clone(),
            call_title: assignment.call.title.clone(),
            call_code: assignment.call.code.clone(),
            state,
            state_class,
            progress: lang.t_numbers(
                "reviews-page-progress",
                &[
                    ("scored", assignment.scored as u64),
                    ("total", assignment.criteria as u64),
                ],
            ),
            deadline: assignment.deadline.map_or_else(
                || lang.t("reviews-page-no-deadline"),
                |at| format::date_time(lang, at, tz),
            ),
        }
    }
}

#[derive(Template)]
#[template(path = "reviews.html")]
struct ReviewsPage<'a> {
    visitor: &'a Visitor,
    rows: Vec<ReviewRow>,
    seats: Vec<SeatRow>,
}

/// A committee the member sits on; the chair gets the link to the reviewing page.
struct SeatRow {
    call_id: uuid::Uuid,
    call_title: String,
    call_code: String,
    role: String,
    chair: bool,
}
layout::localized!(ReviewsPage);

/// `GET /reviews`: the applications the signed-in member is assigned to review, newest call first.
#[handler]
pub async fn dashboard(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let rows = service::mine(&state.db, actor)
        .await?
        .iter()
        .map(|assignment| ReviewRow::new(visitor.lang, assignment))
        .collect();
    let seats = domain::committee::my_seats(&state.db, actor)
        .await?
        .into_iter()
        .map(|seat| SeatRow {
            call_id: seat.call.id,
            call_title: seat.call.title,
            call_code: seat.call.code,
            role: visitor.lang.message(&seat.role.label()),
            chair: seat.role == domain::committee::MemberRole::Chair,
        })
        .collect();
    layout::ok(&ReviewsPage {
        visitor,
        rows,
        seats,
    })
}

// ---------------------------------------------------------------------------------------------------------
// One application's review

/// A criterion of the sheet: what to score and the names of its inputs.
struct CriterionField {
    position: i32,
    title: String,
    guidance: String,
    max_score: i32,
    /// Weight and scale, e.g. "Weight 2 (50% of the total) · from 0 to 5".
    scale: String,
    score_name: String,
    comment_name: String,
}

/// A partner as the page lists it.
struct PartnerLine {
    name: String,
    kind: String,
    role: String,
}

/// A budget line as the page lists it.
struct BudgetLine {
    category: String,
    description: String,
    amount: String,
}

/// An attachment as the page lists it (reviewers download it from the application's own address).
struct AttachmentLine {
    id: Uuid,
    file_name: String,
    size: String,
    media_type: String,
}

/// One criterion of another member's review.
struct OtherScore {
    title: String,
    score: String,
    comment: String,
}

/// Another member's submitted review.
struct OtherRow {
    reviewer: String,
    sector: String,
    submitted_at: String,
    scores: Vec<OtherScore>,
    overall_comment: String,
    recommendation: String,
}

/// The page's two forms, blank (the sheet filled from what is saved) unless a handler brings one back with
/// what was typed and what is wrong.
#[derive(Default)]
struct PageForms {
    /// The sheet as typed, and the version it carries.
    sheet: Option<(FormState, i32)>,
    /// The conflict declaration as typed.
    conflict: Option<FormState>,
}

#[derive(Template)]
#[template(path = "review.html")]
struct ReviewPage<'a> {
    visitor: &'a Visitor,
    application_id: Uuid,
    call_id: Uuid,
    call_title: String,
    call_code: String,
    reference: String,
    title: String,
    lead: String,
    lead_kind: String,
    partners: Vec<PartnerLine>,
    summary: String,
    problem: String,
    objectives: String,
    participation_plan: String,
    answers: Vec<(String, String)>,
    budget_lines: Vec<BudgetLine>,
    attachments: Vec<AttachmentLine>,
    requested: String,
    submitted_at: Option<String>,
    deadline: String,
    state: String,
    state_class: &'static str,
    editable: bool,
    submitted: bool,
    closed_notice: Option<String>,
    criteria: Vec<CriterionField>,
    sheet_form: FormState,
    version: i32,
    recommendation_choices: Vec<Choice>,
    others: Vec<OtherRow>,
    conflict_form: FormState,
    conflict_kinds: Vec<Choice>,
}
layout::localized!(ReviewPage);

impl ReviewPage<'_> {
    /// The translated label of the recommendation a read-only sheet shows.
    fn recommendation_label(&self) -> String {
        let value = self.sheet_form.value("recommendation");
        self.recommendation_choices
            .iter()
            .find(|choice| choice.value == value)
            .map_or_else(|| self.t("review-page-not-given"), |c| c.label.clone())
    }
}

/// An empty sheet form for the call's criteria: every input known to the error summary, in page order.
fn empty_sheet_form(lang: Lang, view: &SheetView) -> FormState {
    let mut form = FormState::new(lang, "review", SHEET_FIELDS);
    for criterion in &view.application.call.criteria {
        form.add_row_field(
            score_field(criterion.id),
            lang.t_args("review-page-score-of", &[("criterion", &criterion.title)]),
        );
        form.add_row_field(
            comment_field(criterion.id),
            lang.t_args("review-page-comment-of", &[("criterion", &criterion.title)]),
        );
    }
    form
}

/// The sheet form filled with what is saved.
fn saved_sheet_form(lang: Lang, view: &SheetView) -> FormState {
    let mut form = empty_sheet_form(lang, view);
    for score in &view.sheet.scores {
        if let Some(value) = score.score {
            form = form.with(&score_field(score.criterion_id), value);
        }
        form = form.with(&comment_field(score.criterion_id), &score.comment);
    }
    form = form.with("overall_comment", &view.sheet.overall_comment);
    if let Some(recommendation) = view.sheet.recommendation {
        form = form.with("recommendation", recommendation.as_str());
    }
    form
}

/// The translated label of a recommendation.
fn recommendation_label(lang: Lang, recommendation: Option<Recommendation>) -> String {
    recommendation.map_or_else(
        || lang.t("review-page-not-given"),
        |r| lang.t(&r.label_key()),
    )
}

fn other_row(lang: Lang, view: &SheetView, other: &OtherReview) -> OtherRow {
    let criteria = &view.application.call.criteria;
    OtherRow {
        reviewer: other.reviewer.clone(),
        sector: lang.message(&other.sector.label()),
        submitted_at: other
            .submitted_at
            .map(|at| {
                format::date_time(
                    lang,
                    at,
                    call_text::time_zone_of(&view.application.call.call.time_zone),
                )
            })
            .unwrap_or_default(),
        scores: criteria
            .iter()
            .map(|criterion| {
                let score = other.sheet.score_of(criterion.id);
                OtherScore {
                    title: criterion.title.clone(),
                    score: score.and_then(|s| s.score).map_or_else(
                        || lang.t("review-page-not-given"),
                        |s| {
                            lang.t_args(
                                "review-page-score-out-of",
                                &[
                                    ("score", &s.to_string()),
                                    ("max", &criterion.max_score.to_string()),
                                ],
                            )
                        },
                    ),
                    comment: score.map(|s| s.comment.clone()).unwrap_or_default(),
                }
            })
            .collect(),
        overall_comment: other.sheet.overall_comment.clone(),
        recommendation: recommendation_label(lang, other.sheet.recommendation),
    }
}

/// The review page of `view`, with `forms` as the handlers leave them.
async fn review_page(
    state: &WebState,
    visitor: &Visitor,
    view: SheetView,
    forms: PageForms,
    status: StatusCode,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let lang = visitor.lang;
    let app = &view.application;
    let call = &app.call;
    let tz = call_text::time_zone_of(&call.call.time_zone);
    let currency = app.currency();
    // The blind: other reviews are only asked for once the caller's own is submitted.
    let others = if view.submitted() {
        service::others(&state.db, actor, app.application.id)
            .await?
            .iter()
            .map(|other| other_row(lang, &view, other))
            .collect()
    } else {
        Vec::new()
    };
    let (review_state, state_class) = state_label(lang, view.state);
    let closed_notice = (!view.editable).then(|| {
        lang.t(match call.state {
            domain::calls::CallState::Decided | domain::calls::CallState::Archived => {
                "error-review-final"
            }
            _ if call.scoring_closed() => "error-scoring-closed",
            _ => "error-review-not-started",
        })
    });
    let (sheet_form, version) = forms
        .sheet
        .unwrap_or_else(|| (saved_sheet_form(lang, &view), view.version()));
    let criteria = call_text::criterion_lines(lang, &call.criteria)
        .into_iter()
        .zip(&call.criteria)
        .map(|(line, criterion)| CriterionField {
            scale: lang.t_args(
                "review-page-scale",
                &[
                    ("weight", &line.weight),
                    ("share", &line.share),
                    ("max", &criterion.max_score.to_string()),
                ],
            ),
            position: line.position,
            title: line.title,
            guidance: line.guidance,
            max_score: criterion.max_score,
            score_name: score_field(criterion.id),
            comment_name: comment_field(criterion.id),
        })
        .collect();
    let page = ReviewPage {
        visitor,
        application_id: app.application.id,
        call_id: call.call.id,
        call_title: call.call.title.clone(),
        call_code: call.call.code.clone(),
        reference: app.application.reference.clone().unwrap_or_default(),
        title: app.application.title.clone(),
        lead: app.lead.name.clone(),
        lead_kind: layout::kind_label(lang, &app.lead.kind),
        partners: app
            .partners
            .iter()
            .map(|partner| PartnerLine {
                name: partner.organisation.name.clone(),
                kind: layout::kind_label(lang, &partner.organisation.kind),
                role: partner.role.clone(),
            })
            .collect(),
        summary: app.application.summary.clone(),
        problem: app.application.problem.clone(),
        objectives: app.application.objectives.clone(),
        participation_plan: app.application.participation_plan.clone(),
        answers: application_forms::answerable(&call.questions)
            .map(|q| {
                (
                    q.prompt.clone(),
                    crate::applications::answer_text(lang, &view.application, q.id, q.kind),
                )
            })
            .collect(),
        budget_lines: app
            .budget_lines
            .iter()
            .map(|line| BudgetLine {
                category: line.category.clone(),
                description: line.description.clone(),
                amount: call_text::amount_of_minor(lang, line.amount_minor, currency),
            })
            .collect(),
        attachments: app
            .attachments
            .iter()
            .map(|a| AttachmentLine {
                id: a.id,
                file_name: a.file_name.clone(),
                size: applications::file_size(lang, a.size_bytes),
                media_type: a.media_type.clone(),
            })
            .collect(),
        requested: call_text::amount(lang, app.requested(), currency),
        submitted_at: app
            .application
            .submitted_at
            .map(|at| format::date_time(lang, at, tz)),
        deadline: view.deadline.map_or_else(
            || lang.t("reviews-page-no-deadline"),
            |at| format::date_time(lang, at, tz),
        ),
        state: review_state,
        state_class,
        editable: view.editable,
        submitted: view.submitted(),
        closed_notice,
        criteria,
        sheet_form,
        version,
        recommendation_choices: Recommendation::ALL
            .into_iter()
            .map(|r| Choice {
                value: r.as_str().to_owned(),
                label: lang.t(&r.label_key()),
                selected: false,
            })
            .collect(),
        others,
        conflict_form: forms
            .conflict
            .unwrap_or_else(|| FormState::new(lang, "conflict", CONFLICT_FIELDS)),
        conflict_kinds: ConflictKind::ALL
            .into_iter()
            .map(|kind| Choice {
                value: kind.as_str().to_owned(),
                label: lang.message(&kind.label()),
                selected: false,
            })
            .collect(),
    };
    layout::render(&page, status)
}

/// The signed-in member's sheet of application `id` (or the 404 or 403 page, as the domain decides).
async fn load(state: &WebState, visitor: &Visitor, id: &str) -> Result<SheetView, PageError> {
    let actor = visitor.actor()?;
    Ok(service::get(&state.db, actor, paths::parse_id(id)?).await?)
}

/// `GET /reviews/{application_id}`.
#[handler]
pub async fn show(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let view = load(state, visitor, &id).await?;
    review_page(state, visitor, view, PageForms::default(), StatusCode::OK).await
}

/// The sheet as posted: what the domain is asked to save, and the scores that are not whole numbers
/// (those are not sent: the reviewer is told instead).
struct SheetReading {
    input: SheetInput,
    unreadable: Vec<FieldError>,
}

/// Reads the posted sheet, one entry per criterion in the call's order, so that the domain's errors on
/// `scores[i]` are about the call's `i`-th criterion.
fn read_sheet(form: &CheckedForm, view: &SheetView) -> SheetReading {
    let mut unreadable = Vec::new();
    let scores = view
        .application
        .call
        .criteria
        .iter()
        .map(|criterion| {
            let name = score_field(criterion.id);
            let score =
                forms::parse_optional_integer(Some(form.text(&name))).unwrap_or_else(|message| {
                    unreadable.push(FieldError::new(&name, message));
                    None
                });
            ScoreInput {
                criterion_id: criterion.id,
                score,
                comment: form.text(&comment_field(criterion.id)).to_owned(),
            }
        })
        .collect();
    SheetReading {
        input: SheetInput {
            scores,
            overall_comment: form.text("overall_comment").to_owned(),
            recommendation: form.text("recommendation").to_owned(),
        },
        unreadable,
    }
}

/// The domain's field errors renamed to the inputs of the form: `scores[i].score` is the `i`-th
/// criterion's score input, and a missing score (reported on `scores` with the criterion's id) too.
fn on_form_fields(view: &SheetView, errors: Vec<FieldError>) -> Vec<FieldError> {
    let criteria = &view.application.call.criteria;
    let indexed = |field: &str| -> Option<(usize, String)> {
        let rest = field.strip_prefix("scores[")?;
        let (index, part) = rest.split_once("].")?;
        Some((index.parse().ok()?, part.to_owned()))
    };
    errors
        .into_iter()
        .map(|mut error| {
            if let Some((index, part)) = indexed(&error.field)
                && let Some(criterion) = criteria.get(index)
            {
                error.field = match part.as_str() {
                    "comment" => comment_field(criterion.id),
                    _ => score_field(criterion.id),
                };
            } else if error.field == "scores" {
                let missing = error
                    .message
                    .args
                    .iter()
                    .find_map(|(name, value)| match value {
                        Arg::Text(id) if name == "criterion_id" => id.parse::<Uuid>().ok(),
                        _ => None,
                    });
                if let Some(id) = missing {
                    error.field = score_field(id);
                }
            }
            error
        })
        .collect()
}

/// After a save refused because the sheet was saved meanwhile (another tab): marks every field whose
/// saved value differs from what was typed, with the saved value to show beside it.
fn mark_saved_meanwhile(lang: Lang, shown: &mut FormState, current: &SheetView, sent: &SheetInput) {
    let or_empty = |text: &str| {
        if text.is_empty() {
            lang.t("review-page-saved-empty")
        } else {
            text.to_owned()
        }
    };
    for (saved, typed) in current.sheet.scores.iter().zip(&sent.scores) {
        if saved.score.map(i64::from) != typed.score {
            shown.add_saved_meanwhile(
                &score_field(saved.criterion_id),
                saved
                    .score
                    .map_or_else(|| lang.t("review-page-saved-empty"), |s| s.to_string()),
            );
        }
        if saved.comment != typed.comment.trim() {
            shown.add_saved_meanwhile(&comment_field(saved.criterion_id), or_empty(&saved.comment));
        }
    }
    if current.sheet.overall_comment != sent.overall_comment.trim() {
        shown.add_saved_meanwhile("overall_comment", or_empty(&current.sheet.overall_comment));
    }
    let saved = current.sheet.recommendation.map_or("", |r| r.as_str());
    if saved != sent.recommendation.trim() {
        shown.add_saved_meanwhile(
            "recommendation",
            recommendation_label(lang, current.sheet.recommendation),
        );
    }
}

/// `POST /reviews/{application_id}`: saves the sheet as a draft, submits it (`action=submit`), or, once
/// submitted, saves a revision. A refused sheet is shown again as typed with the reasons beside the fields.
#[handler]
pub async fn save(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let lang = visitor.lang;
    let view = load(state, visitor, &id).await?;
    let id = view.application.application.id;
    let reading = read_sheet(&form, &view);
    let sent_version = forms::version(&form).ok();
    let submitting = form.text("action") == "submit";
    let mut shown = empty_sheet_form(lang, &view).keeping(&form, &[]);
    if !reading.unreadable.is_empty() {
        // Nothing is sent while a score cannot be read; the form keeps the version it was read at.
        shown.add_field_errors(&reading.unreadable);
        let version = sent_version.unwrap_or_else(|| view.version());
        let forms = PageForms {
            sheet: Some((shown, version)),
            ..PageForms::default()
        };
        return review_page(
            state,
            visitor,
            view,
            forms,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let now = state.clock.now();
    let result = match sent_version {
        Some(version) if submitting => {
            service::submit(&state.db, actor, id, version, &reading.input, now).await
        }
        Some(version) => service::save(&state.db, actor, id, version, &reading.input, now).await,
        // A missing or garbled version cannot be the current one.
        None => Err(Error::stale()),
    };
    match result {
        Ok(saved) => {
            let flash = if submitting {
                "flash-review-page-submitted"
            } else if saved.submitted() {
                // Saving a submitted review revises it.
                "flash-review-page-revised"
            } else {
                "flash-review-page-saved"
            };
            session::set_flash(state, jar, flash);
            Ok(Redirect::see_other(format!("/reviews/{id}")).into_response())
        }
        Err(Error::Validation(errors)) => {
            shown.add_field_errors(&on_form_fields(&view, errors));
            let version = sent_version.unwrap_or_else(|| view.version());
            let forms = PageForms {
                sheet: Some((shown, version)),
                ..PageForms::default()
            };
            review_page(
                state,
                visitor,
                view,
                forms,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        // Saved meanwhile (in another tab), or submitted there already: show both versions, and carry the
        // current version so that saving again keeps what was typed here.
        Err(Error::Stale) => stale(state, visitor, actor, id, shown, &reading.input).await,
        Err(Error::InvalidTransition { .. }) => {
            stale(state, visitor, actor, id, shown, &reading.input).await
        }
        Err(other) => {
            let status = shown.absorb(other)?;
            let version = sent_version.unwrap_or_else(|| view.version());
            let forms = PageForms {
                sheet: Some((shown, version)),
                ..PageForms::default()
            };
            review_page(state, visitor, view, forms, status).await
        }
    }
}

/// The sheet as typed after a stale save, beside what is saved now.
async fn stale(
    state: &WebState,
    visitor: &Visitor,
    actor: &domain::Actor,
    id: Uuid,
    mut shown: FormState,
    sent: &SheetInput,
) -> Result<Response, PageError> {
    let current = service::get(&state.db, actor, id).await?;
    shown.add_error("", &Message::new("review-page-stale"));
    mark_saved_meanwhile(visitor.lang, &mut shown, &current, sent);
    let version = current.version();
    let forms = PageForms {
        sheet: Some((shown, version)),
        ..PageForms::default()
    };
    review_page(state, visitor, current, forms, StatusCode::CONFLICT).await
}

/// `POST /reviews/{application_id}/conflict`: the member declares a conflict of interest; the application
/// then no longer exists for them, so they go back to their list.
#[handler]
pub async fn declare_conflict(
    visitor: &Visitor,
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Path(id): Path<String>,
    form: CheckedForm,
) -> Result<Response, PageError> {
    let actor = visitor.actor()?;
    let view = load(state, visitor, &id).await?;
    let id = view.application.application.id;
    let input = DeclarationInput {
        kind: form.text("kind").to_owned(),
        note: form.text("note").to_owned(),
    };
    match conflicts::declare(&state.db, actor, id, &input, state.clock.now()).await {
        Ok(_) => {
            session::set_flash(state, jar, "flash-reviews-page-conflict-declared");
            Ok(Redirect::see_other("/reviews").into_response())
        }
        Err(err) => {
            let mut shown =
                FormState::new(visitor.lang, "conflict", CONFLICT_FIELDS).keeping(&form, &[]);
            let status = shown.absorb(err)?;
            let forms = PageForms {
                conflict: Some(shown),
                ..PageForms::default()
            };
            review_page(state, visitor, view, forms, status).await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_review_state_and_conflict_kind_has_its_words_in_every_language() {
        for lang in Lang::ALL {
            for state in [None, Some(ReviewState::Draft), Some(ReviewState::Submitted)] {
                let (label, _) = state_label(lang, state);
                assert!(!label.contains("reviews-page-"), "{lang:?}: {label}");
            }
            for kind in ConflictKind::ALL {
                let key = kind.label().key;
                assert!(lang.has(&key), "{lang:?} lacks {key}");
            }
            for key in [
                "flash-review-page-saved",
                "flash-review-page-submitted",
                "flash-review-page-revised",
                "flash-reviews-page-conflict-declared",
            ] {
                assert!(lang.has(key), "{lang:?} lacks {key}");
            }
        }
        assert_eq!(
            Lang::En.t_numbers("reviews-page-progress", &[("scored", 2), ("total", 3)]),
            "2 of 3 criteria scored"
        );
    }
}
