//! A reader's side of the shield on an open case: step back from it (recusal), or share it with
//! someone eligible — a copy is re-sealed here, in the browser, to that person's key and stored
//! beside the child's original (which nobody can change); the server refuses anyone connected to
//! the place the case is about, and the new reader sees who made their copy.

use super::keyring;
use super::net::Api;
use crate::api::console::{ShareCandidates, CASES_PATH, SHARE_WITH_HEADER, STEP_UP_HEADER};
use crate::domain::SubmissionId;
use crate::i18n::Lang;
use crate::sealing::{reseal, RecipientSet};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use leptos::html::{Input, Select};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A copy of the case (base64 ciphertext) re-sealed to `added` only.
fn resealed(id: &str, ciphertext: &str, added: &str) -> Option<Vec<u8>> {
    let identity = keyring::current()?;
    let id = SubmissionId::parse(id).ok()?;
    let bytes = BASE64.decode(ciphertext).ok()?;
    let set = RecipientSet::parse(&[added.to_owned()]).ok()?;
    reseal(&bytes, &identity, &id, &set)
        .ok()
        .map(|s| s.into_bytes())
}

#[component]
pub fn ShieldActions(
    lang: Lang,
    api: Api,
    id: String,
    ciphertext: String,
    /// Set when the case was shared or left: the panel reloads or closes.
    changed: Callback<bool>,
) -> impl IntoView {
    let path = format!("{CASES_PATH}/{id}");
    let candidates = RwSignal::new(None::<ShareCandidates>);
    let error = RwSignal::new(None::<String>);
    let chosen = NodeRef::<Select>::new();
    let step_up = NodeRef::<Input>::new();
    {
        let path = format!("{path}/share");
        spawn_local(async move {
            match api.get::<ShareCandidates>(&path).await {
                Ok(list) => candidates.set(Some(list)),
                Err(message) => error.set(Some(message)),
            }
        });
    }
    let share = {
        let (path, id) = (format!("{path}/share"), id.clone());
        move |_| {
            let Some(handle) = chosen.get().map(|s| s.value()).filter(|h| !h.is_empty()) else {
                return;
            };
            let Some(list) = candidates.get_untracked() else {
                return;
            };
            let Some(candidate) = list.candidates.iter().find(|c| c.handle == handle) else {
                return;
            };
            let Some(bytes) = resealed(&id, &ciphertext, &candidate.recipient) else {
                error.set(Some(lang.t("case-cannot-open")));
                return;
            };
            let path = path.clone();
            let code = step_up.get().map(|i| i.value()).unwrap_or_default();
            spawn_local(async move {
                let headers = [
                    (SHARE_WITH_HEADER, handle.as_str()),
                    (STEP_UP_HEADER, code.trim()),
                ];
                match api.post_bytes_with(&path, &bytes, &headers).await {
                    Ok(()) => changed.run(false),
                    Err(message) => error.set(Some(message)),
                }
            });
        }
    };
    let recuse = {
        let path = format!("{path}/recuse");
        move |_| {
            let path = path.clone();
            spawn_local(async move {
                match api.send_json("POST", &path, &()).await {
                    Ok(()) => changed.run(true),
                    Err(message) => error.set(Some(message)),
                }
            });
        }
    };
    let options = move || {
        candidates.get().map(|list| {
            list.candidates
                .into_iter()
                .map(|c| {
                    let label = c.handle.clone();
                    view! { <option value=c.handle>{label}</option> }
                })
                .collect_view()
        })
    };
    view! {
        <div class="shield-actions">
            <h3>{lang.t("shield-heading")}</h3>
            <p class="error" role="alert">{move || error.get()}</p>
            <label for="share-with">{lang.t("share-label")}</label>
            <p id="share-hint" class="hint">{lang.t("share-hint")}</p>
            <select id="share-with" node_ref=chosen aria-describedby="share-hint">
                <option value="">{lang.t("case-choose")}</option>
                {options}
            </select>
            <label for="share-step-up">{lang.t("step-up-code")}</label>
            <input id="share-step-up" node_ref=step_up inputmode="numeric" autocomplete="one-time-code"
                maxlength="6" size="6"/>
            // The passkey script confirms a passkey, then presses Share (with no code).
            <button type="button" class="secondary" data-passkey-confirm="" data-csrf=api.csrf()
                data-status="share-passkey-status" data-then-click="share"
                data-working=lang.t("passkey-working") data-failed=lang.t("passkey-failed")
                data-unsupported=lang.t("passkey-unsupported") data-done=lang.t("passkey-confirmed")>
                {lang.t("passkey-confirm")}
            </button>
            <span id="share-passkey-status" role="status" class="hint"></span>
            <p><button type="button" class="secondary" id="share" on:click=share>{lang.t("share-submit")}</button></p>
            <p class="hint" id="recuse-hint">{lang.t("recuse-hint")}</p>
            <p>
                <button type="button" class="secondary" id="recuse" aria-describedby="recuse-hint"
                    on:click=recuse>{lang.t("recuse-submit")}</button>
            </p>
        </div>
    }
    .into_any()
}
