//! Send, and what the child is told: "Sending…", a refusal or "Try again" with the reason, and
//! after it arrived (or a kiosk kept it: never called "arrived") the confirmation with the return
//! code's pictures. The sealing and the PUT are `crate::child::send`.

use super::dom::{all, by_id, first, on};
use super::{flow, Flow};
use crate::child::send::{clear_form, Delivered, Draft, SendError};
use crate::child::steps::Step;
use crate::domain::Kind;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlTemplateElement};

pub fn start(flow: &Rc<Flow>) {
    let submitted = Rc::clone(flow);
    on(&flow.form, "submit", move |event| {
        event.prevent_default();
        // Enter on a choice submits a form: before the review it only moves on, so nothing is
        // ever sent that the child did not see on the review screen.
        if submitted.step.get() != Step::Review {
            flow::next(&submitted);
            return;
        }
        if submitted.sending.replace(true) {
            return;
        }
        show_state(&submitted, State::Sending);
        // The confirmation speaks of the message sent, whatever the page shows meanwhile.
        let kind = submitted.kind.get();
        let draft = Draft::from_form(kind);
        let sending = Rc::clone(&submitted);
        wasm_bindgen_futures::spawn_local(async move {
            let outcome = sending.outbox.send(draft, &sending.texts).await;
            sending.sending.set(false);
            match outcome {
                Ok(delivered) => sent(&sending, kind, delivered),
                Err(SendError::Invalid(message)) => show_state(&sending, State::Invalid(message)),
                Err(SendError::NotArrived(message)) => show_state(&sending, State::Failed(message)),
            }
        });
    });
    if let Some(another) = by_id::<Element>("write-another") {
        let flow = Rc::clone(flow);
        on(&another, "click", move |_| write_another(&flow));
    }
    if let Some(print) = by_id::<Element>("code-print") {
        on(&print, "click", |_| {
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
        });
    }
}

enum State {
    Editing,
    Sending,
    /// Nothing was sent (e.g. nothing was chosen or written): the form says why.
    Invalid(String),
    /// It may not have arrived: the answers are still in the form and "Try again" re-sends them.
    Failed(String),
}

fn show_state(flow: &Flow, state: State) {
    let (label, error) = match &state {
        State::Editing => ("intake-send", None),
        State::Sending => ("intake-sending", None),
        State::Invalid(message) => ("intake-send", Some(message.as_str())),
        State::Failed(message) => ("intake-retry", Some(message.as_str())),
    };
    if let Some(button) = first(Some(&flow.form), "button[type=submit]") {
        button.set_text_content(Some(&flow.texts.get(label)));
        let sending = matches!(state, State::Sending).then_some("true");
        super::dom::set_attr(&button, "aria-disabled", sending);
    }
    if let Some(alert) = by_id::<Element>("send-error") {
        alert.set_text_content(error);
    }
    // Only a refusal of the answers themselves marks the words; a lost line does not.
    flow::words_invalid(matches!(state, State::Invalid(_)));
}

/// The send is over: the form forgets every answer (its fields, the recording, the review) and
/// hides; the confirmation says what is true and takes focus.
fn sent(flow: &Rc<Flow>, kind: Option<Kind>, delivered: Delivered) {
    clear_form();
    show_state(flow, State::Editing);
    flow::start_over(flow);
    let Some(section) = first(None, "section.sent") else {
        return;
    };
    let kept = delivered.kept_on_kiosk;
    let shown = |part: &str| match part {
        "arrived" => !kept,
        "kept" => kept,
        "message" => !kept && kind != Some(Kind::Story),
        "story" => !kept && kind == Some(Kind::Story),
        "help" => kind == Some(Kind::Unsafe),
        _ => false,
    };
    for part in all(Some(&section), "[data-sent]") {
        let which = part.get_attribute("data-sent").unwrap_or_default();
        part.set_hidden(!shown(&which));
    }
    show_code(delivered.code.as_deref());
    flow.form.set_hidden(true);
    flow::news_hidden(true);
    section.set_hidden(false);
    if let Some(heading) = first(Some(&section), "h1") {
        let _ = heading.focus();
    }
}

/// Fills the card with the code's pictures, or empties and hides it.
fn show_code(code: Option<&[usize]>) {
    let (Some(card), Some(template)) = (
        by_id::<HtmlElement>("code-card"),
        by_id::<HtmlTemplateElement>("code-pictures"),
    ) else {
        return;
    };
    let Some(slots) = first(Some(&card), "ol.code-slots") else {
        return;
    };
    slots.set_inner_html("");
    card.set_hidden(code.is_none());
    for index in code.unwrap_or_default() {
        let picture = template
            .content()
            .query_selector(&format!("[data-picture=\"{index}\"]"))
            .ok()
            .flatten()
            .and_then(|p| p.clone_node_with_deep(true).ok());
        if let Some(picture) = picture.and_then(|p| p.dyn_into::<Element>().ok()) {
            let _ = slots.append_child(&picture);
        }
    }
}

fn write_another(flow: &Rc<Flow>) {
    show_code(None);
    if let Some(section) = first(None, "section.sent") {
        section.set_hidden(true);
    }
    flow.form.set_hidden(false);
    flow::start_over(flow);
    // The button that had focus is gone: the first screen's heading takes it.
    if let Some(heading) = by_id::<HtmlElement>(&format!("{}-h", Step::Choose.id())) {
        let _ = heading.focus();
    }
}
