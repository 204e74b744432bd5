//! Pieces both apps' pages share: the page language and the language picker.

use crate::i18n::{Lang, Locale};
use leptos::prelude::*;

/// The language of the page being rendered. On the server it was negotiated by the HTTP layer
/// and put into the request's extensions; in the browser it is read back from `<html lang>` and
/// `<html data-fallback>`.
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
        let html = document().document_element();
        let attribute = |name: &str| {
            html.as_ref()
                .and_then(|h| h.get_attribute(name))
                .and_then(|code| Locale::parse(&code))
        };
        let locale = attribute("lang").unwrap_or_default();
        Lang::new(locale, attribute("data-fallback").unwrap_or_default())
    }
}

/// The `<meta>` lines every page of both sites starts its `<head>` with: no page is indexed.
pub fn head_meta() -> impl IntoView {
    view! {
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="robots" content="noindex, nofollow"/>
    }
}

/// The page's translations for the browser bundle (`#heard-ftl`): its language and fallback.
/// Rendered on the server only; the browser reads it before hydrating.
pub fn translations_block(lang: Lang, site: crate::i18n::sources::Site) -> impl IntoView {
    #[cfg(not(feature = "hydrate"))]
    {
        let json = crate::i18n::sources::page_block(&[lang.locale, lang.fallback], site);
        view! {
            <script type="application/json" id=crate::i18n::sources::PAGE_BLOCK_ID inner_html=json></script>
        }
    }
    #[cfg(feature = "hydrate")]
    {
        let _ = (lang, site);
    }
}

/// The language picker: every language in its own name and script (no flags), each link marked
/// with its own `lang` and `dir`. A `<details>` of plain links, so it works without JavaScript;
/// the server remembers the choice. `listen` adds a button per name that says it aloud in that
/// language, where the device has a voice for it (the child site).
#[component]
pub fn LangSwitch(
    lang: Lang,
    #[prop(default = &Locale::ALL)] offered: &'static [Locale],
    #[prop(optional)] listen: Option<Callback<Locale>>,
    #[prop(optional)] can_speak: Option<Signal<Vec<String>>>,
) -> impl IntoView {
    let links = offered
        .iter()
        .map(|&other| {
            let current = (other == lang.locale).then_some("true");
            let name = other.self_name();
            let button = listen.map(|speak| {
                let hidden = move || {
                    !can_speak.is_some_and(|voices| voices.with(|v| has_voice(v, other)))
                };
                view! {
                    <button type="button" class="listen" hidden=hidden on:click=move |_| speak.run(other)
                        data-locale=other.code()
                        aria-label=lang.t_args("lang-listen", &[("name", name.into())])>
                        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                            <path d="M3 9 L7 9 L12 4 L12 20 L7 15 L3 15 Z" fill="currentColor"/>
                            <path d="M16 8 Q19 12 16 16" fill="none" stroke="currentColor" stroke-width="2"/>
                        </svg>
                    </button>
                }
            });
            view! {
                <li>
                    <a href=format!("?lang={}", other.code()) hreflang=other.code() lang=other.code()
                        dir=other.dir() rel="external" aria-current=current>
                        {name}
                    </a>
                    {button}
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="lang-switch">
            <summary>
                <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
                    <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/>
                    <path d="M3 12 H21 M12 3 Q6 12 12 21 M12 3 Q18 12 12 21" fill="none"
                        stroke="currentColor" stroke-width="2"/>
                </svg>
                <span class="lang-switch-label">{lang.t("lang-switch-label")}</span>
                <span lang=lang.code() dir=lang.dir()>{lang.locale.self_name()}</span>
            </summary>
            <nav aria-label=lang.t("lang-switch-label")>
                <ul>{links}</ul>
            </nav>
        </details>
    }
}

/// Whether one of the device's voice tags (`es-mx`, lower-case) speaks `locale`.
pub fn has_voice(voices: &[String], locale: Locale) -> bool {
    let code = locale.code().to_ascii_lowercase();
    voices
        .iter()
        .any(|tag| *tag == code || tag.starts_with(&format!("{code}-")))
}

/// An arrow that points back (to where a reader of the page's language came from) or forward.
/// Drawn for left-to-right; the stylesheet mirrors every `.dir-icon` on a right-to-left page.
pub fn arrow(forward: bool) -> impl IntoView {
    let path = if forward {
        "M5 12 H19 M13 6 L19 12 L13 18"
    } else {
        "M19 12 H5 M11 6 L5 12 L11 18"
    };
    view! {
        <svg class="dir-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <path d=path fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"
                stroke-linejoin="round"/>
        </svg>
    }
}
