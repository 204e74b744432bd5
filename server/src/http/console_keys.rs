//! `PUT /console/api/key`: a reviewer registers their age key — the public recipient and the
//! identity encrypted in their browser to their key passphrase (age scrypt). The server checks
//! the form of both, stores them, and from then on new submissions are sealed to the reviewer
//! too. It never sees the identity in the clear.
//!
//! `GET /console/api/key`: the same encrypted identity back, for the browser to unlock.

use super::console_error::ConsoleError;
use super::console_guard::{Api, KeyHolders};
use super::console_session::HANDLE;
use super::AppState;
use crate::audit::{Actor, AuditAction};
use crate::store::KeyRegistration;
use app::api::console::KeyUpload;
use app::i18n::Lang;
use app::sealing::{is_passphrase_sealed_identity, parse_recipient};
use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use http::StatusCode;
use tower_sessions::Session;

pub async fn own_key(
    Api(staff): Api<KeyHolders>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
) -> Response {
    let account = staff.account;
    let read = async {
        let recipient = state.store.recipient_of(account).await?;
        let identity = state.store.encrypted_identity(account).await?;
        Ok::<_, sqlx::Error>(recipient.zip(identity))
    };
    match read.await {
        Ok(Some((recipient, encrypted_identity))) => Json(KeyUpload {
            recipient,
            encrypted_identity,
        })
        .into_response(),
        Ok(None) => ConsoleError::NoKey.api(lang),
        Err(e) => ConsoleError::unexpected("reading a key", e).api(lang),
    }
}

pub async fn register_key(
    Api(staff): Api<KeyHolders>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    body: Result<Json<KeyUpload>, JsonRejection>,
) -> Response {
    let account = staff.account;
    let invalid = || ConsoleError::InvalidKey.api(lang);
    let Ok(Json(upload)) = body else {
        return invalid();
    };
    let (Ok(recipient), true) = (
        parse_recipient(&upload.recipient),
        is_passphrase_sealed_identity(&upload.encrypted_identity),
    ) else {
        return invalid();
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
            return ConsoleError::KeyExists.api(lang)
        }
        Err(e) => return ConsoleError::unexpected("registering a key", e).api(lang),
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
