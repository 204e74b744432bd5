//! The screens around the questions: choosing what to share, the honest screen before the first
//! question, the help contacts for "I am not safe", and the confirmation after sending.

use super::code_card::CodeCard;
use super::pictures::kind_picture;
use super::{ScreenHead, StepNav};
use crate::child::kiosk::KioskMode;
use crate::child::page_data::{HelpContacts, PageData, SiteFacts};
use crate::child::read_aloud::ReadAloud;
use crate::child::steps::Step;
use crate::domain::Kind;
use crate::i18n::FluentValue;
use crate::i18n::Lang;
use leptos::prelude::*;

/// Where the answers are locked: the no-JavaScript path's words, and the browser's for the flow.
pub(super) fn locked_note(lang: Lang) -> impl IntoView {
    view! {
        <p class="locked-note" data-read="" data-js-text=lang.t("intake-locked")>
            {lang.t("intake-nojs")}
        </p>
    }
}

/// The first screen: four large choices, each a picture and words. With JavaScript they are
/// buttons that open the flow; without, radio buttons of the one long form.
#[component]
pub fn Choose() -> impl IntoView {
    let lang = expect_context::<Lang>();
    let step = Step::Choose;
    let buttons = Kind::ALL
        .iter()
        .map(|kind| {
            view! {
                <li>
                    <button type="button" class=format!("kind kind-{}", kind.as_str())
                        data-kind=kind.as_str()>
                        {kind_picture(*kind)}
                        <span class="kind-text">
                            <span class="kind-name" data-read="">{lang.t(&format!("kind-{}", kind.as_str()))}</span>
                            <span class="kind-hint">{lang.t(&format!("kind-{}-hint", kind.as_str()))}</span>
                        </span>
                    </button>
                </li>
            }
        })
        .collect_view();
    // Without JavaScript there is no return code, so no way to approve a story's versions or
    // change one's mind: a story is offered only where the browser seals it.
    let radios = Kind::ALL
        .iter()
        .filter(|kind| **kind != Kind::Story)
        .map(|kind| {
            view! {
                <label class="tile">
                    <input type="radio" name="kind" value=kind.as_str()/>
                    {kind_picture(*kind)}
                    <span>{lang.t(&format!("kind-{}", kind.as_str()))}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <section id=step.id() class="step">
            <div class="step-head">
                <h1 id=format!("{}-h", step.id()) tabindex="-1" data-read="">{lang.t("share-heading")}</h1>
                <ReadAloud target=step.id()/>
            </div>
            {locked_note(lang)}
            <ul class="kinds" data-js="show" hidden aria-labelledby=format!("{}-h", step.id())>
                {buttons}
            </ul>
            <fieldset class="tiles" data-js="hide">
                <legend>{lang.t("kind-legend")}</legend>
                {radios}
            </fieldset>
            <p class="come-back"><a href=KioskMode::for_page().back_page() rel="external">
                {lang.t("code-come-back")}
            </a></p>
        </section>
    }
    .into_any()
}

/// Before the first question, in plain words: who reads it, what happens next and when, what we
/// cannot protect against, and how to leave at once. A story's variants are written beside the
/// message's; the flow shows the one for the kind chosen.
#[component]
pub fn Before() -> impl IntoView {
    let lang = expect_context::<Lang>();
    let step = Step::Before;
    let days = SiteFacts::for_page().answer_days;
    let story = Kind::Story.as_str();
    view! {
        <section id=step.id() class="step before">
            <ScreenHead step heading=lang.t("before-heading")/>
            <h3 data-read="">{lang.t("before-who-heading")}</h3>
            <p data-read="" data-kind-not=story>{lang.t("before-who")}</p>
            <p data-read="" data-kind-only=story hidden>{lang.t("story-before-who")}</p>
            <h3 data-read="">{lang.t("before-next-heading")}</h3>
            <p data-read="" data-kind-not=story>
                {lang.t_args("before-next", &[("days", FluentValue::from(days))])}
            </p>
            <p data-read="" data-kind-only=story hidden>{lang.t("story-before-next")}</p>
            <p data-read="" class="urgent-note" data-kind-only=story hidden>{lang.t("story-before-help")}</p>
            <h3 data-read="">{lang.t("before-cannot-heading")}</h3>
            <p data-read="">{lang.t("before-cannot")}</p>
            <p data-read="">{lang.t("before-exit")}</p>
            <StepNav next_label="before-start"/>
        </section>
    }
    .into_any()
}

/// The help contacts for the region as tap-to-call links. Shown at once on "I am not safe", and
/// again after sending it.
#[component]
pub fn ContactList() -> impl IntoView {
    let lang = expect_context::<Lang>();
    let contacts = HelpContacts::for_page();
    let attribute = contacts.to_attribute();
    let none = contacts.0.is_empty().then(|| {
        view! { <p class="call-emergency" data-read="">{lang.t("help-no-contacts")}</p> }
    });
    let items = contacts
        .0
        .into_iter()
        .map(|c| {
            let href = format!("tel:{}", c.phone);
            view! {
                <li>
                    <a class="call" href=href>
                        <span class="call-label" data-read="" lang=c.lang dir="auto">{c.label}</span>
                        <span class="phone" dir="ltr">{c.phone}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="help-contacts" data-list=attribute>{items}</ul>
        {none}
    }
    .into_any()
}

#[component]
pub fn Help() -> impl IntoView {
    let lang = expect_context::<Lang>();
    let step = Step::Help;
    view! {
        <section id=step.id() class="step help">
            <ScreenHead step heading=lang.t("help-heading")/>
            <p data-read="">{lang.t("help-call-now")}</p>
            <ContactList/>
            <p data-read="">{lang.t("help-tell-us")}</p>
            <p data-read="">{lang.t("before-cannot")}</p>
            <StepNav/>
        </section>
    }
    .into_any()
}

/// After the browser's send arrived (or a kiosk kept it): said plainly, focused for screen
/// readers; after "I am not safe", the help contacts again. Every variant is written here; the
/// flow shows the one that is true (`data-sent`: kept on a kiosk is never "arrived").
#[component]
pub fn Sent() -> impl IntoView {
    let lang = expect_context::<Lang>();
    view! {
        <section class="sent" hidden>
            <h1 tabindex="-1">
                <span data-sent="arrived">{lang.t("intake-sent-heading")}</span>
                <span data-sent="kept" hidden>{lang.t("intake-kept-heading")}</span>
            </h1>
            <p data-sent="message">{lang.t("intake-sent-body")}</p>
            <p data-sent="story" hidden>{lang.t("story-sent-body")}</p>
            <p data-sent="kept" hidden>{lang.t("intake-kept-body")}</p>
            <div data-sent="help" hidden>
                <p>{lang.t("help-call-now")}</p>
                <ContactList/>
            </div>
            <CodeCard/>
            <button type="button" class="secondary" id="write-another">
                {lang.t("intake-write-another")}
            </button>
        </section>
    }
    .into_any()
}
