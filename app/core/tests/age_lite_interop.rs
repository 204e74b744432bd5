//! The browser's minimal age (`sealing::age_lite`) against the references: its files open with
//! the `age` crate and the reference `age` command-line tool, theirs open with it, and the C2SP
//! age test vectors (CCTV, `tests/cctv/`, as the `age` crate ships them) that apply to X25519
//! decryption give the expected outcome.

use age::secrecy::ExposeSecret;
use heard_core::sealing::age_lite::{decrypt, encrypt, parse_identity, parse_recipient, LiteError};
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::str::FromStr;

fn key_pair() -> (age::x25519::Identity, [u8; 32], [u8; 32]) {
    let identity = age::x25519::Identity::generate();
    let secret = *parse_identity(identity.to_string().expose_secret()).unwrap();
    let public = parse_recipient(&identity.to_public().to_string()).unwrap();
    (identity, secret, public)
}

/// Sizes around the 64 KiB chunk: empty, short, exactly one chunk, one and a bit, two chunks.
const SIZES: [usize; 6] = [0, 1, 4096, 65536, 65537, 131072];

fn plaintext(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 7 % 251) as u8).collect()
}

#[test]
fn files_sealed_here_open_with_the_age_crate_for_every_recipient() {
    let pairs: Vec<_> = (0..8).map(|_| key_pair()).collect();
    let publics: Vec<[u8; 32]> = pairs.iter().map(|p| p.2).collect();
    for len in SIZES {
        let message = plaintext(len);
        let sealed = encrypt(&publics, &message).unwrap();
        for (identity, _, _) in &pairs {
            let decryptor = age::Decryptor::new(&sealed[..]).unwrap();
            let mut opened = vec![];
            decryptor
                .decrypt(std::iter::once(identity as &dyn age::Identity))
                .unwrap()
                .read_to_end(&mut opened)
                .unwrap();
            assert_eq!(opened, message, "{len} bytes");
        }
    }
}

#[test]
fn files_sealed_by_the_age_crate_open_here_and_a_stranger_cannot() {
    let (identity, secret, _) = key_pair();
    let (_, stranger, _) = key_pair();
    for len in SIZES {
        let message = plaintext(len);
        let recipient = identity.to_public();
        let encryptor =
            age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
                .unwrap();
        let mut sealed = vec![];
        let mut writer = encryptor.wrap_output(&mut sealed).unwrap();
        writer.write_all(&message).unwrap();
        writer.finish().unwrap();
        assert_eq!(decrypt(&secret, &sealed).unwrap().as_slice(), &message[..]);
        assert_eq!(decrypt(&stranger, &sealed).unwrap_err(), LiteError::NoMatch);
        // One flipped bit anywhere after the header is refused, never opened wrong.
        let mut damaged = sealed.clone();
        let last = damaged.len() - 1;
        damaged[last] ^= 1;
        assert_eq!(decrypt(&secret, &damaged).unwrap_err(), LiteError::Payload);
    }
}

fn age_cli(args: &[&str], input: &[u8]) -> Vec<u8> {
    let mut child = Command::new("age")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the reference `age` tool is installed (apt-get install age)");
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn the_reference_age_tool_opens_files_sealed_here_and_seals_files_that_open_here() {
    let (identity, secret, public) = key_pair();
    let dir = tempfile::tempdir().unwrap();
    let key_file = dir.path().join("key.txt");
    std::fs::write(&key_file, identity.to_string().expose_secret()).unwrap();
    let key_file = key_file.to_str().unwrap();
    for len in [0, 300, 65536, 100_000] {
        let message = plaintext(len);
        let sealed = encrypt(&[public], &message).unwrap();
        assert_eq!(age_cli(&["--decrypt", "-i", key_file], &sealed), message);
        let theirs = age_cli(&["-r", &identity.to_public().to_string()], &message);
        assert_eq!(decrypt(&secret, &theirs).unwrap().as_slice(), &message[..]);
    }
}

#[test]
fn keys_parse_only_in_their_own_form() {
    let (identity, secret, public) = key_pair();
    let text = identity.to_string();
    assert_eq!(*parse_identity(text.expose_secret()).unwrap(), secret);
    assert_eq!(
        parse_recipient(&identity.to_public().to_string()).unwrap(),
        public
    );
    let recipient = identity.to_public().to_string();
    for bad in [
        recipient.to_uppercase(),
        text.expose_secret().to_lowercase(),
        text.expose_secret().to_owned(),
        "age1".to_owned(),
        String::new(),
    ] {
        assert!(parse_recipient(&bad).is_err(), "{bad}");
    }
    assert!(parse_identity(&recipient).is_err());
    // The same bytes under a Bech32m checksum are not an age key.
    let (hrp, data) = bech32::decode(&recipient).unwrap();
    let bech32m = bech32::encode::<bech32::Bech32m>(hrp, &data).unwrap();
    assert!(parse_recipient(&bech32m).is_err());
    // A low-order point is refused as a recipient, never sealed to.
    assert_eq!(encrypt(&[[0u8; 32]], b"x").unwrap_err(), LiteError::Key);
    assert!(age::x25519::Recipient::from_str(&recipient).is_ok());
}

#[derive(Debug, PartialEq)]
enum Expect {
    Success,
    Header,
    Mac,
    Payload,
    NoMatch,
}

/// Runs one CCTV vector; returns what it expected and what happened.
fn run_vector(path: &Path) -> (Expect, Expect) {
    let bytes = std::fs::read(path).unwrap();
    let split = bytes.windows(2).position(|w| w == b"\n\n").unwrap();
    let (head, body) = (
        std::str::from_utf8(&bytes[..split]).unwrap(),
        &bytes[split + 2..],
    );
    let (mut expect, mut identities, mut payload, mut compressed) = (None, vec![], None, false);
    for line in head.lines() {
        let (name, value) = line.split_once(": ").unwrap();
        match name {
            "expect" => {
                expect = Some(match value {
                    "success" => Expect::Success,
                    "header failure" => Expect::Header,
                    "HMAC failure" => Expect::Mac,
                    "payload failure" => Expect::Payload,
                    "no match" => Expect::NoMatch,
                    other => panic!("{other}"),
                })
            }
            "identity" => identities.push(value.to_owned()),
            "payload" => payload = Some(value.to_owned()),
            "compressed" => compressed = value == "zlib",
            _ => {}
        }
    }
    let mut file = body.to_vec();
    if compressed {
        file.clear();
        flate2::read::ZlibDecoder::new(body)
            .read_to_end(&mut file)
            .unwrap();
    }
    if identities.is_empty() {
        // A vector with no identity (an empty file) is tried with a stranger's.
        let stranger = age::x25519::Identity::generate().to_string();
        identities.push(stranger.expose_secret().to_owned());
    }
    let mut outcome = Err(LiteError::NoMatch);
    for identity in &identities {
        outcome = decrypt(&parse_identity(identity).unwrap(), &file);
        if outcome != Err(LiteError::NoMatch) {
            break;
        }
    }
    let happened = match outcome {
        Ok(plain) => {
            let hash: String = Sha256::digest(plain.as_slice())
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            assert_eq!(Some(hash), payload, "{}", path.display());
            Expect::Success
        }
        Err(LiteError::Header) | Err(LiteError::Key) => Expect::Header,
        Err(LiteError::Mac) => Expect::Mac,
        Err(LiteError::Payload) => Expect::Payload,
        Err(LiteError::NoMatch) => Expect::NoMatch,
    };
    (expect.unwrap(), happened)
}

#[test]
fn the_c2sp_test_vectors_for_x25519_decryption_pass() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cctv");
    let mut wrong = vec![];
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some() {
            continue; // the README
        }
        count += 1;
        let (expected, happened) = run_vector(&path);
        if expected != happened {
            wrong.push(format!(
                "{}: expected {expected:?}, got {happened:?}",
                path.display()
            ));
        }
    }
    assert!(count >= 60, "only {count} vectors found");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
