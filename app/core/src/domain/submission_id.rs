//! The client-generated id that makes a retried send idempotent.

use serde::{Deserialize, Serialize};
use std::fmt;

/// 128 random bits as 32 lowercase hex digits. Generated where the child composes the message
/// (browser, or the server-rendered form for the no-JavaScript path) so that a retry after a lost
/// response carries the same id and never makes a duplicate.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SubmissionId(String);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("a submission id is 32 lowercase hexadecimal digits")]
pub struct SubmissionIdError;

impl SubmissionId {
    const LEN: usize = 32;

    pub fn parse(raw: &str) -> Result<Self, SubmissionIdError> {
        let ok = raw.len() == Self::LEN
            && raw
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        if ok {
            Ok(Self(raw.to_owned()))
        } else {
            Err(SubmissionIdError)
        }
    }

    /// A fresh random id from the operating system's (or the browser's) CSPRNG.
    pub fn generate() -> Self {
        let mut bytes = [0u8; 16];
        getrandom::getrandom(&mut bytes).expect("the platform random source is available");
        Self(bytes.iter().map(|b| format!("{b:02x}")).collect())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for SubmissionId {
    type Error = SubmissionIdError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<SubmissionId> for String {
    fn from(id: SubmissionId) -> Self {
        id.0
    }
}

impl fmt::Display for SubmissionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for SubmissionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SubmissionId({})", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_ids_parse_and_differ() {
        let a = SubmissionId::generate();
        let b = SubmissionId::generate();
        assert_eq!(SubmissionId::parse(a.as_str()), Ok(a.clone()));
        assert_ne!(a, b);
    }

    #[test]
    fn malformed_ids_are_refused() {
        for raw in [
            "",
            "abc",
            "0123456789abcdef0123456789abcdeF",
            "0123456789abcdef0123456789abcdef0",
            "0123456789abcdef0123456789abcdeg",
            "../../etc/passwd",
            "0123456789abcdef 123456789abcdef",
        ] {
            assert_eq!(SubmissionId::parse(raw), Err(SubmissionIdError), "{raw:?}");
        }
    }
}
