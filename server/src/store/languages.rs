//! The fallback language an admin chose for each locale.

use super::{Day, Store};

impl Store {
    /// Every (locale, fallback) an admin chose.
    pub async fn locale_fallbacks(&self) -> Result<Vec<(String, String)>, sqlx::Error> {
        sqlx::query_as("SELECT locale, fallback FROM locale_fallbacks ORDER BY locale")
            .fetch_all(self.pool())
            .await
    }

    /// Records an admin's choice (both codes already checked).
    pub async fn set_locale_fallback(
        &self,
        locale: &str,
        fallback: &str,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO locale_fallbacks (locale, fallback, set_on) VALUES ($1, $2, $3) \
             ON CONFLICT (locale) DO UPDATE SET fallback = excluded.fallback, set_on = excluded.set_on",
        )
        .bind(locale)
        .bind(fallback)
        .bind(Day::today().as_str())
        .execute(self.pool())
        .await?;
        Ok(())
    }
}
