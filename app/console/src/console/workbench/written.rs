//! A consultation's written answers, opened in the lead's browser with the key it holds. For
//! each: approve a quote (the lead's own, checked wording — the only words of a child that may
//! leave the console, and only with the results), or, when it reads like a disclosure, re-seal it
//! unchanged to the reviewers a case about its place is sealed to (the shield applied by the
//! server) — it then leaves the consultation, and the lead cannot read the case.

use super::keyring;
use super::net::Api;
use crate::api::consultations::{
    CaseRecipients, QuoteBody, WrittenAnswer, WrittenAnswers, CASE_RECIPIENTS_PATH,
    CONSULTATIONS_API, MAX_QUOTE_CHARS,
};
use crate::api::{PLACE_HEADER, RECIPIENT_SET_HEADER};
use crate::domain::{OpenedEnvelope, SubmissionId, UNSAID};
use crate::i18n::Lang;
use crate::sealing::{open_with, reseal, RecipientSet};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use leptos::html::Textarea;
use leptos::prelude::*;
use leptos::task::spawn_local;

fn opened(answer: &WrittenAnswer) -> Option<OpenedEnvelope> {
    let identity = keyring::current()?;
    let id = SubmissionId::parse(&answer.id).ok()?;
    let bytes = BASE64.decode(&answer.ciphertext).ok()?;
    open_with(&bytes, &identity, &id).ok()
}

fn resealed(answer: &WrittenAnswer, to: &CaseRecipients) -> Option<Vec<u8>> {
    let identity = keyring::current()?;
    let id = SubmissionId::parse(&answer.id).ok()?;
    let bytes = BASE64.decode(&answer.ciphertext).ok()?;
    let set = RecipientSet::parse(&to.recipients).ok()?;
    (set.id() == to.set_id).then_some(())?;
    reseal(&bytes, &identity, &id, &set)
        .ok()
        .map(|s| s.into_bytes())
}

#[component]
pub fn Written(lang: Lang, api: Api, consultation: String) -> impl IntoView {
    let answers = RwSignal::new(None::<Vec<WrittenAnswer>>);
    let error = RwSignal::new(None::<String>);
    let base = format!("{CONSULTATIONS_API}/{consultation}/written");
    {
        let base = base.clone();
        spawn_local(async move {
            match api.get::<WrittenAnswers>(&base).await {
                Ok(list) => answers.set(Some(list.answers)),
                Err(message) => error.set(Some(message)),
            }
        });
    }
    let list = move || {
        answers.get().map(|list| {
            if list.is_empty() {
                return view! { <p id="no-written">{lang.t("written-none")}</p> }.into_any();
            }
            let base = base.clone();
            list.into_iter()
                .map(|a| view! { <Answer lang api base=base.clone() answer=a/> })
                .collect_view()
                .into_any()
        })
    };
    view! {
        <p class="error" role="alert">{move || error.get()}</p>
        <div id="written-answers">{list}</div>
    }
}

#[component]
fn Answer(lang: Lang, api: Api, base: String, answer: WrittenAnswer) -> impl IntoView {
    let Some(envelope) = opened(&answer) else {
        return view! { <article class="written"><p>{lang.t("case-cannot-open")}</p></article> }
            .into_any();
    };
    let status = RwSignal::new(None::<String>);
    let gone = RwSignal::new(false);
    let quote = NodeRef::<Textarea>::new();
    let path = format!("{base}/{}", answer.id);
    let approve = {
        let path = format!("{path}/quote");
        move |_| {
            let text = quote.get().map(|t| t.value()).unwrap_or_default();
            let path = path.clone();
            spawn_local(async move {
                let body = QuoteBody { quote: text };
                match api.send_json("POST", &path, &body).await {
                    Ok(()) => status.set(Some(lang.t("written-quote-saved"))),
                    Err(message) => status.set(Some(message)),
                }
            });
        }
    };
    let place = envelope.place.clone().unwrap_or_else(|| UNSAID.to_owned());
    let disclose = {
        let (path, answer) = (format!("{path}/case"), answer.clone());
        move |_| {
            let (path, answer, place) = (path.clone(), answer.clone(), place.clone());
            spawn_local(async move {
                let query = format!("{CASE_RECIPIENTS_PATH}?place={place}");
                let to = match api.get::<CaseRecipients>(&query).await {
                    Ok(to) => to,
                    Err(message) => return status.set(Some(message)),
                };
                let Some(bytes) = resealed(&answer, &to) else {
                    return status.set(Some(lang.t("case-cannot-open")));
                };
                let headers = [
                    (PLACE_HEADER, place.as_str()),
                    (RECIPIENT_SET_HEADER, to.set_id.as_str()),
                ];
                match api.post_bytes_with(&path, &bytes, &headers).await {
                    Ok(()) => gone.set(true),
                    Err(message) => status.set(Some(message)),
                }
            });
        }
    };
    let quote_id = format!("quote-{}", answer.id);
    let text = envelope.text.clone();
    view! {
        <article class="written" data-answer=answer.id.clone()>
            <h2>{answer.question.clone()}</h2>
            <p class="hint">{answer.received_on.clone()}</p>
            <Show
                when=move || !gone.get()
                fallback=move || view! { <p role="status">{lang.t("written-case-made")}</p> }
            >
                <blockquote lang=envelope.lang.clone() dir="auto">{text.clone()}</blockquote>
                <label for=quote_id.clone()>{lang.t("written-quote-label")}</label>
                <textarea id=quote_id.clone() node_ref=quote rows="3"
                    maxlength=MAX_QUOTE_CHARS.to_string() prop:value=text.clone()></textarea>
                <p class="consult-actions">
                    <button type="button" class="secondary quote" on:click=approve.clone()>
                        {lang.t("written-quote-submit")}
                    </button>
                    <button type="button" class="secondary disclose" on:click=disclose.clone()>
                        {lang.t("written-case-submit")}
                    </button>
                </p>
                <p class="hint">{lang.t("written-case-hint")}</p>
            </Show>
            <p role="status">{move || status.get()}</p>
        </article>
    }
    .into_any()
}
