//! Making the key (first visit after enrolment) and unlocking it (every visit). The passphrase is
//! read from the field, cleared from it at once, and never leaves this page.

use super::keyring;
use super::net::{let_the_page_paint, Api};
use crate::api::console::{KeyUpload, KEY_PATH};
use crate::i18n::FluentValue;
use crate::i18n::Lang;
use crate::reviewer_key::{make_key, unlock_key, KeyError, MIN_PASSPHRASE_CHARS};
use age::secrecy::SecretString;
use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Takes the field's value and empties the field.
fn take(field: NodeRef<Input>) -> SecretString {
    let value = field.get().map(|input| {
        let value = input.value();
        input.set_value("");
        value
    });
    SecretString::from(value.unwrap_or_default())
}

fn key_error(lang: Lang, error: KeyError) -> String {
    match error {
        KeyError::TooShort => lang.t_args(
            "key-passphrase-too-short",
            &[("min", FluentValue::from(MIN_PASSPHRASE_CHARS))],
        ),
        KeyError::Mismatch => lang.t("key-passphrase-mismatch"),
        KeyError::WrongPassphrase => lang.t("key-wrong-passphrase"),
        KeyError::NotThisKey => lang.t("key-not-this-key"),
        KeyError::Seal => lang.t("error-unavailable"),
    }
}

/// After making or unlocking: keep the identity and move on, or show why not.
fn settle(
    outcome: Result<age::x25519::Identity, String>,
    busy: RwSignal<bool>,
    error: RwSignal<Option<String>>,
    on_unlocked: Callback<()>,
) {
    busy.set(false);
    match outcome {
        Ok(identity) => {
            keyring::keep(identity);
            on_unlocked.run(());
        }
        Err(message) => error.set(Some(message)),
    }
}

#[component]
pub fn MakeKey(lang: Lang, api: Api, on_unlocked: Callback<()>) -> impl IntoView {
    let passphrase = NodeRef::<Input>::new();
    let confirm = NodeRef::<Input>::new();
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (pass, again) = (take(passphrase), take(confirm));
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            let_the_page_paint().await;
            let made = make_key(pass, again).map_err(|e| key_error(lang, e));
            let outcome = match made {
                Ok((upload, identity)) => api
                    .send_json("PUT", KEY_PATH, &upload)
                    .await
                    .map(|()| identity),
                Err(message) => Err(message),
            };
            settle(outcome, busy, error, on_unlocked);
        });
    };
    let hint = lang.t_args(
        "key-make-hint",
        &[("min", FluentValue::from(MIN_PASSPHRASE_CHARS))],
    );
    view! {
        <h2>{lang.t("key-make-heading")}</h2>
        <p>{lang.t("key-make-intro")}</p>
        <form id="make-key" on:submit=submit autocomplete="off">
            <p id="key-error" class="error" role="alert">{move || error.get()}</p>
            <label for="key-passphrase">{lang.t("key-passphrase")}</label>
            <p id="key-hint" class="hint">{hint}</p>
            <input id="key-passphrase" type="password" node_ref=passphrase
                autocomplete="new-password" aria-describedby="key-hint key-error"/>
            <label for="key-passphrase-confirm">{lang.t("key-passphrase-confirm")}</label>
            <input id="key-passphrase-confirm" type="password" node_ref=confirm
                autocomplete="new-password"/>
            <p>
                <button type="submit" disabled=move || busy.get()>{lang.t("key-make-submit")}</button>
                " "
                <span role="status">{move || busy.get().then(|| lang.t("key-working"))}</span>
            </p>
        </form>
    }
    .into_any()
}

#[component]
pub fn Unlock(lang: Lang, api: Api, on_unlocked: Callback<()>) -> impl IntoView {
    let passphrase = NodeRef::<Input>::new();
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let pass = take(passphrase);
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            let outcome = match api.get::<KeyUpload>(KEY_PATH).await {
                Ok(key) => {
                    let_the_page_paint().await;
                    unlock_key(&key, pass).map_err(|e| key_error(lang, e))
                }
                Err(message) => Err(message),
            };
            settle(outcome, busy, error, on_unlocked);
        });
    };
    view! {
        <h2>{lang.t("key-unlock-heading")}</h2>
        <p>{lang.t("key-unlock-intro")}</p>
        <form id="unlock" on:submit=submit autocomplete="off">
            <p id="unlock-error" class="error" role="alert">{move || error.get()}</p>
            <label for="unlock-passphrase">{lang.t("key-passphrase")}</label>
            <input id="unlock-passphrase" type="password" node_ref=passphrase
                autocomplete="current-password" aria-describedby="unlock-error"/>
            <p>
                <button type="submit" disabled=move || busy.get()>{lang.t("key-unlock-submit")}</button>
                " "
                <span role="status">{move || busy.get().then(|| lang.t("key-working"))}</span>
            </p>
        </form>
    }
    .into_any()
}
