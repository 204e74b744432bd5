//! The security baseline every response gets: a per-response CSP nonce, and the headers of
//! DESIGN.md's baseline. Each listener has its own policy.

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::header::{self, HeaderValue};
use leptos::nonce::Nonce;

/// Which listener a response comes from; the policies differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Site {
    Child,
    Console,
}

impl Site {
    pub fn name(self) -> &'static str {
        match self {
            Site::Child => "child",
            Site::Console => "console",
        }
    }

    /// The CSP. `'strict-dynamic'` lets the nonce'd hydration script import the bundle; no
    /// `unsafe-inline` anywhere. Both sites run their own WASM bundle. Only the child site may
    /// start a worker: a kiosk's outbox (`super::child_kiosk_outbox`), from its own origin. The
    /// child site's pages carry their stylesheet in a `<style>` with the same nonce (first words
    /// one round trip sooner on a slow phone); style attributes stay refused on both.
    fn content_security_policy(self, nonce: &str) -> String {
        let (workers, styles) = match self {
            Site::Child => ("'self'", format!("'self' 'nonce-{nonce}'")),
            Site::Console => ("'none'", "'self'".to_owned()),
        };
        format!(
            "default-src 'none'; script-src 'nonce-{nonce}' 'strict-dynamic' 'wasm-unsafe-eval'; \
             style-src {styles}; img-src 'self'; font-src 'self'; connect-src 'self'; \
             media-src 'self' blob:; worker-src {workers}; \
             manifest-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
        )
    }

    /// Only the child site may use the microphone (a child may record instead of writing), and
    /// only from its own pages.
    fn permissions_policy(self) -> &'static str {
        match self {
            Site::Child => {
                "camera=(), geolocation=(), microphone=(self), payment=(), usb=(), interest-cohort=()"
            }
            Site::Console => {
                "camera=(), geolocation=(), microphone=(), payment=(), usb=(), interest-cohort=()"
            }
        }
    }

    /// Static, non-personal files (served under hashed names only) may be cached; everything else is
    /// `no-store`.
    fn is_static_asset(self, path: &str) -> bool {
        match self {
            Site::Child => path.starts_with("/pkg/") || path.starts_with("/assets/"),
            Site::Console => {
                path.starts_with("/console/assets/") || path.starts_with("/console/pkg/")
            }
        }
    }
}

/// Middleware: makes the nonce (Leptos reads it from the request, see `super::leptos_context`)
/// and sets the headers on the way out.
pub async fn security_headers(State(site): State<Site>, mut req: Request, next: Next) -> Response {
    let nonce = Nonce::new();
    let is_static = site.is_static_asset(req.uri().path());
    req.extensions_mut().insert(nonce.clone());
    let mut response = next.run(req).await;
    let cacheable = is_static && response.status().is_success();
    let headers = response.headers_mut();
    let csp = site.content_security_policy(&nonce);
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_str(&csp).expect("the policy is ASCII"),
    );
    let fixed: [(header::HeaderName, &'static str); 8] = [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            header::STRICT_TRANSPORT_SECURITY,
            "max-age=63072000; includeSubDomains",
        ),
        (
            header::HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
        (
            header::HeaderName::from_static("cross-origin-resource-policy"),
            "same-origin",
        ),
        (
            header::HeaderName::from_static("permissions-policy"),
            site.permissions_policy(),
        ),
        (
            header::HeaderName::from_static("x-robots-tag"),
            "noindex, nofollow",
        ),
    ];
    for (name, value) in fixed {
        headers.insert(name, HeaderValue::from_static(value));
    }
    // Every static file is served under its content's hash (`app::site_files`): it never changes
    // under its name, so a phone keeps it for good.
    let cache = if cacheable {
        "public, max-age=31536000, immutable"
    } else {
        "no-store"
    };
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    response
}
