//! `GET /kiosk/{token}/sw.js`: a kiosk's outbox, the service worker that keeps already-sealed
//! sends through a network outage and re-sends them with the same id
//! (`child_kiosk_outbox.js` says how). Served only under an active kiosk's token, so a personal
//! phone — where a stored trace of a send could endanger a child — never gets one; its scope is
//! the kiosk's own pages (`/kiosk/<token>`, `Service-Worker-Allowed`).

use super::child_kiosk::{active_kiosk, KIOSK_PREFIX};
use super::errors::IntakeError;
use super::AppState;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use governor::{DefaultKeyedRateLimiter, Quota};
use http::{header, HeaderValue, StatusCode};
use std::num::NonZeroU32;
use std::sync::Arc;

/// Kept sends one kiosk may deliver at once; after that, one more every two minutes (30 an
/// hour). A kiosk's outbox needs no proof of work (the session it was made for is wiped), so
/// without this a script holding a kiosk's token could fill the site's window for free; a
/// shelter's outage leaves far fewer.
pub const DELIVERIES_PER_HOUR: u32 = 30;

/// Deliveries counted per kiosk (by its token's hash), with `governor`'s keyed limiter.
#[derive(Clone)]
pub struct KioskDeliveries(Arc<DefaultKeyedRateLimiter<String>>);

impl Default for KioskDeliveries {
    fn default() -> Self {
        let per_hour = NonZeroU32::new(DELIVERIES_PER_HOUR).expect("not zero");
        Self(Arc::new(DefaultKeyedRateLimiter::keyed(Quota::per_hour(
            per_hour,
        ))))
    }
}

impl KioskDeliveries {
    /// Counts one delivery for the kiosk; beyond its hour's share, "busy" (the outbox keeps the
    /// send and tries again later).
    pub fn admit(&self, kiosk_hash: &str) -> Result<(), IntakeError> {
        self.0
            .check_key(&kiosk_hash.to_owned())
            .map_err(|_| IntakeError::Busy)
    }
}

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
