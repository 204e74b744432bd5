//! The reviewer console: its server-rendered pages and the workbench, the console's WASM bundle
//! (entry point `console::workbench::start_console`, built with `hydrate`).
//!
//! *Invariant:* depends on no child-site code (no edge to `child-ui`); like everything outside
//! `heard-core`, it cannot read a child's plaintext — it decrypts into text only through the
//! domain's opening functions, in the reviewer's browser.
#![recursion_limit = "256"]

// The shared UI and the domain, under the paths the console's modules use (`crate::i18n`, …).
#[cfg(feature = "hydrate")]
pub use app::browser;
#[cfg(feature = "ssr")]
pub use app::error_page;
pub use app::{
    api, case_notes, domain, i18n, page, proof, return_code, sealing, story, vocabulary,
};
// The reviewer's passphrase-sealed key needs the full age (scrypt): the console always has it.
pub use heard_core::reviewer_key;

pub mod console;
