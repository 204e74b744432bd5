//! `GET|POST /console/accounts`: admins list the accounts and disable (offboard) or enable one.
//! A change needs the session's CSRF token and a fresh code from the admin's own authenticator
//! (step-up); it is audited, and it ends the account's sessions at their next request
//! (`console_session::load_viewer` re-reads every session's standing).

use super::console_error::ConsoleError;
use super::console_guard::{Admins, Page};
use super::console_session::{checked_form, page_csrf, WithCsrf, HANDLE};
use super::console_step_up::step_up;
use super::AppState;
use crate::accounts::offboarding::change_status;
use crate::audit::Actor;
use crate::store::StatusChange;
use app::i18n::Lang;
use axum::extract::rejection::FormRejection;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};
use axum::{Extension, Form};
use console_ui::console::accounts_page::{accounts_document, AccountLine, AccountsForm};
use http::StatusCode;
use leptos::nonce::Nonce;
use serde::Deserialize;
use tower_sessions::Session;
use zeroize::Zeroize;

async fn page(
    state: &AppState,
    session: &Session,
    lang: Lang,
    nonce: &Nonce,
    notice: Option<String>,
) -> Response {
    let accounts = match state.store.accounts().await {
        Ok(accounts) => accounts,
        Err(e) => return ConsoleError::unexpected("reading the accounts", e).page(lang),
    };
    let csrf = page_csrf(session).await;
    let accounts = accounts
        .into_iter()
        .map(|a| AccountLine {
            handle: a.handle,
            role: a.role,
            status: a.status,
        })
        .collect();
    let form = AccountsForm {
        csrf,
        nonce: nonce.to_string(),
        accounts,
        notice,
    };
    Html(accounts_document(lang, form)).into_response()
}

pub async fn show(
    _: Page<Admins>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Extension(nonce): Extension<Nonce>,
    session: Session,
) -> Response {
    page(&state, &session, lang, &nonce, None).await
}

#[derive(Deserialize)]
pub struct StatusForm {
    csrf: String,
    handle: String,
    action: String,
    code: String,
}

impl Drop for StatusForm {
    fn drop(&mut self) {
        self.code.zeroize();
    }
}

impl WithCsrf for StatusForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

pub async fn change(
    Page(staff): Page<Admins>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Extension(nonce): Extension<Nonce>,
    session: Session,
    form: Result<Form<StatusForm>, FormRejection>,
) -> Response {
    let account = staff.account;
    let form = match checked_form(&session, lang, form).await {
        Ok(form) => form,
        Err(refused) => return refused,
    };
    let decided = decide(&state, &session, account, &form).await;
    let (status, notice) = match decided {
        Ok(message) => (
            StatusCode::OK,
            lang.t_args(message, &[("handle", form.handle.clone().into())]),
        ),
        Err(Refusal::Told(status, message)) => (status, lang.t(message)),
        Err(Refusal::Unexpected(e)) => {
            return ConsoleError::unexpected("changing an account's status", e).page(lang);
        }
    };
    let mut response = page(&state, &session, lang, &nonce, Some(notice)).await;
    if response.status().is_success() {
        *response.status_mut() = status;
    }
    response
}

enum Refusal {
    /// Nothing changed; the admin is told why (a message id).
    Told(StatusCode, &'static str),
    Unexpected(anyhow::Error),
}

/// Checks and applies the change; the message id of what was done.
async fn decide(
    state: &AppState,
    session: &Session,
    account: i64,
    form: &StatusForm,
) -> Result<&'static str, Refusal> {
    let active = match form.action.as_str() {
        "disable" => false,
        "enable" => true,
        _ => return Err(Refusal::Told(StatusCode::BAD_REQUEST, "accounts-unknown")),
    };
    let me = session.get::<String>(HANDLE).await.ok().flatten();
    if !active && me.as_deref() == Some(form.handle.as_str()) {
        return Err(Refusal::Told(
            StatusCode::BAD_REQUEST,
            "accounts-not-yourself",
        ));
    }
    let fresh = step_up(state, session, &form.code)
        .await
        .map_err(|e| Refusal::Unexpected(e.into()))?;
    if !fresh {
        return Err(Refusal::Told(StatusCode::FORBIDDEN, "step-up-bad-code"));
    }
    let changed = change_status(&state.store, Actor::Account(account), &form.handle, active)
        .await
        .map_err(Refusal::Unexpected)?;
    match changed {
        StatusChange::Done { .. } if active => Ok("accounts-enabled"),
        StatusChange::Done { .. } => Ok("accounts-disabled"),
        _ => Err(Refusal::Told(StatusCode::BAD_REQUEST, "accounts-unknown")),
    }
}
