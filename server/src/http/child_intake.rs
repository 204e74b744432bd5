//! The child site's intake handlers, thin over the store and `app::sealing`.
//!
//! - `GET /api/facilities`: the places a child may name, in the child's language.
//! - `GET /api/recipients?place=`: the public keys the browser seals to — for a named facility,
//!   every key except those of reviewers affiliated with it.
//! - `PUT /api/submissions/{id}`: a browser-sealed age file; stored as it came.
//! - `POST /send`: the no-JavaScript form. The plaintext is sealed here, in memory, to the same
//!   recipients, and only the ciphertext is stored; the words are zeroed when dropped and never
//!   logged (`ChildWords` has a redacted `Debug` and no `Display`).

use super::child_limits::{count_sent, new_challenge, spend_proof, within_budget};
use super::errors::{IntakeError, Refusal};
use super::AppState;
use crate::store::{Day, Inserted};
use anyhow::Context;
use app::api::{
    FacilityChoice, Received, RecipientsResponse, PLACE_HEADER, RECIPIENT_SET_HEADER, SENT_PATH,
};
use app::child::places::FacilityChoices;
use app::domain::{ChildWords, Envelope, NamedPlace, SealedIn, SubmissionId};
use app::i18n::Lang;
use app::proof::{PROOF_BITS, PROOF_HEADER};
use app::sealing::{recipient_set_id, seal, RecipientSet, SealedSubmission};
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, FormRejection, QueryRejection};
use axum::extract::Request;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form, Json};
use http::StatusCode;
use serde::Deserialize;
use tower_sessions::Session;
use zeroize::Zeroize;

pub async fn facilities(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
) -> Result<Json<Vec<FacilityChoice>>, Refusal> {
    let choices = facility_choices(&state, lang)
        .await
        .map_err(Refusal::api(lang))?;
    Ok(Json(choices))
}

/// The facilities a child may name, by name in `lang`.
pub async fn facility_choices(
    state: &AppState,
    lang: Lang,
) -> Result<Vec<FacilityChoice>, IntakeError> {
    let rows = state
        .store
        .facilities(lang.code())
        .await
        .context("reading facilities")?;
    Ok(rows
        .into_iter()
        .map(|f| FacilityChoice {
            code: f.code,
            name: f.name,
            picture: f.has_picture,
        })
        .collect())
}

/// `GET /api/facilities/{code}/picture`: a facility's picture (PNG, JPEG or WebP, checked when
/// it was added), or 404.
pub async fn facility_picture(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Path(code): Path<String>,
) -> Response {
    match state.store.facility_picture(&code).await {
        Ok(Some((bytes, content_type))) => {
            ([(http::header::CONTENT_TYPE, content_type)], bytes).into_response()
        }
        Ok(None) => super::not_found(lang, "/"),
        Err(e) => {
            tracing::error!(error = %e, "reading a facility picture failed");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// Middleware for the child's pages: the facilities a child may name, in the page's language,
/// for `app::child::places` to render. If they cannot be read the page still works, offering only
/// "I'd rather not say" and "somewhere else".
pub async fn with_facility_choices(
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Response {
    let lang = req.extensions().get::<Lang>().copied().unwrap_or_default();
    match facility_choices(&state, lang).await {
        Ok(list) => {
            req.extensions_mut().insert(FacilityChoices(list));
        }
        Err(e) => tracing::error!(error = %e, "reading facilities for the intake page failed"),
    }
    next.run(req).await
}

#[derive(Deserialize, Default)]
pub struct PlaceQuery {
    place: Option<String>,
}

pub async fn recipients(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    query: Result<Query<PlaceQuery>, QueryRejection>,
) -> Result<Json<RecipientsResponse>, Refusal> {
    let refuse = Refusal::api(lang);
    let Query(query) = query.map_err(|_| refuse(IntakeError::UnknownPlace))?;
    let raw = query.place.unwrap_or_default();
    let place = NamedPlace::parse(&raw).map_err(|_| refuse(IntakeError::UnknownPlace))?;
    let (recipients, _) = recipients_for(&state, &place).await.map_err(&refuse)?;
    let set_id = recipient_set_id(&recipients);
    let challenge = new_challenge(&session).await.map_err(&refuse)?;
    Ok(Json(RecipientsResponse {
        recipients,
        set_id,
        challenge,
        proof_bits: PROOF_BITS,
    }))
}

pub async fn put_sealed(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
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
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let place = NamedPlace::parse(header(PLACE_HEADER).unwrap_or_default())
        .map_err(|_| refuse(IntakeError::UnknownPlace))?;
    let (recipients, facility) = recipients_for(&state, &place).await.map_err(&refuse)?;
    if header(RECIPIENT_SET_HEADER) != Some(recipient_set_id(&recipients).as_str()) {
        return Err(refuse(IntakeError::RecipientsChanged));
    }
    // A retry of a send that already arrived (its answer was lost) costs nothing more.
    let exists = state
        .store
        .submission_exists(&id)
        .await
        .context("looking up a submission")
        .map_err(|e| refuse(e.into()))?;
    let sent = if exists {
        None
    } else {
        let sent = within_budget(&session).await.map_err(&refuse)?;
        spend_proof(&session, header(PROOF_HEADER))
            .await
            .map_err(&refuse)?;
        Some(sent)
    };
    let inserted = store(&state, &id, &sealed, &recipients, facility)
        .await
        .map_err(&refuse)?;
    if let (Some(sent), Inserted::New) = (sent, inserted) {
        count_sent(&session, sent).await.map_err(&refuse)?;
    }
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
    #[serde(default)]
    place: String,
}

impl Drop for NoJsForm {
    fn drop(&mut self) {
        self.text.zeroize();
    }
}

pub async fn post_form(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    form: Result<Form<NoJsForm>, FormRejection>,
) -> Result<Redirect, Refusal> {
    let refuse = Refusal::page(lang);
    let sent = within_budget(&session).await.map_err(&refuse)?;
    let Form(mut form) = form.map_err(|e| refuse(form_rejection(&e)))?;
    let id = SubmissionId::parse(&form.submission_id).map_err(|_| refuse(IntakeError::BadId))?;
    let place = NamedPlace::parse(&form.place).map_err(|_| refuse(IntakeError::UnknownPlace))?;
    let words = ChildWords::parse(std::mem::take(&mut form.text)).map_err(|e| refuse(e.into()))?;
    let (recipients, facility) = recipients_for(&state, &place).await.map_err(&refuse)?;
    let set = RecipientSet::parse(&recipients)
        .context("stored recipients do not parse")
        .map_err(|e| refuse(e.into()))?;
    let envelope = Envelope::new(id.clone(), lang.code(), SealedIn::Server, words).naming(place);
    let sealed = seal(envelope, &set)
        .context("sealing on arrival")
        .map_err(|e| refuse(e.into()))?;
    let inserted = store(&state, &id, &sealed, &recipients, facility)
        .await
        .map_err(&refuse)?;
    if inserted == Inserted::New {
        count_sent(&session, sent).await.map_err(&refuse)?;
    }
    // 303 so that reloading the confirmation never posts again.
    Ok(Redirect::to(SENT_PATH))
}

/// The recipients for a message about `place`, and the facility's id when it names one. A code
/// that is no (active) facility is refused, so a child is never silently sealed to everyone.
async fn recipients_for(
    state: &AppState,
    place: &NamedPlace,
) -> Result<(Vec<String>, Option<i64>), IntakeError> {
    let facility = match place.facility() {
        Some(code) => Some(
            state
                .store
                .facility_id(code.as_str())
                .await
                .context("reading a facility")?
                .ok_or(IntakeError::UnknownPlace)?,
        ),
        None => None,
    };
    let recipients = state
        .store
        .eligible_recipients(facility)
        .await
        .context("reading recipients")?;
    if recipients.is_empty() {
        return Err(IntakeError::NoRecipients);
    }
    Ok((recipients, facility))
}

async fn store(
    state: &AppState,
    id: &SubmissionId,
    sealed: &SealedSubmission,
    recipients: &[String],
    facility: Option<i64>,
) -> Result<Inserted, IntakeError> {
    let inserted = state
        .store
        .insert_sealed_naming(id, sealed, &Day::today(), recipients, facility)
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
