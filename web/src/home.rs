//! The home page and the language switcher. Signed in, the home page lists what needs the visitor now,
//! one section per role they hold (from `domain::home`), each item a link to the page where it is done;
//! for the public it lists the open calls, the recent results and the portfolio.
//!
//! This module only phrases the domain's agenda: it decides nothing about who sees what.

use askama::Template;
use chrono::{DateTime, NaiveDate, Utc};
use domain::home::project_work::{ProjectWork, WorkKind};
use domain::home::{
    self as agenda, AdminAgenda, ApplicantAgenda, ManagerAgenda, PublicHome, ReviewerAgenda,
};
use domain::organisations;
use domain::{Actor, Error};
use poem::web::cookie::CookieJar;
use poem::web::{Data, Form, Redirect};
use poem::{Response, handler};
use uuid::Uuid;

use crate::errors::PageError;
use crate::i18n::{Lang, format};
use crate::layout;
use crate::layout::Localized as _;
use crate::session::{self, Visitor};
use crate::{WebState, applications, call_text, paths};

/// A link of the agenda.
pub struct Item {
    /// Where the work is done.
    pub href: String,
    /// What it is.
    pub text: String,
    /// Further detail (a deadline, a state), shown after the link.
    pub detail: Option<String>,
}

/// A list of the agenda under its own heading.
pub struct Group {
    /// The heading.
    pub heading: String,
    /// A sentence above the list (counts, a deadline).
    pub note: Option<String>,
    /// The items.
    pub items: Vec<Item>,
    /// A link below the list (to the whole page).
    pub more: Option<Item>,
}

/// One role's section.
pub struct Section {
    /// The id of its heading (for `aria-labelledby`).
    pub id: &'static str,
    /// The heading.
    pub heading: String,
    /// Its lists, those with nothing in them left out.
    pub groups: Vec<Group>,
    /// Said when no list has anything in it.
    pub quiet: String,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage<'a> {
    visitor: &'a Visitor,
    /// The name of the visitor's organisation while no manager has verified it.
    unverified_organisation: Option<String>,
    /// What needs the visitor (or, for the public, what is open and published), one section per role.
    sections: Vec<Section>,
}
layout::localized!(HomePage);

/// `GET /`.
#[handler]
pub async fn home(visitor: &Visitor, Data(state): Data<&WebState>) -> Result<Response, PageError> {
    let now = state.clock.now();
    let lang = visitor.lang;
    let (unverified_organisation, sections) = match &visitor.actor {
        Some(actor) => {
            let agenda = agenda::agenda(&state.db, actor, now).await?;
            let mut sections = Vec::new();
            if let Some(admin) = &agenda.admin {
                sections.push(admin_section(lang, admin));
            }
            if let Some(manager) = &agenda.manager {
                sections.push(manager_section(lang, manager));
            }
            if let Some(reviewer) = &agenda.reviewer {
                sections.push(reviewer_section(lang, reviewer));
            }
            if let Some(applicant) = &agenda.applicant {
                sections.push(applicant_section(lang, applicant, now));
            }
            (unverified_organisation(state, actor).await?, sections)
        }
        None => {
            let public = agenda::public::overview(&state.db, now).await?;
            (None, vec![public_section(lang, &public)])
        }
    };
    layout::ok(&HomePage {
        visitor,
        unverified_organisation,
        sections,
    })
}

/// The name of the actor's organisation if it is not verified yet.
async fn unverified_organisation(state: &WebState, actor: &Actor) -> Result<Option<String>, Error> {
    let Some(id) = actor.organisation_id else {
        return Ok(None);
    };
    match organisations::get(&state.db, actor, id).await {
        Ok(organisation) => Ok(organisation
            .verified_at
            .is_none()
            .then_some(organisation.name)),
        Err(Error::NotFound) => Ok(None),
        Err(err) => Err(err),
    }
}

fn group(heading: String, items: Vec<Item>) -> Group {
    Group {
        heading,
        note: None,
        items,
        more: None,
    }
}

fn link(href: String, text: String) -> Item {
    Item {
        href,
        text,
        detail: None,
    }
}

/// A day as the project pages show it.
fn day(lang: Lang, at: NaiveDate) -> String {
    format::date(lang, at)
}

/// A moment in UTC, as the rest of the UI shows moments that belong to no call.
fn moment(lang: Lang, at: DateTime<Utc>) -> String {
    format::date_time_utc(lang, at)
}

/// A deadline in the call's time zone.
fn deadline(lang: Lang, at: Option<DateTime<Utc>>, time_zone: &str) -> String {
    call_text::deadline_text(lang, at, call_text::time_zone_of(time_zone))
}

/// A call's published results, as the applicant's and the public's lists link to them.
fn results_item(lang: Lang, call_id: Uuid, title: &str, published_at: DateTime<Utc>) -> Item {
    Item {
        href: format!("/calls/{call_id}/results"),
        text: lang.t_args("home-results-of", &[("title", title)]),
        detail: Some(lang.t_args(
            "home-results-published",
            &[("date", &moment(lang, published_at))],
        )),
    }
}

fn usize_count(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

fn admin_section(lang: Lang, admin: &AdminAgenda) -> Section {
    let users = Item {
        href: "/admin/users".into(),
        text: lang.t_count("home-admin-users", "count", admin.users),
        detail: (admin.inactive_users > 0)
            .then(|| lang.t_count("home-admin-inactive", "count", admin.inactive_users)),
    };
    let outbox = Item {
        href: "/admin/outbox".into(),
        text: lang.t("home-admin-outbox"),
        detail: Some(lang.t_numbers(
            "home-admin-outbox-counts",
            &[("queued", admin.queued), ("failed", admin.failed)],
        )),
    };
    Section {
        id: "agenda-admin",
        heading: lang.t("home-admin-heading"),
        groups: vec![group(lang.t("home-admin-group"), vec![users, outbox])],
        quiet: String::new(),
    }
}

/// "Project: Progress report 2" or "Project: milestone Title".
fn work_text(lang: Lang, work: &ProjectWork) -> String {
    let what = match &work.kind {
        WorkKind::Report { number } => lang.t_count(
            "home-work-report",
            "number",
            u64::try_from(*number).unwrap_or(0),
        ),
        WorkKind::Milestone { title } => lang.t_args("home-work-milestone", &[("title", title)]),
    };
    lang.t_args(
        "home-work-item",
        &[("project", &work.project_title), ("what", &what)],
    )
}

fn work_detail(lang: Lang, work: &ProjectWork) -> String {
    let due = day(lang, work.due_on);
    if work.overdue {
        lang.t_args("home-work-overdue", &[("date", &due)])
    } else if work.changes_requested {
        lang.t_args("home-work-changes-requested", &[("date", &due)])
    } else {
        lang.t_args("home-work-due", &[("date", &due)])
    }
}

fn work_items(lang: Lang, work: &[ProjectWork]) -> Vec<Item> {
    work.iter()
        .map(|w| Item {
            href: format!("/projects/{}", w.project_id),
            text: work_text(lang, w),
            detail: Some(work_detail(lang, w)),
        })
        .collect()
}

fn manager_section(lang: Lang, manager: &ManagerAgenda) -> Section {
    let mut groups = Vec::new();
    if manager.unverified_total > 0 {
        let items = manager
            .unverified
            .iter()
            .map(|o| {
                let query = paths::query_string([("verified", "no"), ("q", o.name.as_str())]);
                link(
                    paths::with_query("/manage/organisations", &query),
                    o.name.clone(),
                )
            })
            .collect();
        groups.push(Group {
            note: Some(lang.t_count(
                "home-manager-unverified-note",
                "count",
                manager.unverified_total,
            )),
            more: Some(link(
                "/manage/organisations?verified=no".into(),
                lang.t("home-manager-unverified-all"),
            )),
            ..group(lang.t("home-manager-unverified"), items)
        });
    }
    if !manager.to_screen.is_empty() {
        let items = manager
            .to_screen
            .iter()
            .map(|queue| Item {
                href: format!(
                    "/manage/calls/{}/applications?state=submitted",
                    queue.call_id
                ),
                text: lang.t_args(
                    "home-call-name",
                    &[("title", &queue.title), ("code", &queue.code)],
                ),
                detail: Some(lang.t_count("home-manager-screen-count", "count", queue.waiting)),
            })
            .collect();
        groups.push(group(lang.t("home-manager-screen"), items));
    }
    if !manager.reviewing.is_empty() {
        let items = manager
            .reviewing
            .iter()
            .map(|progress| Item {
                href: format!("/manage/calls/{}/reviewing", progress.call_id),
                text: lang.t_args(
                    "home-call-name",
                    &[("title", &progress.title), ("code", &progress.code)],
                ),
                detail: Some(progress_detail(lang, progress)),
            })
            .collect();
        groups.push(group(lang.t("home-manager-reviewing"), items));
    }
    if !manager.to_review.is_empty() {
        groups.push(group(
            lang.t("home-manager-to-review"),
            work_items(lang, &manager.to_review),
        ));
    }
    if !manager.overdue.is_empty() {
        groups.push(group(
            lang.t("home-manager-overdue"),
            work_items(lang, &manager.overdue),
        ));
    }
    if !manager.assistance.is_empty() {
        let items = manager
            .assistance
            .iter()
            .map(|request| Item {
                href: format!("/projects/{}", request.project_id),
                text: lang.t_args(
                    "home-work-item",
                    &[
                        ("project", &request.project_title),
                        ("what", &request.topic),
                    ],
                ),
                detail: Some(lang.t_args(
                    "home-manager-assistance-asked",
                    &[("date", &moment(lang, request.created_at))],
                )),
            })
            .collect();
        groups.push(Group {
            more: Some(link(
                "/manage/projects".into(),
                lang.t("home-manager-portfolio"),
            )),
            ..group(lang.t("home-manager-assistance"), items)
        });
    }
    Section {
        id: "agenda-manager",
        heading: lang.t("home-manager-heading"),
        groups,
        quiet: lang.t("home-manager-quiet"),
    }
}

/// "4 of 6 reviews done; due 2027-02-01 12:00 (Africa/Tunis)".
fn progress_detail(lang: Lang, progress: &domain::home::manager::ReviewProgress) -> String {
    let done = lang.t_numbers(
        "home-reviews-done",
        &[("done", progress.done), ("needed", progress.needed)],
    );
    match progress.deadline {
        Some(at) => lang.t_args(
            "home-reviews-done-due",
            &[("done", &done), ("date", &moment(lang, at))],
        ),
        None => done,
    }
}

fn reviewer_section(lang: Lang, reviewer: &ReviewerAgenda) -> Section {
    let mut groups = Vec::new();
    for call in &reviewer.calls {
        let items = call
            .left
            .iter()
            .map(|a| Item {
                href: format!("/reviews/{}", a.application_id),
                text: application_name(lang, &a.reference, &a.title),
                detail: Some(lang.t(if a.started {
                    "home-reviewer-draft"
                } else {
                    "home-reviewer-not-started"
                })),
            })
            .collect();
        let left = lang.t_numbers(
            "home-reviewer-left",
            &[
                ("left", usize_count(call.left.len())),
                ("assigned", usize_count(call.assigned)),
            ],
        );
        let note = match call.deadline {
            Some(at) => lang.t_args(
                "home-reviewer-left-due",
                &[("left", &left), ("date", &moment(lang, at))],
            ),
            None => left,
        };
        groups.push(Group {
            note: Some(note),
            more: Some(link("/reviews".into(), lang.t("home-reviewer-all"))),
            ..group(
                lang.t_args(
                    "home-reviewer-call",
                    &[("title", &call.title), ("code", &call.code)],
                ),
                items,
            )
        });
    }
    for chaired in &reviewer.chaired {
        let progress = &chaired.progress;
        let items = chaired
            .flagged
            .iter()
            .map(|f| Item {
                href: format!(
                    "/manage/calls/{}/selection/{}",
                    progress.call_id, f.application_id
                ),
                text: application_name(lang, &f.reference, &f.title),
                detail: Some(lang.t(if f.consensus_recorded {
                    "home-chair-consensus-recorded"
                } else {
                    "home-chair-consensus-to-record"
                })),
            })
            .collect();
        let note = lang.t_args(
            "home-chair-note",
            &[
                ("progress", &progress_detail(lang, progress)),
                (
                    "flagged",
                    &lang.t_numbers(
                        "home-chair-flagged",
                        &[
                            ("count", usize_count(chaired.flagged.len())),
                            ("open", usize_count(chaired.consensus_to_record())),
                        ],
                    ),
                ),
            ],
        );
        groups.push(Group {
            note: Some(note),
            more: Some(link(
                format!("/manage/calls/{}/reviewing", progress.call_id),
                lang.t("home-chair-progress-link"),
            )),
            ..group(
                lang.t_args(
                    "home-chair-call",
                    &[("title", &progress.title), ("code", &progress.code)],
                ),
                items,
            )
        });
    }
    Section {
        id: "agenda-reviewer",
        heading: lang.t("home-reviewer-heading"),
        groups,
        quiet: lang.t("home-reviewer-quiet"),
    }
}

/// "TUN-2027-0001: Title", or the title alone before a reference exists.
fn application_name(lang: Lang, reference: &str, title: &str) -> String {
    let title = if title.trim().is_empty() {
        lang.t("application-untitled")
    } else {
        title.to_owned()
    };
    if reference.is_empty() {
        title
    } else {
        lang.t_args(
            "home-application-name",
            &[("reference", reference), ("title", &title)],
        )
    }
}

fn applicant_section(lang: Lang, applicant: &ApplicantAgenda, now: DateTime<Utc>) -> Section {
    let mut groups = Vec::new();
    if !applicant.drafts.is_empty() {
        let items = applicant
            .drafts
            .iter()
            .map(|d| Item {
                href: format!("/applications/{}", d.application_id),
                text: lang.t_args(
                    "home-applicant-draft",
                    &[
                        ("title", &application_name(lang, "", &d.title)),
                        ("call", &d.call_title),
                    ],
                ),
                detail: Some(if d.accepting {
                    let left = d
                        .closes_at
                        .and_then(|at| call_text::TimeLeft::until(now, at))
                        .map(|left| left.phrase(lang))
                        .unwrap_or_default();
                    lang.t_args(
                        "home-applicant-deadline",
                        &[
                            ("date", &deadline(lang, d.closes_at, &d.time_zone)),
                            ("left", &left),
                        ],
                    )
                } else {
                    lang.t("home-applicant-deadline-missed")
                }),
            })
            .collect();
        groups.push(group(lang.t("home-applicant-drafts"), items));
    }
    if !applicant.submissions.is_empty() {
        let items = applicant
            .submissions
            .iter()
            .map(|s| Item {
                href: format!("/applications/{}", s.application_id),
                text: application_name(lang, &s.reference, &s.title),
                detail: Some(lang.t_args(
                    "home-applicant-submission-state",
                    &[
                        ("call", &s.call_title),
                        ("state", &applications::state_label(lang, s.state)),
                    ],
                )),
            })
            .collect();
        groups.push(Group {
            more: Some(link("/applications".into(), lang.t("home-applicant-all"))),
            ..group(lang.t("home-applicant-submissions"), items)
        });
    }
    if !applicant.results.is_empty() {
        let items = applicant
            .results
            .iter()
            .map(|r| results_item(lang, r.call_id, &r.title, r.published_at))
            .collect();
        groups.push(group(lang.t("home-applicant-results"), items));
    }
    if !applicant.projects.is_empty() {
        let items = applicant
            .projects
            .iter()
            .map(|p| Item {
                href: format!("/projects/{}", p.project_id),
                text: p.title.clone(),
                detail: Some(lang.message(&p.health.label())),
            })
            .collect();
        groups.push(group(lang.t("home-applicant-projects"), items));
    }
    if !applicant.due.is_empty() {
        groups.push(group(
            lang.t("home-applicant-due"),
            work_items(lang, &applicant.due),
        ));
    }
    if applicant.drafts.is_empty() && applicant.submissions.is_empty() {
        groups.push(Group {
            note: Some(lang.t("home-applicant-none")),
            ..group(
                lang.t("home-applicant-start"),
                vec![link("/calls".into(), lang.t("home-public-all-calls"))],
            )
        });
    }
    Section {
        id: "agenda-applicant",
        heading: lang.t("home-applicant-heading"),
        groups,
        quiet: String::new(),
    }
}

fn public_section(lang: Lang, public: &PublicHome) -> Section {
    let open = public
        .open_calls
        .iter()
        .map(|c| Item {
            href: format!("/calls/{}", c.call_id),
            text: lang.t_args("home-call-name", &[("title", &c.title), ("code", &c.code)]),
            detail: Some(lang.t_args(
                "home-public-closes",
                &[("date", &deadline(lang, c.closes_at, &c.time_zone))],
            )),
        })
        .collect();
    let mut groups = vec![Group {
        note: public
            .open_calls
            .is_empty()
            .then(|| lang.t("home-public-no-open-calls")),
        more: Some(link("/calls".into(), lang.t("home-public-all-calls"))),
        ..group(lang.t("home-public-open-calls"), open)
    }];
    if !public.recent_results.is_empty() {
        let items = public
            .recent_results
            .iter()
            .map(|r| results_item(lang, r.call_id, &r.title, r.published_at))
            .collect();
        groups.push(group(lang.t("home-public-results"), items));
    }
    groups.push(group(
        lang.t("home-public-portfolio"),
        vec![link(
            "/projects".into(),
            lang.t_count("home-public-projects", "count", public.funded_projects),
        )],
    ));
    Section {
        id: "agenda-public",
        heading: lang.t("home-public-heading"),
        groups,
        quiet: String::new(),
    }
}

/// The language switcher's fields; any other (a token an older page still sends) is ignored.
#[derive(Debug, serde::Deserialize)]
pub struct LanguageChoice {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    back: String,
}

/// `POST /language`: remembers the chosen language and goes back to the page the visitor was on.
///
/// Why no CSRF token: the switcher is on every page, and a per-visitor token in it would make every
/// anonymous page personal, so that no page could be cached. What it changes is only the visitor's own
/// preference cookie, never data, so a forged post can do no more than show pages in another language
/// (which the visitor switches back); `back` is still followed only to a same-site path, so it is no open
/// redirect. It stays a POST, not a GET link, so that crawlers and link prefetchers never change it.
#[handler]
pub fn switch_language(
    Data(state): Data<&WebState>,
    jar: &CookieJar,
    Form(choice): Form<LanguageChoice>,
) -> Redirect {
    if let Some(lang) = Lang::from_tag(&choice.lang) {
        session::remember_lang(state, jar, lang);
    }
    Redirect::see_other(paths::safe_local_path_or_root(Some(&choice.back)))
}
