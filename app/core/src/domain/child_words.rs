//! What a child wrote, in plaintext. This type exists only in memory: it is zeroed on drop, its
//! `Debug` is redacted, it has no `Display` and no `Serialize`, and the only thing that can be
//! done with it is to seal it (`crate::sealing::seal`).

use zeroize::{Zeroize, ZeroizeOnDrop};

/// Longest message a child can send as text, in characters (Unicode scalar values).
pub const MAX_CHILD_WORDS_CHARS: usize = 10_000;

/// Outside `heard-core` (in the UI crates, in the server) the words can be made and sealed,
///
/// ```
/// let words = heard_core::domain::ChildWords::parse("a worry".to_owned()).unwrap();
/// assert_eq!(format!("{words:?}"), "ChildWords(<redacted>)");
/// ```
///
/// but never read back — a fact the compiler checks:
///
/// ```compile_fail
/// let words = heard_core::domain::ChildWords::parse("a worry".to_owned()).unwrap();
/// let _plaintext: &str = words.expose();
/// ```
///
/// ```compile_fail
/// let words = heard_core::domain::ChildWords::parse("a worry".to_owned()).unwrap();
/// let _plaintext = format!("{}", words);
/// ```
#[derive(Zeroize, ZeroizeOnDrop)]
pub struct ChildWords(String);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ChildWordsError {
    #[error("the message is empty")]
    Empty,
    #[error("the message is longer than the limit")]
    TooLong,
}

impl ChildWords {
    /// Takes ownership so the caller's copy does not linger; the input is zeroed when refused.
    pub fn parse(mut raw: String) -> Result<Self, ChildWordsError> {
        let verdict = if raw.trim().is_empty() {
            Err(ChildWordsError::Empty)
        } else if raw.chars().count() > MAX_CHILD_WORDS_CHARS {
            Err(ChildWordsError::TooLong)
        } else {
            Ok(())
        };
        match verdict {
            Ok(()) => Ok(Self(raw)),
            Err(e) => {
                raw.zeroize();
                Err(e)
            }
        }
    }

    /// For a question the child may skip: blank is `None`, too long is still refused.
    pub fn parse_optional(raw: String) -> Result<Option<Self>, ChildWordsError> {
        match Self::parse(raw) {
            Ok(words) => Ok(Some(words)),
            Err(ChildWordsError::Empty) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for ChildWords {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ChildWords(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_blank_are_refused() {
        assert_eq!(
            ChildWords::parse(String::new()).err(),
            Some(ChildWordsError::Empty)
        );
        assert_eq!(
            ChildWords::parse(" \n\t ".into()).err(),
            Some(ChildWordsError::Empty)
        );
    }

    #[test]
    fn a_skipped_text_is_none_but_too_long_is_still_refused() {
        assert!(ChildWords::parse_optional("  ".into()).unwrap().is_none());
        assert!(ChildWords::parse_optional("hi".into()).unwrap().is_some());
        assert_eq!(
            ChildWords::parse_optional("a".repeat(MAX_CHILD_WORDS_CHARS + 1)).err(),
            Some(ChildWordsError::TooLong)
        );
    }

    #[test]
    fn the_limit_counts_characters_not_bytes() {
        let at_limit = "ä".repeat(MAX_CHILD_WORDS_CHARS);
        assert!(ChildWords::parse(at_limit).is_ok());
        let over = "a".repeat(MAX_CHILD_WORDS_CHARS + 1);
        assert_eq!(
            ChildWords::parse(over).err(),
            Some(ChildWordsError::TooLong)
        );
    }

    #[test]
    fn debug_never_shows_the_words() {
        let words = ChildWords::parse("canary-debug-7731".into()).unwrap();
        assert!(!format!("{words:?}").contains("canary"));
    }
}
