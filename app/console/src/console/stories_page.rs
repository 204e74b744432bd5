//! The story editors' page, rendered on the server: the host of the workbench in its stories
//! mode (`workbench::stories`), which unlocks the editor's key and opens stories in the browser.

use super::inbox_page::WorkbenchSeed;
use crate::api::console::WORKBENCH_ID;
use crate::i18n::Lang;
use leptos::prelude::*;

pub fn stories_document(lang: Lang, has_key: bool, seed: WorkbenchSeed) -> String {
    let body = view! {
        <h1>{lang.t("stories-title")}</h1>
        <p>{lang.t("stories-intro")}</p>
        <section id=WORKBENCH_ID data-csrf=seed.csrf data-has-key=has_key.to_string()
            data-fallbacks=seed.fallbacks data-mode="stories" aria-live="polite">
            <p class="hint">{lang.t("inbox-needs-script")}</p>
        </section>
    };
    super::enrol_page::document_with_script(lang, lang.t("stories-title"), body, &seed.nonce)
}
