//! The home page's agenda: for each signed-in person, what needs them now, one section per role they hold
//! (administrator, programme manager, committee member, applicant), and for the public the open calls, the
//! recent results and the portfolio.
//!
//! Each section is its own module with its own permission check, so that a section is only ever computed for
//! the role it serves; each reads with a few aggregate queries (never one query per row). The views are plain
//! structs: adapters never see a database row. This module changes nothing.

pub mod admin;
pub mod applicant;
pub mod manager;
pub mod project_work;
pub mod public;
pub mod reviewer;

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use crate::{Actor, Result, Role};

pub use admin::AdminAgenda;
pub use applicant::ApplicantAgenda;
pub use manager::ManagerAgenda;
pub use public::PublicHome;
pub use reviewer::ReviewerAgenda;

/// A signed-in person's agenda: one section per role they hold, `None` for the roles they do not.
#[derive(Debug, Clone, Default)]
pub struct Agenda {
    /// For administrators.
    pub admin: Option<AdminAgenda>,
    /// For programme managers.
    pub manager: Option<ManagerAgenda>,
    /// For committee members (the chair's part included).
    pub reviewer: Option<ReviewerAgenda>,
    /// For applicants who act for an organisation.
    pub applicant: Option<ApplicantAgenda>,
}

/// The agenda of `actor` at `now`: each section the actor's roles call for.
pub async fn agenda(db: &DatabaseConnection, actor: &Actor, now: DateTime<Utc>) -> Result<Agenda> {
    let mut agenda = Agenda::default();
    if actor.has(Role::Admin) {
        agenda.admin = Some(admin::agenda(db, actor).await?);
    }
    if actor.has(Role::Manager) {
        agenda.manager = Some(manager::agenda(db, actor, now).await?);
    }
    if actor.has(Role::Reviewer) {
        agenda.reviewer = Some(reviewer::agenda(db, actor, now).await?);
    }
    if actor.has(Role::Applicant) && actor.organisation_id.is_some() {
        agenda.applicant = Some(applicant::agenda(db, actor, now).await?);
    }
    Ok(agenda)
}
