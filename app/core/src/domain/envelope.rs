//! The plaintext envelope that is sealed with `age`. Everything a reviewer needs to read a
//! submission travels inside it, including the submission id: age has no associated data, so the
//! id is sealed in and checked after decryption.

use super::{ChildWords, Choices, NamedPlace, Recording, SubmissionId};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
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
    /// The free text; a child may skip it and only choose.
    pub(crate) words: Option<ChildWords>,
    /// What the child chose in the guided flow (kind, feelings, wishes).
    pub(crate) choices: Choices,
    /// A voice recording instead of (or beside) the words.
    pub(crate) voice: Option<Recording>,
    /// The place the child named: a facility code, `elsewhere`, or nothing.
    pub(crate) place: NamedPlace,
    /// For a story: the made-up or first name the child wants to be named by, if any.
    pub(crate) name: Option<ChildWords>,
}

/// What a child answered: their choices and, if they wrote any, their words. Never empty.
pub struct Answers {
    choices: Choices,
    words: Option<ChildWords>,
    voice: Option<Recording>,
}

/// The child skipped every question: there is nothing to send.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("nothing was chosen or written")]
pub struct NothingToSend;

impl Answers {
    pub fn new(
        choices: Choices,
        words: Option<ChildWords>,
        voice: Option<Recording>,
    ) -> Result<Self, NothingToSend> {
        if choices.is_empty() && words.is_none() && voice.is_none() {
            return Err(NothingToSend);
        }
        Ok(Self {
            choices,
            words,
            voice,
        })
    }

    pub fn choices(&self) -> &Choices {
        &self.choices
    }
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
    #[serde(flatten)]
    pub choices: &'a Choices,
    pub text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub voice: Option<VoiceWire<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<&'a str>,
}

/// A recording inside the envelope: its type and its bytes in base64.
#[derive(Serialize)]
pub(crate) struct VoiceWire<'a> {
    pub mime: &'a str,
    pub data: String,
}

/// A recording as a reader opens it (bytes in base64, decoded only to be played).
#[derive(Deserialize, Clone)]
pub struct OpenedVoice {
    pub mime: String,
    pub data: String,
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
    /// What the child chose (absent in envelopes from before the guided flows).
    #[serde(default, flatten)]
    pub choices: Choices,
    /// The free text; empty when the child only chose.
    #[serde(default)]
    pub text: String,
    /// A voice recording, if the child made one.
    #[serde(default)]
    pub voice: Option<OpenedVoice>,
    /// A story's name to use (made-up or first name), if the child gave one.
    #[serde(default)]
    pub name: Option<String>,
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
        Self::answering(
            submission_id,
            lang,
            sealed_in,
            Answers {
                choices: Choices::default(),
                words: Some(words),
                voice: None,
            },
        )
    }

    /// The envelope of a guided flow: choices and, perhaps, words.
    pub fn answering(
        submission_id: SubmissionId,
        lang: &str,
        sealed_in: SealedIn,
        answers: Answers,
    ) -> Self {
        Self {
            submission_id,
            lang: lang.to_owned(),
            sealed_in,
            words: answers.words,
            choices: answers.choices,
            voice: answers.voice,
            place: NamedPlace::Unsaid,
            name: None,
        }
    }

    /// A story's name to use, sealed in with the story.
    pub fn named_as(mut self, name: Option<ChildWords>) -> Self {
        self.name = name;
        self
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
            choices: &self.choices,
            text: self.words.as_ref().map_or("", ChildWords::expose),
            voice: self.voice.as_ref().map(|v| VoiceWire {
                mime: v.mime(),
                data: BASE64.encode(v.bytes()),
            }),
            name: self.name.as_ref().map(ChildWords::expose),
        }
    }
}
