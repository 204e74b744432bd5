//! Publishing a story version: only a public-education version whose words hash to the very
//! version the child approved, while the consent holds (the child's yes and, where the policy
//! asks, a second yes recorded by another editor than the one publishing), with no name when the
//! child chose none, and naming no facility.

use super::console_error::ConsoleError;
use super::console_guard::{Api, StoryEditors};
use super::console_stories::editable;
use super::AppState;
use crate::audit::{Actor, AuditAction};
use crate::story_rules::names_a_facility;
use app::api::stories::Publish;
use app::i18n::Lang;
use app::story::{Purpose, VersionContent};
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use http::StatusCode;

/// `POST /console/api/stories/{id}/versions/{version}/publish`.
pub async fn publish(
    Api(staff): Api<StoryEditors>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    Path((id, version_id)): Path<(String, String)>,
    body: Result<Json<Publish>, JsonRejection>,
) -> Response {
    let editable = match editable(&state, lang, staff.account, &id).await {
        Ok(e) => e,
        Err(refused) => return refused,
    };
    let Ok(Json(words)) = body else {
        return ConsoleError::BadForm.api(lang);
    };
    let checked = async {
        let versions = state.store.story_versions(editable.story.seq).await?;
        let facilities = state.store.facility_names().await?;
        Ok::<_, sqlx::Error>((versions, facilities))
    };
    let (versions, facilities) = match checked.await {
        Ok(found) => found,
        Err(e) => return ConsoleError::unexpected("reading a version", e).api(lang),
    };
    let Some(version) = versions.iter().find(|v| v.public_id == version_id) else {
        return ConsoleError::NotFound.api(lang);
    };
    let public = editable
        .consents
        .iter()
        .find(|c| c.purpose == Purpose::Public.as_str());
    if version.purpose != Purpose::Public || !public.is_some_and(|c| c.usable) {
        return ConsoleError::NotConsented.api(lang);
    }
    // A second consent is a second person's check: whoever recorded it may not also publish.
    if public.is_some_and(|c| c.co_needed) {
        let recorder = state
            .store
            .co_consent_recorder(editable.story.seq, Purpose::Public)
            .await;
        match recorder {
            Ok(Some(by)) if by == editable.account => {
                return ConsoleError::SamePerson.api(lang);
            }
            Ok(_) => {}
            Err(e) => return ConsoleError::unexpected("reading a co-consent", e).api(lang),
        }
    }
    let content = VersionContent {
        story: editable.story.public_id.clone(),
        version: version.public_id.clone(),
        purpose: version.purpose,
        lang: words.lang.clone(),
        byline: words.byline.clone(),
        text: words.text.clone(),
    };
    // The words must be the very version the child approved: any change needs a new approval.
    if version.state != "approved" || version.approved_hash.as_deref() != Some(&content.hash()) {
        return ConsoleError::NotApproved.api(lang);
    }
    if editable.story.naming == "none" && !words.byline.trim().is_empty() {
        return ConsoleError::Named.api(lang);
    }
    if names_a_facility(&words.text, &facilities) || names_a_facility(&words.byline, &facilities) {
        return ConsoleError::NamesFacility.api(lang);
    }
    let subject = format!("{}/{}", editable.story.public_id, version.public_id);
    let stored = async {
        state
            .store
            .audit(
                Actor::Account(editable.account),
                AuditAction::StoryPublish,
                &subject,
            )
            .await?;
        state
            .store
            .publish_version(version.id, &words.lang, &words.byline, &words.text)
            .await
    };
    match stored.await {
        Ok(()) => StatusCode::CREATED.into_response(),
        Err(e) => ConsoleError::unexpected("publishing a version", e).api(lang),
    }
}
