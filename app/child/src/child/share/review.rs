//! The review before sending: every answer as the child gave it, each with a way back to change
//! it, then Send. Without JavaScript only the Send button shows (the whole form is on the page).
//! The list itself is written by the flow in the browser from the form's fields, one row per
//! answer cloned from `template#review-row` (`crate::enhance::review`).

use super::screens::locked_note;
use super::ScreenHead;
use crate::child::steps::Step;
use crate::domain::Kind;
use crate::i18n::Lang;
use leptos::prelude::*;

#[component]
pub fn Review() -> impl IntoView {
    let lang = expect_context::<Lang>();
    let step = Step::Review;
    view! {
        <section id=step.id() class="step">
            <div data-js="show" hidden>
                <ScreenHead step heading=lang.t("review-heading")/>
                <dl class="review"></dl>
                <p class="urgent-note" data-read="" data-kind-only=Kind::Unsafe.as_str() hidden>
                    {lang.t("review-urgent")}
                </p>
            </div>
            {locked_note(lang)}
            <p id="send-error" class="error" role="alert"></p>
            <div class="step-nav">
                <button type="button" class="secondary" data-js="show" hidden data-go="back">
                    {crate::page::arrow(false)}
                    {lang.t("step-back")}
                </button>
                <button type="submit" aria-describedby="send-error">{lang.t("intake-send")}</button>
            </div>
            // One answer: what was asked, what the child said (or that they skipped it), and
            // "Change". The child's own words are in whatever language they wrote: the flow sets
            // `lang=""` ("unknown") on them, so that neither a screen reader nor a check takes
            // them for the page's language.
            <template id="review-row">
                <div class="answer">
                    <dt></dt>
                    <dd dir="auto" class="case-text"><span></span><span class="hint"></span></dd>
                    <dd>
                        <button type="button" class="secondary small">{lang.t("review-change")}</button>
                    </dd>
                </div>
            </template>
        </section>
    }
    .into_any()
}
