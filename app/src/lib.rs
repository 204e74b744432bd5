//! Heard's shared crate: domain types, the sealing of a child's words with `age`, translations,
//! and the two Leptos apps (the child site and the reviewer console).
//!
//! Built three times: with `ssr` for the `heard` server, with `child-bundle` for the child's
//! browser and with `console-bundle` for the reviewer's browser (both WASM, both `hydrate`).
//! Server-only code sits behind `cfg(feature = "ssr")`, the reviewer's workbench behind
//! `cfg(feature = "console-bundle")`.
#![recursion_limit = "256"]

// The domain lives in `heard-core` (no UI); re-exported so `crate::domain::…` reads as before.
pub use heard_core::{
    api, case_notes, domain, proof, return_code, reviewer_key, sealing, story, vocabulary,
};

#[cfg(feature = "hydrate")]
pub mod browser;
pub mod child;
pub mod console;
#[cfg(feature = "ssr")]
pub mod error_page;
pub mod i18n;
pub mod page;
#[cfg(feature = "ssr")]
pub mod public_stories;

/// Entry point of the child bundle. Only the child app is hydrated, so the console's code is
/// never part of what a child's phone downloads.
#[cfg(feature = "child-bundle")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(child::ChildApp);
}
