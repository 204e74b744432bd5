//! The browser's own speech synthesis, for read-aloud and the language picker's "listen" (both
//! bundles; no renderer here). Only the device's own voices: a network voice would send what is
//! read (a child's secret pictures, too) to the voice's vendor.

use crate::i18n::Locale;
use crate::page::has_voice;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

fn synth() -> Option<SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

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

/// Calls `update` with the language tags of the device's own voices (lower-case), now and
/// whenever they change (Chromium loads them late).
pub fn watch_voices(update: impl Fn(Vec<String>) + 'static) {
    let Some(synth) = synth() else {
        return;
    };
    update(local_voices(&synth).iter().map(tag).collect());
    let watched = synth.clone();
    let on_change = Closure::<dyn Fn()>::new(move || {
        update(local_voices(&watched).iter().map(tag).collect());
    });
    synth.set_onvoiceschanged(Some(on_change.as_ref().unchecked_ref()));
    // The page lives as long as the listener; nothing to free before it unloads.
    on_change.forget();
}

/// Reads aloud, in `locale`, every element marked `data-read` inside the element `target`.
pub fn speak(locale: Locale, target: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(parts) = document.query_selector_all(&format!("#{target} [data-read]")) else {
        return;
    };
    // Only what the child sees: the server writes some variants hidden (a story's, a kind's).
    let text = (0..parts.length())
        .filter_map(|i| parts.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
        .filter(|element| element.closest("[hidden]").ok().flatten().is_none())
        .filter_map(|element| element.text_content())
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(". ");
    utter(locale, &text, false);
}

/// Says one text in `locale`'s voice, only if the device has one.
pub fn say(locale: Locale, text: &str) {
    utter(locale, text, true);
}

fn utter(locale: Locale, text: &str, only_with_voice: bool) {
    let Some(synth) = synth() else {
        return;
    };
    let voice = voice_for(&synth, locale);
    if only_with_voice && voice.is_none() {
        return;
    }
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
        return;
    };
    utterance.set_lang(locale.code());
    if let Some(voice) = voice {
        utterance.set_voice(Some(&voice));
    }
    // A second press starts again instead of queueing behind the first.
    synth.cancel();
    synth.speak(&utterance);
}
