//! What is published of stories: approved public-education words (the public page checks them
//! again on every request), and the facility names no published word may contain.

use super::{Day, Store};
use crate::story_rules::ConsentState;
use app::story::Purpose;
use sqlx::Row;

/// A published version with what the public page checks again before showing it.
#[derive(Debug, Clone)]
pub struct PublishedRow {
    pub story_id: String,
    pub age: Option<u8>,
    pub version_id: String,
    pub lang: String,
    pub byline: String,
    pub body: String,
    pub approved_hash: Option<String>,
    pub consent: ConsentState,
}

impl Store {
    /// Puts approved words on the public page (replacing an earlier publication of the version).
    pub async fn publish_version(
        &self,
        version_id: i64,
        lang: &str,
        byline: &str,
        body: &str,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO published_stories (version_id, lang, byline, body, published_on) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (version_id) DO UPDATE SET lang = $2, \
             byline = $3, body = $4, published_on = $5",
        )
        .bind(version_id)
        .bind(lang)
        .bind(byline)
        .bind(body)
        .bind(Day::today().as_str())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Every published version with its story's consent for public education; the caller
    /// shows only those whose consent is usable and whose words still hash to the approval.
    pub async fn published_stories(&self) -> Result<Vec<PublishedRow>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT s.public_id AS story_id, s.age, v.public_id AS version_id, p.lang, p.byline, \
             p.body, v.approved_hash, c.child_yes, c.child_on, c.co_yes \
             FROM published_stories p JOIN story_versions v ON v.id = p.version_id \
             JOIN stories s ON s.seq = v.story_seq \
             JOIN story_consents c ON c.story_seq = s.seq AND c.purpose = v.purpose \
             WHERE v.purpose = 'public' AND v.state = 'approved' ORDER BY p.published_on DESC, v.id DESC",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(PublishedRow {
                    story_id: r.try_get("story_id")?,
                    age: r.try_get::<Option<i64>, _>("age")?.map(|a| a as u8),
                    version_id: r.try_get("version_id")?,
                    lang: r.try_get("lang")?,
                    byline: r.try_get("byline")?,
                    body: r.try_get("body")?,
                    approved_hash: r.try_get("approved_hash")?,
                    consent: ConsentState {
                        purpose: Purpose::Public,
                        child_yes: super::flag(r, "child_yes")?,
                        child_on: r.try_get("child_on")?,
                        co_yes: super::maybe_flag(r, "co_yes")?,
                    },
                })
            })
            .collect()
    }

    /// Every facility's code, operator and name in every language (retired ones too): words a
    /// published story must not contain.
    pub async fn facility_names(&self) -> Result<Vec<String>, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT code FROM facilities UNION SELECT operator FROM facilities \
             WHERE operator IS NOT NULL UNION SELECT name FROM facility_names",
        )
        .fetch_all(self.pool())
        .await
    }
}
