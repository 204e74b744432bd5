//! The end of a story's consent and of the story: a yes past its last day expires (unpublished,
//! the purpose's versions deleted, recorded), and a story nobody may use is deleted after the
//! retention period.

use super::stories::purpose_of;
use super::story_consent::{append_consent, drop_versions, ConsentEvent};
use super::{Day, Store};
use crate::story_rules::ConsentState;
use sqlx::Row;

impl Store {
    /// Ends every yes past its last day: recorded as `expired`, unpublished, and the purpose's
    /// versions removed — as if the child had said no. Returns how many ended.
    pub async fn expire_story_consents(&self, today: &Day) -> Result<usize, sqlx::Error> {
        let policy = self.story_policy().await?;
        let rows = sqlx::query(
            "SELECT c.story_seq, c.purpose, c.child_on, c.co_yes, s.public_id FROM story_consents c \
             JOIN stories s ON s.seq = c.story_seq WHERE c.child_yes = 1",
        )
        .fetch_all(self.pool())
        .await?;
        let mut ended = 0;
        for row in &rows {
            let state = ConsentState {
                purpose: purpose_of(&row.try_get::<String, _>("purpose")?)?,
                child_yes: true,
                child_on: row.try_get("child_on")?,
                co_yes: super::maybe_flag(row, "co_yes")?,
            };
            if policy.child_live(&state, today) {
                continue;
            }
            let seq: i64 = row.try_get("story_seq")?;
            let story: String = row.try_get("public_id")?;
            let mut tx = self.write_tx().await?;
            // Only the yes that was read: a renewal in between is not undone.
            let done = sqlx::query(
                "UPDATE story_consents SET child_yes = 0, co_yes = NULL \
                 WHERE story_seq = $1 AND purpose = $2 AND child_yes = 1 AND child_on = $3",
            )
            .bind(seq)
            .bind(state.purpose.as_str())
            .bind(&state.child_on)
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() == 0 {
                continue;
            }
            drop_versions(&mut tx, seq, state.purpose).await?;
            let event = ConsentEvent {
                actor: "system",
                choice: "expired",
                story: &story,
                purpose: Some(state.purpose),
                ..ConsentEvent::default()
            };
            append_consent(&mut tx, &event).await?;
            tx.commit().await?;
            ended += 1;
        }
        Ok(ended)
    }

    /// Deletes, for real, every story that no purpose has a yes for since `retention_days`
    /// (nobody may use it, so nobody keeps it); the consent record keeps only its id. Returns
    /// the ids deleted.
    pub async fn purge_unused_stories(
        &self,
        today: &Day,
        retention_days: u32,
    ) -> Result<Vec<String>, sqlx::Error> {
        let cutoff = today.minus_days(retention_days);
        let stale: Vec<(i64, String)> = sqlx::query_as(
            "SELECT s.seq, s.public_id FROM stories s WHERE s.received_on < $1 \
             AND NOT EXISTS (SELECT 1 FROM story_consents c WHERE c.story_seq = s.seq \
                             AND (c.child_yes = 1 OR c.child_on >= $1))",
        )
        .bind(cutoff.as_str())
        .fetch_all(self.pool())
        .await?;
        for (seq, story) in &stale {
            let mut tx = self.write_tx().await?;
            sqlx::query("DELETE FROM stories WHERE seq = $1")
                .bind(seq)
                .execute(&mut *tx)
                .await?;
            let event = ConsentEvent {
                actor: "system",
                choice: "deleted",
                story,
                ..ConsentEvent::default()
            };
            append_consent(&mut tx, &event).await?;
            tx.commit().await?;
        }
        if !stale.is_empty() {
            // As for cases: the deleted pages leave the WAL too.
            self.forget_deleted().await?;
        }
        Ok(stale.into_iter().map(|(_, id)| id).collect())
    }
}
