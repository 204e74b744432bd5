//! Building the site: the child's WASM bundle, the CSS, and the server binary.

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// The name the server's `LeptosOptions` expects: `pkg/heard.js` and `pkg/heard_bg.wasm`.
pub const OUTPUT_NAME: &str = "heard";

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
    cargo(&[
        "build",
        "--package",
        "app",
        "--lib",
        "--target",
        WASM_TARGET,
        "--no-default-features",
        "--features",
        "hydrate",
        "--profile",
        "wasm-release",
    ])?;
    let wasm = root.join(format!("target/{WASM_TARGET}/wasm-release/app.wasm"));
    let pkg = site_root(root).join("pkg");
    let _ = std::fs::remove_dir_all(&pkg);
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(&wasm)
        .out_name(OUTPUT_NAME)
        .web(true)?
        .typescript(false)
        .remove_name_section(true)
        .remove_producers_section(true)
        .keep_debug(false)
        .generate(&pkg)
        .context("wasm-bindgen")?;
    copy_styles(root)?;
    cargo(&["build", "--package", "server", "--bin", "heard"])?;
    println!("xtask: site built in {}", site_root(root).display());
    Ok(())
}

fn copy_styles(root: &Path) -> Result<()> {
    let assets = site_root(root).join("assets");
    std::fs::create_dir_all(&assets)?;
    for entry in std::fs::read_dir(root.join("style"))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "css") {
            std::fs::copy(&path, assets.join(path.file_name().expect("a file name")))?;
        }
    }
    Ok(())
}

fn ensure_wasm_target() -> Result<()> {
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
