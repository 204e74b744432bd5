//! `GET/POST /console/enrol/{token}`: an invited person sets a password and a TOTP
//! authenticator. The link is the credential: one use, expiring, stored only as a hash. Cross-site
//! posts are refused by the fetch-metadata layer like every state change.
//!
//! The reviewer's age key is generated in the browser at this step once the console has its own
//! bundle (console issue); until then enrolment sets the sign-in credentials only.

use super::console_error::ConsoleError;
use super::AppState;
use crate::accounts::credentials::{self, PasswordError, MIN_PASSWORD_CHARS};
use crate::accounts::{Invitation, InvitationToken};
use crate::audit::{Actor, AuditAction};
use app::i18n::Lang;
use axum::extract::rejection::FormRejection;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Response};
use axum::{Extension, Form};
use console_ui::console::enrol_page::{enrol_done_document, enrol_form_document, EnrolForm};
use http::StatusCode;
use serde::Deserialize;
use zeroize::Zeroize;

pub async fn show(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Path(raw): Path<String>,
) -> Response {
    match open(&state, &raw).await {
        Ok(Some((_, invitation))) => {
            let secret = credentials::new_totp_secret();
            form_page(lang, &invitation, &secret, None, StatusCode::OK)
        }
        Ok(None) => invalid_link(lang),
        Err(e) => ConsoleError::unexpected("enrolment", e).page(lang),
    }
}

#[derive(Deserialize)]
pub struct EnrolSubmission {
    password: String,
    password_confirm: String,
    totp_key: String,
    code: String,
}

impl Drop for EnrolSubmission {
    fn drop(&mut self) {
        self.password.zeroize();
        self.password_confirm.zeroize();
        self.totp_key.zeroize();
    }
}

pub async fn submit(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Path(raw): Path<String>,
    form: Result<Form<EnrolSubmission>, FormRejection>,
) -> Response {
    let (token, invitation) = match open(&state, &raw).await {
        Ok(Some(found)) => found,
        Ok(None) => return invalid_link(lang),
        Err(e) => return ConsoleError::unexpected("enrolment", e).page(lang),
    };
    let Ok(Form(form)) = form else {
        let secret = credentials::new_totp_secret();
        return form_page(
            lang,
            &invitation,
            &secret,
            Some(lang.t("error-bad-form")),
            StatusCode::BAD_REQUEST,
        );
    };
    let refuse = |message: String| {
        form_page(
            lang,
            &invitation,
            &form.totp_key,
            Some(message),
            StatusCode::BAD_REQUEST,
        )
    };
    let password_hash = match credentials::hash_new_password(&form.password, &form.password_confirm)
    {
        Ok(hash) => hash,
        Err(PasswordError::TooShort) => {
            return refuse(lang.t_args(
                "error-password-short",
                &[("min", MIN_PASSWORD_CHARS.into())],
            ))
        }
        Err(PasswordError::TooLong) => return refuse(lang.t("error-password-long")),
        Err(PasswordError::Mismatch) => return refuse(lang.t("error-password-mismatch")),
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let Some(step) = credentials::accepted_step(&form.totp_key, &form.code, now, 0) else {
        return refuse(lang.t("error-code-wrong"));
    };
    let account = match state
        .store
        .complete_enrolment(&token, &password_hash, &form.totp_key, step)
        .await
    {
        Ok(Some(account)) => account,
        Ok(None) => return invalid_link(lang),
        Err(e) => return ConsoleError::unexpected("enrolment", e).page(lang),
    };
    let audited = state.store.audit(
        Actor::Account(account),
        AuditAction::AccountEnrol,
        &invitation.handle,
    );
    if let Err(e) = audited.await {
        return ConsoleError::unexpected("enrolment", e).page(lang);
    }
    (StatusCode::OK, Html(enrol_done_document(lang))).into_response()
}

async fn open(
    state: &AppState,
    raw: &str,
) -> anyhow::Result<Option<(InvitationToken, Invitation)>> {
    let Some(token) = InvitationToken::parse(raw) else {
        return Ok(None);
    };
    Ok(state
        .store
        .open_invitation(&token)
        .await?
        .map(|inv| (token, inv)))
}

fn form_page(
    lang: Lang,
    invitation: &Invitation,
    secret: &str,
    error: Option<String>,
    status: StatusCode,
) -> Response {
    let form = EnrolForm {
        handle: invitation.handle.clone(),
        totp_key: secret.to_owned(),
        qr_svg: credentials::totp_qr_svg(secret, &invitation.handle).unwrap_or_default(),
        error,
        min_password_chars: MIN_PASSWORD_CHARS,
    };
    (status, Html(enrol_form_document(lang, form))).into_response()
}

fn invalid_link(lang: Lang) -> Response {
    let title = lang.t("enrol-title");
    let page =
        app::error_page::error_document(lang, &title, &lang.t("error-link-invalid"), "/console");
    (StatusCode::NOT_FOUND, Html(page)).into_response()
}
