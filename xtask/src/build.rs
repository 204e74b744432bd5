//! Building the site: the two WASM bundles (child and console), the CSS, and the server binary.

use crate::hashed;
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// One WASM bundle: the UI crate it is (built with its `hydrate` feature and `features`), the
/// profile it is built with, the wasm-bindgen output name and the folder under the site root it
/// is served from. Bundles of one folder are published together, under one hash.
pub struct Bundle {
    pub package: &'static str,
    pub features: &'static str,
    pub profile: &'static str,
    pub out_name: &'static str,
    pub dir: &'static str,
}

/// The child's two bundles, side by side in `pkg/<hash>/`: `heard.js` (the start page and its
/// flows: sending; the name the server's `LeptosOptions` expects) and `heard-back.js` (coming
/// back with the pictures, `child::BACK_BUNDLE`), so that sending never downloads coming back and
/// the reverse; and the console's (`console-pkg/<hash>/heard-console.js`, served only by the
/// console listener). Separate profiles keep the child's and the console's builds cached side by
/// side.
pub const BUNDLES: [Bundle; 3] = [
    Bundle {
        package: "child-ui",
        features: "hydrate,share-pages",
        profile: "wasm-release",
        out_name: "heard",
        dir: "pkg",
    },
    Bundle {
        package: "child-ui",
        features: "hydrate,back-pages",
        profile: "wasm-release",
        out_name: "heard-back",
        dir: "pkg",
    },
    Bundle {
        package: "console-ui",
        features: "hydrate",
        profile: "wasm-console",
        out_name: "heard-console",
        dir: "console-pkg",
    },
];

pub fn cargo(args: &[&str]) -> Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    println!("xtask: cargo {}", args.join(" "));
    let status = Command::new(cargo)
        .args(args)
        .status()
        .context("running cargo")?;
    if !status.success() {
        bail!("cargo {} failed", args.join(" "));
    }
    Ok(())
}

pub fn site_root(root: &Path) -> PathBuf {
    root.join("target/site")
}

pub fn heard_bin(root: &Path) -> PathBuf {
    root.join("target/debug/heard")
}

pub fn site(root: &Path) -> Result<()> {
    ensure_wasm_target()?;
    // What the site named until now: a server still running it keeps its files (`publish`).
    let before =
        std::fs::read_to_string(site_root(root).join("site-files.txt")).unwrap_or_default();
    let previous = |dir: &str| hashed::named_in(&before, dir);
    let mut manifest = String::new();
    for dir in ["pkg", "console-pkg"] {
        let built = hashed::fresh(&site_root(root).join(dir))?;
        for bundle in BUNDLES.iter().filter(|b| b.dir == dir) {
            wasm_bundle(root, bundle, &built)?;
        }
        let hash = hashed::publish(&built, previous(dir).as_deref())?;
        manifest.push_str(&format!("{dir}={hash}\n"));
    }
    let hash = hashed::publish(&copy_styles(root)?, previous("assets").as_deref())?;
    manifest.push_str(&format!("assets={hash}\n"));
    std::fs::write(site_root(root).join("site-files.txt"), manifest)?;
    cargo(&["build", "--package", "server", "--bin", "heard"])?;
    println!("xtask: site built in {}", site_root(root).display());
    Ok(())
}

/// Builds `bundle` and writes it with wasm-bindgen into `pkg`, its folder's fresh build.
fn wasm_bundle(root: &Path, bundle: &Bundle, pkg: &Path) -> Result<()> {
    cargo(&[
        "build",
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
    ])?;
    let wasm = root.join(format!(
        "target/{WASM_TARGET}/{}/{}.wasm",
        bundle.profile,
        bundle.package.replace('-', "_")
    ));
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(&wasm)
        .out_name(bundle.out_name)
        .web(true)?
        .typescript(false)
        .remove_name_section(true)
        .remove_producers_section(true)
        .keep_debug(false)
        .generate(pkg)
        .context("wasm-bindgen")?;
    Ok(())
}

/// Copies the stylesheets into a fresh folder beside the hashed ones; returns it.
fn copy_styles(root: &Path) -> Result<PathBuf> {
    let assets = hashed::fresh(&site_root(root).join("assets"))?;
    for entry in std::fs::read_dir(root.join("style"))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "css") {
            std::fs::copy(&path, assets.join(path.file_name().expect("a file name")))?;
        }
    }
    Ok(assets)
}

pub fn ensure_wasm_target() -> Result<()> {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains(WASM_TARGET))
        .unwrap_or(false);
    if !installed {
        let status = Command::new("rustup")
            .args(["target", "add", WASM_TARGET])
            .status();
        if !status.map(|s| s.success()).unwrap_or(false) {
            bail!("the {WASM_TARGET} target is missing: run `rustup target add {WASM_TARGET}`");
        }
    }
    Ok(())
}

pub fn run_demo(root: &Path, extra: &[String]) -> Result<()> {
    let status = Command::new(heard_bin(root))
        .arg("demo")
        .args(["--data-dir", "heard-demo-data"])
        .args(["--site-root", &site_root(root).to_string_lossy()])
        .args(extra)
        .status()
        .context("running heard")?;
    if !status.success() {
        bail!("heard demo exited with {status}");
    }
    Ok(())
}
