//! Case workflow state and retention. Retention really deletes: the submission row (ciphertext)
//! goes, its status row goes with it (ON DELETE CASCADE), SQLite overwrites the freed pages
//! (`secure_delete`), and the WAL is checkpointed so no old copy stays in it.

use super::{Day, Store};
use crate::audit::{Actor, AuditAction};
use app::domain::SubmissionId;

pub use heard_core::vocabulary::CaseStatus;

impl Store {
    /// The operator's figures, counted up to the start of `today` only: messages and stories
    /// received, and cases not closed (a case without a status row is new). Nothing received
    /// today moves them, so a figure read every few seconds cannot time a child's send; they
    /// change once a day (and when staff close a case).
    pub async fn figures_before(&self, today: &Day) -> Result<(i64, i64, i64), sqlx::Error> {
        sqlx::query_as(
            "SELECT \
               (SELECT COUNT(*) FROM submissions WHERE received_on < $1), \
               (SELECT COUNT(*) FROM stories WHERE received_on < $1), \
               (SELECT COUNT(*) FROM submissions s \
                  LEFT JOIN case_status c ON c.submission_seq = s.seq \
                  WHERE s.received_on < $1 AND (c.status IS NULL OR c.status != $2))",
        )
        .bind(today.as_str())
        .bind(CaseStatus::Closed.as_str())
        .fetch_one(self.pool())
        .await
    }

    /// Sets a case's status as of `day`. Returns false when no submission has that id.
    pub async fn set_case_status(
        &self,
        id: &SubmissionId,
        status: CaseStatus,
        day: &Day,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "INSERT INTO case_status (submission_seq, status, changed_on) \
             SELECT seq, $2, $3 FROM submissions WHERE public_id = $1 \
             ON CONFLICT (submission_seq) DO UPDATE SET status = excluded.status, changed_on = excluded.changed_on",
        )
        .bind(id.as_str())
        .bind(status.as_str())
        .bind(day.as_str())
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Deletes every case closed on or before `today - retention_days`, and every urgent case
    /// the child took back whose grace period is over, auditing each deletion before it happens.
    /// Returns the ids deleted.
    pub async fn purge_expired_closed_cases(
        &self,
        today: &Day,
        retention_days: u32,
    ) -> Result<Vec<SubmissionId>, sqlx::Error> {
        let cutoff = today.minus_days(retention_days);
        // Closed past retention, or taken back by the child with its grace period over.
        let expired: Vec<(String, i64)> = sqlx::query_as(
            "SELECT s.public_id, \
             CASE WHEN c.withdrawal_due_on IS NOT NULL AND c.withdrawal_due_on <= $2 \
             THEN 1 ELSE 0 END \
             FROM submissions s JOIN case_status c ON c.submission_seq = s.seq \
             WHERE (c.status = $3 AND c.changed_on <= $1) \
                OR (c.withdrawal_due_on IS NOT NULL AND c.withdrawal_due_on <= $2) \
             ORDER BY s.seq",
        )
        .bind(cutoff.as_str())
        .bind(today.as_str())
        .bind(CaseStatus::Closed.as_str())
        .fetch_all(self.pool())
        .await?;
        let mut deleted = Vec::with_capacity(expired.len());
        for (public_id, withdrawn) in expired {
            let action = if withdrawn == 1 {
                AuditAction::CaseDeletedWithdrawn
            } else {
                AuditAction::CaseDeletedByRetention
            };
            self.audit(Actor::System, action, &public_id).await?;
            sqlx::query("DELETE FROM submissions WHERE public_id = $1")
                .bind(&public_id)
                .execute(self.pool())
                .await?;
            if let Ok(id) = SubmissionId::parse(&public_id) {
                deleted.push(id);
            }
        }
        if !deleted.is_empty() {
            self.forget_deleted().await?;
        }
        Ok(deleted)
    }
}
