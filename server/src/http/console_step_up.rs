//! Step-up: a sensitive console action (share, disable or enable an account, a language's
//! fallback, adding or removing a passkey) asks for a fresh second factor, not only a session:
//! either a TOTP code sent with the action, or — with no code — a passkey confirmed moments
//! before. Confirming a passkey (`console_passkey_assert`) leaves a ticket in the session that the
//! next sensitive action takes out: one action per confirmation, within two minutes.

use super::console_error::ConsoleError;
use super::console_session::{now, HANDLE};
use super::AppState;
use crate::accounts::login::fresh_second_factor;
use app::i18n::Lang;
use axum::response::Response;
use tower_sessions::Session;

/// When the session's last passkey confirmation succeeded (seconds since the epoch).
const PASSKEY_CONFIRMED_AT: &str = "passkey_confirmed_at";
/// How long a passkey confirmation stands for the action it was made for.
pub const PASSKEY_TICKET_SECONDS: i64 = 120;

/// Whether the caller gave a fresh second factor: `code` is a TOTP code of their own
/// authenticator (single use, counted like sign-in); an empty code takes the session's passkey
/// ticket instead, if there is a recent one.
pub(super) async fn step_up(
    state: &AppState,
    session: &Session,
    code: &str,
) -> Result<bool, sqlx::Error> {
    let code = code.trim();
    if code.is_empty() {
        return Ok(take_passkey_ticket(session).await);
    }
    let me = session
        .get::<String>(HANDLE)
        .await
        .ok()
        .flatten()
        .unwrap_or_default();
    fresh_second_factor(&state.store, &me, code, now()).await
}

/// [`step_up`] for the JSON API: `Err` is the translated refusal (403 for no fresh factor).
pub(super) async fn api_step_up(
    state: &AppState,
    session: &Session,
    lang: Lang,
    code: &str,
) -> Result<(), Response> {
    match step_up(state, session, code).await {
        Ok(true) => Ok(()),
        Ok(false) => Err(ConsoleError::StepUp.api(lang)),
        Err(e) => Err(ConsoleError::unexpected("checking a step-up code", e).api(lang)),
    }
}

/// Records that the signed-in account just confirmed one of its passkeys.
pub(super) async fn grant_passkey_ticket(
    session: &Session,
) -> Result<(), tower_sessions::session::Error> {
    session.insert(PASSKEY_CONFIRMED_AT, now()).await
}

/// Takes the passkey ticket out of the session (so it serves one action): true if it was fresh.
async fn take_passkey_ticket(session: &Session) -> bool {
    let at = session
        .remove::<i64>(PASSKEY_CONFIRMED_AT)
        .await
        .ok()
        .flatten();
    let now = now();
    matches!(at, Some(at) if at <= now && now - at <= PASSKEY_TICKET_SECONDS)
}
