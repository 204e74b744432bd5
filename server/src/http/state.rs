//! What every handler of both listeners shares: the store and the instance's settings, read once
//! at start-up (`startup.rs`), and the in-memory parts of the child site's defences.

use super::{Floodgate, FormKey};
use crate::store::Store;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub leptos: LeptosOptions,
    /// Absolute lifetime of a console session, in seconds, however active it is.
    pub console_session_max_secs: i64,
    /// Days a new case may wait for acknowledgement before it shows as overdue.
    pub ack_deadline_days: u32,
    /// Days an open case may wait for its response before it shows as overdue.
    pub response_deadline_days: u32,
    /// Where Quick Exit lands; `None`: an empty page of the child site.
    pub quick_exit_url: Option<String>,
    /// On a kiosk: seconds without input before the warning, and seconds the warning lasts.
    pub kiosk_timing: (u32, u32),
    /// This instance's return-code salt: made once by a migration, read once at start-up.
    pub code_salt: String,
    /// The language each locale's missing messages are shown in.
    pub fallbacks: crate::languages::Fallbacks,
    /// Whether the pseudo-locale `en-XA` may be chosen (tests only).
    pub pseudo_locale: bool,
    /// The site-wide limits on new sends.
    pub floodgate: Floodgate,
    /// Proof-of-work challenges spent lately here: one spend each, even at once.
    pub spent_challenges: super::child_limits::SpentChallenges,
    /// How many kept sends each kiosk's outbox may deliver (it needs no proof of work).
    pub kiosk_deliveries: super::child_kiosk_outbox::KioskDeliveries,
    /// Opens the routing a kiosk's page sealed for its outbox (`heard_core::kiosk_routing`).
    pub kiosk_outbox: app::sealing::Identity,
    /// Signs the no-JavaScript form's token.
    pub form_key: FormKey,
    /// Days a lead can still read an urgent case the child took back.
    pub urgent_withdrawal_days: u32,
    /// The console as a WebAuthn relying party; `None` where its address cannot have passkeys.
    pub passkeys: Option<crate::accounts::passkeys::Passkeys>,
    /// Consultations whose embargo an anonymous reader has met today (audited once a day each,
    /// so a flood of page loads cannot grow the audit log without end).
    pub embargo_audited:
        std::sync::Arc<std::sync::Mutex<std::collections::HashSet<(String, String)>>>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos.clone()
    }
}
