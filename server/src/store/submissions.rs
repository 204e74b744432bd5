//! Submissions: sealed ciphertext in, sealed ciphertext out.

use super::readers_cache::Epoch;
use super::{case_statement, Backend, Day, Store};
use app::domain::{SealedIn, SubmissionId};
use app::sealing::{Recipient, RecipientSet, SealedSubmission};
use heard_core::vocabulary::{CaseStatus, Urgency};
use sqlx::{AnyConnection, Row};

/// Whether an insert stored a new submission or met one already stored under the same id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inserted {
    New,
    Duplicate,
}

/// How a new case arrives: as usual; urgent ("I am not safe": it starts urgent, in the escalated
/// queue); or urgent beyond the site's urgent rate (urgent, not escalated, grouped as a possible
/// flood for a lead).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Arrival {
    #[default]
    Normal,
    Urgent,
    PossibleFlood,
}

/// The child's return code as a new case registers it: the lookup token's SHA-256 (never the
/// token) and the child's own recipient, which replies are sealed to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReturnCodeRegistration {
    pub token_hash: String,
    pub child_recipient: Recipient,
}

/// Everything stored with a new case, in one transaction: the ciphertext, exactly the recipients
/// it was sealed to, the facility the child named (by id), how it arrived and its return code.
/// Only a [`SealedSubmission`] can be in it: plaintext has no way to the database.
#[derive(Debug)]
pub struct SealedCase {
    pub id: SubmissionId,
    pub sealed: SealedSubmission,
    pub recipients: RecipientSet,
    pub facility: Option<i64>,
    pub arrival: Arrival,
    pub return_code: Option<ReturnCodeRegistration>,
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
    /// Durably stores a new case ([`SealedCase`]) as of `day`. Idempotent on the id: a retried
    /// send returns `Duplicate` and changes nothing. Returns only after the commit
    /// (synchronous = FULL), which it may share with other sends on SQLite (`case_commits`); on
    /// PostgreSQL it is one statement (`case_statement`).
    pub async fn insert_case(&self, case: SealedCase, day: &Day) -> Result<Inserted, sqlx::Error> {
        match (&self.case_commits, self.backend) {
            (Some(commits), _) => commits.insert(self, case, day).await,
            (None, Backend::Postgres) => case_statement::insert_case(self.pool(), &case, day, None)
                .await?
                // With no epoch to check, only a missing epoch row inserts nothing.
                .ok_or_else(|| sqlx::Error::Protocol("the readers' epoch row is missing".into())),
            (None, Backend::Sqlite) => self.insert_alone(&case, day).await,
        }
    }

    /// [`Store::insert_case`] for a case sealed to readers read at `epoch`
    /// ([`Store::readers`]): the case given back (`Err`), and nothing stored, when who may read
    /// a new case has changed since. Without an epoch (SQLite) it always inserts.
    pub async fn insert_case_at(
        &self,
        case: SealedCase,
        day: &Day,
        epoch: Option<Epoch>,
    ) -> Result<Result<Inserted, SealedCase>, sqlx::Error> {
        match (epoch, self.backend) {
            (Some(epoch), Backend::Postgres) => {
                match case_statement::insert_case(self.pool(), &case, day, Some(epoch)).await? {
                    Some(inserted) => Ok(Ok(inserted)),
                    None => Ok(Err(case)),
                }
            }
            _ => self.insert_case(case, day).await.map(Ok),
        }
    }

    /// [`Store::insert_case`] in a transaction of its own.
    pub(super) async fn insert_alone(
        &self,
        case: &SealedCase,
        day: &Day,
    ) -> Result<Inserted, sqlx::Error> {
        let mut tx = self.insert_tx().await?;
        let inserted = insert_rows(&mut tx, case, day).await?;
        tx.commit().await?;
        Ok(inserted)
    }
}

/// The rows of a new case, in the caller's transaction; nothing when its id is already stored.
pub(super) async fn insert_rows(
    conn: &mut AnyConnection,
    case: &SealedCase,
    day: &Day,
) -> Result<Inserted, sqlx::Error> {
    let (id, sealed) = (&case.id, &case.sealed);
    let seq: Option<i64> = sqlx::query_scalar(
        "INSERT INTO submissions (public_id, ciphertext, sealed_in, received_on) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (public_id) DO NOTHING RETURNING seq",
    )
    .bind(id.as_str())
    .bind(sealed.as_bytes())
    .bind(sealed.sealed_in().as_str())
    .bind(day.as_str())
    .fetch_optional(&mut *conn)
    .await?;
    let Some(seq) = seq else {
        return Ok(Inserted::Duplicate);
    };
    insert_readers(conn, &[(seq, case)]).await?;
    insert_details(conn, seq, case, day).await?;
    Ok(Inserted::New)
}

/// The recipients of new cases (their `seq`s), in one statement per thousand: one round trip,
/// however many readers a site has and however many cases a group commit holds.
pub(super) async fn insert_readers(
    conn: &mut AnyConnection,
    cases: &[(i64, &SealedCase)],
) -> Result<(), sqlx::Error> {
    let rows: Vec<(i64, &str)> = cases
        .iter()
        .flat_map(|(seq, case)| case.recipients.iter().map(|r| (*seq, r.as_str())))
        .collect();
    for chunk in rows.chunks(1000) {
        let values: Vec<String> = (0..chunk.len())
            .map(|i| format!("(${}, ${})", 2 * i + 1, 2 * i + 2))
            .collect();
        let statement = format!(
            "INSERT INTO submission_recipients (submission_seq, recipient) VALUES {}",
            values.join(", ")
        );
        let mut insert = sqlx::query(&statement);
        for (seq, recipient) in chunk {
            insert = insert.bind(*seq).bind(*recipient);
        }
        insert.execute(&mut *conn).await?;
    }
    Ok(())
}

/// What only some new cases have: an urgent status, a return code, a facility.
pub(super) async fn insert_details(
    conn: &mut AnyConnection,
    seq: i64,
    case: &SealedCase,
    day: &Day,
) -> Result<(), sqlx::Error> {
    if case.arrival != Arrival::Normal {
        let flood = case.arrival == Arrival::PossibleFlood;
        sqlx::query(
            "INSERT INTO case_status \
                 (submission_seq, status, changed_on, urgency, escalated_on, possible_flood) \
                 VALUES ($1, $4, $2, $5, CASE WHEN $3 = 1 THEN NULL ELSE $2 END, $3)",
        )
        .bind(seq)
        .bind(day.as_str())
        .bind(i64::from(flood))
        .bind(CaseStatus::New.as_str())
        .bind(Urgency::Urgent.as_str())
        .execute(&mut *conn)
        .await?;
    }
    if let Some(code) = &case.return_code {
        sqlx::query(
            "INSERT INTO return_codes (submission_seq, token_hash, child_recipient) \
             VALUES ($1, $2, $3)",
        )
        .bind(seq)
        .bind(&code.token_hash)
        .bind(code.child_recipient.as_str())
        .execute(&mut *conn)
        .await?;
    }
    if let Some(facility) = case.facility {
        sqlx::query("INSERT INTO case_facilities (submission_seq, facility_id) VALUES ($1, $2)")
            .bind(seq)
            .bind(facility)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

impl Store {
    /// The recipients a submission was sealed to, sorted.
    pub async fn submission_recipients(
        &self,
        id: &SubmissionId,
    ) -> Result<Vec<String>, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT r.recipient FROM submission_recipients r JOIN submissions s ON s.seq = r.submission_seq \
             WHERE s.public_id = $1 ORDER BY r.recipient",
        )
        .bind(id.as_str())
        .fetch_all(self.pool())
        .await
    }

    /// Whether a submission with this id has arrived.
    pub async fn submission_exists(&self, id: &SubmissionId) -> Result<bool, sqlx::Error> {
        let found: Option<i64> =
            sqlx::query_scalar("SELECT seq FROM submissions WHERE public_id = $1")
                .bind(id.as_str())
                .fetch_optional(self.pool())
                .await?;
        Ok(found.is_some())
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
