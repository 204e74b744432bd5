//! Heard's domain, with no UI, no web server and no database: what the server and both browser
//! bundles agree on.
//!
//! - `vocabulary`: the words every layer shares (roles, case status, category, urgency, queues,
//!   API error codes) as enums, each with one spelling.
//! - `domain`: types that parse at the edge, so invalid data cannot exist past it. A child's
//!   words ([`domain::ChildWords`]) can be read only inside this crate, by the sealing.
//! - `sealing`, `case_notes`, `story`, `return_code`, `reviewer_key`, `proof`: the cryptography
//!   (`age`, Argon2id, SHA-256) and the rules built on it.
//! - `consultation`: question kinds and the small-group rule every published result obeys.
//! - `api`: the JSON shapes and paths of the HTTP API, shared by the server and the browsers.
//!
//! Invariant: this crate depends on no UI, web-server or database crate (`cargo xtask test`
//! fails if one is added).

pub mod api;
pub mod case_notes;
pub mod consultation;
pub mod domain;
pub mod kiosk_routing;
pub mod proof;
pub mod return_code;
#[cfg(feature = "age-crate")]
pub mod reviewer_key;
pub mod sealing;
pub mod story;
pub mod vocabulary;
