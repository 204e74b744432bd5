//! A child's story and the consent the child leads: for each purpose a separate yes or no (no
//! unless the child says yes), how they want to be named, and the versions a story editor
//! prepares — each sealed to the child and the editors, approved word for word by the child, and
//! pinned by [`VersionContent::hash`]: the server publishes only text whose hash is the one the
//! child approved.

use crate::case_notes::{open_note, seal_note, SealedNote};
use crate::domain::SubmissionId;
use crate::sealing::{OpenError, RecipientSet, SealError};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

/// The request header that carries a story's terms with its sealed body.
pub const STORY_TERMS_HEADER: &str = "x-story-terms";
/// The youngest and oldest age a child can say (or skip).
pub const AGES: std::ops::RangeInclusive<u8> = 6..=17;

/// What a story may be used for. Each is its own yes or no; a story is used for nothing else.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// Inside the organisation only, to learn from.
    Learning,
    /// With decision makers, not in public.
    Advocacy,
    /// Public education: the website, reports.
    Public,
    /// Journalists and media.
    Media,
}

impl Purpose {
    pub const ALL: [Purpose; 4] = [
        Purpose::Learning,
        Purpose::Advocacy,
        Purpose::Public,
        Purpose::Media,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Learning => "learning",
            Purpose::Advocacy => "advocacy",
            Purpose::Public => "public",
            Purpose::Media => "media",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == raw)
    }
}

/// How the child wants to be named where the story is used. Not at all unless they choose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Naming {
    #[default]
    None,
    MadeUp,
    FirstName,
}

impl Naming {
    pub const ALL: [Naming; 3] = [Naming::None, Naming::MadeUp, Naming::FirstName];

    pub fn as_str(self) -> &'static str {
        match self {
            Naming::None => "none",
            Naming::MadeUp => "made_up",
            Naming::FirstName => "first_name",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|n| n.as_str() == raw)
    }
}

/// The terms a child sends with a story: the purposes they said yes to, the naming, their age
/// if they said it. What is not said is "no" and "not named".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StoryTerms {
    pub yes: Vec<Purpose>,
    pub naming: Naming,
    pub age: Option<u8>,
}

/// Terms that are not in the closed lists.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("the story's terms are not well formed")]
pub struct BadTerms;

impl StoryTerms {
    pub fn says_yes(&self, purpose: Purpose) -> bool {
        self.yes.contains(&purpose)
    }

    /// `yes=public,media;naming=made_up;age=12` — the header's form.
    pub fn to_header(&self) -> String {
        let yes: Vec<&str> = self.yes.iter().map(|p| p.as_str()).collect();
        let mut out = format!("yes={};naming={}", yes.join(","), self.naming.as_str());
        if let Some(age) = self.age {
            out.push_str(&format!(";age={age}"));
        }
        out
    }

    /// Parses the header strictly: unknown keys, purposes, namings or ages are refused.
    pub fn parse(raw: &str) -> Result<Self, BadTerms> {
        let mut terms = StoryTerms::default();
        for part in raw.split(';').filter(|p| !p.is_empty()) {
            let (key, value) = part.split_once('=').ok_or(BadTerms)?;
            match key {
                "yes" => {
                    for p in value.split(',').filter(|p| !p.is_empty()) {
                        let purpose = Purpose::parse(p).ok_or(BadTerms)?;
                        if !terms.yes.contains(&purpose) {
                            terms.yes.push(purpose);
                        }
                    }
                }
                "naming" => terms.naming = Naming::parse(value).ok_or(BadTerms)?,
                "age" => {
                    let age: u8 = value.parse().map_err(|_| BadTerms)?;
                    if !AGES.contains(&age) {
                        return Err(BadTerms);
                    }
                    terms.age = Some(age);
                }
                _ => return Err(BadTerms),
            }
        }
        terms.yes.sort();
        Ok(terms)
    }
}

/// One version of a story, as the editor prepared it and the child reads it. Sealed to the child
/// and the story's editors; its hash is what the child's approval pins.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionContent {
    pub story: String,
    pub version: String,
    pub purpose: Purpose,
    /// The language it is written in (a locale code).
    pub lang: String,
    /// The name shown with it: empty unless the child chose to be named.
    pub byline: String,
    pub text: String,
}

impl VersionContent {
    /// SHA-256 over every field, each length-prefixed (so no two versions encode alike), hex.
    pub fn hash(&self) -> String {
        let mut hasher = Sha256::new();
        for field in [
            "heard/story-version/1",
            &self.story,
            &self.version,
            self.purpose.as_str(),
            &self.lang,
            &self.byline,
            &self.text,
        ] {
            hasher.update((field.len() as u64).to_be_bytes());
            hasher.update(field.as_bytes());
        }
        hex(&hasher.finalize())
    }

    /// Sealed with the story's id inside, like a note on a case.
    pub fn seal(&self, recipients: &RecipientSet) -> Result<SealedNote, SealError> {
        let story = SubmissionId::parse(&self.story)
            .map_err(|_| SealError::Io(std::io::Error::other("not a story id")))?;
        let json = Zeroizing::new(serde_json::to_string(self)?);
        seal_note(&story, &json, recipients)
    }

    /// Opens a version and checks it belongs to `story` and is the version `version`.
    pub fn open(
        bytes: &[u8],
        identity: &impl crate::sealing::OpeningKey,
        story: &SubmissionId,
        version: &str,
    ) -> Result<Self, OpenError> {
        let json = open_note(bytes, identity, story)?;
        let content: Self = serde_json::from_str(&json).map_err(|_| OpenError::Envelope)?;
        if content.story != story.as_str() || content.version != version {
            return Err(OpenError::IdMismatch);
        }
        Ok(content)
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The message ids of what a child reads before saying yes or no to `purpose`.
pub fn consent_messages(purpose: Purpose) -> [String; 2] {
    let p = purpose.as_str();
    [
        format!("story-purpose-{p}"),
        format!("story-purpose-{p}-body"),
    ]
}

/// Which consent text the child saw: a hash of the words of every purpose and of the naming
/// screen, as `translate` gives them (the child's language, with its fallback). A changed
/// translation is a new version.
pub fn consent_text_version(translate: impl Fn(&str) -> String) -> String {
    let mut hasher = Sha256::new();
    let ids = Purpose::ALL
        .into_iter()
        .flat_map(consent_messages)
        .chain(["story-consent-never".to_owned(), "story-naming".to_owned()]);
    for id in ids {
        let text = translate(&id);
        hasher.update((text.len() as u64).to_be_bytes());
        hasher.update(text.as_bytes());
    }
    format!("v1-{}", &hex(&hasher.finalize())[..16])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_default_to_no_and_not_named_and_refuse_unknowns() {
        let none = StoryTerms::parse("").unwrap();
        assert!(Purpose::ALL.iter().all(|p| !none.says_yes(*p)));
        assert_eq!(none.naming, Naming::None);
        let t = StoryTerms::parse("yes=public,learning,public;naming=made_up;age=12").unwrap();
        assert_eq!(t.yes, vec![Purpose::Learning, Purpose::Public]);
        assert_eq!(StoryTerms::parse(&t.to_header()).unwrap(), t);
        for bad in [
            "yes=everything",
            "naming=full_name",
            "age=40",
            "age=x",
            "share=all",
            "yes",
        ] {
            assert_eq!(StoryTerms::parse(bad), Err(BadTerms), "{bad}");
        }
    }

    #[test]
    fn any_change_to_a_version_changes_its_hash() {
        let v = VersionContent {
            story: "a".repeat(26),
            version: "v1".into(),
            purpose: Purpose::Public,
            lang: "es".into(),
            byline: String::new(),
            text: "Mi historia".into(),
        };
        let h = v.hash();
        let mut changed = v.clone();
        changed.text.push('.');
        assert_ne!(changed.hash(), h);
        let mut moved = v.clone();
        moved.byline = "M".into();
        moved.text = "i historia".into();
        assert_ne!(moved.hash(), h, "fields are length-prefixed");
        let mut other = v.clone();
        other.purpose = Purpose::Media;
        assert_ne!(other.hash(), h);
        assert_eq!(v.hash(), h);
    }
}
