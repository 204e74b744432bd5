//! How a story's consent changes, and the consent record: append-only and hash-chained with the
//! audit log's hashing (`crate::audit::entry_hash`), so `heard stories verify` finds an edited,
//! removed or reordered answer. A change and its record are one transaction, taken with
//! `BEGIN IMMEDIATE` so that two writers never chain from the same entry.

use super::{Day, Store};
use crate::audit::{self, AuditEntry, ChainVerdict, GENESIS};
use crate::story_rules::StoryPolicy;
use app::story::Purpose;
use sqlx::{AnyConnection, Row};

/// One answer in the consent record. Empty fields are recorded empty.
#[derive(Debug, Clone, Default)]
pub struct ConsentEvent<'a> {
    /// `child`, `guardian`, `advocate`, or `system` (an expiry).
    pub actor: &'a str,
    /// `yes`, `no`, `approved`, `declined`, `expired`.
    pub choice: &'a str,
    pub story: &'a str,
    pub purpose: Option<Purpose>,
    /// The consent text's version (`app::story::consent_text_version`) and its language.
    pub text: &'a str,
    pub lang: &'a str,
    pub version: &'a str,
    pub hash: &'a str,
    /// The console account that recorded a guardian's or advocate's answer.
    pub recorded_by: &'a str,
}

impl<'a> ConsentEvent<'a> {
    fn subject(&self) -> String {
        format!(
            "story={};purpose={};text={};lang={};version={};hash={};recorded_by={}",
            self.story,
            self.purpose.map(Purpose::as_str).unwrap_or_default(),
            self.text,
            self.lang,
            self.version,
            self.hash,
            self.recorded_by
        )
    }
}

/// Appends one answer, chained to the last, inside the caller's transaction.
pub(super) async fn append_consent(
    tx: &mut AnyConnection,
    event: &ConsentEvent<'_>,
) -> Result<(), sqlx::Error> {
    let last = sqlx::query("SELECT seq, hash FROM consent_log ORDER BY seq DESC LIMIT 1")
        .fetch_optional(&mut *tx)
        .await?;
    let (seq, prev) = match last {
        Some(row) => (row.try_get::<i64, _>("seq")? + 1, row.try_get("hash")?),
        None => (1, GENESIS.to_owned()),
    };
    let day = Day::today();
    let subject = event.subject();
    let hash = audit::entry_hash(
        &prev,
        seq,
        day.as_str(),
        event.actor,
        event.choice,
        &subject,
    );
    sqlx::query(
        "INSERT INTO consent_log (seq, day, actor, choice, subject, prev_hash, hash) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(seq)
    .bind(day.as_str())
    .bind(event.actor)
    .bind(event.choice)
    .bind(&subject)
    .bind(&prev)
    .bind(&hash)
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// A "no" takes the purpose's versions away from the editors and off the public page at once.
pub(super) async fn drop_versions(
    tx: &mut AnyConnection,
    seq: i64,
    purpose: Purpose,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM story_versions WHERE story_seq = $1 AND purpose = $2")
        .bind(seq)
        .bind(purpose.as_str())
        .execute(&mut *tx)
        .await?;
    Ok(())
}

impl Store {
    /// The child says yes (again: a renewal) or no to a purpose.
    pub async fn set_child_consent(
        &self,
        seq: i64,
        event: ConsentEvent<'_>,
        yes: bool,
    ) -> Result<(), sqlx::Error> {
        let purpose = event.purpose.expect("a consent names its purpose");
        let mut tx = self.write_tx().await?;
        // A "no" also ends a guardian's or advocate's yes: it was given to the yes now ended.
        sqlx::query(
            "UPDATE story_consents SET child_yes = $3, child_on = $4, \
             co_yes = CASE WHEN $3 = 1 THEN co_yes ELSE NULL END WHERE story_seq = $1 AND purpose = $2",
        )
        .bind(seq)
        .bind(purpose.as_str())
        .bind(i64::from(yes))
        .bind(Day::today().as_str())
        .execute(&mut *tx)
        .await?;
        if !yes {
            drop_versions(&mut tx, seq, purpose).await?;
        }
        append_consent(&mut tx, &event).await?;
        tx.commit().await
    }

    /// The child approves (pinning `event.hash`) or declines a version. False if there is no
    /// such version of this story.
    pub async fn answer_version(
        &self,
        seq: i64,
        event: ConsentEvent<'_>,
        approve: bool,
    ) -> Result<bool, sqlx::Error> {
        let mut tx = self.write_tx().await?;
        let done = sqlx::query(
            "UPDATE story_versions SET state = $3, approved_hash = $4 \
             WHERE story_seq = $1 AND public_id = $2",
        )
        .bind(seq)
        .bind(event.version)
        .bind(if approve { "approved" } else { "declined" })
        .bind(approve.then_some(event.hash))
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Ok(false);
        }
        if !approve {
            sqlx::query(
                "DELETE FROM published_stories WHERE version_id = \
                 (SELECT id FROM story_versions WHERE story_seq = $1 AND public_id = $2)",
            )
            .bind(seq)
            .bind(event.version)
            .execute(&mut *tx)
            .await?;
        }
        append_consent(&mut tx, &event).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// A guardian's or advocate's answer, recorded by the story editor `by`. A "no" unpublishes.
    pub async fn record_co_consent(
        &self,
        seq: i64,
        event: ConsentEvent<'_>,
        yes: bool,
        by: i64,
    ) -> Result<(), sqlx::Error> {
        let purpose = event.purpose.expect("a consent names its purpose");
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "UPDATE story_consents SET co_yes = $3, co_by = $4 WHERE story_seq = $1 AND purpose = $2",
        )
        .bind(seq)
        .bind(purpose.as_str())
        .bind(i64::from(yes))
        .bind(by)
        .execute(&mut *tx)
        .await?;
        if !yes {
            sqlx::query(
                "DELETE FROM published_stories WHERE version_id IN (SELECT id FROM story_versions \
                 WHERE story_seq = $1 AND purpose = $2)",
            )
            .bind(seq)
            .bind(purpose.as_str())
            .execute(&mut *tx)
            .await?;
        }
        append_consent(&mut tx, &event).await?;
        tx.commit().await
    }

    /// The editor who recorded the second consent for a story's purpose, if one did.
    pub async fn co_consent_recorder(
        &self,
        seq: i64,
        purpose: Purpose,
    ) -> Result<Option<i64>, sqlx::Error> {
        sqlx::query_scalar("SELECT co_by FROM story_consents WHERE story_seq = $1 AND purpose = $2")
            .bind(seq)
            .bind(purpose.as_str())
            .fetch_optional(self.pool())
            .await
            .map(Option::flatten)
    }

    pub async fn story_policy(&self) -> Result<StoryPolicy, sqlx::Error> {
        let row = sqlx::query(
            "SELECT expiry_months, co_consent_under, co_consent_for FROM story_policy WHERE id = 1",
        )
        .fetch_one(self.pool())
        .await?;
        let co_for: String = row.try_get("co_consent_for")?;
        Ok(StoryPolicy {
            expiry_months: row.try_get::<i64, _>("expiry_months")? as u32,
            co_consent_under: row
                .try_get::<Option<i64>, _>("co_consent_under")?
                .map(|a| a as u8),
            co_consent_for: co_for.split(',').filter_map(Purpose::parse).collect(),
        })
    }

    pub async fn set_story_policy(&self, policy: &StoryPolicy) -> Result<(), sqlx::Error> {
        let co_for: Vec<&str> = policy.co_consent_for.iter().map(|p| p.as_str()).collect();
        sqlx::query(
            "UPDATE story_policy SET expiry_months = $1, co_consent_under = $2, co_consent_for = $3 \
             WHERE id = 1",
        )
        .bind(i64::from(policy.expiry_months))
        .bind(policy.co_consent_under.map(i64::from))
        .bind(co_for.join(","))
        .execute(self.pool())
        .await?;
        Ok(())
    }

    pub async fn consent_entries(&self) -> Result<Vec<AuditEntry>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT seq, day, actor, choice, subject, prev_hash, hash FROM consent_log ORDER BY seq",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(AuditEntry {
                    seq: r.try_get("seq")?,
                    day: r.try_get("day")?,
                    actor: r.try_get("actor")?,
                    action: r.try_get("choice")?,
                    subject: r.try_get("subject")?,
                    prev_hash: r.try_get("prev_hash")?,
                    hash: r.try_get("hash")?,
                })
            })
            .collect()
    }

    pub async fn verify_consent_record(&self) -> Result<ChainVerdict, sqlx::Error> {
        Ok(audit::verify(self.consent_entries().await?))
    }
}
