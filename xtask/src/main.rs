//! `cargo xtask <command>`: the project's build and test driver.
//!
//! - `build`: the two WASM bundles (cargo + wasm-bindgen as a library) into `target/site/pkg`
//!   (child) and `target/site/console-pkg` (console),
//!   the CSS into `target/site/assets`, and the `heard` binary.
//! - `demo`: build, then run Heard on SQLite with demo data (prints the two URLs).
//! - `test`: every check and test — fmt, the crate graph and the vocabulary (`graph`), clippy
//!   (ssr and hydrate), unit and HTTP tests, and the end-to-end tests in headless Chromium with
//!   the reference `age` tool; the HTTP suite runs twice, on SQLite and on PostgreSQL (started
//!   if this machine's cluster is stopped).
//! - `graph`: `heard-core` depends on no UI, web-server or database crate, and no role, status,
//!   category or urgency is spelled outside it.
//! - `size`: what a child's phone downloads for the intake page, raw and compressed.
//! - `locales`: the coverage report — each language's translator, native review, share translated
//!   and fallback (`--markdown`: the README's table).
//! - `bench`: the inbox query against 100,000 cases, and the browser's time to decrypt and render
//!   a page of 50 cases (reports, not tests).
//! - `load`: a release `heard serve` under four connections of sends, the no-JavaScript form and
//!   the browser path: throughput, p50/p99, peak memory, CPU (a report, not a test).
//!
//! Why not cargo-leptos: on this project's machines it takes ~24 minutes to install and needs a
//! separately pinned wasm-bindgen CLI; building the bundle here uses the same wasm-bindgen version
//! as a library, pinned in Cargo.lock, and installs nothing globally (see ARCHITECTURE.md).

mod build;
mod checks;
mod crate_graph;
mod hashed;
mod postgres;
mod vocabulary_check;

use anyhow::{bail, Result};
use std::path::PathBuf;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    std::env::set_current_dir(&root)?;
    match args.first().map(String::as_str) {
        Some("build") => build::site(&root),
        Some("demo") => {
            build::site(&root)?;
            build::run_demo(&root, &args[1..])
        }
        Some("test") => checks::all(&root),
        Some("size") => {
            build::site(&root)?;
            checks::size_report(&root)
        }
        Some("bench") => {
            build::site(&root)?;
            checks::bench(&root)
        }
        Some("load") => {
            build::site(&root)?;
            checks::load()
        }
        Some("locales") => checks::locales(&args[1..]),
        Some("graph") => {
            crate_graph::core_has_no_ui_or_database()?;
            crate_graph::child_bundle_has_no_age_crate()?;
            vocabulary_check::no_vocabulary_literals(&root)
        }
        _ => bail!("usage: cargo xtask <build|demo|test|size|bench|load|locales|graph>"),
    }
}

fn workspace_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}
