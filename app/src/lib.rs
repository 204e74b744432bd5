//! Heard's shared UI crate: what the child site and the console both need — translations
//! (`i18n`), the page shell and language picker (`page`), small browser helpers (`browser`) and
//! the server-rendered page frame (`error_page`). It re-exports `heard-core`, so `app::domain::…`
//! is the domain's.
//!
//! The two audiences' apps are crates of their own (`child-ui`, `console-ui`), each built with
//! `ssr` for the server and with `hydrate` as its own WASM bundle: neither bundle can carry the
//! other's code, because neither crate depends on the other.
#![recursion_limit = "256"]

// The domain lives in `heard-core` (no UI); re-exported so `crate::domain::…` reads as before.
pub use heard_core::{
    api, case_notes, consultation, domain, proof, return_code, sealing, story, vocabulary,
};

#[cfg(feature = "hydrate")]
pub mod browser;
#[cfg(feature = "ssr")]
pub mod consult_results;
#[cfg(feature = "ssr")]
pub mod error_page;
pub mod i18n;
pub mod page;
pub mod site_files;
