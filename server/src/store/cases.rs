//! Case workflow state and retention. Retention really deletes: the submission row (ciphertext)
//! goes, its status row goes with it (ON DELETE CASCADE), SQLite overwrites the freed pages
//! (`secure_delete`), and the WAL is checkpointed so no old copy stays in it.

use super::{Day, Store};
use crate::audit::{Actor, AuditAction};
use app::domain::SubmissionId;

pub use heard_core::vocabulary::CaseStatus;

impl Store {
    /// How many cases are not closed (a case without a status row is new): the operator's queue
    /// depth, a count with nothing about any case in it.
    pub async fn open_case_count(&self) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT COUNT(*) FROM submissions s \
             LEFT JOIN case_status c ON c.submission_seq = s.seq \
             WHERE c.status IS NULL OR c.status != $1",
        )
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
        let expired: Vec<(String, bool)> = sqlx::query_as(
            "SELECT s.public_id, c.withdrawal_due_on IS NOT NULL AND c.withdrawal_due_on <= $2 \
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
            let action = if withdrawn {
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
            self.truncate_wal().await?;
        }
        Ok(deleted)
    }
}
