//! The review before sending: every answer as the child gave it, each with a way back to change
//! it, then Send. Without JavaScript only the Send button shows (the whole form is on the page).

use super::flow::{steps_for, Step};
use super::{Flow, ScreenHead, SendState};
use crate::domain::{Feeling, Kind, Wish};
use crate::i18n::Lang;
use leptos::prelude::*;

/// What the review lists, read from the form when the child reaches it.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Summary {
    pub feelings: Vec<Feeling>,
    pub words: String,
    /// The name of the chosen place, as the child saw it.
    pub place: String,
    pub wishes: Vec<Wish>,
    /// Whether the child recorded a message.
    pub voice: bool,
    /// A story's terms and the name to use.
    pub terms: crate::story::StoryTerms,
    pub name: String,
}

/// Reads the form into a [`Summary`].
#[cfg(feature = "hydrate")]
pub(super) fn read_summary(flow: Flow) -> Summary {
    let draft = crate::child::send::Draft::from_form(flow.kind.get_untracked());
    Summary {
        feelings: draft.choices.feelings.clone(),
        words: draft.words.to_string(),
        place: crate::child::send::chosen_place_name(),
        wishes: draft.choices.wishes.clone(),
        voice: draft.voice.is_some(),
        terms: draft.terms.clone(),
        name: draft.name.to_string(),
    }
}

/// One answer: what was asked, what the child said (or that they skipped it), and "Change".
fn answer(lang: Lang, flow: Flow, label: &str, said: Option<String>, step: Step) -> impl IntoView {
    let said = said.filter(|s| !s.trim().is_empty());
    let skipped = said.is_none().then(|| lang.t("review-skipped"));
    // The child's own words are in whatever language they wrote: `lang=""` says "unknown", so
    // that neither a screen reader nor a check takes them for the page's language.
    let own_words = (label == "review-words").then_some("");
    view! {
        <div class="answer">
            <dt>{lang.t(label)}</dt>
            <dd dir="auto" class="case-text">
                <span lang=own_words>{said}</span>
                <span class="hint">{skipped}</span>
            </dd>
            <dd>
                <button type="button" class="secondary small" on:click=move |_| flow.go(step)>
                    {lang.t("review-change")}
                </button>
            </dd>
        </div>
    }
}

fn names<T: Copy>(lang: Lang, prefix: &str, items: &[T], wire: fn(T) -> &'static str) -> String {
    items
        .iter()
        .map(|i| lang.t(&format!("{prefix}-{}", wire(*i))))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The list of answers for the current flow.
fn answers(lang: Lang, flow: Flow) -> impl IntoView {
    move || {
        let kind = flow.kind.get()?;
        let summary = flow.summary.get()?;
        let steps = steps_for(kind);
        let has = |step| steps.contains(&step);
        let feelings = has(Step::Feelings).then(|| {
            let said = names(lang, "feeling", &summary.feelings, Feeling::as_str);
            answer(lang, flow, "review-feelings", Some(said), Step::Feelings)
        });
        let wishes = has(Step::Wish).then(|| {
            let said = names(lang, "wish", &summary.wishes, Wish::as_str);
            answer(lang, flow, "review-wishes", Some(said), Step::Wish)
        });
        let kind_name = lang.t(&format!("kind-{}", kind.as_str()));
        let story = (kind == Kind::Story).then(|| story_answers(lang, flow, &summary));
        Some(view! {
            <dl class="review">
                {answer(lang, flow, "review-kind", Some(kind_name), Step::Choose)}
                {feelings}
                {answer(lang, flow, "review-words", Some(summary.words.clone()), Step::Words)}
                {summary.voice.then(|| answer(lang, flow, "review-voice", Some(lang.t("review-voice-yes")), Step::Words))}
                {answer(lang, flow, "review-place", Some(summary.place.clone()), Step::Place)}
                {wishes}
                {story}
            </dl>
        })
    }
}

/// A story's consents on the review: each purpose's yes or no, the naming, the age.
fn story_answers(lang: Lang, flow: Flow, summary: &Summary) -> impl IntoView {
    use crate::story::{Naming, Purpose};
    let consents = Purpose::ALL
        .into_iter()
        .map(|p| {
            let said = if summary.terms.says_yes(p) {
                "story-consent-yes"
            } else {
                "story-consent-no"
            };
            let label = format!("story-purpose-{}", p.as_str());
            answer(lang, flow, &label, Some(lang.t(said)), Step::Consent(p))
        })
        .collect_view();
    let naming = summary.terms.naming;
    let mut named = lang.t(&format!("story-naming-{}", naming.as_str()));
    if naming != Naming::None && !summary.name.trim().is_empty() {
        named = format!("{named}: {}", summary.name.trim());
    }
    let age = summary.terms.age.map(|a| a.to_string());
    view! {
        {consents}
        {answer(lang, flow, "story-naming", Some(named), Step::Naming)}
        {answer(lang, flow, "story-age", age, Step::Age)}
    }
}

#[component]
pub fn Review() -> impl IntoView {
    let lang = expect_context::<Lang>();
    let flow = expect_context::<Flow>();
    let step = Step::Review;
    let heading = Signal::stored(lang.t("review-heading"));
    let error = move || match flow.state.get() {
        SendState::Failed(message) | SendState::Invalid(message) => Some(message),
        _ => None,
    };
    let button_label = move || match flow.state.get() {
        SendState::Sending => lang.t("intake-sending"),
        SendState::Failed(_) => lang.t("intake-retry"),
        _ => lang.t("intake-send"),
    };
    let urgent_note = move || {
        (flow.kind.get() == Some(Kind::Unsafe)).then(|| {
            view! { <p class="urgent-note" data-read="">{lang.t("review-urgent")}</p> }
        })
    };
    let sending = move || (flow.state.get() == SendState::Sending).then_some("true");
    view! {
        <section id=step.id() class="step" hidden=flow.hidden(step)>
            <div hidden=move || !flow.js.get()>
                <ScreenHead step heading/>
                {answers(lang, flow)}
                {urgent_note}
            </div>
            <p class="locked-note" data-read="">{super::screens::locked_note(lang, flow)}</p>
            <p id="send-error" class="error" role="alert">{error}</p>
            <div class="step-nav">
                <button type="button" class="secondary" hidden=move || !flow.js.get()
                    on:click=move |_| flow.back()>
                    {crate::page::arrow(false)}
                    {lang.t("step-back")}
                </button>
                <button type="submit" aria-disabled=sending aria-describedby="send-error">
                    {button_label}
                </button>
            </div>
        </section>
    }
    .into_any()
}
