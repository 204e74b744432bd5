//! Sending from the browser: fetch the recipients, seal with age in WASM, PUT the ciphertext.
//!
//! A failed attempt keeps its sealed bytes and id, so "Try again" re-sends exactly the same
//! ciphertext under the same id and the server can never store a duplicate. If the child changes
//! the words after a failure, that is a new message with a new id.

use crate::api::{ApiError, RecipientsResponse, RECIPIENTS_PATH, SUBMISSIONS_PATH};
use crate::domain::{
    ChildWords, ChildWordsError, Envelope, SealedIn, SubmissionId, MAX_CHILD_WORDS_CHARS,
};
use crate::i18n::Lang;
use crate::sealing::{seal, RecipientSet};
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use zeroize::Zeroizing;

/// Why a send did not arrive; each carries a translated message for the child.
pub(crate) enum SendError {
    /// Nothing was sent: the words are not a message yet (empty, too long).
    Invalid(String),
    /// It may not have arrived: "Try again" re-sends the same sealed bytes under the same id.
    NotArrived(String),
}

struct Pending {
    id: SubmissionId,
    words: Zeroizing<String>,
    sealed: Vec<u8>,
}

/// The message being sent, kept in memory only (never in storage of the browser).
#[derive(Clone, Copy)]
pub(crate) struct Outbox(StoredValue<Option<Pending>, LocalStorage>);

impl Outbox {
    pub fn new() -> Self {
        Self(StoredValue::new_local(None))
    }

    /// Sends the words; on success the outbox is emptied.
    pub async fn send(self, words: String, lang: Lang) -> Result<(), SendError> {
        let words = Zeroizing::new(words);
        let reuse = self
            .0
            .with_value(|p| p.as_ref().is_some_and(|p| *p.words == *words));
        if !reuse {
            let sealed = seal_words(&words, lang).await?;
            self.0.set_value(Some(Pending {
                id: sealed.0,
                words,
                sealed: sealed.1,
            }));
        }
        let (id, body) = self
            .0
            .with_value(|p| p.as_ref().map(|p| (p.id.clone(), p.sealed.clone())))
            .expect("pending was just set");
        put_sealed(&id, body, lang)
            .await
            .map_err(SendError::NotArrived)?;
        self.0.set_value(None);
        Ok(())
    }
}

async fn seal_words(words: &str, lang: Lang) -> Result<(SubmissionId, Vec<u8>), SendError> {
    let parsed = ChildWords::parse(words.to_owned()).map_err(|e| {
        SendError::Invalid(match e {
            ChildWordsError::Empty => lang.t("error-empty"),
            ChildWordsError::TooLong => lang.t_args(
                "error-too-long",
                &[("max", FluentValue::from(MAX_CHILD_WORDS_CHARS))],
            ),
        })
    })?;
    let not_arrived = || SendError::NotArrived(lang.t("error-not-arrived"));
    let response = gloo_net::http::Request::get(RECIPIENTS_PATH)
        .send()
        .await
        .map_err(|_| not_arrived())?;
    if !response.ok() {
        return Err(not_arrived());
    }
    let recipients: RecipientsResponse = response.json().await.map_err(|_| not_arrived())?;
    let recipients = RecipientSet::parse(&recipients.recipients).map_err(|_| not_arrived())?;
    let id = SubmissionId::generate();
    let envelope = Envelope::new(id.clone(), lang.code(), SealedIn::Browser, parsed);
    let sealed = seal(envelope, &recipients).map_err(|_| not_arrived())?;
    Ok((id, sealed.into_bytes()))
}

async fn put_sealed(id: &SubmissionId, body: Vec<u8>, lang: Lang) -> Result<(), String> {
    let not_arrived = || lang.t("error-not-arrived");
    let bytes = js_sys::Uint8Array::from(&body[..]);
    let request = gloo_net::http::Request::put(&format!("{SUBMISSIONS_PATH}/{id}"))
        .header("content-type", "application/octet-stream")
        .header("accept-language", lang.code())
        .body(bytes)
        .map_err(|_| not_arrived())?;
    let response = request.send().await.map_err(|_| not_arrived())?;
    if response.ok() {
        return Ok(());
    }
    // A 4xx carries a translated message; anything else is worth another try.
    if (400..500).contains(&response.status()) {
        if let Ok(error) = response.json::<ApiError>().await {
            return Err(error.message);
        }
    }
    Err(not_arrived())
}
