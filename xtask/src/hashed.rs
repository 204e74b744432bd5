//! The site's folders under names made from their content (`app::site_files` reads them):
//! `pkg/<hash>/heard.js`. A name that changes with its content can be cached for good, and a page
//! of a new build can never be handed a file of an old one.
//!
//! The hash: SHA-256 over every file of the folder in the order of their paths, each as its path
//! (relative, `/`-separated), a zero byte, its length (8 bytes, little-endian) and its bytes; the
//! first 16 hex digits. The brotli and gzip copies are written after hashing and are not part of
//! it. `tests/e2e/bundle-names.test.mjs` recomputes it from what the server serves.

use anyhow::{Context, Result};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The folder a build writes into before it has a name: `<site folder>/.build`, emptied.
pub fn fresh(site_folder: &Path) -> Result<PathBuf> {
    let building = site_folder.join(".build");
    let _ = std::fs::remove_dir_all(&building);
    std::fs::create_dir_all(&building)
        .with_context(|| format!("creating {}", building.display()))?;
    Ok(building)
}

/// Names `built` (a `.build` folder) by its content's hash, writes the compressed copies, and
/// removes every older build beside it; returns the hash.
pub fn publish(built: &Path) -> Result<String> {
    let hash = content_hash(built)?;
    let site_folder = built.parent().context("a build folder has a parent")?;
    let named = site_folder.join(&hash);
    let _ = std::fs::remove_dir_all(&named);
    std::fs::rename(built, &named)?;
    precompress(&named)?;
    for entry in std::fs::read_dir(site_folder)? {
        let path = entry?.path();
        if path != named {
            if path.is_dir() {
                std::fs::remove_dir_all(&path)?;
            } else {
                std::fs::remove_file(&path)?;
            }
        }
    }
    Ok(hash)
}

/// Every file under `dir`, as (relative `/`-separated path, full path), sorted by path.
fn files(dir: &Path) -> Result<Vec<(String, PathBuf)>> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder)? {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let relative = path.strip_prefix(dir)?.components();
                let relative: Vec<_> = relative
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                found.push((relative.join("/"), path));
            }
        }
    }
    found.sort();
    Ok(found)
}

fn content_hash(dir: &Path) -> Result<String> {
    let mut hasher = Sha256::new();
    for (relative, path) in files(dir)? {
        let bytes = std::fs::read(&path)?;
        hasher.update(relative.as_bytes());
        hasher.update([0]);
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(&bytes);
    }
    let digest = hasher.finalize();
    Ok(digest[..8].iter().map(|b| format!("{b:02x}")).collect())
}

/// Writes a brotli (`.br`, quality 11) and a gzip (`.gz`, level 9) copy beside every script,
/// bundle and stylesheet in `dir`, which the server hands to a browser that accepts them
/// (`ServeDir::precompressed_br`/`precompressed_gzip`): a child's phone downloads the bundle
/// compressed, and nothing is compressed per request. Static files only: no page carrying a
/// token or a child's input is compressed here (BREACH).
fn precompress(dir: &Path) -> Result<()> {
    for (_, path) in files(dir)? {
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
