//! The intake page: one text area, the place it is about (optional), and a Send button.
//!
//! Rendered on the server as a plain HTML form that posts to the no-JavaScript path. Once the
//! WASM has hydrated, submitting is intercepted: the words are sealed in the browser and only
//! the ciphertext is sent (`super::send`).

use crate::api::{FacilityChoice, FACILITIES_PATH, NOJS_SEND_PATH};
use crate::domain::{SubmissionId, ELSEWHERE, MAX_CHILD_WORDS_CHARS, UNSAID};
use crate::i18n::Lang;
use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;
use leptos_meta::Title;

/// Where the page is in sending one message.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
pub(crate) enum SendState {
    Editing,
    Sending,
    /// Nothing was sent (e.g. the text area is empty); a translated message.
    Invalid(String),
    /// Sending failed; the words are still in the text area and "Try again" re-sends them.
    Failed(String),
    Sent,
}

/// One facility a child may choose: a radio button, its picture if it has one, its name.
fn place_choice(facility: FacilityChoice) -> impl IntoView {
    let picture = facility.picture.then(|| {
        let src = format!("{FACILITIES_PATH}/{}/picture", facility.code);
        // The name next to it says what it is; the picture only helps to recognise it.
        view! { <img src=src alt="" width="64" height="64"/> }
    });
    view! {
        <label class="place">
            <input type="radio" name="place" value=facility.code/>
            {picture}
            <span>{facility.name}</span>
        </label>
    }
}

/// The value of the checked place (the browser path reads it at send time).
#[cfg(feature = "hydrate")]
fn chosen_place() -> String {
    use wasm_bindgen::JsCast;
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("input[name=place]:checked").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default()
}

#[component]
pub fn IntakePage() -> impl IntoView {
    let lang = expect_context::<Lang>();
    let state = RwSignal::new(SendState::Editing);
    // False in the server's HTML and until hydration has finished, so that what the page says
    // about where the words are locked is true for the path a click would take.
    let sealing_in_browser = RwSignal::new(false);
    Effect::new(move |_| sealing_in_browser.set(true));

    let textarea = NodeRef::<html::Textarea>::new();
    let facilities = super::places::facility_list();
    let places_json = serde_json::to_string(&facilities).unwrap_or_default();
    let sent_heading = NodeRef::<html::H1>::new();
    #[cfg(feature = "hydrate")]
    let outbox = super::send::Outbox::new();

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        #[cfg(feature = "hydrate")]
        {
            let Some(area) = textarea.get_untracked() else {
                return;
            };
            if state.get_untracked() == SendState::Sending {
                return;
            }
            state.set(SendState::Sending);
            let words = area.value();
            let place = chosen_place();
            leptos::task::spawn_local(async move {
                match outbox.send(words, &place, lang).await {
                    Ok(()) => {
                        area.set_value("");
                        state.set(SendState::Sent);
                    }
                    Err(super::send::SendError::Invalid(message)) => {
                        state.set(SendState::Invalid(message))
                    }
                    Err(super::send::SendError::NotArrived(message)) => {
                        state.set(SendState::Failed(message))
                    }
                }
            });
        }
    };

    let write_another = move |_| {
        state.set(SendState::Editing);
        if let Some(area) = textarea.get_untracked() {
            let _ = area.focus();
        }
    };

    // Move focus to the confirmation so screen readers announce it.
    Effect::new(move |_| {
        if state.get() == SendState::Sent {
            if let Some(heading) = sent_heading.get() {
                let _ = heading.focus();
            }
        }
    });

    let error = move || match state.get() {
        SendState::Failed(message) | SendState::Invalid(message) => Some(message),
        _ => None,
    };
    let button_label = move || match state.get() {
        SendState::Sending => lang.t("intake-sending"),
        SendState::Failed(_) => lang.t("intake-retry"),
        _ => lang.t("intake-send"),
    };
    let locked_note = move || {
        if sealing_in_browser.get() {
            lang.t("intake-locked")
        } else {
            lang.t("intake-nojs")
        }
    };
    let form_id = SubmissionId::generate().to_string();

    view! {
        <Title text=lang.t("page-title-intake")/>
        <main id="main" class="card">
            <section class="sent" hidden=move || state.get() != SendState::Sent>
                <h1 tabindex="-1" node_ref=sent_heading>{lang.t("intake-sent-heading")}</h1>
                <p>{lang.t("intake-sent-body")}</p>
                <button type="button" class="secondary" on:click=write_another>
                    {lang.t("intake-write-another")}
                </button>
            </section>
            <section class="compose" hidden=move || state.get() == SendState::Sent>
                <h1>{lang.t("intake-heading")}</h1>
                <p class="locked-note">{locked_note}</p>
                <form method="post" action=NOJS_SEND_PATH on:submit=on_submit>
                    <input type="hidden" name="submission_id" value=form_id/>
                    <label for="message">{lang.t("intake-label")}</label>
                    <p id="message-hint" class="hint">{lang.t("intake-hint")}</p>
                    <textarea id="message" name="text" rows="8" dir="auto" autocomplete="off"
                        spellcheck="false" maxlength=MAX_CHILD_WORDS_CHARS.to_string()
                        aria-describedby="message-hint message-error"
                        aria-invalid=move || error().is_some().then_some("true")
                        node_ref=textarea></textarea>
                    <fieldset class="places" aria-describedby="place-hint" data-places=places_json>
                        <legend>{lang.t("intake-place-label")}</legend>
                        <p id="place-hint" class="hint">{lang.t("intake-place-hint")}</p>
                        <label class="place">
                            <input type="radio" name="place" value=UNSAID checked=true/>
                            <span>{lang.t("intake-place-unsaid")}</span>
                        </label>
                        {facilities.into_iter().map(place_choice).collect_view()}
                        <label class="place">
                            <input type="radio" name="place" value=ELSEWHERE/>
                            <span>{lang.t("intake-place-elsewhere")}</span>
                        </label>
                    </fieldset>
                    <p id="message-error" class="error" role="alert">{error}</p>
                    <button type="submit" aria-disabled=move || (state.get() == SendState::Sending).then_some("true")>
                        {button_label}
                    </button>
                </form>
            </section>
        </main>
    }
}
