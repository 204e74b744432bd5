//! The parts of coming back's page that run in the browser (Leptos islands, the `back-pages`
//! bundle): everything else is rendered on the server only and never reaches the bundle — the
//! page frame, the router, the header's brand, Quick Exit (a link styled as a button; its keys
//! and the kiosk's outbox and wipe are the inlined script in the page's head). Each island makes
//! its own context in the browser from the page itself (the language from `<html lang>`),
//! because a context the server provided outside an island does not exist there.
//!
//! The start page has no islands: its bundle (`crate::enhance`) works on the server's HTML.

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

/// Coming back with the pictures.
#[cfg(feature = "back-pages")]
#[island]
pub fn BackIsland() -> impl IntoView {
    let lang = current_lang();
    provide_context(lang);
    Speech::provide(lang);
    view! { <super::back::BackPage/> }
}
