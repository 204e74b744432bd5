//! `PUT /console/api/key`: a reviewer registers their age key — the public recipient and the
//! identity encrypted in their browser to their key passphrase (age scrypt). The server checks
//! the form of both, stores them, and from then on new submissions are sealed to the reviewer
//! too. It never sees the identity in the clear.

use super::console_access::{check, Denied};
use super::console_session::{CSRF, HANDLE};
use super::AppState;
use crate::accounts::Role;
use crate::audit::{Actor, AuditAction};
use crate::store::KeyRegistration;
use app::api::ApiError;
use app::i18n::Lang;
use app::sealing::{is_passphrase_sealed_identity, parse_recipient};
use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use http::StatusCode;
use serde::Deserialize;
use tower_sessions::Session;

/// Roles that read cases, and so hold a key.
const KEY_HOLDERS: [Role; 2] = [Role::Reviewer, Role::SafeguardingLead];

#[derive(Deserialize)]
pub struct KeyUpload {
    recipient: String,
    encrypted_identity: String,
}

fn refuse(lang: Lang, status: StatusCode, code: &str, message_id: &str) -> Response {
    let body = ApiError {
        error: code.to_owned(),
        message: lang.t(message_id),
    };
    (status, Json(body)).into_response()
}

pub async fn register_key(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    headers: HeaderMap,
    body: Result<Json<KeyUpload>, JsonRejection>,
) -> Response {
    let account = match check(&state, &session, &KEY_HOLDERS, "/console/api/key").await {
        Ok((account, _)) => account,
        Err(Denied::NotSignedIn) => {
            return refuse(
                lang,
                StatusCode::UNAUTHORIZED,
                "sign_in",
                "error-signin-needed",
            )
        }
        Err(Denied::Forbidden) => {
            return refuse(lang, StatusCode::FORBIDDEN, "forbidden", "error-forbidden")
        }
    };
    let expected = session.get::<String>(CSRF).await.ok().flatten();
    let sent = headers.get("x-csrf-token").and_then(|v| v.to_str().ok());
    if expected.is_none() || expected.as_deref() != sent {
        return refuse(lang, StatusCode::FORBIDDEN, "csrf", "error-csrf");
    }
    let Ok(Json(upload)) = body else {
        return refuse(
            lang,
            StatusCode::BAD_REQUEST,
            "invalid_key",
            "error-key-invalid",
        );
    };
    let (Ok(recipient), true) = (
        parse_recipient(&upload.recipient),
        is_passphrase_sealed_identity(&upload.encrypted_identity),
    ) else {
        return refuse(
            lang,
            StatusCode::BAD_REQUEST,
            "invalid_key",
            "error-key-invalid",
        );
    };
    let handle = session
        .get::<String>(HANDLE)
        .await
        .ok()
        .flatten()
        .unwrap_or_default();
    let registered = state
        .store
        .register_reviewer_key(account, &handle, &recipient, &upload.encrypted_identity)
        .await;
    match registered {
        Ok(KeyRegistration::Registered) => {}
        Ok(KeyRegistration::AlreadyHasKey | KeyRegistration::RecipientTaken) => {
            return refuse(lang, StatusCode::CONFLICT, "key_exists", "error-key-exists")
        }
        Err(e) => {
            tracing::error!(error = %e, "registering a key failed");
            return refuse(
                lang,
                StatusCode::SERVICE_UNAVAILABLE,
                "unavailable",
                "error-unavailable",
            );
        }
    }
    if let Err(e) = state
        .store
        .audit(
            Actor::Account(account),
            AuditAction::KeyRegister,
            &recipient,
        )
        .await
    {
        tracing::error!(error = %e, "could not audit a key registration");
    }
    StatusCode::CREATED.into_response()
}
