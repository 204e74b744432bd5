//! One PUT of a sealed send, and what the server's answer means for the child: stored, kept by
//! a kiosk's outbox (never "arrived"), refused with a translated reason, or unknown (it may have
//! arrived: "Try again" re-sends the same bytes under the same id).

use crate::api::coming_back::{CHILD_RECIPIENT_HEADER, RETURN_TOKEN_HEADER};
use crate::api::stories::STORIES_PATH;
use crate::api::{
    ApiError, KEPT_ON_KIOSK_STATUS, PLACE_HEADER, RECIPIENT_SET_HEADER, SUBMISSIONS_PATH,
    URGENT_HEADER, VOICE_HEADER,
};
use crate::domain::Kind;
use crate::proof::PROOF_HEADER;
use crate::sealing::RecipientSet;
use crate::story::STORY_TERMS_HEADER;
use crate::vocabulary::ApiErrorCode;
use heard_core::kiosk_routing::{
    routed_for, seal_routing, ROUTED_FOR_HEADER, ROUTING_HEADER, SEALED_TO_HEADER,
    SET_TICKET_HEADER,
};

use super::{page_attribute, Pending};

/// What the server said to one PUT.
pub(super) enum Put {
    Stored,
    /// Kept, sealed, by the kiosk's outbox (`KEPT_ON_KIOSK_STATUS`), to be sent later.
    Kept,
    /// Refused for good, or nothing stored and worth sealing afresh; a translated message.
    Refused {
        message: String,
        reseal: bool,
    },
    /// No answer, or a server error: it may or may not have arrived.
    Unknown,
}

pub(super) async fn put_sealed(pending: &Pending) -> Put {
    let bytes = js_sys::Uint8Array::from(&pending.sealed[..]);
    let story = pending.draft.choices.kind == Some(Kind::Story);
    let path = if story {
        STORIES_PATH
    } else {
        SUBMISSIONS_PATH
    };
    // What the server routes the send by. On a kiosk it is also sealed to the outbox key, so
    // that if the kiosk's outbox has to keep the send, it keeps nothing readable.
    let flag = |on: bool| if on { "1" } else { "0" };
    let mut routing: Vec<(&str, String)> = vec![
        (PLACE_HEADER, pending.place.as_param().to_string()),
        (VOICE_HEADER, flag(pending.draft.voice.is_some()).to_owned()),
        (
            URGENT_HEADER,
            flag(pending.draft.choices.is_urgent()).to_owned(),
        ),
    ];
    if story {
        routing.push((STORY_TERMS_HEADER, pending.draft.terms.to_header()));
    }
    if let Some(code) = &pending.code {
        routing.push((RETURN_TOKEN_HEADER, code.token.to_string()));
        routing.push((CHILD_RECIPIENT_HEADER, code.child_recipient.clone()));
    }
    let mut builder = gloo_net::http::Request::put(&format!("{path}/{}", pending.id))
        .header("content-type", "application/octet-stream")
        .header("accept-language", &crate::enhance::page_lang())
        .header(RECIPIENT_SET_HEADER, &pending.set_id)
        .header(PROOF_HEADER, &pending.proof);
    for (name, value) in &routing {
        builder = builder.header(name, value);
    }
    let outbox = page_attribute("kiosk", "data-outbox");
    if !outbox.is_empty() {
        let mut pairs: Vec<(&str, &str)> = routing.iter().map(|(n, v)| (*n, v.as_str())).collect();
        // Sealed only: so a send kept while the readers change can still be delivered.
        let routed_for = routed_for(pending.id.as_str(), &pending.sealed);
        pairs.push((ROUTED_FOR_HEADER, &routed_for));
        pairs.push((SEALED_TO_HEADER, &pending.sealed_to));
        pairs.push((SET_TICKET_HEADER, &pending.set_ticket));
        let sealed = RecipientSet::parse(&[outbox])
            .ok()
            .and_then(|set| seal_routing(&pairs, &set).ok());
        if let Some(sealed) = sealed {
            builder = builder.header(ROUTING_HEADER, &sealed);
        }
    }
    let request = builder.body(bytes);
    let Ok(request) = request else {
        return Put::Unknown;
    };
    let Ok(response) = request.send().await else {
        return Put::Unknown;
    };
    if response.status() == KEPT_ON_KIOSK_STATUS {
        return Put::Kept;
    }
    if response.ok() {
        return Put::Stored;
    }
    // A 4xx stored nothing and carries a translated message, as does a 503 when the site's send
    // limit is reached; anything else may be retried.
    if (400..500).contains(&response.status()) || response.status() == 503 {
        if let Ok(error) = response.json::<ApiError>().await {
            // A changed recipient set or a used-up challenge: seal afresh next time.
            let reseal = matches!(
                error.error,
                ApiErrorCode::RecipientsChanged | ApiErrorCode::ProofNeeded | ApiErrorCode::Busy
            );
            if response.status() == 503 && error.error != ApiErrorCode::Busy {
                return Put::Unknown;
            }
            return Put::Refused {
                message: error.message,
                reseal,
            };
        }
    }
    Put::Unknown
}
