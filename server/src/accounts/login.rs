//! The sign-in decision: handle + password + a fresh TOTP code, throttled per account. Five
//! failures lock the account for 15 minutes — long enough to stop guessing, never forever. An
//! unknown handle costs the same Argon2 work as a known one, and gets the same answer.

use super::credentials::{accepted_step, password_matches};
use super::Role;
use crate::store::{LoginAccount, Store};

pub const MAX_FAILURES: i64 = 5;
pub const LOCK_SECONDS: i64 = 15 * 60;

/// A PHC string nobody's password matches, verified for unknown handles to even out timing.
const DUMMY_PHC: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$K2x0kPZ5b9rC1wGZ3vJr3xJmH9tq0q8m6wJxkq7C9tQ";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedIn {
    pub account_id: i64,
    pub handle: String,
    pub role: Role,
}

#[derive(Debug, PartialEq, Eq)]
pub enum LoginRefusal {
    /// Wrong handle, password or code (deliberately not saying which).
    Wrong { account_id: Option<i64> },
    /// Locked after too many failures; minutes until it may try again.
    Locked { account_id: i64, minutes: i64 },
}

pub async fn authenticate(
    store: &Store,
    handle: &str,
    password: &str,
    code: &str,
    now: i64,
) -> Result<Result<SignedIn, LoginRefusal>, sqlx::Error> {
    let Some(account) = store.login_account(handle).await? else {
        let _ = password_matches(password, DUMMY_PHC);
        return Ok(Err(LoginRefusal::Wrong { account_id: None }));
    };
    if account.locked_until > now {
        let minutes = (account.locked_until - now + 59) / 60;
        return Ok(Err(LoginRefusal::Locked {
            account_id: account.id,
            minutes,
        }));
    }
    match check(&account, password, code, now) {
        Some((role, step)) if store.record_login_success(account.id, step).await? => {
            Ok(Ok(SignedIn {
                account_id: account.id,
                handle: account.handle,
                role,
            }))
        }
        _ => {
            store
                .record_login_failure(account.id, MAX_FAILURES, now + LOCK_SECONDS)
                .await?;
            Ok(Err(LoginRefusal::Wrong {
                account_id: Some(account.id),
            }))
        }
    }
}

/// The role and the TOTP step, when everything matches.
fn check(account: &LoginAccount, password: &str, code: &str, now: i64) -> Option<(Role, i64)> {
    let phc = account.password_hash.as_deref().unwrap_or(DUMMY_PHC);
    let password_ok = password_matches(password, phc);
    if account.status != "active" || !password_ok {
        return None;
    }
    let secret = account.totp_secret.as_deref()?;
    let step = accepted_step(
        secret,
        code,
        u64::try_from(now).ok()?,
        account.totp_last_step,
    )?;
    Some((Role::parse(&account.role)?, step))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_dummy_hash_is_a_real_argon2id_hash_so_unknown_handles_cost_the_same() {
        let parsed = argon2::password_hash::PasswordHash::new(super::DUMMY_PHC).unwrap();
        assert_eq!(parsed.algorithm.as_str(), "argon2id");
        assert!(!super::password_matches("anything", super::DUMMY_PHC));
    }
}
