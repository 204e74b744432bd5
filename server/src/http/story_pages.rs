//! The two pages of stories: the editors' page in the console (the workbench's host) and the
//! public story page on the child site. The public page checks every story again on each
//! request — the child's yes for public education holds today (not withdrawn, not expired, a
//! second yes where the policy asks one) and the stored words hash to the approved version — so
//! nothing withdrawn, expired or changed after approval is ever shown.

use super::console_error::ConsoleError;
use super::console_guard::{Page, StoryEditors};
use super::errors::{IntakeError, Refusal};
use super::AppState;
use crate::store::Day;
use app::i18n::Lang;
use app::story::{Purpose, VersionContent};
use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};
use axum::Extension;
use child_ui::public_stories::{public_stories_document, PublicStory};
use console_ui::console::inbox_page::WorkbenchSeed;
use console_ui::console::stories_page::stories_document;
use leptos::nonce::Nonce;
use tower_sessions::Session;

/// `GET /console/stories`.
pub async fn editor_page(
    Page(staff): Page<StoryEditors>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Extension(nonce): Extension<Nonce>,
    session: Session,
) -> Response {
    let account = staff.account;
    let has_key = match state.store.recipient_of(account).await {
        Ok(key) => key.is_some(),
        Err(e) => return ConsoleError::unexpected("reading a key", e).page(lang),
    };
    let seed = WorkbenchSeed {
        csrf: super::console_session::page_csrf(&session).await,
        nonce: nonce.to_string(),
        fallbacks: String::new(),
        handle: String::new(),
    };
    Html(stories_document(lang, has_key, seed)).into_response()
}

/// The stories the public may read today, each checked against the child's approval.
pub async fn publishable(state: &AppState) -> Result<Vec<PublicStory>, sqlx::Error> {
    let policy = state.store.story_policy().await?;
    let today = Day::today();
    let rows = state.store.published_stories().await?;
    Ok(rows
        .into_iter()
        .filter(|r| policy.usable(&r.consent, r.age, &today))
        .filter(|r| {
            let content = VersionContent {
                story: r.story_id.clone(),
                version: r.version_id.clone(),
                purpose: Purpose::Public,
                lang: r.lang.clone(),
                byline: r.byline.clone(),
                text: r.body.clone(),
            };
            r.approved_hash.as_deref() == Some(content.hash().as_str())
        })
        .map(|r| PublicStory {
            lang: r.lang,
            byline: r.byline,
            text: r.body,
        })
        .collect())
}

/// `GET /stories` (child site).
pub async fn public_page(
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
) -> Response {
    match publishable(&state).await {
        Ok(stories) => Html(public_stories_document(lang, stories)).into_response(),
        Err(e) => Refusal::new(
            lang,
            IntakeError::Unexpected(anyhow::Error::from(e).context("reading published stories")),
            false,
        )
        .into_response(),
    }
}
