//! Sharing: the guided flows (an idea, a worry, a complaint, "I am not safe").
//!
//! Rendered on the server as one plain HTML form with every screen on it, in order, posting to
//! the no-JavaScript path. Once the WASM has hydrated, the same form shows one screen at a time
//! (`flow.rs` decides the order), with progress, Back and Next on every screen, a review before
//! sending, and the answers sealed in the browser (`super::send`). Nothing of the steps goes
//! into the browser's history or storage: the current screen is a signal, the answers stay in
//! the form's fields.

mod code_card;
mod consent;
mod flow;
mod pictures;
mod questions;
mod review;
mod screens;
pub(crate) mod voice;

use crate::api::{FORM_TOKEN_FIELD, NOJS_SEND_PATH};
use crate::child::page_data::{FormTicket, PageData};
use crate::domain::{Kind, SubmissionId};
use crate::i18n::FluentValue;
use crate::i18n::Lang;
use flow::Step;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

pub(crate) use review::Summary;

/// Where the page is in sending one message.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
pub(crate) enum SendState {
    Editing,
    Sending,
    /// Nothing was sent (e.g. nothing was chosen or written); a translated message.
    Invalid(String),
    /// Sending failed; the answers are still in the form and "Try again" re-sends them.
    Failed(String),
    Sent,
    /// The network failed, and the kiosk's outbox keeps the sealed send until it is back.
    Kept,
}

impl SendState {
    /// Whether the send is over (arrived, or kept by the kiosk): the form's work is done.
    pub fn is_done(&self) -> bool {
        matches!(self, SendState::Sent | SendState::Kept)
    }
}

/// The state every screen reads: whether the page runs as the one-screen-at-a-time flow, what
/// the child is sharing, which screen is showing, how sending goes.
#[derive(Clone, Copy)]
pub(crate) struct Flow {
    /// False in the server's HTML and until hydration has finished: then every screen shows,
    /// as one form that works without JavaScript.
    pub js: RwSignal<bool>,
    pub kind: RwSignal<Option<Kind>>,
    pub step: RwSignal<Step>,
    pub state: RwSignal<SendState>,
    /// What the review screen lists, read from the form when the child gets there.
    pub summary: RwSignal<Option<Summary>>,
    /// The pictures of the return code of the message just sent (shown once, then forgotten).
    pub code: RwSignal<Option<Vec<usize>>>,
}

impl Flow {
    /// Whether the screen `step` is hidden now.
    pub fn hidden(self, step: Step) -> impl Fn() -> bool + Copy + Send + Sync + 'static {
        move || self.js.get() && self.step.get() != step
    }

    pub fn go(self, step: Step) {
        #[cfg(feature = "hydrate")]
        {
            // Leaving the screen stops a recording (the microphone is let go at once).
            voice::stop_recording();
            if step == Step::Review {
                self.summary.set(Some(review::read_summary(self)));
            }
        }
        self.step.set(step);
    }

    pub fn next(self) {
        if let Some(kind) = self.kind.get_untracked() {
            self.go(flow::next(kind, self.step.get_untracked()));
        }
    }

    pub fn back(self) {
        match self.kind.get_untracked() {
            Some(kind) => self.go(flow::back(kind, self.step.get_untracked())),
            None => self.go(Step::Choose),
        }
    }

    /// After sending: everything is forgotten and the next message starts from the beginning.
    pub fn start_over(self) {
        self.kind.set(None);
        self.summary.set(None);
        self.step.set(Step::Choose);
    }
}

/// "Step 2 of 5" for the screen `step` of the current flow.
fn progress_text(lang: Lang, flow: Flow, step: Step) -> impl Fn() -> Option<String> {
    move || {
        let (n, total) = flow::progress(flow.kind.get()?, step)?;
        Some(lang.t_args(
            "step-progress",
            &[
                ("n", FluentValue::from(n)),
                ("total", FluentValue::from(total)),
            ],
        ))
    }
}

/// Back and Next under a screen (only in the one-screen-at-a-time flow).
#[component]
fn StepNav(#[prop(optional)] next_label: Option<&'static str>) -> impl IntoView {
    let lang = expect_context::<Lang>();
    let flow = expect_context::<Flow>();
    view! {
        <div class="step-nav" hidden=move || !flow.js.get()>
            <button type="button" class="secondary" on:click=move |_| flow.back()>
                {crate::page::arrow(false)}
                {lang.t("step-back")}
            </button>
            <button type="button" on:click=move |_| flow.next()>
                {lang.t(next_label.unwrap_or("step-next"))}
                {crate::page::arrow(true)}
            </button>
        </div>
    }
}

/// The heading of a screen, with its progress and its read-aloud button.
#[component]
fn ScreenHead(step: Step, heading: Signal<String>) -> impl IntoView {
    let lang = expect_context::<Lang>();
    let flow = expect_context::<Flow>();
    let progress = progress_text(lang, flow, step);
    view! {
        <p class="progress" hidden=move || !flow.js.get()>{progress}</p>
        <div class="step-head">
            <h2 id=format!("{}-h", step.id()) tabindex="-1" data-read="">{heading}</h2>
            <super::read_aloud::ReadAloud target=step.id()/>
        </div>
    }
}

/// Moves focus to the heading of the screen that just appeared, so a screen reader announces
/// it and a keyboard user continues from there.
fn focus_on_new_screen(flow: Flow) {
    Effect::new(move |previous: Option<Step>| {
        let step = flow.step.get();
        #[cfg(feature = "hydrate")]
        if previous.is_some_and(|p| p != step) {
            // After this change is rendered: a heading still hidden cannot take focus.
            let id = format!("{}-h", step.id());
            leptos::leptos_dom::helpers::request_animation_frame(move || {
                use wasm_bindgen::JsCast;
                if let Some(heading) = document()
                    .get_element_by_id(&id)
                    .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = heading.focus();
                }
            });
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = previous;
        step
    });
}

#[component]
pub fn SharePage() -> impl IntoView {
    // Sending says what happened in the page's language (only the browser sends).
    #[cfg_attr(not(feature = "hydrate"), allow(unused_variables))]
    let lang = expect_context::<Lang>();
    let flow = Flow {
        js: RwSignal::new(false),
        kind: RwSignal::new(None),
        step: RwSignal::new(Step::Choose),
        state: RwSignal::new(SendState::Editing),
        summary: RwSignal::new(None),
        code: RwSignal::new(None),
    };
    provide_context(flow);
    Effect::new(move |_| flow.js.set(true));
    focus_on_new_screen(flow);
    #[cfg(feature = "hydrate")]
    let outbox = super::send::Outbox::new();

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        #[cfg(feature = "hydrate")]
        {
            // Enter on a choice submits a form: before the review it only moves on, so nothing
            // is ever sent that the child did not see on the review screen.
            if flow.step.get_untracked() != Step::Review {
                flow.next();
                return;
            }
            if flow.state.get_untracked() == SendState::Sending {
                return;
            }
            flow.state.set(SendState::Sending);
            let draft = super::send::Draft::from_form(flow.kind.get_untracked());
            leptos::task::spawn_local(async move {
                let outcome = outbox.send(draft, lang).await;
                flow.state.set(match outcome {
                    Ok(delivered) => {
                        super::send::clear_form();
                        flow.code.set(delivered.code);
                        if delivered.kept_on_kiosk {
                            SendState::Kept
                        } else {
                            SendState::Sent
                        }
                    }
                    Err(super::send::SendError::Invalid(message)) => SendState::Invalid(message),
                    Err(super::send::SendError::NotArrived(message)) => SendState::Failed(message),
                });
            });
        }
    };
    // The server issues the form's id with a token bound to it; a page without one (it could not
    // be made) still works with JavaScript, and without it is told to open the page again.
    let ticket = FormTicket::for_page();
    let form_id = if ticket.submission_id.is_empty() {
        SubmissionId::generate().to_string()
    } else {
        ticket.submission_id.clone()
    };
    let ticket_json = ticket.to_attribute();
    let sent = move || flow.state.with(SendState::is_done);

    view! {
        <main id="main" class="card">
            <screens::Sent/>
            <form method="post" action=NOJS_SEND_PATH autocomplete="off" on:submit=on_submit
                hidden=sent>
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
        </main>
        <super::consult_news::ConsultNewsSection hidden=Signal::derive(move || {
            sent() || flow.step.get() != Step::Choose
        })/>
    }
}
