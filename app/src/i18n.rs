//! Translations. One path for every user-visible string — Leptos components, the server's error
//! pages and the JSON API's error messages — through `fluent-templates`, whose loader embeds the
//! `.ftl` files of `locales/` at compile time (so the WASM needs no extra fetch).
//!
//! The page's language is decided on the server (a `?lang=` choice, then the session, then
//! `Accept-Language`) and written into `<html lang>`; the browser reads it back from there.

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

fluent_templates::static_loader! {
    pub static LOCALES = {
        locales: "../locales",
        fallback_language: "en",
        // Bidi isolation stays on: it keeps a right-to-left name from scrambling a sentence.
        customise: |bundle| bundle.set_use_isolating(true),
    };
}

/// The languages Heard speaks. Adding one: a folder in `locales/`, a variant here.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Es,
    Ar,
}

static EN: LazyLock<LanguageIdentifier> = LazyLock::new(|| "en".parse().expect("valid tag"));
static ES: LazyLock<LanguageIdentifier> = LazyLock::new(|| "es".parse().expect("valid tag"));
static AR: LazyLock<LanguageIdentifier> = LazyLock::new(|| "ar".parse().expect("valid tag"));

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::Ar];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Ar => "ar",
        }
    }

    /// Text direction of the language, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            Lang::En | Lang::Es => "ltr",
        }
    }

    fn id(self) -> &'static LanguageIdentifier {
        match self {
            Lang::En => &EN,
            Lang::Es => &ES,
            Lang::Ar => &AR,
        }
    }

    /// An exact language code Heard speaks (`en`, `es`); anything else is `None`.
    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == raw)
    }

    /// The best language for an `Accept-Language` header, English when nothing matches.
    pub fn negotiate(accept_language: &str) -> Self {
        let requested = fluent_langneg::accepted_languages::parse(accept_language);
        let available: Vec<LanguageIdentifier> = Self::ALL.iter().map(|l| l.id().clone()).collect();
        let default = EN.clone();
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        chosen
            .first()
            .and_then(|id| Self::ALL.into_iter().find(|l| l.id() == *id))
            .unwrap_or_default()
    }

    /// The message `id` in this language.
    pub fn t(self, id: &str) -> String {
        LOCALES.lookup(self.id(), id)
    }

    /// The message `id` with Fluent variables.
    pub fn t_args(self, id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'static>> = args
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
            .collect();
        LOCALES.lookup_with_args(self.id(), id, &args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_spanish_or_falls_back_to_english() {
        assert_eq!(Lang::negotiate("es-MX,es;q=0.9,en;q=0.5"), Lang::Es);
        assert_eq!(Lang::negotiate("fr-FR,es;q=0.4"), Lang::Es);
        assert_eq!(Lang::negotiate("de"), Lang::En);
        assert_eq!(Lang::negotiate(""), Lang::En);
        assert_eq!(Lang::negotiate("garbage;;;q=x"), Lang::En);
        assert_eq!(Lang::negotiate("ar-SA,ar;q=0.9"), Lang::Ar);
        assert_eq!(Lang::Ar.dir(), "rtl");
    }

    #[test]
    fn messages_exist_in_both_languages() {
        assert!(Lang::En.t("intake-send").contains("Send"));
        assert!(Lang::Es.t("intake-send").contains("Enviar"));
    }
}

#[cfg(test)]
mod completeness {
    use std::collections::BTreeSet;
    use std::path::Path;

    /// Message ids defined in one locale's `.ftl` files (a line `id = …` at column 0).
    fn ids(lang: &str) -> BTreeSet<String> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../locales")
            .join(lang);
        let mut ids = BTreeSet::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for line in text.lines() {
                if let Some((id, _)) = line.split_once(" =") {
                    if !id.is_empty()
                        && id
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                    {
                        assert!(ids.insert(id.to_owned()), "{lang}: duplicate id {id}");
                    }
                }
            }
        }
        ids
    }

    #[test]
    fn every_locale_has_exactly_the_english_messages() {
        let english = ids("en");
        assert!(english.len() > 20);
        for lang in super::Lang::ALL {
            assert_eq!(ids(lang.code()), english, "{}", lang.code());
        }
    }

    #[test]
    fn every_message_resolves_in_every_locale() {
        for lang in super::Lang::ALL {
            for id in ids("en") {
                // Every variable any message uses, so that none is missing.
                let text = lang.t_args(
                    &id,
                    &[
                        ("max", 1.into()),
                        ("min", 1.into()),
                        ("minutes", 1.into()),
                        ("handle", "h".into()),
                        ("role", "r".into()),
                        ("entries", 1.into()),
                        ("head", "h".into()),
                        ("seq", 1.into()),
                        ("day", "2026-01-01".into()),
                        ("received", "r".into()),
                        ("read", "r".into()),
                        ("operator", "o".into()),
                        ("place", "p".into()),
                        ("n", 1.into()),
                        ("total", 4.into()),
                        ("days", 3.into()),
                    ],
                );
                assert!(
                    !text.contains("Unknown localization key"),
                    "{}: {id}",
                    lang.code()
                );
            }
        }
    }
}
