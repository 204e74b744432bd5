//! Kiosks: shared devices whose start page carries a secret token (kept here as its hash).

use super::{Day, Store};
use sqlx::Row;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KioskRow {
    pub id: i64,
    pub label: String,
    pub added_on: String,
    pub revoked_on: Option<String>,
}

impl Store {
    /// `lang`: the kiosk's default language code (already checked), if it has one.
    pub async fn add_kiosk(
        &self,
        label: &str,
        token_hash: &str,
        lang: Option<&str>,
    ) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar(
            "INSERT INTO kiosks (label, token_hash, added_on, lang) VALUES ($1, $2, $3, $4) \
             RETURNING id",
        )
        .bind(label)
        .bind(token_hash)
        .bind(Day::today().as_str())
        .bind(lang)
        .fetch_one(self.pool())
        .await
    }

    /// Whether a token's hash belongs to a kiosk that was not revoked.
    pub async fn is_active_kiosk(&self, token_hash: &str) -> Result<bool, sqlx::Error> {
        let found: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM kiosks WHERE token_hash = $1 AND revoked_on IS NULL",
        )
        .bind(token_hash)
        .fetch_optional(self.pool())
        .await?;
        Ok(found.is_some())
    }

    /// The default language of an active kiosk (`None` inside: it has none).
    pub async fn kiosk_lang(&self, token_hash: &str) -> Result<Option<String>, sqlx::Error> {
        let lang: Option<Option<String>> = sqlx::query_scalar(
            "SELECT lang FROM kiosks WHERE token_hash = $1 AND revoked_on IS NULL",
        )
        .bind(token_hash)
        .fetch_optional(self.pool())
        .await?;
        Ok(lang.flatten())
    }

    pub async fn kiosks(&self) -> Result<Vec<KioskRow>, sqlx::Error> {
        let rows = sqlx::query("SELECT id, label, added_on, revoked_on FROM kiosks ORDER BY id")
            .fetch_all(self.pool())
            .await?;
        rows.into_iter()
            .map(|row| {
                Ok(KioskRow {
                    id: row.try_get("id")?,
                    label: row.try_get("label")?,
                    added_on: row.try_get("added_on")?,
                    revoked_on: row.try_get("revoked_on")?,
                })
            })
            .collect()
    }

    /// Revokes a kiosk: its start page answers 404 from now on. False if none was active.
    pub async fn revoke_kiosk(&self, id: i64) -> Result<bool, sqlx::Error> {
        let done =
            sqlx::query("UPDATE kiosks SET revoked_on = $2 WHERE id = $1 AND revoked_on IS NULL")
                .bind(id)
                .bind(Day::today().as_str())
                .execute(self.pool())
                .await?;
        Ok(done.rows_affected() == 1)
    }
}
