//! Sealing a child's words with `age`. The same code runs in the child's browser (WASM) and, for
//! the no-JavaScript form, on the server in memory.
//!
//! Typestate: [`SealedSubmission`] can only be made by [`seal`] or by [`SealedSubmission::from_wire`]
//! (which checks that the bytes are an age file to public-key recipients). Storage accepts only
//! this type, so there is no function that could write a child's plaintext.

use crate::domain::{Envelope, OpenedEnvelope, SealedIn, SubmissionId};
#[cfg(feature = "age-crate")]
use std::io::{Read, Write};
use zeroize::Zeroizing;

pub mod age_lite;
mod agreement;
mod identity;
mod recipients;

pub use agreement::{seal_agreed, Agreement};
pub use identity::{Identity, OpeningKey};
pub use recipients::{parse_recipient, recipient_set_id, Recipient, RecipientError, RecipientSet};

/// Plaintext is padded to the next of these sizes (powers of two from 1 KiB), so the length of
/// the ciphertext reveals a size bucket, not the length of what a child wrote.
const SMALLEST_BUCKET: usize = 1024;

/// Largest sealed submission the server accepts, in bytes: a recording of at most 1 MiB, in
/// base64 inside the envelope, padded to the 2 MiB bucket, plus age's overhead.
pub const MAX_SEALED_BYTES: usize = 2 * 1024 * 1024 + 64 * 1024;

/// Largest sealed submission without a recording: the longest words (10,000 characters, at most
/// six bytes each once escaped in JSON) fit the 64 KiB bucket; the 128 KiB one and age's
/// overhead (a header line per recipient, 16 bytes per 64 KiB chunk) leave room to spare.
pub const MAX_TEXT_SEALED_BYTES: usize = 128 * 1024 + 32 * 1024;

/// Largest passphrase-encrypted identity accepted, in bytes (an armored X25519 identity under
/// one scrypt stanza is about 400).
pub const MAX_ENCRYPTED_IDENTITY_BYTES: usize = 4096;

/// Whether `armored` is an ASCII-armored age file encrypted to a passphrase (scrypt) only — the
/// form in which a reviewer's identity may be stored. The server cannot and does not decrypt it.
#[cfg(feature = "age-crate")]
pub fn is_passphrase_sealed_identity(armored: &str) -> bool {
    armored.len() <= MAX_ENCRYPTED_IDENTITY_BYTES
        && armored.starts_with("-----BEGIN AGE ENCRYPTED FILE-----")
        && age::Decryptor::new(age::armor::ArmoredReader::new(armored.as_bytes()))
            .map(|d| d.is_scrypt())
            .unwrap_or(false)
}

/// An age ciphertext of one submission, and where it was sealed.
pub struct SealedSubmission {
    bytes: Vec<u8>,
    sealed_in: SealedIn,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum NotSealed {
    #[error("the body is larger than a sealed submission may be")]
    TooLarge,
    #[error("the body is not an age file")]
    NotAge,
    #[error("the age file is sealed with a passphrase, not to the recipients")]
    Passphrase,
}

#[derive(Debug, thiserror::Error)]
pub enum SealError {
    #[cfg(feature = "age-crate")]
    #[error("age could not encrypt: {0}")]
    Encrypt(#[from] age::EncryptError),
    #[error("writing the ciphertext failed: {0}")]
    Io(#[from] std::io::Error),
    #[error("serialising the envelope failed: {0}")]
    Json(#[from] serde_json::Error),
    #[error("a recipient is no usable X25519 key: {0}")]
    Key(#[from] age_lite::LiteError),
}

impl SealedSubmission {
    /// Accepts ciphertext sealed in a browser, after checking that it is an age file to
    /// public-key recipients. The server cannot check more without a key, by design.
    #[cfg(feature = "age-crate")]
    pub fn from_wire(bytes: Vec<u8>) -> Result<Self, NotSealed> {
        check_recipient_sealed(&bytes, MAX_SEALED_BYTES)?;
        Ok(Self {
            bytes,
            sealed_in: SealedIn::Browser,
        })
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    pub fn sealed_in(&self) -> SealedIn {
        self.sealed_in
    }
}

impl std::fmt::Debug for SealedSubmission {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "SealedSubmission({} bytes, {:?})",
            self.bytes.len(),
            self.sealed_in
        )
    }
}

/// The padded size for a plaintext of `len` bytes.
pub fn bucket_for(len: usize) -> usize {
    len.max(SMALLEST_BUCKET).next_power_of_two()
}

/// Encrypts the envelope to every recipient in the set. The envelope (and so the child's words)
/// is consumed and zeroed; the padded plaintext buffer is zeroed when dropped.
pub fn seal(envelope: Envelope, recipients: &RecipientSet) -> Result<SealedSubmission, SealError> {
    let plain = Zeroizing::new(serde_json::to_vec(&envelope.wire())?);
    Ok(SealedSubmission {
        bytes: seal_padded(plain, recipients)?,
        sealed_in: envelope.sealed_in,
    })
}

/// Pads `plain` with spaces to its size bucket and encrypts it to every recipient.
pub(crate) fn seal_padded(
    mut plain: Zeroizing<Vec<u8>>,
    recipients: &RecipientSet,
) -> Result<Vec<u8>, SealError> {
    let padded_len = bucket_for(plain.len());
    plain.resize(padded_len, b' ');
    encrypt(&plain, recipients)
}

/// Encrypts with the `age` crate (the server, the console, the tests).
#[cfg(feature = "age-crate")]
fn encrypt(plain: &[u8], recipients: &RecipientSet) -> Result<Vec<u8>, SealError> {
    let keys: Vec<age::x25519::Recipient> = recipients.iter().map(Recipient::key).collect();
    let encryptor = age::Encryptor::with_recipients(keys.iter().map(|k| k as &dyn age::Recipient))?;
    let mut bytes = Vec::with_capacity(plain.len() + 256 * (recipients.len() + 1));
    let mut writer = encryptor.wrap_output(&mut bytes)?;
    writer.write_all(plain)?;
    writer.finish()?;
    Ok(bytes)
}

/// Encrypts with the browser's minimal age (the child's bundle).
#[cfg(not(feature = "age-crate"))]
fn encrypt(plain: &[u8], recipients: &RecipientSet) -> Result<Vec<u8>, SealError> {
    let keys: Vec<[u8; 32]> = recipients.iter().map(Recipient::raw).collect();
    age_lite::encrypt(&keys, plain).map_err(SealError::from)
}

/// Whether `bytes` is an age file to public-key recipients (not to a passphrase) of at most
/// `max` bytes: all the server can check of ciphertext, by design.
#[cfg(feature = "age-crate")]
pub(crate) fn check_recipient_sealed(bytes: &[u8], max: usize) -> Result<(), NotSealed> {
    if bytes.len() > max {
        return Err(NotSealed::TooLarge);
    }
    let decryptor = age::Decryptor::new(bytes).map_err(|_| NotSealed::NotAge)?;
    if decryptor.is_scrypt() {
        return Err(NotSealed::Passphrase);
    }
    Ok(())
}

/// Decrypts an age file with an X25519 identity; the plaintext is zeroed when dropped. With the
/// `age` crate where it is built in, with the minimal age in the child's bundle.
pub(crate) fn decrypt(
    bytes: &[u8],
    identity: &impl OpeningKey,
) -> Result<Zeroizing<Vec<u8>>, OpenError> {
    #[cfg(feature = "age-crate")]
    {
        let identity = identity.age_identity();
        let decryptor = age::Decryptor::new(bytes).map_err(|_| OpenError::Decrypt)?;
        let mut reader = decryptor
            .decrypt(std::iter::once(identity.as_ref() as &dyn age::Identity))
            .map_err(|_| OpenError::Decrypt)?;
        let mut plain = Zeroizing::new(Vec::new());
        reader
            .read_to_end(&mut plain)
            .map_err(|_| OpenError::Decrypt)?;
        Ok(plain)
    }
    #[cfg(not(feature = "age-crate"))]
    {
        let identity = identity.opening_key();
        age_lite::decrypt(identity.secret(), bytes).map_err(|_| OpenError::Decrypt)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("not an age file or no matching key")]
    Decrypt,
    #[error("the envelope is not valid JSON of version 1")]
    Envelope,
    #[error("the sealed submission id does not match the stored one")]
    IdMismatch,
}

/// Decrypts a sealed submission with an identity (`AGE-SECRET-KEY-1…`) and checks that the id
/// sealed inside matches the id it was stored under (age has no associated data).
pub fn open(
    bytes: &[u8],
    identity: &str,
    expected: &SubmissionId,
) -> Result<OpenedEnvelope, OpenError> {
    let identity = Identity::parse(identity).map_err(|_| OpenError::Decrypt)?;
    open_with(bytes, &identity, expected)
}

/// [`open`] with a parsed identity (the console keeps one in memory while unlocked).
pub fn open_with(
    bytes: &[u8],
    identity: &impl OpeningKey,
    expected: &SubmissionId,
) -> Result<OpenedEnvelope, OpenError> {
    let plain = decrypt(bytes, identity)?;
    let opened: OpenedEnvelope = serde_json::from_slice(&plain).map_err(|_| OpenError::Envelope)?;
    if opened.v != 1 {
        return Err(OpenError::Envelope);
    }
    if &opened.submission_id != expected {
        return Err(OpenError::IdMismatch);
    }
    Ok(opened)
}

/// Re-seals a case to a new recipient set (sharing): decrypts it with `identity`, checks the id
/// sealed inside, and encrypts the very same padded plaintext to `recipients`.
pub fn reseal(
    bytes: &[u8],
    identity: &impl OpeningKey,
    expected: &SubmissionId,
    recipients: &RecipientSet,
) -> Result<SealedSubmission, OpenError> {
    let plain = decrypt(bytes, identity)?;
    let opened: OpenedEnvelope = serde_json::from_slice(&plain).map_err(|_| OpenError::Envelope)?;
    if &opened.submission_id != expected {
        return Err(OpenError::IdMismatch);
    }
    let bytes = seal_padded(plain, recipients).map_err(|_| OpenError::Decrypt)?;
    Ok(SealedSubmission {
        bytes,
        sealed_in: opened.sealed_in,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ChildWords;
    use age::secrecy::ExposeSecret;
    use std::io::Read;
    #[cfg(feature = "age-crate")]
    use std::io::Write;
    use std::str::FromStr;

    fn keypair() -> (String, String) {
        let id = age::x25519::Identity::generate();
        (
            id.to_string().expose_secret().to_owned(),
            id.to_public().to_string(),
        )
    }

    fn envelope(id: &SubmissionId, text: &str) -> Envelope {
        Envelope::new(
            id.clone(),
            "en",
            SealedIn::Server,
            ChildWords::parse(text.into()).unwrap(),
        )
    }

    #[test]
    fn every_recipient_can_open_and_the_id_is_checked() {
        let (secret_a, public_a) = keypair();
        let (secret_b, public_b) = keypair();
        let set = RecipientSet::parse(&[public_a, public_b]).unwrap();
        let id = SubmissionId::generate();
        let sealed = seal(envelope(&id, "the canary sentence"), &set).unwrap();
        for secret in [&secret_a, &secret_b] {
            let opened = open(sealed.as_bytes(), secret, &id).unwrap();
            assert_eq!(opened.text, "the canary sentence");
            assert_eq!(opened.sealed_in, SealedIn::Server);
        }
        let other = SubmissionId::generate();
        assert!(matches!(
            open(sealed.as_bytes(), &secret_a, &other),
            Err(OpenError::IdMismatch)
        ));
        let (stranger, _) = keypair();
        assert!(matches!(
            open(sealed.as_bytes(), &stranger, &id),
            Err(OpenError::Decrypt)
        ));
    }

    /// The raw padded plaintext length inside a sealed submission.
    fn padded_len(sealed: &SealedSubmission, secret: &str) -> usize {
        let identity = age::x25519::Identity::from_str(secret).unwrap();
        let decryptor = age::Decryptor::new(sealed.as_bytes()).unwrap();
        let mut reader = decryptor
            .decrypt(std::iter::once(&identity as &dyn age::Identity))
            .unwrap();
        let mut plain = vec![];
        reader.read_to_end(&mut plain).unwrap();
        plain.len()
    }

    #[test]
    fn lengths_within_a_bucket_give_the_same_payload_size() {
        // age adds a random "grease" stanza to the header, so whole-file sizes vary by a few
        // bytes at random; the payload, which carries the words, is exactly the bucket.
        let (secret, public) = keypair();
        let set = RecipientSet::parse(&[public]).unwrap();
        let short = seal(envelope(&SubmissionId::generate(), "a"), &set).unwrap();
        let long = seal(envelope(&SubmissionId::generate(), &"b".repeat(700)), &set).unwrap();
        assert_eq!(padded_len(&short, &secret), 1024);
        assert_eq!(padded_len(&long, &secret), 1024);
        let longer = seal(envelope(&SubmissionId::generate(), &"c".repeat(1500)), &set).unwrap();
        assert_eq!(padded_len(&longer, &secret), 2048);
    }

    #[test]
    fn the_largest_message_fits_the_wire_limit() {
        let (_, public) = keypair();
        let set = RecipientSet::parse(&[public]).unwrap();
        // Quotes are escaped in JSON, so they are the worst case for the padded size.
        let worst = "\"".repeat(crate::domain::MAX_CHILD_WORDS_CHARS);
        let sealed = seal(envelope(&SubmissionId::generate(), &worst), &set).unwrap();
        assert!(sealed.as_bytes().len() <= MAX_TEXT_SEALED_BYTES);
        #[cfg(feature = "age-crate")]
        assert!(SealedSubmission::from_wire(sealed.into_bytes()).is_ok());
    }

    #[cfg(feature = "age-crate")]
    #[test]
    fn from_wire_refuses_what_is_not_a_recipient_sealed_age_file() {
        assert_eq!(
            SealedSubmission::from_wire(b"hello".to_vec()).err(),
            Some(NotSealed::NotAge)
        );
        assert_eq!(
            SealedSubmission::from_wire(vec![0; MAX_SEALED_BYTES + 1]).err(),
            Some(NotSealed::TooLarge)
        );
        let mut scrypt =
            age::scrypt::Recipient::new(age::secrecy::SecretString::from("pw".to_owned()));
        scrypt.set_work_factor(2);
        let passphrase =
            age::Encryptor::with_recipients(std::iter::once(&scrypt as &dyn age::Recipient))
                .unwrap();
        let mut bytes = vec![];
        let mut w = passphrase.wrap_output(&mut bytes).unwrap();
        w.write_all(b"x").unwrap();
        w.finish().unwrap();
        assert_eq!(
            SealedSubmission::from_wire(bytes).err(),
            Some(NotSealed::Passphrase)
        );
    }

    #[test]
    fn a_recipient_set_id_ignores_order_and_sees_any_change() {
        let (a, b) = (keypair().1, keypair().1);
        assert_eq!(recipient_set_id(&[&a, &b]), recipient_set_id(&[&b, &a]));
        assert_ne!(recipient_set_id(&[&a, &b]), recipient_set_id(&[&a]));
    }

    #[test]
    fn malformed_recipients_are_refused() {
        assert_eq!(
            RecipientSet::parse::<&str>(&[]).err(),
            Some(RecipientError::Empty)
        );
        assert!(matches!(
            RecipientSet::parse(&["age1nope"]),
            Err(RecipientError::Malformed(_))
        ));
    }
}
