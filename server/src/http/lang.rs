//! Picks the language of each response: an explicit `?lang=` choice (remembered in the session),
//! then the session, then `Accept-Language`. The result is put into the request's extensions,
//! where handlers and the Leptos apps read it.

use app::i18n::Lang;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use tower_sessions::Session;

const SESSION_KEY: &str = "lang";

pub async fn negotiate_lang(session: Session, mut req: Request, next: Next) -> Response {
    let chosen = req.uri().query().and_then(lang_from_query);
    let lang = match chosen {
        Some(lang) => {
            // Failing to remember the choice only means the next page negotiates again.
            if let Err(e) = session.insert(SESSION_KEY, lang.code()).await {
                tracing::warn!(error = %e, "could not store the language choice");
            }
            lang
        }
        None => match session.get::<String>(SESSION_KEY).await.ok().flatten() {
            Some(code) => Lang::parse(&code).unwrap_or_default(),
            None => from_accept_language(&req),
        },
    };
    req.extensions_mut().insert(lang);
    next.run(req).await
}

fn lang_from_query(query: &str) -> Option<Lang> {
    query
        .split('&')
        .filter_map(|pair| pair.strip_prefix("lang="))
        .find_map(Lang::parse)
}

fn from_accept_language(req: &Request) -> Lang {
    req.headers()
        .get(http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(Lang::negotiate)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_exact_lang_parameter_counts() {
        assert_eq!(lang_from_query("lang=es"), Some(Lang::Es));
        assert_eq!(lang_from_query("x=1&lang=es"), Some(Lang::Es));
        assert_eq!(lang_from_query("lang=xx"), None);
        assert_eq!(lang_from_query("slang=es"), None);
        assert_eq!(lang_from_query(""), None);
    }
}
