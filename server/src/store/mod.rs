//! Storage (sqlx, SQLite by default). The only way in for a child's message is
//! [`Store::insert_case`], which takes a [`SealedCase`] holding a
//! [`app::sealing::SealedSubmission`] (and a story's, [`Store::insert_story`], likewise):
//! plaintext has no path to the database.

mod accounts;
mod audit;
pub mod backup;
mod case_work;
mod cases;
mod consultation_actions;
mod consultation_written;
mod consultations;
mod day;
mod facilities;
mod facility_proof;
mod help_contacts;
mod inbox;
mod kiosks;
mod languages;
mod passkeys;
mod recipients;
mod return_codes;
mod reviewer_keys;
mod stories;
mod story_consent;
mod story_expiry;
mod story_publishing;
mod submissions;
mod write_turn;

pub use accounts::{AccountRow, LoginAccount, Standing, StatusChange};
pub use case_work::{NoteRow, Triage};
pub use cases::CaseStatus;
pub use consultation_actions::{ActionRow, Milestone};
pub use consultation_written::{QuoteRow, WrittenRow};
pub use consultations::{Added, ConsultationRow, QuestionRow};
pub use day::Day;
pub use facilities::{AffiliationRow, AffiliationTarget, FacilityRow};
pub use facility_proof::FacilityProof;
pub use help_contacts::HelpContactRow;
pub use inbox::{CaseReader, CaseRow, InboxFilter, Queue};
pub use kiosks::KioskRow;
pub use passkeys::{NewPasskey, PasskeyRow};
pub use recipients::{RecipientKind, RecipientRow};
pub use return_codes::{MessageRow, ReturnCase};
pub use reviewer_keys::KeyRegistration;
pub use stories::{NewStory, StoryRow, VersionRow};
pub use story_consent::ConsentEvent;
pub use story_publishing::PublishedRow;
pub use submissions::{Arrival, Inserted, ReturnCodeRegistration, SealedCase, StoredSubmission};
use write_turn::WriteTurns;
pub use write_turn::WriteTx;

use anyhow::Context;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{ConnectOptions, SqlitePool};
use std::path::Path;
use std::sync::Arc;

#[derive(Clone)]
pub struct Store {
    pool: SqlitePool,
    /// Serialises audit appends: each computes its hash from the previous entry's.
    audit_writer: Arc<tokio::sync::Mutex<()>>,
    /// The turns of this process's write transactions ([`Store::write_tx`]).
    write_turns: WriteTurns,
}

impl Store {
    /// Opens (creating if needed) the SQLite database file and applies the migrations.
    pub async fn open_sqlite(path: &Path) -> anyhow::Result<Self> {
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // FULL: a commit is on disk before the child is told "it arrived".
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            // Deleted content is overwritten, not left in free pages.
            .pragma("secure_delete", "ON")
            // SQLite's own temporary tables and indices stay in memory, never in a temp file.
            .pragma("temp_store", "MEMORY")
            .busy_timeout(write_turn::MOST_WAIT)
            // SQL text is harmless, but nothing about requests belongs in the logs by default.
            .disable_statement_logging();
        let mut pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options.clone())
            .await
            .with_context(|| format!("opening the database {}", path.display()))?;
        let before = applied_migrations(&pool).await;
        sqlx::migrate!("../migrations/sqlite")
            .run(&pool)
            .await
            .context("applying migrations")?;
        // A migration may change a table's definition in place (0015): after applying any,
        // start every connection afresh so that none keeps a definition it parsed before.
        if applied_migrations(&pool).await != before {
            pool.close().await;
            pool = SqlitePoolOptions::new()
                .max_connections(8)
                .connect_with(options)
                .await
                .with_context(|| format!("reopening the database {}", path.display()))?;
        }
        Ok(Self {
            pool,
            audit_writer: Arc::default(),
            write_turns: WriteTurns::default(),
        })
    }

    /// Empties the WAL into the database file (`wal_checkpoint(TRUNCATE)`), so that pages of
    /// deleted content do not stay in it. SQLite reports `busy` when a reader kept it from
    /// finishing: then it is tried again a few times, and logged as an error if it never finishes
    /// (the deletion itself is committed and must not be reported as failed; the old pages leave
    /// the WAL at the next checkpoint).
    pub async fn truncate_wal(&self) -> Result<(), sqlx::Error> {
        for attempt in 0..5u64 {
            let (busy, _log, _done): (i64, i64, i64) =
                sqlx::query_as("PRAGMA wal_checkpoint(TRUNCATE)")
                    .fetch_one(self.pool())
                    .await?;
            if busy == 0 {
                return Ok(());
            }
            tokio::time::sleep(std::time::Duration::from_millis(50 * (attempt + 1))).await;
        }
        tracing::error!("the WAL could not be emptied: a reader kept the checkpoint busy");
        Ok(())
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// A write transaction. `BEGIN IMMEDIATE` takes SQLite's write lock at once, waiting for it
    /// with the busy timeout; a deferred transaction that reads first and then writes fails at
    /// once (`database is locked`) when another connection wrote in between, which under load
    /// turned an admin's action or a child's send into an error.
    ///
    /// The writers of this process take turns first (`write_turn`): a fair queue instead of
    /// SQLite's sleeping retries, which made the slowest sends under load.
    pub async fn write_tx(&self) -> sqlx::Result<WriteTx> {
        let turn = self.write_turns.take().await;
        Ok(WriteTx::new(
            self.pool.begin_with("BEGIN IMMEDIATE").await?,
            turn,
        ))
    }
}

/// How many migrations the database has applied (none before the first).
async fn applied_migrations(pool: &SqlitePool) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations")
        .fetch_one(pool)
        .await
        .unwrap_or(0)
}
