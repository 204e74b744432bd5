//! Read-aloud buttons and the language picker's "listen" buttons, written hidden by the server:
//! each shows only where the device has its own voice for the language it would speak.

use super::dom::{all, on, page_lang};
use crate::child::speech;
use crate::i18n::Locale;
use crate::page::has_voice;

pub fn wake() {
    let Some(locale) = Locale::parse(&page_lang()) else {
        return;
    };
    for button in all(None, "button.read-aloud[aria-controls]") {
        let target = button.get_attribute("aria-controls").unwrap_or_default();
        on(&button, "click", move |_| speech::speak(locale, &target));
    }
    for button in all(None, ".lang-switch button.listen[data-locale]") {
        let other = button
            .get_attribute("data-locale")
            .and_then(|code| Locale::parse(&code));
        if let Some(other) = other {
            on(&button, "click", move |_| {
                speech::say(other, other.self_name())
            });
        }
    }
    speech::watch_voices(move |voices| {
        for button in all(None, "button.read-aloud[aria-controls]") {
            button.set_hidden(!has_voice(&voices, locale));
        }
        for button in all(None, ".lang-switch button.listen[data-locale]") {
            let other = button
                .get_attribute("data-locale")
                .and_then(|code| Locale::parse(&code));
            button.set_hidden(!other.is_some_and(|o| has_voice(&voices, o)));
        }
    });
}
