//! Every case the reviewer holds, in this page's memory only (as the key is): fetched page by
//! page through the case API (each page audited there, as before) and decrypted here in small
//! batches, the page painting and answering between two batches, with the count shown as it
//! grows. As each case opens its [`Row`] is made, with the folded words the search looks in: the
//! in-memory index, built after unlock, never stored and never sent.
//!
//! The time from the start to a searchable list is put on the table (`data-ready-ms`) for the
//! browser benchmark.

use super::case_list::{open_item, OpenedCase};
use super::net::Api;
use crate::api::console::{case_reference, CasePage, CaseSummary, CASES_PATH};
use crate::browser::yield_to_the_page;
use crate::console::triage::{fold, Row};
use crate::i18n::Lang;
use crate::vocabulary::CaseStatus;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Cases decrypted between two chances for the page to paint and answer keys.
const BATCH: usize = 10;
/// Opened cases added to the list together (after the first page, which is shown at once).
const PUBLISH_EVERY: usize = 250;
/// The most cases held at once: beyond it the reviewer narrows the queue on the server.
pub const MOST_HELD: usize = 5000;

/// The cases held, their rows, and how far loading is.
#[derive(Clone, Copy)]
pub struct Holdings {
    pub cases: RwSignal<Vec<OpenedCase>>,
    pub rows: RwSignal<Vec<Row>>,
    /// How many are decrypted so far (counts up while loading).
    pub opened: RwSignal<usize>,
    pub loading: RwSignal<bool>,
    pub error: RwSignal<Option<String>>,
    /// Milliseconds from the start of loading to a searchable list (for the benchmark).
    pub ready_ms: RwSignal<Option<String>>,
    /// The newest [`MOST_HELD`] cases are held and there are more.
    pub capped: RwSignal<bool>,
    /// Bumped by every new load, so that a stale one stops.
    generation: RwSignal<u32>,
}

impl Holdings {
    pub fn new() -> Self {
        Self {
            cases: RwSignal::new(Vec::new()),
            rows: RwSignal::new(Vec::new()),
            opened: RwSignal::new(0),
            loading: RwSignal::new(false),
            error: RwSignal::new(None),
            ready_ms: RwSignal::new(None),
            capped: RwSignal::new(false),
            generation: RwSignal::new(0),
        }
    }

    /// Forgets what is held and fetches and decrypts every case again.
    pub fn load(self, api: Api, lang: Lang) {
        self.generation.update(|g| *g += 1);
        let generation = self.generation.get_untracked();
        // `try_`: a lock throws the workbench (and these signals) away while a load may still run.
        let current = move || self.generation.try_get_untracked() == Some(generation);
        self.cases.set(Vec::new());
        self.rows.set(Vec::new());
        self.opened.set(0);
        self.error.set(None);
        self.ready_ms.set(None);
        self.capped.set(false);
        self.loading.set(true);
        spawn_local(async move {
            let started = now_ms();
            let mut before: Option<String> = None;
            // Opened, not yet in the list; and how many are.
            let mut waiting: (Vec<OpenedCase>, Vec<Row>) = (Vec::new(), Vec::new());
            let mut published = 0usize;
            loop {
                let mut path = format!("{CASES_PATH}?queue=all");
                if let Some(before) = &before {
                    path.push_str(&format!("&before={before}"));
                }
                let fetched = api.get::<CasePage>(&path).await;
                if !current() {
                    return;
                }
                let page = match fetched {
                    Ok(page) => page,
                    Err(message) => {
                        // What was opened stays listed; the list is not called complete.
                        let (cases, rows) = std::mem::take(&mut waiting);
                        self.cases.update(|held| held.extend(cases));
                        self.rows.update(|held| held.extend(rows));
                        self.error.set(Some(message));
                        self.loading.set(false);
                        return;
                    }
                };
                for batch in page.cases.chunks(BATCH) {
                    for item in batch {
                        let case = open_item(item, lang);
                        waiting.1.push(row_of(&case));
                        waiting.0.push(case);
                    }
                    self.opened.update(|n| *n += batch.len());
                    yield_to_the_page().await;
                    if !current() {
                        return;
                    }
                }
                before = page.next_before;
                let capped = self.opened.try_get_untracked().unwrap_or(0) >= MOST_HELD;
                if capped && before.is_some() {
                    self.capped.set(true);
                }
                let last = before.is_none() || capped;
                // The first page at once, so that work can start; then the list grows in a few
                // large steps (each redraws the list: a step per page made a thousand cases take
                // several times as long as a hundred).
                if published == 0 || last || waiting.0.len() >= PUBLISH_EVERY {
                    let (cases, rows) = std::mem::take(&mut waiting);
                    published += cases.len();
                    self.cases.update(|held| held.extend(cases));
                    self.rows.update(|held| held.extend(rows));
                }
                if last {
                    break;
                }
            }
            self.loading.set(false);
            request_animation_frame(move || {
                if current() {
                    self.ready_ms
                        .set(Some(format!("{:.0}", now_ms() - started)));
                }
            });
        });
    }

    /// A case's new summary (after an action): its row changes, its words stay.
    pub fn update(self, summary: &CaseSummary) {
        self.amend(&summary.id, |held| *held = summary.clone());
    }

    /// Changes a held case's summary as the server just did (a bulk action), without fetching it.
    pub fn amend(self, id: &str, amend: impl FnOnce(&mut CaseSummary)) {
        let Some(Some(at)) = self
            .cases
            .try_with_untracked(|c| c.iter().position(|c| c.summary.id == id))
        else {
            return;
        };
        let mut summary = self.cases.with_untracked(|c| c[at].summary.clone());
        amend(&mut summary);
        // Opening a case fetches its summary again, mostly unchanged: the list is not redrawn
        // for nothing (a redraw sorts and keys every row held).
        if self.cases.with_untracked(|c| c[at].summary == summary) {
            return;
        }
        self.cases.update(|c| c[at].summary = summary);
        let row = self.cases.with_untracked(|c| row_of(&c[at]));
        self.rows.update(|r| r[at] = row);
    }

    /// A case the reviewer no longer holds (they stepped back from it).
    pub fn remove(self, id: &str) {
        if let Some(Some(at)) = self
            .cases
            .try_with_untracked(|c| c.iter().position(|c| c.summary.id == id))
        {
            self.cases.update(|c| {
                c.remove(at);
            });
            self.rows.update(|r| {
                r.remove(at);
            });
        }
    }
}

/// The list's row of an opened case.
pub fn row_of(case: &OpenedCase) -> Row {
    let s = &case.summary;
    let names = |wires: Vec<&str>| wires.into_iter().map(str::to_owned).collect();
    let words = match &case.text {
        Ok(text) => format!("{} {}", case_reference(&s.id), fold(text)),
        Err(_) => case_reference(&s.id),
    };
    // A new case's clock is its acknowledgement; an open one's its response; a closed or
    // referred case has none running.
    let (deadline, overdue) = match s.status {
        CaseStatus::New => (s.ack_due.as_str(), s.overdue),
        CaseStatus::Closed | CaseStatus::Referred => ("", false),
        _ => (s.respond_due.as_str(), s.respond_overdue),
    };
    Row {
        id: s.id.clone(),
        received_on: s.received_on.clone(),
        kind: case
            .choices
            .kind
            .map(|k| k.as_str().to_owned())
            .unwrap_or_default(),
        feelings: names(case.choices.feelings.iter().map(|f| f.as_str()).collect()),
        wishes: names(case.choices.wishes.iter().map(|w| w.as_str()).collect()),
        place: case.place.clone().unwrap_or_default(),
        lang: case.lang.code().to_owned(),
        status: s.status,
        urgency: s.urgency,
        assignee: s.assignee.clone().unwrap_or_default(),
        escalated: s.escalated,
        flood: s.possible_flood,
        withdrawal_due: s.withdrawal_due.clone().unwrap_or_default(),
        deadline: deadline.to_owned(),
        overdue,
        words,
    }
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_default()
}
