//! The child site's browser intake, thin over the store and `app::sealing`.
//!
//! - `GET /api/recipients?place=`: the public keys the browser seals to — for a named facility,
//!   every key except those of reviewers affiliated with it — and a one-time challenge.
//! - `PUT /api/submissions/{id}`: a browser-sealed age file; stored as it came. `x-urgent: 1`
//!   ("I am not safe") puts the new case into the safeguarding leads' urgent queue.

use super::child_limits::new_challenge;
use super::child_readers::{checked_readers, insert_checked, recipients_for};
use super::child_upload::{admit, Admission, SealedUpload, MESSAGE, STORY};
use super::errors::{IntakeError, Refusal};
use super::AppState;
use crate::store::{Day, Epoch, Inserted, SealedCase};
use anyhow::Context;
use app::api::{Received, RecipientsResponse, URGENT_HEADER};
use app::domain::{NamedPlace, SubmissionId};
use app::i18n::Lang;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::{Extension, Json};
use heard_core::kiosk_routing::set_ticket;
use http::StatusCode;
use serde::Deserialize;
use tower_sessions::Session;
use tracing::Instrument;

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
    let (purpose, found) = match query.sealed_for.as_deref() {
        None | Some("") => (MESSAGE, recipients_for(&state, &place).await),
        Some("story") => (
            STORY,
            super::child_story::story_recipients(&state, &place).await,
        ),
        Some(_) => (MESSAGE, Err(IntakeError::BadForm)),
    };
    let (recipients, _) = found.map_err(&refuse)?;
    let set_id = recipients.id();
    let today = Day::today();
    let set_ticket = set_ticket(
        &state.kiosk_outbox,
        purpose,
        place.as_param(),
        &set_id,
        today.as_str(),
    );
    let recipients = recipients.to_strings();
    let proof_bits = state.floodgate.proof_bits();
    let challenge = new_challenge(&session, proof_bits).await.map_err(&refuse)?;
    Ok(Json(RecipientsResponse {
        recipients,
        set_id,
        set_ticket,
        challenge,
        proof_bits,
    }))
}

pub async fn put_sealed(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    upload: SealedUpload,
) -> Result<(StatusCode, Json<Received>), Refusal> {
    let refuse = Refusal::api(lang);
    let id = upload.id.clone();
    // A kiosk's outbox re-sends what it kept through an outage, some of which may have arrived:
    // those are answered before they spend the kiosk's hourly share (which is never given back).
    if upload.from_kiosk_outbox.is_some() && already_arrived(&state, &id).await.map_err(&refuse)? {
        return Ok(arrived(Inserted::Duplicate));
    }
    let place = upload.place.clone();
    let (case, admission, epoch) = match admit_case(&state, &session, upload).await {
        Ok(admitted) => admitted,
        // A refused send may be the retry of one that already arrived (its answer was lost; its
        // proof of work is spent, or its readers changed since): it is answered "it arrived",
        // as sealing afresh would make a second case and a second code. Looked up only on a
        // refusal: a send let through needs no lookup, its insert settles a retried id.
        Err(refused) => {
            if already_arrived(&state, &id).await.map_err(&refuse)? {
                return Ok(arrived(Inserted::Duplicate));
            }
            return Err(refuse(refused));
        }
    };
    let inserted = store_and_settle(&state, &session, case, admission, Some((place, epoch)))
        .await
        .map_err(&refuse)?;
    Ok(arrived(inserted))
}

/// Stores an admitted case and counts it, to the end even when the child's connection drops
/// meanwhile: a case queued for a group commit is stored whatever its request does, so it must
/// also keep its place in the site-wide window (a script that sends and hangs up is counted).
/// `sealed_for`: a browser-sealed case's place and the readers' epoch it was checked at
/// (`child_readers::insert_checked`); `None` for a case whose readers were read for it alone.
pub(super) async fn store_and_settle(
    state: &AppState,
    session: &Session,
    case: SealedCase,
    admission: Admission,
    sealed_for: Option<(NamedPlace, Option<Epoch>)>,
) -> Result<Inserted, IntakeError> {
    let (state, session) = (state.clone(), session.clone());
    let len = case.sealed.as_bytes().len();
    // In the request's span, so that its log lines stay with the request's.
    let stored = async move {
        let inserted = store(&state, case, sealed_for).await?;
        admission.settle(&state, &session, inserted, len).await?;
        Ok(inserted)
    };
    tokio::spawn(stored.instrument(tracing::Span::current()))
        .await
        .map_err(|e| IntakeError::Unexpected(anyhow::Error::from(e).context("storing a send")))?
}

/// The case a send makes, let through (readers, budget, proof of work, flood limits), and the
/// readers' epoch it is to be stored at.
async fn admit_case(
    state: &AppState,
    session: &Session,
    upload: SealedUpload,
) -> Result<(SealedCase, Admission, Option<Epoch>), IntakeError> {
    let (recipients, facility, epoch) = checked_readers(state, &upload).await?;
    let urgent = upload.header(URGENT_HEADER) == Some("1");
    let admission = admit(state, session, upload.vouched(), upload.len(), urgent).await?;
    let case = SealedCase {
        arrival: admission.arrival(urgent),
        id: upload.id,
        sealed: upload.sealed,
        recipients,
        facility,
        return_code: upload.return_code,
    };
    Ok((case, admission, epoch))
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

/// Stores a new case as of today (`sealed_for`: see [`store_and_settle`]).
async fn store(
    state: &AppState,
    case: SealedCase,
    sealed_for: Option<(NamedPlace, Option<Epoch>)>,
) -> Result<Inserted, IntakeError> {
    let (sealed_in, arrival) = (case.sealed.sealed_in(), case.arrival);
    let today = Day::today();
    let inserted = match sealed_for {
        Some((place, epoch)) => insert_checked(state, case, &place, epoch, &today).await?,
        None => state
            .store
            .insert_case(case, &today)
            .await
            .context("storing a sealed submission")?,
    };
    tracing::info!(
        sealed_in = sealed_in.as_str(),
        duplicate = inserted == Inserted::Duplicate,
        arrival = ?arrival,
        "submission stored"
    );
    Ok(inserted)
}
