//! `cargo xtask test`: every check, in the order that fails fastest.

use crate::build::{self, cargo, heard_bin, site_root, WASM_TARGET};
use anyhow::{bail, Context, Result};
use std::path::Path;
use std::process::Command;

pub fn all(root: &Path) -> Result<()> {
    require_tools()?;
    // Before clippy: the WASM lints need the target a fresh machine may lack.
    build::ensure_wasm_target()?;
    cargo(&["fmt", "--all", "--check"])?;
    crate::crate_graph::core_has_no_ui_or_database()?;
    crate::crate_graph::child_bundle_has_no_age_crate()?;
    crate::vocabulary_check::no_vocabulary_literals(root)?;
    cargo(&[
        "clippy",
        "--package",
        "server",
        "--package",
        "heard-core",
        "--package",
        "xtask",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ])?;
    // The domain as the child's bundle builds it (the minimal age instead of the `age` crate).
    cargo(&[
        "clippy",
        "--package",
        "heard-core",
        "--no-default-features",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ])?;
    cargo(&[
        "clippy",
        "--package",
        "app",
        "--package",
        "child-ui",
        "--package",
        "console-ui",
        "--features",
        "ssr",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ])?;
    for bundle in build::BUNDLES {
        cargo(&[
            "clippy",
            "--package",
            bundle.package,
            "--lib",
            "--target",
            WASM_TARGET,
            "--no-default-features",
            "--features",
            bundle.features,
            "--profile",
            bundle.profile,
            "--",
            "-D",
            "warnings",
        ])?;
    }
    build::site(root)?;
    // On SQLite first, whatever the environment says (the README lets it name a PostgreSQL).
    let cargo_bin = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    println!("xtask: cargo test --workspace (on SQLite)");
    let status = Command::new(&cargo_bin)
        .args(["test", "--workspace"])
        .env_remove("HEARD_TEST_POSTGRES")
        .status()
        .context("running cargo")?;
    if !status.success() {
        bail!("cargo test --workspace failed");
    }
    // The HTTP suite once more, on PostgreSQL.
    http_suite_on_postgres()?;
    // The domain once more as the child's bundle builds it: sealing with the minimal age.
    cargo(&["test", "--package", "heard-core", "--no-default-features"])?;
    e2e(root)?;
    e2e_on_postgres(root)?;
    size_report(root)?;
    locales(&[])
}

/// `cargo test --package server --test it` with every test app on its own PostgreSQL database.
fn http_suite_on_postgres() -> Result<()> {
    let server = crate::postgres::test_server()?;
    crate::postgres::drop_test_databases(&server)?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    println!("xtask: cargo test --package server --test it (on PostgreSQL)");
    let status = Command::new(cargo)
        .args(["test", "--package", "server", "--test", "it"])
        .env("HEARD_TEST_POSTGRES", &server)
        .status()
        .context("running cargo")?;
    crate::postgres::drop_test_databases(&server)?;
    if !status.success() {
        bail!("the HTTP suite failed on PostgreSQL");
    }
    Ok(())
}

/// Tools a fresh machine may lack. `.ci/run` installs the Debian ones; here we say what is missing.
fn require_tools() -> Result<()> {
    let mut missing = vec![];
    for (tool, hint) in [
        ("node", "apt-get install nodejs"),
        ("npm", "apt-get install npm, if nodejs did not bring it"),
        ("chromium", "apt-get install chromium"),
        ("age", "apt-get install age"),
        ("age-keygen", "apt-get install age"),
        ("python3", "apt-get install python3"),
        ("psql", "apt-get install postgresql"),
        ("pg_isready", "apt-get install postgresql"),
    ] {
        let found = Command::new("sh")
            .args(["-c", &format!("command -v {tool}")])
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false);
        if !found {
            missing.push(format!("{tool} ({hint})"));
        }
    }
    if !missing.is_empty() {
        bail!("missing tools: {}", missing.join(", "));
    }
    Ok(())
}

fn npm_install(root: &Path) -> Result<()> {
    let dir = root.join("tests/e2e");
    if dir.join("node_modules/.package-lock.json").exists() {
        return Ok(());
    }
    let status = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
        .current_dir(&dir)
        .status()
        .context("running npm ci")?;
    if !status.success() {
        bail!("npm ci failed in tests/e2e");
    }
    Ok(())
}

fn node(root: &Path, args: &[&str]) -> Result<()> {
    node_with(root, args, &[])
}

/// [`node`] with more environment variables.
fn node_with(root: &Path, args: &[&str], env: &[(&str, &str)]) -> Result<()> {
    npm_install(root)?;
    let status = Command::new("node")
        .args(args)
        .envs(env.iter().copied())
        .env("HEARD_BIN", heard_bin(root))
        .env("HEARD_SITE_ROOT", site_root(root))
        .current_dir(root)
        .status()
        .context("running node")?;
    if !status.success() {
        bail!("node {} failed", args.join(" "));
    }
    Ok(())
}

fn e2e(root: &Path) -> Result<()> {
    node(
        root,
        &[
            "--test",
            "--test-concurrency=1",
            "tests/e2e/intake.test.mjs",
            "tests/e2e/sealing.test.mjs",
            "tests/e2e/child-flows.test.mjs",
            "tests/e2e/kiosk.test.mjs",
            "tests/e2e/kiosk-outbox.test.mjs",
            "tests/e2e/return-code.test.mjs",
            "tests/e2e/voice.test.mjs",
            "tests/e2e/console.test.mjs",
            "tests/e2e/passkeys.test.mjs",
            "tests/e2e/workbench.test.mjs",
            "tests/e2e/triage.test.mjs",
            "tests/e2e/shield.test.mjs",
            "tests/e2e/languages.test.mjs",
            "tests/e2e/stories.test.mjs",
            "tests/e2e/consultations.test.mjs",
            "tests/e2e/consultation-written.test.mjs",
        ],
    )
}

/// The browser's core paths once more with every heard on its own PostgreSQL database: sending
/// (both ways), coming back with a code, a reviewer opening cases, the shield; each also searches
/// every table's rows for what a child wrote.
fn e2e_on_postgres(root: &Path) -> Result<()> {
    let server = crate::postgres::test_server()?;
    println!("xtask: end-to-end tests on PostgreSQL");
    let run = node_with(
        root,
        &[
            "--test",
            "--test-concurrency=1",
            "tests/e2e/intake.test.mjs",
            "tests/e2e/child-flows.test.mjs",
            "tests/e2e/return-code.test.mjs",
            "tests/e2e/console.test.mjs",
            "tests/e2e/shield.test.mjs",
        ],
        &[("HEARD_E2E_POSTGRES", &server)],
    );
    crate::postgres::drop_test_databases(&server)?;
    run
}

/// The benchmarks: the inbox query (server), child-session memory under a cookieless flood, the
/// child site's latency during a sign-in flood, a consultation's results page over 100,000
/// answers, decrypting a page of cases (browser), a 10-question consultation on a slow phone
/// (browser), the intake page on a slow phone: bytes, first paint, interactive, sent (browser),
/// and sealing 4 KiB to 8 recipients beside openpgp.js (browser).
pub fn bench(root: &Path) -> Result<()> {
    cargo(&["run", "--package", "server", "--example", "inbox_bench"])?;
    // The inbox once more: a million cases on PostgreSQL (release: the figures to compare with
    // the goal of 20 ms).
    let postgres = crate::postgres::test_server()?;
    let cargo_bin = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let status = Command::new(cargo_bin)
        .args([
            "run",
            "--release",
            "--package",
            "server",
            "--example",
            "inbox_bench",
        ])
        .env("HEARD_BENCH_POSTGRES", &postgres)
        .env("HEARD_BENCH_CASES", "1000000")
        .status()
        .context("running cargo")?;
    if !status.success() {
        bail!("the inbox benchmark on PostgreSQL failed");
    }
    cargo(&["run", "--package", "server", "--example", "session_bench"])?;
    cargo(&[
        "run",
        "--package",
        "server",
        "--example",
        "login_flood_bench",
    ])?;
    cargo(&[
        "run",
        "--package",
        "server",
        "--example",
        "consult_results_bench",
    ])?;
    node(root, &["tests/e2e/decrypt-report.mjs"])?;
    node(root, &["tests/e2e/consult-slow-report.mjs"])?;
    node(root, &["tests/e2e/wire-report.mjs"])?;
    node(root, &["tests/e2e/journey-report.mjs"])?;
    node(root, &["tests/e2e/seal-bench-report.mjs"])
}

/// `cargo xtask load`: the release server under load (`server/examples/load_bench.rs`).
pub fn load() -> Result<()> {
    cargo(&[
        "build",
        "--release",
        "--package",
        "server",
        "--bin",
        "heard",
    ])?;
    // The PostgreSQL part's server: the one the tests use.
    let postgres = crate::postgres::test_server()?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let status = Command::new(cargo)
        .args([
            "run",
            "--release",
            "--package",
            "server",
            "--example",
            "load_bench",
        ])
        .args(["--", "target/release/heard"])
        .env("HEARD_LOAD_POSTGRES", &postgres)
        .status()
        .context("running cargo")?;
    if !status.success() {
        bail!("the load benchmark failed");
    }
    Ok(())
}

pub fn size_report(root: &Path) -> Result<()> {
    node(root, &["tests/e2e/size-report.mjs"])
}

/// `cargo xtask locales`: the coverage report of every child-facing language, with the defaults
/// of `locales/*/status.toml` (an instance's own choices: `heard languages status --data-dir`).
pub fn locales(extra: &[String]) -> Result<()> {
    let mut args = vec![
        "run",
        "--quiet",
        "--package",
        "server",
        "--",
        "languages",
        "status",
        "--data-dir",
        "target/no-instance",
    ];
    args.extend(extra.iter().map(String::as_str));
    cargo(&args)
}
