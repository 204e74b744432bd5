//! The few DOM helpers the start page's flow needs, over `web-sys` (no renderer).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, EventTarget, HtmlElement};

pub fn document() -> Option<Document> {
    web_sys::window()?.document()
}

pub fn by_id<T: JsCast>(id: &str) -> Option<T> {
    document()?.get_element_by_id(id)?.dyn_into().ok()
}

/// The elements under `root` (the document if `None`) matching `selector`.
pub fn all(root: Option<&Element>, selector: &str) -> Vec<HtmlElement> {
    let list = match root {
        Some(root) => root.query_selector_all(selector),
        None => match document() {
            Some(document) => document.query_selector_all(selector),
            None => return Vec::new(),
        },
    };
    let Ok(list) = list else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .collect()
}

pub fn first(root: Option<&Element>, selector: &str) -> Option<HtmlElement> {
    all(root, selector).into_iter().next()
}

/// Listens for `event` on `target` for as long as the page lives (the closure is never freed: it
/// is needed until the page unloads, which frees it).
pub fn on(target: &EventTarget, event: &str, handler: impl FnMut(Event) + 'static) {
    let closure = Closure::<dyn FnMut(Event)>::new(handler);
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    closure.forget();
}

/// The element an event started at, or its nearest ancestor matching `selector`.
pub fn closest(event: &Event, selector: &str) -> Option<HtmlElement> {
    event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()??
        .dyn_into()
        .ok()
}

/// The page's language, as its `<html lang>` says.
pub fn page_lang() -> String {
    document()
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("lang"))
        .unwrap_or_default()
}

/// Sets or removes an attribute.
pub fn set_attr(element: &Element, name: &str, value: Option<&str>) {
    let _ = match value {
        Some(value) => element.set_attribute(name, value),
        None => element.remove_attribute(name),
    };
}
