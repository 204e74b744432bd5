//! The JSON shapes of the child site's small HTTP API, shared by the server and the browser.

use serde::{Deserialize, Serialize};

/// Child site: where recipients are fetched before sealing.
pub const RECIPIENTS_PATH: &str = "/api/recipients";
/// Child site: `PUT {SUBMISSIONS_PATH}/{submission_id}` with the age ciphertext as the body.
pub const SUBMISSIONS_PATH: &str = "/api/submissions";
/// Child site: the no-JavaScript form posts plaintext here; the server seals it on arrival.
pub const NOJS_SEND_PATH: &str = "/send";
/// The no-JavaScript form's field carrying the page's token (`child::page_data::FormTicket`).
pub const FORM_TOKEN_FIELD: &str = "form_token";
/// Child site: where the no-JavaScript path lands after a durable commit.
pub const SENT_PATH: &str = "/sent";
/// The consultation pages' one script: read-aloud with the device's own voices.
pub const CONSULT_READ_ALOUD_PATH: &str = "/consult/read-aloud.js";
/// The script a free-text question loads (from read-aloud's) to seal a written answer in the
/// browser with the child bundle's `seal_written`.
pub const CONSULT_SEAL_PATH: &str = "/consult/seal.js";
/// Child site: Quick Exit (ends the session, clears site data, lands on a neutral page).
pub const QUICK_EXIT_PATH: &str = "/exit";
/// Console: its root. Every console route lives under this prefix.
pub const CONSOLE_ROOT: &str = "/console";

/// `GET /api/recipients`: the age recipients a new submission must be sealed to, and the id of
/// that set (`sealing::recipient_set_id`), which the browser sends back with the ciphertext in
/// the [`RECIPIENT_SET_HEADER`]: the server stores a send only for the set it is sealed to.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RecipientsResponse {
    pub recipients: Vec<String>,
    pub set_id: String,
    /// The server's ticket for this set, place and day (`kiosk_routing::set_ticket`): a kiosk
    /// seals it into a send's routing, so a send its outbox keeps while the readers change can
    /// still be delivered to this set, and to no set the server did not issue for its place.
    #[serde(default)]
    pub set_ticket: String,
    /// A one-time challenge for the proof of work (`crate::proof`) the next send needs.
    pub challenge: String,
    pub proof_bits: u32,
}

/// Header of a new send: `1` when it carries a voice recording, which alone may use the large
/// size cap (`sealing::MAX_SEALED_BYTES`; without one, `sealing::MAX_TEXT_SEALED_BYTES`).
pub const VOICE_HEADER: &str = "x-voice";

/// Child site: `GET ?lang=` lists the facilities a child may name ([`FacilityChoice`]).
pub const FACILITIES_PATH: &str = "/api/facilities";
/// Query parameter of `GET /api/recipients` and header of `PUT /api/submissions/{id}`: the place
/// the child named (`NamedPlace::as_param`), which decides the recipients.
pub const PLACE_PARAM: &str = "place";
pub const PLACE_HEADER: &str = "x-place";

/// A facility as a child chooses it: its code and its name in the child's language.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct FacilityChoice {
    pub code: String,
    pub name: String,
    /// The language `name` is in (it may be a fallback): its element's `lang`.
    pub lang: String,
    /// Whether `GET /api/facilities/{code}/picture` has a picture of it.
    pub picture: bool,
}

/// Header of `PUT /api/submissions/{id}` naming the recipient set the browser sealed to.
pub const RECIPIENT_SET_HEADER: &str = "x-recipient-set";

/// A kiosk's outbox (its service worker, `/kiosk/<token>/sw.js`) re-sends a send the network
/// lost with this header naming the kiosk: an active kiosk vouches for it in place of the session's
/// proof of work, which the kiosk's idle wipe has long since cleared. Such a send carries its
/// routing sealed (`crate::kiosk_routing`), never in clear headers.
pub const KIOSK_QUEUE_HEADER: &str = "x-kiosk-queue";
/// The kiosk's outbox script, under the kiosk's start page (`/kiosk/<token>/sw.js`).
pub const KIOSK_OUTBOX_SCRIPT: &str = "sw.js";
/// What the kiosk's outbox answers in the server's place when the network failed: the send is
/// kept, sealed, on the kiosk (no server ever answers a send with 202).
pub const KEPT_ON_KIOSK_STATUS: u16 = 202;

/// Success of `PUT /api/submissions/{id}`; `duplicate` is true when the id had already arrived.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Received {
    pub received: bool,
    pub duplicate: bool,
}

/// Every API error: a stable machine code (one word of the vocabulary, which the browser
/// matches) and a message translated for the reader.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ApiError {
    pub error: crate::vocabulary::ApiErrorCode,
    pub message: String,
}

pub mod coming_back;
pub mod console;
pub mod consultations;
pub mod stories;
pub mod views;

/// A help contact as a child sees it, in the child's language: shown at once on "I am not safe",
/// each number a tap-to-call link.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct HelpContact {
    pub label: String,
    /// The language `label` is in (it may be a fallback): its element's `lang`.
    pub lang: String,
    /// Digits, perhaps after a leading `+` (`domain::PhoneNumber`): what `tel:` dials.
    pub phone: String,
}

/// Header of `PUT /api/submissions/{id}`: "1" when the child chose "I am not safe", so the case
/// goes to the safeguarding leads' urgent queue. The only thing about the content the server
/// learns, and only so that help can come sooner.
pub const URGENT_HEADER: &str = "x-urgent";
