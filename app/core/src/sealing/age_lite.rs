//! age v1 with X25519 recipients only, small enough for the child's browser: seal to recipients
//! and open what is sealed to one identity (https://c2sp.org/age). Built from `age-core` (the
//! stanza parser, ChaCha20-Poly1305 and HKDF primitives), `x25519-dalek` without its precomputed
//! tables, `chacha20poly1305` for the payload and `hmac` for the header — and without the `age`
//! crate, whose translated messages, second Fluent resolver and curve tables the child's bundle
//! would otherwise download. The server, the console and the tests keep the full `age` crate.
//!
//! Proven both ways: `tests/age_lite_interop.rs` opens these files with the `age` crate and the
//! reference `age` command-line tool, opens theirs here, and runs the C2SP age test vectors
//! (CCTV) that apply to X25519 decryption (`tests/cctv/`).

use age_core::format::{read::age_stanza, Stanza, FILE_KEY_BYTES};
use age_core::primitives::{aead_decrypt, aead_encrypt, hkdf};
use base64::prelude::{Engine, BASE64_STANDARD_NO_PAD};
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::ChaCha20Poly1305;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use x25519_dalek::{PublicKey, StaticSecret};
use zeroize::Zeroizing;

const MAGIC: &[u8] = b"age-encryption.org/v1\n";
const X25519_TAG: &str = "X25519";
const X25519_LABEL: &[u8] = b"age-encryption.org/v1/X25519";
const CHUNK: usize = 64 * 1024;
const TAG_BYTES: usize = 16;
/// `---`, a space, the 43 characters of a Base64 MAC and a newline.
const MAC_LINE: usize = 3 + 1 + 43 + 1;

/// Why a file could not be opened (the same classes as the C2SP test vectors).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LiteError {
    #[error("not an age v1 header")]
    Header,
    #[error("no stanza is for this identity")]
    NoMatch,
    #[error("the header's MAC does not match")]
    Mac,
    #[error("the payload is damaged or truncated")]
    Payload,
    #[error("not an age X25519 key")]
    Key,
}

/// Decodes Bech32 text strictly: a Bech32 (not Bech32m) checksum, no stray padding bits, one
/// case — the text must be exactly what encoding its bytes gives back.
fn bech32_strict(text: &str, hrp: &str) -> Result<Zeroizing<Vec<u8>>, LiteError> {
    let (found, data) = bech32::decode(text).map_err(|_| LiteError::Key)?;
    let data = Zeroizing::new(data);
    if !found.as_str().eq_ignore_ascii_case(hrp) {
        return Err(LiteError::Key);
    }
    let hrp = bech32::Hrp::parse(hrp).map_err(|_| LiteError::Key)?;
    let canonical =
        Zeroizing::new(bech32::encode::<bech32::Bech32>(hrp, &data).map_err(|_| LiteError::Key)?);
    if canonical.as_str() != text && *canonical.to_uppercase() != *text {
        return Err(LiteError::Key);
    }
    Ok(data)
}

/// An X25519 recipient's public key from its `age1…` text (lower case).
pub fn parse_recipient(text: &str) -> Result<[u8; 32], LiteError> {
    if text.bytes().any(|b| b.is_ascii_uppercase()) {
        return Err(LiteError::Key);
    }
    let data = bech32_strict(text, "age")?;
    data.as_slice().try_into().map_err(|_| LiteError::Key)
}

/// An X25519 identity's secret from its `AGE-SECRET-KEY-1…` text (upper case).
pub fn parse_identity(text: &str) -> Result<Zeroizing<[u8; 32]>, LiteError> {
    if text.bytes().any(|b| b.is_ascii_lowercase()) {
        return Err(LiteError::Key);
    }
    let data = bech32_strict(text, "age-secret-key-")?;
    let mut secret = Zeroizing::new([0u8; 32]);
    if data.len() != 32 {
        return Err(LiteError::Key);
    }
    secret.copy_from_slice(&data);
    Ok(secret)
}

fn random<const N: usize>() -> Zeroizing<[u8; N]> {
    let mut bytes = Zeroizing::new([0u8; N]);
    getrandom::getrandom(bytes.as_mut_slice()).expect("the platform has a random source");
    bytes
}

fn header_mac(file_key: &[u8], header: &[u8]) -> Hmac<Sha256> {
    let key = Zeroizing::new(hkdf(&[], b"header", file_key));
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key.as_slice()).expect("any key length");
    mac.update(header);
    mac
}

/// The 12-byte STREAM nonce: an 11-byte big-endian counter and the last-chunk flag.
fn chunk_nonce(counter: u64, last: bool) -> [u8; 12] {
    let mut nonce = [0u8; 12];
    nonce[3..11].copy_from_slice(&counter.to_be_bytes());
    nonce[11] = u8::from(last);
    nonce
}

fn payload_cipher(file_key: &[u8], nonce: &[u8]) -> ChaCha20Poly1305 {
    let key = Zeroizing::new(hkdf(nonce, b"payload", file_key));
    ChaCha20Poly1305::new(key.as_slice().into())
}

/// One recipient's X25519 agreement for one file: a fresh ephemeral share and the secret it
/// shares with the recipient. Made here ([`KeyShare::agree`]) or, where the browser has X25519 in
/// WebCrypto, by the browser's native code ([`KeyShare::new`]); either way used for one file only
/// (not `Clone`), as the format requires a fresh ephemeral share per stanza.
pub struct KeyShare {
    recipient: [u8; 32],
    ephemeral: [u8; 32],
    shared: Zeroizing<[u8; 32]>,
}

impl KeyShare {
    /// A share made elsewhere. An all-zero shared secret (a low-order recipient) is refused, as
    /// the format requires.
    pub fn new(
        recipient: [u8; 32],
        ephemeral: [u8; 32],
        shared: Zeroizing<[u8; 32]>,
    ) -> Result<Self, LiteError> {
        // Not secret-dependent timing that matters: an all-zero secret is refused, not used.
        if shared.iter().all(|b| *b == 0) {
            return Err(LiteError::Key);
        }
        Ok(Self {
            recipient,
            ephemeral,
            shared,
        })
    }

    /// A share made here, with a fresh ephemeral secret (`x25519-dalek`).
    pub fn agree(recipient: &[u8; 32]) -> Result<Self, LiteError> {
        let ephemeral = StaticSecret::from(*random::<32>());
        let share = PublicKey::from(&ephemeral);
        let shared = ephemeral.diffie_hellman(&PublicKey::from(*recipient));
        if !shared.was_contributory() {
            return Err(LiteError::Key);
        }
        Self::new(
            *recipient,
            share.to_bytes(),
            Zeroizing::new(shared.to_bytes()),
        )
    }

    /// The recipient this share is for.
    pub fn recipient(&self) -> &[u8; 32] {
        &self.recipient
    }

    /// The ephemeral share the stanza carries.
    pub fn ephemeral(&self) -> &[u8; 32] {
        &self.ephemeral
    }
}

/// Seals `plaintext` to every recipient (public keys, as [`parse_recipient`] gives them): a
/// binary age v1 file. A recipient that is no usable X25519 key (a low-order point) is refused.
pub fn encrypt(recipients: &[[u8; 32]], plaintext: &[u8]) -> Result<Vec<u8>, LiteError> {
    let shares = recipients
        .iter()
        .map(KeyShare::agree)
        .collect::<Result<Vec<_>, _>>()?;
    encrypt_shared(shares, plaintext)
}

/// [`encrypt`] with the X25519 agreements already made, one per recipient (the shares are
/// consumed: none is ever used for a second file).
pub fn encrypt_shared(shares: Vec<KeyShare>, plaintext: &[u8]) -> Result<Vec<u8>, LiteError> {
    if shares.is_empty() {
        return Err(LiteError::Key); // a file nobody could open
    }
    let file_key = random::<FILE_KEY_BYTES>();
    let mut out = MAGIC.to_vec();
    for share in &shares {
        let mut salt = [0u8; 64];
        salt[..32].copy_from_slice(&share.ephemeral);
        salt[32..].copy_from_slice(&share.recipient);
        let wrap = Zeroizing::new(hkdf(&salt, X25519_LABEL, share.shared.as_slice()));
        let body = aead_encrypt(&wrap, file_key.as_slice());
        // A 32-byte body is 43 Base64 characters: one short line, as the format requires.
        let stanza = format!(
            "-> {X25519_TAG} {}\n{}\n",
            BASE64_STANDARD_NO_PAD.encode(share.ephemeral),
            BASE64_STANDARD_NO_PAD.encode(body)
        );
        out.extend_from_slice(stanza.as_bytes());
    }
    out.extend_from_slice(b"---");
    let mac = header_mac(file_key.as_slice(), &out)
        .finalize()
        .into_bytes();
    out.extend_from_slice(format!(" {}\n", BASE64_STANDARD_NO_PAD.encode(mac)).as_bytes());
    let nonce = random::<16>();
    out.extend_from_slice(nonce.as_slice());
    let cipher = payload_cipher(file_key.as_slice(), nonce.as_slice());
    let mut chunks = plaintext.chunks(CHUNK).peekable();
    let mut counter = 0u64;
    loop {
        // An empty plaintext is one empty, last chunk.
        let chunk = chunks.next().unwrap_or_default();
        let last = chunks.peek().is_none();
        let sealed = cipher
            .encrypt(&chunk_nonce(counter, last).into(), chunk)
            .expect("a chunk is far below ChaCha20's limit");
        out.extend_from_slice(&sealed);
        if last {
            return Ok(out);
        }
        counter += 1;
    }
}

/// Opens a binary age v1 file with one X25519 identity's secret.
pub fn decrypt(identity: &[u8; 32], file: &[u8]) -> Result<Zeroizing<Vec<u8>>, LiteError> {
    let (stanzas, header_len, mac) = read_header(file)?;
    let payload = &file[header_len + MAC_LINE - 3..];
    // The payload's nonce is part of reading the header: a file without one is malformed.
    if payload.len() < 16 {
        return Err(LiteError::Header);
    }
    let file_key = unwrap_file_key(identity, &stanzas)?;
    header_mac(file_key.as_slice(), &file[..header_len])
        .verify_slice(&mac)
        .map_err(|_| LiteError::Mac)?;
    let (nonce, mut rest) = payload.split_at(16);
    let cipher = payload_cipher(file_key.as_slice(), nonce);
    // Room for all of it at once: no reallocation leaves a copy of the words behind.
    let mut plaintext = Zeroizing::new(Vec::with_capacity(rest.len()));
    let (mut counter, mut done) = (0u64, false);
    while !rest.is_empty() {
        if done {
            return Err(LiteError::Payload); // data after the last chunk
        }
        let (chunk, next) = rest.split_at(rest.len().min(CHUNK + TAG_BYTES));
        rest = next;
        let short = chunk.len() < CHUNK + TAG_BYTES;
        let open = |last| cipher.decrypt(&chunk_nonce(counter, last).into(), chunk);
        // A full chunk is the last one only if it says so (a file of whole chunks).
        let (opened, last) = match open(short) {
            Ok(opened) => (Zeroizing::new(opened), short),
            Err(_) if !short => (
                Zeroizing::new(open(true).map_err(|_| LiteError::Payload)?),
                true,
            ),
            Err(_) => return Err(LiteError::Payload),
        };
        done = last;
        // Only a file's first chunk may be empty.
        if opened.is_empty() && !plaintext.is_empty() {
            return Err(LiteError::Payload);
        }
        plaintext.extend_from_slice(&opened);
        counter += 1;
    }
    if done {
        Ok(plaintext)
    } else {
        Err(LiteError::Payload) // truncated: no last chunk
    }
}

/// The header's stanzas, its length up to and including `---`, and its MAC.
fn read_header(file: &[u8]) -> Result<(Vec<Stanza>, usize, [u8; 32]), LiteError> {
    let mut input = file.strip_prefix(MAGIC).ok_or(LiteError::Header)?;
    let mut stanzas = Vec::new();
    while !input.starts_with(b"---") {
        // The current encoding only (every body ends in a short line), as the specification
        // requires; Heard never made files in the legacy one.
        let (next, stanza) = age_stanza(input).map_err(|_| LiteError::Header)?;
        stanzas.push(Stanza::from(stanza));
        input = next;
    }
    let header_len = file.len() - input.len() + 3;
    let line = input.get(..MAC_LINE).ok_or(LiteError::Header)?;
    if &line[3..4] != b" " || line[MAC_LINE - 1] != b'\n' {
        return Err(LiteError::Header);
    }
    let mac = decode_exact::<32>(&line[4..MAC_LINE - 1]).ok_or(LiteError::Header)?;
    // An scrypt stanza must be alone; there is no header without a stanza.
    let scrypt = stanzas.iter().any(|s| s.tag == "scrypt");
    if stanzas.is_empty() || (scrypt && stanzas.len() > 1) {
        return Err(LiteError::Header);
    }
    Ok((stanzas, header_len, mac))
}

/// Canonical, unpadded Base64 of exactly `N` bytes.
fn decode_exact<const N: usize>(text: &[u8]) -> Option<[u8; N]> {
    let bytes = BASE64_STANDARD_NO_PAD.decode(text).ok()?;
    bytes.try_into().ok()
}

/// The file key from the first X25519 stanza this identity opens; a malformed X25519 stanza
/// before it is an error, as in the reference implementation.
fn unwrap_file_key(
    identity: &[u8; 32],
    stanzas: &[Stanza],
) -> Result<Zeroizing<[u8; FILE_KEY_BYTES]>, LiteError> {
    let secret = StaticSecret::from(*identity);
    let public = PublicKey::from(&secret);
    for stanza in stanzas.iter().filter(|s| s.tag == X25519_TAG) {
        let [share] = &stanza.args[..] else {
            return Err(LiteError::Header);
        };
        let share = decode_exact::<32>(share.as_bytes()).ok_or(LiteError::Header)?;
        if stanza.body.len() != FILE_KEY_BYTES + TAG_BYTES {
            return Err(LiteError::Header);
        }
        let share = PublicKey::from(share);
        let shared = secret.diffie_hellman(&share);
        if !shared.was_contributory() {
            return Err(LiteError::Header);
        }
        let mut salt = [0u8; 64];
        salt[..32].copy_from_slice(share.as_bytes());
        salt[32..].copy_from_slice(public.as_bytes());
        let wrap = Zeroizing::new(hkdf(&salt, X25519_LABEL, shared.as_bytes()));
        if let Ok(opened) = aead_decrypt(&wrap, FILE_KEY_BYTES, &stanza.body) {
            let opened = Zeroizing::new(opened);
            let mut key = Zeroizing::new([0u8; FILE_KEY_BYTES]);
            key.copy_from_slice(&opened);
            return Ok(key);
        }
    }
    Err(LiteError::NoMatch)
}
