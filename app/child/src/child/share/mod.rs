//! Sharing: the guided flows (an idea, a worry, a complaint, "I am not safe", a story).
//!
//! Rendered on the server only, as one plain HTML form with every screen on it, in order,
//! posting to the no-JavaScript path. The browser's flow (`crate::enhance`, the `share-pages`
//! bundle) then shows one screen at a time, with progress, Back and Next on every screen, a
//! review before sending, and the answers sealed in the browser. It needs no renderer: the
//! server writes every screen, every variant and every text the flow may show, and marks them:
//!
//! - `data-js="show"`: hidden in the server's HTML, shown once the flow runs (Back and Next, the
//!   progress, the big choice buttons); `data-js="hide"`: the reverse (the radio buttons).
//! - `data-js-text`: the text an element takes once the flow runs (where the words are locked).
//! - `data-kind-only` / `data-kind-not`: shown only for (or except for) one kind of message.
//! - `data-kind` (a choice button), `data-go="next|back"` (Back and Next), `data-change` (a
//!   review row's "Change", naming the screen's id), `data-sent` (the confirmation's variants:
//!   `arrived`, `kept`, `message`, `story`, `help`).
//! - `template#flow-texts`: the finished texts the flow needs (progress for every position,
//!   button labels, errors), one `<span data-t="…">` each, formatted here in the page's
//!   language — the browser carries no translation code.
//!
//! Nothing of the steps goes into the browser's history or storage: the answers stay in the
//! form's fields.

mod code_card;
mod consent;
mod pictures;
mod questions;
mod review;
mod screens;
mod texts;
mod voice;

use crate::api::{FORM_TOKEN_FIELD, NOJS_SEND_PATH};
use crate::child::page_data::{FormTicket, PageData};
use crate::child::steps::Step;
use crate::domain::SubmissionId;
use crate::i18n::Lang;
use leptos::prelude::*;

/// Back and Next under a screen (shown only in the one-screen-at-a-time flow).
#[component]
fn StepNav(#[prop(optional)] next_label: Option<&'static str>) -> impl IntoView {
    let lang = expect_context::<Lang>();
    view! {
        <div class="step-nav" data-js="show" hidden>
            <button type="button" class="secondary" data-go="back">
                {crate::page::arrow(false)}
                {lang.t("step-back")}
            </button>
            <button type="button" data-go="next">
                {lang.t(next_label.unwrap_or("step-next"))}
                {crate::page::arrow(true)}
            </button>
        </div>
    }
    .into_any()
}

/// The heading of a screen, with its progress (filled in by the flow) and its read-aloud button.
#[component]
fn ScreenHead(step: Step, heading: String) -> impl IntoView {
    view! {
        <p class="progress" data-js="show" hidden></p>
        <div class="step-head">
            <h2 id=format!("{}-h", step.id()) tabindex="-1" data-read="">{heading}</h2>
            <super::read_aloud::ReadAloud target=step.id()/>
        </div>
    }
    .into_any()
}

#[component]
pub fn SharePage() -> impl IntoView {
    // The server issues the form's id with a token bound to it; a page without one (it could not
    // be made) still works with JavaScript, and without it is told to open the page again.
    let ticket = FormTicket::for_page();
    let form_id = if ticket.submission_id.is_empty() {
        SubmissionId::generate().to_string()
    } else {
        ticket.submission_id.clone()
    };
    let ticket_json = ticket.to_attribute();
    view! {
        <main id="main" class="card">
            <screens::Sent/>
            <form id="share" method="post" action=NOJS_SEND_PATH autocomplete="off">
                <input type="hidden" name="submission_id" value=form_id/>
                <input type="hidden" id="form-ticket" name=FORM_TOKEN_FIELD value=ticket.token
                    data-list=ticket_json/>
                <screens::Choose/>
                <screens::Before/>
                <screens::Help/>
                <questions::Feelings/>
                <questions::Words/>
                <questions::Place/>
                <questions::Wishes/>
                <consent::ConsentScreen purpose=crate::story::Purpose::Learning/>
                <consent::ConsentScreen purpose=crate::story::Purpose::Advocacy/>
                <consent::ConsentScreen purpose=crate::story::Purpose::Public/>
                <consent::ConsentScreen purpose=crate::story::Purpose::Media/>
                <consent::NamingScreen/>
                <consent::AgeScreen/>
                <review::Review/>
            </form>
            <texts::FlowTexts/>
        </main>
        <super::consult_news::ConsultNewsSection hidden=Signal::stored(false)/>
    }
    .into_any()
}
