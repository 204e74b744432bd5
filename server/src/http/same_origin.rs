//! CSRF protection for state changes, from Fetch Metadata: a browser tells us with
//! `Sec-Fetch-Site` whether a request came from our own pages. Cross-site and same-site requests
//! that change state are refused; for browsers that do not send the header, a present `Origin`
//! must match the `Host`. Written by hand (about thirty lines) because the child site has no
//! login to bind a token to; the console adds session-bound tokens with its sign-in.

use super::errors::{IntakeError, Refusal};
use app::i18n::Lang;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::header;

pub async fn refuse_cross_site(req: Request, next: Next) -> Response {
    if req.method().is_safe() || is_same_origin(&req) {
        return next.run(req).await;
    }
    let lang = req.extensions().get::<Lang>().copied().unwrap_or_default();
    let wants_json = req.uri().path().starts_with("/api/");
    Refusal::new(lang, IntakeError::CrossSite, wants_json).into_response()
}

fn is_same_origin(req: &Request) -> bool {
    let headers = req.headers();
    if let Some(site) = headers.get("sec-fetch-site") {
        return matches!(site.to_str(), Ok("same-origin") | Ok("none"));
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|o| o.to_str().ok()) else {
        return true; // Neither header: not a modern browser's cross-site request.
    };
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let origin_host = origin.split_once("://").map(|(_, rest)| rest);
    matches!((origin_host, host), (Some(o), Some(h)) if o == h)
}
