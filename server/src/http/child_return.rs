//! Coming back with a return code (`app::return_code`): the child's browser derives a lookup
//! token from the pictures and sends it in a POST body. A wrong token reveals nothing (the same
//! "not found" for any wrong code) and a session gets five wrong tries; the limit keys on the
//! child's in-memory session, never on an address. Every read is audited like a reviewer's.

use super::child_limits::{count_sent, within_budget};
use super::errors::{IntakeError, Refusal};
use super::AppState;
use crate::audit::{Actor, AuditAction};
use crate::store::{Day, ReturnCase};
use anyhow::Context;
use app::api::coming_back::{ReturnAdd, ReturnMessage, ReturnRequest, ReturnView, WithdrawalDue};
use app::case_notes::SealedNote;
use app::i18n::Lang;
use app::return_code::{is_token, token_hash};
use app::vocabulary::CaseStatus;
use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use tower_sessions::Session;

/// Wrong codes one child session may try.
pub const WRONG_TRIES: u32 = 5;
const WRONG: &str = "wrong_codes";

/// How many wrong codes this session tried; refused once it has used them all.
pub(super) async fn tries_left(session: &Session) -> Result<u32, IntakeError> {
    let wrong: u32 = session
        .get(WRONG)
        .await
        .context("reading the session")?
        .unwrap_or(0);
    if wrong >= WRONG_TRIES {
        return Err(IntakeError::CodeTries);
    }
    Ok(wrong)
}

/// Counts one more wrong code: the same "not found" whatever it was.
pub(super) async fn wrong_code(session: &Session, wrong: u32) -> IntakeError {
    match session.insert(WRONG, wrong + 1).await {
        Ok(()) => IntakeError::CodeNotFound,
        Err(e) => IntakeError::Unexpected(anyhow::Error::new(e).context("writing the session")),
    }
}

/// The case a token opens, counting a wrong try against the session.
pub(super) async fn case_for(
    state: &AppState,
    session: &Session,
    token: &str,
) -> Result<(ReturnCase, String), IntakeError> {
    let wrong = tries_left(session).await?;
    let hash = token_hash(token);
    let found = if is_token(token) {
        state
            .store
            .return_case(&hash)
            .await
            .context("looking up a return code")?
    } else {
        None
    };
    if let Some(case) = found {
        return Ok((case, hash));
    }
    if is_token(token)
        && state
            .store
            .is_withdrawn(&hash)
            .await
            .context("looking up a withdrawn code")?
    {
        return Err(IntakeError::Withdrawn);
    }
    Err(wrong_code(session, wrong).await)
}

async fn audit(
    state: &AppState,
    action: AuditAction,
    case: &ReturnCase,
) -> Result<(), IntakeError> {
    state
        .store
        .audit(Actor::Child, action, &case.public_id)
        .await
        .context("auditing a child's visit")?;
    Ok(())
}

/// `POST /api/return`: the status, the messages (sealed), and what to seal an addition to.
pub async fn view(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    body: Result<Json<ReturnRequest>, JsonRejection>,
) -> Result<Json<ReturnView>, Refusal> {
    let refuse = Refusal::api(lang);
    let Json(request) = body.map_err(|_| refuse(IntakeError::BadForm))?;
    // A story's code opens the story: its consents and the versions waiting for the child.
    if let Some(story) = super::child_story_return::story_view(&state, &session, &request.token)
        .await
        .map_err(&refuse)?
    {
        return Ok(Json(story));
    }
    let (case, _) = case_for(&state, &session, &request.token)
        .await
        .map_err(&refuse)?;
    audit(&state, AuditAction::CaseChildView, &case)
        .await
        .map_err(&refuse)?;
    let mut recipients = state
        .store
        .case_recipients(case.seq)
        .await
        .context("reading a case's recipients")
        .map_err(|e| refuse(e.into()))?;
    recipients.push(case.child_recipient.clone());
    let rows = state
        .store
        .case_messages(case.seq)
        .await
        .context("reading a case's messages")
        .map_err(|e| refuse(e.into()))?;
    // A reply means someone read it, even if nobody changed the status yet.
    let status = if case.status == CaseStatus::New && rows.iter().any(|m| !m.from_child) {
        CaseStatus::Acknowledged
    } else {
        case.status
    }
    .as_str()
    .to_owned();
    let messages = rows
        .into_iter()
        .map(|m| ReturnMessage {
            from_child: m.from_child,
            day: m.written_on,
            ciphertext: BASE64.encode(m.ciphertext),
        })
        .collect();
    let withdraw_keeps_until = grace_day(&state, case.seq)
        .await
        .map_err(&refuse)?
        .map(|day| day.as_str().to_owned());
    let consultations =
        super::child_consult_follow::followed(&state, &session, lang, &request.token)
            .await
            .map_err(&refuse)?;
    Ok(Json(ReturnView {
        case_id: case.public_id,
        status,
        messages,
        recipients,
        story: None,
        withdraw_keeps_until,
        consultations,
    }))
}

/// For an urgent case, the last day a lead can still read it if the child takes it back today.
async fn grace_day(state: &AppState, seq: i64) -> Result<Option<Day>, IntakeError> {
    if state.urgent_withdrawal_days == 0 {
        return Ok(None);
    }
    let urgent = state
        .store
        .is_urgent_case(seq)
        .await
        .context("reading a case's urgency")?;
    Ok(urgent.then(|| Day::today().plus_days(state.urgent_withdrawal_days)))
}

/// `POST /api/return/messages`: the child adds a message sealed in their browser.
pub async fn add(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    body: Result<Json<ReturnAdd>, JsonRejection>,
) -> Result<StatusCode, Refusal> {
    let refuse = Refusal::api(lang);
    let Json(request) = body.map_err(|_| refuse(IntakeError::BadForm))?;
    let sent = within_budget(&session).await.map_err(&refuse)?;
    let (case, _) = case_for(&state, &session, &request.token)
        .await
        .map_err(&refuse)?;
    let bytes = BASE64
        .decode(request.ciphertext.as_bytes())
        .map_err(|_| refuse(IntakeError::NotSealed))?;
    let sealed = SealedNote::from_wire(bytes).map_err(|e| refuse(e.into()))?;
    audit(&state, AuditAction::CaseChildMessage, &case)
        .await
        .map_err(&refuse)?;
    state
        .store
        .add_case_message(case.seq, None, &sealed, &Day::today())
        .await
        .context("storing a child's message")
        .map_err(|e| refuse(e.into()))?;
    count_sent(&session, sent).await.map_err(&refuse)?;
    Ok(StatusCode::CREATED)
}

/// `POST /api/return/withdraw`: the child takes the case back; its content is deleted for real —
/// at once, or, for a case where the child said "I am not safe", after a grace period in which a
/// safeguarding lead can still read it (the child is told the day before and after).
pub async fn withdraw(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    body: Result<Json<ReturnRequest>, JsonRejection>,
) -> Result<Response, Refusal> {
    let refuse = Refusal::api(lang);
    let Json(request) = body.map_err(|_| refuse(IntakeError::BadForm))?;
    let (case, hash) = case_for(&state, &session, &request.token)
        .await
        .map_err(&refuse)?;
    // "I am not safe" taken back (perhaps under pressure): a lead can still read it for a while.
    if let Some(due) = grace_day(&state, case.seq).await.map_err(&refuse)? {
        audit(&state, AuditAction::CaseWithdrawRequested, &case)
            .await
            .map_err(&refuse)?;
        state
            .store
            .request_withdrawal(case.seq, &hash, &due)
            .await
            .context("taking back an urgent case")
            .map_err(|e| refuse(e.into()))?;
        let due = WithdrawalDue {
            readable_until: due.as_str().to_owned(),
        };
        return Ok((StatusCode::ACCEPTED, Json(due)).into_response());
    }
    audit(&state, AuditAction::CaseWithdraw, &case)
        .await
        .map_err(&refuse)?;
    state
        .store
        .withdraw_case(case.seq, &hash)
        .await
        .context("withdrawing a case")
        .map_err(|e| refuse(e.into()))?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
