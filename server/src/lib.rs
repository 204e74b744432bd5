//! The `heard` server: configuration, storage, the two listeners and the admin CLI.

pub mod accounts;
pub mod audit;
pub mod cli;
pub mod config;
pub mod consultation_admin;
pub mod consultation_results;
pub mod http;
pub mod jobs;
pub mod languages;
pub mod secret_token;
pub mod startup;
pub mod store;
pub mod story_rules;
pub mod telemetry;
