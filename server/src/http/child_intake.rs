//! The child site's intake handlers, thin over the store and `app::sealing`.
//!
//! - `GET /api/recipients`: the public keys the browser seals to.
//! - `PUT /api/submissions/{id}`: a browser-sealed age file; stored as it came.
//! - `POST /send`: the no-JavaScript form. The plaintext is sealed here, in memory, to the same
//!   recipients, and only the ciphertext is stored; the words are zeroed when dropped and never
//!   logged (`ChildWords` has a redacted `Debug` and no `Display`).

use super::errors::{IntakeError, Refusal};
use super::AppState;
use crate::store::{Day, Inserted};
use anyhow::Context;
use app::api::{Received, RecipientsResponse, RECIPIENT_SET_HEADER, SENT_PATH};
use app::domain::{ChildWords, Envelope, SealedIn, SubmissionId};
use app::i18n::Lang;
use app::sealing::{recipient_set_id, seal, RecipientSet, SealedSubmission};
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, FormRejection};
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Redirect;
use axum::{Extension, Form, Json};
use http::StatusCode;
use serde::Deserialize;
use zeroize::Zeroize;

pub async fn recipients(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
) -> Result<Json<RecipientsResponse>, Refusal> {
    let recipients = current_recipients(&state)
        .await
        .map_err(Refusal::api(lang))?;
    let set_id = recipient_set_id(&recipients);
    Ok(Json(RecipientsResponse { recipients, set_id }))
}

pub async fn put_sealed(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Path(raw_id): Path<String>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<(StatusCode, Json<Received>), Refusal> {
    let refuse = Refusal::api(lang);
    let id = SubmissionId::parse(&raw_id).map_err(|_| refuse(IntakeError::BadId))?;
    let body = body.map_err(|e| refuse(body_rejection(e.status())))?;
    let sealed = SealedSubmission::from_wire(body.to_vec()).map_err(|e| refuse(e.into()))?;
    // The browser sealed to the set it fetched; store it only if that is still the current set,
    // so the recorded recipients are exactly the ones in the ciphertext.
    let recipients = current_recipients(&state).await.map_err(&refuse)?;
    let claimed = headers
        .get(RECIPIENT_SET_HEADER)
        .and_then(|v| v.to_str().ok());
    if claimed != Some(recipient_set_id(&recipients).as_str()) {
        return Err(refuse(IntakeError::RecipientsChanged));
    }
    let inserted = store(&state, &id, &sealed, &recipients)
        .await
        .map_err(&refuse)?;
    let status = match inserted {
        Inserted::New => StatusCode::CREATED,
        Inserted::Duplicate => StatusCode::OK,
    };
    let duplicate = inserted == Inserted::Duplicate;
    Ok((
        status,
        Json(Received {
            received: true,
            duplicate,
        }),
    ))
}

/// The no-JavaScript form. `text` is zeroed when the form is dropped.
#[derive(Deserialize)]
pub struct NoJsForm {
    submission_id: String,
    text: String,
}

impl Drop for NoJsForm {
    fn drop(&mut self) {
        self.text.zeroize();
    }
}

pub async fn post_form(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    form: Result<Form<NoJsForm>, FormRejection>,
) -> Result<Redirect, Refusal> {
    let refuse = Refusal::page(lang);
    let Form(mut form) = form.map_err(|e| refuse(form_rejection(&e)))?;
    let id = SubmissionId::parse(&form.submission_id).map_err(|_| refuse(IntakeError::BadId))?;
    let words = ChildWords::parse(std::mem::take(&mut form.text)).map_err(|e| refuse(e.into()))?;
    let recipients = current_recipients(&state).await.map_err(&refuse)?;
    let set = RecipientSet::parse(&recipients)
        .context("stored recipients do not parse")
        .map_err(|e| refuse(e.into()))?;
    let envelope = Envelope::new(id.clone(), lang.code(), SealedIn::Server, words);
    let sealed = seal(envelope, &set)
        .context("sealing on arrival")
        .map_err(|e| refuse(e.into()))?;
    store(&state, &id, &sealed, &recipients)
        .await
        .map_err(&refuse)?;
    // 303 so that reloading the confirmation never posts again.
    Ok(Redirect::to(SENT_PATH))
}

async fn current_recipients(state: &AppState) -> Result<Vec<String>, IntakeError> {
    let recipients = state
        .store
        .active_recipients()
        .await
        .context("reading recipients")?;
    if recipients.is_empty() {
        return Err(IntakeError::NoRecipients);
    }
    Ok(recipients)
}

async fn store(
    state: &AppState,
    id: &SubmissionId,
    sealed: &SealedSubmission,
    recipients: &[String],
) -> Result<Inserted, IntakeError> {
    let inserted = state
        .store
        .insert_sealed(id, sealed, &Day::today(), recipients)
        .await
        .context("storing a sealed submission")?;
    tracing::info!(
        sealed_in = sealed.sealed_in().as_str(),
        duplicate = inserted == Inserted::Duplicate,
        "submission stored"
    );
    Ok(inserted)
}

fn body_rejection(status: StatusCode) -> IntakeError {
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        IntakeError::TooLarge
    } else {
        IntakeError::NotSealed
    }
}

fn form_rejection(e: &FormRejection) -> IntakeError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        IntakeError::TooLarge
    } else {
        IntakeError::BadForm
    }
}
