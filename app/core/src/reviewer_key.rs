//! A reviewer's age key, made and unlocked in the reviewer's browser (WASM). The identity file is
//! sealed to the key passphrase with age's scrypt recipient (work factor calibrated to about one
//! second on the device) and ASCII-armored; that file and the public recipient are all the server
//! ever receives. The reference `age` tool decrypts the file with the passphrase.

use crate::api::console::KeyUpload;
use age::armor::{ArmoredReader, ArmoredWriter, Format};
use age::secrecy::{ExposeSecret, SecretString};
use age::x25519::Identity;
use std::io::{Read, Write};
use std::str::FromStr;
use zeroize::Zeroizing;

/// Shortest key passphrase accepted, in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 12;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum KeyError {
    #[error("the passphrase is too short")]
    TooShort,
    #[error("the two passphrases differ")]
    Mismatch,
    #[error("the key could not be sealed")]
    Seal,
    #[error("wrong passphrase, or not a key file")]
    WrongPassphrase,
    #[error("the unlocked key does not match the registered recipient")]
    NotThisKey,
}

/// Makes a new identity and seals it to `passphrase` (typed twice).
pub fn make_key(
    passphrase: SecretString,
    confirm: SecretString,
) -> Result<(KeyUpload, Identity), KeyError> {
    if passphrase.expose_secret().chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(KeyError::TooShort);
    }
    if passphrase.expose_secret() != confirm.expose_secret() {
        return Err(KeyError::Mismatch);
    }
    let identity = Identity::generate();
    let recipient = identity.to_public().to_string();
    let file = Zeroizing::new(format!(
        "# public key: {recipient}\n{}\n",
        identity.to_string().expose_secret()
    ));
    let encryptor = age::Encryptor::with_user_passphrase(passphrase);
    let mut armored = Vec::new();
    let sealed = (|| {
        let armor = ArmoredWriter::wrap_output(&mut armored, Format::AsciiArmor)?;
        let mut writer = encryptor.wrap_output(armor)?;
        writer.write_all(file.as_bytes())?;
        writer.finish()?.finish()
    })();
    sealed.map_err(|_| KeyError::Seal)?;
    let encrypted_identity = String::from_utf8(armored).map_err(|_| KeyError::Seal)?;
    Ok((
        KeyUpload {
            recipient,
            encrypted_identity,
        },
        identity,
    ))
}

/// Opens the sealed identity with `passphrase` and checks it is the registered key.
pub fn unlock_key(key: &KeyUpload, passphrase: SecretString) -> Result<Identity, KeyError> {
    let armored = ArmoredReader::new(key.encrypted_identity.as_bytes());
    let decryptor = age::Decryptor::new(armored).map_err(|_| KeyError::WrongPassphrase)?;
    let scrypt = age::scrypt::Identity::new(passphrase);
    let mut reader = decryptor
        .decrypt(std::iter::once(&scrypt as &dyn age::Identity))
        .map_err(|_| KeyError::WrongPassphrase)?;
    let mut file = Zeroizing::new(String::new());
    reader
        .read_to_string(&mut file)
        .map_err(|_| KeyError::WrongPassphrase)?;
    let line = file
        .lines()
        .find(|l| l.starts_with("AGE-SECRET-KEY-1"))
        .ok_or(KeyError::WrongPassphrase)?;
    let identity = Identity::from_str(line).map_err(|_| KeyError::WrongPassphrase)?;
    if identity.to_public().to_string() != key.recipient {
        return Err(KeyError::NotThisKey);
    }
    Ok(identity)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(s: &str) -> SecretString {
        SecretString::from(s.to_owned())
    }

    #[test]
    fn a_made_key_unlocks_with_its_passphrase_only() {
        let pass = "correct horse battery";
        let (upload, identity) = make_key(secret(pass), secret(pass)).unwrap();
        assert!(crate::sealing::is_passphrase_sealed_identity(
            &upload.encrypted_identity
        ));
        assert!(!upload
            .encrypted_identity
            .contains(identity.to_string().expose_secret()));
        let unlocked = unlock_key(&upload, secret(pass)).unwrap();
        assert_eq!(unlocked.to_public().to_string(), upload.recipient);
        assert_eq!(
            unlock_key(&upload, secret("wrong horse battery")).err(),
            Some(KeyError::WrongPassphrase)
        );
        let other = KeyUpload {
            recipient: Identity::generate().to_public().to_string(),
            ..upload
        };
        assert_eq!(
            unlock_key(&other, secret(pass)).err(),
            Some(KeyError::NotThisKey)
        );
    }

    #[test]
    fn short_or_mismatched_passphrases_are_refused() {
        assert_eq!(
            make_key(secret("short"), secret("short")).err(),
            Some(KeyError::TooShort)
        );
        assert_eq!(
            make_key(secret("long enough one"), secret("long enough two")).err(),
            Some(KeyError::Mismatch)
        );
    }
}
