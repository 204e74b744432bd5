//! Heard's shared crate: domain types, the sealing of a child's words with `age`, translations,
//! and the two Leptos apps (the child site and the reviewer console).
//!
//! Built twice: with `ssr` for the `heard` server, and with `hydrate` for the child's browser
//! (WASM). Server-only code sits behind `cfg(feature = "ssr")`.

pub mod api;
pub mod child;
pub mod console;
pub mod domain;
#[cfg(feature = "ssr")]
pub mod error_page;
pub mod i18n;
pub mod page;
pub mod sealing;

/// Entry point of the child bundle. Only the child app is hydrated, so the console's code is
/// never part of what a child's phone downloads.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(child::ChildApp);
}
