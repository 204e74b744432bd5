//! The language a child wrote in, with the fallback an admin chose for it: reply templates in a
//! partial language (Mam, Q'anjob'al…) are offered in that fallback, as the child's pages are.
//! The inbox page hands the whole map over (`data-fallbacks="quc=es mam=es …"`).

use crate::i18n::{Lang, Locale};
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    static FALLBACKS: RefCell<HashMap<Locale, Locale>> = RefCell::new(HashMap::new());
}

/// Reads the map the inbox page carries.
pub fn remember(attribute: &str) {
    let map = attribute
        .split_whitespace()
        .filter_map(|pair| pair.split_once('='))
        .filter_map(|(l, f)| Some((Locale::parse(l)?, Locale::parse(f)?)))
        .collect();
    FALLBACKS.with(|f| *f.borrow_mut() = map);
}

/// The child's language for the code their envelope names, if Heard speaks it.
pub fn child_lang(code: &str) -> Option<Lang> {
    let locale = Locale::parse(code)?;
    let fallback = FALLBACKS.with(|f| f.borrow().get(&locale).copied().unwrap_or_default());
    Some(Lang::new(locale, fallback))
}
