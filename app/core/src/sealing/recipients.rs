//! Who a child's words are sealed to: public age X25519 recipients, parsed once at the edge.
//! A [`Recipient`] is always a valid key in its canonical spelling; a [`RecipientSet`] is never
//! empty, sorted and without repeats, so its [`RecipientSet::id`] names the set whatever order it
//! was read in. The server records the set a send names (it cannot see whom a file is really
//! sealed to).

#[cfg(feature = "age-crate")]
use std::str::FromStr;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum RecipientError {
    #[error("no recipients are configured")]
    Empty,
    #[error("{0:?} is not an age X25519 recipient (age1…)")]
    Malformed(String),
}

/// One public age X25519 recipient (`age1…`), in its canonical spelling. Public, so its `Debug`
/// shows it.
#[derive(Clone)]
pub struct Recipient {
    raw: [u8; 32],
    text: String,
}

impl Recipient {
    /// Parsed by the `age` crate where it is built in (so the server keeps its spelling), by the
    /// minimal age in the child's bundle; both accept exactly the lowercase `age1…` form.
    pub fn parse(raw: &str) -> Result<Self, RecipientError> {
        let malformed = || RecipientError::Malformed(raw.to_owned());
        #[cfg(feature = "age-crate")]
        let text = age::x25519::Recipient::from_str(raw.trim())
            .map_err(|_| malformed())?
            .to_string();
        #[cfg(not(feature = "age-crate"))]
        let text = raw.trim().to_owned();
        let key = super::age_lite::parse_recipient(&text).map_err(|_| malformed())?;
        Ok(Self { raw: key, text })
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The X25519 public key (the browser's WebCrypto agrees with it).
    pub fn raw(&self) -> [u8; 32] {
        self.raw
    }

    /// The key for the `age` crate.
    #[cfg(feature = "age-crate")]
    pub(crate) fn key(&self) -> age::x25519::Recipient {
        age::x25519::Recipient::from_str(&self.text).expect("parsed when it was made")
    }
}

impl PartialEq for Recipient {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl Eq for Recipient {}

impl std::fmt::Debug for Recipient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Recipient").field(&self.text).finish()
    }
}

impl std::fmt::Display for Recipient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// The public recipients one submission is sealed to: never empty, sorted, no repeats.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecipientSet(Vec<Recipient>);

impl RecipientSet {
    pub fn parse<S: AsRef<str>>(raw: &[S]) -> Result<Self, RecipientError> {
        let mut set = raw
            .iter()
            .map(|s| Recipient::parse(s.as_ref()))
            .collect::<Result<Vec<_>, _>>()?;
        set.sort_unstable_by(|a, b| a.text.cmp(&b.text));
        set.dedup();
        if set.is_empty() {
            return Err(RecipientError::Empty);
        }
        Ok(Self(set))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Always false: kept for the `len`/`is_empty` pair.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Recipient> {
        self.0.iter()
    }

    /// The recipients' spellings, sorted (what the browser is sent).
    pub fn to_strings(&self) -> Vec<String> {
        self.0.iter().map(|r| r.text.clone()).collect()
    }

    /// The set's id ([`recipient_set_id`]): the browser echoes it with a send, so the server
    /// stores a ciphertext only while the set it names is still the current one (a kiosk's kept
    /// send excepted: `kiosk_routing::SET_TICKET_HEADER`).
    pub fn id(&self) -> String {
        recipient_set_id(&self.to_strings())
    }
}

/// A stable id of a set of recipients: SHA-256 over the sorted list, hex. The same set in any
/// order has the same id.
pub fn recipient_set_id<S: AsRef<str>>(recipients: &[S]) -> String {
    use sha2::{Digest, Sha256};
    let mut sorted: Vec<&str> = recipients.iter().map(|r| r.as_ref()).collect();
    sorted.sort_unstable();
    let mut hasher = Sha256::new();
    for r in sorted {
        hasher.update(r.as_bytes());
        hasher.update(b"\n");
    }
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Parses one recipient string; used at every edge where a recipient enters (CLI, config).
pub fn parse_recipient(raw: &str) -> Result<String, RecipientError> {
    Recipient::parse(raw).map(|r| r.text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> String {
        age::x25519::Identity::generate().to_public().to_string()
    }

    #[test]
    fn a_set_is_sorted_without_repeats_and_its_id_ignores_order() {
        let (a, b) = (key(), key());
        let one = RecipientSet::parse(&[a.clone(), b.clone(), a.clone()]).unwrap();
        let other = RecipientSet::parse(&[format!("  {b} "), a.clone()]).unwrap();
        assert_eq!(one.len(), 2);
        assert_eq!(one, other);
        assert_eq!(one.id(), recipient_set_id(&[b, a]));
    }

    #[test]
    fn nothing_but_keys_and_never_an_empty_set() {
        assert_eq!(
            RecipientSet::parse::<&str>(&[]).unwrap_err(),
            RecipientError::Empty
        );
        assert!(matches!(
            RecipientSet::parse(&[key(), "age1nope".into()]),
            Err(RecipientError::Malformed(_))
        ));
        assert!(Recipient::parse("AGE-SECRET-KEY-1QQQ").is_err());
    }
}
