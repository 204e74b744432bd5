//! Help contacts for the region, shown at once to a child who says "I am not safe".

use super::{Day, Store};
use app::i18n::Lang;
use sqlx::Row;

/// One contact with its label in the language asked for (or, failing that, English, or any).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpContactRow {
    pub id: i64,
    pub phone: String,
    pub label: String,
    /// The language `label` is in (empty: there is no label, it is the number).
    pub label_lang: String,
}

impl Store {
    /// Adds a contact with its labels (`(lang, label)`); returns its id.
    pub async fn add_help_contact(
        &self,
        phone: &app::domain::PhoneNumber,
        labels: &[(String, String)],
    ) -> Result<i64, sqlx::Error> {
        let mut tx = self.write_tx().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO help_contacts (phone, added_on) VALUES ($1, $2) RETURNING id",
        )
        .bind(phone.as_str())
        .bind(Day::today().as_str())
        .fetch_one(&mut *tx)
        .await?;
        for (lang, label) in labels {
            sqlx::query(
                "INSERT INTO help_contact_labels (contact_id, lang, label) VALUES ($1, $2, $3)",
            )
            .bind(id)
            .bind(lang)
            .bind(label)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    /// Every contact, in the order they were added, labelled in `lang` where a label exists,
    /// else in its fallback, English, any language, or by its number.
    pub async fn help_contacts(&self, lang: Lang) -> Result<Vec<HelpContactRow>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT c.id, c.phone, COALESCE(l.label, c.phone) AS label, \
                COALESCE(l.lang, '') AS label_lang \
             FROM help_contacts c \
             LEFT JOIN help_contact_labels l ON l.contact_id = c.id AND l.lang = ( \
               SELECT lang FROM help_contact_labels WHERE contact_id = c.id \
               ORDER BY CASE lang WHEN $1 THEN 0 WHEN $2 THEN 1 WHEN 'en' THEN 2 ELSE 3 END, lang \
               LIMIT 1) \
             ORDER BY c.id",
        )
        .bind(lang.code())
        .bind(lang.fallback.code())
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(|row| {
                Ok(HelpContactRow {
                    id: row.try_get("id")?,
                    phone: row.try_get("phone")?,
                    label: row.try_get("label")?,
                    label_lang: row.try_get("label_lang")?,
                })
            })
            .collect()
    }

    /// Removes a contact; false when there was none with this id.
    pub async fn remove_help_contact(&self, id: i64) -> Result<bool, sqlx::Error> {
        let done = sqlx::query("DELETE FROM help_contacts WHERE id = $1")
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected() == 1)
    }
}
