//! "You said, we did": what was decided after a consultation, and what became of it — actions
//! with a status, each perhaps answering one question, translated like the rest of the
//! consultation (`heard consultations actions ID FILE` replaces them, checked whole).

use super::SKIP;
use crate::vocabulary::ActionStatus;
use serde::Deserialize;
use std::collections::BTreeMap;

pub const MAX_ACTIONS: usize = 20;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionsDef {
    pub actions: Vec<ActionDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionDef {
    pub status: ActionStatus,
    /// The question it answers, by key.
    pub question: Option<String>,
    /// Per language: `what` was decided or done, and `why` (needed when it was not done).
    pub texts: BTreeMap<String, ActionTexts>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionTexts {
    pub what: String,
    pub why: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ActionsError {
    #[error("there are 1 to {MAX_ACTIONS} actions")]
    Count,
    #[error("action {0} answers {1:?}, which is not a question of this consultation")]
    UnknownQuestion(usize, String),
    #[error("action {0} has no text in {1} and no fallback language has it")]
    MissingText(usize, String),
    #[error("action {0} was not done: say why, in {1}")]
    MissingWhy(usize, String),
    #[error("action {0}: a text in {1} is empty or longer than {max} characters", max = super::definition::MAX_TEXT_CHARS)]
    BadText(usize, String),
}

impl ActionsDef {
    /// `locales`, `fallback` and `questions`: the consultation's.
    pub fn check(
        &self,
        locales: &[String],
        fallback: Option<&str>,
        questions: &[String],
    ) -> Result<(), ActionsError> {
        if self.actions.is_empty() || self.actions.len() > MAX_ACTIONS {
            return Err(ActionsError::Count);
        }
        let max = super::definition::MAX_TEXT_CHARS;
        let bad = |t: &str| t.trim().is_empty() || t.chars().count() > max;
        for (n, action) in self.actions.iter().enumerate() {
            let n = n + 1;
            if let Some(q) = &action.question {
                if !questions.contains(q) || q == SKIP {
                    return Err(ActionsError::UnknownQuestion(n, q.clone()));
                }
            }
            for (lang, t) in &action.texts {
                if bad(&t.what) || t.why.as_deref().is_some_and(bad) {
                    return Err(ActionsError::BadText(n, lang.clone()));
                }
            }
            let text_in = |lang: &str| {
                action
                    .texts
                    .get(lang)
                    .or_else(|| fallback.and_then(|f| action.texts.get(f)))
            };
            for lang in locales {
                let texts = text_in(lang).ok_or(ActionsError::MissingText(n, lang.clone()))?;
                if action.status == ActionStatus::NotDone && texts.why.is_none() {
                    return Err(ActionsError::MissingWhy(n, lang.clone()));
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn check(value: serde_json::Value, fallback: Option<&str>) -> Result<(), ActionsError> {
        let def: ActionsDef = serde_json::from_value(value).unwrap();
        let locales = ["en".to_string(), "ar".to_string()];
        def.check(&locales, fallback, &["food".to_string()])
    }

    #[test]
    fn every_action_is_said_in_every_language_and_a_no_says_why() {
        let done = json!({"actions": [{"status": "done", "question": "food",
            "texts": {"en": {"what": "New menu"}, "ar": {"what": "قائمة جديدة"}}}]});
        assert_eq!(check(done, None), Ok(()));
        let english_only = json!({"actions": [{"status": "planned",
            "texts": {"en": {"what": "Trips"}}}]});
        assert_eq!(
            check(english_only.clone(), None),
            Err(ActionsError::MissingText(1, "ar".into()))
        );
        assert_eq!(check(english_only, Some("en")), Ok(()));
        let no_why = json!({"actions": [{"status": "not_done",
            "texts": {"en": {"what": "Wifi"}, "ar": {"what": "إنترنت"}}}]});
        assert_eq!(
            check(no_why, None),
            Err(ActionsError::MissingWhy(1, "en".into()))
        );
        let elsewhere = json!({"actions": [{"status": "done", "question": "sleep",
            "texts": {"en": {"what": "x"}, "ar": {"what": "y"}}}]});
        assert_eq!(
            check(elsewhere, None),
            Err(ActionsError::UnknownQuestion(1, "sleep".into()))
        );
        assert_eq!(
            check(json!({"actions": []}), None),
            Err(ActionsError::Count)
        );
    }
}
