//! Storage (sqlx: SQLite by default, PostgreSQL for several servers; see `connect`). The only way in for a child's message is
//! [`Store::insert_case`], which takes a [`SealedCase`] holding a
//! [`app::sealing::SealedSubmission`] (and a story's, [`Store::insert_story`], likewise):
//! plaintext has no path to the database.

mod accounts;
mod audit;
pub mod backup;
mod case_commits;
mod case_statement;
mod case_work;
mod cases;
mod connect;
mod consultation_actions;
mod consultation_written;
mod consultations;
mod day;
mod facilities;
mod facility_proof;
mod fleet;
mod help_contacts;
mod inbox;
mod kiosks;
mod languages;
mod passkeys;
mod readers_cache;
mod recipients;
mod return_codes;
mod reviewer_keys;
mod saved_views;
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
pub use fleet::{JobTurn, WindowCounts};
pub use help_contacts::HelpContactRow;
pub use inbox::{CaseReader, CaseRow, InboxFilter, Queue};
pub use kiosks::KioskRow;
pub use passkeys::{NewPasskey, PasskeyRow};
pub use readers_cache::{Epoch, Readers};
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
pub use connect::{sqlite_url, Backend, Database, PostgresUrl};
use sqlx::AnyPool;
use std::path::Path;
use std::sync::Arc;

#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    database: Database,
    backend: Backend,
    /// Serialises audit appends: each computes its hash from the previous entry's.
    audit_writer: Arc<tokio::sync::Mutex<()>>,
    /// The turns of this process's write transactions ([`Store::write_tx`]).
    write_turns: WriteTurns,
    /// The group commit of new cases on SQLite ([`Store::insert_case`]); `None` on PostgreSQL
    /// and in the committer's own store, which write directly.
    case_commits: Option<case_commits::CaseCommits>,
    /// The readers of new cases as last read, on PostgreSQL ([`Store::kept_readers`]).
    readers_cache: readers_cache::ReadersCache,
}

impl Store {
    /// Opens (creating if needed) the SQLite database file and applies the migrations.
    pub async fn open_sqlite(path: &Path) -> anyhow::Result<Self> {
        Self::open(&Database::Sqlite(path.to_owned())).await
    }

    /// Opens the database and applies the migrations (SQLite's file is created if missing).
    pub async fn open(database: &Database) -> anyhow::Result<Self> {
        let (mut pool, backend) = connect::pool(database).await?;
        let before = applied_migrations(&pool).await;
        let migrated = match backend {
            Backend::Sqlite => sqlx::migrate!("../migrations/sqlite").run(&pool).await,
            Backend::Postgres => sqlx::migrate!("../migrations/postgres").run(&pool).await,
        };
        migrated.context("applying migrations")?;
        // A migration may change a table's definition in place (0015): after applying any,
        // start every connection afresh so that none keeps a definition it parsed before.
        if applied_migrations(&pool).await != before {
            pool.close().await;
            pool = connect::pool(database).await?.0;
        }
        let mut store = Self {
            pool,
            database: database.clone(),
            backend,
            audit_writer: Arc::default(),
            write_turns: WriteTurns::default(),
            case_commits: None,
            readers_cache: Default::default(),
        };
        // On PostgreSQL concurrent sends already share a flush to disk (each commits on its own
        // connection, no turn between them); one committer per server would queue them instead
        // (measured: slower, `examples/load_bench.rs`).
        if backend == Backend::Sqlite {
            store.case_commits = Some(case_commits::CaseCommits::start(store.clone()));
        }
        Ok(store)
    }

    /// Empties SQLite's WAL into the database file (`wal_checkpoint(TRUNCATE)`), so that pages
    /// of deleted content do not stay in it. SQLite reports `busy` when a reader kept it from
    /// finishing: then it is tried again a few times, and logged as an error if it never finishes
    /// (the deletion itself is committed and must not be reported as failed; the old pages leave
    /// the WAL at the next checkpoint).
    ///
    /// On PostgreSQL a deleted row stays in its table's pages until `VACUUM` makes the space
    /// reusable (and in the WAL segments until they are recycled). A VACUUM in a child's request
    /// would queue the fleet's children behind each other's (and cancel autovacuum): there the
    /// tables are vacuumed by the retention job instead ([`Store::vacuum_content`]); see the
    /// README's "Deletion on PostgreSQL".
    pub async fn forget_deleted(&self) -> Result<(), sqlx::Error> {
        if self.backend == Backend::Postgres {
            return Ok(());
        }
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

    /// PostgreSQL only (nothing to do on SQLite, whose deletions overwrite): `VACUUM` the tables
    /// that held what a child wrote or answered, so that the space of deleted rows is reused and
    /// dead row versions (a consultation's counts before each answer) are pruned. Run by the
    /// retention job, outside any transaction (VACUUM cannot run in one).
    pub async fn vacuum_content(&self) -> Result<(), sqlx::Error> {
        if self.backend == Backend::Postgres {
            sqlx::query(VACUUM_CONTENT).execute(self.pool()).await?;
        }
        Ok(())
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub fn database(&self) -> &Database {
        &self.database
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The PostgreSQL database's size on disk, in bytes (the storage budget's measure there).
    pub async fn database_size(&self) -> Result<u64, sqlx::Error> {
        let size: i64 = sqlx::query_scalar("SELECT pg_database_size(current_database())")
            .fetch_one(self.pool())
            .await?;
        Ok(size.max(0) as u64)
    }

    /// An inner join that keeps the written join order where the database takes the hint
    /// (SQLite's CROSS JOIN); a plain JOIN on PostgreSQL, whose planner needs no hint.
    fn fixed_join(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite => "CROSS JOIN",
            Backend::Postgres => "JOIN",
        }
    }

    /// A write transaction. Writers are serialised, on both databases, because several of them
    /// read and then write on what they read (the audit chain's next hash, a count before an
    /// insert):
    /// - SQLite: `BEGIN IMMEDIATE` takes the write lock at once, waiting for it with the busy
    ///   timeout; a deferred transaction that reads first and then writes fails at once
    ///   (`database is locked`) when another connection wrote in between.
    /// - PostgreSQL: a transaction-scoped advisory lock, held by one writer of the whole fleet at
    ///   a time and released at commit or rollback (also when a server dies: the connection
    ///   ends).
    ///
    /// The writers of this process take turns first (`write_turn`): a fair queue instead of
    /// SQLite's sleeping retries, which made the slowest sends under load.
    pub async fn write_tx(&self) -> sqlx::Result<WriteTx> {
        let turn = self.write_turns.take().await;
        let tx = match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => {
                let mut tx = self.pool.begin().await?;
                sqlx::query("SELECT pg_advisory_xact_lock($1)")
                    .bind(fleet::WRITERS_LOCK)
                    .execute(&mut *tx)
                    .await?;
                tx
            }
        };
        Ok(WriteTx::new(tx, turn))
    }

    /// A transaction that only inserts rows under keys of its own and reads nothing it then
    /// writes on (a new case: `ON CONFLICT` settles a retried id). On SQLite it is a
    /// [`Store::write_tx`] all the same (one writer at a time is SQLite's way); on PostgreSQL it
    /// takes no fleet-wide turn, so that concurrent sends commit together (PostgreSQL flushes
    /// their WAL in one write) instead of one disk flush after another.
    pub async fn insert_tx(&self) -> sqlx::Result<WriteTx> {
        match self.backend {
            Backend::Sqlite => self.write_tx().await,
            Backend::Postgres => Ok(WriteTx::new(self.pool.begin().await?, None)),
        }
    }
}

/// The tables whose deleted rows held what a child wrote (directly or by cascade).
const VACUUM_CONTENT: &str = "VACUUM submissions, submission_recipients, case_notes, \
     case_messages, case_copies, return_codes, stories, story_versions, published_stories, \
     consultation_written, consultation_quotes, consultation_counts, child_sessions";

/// A flag column (0 or 1: both databases store flags as integers) as a bool.
fn flag(row: &sqlx::any::AnyRow, column: &str) -> sqlx::Result<bool> {
    use sqlx::Row;
    Ok(row.try_get::<i64, _>(column)? != 0)
}

/// A flag column that may be NULL.
fn maybe_flag(row: &sqlx::any::AnyRow, column: &str) -> sqlx::Result<Option<bool>> {
    use sqlx::Row;
    Ok(row.try_get::<Option<i64>, _>(column)?.map(|v| v != 0))
}

/// How many migrations the database has applied (none before the first).
async fn applied_migrations(pool: &AnyPool) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations")
        .fetch_one(pool)
        .await
        .unwrap_or(0)
}
