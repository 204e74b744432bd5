//! The reviewer's workbench: the console bundle (WASM), mounted into the server-rendered inbox
//! page. It makes or unlocks the reviewer's key, then lists, decrypts and works on cases — all
//! in this one page, so the unlocked key lives in this page's memory only (`keyring`) and is
//! gone on lock, sign-out, reload or navigation. Compiled only into the console's bundle
//! (`hydrate`); the child's bundle is another crate.

mod bulk;
mod case_list;
mod case_panel;
mod case_table;
mod child_langs;
mod filter_bar;
mod holdings;
mod keyring;
mod messages;
mod net;
mod saved_views;
mod shield_actions;
mod shortcuts;
mod stories;
mod team_queues;
mod unlock;
mod voice_player;
mod written;

use crate::api::console::{CaseChange, CASES_PATH, WORKBENCH_ID};
use crate::console::triage::{self, Filters, Order};
use crate::i18n::Lang;
use crate::vocabulary::CaseStatus;
use holdings::Holdings;
use leptos::prelude::*;
use leptos::task::spawn_local;
use net::Api;
use shortcuts::Step;
use std::collections::BTreeSet;
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
    // The reviewer's own handle, for "assign to me".
    let handle = host.get_attribute("data-handle").unwrap_or_default();
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
    leptos::mount::mount_to(
        host,
        move || view! { <Workbench lang api phase mode handle/> },
    )
    .forget();
}

#[component]
fn Workbench(lang: Lang, api: Api, phase: Phase, mode: Mode, handle: String) -> impl IntoView {
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
                Mode::Cases => view! { <Cases lang api handle=handle.clone()/> }.into_any(),
            }}
        }
        .into_any(),
    }
}

/// The list and, beside it, the case being worked on.
#[component]
fn Cases(lang: Lang, api: Api, handle: String) -> impl IntoView {
    let mine = StoredValue::new(handle.clone());
    let holdings = Holdings::new();
    holdings.load(api, lang);
    let selected = RwSignal::new(None::<String>);
    let filters = RwSignal::new(Filters::default());
    let order = RwSignal::new(Order::default());
    let shown = Memo::new(move |_| {
        holdings
            .rows
            .with(|rows| triage::shown(rows, &filters.get(), order.get(), &mine.get_value()))
    });
    // Bumped to fetch the open case again (after a change made by key or in the panel).
    let reload = RwSignal::new(0u32);
    let sheet = RwSignal::new(false);
    let marked = RwSignal::new(BTreeSet::<String>::new());
    // Only cases the list shows stay marked: a bulk action never reaches one out of sight.
    Effect::new(move |_| {
        shown.track();
        if marked.with_untracked(BTreeSet::is_empty) {
            return;
        }
        let ids: BTreeSet<String> = case_table::shown_ids(holdings, shown).into_iter().collect();
        marked.maybe_update(|m| {
            let before = m.len();
            m.retain(|id| ids.contains(id));
            m.len() != before
        });
    });
    let keys_on = RwSignal::new(true);
    let notice = RwSignal::new(None::<String>);
    let change = move |change: CaseChange| {
        let Some(id) = selected.get_untracked() else {
            return notice.set(Some(lang.t("keys-no-case")));
        };
        // Acknowledging is the first answer to a new case: it never reopens a later one.
        let status = holdings
            .rows
            .with_untracked(|rows| rows.iter().find(|r| r.id == id).map(|r| r.status));
        if matches!(change, CaseChange::Status(CaseStatus::Acknowledged))
            && status != Some(CaseStatus::New)
        {
            return notice.set(Some(lang.t("keys-not-new")));
        }
        spawn_local(async move {
            let path = format!("{CASES_PATH}/{id}");
            match api.send_json("POST", &path, &change).await {
                Ok(()) => {
                    // The list at once, whichever case is open by now.
                    bulk::apply_locally(holdings, &id, &change);
                    notice.set(Some(lang.t("case-saved")));
                    reload.update(|n| *n += 1);
                }
                Err(message) => notice.set(Some(message)),
            }
        });
    };
    let step = Callback::new(move |step: Step| match step {
        Step::Next | Step::Previous => {
            let ids: Vec<String> = holdings.rows.with_untracked(|rows| {
                shown.with_untracked(|s| s.iter().map(|&i| rows[i].id.clone()).collect())
            });
            let at = selected
                .get_untracked()
                .and_then(|id| ids.iter().position(|i| *i == id));
            let next = match (step, at) {
                (_, None) => 0,
                (Step::Next, Some(i)) => (i + 1).min(ids.len().saturating_sub(1)),
                (_, Some(i)) => i.saturating_sub(1),
            };
            if let Some(id) = ids.get(next) {
                selected.set(Some(id.clone()));
                shortcuts::focus(&format!("tr[data-id='{id}'] button"));
            }
        }
        Step::Open => shortcuts::focus("#case-heading"),
        Step::Acknowledge => change(CaseChange::Status(CaseStatus::Acknowledged)),
        Step::AssignToMe => change(CaseChange::Assign(Some(mine.get_value()))),
        Step::Escalate => change(CaseChange::Escalate),
        Step::Mark => {
            // Only a case the list shows: a bulk action never reaches one out of sight.
            let shown_now = untrack(|| case_table::shown_ids(holdings, shown));
            if let Some(id) = selected.get_untracked().filter(|id| shown_now.contains(id)) {
                marked.update(|m| {
                    if !m.remove(&id) {
                        m.insert(id);
                    }
                });
            }
        }
        Step::WriteNote => shortcuts::focus("#note"),
        Step::Search => shortcuts::focus("#wb-search"),
        Step::Lock => shortcuts::press("#lock"),
        Step::Sheet => sheet.update(|open| *open = !*open),
    });
    shortcuts::listen(step, keys_on);
    view! {
        <shortcuts::Sheet lang open=sheet on=keys_on/>
        <p role="status" id="wb-notice">{move || notice.get()}</p>
        <p>
            <button type="button" class="secondary" id="wb-reload" disabled=move || holdings.loading.get()
                on:click=move |_| holdings.load(api, lang)>{lang.t("triage-reload")}</button>
        </p>
        <saved_views::SavedViews lang api filters order/>
        <team_queues::TeamQueues lang holdings/>
        <bulk::BulkBar lang api holdings marked handle/>
        <div class="workbench">
            <case_table::CaseTable lang holdings selected marked filters order shown/>
            {move || selected.get().map(|id| view! { <case_panel::CasePanel lang api id holdings reload selected/> })}
        </div>
    }
    .into_any()
}
