//! The child site's browser intake, thin over the store and `app::sealing`.
//!
//! - `GET /api/recipients?place=`: the public keys the browser seals to — for a named facility,
//!   every key except those of reviewers affiliated with it — and a one-time challenge.
//! - `PUT /api/submissions/{id}`: a browser-sealed age file; stored as it came. `x-urgent: 1`
//!   ("I am not safe") puts the new case into the safeguarding leads' urgent queue.

use super::child_floodgate::Admitted;
use super::child_limits::{count_sent, new_challenge, spend_proof, within_budget};
use super::errors::{IntakeError, Refusal};
use super::AppState;
use crate::store::{Day, Inserted, NewCase};
use anyhow::Context;
use app::api::coming_back::{CHILD_RECIPIENT_HEADER, RETURN_TOKEN_HEADER};
use app::api::{
    Received, RecipientsResponse, PLACE_HEADER, RECIPIENT_SET_HEADER, URGENT_HEADER, VOICE_HEADER,
};
use app::domain::{NamedPlace, SubmissionId};
use app::i18n::Lang;
use app::proof::PROOF_HEADER;
use app::return_code::{is_token, token_hash};
use app::sealing::MAX_TEXT_SEALED_BYTES;
use app::sealing::{parse_recipient, recipient_set_id, SealedSubmission};
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::{Extension, Json};
use http::StatusCode;
use serde::Deserialize;
use tower_sessions::Session;

#[derive(Deserialize, Default)]
pub struct PlaceQuery {
    place: Option<String>,
    /// `story`: the keys a story is sealed to (the story editors), not a message's.
    #[serde(rename = "for")]
    sealed_for: Option<String>,
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
    let (recipients, _) = match query.sealed_for.as_deref() {
        None | Some("") => recipients_for(&state, &place).await,
        Some("story") => super::child_story::story_recipients(&state, &place).await,
        Some(_) => Err(IntakeError::BadForm),
    }
    .map_err(&refuse)?;
    let set_id = recipient_set_id(&recipients);
    let proof_bits = state.floodgate.proof_bits();
    let challenge = new_challenge(&session, proof_bits).await.map_err(&refuse)?;
    Ok(Json(RecipientsResponse {
        recipients,
        set_id,
        challenge,
        proof_bits,
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
    within_size_for_kind(&body, &headers).map_err(&refuse)?;
    let sealed = SealedSubmission::from_wire(body.to_vec()).map_err(|e| refuse(e.into()))?;
    // A retry of a send that already arrived (its answer was lost) is answered "it arrived",
    // whatever changed since: sealing afresh would make a second case and a second code.
    if already_arrived(&state, &id).await.map_err(&refuse)? {
        return Ok(arrived(Inserted::Duplicate));
    }
    // The browser sealed to the set it fetched; store it only if that is still the current set,
    // so the recorded recipients are exactly the ones in the ciphertext.
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let place = NamedPlace::parse(header(PLACE_HEADER).unwrap_or_default())
        .map_err(|_| refuse(IntakeError::UnknownPlace))?;
    let (recipients, facility) = recipients_for(&state, &place).await.map_err(&refuse)?;
    if header(RECIPIENT_SET_HEADER) != Some(recipient_set_id(&recipients).as_str()) {
        return Err(refuse(IntakeError::RecipientsChanged));
    }
    let urgent = header(URGENT_HEADER) == Some("1");
    let return_code = return_code(header(RETURN_TOKEN_HEADER), header(CHILD_RECIPIENT_HEADER))
        .map_err(&refuse)?;
    let sent = within_budget(&session).await.map_err(&refuse)?;
    spend_proof(&session, header(PROOF_HEADER))
        .await
        .map_err(&refuse)?;
    state
        .floodgate
        .has_room(body.len(), urgent)
        .map_err(&refuse)?;
    let ticket = state.floodgate.admit(urgent).map_err(&refuse)?;
    let case = NewCase {
        facility,
        urgent,
        possible_flood: ticket.admitted == Admitted::PossibleFlood,
        return_code,
    };
    let inserted = store(&state, &id, &sealed, &recipients, case)
        .await
        .map_err(&refuse)?;
    if inserted == Inserted::New {
        ticket.keep();
        count_sent(&session, sent).await.map_err(&refuse)?;
    }
    Ok(arrived(inserted))
}

/// A send with no recording may be at most [`MAX_TEXT_SEALED_BYTES`]; only one that says it
/// carries a recording (`x-voice: 1`) may use the whole [`app::sealing::MAX_SEALED_BYTES`].
/// (The header tells the server nothing the ciphertext's size bucket does not already show.)
pub(super) fn within_size_for_kind(body: &[u8], headers: &HeaderMap) -> Result<(), IntakeError> {
    let voice = headers.get(VOICE_HEADER).and_then(|v| v.to_str().ok()) == Some("1");
    if !voice && body.len() > MAX_TEXT_SEALED_BYTES {
        return Err(IntakeError::TooLarge);
    }
    Ok(())
}

/// Whether a submission with this id is stored: a retry whose answer was lost.
pub(super) async fn already_arrived(
    state: &AppState,
    id: &SubmissionId,
) -> Result<bool, IntakeError> {
    Ok(state
        .store
        .submission_exists(id)
        .await
        .context("looking up a submission")?)
}

/// What the browser is told once a send is stored: 201 when new, 200 when it had already
/// arrived (a retry whose answer was lost).
pub(super) fn arrived(inserted: Inserted) -> (StatusCode, Json<Received>) {
    let duplicate = inserted == Inserted::Duplicate;
    let status = if duplicate {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    let received = Received {
        received: true,
        duplicate,
    };
    (status, Json(received))
}

/// The return code a browser registers with a new case: a well-formed token (stored as its
/// SHA-256) and a valid age recipient, both or neither.
pub(super) fn return_code(
    token: Option<&str>,
    recipient: Option<&str>,
) -> Result<Option<(String, String)>, IntakeError> {
    match (token, recipient) {
        (None, None) => Ok(None),
        (Some(token), Some(recipient)) if is_token(token) => {
            let recipient = parse_recipient(recipient).map_err(|_| IntakeError::BadForm)?;
            Ok(Some((token_hash(token), recipient)))
        }
        _ => Err(IntakeError::BadForm),
    }
}

/// The recipients for a message about `place`, and the facility's id when it names one. A code
/// that is no (active) facility is refused, so a child is never silently sealed to everyone.
pub(super) async fn recipients_for(
    state: &AppState,
    place: &NamedPlace,
) -> Result<(Vec<String>, Option<i64>), IntakeError> {
    let facility = facility_of(state, place).await?;
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

/// The id of the facility a child named; a code that is no (active) facility is refused.
pub(super) async fn facility_of(
    state: &AppState,
    place: &NamedPlace,
) -> Result<Option<i64>, IntakeError> {
    Ok(match place.facility() {
        Some(code) => Some(
            state
                .store
                .facility_id(code.as_str())
                .await
                .context("reading a facility")?
                .ok_or(IntakeError::UnknownPlace)?,
        ),
        None => None,
    })
}

pub(super) async fn store(
    state: &AppState,
    id: &SubmissionId,
    sealed: &SealedSubmission,
    recipients: &[String],
    case: NewCase,
) -> Result<Inserted, IntakeError> {
    let inserted = state
        .store
        .insert_case(id, sealed, &Day::today(), recipients, case.clone())
        .await
        .context("storing a sealed submission")?;
    settle_large(state, sealed.as_bytes().len()).await;
    tracing::info!(
        sealed_in = sealed.sealed_in().as_str(),
        duplicate = inserted == Inserted::Duplicate,
        urgent = case.urgent,
        "submission stored"
    );
    Ok(inserted)
}

/// After storing a voice-sized send, empties the WAL into the database file: otherwise each
/// large send leaves a second copy of itself there until a checkpoint, and the data directory
/// would hold up to twice what the storage budget counted.
pub(super) async fn settle_large(state: &AppState, stored: usize) {
    if stored > MAX_TEXT_SEALED_BYTES {
        if let Err(e) = state.store.truncate_wal().await {
            tracing::error!(error = %e, "emptying the WAL after a large send failed");
        }
    }
}

pub(super) fn body_rejection(status: StatusCode) -> IntakeError {
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        IntakeError::TooLarge
    } else {
        IntakeError::NotSealed
    }
}
