//! A child's story, sealed in their browser to the story editors (never to case reviewers), with
//! the child's terms in the clear beside it: which purposes they said yes to (no unless said),
//! how they want to be named, their age if they said it. A story needs a return code — without
//! one the child could never approve a version or change their mind — so it is refused without.

use super::child_intake::{
    arrived, body_rejection, facility_of, return_code, settle_large, within_size_for_kind,
};
use super::child_limits::{count_sent, spend_proof, within_budget};
use super::errors::{IntakeError, Refusal};
use super::AppState;
use crate::store::{Inserted, NewStory};
use anyhow::Context;
use app::api::coming_back::{CHILD_RECIPIENT_HEADER, RETURN_TOKEN_HEADER};
use app::api::{Received, PLACE_HEADER, RECIPIENT_SET_HEADER};
use app::domain::{NamedPlace, SubmissionId};
use app::i18n::Lang;
use app::proof::PROOF_HEADER;
use app::sealing::{recipient_set_id, SealedSubmission};
use app::story::{consent_text_version, StoryTerms, STORY_TERMS_HEADER};
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::{Extension, Json};
use http::StatusCode;
use tower_sessions::Session;

/// The keys a story about `place` is sealed to: the recovery key and the story editors not
/// affiliated with the place. Refused when no story editor could read it.
pub(super) async fn story_recipients(
    state: &AppState,
    place: &NamedPlace,
) -> Result<(Vec<String>, Option<i64>), IntakeError> {
    let facility = facility_of(state, place).await?;
    let recipients = state
        .store
        .story_recipients_for(facility)
        .await
        .context("reading story recipients")?;
    let recovery = state
        .store
        .has_recovery_recipient()
        .await
        .context("reading recipients")?;
    if recipients.len() <= usize::from(recovery) {
        return Err(IntakeError::NoRecipients);
    }
    Ok((recipients, facility))
}

/// `PUT /api/stories/{id}`.
pub async fn put_story(
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
    let exists = state
        .store
        .story_exists(&id)
        .await
        .context("looking up a story")
        .map_err(|e| refuse(e.into()))?;
    if exists {
        return Ok(arrived(Inserted::Duplicate));
    }
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let terms = StoryTerms::parse(header(STORY_TERMS_HEADER).unwrap_or_default())
        .map_err(|_| refuse(IntakeError::BadForm))?;
    let place = NamedPlace::parse(header(PLACE_HEADER).unwrap_or_default())
        .map_err(|_| refuse(IntakeError::UnknownPlace))?;
    let (recipients, facility) = story_recipients(&state, &place).await.map_err(&refuse)?;
    if header(RECIPIENT_SET_HEADER) != Some(recipient_set_id(&recipients).as_str()) {
        return Err(refuse(IntakeError::RecipientsChanged));
    }
    let (token_hash, child_recipient) =
        return_code(header(RETURN_TOKEN_HEADER), header(CHILD_RECIPIENT_HEADER))
            .map_err(&refuse)?
            .ok_or_else(|| refuse(IntakeError::StoryNeedsJs))?;
    let sent = within_budget(&session).await.map_err(&refuse)?;
    spend_proof(&session, header(PROOF_HEADER))
        .await
        .map_err(&refuse)?;
    state
        .floodgate
        .has_room(body.len(), false)
        .map_err(&refuse)?;
    let ticket = state.floodgate.admit(false).map_err(&refuse)?;
    let text_version = consent_text_version(|id| lang.t(id));
    let story = NewStory {
        id: &id,
        sealed: &sealed,
        recipients: &recipients,
        terms: &terms,
        token_hash: &token_hash,
        child_recipient: &child_recipient,
        facility,
        text_version: &text_version,
        lang: lang.code(),
    };
    let inserted = state
        .store
        .insert_story(story)
        .await
        .context("storing a story")
        .map_err(|e| refuse(e.into()))?;
    if inserted == Inserted::New {
        settle_large(&state, body.len()).await;
        ticket.keep();
        count_sent(&session, sent).await.map_err(&refuse)?;
    }
    tracing::info!(duplicate = inserted == Inserted::Duplicate, "story stored");
    Ok(arrived(inserted))
}
