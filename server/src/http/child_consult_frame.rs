//! What every consultation page is rendered with besides its data: the response's CSP nonce and,
//! when the child came from a shared kiosk's start page, that kiosk — so that the consultation's
//! pages (which live outside the kiosk's path and carry no bundle) run the same idle warning and
//! wipe, and their Quick Exit is the kiosk's. The kiosk's start page links here with
//! `?kiosk=<token>`; an active kiosk's token is then kept in the session (which its wipe ends), so
//! the following pages need no token in their address. Nothing is written to a session by the
//! start page itself, so a wiped kiosk starts with no cookie.

use super::AppState;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use child_ui::child::kiosk::KioskMode;
use child_ui::consult::Frame;
use leptos::nonce::Nonce;
use tower_sessions::Session;

/// The session key of the kiosk a session started on (the wipe ends the session, and this).
const KIOSK_SESSION: &str = "kiosk_mode";

/// The `kiosk` token of a query string, if any.
fn kiosk_token(query: Option<&str>) -> Option<&str> {
    query?
        .split('&')
        .find_map(|pair| pair.strip_prefix("kiosk="))
        .filter(|token| !token.is_empty() && !token.contains('/'))
}

/// The frame of a consultation page, extracted from the request.
pub struct PageFrame(pub Frame);

impl FromRequestParts<AppState> for PageFrame {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let nonce = parts
            .extensions
            .get::<Nonce>()
            .map(ToString::to_string)
            .unwrap_or_default();
        let Ok(session) = Session::from_request_parts(parts, state).await else {
            return Ok(Self(Frame {
                nonce,
                kiosk: KioskMode::default(),
            }));
        };
        let mut kiosk = session.get::<KioskMode>(KIOSK_SESSION).await.ok().flatten();
        if let Some(token) = kiosk_token(parts.uri.query()) {
            let path = format!("{}{token}", super::child_kiosk::KIOSK_PREFIX);
            // An unknown or revoked kiosk is ignored: the page is an ordinary one.
            if let Ok(Some((mode, _))) = super::child_kiosk::kiosk_mode(state, &path).await {
                if let Err(e) = session.insert(KIOSK_SESSION, &mode).await {
                    tracing::error!(error = %e, "remembering a kiosk in the session failed");
                }
                kiosk = Some(mode);
            }
        }
        Ok(Self(Frame {
            nonce,
            kiosk: kiosk.unwrap_or_default(),
        }))
    }
}

/// `GET /consult/read-aloud.js`: the pages' one script, served from this origin.
pub async fn read_aloud_script() -> Response {
    (
        [
            (http::header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (http::header::CACHE_CONTROL, "no-cache"),
        ],
        include_str!("child_consult_read_aloud.js"),
    )
        .into_response()
}

/// `GET /consult/seal.js`: seals a written answer in the browser (a module script).
/// It imports the child bundle under this build's hashed names (`app::site_files`).
pub async fn seal_script() -> Response {
    let (js, wasm) = app::site_files::SiteFiles::current().child_bundle();
    let script = include_str!("child_consult_seal.js")
        .replace("/pkg/heard.js", &js)
        .replace("/pkg/heard_bg.wasm", &wasm);
    (
        [
            (http::header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (http::header::CACHE_CONTROL, "no-cache"),
        ],
        script,
    )
        .into_response()
}
