//! Sending from the browser: read the answers from the form, fetch the recipients, seal with age
//! in WASM, PUT the ciphertext.
//!
//! A failed attempt keeps its sealed bytes and id, so "Try again" re-sends exactly the same
//! ciphertext under the same id and the server can never store a duplicate. If the child changes
//! the words after a failure, that is a new message with a new id. If the recipients changed
//! between fetching and sending (the server answers 409 and stored nothing), the next attempt
//! seals afresh.

use crate::api::{RecipientsResponse, PLACE_PARAM, RECIPIENTS_PATH};
use crate::domain::{
    Answers, ChildWords, ChildWordsError, Choices, Envelope, Kind, NamedPlace, Recording, SealedIn,
    SubmissionId,
};
use crate::enhance::texts::Texts;
use crate::proof::{header_value, solve};
use crate::return_code::{recipient_of, ReturnCode};
use crate::sealing::{seal_agreed, RecipientSet};
use crate::story::{Naming, Purpose, StoryTerms, AGES};
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use zeroize::Zeroizing;

mod put;
use put::{put_sealed, Put};

/// What the child answered, as read from the form when they press Send (or reach the review).
#[derive(Clone, PartialEq)]
pub(crate) struct Draft {
    pub choices: Choices,
    pub words: Zeroizing<String>,
    /// The place's raw value (`NamedPlace::parse` checks it before anything is sealed).
    pub place: String,
    /// A recording's type and bytes, if the child recorded instead of (or beside) writing.
    pub voice: Option<(String, Zeroizing<Vec<u8>>)>,
    /// For a story: the purposes said yes to, the naming, the age; and the name to use.
    pub terms: StoryTerms,
    pub name: Zeroizing<String>,
}

fn document() -> web_sys::Document {
    // Only ever run in a page.
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a page has a document")
}

/// An attribute of the element `id`, written by the server for this page.
fn page_attribute(id: &str, name: &str) -> String {
    document()
        .get_element_by_id(id)
        .and_then(|e| e.get_attribute(name))
        .unwrap_or_default()
}

fn inputs(selector: &str) -> Vec<HtmlInputElement> {
    let Ok(list) = document().query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<HtmlInputElement>().ok())
        .collect()
}

fn checked_values(name: &str) -> Vec<String> {
    inputs(&format!("input[name={name}]:checked"))
        .iter()
        .map(HtmlInputElement::value)
        .collect()
}

/// A story's terms as the consent screens hold them: a purpose is "yes" only if its "yes" is
/// checked; anything unreadable is "no" and "not named".
fn story_terms() -> StoryTerms {
    let yes = Purpose::ALL
        .into_iter()
        .filter(|p| checked_values(&format!("consent-{}", p.as_str())) == ["yes"])
        .collect();
    let naming = checked_values("naming")
        .pop()
        .and_then(|n| Naming::parse(&n))
        .unwrap_or_default();
    let age = document()
        .get_element_by_id("story-age")
        .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
        .and_then(|s| s.value().parse().ok())
        .filter(|a| AGES.contains(a));
    StoryTerms { yes, naming, age }
}

fn story_name() -> Zeroizing<String> {
    let name = document()
        .get_element_by_id("story-name")
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default();
    Zeroizing::new(name.trim().to_owned())
}

fn textarea() -> Option<web_sys::HtmlTextAreaElement> {
    document()
        .get_element_by_id("message")
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
}

impl Draft {
    pub fn from_form(kind: Option<Kind>) -> Self {
        let feelings = checked_values("feeling");
        let wishes = checked_values("wish");
        let choices = Choices::parse(
            kind.map(Kind::as_str),
            feelings.iter().map(String::as_str),
            wishes.iter().map(String::as_str),
        )
        // Every value comes from the page's own closed lists.
        .unwrap_or_default();
        Self {
            choices,
            words: Zeroizing::new(textarea().map(|t| t.value()).unwrap_or_default()),
            place: checked_values("place").pop().unwrap_or_default(),
            voice: crate::enhance::voice::take_for_sending(),
            terms: story_terms(),
            name: story_name(),
        }
    }
}

/// The name of the checked place, as the child saw it next to the radio button.
pub(crate) fn chosen_place_name() -> String {
    inputs("input[name=place]:checked")
        .pop()
        .and_then(|input| input.parent_element())
        .and_then(|label| label.text_content())
        .map(|t| t.trim().to_owned())
        .unwrap_or_default()
}

/// After a send arrived: the form forgets every answer, so the next child (on a shared device)
/// or the next message starts empty.
pub(crate) fn clear_form() {
    if let Some(area) = textarea() {
        area.set_value("");
    }
    for id in ["story-name", "story-age"] {
        if let Some(field) = document().get_element_by_id(id) {
            if let Ok(input) = field.clone().dyn_into::<HtmlInputElement>() {
                input.set_value("");
            } else if let Ok(select) = field.dyn_into::<web_sys::HtmlSelectElement>() {
                select.set_value("");
            }
        }
    }
    for input in inputs("input[type=checkbox], input[type=radio]") {
        input.set_checked(input.default_checked());
    }
    crate::enhance::voice::reset();
}

/// Why a send did not arrive; each carries a translated message for the child.
pub(crate) enum SendError {
    /// Nothing was sent: the words are not a message yet (empty, too long).
    Invalid(String),
    /// It may not have arrived: "Try again" re-sends the same sealed bytes under the same id.
    NotArrived(String),
}

#[derive(Clone)]
struct PendingCode {
    code: ReturnCode,
    token: Zeroizing<String>,
    child_recipient: String,
}

#[derive(Clone)]
struct Pending {
    id: SubmissionId,
    draft: Draft,
    /// The child's return code, made with the message; its token and recipient go with the PUT.
    code: Option<PendingCode>,
    place: NamedPlace,
    sealed: Vec<u8>,
    set_id: String,
    /// The keys it was sealed to, space-separated, and the server's ticket for that set: a kiosk
    /// seals both into the routing.
    sealed_to: String,
    set_ticket: String,
    /// The proof of work for the challenge that came with the recipients (`crate::proof`).
    proof: String,
}

/// The message being sent, kept in memory only (never in storage of the browser).
#[derive(Default)]
pub(crate) struct Outbox(RefCell<Option<Pending>>);

/// How a send ended well.
pub(crate) struct Delivered {
    /// The pictures of the child's return code (none if this page could not make one).
    pub code: Option<Vec<usize>>,
    /// The network failed and a kiosk's outbox keeps the sealed send until it is back: it has
    /// not arrived yet, and the child must not be told it has.
    pub kept_on_kiosk: bool,
}

impl Outbox {
    /// Sends the answers; on success (or once a kiosk's outbox keeps them) the outbox is emptied.
    pub async fn send(&self, draft: Draft, texts: &Texts) -> Result<Delivered, SendError> {
        let place = NamedPlace::parse(&draft.place)
            .map_err(|_| SendError::Invalid(texts.get("error-unknown-place")))?;
        let same = |p: &Pending| p.draft == draft;
        let kept = self.0.borrow().clone().filter(same);
        let pending = match kept {
            Some(pending) => pending,
            None => {
                let pending = seal_draft(draft, place, texts).await?;
                *self.0.borrow_mut() = Some(pending.clone());
                pending
            }
        };
        let delivered = |kept_on_kiosk| Delivered {
            code: pending.code.as_ref().map(|c| c.code.indices().collect()),
            kept_on_kiosk,
        };
        match put_sealed(&pending).await {
            Put::Stored => {
                *self.0.borrow_mut() = None;
                Ok(delivered(false))
            }
            Put::Kept => {
                *self.0.borrow_mut() = None;
                Ok(delivered(true))
            }
            Put::Refused { message, reseal } => {
                if reseal {
                    *self.0.borrow_mut() = None;
                }
                Err(SendError::NotArrived(message))
            }
            Put::Unknown => Err(SendError::NotArrived(texts.get("error-not-arrived"))),
        }
    }
}

async fn seal_draft(draft: Draft, place: NamedPlace, texts: &Texts) -> Result<Pending, SendError> {
    let words = ChildWords::parse_optional(draft.words.to_string()).map_err(|e| {
        SendError::Invalid(match e {
            ChildWordsError::Empty => texts.get("error-empty"),
            ChildWordsError::TooLong => texts.get("error-too-long"),
        })
    })?;
    let voice = match &draft.voice {
        Some((mime, bytes)) => Some(
            Recording::parse(mime, bytes.to_vec())
                .map_err(|_| SendError::Invalid(texts.get("voice-refused")))?,
        ),
        None => None,
    };
    let answers = Answers::new(draft.choices.clone(), words, voice)
        .map_err(|_| SendError::Invalid(texts.get("error-empty")))?;
    let not_arrived = || SendError::NotArrived(texts.get("error-not-arrived"));
    let story = draft.choices.kind == Some(Kind::Story);
    // A story is sealed to the story editors, a message to the reviewers.
    let sealed_for = if story { "&for=story" } else { "" };
    let path = format!(
        "{RECIPIENTS_PATH}?{PLACE_PARAM}={}{sealed_for}",
        place.as_param()
    );
    let response = gloo_net::http::Request::get(&path)
        .send()
        .await
        .map_err(|_| not_arrived())?;
    if !response.ok() {
        return Err(not_arrived());
    }
    let fetched: RecipientsResponse = response.json().await.map_err(|_| not_arrived())?;
    let recipients = RecipientSet::parse(&fetched.recipients).map_err(|_| not_arrived())?;
    let id = SubmissionId::generate();
    let name = (story && draft.terms.naming != Naming::None)
        .then(|| {
            ChildWords::parse_optional(draft.name.to_string())
                .ok()
                .flatten()
        })
        .flatten();
    let lang = crate::enhance::page_lang();
    let envelope = Envelope::answering(id.clone(), &lang, SealedIn::Browser, answers)
        .naming(place.clone())
        .named_as(name);
    let agreement = crate::agreement::agree(&recipients)
        .await
        .map_err(|_| not_arrived())?;
    let sealed = seal_agreed(envelope, agreement).map_err(|_| not_arrived())?;
    // Pairs for the next message ("Write another"), made while this one travels.
    wasm_bindgen_futures::spawn_local(crate::agreement::prepare(crate::agreement::READY_AHEAD));
    // The code is made here, with the message, so a retry carries the same one. Without this
    // instance's salt a code could never open the case: then none is made (or shown).
    let salt = page_attribute("site-facts", "data-code-salt");
    let code = (!salt.is_empty()).then(|| {
        let code = ReturnCode::generate();
        let derived = code.derive(&salt);
        PendingCode {
            child_recipient: recipient_of(&derived),
            token: derived.token.clone(),
            code,
        }
    });
    Ok(Pending {
        id,
        draft,
        code,
        place,
        sealed: sealed.into_bytes(),
        proof: header_value(
            &fetched.challenge,
            solve(&fetched.challenge, fetched.proof_bits),
        ),
        set_id: fetched.set_id,
        sealed_to: recipients.to_strings().join(" "),
        set_ticket: fetched.set_ticket,
    })
}
