//! How much of the child site each locale translates (the console's languages page, the README
//! table and `cargo xtask locales` all read it from here).

use super::{sources, Locale};
use std::collections::BTreeSet;

/// The files a child sees (the console's own messages are counted separately, in its languages).
const CHILD_FILES: [&str; 3] = ["common", "child", "replies"];

/// Messages a locale has, of the messages English has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Coverage {
    pub done: usize,
    pub total: usize,
}

impl Coverage {
    pub fn percent(self) -> usize {
        (self.done * 100).checked_div(self.total).unwrap_or(0)
    }

    pub fn is_full(self) -> bool {
        self.done == self.total
    }
}

fn ids(locale: Locale) -> BTreeSet<String> {
    sources::files(locale)
        .iter()
        .filter(|(name, _)| CHILD_FILES.contains(name))
        .filter_map(|(_, text)| fluent_syntax::parser::parse(*text).ok())
        .flat_map(|resource| resource.body)
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// The child-site coverage of `locale`.
pub fn coverage(locale: Locale) -> Coverage {
    let english = ids(Locale::En);
    let mine = ids(locale);
    Coverage {
        done: english.intersection(&mine).count(),
        total: english.len(),
    }
}
