//! The child site's pages travel compressed (brotli or gzip, as the browser accepts): the intake
//! page from about 50 KiB to about 10, which a child on prepaid data pays for on every visit.
//!
//! Only pages without a secret that stays the same from one response to the next are
//! compressed, so BREACH (recovering a secret from the sizes of compressed responses that also
//! reflect an attacker's text) has nothing to find:
//! - compressed: the child site's own pages outside a kiosk and a consultation; the secrets they
//!   carry (the CSP nonce, the no-JavaScript form's id and its token) are new in every response;
//! - never compressed: a kiosk's pages (they carry the kiosk's token), a consultation's pages
//!   (they may run in a kiosk's frame, kept in the session), Quick Exit, every API answer, and
//!   the whole console (its CSRF token lasts as long as the session).
//!
//! `mark` (inside) marks a response as compressible; `tower-http`'s `CompressionLayer`
//! (outside) compresses only marked responses.

use super::child_kiosk::KIOSK_PREFIX;
use app::api::QUICK_EXIT_PATH;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http::header::CONTENT_TYPE;
use tower_http::compression::{CompressionLayer, Predicate};

/// A response `mark` found safe to compress.
#[derive(Clone, Copy)]
struct Compressible;

/// Compresses exactly the responses [`mark`] marked.
#[derive(Clone, Copy)]
pub struct OnlyMarked;

impl Predicate for OnlyMarked {
    fn should_compress<B>(&self, response: &http::Response<B>) -> bool
    where
        B: http_body::Body,
    {
        response.extensions().get::<Compressible>().is_some()
    }
}

/// The compression of the child site's pages (outside [`mark`]). Level 5: for the intake page
/// (about 80 KiB with its stylesheet) brotli 5 saves about 1 KiB over the default (4) for the
/// same 2 ms; 7 and up cost several times the time for almost nothing more.
pub fn layer() -> CompressionLayer<OnlyMarked> {
    CompressionLayer::new()
        .br(true)
        .gzip(true)
        .quality(tower_http::CompressionLevel::Precise(5))
        .compress_when(OnlyMarked)
}

/// Marks an HTML page whose path can hold no lasting secret.
pub async fn mark(request: Request, next: Next) -> Response {
    let eligible = without_lasting_secret(request.uri().path());
    let mut response = next.run(request).await;
    let html = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"));
    if eligible && html {
        response.extensions_mut().insert(Compressible);
    }
    response
}

fn without_lasting_secret(path: &str) -> bool {
    !(path.starts_with(KIOSK_PREFIX) || path.starts_with("/consult") || path == QUICK_EXIT_PATH)
}

#[cfg(test)]
mod tests {
    use super::without_lasting_secret;

    #[test]
    fn kiosk_consultation_and_exit_pages_are_never_compressed() {
        for path in ["/", "/back", "/stories", "/sent"] {
            assert!(without_lasting_secret(path), "{path}");
        }
        for path in [
            "/kiosk/abc",
            "/kiosk/abc/back",
            "/consult",
            "/consult/x/q/1",
            "/exit",
        ] {
            assert!(!without_lasting_secret(path), "{path}");
        }
    }
}
