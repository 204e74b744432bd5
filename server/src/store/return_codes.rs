//! Return codes and the messages of a case: what a child coming back with their pictures reaches,
//! and what reviewers reply. The server holds token hashes, recipients and ciphertext only.

use super::{Day, Store};
use app::case_notes::SealedNote;
use heard_core::vocabulary::{CaseStatus, Urgency};
use sqlx::Row;

/// The case a return token opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReturnCase {
    pub seq: i64,
    pub public_id: String,
    pub child_recipient: String,
    /// `New` when no reviewer changed it yet.
    pub status: CaseStatus,
}

/// A message on a case, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageRow {
    pub from_child: bool,
    /// The reviewer who replied (none for the child's own messages).
    pub author: Option<String>,
    pub written_on: String,
    pub ciphertext: Vec<u8>,
}

impl Store {
    /// The per-instance salt of return-code derivation (made by migration 0013).
    /// The kiosks' outbox key (`heard_core::kiosk_routing`), made once by a migration.
    pub async fn kiosk_outbox_identity(&self) -> anyhow::Result<app::sealing::Identity> {
        let hex: String = sqlx::query_scalar(
            "SELECT value FROM instance_settings WHERE name = 'kiosk_outbox_secret'",
        )
        .fetch_one(self.pool())
        .await?;
        let bytes: Vec<u8> = (0..hex.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(hex.get(i..i + 2).unwrap_or("zz"), 16))
            .collect::<Result<_, _>>()?;
        let secret = zeroize::Zeroizing::new(
            <[u8; 32]>::try_from(bytes.as_slice())
                .map_err(|_| anyhow::anyhow!("the kiosk outbox secret is not 32 bytes"))?,
        );
        Ok(app::sealing::Identity::from_secret(&secret))
    }

    pub async fn return_code_salt(&self) -> Result<String, sqlx::Error> {
        sqlx::query_scalar("SELECT value FROM instance_settings WHERE name = 'return_code_salt'")
            .fetch_one(self.pool())
            .await
    }

    pub async fn return_case(&self, token_hash: &str) -> Result<Option<ReturnCase>, sqlx::Error> {
        let row = sqlx::query(
            "SELECT s.seq, s.public_id, rc.child_recipient, cs.status \
             FROM return_codes rc JOIN submissions s ON s.seq = rc.submission_seq \
             LEFT JOIN case_status cs ON cs.submission_seq = s.seq WHERE rc.token_hash = $1",
        )
        .bind(token_hash)
        .fetch_optional(self.pool())
        .await?;
        row.map(|row| {
            Ok(ReturnCase {
                seq: row.try_get("seq")?,
                public_id: row.try_get("public_id")?,
                child_recipient: row.try_get("child_recipient")?,
                // No status row yet: nobody changed it since it arrived.
                status: match row.try_get::<Option<String>, _>("status")? {
                    None => CaseStatus::New,
                    Some(raw) => CaseStatus::parse(&raw).ok_or_else(|| {
                        sqlx::Error::Decode(format!("not a case status: {raw:?}").into())
                    })?,
                },
            })
        })
        .transpose()
    }

    pub async fn is_withdrawn(&self, token_hash: &str) -> Result<bool, sqlx::Error> {
        let found: Option<String> =
            sqlx::query_scalar("SELECT token_hash FROM withdrawn_codes WHERE token_hash = $1")
                .bind(token_hash)
                .fetch_optional(self.pool())
                .await?;
        Ok(found.is_some())
    }

    /// The child's recipient for a case, if the child kept a return code.
    pub async fn child_recipient(&self, seq: i64) -> Result<Option<String>, sqlx::Error> {
        sqlx::query_scalar("SELECT child_recipient FROM return_codes WHERE submission_seq = $1")
            .bind(seq)
            .fetch_optional(self.pool())
            .await
    }

    pub async fn case_messages(&self, seq: i64) -> Result<Vec<MessageRow>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT m.from_child, a.handle, m.written_on, m.ciphertext FROM case_messages m \
             LEFT JOIN accounts a ON a.id = m.author WHERE m.submission_seq = $1 ORDER BY m.id",
        )
        .bind(seq)
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(|row| {
                Ok(MessageRow {
                    from_child: row.try_get::<i64, _>("from_child")? == 1,
                    author: row.try_get("handle")?,
                    written_on: row.try_get("written_on")?,
                    ciphertext: row.try_get("ciphertext")?,
                })
            })
            .collect()
    }

    /// Stores a sealed message: a reply by `author`, or (no author) one the child added.
    pub async fn add_case_message(
        &self,
        seq: i64,
        author: Option<i64>,
        sealed: &SealedNote,
        day: &Day,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO case_messages (submission_seq, from_child, author, written_on, ciphertext) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(seq)
        .bind(i64::from(author.is_none()))
        .bind(author)
        .bind(day.as_str())
        .bind(sealed.as_bytes())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Whether the child said "I am not safe" on this case (or a lead escalated it): taking it
    /// back then leaves it readable to a lead for a grace period.
    pub async fn is_urgent_case(&self, seq: i64) -> Result<bool, sqlx::Error> {
        let urgent: Option<i64> = sqlx::query_scalar(
            "SELECT CASE WHEN urgency = $2 OR escalated_on IS NOT NULL OR possible_flood = 1 \
             THEN 1 ELSE 0 END \
             FROM case_status WHERE submission_seq = $1",
        )
        .bind(seq)
        .bind(Urgency::Urgent.as_str())
        .fetch_optional(self.pool())
        .await?;
        Ok(urgent == Some(1))
    }

    /// The child took an urgent case back: from now on the code says "taken back" and opens
    /// nothing, and the case is deleted for real on `due` (by the retention job) — until then a
    /// lead can still read it, marked as taken back.
    pub async fn request_withdrawal(
        &self,
        seq: i64,
        token_hash: &str,
        due: &Day,
    ) -> Result<(), sqlx::Error> {
        let mut tx = self.write_tx().await?;
        mark_withdrawn(&mut tx, token_hash).await?;
        sqlx::query("DELETE FROM return_codes WHERE submission_seq = $1")
            .bind(seq)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE case_status SET withdrawal_due_on = $2 WHERE submission_seq = $1")
            .bind(seq)
            .bind(due.as_str())
            .execute(&mut *tx)
            .await?;
        tx.commit().await
    }

    /// The child took the case back: its content (submission, notes, messages, code) is deleted
    /// for real in one transaction, and the token's hash is kept as "withdrawn".
    pub async fn withdraw_case(&self, seq: i64, token_hash: &str) -> Result<(), sqlx::Error> {
        let mut tx = self.write_tx().await?;
        mark_withdrawn(&mut tx, token_hash).await?;
        sqlx::query("DELETE FROM submissions WHERE seq = $1")
            .bind(seq)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        // As for retention: the old pages are overwritten (secure_delete) and the WAL emptied.
        self.forget_deleted().await?;
        Ok(())
    }
}

/// The code behind `token_hash` answers "taken back" from now on.
async fn mark_withdrawn(tx: &mut super::WriteTx, token_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO withdrawn_codes (token_hash, withdrawn_on) VALUES ($1, $2)")
        .bind(token_hash)
        .bind(Day::today().as_str())
        .execute(&mut **tx)
        .await?;
    Ok(())
}
