//! The reviewer's side of the shield, for cases they can see:
//! - `POST /console/api/cases/{id}/recuse`: declare a conflict; from then on the case is not
//!   theirs to see (404, like any case they cannot see).
//! - `GET /console/api/cases/{id}/share`: who the case may be shared with — staff with a key,
//!   not yet readers, not affiliated with the facility the case names, not recused.
//! - `POST /console/api/cases/{id}/share` (header `x-share-with: handle`, and a fresh code of the
//!   caller's authenticator in `x-step-up`): a copy of the case
//!   re-sealed in the browser to that person's key, stored beside the child's original (which is
//!   never changed) and shown to them with the name of who made it. Sharing with anyone else is
//!   refused.
//!
//! Each is audited before it takes effect.

use super::console_cases::ReadableCase;
use super::console_error::ConsoleError;
use super::console_step_up::api_step_up;
use super::AppState;
use crate::audit::{Actor, AuditAction};
use crate::store::Day;
use app::api::console::{ShareCandidate, ShareCandidates, SHARE_WITH_HEADER, STEP_UP_HEADER};
use app::i18n::Lang;
use app::sealing::SealedSubmission;
use axum::body::Bytes;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use http::{HeaderMap, StatusCode};
use tower_sessions::Session;

pub async fn recuse(
    case: ReadableCase,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
) -> Response {
    let account = case.account;
    let row = case.row;
    let done = async {
        state
            .store
            .audit(
                Actor::Account(account),
                AuditAction::CaseRecuse,
                &row.public_id,
            )
            .await?;
        state.store.recuse(row.seq, account).await
    };
    match done.await {
        Ok(_) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => ConsoleError::unexpected("recusing", e).api(lang),
    }
}

pub async fn share_candidates(
    case: ReadableCase,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
) -> Response {
    let row = case.row;
    match state.store.share_candidates(row.seq).await {
        Ok(candidates) => Json(ShareCandidates {
            candidates: candidates
                .into_iter()
                .map(|(_, handle, recipient)| ShareCandidate { handle, recipient })
                .collect(),
        })
        .into_response(),
        Err(e) => ConsoleError::unexpected("reading share candidates", e).api(lang),
    }
}

pub async fn share(
    case: ReadableCase,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let account = case.account;
    let row = case.row;
    let handle = headers
        .get(SHARE_WITH_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let candidates = match state.store.share_candidates(row.seq).await {
        Ok(candidates) => candidates,
        Err(e) => return ConsoleError::unexpected("reading share candidates", e).api(lang),
    };
    // Only an eligible person: never someone affiliated with the place the case names.
    let Some((with, _, recipient)) = candidates.into_iter().find(|(_, h, _)| h == handle) else {
        return ConsoleError::BadShare.api(lang);
    };
    let Ok(sealed) = SealedSubmission::from_wire(body.to_vec()) else {
        return ConsoleError::NotResealed.api(lang);
    };
    // Widening who can read a child's words asks for a fresh second factor, not only a session.
    let code = headers
        .get(STEP_UP_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if let Err(refused) = api_step_up(&state, &session, lang, code).await {
        return refused;
    }
    let done = async {
        let subject = format!("{} account:{with}", row.public_id);
        state
            .store
            .audit(Actor::Account(account), AuditAction::CaseShare, &subject)
            .await?;
        let today = Day::today();
        state
            .store
            .add_case_copy(row.seq, &sealed, &recipient, account, &today)
            .await
    };
    match done.await {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => ConsoleError::unexpected("sharing a case", e).api(lang),
    }
}
