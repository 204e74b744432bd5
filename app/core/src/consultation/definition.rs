//! A consultation as its lead defines it (read from a file by `heard consultations add`), checked
//! whole before anything is stored: a consultation cannot exist with a question a child could not
//! read in a language it is offered in, unless a fallback language is chosen that has it.

use super::{LOWEST_MIN_GROUP, SKIP};
use crate::vocabulary::QuestionKind;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

pub const MAX_QUESTIONS: usize = 20;
pub const MAX_TEXT_CHARS: usize = 600;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Definition {
    /// Its address: lower-case letters, digits and hyphens (`food-2027`).
    pub id: String,
    pub opens_on: String,
    pub closes_on: String,
    pub min_group: Option<u32>,
    /// Facility codes it is offered at; none: everywhere.
    #[serde(default)]
    pub places: Vec<String>,
    /// The child languages it is offered in.
    pub locales: Vec<String>,
    /// Where a text is missing in an offered language, this language's is shown.
    pub fallback: Option<String>,
    pub questions: Vec<QuestionDef>,
    /// Per language, per text id ([`Definition::text_ids`]), the text.
    pub texts: BTreeMap<String, BTreeMap<String, String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionDef {
    pub key: String,
    pub kind: QuestionKind,
    /// A picture for the question: an emoji or a symbol.
    pub icon: String,
    #[serde(default)]
    pub options: Vec<OptionDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionDef {
    pub key: String,
    pub icon: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DefinitionError {
    #[error("the id {0:?} must be 3 to 40 lower-case letters, digits or hyphens")]
    BadId(String),
    #[error("{0:?} is not a day (YYYY-MM-DD)")]
    BadDay(String),
    #[error("it closes before it opens")]
    ClosesBeforeOpening,
    #[error("k (min_group) is {0}; it may never be below {LOWEST_MIN_GROUP}")]
    MinGroupTooLow(u32),
    #[error("{0:?} is not a language of the child site")]
    UnknownLocale(String),
    #[error("it is offered in no language")]
    NoLocale,
    #[error("it asks 1 to {MAX_QUESTIONS} questions")]
    QuestionCount,
    #[error("{0:?} is not a good key (1 to 30 lower-case letters, digits or _), or is used twice")]
    BadKey(String),
    #[error("question {0:?} needs {1} to {2} options")]
    OptionCount(String, usize, usize),
    #[error("question {0:?}: a free-text question has no options")]
    FreeTextOptions(String),
    #[error("{0:?} needs a picture (an emoji or symbol of at most 16 characters)")]
    BadIcon(String),
    #[error("the text {1:?} is missing in {0} and no fallback language has it")]
    MissingText(String, String),
    #[error("the text {1:?} in {0} is empty or longer than {MAX_TEXT_CHARS} characters")]
    BadText(String, String),
    #[error("the text {1:?} in {0} is not one this consultation uses")]
    UnknownText(String, String),
}

fn is_day(raw: &str) -> bool {
    let b = raw.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

fn is_key(raw: &str) -> bool {
    (1..=30).contains(&raw.len())
        && raw
            .bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_')
        && raw != SKIP
}

fn good_icon(icon: &str) -> bool {
    let chars = icon.chars().count();
    (1..=16).contains(&chars) && !icon.chars().any(|c| c.is_control() || c == '<')
}

impl Definition {
    /// Every child-facing text it needs, in every language it is offered in.
    pub fn text_ids(&self) -> Vec<String> {
        let mut ids = vec!["title".into(), "purpose".into(), "audience".into()];
        for q in &self.questions {
            ids.push(format!("q-{}", q.key));
            ids.extend(q.options.iter().map(|o| format!("q-{}-{}", q.key, o.key)));
        }
        ids
    }

    /// `known`: the child site's language codes.
    pub fn check(&self, known: &[&str]) -> Result<(), DefinitionError> {
        let id_ok = (3..=40).contains(&self.id.len())
            && self
                .id
                .bytes()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-');
        if !id_ok {
            return Err(DefinitionError::BadId(self.id.clone()));
        }
        for day in [&self.opens_on, &self.closes_on] {
            if !is_day(day) {
                return Err(DefinitionError::BadDay(day.clone()));
            }
        }
        if self.closes_on < self.opens_on {
            return Err(DefinitionError::ClosesBeforeOpening);
        }
        if let Some(k) = self.min_group.filter(|k| *k < LOWEST_MIN_GROUP) {
            return Err(DefinitionError::MinGroupTooLow(k));
        }
        if self.locales.is_empty() {
            return Err(DefinitionError::NoLocale);
        }
        for locale in self.locales.iter().chain(self.fallback.iter()) {
            if !known.contains(&locale.as_str()) {
                return Err(DefinitionError::UnknownLocale(locale.clone()));
            }
        }
        self.check_questions()?;
        self.check_texts()
    }

    fn check_questions(&self) -> Result<(), DefinitionError> {
        if self.questions.is_empty() || self.questions.len() > MAX_QUESTIONS {
            return Err(DefinitionError::QuestionCount);
        }
        let mut keys = BTreeSet::new();
        for q in &self.questions {
            if !is_key(&q.key) || !keys.insert(&q.key) {
                return Err(DefinitionError::BadKey(q.key.clone()));
            }
            if !good_icon(&q.icon) {
                return Err(DefinitionError::BadIcon(q.key.clone()));
            }
            let range = match q.kind {
                QuestionKind::FreeText if q.options.is_empty() => continue,
                QuestionKind::FreeText => {
                    return Err(DefinitionError::FreeTextOptions(q.key.clone()))
                }
                QuestionKind::Scale => 3..=7,
                QuestionKind::Single | QuestionKind::Multiple | QuestionKind::Ranking => 2..=8,
            };
            if !range.contains(&q.options.len()) {
                let (min, max) = (*range.start(), *range.end());
                return Err(DefinitionError::OptionCount(q.key.clone(), min, max));
            }
            let mut options = BTreeSet::new();
            for o in &q.options {
                if !is_key(&o.key) || !options.insert(&o.key) {
                    return Err(DefinitionError::BadKey(o.key.clone()));
                }
                if !good_icon(&o.icon) {
                    return Err(DefinitionError::BadIcon(format!("{}-{}", q.key, o.key)));
                }
            }
        }
        Ok(())
    }

    fn check_texts(&self) -> Result<(), DefinitionError> {
        let needed = self.text_ids();
        for (locale, texts) in &self.texts {
            for (id, text) in texts {
                if !needed.contains(id) {
                    return Err(DefinitionError::UnknownText(locale.clone(), id.clone()));
                }
                if text.trim().is_empty() || text.chars().count() > MAX_TEXT_CHARS {
                    return Err(DefinitionError::BadText(locale.clone(), id.clone()));
                }
            }
        }
        let has =
            |locale: &str, id: &str| self.texts.get(locale).is_some_and(|t| t.contains_key(id));
        for locale in &self.locales {
            for id in &needed {
                let covered =
                    has(locale, id) || self.fallback.as_deref().is_some_and(|f| has(f, id));
                if !covered {
                    return Err(DefinitionError::MissingText(locale.clone(), id.clone()));
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
#[path = "definition_tests.rs"]
mod tests;
