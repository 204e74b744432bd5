//! Pieces both apps' pages share: the page language and the language switch.

use crate::i18n::Lang;
use leptos::prelude::*;

/// The language of the page being rendered. On the server it was negotiated by the HTTP layer
/// and put into the request's extensions; in the browser it is read back from `<html lang>`.
pub fn current_lang() -> Lang {
    if let Some(lang) = use_context::<Lang>() {
        return lang;
    }
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .and_then(|parts| parts.extensions.get::<Lang>().copied())
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        document()
            .document_element()
            .and_then(|html| html.get_attribute("lang"))
            .and_then(|code| Lang::parse(&code))
            .unwrap_or_default()
    }
}

/// Links to the same page in each language, each named in its own language and script (no
/// flags). Plain links, so the switch works without JavaScript; the server remembers the choice.
#[component]
pub fn LangSwitch(lang: Lang) -> impl IntoView {
    let links = Lang::ALL
        .into_iter()
        .map(|other| {
            let current = (other == lang).then_some("true");
            view! {
                <li>
                    <a href=format!("?lang={}", other.code()) hreflang=other.code() lang=other.code()
                        dir=other.dir() rel="external" aria-current=current>
                        {other.t("lang-self-name")}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="lang-switch" aria-label=lang.t("lang-switch-label")>
            <ul>{links}</ul>
        </nav>
    }
}
