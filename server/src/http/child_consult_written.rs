//! A written answer to a consultation's free-text question. The child's browser seals it to the
//! consultation's readers (`PUT /consult/{id}/q/{n}/sealed/{sid}`, from `/consult/seal.js` with
//! the child bundle's `seal_written`); without JavaScript the form posts the words and the server
//! seals them in memory (`seal_posted`), as the no-JS message form does. Either way the
//! database receives only ciphertext, counted once as "written" on the question's counters.

use super::child_consult::{at, open_consultation};
use super::child_consult_answer::{advance, page_groups};
use super::child_consult_pages::questions;
use super::errors::{IntakeError, Refusal};
use super::AppState;
use crate::store::{Day, QuestionRow};
use anyhow::Context;
use app::api::RECIPIENT_SET_HEADER;
use app::consultation::{seal_written_answer, WRITTEN};
use app::domain::{ChildWords, NamedPlace, SealedIn, SubmissionId};
use app::i18n::Lang;
use app::sealing::{RecipientSet, SealedSubmission};
use app::vocabulary::QuestionKind;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use tower_sessions::Session;

/// The readers a written answer is sealed to now; `None` when no lead holds a key yet (the
/// question then offers only "I don't want to answer").
pub(super) async fn readers(state: &AppState) -> Result<Option<RecipientSet>, IntakeError> {
    let keys = state
        .store
        .consultation_readers()
        .await
        .context("reading a consultation's readers")?;
    if keys.is_empty() {
        return Ok(None);
    }
    let set = RecipientSet::parse(&keys).context("a lead's stored key does not parse")?;
    Ok(Some(set))
}

/// Stores a sealed written answer and counts it.
async fn keep(
    state: &AppState,
    question: &QuestionRow,
    id: &SubmissionId,
    sealed: &SealedSubmission,
    set: &RecipientSet,
    groups: &[(app::vocabulary::Dimension, String)],
) -> Result<(), IntakeError> {
    // Within the data directory's budget, as every send is: a script that keeps starting
    // consultations cannot fill the disk with written answers.
    state
        .floodgate
        .has_room(sealed.as_bytes().len(), false)
        .await?;
    let stored = state
        .store
        .insert_written(question.id, id, sealed, set, &Day::today())
        .await
        .context("storing a written answer")?;
    if !stored {
        return Err(IntakeError::BadId);
    }
    state
        .store
        .count_answer(question.id, groups, &[WRITTEN.to_owned()])
        .await
        .context("counting a written answer")?;
    if let Err(e) = state.store.forget_deleted().await {
        tracing::error!(error = %e, "emptying the WAL after a written answer failed");
    }
    Ok(())
}

/// The no-JavaScript form: seals the posted words on the server, in memory, and stores only
/// the ciphertext. `Err` is the translated message to show beside the question.
pub(super) async fn seal_posted(
    state: &AppState,
    lang: Lang,
    question: &QuestionRow,
    words: Option<&str>,
    place: &str,
    groups: &[(app::vocabulary::Dimension, String)],
) -> Result<Result<(), &'static str>, IntakeError> {
    let Some(set) = readers(state).await? else {
        return Ok(Err("consult-written-unavailable"));
    };
    let words = match ChildWords::parse(words.unwrap_or_default().to_owned()) {
        Ok(words) => words,
        Err(app::domain::ChildWordsError::Empty) => return Ok(Err("consult-written-empty")),
        Err(app::domain::ChildWordsError::TooLong) => return Ok(Err("consult-written-long")),
    };
    let place = NamedPlace::parse(place).unwrap_or_default();
    let (id, sealed) = seal_written_answer(words, lang.code(), place, SealedIn::Server, &set)
        .context("sealing a written answer")?;
    keep(state, question, &id, &sealed, &set, groups).await?;
    Ok(Ok(()))
}

/// `PUT /consult/{id}/q/{n}/sealed/{sid}`: a written answer the browser sealed. Answers JSON:
/// where to go next.
pub async fn put_sealed(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    Path((id, n, sid)): Path<(String, usize, String)>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, Refusal> {
    let refuse = Refusal::api(lang);
    let consultation = open_consultation(&state, &id)
        .await
        .map_err(&refuse)?
        .ok_or_else(|| refuse(IntakeError::BadForm))?;
    let Some(progress) = at(&session, &id, n).await else {
        return Err(refuse(IntakeError::BadForm));
    };
    let sid = SubmissionId::parse(&sid).map_err(|_| refuse(IntakeError::BadId))?;
    let body = body.map_err(|_| refuse(IntakeError::TooLarge))?;
    let sealed = SealedSubmission::from_wire(body.to_vec()).map_err(|e| refuse(e.into()))?;
    if sealed.as_bytes().len() > app::sealing::MAX_TEXT_SEALED_BYTES {
        return Err(refuse(IntakeError::TooLarge));
    }
    let questions = questions(&state, &consultation).await.map_err(&refuse)?;
    let question = questions
        .get(progress.next)
        .filter(|q| q.kind == QuestionKind::FreeText)
        .ok_or_else(|| refuse(IntakeError::BadForm))?;
    let set = readers(&state)
        .await
        .map_err(&refuse)?
        .ok_or_else(|| refuse(IntakeError::NoRecipients))?;
    let header = headers
        .get(RECIPIENT_SET_HEADER)
        .and_then(|v| v.to_str().ok());
    if header != Some(set.id().as_str()) {
        return Err(refuse(IntakeError::RecipientsChanged));
    }
    let groups = page_groups(&consultation, lang, &progress);
    keep(&state, question, &sid, &sealed, &set, &groups)
        .await
        .map_err(&refuse)?;
    let next = advance(&session, progress, questions.len(), &id, n)
        .await
        .map_err(&refuse)?;
    Ok(Json(serde_json::json!({ "next": next })).into_response())
}
