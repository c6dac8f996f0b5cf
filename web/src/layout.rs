//! The frame every page shares (`templates/base.html`): navigation by role, the language switcher, the
//! one-time notice; and the helpers templates call to translate, to format dates, numbers and places, and to
//! label kinds and roles.
//!
//! Page structs hold the request's [`Visitor`] and implement [`Localized`] (with [`localized!`]), which
//! gives their templates `t(...)`, `t1(...)` and friends. Rendering sets `Content-Language`. Nothing here
//! knows about a particular page.

use std::fmt::Display;

use askama::Template;
use chrono::{DateTime, NaiveDate, Utc};
use domain::{Error, Page, Role};
use poem::http::{StatusCode, header};
use poem::web::Html;
use poem::{IntoResponse, Response};

use crate::assets;
use crate::errors::PageError;
use crate::i18n::{Lang, format};
use crate::paths;
use crate::session::Visitor;

/// Implements [`Localized`] for page structs that have a `visitor: &Visitor` field.
macro_rules! localized {
    ($($page:ident),+ $(,)?) => {
        $(impl $crate::layout::Localized for $page<'_> {
            fn visitor(&self) -> &$crate::session::Visitor {
                self.visitor
            }
        })+
    };
}
pub(crate) use localized;

/// A link of the main navigation.
pub struct NavItem {
    /// Where it goes.
    pub href: &'static str,
    /// Its translated text.
    pub label: String,
    /// Whether it points at something new (unread messages), for a visual cue besides its text.
    pub highlighted: bool,
    /// Whether it is the page being shown (`aria-current="page"`).
    pub current: bool,
}

/// An option of a select, a radio or a checkbox.
pub struct Choice {
    /// The submitted value.
    pub value: String,
    /// The translated label.
    pub label: String,
    /// Whether it is selected or checked.
    pub selected: bool,
}

/// What templates may call on any page: translations, formatting, and the shared frame's data.
pub trait Localized {
    /// The visitor the page is rendered for.
    fn visitor(&self) -> &Visitor;

    /// The language of the page.
    fn lang(&self) -> Lang {
        self.visitor().lang
    }

    /// A translated message.
    fn t(&self, key: &str) -> String {
        self.lang().t(key)
    }

    /// A translated message with one argument.
    fn t1(&self, key: &str, name: &str, value: &dyn Display) -> String {
        self.lang().t_args(key, &[(name, &value.to_string())])
    }

    /// A translated message with two arguments.
    fn t2(&self, key: &str, n1: &str, v1: &dyn Display, n2: &str, v2: &dyn Display) -> String {
        self.lang()
            .t_args(key, &[(n1, &v1.to_string()), (n2, &v2.to_string())])
    }

    /// A translated message with a count, for plurals.
    fn tn(&self, key: &str, name: &str, count: &u64) -> String {
        self.lang().t_count(key, name, *count)
    }

    /// A date and time in UTC, written as the language writes them (`31. Januar 2027 um 22:59 UTC`).
    fn when(&self, at: &DateTime<Utc>) -> String {
        format::date_time_utc(self.lang(), *at)
    }

    /// A day with its month's name (`1. März 2026`); `<time datetime>` keeps the ISO date.
    fn day(&self, day: &NaiveDate) -> String {
        format::date(self.lang(), *day)
    }

    /// A country's name in the language, from its code (`Tunesien` for `TN`).
    fn country_name(&self, code: &str) -> String {
        crate::i18n::places::country_name(self.lang(), code)
    }

    /// A subdivision's name in the language, from its code (`صفاقس` for `TN-61`).
    fn subdivision_name(&self, code: &str) -> String {
        crate::i18n::places::subdivision_name(self.lang(), code)
    }

    /// A whole percentage as the language writes it (`40 %` in German).
    fn percent(&self, value: &u32) -> String {
        format::percent(self.lang(), (*value).into())
    }

    /// An optional date and time, with a translated "never".
    fn when_opt(&self, at: &Option<DateTime<Utc>>) -> String {
        at.as_ref()
            .map_or_else(|| self.t("date-never"), |at| self.when(at))
    }

    /// The translated names of roles, comma-separated.
    fn role_labels(&self, roles: &[Role]) -> String {
        if roles.is_empty() {
            return self.t("role-none");
        }
        roles
            .iter()
            .map(|role| role_label(self.lang(), *role))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The translated name of an organisation kind (as stored).
    fn kind_label(&self, kind: &str) -> String {
        kind_label(self.lang(), kind)
    }

    /// The main navigation for this visitor.
    fn nav_items(&self) -> Vec<NavItem> {
        nav_items(self.visitor())
    }

    /// The languages of the switcher.
    fn languages(&self) -> Vec<Choice> {
        Lang::ALL
            .into_iter()
            .map(|lang| Choice {
                value: lang.code().to_owned(),
                label: lang.native_name().to_owned(),
                selected: lang == self.lang(),
            })
            .collect()
    }

    /// The stylesheet's URL, versioned by its content so that it can be cached for long.
    fn stylesheet_href(&self) -> String {
        assets::stylesheet_href()
    }

    /// The script's URL, versioned likewise.
    fn script_src(&self) -> String {
        assets::script_src()
    }
}

/// The translated name of a role.
pub fn role_label(lang: Lang, role: Role) -> String {
    lang.t(&format!("role-{}", role.as_str()))
}

/// The translated name of an organisation kind; the stored name if the catalog has none.
pub fn kind_label(lang: Lang, kind: &str) -> String {
    let key = format!("kind-{}", kind.replace('_', "-"));
    if lang.has(&key) {
        lang.t(&key)
    } else {
        kind.to_owned()
    }
}

/// The main navigation: what every visitor sees, then what their roles open.
fn nav_items(visitor: &Visitor) -> Vec<NavItem> {
    let mut links: Vec<(&'static str, &str)> = vec![
        ("/", "nav-home"),
        ("/calls", "nav-calls"),
        ("/projects", "nav-funded-projects"),
    ];
    match &visitor.actor {
        None => {
            links.push(("/signup", "nav-signup"));
            links.push(("/login", "nav-login"));
        }
        Some(actor) => {
            links.push(("/account", "nav-account"));
            links.push(("/notifications", "nav-inbox"));
            if actor.organisation_id.is_some() {
                links.push(("/organisation", "nav-organisation"));
            }
            if actor.has(Role::Applicant) {
                links.push(("/applications", "nav-applications"));
            }
            if actor.has(Role::Reviewer) {
                links.push(("/reviews", "reviews-page-nav"));
            }
            if actor.has(Role::Manager) {
                links.push(("/manage/programmes", "nav-programmes"));
                links.push(("/manage/calls", "nav-manage-calls"));
                links.push(("/manage/projects", "nav-manage-projects"));
            }
            if actor.has_any(&[Role::Manager, Role::Admin]) {
                links.push(("/manage/organisations", "nav-organisations"));
            }
            if actor.has(Role::Admin) {
                links.push(("/admin/users", "nav-users"));
                links.push(("/admin/outbox", "nav-outbox"));
            }
        }
    }
    let current = visitor.path().split('?').next().unwrap_or("/");
    links
        .into_iter()
        .map(|(href, key)| {
            // The inbox's link says how many messages are unread.
            let unread = if href == "/notifications" {
                visitor.unread
            } else {
                0
            };
            NavItem {
                href,
                label: if unread > 0 {
                    visitor.lang.t_count("nav-inbox-unread", "count", unread)
                } else {
                    visitor.lang.t(key)
                },
                highlighted: unread > 0,
                current: href == current,
            }
        })
        .collect()
}

/// Renders a page with a status. A template that fails to render is a bug: it becomes a 500.
pub fn render<T: Template + Localized>(
    page: &T,
    status: StatusCode,
) -> Result<Response, PageError> {
    let html = page.render().map_err(|err| {
        PageError::Domain(Error::internal(format!(
            "rendering {}: {err}",
            std::any::type_name::<T>()
        )))
    })?;
    Ok(Html(html)
        .with_status(status)
        .with_header(header::CONTENT_LANGUAGE, page.lang().code())
        .into_response())
}

/// Renders a page with 200 OK.
pub fn ok<T: Template + Localized>(page: &T) -> Result<Response, PageError> {
    render(page, StatusCode::OK)
}

/// Previous/next links of a paginated list, keeping its filters.
pub struct Pager {
    /// This page's number.
    pub page: u64,
    /// How many pages there are (at least 1).
    pub pages: u64,
    /// How many items the whole list has.
    pub total: u64,
    /// The previous page's URL.
    pub prev: Option<String>,
    /// The next page's URL.
    pub next: Option<String>,
}

impl Pager {
    /// The pager of `page`, whose list lives at `path` with `filters` as its query.
    pub fn new<T>(page: &Page<T>, path: &str, filters: &[(&str, &str)]) -> Pager {
        let pages = page.total.div_ceil(page.limit.max(1)).max(1);
        let link = |number: u64| {
            let number = number.to_string();
            let mut pairs = filters.to_vec();
            pairs.push(("page", &number));
            paths::with_query(path, &paths::query_string(pairs))
        };
        Pager {
            page: page.page,
            pages,
            total: page.total,
            prev: (page.page > 1).then(|| link(page.page - 1)),
            next: (page.page < pages).then(|| link(page.page + 1)),
        }
    }
}

/// Parses a page number from a query, ignoring nonsense (page 1).
pub fn page_number(value: Option<&str>) -> Option<u64> {
    value.and_then(|v| v.trim().parse::<u64>().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pager_keeps_the_filters() {
        let page = Page::<()> {
            items: vec![],
            total: 120,
            page: 2,
            limit: 50,
        };
        let pager = Pager::new(&page, "/admin/users", &[("q", "la marsa"), ("role", "")]);
        assert_eq!(pager.pages, 3);
        assert_eq!(
            pager.prev.as_deref(),
            Some("/admin/users?q=la%20marsa&page=1")
        );
        assert_eq!(
            pager.next.as_deref(),
            Some("/admin/users?q=la%20marsa&page=3")
        );
    }

    #[test]
    fn every_kind_and_role_has_a_label() {
        for lang in Lang::ALL {
            for kind in domain::organisations::OrganisationKind::ALL {
                assert_ne!(kind_label(lang, kind.as_str()), kind.as_str(), "{lang:?}");
            }
            for role in Role::ALL {
                assert!(lang.has(&format!("role-{}", role.as_str())), "{lang:?}");
            }
        }
    }
}
