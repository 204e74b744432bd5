//! Credentials chosen at enrolment: the password (Argon2id, the `argon2` crate's defaults) and
//! the TOTP secret (RFC 6238, SHA-1, 6 digits, 30 s — what authenticator apps expect; `totp-rs`).
//! A code is accepted for the current step and one step either side, never twice.

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;
use totp_rs::{Algorithm, Secret, TOTP};
use zeroize::Zeroizing;

pub const MIN_PASSWORD_CHARS: usize = 12;
pub const MAX_PASSWORD_CHARS: usize = 256;
const STEP_SECONDS: u64 = 30;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PasswordError {
    #[error("password too short")]
    TooShort,
    #[error("password too long")]
    TooLong,
    #[error("passwords differ")]
    Mismatch,
}

/// Checks the rules and returns the Argon2id PHC string to store.
pub fn hash_new_password(password: &str, confirm: &str) -> Result<String, PasswordError> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(PasswordError::TooShort);
    }
    if chars > MAX_PASSWORD_CHARS {
        return Err(PasswordError::TooLong);
    }
    if password != confirm {
        return Err(PasswordError::Mismatch);
    }
    let salt = SaltString::generate(&mut OsRng);
    Ok(Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .expect("Argon2id with default parameters hashes any password")
        .to_string())
}

/// Whether `password` matches a stored PHC string (used by sign-in).
pub fn password_matches(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|hash| {
            Argon2::default()
                .verify_password(password.as_bytes(), &hash)
                .is_ok()
        })
        .unwrap_or(false)
}

/// At most this many Argon2 checks run at once, each on a blocking thread: on a small machine a
/// login flood then waits here, and the async runtime (the child site) keeps its cores.
const ARGON2_PERMITS: usize = 1;
/// A sign-in that waited this long for its turn is answered "busy" instead of queueing forever.
const ARGON2_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// [`password_matches`] off the async runtime, behind a small semaphore. `None`: too busy.
pub async fn verify_password(password: Zeroizing<String>, phc: String) -> Option<bool> {
    static PERMITS: std::sync::OnceLock<std::sync::Arc<tokio::sync::Semaphore>> =
        std::sync::OnceLock::new();
    let permits = PERMITS
        .get_or_init(|| std::sync::Arc::new(tokio::sync::Semaphore::new(ARGON2_PERMITS)))
        .clone();
    let permit = tokio::time::timeout(ARGON2_WAIT, permits.acquire_owned())
        .await
        .ok()?
        .ok()?;
    tokio::task::spawn_blocking(move || {
        let _permit = permit;
        password_matches(&password, &phc)
    })
    .await
    .ok()
}

/// A new random TOTP secret, base32 (160 bits).
pub fn new_totp_secret() -> Zeroizing<String> {
    let mut bytes = [0u8; 20];
    getrandom::getrandom(&mut bytes).expect("the OS random source is available");
    Zeroizing::new(Secret::Raw(bytes.to_vec()).to_encoded().to_string())
}

fn totp(secret_base32: &str, account: &str) -> Option<TOTP> {
    let bytes = Secret::Encoded(secret_base32.to_owned()).to_bytes().ok()?;
    TOTP::new(
        Algorithm::SHA1,
        6,
        0,
        STEP_SECONDS,
        bytes,
        Some("Heard".into()),
        account.to_owned(),
    )
    .ok()
}

/// The `otpauth://` URL for authenticator apps, rendered as an SVG QR code.
pub fn totp_qr_svg(secret_base32: &str, account: &str) -> Option<String> {
    let url = totp(secret_base32, account)?.get_url();
    let code = qrcode::QrCode::new(url.as_bytes()).ok()?;
    Some(
        code.render::<qrcode::render::svg::Color>()
            .min_dimensions(200, 200)
            .quiet_zone(true)
            .build(),
    )
}

/// The code an authenticator app shows now (used by the demo only).
pub fn totp_code_now(secret_base32: &str) -> Option<String> {
    totp(secret_base32, "demo")?.generate_current().ok()
}

/// The time step a code belongs to, if it is valid now (±1 step) and newer than `last_step`.
pub fn accepted_step(
    secret_base32: &str,
    code: &str,
    now_unix: u64,
    last_step: i64,
) -> Option<i64> {
    let totp = totp(secret_base32, "check")?;
    let now_step = (now_unix / STEP_SECONDS) as i64;
    (now_step - 1..=now_step + 1)
        .filter(|step| *step > last_step)
        .find(|step| totp.check(code.trim(), (*step as u64) * STEP_SECONDS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_follow_the_rules_and_hash_with_argon2id() {
        assert_eq!(
            hash_new_password("short", "short"),
            Err(PasswordError::TooShort)
        );
        let long = "a".repeat(MAX_PASSWORD_CHARS + 1);
        assert_eq!(hash_new_password(&long, &long), Err(PasswordError::TooLong));
        assert_eq!(
            hash_new_password("correct horse battery", "correct horse battery!"),
            Err(PasswordError::Mismatch)
        );
        let phc = hash_new_password("correct horse battery", "correct horse battery").unwrap();
        assert!(phc.starts_with("$argon2id$"), "{phc}");
        assert!(password_matches("correct horse battery", &phc));
        assert!(!password_matches("correct horse battery.", &phc));
    }

    #[test]
    fn codes_are_accepted_within_one_step_and_never_twice() {
        let secret = new_totp_secret();
        let t = totp(&secret, "x").unwrap();
        let now = 1_800_000_000u64;
        let step = (now / STEP_SECONDS) as i64;
        let current = t.generate(now);
        assert_eq!(accepted_step(&secret, &current, now, 0), Some(step));
        assert_eq!(
            accepted_step(&secret, &current, now, step),
            None,
            "single use"
        );
        let previous = t.generate(now - STEP_SECONDS);
        assert_eq!(accepted_step(&secret, &previous, now, 0), Some(step - 1));
        let too_old = t.generate(now - 2 * STEP_SECONDS);
        assert_eq!(accepted_step(&secret, &too_old, now, 0), None);
        assert_eq!(accepted_step(&secret, "000000x", now, 0), None);
    }

    #[test]
    fn the_qr_code_is_an_svg() {
        let svg = totp_qr_svg(&new_totp_secret(), "ana").unwrap();
        assert!(svg.contains("<svg") && !svg.contains("<script"));
    }
}
