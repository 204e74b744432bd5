//! The reviewer's workbench: the console bundle (WASM), mounted into the server-rendered inbox
//! page. It makes or unlocks the reviewer's key, then lists, decrypts and works on cases — all
//! in this one page, so the unlocked key lives in this page's memory only (`keyring`) and is
//! gone on lock, sign-out, reload or navigation. Compiled only into the console's bundle
//! (`hydrate`); the child's bundle is another crate.

mod case_list;
mod case_panel;
mod child_langs;
mod keyring;
mod messages;
mod net;
mod shield_actions;
mod stories;
mod unlock;
mod voice_player;
mod written;

use crate::api::console::WORKBENCH_ID;
use crate::i18n::Lang;
use leptos::prelude::*;
use net::Api;
use wasm_bindgen::JsCast;

/// What the page hosting the workbench is for.
#[derive(Clone, PartialEq, Eq)]
enum Mode {
    Cases,
    Stories,
    /// A consultation's written answers (its public id).
    Written(String),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    NeedsKey,
    Locked,
    Unlocked,
}

/// Entry point of the console bundle, called by the inbox page's module script.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start_console() {
    console_error_panic_hook::set_once();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let lang = crate::page::current_lang();
    let Some(host) = document
        .get_element_by_id(WORKBENCH_ID)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let csrf = host.get_attribute("data-csrf").unwrap_or_default();
    child_langs::remember(&host.get_attribute("data-fallbacks").unwrap_or_default());
    let has_key = host.get_attribute("data-has-key").as_deref() == Some("true");
    // The stories page and a consultation's written answers host the same workbench (the same
    // key, unlocked the same way).
    let mode = match host.get_attribute("data-mode").as_deref() {
        Some("stories") => Mode::Stories,
        Some("written") => {
            Mode::Written(host.get_attribute("data-consultation").unwrap_or_default())
        }
        _ => Mode::Cases,
    };
    host.set_inner_html("");
    let api = Api::new(lang, csrf);
    let phase = if has_key {
        Phase::Locked
    } else {
        Phase::NeedsKey
    };
    leptos::mount::mount_to(host, move || view! { <Workbench lang api phase mode/> }).forget();
}

#[component]
fn Workbench(lang: Lang, api: Api, phase: Phase, mode: Mode) -> impl IntoView {
    let phase = RwSignal::new(phase);
    let on_unlocked = Callback::new(move |()| phase.set(Phase::Unlocked));
    let lock = move |_| {
        keyring::forget();
        phase.set(Phase::Locked);
    };
    move || match phase.get() {
        Phase::NeedsKey => view! { <unlock::MakeKey lang api on_unlocked/> }.into_any(),
        Phase::Locked => view! { <unlock::Unlock lang api on_unlocked/> }.into_any(),
        Phase::Unlocked => view! {
            <p class="lock-bar">
                <span>{lang.t("workbench-unlocked")}</span>
                " "
                <button type="button" class="secondary" id="lock" on:click=lock>
                    {lang.t("workbench-lock")}
                </button>
            </p>
            {match mode.clone() {
                Mode::Stories => view! { <stories::Stories lang api/> }.into_any(),
                Mode::Written(consultation) => {
                    view! { <written::Written lang api consultation/> }.into_any()
                }
                Mode::Cases => view! { <Cases lang api/> }.into_any(),
            }}
        }
        .into_any(),
    }
}

/// The list and, beside it, the case being worked on.
#[component]
fn Cases(lang: Lang, api: Api) -> impl IntoView {
    let selected = RwSignal::new(None::<String>);
    let refresh = RwSignal::new(0u32);
    view! {
        <div class="workbench">
            <case_list::CaseList lang api selected refresh/>
            {move || selected.get().map(|id| view! { <case_panel::CasePanel lang api id refresh selected/> })}
        </div>
    }
    .into_any()
}
