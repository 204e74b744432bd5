//! Internal notes on a case. A reviewer writes one in the browser; it is sealed there to the
//! recipients the case itself was sealed to, with the case id inside (age has no associated data,
//! so a note moved to another case is detected when opened). The server stores only
//! [`SealedNote`], which only [`seal_note`] or [`SealedNote::from_wire`] can make.

use crate::domain::SubmissionId;
#[cfg(feature = "age-crate")]
use crate::sealing::{check_recipient_sealed, NotSealed};
use crate::sealing::{decrypt, seal_padded, OpenError, RecipientSet, SealError};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

/// Longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 5000;
/// Largest sealed note the server accepts, in bytes.
pub const MAX_NOTE_BYTES: usize = 64 * 1024;

#[derive(Serialize)]
struct NoteOut<'a> {
    v: u8,
    case: &'a str,
    text: &'a str,
}

#[derive(Deserialize)]
struct NoteIn {
    v: u8,
    case: String,
    text: String,
}

/// Ciphertext of a note, checked to be an age file to public-key recipients.
pub struct SealedNote(Vec<u8>);

impl SealedNote {
    /// What the server accepts from a browser: an age file to recipients (server only).
    #[cfg(feature = "age-crate")]
    pub fn from_wire(bytes: Vec<u8>) -> Result<Self, NotSealed> {
        check_recipient_sealed(&bytes, MAX_NOTE_BYTES)?;
        Ok(Self(bytes))
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

impl std::fmt::Debug for SealedNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SealedNote({} bytes)", self.0.len())
    }
}

pub fn seal_note(
    case: &SubmissionId,
    text: &str,
    recipients: &RecipientSet,
) -> Result<SealedNote, SealError> {
    let wire = NoteOut {
        v: 1,
        case: case.as_str(),
        text,
    };
    let plain = Zeroizing::new(serde_json::to_vec(&wire)?);
    Ok(SealedNote(seal_padded(plain, recipients)?))
}

/// Opens a note and checks it belongs to `case`; the text is zeroed when dropped.
pub fn open_note(
    bytes: &[u8],
    identity: &impl crate::sealing::OpeningKey,
    case: &SubmissionId,
) -> Result<Zeroizing<String>, OpenError> {
    let plain = decrypt(bytes, identity)?;
    let note: NoteIn = serde_json::from_slice(&plain).map_err(|_| OpenError::Envelope)?;
    let text = Zeroizing::new(note.text);
    if note.v != 1 {
        return Err(OpenError::Envelope);
    }
    if note.case != case.as_str() {
        return Err(OpenError::IdMismatch);
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_opens_for_its_case_and_not_for_another() {
        let identity = crate::sealing::Identity::generate();
        let recipients = RecipientSet::parse(&[identity.recipient().to_string()]).unwrap();
        let case = SubmissionId::generate();
        let other = SubmissionId::generate();
        let sealed = seal_note(&case, "called the shelter", &recipients).unwrap();
        #[cfg(feature = "age-crate")]
        assert!(SealedNote::from_wire(sealed.as_bytes().to_vec()).is_ok());
        let text = open_note(sealed.as_bytes(), &identity, &case).unwrap();
        assert_eq!(text.as_str(), "called the shelter");
        assert!(matches!(
            open_note(sealed.as_bytes(), &identity, &other),
            Err(OpenError::IdMismatch)
        ));
        let stranger = crate::sealing::Identity::generate();
        assert!(open_note(sealed.as_bytes(), &stranger, &case).is_err());
    }

    #[cfg(feature = "age-crate")]
    #[test]
    fn from_wire_refuses_what_is_not_sealed_to_recipients() {
        assert_eq!(
            SealedNote::from_wire(b"called the shelter".to_vec()).unwrap_err(),
            NotSealed::NotAge
        );
        assert_eq!(
            SealedNote::from_wire(vec![0; MAX_NOTE_BYTES + 1]).unwrap_err(),
            NotSealed::TooLarge
        );
    }
}
