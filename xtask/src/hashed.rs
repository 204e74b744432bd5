//! The site's folders under names made from their content (`app::site_files` reads them):
//! `pkg/<hash>/heard.js`. A name that changes with its content can be cached for good, and a page
//! of a new build can never be handed a file of an old one.
//!
//! The hash: SHA-256 over every file of the folder in the order of their paths, each as its path
//! (relative, `/`-separated), a zero byte, its length (8 bytes, little-endian) and its bytes; the
//! first 16 hex digits. The brotli and gzip copies are written after hashing and are not part of
//! it. `server/tests/it/compressed.rs` recomputes it from what the server serves.

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
/// removes every older build beside it but `previous` (the build the site named until now): a
/// server still running the previous build keeps serving its pages' bundles through this one
/// rebuild (a second rebuild removes them: restart it after building). Returns the hash.
pub fn publish(built: &Path, previous: Option<&str>) -> Result<String> {
    let hash = content_hash(built)?;
    let site_folder = built.parent().context("a build folder has a parent")?;
    let named = site_folder.join(&hash);
    let _ = std::fs::remove_dir_all(&named);
    std::fs::rename(built, &named)?;
    precompress(&named)?;
    for entry in std::fs::read_dir(site_folder)? {
        let path = entry?.path();
        let kept = path == named || previous.is_some_and(|p| path == site_folder.join(p));
        if kept {
            continue;
        }
        if path.is_dir() {
            std::fs::remove_dir_all(&path)?;
        } else {
            std::fs::remove_file(&path)?;
        }
    }
    Ok(hash)
}

/// The hash `manifest` (the text of `site-files.txt`) names for `folder`, if any.
pub fn named_in(manifest: &str, folder: &str) -> Option<String> {
    manifest.lines().find_map(|line| {
        let (name, hash) = line.split_once('=')?;
        let hash = hash.trim();
        let is_hash = hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit());
        (name.trim() == folder && is_hash).then(|| hash.to_owned())
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_build_keeps_the_previous_one_and_removes_the_rest() {
        let site = std::env::temp_dir().join(format!("heard-hashed-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&site);
        for old in ["aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb"] {
            std::fs::create_dir_all(site.join(old)).unwrap();
            std::fs::write(site.join(old).join("heard.js"), old).unwrap();
        }
        let built = fresh(&site).unwrap();
        std::fs::write(built.join("heard.js"), "// new").unwrap();
        let hash = publish(&built, Some("bbbbbbbbbbbbbbbb")).unwrap();
        let mut left: Vec<String> = std::fs::read_dir(&site)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        let mut expected = vec![hash.clone(), "bbbbbbbbbbbbbbbb".to_owned()];
        expected.sort();
        assert_eq!(
            left, expected,
            "the previous build stays, an older one goes"
        );
        assert!(site.join(&hash).join("heard.js.br").exists());
        // Built again with nothing named before (a first build): only the new one stays.
        let built = fresh(&site).unwrap();
        std::fs::write(built.join("heard.js"), "// newer").unwrap();
        let newer = publish(&built, None).unwrap();
        let left: Vec<_> = std::fs::read_dir(&site).unwrap().collect();
        assert_eq!(left.len(), 1);
        assert!(site.join(newer).exists());
        std::fs::remove_dir_all(&site).unwrap();
    }

    #[test]
    fn the_manifest_names_a_folders_hash_or_nothing() {
        let manifest = "pkg=0123456789abcdef\nconsole-pkg=fedcba9876543210\nassets=../../etc\n";
        assert_eq!(
            named_in(manifest, "pkg").as_deref(),
            Some("0123456789abcdef")
        );
        assert_eq!(
            named_in(manifest, "console-pkg").as_deref(),
            Some("fedcba9876543210")
        );
        assert_eq!(
            named_in(manifest, "assets"),
            None,
            "not a hash: nothing is kept by it"
        );
        assert_eq!(named_in("", "pkg"), None);
    }
}
