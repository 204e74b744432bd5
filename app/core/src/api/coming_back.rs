//! The child site's API for coming back with a return code (`crate::return_code`). The token
//! travels in a POST body, never in a URL, so that no log or history can hold it.

use serde::{Deserialize, Serialize};

/// Headers of `PUT /api/submissions/{id}` that register the return code with the case: the
/// lookup token (the server stores its SHA-256) and the child's own age recipient.
pub const RETURN_TOKEN_HEADER: &str = "x-return-token";
pub const CHILD_RECIPIENT_HEADER: &str = "x-child-recipient";

/// `POST` a [`ReturnRequest`]: what the child may see of their case ([`ReturnView`]).
pub const RETURN_PATH: &str = "/api/return";
/// `POST` a [`ReturnAdd`]: the child adds a sealed message to their case.
pub const RETURN_ADD_PATH: &str = "/api/return/messages";
/// `POST` a [`ReturnRequest`]: the child takes their case back (its content is deleted: at once,
/// answered 204, or — for a case where the child said "I am not safe" — after a grace period in
/// which a lead can still read it, answered 202 with a [`WithdrawalDue`]).
pub const RETURN_WITHDRAW_PATH: &str = "/api/return/withdraw";
/// `POST` a [`ReturnRequest`]: the child asks their code to remember the consultations they took
/// part in during this visit (the session's), to see later what came of them.
pub const RETURN_FOLLOW_PATH: &str = "/api/return/follow";

/// A consultation as a link with finished texts (in the page's language, or the consultation's
/// fallback): its title, where it leads, and, once closed, what was decided.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct ConsultLink {
    pub href: String,
    pub title: String,
    pub lang: String,
    pub note: Option<String>,
}

/// The consultations a code follows, with the section's finished texts.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct FollowedConsultations {
    pub heading: String,
    pub items: Vec<ConsultLink>,
    /// The button's label, when this visit took part in consultations the code does not follow.
    pub follow: Option<String>,
    /// What following means, beside the button.
    pub follow_hint: String,
}

/// The answer to taking back an urgent case: the last day a lead can still read it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct WithdrawalDue {
    pub readable_until: String,
}
/// The child site's page for coming back.
pub const BACK_PAGE: &str = "/back";

#[derive(Clone, Serialize, Deserialize)]
pub struct ReturnRequest {
    pub token: String,
}

impl std::fmt::Debug for ReturnRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ReturnRequest(<redacted>)")
    }
}

/// One message of the case: a reply to the child or something the child added, sealed (base64).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct ReturnMessage {
    pub from_child: bool,
    pub day: String,
    pub ciphertext: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct ReturnView {
    /// The case id, sealed inside every message (checked when the child opens them).
    pub case_id: String,
    /// The case's status (`new`, `acknowledged` …), said in plain words on the page.
    pub status: String,
    pub messages: Vec<ReturnMessage>,
    /// What a message the child adds is sealed to: the case's recipients and the child.
    pub recipients: Vec<String>,
    /// When the code is a story's: its consents and versions (then there are no messages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub story: Option<super::stories::ChildStory>,
    /// For an urgent case: the last day a lead could still read it if the child took it back
    /// today (the child is told before they choose).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdraw_keeps_until: Option<String>,
    /// The consultations this code follows (or may follow); absent when there are none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consultations: Option<FollowedConsultations>,
}

/// A message the child adds, sealed in their browser (base64 of the age file).
#[derive(Clone, Serialize, Deserialize)]
pub struct ReturnAdd {
    pub token: String,
    pub ciphertext: String,
}

impl std::fmt::Debug for ReturnAdd {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ReturnAdd(<redacted>, {} bytes)", self.ciphertext.len())
    }
}
