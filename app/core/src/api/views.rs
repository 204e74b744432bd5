//! A reviewer's saved views of the workbench: a name and the filters and order it sets, kept on
//! the server as a setting of the account. *Invariant*: a view's settings hold no case content —
//! there is no field for a search (the search runs only in the browser, over decrypted words),
//! and every value is one of a closed list or a code that parses ([`ViewSettings::check`]);
//! anything else, an unknown field included, is refused at the edge. Its name is the reviewer's
//! own free text, stored as typed: the workbench asks them not to name anyone in it.

use crate::domain::{Feeling, Kind, NamedPlace, Wish};
use crate::vocabulary::{CaseStatus, Queue, Urgency};
use serde::{Deserialize, Serialize};

/// `GET` lists the caller's views; `PUT` saves one (a [`SavedView`], replacing one of that
/// name); `DELETE` removes one (`{"name": …}`).
pub const VIEWS_PATH: &str = "/console/api/views";
/// The most views one account keeps.
pub const MOST_VIEWS: usize = 20;
/// The longest name of a view, in characters.
pub const MAX_VIEW_NAME_CHARS: usize = 60;
/// The largest body the views' route reads.
pub const MAX_VIEW_BYTES: usize = 2048;

/// What a saved view sets; an empty value lets every case through.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ViewSettings {
    /// A queue's name (`Queue`).
    pub queue: String,
    pub status: String,
    pub urgency: String,
    pub kind: String,
    pub feeling: String,
    pub wish: String,
    /// An assignee's handle.
    pub assignee: String,
    /// A facility code or `elsewhere`.
    pub place: String,
    /// A child's language code.
    pub lang: String,
    /// The column the list sorts by (its translation key's last part, e.g. `deadline`).
    pub sort: String,
    pub descending: bool,
}

/// Why a view was refused.
#[derive(Debug, PartialEq, Eq)]
pub struct BadView;

const SORTS: [&str; 8] = [
    "day",
    "reference",
    "kind",
    "urgency",
    "status",
    "assignee",
    "deadline",
    "place",
];

impl ViewSettings {
    /// Every value empty or one the workbench offers.
    pub fn check(&self) -> Result<(), BadView> {
        let either = |value: &str, ok: bool| value.is_empty() || ok;
        let handle = |h: &str| {
            (3..=40).contains(&h.len())
                && h.starts_with(|c: char| c.is_ascii_lowercase())
                && h.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c))
        };
        let lang = |l: &str| {
            (2..=10).contains(&l.len()) && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        };
        let fine = either(&self.queue, Queue::parse(&self.queue).is_some())
            && either(&self.status, CaseStatus::parse(&self.status).is_some())
            && either(&self.urgency, Urgency::parse(&self.urgency).is_some())
            && either(&self.kind, Kind::parse(&self.kind).is_some())
            && either(&self.feeling, Feeling::parse(&self.feeling).is_some())
            && either(&self.wish, Wish::parse(&self.wish).is_some())
            && either(&self.assignee, handle(&self.assignee))
            && either(&self.place, NamedPlace::parse(&self.place).is_ok())
            && either(&self.lang, lang(&self.lang))
            && either(&self.sort, SORTS.contains(&self.sort.as_str()));
        fine.then_some(()).ok_or(BadView)
    }
}

/// A named view, as saved and listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedView {
    pub name: String,
    pub view: ViewSettings,
}

impl SavedView {
    /// A name of 1 to [`MAX_VIEW_NAME_CHARS`] characters, none a control, and settings that check.
    pub fn check(&self) -> Result<(), BadView> {
        check_name(&self.name)?;
        self.view.check()
    }
}

/// A view's name, trimmed: 1 to [`MAX_VIEW_NAME_CHARS`] characters, no control character.
pub fn check_name(name: &str) -> Result<(), BadView> {
    let count = name.chars().count();
    let fine = name == name.trim()
        && (1..=MAX_VIEW_NAME_CHARS).contains(&count)
        && !name.chars().any(char::is_control);
    fine.then_some(()).ok_or(BadView)
}

/// `DELETE {VIEWS_PATH}`'s body.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ViewName {
    pub name: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_takes_only_values_the_workbench_offers_and_no_search() {
        let good = ViewSettings {
            queue: "escalated".into(),
            status: "new".into(),
            kind: "worry".into(),
            feeling: "scared".into(),
            assignee: "ana.lopez".into(),
            place: "elsewhere".into(),
            lang: "fa-AF".into(),
            sort: "deadline".into(),
            ..ViewSettings::default()
        };
        assert_eq!(good.check(), Ok(()));
        assert_eq!(ViewSettings::default().check(), Ok(()));
        for bad in [
            ViewSettings {
                status: "lost".into(),
                ..good.clone()
            },
            ViewSettings {
                feeling: "the food is cold".into(),
                ..good.clone()
            },
            ViewSettings {
                assignee: "Ana Lopez".into(),
                ..good.clone()
            },
            ViewSettings {
                sort: "words".into(),
                ..good.clone()
            },
            ViewSettings {
                lang: "a very long language".into(),
                ..good.clone()
            },
        ] {
            assert_eq!(bad.check(), Err(BadView), "{bad:?}");
        }
        let search: Result<ViewSettings, _> = serde_json::from_str(r#"{"search": "cold"}"#);
        assert!(search.is_err(), "a search is never a setting");
    }

    #[test]
    fn a_name_is_short_trimmed_and_printable() {
        assert_eq!(check_name("Overdue worries"), Ok(()));
        for bad in ["", " padded", "line\nbreak", &"x".repeat(61)] {
            assert_eq!(check_name(bad), Err(BadView), "{bad:?}");
        }
    }
}
