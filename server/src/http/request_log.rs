//! The request log. It names the listener, the method, the route *template* (never the concrete
//! path or query), the status and the duration — and nothing about who asked: no IP address, no
//! user agent, no header at all. Axum never sees the peer address because no handler asks for
//! `ConnectInfo`.
//!
//! The same labels count the request and time it for the operator's metrics (`operator`): a
//! method other than the usual ones is counted as "unusual", so no request can make a new label.
//! On the child site only a server failure (5xx) is counted: a count that moved with each child's
//! visit would time it (see `operator`).
//!
//! A kiosk's outbox keeps a send the server refuses and tries it again later (it is a child's
//! message nobody can seal again): such a refusal is counted apart and logged as a warning, by
//! status only, so an operator learns that a kiosk holds a send that cannot arrive. It moves when
//! a kiosk's line comes back, not when a child writes.

use super::security::Site;
use app::api::KIOSK_QUEUE_HEADER;
use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::Method;
use std::time::Instant;

pub async fn log_request(State(site): State<Site>, req: Request, next: Next) -> Response {
    let method = req.method().clone();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "<static or unknown>".to_owned());
    let from_kiosk_outbox = req.headers().contains_key(KIOSK_QUEUE_HEADER);
    let started = Instant::now();
    let response = next.run(req).await;
    let elapsed = started.elapsed();
    let status = response.status().as_u16();
    tracing::info!(
        target: "heard::request",
        site = site.name(),
        %method,
        route,
        status,
        ms = elapsed.as_millis() as u64,
    );
    if from_kiosk_outbox && response.status().is_client_error() {
        tracing::warn!(
            target: "heard::request",
            status,
            "a kiosk's kept send was refused: it stays on the kiosk and will be tried again"
        );
        metrics::counter!("heard_kiosk_kept_refused_total", "status" => status.to_string())
            .increment(1);
    }
    // The labels are made only for what is counted: most child requests are not.
    if site == Site::Console || response.status().is_server_error() {
        let labels = [
            ("site", site.name().to_owned()),
            ("method", known_method(&method).to_owned()),
            ("route", route),
            ("status", status.to_string()),
        ];
        metrics::counter!("heard_http_requests_total", &labels).increment(1);
        metrics::histogram!("heard_http_request_duration_seconds", &labels[..3])
            .record(elapsed.as_secs_f64());
    }
    response
}

/// The method as a label: one of a fixed few.
fn known_method(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::OPTIONS => "OPTIONS",
        Method::PATCH => "PATCH",
        _ => "unusual",
    }
}
