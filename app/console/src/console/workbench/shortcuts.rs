//! The workbench's keyboard: one key per everyday step, listed in a sheet the reviewer opens
//! with `?` or its button. A key typed into a field stays the field's (only Escape leaves it),
//! and a key with Ctrl, Alt or Meta is the browser's or the screen reader's. Every step is also
//! a button or a field, for the mouse and for assistive technology.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What a key asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Next,
    Previous,
    /// Moves focus into the open case.
    Open,
    Acknowledge,
    AssignToMe,
    Escalate,
    /// Marks the open case for a bulk action (or unmarks it).
    Mark,
    WriteNote,
    Search,
    Lock,
    Sheet,
}

/// Every key, with the translation key of what it does, in the sheet's order.
pub const KEYS: [(&str, Step, &str); 11] = [
    ("j", Step::Next, "keys-next"),
    ("k", Step::Previous, "keys-previous"),
    ("o", Step::Open, "keys-open"),
    ("a", Step::Acknowledge, "keys-acknowledge"),
    ("m", Step::AssignToMe, "keys-assign-me"),
    ("e", Step::Escalate, "keys-escalate"),
    ("x", Step::Mark, "keys-mark"),
    ("n", Step::WriteNote, "keys-note"),
    ("/", Step::Search, "keys-search"),
    ("l", Step::Lock, "keys-lock"),
    ("?", Step::Sheet, "keys-sheet"),
];

/// Listens for the keys while the workbench is shown and `on` (a reviewer who speaks commands
/// or types by voice turns single-letter keys off, WCAG 2.1.4); `step` does what each asks.
pub fn listen(step: Callback<Step>, on: RwSignal<bool>) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev: KeyboardEvent| {
        if !on.get_untracked()
            || ev.ctrl_key()
            || ev.alt_key()
            || ev.meta_key()
            || ev.default_prevented()
        {
            return;
        }
        let key = ev.key();
        if in_a_field(&ev) {
            if key == "Escape" {
                blur(&ev);
            }
            return;
        }
        if let Some((_, wanted, _)) = KEYS.iter().find(|(k, _, _)| *k == key) {
            ev.prevent_default();
            step.run(*wanted);
        }
    });
    on_cleanup(move || handle.remove());
}

fn in_a_field(ev: &KeyboardEvent) -> bool {
    let Some(element) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    matches!(
        element.tag_name().to_ascii_lowercase().as_str(),
        "input" | "textarea" | "select"
    ) || element.has_attribute("contenteditable")
}

fn blur(ev: &KeyboardEvent) {
    if let Some(element) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.blur();
    }
}

/// The element `selector` finds on the page, if any.
fn element(selector: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Moves focus to what `selector` finds (`#note`, a row's button).
pub fn focus(selector: &str) {
    if let Some(element) = element(selector) {
        let _ = element.focus();
    }
}

/// Clicks the button `selector` finds (a step that already has one, such as Lock).
pub fn press(selector: &str) {
    if let Some(element) = element(selector) {
        element.click();
    }
}

/// The sheet of keys, shown while `open`.
#[component]
pub fn Sheet(lang: crate::i18n::Lang, open: RwSignal<bool>, on: RwSignal<bool>) -> impl IntoView {
    let rows = KEYS
        .iter()
        .map(|(key, _, label)| view! { <dt><kbd>{*key}</kbd></dt><dd>{lang.t(label)}</dd> })
        .collect_view();
    view! {
        <p class="keys-toggle">
            <button type="button" class="secondary" id="keys-button" aria-expanded=move || open.get().to_string()
                aria-controls="keys-sheet" on:click=move |_| open.update(|o| *o = !*o)>
                {lang.t("keys-button")}
            </button>
        </p>
        <section id="keys-sheet" class="keys-sheet" hidden=move || !open.get() aria-labelledby="keys-heading">
            <h3 id="keys-heading">{lang.t("keys-heading")}</h3>
            <p>
                <input type="checkbox" id="keys-on" prop:checked=move || on.get()
                    on:change=move |ev| on.set(event_target_checked(&ev))/>
                " "
                <label for="keys-on">{lang.t("keys-on")}</label>
            </p>
            <dl>{rows}</dl>
        </section>
    }
}
