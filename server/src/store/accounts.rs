//! Reading accounts (the admin's list; the console's login comes next).

use super::Store;
use sqlx::Row;

#[derive(Debug, Clone)]
pub struct AccountRow {
    pub handle: String,
    pub role: String,
    pub status: String,
    pub created_on: String,
}

impl Store {
    pub async fn accounts(&self) -> Result<Vec<AccountRow>, sqlx::Error> {
        let rows = sqlx::query("SELECT handle, role, status, created_on FROM accounts ORDER BY id")
            .fetch_all(self.pool())
            .await?;
        rows.into_iter()
            .map(|r| {
                Ok(AccountRow {
                    handle: r.try_get("handle")?,
                    role: r.try_get("role")?,
                    status: r.try_get("status")?,
                    created_on: r.try_get("created_on")?,
                })
            })
            .collect()
    }
}
