//! The no-JavaScript form's token: issued with the page, bound to the form's submission id, and
//! valid for six hours. `POST /send` without a valid one is refused, so that path costs a page
//! fetch per send (it asks no proof of work). It is single use because the id is: a second post
//! of the same form is the same submission (answered "it arrived"), never a second case.
//!
//! HMAC-SHA-256 (`hmac`) under a key made at start-up and held only in memory: a restart makes
//! open forms expire (the child is told so and nothing is lost that was said to have arrived).
//! Several servers on PostgreSQL share one key, kept in the database (`Store::fleet_form_key`):
//! a form fetched from one server is sent to another.

use app::domain::SubmissionId;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::sync::Arc;

/// How long a page's form may be sent.
pub const LIFETIME_SECS: u64 = 6 * 60 * 60;

#[derive(Clone)]
pub struct FormKey(Arc<[u8; 32]>);

impl std::fmt::Debug for FormKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FormKey(<redacted>)")
    }
}

impl FormKey {
    pub fn from_bytes(key: &[u8; 32]) -> Self {
        Self(Arc::new(*key))
    }

    pub fn random() -> Self {
        let mut key = [0u8; 32];
        getrandom::getrandom(&mut key).expect("the OS random source is available");
        Self(Arc::new(key))
    }

    fn mac(&self, issued: u64, id: &SubmissionId) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(self.0.as_slice()).expect("any key length");
        mac.update(&issued.to_be_bytes());
        mac.update(id.as_str().as_bytes());
        mac.finalize().into_bytes()[..16]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// The token for a form with submission id `id`, issued at `now` (Unix seconds).
    pub fn issue(&self, id: &SubmissionId, now: u64) -> String {
        format!("{now}.{}", self.mac(now, id))
    }

    /// Whether `token` was issued here for `id` within the last [`LIFETIME_SECS`].
    pub fn check(&self, token: &str, id: &SubmissionId, now: u64) -> bool {
        let Some((issued, mac)) = token.split_once('.') else {
            return false;
        };
        let Ok(issued) = issued.parse::<u64>() else {
            return false;
        };
        let fresh = issued <= now && now - issued <= LIFETIME_SECS;
        let expected = self.mac(issued, id);
        use subtle::ConstantTimeEq;
        fresh && bool::from(expected.as_bytes().ct_eq(mac.as_bytes()))
    }
}

pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_holds_for_its_form_only_and_only_for_its_lifetime() {
        let key = FormKey::random();
        let id = SubmissionId::generate();
        let token = key.issue(&id, 1_000_000);
        assert!(key.check(&token, &id, 1_000_000 + 60));
        assert!(
            !key.check(&token, &id, 1_000_000 + LIFETIME_SECS + 1),
            "expired"
        );
        assert!(
            !key.check(&token, &SubmissionId::generate(), 1_000_060),
            "another form"
        );
        assert!(
            !FormKey::random().check(&token, &id, 1_000_060),
            "another key"
        );
        assert!(!key.check("1000000.00", &id, 1_000_060));
        assert!(!key.check("", &id, 1_000_060));
        assert!(!key.check(&token, &id, 999_000), "issued in the future");
    }
}
