//! The sign-in decision: handle + password + a fresh TOTP code, throttled per account. Five
//! failures lock the account for 15 minutes — long enough to stop guessing, never forever.
//!
//! Against a flood of guesses:
//! - A failure is *recorded before* the password is verified (`reserve_login_attempt`), so
//!   guesses sent in parallel cannot together exceed the limit: the sixth finds the account
//!   locked before any Argon2 work is done for it.
//! - Argon2 runs off the async runtime, behind a small semaphore (`credentials::verify_password`):
//!   a login flood queues there instead of stalling the child site.
//! - An unknown handle and a locked account cost the same Argon2 work as a known one and get the
//!   same answer as a wrong password: nothing tells a guesser which handles exist or are locked.

use super::credentials::{accepted_step, verify_password};
use super::Role;
use crate::store::{LoginAccount, Store};
use zeroize::Zeroizing;

pub const MAX_FAILURES: i64 = 5;
pub const LOCK_SECONDS: i64 = 15 * 60;

/// A PHC string nobody's password matches, verified for unknown handles to even out timing.
pub(crate) const DUMMY_PHC: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$K2x0kPZ5b9rC1wGZ3vJr3xJmH9tq0q8m6wJxkq7C9tQ";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedIn {
    pub account_id: i64,
    pub handle: String,
    pub role: Role,
    /// The account's session generation at sign-in: disabling the account moves it on, which
    /// ends every session signed in before.
    pub generation: i64,
}

/// Why sign-in failed. The person signing in is told the same in every case.
#[derive(Debug, PartialEq, Eq)]
pub enum LoginRefusal {
    /// Wrong handle, password or code (deliberately not saying which).
    Wrong { account_id: Option<i64> },
    /// Locked after too many failures (answered exactly like `Wrong`; audited as a lock).
    Locked { account_id: i64 },
    /// Too many sign-ins are waiting for the password check: try again later.
    Busy,
}

pub async fn authenticate(
    store: &Store,
    handle: &str,
    password: &str,
    code: &str,
    now: i64,
) -> Result<Result<SignedIn, LoginRefusal>, sqlx::Error> {
    let account = match check_password(store, handle, password, now).await? {
        Ok(account) => account,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let wrong = LoginRefusal::Wrong {
        account_id: Some(account.id),
    };
    let Some(step) = totp_step(&account, code, now) else {
        return Ok(Err(wrong));
    };
    if !store.record_login_success(account.id, step).await? {
        return Ok(Err(wrong));
    }
    Ok(signed_in(account).ok_or(wrong))
}

/// The first factor: the handle and password of an active account. The attempt is counted as a
/// failure until a second factor succeeds (`record_login_success`, or
/// `Store::clear_login_failures` after a passkey), so a right password alone never resets the
/// lock.
pub async fn check_password(
    store: &Store,
    handle: &str,
    password: &str,
    now: i64,
) -> Result<Result<LoginAccount, LoginRefusal>, sqlx::Error> {
    let password = Zeroizing::new(password.to_owned());
    let Some(account) = store.login_account(handle).await? else {
        return Ok(
            match verify_password(password, DUMMY_PHC.to_owned()).await {
                None => Err(LoginRefusal::Busy),
                Some(_) => Err(LoginRefusal::Wrong { account_id: None }),
            },
        );
    };
    // Counted as a failure now; a second factor's success clears the count.
    let reserved = store
        .reserve_login_attempt(account.id, MAX_FAILURES, now, now + LOCK_SECONDS)
        .await?;
    if !reserved {
        return Ok(
            match verify_password(password, DUMMY_PHC.to_owned()).await {
                None => Err(LoginRefusal::Busy),
                Some(_) => Err(LoginRefusal::Locked {
                    account_id: account.id,
                }),
            },
        );
    }
    let phc = account
        .password_hash
        .clone()
        .unwrap_or_else(|| DUMMY_PHC.to_owned());
    let Some(password_ok) = verify_password(password, phc).await else {
        return Ok(Err(LoginRefusal::Busy));
    };
    if password_ok && account.status == "active" && Role::parse(&account.role).is_some() {
        Ok(Ok(account))
    } else {
        Ok(Err(LoginRefusal::Wrong {
            account_id: Some(account.id),
        }))
    }
}

/// Who signed in, once both factors were checked.
pub fn signed_in(account: LoginAccount) -> Option<SignedIn> {
    Some(SignedIn {
        role: Role::parse(&account.role)?,
        account_id: account.id,
        handle: account.handle,
        generation: account.session_generation,
    })
}

/// Step-up before a sensitive action: a fresh TOTP code of the signed-in account (each code works
/// once, and wrong codes count towards the same lock as sign-in, so a session left open cannot
/// be used to guess one).
pub async fn fresh_second_factor(
    store: &Store,
    handle: &str,
    code: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let Some(account) = store.login_account(handle).await? else {
        return Ok(false);
    };
    if !store
        .reserve_login_attempt(account.id, MAX_FAILURES, now, now + LOCK_SECONDS)
        .await?
    {
        return Ok(false);
    }
    let step = totp_step(&account, code, now);
    match step {
        Some(step) => store.record_login_success(account.id, step).await,
        None => Ok(false),
    }
}

/// The TOTP step of `code`, when it is the account's and fresh.
fn totp_step(account: &LoginAccount, code: &str, now: i64) -> Option<i64> {
    accepted_step(
        account.totp_secret.as_deref()?,
        code,
        u64::try_from(now).ok()?,
        account.totp_last_step,
    )
}

#[cfg(test)]
mod tests {
    use crate::accounts::credentials::password_matches;

    #[test]
    fn the_dummy_hash_is_a_real_argon2id_hash_so_unknown_handles_cost_the_same() {
        let parsed = argon2::password_hash::PasswordHash::new(super::DUMMY_PHC).unwrap();
        assert_eq!(parsed.algorithm.as_str(), "argon2id");
        assert!(!password_matches("anything", super::DUMMY_PHC));
    }
}
