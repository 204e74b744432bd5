//! Coming back to "you said, we did" with the picture code a child already has: on `/back`, once
//! the code opened the child's case, the child may ask it to remember the consultations they
//! took part in during this visit (`POST /api/return/follow`); from then on `/back` lists them
//! with what came of them. Only at the child's request, and never beside the case: the code is
//! remembered under its own hash (`return_code::follow_hash`), and nothing is audited with the
//! case's id, so no record ties a complaint to taking part.

use super::child_consult::taken_ids;
use super::child_consult_news::link;
use super::child_return::case_for;
use super::errors::{IntakeError, Refusal};
use super::AppState;
use anyhow::Context;
use app::api::coming_back::{FollowedConsultations, ReturnRequest};
use app::i18n::Lang;
use app::return_code::follow_hash;
use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::http::StatusCode;
use axum::{Extension, Json};
use tower_sessions::Session;

/// What `/back` shows of consultations for this code: those it follows, and the offer to follow
/// the ones this visit took part in. `None` when there is nothing to show.
pub(super) async fn followed(
    state: &AppState,
    session: &Session,
    lang: Lang,
    token: &str,
) -> Result<Option<FollowedConsultations>, IntakeError> {
    let follower = follow_hash(token);
    let ids = state
        .store
        .followed_consultations(&follower)
        .await
        .context("reading followed consultations")?;
    let mut items = Vec::with_capacity(ids.len());
    for id in &ids {
        let Some(c) = state
            .store
            .consultation(id)
            .await
            .context("reading a consultation")?
        else {
            continue;
        };
        items.push(link(state, lang, &c, "").await?);
    }
    let unfollowed = taken_ids(session)
        .await
        .into_iter()
        .any(|id| !ids.contains(&id));
    if items.is_empty() && !unfollowed {
        return Ok(None);
    }
    Ok(Some(FollowedConsultations {
        heading: lang.t("consult-back-heading"),
        items,
        follow: unfollowed.then(|| lang.t("consult-back-follow")),
        follow_hint: lang.t("consult-back-follow-hint"),
    }))
}

/// `POST /api/return/follow`: the code follows the consultations this session took part in.
pub async fn follow(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    body: Result<Json<ReturnRequest>, JsonRejection>,
) -> Result<StatusCode, Refusal> {
    let refuse = Refusal::api(lang);
    let Json(request) = body.map_err(|_| refuse(IntakeError::BadForm))?;
    // The code must open a case (a wrong one counts against the session, as everywhere).
    case_for(&state, &session, &request.token)
        .await
        .map_err(&refuse)?;
    let taken = taken_ids(&session).await;
    if taken.is_empty() {
        return Err(refuse(IntakeError::BadForm));
    }
    state
        .store
        .follow_consultations(&follow_hash(&request.token), &taken)
        .await
        .context("remembering followed consultations")
        .map_err(|e| refuse(e.into()))?;
    Ok(StatusCode::NO_CONTENT)
}
