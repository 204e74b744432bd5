//! `GET /kiosk/{token}/sw.js`: a kiosk's outbox, the service worker that keeps already-sealed
//! sends through a network outage and re-sends them with the same id
//! (`child_kiosk_outbox.js` says how). Served only under an active kiosk's token, so a personal
//! phone — where a stored trace of a send could endanger a child — never gets one; its scope is
//! the kiosk's own pages (`/kiosk/<token>`, `Service-Worker-Allowed`).

use super::child_kiosk::{active_kiosk, KIOSK_PREFIX};
use super::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use http::{header, HeaderValue, StatusCode};

pub async fn script(State(state): State<AppState>, Path(raw): Path<String>) -> Response {
    let Some(token) = active_kiosk(&state, &raw).await else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let scope = format!("{KIOSK_PREFIX}{}", token.reveal());
    let mut response = (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        include_str!("child_kiosk_outbox.js"),
    )
        .into_response();
    if let Ok(scope) = HeaderValue::from_str(&scope) {
        response
            .headers_mut()
            .insert("service-worker-allowed", scope);
    }
    response
}
