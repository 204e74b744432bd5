//! The child's return code: eight pictures out of 64 (48 bits), made in the child's browser
//! after sending. From the code, Argon2id derives two things — a lookup token the server can
//! match (it stores only the token's SHA-256) and the child's own age X25519 identity, whose
//! public recipient the server stores so that replies can be sealed to the child. The server
//! never sees the code, and the identity never leaves the browser.
//!
//! Salted with a random value of this instance (`SiteFacts::code_salt`), so a table of codes
//! computed for one instance is useless for another.

use argon2::{Algorithm, Argon2, Params, Version};
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

/// How many pictures a code has, and how many pictures there are: 64⁸ = 2⁴⁸.
pub const CODE_LENGTH: usize = 8;
pub const PICTURE_COUNT: usize = 64;

/// The pictures, as Unicode pictographs shown with their translated name (`picture-<name>`).
/// Chosen to be concrete, friendly, and different from each other at a glance.
pub const PICTURES: [(&str, &str); PICTURE_COUNT] = [
    ("dog", "🐶"),
    ("cat", "🐱"),
    ("fish", "🐟"),
    ("bird", "🐦"),
    ("horse", "🐴"),
    ("cow", "🐮"),
    ("rabbit", "🐰"),
    ("turtle", "🐢"),
    ("butterfly", "🦋"),
    ("bee", "🐝"),
    ("elephant", "🐘"),
    ("lion", "🦁"),
    ("frog", "🐸"),
    ("monkey", "🐵"),
    ("duck", "🦆"),
    ("owl", "🦉"),
    ("apple", "🍎"),
    ("banana", "🍌"),
    ("grapes", "🍇"),
    ("lemon", "🍋"),
    ("carrot", "🥕"),
    ("corn", "🌽"),
    ("bread", "🍞"),
    ("cheese", "🧀"),
    ("egg", "🥚"),
    ("cake", "🎂"),
    ("watermelon", "🍉"),
    ("cherries", "🍒"),
    ("strawberry", "🍓"),
    ("pineapple", "🍍"),
    ("mushroom", "🍄"),
    ("pepper", "🌶️"),
    ("sun", "☀️"),
    ("moon", "🌙"),
    ("star", "⭐"),
    ("cloud", "☁️"),
    ("rainbow", "🌈"),
    ("flower", "🌸"),
    ("tree", "🌳"),
    ("leaf", "🍁"),
    ("mountain", "⛰️"),
    ("shell", "🐚"),
    ("glasses", "👓"),
    ("snowflake", "❄️"),
    ("umbrella", "☂️"),
    ("house", "🏠"),
    ("car", "🚗"),
    ("bicycle", "🚲"),
    ("teddy", "🧸"),
    ("rocket", "🚀"),
    ("train", "🚂"),
    ("ball", "⚽"),
    ("guitar", "🎸"),
    ("drum", "🥁"),
    ("book", "📖"),
    ("pencil", "✏️"),
    ("key", "🔑"),
    ("clock", "⏰"),
    ("bell", "🔔"),
    ("gift", "🎁"),
    ("balloon", "🎈"),
    ("crown", "👑"),
    ("shoe", "👟"),
    ("heart", "❤️"),
];

/// Argon2id cost: 19 MiB, two passes, one lane (the OWASP minimum for Argon2id), so that a
/// cheap phone derives in about a second while each guess costs an attacker the same.
const MEMORY_KIB: u32 = 19 * 1024;
const PASSES: u32 = 2;

/// A code: eight picture indices. Zeroed on drop, redacted `Debug`, no `Serialize`.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct ReturnCode([u8; CODE_LENGTH]);

impl std::fmt::Debug for ReturnCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ReturnCode(<redacted>)")
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("a return code is eight of the 64 pictures")]
pub struct BadCode;

/// What a code unlocks: the token the server matches, and the child's identity.
pub struct Derived {
    /// 64 hex digits; the server stores its SHA-256 ([`token_hash`]).
    pub token: Zeroizing<String>,
    pub identity: crate::sealing::Identity,
}

impl ReturnCode {
    /// A new random code (48 bits from the OS / browser random source).
    pub fn generate() -> Self {
        let mut bytes = [0u8; CODE_LENGTH];
        getrandom::getrandom(&mut bytes).expect("a random source is available");
        for b in &mut bytes {
            *b %= PICTURE_COUNT as u8; // 256 is a multiple of 64: no bias.
        }
        Self(bytes)
    }

    /// From picture indices as the child chose them.
    pub fn from_indices(indices: &[usize]) -> Result<Self, BadCode> {
        if indices.len() != CODE_LENGTH || indices.iter().any(|i| *i >= PICTURE_COUNT) {
            return Err(BadCode);
        }
        let mut bytes = [0u8; CODE_LENGTH];
        for (b, i) in bytes.iter_mut().zip(indices) {
            *b = *i as u8;
        }
        Ok(Self(bytes))
    }

    /// The picture indices, in order (to show the code).
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().map(|b| usize::from(*b))
    }

    /// Derives the lookup token and the child's identity (Argon2id, then the two halves).
    pub fn derive(&self, instance_salt: &str) -> Derived {
        let params = Params::new(MEMORY_KIB, PASSES, 1, Some(64)).expect("valid Argon2 parameters");
        let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
        let mut password = Zeroizing::new(b"heard-return-code-v1:".to_vec());
        password.extend_from_slice(&self.0);
        // The salt is the instance's, hashed so that any length works.
        let salt = Sha256::digest(format!("heard-return-code-salt:{instance_salt}"));
        let mut out = Zeroizing::new([0u8; 64]);
        argon
            .hash_password_into(&password, &salt, out.as_mut())
            .expect("a 64-byte output is allowed");
        let token = Zeroizing::new(hex(&out[..32]));
        let mut secret = Zeroizing::new([0u8; 32]);
        secret.copy_from_slice(&out[32..]);
        let identity = crate::sealing::Identity::from_secret(&secret);
        Derived { token, identity }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// What the server keeps of a token: its SHA-256, hex. The token is high-entropy (Argon2id
/// output), so a fast hash is enough to make a copy of the database useless for lookups.
pub fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// What the server keeps to remember which consultations a code follows: another hash of the
/// token, under its own label, so that a copy of the database cannot join it to the case the
/// same code opens (that would tell which child who complained also took part).
pub fn follow_hash(token: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(b"heard consultations followed by a return code\0");
    hasher.update(token.as_bytes());
    hex(&hasher.finalize())
}

/// Whether `raw` looks like a token (64 lowercase hex digits), before any lookup.
pub fn is_token(raw: &str) -> bool {
    raw.len() == 64
        && raw
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The recipient of a derived identity, as the server stores it.
pub fn recipient_of(derived: &Derived) -> String {
    derived.identity.recipient().to_string()
}

/// The identity as text (for `crate::sealing` decryption in the browser; never sent).
pub fn identity_text(derived: &Derived) -> Zeroizing<String> {
    derived.identity.to_text()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_picture_has_a_distinct_name_and_glyph() {
        let mut names: Vec<_> = PICTURES.iter().map(|p| p.0).collect();
        let mut glyphs: Vec<_> = PICTURES.iter().map(|p| p.1).collect();
        names.sort();
        names.dedup();
        glyphs.sort();
        glyphs.dedup();
        assert_eq!((names.len(), glyphs.len()), (PICTURE_COUNT, PICTURE_COUNT));
    }

    #[test]
    fn the_same_code_and_salt_derive_the_same_token_and_identity_and_nothing_else_does() {
        let code = ReturnCode::from_indices(&[1, 2, 3, 4, 5, 6, 7, 63]).unwrap();
        let a = code.derive("salt-a");
        let b = code.derive("salt-a");
        assert_eq!(*a.token, *b.token);
        assert_eq!(recipient_of(&a), recipient_of(&b));
        assert!(is_token(&a.token));
        let other_salt = code.derive("salt-b");
        assert_ne!(*a.token, *other_salt.token);
        let other_code = ReturnCode::from_indices(&[1, 2, 3, 4, 5, 6, 7, 62]).unwrap();
        let c = other_code.derive("salt-a");
        assert_ne!(*a.token, *c.token);
        assert_ne!(recipient_of(&a), recipient_of(&c));
        assert_eq!(token_hash(&a.token).len(), 64);
        assert_ne!(token_hash(&a.token), *a.token);
    }

    #[test]
    fn codes_have_eight_pictures_in_range_and_debug_hides_them() {
        assert_eq!(ReturnCode::from_indices(&[0; 7]), Err(BadCode));
        assert_eq!(
            ReturnCode::from_indices(&[64, 0, 0, 0, 0, 0, 0, 0]),
            Err(BadCode)
        );
        let code = ReturnCode::generate();
        assert_eq!(code.indices().count(), CODE_LENGTH);
        assert!(code.indices().all(|i| i < PICTURE_COUNT));
        assert_eq!(format!("{code:?}"), "ReturnCode(<redacted>)");
    }
}
