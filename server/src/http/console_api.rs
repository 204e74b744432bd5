//! The console API's refusals as translated JSON ([`ApiError`]); who may call is decided before a
//! handler runs (`console_guard`).

use app::api::ApiError;
use app::i18n::Lang;
use app::vocabulary::ApiErrorCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use http::StatusCode;

/// A JSON refusal with a stable code and a translated message.
pub fn refuse(lang: Lang, status: StatusCode, code: ApiErrorCode, message_id: &str) -> Response {
    let body = ApiError {
        error: code,
        message: lang.t(message_id),
    };
    (status, Json(body)).into_response()
}

/// Logs the cause (never to the client) and answers 503.
pub fn unavailable(lang: Lang, what: &str, error: &dyn std::fmt::Display) -> Response {
    tracing::error!(error = %error, "{what} failed");
    refuse(
        lang,
        StatusCode::SERVICE_UNAVAILABLE,
        ApiErrorCode::Unavailable,
        "error-unavailable",
    )
}
