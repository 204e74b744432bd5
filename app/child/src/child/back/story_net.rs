//! The browser's side of a story when the child comes back: open each version with the child's
//! key (checking it is this story's, this version, and for the purpose it is listed under), say
//! yes or no to a purpose, and approve or decline a version with the hash of what was shown.

use super::net::{post, show, token, OPENED};
use super::story::{ConsentLine, StoryOpen, VersionLine};
use super::{Back, BackState};
use crate::api::coming_back::ReturnView;
use crate::api::stories::{
    ChildStory, ConsentChange, VersionAnswer, STORY_CONSENT_PATH, STORY_VERSION_PATH,
};
use crate::domain::SubmissionId;
use crate::i18n::Lang;
use crate::story::{Purpose, VersionContent};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use leptos::prelude::*;

/// Opens each version of a story with the child's key (checking it belongs to this story and
/// is the version it claims to be).
pub(super) fn open_story(view: ReturnView) -> StoryOpen {
    let story = view.story.unwrap_or_else(|| ChildStory {
        naming: String::new(),
        consents: Vec::new(),
        versions: Vec::new(),
    });
    let id = SubmissionId::parse(&view.case_id).ok();
    let consents = story
        .consents
        .into_iter()
        .filter_map(|c| {
            Some(ConsentLine {
                purpose: Purpose::parse(&c.purpose)?,
                yes: c.yes,
                until: c.until,
            })
        })
        .collect();
    let versions = OPENED.with(|o| {
        let opened = o.borrow();
        story
            .versions
            .into_iter()
            .filter_map(|v| {
                let purpose = Purpose::parse(&v.purpose)?;
                // What the child approves must be what the list says it is for.
                let content = opened
                    .as_ref()
                    .zip(id.as_ref())
                    .zip(BASE64.decode(&v.ciphertext).ok())
                    .and_then(|((o, id), bytes)| {
                        VersionContent::open(&bytes, &o.identity, id, &v.id).ok()
                    })
                    .filter(|c| c.purpose == purpose);
                Some(VersionLine {
                    purpose,
                    id: v.id,
                    state: v.state,
                    content,
                })
            })
            .collect()
    });
    StoryOpen { consents, versions }
}

/// The child says yes, no or yes again to a purpose; the story is shown again as it now is.
pub async fn change_consent(back: Back, lang: Lang, purpose: Purpose, yes: bool) {
    let Some(token) = token() else {
        return;
    };
    let body = ConsentChange {
        token: token.to_string(),
        purpose: purpose.as_str().to_owned(),
        yes,
    };
    match post(STORY_CONSENT_PATH, &body, lang).await {
        Ok(_) => {
            back.error.set(None);
            let said = if yes {
                "story-consent-saved-yes"
            } else {
                "story-consent-saved-no"
            };
            back.notice.set(Some(lang.t(said)));
            show(back, lang).await;
        }
        Err(message) => back.error.set(Some(message)),
    }
}

/// The child approves or declines the version `id` exactly as they read it: the approval
/// carries the hash of what this browser opened and showed.
pub async fn answer_version(back: Back, lang: Lang, id: String, approve: bool) {
    let Some(token) = token() else {
        return;
    };
    let hash = match back.state.get_untracked() {
        BackState::Story(open) => open
            .versions
            .iter()
            .find(|v| v.id == id)
            .and_then(|v| v.content.as_ref())
            .map(VersionContent::hash),
        _ => None,
    };
    let Some(hash) = hash else {
        back.error.set(Some(lang.t("back-cannot-open")));
        return;
    };
    let body = VersionAnswer {
        token: token.to_string(),
        version: id,
        approve,
        hash,
    };
    match post(STORY_VERSION_PATH, &body, lang).await {
        Ok(_) => {
            back.error.set(None);
            let said = if approve {
                "story-version-saved-yes"
            } else {
                "story-version-saved-no"
            };
            back.notice.set(Some(lang.t(said)));
            show(back, lang).await;
        }
        Err(message) => back.error.set(Some(message)),
    }
}
