//! A reviewer's saved views of the workbench (`heard_core::api::views`): settings of the account,
//! stored as the JSON of already-checked `ViewSettings` (never case content) under the name the
//! reviewer typed.

use super::Store;

impl Store {
    /// The account's views: `(name, settings as JSON)`, by name.
    pub async fn saved_views(&self, account: i64) -> Result<Vec<(String, String)>, sqlx::Error> {
        sqlx::query_as("SELECT name, settings FROM saved_views WHERE account_id = $1 ORDER BY name")
            .bind(account)
            .fetch_all(self.pool())
            .await
    }

    /// Saves a view, replacing one of the same name; false (nothing saved) when the account
    /// already keeps `most` others.
    pub async fn save_view(
        &self,
        account: i64,
        name: &str,
        settings: &str,
        most: usize,
    ) -> Result<bool, sqlx::Error> {
        let mut tx = self.write_tx().await?;
        let others: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM saved_views WHERE account_id = $1 AND name <> $2",
        )
        .bind(account)
        .bind(name)
        .fetch_one(&mut *tx)
        .await?;
        if others >= most as i64 {
            return Ok(false);
        }
        sqlx::query(
            "INSERT INTO saved_views (account_id, name, settings) VALUES ($1, $2, $3) \
             ON CONFLICT (account_id, name) DO UPDATE SET settings = excluded.settings",
        )
        .bind(account)
        .bind(name)
        .bind(settings)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Removes one of the account's views; false when it has none of that name.
    pub async fn delete_view(&self, account: i64, name: &str) -> Result<bool, sqlx::Error> {
        let done = sqlx::query("DELETE FROM saved_views WHERE account_id = $1 AND name = $2")
            .bind(account)
            .bind(name)
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected() > 0)
    }
}
