//! A light proof of work for the child site: before storing a new submission, the server asks the
//! browser to find a number whose SHA-256 with a one-time challenge starts with `PROOF_BITS` zero
//! bits (about 65,000 hashes: tens of milliseconds on a cheap phone, a real cost for a flood).
//! It never keys on an IP address: a shelter puts many children behind one.

use sha2::{Digest, Sha256};

/// Zero bits the hash must start with.
pub const PROOF_BITS: u32 = 16;
/// Header of `PUT /api/submissions/{id}`: `<challenge>:<nonce>`.
pub const PROOF_HEADER: &str = "x-proof";

fn leading_zero_bits(digest: &[u8]) -> u32 {
    let mut bits = 0;
    for byte in digest {
        if *byte == 0 {
            bits += 8;
        } else {
            return bits + byte.leading_zeros();
        }
    }
    bits
}

/// Whether `nonce` solves `challenge` at `bits`.
pub fn meets(challenge: &str, nonce: u64, bits: u32) -> bool {
    let mut hasher = Sha256::new();
    hasher.update(challenge.as_bytes());
    hasher.update(b":");
    hasher.update(nonce.to_string().as_bytes());
    leading_zero_bits(&hasher.finalize()) >= bits
}

/// The first nonce that solves `challenge`.
pub fn solve(challenge: &str, bits: u32) -> u64 {
    (0..u64::MAX)
        .find(|n| meets(challenge, *n, bits))
        .unwrap_or(u64::MAX)
}

/// `<challenge>:<nonce>` as sent in [`PROOF_HEADER`].
pub fn header_value(challenge: &str, nonce: u64) -> String {
    format!("{challenge}:{nonce}")
}

/// The challenge and nonce of a [`PROOF_HEADER`] value.
pub fn parse(value: &str) -> Option<(&str, u64)> {
    let (challenge, nonce) = value.rsplit_once(':')?;
    Some((challenge, nonce.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_solution_meets_its_challenge_and_not_another() {
        let nonce = solve("challenge-a", 12);
        assert!(meets("challenge-a", nonce, 12));
        let value = header_value("challenge-a", nonce);
        assert_eq!(parse(&value), Some(("challenge-a", nonce)));
        assert!(
            (0..nonce).all(|n| !meets("challenge-a", n, 12)),
            "the first solution"
        );
        assert!(!meets("challenge-a", nonce, 20) || nonce == solve("challenge-a", 20));
        assert_eq!(parse("no-nonce"), None);
        assert_eq!(leading_zero_bits(&[0, 0x10, 0xff]), 11);
    }
}
