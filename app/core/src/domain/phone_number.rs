//! A help contact's phone number, as a child's phone dials it from a `tel:` link.

/// Digits, perhaps after a leading `+`; 3 to 20 of them ("112" and "911" are numbers too).
/// Spaces, dots, hyphens and brackets are accepted for reading and dropped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneNumber(String);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("a phone number has 3 to 20 digits, perhaps after a leading +")]
pub struct PhoneNumberError;

impl PhoneNumber {
    pub fn parse(raw: &str) -> Result<Self, PhoneNumberError> {
        let raw = raw.trim();
        let (plus, rest) = match raw.strip_prefix('+') {
            Some(rest) => ("+", rest),
            None => ("", raw),
        };
        let mut digits = String::from(plus);
        for c in rest.chars() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '-' | '.' | '(' | ')' => {}
                _ => return Err(PhoneNumberError),
            }
        }
        let count = digits.len() - plus.len();
        if !(3..=20).contains(&count) {
            return Err(PhoneNumberError);
        }
        Ok(Self(digits))
    }

    /// What a `tel:` link dials.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readable_separators_are_dropped_and_anything_else_refused() {
        assert_eq!(
            PhoneNumber::parse(" +1 (800) 422-4453 ").unwrap().as_str(),
            "+18004224453"
        );
        assert_eq!(PhoneNumber::parse("112").unwrap().as_str(), "112");
        for bad in [
            "",
            "12",
            "+",
            "1-800-CALL-NOW",
            "javascript:alert(1)",
            "++123",
            "1+23",
        ] {
            assert!(PhoneNumber::parse(bad).is_err(), "{bad:?}");
        }
        assert!(PhoneNumber::parse(&"1".repeat(21)).is_err());
    }
}
