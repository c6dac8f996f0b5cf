//! Convoca's HTML UI: server-rendered askama pages over the domain services, with database sessions, CSRF
//! tokens on every form, and translations (English, Spanish, French).
//!
//! Handlers here are thin: they parse a form, call a `domain` service and render the result. This crate never
//! touches the database directly and holds no business rule.
//!
//! A request to a page goes: [`CookieJarManager`] -> [`shell::PageShell`] (resolves the [`session::Visitor`],
//! turns failures into error pages, adds security headers) -> the route's handler (in `home`, `accounts`,
//! `organisations`, `admin`, `calls`, `applications`, ...) -> a `domain` service -> an askama template
//! rendered by [`layout::render`].

mod accounts;
mod admin;
mod application_forms;
mod application_parts;
mod applications;
mod applications_manage;
mod assets;
mod call_forms;
mod call_text;
mod call_translations;
mod calls;
mod calls_editor;
mod charts;
mod committee_manage;
mod csrf;
mod errors;
pub mod exchanges;
pub use errors::BodyTooLarge;
mod forms;
mod home;
pub use i18n;
mod layout;
mod notifications;
mod organisations;
mod password_reset;
mod paths;
mod places;
mod portfolio;
mod programme_cycles;
mod programmes;
mod projects;
pub mod public_cache;
pub use public_cache::{CacheSettings, PublicCache};
mod reviews;
mod selection;
mod session;
mod shell;

use domain::DatabaseConnection;
use domain::accounts::LoginPolicy;
use poem::middleware::CookieJarManager;
use poem::{EndpointExt, Route, get, post};

/// The name of the session cookie; the JSON API accepts it too.
pub const SESSION_COOKIE: &str = "convoca_session";
/// The name of the cookie that remembers the chosen language.
pub const LANG_COOKIE: &str = "convoca_lang";
/// The header that carries the CSRF token on API calls authenticated by the session cookie.
pub const CSRF_HEADER: &str = "x-csrf-token";

/// The id the server gives each request (also sent back as `X-Request-Id`); error pages quote it so that
/// an operator can find the logged error.
#[derive(Debug, Clone, Copy)]
pub struct RequestId(pub uuid::Uuid);

/// What the web UI needs from the server.
#[derive(Clone)]
pub struct WebState {
    /// The database pool.
    pub db: DatabaseConnection,
    /// How sign-ins are throttled and how long sessions last.
    pub login_policy: LoginPolicy,
    /// Mark cookies `Secure` (when served over HTTPS).
    pub secure_cookies: bool,
    /// The time services see (the system clock, except in tests).
    pub clock: domain::clock::Clock,
    /// Where attachments are stored.
    pub files: domain::applications::FileStore,
    /// The selection board's optimised selection, cached per call.
    pub optimiser: domain::selection::optimum::Optimiser,
}

/// The HTML UI's routes, to be mounted at `/`. Any path nobody else answers ends here and gets the 404 page.
pub fn routes(state: WebState) -> Route {
    let pages = Route::new()
        .at("/", get(home::home))
        .at("/language", post(home::switch_language))
        .at("/calls", get(calls::list))
        .at("/projects", get(portfolio::public))
        .at("/manage/projects", get(portfolio::manage))
        .at("/calls/:id", get(calls::show))
        .at("/calls/:id/results", get(selection::results_show))
        .at("/projects/:id", get(projects::show))
        .at("/projects/:id/dates", post(projects::set_dates))
        .at("/projects/:id/sign", post(projects::sign))
        .at("/projects/:id/replicates", post(projects::set_replicates))
        .at("/projects/:id/terminate", post(projects::terminate))
        .at("/projects/:id/complete", post(projects::complete))
        .at("/projects/:id/targets", post(projects::set_targets))
        .at("/projects/:id/milestones", post(projects::add_milestone))
        .at("/projects/:id/commitments", post(projects::add_commitment))
        .at(
            "/projects/:id/milestones/:milestone_id/attachments",
            post(projects::upload_milestone_file),
        )
        .at(
            "/projects/:id/milestones/:milestone_id/attachments/:file_id",
            get(projects::download_milestone_file),
        )
        .at(
            "/projects/:id/milestones/:milestone_id/submit",
            post(projects::submit_milestone),
        )
        .at(
            "/projects/:id/milestones/:milestone_id/review",
            post(projects::review_milestone),
        )
        .at(
            "/projects/:id/reports/:report_id/submit",
            post(projects::submit_report),
        )
        .at(
            "/projects/:id/reports/:report_id/review",
            post(projects::review_report),
        )
        .at(
            "/projects/:id/tranches/:tranche_id/release",
            post(projects::release_tranche),
        )
        .at(
            "/projects/:id/tranches/:tranche_id/pay",
            post(projects::pay_tranche),
        )
        .at(
            "/projects/:id/assistance",
            post(projects::request_assistance),
        )
        .at(
            "/projects/:id/assistance/:request_id/assign",
            post(projects::assign_expert),
        )
        .at(
            "/projects/:id/assistance/:request_id/resolve",
            post(projects::resolve_assistance),
        )
        .at("/assistance", get(projects::assistance_list))
        .at("/assistance/:id/resolve", post(projects::resolve_assigned))
        .at(
            "/calls/:id/apply",
            get(applications::apply_form).post(applications::apply),
        )
        .at("/applications", get(applications::dashboard))
        .at("/reviews", get(reviews::dashboard))
        .at("/reviews/:id", get(reviews::show).post(reviews::save))
        .at("/reviews/:id/conflict", post(reviews::declare_conflict))
        .at(
            "/applications/:id",
            get(applications::show).post(applications::save),
        )
        .at("/applications/:id/submit", post(applications::submit))
        .at("/applications/:id/withdraw", post(applications::withdraw))
        .at("/applications/:id/receipt", get(applications::receipt))
        .at(
            "/applications/:id/screen",
            post(applications_manage::screen),
        )
        .at(
            "/applications/:id/decide",
            post(applications_manage::decide),
        )
        .at(
            "/applications/:id/partners",
            post(application_parts::add_partner),
        )
        .at(
            "/applications/:id/partners/register",
            post(application_parts::register_partner),
        )
        .at(
            "/applications/:id/partners/:organisation_id/remove",
            post(application_parts::remove_partner),
        )
        .at(
            "/applications/:id/attachments",
            post(application_parts::upload),
        )
        .at(
            "/applications/:id/attachments/:attachment_id",
            get(application_parts::download),
        )
        .at(
            "/applications/:id/attachments/:attachment_id/remove",
            post(application_parts::remove_attachment),
        )
        .at("/signup", get(accounts::signup_form).post(accounts::signup))
        .at("/login", get(accounts::login_form).post(accounts::login))
        .at("/logout", post(accounts::logout))
        .at(
            "/forgot-password",
            get(password_reset::request_form).post(password_reset::request_link),
        )
        .at("/forgot-password/sent", get(password_reset::sent))
        .at(
            "/reset-password/:secret",
            get(password_reset::reset_form).post(password_reset::set_password),
        )
        .at("/account", get(accounts::account))
        .at("/account/profile", post(accounts::update_profile))
        .at("/account/password", post(accounts::change_password))
        .at("/account/preferences", post(accounts::update_preferences))
        .at("/notifications", get(notifications::inbox_page))
        .at(
            "/notifications/read-all",
            post(notifications::mark_all_read),
        )
        .at("/notifications/:id/read", post(notifications::mark_read))
        .at("/account/tokens", post(accounts::create_token))
        .at("/account/tokens/:id/revoke", post(accounts::revoke_token))
        .at(
            "/invitations/:secret",
            get(accounts::invitation_form).post(accounts::accept_invitation),
        )
        .at(
            "/organisation",
            get(organisations::own).post(organisations::update_own),
        )
        .at("/organisation/invitations", post(organisations::invite))
        .at(
            "/manage/organisations",
            get(organisations::manage).post(organisations::register),
        )
        .at(
            "/manage/organisations/:id/verify",
            post(organisations::verify),
        )
        .at(
            "/admin/users",
            get(admin::list_users).post(admin::create_user),
        )
        .at("/admin/users/:id/roles", post(admin::set_roles))
        .at("/admin/users/:id/active", post(admin::set_active))
        .at("/admin/outbox", get(notifications::outbox_page))
        .at("/admin/outbox/:id/retry", post(notifications::retry))
        .at(
            "/manage/calls",
            get(calls_editor::list).post(calls_editor::create),
        )
        .at(
            "/manage/calls/:id",
            get(calls_editor::edit).post(calls_editor::save_all),
        )
        .at(
            "/manage/calls/:id/details",
            post(calls_editor::update_details),
        )
        .at(
            "/manage/calls/:id/criteria",
            post(calls_editor::update_criteria),
        )
        .at(
            "/manage/calls/:id/eligibility",
            post(calls_editor::update_eligibility),
        )
        .at(
            "/manage/calls/:id/questions",
            post(calls_editor::update_questions),
        )
        .at(
            "/manage/calls/:id/indicators",
            post(calls_editor::update_indicators),
        )
        .at(
            "/manage/calls/:id/tranche-template",
            post(calls_editor::update_tranche_template),
        )
        .at(
            "/manage/calls/:id/translations/:lang",
            get(call_translations::show).post(call_translations::save),
        )
        .at("/manage/calls/:id/open", post(calls_editor::open))
        .at("/manage/calls/:id/close", post(calls_editor::close))
        .at(
            "/manage/calls/:id/start-review",
            post(calls_editor::start_review),
        )
        .at(
            "/manage/calls/:id/confirm/:action",
            get(calls_editor::confirm),
        )
        .at("/manage/calls/:id/clone", post(calls_editor::clone))
        .at(
            "/manage/calls/:id/applications",
            get(applications_manage::list),
        )
        .at(
            "/manage/calls/:id/applications.csv",
            get(applications_manage::export),
        )
        .at(
            "/manage/calls/:id/committee",
            get(committee_manage::committee_show),
        )
        .at(
            "/manage/calls/:id/committee/members",
            post(committee_manage::add_member),
        )
        .at(
            "/manage/calls/:id/committee/members/:user_id/remove",
            post(committee_manage::remove_member),
        )
        .at(
            "/manage/calls/:id/committee/rule",
            post(committee_manage::set_rule),
        )
        .at(
            "/manage/calls/:id/committee/deadline",
            post(committee_manage::set_deadline),
        )
        .at(
            "/manage/calls/:id/reviewing",
            get(committee_manage::reviewing_show),
        )
        .at(
            "/manage/calls/:id/reviewing/preview",
            post(committee_manage::preview),
        )
        .at(
            "/manage/calls/:id/reviewing/apply",
            post(committee_manage::apply),
        )
        .at(
            "/manage/calls/:id/reviewing/assignments",
            post(committee_manage::assign),
        )
        .at(
            "/manage/calls/:id/reviewing/assignments/:assignment_id/remove",
            post(committee_manage::unassign),
        )
        .at(
            "/manage/calls/:id/reviewing/conflicts/:conflict_id",
            post(committee_manage::decide),
        )
        .at(
            "/manage/calls/:id/reviewing/remind",
            post(committee_manage::remind),
        )
        .at("/manage/calls/:id/selection", get(selection::board_show))
        .at(
            "/manage/calls/:id/selection/settings",
            post(selection::save_settings),
        )
        .at(
            "/manage/calls/:id/selection/close-scoring",
            post(selection::close_scoring),
        )
        .at(
            "/manage/calls/:id/selection/finalise",
            get(selection::finalise_confirm).post(selection::finalise),
        )
        .at(
            "/manage/calls/:id/selection/publish",
            post(selection::publish),
        )
        .at(
            "/manage/calls/:id/selection/:application_id",
            get(selection::application_show),
        )
        .at(
            "/manage/calls/:id/selection/:application_id/consensus",
            post(selection::record_consensus),
        )
        .at(
            "/manage/calls/:id/selection/:application_id/decision",
            post(selection::set_decision),
        )
        .at(
            "/manage/calls/:id/selection/:application_id/decision/clear",
            post(selection::clear_decision),
        )
        .at("/programmes/:id", get(programme_cycles::show))
        .at(
            "/manage/programmes",
            get(programmes::list).post(programmes::create),
        )
        .at(
            "/manage/programmes/:id",
            get(programmes::show).post(programmes::update),
        )
        .at(
            "/manage/programmes/:id/prerequisites",
            post(programmes::create_kind),
        )
        .at(
            "/manage/programmes/:id/prerequisites/record",
            post(programmes::record),
        )
        .at(
            "/manage/programmes/:id/prerequisites/import",
            post(programmes::import),
        )
        .at(
            "/manage/programmes/:id/prerequisites/template.csv",
            get(programmes::import_template),
        )
        .at(
            "/manage/programmes/:id/exchanges",
            get(exchanges::list).post(exchanges::create),
        )
        .at(
            "/manage/exchanges/:id",
            get(exchanges::show).post(exchanges::update),
        )
        .at(
            "/manage/exchanges/:id/outcome",
            post(exchanges::record_outcome),
        )
        .at(
            "/projects/:project_id/exchanges/:id/attendance",
            post(exchanges::register_attendance),
        );
    let pages = pages
        .with(shell::PageShell::new(state.clone()))
        .with(CookieJarManager::new())
        .data(state);
    Route::new()
        .at(assets::STYLESHEET_PATH, get(assets::stylesheet))
        .at(assets::SCRIPT_PATH, get(assets::script))
        .at(assets::FAVICON_PATH, get(assets::favicon))
        .at("/favicon.ico", get(assets::favicon))
        .nest("/", pages)
}

#[cfg(test)]
mod tests {
    use std::fs;
    use std::path::Path;

    use crate::i18n::Lang;

    /// Every file of a directory of the crate with its text.
    fn sources(dir: &str, extension: &str) -> Vec<(String, String)> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let mut files: Vec<_> = fs::read_dir(&dir)
            .expect("the directory exists")
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|e| e == extension))
            .map(|path| {
                let text = fs::read_to_string(&path).expect("the file is readable");
                (path.display().to_string(), text)
            })
            .collect();
        files.sort();
        files
    }

    /// Removes everything between `open` and `close` (inclusive).
    fn strip(text: &str, open: &str, close: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(start) = rest.find(open) {
            out.push_str(&rest[..start]);
            rest = rest[start..]
                .find(close)
                .map_or("", |end| &rest[start + end + close.len()..]);
        }
        out.push_str(rest);
        out
    }

    /// Templates may only show text from the catalogs: once template code, tags and entities are
    /// removed, no letters may be left.
    #[test]
    fn templates_have_no_literal_text() {
        for (path, text) in sources("templates", "html") {
            let text = strip(&text, "{#", "#}");
            let text = strip(&text, "{{", "}}");
            let text = strip(&text, "{%", "%}");
            let text = strip(&text, "<", ">");
            let text = strip(&text, "&", ";");
            let letters: String = text.chars().filter(|c| c.is_alphabetic()).collect();
            assert!(letters.is_empty(), "{path} has literal text: {letters}");
        }
    }

    /// The string literal right after each occurrence of `call` (e.g. `t("`), up to the next quote.
    fn literals_after<'a>(text: &'a str, call: &str) -> Vec<&'a str> {
        text.match_indices(call)
            .filter_map(|(at, _)| {
                let rest = &text[at + call.len()..];
                rest.find('"').map(|end| &rest[..end])
            })
            .collect()
    }

    /// A key used by a page but missing from the catalog would show as "Unknown localization".
    #[test]
    fn every_key_the_pages_use_is_in_the_catalog() {
        let mut keys = Vec::new();
        for (_, text) in sources("templates", "html") {
            for call in ["t(\"", "t1(\"", "t2(\"", "tn(\""] {
                keys.extend(literals_after(&text, call).into_iter().map(str::to_owned));
            }
        }
        // In Rust code, catalog keys are the dashed literals of these families.
        let families = [
            "account",
            "admin",
            "application",
            "assistance",
            "attachment",
            "call",
            "calls",
            "editor",
            "filter",
            "flash",
            "form",
            "home",
            "inbox",
            "invitation",
            "login",
            "manage",
            "nav",
            "next",
            "notification",
            "organisation",
            "outbox",
            "portfolio",
            "prerequisite",
            "prerequisites",
            "programme",
            "programmes",
            "project",
            "question",
            "receipt",
            "reset",
            "review",
            "reviews",
            "results",
            "rule",
            "selection",
            "signup",
            "state",
            "user",
        ];
        for (_, text) in sources("src", "rs") {
            for literal in text.split('"').skip(1).step_by(2) {
                let is_key = literal.contains('-')
                    && !literal.ends_with('-')
                    && literal
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && families
                        .iter()
                        .any(|f| literal.split('-').next() == Some(f));
                if is_key {
                    keys.push(literal.to_owned());
                }
            }
        }
        assert!(
            keys.len() > 100,
            "the scan found too few keys: {}",
            keys.len()
        );
        let missing: Vec<_> = keys.iter().filter(|key| !Lang::En.has(key)).collect();
        assert!(
            missing.is_empty(),
            "not in the English catalog: {missing:?}"
        );
    }
}
