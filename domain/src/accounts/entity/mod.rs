//! The tables of accounts: users, their roles, web sessions, API tokens, failed logins and invitations.

pub mod api_token;
pub mod invitation;
pub mod login_failure;
pub mod password_reset;
pub mod session;
pub mod user;
pub mod user_role;
