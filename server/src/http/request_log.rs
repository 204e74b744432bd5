//! The request log. It names the listener, the method, the route *template* (never the concrete
//! path or query), the status and the duration — and nothing about who asked: no IP address, no
//! user agent, no header at all. Axum never sees the peer address because no handler asks for
//! `ConnectInfo`.

use super::security::Site;
use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use std::time::Instant;

pub async fn log_request(State(site): State<Site>, req: Request, next: Next) -> Response {
    let method = req.method().clone();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "<static or unknown>".to_owned());
    let started = Instant::now();
    let response = next.run(req).await;
    tracing::info!(
        target: "heard::request",
        site = site.name(),
        %method,
        route,
        status = response.status().as_u16(),
        ms = started.elapsed().as_millis() as u64,
    );
    response
}
