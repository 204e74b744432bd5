//! The story editors' API. An editor reaches a story only if it was sealed to their key and the
//! child says yes to at least one purpose; they see versions only of purposes the child says yes
//! to, prepare versions only for those, and publish only a public-education version whose words
//! hash to the very version the child approved, while the consent holds.

use super::console_error::ConsoleError;
use super::console_guard::{Api, StoryEditors};
use super::AppState;
use crate::audit::{Actor, AuditAction};
use crate::store::{ConsentEvent, Day, StoryRow};
use crate::story_rules::StoryPolicy;
use app::api::stories::{CoConsent, EditorConsent, NewVersion};
use app::case_notes::SealedNote;
use app::domain::SubmissionId;
use app::i18n::{Lang, Locale};
use app::story::Purpose;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use http::StatusCode;

/// A story as the editor may work on it, with what decides what they may do.
pub(super) struct Editable {
    pub account: i64,
    pub story: StoryRow,
    pub consents: Vec<EditorConsent>,
    /// The story's sealed words, as read with it (sent only when an editor opens the story).
    pub ciphertext: Vec<u8>,
}

pub(super) async fn consents_of(
    state: &AppState,
    story: &StoryRow,
    policy: &StoryPolicy,
) -> Result<Vec<EditorConsent>, sqlx::Error> {
    let today = Day::today();
    Ok(state
        .store
        .consent_states(story.seq)
        .await?
        .iter()
        .map(|s| EditorConsent {
            purpose: s.purpose.as_str().to_owned(),
            child_yes: policy.child_live(s, &today),
            co_needed: policy.co_needed(s.purpose, story.age),
            co_yes: s.co_yes,
            usable: policy.usable(s, story.age, &today),
        })
        .collect())
}

/// The story `id` if it is sealed to the caller and the child says yes to something; a 404
/// otherwise, the same as no story.
pub(super) async fn editable(
    state: &AppState,
    lang: Lang,
    account: i64,
    id: &str,
) -> Result<Editable, Response> {
    let found = async {
        let Some(recipient) = state.store.recipient_of(account).await? else {
            return Ok(None);
        };
        let found = state
            .store
            .stories_sealed_to(account, &recipient, Some(id))
            .await?;
        let Some((story, ciphertext)) = found.into_iter().next() else {
            return Ok(None);
        };
        let policy = state.store.story_policy().await?;
        let consents = consents_of(state, &story, &policy).await?;
        Ok::<_, sqlx::Error>(Some((story, consents, ciphertext)))
    };
    match found.await {
        Ok(Some((story, consents, ciphertext))) if consents.iter().any(|c| c.child_yes) => {
            Ok(Editable {
                account,
                story,
                consents,
                ciphertext,
            })
        }
        Ok(_) => Err(ConsoleError::NotFound.api(lang)),
        Err(e) => Err(ConsoleError::unexpected("reading a story", e).api(lang)),
    }
}

fn child_yes(editable: &Editable, purpose: Purpose) -> bool {
    editable
        .consents
        .iter()
        .any(|c| c.purpose == purpose.as_str() && c.child_yes)
}

/// `POST /console/api/stories/{id}/versions`: a version sealed in the editor's browser to the
/// child and the story's editors, for a purpose the child says yes to.
pub async fn add_version(
    Api(staff): Api<StoryEditors>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Path(id): Path<String>,
    body: Result<Json<NewVersion>, JsonRejection>,
) -> Response {
    let editable = match editable(&state, lang, staff.account, &id).await {
        Ok(e) => e,
        Err(refused) => return refused,
    };
    let bad = || ConsoleError::BadForm.api(lang);
    let Ok(Json(version)) = body else {
        return bad();
    };
    let (Some(purpose), Some(_), Ok(_)) = (
        Purpose::parse(&version.purpose),
        Locale::parse(&version.lang),
        SubmissionId::parse(&version.id),
    ) else {
        return bad();
    };
    if !child_yes(&editable, purpose) {
        return ConsoleError::NotConsented.api(lang);
    }
    let Some(sealed) = BASE64
        .decode(version.ciphertext.as_bytes())
        .ok()
        .and_then(|b| SealedNote::from_wire(b).ok())
    else {
        return ConsoleError::NotSealed.api(lang);
    };
    let subject = format!("{}/{}", editable.story.public_id, version.id);
    let stored = async {
        state
            .store
            .audit(
                Actor::Account(editable.account),
                AuditAction::StoryVersion,
                &subject,
            )
            .await?;
        state
            .store
            .add_story_version(
                editable.story.seq,
                &version.id,
                purpose,
                &version.lang,
                sealed.as_bytes(),
                editable.account,
            )
            .await
    };
    match stored.await {
        Ok(true) => StatusCode::CREATED.into_response(),
        Ok(false) => bad(),
        Err(e) => ConsoleError::unexpected("storing a version", e).api(lang),
    }
}

/// `POST /console/api/stories/{id}/co-consent`: a guardian's or advocate's answer.
pub async fn co_consent(
    Api(staff): Api<StoryEditors>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Path(id): Path<String>,
    body: Result<Json<CoConsent>, JsonRejection>,
) -> Response {
    let editable = match editable(&state, lang, staff.account, &id).await {
        Ok(e) => e,
        Err(refused) => return refused,
    };
    let Ok(Json(answer)) = body else {
        return ConsoleError::BadForm.api(lang);
    };
    let (Some(purpose), true) = (
        Purpose::parse(&answer.purpose),
        matches!(answer.by.as_str(), "guardian" | "advocate"),
    ) else {
        return ConsoleError::BadForm.api(lang);
    };
    let recorded_by = Actor::Account(editable.account).name();
    let subject = format!("{}/{}", editable.story.public_id, purpose.as_str());
    let event = ConsentEvent {
        actor: &answer.by,
        choice: if answer.yes { "yes" } else { "no" },
        story: &editable.story.public_id,
        purpose: Some(purpose),
        recorded_by: &recorded_by,
        ..ConsentEvent::default()
    };
    let stored = async {
        state
            .store
            .audit(
                Actor::Account(editable.account),
                AuditAction::StoryCoConsent,
                &subject,
            )
            .await?;
        state
            .store
            .record_co_consent(editable.story.seq, event, answer.yes, editable.account)
            .await
    };
    match stored.await {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => ConsoleError::unexpected("recording a co-consent", e).api(lang),
    }
}
