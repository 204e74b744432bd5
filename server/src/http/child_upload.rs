//! What every send from the child's browser shares — a message (`PUT /api/submissions/{id}`) and a
//! story (`PUT /api/stories/{id}`) — checked in one place and in one order.
//!
//! - [`SealedUpload`], the extractor: the id, a body that is a recipient-sealed age file within
//!   the size for its kind, the place the child named and the return code the browser registers.
//!   Anything malformed is refused (4xx, translated) before a handler runs.
//! - [`SealedUpload::readers`] (`child_kiosk_kept.rs`): the browser sealed to the set it fetched; the send is stored
//!   only while that set is still the current one (or, for a send a kiosk kept through an
//!   outage, a set the server issued for its place that holds no key that is no reader now),
//!   and stored for the set it names. The server cannot see whom a file is really sealed to.
//! - [`admit`]: the session's budget, its proof of work, the storage budget and the site-wide
//!   window, in that order; [`Admission::settle`] counts a send once it is stored. A send an
//!   active kiosk's outbox re-sends after an outage ([`SealedUpload::vouched`]) is vouched for by
//!   the kiosk instead of the session, which the kiosk's wipe cleared.

use super::child_floodgate::{Admitted, Ticket};
use super::child_limits::{count_sent, spend_proof, within_budget};
use super::errors::{IntakeError, Refusal};
use super::AppState;
use crate::store::{Arrival, Inserted, ReturnCodeRegistration};
use app::api::coming_back::{CHILD_RECIPIENT_HEADER, RETURN_TOKEN_HEADER};
use app::api::{PLACE_HEADER, VOICE_HEADER};
use app::domain::{NamedPlace, SubmissionId};
use app::i18n::Lang;
use app::proof::PROOF_HEADER;
use app::return_code::{is_token, token_hash};
use app::sealing::{Recipient, SealedSubmission, MAX_TEXT_SEALED_BYTES};
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::HeaderMap;
use http::StatusCode;
use tower_sessions::Session;

/// What a set of readers is for, in its ticket: a message's readers (the reviewers)…
pub const MESSAGE: &str = "message";
/// …or a story's (the story editors).
pub const STORY: &str = "story";

/// A browser-sealed send, parsed at the edge.
pub struct SealedUpload {
    pub id: SubmissionId,
    pub sealed: SealedSubmission,
    pub place: NamedPlace,
    pub return_code: Option<ReturnCodeRegistration>,
    /// The request's headers, for what only one kind of send carries (urgency, a story's terms).
    pub headers: HeaderMap,
    /// Re-sent by an active kiosk's outbox (`KIOSK_QUEUE_HEADER`) after the network lost it:
    /// the kiosk's token hash.
    pub from_kiosk_outbox: Option<String>,
}

impl SealedUpload {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn len(&self) -> usize {
        self.sealed.as_bytes().len()
    }

    /// What vouches for it: the kiosk it waited on, or the browser's proof of work.
    pub fn vouched(&self) -> Vouched<'_> {
        if let Some(kiosk) = &self.from_kiosk_outbox {
            Vouched::Kiosk(kiosk)
        } else {
            Vouched::Proof(self.header(PROOF_HEADER))
        }
    }
}

impl FromRequest<AppState> for SealedUpload {
    type Rejection = Refusal;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Refusal> {
        let lang = request
            .extensions()
            .get::<Lang>()
            .copied()
            .unwrap_or_default();
        let refuse = Refusal::api(lang);
        let (mut parts, body) = request.into_parts();
        let Path(raw_id) = Path::<String>::from_request_parts(&mut parts, state)
            .await
            .map_err(|_| refuse(IntakeError::BadId))?;
        let id = SubmissionId::parse(&raw_id).map_err(|_| refuse(IntakeError::BadId))?;
        let mut headers = parts.headers.clone();
        let body = Bytes::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(|e| refuse(body_rejection(e.status())))?;
        let from_kiosk_outbox =
            super::child_kiosk_kept::kiosk_delivery(state, &mut headers, &id, &body)
                .await
                .map_err(&refuse)?;
        within_size_for_kind(&body, &headers).map_err(&refuse)?;
        let sealed = SealedSubmission::from_wire(body.to_vec()).map_err(|e| refuse(e.into()))?;
        let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
        let place = NamedPlace::parse(header(PLACE_HEADER).unwrap_or_default())
            .map_err(|_| refuse(IntakeError::UnknownPlace))?;
        let return_code = return_code(header(RETURN_TOKEN_HEADER), header(CHILD_RECIPIENT_HEADER))
            .map_err(&refuse)?;
        Ok(Self {
            id,
            sealed,
            place,
            return_code,
            headers,
            from_kiosk_outbox,
        })
    }
}

/// What vouches for a send besides the session's budget.
pub enum Vouched<'a> {
    /// The browser's proof of work, from its header.
    Proof(Option<&'a str>),
    /// The no-JavaScript form's single-use token, already checked.
    FormToken,
    /// An active kiosk's outbox (its token's hash), re-sending what the network lost: no session
    /// (the kiosk's wipe cleared it), so neither its budget nor a proof, but the kiosk's own
    /// hourly share; the site-wide window and the storage budget still apply.
    Kiosk(&'a str),
}

/// A send let through, holding its place in the site-wide window until it is stored.
pub struct Admission {
    /// How many the session had sent before (none counted for a kiosk's outbox).
    sent_before: Option<u32>,
    ticket: Ticket,
}

/// Lets a send of `len` sealed bytes through, or says why not.
pub async fn admit(
    state: &AppState,
    session: &Session,
    vouched: Vouched<'_>,
    len: usize,
    urgent: bool,
) -> Result<Admission, IntakeError> {
    let sent_before = match vouched {
        Vouched::Kiosk(kiosk) => {
            state.kiosk_deliveries.admit(kiosk)?;
            None
        }
        Vouched::Proof(header) => {
            let sent = within_budget(session).await?;
            spend_proof(session, &state.spent_challenges, header).await?;
            Some(sent)
        }
        Vouched::FormToken => Some(within_budget(session).await?),
    };
    state.floodgate.has_room(len, urgent).await?;
    let ticket = state.floodgate.admit(urgent)?;
    Ok(Admission {
        sent_before,
        ticket,
    })
}

impl Admission {
    /// How the case arrives: urgent beyond the site's urgent rate is a possible flood.
    pub fn arrival(&self, urgent: bool) -> Arrival {
        match (urgent, self.ticket.admitted) {
            (false, _) => Arrival::Normal,
            (true, Admitted::PossibleFlood) => Arrival::PossibleFlood,
            (true, _) => Arrival::Urgent,
        }
    }

    /// Once stored: a new send keeps its place in the window and counts against the session.
    pub async fn settle(
        self,
        state: &AppState,
        session: &Session,
        inserted: Inserted,
        len: usize,
    ) -> Result<(), IntakeError> {
        if inserted == Inserted::New {
            settle_large(state, len).await;
            self.ticket.keep();
            if let Some(before) = self.sent_before {
                count_sent(session, before).await?;
            }
        }
        Ok(())
    }
}

/// A send with no recording may be at most [`MAX_TEXT_SEALED_BYTES`]; only one that says it
/// carries a recording (`x-voice: 1`) may use the whole [`app::sealing::MAX_SEALED_BYTES`].
/// (The header tells the server nothing the ciphertext's size bucket does not already show.)
fn within_size_for_kind(body: &[u8], headers: &HeaderMap) -> Result<(), IntakeError> {
    let voice = headers.get(VOICE_HEADER).and_then(|v| v.to_str().ok()) == Some("1");
    if !voice && body.len() > MAX_TEXT_SEALED_BYTES {
        return Err(IntakeError::TooLarge);
    }
    Ok(())
}

/// The return code a browser registers with a new send: a well-formed token (kept as its
/// SHA-256) and a valid age recipient, both or neither.
fn return_code(
    token: Option<&str>,
    recipient: Option<&str>,
) -> Result<Option<ReturnCodeRegistration>, IntakeError> {
    match (token, recipient) {
        (None, None) => Ok(None),
        (Some(token), Some(recipient)) if is_token(token) => Ok(Some(ReturnCodeRegistration {
            token_hash: token_hash(token),
            child_recipient: Recipient::parse(recipient).map_err(|_| IntakeError::BadForm)?,
        })),
        _ => Err(IntakeError::BadForm),
    }
}

/// After storing a voice-sized send, empties the WAL into the database file: otherwise each
/// large send leaves a second copy of itself there until a checkpoint, and the data directory
/// would hold up to twice what the storage budget counted.
async fn settle_large(state: &AppState, stored: usize) {
    if stored > MAX_TEXT_SEALED_BYTES {
        if let Err(e) = state.store.forget_deleted().await {
            tracing::error!(error = %e, "emptying the WAL after a large send failed");
        }
    }
}

fn body_rejection(status: StatusCode) -> IntakeError {
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        IntakeError::TooLarge
    } else {
        IntakeError::NotSealed
    }
}
