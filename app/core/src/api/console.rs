//! The JSON shapes of the console's API, shared by the server and the console's browser code.
//! Ciphertexts travel base64-encoded; the server never sends or receives anything readable of a
//! case.

use crate::vocabulary::{CaseStatus, Category, Urgency};
use serde::{Deserialize, Serialize};

/// `GET` the signed-in reviewer's own encrypted key; `PUT` registers it (once).
pub const KEY_PATH: &str = "/console/api/key";
/// `GET` a page of cases; `GET|POST {CASES_PATH}/{id}`; `POST {CASES_PATH}/{id}/notes`.
pub const CASES_PATH: &str = "/console/api/cases";
/// Every state-changing console request carries the session's CSRF token in this header.
pub const CSRF_HEADER: &str = "x-csrf-token";
/// The element of the inbox page the console bundle mounts into (`data-csrf`, `data-has-key`).
pub const WORKBENCH_ID: &str = "workbench";
/// Cases per page, in the API and on the server-rendered inbox.
pub const PAGE_SIZE: i64 = 50;

/// A reviewer's key: the public recipient and the identity sealed to their key passphrase.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct KeyUpload {
    pub recipient: String,
    pub encrypted_identity: String,
}

/// What a case is, without its content.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct CaseSummary {
    /// The submission id (also sealed inside the ciphertext, checked after decryption).
    pub id: String,
    pub received_on: String,
    pub status: CaseStatus,
    pub category: Option<Category>,
    pub urgency: Urgency,
    /// Handle of the assigned reviewer.
    pub assignee: Option<String>,
    pub escalated: bool,
    /// The day by which a new case should be acknowledged.
    pub ack_due: String,
    pub overdue: bool,
    /// The day by which an open case should have its response.
    #[serde(default)]
    pub respond_due: String,
    /// Still open (neither closed nor referred) after that day.
    #[serde(default)]
    pub respond_overdue: bool,
    /// `browser` or `server` (the no-JavaScript form).
    pub sealed_in: String,
    /// Who re-sealed the copy the reader holds (none: the reader holds the child's original).
    pub shared_by: Option<String>,
    /// "I am not safe" beyond the site's urgent rate: kept out of the urgent queue.
    #[serde(default)]
    pub possible_flood: bool,
    /// The child took this urgent case back: the day it will be deleted.
    #[serde(default)]
    pub withdrawal_due: Option<String>,
}

/// The reference a case is shown by: the first eight digits of its random id. It orders and
/// counts nothing, so a reader kept from some cases cannot tell from the references that they
/// exist (a global sequence number would show gaps).
pub fn case_reference(id: &str) -> String {
    id.chars().take(8).collect()
}

/// A case and its age ciphertext (base64).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CaseItem {
    pub summary: CaseSummary,
    pub ciphertext: String,
}

/// `GET {CASES_PATH}?before=&status=&queue=`: newest first. `before` is the id of a case the
/// caller can read (the last one of the previous page): an opaque cursor, never a number.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CasePage {
    pub cases: Vec<CaseItem>,
    /// `before` of the next (older) page, when there may be one.
    pub next_before: Option<String>,
}

/// An internal note: age ciphertext (base64) sealed to the case's recipients.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NoteItem {
    pub author: Option<String>,
    pub written_on: String,
    pub ciphertext: String,
}

/// A message between reviewers and the child, sealed to the child and the case's recipients.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct MessageItem {
    pub from_child: bool,
    /// The reviewer who replied (none for the child's own messages).
    pub author: Option<String>,
    pub written_on: String,
    pub ciphertext: String,
}

/// `GET {CASES_PATH}/{id}`: one case with what working on it needs.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CaseDetail {
    pub case: CaseItem,
    /// The child's own recipient, when the child kept a return code: replies are sealed to it.
    pub child_recipient: Option<String>,
    /// Replies to the child and what the child added, oldest first (sealed).
    pub messages: Vec<MessageItem>,
    /// The recipients the case was sealed to, less anyone the shield now keeps from it (a later
    /// affiliation, a recusal): notes and replies are sealed to them.
    pub recipients: Vec<String>,
    pub notes: Vec<NoteItem>,
    /// Handles the case may be assigned to (staff who can read it).
    pub assignable: Vec<String>,
}

/// Header of `POST {CASES_PATH}/{id}/share`: the handle the re-sealed case is shared with.
pub const SHARE_WITH_HEADER: &str = "x-share-with";
/// Header of a sensitive console action (sharing a case): a fresh code from the caller's own
/// authenticator app (step-up); each code works once.
pub const STEP_UP_HEADER: &str = "x-step-up";

/// Someone a case may be shared with, and their key.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct ShareCandidate {
    pub handle: String,
    pub recipient: String,
}

/// `GET {CASES_PATH}/{id}/share`: the eligible people. Sharing stores a copy re-sealed to the
/// chosen person's key only; the child's original is never changed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ShareCandidates {
    pub candidates: Vec<ShareCandidate>,
}

/// `POST {CASES_PATH}/{id}`: one change at a time, each audited.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum CaseChange {
    Status(CaseStatus),
    Category(Category),
    Urgency(Urgency),
    /// A handle, or `None` to unassign.
    Assign(Option<String>),
    /// To the safeguarding leads' urgent queue.
    Escalate,
}

/// Passkeys (WebAuthn): the account's own page, and the ceremonies' endpoints. Each `…/answer`
/// takes what the browser's authenticator returned for the challenge its first half gave.
pub const PASSKEYS_PAGE: &str = "/console/passkeys";
/// The consultation leads' page: their consultations and the results, once closed.
pub const CONSULTATIONS_PAGE: &str = "/console/consultations";
pub const PASSKEY_REGISTER_PATH: &str = "/console/passkeys/register";
pub const PASSKEY_REGISTER_ANSWER_PATH: &str = "/console/passkeys/register/answer";
pub const PASSKEY_REMOVE_PATH: &str = "/console/passkeys/remove";
pub const PASSKEY_CONFIRM_PATH: &str = "/console/passkeys/confirm";
pub const PASSKEY_CONFIRM_ANSWER_PATH: &str = "/console/passkeys/confirm/answer";
pub const PASSKEY_LOGIN_PATH: &str = "/console/login/passkey";
pub const PASSKEY_LOGIN_ANSWER_PATH: &str = "/console/login/passkey/answer";
/// The small script that runs the ceremonies in the browser (WebAuthn has no form-only path).
pub const PASSKEY_SCRIPT_PATH: &str = "/console/passkey.js";
