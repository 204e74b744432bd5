//! The plaintext envelope that is sealed with `age`. Everything a reviewer needs to read a
//! submission travels inside it, including the submission id: age has no associated data, so the
//! id is sealed in and checked after decryption.

use super::{ChildWords, NamedPlace, SubmissionId};
use serde::{Deserialize, Serialize};

/// Where the words were sealed: in the child's browser, or — for the no-JavaScript form — on the
/// server, in memory, on arrival. Reviewers are told which.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SealedIn {
    Browser,
    Server,
}

impl SealedIn {
    pub fn as_str(self) -> &'static str {
        match self {
            SealedIn::Browser => "browser",
            SealedIn::Server => "server",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "browser" => Some(SealedIn::Browser),
            "server" => Some(SealedIn::Server),
            _ => None,
        }
    }
}

/// The envelope's wire form: version 1. Only constructed by [`Envelope::new`] and only
/// serialised inside [`crate::sealing::seal`].
pub struct Envelope {
    pub(crate) submission_id: SubmissionId,
    pub(crate) lang: String,
    pub(crate) sealed_in: SealedIn,
    pub(crate) words: ChildWords,
    /// The place the child named: a facility code, `elsewhere`, or nothing.
    pub(crate) place: NamedPlace,
}

/// The JSON shape inside the age ciphertext. `text` borrows the child's words so they are not
/// copied into another long-lived buffer.
#[derive(Serialize)]
pub(crate) struct EnvelopeV1<'a> {
    pub v: u8,
    pub submission_id: &'a str,
    pub lang: &'a str,
    pub sealed_in: SealedIn,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<&'a str>,
    pub text: &'a str,
}

/// What a holder of an identity reads back after decryption (tests, and later the console).
#[derive(Deserialize)]
pub struct OpenedEnvelope {
    pub v: u8,
    pub submission_id: SubmissionId,
    pub lang: String,
    pub sealed_in: SealedIn,
    /// A facility code or `elsewhere`; absent when the child would rather not say.
    #[serde(default)]
    pub place: Option<String>,
    pub text: String,
}

impl std::fmt::Debug for OpenedEnvelope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenedEnvelope")
            .field("submission_id", &self.submission_id)
            .field("sealed_in", &self.sealed_in)
            .field("text", &"<redacted>")
            .finish()
    }
}

impl Envelope {
    pub fn new(
        submission_id: SubmissionId,
        lang: &str,
        sealed_in: SealedIn,
        words: ChildWords,
    ) -> Self {
        Self {
            submission_id,
            lang: lang.to_owned(),
            sealed_in,
            words,
            place: NamedPlace::Unsaid,
        }
    }

    /// The place the child named (sealed in with the words).
    pub fn naming(mut self, place: NamedPlace) -> Self {
        self.place = place;
        self
    }

    pub fn submission_id(&self) -> &SubmissionId {
        &self.submission_id
    }

    pub(crate) fn wire(&self) -> EnvelopeV1<'_> {
        EnvelopeV1 {
            v: 1,
            submission_id: self.submission_id.as_str(),
            lang: &self.lang,
            sealed_in: self.sealed_in,
            place: self.place.in_envelope(),
            text: self.words.expose(),
        }
    }
}
