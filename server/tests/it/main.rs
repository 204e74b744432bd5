//! Server tests, in one binary (one link instead of one per file): HTTP tests against a real
//! `heard` on random ports (`support::spawn_app`), and the CLI run as the real binary.

mod accounts;
mod audit;
mod authorization;
mod bad_input;
mod boundaries;
mod cases;
mod child_flows;
mod cli;
mod consultation_builder;
mod consultation_kiosk;
mod consultation_written;
mod consultations;
mod demo;
mod enrol;
mod flood;
mod headers;
mod hostile_reviewer;
mod inbox;
mod intake;
mod kiosks;
mod languages;
mod limits;
mod login;
mod offboarding;
mod passkeys;
mod privacy;
mod retention;
mod return_codes;
mod reviewer_keys;
mod shield;
mod shield_property;
mod stories;
mod story_consent;
mod story_list;
mod support;
