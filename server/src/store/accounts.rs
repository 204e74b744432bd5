//! Reading accounts (the admin's list; the console's login comes next).

use super::Store;
use sqlx::Row;

#[derive(Debug, Clone)]
pub struct AccountRow {
    pub handle: String,
    pub role: String,
    pub status: String,
    pub created_on: String,
}

impl Store {
    /// The handle of an account.
    pub async fn handle_of(&self, account: i64) -> Result<Option<String>, sqlx::Error> {
        sqlx::query_scalar("SELECT handle FROM accounts WHERE id = $1")
            .bind(account)
            .fetch_optional(self.pool())
            .await
    }

    pub async fn accounts(&self) -> Result<Vec<AccountRow>, sqlx::Error> {
        let rows = sqlx::query("SELECT handle, role, status, created_on FROM accounts ORDER BY id")
            .fetch_all(self.pool())
            .await?;
        rows.into_iter()
            .map(|r| {
                Ok(AccountRow {
                    handle: r.try_get("handle")?,
                    role: r.try_get("role")?,
                    status: r.try_get("status")?,
                    created_on: r.try_get("created_on")?,
                })
            })
            .collect()
    }
}

/// What sign-in needs to know about an account.
#[derive(Clone)]
pub struct LoginAccount {
    pub id: i64,
    pub handle: String,
    pub role: String,
    pub status: String,
    pub password_hash: Option<String>,
    pub totp_secret: Option<String>,
    pub totp_last_step: i64,
    pub failed_logins: i64,
    pub locked_until: i64,
}

impl std::fmt::Debug for LoginAccount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoginAccount")
            .field("id", &self.id)
            .field("handle", &self.handle)
            .finish()
    }
}

impl Store {
    pub async fn login_account(&self, handle: &str) -> Result<Option<LoginAccount>, sqlx::Error> {
        let row = sqlx::query(
            "SELECT id, handle, role, status, password_hash, totp_secret, totp_last_step, failed_logins, locked_until \
             FROM accounts WHERE handle = $1",
        )
        .bind(handle)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| {
            Ok(LoginAccount {
                id: r.try_get("id")?,
                handle: r.try_get("handle")?,
                role: r.try_get("role")?,
                status: r.try_get("status")?,
                password_hash: r.try_get("password_hash")?,
                totp_secret: r.try_get("totp_secret")?,
                totp_last_step: r.try_get("totp_last_step")?,
                failed_logins: r.try_get("failed_logins")?,
                locked_until: r.try_get("locked_until")?,
            })
        })
        .transpose()
    }

    /// Counts a failure; the `max_failures`-th locks the account until `lock_until`. Called only
    /// while the account is not locked, so a set `locked_until` is a lock that has ended: the
    /// count starts afresh rather than locking again at the first slip.
    pub async fn record_login_failure(
        &self,
        id: i64,
        max_failures: i64,
        lock_until: i64,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE accounts SET \
             failed_logins = CASE WHEN locked_until <> 0 THEN 1 ELSE failed_logins + 1 END, \
             locked_until = CASE WHEN locked_until <> 0 THEN 0 \
                                 WHEN failed_logins + 1 >= $2 THEN $3 ELSE 0 END \
             WHERE id = $1",
        )
        .bind(id)
        .bind(max_failures)
        .bind(lock_until)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Consumes a TOTP step and clears the failure count. False when the step was already used
    /// (two sign-ins racing with the same code): only one wins.
    pub async fn record_login_success(&self, id: i64, step: i64) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE accounts SET totp_last_step = $2, failed_logins = 0, locked_until = 0 \
             WHERE id = $1 AND totp_last_step < $2",
        )
        .bind(id)
        .bind(step)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }
}
