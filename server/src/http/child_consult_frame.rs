//! What every consultation page is rendered with besides its data: the response's CSP nonce and,
//! when the session began on a shared kiosk's start page, that kiosk — so that the consultation's
//! pages (which live outside the kiosk's path and carry no bundle) run the same idle warning and
//! wipe, and their Quick Exit is the kiosk's.

use super::AppState;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use child_ui::child::kiosk::KioskMode;
use child_ui::consult::Frame;
use leptos::nonce::Nonce;
use tower_sessions::Session;

/// The session key of the kiosk a session started on (the wipe ends the session, and this).
const KIOSK_SESSION: &str = "kiosk_mode";

/// Remembers, for this session, the kiosk whose page it loaded.
pub async fn remember_kiosk(session: &Session, kiosk: &KioskMode) {
    if let Err(e) = session.insert(KIOSK_SESSION, kiosk).await {
        tracing::error!(error = %e, "remembering a kiosk in the session failed");
    }
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
        let kiosk = match Session::from_request_parts(parts, state).await {
            Ok(session) => session.get::<KioskMode>(KIOSK_SESSION).await.ok().flatten(),
            Err(_) => None,
        };
        Ok(Self(Frame {
            nonce,
            kiosk: kiosk.unwrap_or_default(),
        }))
    }
}
