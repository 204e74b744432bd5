//! The console API's gate: who may call, with the session's CSRF token for changes, and refusals
//! as translated JSON ([`ApiError`]). Refused roles are audited by [`check`].

use super::console_access::{check, Denied};
use super::console_session::{same_token, CSRF};
use super::AppState;
use crate::accounts::Role;
use app::api::console::CSRF_HEADER;
use app::api::ApiError;
use app::i18n::Lang;
use app::vocabulary::ApiErrorCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use http::{HeaderMap, StatusCode};
use tower_sessions::Session;

/// Roles that read cases, and so hold a key.
pub const KEY_HOLDERS: [Role; 2] = [Role::Reviewer, Role::SafeguardingLead];
/// Everyone who holds a key: case readers and story editors (who read stories, never cases).
pub const ALL_KEY_HOLDERS: [Role; 3] = [Role::Reviewer, Role::SafeguardingLead, Role::StoryEditor];

/// A JSON refusal with a stable code and a translated message.
pub fn refuse(lang: Lang, status: StatusCode, code: ApiErrorCode, message_id: &str) -> Response {
    let body = ApiError {
        error: code,
        message: lang.t(message_id),
    };
    (status, Json(body)).into_response()
}

/// Logs the cause (never to the client) and answers 503.
pub fn unavailable(lang: Lang, what: &str, error: &dyn std::fmt::Display) -> Response {
    tracing::error!(error = %error, "{what} failed");
    refuse(
        lang,
        StatusCode::SERVICE_UNAVAILABLE,
        ApiErrorCode::Unavailable,
        "error-unavailable",
    )
}

/// The caller's account id when signed in with an allowed role — and, for a state change
/// (`change` is the request's headers), when the request carries the session's CSRF token.
pub async fn caller(
    state: &AppState,
    session: &Session,
    lang: Lang,
    allowed: &[Role],
    what: &str,
    change: Option<&HeaderMap>,
) -> Result<i64, Response> {
    let account = match check(state, session, allowed, what).await {
        Ok((account, _)) => account,
        Err(Denied::NotSignedIn) => {
            return Err(refuse(
                lang,
                StatusCode::UNAUTHORIZED,
                ApiErrorCode::SignIn,
                "error-signin-needed",
            ))
        }
        Err(Denied::Forbidden) => {
            return Err(refuse(
                lang,
                StatusCode::FORBIDDEN,
                ApiErrorCode::Forbidden,
                "error-forbidden",
            ))
        }
    };
    if let Some(headers) = change {
        let expected = session.get::<String>(CSRF).await.ok().flatten();
        let sent = headers.get(CSRF_HEADER).and_then(|v| v.to_str().ok());
        if !same_token(expected.as_deref(), sent) {
            return Err(refuse(
                lang,
                StatusCode::FORBIDDEN,
                ApiErrorCode::Csrf,
                "error-csrf",
            ));
        }
    }
    Ok(account)
}
