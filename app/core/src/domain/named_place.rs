//! The place a child says their message is about: a facility (by its code), "somewhere else", or
//! "I'd rather not say". Travels inside the sealed envelope, and decides who the message is sealed
//! to: a facility's affiliated reviewers are left out.

use serde::{Deserialize, Serialize};

/// A facility's stable code: 2 to 40 of `a-z`, `0-9`, `-`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct FacilityCode(String);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("a facility code is 2 to 40 of a-z, 0-9 and -")]
pub struct FacilityCodeError;

impl FacilityCode {
    pub fn parse(raw: &str) -> Result<Self, FacilityCodeError> {
        let ok = (2..=40).contains(&raw.len())
            && raw
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        ok.then(|| Self(raw.to_owned())).ok_or(FacilityCodeError)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for FacilityCode {
    type Error = FacilityCodeError;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        Self::parse(&raw)
    }
}

impl From<FacilityCode> for String {
    fn from(code: FacilityCode) -> Self {
        code.0
    }
}

/// The child's answer to "which place is this about?".
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum NamedPlace {
    #[default]
    Unsaid,
    Elsewhere,
    Facility(FacilityCode),
}

/// The form and query value of "I'd rather not say".
pub const UNSAID: &str = "unsaid";
/// The form and query value (and envelope value) of "somewhere else".
pub const ELSEWHERE: &str = "elsewhere";

impl NamedPlace {
    /// From a form or query value; an empty or missing value is "I'd rather not say".
    pub fn parse(raw: &str) -> Result<Self, FacilityCodeError> {
        match raw {
            "" | UNSAID => Ok(NamedPlace::Unsaid),
            ELSEWHERE => Ok(NamedPlace::Elsewhere),
            code => FacilityCode::parse(code).map(NamedPlace::Facility),
        }
    }

    /// The form and query value.
    pub fn as_param(&self) -> &str {
        match self {
            NamedPlace::Unsaid => UNSAID,
            NamedPlace::Elsewhere => ELSEWHERE,
            NamedPlace::Facility(code) => code.as_str(),
        }
    }

    /// What the envelope carries (nothing when the child would rather not say).
    pub fn in_envelope(&self) -> Option<&str> {
        match self {
            NamedPlace::Unsaid => None,
            other => Some(other.as_param()),
        }
    }

    pub fn facility(&self) -> Option<&FacilityCode> {
        match self {
            NamedPlace::Facility(code) => Some(code),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_parse_to_places_and_back() {
        assert_eq!(NamedPlace::parse("").unwrap(), NamedPlace::Unsaid);
        assert_eq!(NamedPlace::parse(UNSAID).unwrap().in_envelope(), None);
        assert_eq!(
            NamedPlace::parse(ELSEWHERE).unwrap().in_envelope(),
            Some(ELSEWHERE)
        );
        let place = NamedPlace::parse("casa-norte").unwrap();
        assert_eq!(place.facility().unwrap().as_str(), "casa-norte");
        assert_eq!(place.as_param(), "casa-norte");
        for bad in ["A", "x", "casa norte", "ñ-casa", &"a".repeat(41)] {
            assert!(NamedPlace::parse(bad).is_err(), "{bad}");
        }
    }
}
