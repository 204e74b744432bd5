//! The finished texts the browser's flow needs, in the page's language, formatted here (plurals
//! and numbers included) so that the child's bundle carries no translation code: one
//! `<span data-t="key">` each in `template#flow-texts`, read by `crate::enhance::texts`.

use crate::child::steps::{progress_key, steps_for};
use crate::domain::{Feeling, Kind, Wish, MAX_CHILD_WORDS_CHARS};
use crate::i18n::{FluentValue, Lang};
use crate::story::{Naming, Purpose};
use leptos::prelude::*;

/// Every (key, text) the flow may show.
pub fn flow_texts(lang: Lang) -> Vec<(String, String)> {
    let mut texts: Vec<(String, String)> = Vec::new();
    let mut plain = |key: &str| texts.push((key.to_owned(), lang.t(key)));
    for key in [
        "intake-send",
        "intake-sending",
        "intake-retry",
        "error-empty",
        "error-unknown-place",
        "error-not-arrived",
        "voice-refused",
        "voice-recording",
        "review-kind",
        "review-feelings",
        "review-words",
        "review-voice",
        "review-voice-yes",
        "review-place",
        "review-wishes",
        "review-skipped",
        "story-consent-yes",
        "story-consent-no",
        "story-naming",
        "story-age",
    ] {
        plain(key);
    }
    for kind in Kind::ALL {
        plain(&format!("kind-{}", kind.as_str()));
        plain(&format!("words-label-{}", kind.as_str()));
    }
    for feeling in Feeling::ALL {
        plain(&format!("feeling-{}", feeling.as_str()));
    }
    for wish in Wish::ALL {
        plain(&format!("wish-{}", wish.as_str()));
    }
    for purpose in Purpose::ALL {
        plain(&format!("story-purpose-{}", purpose.as_str()));
    }
    for naming in Naming::ALL {
        plain(&format!("story-naming-{}", naming.as_str()));
    }
    texts.push((
        "error-too-long".to_owned(),
        lang.t_args(
            "error-too-long",
            &[("max", FluentValue::from(MAX_CHILD_WORDS_CHARS))],
        ),
    ));
    // "Step n of total" for every position of every flow (each total once).
    let mut totals: Vec<usize> = Kind::ALL.iter().map(|k| steps_for(*k).len()).collect();
    totals.sort_unstable();
    totals.dedup();
    for total in totals {
        for n in 1..=total {
            let text = lang.t_args(
                "step-progress",
                &[
                    ("n", FluentValue::from(n)),
                    ("total", FluentValue::from(total)),
                ],
            );
            texts.push((progress_key(n, total), text));
        }
    }
    texts
}

#[component]
pub fn FlowTexts() -> impl IntoView {
    let lang = expect_context::<Lang>();
    let spans = flow_texts(lang)
        .into_iter()
        .map(|(key, text)| view! { <span data-t=key>{text}</span> })
        .collect_view();
    view! { <template id="flow-texts">{spans}</template> }.into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    /// Every literal key the browser's flow asks its texts for (`texts.get("…")` in the start
    /// page's bundle) is written by the server: a key missing here would show the child a key.
    #[test]
    fn every_key_the_flow_reads_is_written() {
        let written: Vec<String> = flow_texts(Lang::new(Locale::default(), Locale::default()))
            .into_iter()
            .map(|(key, _)| key)
            .collect();
        let sources = [
            include_str!("../../enhance/flow.rs"),
            include_str!("../../enhance/review.rs"),
            include_str!("../../enhance/sending.rs"),
            include_str!("../../enhance/voice.rs"),
            include_str!("../send/mod.rs"),
            include_str!("../send/put.rs"),
        ];
        let mut asked = Vec::new();
        for source in sources {
            for (at, _) in source.match_indices(".get(\"") {
                let rest = &source[at + 6..];
                asked.push(rest[..rest.find('"').unwrap()].to_owned());
            }
            // Keys handed on as literals (a label or a state's text).
            for (at, _) in source
                .match_indices("add(\"")
                .chain(source.match_indices("(\"intake-"))
            {
                let rest = &source[at + 1..];
                let rest = &rest[rest.find('"').unwrap() + 1..];
                asked.push(rest[..rest.find('"').unwrap()].to_owned());
            }
        }
        assert!(
            asked.len() > 15,
            "the scan found the flow's keys: {asked:?}"
        );
        for key in asked {
            assert!(
                written.contains(&key),
                "the flow reads `{key}`, which the server does not write"
            );
        }
    }

    #[test]
    fn progress_is_written_for_every_screen_of_every_flow() {
        let lang = Lang::new(Locale::default(), Locale::default());
        let written = flow_texts(lang);
        for kind in Kind::ALL {
            let total = steps_for(*kind).len();
            for n in 1..=total {
                let key = progress_key(n, total);
                let text = written
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map(|(_, t)| t.clone());
                let text = text.unwrap_or_else(|| panic!("{key} is written"));
                assert!(
                    text.contains(&n.to_string()) && text.contains(&total.to_string()),
                    "{text}"
                );
            }
        }
    }
}
