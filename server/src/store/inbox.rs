//! The inbox query: the cases sealed to one recipient, newest first, paged by sequence number
//! (keyset paging: each page costs the same however deep it is).

use super::Store;
use sqlx::Row;

/// One line of the inbox: metadata only, never content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboxRow {
    pub seq: i64,
    pub public_id: String,
    pub received_on: String,
    pub sealed_in: String,
    pub status: String,
}

impl Store {
    /// Up to `limit` cases sealed to `recipient` with `seq < before` (all when `None`), newest
    /// first, optionally only those with `status`.
    pub async fn inbox_page(
        &self,
        recipient: &str,
        before: Option<i64>,
        status: Option<&str>,
        limit: i64,
    ) -> Result<Vec<InboxRow>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT s.seq, s.public_id, s.received_on, s.sealed_in, COALESCE(c.status, 'new') AS status \
             FROM submission_recipients r \
             JOIN submissions s ON s.seq = r.submission_seq \
             LEFT JOIN case_status c ON c.submission_seq = s.seq \
             WHERE r.recipient = $1 AND r.submission_seq < $2 \
               AND ($3 IS NULL OR COALESCE(c.status, 'new') = $3) \
             ORDER BY r.submission_seq DESC LIMIT $4",
        )
        .bind(recipient)
        .bind(before.unwrap_or(i64::MAX))
        .bind(status)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(|r| {
                Ok(InboxRow {
                    seq: r.try_get("seq")?,
                    public_id: r.try_get("public_id")?,
                    received_on: r.try_get("received_on")?,
                    sealed_in: r.try_get("sealed_in")?,
                    status: r.try_get("status")?,
                })
            })
            .collect()
    }

    /// The recipient of an account's registered key, if it has one.
    pub async fn recipient_of(&self, account_id: i64) -> Result<Option<String>, sqlx::Error> {
        sqlx::query_scalar("SELECT recipient FROM reviewer_keys WHERE account_id = $1")
            .bind(account_id)
            .fetch_optional(self.pool())
            .await
    }
}
