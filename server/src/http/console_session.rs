//! Console sign-in, sign-out and the signed-in viewer.
//!
//! - Sign-in rotates the session id (no fixation), stores who signed in, when, and a random CSRF
//!   token that every state-changing console form must echo.
//! - Idle timeout: the session cookie and row expire 30 minutes after the last request (saved on
//!   every request). Absolute timeout: `login_at` + the configured maximum, checked here.
//! - Sign-out destroys the session server-side, so the old cookie is worth nothing.

use super::console_error::ConsoleError;
use super::AppState;
use crate::accounts::login::{authenticate, LoginRefusal, SignedIn};
use crate::audit::{Actor, AuditAction};
use app::i18n::Lang;
use axum::extract::rejection::FormRejection;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use console_ui::console::login_page::{login_document, LoginPage};
use console_ui::console::Viewer;
use http::StatusCode;
use leptos::nonce::Nonce;
use serde::Deserialize;
use tower_sessions::Session;
use zeroize::Zeroize;

pub(super) const ACCOUNT: &str = "account_id";
pub(super) const HANDLE: &str = "handle";
pub(super) const ROLE: &str = "role";
const LOGIN_AT: &str = "login_at";
const GENERATION: &str = "generation";
pub(super) const CSRF: &str = "csrf";

pub(super) fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Whether a signed-in session still stands: the account is active, has the role the session
/// was given, and was not disabled (or enabled again) since. Read from the database on every
/// request, so offboarding and role changes take effect at once, not after 12 hours.
async fn still_stands(state: &AppState, session: &Session) -> Result<bool, StatusCode> {
    let account = session.get::<i64>(ACCOUNT).await.ok().flatten();
    let role = session.get::<String>(ROLE).await.ok().flatten();
    let generation = session.get::<i64>(GENERATION).await.ok().flatten();
    let (Some(account), Some(role), Some(generation)) = (account, role, generation) else {
        return Ok(false);
    };
    match state.store.standing(account).await {
        Ok(Some(now)) => {
            Ok(now.status == "active" && now.role == role && now.generation == generation)
        }
        Ok(None) => Ok(false),
        Err(e) => {
            tracing::error!(error = %e, "reading an account's standing failed");
            Err(StatusCode::SERVICE_UNAVAILABLE)
        }
    }
}

/// Middleware: puts the signed-in [`Viewer`] into the request, ending sessions past their
/// absolute lifetime and sessions of accounts disabled or changed since they signed in.
pub async fn load_viewer(
    State(state): State<AppState>,
    session: Session,
    mut req: Request,
    next: Next,
) -> Response {
    let login_at = session.get::<i64>(LOGIN_AT).await.ok().flatten();
    if let Some(login_at) = login_at {
        let stands = match still_stands(&state, &session).await {
            Ok(stands) => stands,
            Err(status) => return status.into_response(),
        };
        if !stands || now() >= login_at + state.console_session_max_secs {
            let _ = session.flush().await;
        } else if let (Ok(Some(handle)), Ok(Some(role)), Ok(Some(csrf))) = (
            session.get::<String>(HANDLE).await,
            session.get::<String>(ROLE).await,
            session.get::<String>(CSRF).await,
        ) {
            // `still_stands` compared it with the account's role: it parses.
            if let Some(role) = app::vocabulary::Role::parse(&role) {
                req.extensions_mut().insert(Viewer { handle, role, csrf });
            }
        }
    }
    next.run(req).await
}

/// How the sign-in page is drawn for this response.
fn login_page(state: &AppState, nonce: &Nonce) -> LoginPage {
    LoginPage {
        nonce: nonce.to_string(),
        passkeys: state.passkeys.is_some(),
    }
}

pub async fn login_form(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Extension(nonce): Extension<Nonce>,
) -> Html<String> {
    Html(login_document(lang, login_page(&state, &nonce), None))
}

#[derive(Deserialize)]
pub struct LoginForm {
    handle: String,
    password: String,
    code: String,
}

impl Drop for LoginForm {
    fn drop(&mut self) {
        self.password.zeroize();
    }
}

pub async fn login(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Extension(nonce): Extension<Nonce>,
    session: Session,
    form: Result<Form<LoginForm>, FormRejection>,
) -> Response {
    let refuse = |message: String| {
        (
            StatusCode::BAD_REQUEST,
            Html(login_document(
                lang,
                login_page(&state, &nonce),
                Some(message),
            )),
        )
            .into_response()
    };
    let Ok(Form(form)) = form else {
        return refuse(lang.t("login-failed"));
    };
    let handle = form.handle.trim().to_lowercase();
    let outcome = match authenticate(&state.store, &handle, &form.password, &form.code, now()).await
    {
        Ok(outcome) => outcome,
        Err(e) => return ConsoleError::unexpected("console session", e).page(lang),
    };
    let signed_in = match outcome {
        Ok(signed_in) => signed_in,
        Err(refusal) => {
            let (actor, message) = match refusal {
                LoginRefusal::Wrong { account_id } => (
                    account_id.map(Actor::Account).unwrap_or(Actor::Anonymous),
                    lang.t("login-failed"),
                ),
                // The same words as a wrong password: a guesser learns nothing of the lock.
                LoginRefusal::Locked { account_id } => {
                    (Actor::Account(account_id), lang.t("login-failed"))
                }
                LoginRefusal::Busy => return ConsoleError::Busy.page(lang),
            };
            if let Err(e) = state
                .store
                .audit(actor, AuditAction::LoginRefused, "")
                .await
            {
                return ConsoleError::unexpected("console session", e).page(lang);
            }
            return refuse(message);
        }
    };
    if let Err(e) = begin_session(&state, &session, &signed_in).await {
        return ConsoleError::unexpected("console session", e).page(lang);
    }
    Redirect::to("/console").into_response()
}

/// Starts the signed-in session (both factors checked): a new session id (no fixation), who
/// signed in and when, a fresh CSRF token; audited as a sign-in.
pub(super) async fn begin_session(
    state: &AppState,
    session: &Session,
    signed_in: &SignedIn,
) -> anyhow::Result<()> {
    let csrf = app::domain::SubmissionId::generate().to_string();
    session.cycle_id().await?;
    session.insert(ACCOUNT, signed_in.account_id).await?;
    session.insert(HANDLE, &signed_in.handle).await?;
    session.insert(ROLE, signed_in.role.as_str()).await?;
    session.insert(GENERATION, signed_in.generation).await?;
    session.insert(LOGIN_AT, now()).await?;
    session.insert(CSRF, csrf).await?;
    let audited = state
        .store
        .audit(Actor::Account(signed_in.account_id), AuditAction::Login, "")
        .await;
    if let Err(e) = audited {
        let _ = session.flush().await;
        return Err(e.into());
    }
    Ok(())
}

#[derive(Deserialize)]
pub struct CsrfForm {
    csrf: String,
}

/// A console form with the session's CSRF token in its `csrf` field.
pub(super) trait WithCsrf {
    fn csrf(&self) -> &str;
}

impl WithCsrf for CsrfForm {
    fn csrf(&self) -> &str {
        &self.csrf
    }
}

/// The session's CSRF token, for the forms of a page (empty when there is none: every post then
/// fails its check).
pub(super) async fn page_csrf(session: &Session) -> String {
    session
        .get::<String>(CSRF)
        .await
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// Whether the token sent is the session's, compared in constant time (no timing oracle that
/// would let a page guess a token byte by byte). No session token never matches.
pub(super) fn same_token(expected: Option<&str>, sent: Option<&str>) -> bool {
    use subtle::ConstantTimeEq;
    match (expected, sent) {
        (Some(expected), Some(sent)) if !expected.is_empty() => {
            expected.as_bytes().ct_eq(sent.as_bytes()).into()
        }
        _ => false,
    }
}

/// The form, if it carries the session's CSRF token; otherwise (or without a form at all) a
/// translated 403 page, and nothing changes.
pub(super) async fn checked_form<T: WithCsrf>(
    session: &Session,
    lang: Lang,
    form: Result<Form<T>, FormRejection>,
) -> Result<T, Response> {
    let expected = session.get::<String>(CSRF).await.ok().flatten();
    match form {
        Ok(Form(f)) if same_token(expected.as_deref(), Some(f.csrf())) => Ok(f),
        _ => {
            let title = lang.t("page-title-error");
            let page =
                app::error_page::error_document(lang, &title, &lang.t("error-csrf"), "/console");
            Err((StatusCode::FORBIDDEN, Html(page)).into_response())
        }
    }
}

pub async fn logout(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    session: Session,
    form: Result<Form<CsrfForm>, FormRejection>,
) -> Response {
    let account = session.get::<i64>(ACCOUNT).await.ok().flatten();
    if let Err(refused) = checked_form(&session, lang, form).await {
        return refused;
    }
    if let Err(e) = session.flush().await {
        return ConsoleError::unexpected("console session", e).page(lang);
    }
    if let Some(account) = account {
        if let Err(e) = state
            .store
            .audit(Actor::Account(account), AuditAction::Logout, "")
            .await
        {
            return ConsoleError::unexpected("console session", e).page(lang);
        }
    }
    Redirect::to("/console/login").into_response()
}

#[cfg(test)]
mod tests {
    use super::same_token;

    #[test]
    fn tokens_match_only_exactly_and_never_without_a_session_token() {
        assert!(same_token(Some("abc123"), Some("abc123")));
        assert!(!same_token(Some("abc123"), Some("abc124")));
        assert!(!same_token(Some("abc123"), Some("abc12")));
        assert!(!same_token(Some("abc123"), None));
        assert!(!same_token(None, Some("")));
        assert!(!same_token(Some(""), Some("")));
    }
}
