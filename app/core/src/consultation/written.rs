//! A child's written answer to a consultation's free-text question. It is sealed with `age` —
//! in the child's browser, or on the server in memory for a page without JavaScript — to the
//! consultation's readers only, in the same envelope as a message, so that a lead who reads one
//! that is really a disclosure can re-seal it, unchanged, as a confidential case for the
//! reviewers (`sealing::reseal`) without its words ever being in the clear on the server.

use crate::domain::{ChildWords, Envelope, NamedPlace, SealedIn, SubmissionId};
use crate::sealing::{seal, seal_agreed, Agreement, RecipientSet, SealError, SealedSubmission};

/// The option a written answer is counted under (how many wrote, beside how many skipped).
pub const WRITTEN: &str = "written";

/// Seals `words` (with the language and the place the child chose, which a case made from it
/// would need) to `readers`, under a fresh id.
pub fn seal_written_answer(
    words: ChildWords,
    lang: &str,
    place: NamedPlace,
    sealed_in: SealedIn,
    readers: &RecipientSet,
) -> Result<(SubmissionId, SealedSubmission), SealError> {
    let id = SubmissionId::generate();
    let envelope = Envelope::new(id.clone(), lang, sealed_in, words).naming(place);
    Ok((id, seal(envelope, readers)?))
}

/// [`seal_written_answer`] with the X25519 agreements with the readers already made (the child's
/// browser makes them with WebCrypto where it can).
pub fn seal_written_answer_agreed(
    words: ChildWords,
    lang: &str,
    place: NamedPlace,
    agreement: Agreement,
) -> Result<(SubmissionId, SealedSubmission), SealError> {
    let id = SubmissionId::generate();
    let envelope = Envelope::new(id.clone(), lang, SealedIn::Browser, words).naming(place);
    Ok((id, seal_agreed(envelope, agreement)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sealing::open;
    use age::secrecy::ExposeSecret;

    #[test]
    fn a_reader_opens_the_words_and_the_place_under_the_id_it_is_stored_by() {
        let identity = age::x25519::Identity::generate();
        let readers = RecipientSet::parse(&[identity.to_public().to_string()]).unwrap();
        let words = ChildWords::parse("the written canary".into()).unwrap();
        let place = NamedPlace::parse("north").unwrap();
        let (id, sealed) =
            seal_written_answer(words, "ar", place, SealedIn::Browser, &readers).unwrap();
        let secret = identity.to_string().expose_secret().to_owned();
        let opened = open(sealed.as_bytes(), &secret, &id).unwrap();
        assert_eq!(opened.text, "the written canary");
        assert_eq!(opened.lang, "ar");
        assert_eq!(opened.place.as_deref(), Some("north"));
        assert!(!String::from_utf8_lossy(sealed.as_bytes()).contains("canary"));
    }
}
