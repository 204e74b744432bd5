//! The recipient list: every public age key a new submission is sealed to. A first-class list so
//! that reviewer keys (next issue) plug in as one more kind.

use super::{Day, Store};
use anyhow::{bail, Context};
use sqlx::Row;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecipientKind {
    /// The instance's recovery key; its identity was printed once, offline, and is not stored.
    Recovery,
    /// Added by an admin with `heard recipients add`.
    Extra,
    /// A reviewer's, story editor's or lead's own key, registered from their browser.
    Reviewer,
}

impl RecipientKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RecipientKind::Recovery => "recovery",
            RecipientKind::Extra => "extra",
            // Named after the role that first held such keys (story editors' keys are this kind too).
            RecipientKind::Reviewer => heard_core::vocabulary::Role::Reviewer.as_str(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct RecipientRow {
    pub recipient: String,
    pub kind: String,
    pub label: String,
    pub added_on: String,
}

impl Store {
    /// The recipients a new submission must be sealed to, in a stable order.
    pub async fn active_recipients(&self) -> Result<Vec<String>, sqlx::Error> {
        sqlx::query_scalar("SELECT recipient FROM recipients WHERE active = 1 ORDER BY id")
            .fetch_all(self.pool())
            .await
    }

    pub async fn list_recipients(&self) -> Result<Vec<RecipientRow>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT recipient, kind, label, added_on FROM recipients WHERE active = 1 ORDER BY id",
        )
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(|r| {
                Ok(RecipientRow {
                    recipient: r.try_get("recipient")?,
                    kind: r.try_get("kind")?,
                    label: r.try_get("label")?,
                    added_on: r.try_get("added_on")?,
                })
            })
            .collect()
    }

    pub async fn has_recovery_recipient(&self) -> Result<bool, sqlx::Error> {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM recipients WHERE kind = 'recovery' AND active = 1",
        )
        .fetch_one(self.pool())
        .await?;
        Ok(n > 0)
    }

    /// Adds a recipient (already parsed as an age X25519 recipient by the caller). With `rotate`,
    /// a new recovery recipient retires the old one in the same transaction.
    pub async fn add_recipient(
        &self,
        recipient: &str,
        kind: RecipientKind,
        label: &str,
        rotate: bool,
    ) -> anyhow::Result<()> {
        let mut tx = self.write_tx().await?;
        if kind == RecipientKind::Recovery {
            let existing: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM recipients WHERE kind = 'recovery' AND active = 1",
            )
            .fetch_one(&mut *tx)
            .await?;
            if existing > 0 && !rotate {
                bail!("a recovery recipient already exists; use --rotate to replace it");
            }
            sqlx::query("UPDATE recipients SET active = 0 WHERE kind = 'recovery'")
                .execute(&mut *tx)
                .await?;
        }
        let duplicate: Option<i64> =
            sqlx::query("SELECT active FROM recipients WHERE recipient = $1")
                .bind(recipient)
                .fetch_optional(&mut *tx)
                .await?
                .map(|r| r.get::<i64, _>(0));
        if duplicate.is_some() {
            bail!("this recipient is already on the list");
        }
        sqlx::query(
            "INSERT INTO recipients (recipient, kind, label, added_on, active) VALUES ($1, $2, $3, $4, 1)",
        )
        .bind(recipient)
        .bind(kind.as_str())
        .bind(label)
        .bind(Day::today().as_str())
        .execute(&mut *tx)
        .await
        .context("storing the recipient")?;
        tx.commit().await?;
        Ok(())
    }

    /// Retires an extra recipient; the recovery recipient is only replaced with `--rotate`.
    pub async fn remove_recipient(&self, recipient: &str) -> anyhow::Result<()> {
        let done = sqlx::query(
            "UPDATE recipients SET active = 0 WHERE recipient = $1 AND kind <> 'recovery' AND active = 1",
        )
        .bind(recipient)
        .execute(self.pool())
        .await?;
        if done.rows_affected() == 0 {
            bail!("no such extra recipient (the recovery recipient is replaced with `heard recovery init --rotate`)");
        }
        Ok(())
    }
}
