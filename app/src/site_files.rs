//! Where the built site's static files are served. `cargo xtask build` puts each folder of the
//! site (`pkg`, the child's bundle; `console-pkg`, the console's; `assets`, the stylesheet) under
//! a name made from its content's hash — `pkg/3fa9…/heard.js` — and writes the names to
//! `site-files.txt` in the site root. The server reads them once at start ([`SiteFiles::read`],
//! [`SiteFiles::publish`]); every page links to the published names.
//!
//! Why: a name that changes with its content can be cached for good (`immutable`), so a child's
//! phone downloads the bundle once per release, and a page can never be given a bundle of another
//! build — an old name is simply absent from a new site (404), never stale.
//!
//! The child site's stylesheet is also read once, to be written into its pages
//! ([`SiteFiles::child_styles`]): on a slow phone a linked stylesheet is one more round trip
//! before the first words show.
//!
//! *Invariant:* one site per process: the names are a process-wide value, set once.

use std::path::Path;
use std::sync::OnceLock;

/// The file in the site root that names each folder's hash.
pub const MANIFEST: &str = "site-files.txt";

/// The stylesheet's file in the `assets` folder.
const STYLESHEET: &str = "heard.css";
const WORKBENCH_STYLESHEET: &str = "workbench.css";

/// The hashed name of each folder of the built site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteFiles {
    pkg: String,
    console_pkg: String,
    assets: String,
    /// The stylesheet's text (empty until read from a built site).
    styles: String,
}

/// Why the site's names could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SiteFilesError {
    #[error("{0} is missing or unreadable: run `cargo xtask build`")]
    Missing(String),
    #[error("{0} does not name every folder of the site (pkg, console-pkg, assets) as a hash")]
    Malformed(String),
}

static PUBLISHED: OnceLock<SiteFiles> = OnceLock::new();

impl SiteFiles {
    /// Reads `site-files.txt` (lines of `folder=hash`) from the site root.
    pub fn read(site_root: &Path) -> Result<Self, SiteFilesError> {
        let path = site_root.join(MANIFEST);
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(&path).map_err(|_| SiteFilesError::Missing(shown))?;
        let mut files = Self::parse(&text)
            .ok_or_else(|| SiteFilesError::Malformed(path.display().to_string()))?;
        let css = site_root.join(files.assets_dir()).join(STYLESHEET);
        files.styles = std::fs::read_to_string(&css)
            .map_err(|_| SiteFilesError::Missing(css.display().to_string()))?;
        Ok(files)
    }

    /// Parses the manifest's text; every folder must be named once, by a hex hash.
    pub fn parse(text: &str) -> Option<Self> {
        let mut found = [None, None, None];
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let (folder, hash) = line.split_once('=')?;
            let slot = ["pkg", "console-pkg", "assets"]
                .iter()
                .position(|f| *f == folder.trim())?;
            let hash = hash.trim();
            let hex = hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit());
            if !hex || found[slot].is_some() {
                return None;
            }
            found[slot] = Some(hash.to_owned());
        }
        let [Some(pkg), Some(console_pkg), Some(assets)] = found else {
            return None;
        };
        Some(Self {
            pkg,
            console_pkg,
            assets,
            styles: String::new(),
        })
    }

    /// Makes these the names every page of this process links to. The first call wins; a second
    /// with other names is refused (one site per process).
    pub fn publish(self) -> Result<&'static SiteFiles, SiteFiles> {
        let current = PUBLISHED.get_or_init(|| self.clone());
        if *current == self {
            Ok(current)
        } else {
            Err(self)
        }
    }

    /// The published names; before any is published (a unit test rendering a page), names that
    /// no site serves.
    pub fn current() -> &'static SiteFiles {
        static UNBUILT: OnceLock<SiteFiles> = OnceLock::new();
        PUBLISHED.get().unwrap_or_else(|| {
            UNBUILT.get_or_init(|| SiteFiles {
                pkg: "unbuilt".into(),
                console_pkg: "unbuilt".into(),
                assets: "unbuilt".into(),
                styles: String::new(),
            })
        })
    }

    /// The child bundle's folder under the site root, as `LeptosOptions::site_pkg_dir` wants it.
    pub fn child_pkg_dir(&self) -> String {
        format!("pkg/{}", self.pkg)
    }

    /// The console bundle's folder under the site root.
    pub fn console_pkg_dir(&self) -> String {
        format!("console-pkg/{}", self.console_pkg)
    }

    /// The console bundle's hash, its folder's name under `/console/pkg`.
    pub fn console_hash(&self) -> &str {
        &self.console_pkg
    }

    /// The stylesheet's folder under the site root, served as `/assets/<hash>` (and as
    /// `/console/assets/<hash>` on the console).
    pub fn assets_dir(&self) -> String {
        format!("assets/{}", self.assets)
    }

    /// The child bundle's loader and WASM, as a page or a script imports them.
    pub fn child_bundle(&self) -> (String, String) {
        let dir = format!("/pkg/{}", self.pkg);
        (format!("{dir}/heard.js"), format!("{dir}/heard_bg.wasm"))
    }

    /// The console bundle's loader and WASM (served by the console listener only).
    pub fn console_bundle(&self) -> (String, String) {
        let dir = format!("/console/pkg/{}", self.console_pkg);
        (
            format!("{dir}/heard-console.js"),
            format!("{dir}/heard-console_bg.wasm"),
        )
    }

    /// The stylesheet on the child site.
    pub fn child_stylesheet(&self) -> String {
        format!("/assets/{}/{STYLESHEET}", self.assets)
    }

    /// The stylesheet's text, which the child site's pages carry in a `<style>` of their own
    /// (empty where no built site was read).
    pub fn child_styles(&self) -> &str {
        &self.styles
    }

    /// The stylesheet on the console.
    pub fn console_stylesheet(&self) -> String {
        format!("/console/assets/{}/{STYLESHEET}", self.assets)
    }

    /// The workbench's own rules (its table, keys, panes), on the pages that start the console
    /// bundle only: the child site's pages carry `heard.css` inline, and none of this.
    pub fn workbench_stylesheet(&self) -> String {
        format!("/console/assets/{}/{WORKBENCH_STYLESHEET}", self.assets)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str =
        "pkg=0123456789abcdef\nconsole-pkg=fedcba9876543210\nassets=00112233aabbccdd\n";

    #[test]
    fn a_whole_manifest_parses_and_names_the_paths() {
        let files = SiteFiles::parse(GOOD).expect("parses");
        assert_eq!(files.child_pkg_dir(), "pkg/0123456789abcdef");
        assert_eq!(
            files.console_bundle().0,
            "/console/pkg/fedcba9876543210/heard-console.js"
        );
        assert_eq!(
            files.child_stylesheet(),
            "/assets/00112233aabbccdd/heard.css"
        );
    }

    #[test]
    fn a_missing_repeated_or_non_hex_folder_is_refused() {
        for bad in [
            "pkg=0123456789abcdef\nassets=00112233aabbccdd",
            "pkg=0123456789abcdef\npkg=0123456789abcdef\nconsole-pkg=fedcba9876543210\nassets=00112233aabbccdd",
            "pkg=../../etc/passwd\nconsole-pkg=fedcba9876543210\nassets=00112233aabbccdd",
            "pkg=0123456789abcdeg\nconsole-pkg=fedcba9876543210\nassets=00112233aabbccdd",
            "other=0123456789abcdef\n",
        ] {
            assert_eq!(SiteFiles::parse(bad), None, "{bad}");
        }
    }
}
