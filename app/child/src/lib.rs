//! The child site: its Leptos app (`child`: guided flows, coming back with the pictures, stories)
//! and the public story page. Built with `ssr` for the server and with `hydrate` as the child's
//! WASM bundles: `share-pages` (the start page's flow on the server's HTML, `enhance`, no
//! renderer) and `back-pages` (coming back, Leptos islands); each bundle's entry is `hydrate`.
//!
//! *Invariant:* depends on no console code (the crate graph has no edge to `console-ui`), so
//! nothing of the console reaches a child's phone.
#![recursion_limit = "256"]

// The shared UI and the domain, under the paths the child's modules use (`crate::i18n`, …).
#[cfg(feature = "hydrate")]
pub use app::browser;
#[cfg(feature = "ssr")]
pub use app::error_page;
pub use app::{
    api, case_notes, consultation, domain, i18n, page, proof, return_code, sealing, story,
    vocabulary,
};

#[cfg(all(feature = "hydrate", feature = "share-pages"))]
mod agreement;
pub mod child;
#[cfg(feature = "ssr")]
pub mod consult;
#[cfg(all(feature = "hydrate", feature = "share-pages"))]
mod enhance;
#[cfg(feature = "ssr")]
pub mod public_stories;
#[cfg(all(feature = "hydrate", feature = "share-pages"))]
pub mod written;

/// Entry point of the start page's bundle (`share-pages`): the flow on the server's HTML, with
/// no renderer (`enhance`). Named `hydrate` because the page's loader calls that.
#[cfg(all(feature = "hydrate", feature = "share-pages"))]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    enhance::start();
}

/// Entry point of coming back's bundle (`back-pages`): its islands.
#[cfg(all(
    feature = "hydrate",
    feature = "back-pages",
    not(feature = "share-pages")
))]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // Islands only: the rest of the page is the server's HTML, never hydrated.
    leptos::mount::hydrate_islands();
}
