//! An X25519 identity (`AGE-SECRET-KEY-1…`) that opens what is sealed to it: the child's own (from
//! the return code's pictures) or a reviewer's. The secret lives in zeroed memory, its `Debug`
//! shows nothing and it has no `Serialize`, so it cannot end up in a log or a response by
//! accident. It works with either age: the `age` crate (feature `age-crate`: the server, the
//! console, the tests) or the browser's minimal one (`super::age_lite`, the child's bundle).

use super::age_lite::{parse_identity, LiteError};
use super::Recipient;
use std::borrow::Cow;
use x25519_dalek::{PublicKey, StaticSecret};
use zeroize::Zeroizing;

#[derive(Clone)]
pub struct Identity {
    secret: Zeroizing<[u8; 32]>,
}

impl std::fmt::Debug for Identity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Identity(redacted)")
    }
}

impl Identity {
    /// From its text, `AGE-SECRET-KEY-1…` (surrounding whitespace ignored).
    pub fn parse(text: &str) -> Result<Self, LiteError> {
        Ok(Self {
            secret: parse_identity(text.trim())?,
        })
    }

    /// From 32 secret bytes (the return code's derivation).
    pub fn from_secret(secret: &[u8; 32]) -> Self {
        Self {
            secret: Zeroizing::new(*secret),
        }
    }

    /// A fresh identity from the platform's random source.
    pub fn generate() -> Self {
        let mut secret = Zeroizing::new([0u8; 32]);
        getrandom::getrandom(secret.as_mut_slice()).expect("a random source is available");
        Self { secret }
    }

    #[cfg_attr(feature = "age-crate", allow(dead_code))]
    pub(crate) fn secret(&self) -> &[u8; 32] {
        &self.secret
    }

    /// The text form, `AGE-SECRET-KEY-1…`, zeroed when dropped.
    pub fn to_text(&self) -> Zeroizing<String> {
        let hrp = bech32::Hrp::parse("age-secret-key-").expect("a valid prefix");
        let text = Zeroizing::new(
            bech32::encode::<bech32::Bech32>(hrp, self.secret.as_slice()).expect("32 bytes fit"),
        );
        Zeroizing::new(text.to_uppercase())
    }

    /// The public recipient (`age1…`) that seals to this identity.
    pub fn recipient(&self) -> Recipient {
        let public = PublicKey::from(&StaticSecret::from(*self.secret));
        let hrp = bech32::Hrp::parse("age").expect("a valid prefix");
        let text = bech32::encode::<bech32::Bech32>(hrp, public.as_bytes()).expect("32 bytes fit");
        Recipient::parse(&text).expect("an X25519 public key is a recipient")
    }

    /// The same identity for the `age` crate.
    #[cfg(feature = "age-crate")]
    pub fn to_age(&self) -> age::x25519::Identity {
        use std::str::FromStr;
        age::x25519::Identity::from_str(&self.to_text()).expect("a well-formed identity")
    }
}

/// What opens a file sealed to it: an [`Identity`], or (where it is built in) the `age` crate's
/// own X25519 identity.
pub trait OpeningKey {
    fn opening_key(&self) -> Cow<'_, Identity>;

    /// The same key for the `age` crate (no conversion when it already is one).
    #[cfg(feature = "age-crate")]
    fn age_identity(&self) -> Cow<'_, age::x25519::Identity> {
        Cow::Owned(self.opening_key().to_age())
    }
}

impl OpeningKey for Identity {
    fn opening_key(&self) -> Cow<'_, Identity> {
        Cow::Borrowed(self)
    }
}

impl<T: OpeningKey + ?Sized> OpeningKey for std::rc::Rc<T> {
    fn opening_key(&self) -> Cow<'_, Identity> {
        (**self).opening_key()
    }

    #[cfg(feature = "age-crate")]
    fn age_identity(&self) -> Cow<'_, age::x25519::Identity> {
        (**self).age_identity()
    }
}

#[cfg(feature = "age-crate")]
impl OpeningKey for age::x25519::Identity {
    fn opening_key(&self) -> Cow<'_, Identity> {
        Cow::Owned(Identity::from(self))
    }

    fn age_identity(&self) -> Cow<'_, age::x25519::Identity> {
        Cow::Borrowed(self)
    }
}

#[cfg(feature = "age-crate")]
impl From<&age::x25519::Identity> for Identity {
    fn from(identity: &age::x25519::Identity) -> Self {
        use age::secrecy::ExposeSecret;
        Self::parse(identity.to_string().expose_secret()).expect("age's identities are X25519")
    }
}

#[cfg(all(test, feature = "age-crate"))]
mod tests {
    use super::*;
    use age::secrecy::ExposeSecret;

    #[test]
    fn an_identity_is_the_age_crates_in_both_directions_and_never_shown() {
        let theirs = age::x25519::Identity::generate();
        let ours = Identity::from(&theirs);
        assert_eq!(ours.to_text().as_str(), theirs.to_string().expose_secret());
        assert_eq!(ours.recipient().as_str(), theirs.to_public().to_string());
        assert_eq!(
            ours.to_age().to_public().to_string(),
            theirs.to_public().to_string()
        );
        assert_eq!(format!("{ours:?}"), "Identity(redacted)");
        assert!(Identity::parse(&theirs.to_public().to_string()).is_err());
    }
}
