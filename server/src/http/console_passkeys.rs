//! `/console/passkeys`: every signed-in account manages its own passkeys. Adding one and removing
//! one ask for a fresh second factor (step-up): a session left open on a desk must not be able to
//! plant the thief's passkey or take away the owner's. Both are audited.

use super::console_error::ConsoleError;
use super::console_guard::{AnyStaff, Api, Page};
use super::console_session::{checked_form, now, page_csrf, WithCsrf, HANDLE};
use super::console_step_up::{api_step_up, step_up};
use super::AppState;
use crate::accounts::passkeys::{PasskeyLabel, PendingRegistration, Refused};
use crate::audit::{Actor, AuditAction};
use app::i18n::Lang;
use axum::extract::rejection::{FormRejection, JsonRejection};
use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};
use axum::{Extension, Form, Json};
use console_ui::console::passkeys_page::{passkeys_document, PasskeyLine, PasskeysForm};
use http::StatusCode;
use leptos::nonce::Nonce;
use serde::Deserialize;
use tower_sessions::Session;
use webauthn_rs::prelude::RegisterPublicKeyCredential;
use zeroize::Zeroize;

const PENDING_REGISTRATION: &str = "passkey_pending_registration";

async fn page(
    state: &AppState,
    session: &Session,
    lang: Lang,
    nonce: &Nonce,
    account: i64,
    notice: Option<String>,
) -> Response {
    let rows = match state.store.passkeys_of(account).await {
        Ok(rows) => rows,
        Err(e) => return ConsoleError::unexpected("reading passkeys", e).page(lang),
    };
    let form = PasskeysForm {
        csrf: page_csrf(session).await,
        nonce: nonce.to_string(),
        available: state.passkeys.is_some(),
        passkeys: rows
            .into_iter()
            .map(|r| PasskeyLine {
                id: r.id,
                label: r.label,
                created_on: r.created_on,
                last_used_on: r.last_used_on,
            })
            .collect(),
        notice,
    };
    Html(passkeys_document(lang, form)).into_response()
}

/// `GET /console/passkeys` (any signed-in role). `?added=1` after the script added one.
pub async fn show(
    Page(staff): Page<AnyStaff>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Extension(nonce): Extension<Nonce>,
    session: Session,
    uri: http::Uri,
) -> Response {
    let account = staff.account;
    let notice = (uri.query() == Some("added=1")).then(|| lang.t("passkeys-added-notice"));
    page(&state, &session, lang, &nonce, account, notice).await
}

/// `POST /console/passkeys`: the add form sent without its script (passkeys need one).
pub async fn without_script(
    Page(staff): Page<AnyStaff>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Extension(nonce): Extension<Nonce>,
    session: Session,
) -> Response {
    let account = staff.account;
    let notice = Some(lang.t("passkey-unsupported"));
    let mut response = page(&state, &session, lang, &nonce, account, notice).await;
    if response.status().is_success() {
        *response.status_mut() = StatusCode::BAD_REQUEST;
    }
    response
}

#[derive(Deserialize)]
pub struct AddRequest {
    label: String,
    #[serde(default)]
    code: String,
}

impl Drop for AddRequest {
    fn drop(&mut self) {
        self.code.zeroize();
    }
}

/// `POST /console/passkeys/register`: label and step-up; a challenge to create a passkey.
pub async fn register_start(
    Api(staff): Api<AnyStaff>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    body: Result<Json<AddRequest>, JsonRejection>,
) -> Response {
    let account = staff.account;
    let Some(passkeys) = state.passkeys.as_ref() else {
        return ConsoleError::NoPasskeys.api(lang);
    };
    let Ok(Json(request)) = body else {
        return ConsoleError::PasskeyFailed.api(lang);
    };
    let Some(label) = PasskeyLabel::parse(&request.label) else {
        return ConsoleError::BadLabel.api(lang);
    };
    if let Err(refused) = api_step_up(&state, &session, lang, &request.code).await {
        return refused;
    }
    let handle = session
        .get::<String>(HANDLE)
        .await
        .ok()
        .flatten()
        .unwrap_or_default();
    let begun = passkeys
        .begin_registration(&state.store, account, &handle, label, now())
        .await;
    match begun {
        Err(e) => ConsoleError::unexpected("starting a passkey registration", e).api(lang),
        Ok((challenge, pending)) => match session.insert(PENDING_REGISTRATION, pending).await {
            Ok(()) => Json(challenge).into_response(),
            Err(e) => ConsoleError::unexpected("keeping a passkey challenge", e).api(lang),
        },
    }
}

/// `POST /console/passkeys/register/answer`: the new credential; stored and audited.
pub async fn register_answer(
    Api(staff): Api<AnyStaff>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    body: Result<Json<RegisterPublicKeyCredential>, JsonRejection>,
) -> Response {
    let account = staff.account;
    let Some(passkeys) = state.passkeys.as_ref() else {
        return ConsoleError::NoPasskeys.api(lang);
    };
    let pending = session
        .remove::<PendingRegistration>(PENDING_REGISTRATION)
        .await
        .ok()
        .flatten();
    let (Some(pending), Ok(Json(answer))) = (pending, body) else {
        return ConsoleError::PasskeyFailed.api(lang);
    };
    let done = passkeys
        .complete_registration(&state.store, account, pending, &answer, now())
        .await;
    match done {
        Err(e) => ConsoleError::unexpected("storing a passkey", e).api(lang),
        Ok(Err(Refused::Duplicate)) => ConsoleError::Duplicate.api(lang),
        Ok(Err(_)) => ConsoleError::PasskeyFailed.api(lang),
        Ok(Ok(())) => {
            let audited = state
                .store
                .audit(Actor::Account(account), AuditAction::PasskeyAdd, "")
                .await;
            match audited {
                Ok(_) => Json(serde_json::json!({ "added": true })).into_response(),
                Err(e) => ConsoleError::unexpected("auditing a new passkey", e).api(lang),
            }
        }
    }
}

#[derive(Deserialize)]
pub struct RemoveForm {
    csrf: String,
    id: i64,
    #[serde(default)]
    code: String,
}

impl Drop for RemoveForm {
    fn drop(&mut self) {
        self.code.zeroize();
    }
}

impl WithCsrf for RemoveForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

/// `POST /console/passkeys/remove`: one of the account's own passkeys, after step-up.
pub async fn remove(
    Page(staff): Page<AnyStaff>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Extension(nonce): Extension<Nonce>,
    session: Session,
    form: Result<Form<RemoveForm>, FormRejection>,
) -> Response {
    let account = staff.account;
    let form = match checked_form(&session, lang, form).await {
        Ok(form) => form,
        Err(refused) => return refused,
    };
    let (status, notice) = match step_up(&state, &session, &form.code).await {
        Err(e) => return ConsoleError::unexpected("checking a step-up code", e).api(lang),
        Ok(false) => (StatusCode::FORBIDDEN, "step-up-bad-code"),
        Ok(true) => match state.store.remove_passkey(account, form.id).await {
            Err(e) => return ConsoleError::unexpected("removing a passkey", e).api(lang),
            // Not this account's (or gone already): nothing changes, nothing is said of others.
            Ok(false) => (StatusCode::NOT_FOUND, "passkeys-not-found"),
            Ok(true) => {
                let audited = state
                    .store
                    .audit(Actor::Account(account), AuditAction::PasskeyRemove, "")
                    .await;
                if let Err(e) = audited {
                    return ConsoleError::unexpected("auditing a removed passkey", e).api(lang);
                }
                (StatusCode::OK, "passkeys-removed")
            }
        },
    };
    let mut response = page(
        &state,
        &session,
        lang,
        &nonce,
        account,
        Some(lang.t(notice)),
    )
    .await;
    if response.status().is_success() {
        *response.status_mut() = status;
    }
    response
}
