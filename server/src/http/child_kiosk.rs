//! Kiosk mode on the child site: `/kiosk/<token>` is the start page of a shared device an admin
//! registered (`heard kiosks add`). The page is the ordinary child app plus the kiosk's idle
//! wipe (`child_ui::child::kiosk`); an unknown or revoked token is a 404 like any missing page.

use super::AppState;
use crate::secret_token::SecretToken;
use app::i18n::Locale;
use child_ui::child::kiosk::KioskMode;

/// Where a kiosk's pages live.
pub const KIOSK_PREFIX: &str = "/kiosk/";

/// The token of an active kiosk, if `raw` is one (a failed lookup is logged and is none).
pub async fn active_kiosk(state: &AppState, raw: &str) -> Option<SecretToken> {
    match kiosk_of(state, raw).await {
        Ok(found) => found,
        Err(e) => {
            tracing::error!(error = %e, "checking a kiosk token failed");
            None
        }
    }
}

/// The token of an active kiosk, if `raw` is one; a failed lookup is an error, so that a
/// kiosk's outbox hears "try later" (503), not "refused", while the database is away.
pub async fn kiosk_of(state: &AppState, raw: &str) -> anyhow::Result<Option<SecretToken>> {
    let Some(token) = SecretToken::parse(raw) else {
        return Ok(None);
    };
    Ok(state
        .store
        .is_active_kiosk(&token.hash())
        .await?
        .then_some(token))
}

/// For a request to `path`: `Ok(None)` if it is no kiosk page, the kiosk's settings (and its
/// default language, if it has one) if it is one of an active kiosk, `Err(())` if it names a
/// kiosk that does not exist (a 404).
pub async fn kiosk_mode(
    state: &AppState,
    path: &str,
) -> Result<Option<(KioskMode, Option<Locale>)>, ()> {
    let Some(rest) = path.strip_prefix(KIOSK_PREFIX) else {
        return Ok(None);
    };
    // The start page, or coming back from it.
    let raw = match rest.split_once('/') {
        None => rest,
        Some((raw, "back")) => raw,
        Some(_) => return Err(()),
    };
    let token = active_kiosk(state, raw).await.ok_or(())?;
    let (idle_secs, warning_secs) = state.kiosk_timing;
    let lang = match state.store.kiosk_lang(&token.hash()).await {
        Ok(code) => code.and_then(|c| Locale::parse(&c)),
        Err(e) => {
            tracing::error!(error = %e, "reading a kiosk's language failed");
            None
        }
    };
    let mode = KioskMode {
        exit: format!("/exit?kiosk={}", token.reveal()),
        home: format!("{KIOSK_PREFIX}{}", token.reveal()),
        idle_secs,
        warning_secs,
        outbox: state.kiosk_outbox.recipient().to_string(),
    };
    Ok(Some((mode, lang)))
}
