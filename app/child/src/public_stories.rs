//! The public story page (`/stories` on the child site), rendered on the server only: no script,
//! nothing from another host, no counter, no cookie it needs. It shows only versions the server
//! checked again on this request — the child's yes for public education holds, and the words
//! hash to the version the child approved — each in the language it was approved in.

use crate::error_page::{page_document, PageSite};
use crate::i18n::{Lang, Locale};
use leptos::prelude::*;

/// One published story, as approved.
pub struct PublicStory {
    pub lang: String,
    pub byline: String,
    pub text: String,
}

pub fn public_stories_document(lang: Lang, stories: Vec<PublicStory>) -> String {
    let empty = stories
        .is_empty()
        .then(|| view! { <p id="no-stories">{lang.t("public-stories-none")}</p> });
    let items = stories
        .into_iter()
        .map(|s| {
            let locale = Locale::parse(&s.lang);
            let dir = locale.map(Locale::dir);
            let language = locale.map(|l| l.self_name()).unwrap_or_default();
            let byline = (!s.byline.is_empty()).then(|| {
                view! { <p class="byline" lang=s.lang.clone() dir=dir>{s.byline.clone()}</p> }
            });
            view! {
                <article class="public-story">
                    <p class="hint" lang=s.lang.clone() dir=dir>{language}</p>
                    <p class="case-text" lang=s.lang.clone() dir=dir>{s.text}</p>
                    {byline}
                </article>
            }
        })
        .collect_view();
    let body = view! {
        <h1>{lang.t("public-stories-title")}</h1>
        <p>{lang.t("public-stories-intro")}</p>
        {empty}
        <div id="public-stories">{items}</div>
    };
    page_document(lang, PageSite::Child, lang.t("public-stories-title"), body)
}
