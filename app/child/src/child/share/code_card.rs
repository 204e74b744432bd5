//! After sending: the child's return code, shown once — eight pictures, each named, with
//! read-aloud, a Print button on a kiosk, and the way back. The server writes the card empty
//! and every picture once (`template#code-pictures`); the flow fills the card with the code's
//! eight and empties it when the child writes another message or leaves the page.

use crate::child::kiosk::KioskMode;
use crate::child::pad::picture;
use crate::child::page_data::PageData;
use crate::child::read_aloud::ReadAloud;
use crate::i18n::Lang;
use crate::return_code::PICTURES;
use leptos::prelude::*;

#[component]
pub fn CodeCard() -> impl IntoView {
    let lang = expect_context::<Lang>();
    let mode = KioskMode::for_page();
    let print_button = mode.is_kiosk().then(|| {
        view! {
            <p><button type="button" class="secondary" id="code-print">{lang.t("code-print")}</button></p>
        }
    });
    let pictures = (0..PICTURES.len())
        .map(|i| view! { <li class="slot" data-picture=i.to_string()>{picture(lang, i)}</li> })
        .collect_view();
    view! {
        <section id="code-card" class="code-card" aria-labelledby="code-h" hidden>
            <div class="step-head">
                <h2 id="code-h" data-read="">{lang.t("code-heading")}</h2>
                <ReadAloud target="code-card"/>
            </div>
            <p data-read="">{lang.t("code-body")}</p>
            <ol class="code-slots" aria-label=lang.t("code-heading")></ol>
            {print_button}
            <p><a href=mode.back_page() rel="external">{lang.t("code-come-back")}</a></p>
            <template id="code-pictures">{pictures}</template>
        </section>
    }
    .into_any()
}
