//! Read-aloud: every prompt of the child's screens can be spoken by the browser's own speech
//! synthesis, in the page's language. Nothing leaves the device for it. The button exists only
//! where the device has a voice for that language; elsewhere it stays hidden (a button that
//! speaks the wrong language, or nothing, would be worse than none).

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
    use crate::i18n::{Lang, Locale};
    use crate::page::has_voice;
    use leptos::prelude::*;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

    fn synth() -> Option<SpeechSynthesis> {
        web_sys::window()?.speech_synthesis().ok()
    }

    /// The device's own voices. Only those: a network voice would send what is read (a child's
    /// secret pictures, too) to the voice's vendor.
    fn local_voices(synth: &SpeechSynthesis) -> Vec<SpeechSynthesisVoice> {
        synth
            .get_voices()
            .iter()
            // getVoices() returns only voices; unchecked, so a test may stand in its own.
            .map(|v| v.unchecked_into::<SpeechSynthesisVoice>())
            .filter(|v| v.local_service())
            .collect()
    }

    fn tag(voice: &SpeechSynthesisVoice) -> String {
        voice.lang().to_ascii_lowercase().replace('_', "-")
    }

    /// A voice for `locale` (`es` matches `es-MX`).
    fn voice_for(synth: &SpeechSynthesis, locale: Locale) -> Option<SpeechSynthesisVoice> {
        local_voices(synth)
            .into_iter()
            .find(|v| has_voice(&[tag(v)], locale))
    }

    pub fn watch_voices(lang: Lang, available: RwSignal<bool>, voices: RwSignal<Vec<String>>) {
        let Some(synth) = synth() else {
            return;
        };
        let update = move |synth: &SpeechSynthesis| {
            let tags: Vec<String> = local_voices(synth).iter().map(tag).collect();
            available.set(has_voice(&tags, lang.locale));
            voices.set(tags);
        };
        update(&synth);
        let watched = synth.clone();
        let on_change = Closure::<dyn Fn()>::new(move || update(&watched));
        synth.set_onvoiceschanged(Some(on_change.as_ref().unchecked_ref()));
        // The page lives as long as the listener; nothing to free before it unloads.
        on_change.forget();
    }

    pub fn speak(lang: Lang, target: &str) {
        let Some(synth) = synth() else {
            return;
        };
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Ok(parts) = document.query_selector_all(&format!("#{target} [data-read]")) else {
            return;
        };
        let text = (0..parts.length())
            .filter_map(|i| parts.item(i))
            .filter_map(|node| node.text_content())
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(". ");
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(&text) else {
            return;
        };
        utterance.set_lang(lang.code());
        if let Some(voice) = voice_for(&synth, lang.locale) {
            utterance.set_voice(Some(&voice));
        }
        // A second press starts again instead of queueing behind the first.
        synth.cancel();
        synth.speak(&utterance);
    }

    /// Says one text in `locale`'s voice, only if the device has one.
    pub fn say(locale: Locale, text: &str) {
        let Some(synth) = synth() else {
            return;
        };
        let Some(voice) = voice_for(&synth, locale) else {
            return;
        };
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
            return;
        };
        utterance.set_lang(locale.code());
        utterance.set_voice(Some(&voice));
        synth.cancel();
        synth.speak(&utterance);
    }
}
