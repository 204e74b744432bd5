//! The screens around the questions: choosing what to share, the honest screen before the first
//! question, the help contacts for "I am not safe", and the confirmation after sending.

use super::code_card::CodeCard;
use super::flow::Step;
use super::pictures::kind_picture;
use super::{Flow, ScreenHead, SendState, StepNav};
use crate::child::kiosk::KioskMode;
use crate::child::page_data::{HelpContacts, PageData, SiteFacts};
use crate::child::read_aloud::ReadAloud;
use crate::domain::Kind;
use crate::i18n::FluentValue;
use crate::i18n::Lang;
use leptos::html;
use leptos::prelude::*;

/// What the page says about where the answers are locked: true for the path a press would take.
pub(super) fn locked_note(lang: Lang, flow: Flow) -> impl Fn() -> String {
    move || {
        if flow.js.get() {
            lang.t("intake-locked")
        } else {
            lang.t("intake-nojs")
        }
    }
}

/// The first screen: four large choices, each a picture and words. With JavaScript they are
/// buttons that open the flow; without, radio buttons of the one long form.
#[component]
pub fn Choose() -> impl IntoView {
    let lang = expect_context::<Lang>();
    let flow = expect_context::<Flow>();
    let step = Step::Choose;
    let buttons = Kind::ALL
        .iter()
        .map(|kind| {
            let kind = *kind;
            let start = move |_| {
                flow.kind.set(Some(kind));
                flow.next();
            };
            view! {
                <li>
                    <button type="button" class=format!("kind kind-{}", kind.as_str()) on:click=start>
                        {kind_picture(kind)}
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
        <section id=step.id() class="step" hidden=flow.hidden(step)>
            <div class="step-head">
                <h1 id=format!("{}-h", step.id()) tabindex="-1" data-read="">{lang.t("share-heading")}</h1>
                <ReadAloud target=step.id()/>
            </div>
            <p class="locked-note">{locked_note(lang, flow)}</p>
            <ul class="kinds" hidden=move || !flow.js.get()
                aria-labelledby=format!("{}-h", step.id())>{buttons}</ul>
            <fieldset class="tiles" hidden=move || flow.js.get()>
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
/// cannot protect against, and how to leave at once.
#[component]
pub fn Before() -> impl IntoView {
    let lang = expect_context::<Lang>();
    let flow = expect_context::<Flow>();
    let step = Step::Before;
    let facts = SiteFacts::for_page();
    let days = facts.answer_days;
    let heading = Signal::stored(lang.t("before-heading"));
    // A story is read by the story editors and used only as the child decides next.
    let story = move || flow.kind.get() == Some(Kind::Story);
    let who = move || {
        if story() {
            lang.t("story-before-who")
        } else {
            lang.t("before-who")
        }
    };
    let next = move || {
        if story() {
            lang.t("story-before-next")
        } else {
            lang.t_args("before-next", &[("days", FluentValue::from(days))])
        }
    };
    view! {
        <section id=step.id() class="step before" hidden=flow.hidden(step)>
            <ScreenHead step heading/>
            <h3 data-read="">{lang.t("before-who-heading")}</h3>
            <p data-read="">{who}</p>
            <h3 data-read="">{lang.t("before-next-heading")}</h3>
            <p data-read="">{next}</p>
            <p data-read="" class="urgent-note" hidden=move || !story()>{lang.t("story-before-help")}</p>
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
    let flow = expect_context::<Flow>();
    let step = Step::Help;
    let heading = Signal::stored(lang.t("help-heading"));
    view! {
        <section id=step.id() class="step help" hidden=flow.hidden(step)>
            <ScreenHead step heading/>
            <p data-read="">{lang.t("help-call-now")}</p>
            <ContactList/>
            <p data-read="">{lang.t("help-tell-us")}</p>
            <p data-read="">{lang.t("before-cannot")}</p>
            <StepNav/>
        </section>
    }
    .into_any()
}

/// After the browser's send arrived: said plainly, focused for screen readers; after "I am not
/// safe", the help contacts again.
#[component]
pub fn Sent() -> impl IntoView {
    let lang = expect_context::<Lang>();
    let flow = expect_context::<Flow>();
    let heading = NodeRef::<html::H1>::new();
    let urgent = RwSignal::new(false);
    let story = RwSignal::new(false);
    let kept = move || flow.state.get() == SendState::Kept;
    Effect::new(move |_| {
        if flow.state.with(SendState::is_done) {
            urgent.set(flow.kind.get_untracked() == Some(Kind::Unsafe));
            story.set(flow.kind.get_untracked() == Some(Kind::Story));
            flow.start_over();
            if let Some(heading) = heading.get() {
                let _ = heading.focus();
            }
        }
    });
    let write_another = move |_| {
        flow.code.set(None);
        flow.state.set(SendState::Editing);
    };
    view! {
        <section class="sent" hidden=move || !flow.state.with(SendState::is_done)>
            // Kept on a kiosk is not "arrived": the child is told what is true.
            <h1 tabindex="-1" node_ref=heading>
                {move || if kept() { lang.t("intake-kept-heading") } else { lang.t("intake-sent-heading") }}
            </h1>
            <p>{move || match (kept(), story.get()) {
                (true, _) => lang.t("intake-kept-body"),
                (false, true) => lang.t("story-sent-body"),
                (false, false) => lang.t("intake-sent-body"),
            }}</p>
            <div hidden=move || !urgent.get()>
                <p>{lang.t("help-call-now")}</p>
                <ContactList/>
            </div>
            <CodeCard/>
            <button type="button" class="secondary" id="write-another" on:click=write_another>
                {lang.t("intake-write-another")}
            </button>
        </section>
    }
    .into_any()
}
