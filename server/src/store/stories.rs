//! Stories: the sealed story, its recipients, its versions and what is published. How consent
//! changes (and is recorded) is in `story_consent.rs`.

use super::story_consent::{append_consent, ConsentEvent};
use super::{Day, Inserted, ReturnCodeRegistration, Store};
use crate::story_rules::ConsentState;
use app::domain::SubmissionId;
use app::sealing::{RecipientSet, SealedSubmission};
use app::story::{Purpose, StoryTerms};
use heard_core::vocabulary::Role;
use sqlx::Row;

/// What the server knows of a story besides its ciphertext.
#[derive(Debug, Clone)]
pub struct StoryRow {
    pub seq: i64,
    pub public_id: String,
    pub received_on: String,
    pub naming: String,
    pub age: Option<u8>,
    pub child_recipient: String,
}

#[derive(Debug, Clone)]
pub struct VersionRow {
    pub id: i64,
    pub public_id: String,
    pub purpose: Purpose,
    pub lang: String,
    pub state: String,
    pub ciphertext: Vec<u8>,
    pub approved_hash: Option<String>,
    pub published: bool,
}

/// A new story: its terms, its code, and which consent text the child read, in which language.
pub struct NewStory<'a> {
    pub id: &'a SubmissionId,
    pub sealed: &'a SealedSubmission,
    pub recipients: &'a RecipientSet,
    pub terms: &'a StoryTerms,
    pub return_code: &'a ReturnCodeRegistration,
    pub facility: Option<i64>,
    pub text_version: &'a str,
    pub lang: &'a str,
}

fn story_row(r: &sqlx::any::AnyRow) -> Result<StoryRow, sqlx::Error> {
    Ok(StoryRow {
        seq: r.try_get("seq")?,
        public_id: r.try_get("public_id")?,
        received_on: r.try_get("received_on")?,
        naming: r.try_get("naming")?,
        age: r.try_get::<Option<i64>, _>("age")?.map(|a| a as u8),
        child_recipient: r.try_get("child_recipient")?,
    })
}

pub(super) fn purpose_of(raw: &str) -> Result<Purpose, sqlx::Error> {
    Purpose::parse(raw).ok_or_else(|| sqlx::Error::Decode("an unknown purpose".into()))
}

const STORY_COLUMNS: &str = "seq, public_id, received_on, naming, age, child_recipient";

impl Store {
    /// Stores a story, its recipients, one consent row per purpose (no unless the child said
    /// yes) and the child's first answers in the consent record — all in one transaction.
    /// Idempotent on the id, like a message.
    pub async fn insert_story(&self, story: NewStory<'_>) -> Result<Inserted, sqlx::Error> {
        let mut tx = self.write_tx().await?;
        let today = Day::today();
        let seq: Option<i64> = sqlx::query_scalar(
            "INSERT INTO stories (public_id, ciphertext, received_on, naming, age, token_hash, \
             child_recipient, facility_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
             ON CONFLICT (public_id) DO NOTHING RETURNING seq",
        )
        .bind(story.id.as_str())
        .bind(story.sealed.as_bytes())
        .bind(today.as_str())
        .bind(story.terms.naming.as_str())
        .bind(story.terms.age.map(i64::from))
        .bind(&story.return_code.token_hash)
        .bind(story.return_code.child_recipient.as_str())
        .bind(story.facility)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(seq) = seq else {
            tx.rollback().await?;
            return Ok(Inserted::Duplicate);
        };
        for recipient in story.recipients.iter() {
            sqlx::query("INSERT INTO story_recipients (story_seq, recipient) VALUES ($1, $2)")
                .bind(seq)
                .bind(recipient.as_str())
                .execute(&mut *tx)
                .await?;
        }
        for purpose in Purpose::ALL {
            let yes = story.terms.says_yes(purpose);
            sqlx::query(
                "INSERT INTO story_consents (story_seq, purpose, child_yes, child_on) \
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(seq)
            .bind(purpose.as_str())
            .bind(i64::from(yes))
            .bind(today.as_str())
            .execute(&mut *tx)
            .await?;
            let event = ConsentEvent {
                actor: "child",
                choice: if yes { "yes" } else { "no" },
                story: story.id.as_str(),
                purpose: Some(purpose),
                text: story.text_version,
                lang: story.lang,
                ..ConsentEvent::default()
            };
            append_consent(&mut tx, &event).await?;
        }
        tx.commit().await?;
        Ok(Inserted::New)
    }

    pub async fn story_exists(&self, id: &SubmissionId) -> Result<bool, sqlx::Error> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM stories WHERE public_id = $1")
            .bind(id.as_str())
            .fetch_one(self.pool())
            .await?;
        Ok(n > 0)
    }

    /// The story a return code's token hash opens.
    pub async fn story_by_token(&self, token_hash: &str) -> Result<Option<StoryRow>, sqlx::Error> {
        let sql = format!("SELECT {STORY_COLUMNS} FROM stories WHERE token_hash = $1");
        let row = sqlx::query(&sql)
            .bind(token_hash)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(story_row).transpose()
    }

    pub async fn story_by_id(&self, public_id: &str) -> Result<Option<StoryRow>, sqlx::Error> {
        let sql = format!("SELECT {STORY_COLUMNS} FROM stories WHERE public_id = $1");
        let row = sqlx::query(&sql)
            .bind(public_id)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(story_row).transpose()
    }

    /// Stories sealed to `recipient` (the key of `account`), oldest first, with their
    /// ciphertext — none naming a facility the account is affiliated with, whenever declared.
    /// With `only`, just that story (if it qualifies).
    pub async fn stories_sealed_to(
        &self,
        account: i64,
        recipient: &str,
        only: Option<&str>,
    ) -> Result<Vec<(StoryRow, Vec<u8>)>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT s.seq, s.public_id, s.received_on, s.naming, s.age, s.child_recipient, \
             s.ciphertext FROM stories s JOIN story_recipients r ON r.story_seq = s.seq \
             WHERE r.recipient = $1 \
             AND NOT EXISTS (SELECT 1 FROM affiliated af \
                             WHERE af.account_id = $2 AND af.facility_id = s.facility_id) \
             AND ($3 IS NULL OR s.public_id = $3) ORDER BY s.seq",
        )
        .bind(recipient)
        .bind(account)
        .bind(only)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| Ok((story_row(r)?, r.try_get("ciphertext")?)))
            .collect()
    }

    /// A page of the stories sealed to the editor's `recipient`, newest first, before the
    /// sequence `before` — none naming a facility the account is affiliated with — without
    /// their ciphertext.
    pub async fn story_lines_sealed_to(
        &self,
        account: i64,
        recipient: &str,
        before: Option<i64>,
        limit: i64,
    ) -> Result<Vec<StoryRow>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT s.seq, s.public_id, s.received_on, s.naming, s.age, s.child_recipient \
             FROM stories s JOIN story_recipients r ON r.story_seq = s.seq \
             WHERE r.recipient = $1 \
             AND NOT EXISTS (SELECT 1 FROM affiliated af \
                             WHERE af.account_id = $2 AND af.facility_id = s.facility_id) \
             AND s.seq < $3 ORDER BY s.seq DESC LIMIT $4",
        )
        .bind(recipient)
        .bind(account)
        .bind(before.unwrap_or(i64::MAX))
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(story_row).collect()
    }

    pub async fn story_recipients(&self, seq: i64) -> Result<Vec<String>, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT recipient FROM story_recipients WHERE story_seq = $1 ORDER BY recipient",
        )
        .bind(seq)
        .fetch_all(self.pool())
        .await
    }

    /// What a new version of the story is sealed to (with the child): the keys the story was
    /// sealed to, less any editor the shield now keeps from it — affiliated with the place it
    /// names since it arrived — and any disabled account, as for a case's notes.
    pub async fn story_recipients_now(&self, seq: i64) -> Result<Vec<String>, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT r.recipient FROM story_recipients r JOIN stories s ON s.seq = r.story_seq \
             WHERE r.story_seq = $1 AND NOT EXISTS ( \
               SELECT 1 FROM reviewer_keys k JOIN accounts a ON a.id = k.account_id \
               WHERE k.recipient = r.recipient \
                 AND (a.status <> 'active' OR EXISTS (SELECT 1 FROM affiliated af \
                      WHERE af.account_id = a.id AND af.facility_id = s.facility_id))) \
             ORDER BY r.recipient",
        )
        .bind(seq)
        .fetch_all(self.pool())
        .await
    }

    pub async fn consent_states(&self, seq: i64) -> Result<Vec<ConsentState>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT purpose, child_yes, child_on, co_yes FROM story_consents WHERE story_seq = $1",
        )
        .bind(seq)
        .fetch_all(self.pool())
        .await?;
        let mut states = rows
            .iter()
            .map(|r| {
                Ok(ConsentState {
                    purpose: purpose_of(&r.try_get::<String, _>("purpose")?)?,
                    child_yes: super::flag(r, "child_yes")?,
                    child_on: r.try_get("child_on")?,
                    co_yes: super::maybe_flag(r, "co_yes")?,
                })
            })
            .collect::<Result<Vec<_>, sqlx::Error>>()?;
        states.sort_by_key(|s| s.purpose);
        Ok(states)
    }

    pub async fn story_versions(&self, seq: i64) -> Result<Vec<VersionRow>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT v.id, v.public_id, v.purpose, v.lang, v.state, v.ciphertext, v.approved_hash, \
             CASE WHEN p.version_id IS NOT NULL THEN 1 ELSE 0 END AS published FROM story_versions v \
             LEFT JOIN published_stories p ON p.version_id = v.id WHERE v.story_seq = $1 ORDER BY v.id",
        )
        .bind(seq)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(VersionRow {
                    id: r.try_get("id")?,
                    public_id: r.try_get("public_id")?,
                    purpose: purpose_of(&r.try_get::<String, _>("purpose")?)?,
                    lang: r.try_get("lang")?,
                    state: r.try_get("state")?,
                    ciphertext: r.try_get("ciphertext")?,
                    approved_hash: r.try_get("approved_hash")?,
                    published: super::flag(r, "published")?,
                })
            })
            .collect()
    }

    /// Stores a version an editor sealed. False if the id is taken.
    pub async fn add_story_version(
        &self,
        seq: i64,
        public_id: &str,
        purpose: Purpose,
        lang: &str,
        ciphertext: &[u8],
        by: i64,
    ) -> Result<bool, sqlx::Error> {
        let done = sqlx::query(
            "INSERT INTO story_versions (public_id, story_seq, purpose, lang, ciphertext, made_on, \
             made_by) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (public_id) DO NOTHING",
        )
        .bind(public_id)
        .bind(seq)
        .bind(purpose.as_str())
        .bind(lang)
        .bind(ciphertext)
        .bind(Day::today().as_str())
        .bind(by)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The keys a new story naming `facility` (or none) is sealed to: the recovery key and every
    /// story editor's key, except editors affiliated with the facility.
    pub async fn story_recipients_for(
        &self,
        facility: Option<i64>,
    ) -> Result<Vec<String>, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT r.recipient FROM recipients r LEFT JOIN accounts a ON a.id = r.account_id \
             WHERE r.active = 1 AND (r.kind = $2 OR (a.role = $3 AND a.status = 'active' \
             AND NOT EXISTS (SELECT 1 FROM affiliated af \
                             WHERE af.account_id = r.account_id AND af.facility_id = $1))) \
             ORDER BY r.id",
        )
        .bind(facility)
        .bind(super::RecipientKind::Recovery.as_str())
        .bind(Role::StoryEditor.as_str())
        .fetch_all(self.pool())
        .await
    }
}
