//! A story's consent screens: one purpose per screen, each explained in plain words with
//! read-aloud and its own yes or no — "no" is chosen until the child changes it — then how to be
//! named (not at all, unless chosen) and, if they want to say it, their age. Shown only in the
//! one-screen-at-a-time flow (hidden in the server's HTML; the flow shows the current screen): a
//! story needs the browser (its return code), so the no-JavaScript form never offers one.

use super::{ScreenHead, StepNav};
use crate::child::steps::Step;
use crate::i18n::Lang;
use crate::story::{Naming, Purpose, AGES};
use leptos::prelude::*;

#[component]
pub fn ConsentScreen(purpose: Purpose) -> impl IntoView {
    let lang = expect_context::<Lang>();
    let step = Step::Consent(purpose);
    let p = purpose.as_str();
    let heading = lang.t(&format!("story-purpose-{p}"));
    let name = format!("consent-{p}");
    view! {
        <section id=step.id() class="step consent" hidden>
            <ScreenHead step heading/>
            <p data-read="">{lang.t(&format!("story-purpose-{p}-body"))}</p>
            <fieldset class="tiles yes-no">
                <legend data-read="">{lang.t("story-consent-question")}</legend>
                <label class="tile">
                    <input type="radio" name=name.clone() value="no" checked=true/>
                    <span>{lang.t("story-consent-no")}</span>
                </label>
                <label class="tile">
                    <input type="radio" name=name value="yes"/>
                    <span>{lang.t("story-consent-yes")}</span>
                </label>
            </fieldset>
            <p class="hint" data-read="">{lang.t("story-consent-change")}</p>
            {(purpose != Purpose::Learning).then(|| view! {
                <p class="hint" data-read="">{lang.t("story-consent-copies")}</p>
            })}
            <p class="hint" data-read="">{lang.t("story-consent-never")}</p>
            <StepNav/>
        </section>
    }
    .into_any()
}

#[component]
pub fn NamingScreen() -> impl IntoView {
    let lang = expect_context::<Lang>();
    let step = Step::Naming;
    let heading = lang.t("story-naming");
    let options = Naming::ALL
        .iter()
        .map(|n| {
            let default = *n == Naming::None;
            view! {
                <label class="tile">
                    <input type="radio" name="naming" value=n.as_str() checked=default/>
                    <span>{lang.t(&format!("story-naming-{}", n.as_str()))}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <section id=step.id() class="step consent" hidden>
            <ScreenHead step heading/>
            <fieldset class="tiles">
                <legend data-read="">{lang.t("story-naming-question")}</legend>
                {options}
            </fieldset>
            <p>
                <label for="story-name">{lang.t("story-name-label")}</label>
                <input type="text" id="story-name" name="story_name" maxlength="40" dir="auto"
                    autocomplete="off" spellcheck="false" aria-describedby="story-name-hint"/>
            </p>
            <p id="story-name-hint" class="hint" data-read="">{lang.t("story-name-hint")}</p>
            <StepNav/>
        </section>
    }
    .into_any()
}

#[component]
pub fn AgeScreen() -> impl IntoView {
    let lang = expect_context::<Lang>();
    let step = Step::Age;
    let heading = lang.t("story-age");
    let ages = AGES
        .map(|a| view! { <option value=a.to_string()>{a.to_string()}</option> })
        .collect_view();
    view! {
        <section id=step.id() class="step consent" hidden>
            <ScreenHead step heading/>
            <p data-read="">{lang.t("story-age-why")}</p>
            <p>
                <label for="story-age">{lang.t("story-age-label")}</label>
                <select id="story-age" name="age">
                    <option value="" selected=true>{lang.t("story-age-unsaid")}</option>
                    {ages}
                </select>
            </p>
            <StepNav/>
        </section>
    }
    .into_any()
}
