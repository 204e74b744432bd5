//! Reviewer keys: registering one adds the reviewer's recipient to the list new submissions are
//! sealed to, in the same transaction.

use super::RecipientKind;
use super::{Day, Store};

#[derive(Debug, PartialEq, Eq)]
pub enum KeyRegistration {
    Registered,
    /// The account already has a key (replacing one is a re-keying, which comes later).
    AlreadyHasKey,
    /// The recipient is already on the list under another name.
    RecipientTaken,
}

impl Store {
    pub async fn register_reviewer_key(
        &self,
        account_id: i64,
        handle: &str,
        recipient: &str,
        encrypted_identity: &str,
    ) -> Result<KeyRegistration, sqlx::Error> {
        let mut tx = self.write_tx().await?;
        let has: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM reviewer_keys WHERE account_id = $1")
                .bind(account_id)
                .fetch_one(&mut *tx)
                .await?;
        if has > 0 {
            return Ok(KeyRegistration::AlreadyHasKey);
        }
        let taken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM recipients WHERE recipient = $1")
            .bind(recipient)
            .fetch_one(&mut *tx)
            .await?;
        if taken > 0 {
            return Ok(KeyRegistration::RecipientTaken);
        }
        let today = Day::today();
        sqlx::query(
            "INSERT INTO reviewer_keys (account_id, recipient, encrypted_identity, created_on) VALUES ($1, $2, $3, $4)",
        )
        .bind(account_id)
        .bind(recipient)
        .bind(encrypted_identity)
        .bind(today.as_str())
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO recipients (recipient, kind, label, added_on, active, account_id) \
             VALUES ($1, $5, $2, $3, 1, $4)",
        )
        .bind(recipient)
        .bind(handle)
        .bind(today.as_str())
        .bind(account_id)
        .bind(RecipientKind::Reviewer.as_str())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(KeyRegistration::Registered)
    }

    /// The reviewer's encrypted identity, for unlocking in their browser.
    pub async fn encrypted_identity(&self, account_id: i64) -> Result<Option<String>, sqlx::Error> {
        sqlx::query_scalar("SELECT encrypted_identity FROM reviewer_keys WHERE account_id = $1")
            .bind(account_id)
            .fetch_optional(self.pool())
            .await
    }
}
