//! `{VIEWS_PATH}`: a reviewer's saved views of the workbench, settings of their own account. A
//! view is checked whole at the edge (`SavedView::check`: closed lists and codes only, no search,
//! no unknown field) and stored as the JSON of what was checked; nobody reads another's views.

use super::console_error::ConsoleError;
use super::console_guard::{Api, CaseReaders};
use super::AppState;
use app::api::views::{SavedView, ViewName, ViewSettings, MOST_VIEWS};
use app::i18n::Lang;
use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use http::StatusCode;

pub async fn list(
    Api(staff): Api<CaseReaders>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
) -> Response {
    match state.store.saved_views(staff.account).await {
        Ok(rows) => {
            // A stored view that no longer parses (a value retired since) is left out, not an error.
            let views: Vec<SavedView> = rows
                .into_iter()
                .filter_map(|(name, settings)| {
                    let view: ViewSettings = serde_json::from_str(&settings).ok()?;
                    view.check().ok()?;
                    Some(SavedView { name, view })
                })
                .collect();
            Json(views).into_response()
        }
        Err(e) => ConsoleError::unexpected("reading saved views", e).api(lang),
    }
}

pub async fn save(
    Api(staff): Api<CaseReaders>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    body: Result<Json<SavedView>, JsonRejection>,
) -> Response {
    let Ok(Json(saved)) = body else {
        return ConsoleError::BadView.api(lang);
    };
    if saved.check().is_err() {
        return ConsoleError::BadView.api(lang);
    }
    let settings = match serde_json::to_string(&saved.view) {
        Ok(settings) => settings,
        Err(e) => return ConsoleError::unexpected("writing a view", e).api(lang),
    };
    match state
        .store
        .save_view(staff.account, &saved.name, &settings, MOST_VIEWS)
        .await
    {
        Ok(true) => StatusCode::NO_CONTENT.into_response(),
        Ok(false) => ConsoleError::TooManyViews.api(lang),
        Err(e) => ConsoleError::unexpected("saving a view", e).api(lang),
    }
}

pub async fn delete(
    Api(staff): Api<CaseReaders>,
    State(state): State<AppState>,
    Extension(lang): Extension<Lang>,
    body: Result<Json<ViewName>, JsonRejection>,
) -> Response {
    let Ok(Json(ViewName { name })) = body else {
        return ConsoleError::BadView.api(lang);
    };
    match state.store.delete_view(staff.account, &name).await {
        Ok(true) => StatusCode::NO_CONTENT.into_response(),
        Ok(false) => ConsoleError::NotFound.api(lang),
        Err(e) => ConsoleError::unexpected("deleting a view", e).api(lang),
    }
}
