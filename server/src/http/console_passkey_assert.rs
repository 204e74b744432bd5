//! Proving possession of a passkey: at sign-in (password, then passkey, instead of a TOTP code)
//! and for step-up before a sensitive action. Each is two requests: the first gives a challenge
//! (kept in the session), the second takes the authenticator's answer (taking the challenge out
//! of the session, so an answer is good once).
//!
//! - Sign-in, first half: the password is checked exactly as by the form (counted before Argon2,
//!   locked after five failures). Wrong password, unknown handle, a locked account and an account
//!   without passkeys all get the same refusal. The failure stays counted until the passkey
//!   answers.
//! - Step-up: for the signed-in account only, with the session's CSRF token.

use super::console_error::ConsoleError;
use super::console_guard::{AnyStaff, Api};
use super::console_session::{begin_session, now};
use super::console_step_up::grant_passkey_ticket;
use super::AppState;
use crate::accounts::login::{check_password, signed_in, LoginRefusal};
use crate::accounts::passkeys::PendingAssertion;
use crate::audit::{Actor, AuditAction};
use app::i18n::Lang;
use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde::Deserialize;
use tower_sessions::Session;
use webauthn_rs::prelude::PublicKeyCredential;
use zeroize::Zeroize;

const PENDING_LOGIN: &str = "passkey_pending_login";
const PENDING_STEP_UP: &str = "passkey_pending_step_up";

/// The browser's script, served from this origin (the console's CSP allows no inline script).
pub async fn script() -> Response {
    (
        [
            (http::header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (http::header::CACHE_CONTROL, "no-cache"),
        ],
        include_str!("console_passkey.js"),
    )
        .into_response()
}

/// A refused sign-in: audited, and answered exactly as a wrong password.
async fn login_refused(state: &AppState, lang: Lang, actor: Actor, detail: &str) -> Response {
    let audited = state
        .store
        .audit(actor, AuditAction::LoginRefused, detail)
        .await;
    if let Err(e) = audited {
        return ConsoleError::unexpected("auditing a refused sign-in", e).api(lang);
    }
    ConsoleError::LoginFailed.api(lang)
}

#[derive(Deserialize)]
pub struct PasswordStep {
    handle: String,
    password: String,
}

impl Drop for PasswordStep {
    fn drop(&mut self) {
        self.password.zeroize();
    }
}

/// `POST /console/login/passkey`: handle and password; a challenge for the account's passkeys.
pub async fn login_start(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    body: Result<Json<PasswordStep>, JsonRejection>,
) -> Response {
    let Some(passkeys) = state.passkeys.as_ref() else {
        return ConsoleError::NoPasskeys.api(lang);
    };
    let Ok(Json(step)) = body else {
        return ConsoleError::PasskeyFailed.api(lang);
    };
    let handle = step.handle.trim().to_lowercase();
    let account = match check_password(&state.store, &handle, &step.password, now()).await {
        Err(e) => return ConsoleError::unexpected("checking a password", e).api(lang),
        Ok(Err(LoginRefusal::Busy)) => return ConsoleError::Busy.api(lang),
        Ok(Err(LoginRefusal::Wrong { account_id })) => {
            let actor = account_id.map(Actor::Account).unwrap_or(Actor::Anonymous);
            return login_refused(&state, lang, actor, "").await;
        }
        Ok(Err(LoginRefusal::Locked { account_id })) => {
            return login_refused(&state, lang, Actor::Account(account_id), "").await
        }
        Ok(Ok(account)) => account,
    };
    match passkeys
        .begin_assertion(&state.store, account.id, now())
        .await
    {
        Err(e) => ConsoleError::unexpected("starting a passkey sign-in", e).api(lang),
        // No passkey: answered as a wrong password (and the attempt stays counted).
        Ok(None) => login_refused(&state, lang, Actor::Account(account.id), "").await,
        Ok(Some((challenge, pending))) => match session.insert(PENDING_LOGIN, pending).await {
            Ok(()) => Json(challenge).into_response(),
            Err(e) => ConsoleError::unexpected("keeping a passkey challenge", e).api(lang),
        },
    }
}

/// `POST /console/login/passkey/answer`: the authenticator's answer; signs in.
pub async fn login_answer(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    body: Result<Json<PublicKeyCredential>, JsonRejection>,
) -> Response {
    let Some(passkeys) = state.passkeys.as_ref() else {
        return ConsoleError::NoPasskeys.api(lang);
    };
    let pending = session
        .remove::<PendingAssertion>(PENDING_LOGIN)
        .await
        .ok()
        .flatten();
    let (Some(pending), Ok(Json(answer))) = (pending, body) else {
        return ConsoleError::PasskeyFailed.api(lang);
    };
    let account = pending.account;
    match passkeys
        .complete_assertion(&state.store, pending, &answer, now())
        .await
    {
        Err(e) => return ConsoleError::unexpected("checking a passkey", e).api(lang),
        Ok(Err(_)) => {
            return login_refused(&state, lang, Actor::Account(account), "passkey").await;
        }
        Ok(Ok(())) => {}
    }
    let signed = async {
        let handle = state.store.handle_of(account).await?.unwrap_or_default();
        let Some(row) = state.store.login_account(&handle).await? else {
            return Ok(None);
        };
        if row.status != "active" {
            return Ok(None);
        }
        state.store.clear_login_failures(account).await?;
        Ok::<_, sqlx::Error>(signed_in(row))
    };
    match signed.await {
        Err(e) => ConsoleError::unexpected("signing in with a passkey", e).api(lang),
        Ok(None) => ConsoleError::LoginFailed.api(lang),
        Ok(Some(who)) => match begin_session(&state, &session, &who).await {
            Ok(()) => Json(serde_json::json!({ "next": "/console" })).into_response(),
            Err(e) => ConsoleError::unexpected("starting a console session", e).api(lang),
        },
    }
}

/// `POST /console/passkeys/confirm`: a challenge for the signed-in account's own passkeys.
pub async fn confirm_start(
    Api(staff): Api<AnyStaff>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
) -> Response {
    let account = staff.account;
    let Some(passkeys) = state.passkeys.as_ref() else {
        return ConsoleError::NoPasskeys.api(lang);
    };
    match passkeys.begin_assertion(&state.store, account, now()).await {
        Err(e) => ConsoleError::unexpected("starting a passkey confirmation", e).api(lang),
        Ok(None) => ConsoleError::NoPasskey.api(lang),
        Ok(Some((challenge, pending))) => match session.insert(PENDING_STEP_UP, pending).await {
            Ok(()) => Json(challenge).into_response(),
            Err(e) => ConsoleError::unexpected("keeping a passkey challenge", e).api(lang),
        },
    }
}

/// `POST /console/passkeys/confirm/answer`: the answer; the next sensitive action may go ahead.
pub async fn confirm_answer(
    Api(staff): Api<AnyStaff>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    body: Result<Json<PublicKeyCredential>, JsonRejection>,
) -> Response {
    let account = staff.account;
    let Some(passkeys) = state.passkeys.as_ref() else {
        return ConsoleError::NoPasskeys.api(lang);
    };
    let pending = session
        .remove::<PendingAssertion>(PENDING_STEP_UP)
        .await
        .ok()
        .flatten();
    let (Some(pending), Ok(Json(answer))) = (pending, body) else {
        return ConsoleError::PasskeyFailed.api(lang);
    };
    if pending.account != account {
        return ConsoleError::PasskeyFailed.api(lang);
    }
    match passkeys
        .complete_assertion(&state.store, pending, &answer, now())
        .await
    {
        Err(e) => ConsoleError::unexpected("checking a passkey", e).api(lang),
        Ok(Err(_)) => ConsoleError::PasskeyFailed.api(lang),
        Ok(Ok(())) => match grant_passkey_ticket(&session).await {
            Ok(()) => Json(serde_json::json!({ "confirmed": true })).into_response(),
            Err(e) => ConsoleError::unexpected("recording a passkey confirmation", e).api(lang),
        },
    }
}
