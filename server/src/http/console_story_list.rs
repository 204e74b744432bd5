//! The story editors' list and one opened story.
//!
//! - `GET /console/api/stories?before=`: a page of the stories sealed to the caller that the
//!   child says yes to, newest first, without their ciphertext: nothing an editor does not open
//!   leaves the server.
//! - `GET /console/api/stories/{id}`: one story, its ciphertext and its versions (those of
//!   purposes the child says yes to), and what a new version is sealed to; audited `story.fetch`
//!   before it is sent.

use super::console_error::ConsoleError;
use super::console_guard::{Api, StoryEditors};
use super::console_stories::{consents_of, editable, Editable};
use super::AppState;
use crate::audit::{Actor, AuditAction};
use app::api::stories::{
    EditorStory, EditorStoryLine, EditorStoryPage, EditorVersion, STORY_PAGE_SIZE,
};
use app::domain::SubmissionId;
use app::i18n::Lang;
use app::story::Purpose;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct PageQuery {
    before: Option<String>,
}

/// `GET /console/api/stories?before=`.
pub async fn list(
    Api(staff): Api<StoryEditors>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    query: Result<Query<PageQuery>, QueryRejection>,
) -> Response {
    let account = staff.account;
    let bad = || ConsoleError::BadFilter.api(lang);
    let Ok(Query(query)) = query else {
        return bad();
    };
    let page = async {
        let Some(recipient) = state.store.recipient_of(account).await? else {
            return Ok(Some(EditorStoryPage {
                stories: Vec::new(),
                next_before: None,
            }));
        };
        // The cursor is a story this editor can see; anything else is refused alike.
        let before = match query.before.as_deref().filter(|b| !b.is_empty()) {
            None => None,
            Some(raw) => {
                let Ok(id) = SubmissionId::parse(raw) else {
                    return Ok(None);
                };
                let found = state
                    .store
                    .stories_sealed_to(account, &recipient, Some(id.as_str()))
                    .await?;
                match found.first() {
                    Some((story, _)) => Some(story.seq),
                    None => return Ok(None),
                }
            }
        };
        let rows = state
            .store
            .story_lines_sealed_to(account, &recipient, before, STORY_PAGE_SIZE)
            .await?;
        let next_before = (rows.len() as i64 == STORY_PAGE_SIZE)
            .then(|| rows.last().map(|r| r.public_id.clone()))
            .flatten();
        let policy = state.store.story_policy().await?;
        let mut stories = Vec::new();
        for story in rows {
            let consents = consents_of(&state, &story, &policy).await?;
            if consents.iter().any(|c| c.child_yes) {
                stories.push(EditorStoryLine {
                    id: story.public_id,
                    received_on: story.received_on,
                    naming: story.naming,
                    consents,
                });
            }
        }
        Ok::<_, sqlx::Error>(Some(EditorStoryPage {
            stories,
            next_before,
        }))
    };
    match page.await {
        Ok(Some(page)) => Json(page).into_response(),
        Ok(None) => bad(),
        Err(e) => ConsoleError::unexpected("listing stories", e).api(lang),
    }
}

/// `GET /console/api/stories/{id}`.
pub async fn detail(
    Api(staff): Api<StoryEditors>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Path(id): Path<String>,
) -> Response {
    let editable = match editable(&state, lang, staff.account, &id).await {
        Ok(e) => e,
        Err(refused) => return refused,
    };
    let Editable {
        account,
        story,
        consents,
        ciphertext,
    } = editable;
    let opened = async {
        state
            .store
            .audit(
                Actor::Account(account),
                AuditAction::StoryFetch,
                &story.public_id,
            )
            .await?;
        let live = |p: Purpose| {
            consents
                .iter()
                .any(|c| c.purpose == p.as_str() && c.child_yes)
        };
        let versions = state
            .store
            .story_versions(story.seq)
            .await?
            .into_iter()
            .filter(|v| live(v.purpose))
            .map(|v| EditorVersion {
                id: v.public_id,
                purpose: v.purpose.as_str().to_owned(),
                lang: v.lang,
                state: v.state,
                ciphertext: BASE64.encode(v.ciphertext),
                published: v.published,
            })
            .collect();
        let mut seal_to = state.store.story_recipients_now(story.seq).await?;
        seal_to.push(story.child_recipient.clone());
        Ok::<_, sqlx::Error>(EditorStory {
            id: story.public_id.clone(),
            received_on: story.received_on.clone(),
            naming: story.naming.clone(),
            ciphertext: BASE64.encode(ciphertext),
            seal_to,
            consents: consents.clone(),
            versions,
        })
    };
    match opened.await {
        Ok(story) => Json(story).into_response(),
        Err(e) => ConsoleError::unexpected("opening a story", e).api(lang),
    }
}
