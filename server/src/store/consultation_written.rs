//! A consultation's written answers (free-text questions): age ciphertext only, the keys each
//! was sealed to, and the quotes a lead approved from them.
//!
//! *Invariant:* the only way in for a written answer is a [`SealedSubmission`], as for a case;
//! beside it only the question and the day (a random key, no session, no place in the clear).

use super::{Day, Store};
use app::domain::SubmissionId;
use app::sealing::{RecipientSet, SealedSubmission};
use heard_core::vocabulary::Role;

/// A written answer a reader can open.
#[derive(Debug, Clone)]
pub struct WrittenRow {
    pub id: String,
    pub question_key: String,
    pub sealed: Vec<u8>,
    pub received_on: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteRow {
    pub question_key: String,
    pub quote: String,
    pub approved_on: String,
}

impl Store {
    /// The consultation's readers: the keys of its active leads. A written answer is sealed to
    /// these and to nobody else (no recovery key, no reviewer).
    pub async fn consultation_readers(&self) -> sqlx::Result<Vec<String>> {
        sqlx::query_scalar(
            "SELECT k.recipient FROM reviewer_keys k JOIN accounts a ON a.id = k.account_id \
             WHERE a.role = $1 AND a.status = 'active' ORDER BY k.recipient",
        )
        .bind(Role::ConsultationLead.as_str())
        .fetch_all(self.pool())
        .await
    }

    /// Stores a sealed written answer to `question`. False: the id was taken (nothing stored).
    pub async fn insert_written(
        &self,
        question: i64,
        id: &SubmissionId,
        sealed: &SealedSubmission,
        readers: &RecipientSet,
        today: &Day,
    ) -> sqlx::Result<bool> {
        let mut tx = self.write_tx().await?;
        let done = sqlx::query(
            "INSERT INTO consultation_written VALUES ($1, $2, $3, $4) \
             ON CONFLICT (public_id) DO NOTHING",
        )
        .bind(id.as_str())
        .bind(question)
        .bind(sealed.as_bytes())
        .bind(today.as_str())
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Ok(false);
        }
        for reader in readers.to_strings() {
            sqlx::query("INSERT INTO consultation_written_readers VALUES ($1, $2)")
                .bind(id.as_str())
                .bind(reader)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    /// The written answers to a consultation that were sealed to `reader`'s key.
    pub async fn written_for(
        &self,
        consultation: i64,
        reader: &str,
    ) -> sqlx::Result<Vec<WrittenRow>> {
        let rows: Vec<(String, String, Vec<u8>, String)> = sqlx::query_as(
            "SELECT w.public_id, q.key, w.sealed, w.received_on FROM consultation_written w \
             JOIN consultation_questions q ON q.id = w.question_id \
             JOIN consultation_written_readers r ON r.public_id = w.public_id \
             WHERE q.consultation_id = $1 AND r.recipient = $2 \
             ORDER BY q.position, w.received_on, w.public_id",
        )
        .bind(consultation)
        .bind(reader)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, question_key, sealed, received_on)| WrittenRow {
                id,
                question_key,
                sealed,
                received_on,
            })
            .collect())
    }

    /// The question (id) a written answer of this consultation, sealed to `reader`, answers.
    pub async fn written_question(
        &self,
        consultation: i64,
        id: &str,
        reader: &str,
    ) -> sqlx::Result<Option<i64>> {
        sqlx::query_scalar(
            "SELECT w.question_id FROM consultation_written w \
             JOIN consultation_questions q ON q.id = w.question_id \
             JOIN consultation_written_readers r ON r.public_id = w.public_id \
             WHERE q.consultation_id = $1 AND w.public_id = $2 AND r.recipient = $3",
        )
        .bind(consultation)
        .bind(id)
        .bind(reader)
        .fetch_optional(self.pool())
        .await
    }

    /// Deletes one written answer for real (it became a case), then empties the WAL.
    pub async fn delete_written(&self, id: &str) -> sqlx::Result<bool> {
        let done = sqlx::query("DELETE FROM consultation_written WHERE public_id = $1")
            .bind(id)
            .execute(self.pool())
            .await?;
        self.forget_deleted().await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn add_quote(
        &self,
        question: i64,
        quote: &str,
        account: i64,
        today: &Day,
    ) -> sqlx::Result<()> {
        sqlx::query(
            "INSERT INTO consultation_quotes (question_id, quote, approved_by, approved_on) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(question)
        .bind(quote)
        .bind(account)
        .bind(today.as_str())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The approved quotes of a consultation, in question order.
    pub async fn quotes(&self, consultation: i64) -> sqlx::Result<Vec<QuoteRow>> {
        let rows: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT q.key, c.quote, c.approved_on FROM consultation_quotes c \
             JOIN consultation_questions q ON q.id = c.question_id \
             WHERE q.consultation_id = $1 ORDER BY q.position, c.id",
        )
        .bind(consultation)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|(question_key, quote, approved_on)| QuoteRow {
                question_key,
                quote,
                approved_on,
            })
            .collect())
    }

    /// Retention: deletes, for real, the written answers of every consultation closed on or
    /// before `today - retention_days`. Returns the consultations (public id) and how many
    /// answers each lost; each is audited before the deletion.
    pub async fn purge_expired_written(
        &self,
        today: &Day,
        retention_days: u32,
    ) -> sqlx::Result<Vec<(String, i64)>> {
        let cutoff = today.minus_days(retention_days);
        let expired: Vec<(String, i64, i64)> = sqlx::query_as(
            "SELECT c.public_id, c.id, COUNT(*) FROM consultation_written w \
             JOIN consultation_questions q ON q.id = w.question_id \
             JOIN consultations c ON c.id = q.consultation_id \
             WHERE c.closes_on <= $1 GROUP BY c.id ORDER BY c.id",
        )
        .bind(cutoff.as_str())
        .fetch_all(self.pool())
        .await?;
        for (public_id, id, _) in &expired {
            self.audit(
                crate::audit::Actor::System,
                crate::audit::AuditAction::ConsultationWrittenDeleted,
                public_id,
            )
            .await?;
            sqlx::query(
                "DELETE FROM consultation_written WHERE question_id IN \
                 (SELECT id FROM consultation_questions WHERE consultation_id = $1)",
            )
            .bind(id)
            .execute(self.pool())
            .await?;
        }
        // Who followed a consultation closed that long ago has had time to see what came of it.
        sqlx::query(
            "DELETE FROM consultation_followers WHERE consultation_id IN \
             (SELECT id FROM consultations WHERE closes_on <= $1)",
        )
        .bind(cutoff.as_str())
        .execute(self.pool())
        .await?;
        if !expired.is_empty() {
            self.forget_deleted().await?;
        }
        Ok(expired.into_iter().map(|(p, _, n)| (p, n)).collect())
    }

    /// Remembers that a return code (its [`app::return_code::follow_hash`]) follows these
    /// consultations (public ids; unknown ones are ignored).
    pub async fn follow_consultations(&self, follower: &str, ids: &[String]) -> sqlx::Result<()> {
        let mut tx = self.write_tx().await?;
        for id in ids {
            sqlx::query(
                "INSERT INTO consultation_followers (follower, consultation_id) \
                 SELECT $1, id FROM consultations WHERE public_id = $2 ON CONFLICT DO NOTHING",
            )
            .bind(follower)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await
    }

    /// The consultations (public ids) a return code follows.
    pub async fn followed_consultations(&self, follower: &str) -> sqlx::Result<Vec<String>> {
        sqlx::query_scalar(
            "SELECT c.public_id FROM consultation_followers f \
             JOIN consultations c ON c.id = f.consultation_id \
             WHERE f.follower = $1 ORDER BY c.closes_on DESC, c.public_id",
        )
        .bind(follower)
        .fetch_all(self.pool())
        .await
    }

    /// Deletes a consultation whole — its definition, texts, counts, written answers, quotes and
    /// actions — auditing it first. False: there is none with this id.
    pub async fn delete_consultation(
        &self,
        public_id: &str,
        actor: crate::audit::Actor,
    ) -> sqlx::Result<bool> {
        let exists: Option<i64> =
            sqlx::query_scalar("SELECT id FROM consultations WHERE public_id = $1")
                .bind(public_id)
                .fetch_optional(self.pool())
                .await?;
        if exists.is_none() {
            return Ok(false);
        }
        self.audit(
            actor,
            crate::audit::AuditAction::ConsultationDelete,
            public_id,
        )
        .await?;
        let done = sqlx::query("DELETE FROM consultations WHERE public_id = $1")
            .bind(public_id)
            .execute(self.pool())
            .await?;
        self.forget_deleted().await?;
        Ok(done.rows_affected() == 1)
    }
}
