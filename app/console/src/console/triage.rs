//! The workbench's list as data: which of the cases a reviewer holds their filters and search
//! keep, and in which order. Plain Rust with no browser in it, so that it is tested natively;
//! the workbench (`workbench::case_table`, `hydrate`) builds a [`Row`] from each case it
//! decrypted and renders what [`shown`] returns.
//!
//! *Invariant*: the search runs over text held in this page's memory only ([`Row::words`]): no
//! term is sent, stored or logged (`tests/e2e/triage.test.mjs` watches every request).

use crate::vocabulary::{CaseStatus, Queue, Urgency};

/// One decrypted case as the list sees it. Choices are their wire names (`kind-…` keys).
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: String,
    pub received_on: String,
    pub kind: String,
    pub feelings: Vec<String>,
    pub wishes: Vec<String>,
    /// A facility code, `elsewhere`, or empty when the child did not say.
    pub place: String,
    /// The language the child wrote in.
    pub lang: String,
    pub status: CaseStatus,
    pub urgency: Urgency,
    /// The assignee's handle, or empty.
    pub assignee: String,
    /// Escalated to the safeguarding leads.
    pub escalated: bool,
    /// "I am not safe" beyond the site's urgent rate.
    pub flood: bool,
    /// The child took it back: the day it will be deleted (empty otherwise).
    pub withdrawal_due: String,
    /// The next deadline of an open case (empty when none is running).
    pub deadline: String,
    pub overdue: bool,
    /// What the search looks in: the child's words and the reference, folded ([`fold`]).
    pub words: String,
}

/// What the reviewer narrowed the list to; an empty field lets every case through.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filters {
    pub search: String,
    /// A queue's name (`Queue`): overdue, escalated, mine, possible flood; empty or `all`: any.
    pub queue: String,
    pub kind: String,
    pub feeling: String,
    pub wish: String,
    pub place: String,
    pub lang: String,
    pub status: String,
    pub urgency: String,
    pub assignee: String,
}

/// A filter with a menu of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Status,
    Urgency,
    Kind,
    Feeling,
    Wish,
    Assignee,
    Place,
    Lang,
}

impl Field {
    /// What `filters` holds for this field.
    pub fn get(self, filters: &Filters) -> &str {
        match self {
            Field::Status => &filters.status,
            Field::Urgency => &filters.urgency,
            Field::Kind => &filters.kind,
            Field::Feeling => &filters.feeling,
            Field::Wish => &filters.wish,
            Field::Assignee => &filters.assignee,
            Field::Place => &filters.place,
            Field::Lang => &filters.lang,
        }
    }

    /// Sets this field of `filters`.
    pub fn set(self, filters: &mut Filters, value: String) {
        let slot = match self {
            Field::Status => &mut filters.status,
            Field::Urgency => &mut filters.urgency,
            Field::Kind => &mut filters.kind,
            Field::Feeling => &mut filters.feeling,
            Field::Wish => &mut filters.wish,
            Field::Assignee => &mut filters.assignee,
            Field::Place => &mut filters.place,
            Field::Lang => &mut filters.lang,
        };
        *slot = value;
    }

    /// The values a held case has for this field.
    pub fn values(self, row: &Row) -> Vec<&str> {
        match self {
            Field::Status => vec![row.status.as_str()],
            Field::Urgency => vec![row.urgency.as_str()],
            Field::Kind => vec![&row.kind],
            Field::Feeling => row.feelings.iter().map(String::as_str).collect(),
            Field::Wish => row.wishes.iter().map(String::as_str).collect(),
            Field::Assignee => vec![&row.assignee],
            Field::Place => vec![&row.place],
            Field::Lang => vec![&row.lang],
        }
    }
}

/// A column the list sorts by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Day,
    Reference,
    Kind,
    Urgency,
    Status,
    Assignee,
    Deadline,
    Place,
}

impl Column {
    /// Every sortable column, in the table's order (after the selection box).
    pub const ALL: [Column; 8] = [
        Column::Reference,
        Column::Day,
        Column::Kind,
        Column::Urgency,
        Column::Status,
        Column::Assignee,
        Column::Deadline,
        Column::Place,
    ];

    /// Its name in a saved view (`heard_core::api::views`).
    pub fn name(self) -> &'static str {
        match self {
            Column::Day => "day",
            Column::Reference => "reference",
            Column::Kind => "kind",
            Column::Urgency => "urgency",
            Column::Status => "status",
            Column::Assignee => "assignee",
            Column::Deadline => "deadline",
            Column::Place => "place",
        }
    }

    /// Its header's translation key.
    pub fn key(self) -> &'static str {
        match self {
            Column::Day => "inbox-col-day",
            Column::Reference => "inbox-col-ref",
            Column::Kind => "triage-col-kind",
            Column::Urgency => "case-urgency",
            Column::Status => "inbox-col-status",
            Column::Assignee => "case-assignee",
            Column::Deadline => "triage-col-deadline",
            Column::Place => "triage-col-place",
        }
    }
}

/// The list's order: a column, and which way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Order {
    pub column: Column,
    pub descending: bool,
}

impl Default for Order {
    /// Newest first, as the inbox always was.
    fn default() -> Self {
        Self {
            column: Column::Day,
            descending: true,
        }
    }
}

impl Order {
    /// The order after the reviewer chose `column`: the same column turns around, another one
    /// starts ascending (days and urgency start with the newest and the most urgent).
    pub fn toggled(self, column: Column) -> Self {
        if self.column == column {
            Self {
                column,
                descending: !self.descending,
            }
        } else {
            Self {
                column,
                descending: matches!(column, Column::Day | Column::Urgency),
            }
        }
    }
}

/// Text as the search compares it: lower case, every run of white space one space. Folding in
/// the browser keeps the search working for every script a child writes in (no word splitting
/// that only suits some languages: a term matches anywhere inside the text).
pub fn fold(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `row` passes every filter and holds every term of the search; `me` is the viewer's
/// handle (the queue "mine").
pub fn keeps(row: &Row, filters: &Filters, me: &str) -> bool {
    let is = |wanted: &str, value: &str| wanted.is_empty() || wanted == value;
    let has =
        |wanted: &str, values: &[String]| wanted.is_empty() || values.iter().any(|v| v == wanted);
    let in_queue = match Queue::parse(&filters.queue) {
        None | Some(Queue::All) => true,
        // As the server's queue: a new case past its acknowledgement.
        Some(Queue::Overdue) => row.overdue && row.status == CaseStatus::New,
        Some(Queue::Escalated) => row.escalated,
        Some(Queue::Mine) => !me.is_empty() && row.assignee == me,
        Some(Queue::PossibleFlood) => row.flood,
    };
    in_queue
        && is(&filters.kind, &row.kind)
        && has(&filters.feeling, &row.feelings)
        && has(&filters.wish, &row.wishes)
        && is(&filters.place, &row.place)
        && is(&filters.lang, &row.lang)
        && is(&filters.status, row.status.as_str())
        && is(&filters.urgency, row.urgency.as_str())
        && is(&filters.assignee, &row.assignee)
        && fold(&filters.search)
            .split(' ')
            .filter(|term| !term.is_empty())
            .all(|term| row.words.contains(term))
}

/// The positions in `rows` of the cases the filters keep, in `order`; ties newest first.
pub fn shown(rows: &[Row], filters: &Filters, order: Order, me: &str) -> Vec<usize> {
    let mut kept: Vec<usize> = (0..rows.len())
        .filter(|&i| keeps(&rows[i], filters, me))
        .collect();
    kept.sort_by(|&a, &b| {
        let (a, b) = (&rows[a], &rows[b]);
        // A case with no deadline running sorts after every day, whichever the direction.
        let unset = if order.column == Column::Deadline {
            a.deadline.is_empty().cmp(&b.deadline.is_empty())
        } else {
            std::cmp::Ordering::Equal
        };
        let by_column = match order.column {
            Column::Day => a.received_on.cmp(&b.received_on),
            Column::Reference => a.id.cmp(&b.id),
            Column::Kind => a.kind.cmp(&b.kind),
            Column::Urgency => rank(Urgency::ALL, a.urgency).cmp(&rank(Urgency::ALL, b.urgency)),
            Column::Status => rank(CaseStatus::ALL, a.status).cmp(&rank(CaseStatus::ALL, b.status)),
            Column::Assignee => a.assignee.cmp(&b.assignee),
            Column::Deadline => a.deadline.cmp(&b.deadline),
            Column::Place => a.place.cmp(&b.place),
        };
        let by_column = if order.descending {
            by_column.reverse()
        } else {
            by_column
        };
        unset
            .then(by_column)
            .then_with(|| b.received_on.cmp(&a.received_on))
            .then_with(|| a.id.cmp(&b.id))
    });
    kept
}

/// A value's place in its vocabulary's order (`ALL`).
fn rank<T: PartialEq>(all: &[T], value: T) -> usize {
    all.iter().position(|v| *v == value).unwrap_or(all.len())
}

/// The values present in `rows` for a filter's menu, sorted and once each.
pub fn present<'a>(rows: &'a [Row], values: impl Fn(&'a Row) -> Vec<&'a str>) -> Vec<String> {
    let mut found: Vec<String> = rows
        .iter()
        .flat_map(values)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
        .collect();
    found.sort();
    found.dedup();
    found
}

#[cfg(test)]
#[path = "triage_tests.rs"]
mod tests;
