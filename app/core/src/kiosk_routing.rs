//! A kiosk's outbox keeps a send through an outage (`server/src/http/child_kiosk_outbox.js`).
//! What the server needs to route it — the place named, "I am not safe", whether it is a
//! recording or a story and its consents, the return code's token and the child's recipient —
//! travels in headers beside the ciphertext. On a kiosk the page also seals those headers, as one
//! age file, to the instance's outbox key ([`ROUTING_HEADER`]); the outbox keeps only that
//! sealed copy, so nothing it holds is readable on the kiosk, and the server opens it when the
//! send is delivered.

use crate::sealing::{
    decrypt, seal_padded, Identity, OpenError, OpeningKey, RecipientSet, SealError,
};
use age_core::primitives::hkdf;
use base64::prelude::{Engine, BASE64_STANDARD};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::collections::BTreeMap;
use zeroize::Zeroizing;

/// Header of a kiosk's send: its routing headers, sealed to the outbox key (Base64 of an age file).
pub const ROUTING_HEADER: &str = "x-kiosk-routing";

/// Routing only, never a clear header: the keys the send was sealed to, space-separated. If the
/// readers change while the outbox keeps a send, it is still taken when the server issued this
/// set for the send's place ([`SET_TICKET_HEADER`]) and every one of these keys is still a reader
/// for it (`server`'s `SealedUpload::readers`); otherwise it could never be delivered, because
/// nobody can seal it afresh: the kiosk no longer has the words.
pub const SEALED_TO_HEADER: &str = "x-sealed-to";

/// Routing only: the server's ticket ([`set_ticket`]) for the set the send was sealed to, as
/// `GET /api/recipients` gave it. A sealed routing proves nothing about who wrote it (the outbox
/// key is public), so without this anyone holding a kept send and the kiosk's token could
/// re-label it — as naming no place, say, whose readers include those shielded from the real one.
pub const SET_TICKET_HEADER: &str = "x-set-ticket";

/// Routing only: the send the routing was sealed for — its id and the SHA-256 of its body
/// ([`routed_for`]) — so that a kept send's routing (its place, "I am not safe", its return
/// code's token) cannot be lifted onto another send by whoever holds the kiosk's outbox.
pub const ROUTED_FOR_HEADER: &str = "x-routed-for";

/// What [`ROUTED_FOR_HEADER`] says for the send `id` with the sealed `body`.
pub fn routed_for(id: &str, body: &[u8]) -> String {
    let digest = <Sha256 as sha2::Digest>::digest(body);
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("{id} {hex}")
}

/// How many days a ticket vouches for its set: a kept send older than this is taken only for
/// the current readers.
pub const SET_TICKET_DAYS: u32 = 14;

/// The headers a send's routing is made of (and the only ones a sealed routing may set).
pub const ROUTING_HEADERS: [&str; 9] = [
    ROUTED_FOR_HEADER,
    SEALED_TO_HEADER,
    SET_TICKET_HEADER,
    crate::api::PLACE_HEADER,
    crate::api::URGENT_HEADER,
    crate::api::VOICE_HEADER,
    crate::story::STORY_TERMS_HEADER,
    crate::api::coming_back::RETURN_TOKEN_HEADER,
    crate::api::coming_back::CHILD_RECIPIENT_HEADER,
];

/// Seals `headers` (names from [`ROUTING_HEADERS`]) to the outbox key.
pub fn seal_routing(headers: &[(&str, &str)], outbox: &RecipientSet) -> Result<String, SealError> {
    let map: BTreeMap<&str, &str> = headers
        .iter()
        .copied()
        .filter(|(name, _)| ROUTING_HEADERS.contains(name))
        .collect();
    let plain = Zeroizing::new(serde_json::to_vec(&map)?);
    Ok(BASE64_STANDARD.encode(seal_padded(plain, outbox)?))
}

/// Opens a sealed routing with the outbox key: the headers it sets, routing headers only.
pub fn open_routing(
    sealed: &str,
    outbox: &impl OpeningKey,
) -> Result<Vec<(String, Zeroizing<String>)>, OpenError> {
    let bytes = BASE64_STANDARD
        .decode(sealed.trim())
        .map_err(|_| OpenError::Decrypt)?;
    let plain = decrypt(&bytes, outbox)?;
    let text = std::str::from_utf8(&plain).map_err(|_| OpenError::Envelope)?;
    let map: BTreeMap<String, String> =
        serde_json::from_str(text.trim_end()).map_err(|_| OpenError::Envelope)?;
    if map
        .keys()
        .any(|name| !ROUTING_HEADERS.contains(&name.as_str()))
    {
        return Err(OpenError::Envelope);
    }
    Ok(map
        .into_iter()
        .map(|(name, value)| (name, Zeroizing::new(value)))
        .collect())
}

/// The server's ticket for having issued the recipient set `set_id` for `place` (its parameter
/// spelling) and `purpose` (`message` or `story`) on `day` (YYYY-MM-DD): an HMAC-SHA256 under a
/// key derived from the outbox identity's secret, which only the server holds; Base64.
pub fn set_ticket(
    outbox: &Identity,
    purpose: &str,
    place: &str,
    set_id: &str,
    day: &str,
) -> String {
    let mac = ticket_mac(outbox, purpose, place, set_id, day);
    BASE64_STANDARD.encode(mac.finalize().into_bytes())
}

/// Whether `ticket` is the server's for these, on one of `days` (checked in constant time).
pub fn ticket_holds<'a>(
    ticket: &str,
    outbox: &Identity,
    purpose: &str,
    place: &str,
    set_id: &str,
    days: impl IntoIterator<Item = &'a str>,
) -> bool {
    let Ok(ticket) = BASE64_STANDARD.decode(ticket.trim()) else {
        return false;
    };
    days.into_iter().any(|day| {
        ticket_mac(outbox, purpose, place, set_id, day)
            .verify_slice(&ticket)
            .is_ok()
    })
}

fn ticket_mac(
    outbox: &Identity,
    purpose: &str,
    place: &str,
    set_id: &str,
    day: &str,
) -> Hmac<Sha256> {
    let key = Zeroizing::new(hkdf(&[], b"heard/recipient-set-ticket/v1", outbox.secret()));
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key.as_slice()).expect("any key length");
    for part in [purpose, place, set_id, day] {
        mac.update(part.as_bytes());
        mac.update(&[0]);
    }
    mac
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sealing::Identity;

    #[test]
    fn routing_opens_with_the_outbox_key_only_and_sets_routing_headers_only() {
        let outbox = Identity::generate();
        let set = RecipientSet::parse(&[outbox.recipient().to_string()]).unwrap();
        let headers = [
            ("x-place", "facility:north"),
            ("x-urgent", "1"),
            ("cookie", "no"),
        ];
        let sealed = seal_routing(&headers, &set).unwrap();
        let opened = open_routing(&sealed, &outbox).unwrap();
        let opened: Vec<(String, String)> = opened
            .into_iter()
            .map(|(n, v)| (n, v.to_string()))
            .collect();
        assert_eq!(
            opened,
            [
                ("x-place".to_owned(), "facility:north".to_owned()),
                ("x-urgent".to_owned(), "1".to_owned())
            ]
        );
        assert!(!sealed.contains("north"));
        assert!(open_routing(&sealed, &Identity::generate()).is_err());
        assert!(open_routing("not base64 at all", &outbox).is_err());
    }

    #[test]
    fn a_ticket_holds_for_its_purpose_place_set_and_day_only() {
        let outbox = Identity::generate();
        let ticket = set_ticket(&outbox, "message", "facility:north", "set1", "2026-12-05");
        let holds = |purpose: &str, place: &str, set: &str, days: &[&str]| {
            ticket_holds(&ticket, &outbox, purpose, place, set, days.iter().copied())
        };
        assert!(holds(
            "message",
            "facility:north",
            "set1",
            &["2026-12-06", "2026-12-05"]
        ));
        assert!(
            !holds("message", "", "set1", &["2026-12-05"]),
            "another place"
        );
        assert!(
            !holds("story", "facility:north", "set1", &["2026-12-05"]),
            "another purpose"
        );
        assert!(
            !holds("message", "facility:north", "set2", &["2026-12-05"]),
            "another set"
        );
        assert!(
            !holds("message", "facility:north", "set1", &["2026-12-06"]),
            "another day"
        );
        let stranger = Identity::generate();
        let forged = set_ticket(&stranger, "message", "", "set1", "2026-12-05");
        assert!(!ticket_holds(
            &forged,
            &outbox,
            "message",
            "",
            "set1",
            ["2026-12-05"]
        ));
    }
}
