//! The work on a case: triage (status, category, urgency, assignment, escalation) and internal
//! notes. Notes arrive as age ciphertext sealed in a reviewer's browser; the server stores them
//! as they are and cannot read them: [`Store::add_case_note`] takes only a [`SealedNote`].

use super::{Day, Store};
use app::case_notes::SealedNote;
use app::sealing::SealedSubmission;
use heard_core::vocabulary::Role;
use heard_core::vocabulary::{CaseStatus, Category, Urgency};
use sqlx::Row;

/// One triage change; the values are words of the vocabulary, so nothing unknown is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Triage {
    Status(CaseStatus),
    Category(Category),
    Urgency(Urgency),
    /// An account id, or `None` to unassign.
    Assign(Option<i64>),
    Escalate,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteRow {
    pub author: Option<String>,
    pub written_on: String,
    pub ciphertext: Vec<u8>,
}

impl Store {
    /// Applies one change to the case with sequence number `seq` as of `day`.
    pub async fn triage_case(
        &self,
        seq: i64,
        change: &Triage,
        day: &Day,
    ) -> Result<(), sqlx::Error> {
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "INSERT INTO case_status (submission_seq, status, changed_on) VALUES ($1, $3, $2) \
             ON CONFLICT (submission_seq) DO NOTHING",
        )
        .bind(seq)
        .bind(day.as_str())
        .bind(CaseStatus::New.as_str())
        .execute(&mut *tx)
        .await?;
        let update = match change {
            Triage::Status(status) => sqlx::query(
                "UPDATE case_status SET status = $2, changed_on = $3 WHERE submission_seq = $1",
            )
            .bind(seq)
            .bind(status.as_str())
            .bind(day.as_str()),
            Triage::Category(category) => {
                sqlx::query("UPDATE case_status SET category = $2 WHERE submission_seq = $1")
                    .bind(seq)
                    .bind(category.as_str())
            }
            Triage::Urgency(urgency) => {
                sqlx::query("UPDATE case_status SET urgency = $2 WHERE submission_seq = $1")
                    .bind(seq)
                    .bind(urgency.as_str())
            }
            Triage::Assign(account) => {
                sqlx::query("UPDATE case_status SET assigned_to = $2 WHERE submission_seq = $1")
                    .bind(seq)
                    .bind(*account)
            }
            Triage::Escalate => sqlx::query(
                "UPDATE case_status SET urgency = $3, \
                 escalated_on = COALESCE(escalated_on, $2) WHERE submission_seq = $1",
            )
            .bind(seq)
            .bind(day.as_str())
            .bind(Urgency::Urgent.as_str()),
        };
        update.execute(&mut *tx).await?;
        tx.commit().await
    }

    /// The recipients a case was sealed to, less the keys of anyone the shield now keeps from it:
    /// what is written on the case from now on (notes, replies) is sealed to these.
    pub async fn case_recipients(&self, seq: i64) -> Result<Vec<String>, sqlx::Error> {
        // Anyone the shield now keeps from the case (a later affiliation, a recusal) is left out,
        // so what is written on it from now on is sealed to them by nobody.
        sqlx::query_scalar(
            "SELECT r.recipient FROM submission_recipients r WHERE r.submission_seq = $1 \
             AND NOT EXISTS (SELECT 1 FROM reviewer_keys k JOIN shielded sh \
                               ON sh.account_id = k.account_id AND sh.submission_seq = $1 \
                             WHERE k.recipient = r.recipient) \
             ORDER BY r.recipient",
        )
        .bind(seq)
        .fetch_all(self.pool())
        .await
    }

    /// Active reviewers and safeguarding leads whose key the case was sealed to and whom the
    /// shield lets see it: the people it can be assigned to. (id, handle), by handle.
    pub async fn case_readers(&self, seq: i64) -> Result<Vec<(i64, String)>, sqlx::Error> {
        let sql = "SELECT a.id, a.handle FROM submission_recipients r \
             JOIN reviewer_keys k ON k.recipient = r.recipient \
             JOIN accounts a ON a.id = k.account_id \
             WHERE r.submission_seq = $1 AND a.status = 'active' \
               AND a.role IN ($2, $3) \
               AND NOT EXISTS (SELECT 1 FROM shielded sh \
                               WHERE sh.submission_seq = $1 AND sh.account_id = a.id) \
             ORDER BY a.handle";
        let rows = sqlx::query(sql)
            .bind(seq)
            .bind(Role::Reviewer.as_str())
            .bind(Role::SafeguardingLead.as_str())
            .fetch_all(self.pool())
            .await?;
        rows.into_iter()
            .map(|r| Ok((r.try_get("id")?, r.try_get("handle")?)))
            .collect()
    }

    pub async fn add_case_note(
        &self,
        seq: i64,
        author: i64,
        note: &SealedNote,
        day: &Day,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO case_notes (submission_seq, author, written_on, ciphertext) VALUES ($1, $2, $3, $4)",
        )
        .bind(seq)
        .bind(author)
        .bind(day.as_str())
        .bind(note.as_bytes())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// A case's notes, oldest first.
    pub async fn case_notes(&self, seq: i64) -> Result<Vec<NoteRow>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT a.handle, n.written_on, n.ciphertext FROM case_notes n \
             LEFT JOIN accounts a ON a.id = n.author WHERE n.submission_seq = $1 ORDER BY n.id",
        )
        .bind(seq)
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(|r| {
                Ok(NoteRow {
                    author: r.try_get("handle")?,
                    written_on: r.try_get("written_on")?,
                    ciphertext: r.try_get("ciphertext")?,
                })
            })
            .collect()
    }

    /// Staff a case may be shared with: active reviewers and safeguarding leads with a key that
    /// the case is not sealed to yet, not affiliated with the facility it names, not recused.
    /// (id, handle, recipient), by handle.
    pub async fn share_candidates(
        &self,
        seq: i64,
    ) -> Result<Vec<(i64, String, String)>, sqlx::Error> {
        let sql = "SELECT a.id, a.handle, k.recipient FROM accounts a \
             JOIN reviewer_keys k ON k.account_id = a.id \
             WHERE a.status = 'active' AND a.role IN ($2, $3) \
               AND NOT EXISTS (SELECT 1 FROM submission_recipients r \
                               WHERE r.submission_seq = $1 AND r.recipient = k.recipient) \
               AND NOT EXISTS (SELECT 1 FROM shielded sh \
                               WHERE sh.submission_seq = $1 AND sh.account_id = a.id) \
             ORDER BY a.handle";
        let rows = sqlx::query(sql)
            .bind(seq)
            .bind(Role::Reviewer.as_str())
            .bind(Role::SafeguardingLead.as_str())
            .fetch_all(self.pool())
            .await?;
        rows.into_iter()
            .map(|r| {
                Ok((
                    r.try_get("id")?,
                    r.try_get("handle")?,
                    r.try_get("recipient")?,
                ))
            })
            .collect()
    }

    /// Stores a copy of a case re-sealed in `made_by`'s browser for the reader `added`, and makes
    /// `added` one of the case's readers, in one transaction. The child's original is never
    /// touched (a trigger refuses any change to it); the new reader is shown who made the copy.
    pub async fn add_case_copy(
        &self,
        seq: i64,
        copy: &SealedSubmission,
        added: &str,
        made_by: i64,
        day: &Day,
    ) -> Result<(), sqlx::Error> {
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "INSERT INTO case_copies (submission_seq, recipient, made_by, made_on, ciphertext) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(seq)
        .bind(added)
        .bind(made_by)
        .bind(day.as_str())
        .bind(copy.as_bytes())
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO submission_recipients (submission_seq, recipient) VALUES ($1, $2)",
        )
        .bind(seq)
        .bind(added)
        .execute(&mut *tx)
        .await?;
        tx.commit().await
    }
}
