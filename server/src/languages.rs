//! What admins see about each language: who translated it, whether a native speaker checked it,
//! how much is translated (from `locales/<code>/status.toml` and the Fluent files themselves), and
//! which language shows its missing messages — the default in `status.toml` until an admin
//! chooses another (`heard languages fallback`).

use crate::store::Store;
use app::i18n::{coverage, sources, Coverage, Lang, Locale};
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// A locale's `status.toml`.
#[derive(Debug, Clone, Deserialize)]
pub struct Status {
    /// `machine` when a machine-translation model drafted it, otherwise who translated it.
    pub translator: String,
    pub native_review: bool,
    #[serde(default)]
    pub reviewer: String,
    pub default_fallback: String,
    #[serde(default)]
    pub notes: String,
}

impl Status {
    pub fn of(locale: Locale) -> Status {
        let folder = sources::ALL
            .iter()
            .find(|f| f.code == locale.code())
            .expect("every catalog locale has a folder (checked by app's tests)");
        toml::from_str(folder.status).expect("status.toml is checked by app's tests")
    }

    pub fn is_machine(&self) -> bool {
        self.translator == "machine"
    }
}

/// One row of the status table.
pub struct Row {
    pub locale: Locale,
    pub status: Status,
    pub coverage: Coverage,
    pub fallback: Locale,
}

/// The fallback of every locale, shared by every request (the admin's choice wins over the
/// default; a change takes effect on the next page).
#[derive(Clone, Default)]
pub struct Fallbacks(Arc<RwLock<HashMap<Locale, Locale>>>);

impl Fallbacks {
    /// The defaults of every `status.toml`.
    pub fn defaults() -> Fallbacks {
        let map = Locale::ALL
            .into_iter()
            .map(|l| {
                (
                    l,
                    Locale::parse(&Status::of(l).default_fallback).unwrap_or_default(),
                )
            })
            .collect();
        Fallbacks(Arc::new(RwLock::new(map)))
    }

    pub async fn load(store: &Store) -> Result<Fallbacks, sqlx::Error> {
        Ok(Fallbacks(Arc::new(RwLock::new(Self::stored(store).await?))))
    }

    /// Takes the choices as the database has them now: a choice made on another server of the
    /// fleet, or by `heard languages fallback` beside a running server
    /// ([`crate::jobs::fallbacks_refresh`]).
    pub async fn reload(&self, store: &Store) -> Result<(), sqlx::Error> {
        let map = Self::stored(store).await?;
        if let Ok(mut current) = self.0.write() {
            *current = map;
        }
        Ok(())
    }

    /// The defaults with the admins' choices over them.
    async fn stored(store: &Store) -> Result<HashMap<Locale, Locale>, sqlx::Error> {
        let defaults = Self::defaults();
        let mut map = defaults.0.read().map(|m| m.clone()).unwrap_or_default();
        for (locale, fallback) in store.locale_fallbacks().await? {
            if let (Some(l), Some(f)) = (Locale::parse(&locale), Locale::parse(&fallback)) {
                map.insert(l, f);
            }
        }
        Ok(map)
    }

    pub fn of(&self, locale: Locale) -> Locale {
        self.0
            .read()
            .map(|m| m.get(&locale).copied().unwrap_or_default())
            .unwrap_or_default()
    }

    /// The page language for `locale`, with its fallback.
    pub fn lang(&self, locale: Locale) -> Lang {
        Lang::new(locale, self.of(locale))
    }

    pub fn set(&self, locale: Locale, fallback: Locale) {
        if let Ok(mut map) = self.0.write() {
            map.insert(locale, fallback);
        }
    }
}

/// Why a fallback choice was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FallbackError {
    #[error("unknown language code")]
    Unknown,
    #[error("a language cannot stand in for itself")]
    Itself,
    #[error("only a fully translated language can stand in for another")]
    NotFull,
}

/// Checks an admin's choice: both codes known, different, and the fallback fully translated
/// (so that it never needs a fallback of its own before English).
pub fn check_fallback(locale: &str, fallback: &str) -> Result<(Locale, Locale), FallbackError> {
    let locale = Locale::parse(locale).filter(|l| *l != Locale::Pseudo);
    let fallback = Locale::parse(fallback).filter(|l| *l != Locale::Pseudo);
    let (Some(locale), Some(fallback)) = (locale, fallback) else {
        return Err(FallbackError::Unknown);
    };
    if locale == fallback {
        return Err(FallbackError::Itself);
    }
    if !coverage(fallback).is_full() {
        return Err(FallbackError::NotFull);
    }
    Ok((locale, fallback))
}

pub fn table(fallbacks: &Fallbacks) -> Vec<Row> {
    Locale::ALL
        .into_iter()
        .map(|locale| Row {
            locale,
            status: Status::of(locale),
            coverage: coverage(locale),
            fallback: fallbacks.of(locale),
        })
        .collect()
}

/// The table as Markdown, for the README (kept equal by a test) and `cargo xtask locales`.
pub fn markdown(rows: &[Row]) -> String {
    let mut out = String::from(
        "| Code | Language | Translated by | Native review | Coverage | Missing messages shown in |\n\
         |---|---|---|---|---|---|\n",
    );
    for r in rows {
        let translator = if r.status.is_machine() {
            "machine draft".to_owned()
        } else {
            r.status.translator.clone()
        };
        let review = if r.status.native_review {
            "yes"
        } else {
            "not yet"
        };
        out.push_str(&format!(
            "| {} | {} | {} | {} | {}/{} ({} %) | {} |\n",
            r.locale.code(),
            r.locale.self_name(),
            translator,
            review,
            r.coverage.done,
            r.coverage.total,
            r.coverage.percent(),
            r.fallback.code(),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fallback_must_be_another_fully_translated_language() {
        assert_eq!(check_fallback("quc", "es"), Ok((Locale::Quc, Locale::Es)));
        assert_eq!(check_fallback("quc", "quc"), Err(FallbackError::Itself));
        assert_eq!(check_fallback("quc", "xx"), Err(FallbackError::Unknown));
        assert_eq!(check_fallback("en-XA", "en"), Err(FallbackError::Unknown));
        let partial = Locale::ALL
            .into_iter()
            .find(|l| !coverage(*l).is_full())
            .unwrap();
        assert_eq!(
            check_fallback("es", partial.code()),
            Err(FallbackError::NotFull)
        );
    }

    #[test]
    fn the_readme_shows_the_current_status_table() {
        let readme = include_str!("../../README.md");
        let table = markdown(&table(&Fallbacks::defaults()));
        assert!(
            readme.contains(&table),
            "README.md's language table is out of date; paste `cargo xtask locales --markdown`:\n{table}"
        );
    }
}
