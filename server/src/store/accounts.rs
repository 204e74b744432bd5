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
    pub session_generation: i64,
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
            "SELECT id, handle, role, status, password_hash, totp_secret, totp_last_step, failed_logins, \
             locked_until, COALESCE(g.generation, 0) AS session_generation FROM accounts \
             LEFT JOIN account_generations g ON g.account_id = accounts.id WHERE handle = $1",
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
                session_generation: r.try_get("session_generation")?,
            })
        })
        .transpose()
    }

    /// Counts a sign-in attempt as a failure *before* the password is checked (a success clears
    /// it), so parallel guesses cannot together pass the limit. False, counting nothing, while
    /// the account is locked. The `max_failures`-th attempt locks the account until
    /// `lock_until` (it is still checked: a right password then clears the lock). A lock that
    /// has ended starts the count afresh rather than locking again at the first slip.
    pub async fn reserve_login_attempt(
        &self,
        id: i64,
        max_failures: i64,
        now: i64,
        lock_until: i64,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "UPDATE accounts SET \
             failed_logins = CASE WHEN locked_until <> 0 THEN 1 ELSE failed_logins + 1 END, \
             locked_until = CASE WHEN locked_until = 0 AND failed_logins + 1 >= $2 THEN $4 \
                                 WHEN locked_until <> 0 AND 1 >= $2 THEN $4 ELSE 0 END \
             WHERE id = $1 AND locked_until <= $3",
        )
        .bind(id)
        .bind(max_failures)
        .bind(now)
        .bind(lock_until)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
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

/// What every console request re-reads about the account it is signed in as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub role: String,
    pub status: String,
    pub generation: i64,
}

/// Why an account's status could not be changed.
#[derive(Debug, PartialEq, Eq)]
pub enum StatusChange {
    Done {
        account: i64,
    },
    /// No account has that handle.
    Unknown,
    /// Still an invitation: nothing to disable or enable.
    NotEnrolled,
}

impl Store {
    pub async fn standing(&self, account: i64) -> Result<Option<Standing>, sqlx::Error> {
        let row = sqlx::query(
            "SELECT role, status, COALESCE(g.generation, 0) AS session_generation FROM accounts a \
             LEFT JOIN account_generations g ON g.account_id = a.id WHERE a.id = $1",
        )
        .bind(account)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| {
            Ok(Standing {
                role: r.try_get("role")?,
                status: r.try_get("status")?,
                generation: r.try_get("session_generation")?,
            })
        })
        .transpose()
    }

    /// Disables (`active = false`) or enables an enrolled account. Either way its session
    /// generation moves on, so every session it had ends; a disabled account's key leaves the
    /// recipients of new cases (`eligible_recipients` reads the status).
    pub async fn set_account_active(
        &self,
        handle: &str,
        active: bool,
    ) -> Result<StatusChange, sqlx::Error> {
        let row: Option<(i64, String)> =
            sqlx::query_as("SELECT id, status FROM accounts WHERE handle = $1")
                .bind(handle)
                .fetch_optional(self.pool())
                .await?;
        let Some((id, status)) = row else {
            return Ok(StatusChange::Unknown);
        };
        if status == "invited" {
            return Ok(StatusChange::NotEnrolled);
        }
        let mut tx = self.write_tx().await?;
        sqlx::query("UPDATE accounts SET status = $2 WHERE id = $1")
            .bind(id)
            .bind(if active { "active" } else { "disabled" })
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO account_generations (account_id, generation) VALUES ($1, 1) \
             ON CONFLICT (account_id) DO UPDATE SET generation = account_generations.generation + 1",
        )
        .bind(id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(StatusChange::Done { account: id })
    }
}
