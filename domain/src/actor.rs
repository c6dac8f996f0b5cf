//! Who is calling: the signed-in user, their organisation and roles, and the permission checks over them.
//!
//! This module decides nothing about credentials (see `accounts`); it only answers "may this actor do that".

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{Error, Message, Result};

/// A role a user may hold; a user may hold several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Administers users and roles.
    Admin,
    /// Runs programmes and calls, verifies organisations.
    Manager,
    /// Sits on selection committees and scores applications.
    Reviewer,
    /// Local-government or partner staff who apply.
    Applicant,
}

impl Role {
    /// Every role, in order of privilege.
    pub const ALL: [Role; 4] = [Role::Admin, Role::Manager, Role::Reviewer, Role::Applicant];

    /// The stored and transmitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Manager => "manager",
            Role::Reviewer => "reviewer",
            Role::Applicant => "applicant",
        }
    }

    /// Parses a stored or submitted role name.
    pub fn parse(value: &str) -> Result<Role, Message> {
        Role::ALL
            .into_iter()
            .find(|role| role.as_str() == value.trim())
            .ok_or_else(|| Message::new("error-role-unknown").arg("value", value))
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The authenticated caller of a service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Actor {
    /// The user's id.
    pub user_id: Uuid,
    /// The user's email address.
    pub email: String,
    /// The user's display name.
    pub name: String,
    /// The organisation the user acts for, if any.
    pub organisation_id: Option<Uuid>,
    /// The user's roles, sorted.
    pub roles: Vec<Role>,
}

impl Actor {
    /// Whether the actor holds `role`.
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// Whether the actor holds any of `roles`.
    pub fn has_any(&self, roles: &[Role]) -> bool {
        roles.iter().any(|role| self.has(*role))
    }

    /// `RoleRequired` (naming `roles`) unless the actor holds one of them.
    pub fn require_any(&self, roles: &[Role]) -> Result<()> {
        if self.has_any(roles) {
            Ok(())
        } else {
            Err(Error::RoleRequired(roles.to_vec()))
        }
    }

    /// Whether the actor belongs to `organisation_id`.
    pub fn belongs_to(&self, organisation_id: Uuid) -> bool {
        self.organisation_id == Some(organisation_id)
    }

    /// How the actor appears in the audit log.
    pub fn label(&self) -> String {
        format!("{} <{}>", self.name, self.email)
    }
}

/// `Unauthenticated` when there is no caller.
pub fn signed_in(actor: Option<&Actor>) -> Result<&Actor> {
    actor.ok_or(Error::Unauthenticated)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_parses_back_from_its_name() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Ok(role));
        }
        assert!(Role::parse("superuser").is_err());
    }

    #[test]
    fn a_refusal_names_the_roles_that_would_be_allowed() {
        let actor = Actor {
            user_id: Uuid::nil(),
            email: "reviewer@example.org".into(),
            name: "Reviewer".into(),
            organisation_id: None,
            roles: vec![Role::Reviewer],
        };
        assert!(actor.require_any(&[Role::Reviewer]).is_ok());
        match actor.require_any(&[Role::Manager, Role::Admin]) {
            Err(Error::RoleRequired(roles)) => assert_eq!(roles, [Role::Manager, Role::Admin]),
            other => panic!("expected RoleRequired, got {other:?}"),
        }
    }
}
