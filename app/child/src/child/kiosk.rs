//! Kiosk mode: a shared device (a shelter's tablet) whose start page is `/kiosk/<token>`. After a
//! time without input the page asks "Are you still here?" — the child has at least 20 seconds to
//! say so — and then wipes everything: it goes through `/exit`, which ends the session and clears
//! cookies, storage and cache, and comes back to the start page, fresh (form state, memory and
//! the history entry go with the old page). Quick Exit on a kiosk does the same at once.
//!
//! The timers live in the inlined script of `super::quick_exit`, like Quick Exit itself, so that
//! a kiosk wipes itself even if the WASM never arrives; this module renders what it needs.

use super::page_data::PageData;
use crate::i18n::Lang;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What a kiosk page needs; the default (no `exit`) means "not a kiosk".
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct KioskMode {
    /// Where a wipe goes: `/exit?kiosk=<token>`, which comes back to the start page.
    pub exit: String,
    /// The kiosk's start page, `/kiosk/<token>`; its other pages live under it.
    pub home: String,
    /// Seconds without input before the warning.
    pub idle_secs: u32,
    /// Seconds the warning gives the child to say they are still here (at least 20).
    pub warning_secs: u32,
    /// The outbox key's recipient: a send's routing is sealed to it, so that what the kiosk's
    /// outbox keeps through an outage is unreadable on the kiosk (`heard_core::kiosk_routing`).
    #[serde(default)]
    pub outbox: String,
}

impl PageData for KioskMode {
    const SELECTOR: &'static str = "#kiosk";
}

impl KioskMode {
    pub fn is_kiosk(&self) -> bool {
        !self.exit.is_empty()
    }

    /// The page for coming back: under the kiosk's start page on a kiosk, so that it, too,
    /// wipes itself.
    pub fn back_page(&self) -> String {
        if self.is_kiosk() {
            format!("{}/back", self.home)
        } else {
            crate::api::coming_back::BACK_PAGE.to_owned()
        }
    }
}

/// The kiosk's marker (read by the inlined script, and by the start page's bundle for the
/// outbox key) and its idle warning, hidden until needed. Server-rendered only: its behaviour is
/// the inlined script's.
#[component]
pub fn KioskGuard(mode: KioskMode) -> impl IntoView {
    let lang = expect_context::<Lang>();
    mode.is_kiosk().then(|| {
        view! {
            <div id="kiosk" data-list=mode.to_attribute() data-exit=mode.exit.clone()
                data-home=mode.home.clone()
                data-idle=mode.idle_secs.to_string() data-warning=mode.warning_secs.to_string()
                data-outbox=mode.outbox.clone()>
                <div id="kiosk-warning" class="kiosk-warning" role="alertdialog" aria-modal="true"
                    aria-labelledby="kiosk-warning-h" aria-describedby="kiosk-warning-body" hidden>
                    <h2 id="kiosk-warning-h">{lang.t("kiosk-warning-heading")}</h2>
                    <p id="kiosk-warning-body">{lang.t("kiosk-warning-body")}</p>
                    <p class="kiosk-seconds" aria-hidden="true" dir="ltr">
                        <span id="kiosk-seconds">{mode.warning_secs}</span>
                    </p>
                    <button type="button" id="kiosk-stay">{lang.t("kiosk-stay")}</button>
                </div>
            </div>
        }
    })
}
