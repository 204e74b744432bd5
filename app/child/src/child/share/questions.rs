//! The questions, one per screen, each skippable: how the child feels (pictures), their own words,
//! the place it is about, and what they would like to happen.

use super::pictures::face;
use super::{ScreenHead, StepNav};
use crate::api::{FacilityChoice, FACILITIES_PATH};
use crate::child::page_data::{FacilityChoices, PageData};
use crate::child::steps::Step;
use crate::domain::{Feeling, Wish, ELSEWHERE, MAX_CHILD_WORDS_CHARS, UNSAID};
use crate::i18n::Lang;
use leptos::prelude::*;

#[component]
pub fn Feelings() -> impl IntoView {
    let lang = expect_context::<Lang>();
    let step = Step::Feelings;
    let tiles = Feeling::ALL
        .iter()
        .map(|feeling| {
            view! {
                <label class="tile">
                    <input type="checkbox" name="feeling" value=feeling.as_str()/>
                    {face(*feeling)}
                    <span>{lang.t(&format!("feeling-{}", feeling.as_str()))}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <section id=step.id() class="step">
            <ScreenHead step heading=lang.t("feelings-heading")/>
            <p id="feelings-hint" class="hint" data-read="">{lang.t("feelings-hint")}</p>
            <fieldset class="tiles" aria-labelledby="step-feelings-h" aria-describedby="feelings-hint">
                {tiles}
            </fieldset>
            <StepNav/>
        </section>
    }
    .into_any()
}

/// The text area's label depends on what the child is sharing ("What is your idea?" …): the flow
/// takes it from its texts (`words-label-<kind>`); the server's form has the general one.
#[component]
pub fn Words() -> impl IntoView {
    let lang = expect_context::<Lang>();
    let step = Step::Words;
    view! {
        <section id=step.id() class="step">
            <ScreenHead step heading=lang.t("intake-label")/>
            <p id="message-hint" class="hint" data-read="">{lang.t("intake-hint")}</p>
            <textarea id="message" name="text" rows="8" dir="auto" autocomplete="off"
                spellcheck="false" maxlength=MAX_CHILD_WORDS_CHARS.to_string()
                aria-labelledby="step-words-h" aria-describedby="message-hint"></textarea>
            <super::voice::VoiceRecorder/>
            <StepNav/>
        </section>
    }
    .into_any()
}

/// One facility a child may choose: a radio button, its picture if it has one, its name.
fn place_choice(facility: FacilityChoice) -> impl IntoView {
    let picture = facility.picture.then(|| {
        let src = format!("{FACILITIES_PATH}/{}/picture", facility.code);
        // The name next to it says what it is; the picture only helps to recognise it.
        view! { <img src=src alt="" width="64" height="64"/> }
    });
    view! {
        <label class="place">
            <input type="radio" name="place" value=facility.code/>
            {picture}
            <span lang=facility.lang dir="auto">{facility.name}</span>
        </label>
    }
}

#[component]
pub fn Place() -> impl IntoView {
    let lang = expect_context::<Lang>();
    let step = Step::Place;
    let facilities = FacilityChoices::for_page();
    let attribute = facilities.to_attribute();
    view! {
        <section id=step.id() class="step">
            <ScreenHead step heading=lang.t("intake-place-label")/>
            <p id="place-hint" class="hint" data-read="">{lang.t("intake-place-hint")}</p>
            <fieldset class="places" aria-labelledby="step-place-h" aria-describedby="place-hint"
                data-list=attribute>
                <label class="place">
                    <input type="radio" name="place" value=UNSAID checked=true/>
                    <span>{lang.t("intake-place-unsaid")}</span>
                </label>
                {facilities.0.into_iter().map(place_choice).collect_view()}
                <label class="place">
                    <input type="radio" name="place" value=ELSEWHERE/>
                    <span>{lang.t("intake-place-elsewhere")}</span>
                </label>
            </fieldset>
            <StepNav/>
        </section>
    }
    .into_any()
}

#[component]
pub fn Wishes() -> impl IntoView {
    let lang = expect_context::<Lang>();
    let step = Step::Wish;
    let choices = Wish::ALL
        .iter()
        .map(|wish| {
            view! {
                <label class="place">
                    <input type="checkbox" name="wish" value=wish.as_str()/>
                    <span>{lang.t(&format!("wish-{}", wish.as_str()))}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <section id=step.id() class="step">
            <ScreenHead step heading=lang.t("wish-heading")/>
            <p id="wish-hint" class="hint" data-read="">{lang.t("wish-hint")}</p>
            <fieldset class="places" aria-labelledby="step-wish-h" aria-describedby="wish-hint">
                {choices}
            </fieldset>
            <StepNav/>
        </section>
    }
    .into_any()
}
