//! The rule that protects small groups, in one function: [`publish`]. The console, the export
//! and the public page show a consultation's result only as `publish` gives it.
//!
//! - Fewer than *k* took part: nothing is shown but that.
//! - The whole result: every count is shown when it is 0 or at least *k*; a smaller one is hidden.
//!   Where the options add up to the number who answered (one choice each), a lone hidden count
//!   could be recovered by subtraction, so more are hidden (smallest first) until at least two
//!   are, together standing for at least *k* answers.
//! - A breakdown (by place, language or age band) is shown whole or not at all: only when every
//!   group in it, and every count in every group, is 0 or at least *k*. Otherwise it coarsens
//!   (place → region → everyone; language or age band → everyone). Nothing inside a shown
//!   breakdown is hidden, so nothing is left over to subtract; and a count that a breakdown could
//!   expose by summing is then itself at least *k*.
//!
//! Counts are stored per dimension alone (never joined), which is all a result needs; the
//! property tests check that no published view, alone or beside another, pins a count below *k*.

use super::{DEFAULT_MIN_GROUP, LOWEST_MIN_GROUP};
use crate::vocabulary::Dimension;
use std::collections::BTreeMap;

/// *k*: the fewest answers a published number may stand for (never below 5).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MinGroup(u64);

impl MinGroup {
    pub fn new(k: u32) -> Option<Self> {
        (k >= LOWEST_MIN_GROUP).then_some(Self(u64::from(k)))
    }

    pub fn get(self) -> u64 {
        self.0
    }

    fn allows(self, count: u64) -> bool {
        count == 0 || count >= self.0
    }
}

impl Default for MinGroup {
    fn default() -> Self {
        Self(u64::from(DEFAULT_MIN_GROUP))
    }
}

/// One group's answers to one question: how many answered (an "I don't want to answer"
/// included), and how many chose each option.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub respondents: u64,
    pub options: BTreeMap<String, u64>,
}

impl Counts {
    fn add(&mut self, other: &Counts) {
        self.respondents += other.respondents;
        for (option, count) in &other.options {
            *self.options.entry(option.clone()).or_default() += count;
        }
    }

    fn count(&self, option: &str) -> u64 {
        self.options.get(option).copied().unwrap_or(0)
    }
}

/// What is stored of one question: its counts per group of each dimension.
#[derive(Clone, Debug, Default)]
pub struct QuestionCounts {
    /// The options in the order they are shown (the "skip" option among them).
    pub options: Vec<String>,
    /// Whether each answer is exactly one option, so the options add up to the respondents.
    pub one_each: bool,
    /// Per dimension, per group (`""`: none given), the counts.
    pub by: BTreeMap<Dimension, BTreeMap<String, Counts>>,
    /// Each place's region, for coarsening (a place without one is its own region).
    pub regions: BTreeMap<String, String>,
}

impl QuestionCounts {
    /// Everyone's counts (every dimension sums to them; language is always known).
    pub fn total(&self) -> Counts {
        let mut total = Counts::default();
        if let Some(groups) = self.by.get(&Dimension::Language) {
            for counts in groups.values() {
                total.add(counts);
            }
        }
        total
    }
}

/// A count as published.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    Count(u64),
    /// Fewer than *k*, or hidden so that such a count cannot be worked out.
    Hidden,
}

/// The level a breakdown is shown at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Place,
    Region,
    Language,
    AgeBand,
}

impl Level {
    pub const fn as_str(self) -> &'static str {
        match self {
            Level::Place => "place",
            Level::Region => "region",
            Level::Language => "language",
            Level::AgeBand => "age_band",
        }
    }
}

/// A breakdown shown whole: every group's counts, none hidden.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Breakdown {
    pub dimension: Dimension,
    pub level: Level,
    pub groups: BTreeMap<String, Counts>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Published {
    /// Fewer than *k* answered this question.
    TooFew,
    Shown {
        respondents: u64,
        options: Vec<(String, Shown)>,
        breakdowns: Vec<Breakdown>,
    },
}

/// The one way a question's result is published. See the module's rule.
pub fn publish(question: &QuestionCounts, k: MinGroup) -> Published {
    let total = question.total();
    if total.respondents < k.get() {
        return Published::TooFew;
    }
    let options = whole_result(question, &total, k);
    let breakdowns = [Dimension::Place, Dimension::Language, Dimension::AgeBand]
        .into_iter()
        .filter_map(|dimension| breakdown(question, dimension, k))
        .collect();
    Published::Shown {
        respondents: total.respondents,
        options,
        breakdowns,
    }
}

fn whole_result(question: &QuestionCounts, total: &Counts, k: MinGroup) -> Vec<(String, Shown)> {
    let mut hidden: Vec<&str> = question
        .options
        .iter()
        .filter(|o| !k.allows(total.count(o)))
        .map(String::as_str)
        .collect();
    if question.one_each && !hidden.is_empty() {
        // Secondary suppression: a lone hidden count, or hidden counts standing for fewer than
        // k answers, could be worked out from the respondents; hide the next smallest too.
        let mut shown: Vec<&str> = question
            .options
            .iter()
            .map(String::as_str)
            .filter(|o| !hidden.contains(o) && total.count(o) > 0)
            .collect();
        shown.sort_by_key(|o| total.count(o));
        let mut shown = shown.into_iter();
        while hidden.len() < 2 || hidden.iter().map(|o| total.count(o)).sum::<u64>() < k.get() {
            match shown.next() {
                Some(next) => hidden.push(next),
                None => break,
            }
        }
    }
    question
        .options
        .iter()
        .map(|o| {
            let shown = if hidden.contains(&o.as_str()) {
                Shown::Hidden
            } else {
                Shown::Count(total.count(o))
            };
            (o.clone(), shown)
        })
        .collect()
}

/// The finest level of `dimension` that may be shown whole, if any says more than the total.
fn breakdown(question: &QuestionCounts, dimension: Dimension, k: MinGroup) -> Option<Breakdown> {
    let groups = question.by.get(&dimension)?;
    let levels: &[Level] = match dimension {
        Dimension::Place => &[Level::Place, Level::Region],
        Dimension::Language => &[Level::Language],
        Dimension::AgeBand => &[Level::AgeBand],
    };
    levels.iter().find_map(|&level| {
        let groups = if level == Level::Region {
            by_region(groups, &question.regions)
        } else {
            groups.clone()
        };
        let groups: BTreeMap<String, Counts> = groups
            .into_iter()
            .filter(|(_, c)| c.respondents > 0)
            .collect();
        let whole = groups.len() >= 2
            && groups.values().all(|c| {
                c.respondents >= k.get() && question.options.iter().all(|o| k.allows(c.count(o)))
            });
        whole.then_some(Breakdown {
            dimension,
            level,
            groups,
        })
    })
}

fn by_region(
    places: &BTreeMap<String, Counts>,
    regions: &BTreeMap<String, String>,
) -> BTreeMap<String, Counts> {
    let mut out: BTreeMap<String, Counts> = BTreeMap::new();
    for (place, counts) in places {
        let region = regions.get(place).unwrap_or(place);
        out.entry(region.clone()).or_default().add(counts);
    }
    out
}

#[cfg(test)]
#[path = "results_tests.rs"]
mod tests;
