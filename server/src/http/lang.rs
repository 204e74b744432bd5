//! Picks the language of each response: an explicit `?lang=` choice (remembered in the session),
//! then the session, then `Accept-Language` (a kiosk's default replaces that last one, in
//! `child_pages`). The result, with the fallback an admin chose for it, is put into the request's
//! extensions, where handlers and the Leptos apps read it.

use super::AppState;
use super::Site;
use crate::languages::Fallbacks;
use app::i18n::Locale;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use tower_sessions::Session;

const SESSION_KEY: &str = "lang";
/// The default language of the kiosk this session started on (`child_pages`).
const KIOSK_KEY: &str = "kiosk_lang";

/// How the page's language was decided: only a guess from the browser's header gives way to a
/// kiosk's default (`Kiosk`: that default, kept in the session).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LangSource {
    Chosen,
    Kiosk,
    Header,
}

/// Keeps a kiosk's default language for the rest of this session (its other pages and the
/// answers to its forms); a child's own choice still wins.
pub async fn remember_kiosk_default(session: &Session, locale: Locale) {
    if let Err(e) = session.insert(KIOSK_KEY, locale.code()).await {
        tracing::warn!(error = %e, "could not keep the kiosk's language");
    }
}

/// What the language layer of one listener knows.
#[derive(Clone)]
pub struct Languages {
    offered: Vec<Locale>,
    fallbacks: Fallbacks,
}

impl Languages {
    pub fn new(site: Site, state: &AppState) -> Self {
        let mut offered = match site {
            Site::Child => Locale::ALL.to_vec(),
            Site::Console => Locale::CONSOLE.to_vec(),
        };
        if state.pseudo_locale {
            offered.push(Locale::Pseudo);
        }
        Self {
            offered,
            fallbacks: state.fallbacks.clone(),
        }
    }

    fn parse(&self, code: &str) -> Option<Locale> {
        Locale::parse(code).filter(|l| self.offered.contains(l))
    }
}

pub async fn negotiate_lang(
    State(languages): State<Languages>,
    session: Session,
    mut req: Request,
    next: Next,
) -> Response {
    let chosen = req
        .uri()
        .query()
        .and_then(|q| lang_from_query(q, |code| languages.parse(code)));
    let (locale, source) = match chosen {
        Some(locale) => {
            // Failing to remember the choice only means the next page negotiates again.
            if let Err(e) = session.insert(SESSION_KEY, locale.code()).await {
                tracing::warn!(error = %e, "could not store the language choice");
            }
            (locale, LangSource::Chosen)
        }
        None => match session.get::<String>(SESSION_KEY).await.ok().flatten() {
            Some(code) => (
                languages.parse(&code).unwrap_or_default(),
                LangSource::Chosen,
            ),
            None => match session.get::<String>(KIOSK_KEY).await.ok().flatten() {
                Some(code) => (
                    languages.parse(&code).unwrap_or_default(),
                    LangSource::Kiosk,
                ),
                None => (
                    from_accept_language(&req, &languages.offered),
                    LangSource::Header,
                ),
            },
        },
    };
    req.extensions_mut()
        .insert(languages.fallbacks.lang(locale));
    req.extensions_mut().insert(source);
    next.run(req).await
}

fn lang_from_query(query: &str, parse: impl Fn(&str) -> Option<Locale>) -> Option<Locale> {
    query
        .split('&')
        .filter_map(|pair| pair.strip_prefix("lang="))
        .find_map(parse)
}

fn from_accept_language(req: &Request, offered: &[Locale]) -> Locale {
    req.headers()
        .get(http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(|header| Locale::negotiate_among(header, offered))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_exact_offered_lang_parameter_counts() {
        let offered = |code: &str| Locale::parse(code).filter(|l| *l != Locale::Pseudo);
        assert_eq!(lang_from_query("lang=es", offered), Some(Locale::Es));
        assert_eq!(
            lang_from_query("x=1&lang=fa-AF", offered),
            Some(Locale::FaAf)
        );
        assert_eq!(lang_from_query("lang=xx", offered), None);
        assert_eq!(lang_from_query("lang=en-XA", offered), None);
        assert_eq!(lang_from_query("slang=es", offered), None);
        assert_eq!(lang_from_query("", offered), None);
    }
}
