//! A child's story, sealed in their browser to the story editors (never to case reviewers), with
//! the child's terms in the clear beside it: which purposes they said yes to (no unless said),
//! how they want to be named, their age if they said it. A story needs a return code — without
//! one the child could never approve a version or change their mind — so it is refused without.

use super::child_intake::arrived;
use super::child_readers::{facility_of, recipient_set};
use super::child_upload::{admit, SealedUpload};
use super::errors::{IntakeError, Refusal};
use super::AppState;
use crate::store::{Inserted, NewStory};
use anyhow::Context;
use app::api::Received;
use app::domain::NamedPlace;
use app::i18n::Lang;
use app::sealing::RecipientSet;
use app::story::{consent_text_version, StoryTerms, STORY_TERMS_HEADER};
use axum::extract::State;
use axum::{Extension, Json};
use http::StatusCode;
use tower_sessions::Session;

/// The keys a story about `place` is sealed to: the recovery key and the story editors not
/// affiliated with the place. Refused when no story editor could read it.
pub(super) async fn story_recipients(
    state: &AppState,
    place: &NamedPlace,
) -> Result<(RecipientSet, Option<i64>), IntakeError> {
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
    Ok((recipient_set(&recipients)?, facility))
}

/// `PUT /api/stories/{id}`.
pub async fn put_story(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    upload: SealedUpload,
) -> Result<(StatusCode, Json<Received>), Refusal> {
    let refuse = Refusal::api(lang);
    let exists = state
        .store
        .story_exists(&upload.id)
        .await
        .context("looking up a story")
        .map_err(|e| refuse(e.into()))?;
    if exists {
        return Ok(arrived(Inserted::Duplicate));
    }
    let terms = StoryTerms::parse(upload.header(STORY_TERMS_HEADER).unwrap_or_default())
        .map_err(|_| refuse(IntakeError::BadForm))?;
    let (current, facility) = story_recipients(&state, &upload.place)
        .await
        .map_err(&refuse)?;
    let recipients = upload
        .readers(current, super::child_upload::STORY, &state.kiosk_outbox)
        .map_err(&refuse)?;
    // Without a code the child could never approve a version or change their mind.
    let return_code = upload
        .return_code
        .as_ref()
        .ok_or_else(|| refuse(IntakeError::StoryNeedsJs))?;
    let vouched = upload.vouched();
    let admission = admit(&state, &session, vouched, upload.len(), false)
        .await
        .map_err(&refuse)?;
    let text_version = consent_text_version(|id| lang.t(id));
    let story = NewStory {
        id: &upload.id,
        sealed: &upload.sealed,
        recipients: &recipients,
        terms: &terms,
        return_code,
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
    admission
        .settle(&state, &session, inserted, upload.len())
        .await
        .map_err(&refuse)?;
    tracing::info!(duplicate = inserted == Inserted::Duplicate, "story stored");
    Ok(arrived(inserted))
}
