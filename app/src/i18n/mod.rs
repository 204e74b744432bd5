//! Translations. One path for every user-visible string — Leptos components, the server's error
//! pages and the JSON API's error messages — through Fluent bundles built from `locales/`.
//!
//! The page's language is decided on the server (a `?lang=` choice, then the session, then a
//! kiosk's default, then `Accept-Language`) and written into `<html lang>`, together with the
//! language that stands in for its missing messages (`data-fallback`); the browser reads both back.
//!
//! *Invariant*: a message is never blank. A locale that lacks it falls back, message by message,
//! to the language an admin chose for it, then to English.

mod catalog;
#[cfg(test)]
mod checks;
#[cfg(not(feature = "hydrate"))]
mod coverage;
mod pseudo;
pub mod sources;

pub use catalog::{About, Locale};
#[cfg(not(feature = "hydrate"))]
pub use coverage::{coverage, Coverage};
pub use fluent_bundle::FluentValue;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

/// A page's language: the locale it is in, and the locale its missing messages are shown in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Lang {
    pub locale: Locale,
    pub fallback: Locale,
}

impl Lang {
    pub const fn new(locale: Locale, fallback: Locale) -> Self {
        Self { locale, fallback }
    }

    /// A language whose missing messages fall back straight to English.
    pub const fn plain(locale: Locale) -> Self {
        Self::new(locale, Locale::En)
    }

    pub fn code(self) -> &'static str {
        self.locale.code()
    }

    pub fn dir(self) -> &'static str {
        self.locale.dir()
    }

    /// The message `id` in this language, or in its fallback, or in English.
    pub fn t(self, id: &str) -> String {
        self.resolve(id, None)
    }

    /// The message `id` with Fluent variables.
    pub fn t_args(self, id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.resolve(id, Some(&fluent_args))
    }

    /// Which locale `id` is shown in on this page (for a `lang` attribute on a fallback).
    pub fn source_of(self, id: &str) -> Locale {
        [self.locale, self.fallback, Locale::En]
            .into_iter()
            .find(|l| bundles::has(*l, id))
            .unwrap_or(Locale::En)
    }

    fn resolve(self, id: &str, args: Option<&FluentArgs>) -> String {
        [self.locale, self.fallback, Locale::En]
            .into_iter()
            .find_map(|l| bundles::format(l, id, args))
            // A missing id is a programming error the checks catch; the id beats a blank.
            .unwrap_or_else(|| id.to_owned())
    }
}

impl Locale {
    /// The best child-site language for an `Accept-Language` header, English when none matches.
    pub fn negotiate(accept_language: &str) -> Self {
        Self::negotiate_among(accept_language, &Self::ALL)
    }

    /// The best language among `offered` for an `Accept-Language` header.
    pub fn negotiate_among(accept_language: &str, offered: &[Locale]) -> Self {
        let requested = fluent_langneg::accepted_languages::parse(accept_language);
        let available: Vec<LanguageIdentifier> = offered
            .iter()
            .filter_map(|l| l.code().parse().ok())
            .collect();
        let default: LanguageIdentifier = "en".parse().expect("valid tag");
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        chosen
            .first()
            .and_then(|id| Self::parse(&id.to_string()))
            .filter(|l| offered.contains(l))
            .unwrap_or_default()
    }
}

/// One locale's Fluent bundle, built once.
fn build<B: BundleNew>(locale: Locale, texts: impl IntoIterator<Item = String>) -> B {
    let tag = locale.about().plurals.unwrap_or(locale.code());
    let tag: LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut bundle = B::make(tag);
    bundle.setup(locale);
    for text in texts {
        // A file with a syntax error still yields its good messages; the checks fail on the rest.
        let resource = FluentResource::try_new(text).unwrap_or_else(|(partial, _)| partial);
        bundle.add(resource);
    }
    bundle
}

/// What `build` needs of the two bundle kinds (thread-safe on the server, plain in the browser).
trait BundleNew {
    fn make(tag: LanguageIdentifier) -> Self;
    fn setup(&mut self, locale: Locale);
    fn add(&mut self, resource: FluentResource);
}

macro_rules! bundle_new {
    ($ty:ty, $new:ident) => {
        impl BundleNew for $ty {
            fn make(tag: LanguageIdentifier) -> Self {
                <$ty>::$new(vec![tag])
            }
            fn setup(&mut self, locale: Locale) {
                // Bidi isolation stays on: it keeps a right-to-left name from scrambling a sentence.
                self.set_use_isolating(true);
                if locale == Locale::Pseudo {
                    self.set_transform(Some(pseudo::transform));
                }
            }
            fn add(&mut self, resource: FluentResource) {
                // Duplicate ids are reported by the checks; the first definition wins here.
                let _ = self.add_resource(resource);
            }
        }
    };
}

fn format_in<R: std::borrow::Borrow<FluentResource>, M: fluent_bundle::memoizer::MemoizerKind>(
    bundle: &fluent_bundle::bundle::FluentBundle<R, M>,
    id: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

#[cfg(not(feature = "hydrate"))]
mod bundles {
    use super::*;
    use std::collections::HashMap;
    use std::sync::LazyLock;

    type Bundle = fluent_bundle::concurrent::FluentBundle<FluentResource>;
    bundle_new!(Bundle, new_concurrent);

    static BUNDLES: LazyLock<HashMap<Locale, Bundle>> = LazyLock::new(|| {
        Locale::ALL
            .into_iter()
            .chain([Locale::Pseudo])
            .map(|l| {
                let texts = sources::files(l).iter().map(|(_, text)| (*text).to_owned());
                (l, build::<Bundle>(l, texts))
            })
            .collect()
    });

    pub fn format(locale: Locale, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        format_in(BUNDLES.get(&locale)?, id, args)
    }

    pub fn has(locale: Locale, id: &str) -> bool {
        BUNDLES.get(&locale).is_some_and(|b| b.has_message(id))
    }
}

#[cfg(feature = "hydrate")]
mod bundles {
    use super::*;
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::rc::Rc;

    type Bundle = fluent_bundle::FluentBundle<FluentResource>;
    bundle_new!(Bundle, new);

    thread_local! {
        static BUNDLES: RefCell<HashMap<Locale, Rc<Bundle>>> = RefCell::new(HashMap::new());
    }

    fn bundle(locale: Locale) -> Rc<Bundle> {
        BUNDLES.with(|all| {
            all.borrow_mut()
                .entry(locale)
                .or_insert_with(|| Rc::new(build::<Bundle>(locale, sources::texts(locale))))
                .clone()
        })
    }

    pub fn format(locale: Locale, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        format_in(&bundle(locale), id, args)
    }

    pub fn has(locale: Locale, id: &str) -> bool {
        bundle(locale).has_message(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_best_language_or_english() {
        assert_eq!(Locale::negotiate("es-MX,es;q=0.9,en;q=0.5"), Locale::Es);
        assert_eq!(Locale::negotiate("de-DE,fr;q=0.4"), Locale::Fr);
        assert_eq!(Locale::negotiate("de"), Locale::En);
        assert_eq!(Locale::negotiate(""), Locale::En);
        assert_eq!(Locale::negotiate("garbage;;;q=x"), Locale::En);
        assert_eq!(Locale::negotiate("ar-SA,ar;q=0.9"), Locale::Ar);
        assert_eq!(Locale::negotiate("fa-AF"), Locale::FaAf);
        assert_eq!(Locale::negotiate("ti-ER,ti"), Locale::Ti);
        // The console offers fewer languages: Dari is not one of them.
        assert_eq!(
            Locale::negotiate_among("fa-AF,fr;q=0.5", &Locale::CONSOLE),
            Locale::Fr
        );
        assert_eq!(Locale::Ar.dir(), "rtl");
        assert_eq!(Locale::Ti.dir(), "ltr");
    }

    #[test]
    fn a_missing_message_falls_back_to_the_chosen_language_then_english() {
        let es = Lang::plain(Locale::Es);
        assert!(es.t("intake-send").contains("Enviar"));
        // The pseudo-locale has every message; a made-up id shows the id, never a blank.
        assert_eq!(es.t("no-such-message"), "no-such-message");
        // A locale with a gap shows that message in its fallback, not in English.
        let partial = Locale::ALL
            .into_iter()
            .find(|l| !bundles::has(*l, "before-cannot"))
            .expect("at least one partial locale (K'iche', Mam or Q'anjob'al)");
        let with_spanish = Lang::new(partial, Locale::Es);
        assert_eq!(with_spanish.t("before-cannot"), es.t("before-cannot"));
        assert_eq!(with_spanish.source_of("before-cannot"), Locale::Es);
        let with_english = Lang::plain(partial);
        assert_eq!(with_english.source_of("before-cannot"), Locale::En);
    }

    #[test]
    fn the_pseudo_locale_is_accented_english() {
        let text = Lang::plain(Locale::Pseudo)
            .t_args("step-progress", &[("n", 2.into()), ("total", 5.into())]);
        assert!(!text.chars().any(|c| c.is_ascii_alphabetic()), "{text}");
        assert!(text.contains('2') && text.contains('5'), "{text}");
    }
}
