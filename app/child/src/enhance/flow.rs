//! One screen at a time: the server's long form becomes the guided flow — the choice buttons
//! open a flow (`crate::child::steps` gives its order), Back and Next move through it, the
//! heading of each new screen takes focus (a screen reader announces it, a keyboard user goes on
//! from there), and Enter never sends before the review.

use super::dom::{self, all, by_id, closest, first, on, set_attr};
use super::{review, voice, Flow};
use crate::child::steps::{self, Step};
use crate::domain::Kind;
use std::rc::Rc;
use web_sys::{Element, HtmlElement};

pub fn start(flow: &Rc<Flow>) {
    // The browser runs the flow from now on: what only it can do appears, the long form's
    // alternatives go, and the note says the words are locked here.
    for element in all(None, "[data-js=show]") {
        element.set_hidden(false);
    }
    for element in all(None, "[data-js=hide]") {
        element.set_hidden(true);
    }
    for element in all(None, "[data-js-text]") {
        let text = element.get_attribute("data-js-text").unwrap_or_default();
        element.set_text_content(Some(&text));
    }
    if let Some(heading) = by_id::<HtmlElement>("step-words-h") {
        *flow.words_heading.borrow_mut() = heading.text_content().unwrap_or_default();
    }
    render(flow);
    let clicked = Rc::clone(flow);
    on(&flow.form, "click", move |event| {
        // While a send is under way the answers it carries stay on screen as they are.
        if clicked.sending.get() {
            return;
        }
        if let Some(button) = closest(&event, "button[data-kind]") {
            let kind = button
                .get_attribute("data-kind")
                .and_then(|k| Kind::parse(&k));
            clicked.kind.set(kind);
            // The seal's key pairs are made while the child writes, so Send only agrees.
            wasm_bindgen_futures::spawn_local(crate::agreement::prepare(
                crate::agreement::READY_AHEAD,
            ));
            next(&clicked);
        } else if closest(&event, "[data-go=next]").is_some() {
            next(&clicked);
        } else if closest(&event, "[data-go=back]").is_some() {
            back(&clicked);
        } else if let Some(change) = closest(&event, "button[data-change]") {
            let step = change
                .get_attribute("data-change")
                .and_then(|id| Step::by_id(&id));
            if let Some(step) = step {
                go(&clicked, step);
            }
        }
    });
}

pub fn go(flow: &Rc<Flow>, step: Step) {
    // Leaving the screen stops a recording (the microphone is let go at once).
    voice::stop_recording();
    if step == Step::Review {
        review::fill(flow);
    }
    let moved = flow.step.replace(step) != step;
    render(flow);
    if moved {
        focus_heading(step);
    }
}

pub fn next(flow: &Rc<Flow>) {
    if let Some(kind) = flow.kind.get() {
        go(flow, steps::next(kind, flow.step.get()));
    }
}

pub fn back(flow: &Rc<Flow>) {
    match flow.kind.get() {
        Some(kind) => go(flow, steps::back(kind, flow.step.get())),
        None => go(flow, Step::Choose),
    }
}

/// After sending: everything is forgotten and the next message starts from the beginning.
pub fn start_over(flow: &Rc<Flow>) {
    // The review holds a copy of every answer (the words too): it goes with them.
    if let Some(review) = first(Some(&flow.form), "dl.review") {
        review.set_inner_html("");
    }
    flow.kind.set(None);
    flow.step.set(Step::Choose);
    render(flow);
}

/// Shows the current screen only, with its progress, and what belongs to the chosen kind.
pub fn render(flow: &Flow) {
    let kind = flow.kind.get();
    let current = flow.step.get();
    for section in all(Some(&flow.form), "section.step") {
        let step = Step::by_id(&section.id());
        section.set_hidden(step != Some(current));
        let progress = kind.zip(step).and_then(|(k, s)| steps::progress(k, s));
        if let Some(p) = first(Some(&section), ".progress") {
            let text = progress.map(|(n, total)| flow.texts.get(&steps::progress_key(n, total)));
            p.set_text_content(text.as_deref());
        }
    }
    let kind_name = kind.map(Kind::as_str);
    for element in all(None, "[data-kind-only]") {
        element.set_hidden(element.get_attribute("data-kind-only").as_deref() != kind_name);
    }
    for element in all(None, "[data-kind-not]") {
        element.set_hidden(element.get_attribute("data-kind-not").as_deref() == kind_name);
    }
    if let Some(heading) = by_id::<HtmlElement>("step-words-h") {
        let text = match kind {
            Some(kind) => flow.texts.get(&format!("words-label-{}", kind.as_str())),
            None => flow.words_heading.borrow().clone(),
        };
        heading.set_text_content(Some(&text));
    }
    news_hidden(current != Step::Choose);
}

/// The start page's open consultations show only on the first screen.
pub fn news_hidden(hidden: bool) {
    if let Some(news) = first(None, "aside.consult-news") {
        news.set_hidden(hidden);
    }
}

fn focus_heading(step: Step) {
    if let Some(heading) = by_id::<HtmlElement>(&format!("{}-h", step.id())) {
        let _ = heading.focus();
    }
}

/// Marks the words as refused (or not) for assistive technology.
pub fn words_invalid(invalid: bool) {
    if let Some(area) = dom::by_id::<Element>("message") {
        set_attr(&area, "aria-invalid", invalid.then_some("true"));
    }
}
