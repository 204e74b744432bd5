//! A child's voice recording, in plaintext: like [`super::ChildWords`] it exists only in memory —
//! zeroed on drop, redacted `Debug`, no `Serialize` — and is only ever sealed into an envelope.

use zeroize::{Zeroize, ZeroizeOnDrop};

/// Largest recording: about four minutes of Opus at 32 kbit/s. The browser stops recording there.
pub const MAX_VOICE_BYTES: usize = 1024 * 1024;

#[derive(Zeroize, ZeroizeOnDrop)]
pub struct Recording {
    mime: String,
    bytes: Vec<u8>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum RecordingError {
    #[error("the recording is empty")]
    Empty,
    #[error("the recording is longer than the limit")]
    TooLarge,
    #[error("not an audio type")]
    NotAudio,
}

impl Recording {
    /// `mime` as the browser's recorder reports it, e.g. `audio/webm;codecs=opus`.
    pub fn parse(mime: &str, mut bytes: Vec<u8>) -> Result<Self, RecordingError> {
        let audio = is_audio_type(mime);
        let verdict = if bytes.is_empty() {
            Err(RecordingError::Empty)
        } else if bytes.len() > MAX_VOICE_BYTES {
            Err(RecordingError::TooLarge)
        } else if !audio {
            Err(RecordingError::NotAudio)
        } else {
            Ok(())
        };
        match verdict {
            Ok(()) => Ok(Self {
                mime: mime.to_owned(),
                bytes,
            }),
            Err(e) => {
                bytes.zeroize();
                Err(e)
            }
        }
    }

    pub fn mime(&self) -> &str {
        &self.mime
    }

    pub(crate) fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

/// Whether `mime` is an audio type made of plain characters: checked when a recording is made,
/// and again when a reader opens one (anyone may seal a submission, so a reader trusts nothing).
pub fn is_audio_type(mime: &str) -> bool {
    mime.starts_with("audio/")
        && mime.len() <= 64
        && mime
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/;=,.+- ".contains(&b))
}

impl std::fmt::Debug for Recording {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Recording({}, {} bytes)", self.mime, self.bytes.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_audio_within_the_limit_is_a_recording() {
        assert!(Recording::parse("audio/webm;codecs=opus", vec![1, 2, 3]).is_ok());
        assert_eq!(
            Recording::parse("audio/ogg", vec![]).err(),
            Some(RecordingError::Empty)
        );
        assert_eq!(
            Recording::parse("audio/webm", vec![0; MAX_VOICE_BYTES + 1]).err(),
            Some(RecordingError::TooLarge)
        );
        for bad in [
            "video/webm",
            "text/html",
            "audio/<script>",
            "audio/webm\"onload",
        ] {
            assert_eq!(
                Recording::parse(bad, vec![1]).err(),
                Some(RecordingError::NotAudio),
                "{bad}"
            );
        }
        let debug = format!("{:?}", Recording::parse("audio/ogg", vec![7; 10]).unwrap());
        assert_eq!(debug, "Recording(audio/ogg, 10 bytes)");
    }
}

#[cfg(test)]
mod sealed {
    use super::*;
    use crate::domain::{Answers, Choices, Envelope, SealedIn, SubmissionId};
    use crate::sealing::{open, seal, RecipientSet};
    use age::secrecy::ExposeSecret;
    use base64::Engine;

    #[test]
    fn a_recording_alone_is_a_message_and_opens_to_the_same_bytes() {
        let identity = age::x25519::Identity::generate();
        let recipients = RecipientSet::parse(&[identity.to_public().to_string()]).unwrap();
        let bytes: Vec<u8> = (0..=255u8).cycle().take(40_000).collect();
        let voice = Recording::parse("audio/webm;codecs=opus", bytes.clone()).unwrap();
        let answers = Answers::new(Choices::default(), None, Some(voice)).unwrap();
        let id = SubmissionId::generate();
        let envelope = Envelope::answering(id.clone(), "en", SealedIn::Browser, answers);
        let sealed = seal(envelope, &recipients).unwrap();
        let text = identity.to_string();
        let opened = open(sealed.as_bytes(), text.expose_secret(), &id).unwrap();
        let voice = opened.voice.expect("the recording is inside");
        assert_eq!(voice.mime, "audio/webm;codecs=opus");
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(voice.data)
            .unwrap();
        assert_eq!(decoded, bytes);
        assert!(Answers::new(Choices::default(), None, None).is_err());
    }
}
