//! Consultations: their definition, their translations, and their answers as counts only.
//!
//! *Invariant:* an answer is stored only as +1 on counters — per question, per dimension alone
//! (place, language, age band: never joined), per group, per option — with no session, kiosk,
//! time or order beside it ([`Store::count_answer`]). Results leave only through
//! `heard_core::consultation::publish`.

use super::{Day, Store};
use app::consultation::{Counts, Definition, QuestionCounts};
use heard_core::vocabulary::{ConsultationState, Dimension, QuestionKind};
use sqlx::Row;
use std::collections::BTreeMap;

/// The counter of a question that says how many answered it (a skip included).
pub const RESPONDENTS: &str = "*";

#[derive(Debug, Clone)]
pub struct ConsultationRow {
    pub id: i64,
    pub public_id: String,
    pub opens_on: String,
    pub closes_on: String,
    pub min_group: u32,
    pub fallback: Option<String>,
    pub locales: Vec<String>,
}

impl ConsultationRow {
    pub fn is_open(&self, today: &Day) -> bool {
        self.opens_on.as_str() <= today.as_str() && today.as_str() <= self.closes_on.as_str()
    }

    /// Results are embargoed until the day after it closes, for everyone.
    pub fn is_closed(&self, today: &Day) -> bool {
        today.as_str() > self.closes_on.as_str()
    }

    pub fn state(&self, today: &Day) -> ConsultationState {
        if self.is_closed(today) {
            ConsultationState::Closed
        } else if self.is_open(today) {
            ConsultationState::Open
        } else {
            ConsultationState::NotYetOpen
        }
    }
}

#[derive(Debug, Clone)]
pub struct QuestionRow {
    pub id: i64,
    pub key: String,
    pub kind: QuestionKind,
    pub icon: String,
    /// (key, icon), in order.
    pub options: Vec<(String, String)>,
}

/// What adding a consultation came to.
#[derive(Debug, PartialEq, Eq)]
pub enum Added {
    Added,
    /// A consultation with this id exists; nothing changed.
    Exists,
    /// A place it names is no active facility; nothing was stored.
    UnknownPlace(String),
}

const COLUMNS: &str = "id, public_id, opens_on, closes_on, min_group, fallback";

impl Store {
    /// Stores a checked definition (`Definition::check`) in one transaction.
    pub async fn add_consultation(&self, def: &Definition, today: &Day) -> sqlx::Result<Added> {
        let mut tx = self.write_tx().await?;
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO consultations (public_id, opens_on, closes_on, min_group, fallback, created_on) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (public_id) DO NOTHING RETURNING id",
        )
        .bind(&def.id)
        .bind(&def.opens_on)
        .bind(&def.closes_on)
        .bind(i64::from(def.min_group.unwrap_or(app::consultation::DEFAULT_MIN_GROUP)))
        .bind(&def.fallback)
        .bind(today.as_str())
        .fetch_optional(&mut *tx)
        .await?;
        let Some(id) = id else {
            return Ok(Added::Exists);
        };
        for code in &def.places {
            let facility: Option<i64> =
                sqlx::query_scalar("SELECT id FROM facilities WHERE code = $1 AND active = 1")
                    .bind(code)
                    .fetch_optional(&mut *tx)
                    .await?;
            let Some(facility) = facility else {
                return Ok(Added::UnknownPlace(code.clone()));
            };
            sqlx::query(
                "INSERT INTO consultation_places (consultation_id, facility_id) VALUES ($1, $2) \
                 ON CONFLICT DO NOTHING",
            )
            .bind(id)
            .bind(facility)
            .execute(&mut *tx)
            .await?;
        }
        for locale in &def.locales {
            sqlx::query(
                "INSERT INTO consultation_locales (consultation_id, locale) VALUES ($1, $2) \
                 ON CONFLICT DO NOTHING",
            )
            .bind(id)
            .bind(locale)
            .execute(&mut *tx)
            .await?;
        }
        for (position, q) in def.questions.iter().enumerate() {
            let question: i64 = sqlx::query_scalar(
                "INSERT INTO consultation_questions (consultation_id, position, key, kind, icon) \
                 VALUES ($1, $2, $3, $4, $5) RETURNING id",
            )
            .bind(id)
            .bind(position as i64)
            .bind(&q.key)
            .bind(q.kind.as_str())
            .bind(&q.icon)
            .fetch_one(&mut *tx)
            .await?;
            for (position, o) in q.options.iter().enumerate() {
                sqlx::query("INSERT INTO consultation_options VALUES ($1, $2, $3, $4)")
                    .bind(question)
                    .bind(position as i64)
                    .bind(&o.key)
                    .bind(&o.icon)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        for (locale, texts) in &def.texts {
            for (text_id, text) in texts {
                sqlx::query("INSERT INTO consultation_texts VALUES ($1, $2, $3, $4)")
                    .bind(id)
                    .bind(locale)
                    .bind(text_id)
                    .bind(text.trim())
                    .execute(&mut *tx)
                    .await?;
            }
        }
        tx.commit().await?;
        Ok(Added::Added)
    }

    async fn with_locales(&self, row: sqlx::any::AnyRow) -> sqlx::Result<ConsultationRow> {
        let id: i64 = row.try_get("id")?;
        let locales = sqlx::query_scalar(
            "SELECT locale FROM consultation_locales WHERE consultation_id = $1 ORDER BY locale",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        Ok(ConsultationRow {
            id,
            public_id: row.try_get("public_id")?,
            opens_on: row.try_get("opens_on")?,
            closes_on: row.try_get("closes_on")?,
            min_group: row.try_get::<i64, _>("min_group")? as u32,
            fallback: row.try_get("fallback")?,
            locales,
        })
    }

    pub async fn consultations(&self) -> sqlx::Result<Vec<ConsultationRow>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM consultations ORDER BY opens_on DESC, public_id"
        ))
        .fetch_all(self.pool())
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            out.push(self.with_locales(row).await?);
        }
        Ok(out)
    }

    pub async fn consultation(&self, public_id: &str) -> sqlx::Result<Option<ConsultationRow>> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM consultations WHERE public_id = $1"
        ))
        .bind(public_id)
        .fetch_optional(self.pool())
        .await?;
        match row {
            Some(row) => Ok(Some(self.with_locales(row).await?)),
            None => Ok(None),
        }
    }

    /// The facilities (code) it is offered at; empty: everywhere.
    pub async fn consultation_places(&self, consultation: i64) -> sqlx::Result<Vec<String>> {
        sqlx::query_scalar(
            "SELECT f.code FROM consultation_places p JOIN facilities f ON f.id = p.facility_id \
             WHERE p.consultation_id = $1 ORDER BY f.code",
        )
        .bind(consultation)
        .fetch_all(self.pool())
        .await
    }

    pub async fn questions(&self, consultation: i64) -> sqlx::Result<Vec<QuestionRow>> {
        let rows = sqlx::query(
            "SELECT id, key, kind, icon FROM consultation_questions \
             WHERE consultation_id = $1 ORDER BY position",
        )
        .bind(consultation)
        .fetch_all(self.pool())
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let id: i64 = row.try_get("id")?;
            let kind: String = row.try_get("kind")?;
            let options = sqlx::query_as(
                "SELECT key, icon FROM consultation_options WHERE question_id = $1 ORDER BY position",
            )
            .bind(id)
            .fetch_all(self.pool())
            .await?;
            out.push(QuestionRow {
                id,
                key: row.try_get("key")?,
                kind: QuestionKind::parse(&kind)
                    .ok_or_else(|| sqlx::Error::Decode("an unknown question kind".into()))?,
                icon: row.try_get("icon")?,
                options,
            });
        }
        Ok(out)
    }

    /// Its texts in `locale`, each filled from the fallback language where missing: text id →
    /// (text, the language it is in).
    pub async fn consultation_texts(
        &self,
        consultation: &ConsultationRow,
        locale: &str,
    ) -> sqlx::Result<BTreeMap<String, (String, String)>> {
        let rows: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT locale, text_id, text FROM consultation_texts \
             WHERE consultation_id = $1 AND (locale = $2 OR locale = $3)",
        )
        .bind(consultation.id)
        .bind(locale)
        .bind(consultation.fallback.as_deref().unwrap_or(locale))
        .fetch_all(self.pool())
        .await?;
        let mut texts = BTreeMap::new();
        // The page's own language wins over the fallback.
        for (lang, id, text) in rows.iter().filter(|r| r.0 != locale) {
            texts.insert(id.clone(), (text.clone(), lang.clone()));
        }
        for (lang, id, text) in rows.iter().filter(|r| r.0 == locale) {
            texts.insert(id.clone(), (text.clone(), lang.clone()));
        }
        Ok(texts)
    }

    /// One child's answer to one question: +1 on "answered" and on each chosen option, for the
    /// child's group in each dimension separately — and nothing else.
    pub async fn count_answer(
        &self,
        question: i64,
        groups: &[(Dimension, String)],
        chosen: &[String],
    ) -> sqlx::Result<()> {
        let mut tx = self.write_tx().await?;
        for (dimension, group) in groups {
            for option in std::iter::once(RESPONDENTS).chain(chosen.iter().map(String::as_str)) {
                sqlx::query(
                    "INSERT INTO consultation_counts VALUES ($1, $2, $3, $4, 1) \
                     ON CONFLICT (question_id, dimension, grp, option) \
                     DO UPDATE SET count = consultation_counts.count + 1",
                )
                .bind(question)
                .bind(dimension.as_str())
                .bind(group)
                .bind(option)
                .execute(&mut *tx)
                .await?;
            }
        }
        tx.commit().await
    }

    /// A question's counts, for `publish` (and nothing else).
    pub async fn question_counts(&self, question: &QuestionRow) -> sqlx::Result<QuestionCounts> {
        let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
            "SELECT dimension, grp, option, count FROM consultation_counts WHERE question_id = $1",
        )
        .bind(question.id)
        .fetch_all(self.pool())
        .await?;
        let mut by: BTreeMap<Dimension, BTreeMap<String, Counts>> = BTreeMap::new();
        for (dimension, group, option, count) in rows {
            let Some(dimension) = Dimension::parse(&dimension) else {
                continue;
            };
            let counts = by.entry(dimension).or_default().entry(group).or_default();
            if option == RESPONDENTS {
                counts.respondents = count as u64;
            } else {
                counts.options.insert(option, count as u64);
            }
        }
        let regions =
            sqlx::query_as("SELECT code, region FROM facilities WHERE region IS NOT NULL")
                .fetch_all(self.pool())
                .await?
                .into_iter()
                .collect();
        // A free-text question counts those who wrote (what they wrote is sealed, elsewhere).
        let mut options: Vec<String> = if question.kind == QuestionKind::FreeText {
            vec![app::consultation::WRITTEN.to_owned()]
        } else {
            question.options.iter().map(|(k, _)| k.clone()).collect()
        };
        options.push(app::consultation::SKIP.to_owned());
        Ok(QuestionCounts {
            options,
            one_each: matches!(
                question.kind,
                QuestionKind::Single | QuestionKind::Scale | QuestionKind::FreeText
            ),
            by,
            regions,
        })
    }

    /// Closes a consultation now: it stops taking answers and its results are no longer under
    /// embargo. Returns false when there is no open one with this id.
    pub async fn close_consultation(&self, public_id: &str, today: &Day) -> sqlx::Result<bool> {
        let yesterday = today.minus_days(1);
        let done = sqlx::query(
            "UPDATE consultations SET closes_on = $2, opens_on = CASE WHEN opens_on < $2 THEN opens_on ELSE $2 END \
             WHERE public_id = $1 AND closes_on >= $3",
        )
        .bind(public_id)
        .bind(yesterday.as_str())
        .bind(today.as_str())
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Sets the region a facility's results coarsen to.
    pub async fn set_facility_region(&self, code: &str, region: &str) -> sqlx::Result<bool> {
        let done = sqlx::query("UPDATE facilities SET region = $2 WHERE code = $1")
            .bind(code)
            .bind(region)
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected() == 1)
    }
}
