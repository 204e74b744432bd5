//! The consultation leads' API for written answers (free-text questions), shared by the server
//! and the console's browser code. The answers travel as base64 ciphertext; the lead's browser
//! opens them with the key it holds, approves a quote (the only words that may leave the
//! console), or re-seals one that reads like a disclosure to the reviewers as a case.

use serde::{Deserialize, Serialize};

/// `GET {CONSULTATIONS_API}/{id}/written`: the answers sealed to the caller's key;
/// `POST …/written/{answer}/quote` (JSON [`QuoteBody`]); `POST …/written/{answer}/case` (the
/// answer re-sealed to [`CaseRecipients`], with [`crate::api::PLACE_HEADER`] and
/// [`crate::api::RECIPIENT_SET_HEADER`]).
pub const CONSULTATIONS_API: &str = "/console/api/consultations";
/// `GET ?place=`: whom a case about that place is sealed to (the shield applied).
pub const CASE_RECIPIENTS_PATH: &str = "/console/api/consultations/case-recipients";
/// The page that hosts the workbench for a consultation's written answers: `{CONSULTATIONS_PAGE}/{id}/written`.
pub const WRITTEN_SEGMENT: &str = "written";
/// The longest quote a lead may approve (characters).
pub const MAX_QUOTE_CHARS: usize = 600;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct WrittenAnswer {
    /// The id it is stored under (also sealed inside, checked after decryption).
    pub id: String,
    /// The question's own text, in the lead's language where the consultation has it.
    pub question: String,
    pub received_on: String,
    /// base64 of the age file.
    pub ciphertext: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct WrittenAnswers {
    pub answers: Vec<WrittenAnswer>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct QuoteBody {
    pub quote: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct CaseRecipients {
    pub recipients: Vec<String>,
    pub set_id: String,
}
