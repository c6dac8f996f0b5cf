//! Convoca's end-to-end tests, one binary so that they link once.

mod accounts;
mod applications;
mod applications_web;
mod audit;
mod browser;
mod calls;
mod calls_web;
mod committee;
mod committee_web;
mod errors;
mod hardening;
mod openapi;
mod organisations;
mod permissions;
mod platform;
mod portfolio_web;
mod projects;
mod projects_scenario;
mod projects_web;
mod reviews;
mod reviews_web;
mod selection;
mod selection_scenario;
mod selection_web;
mod strict_input;
mod web;
