//! The operator's listener, apart from the child site and the console (`--operator-addr`,
//! loopback by default): `/healthz` (the process answers), `/readyz` (the database answers and
//! recipients are configured: a load balancer sends children here only then) and `/metrics`
//! (Prometheus text, by `metrics-exporter-prometheus`).
//!
//! *Invariant:* no metric could identify a child, a facility or a reviewer — by a label or by
//! its timing. Requests are labelled by site, method, route *template* and status
//! (`request_log`), never by a concrete path, query, id, token or account. And as log lines carry
//! the day only (`telemetry`), no figure moves when a child acts: the child site's requests are
//! counted only when the server failed (5xx), and messages, stories and open cases are counted up
//! to the start of the day (`Store::figures_before`), read every few seconds by Prometheus they
//! would otherwise time each send. `server/tests/it/operator.rs` searches the metrics for what a
//! child, a kiosk and a reviewer sent, and checks that a child's sends change nothing in them.

use crate::store::{Day, Store};
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use std::sync::{Arc, OnceLock};
use tokio::sync::Mutex;

/// Request durations, in seconds: buckets rather than a summary, so that several servers'
/// figures can be added up.
const DURATION_BUCKETS: [f64; 12] = [
    0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0,
];

/// The process's recorder, installed on first use (one per process, as `metrics` wants).
pub fn recorder() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        PrometheusBuilder::new()
            .set_buckets_for_metric(
                Matcher::Full("heard_http_request_duration_seconds".into()),
                &DURATION_BUCKETS,
            )
            .expect("the buckets are not empty")
            .install_recorder()
            .expect("the only recorder of the process")
    })
}

/// The day's figures, counted once a day: they cannot change within it (they count up to its
/// start), and counting them scans the cases (there is no index on the day a case arrived).
type DayFigures = Arc<Mutex<Option<(Day, (i64, i64, i64))>>>;

pub fn operator_router(store: Store) -> Router {
    recorder();
    let figures = DayFigures::default();
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route(
            "/metrics",
            get(move |State(store): State<Store>| metrics(store, figures.clone())),
        )
        .with_state(store)
}

async fn healthz() -> impl IntoResponse {
    ([(header::CACHE_CONTROL, "no-store")], "ok\n")
}

/// Ready when the database answers and there is somebody to seal to.
async fn readyz(State(store): State<Store>) -> impl IntoResponse {
    let ready = matches!(store.active_recipients().await, Ok(r) if !r.is_empty());
    let (status, body) = if ready {
        (StatusCode::OK, "ready\n")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "not ready\n")
    };
    (status, [(header::CACHE_CONTROL, "no-store")], body)
}

async fn metrics(store: Store, figures: DayFigures) -> impl IntoResponse {
    let today = Day::today();
    let mut counted = figures.lock().await;
    let day_figures = match &*counted {
        Some((day, known)) if *day == today => Ok(*known),
        _ => store.figures_before(&today).await.inspect(|fresh| {
            *counted = Some((today.clone(), *fresh));
        }),
    };
    drop(counted);
    match day_figures {
        Ok((messages, stories, open)) => {
            metrics::gauge!("heard_messages_before_today").set(messages as f64);
            metrics::gauge!("heard_stories_before_today").set(stories as f64);
            metrics::gauge!("heard_cases_open_before_today").set(open as f64);
        }
        Err(e) => tracing::warn!(error = %e, "the day's figures could not be counted"),
    }
    (
        [
            (header::CONTENT_TYPE, "text/plain; version=0.0.4"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        recorder().render(),
    )
}
