//! The finished texts the server wrote for the flow (`template#flow-texts`, one
//! `<span data-t="key">` each): the bundle formats nothing and carries no translations.

use super::dom;
use std::collections::HashMap;
use wasm_bindgen::JsCast;
use web_sys::HtmlTemplateElement;

#[derive(Default)]
pub struct Texts(HashMap<String, String>);

impl Texts {
    pub fn from_page() -> Self {
        let Some(template) = dom::by_id::<HtmlTemplateElement>("flow-texts") else {
            return Self::default();
        };
        let Ok(spans) = template.content().query_selector_all("[data-t]") else {
            return Self::default();
        };
        let texts = (0..spans.length())
            .filter_map(|i| spans.item(i))
            .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
            .filter_map(|span| Some((span.get_attribute("data-t")?, span.text_content()?)))
            .collect();
        Self(texts)
    }

    /// The text for `key`; an unknown key (a page and bundle out of step) is the key itself,
    /// which a test notices and a child can still act on.
    pub fn get(&self, key: &str) -> String {
        self.0.get(key).cloned().unwrap_or_else(|| key.to_owned())
    }
}
