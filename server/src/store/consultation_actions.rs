//! "You said, we did": a consultation's actions and their texts. Setting them replaces them all
//! in one transaction (the file given is the whole account of what was decided). And the
//! milestones of a consultation that are audited once: opened, published.

use super::{ConsultationRow, Day, Store};
use crate::audit::{Actor, AuditAction};
use app::consultation::ActionsDef;
use heard_core::vocabulary::ActionStatus;

#[derive(Debug, Clone)]
pub struct ActionRow {
    /// 1-based; its texts are `action-<n>` and `action-<n>-why`.
    pub position: i64,
    pub status: ActionStatus,
    pub question: Option<String>,
    pub changed_on: String,
}

impl Store {
    pub async fn set_actions(
        &self,
        consultation: &ConsultationRow,
        def: &ActionsDef,
        today: &Day,
    ) -> sqlx::Result<()> {
        let mut tx = self.write_tx().await?;
        sqlx::query("DELETE FROM consultation_actions WHERE consultation_id = $1")
            .bind(consultation.id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "DELETE FROM consultation_texts WHERE consultation_id = $1 AND text_id LIKE 'action-%'",
        )
        .bind(consultation.id)
        .execute(&mut *tx)
        .await?;
        for (n, action) in def.actions.iter().enumerate() {
            let position = n as i64 + 1;
            sqlx::query("INSERT INTO consultation_actions VALUES ($1, $2, $3, $4, $5)")
                .bind(consultation.id)
                .bind(position)
                .bind(action.status.as_str())
                .bind(&action.question)
                .bind(today.as_str())
                .execute(&mut *tx)
                .await?;
            for (locale, texts) in &action.texts {
                let why = texts
                    .why
                    .iter()
                    .map(|w| (format!("action-{position}-why"), w));
                let what = std::iter::once((format!("action-{position}"), &texts.what));
                for (text_id, text) in what.chain(why) {
                    sqlx::query("INSERT INTO consultation_texts VALUES ($1, $2, $3, $4)")
                        .bind(consultation.id)
                        .bind(locale)
                        .bind(text_id)
                        .bind(text.trim())
                        .execute(&mut *tx)
                        .await?;
                }
            }
        }
        tx.commit().await
    }

    pub async fn actions(&self, consultation: i64) -> sqlx::Result<Vec<ActionRow>> {
        let rows: Vec<(i64, String, Option<String>, String)> = sqlx::query_as(
            "SELECT position, status, question_key, changed_on FROM consultation_actions \
             WHERE consultation_id = $1 ORDER BY position",
        )
        .bind(consultation)
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(|(position, status, question, changed_on)| {
                Ok(ActionRow {
                    position,
                    status: ActionStatus::parse(&status)
                        .ok_or_else(|| sqlx::Error::Decode("an unknown action status".into()))?,
                    question,
                    changed_on,
                })
            })
            .collect()
    }

    /// Audits `milestone` of a consultation the first time it happens, and only then (one
    /// conditional update: two requests at once cannot both audit it).
    pub async fn audit_milestone(
        &self,
        consultation: &ConsultationRow,
        milestone: Milestone,
    ) -> sqlx::Result<()> {
        let (column, action) = match milestone {
            Milestone::Opened => ("opened_audited", AuditAction::ConsultationOpen),
            Milestone::Published => ("published_audited", AuditAction::ConsultationPublish),
        };
        let first = sqlx::query(&format!(
            "UPDATE consultations SET {column} = 1 WHERE id = $1 AND {column} = 0"
        ))
        .bind(consultation.id)
        .execute(self.pool())
        .await?;
        if first.rows_affected() == 1 {
            self.audit(Actor::System, action, &consultation.public_id)
                .await?;
        }
        Ok(())
    }
}

/// What happens to a consultation once, by the calendar rather than by someone's action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Milestone {
    /// Its first child started it.
    Opened,
    /// Its results were first read (the day after it closed, or later).
    Published,
}
