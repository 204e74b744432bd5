//! Passkeys of console accounts (`accounts::passkeys` decides; this only stores). A credential is
//! kept as the JSON webauthn-rs gives it, which holds a public key and a counter, nothing secret.

use super::{Day, Store};
use sqlx::Row;

/// One registered passkey.
#[derive(Debug, Clone)]
pub struct PasskeyRow {
    pub id: i64,
    pub label: String,
    pub created_on: String,
    pub last_used_on: Option<String>,
    /// The credential as webauthn-rs serialises it.
    pub passkey: String,
    pub user_uuid: String,
}

/// A passkey to store. `credential_id` must be unused by every account.
pub struct NewPasskey<'a> {
    pub account: i64,
    pub user_uuid: &'a str,
    pub credential_id: &'a str,
    pub label: &'a str,
    pub passkey: &'a str,
}

impl Store {
    /// The account's passkeys, oldest first.
    pub async fn passkeys_of(&self, account: i64) -> Result<Vec<PasskeyRow>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT id, label, created_on, last_used_on, passkey, user_uuid FROM passkeys \
             WHERE account_id = $1 ORDER BY id",
        )
        .bind(account)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(PasskeyRow {
                    id: r.try_get("id")?,
                    label: r.try_get("label")?,
                    created_on: r.try_get("created_on")?,
                    last_used_on: r.try_get("last_used_on")?,
                    passkey: r.try_get("passkey")?,
                    user_uuid: r.try_get("user_uuid")?,
                })
            })
            .collect()
    }

    /// Stores a new passkey. False (nothing stored) when the credential is already registered,
    /// to this account or another.
    pub async fn add_passkey(&self, new: NewPasskey<'_>) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "INSERT INTO passkeys (account_id, user_uuid, credential_id, label, passkey, created_on) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (credential_id) DO NOTHING",
        )
        .bind(new.account)
        .bind(new.user_uuid)
        .bind(new.credential_id)
        .bind(new.label)
        .bind(new.passkey)
        .bind(Day::today().as_str())
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// After a use: the credential with its new counter, and the day it was used.
    pub async fn passkey_used(
        &self,
        account: i64,
        id: i64,
        passkey: &str,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE passkeys SET passkey = $3, last_used_on = $4 WHERE id = $2 AND account_id = $1",
        )
        .bind(account)
        .bind(id)
        .bind(passkey)
        .bind(Day::today().as_str())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Removes one of the account's own passkeys; false when it has none by that id.
    pub async fn remove_passkey(&self, account: i64, id: i64) -> Result<bool, sqlx::Error> {
        let done = sqlx::query("DELETE FROM passkeys WHERE id = $2 AND account_id = $1")
            .bind(account)
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Clears the sign-in failure count after a second factor other than a TOTP code succeeded
    /// (a code's success clears it in `record_login_success`, with its step).
    pub async fn clear_login_failures(&self, account: i64) -> Result<(), sqlx::Error> {
        sqlx::query("UPDATE accounts SET failed_logins = 0, locked_until = 0 WHERE id = $1")
            .bind(account)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}
