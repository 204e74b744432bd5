//! After sending: the child's return code, shown once — eight pictures, each named, with
//! read-aloud, a Print button on a kiosk, and the way back. Forgotten when the child writes
//! another message or leaves the page.

use crate::child::kiosk::KioskMode;
use crate::child::pad::code_list;
use crate::child::page_data::PageData;
use crate::child::read_aloud::ReadAloud;
use crate::i18n::Lang;
use leptos::prelude::*;

use super::Flow;

#[component]
pub fn CodeCard() -> impl IntoView {
    let lang = expect_context::<Lang>();
    let flow = expect_context::<Flow>();
    let mode = KioskMode::for_page();
    let kiosk = mode.is_kiosk();
    let back_page = mode.back_page();
    let print = move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let card = move || {
        flow.code.get().map(|code| {
            let print_button = kiosk.then(|| {
                view! { <p><button type="button" class="secondary" on:click=print>{lang.t("code-print")}</button></p> }
            });
            view! {
                <section id="code-card" class="code-card" aria-labelledby="code-h">
                    <div class="step-head">
                        <h2 id="code-h" data-read="">{lang.t("code-heading")}</h2>
                        <ReadAloud target="code-card"/>
                    </div>
                    <p data-read="">{lang.t("code-body")}</p>
                    {code_list(lang, code, lang.t("code-heading"))}
                    {print_button}
                    <p><a href=back_page.clone() rel="external">{lang.t("code-come-back")}</a></p>
                </section>
            }
        })
    };
    view! { <div>{card}</div> }.into_any()
}
