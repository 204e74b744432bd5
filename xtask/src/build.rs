//! Building the site: the two WASM bundles (child and console), the CSS, and the server binary.

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// One WASM bundle: the UI crate it is (built with its `hydrate` feature), the profile it is built
/// with, the wasm-bindgen output name and the folder under the site root it is served from.
pub struct Bundle {
    pub package: &'static str,
    pub profile: &'static str,
    pub out_name: &'static str,
    pub dir: &'static str,
}

/// The child's bundle (`pkg/heard.js`, the name the server's `LeptosOptions` expects) and the
/// console's (`console-pkg/heard-console.js`, served only by the console listener). Separate
/// profiles keep both builds cached side by side.
pub const BUNDLES: [Bundle; 2] = [
    Bundle {
        package: "child-ui",
        profile: "wasm-release",
        out_name: "heard",
        dir: "pkg",
    },
    Bundle {
        package: "console-ui",
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
    for bundle in &BUNDLES {
        wasm_bundle(root, bundle)?;
    }
    copy_styles(root)?;
    for dir in BUNDLES.iter().map(|b| b.dir).chain(["assets"]) {
        precompress(&site_root(root).join(dir))?;
    }
    cargo(&["build", "--package", "server", "--bin", "heard"])?;
    println!("xtask: site built in {}", site_root(root).display());
    Ok(())
}

/// Writes a brotli (`.br`, quality 11) and a gzip (`.gz`, level 9) copy beside every script,
/// bundle and stylesheet in `dir`, which the server hands to a browser that accepts them
/// (`ServeDir::precompressed_br`/`precompressed_gzip`): a child's phone downloads the bundle
/// compressed, and nothing is compressed per request. Static files only: no page carrying a
/// token or a child's input is compressed here (BREACH).
fn precompress(dir: &Path) -> Result<()> {
    use std::io::Write;
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        let wanted = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ["js", "wasm", "css"].contains(&e));
        if !wanted {
            continue;
        }
        let bytes = std::fs::read(&path)?;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&bytes)?;
        std::fs::write(with_suffix(&path, "gz"), gz.finish()?)?;
        let mut br = Vec::new();
        let params = brotli::enc::BrotliEncoderParams {
            quality: 11,
            lgwin: 22,
            ..Default::default()
        };
        brotli::BrotliCompress(&mut bytes.as_slice(), &mut br, &params)?;
        std::fs::write(with_suffix(&path, "br"), br)?;
    }
    Ok(())
}

/// `heard.css` → `heard.css.gz`.
fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    name.into()
}

fn wasm_bundle(root: &Path, bundle: &Bundle) -> Result<()> {
    cargo(&[
        "build",
        "--package",
        bundle.package,
        "--lib",
        "--target",
        WASM_TARGET,
        "--no-default-features",
        "--features",
        "hydrate",
        "--profile",
        bundle.profile,
    ])?;
    let wasm = root.join(format!(
        "target/{WASM_TARGET}/{}/{}.wasm",
        bundle.profile,
        bundle.package.replace('-', "_")
    ));
    let pkg = site_root(root).join(bundle.dir);
    let _ = std::fs::remove_dir_all(&pkg);
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(&wasm)
        .out_name(bundle.out_name)
        .web(true)?
        .typescript(false)
        .remove_name_section(true)
        .remove_producers_section(true)
        .keep_debug(false)
        .generate(&pkg)
        .context("wasm-bindgen")
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
