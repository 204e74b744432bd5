//! A send a kiosk's outbox keeps through an outage and delivers later
//! (`child_kiosk_outbox.js`): its routing, which counts only as the page sealed it to the
//! outbox key ([`kiosk_delivery`]), and the readers it is stored for when they changed while it
//! waited ([`SealedUpload::readers`]).

use super::child_upload::SealedUpload;
use super::errors::IntakeError;
use super::AppState;
use crate::store::Day;
use app::api::{KIOSK_QUEUE_HEADER, RECIPIENT_SET_HEADER};
use app::domain::SubmissionId;
use app::sealing::{Identity, RecipientSet};
use axum::http::HeaderMap;
use heard_core::kiosk_routing::{
    open_routing, routed_for, ticket_holds, ROUTED_FOR_HEADER, ROUTING_HEADER, ROUTING_HEADERS,
    SEALED_TO_HEADER, SET_TICKET_DAYS, SET_TICKET_HEADER,
};

impl SealedUpload {
    /// The readers to store the send for: `current`, the set the server would give now, when the
    /// browser sealed to it. A send a kiosk's outbox kept while the readers changed was sealed to
    /// an earlier set, named in its sealed routing with the server's ticket for it: it is taken,
    /// for that set, only if the server issued that very set for this purpose and place in the
    /// last [`SET_TICKET_DAYS`] days, and every key of it is still a reader for the place — a
    /// reader added since cannot open it (and may be shared it later); a key since removed or
    /// shielded from the place refuses it. A sealed routing proves nothing about its writer (the
    /// outbox key is public): the ticket is what stops a re-labelled place or a chosen subset of
    /// readers. Anything else is refused as changed (and a browser seals afresh).
    pub fn readers(
        &self,
        current: RecipientSet,
        purpose: &str,
        outbox: &Identity,
    ) -> Result<RecipientSet, IntakeError> {
        let named = self.header(RECIPIENT_SET_HEADER);
        if named == Some(current.id().as_str()) {
            return Ok(current);
        }
        let changed = || IntakeError::RecipientsChanged;
        // Only a kiosk's sealed routing can name an earlier set: `kiosk_delivery` replaced every
        // routing header with its own, and no other send's clear header is read.
        self.from_kiosk_outbox.as_ref().ok_or_else(changed)?;
        let keys: Vec<&str> = self
            .header(SEALED_TO_HEADER)
            .ok_or_else(changed)?
            .split_whitespace()
            .collect();
        let earlier = RecipientSet::parse(&keys).map_err(|_| changed())?;
        let ticket = self.header(SET_TICKET_HEADER).ok_or_else(changed)?;
        let today = Day::today();
        let days: Vec<Day> = (0..SET_TICKET_DAYS).map(|d| today.minus_days(d)).collect();
        let issued = named == Some(earlier.id().as_str())
            && ticket_holds(
                ticket,
                outbox,
                purpose,
                self.place.as_param(),
                &earlier.id(),
                days.iter().map(Day::as_str),
            );
        let still_readers = earlier
            .iter()
            .all(|key| current.iter().any(|reader| reader == key));
        if issued && still_readers {
            Ok(earlier)
        } else {
            Err(changed())
        }
    }
}

/// For a send a kiosk's outbox delivers (`KIOSK_QUEUE_HEADER`): the kiosk's token hash, once its
/// sealed routing is opened with the outbox key and has replaced every routing header — only
/// what the kiosk's page sealed counts, never a header in clear beside it. `None` for any other
/// send. An unknown kiosk, a routing that does not open or was sealed for another send (its id
/// and body, [`ROUTED_FOR_HEADER`]) is refused; a failed lookup is 503.
pub(super) async fn kiosk_delivery(
    state: &AppState,
    headers: &mut HeaderMap,
    id: &SubmissionId,
    body: &[u8],
) -> Result<Option<String>, IntakeError> {
    let Some(raw) = headers
        .get(KIOSK_QUEUE_HEADER)
        .and_then(|v| v.to_str().ok())
    else {
        return Ok(None);
    };
    let kiosk = super::child_kiosk::kiosk_of(state, raw)
        .await
        .map_err(|e| IntakeError::from(e.context("looking up a kiosk")))?
        .ok_or(IntakeError::BadForm)?;
    let sealed = headers
        .get(ROUTING_HEADER)
        .and_then(|v| v.to_str().ok())
        .ok_or(IntakeError::BadForm)?;
    let routing = open_routing(sealed, &state.kiosk_outbox).map_err(|_| IntakeError::BadForm)?;
    for name in ROUTING_HEADERS {
        headers.remove(name);
    }
    for (name, value) in routing {
        let name =
            http::HeaderName::from_bytes(name.as_bytes()).map_err(|_| IntakeError::BadForm)?;
        let value = http::HeaderValue::from_str(&value).map_err(|_| IntakeError::BadForm)?;
        headers.insert(name, value);
    }
    // Sealed for this very send: a routing lifted onto another id or body counts for nothing.
    let bound = headers
        .get(ROUTED_FOR_HEADER)
        .is_some_and(|v| v.as_bytes() == routed_for(id.as_str(), body).as_bytes());
    if !bound {
        return Err(IntakeError::BadForm);
    }
    Ok(Some(kiosk.hash()))
}
