//! The crate graph's invariant, checked: `heard-core` (the domain) depends on no UI, web-server or
//! database crate, on the server's target and on the browsers'. A dependency that breaks it fails
//! `cargo xtask test`, so "UI code and storage are outside the domain" stays a fact of the graph.

use crate::build::WASM_TARGET;
use anyhow::{bail, Context, Result};
use std::process::Command;

/// Crate names (or prefixes ending in `-`/`_`) the domain must never depend on. (Fluent is not
/// among them: `age` itself uses it for its own error messages.)
const FORBIDDEN: &[&str] = &[
    "leptos",
    "leptos_",
    "tachys",
    "reactive_graph",
    "server_fn",
    "axum",
    "axum-",
    "hyper",
    "tower",
    "tower-",
    "sqlx",
    "sqlx-",
    "tokio",
    "gloo-",
];

fn forbidden(name: &str) -> bool {
    FORBIDDEN.iter().any(|f| {
        if f.ends_with('-') || f.ends_with('_') {
            name.starts_with(f)
        } else {
            name == *f
        }
    })
}

/// Every crate `heard-core` depends on (normal and build dependencies) for `target`.
fn dependencies(target: Option<&str>) -> Result<Vec<String>> {
    let mut args = vec!["tree", "--package", "heard-core", "--edges", "normal,build"];
    args.extend(["--prefix", "none", "--format", "{p}"]);
    if let Some(target) = target {
        args.extend(["--target", target]);
    }
    Ok(tree(&args)?
        .lines()
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .collect())
}

fn tree(args: &[&str]) -> Result<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let out = Command::new(cargo)
        .args(args)
        .output()
        .context("running cargo tree")?;
    if !out.status.success() {
        bail!(
            "cargo tree failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The child's bundle seals with `heard_core::sealing::age_lite`: the `age` crate (its
/// translated messages, a second Fluent resolver) and curve25519's precomputed tables are not in
/// its graph, so a child's phone never downloads them.
pub fn child_bundle_has_no_age_crate() -> Result<()> {
    let args = [
        "tree",
        "--package",
        "child-ui",
        "--target",
        WASM_TARGET,
        "--no-default-features",
        "--features",
        // Both of the child's bundles (the page sets add no dependency).
        "hydrate,share-pages,back-pages",
        "--edges",
        "normal",
        "--prefix",
        "none",
        "--format",
        "{p} [{f}]",
    ];
    let listed = tree(&args)?;
    let name = |line: &str| {
        line.split_whitespace()
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    if !listed.lines().any(|l| name(l) == "age-core") {
        bail!("cargo tree listed no `age-core` under child-ui: the check would see nothing");
    }
    for line in listed.lines() {
        let crate_name = name(line);
        if crate_name == "age" || crate_name == "i18n-embed" {
            bail!("the child's bundle must not carry `{crate_name}`: {line}");
        }
        if crate_name == "curve25519-dalek" && line.contains("precomputed-tables") {
            bail!("the child's bundle must not carry curve25519's precomputed tables: {line}");
        }
    }
    println!("xtask: the child's bundle carries no `age` crate and no precomputed curve tables");
    Ok(())
}

pub fn core_has_no_ui_or_database() -> Result<()> {
    for target in [None, Some(WASM_TARGET)] {
        let deps = dependencies(target)?;
        if !deps.iter().any(|d| d == "age") {
            bail!("cargo tree listed no `age` under heard-core: the check would see nothing");
        }
        let bad: Vec<&String> = deps.iter().filter(|d| forbidden(d)).collect();
        if !bad.is_empty() {
            bail!("heard-core must not depend on UI, web-server or database crates: {bad:?}");
        }
    }
    println!("xtask: heard-core depends on no UI, web-server or database crate");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::forbidden;

    #[test]
    fn ui_server_and_database_crates_are_recognised() {
        for name in [
            "leptos",
            "leptos_router",
            "axum",
            "axum-core",
            "sqlx-sqlite",
            "tokio",
        ] {
            assert!(forbidden(name), "{name}");
        }
        for name in ["age", "serde", "sha2", "argon2", "zeroize", "leptosx"] {
            assert!(!forbidden(name), "{name}");
        }
    }
}
