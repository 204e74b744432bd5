//! Where each locale's Fluent text comes from.
//!
//! The server (and every test) embeds all of `locales/` at compile time. The browser bundles do
//! not: 26 languages would add half a megabyte to every child's download. They embed English (the
//! last fallback) and read the page's own language, and the language its missing messages fall
//! back to, from a JSON block the server writes into the page (`#heard-ftl`).

use super::Locale;

/// One locale's Fluent files, by name (`child`, `common`, `console`, `replies`).
#[cfg(not(feature = "hydrate"))]
pub type Files = &'static [(&'static str, &'static str)];

/// One locale folder: its Fluent files, its `status.toml` and its `demo.toml`.
#[cfg(not(feature = "hydrate"))]
pub struct Folder {
    pub code: &'static str,
    pub ftl: Files,
    pub status: &'static str,
    pub demo: &'static str,
}

#[cfg(not(feature = "hydrate"))]
macro_rules! locale {
    ($code:literal: $($file:literal),+) => {
        Folder {
            code: $code,
            ftl: &[$(($file, include_str!(concat!("../../../locales/", $code, "/", $file, ".ftl")))),+],
            status: include_str!(concat!("../../../locales/", $code, "/status.toml")),
            demo: include_str!(concat!("../../../locales/", $code, "/demo.toml")),
        }
    };
}

/// Every locale's files. The console's own messages exist in the console's languages only.
#[cfg(not(feature = "hydrate"))]
pub static ALL: &[Folder] = &[
    locale!("en": "common", "child", "replies", "consult", "console"),
    locale!("es": "common", "child", "replies", "consult", "console"),
    locale!("fr": "common", "child", "replies", "consult", "console"),
    locale!("ar": "common", "child", "replies", "consult", "console"),
    locale!("pt": "common", "child", "replies", "consult"),
    locale!("ht": "common", "child", "replies", "consult"),
    locale!("quc": "common", "child", "replies", "consult"),
    locale!("mam": "common", "child", "replies", "consult"),
    locale!("kjb": "common", "child", "replies", "consult"),
    locale!("fa-AF": "common", "child", "replies", "consult"),
    locale!("fa": "common", "child", "replies", "consult"),
    locale!("ps": "common", "child", "replies", "consult"),
    locale!("ur": "common", "child", "replies", "consult"),
    locale!("ti": "common", "child", "replies", "consult"),
    locale!("am": "common", "child", "replies", "consult"),
    locale!("so": "common", "child", "replies", "consult"),
    locale!("sw": "common", "child", "replies", "consult"),
    locale!("uk": "common", "child", "replies", "consult"),
    locale!("ru": "common", "child", "replies", "consult"),
    locale!("tr": "common", "child", "replies", "consult"),
    locale!("kmr": "common", "child", "replies", "consult"),
    locale!("ckb": "common", "child", "replies", "consult"),
    locale!("sq": "common", "child", "replies", "consult"),
    locale!("bn": "common", "child", "replies", "consult"),
    locale!("zh": "common", "child", "replies", "consult"),
    locale!("vi": "common", "child", "replies", "consult"),
];

/// A locale's files (the pseudo-locale is English, transformed).
#[cfg(not(feature = "hydrate"))]
pub fn files(locale: Locale) -> Files {
    let code = match locale {
        Locale::Pseudo => "en",
        other => other.code(),
    };
    ALL.iter()
        .find(|f| f.code == code)
        .map(|f| f.ftl)
        .unwrap_or(&[])
}

/// The texts a bundle for `locale` is built from, in the browser: English from the bundle itself,
/// every other language from the page.
#[cfg(feature = "hydrate")]
pub fn texts(locale: Locale) -> Vec<String> {
    let mut texts: Vec<String> = Vec::new();
    if matches!(locale, Locale::En | Locale::Pseudo) {
        texts.push(include_str!("../../../locales/en/common.ftl").to_owned());
        // The console shows a case's answers with the child site's names (kinds, feelings…).
        texts.push(include_str!("../../../locales/en/child.ftl").to_owned());
        #[cfg(feature = "console-texts")]
        texts.push(include_str!("../../../locales/en/console.ftl").to_owned());
    } else if let Some(text) = from_page().get(locale.code()) {
        texts.push(text.clone());
    }
    #[cfg(feature = "console-texts")]
    texts.extend(replies(locale).map(str::to_owned));
    texts
}

/// The reply templates of every language, in the console's bundle: a reviewer answers each child
/// in the child's language, whatever the console's.
#[cfg(all(feature = "hydrate", feature = "console-texts"))]
fn replies(locale: Locale) -> Option<&'static str> {
    macro_rules! replies {
        ($($code:literal),+) => {
            [$(($code, include_str!(concat!("../../../locales/", $code, "/replies.ftl")))),+]
        };
    }
    let all = replies!(
        "en", "es", "fr", "ar", "pt", "ht", "quc", "mam", "kjb", "fa-AF", "fa", "ps", "ur", "ti",
        "am", "so", "sw", "uk", "ru", "tr", "kmr", "ckb", "sq", "bn", "zh", "vi"
    );
    let code = match locale {
        Locale::Pseudo => "en",
        other => other.code(),
    };
    all.iter().find(|(c, _)| *c == code).map(|(_, text)| *text)
}

/// The page's `#heard-ftl` block: `{ "<code>": "<ftl text>" }`, read once.
#[cfg(feature = "hydrate")]
fn from_page() -> std::collections::HashMap<String, String> {
    use leptos::prelude::document;
    thread_local! {
        static PAGE: std::collections::HashMap<String, String> = document()
            .get_element_by_id(PAGE_BLOCK_ID)
            .and_then(|el| el.text_content())
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default();
    }
    PAGE.with(Clone::clone)
}

/// The id of the JSON block that carries the page's translations to the browser.
pub const PAGE_BLOCK_ID: &str = "heard-ftl";

/// Which app a page belongs to (each needs different files).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Site {
    Child,
    Console,
}

/// The JSON for a page's `#heard-ftl` block: the page's language and its fallback, each as the
/// files its site needs. English is in the bundle already. `<` is escaped so that no text can
/// close the `<script>` element.
#[cfg(not(feature = "hydrate"))]
pub fn page_block(locales: &[Locale], site: Site) -> String {
    let wanted: &[&str] = match site {
        Site::Child => &["common", "child"],
        // The console names a case's answers with the child site's words (kinds, feelings…).
        Site::Console => &["common", "console", "child"],
    };
    let map: std::collections::BTreeMap<&str, String> = locales
        .iter()
        .filter(|l| !matches!(l, Locale::En | Locale::Pseudo))
        .map(|l| {
            let text = files(*l)
                .iter()
                .filter(|(name, _)| wanted.contains(name))
                .map(|(_, text)| *text)
                .collect::<Vec<_>>()
                .join("\n");
            (l.code(), text)
        })
        .collect();
    serde_json::to_string(&map)
        .unwrap_or_else(|_| "{}".to_owned())
        .replace('<', "\\u003c")
}
