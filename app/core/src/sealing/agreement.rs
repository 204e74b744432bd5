//! The X25519 half of sealing, made ahead of the rest. In the child's browser this is where the
//! time goes: sixteen curve multiplications for eight readers, which the WASM does in portable
//! code but a browser with X25519 in WebCrypto does natively, many times faster. So the browser
//! makes the agreements there when it can (`child-ui`'s `agreement`) and hands them here; the
//! rest of the file (the file key, its wrapping, the header's MAC, the payload) is made in Rust
//! as always, and the file is the same age v1 file either way.

use super::age_lite::{self, KeyShare, LiteError};
use super::{bucket_for, RecipientSet, SealError, SealedSubmission};
use crate::domain::Envelope;
use zeroize::Zeroizing;

/// One X25519 agreement per recipient of a set, in the set's order, for one file. Not `Clone`
/// and consumed by sealing: an ephemeral share is never used twice.
pub struct Agreement {
    shares: Vec<KeyShare>,
}

impl std::fmt::Debug for Agreement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Agreement({} recipients, redacted)", self.shares.len())
    }
}

impl Agreement {
    /// Made here, with `x25519-dalek` (the fallback where the browser has no X25519).
    pub fn local(recipients: &RecipientSet) -> Result<Self, SealError> {
        let shares = recipients
            .iter()
            .map(|r| KeyShare::agree(&r.raw()))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self { shares })
    }

    /// Made elsewhere (the browser's WebCrypto), and refused unless it is exactly one share for
    /// each recipient of `recipients`, in the set's order — no recipient left out, none added —
    /// each with its own ephemeral share.
    pub fn from_shares(
        recipients: &RecipientSet,
        shares: Vec<KeyShare>,
    ) -> Result<Self, SealError> {
        let matches = shares.len() == recipients.len()
            && shares
                .iter()
                .zip(recipients.iter())
                .all(|(share, recipient)| *share.recipient() == recipient.raw());
        let ephemerals: std::collections::BTreeSet<&[u8; 32]> =
            shares.iter().map(KeyShare::ephemeral).collect();
        if !matches || ephemerals.len() != shares.len() {
            return Err(SealError::Key(LiteError::Key));
        }
        Ok(Self { shares })
    }
}

/// [`super::seal`] with the agreements already made: the envelope is padded to its size bucket
/// and sealed with the minimal age. The envelope is consumed and the padded plaintext zeroed.
pub fn seal_agreed(
    envelope: Envelope,
    agreement: Agreement,
) -> Result<SealedSubmission, SealError> {
    let mut plain = Zeroizing::new(serde_json::to_vec(&envelope.wire())?);
    let padded = bucket_for(plain.len());
    plain.resize(padded, b' ');
    Ok(SealedSubmission {
        bytes: age_lite::encrypt_shared(agreement.shares, &plain)?,
        sealed_in: envelope.sealed_in,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ChildWords, SealedIn, SubmissionId};
    use crate::sealing::{open_with, Identity};

    fn envelope(id: &SubmissionId) -> Envelope {
        let words = ChildWords::parse("agreed canary".to_owned()).unwrap();
        Envelope::new(id.clone(), "en", SealedIn::Browser, words)
    }

    fn set(identities: &[Identity]) -> RecipientSet {
        let keys: Vec<String> = identities
            .iter()
            .map(|i| i.recipient().as_str().to_owned())
            .collect();
        RecipientSet::parse(&keys).unwrap()
    }

    /// A share made as the browser makes it: its own ephemeral secret, outside `KeyShare::agree`.
    fn outside_share(recipient: [u8; 32]) -> KeyShare {
        let mut bytes = [0u8; 32];
        getrandom::getrandom(&mut bytes).unwrap();
        let secret = x25519_dalek::StaticSecret::from(bytes);
        let shared = secret.diffie_hellman(&x25519_dalek::PublicKey::from(recipient));
        let public = x25519_dalek::PublicKey::from(&secret);
        KeyShare::new(
            recipient,
            public.to_bytes(),
            Zeroizing::new(shared.to_bytes()),
        )
        .unwrap()
    }

    #[test]
    fn shares_made_outside_seal_a_file_every_reader_opens() {
        let readers: Vec<Identity> = (0..3).map(|_| Identity::generate()).collect();
        let recipients = set(&readers);
        let shares = recipients.iter().map(|r| outside_share(r.raw())).collect();
        let agreement = Agreement::from_shares(&recipients, shares).unwrap();
        let id = SubmissionId::generate();
        let sealed = seal_agreed(envelope(&id), agreement).unwrap();
        assert_eq!(sealed.sealed_in(), SealedIn::Browser);
        for reader in &readers {
            let opened = open_with(sealed.as_bytes(), reader, &id).unwrap();
            assert_eq!(opened.text, "agreed canary");
        }
        assert!(open_with(sealed.as_bytes(), &Identity::generate(), &id).is_err());
    }

    #[test]
    fn shares_for_other_recipients_or_in_another_order_are_refused() {
        let readers: Vec<Identity> = (0..2).map(|_| Identity::generate()).collect();
        let recipients = set(&readers);
        let raws: Vec<[u8; 32]> = recipients.iter().map(|r| r.raw()).collect();
        let reversed = raws.iter().rev().map(|r| outside_share(*r)).collect();
        assert!(Agreement::from_shares(&recipients, reversed).is_err());
        let one_missing = vec![outside_share(raws[0])];
        assert!(Agreement::from_shares(&recipients, one_missing).is_err());
        let stranger = set(&[Identity::generate()]).iter().next().unwrap().raw();
        let swapped = vec![outside_share(raws[0]), outside_share(stranger)];
        assert!(Agreement::from_shares(&recipients, swapped).is_err());
        let extra = raws
            .iter()
            .chain([&stranger])
            .map(|r| outside_share(*r))
            .collect();
        assert!(Agreement::from_shares(&recipients, extra).is_err());
    }

    #[test]
    fn one_ephemeral_share_for_two_recipients_is_refused() {
        let readers: Vec<Identity> = (0..2).map(|_| Identity::generate()).collect();
        let recipients = set(&readers);
        let mut bytes = [0u8; 32];
        getrandom::getrandom(&mut bytes).unwrap();
        let secret = x25519_dalek::StaticSecret::from(bytes);
        let public = x25519_dalek::PublicKey::from(&secret).to_bytes();
        let shares = recipients
            .iter()
            .map(|r| {
                let shared = secret.diffie_hellman(&x25519_dalek::PublicKey::from(r.raw()));
                KeyShare::new(r.raw(), public, Zeroizing::new(shared.to_bytes())).unwrap()
            })
            .collect();
        assert!(Agreement::from_shares(&recipients, shares).is_err());
    }

    #[test]
    fn an_all_zero_shared_secret_is_refused() {
        let zero = KeyShare::new([9; 32], [7; 32], Zeroizing::new([0; 32]));
        assert!(zero.is_err());
        // The identity point (a low-order key) gives one when agreed here too.
        assert!(KeyShare::agree(&[0; 32]).is_err());
    }

    #[test]
    fn no_shares_make_no_file() {
        assert!(age_lite::encrypt_shared(Vec::new(), b"words").is_err());
    }
}
