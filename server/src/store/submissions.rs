//! Submissions: sealed ciphertext in, sealed ciphertext out.

use super::{Day, Store};
use app::domain::{SealedIn, SubmissionId};
use app::sealing::SealedSubmission;
use sqlx::Row;

/// Whether an insert stored a new submission or met one already stored under the same id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inserted {
    New,
    Duplicate,
}

/// A stored submission as the console (and the tests) will read it: ciphertext only.
#[derive(Debug)]
pub struct StoredSubmission {
    pub seq: i64,
    pub public_id: SubmissionId,
    pub ciphertext: Vec<u8>,
    pub sealed_in: SealedIn,
    pub received_on: String,
}

impl Store {
    /// Durably stores a sealed submission. Idempotent on the id: a retried send returns
    /// `Duplicate` and changes nothing. Returns only after the commit (synchronous = FULL).
    pub async fn insert_sealed(
        &self,
        id: &SubmissionId,
        sealed: &SealedSubmission,
        day: &Day,
    ) -> Result<Inserted, sqlx::Error> {
        let result = sqlx::query(
            "INSERT INTO submissions (public_id, ciphertext, sealed_in, received_on) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (public_id) DO NOTHING",
        )
        .bind(id.as_str())
        .bind(sealed.as_bytes())
        .bind(sealed.sealed_in().as_str())
        .bind(day.as_str())
        .execute(self.pool())
        .await?;
        Ok(if result.rows_affected() == 1 {
            Inserted::New
        } else {
            Inserted::Duplicate
        })
    }

    pub async fn count_submissions(&self) -> Result<i64, sqlx::Error> {
        sqlx::query_scalar("SELECT COUNT(*) FROM submissions")
            .fetch_one(self.pool())
            .await
    }

    /// All submissions in arrival order (for the CLI export, the demo and the tests).
    pub async fn submissions(&self) -> Result<Vec<StoredSubmission>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT seq, public_id, ciphertext, sealed_in, received_on FROM submissions ORDER BY seq",
        )
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(|row| {
                let public_id: String = row.try_get("public_id")?;
                let sealed_in: String = row.try_get("sealed_in")?;
                Ok(StoredSubmission {
                    seq: row.try_get("seq")?,
                    public_id: SubmissionId::parse(&public_id)
                        .map_err(|e| sqlx::Error::Decode(Box::new(e)))?,
                    ciphertext: row.try_get("ciphertext")?,
                    sealed_in: SealedIn::parse(&sealed_in).ok_or_else(|| {
                        sqlx::Error::Decode(format!("unknown sealed_in {sealed_in:?}").into())
                    })?,
                    received_on: row.try_get("received_on")?,
                })
            })
            .collect()
    }
}
