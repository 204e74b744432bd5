//! One-time, expiring enrolment links. The token (256 random bits) appears only in the link;
//! the database keeps its SHA-256, so a copy of the database cannot be used to enrol.

use super::{Handle, Role};
use crate::store::{Day, Store};
use anyhow::{bail, Context};
use sqlx::Row;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The secret part of an enrolment link (256 random bits; the database keeps its SHA-256).
pub type InvitationToken = crate::secret_token::SecretToken;

/// An open invitation, found by its token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub account_id: i64,
    pub handle: String,
    pub role: Role,
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

impl Store {
    /// Creates an account in the `invited` state and its one-time link, valid for `valid_for`.
    pub async fn invite(
        &self,
        handle: &Handle,
        role: Role,
        valid_for: Duration,
    ) -> anyhow::Result<InvitationToken> {
        let token = InvitationToken::generate();
        let mut tx = self.write_tx().await?;
        let taken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM accounts WHERE handle = $1")
            .bind(handle.as_str())
            .fetch_one(&mut *tx)
            .await?;
        if taken > 0 {
            bail!("the handle {} is taken", handle.as_str());
        }
        let account_id: i64 = sqlx::query_scalar(
            "INSERT INTO accounts (handle, role, status, created_on) VALUES ($1, $2, 'invited', $3) RETURNING id",
        )
        .bind(handle.as_str())
        .bind(role.as_str())
        .bind(Day::today().as_str())
        .fetch_one(&mut *tx)
        .await
        .context("creating the account")?;
        sqlx::query(
            "INSERT INTO invitations (token_hash, account_id, expires_at) VALUES ($1, $2, $3)",
        )
        .bind(token.hash())
        .bind(account_id)
        .bind(unix_now() + valid_for.as_secs() as i64)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(token)
    }

    /// The invitation behind a token, if it exists, is unused and has not expired.
    pub async fn open_invitation(
        &self,
        token: &InvitationToken,
    ) -> Result<Option<Invitation>, sqlx::Error> {
        let row = sqlx::query(
            "SELECT a.id, a.handle, a.role FROM invitations i JOIN accounts a ON a.id = i.account_id \
             WHERE i.token_hash = $1 AND i.used_on IS NULL AND i.expires_at > $2 AND a.status = 'invited'",
        )
        .bind(token.hash())
        .bind(unix_now())
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| {
            let role: String = r.try_get("role")?;
            Ok(Invitation {
                account_id: r.try_get("id")?,
                handle: r.try_get("handle")?,
                role: Role::parse(&role)
                    .ok_or_else(|| sqlx::Error::Decode(format!("role {role:?}").into()))?,
            })
        })
        .transpose()
    }

    /// Uses the invitation (once) and activates its account with the credentials chosen at
    /// enrolment. Returns the account id, or `None` when the link is no longer valid.
    pub async fn complete_enrolment(
        &self,
        token: &InvitationToken,
        password_hash: &str,
        totp_secret: &str,
        totp_step: i64,
    ) -> Result<Option<i64>, sqlx::Error> {
        let mut tx = self.write_tx().await?;
        let used = sqlx::query(
            "UPDATE invitations SET used_on = $1 WHERE token_hash = $2 AND used_on IS NULL AND expires_at > $3",
        )
        .bind(Day::today().as_str())
        .bind(token.hash())
        .bind(unix_now())
        .execute(&mut *tx)
        .await?;
        if used.rows_affected() != 1 {
            return Ok(None);
        }
        let account_id: i64 = sqlx::query_scalar(
            "UPDATE accounts SET status = 'active', password_hash = $1, totp_secret = $2, totp_last_step = $3 \
             WHERE id = (SELECT account_id FROM invitations WHERE token_hash = $4) AND status = 'invited' RETURNING id",
        )
        .bind(password_hash)
        .bind(totp_secret)
        .bind(totp_step)
        .bind(token.hash())
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Some(account_id))
    }
}
