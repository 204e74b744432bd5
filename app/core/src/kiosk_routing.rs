//! A kiosk's outbox keeps a send through an outage (`server/src/http/child_kiosk_outbox.js`).
//! What the server needs to route it — the place named, "I am not safe", whether it is a
//! recording or a story and its consents, the return code's token and the child's recipient —
//! travels in headers beside the ciphertext. On a kiosk the page also seals those headers, as one
//! age file, to the instance's outbox key ([`ROUTING_HEADER`]); the outbox keeps only that
//! sealed copy, so nothing it holds is readable on the kiosk, and the server opens it when the
//! send is delivered.

use crate::sealing::{decrypt, seal_padded, OpenError, OpeningKey, RecipientSet, SealError};
use base64::prelude::{Engine, BASE64_STANDARD};
use std::collections::BTreeMap;
use zeroize::Zeroizing;

/// Header of a kiosk's send: its routing headers, sealed to the outbox key (Base64 of an age file).
pub const ROUTING_HEADER: &str = "x-kiosk-routing";

/// Routing only, never a clear header: the keys the send was sealed to, space-separated. If the
/// readers change while the outbox keeps a send, it is still taken when every one of these keys
/// is still a reader for its place (`server`'s `SealedUpload::readers`); otherwise it could never
/// be delivered, because nobody can seal it afresh: the kiosk no longer has the words.
pub const SEALED_TO_HEADER: &str = "x-sealed-to";

/// The headers a send's routing is made of (and the only ones a sealed routing may set).
pub const ROUTING_HEADERS: [&str; 7] = [
    SEALED_TO_HEADER,
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
}
