//! Appending to and reading the audit log. Each append computes its hash from the last entry, so
//! appends are serialised: within this process by a mutex, and across processes (the server and
//! an admin's CLI) by `BEGIN IMMEDIATE`, which takes SQLite's write lock before the read.

use super::{Day, Store};
use crate::audit::{self, Actor, AuditAction, AuditEntry, ChainVerdict, GENESIS};
use sqlx::Row;

impl Store {
    /// Appends one entry. Call it *before* revealing what is audited, so that a failure to audit
    /// means nothing was revealed.
    pub async fn audit(
        &self,
        actor: Actor,
        action: AuditAction,
        subject: &str,
    ) -> Result<(), sqlx::Error> {
        self.audit_many(actor, action, &[subject]).await
    }

    /// Appends one entry per subject, all in one transaction (one disk sync for a page of
    /// cases). Call it *before* revealing what is audited.
    pub async fn audit_many(
        &self,
        actor: Actor,
        action: AuditAction,
        subjects: &[&str],
    ) -> Result<(), sqlx::Error> {
        if subjects.is_empty() {
            return Ok(());
        }
        let _writer = self.audit_writer.lock().await;
        let mut tx = self.write_tx().await?;
        let last = sqlx::query("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
            .fetch_optional(&mut *tx)
            .await?;
        let (mut seq, mut prev_hash) = match last {
            Some(row) => (
                row.try_get::<i64, _>("seq")?,
                row.try_get::<String, _>("hash")?,
            ),
            None => (0, GENESIS.to_owned()),
        };
        let day = Day::today();
        let actor = actor.name();
        for subject in subjects {
            seq += 1;
            let hash = audit::entry_hash(
                &prev_hash,
                seq,
                day.as_str(),
                &actor,
                action.as_str(),
                subject,
            );
            sqlx::query(
                "INSERT INTO audit_log (seq, day, actor, action, subject, prev_hash, hash) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(seq)
            .bind(day.as_str())
            .bind(&actor)
            .bind(action.as_str())
            .bind(subject)
            .bind(&prev_hash)
            .bind(&hash)
            .execute(&mut *tx)
            .await?;
            prev_hash = hash;
        }
        tx.commit().await
    }

    pub async fn audit_entries(&self) -> Result<Vec<AuditEntry>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT seq, day, actor, action, subject, prev_hash, hash FROM audit_log ORDER BY seq",
        )
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(|r| {
                Ok(AuditEntry {
                    seq: r.try_get("seq")?,
                    day: r.try_get("day")?,
                    actor: r.try_get("actor")?,
                    action: r.try_get("action")?,
                    subject: r.try_get("subject")?,
                    prev_hash: r.try_get("prev_hash")?,
                    hash: r.try_get("hash")?,
                })
            })
            .collect()
    }

    pub async fn verify_audit_chain(&self) -> Result<ChainVerdict, sqlx::Error> {
        Ok(audit::verify(self.audit_entries().await?))
    }
}
