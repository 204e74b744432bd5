//! A child back with a story's return code: they see each purpose's yes or no (and until when a
//! yes holds), read each version waiting for them (opened in their browser), approve or decline
//! it, and say yes, no or yes again (renew) to any purpose. A "no" takes effect at once: the
//! purpose's versions are deleted (editors lose them) and nothing of it stays published.

use super::child_return::{tries_left, wrong_code};
use super::errors::{IntakeError, Refusal};
use super::AppState;
use crate::audit::{Actor, AuditAction};
use crate::store::{ConsentEvent, Day, StoryRow};
use anyhow::Context;
use app::api::coming_back::ReturnView;
use app::api::stories::{ChildConsent, ChildStory, ChildVersion, ConsentChange, VersionAnswer};
use app::i18n::Lang;
use app::return_code::{is_token, token_hash};
use app::story::{consent_text_version, Purpose};
use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::{Extension, Json};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use http::StatusCode;
use tower_sessions::Session;

async fn find(state: &AppState, token: &str) -> Result<Option<StoryRow>, IntakeError> {
    if !is_token(token) {
        return Ok(None);
    }
    Ok(state
        .store
        .story_by_token(&token_hash(token))
        .await
        .context("looking up a story's code")?)
}

/// The story a token opens, counting a wrong try against the session.
async fn story_for(
    state: &AppState,
    session: &Session,
    token: &str,
) -> Result<StoryRow, IntakeError> {
    let wrong = tries_left(session).await?;
    match find(state, token).await? {
        Some(story) => Ok(story),
        None => Err(wrong_code(session, wrong).await),
    }
}

/// What `POST /api/return` answers for a story's code (None: not a story's code).
pub(super) async fn story_view(
    state: &AppState,
    session: &Session,
    token: &str,
) -> Result<Option<ReturnView>, IntakeError> {
    tries_left(session).await?;
    let Some(story) = find(state, token).await? else {
        return Ok(None);
    };
    state
        .store
        .audit(Actor::Child, AuditAction::StoryChildView, &story.public_id)
        .await
        .context("auditing a child's visit")?;
    let policy = state.store.story_policy().await.context("reading policy")?;
    let today = Day::today();
    let states = state
        .store
        .consent_states(story.seq)
        .await
        .context("reading consents")?;
    let live: Vec<Purpose> = states
        .iter()
        .filter(|s| policy.child_live(s, &today))
        .map(|s| s.purpose)
        .collect();
    let consents = states
        .iter()
        .map(|s| {
            let yes = live.contains(&s.purpose);
            ChildConsent {
                purpose: s.purpose.as_str().to_owned(),
                yes,
                until: yes.then(|| policy.until(&s.child_on)).flatten(),
            }
        })
        .collect();
    let versions = state
        .store
        .story_versions(story.seq)
        .await
        .context("reading versions")?
        .into_iter()
        .filter(|v| live.contains(&v.purpose))
        .map(|v| ChildVersion {
            id: v.public_id,
            purpose: v.purpose.as_str().to_owned(),
            state: v.state,
            ciphertext: BASE64.encode(v.ciphertext),
        })
        .collect();
    Ok(Some(ReturnView {
        case_id: story.public_id,
        status: "story".to_owned(),
        messages: Vec::new(),
        recipients: Vec::new(),
        withdraw_keeps_until: None,
        story: Some(ChildStory {
            naming: story.naming,
            consents,
            versions,
        }),
        consultations: None,
    }))
}

/// `POST /api/return/story/consent`: yes, no (withdraw), or yes again (renew).
pub async fn change_consent(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    body: Result<Json<ConsentChange>, JsonRejection>,
) -> Result<StatusCode, Refusal> {
    let refuse = Refusal::api(lang);
    let Json(request) = body.map_err(|_| refuse(IntakeError::BadForm))?;
    let purpose = Purpose::parse(&request.purpose).ok_or_else(|| refuse(IntakeError::BadForm))?;
    let story = story_for(&state, &session, &request.token)
        .await
        .map_err(&refuse)?;
    let text = consent_text_version(|id| lang.t(id));
    let event = ConsentEvent {
        actor: "child",
        choice: if request.yes { "yes" } else { "no" },
        story: &story.public_id,
        purpose: Some(purpose),
        text: &text,
        lang: lang.code(),
        ..ConsentEvent::default()
    };
    state
        .store
        .set_child_consent(story.seq, event, request.yes)
        .await
        .context("changing a consent")
        .map_err(|e| refuse(e.into()))?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/return/story/version`: the child approves (pinning the hash of what they read) or
/// declines a version of a purpose they say yes to.
pub async fn answer_version(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    body: Result<Json<VersionAnswer>, JsonRejection>,
) -> Result<StatusCode, Refusal> {
    let refuse = Refusal::api(lang);
    let Json(request) = body.map_err(|_| refuse(IntakeError::BadForm))?;
    let well_formed = request.hash.len() == 64
        && request
            .hash
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if request.approve && !well_formed {
        return Err(refuse(IntakeError::BadForm));
    }
    let story = story_for(&state, &session, &request.token)
        .await
        .map_err(&refuse)?;
    let versions = state
        .store
        .story_versions(story.seq)
        .await
        .context("reading versions")
        .map_err(|e| refuse(e.into()))?;
    let version = versions
        .iter()
        .find(|v| v.public_id == request.version)
        .ok_or_else(|| refuse(IntakeError::BadForm))?;
    let policy = state
        .store
        .story_policy()
        .await
        .context("reading policy")
        .map_err(|e| refuse(e.into()))?;
    let states = state
        .store
        .consent_states(story.seq)
        .await
        .context("reading consents")
        .map_err(|e| refuse(e.into()))?;
    let today = Day::today();
    if !states
        .iter()
        .any(|s| s.purpose == version.purpose && policy.child_live(s, &today))
    {
        return Err(refuse(IntakeError::NotConsented));
    }
    let text = consent_text_version(|id| lang.t(id));
    let event = ConsentEvent {
        actor: "child",
        choice: if request.approve {
            "approved"
        } else {
            "declined"
        },
        story: &story.public_id,
        purpose: Some(version.purpose),
        text: &text,
        lang: lang.code(),
        version: &version.public_id,
        hash: if request.approve { &request.hash } else { "" },
        recorded_by: "",
    };
    state
        .store
        .answer_version(story.seq, event, request.approve)
        .await
        .context("answering a version")
        .map_err(|e| refuse(e.into()))?;
    Ok(StatusCode::NO_CONTENT)
}
