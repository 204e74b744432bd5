//! The review before sending: every answer as the child gave it — read back from the form's
//! fields — each with "Change", which goes back to its screen. Rows are clones of the server's
//! `template#review-row`; their words are the server's finished texts.

use super::dom::{by_id, first};
use super::Flow;
use crate::child::send::{chosen_place_name, Draft};
use crate::child::steps::{steps_for, Step};
use crate::domain::{Feeling, Kind, Wish};
use crate::story::{Naming, Purpose};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTemplateElement};

/// One row: what was asked (`label`, a text key), what the child said (or that they skipped it),
/// and "Change" back to `step`.
fn row(
    list: &Element,
    template: &HtmlTemplateElement,
    flow: &Flow,
    label: &str,
    said: Option<String>,
    step: Step,
) {
    let Some(row) = template
        .content()
        .first_element_child()
        .and_then(|r| r.clone_node_with_deep(true).ok())
        .and_then(|r| r.dyn_into::<Element>().ok())
    else {
        return;
    };
    let said = said.filter(|s| !s.trim().is_empty());
    if let Some(dt) = first(Some(&row), "dt") {
        dt.set_text_content(Some(&flow.texts.get(label)));
    }
    if let Some(span) = first(Some(&row), "dd span:not(.hint)") {
        span.set_text_content(said.as_deref());
        // The child's own words are in whatever language they wrote: "unknown".
        if label == "review-words" {
            let _ = span.set_attribute("lang", "");
        }
    }
    if let Some(hint) = first(Some(&row), "dd span.hint") {
        let skipped = said.is_none().then(|| flow.texts.get("review-skipped"));
        hint.set_text_content(skipped.as_deref());
    }
    if let Some(button) = first(Some(&row), "button") {
        let _ = button.set_attribute("data-change", step.id());
    }
    let _ = list.append_child(&row);
}

fn names<T: Copy>(flow: &Flow, prefix: &str, items: &[T], wire: fn(T) -> &'static str) -> String {
    items
        .iter()
        .map(|i| flow.texts.get(&format!("{prefix}-{}", wire(*i))))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Writes the review of the current flow's answers.
pub fn fill(flow: &Flow) {
    let (Some(list), Some(template)) = (
        first(Some(&flow.form), "dl.review"),
        by_id::<HtmlTemplateElement>("review-row"),
    ) else {
        return;
    };
    list.set_inner_html("");
    let Some(kind) = flow.kind.get() else {
        return;
    };
    let draft = Draft::from_form(Some(kind));
    let steps = steps_for(kind);
    let has = |step| steps.contains(&step);
    let add =
        |label: &str, said: Option<String>, step| row(&list, &template, flow, label, said, step);
    add(
        "review-kind",
        Some(flow.texts.get(&format!("kind-{}", kind.as_str()))),
        Step::Choose,
    );
    if has(Step::Feelings) {
        let said = names(flow, "feeling", &draft.choices.feelings, Feeling::as_str);
        add("review-feelings", Some(said), Step::Feelings);
    }
    add("review-words", Some(draft.words.to_string()), Step::Words);
    if draft.voice.is_some() {
        add(
            "review-voice",
            Some(flow.texts.get("review-voice-yes")),
            Step::Words,
        );
    }
    add("review-place", Some(chosen_place_name()), Step::Place);
    if has(Step::Wish) {
        let said = names(flow, "wish", &draft.choices.wishes, Wish::as_str);
        add("review-wishes", Some(said), Step::Wish);
    }
    if kind == Kind::Story {
        for purpose in Purpose::ALL {
            let said = if draft.terms.says_yes(purpose) {
                "story-consent-yes"
            } else {
                "story-consent-no"
            };
            let label = format!("story-purpose-{}", purpose.as_str());
            add(&label, Some(flow.texts.get(said)), Step::Consent(purpose));
        }
        let naming = draft.terms.naming;
        let mut named = flow.texts.get(&format!("story-naming-{}", naming.as_str()));
        if naming != Naming::None && !draft.name.trim().is_empty() {
            named = format!("{named}: {}", draft.name.trim());
        }
        add("story-naming", Some(named), Step::Naming);
        add(
            "story-age",
            draft.terms.age.map(|a| a.to_string()),
            Step::Age,
        );
    }
}
