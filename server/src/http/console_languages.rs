//! `GET|POST /console/languages`: admins see every child-facing language's status (translator,
//! native review, coverage) and choose the language a locale's missing messages are shown in.
//! A change is checked (`languages::check_fallback`), needs a fresh authenticator code
//! (step-up), and is stored, audited and used from the next page.

use super::console_error::ConsoleError;
use super::console_guard::{Admins, Page};
use super::console_session::{checked_form, page_csrf, WithCsrf};
use super::console_step_up::step_up;
use super::AppState;
use crate::audit::{Actor, AuditAction};
use crate::languages::{check_fallback, table};
use app::i18n::{coverage, Lang, Locale};
use axum::extract::rejection::FormRejection;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};
use axum::{Extension, Form};
use console_ui::console::languages_page::{languages_document, LanguageRow, LanguagesForm};
use http::StatusCode;
use leptos::nonce::Nonce;
use serde::Deserialize;
use tower_sessions::Session;

async fn page(
    state: &AppState,
    session: &Session,
    lang: Lang,
    nonce: &Nonce,
    notice: Option<String>,
) -> String {
    let rows = table(&state.fallbacks)
        .into_iter()
        .map(|r| LanguageRow {
            locale: r.locale,
            translator: (!r.status.is_machine()).then(|| r.status.translator.clone()),
            native_review: r.status.native_review,
            done: r.coverage.done,
            total: r.coverage.total,
            percent: r.coverage.percent(),
            fallback: r.fallback,
        })
        .collect();
    let complete = Locale::ALL
        .into_iter()
        .filter(|l| coverage(*l).is_full())
        .collect();
    let csrf = page_csrf(session).await;
    languages_document(
        lang,
        LanguagesForm {
            csrf,
            nonce: nonce.to_string(),
            rows,
            complete,
            notice,
        },
    )
}

pub async fn show(
    _: Page<Admins>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Extension(nonce): Extension<Nonce>,
    session: Session,
) -> Response {
    Html(page(&state, &session, lang, &nonce, None).await).into_response()
}

impl WithCsrf for FallbackChoice {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

#[derive(Deserialize)]
pub struct FallbackChoice {
    csrf: String,
    locale: String,
    fallback: String,
    #[serde(default)]
    code: String,
}

pub async fn set_fallback(
    Page(staff): Page<Admins>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Extension(nonce): Extension<Nonce>,
    session: Session,
    form: Result<Form<FallbackChoice>, FormRejection>,
) -> Response {
    let account = staff.account;
    // A post without the session's token (or without a form at all) changes nothing.
    let form = match checked_form(&session, lang, form).await {
        Ok(form) => form,
        Err(refused) => return refused,
    };
    let Ok((locale, fallback)) = check_fallback(&form.locale, &form.fallback) else {
        let refused = page(
            &state,
            &session,
            lang,
            &nonce,
            Some(lang.t("error-bad-fallback")),
        )
        .await;
        return (StatusCode::BAD_REQUEST, Html(refused)).into_response();
    };
    // What children read in their language changes: a fresh second factor, not only a session.
    match step_up(&state, &session, &form.code).await {
        Ok(true) => {}
        Ok(false) => {
            let refused = page(
                &state,
                &session,
                lang,
                &nonce,
                Some(lang.t("step-up-bad-code")),
            )
            .await;
            return (StatusCode::FORBIDDEN, Html(refused)).into_response();
        }
        Err(e) => return ConsoleError::unexpected("checking a step-up code", e).page(lang),
    }
    let subject = format!("{}={}", locale.code(), fallback.code());
    let stored = async {
        state
            .store
            .set_locale_fallback(locale.code(), fallback.code())
            .await?;
        state
            .store
            .audit(
                Actor::Account(account),
                AuditAction::LanguageFallbackSet,
                &subject,
            )
            .await
    };
    if let Err(e) = stored.await {
        return ConsoleError::unexpected("storing a fallback language", e).page(lang);
    }
    state.fallbacks.set(locale, fallback);
    Html(
        page(
            &state,
            &session,
            lang,
            &nonce,
            Some(lang.t("languages-saved")),
        )
        .await,
    )
    .into_response()
}
