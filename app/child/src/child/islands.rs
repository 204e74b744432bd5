//! The parts of the child's pages that run in the browser (Leptos islands): everything else is
//! rendered on the server only and never reaches the bundle — the page frame, the router, the
//! header's brand, Quick Exit (a link styled as a button; its keys and the kiosk's outbox are
//! the inlined script in the page's head), the landing pages. Each
//! island makes its own context in the browser from the page itself (the language from `<html
//! lang>`, the kiosk from the page's data), because a context the server provided outside an
//! island does not exist there.
//!
//! The islands are still coarse — a page's whole flow is one island — so the bundle is mostly
//! the flows; making them smaller (the screens' static text rendered on the server, the islands
//! only what must run: sealing, sending, voice, read-aloud, the pad) is how it shrinks further.

use super::read_aloud::Speech;
use crate::i18n::Locale;
use crate::page::{current_lang, LangSwitch};
use leptos::prelude::*;

/// The language picker, with "listen" buttons where the device has a voice for a language.
#[island]
pub fn LanguagesIsland() -> impl IntoView {
    let lang = current_lang();
    provide_context(lang);
    let speech = Speech::provide(lang);
    let listen = Callback::new(|locale: Locale| Speech::say(locale, locale.self_name()));
    let voices = Signal::from(speech.voices);
    view! { <LangSwitch lang listen can_speak=voices/> }
}

/// A kiosk's idle warning and wipe (rendered only on a kiosk's pages).
#[island]
pub fn KioskIsland() -> impl IntoView {
    provide_context(current_lang());
    let mode = <super::kiosk::KioskMode as super::page_data::PageData>::for_page();
    view! { <super::kiosk::KioskGuard mode/> }
}

/// The start page: choosing, the guided flows, sending.
#[cfg(feature = "share-pages")]
#[island]
pub fn ShareIsland() -> impl IntoView {
    let lang = current_lang();
    provide_context(lang);
    Speech::provide(lang);
    view! { <super::share::SharePage/> }
}

/// Coming back with the pictures.
#[cfg(feature = "back-pages")]
#[island]
pub fn BackIsland() -> impl IntoView {
    let lang = current_lang();
    provide_context(lang);
    Speech::provide(lang);
    view! { <super::back::BackPage/> }
}
