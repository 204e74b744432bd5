//! Read-aloud: every prompt of the child's screens can be spoken by the browser's own speech
//! synthesis, in the page's language. Nothing leaves the device for it. The button exists only
//! where the device has a voice for that language; elsewhere it stays hidden (a button that
//! speaks the wrong language, or nothing, would be worse than none). The button is rendered here
//! (hidden until a voice is known); coming back's islands wake it with `Speech`, the start
//! page's bundle with `crate::enhance` (the speaking itself is `super::speech`).

use crate::i18n::Lang;
use leptos::prelude::*;

/// Whether this device can speak the page's language; false on the server and until known.
#[derive(Clone, Copy)]
pub struct Speech {
    available: RwSignal<bool>,
    /// The language tags of the device's own voices (lower-case), for the language picker.
    pub voices: RwSignal<Vec<String>>,
}

impl Speech {
    /// Made once per page; in the browser it asks for the voices now and whenever they change
    /// (Chromium loads them late).
    pub fn provide(lang: Lang) -> Self {
        let speech = Self {
            available: RwSignal::new(false),
            voices: RwSignal::new(Vec::new()),
        };
        #[cfg(feature = "hydrate")]
        Effect::new(move |_| browser::watch_voices(lang, speech.available, speech.voices));
        #[cfg(not(feature = "hydrate"))]
        let _ = lang;
        provide_context(speech);
        speech
    }

    /// Says `text` in `locale`'s voice (the language picker's names).
    pub fn say(locale: crate::i18n::Locale, text: &str) {
        #[cfg(feature = "hydrate")]
        browser::say(locale, text);
        #[cfg(not(feature = "hydrate"))]
        let _ = (locale, text);
    }
}

/// A button that reads aloud every element marked `data-read` inside the element `target`.
#[component]
pub fn ReadAloud(target: &'static str) -> impl IntoView {
    let lang = expect_context::<Lang>();
    let speech = expect_context::<Speech>();
    let on_click = move |_| {
        #[cfg(feature = "hydrate")]
        browser::speak(lang, target);
    };
    view! {
        <button type="button" class="read-aloud" hidden=move || !speech.available.get()
            aria-controls=target on:click=on_click>
            <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
                <path d="M3 9 L7 9 L12 4 L12 20 L7 15 L3 15 Z" fill="currentColor"/>
                <path d="M16 8 Q19 12 16 16 M18.5 5.5 Q23.5 12 18.5 18.5" fill="none"
                    stroke="currentColor" stroke-width="2" stroke-linecap="round"/>
            </svg>
            <span>{lang.t("read-aloud")}</span>
        </button>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use crate::child::speech;
    use crate::i18n::{Lang, Locale};
    use crate::page::has_voice;
    use leptos::prelude::*;

    pub fn watch_voices(lang: Lang, available: RwSignal<bool>, voices: RwSignal<Vec<String>>) {
        speech::watch_voices(move |tags| {
            available.set(has_voice(&tags, lang.locale));
            voices.set(tags);
        });
    }

    pub fn speak(lang: Lang, target: &str) {
        speech::speak(lang.locale, target);
    }

    pub fn say(locale: Locale, text: &str) {
        speech::say(locale, text);
    }
}
