//! Where sessions live (tower-sessions stores, chosen at start-up):
//!
//! | | SQLite (one server) | PostgreSQL (several servers) |
//! |---|---|---|
//! | console | `console_sessions` in the database | `console_sessions` in the database |
//! | child site | this process's memory only (moka) | `child_sessions`, an UNLOGGED table |
//!
//! On one server a child's session never touches a disk. Several servers must share it (a child
//! whose next request reaches another server keeps its language, its proof challenges and its
//! counters), so on PostgreSQL it is in a table that is never written to the WAL and that
//! [`SessionStores::trim_child_sessions`] keeps to [`CHILD_SESSIONS_MAX`] rows, oldest first, as
//! moka does in memory (every ten seconds: a flood can pass it in between). A child session
//! holds no word a child wrote; while a child takes part in a consultation it holds the place and
//! age band they chose and how far they are (`child_consult`), as it does in memory. Stored
//! expiries are rounded up to the hour ([`coarse`]).

use super::CHILD_SESSIONS_MAX;
use crate::store::Database;
use anyhow::Context;
use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::SqlitePoolOptions;
use std::str::FromStr;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, ExpiredDeletion};
use tower_sessions::SessionStore;
use tower_sessions_moka_store::MokaStore;
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

/// One session store, of whichever kind.
#[derive(Clone, Debug)]
pub enum AnySessionStore {
    Memory(MokaStore),
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
    /// The child site's on PostgreSQL: expiries stored coarse ([`coarse`]).
    SharedChild(PostgresStore),
}

/// The two listeners' stores.
#[derive(Clone, Debug)]
pub struct SessionStores {
    pub child: AnySessionStore,
    pub console: AnySessionStore,
    /// The PostgreSQL pool behind `child_sessions`, for trimming it.
    child_pool: Option<PgPool>,
}

impl SessionStores {
    /// Connects to the database the store opened (and migrated: the tables exist), each store
    /// with its own small pool of native connections.
    pub async fn connect(database: &Database) -> anyhow::Result<Self> {
        match database {
            Database::Sqlite(path) => {
                let options = sqlx::sqlite::SqliteConnectOptions::new()
                    .filename(path)
                    .pragma("secure_delete", "ON")
                    .busy_timeout(std::time::Duration::from_secs(5));
                let pool = SqlitePoolOptions::new()
                    .max_connections(2)
                    .connect_with(options)
                    .await
                    .context("opening the console's session store")?;
                let console = SqliteStore::new(pool)
                    .with_table_name("console_sessions")
                    .map_err(anyhow::Error::msg)?;
                Ok(Self {
                    child: AnySessionStore::Memory(MokaStore::new(Some(CHILD_SESSIONS_MAX))),
                    console: AnySessionStore::Sqlite(console),
                    child_pool: None,
                })
            }
            Database::Postgres(url) => {
                let options = sqlx::postgres::PgConnectOptions::from_str(url.as_str())?;
                let pool = PgPoolOptions::new()
                    .max_connections(8)
                    .connect_with(options)
                    .await
                    .context("opening the session stores")?;
                let table = |name: &str| {
                    PostgresStore::new(pool.clone())
                        .with_schema_name("public")
                        .and_then(|s| s.with_table_name(name))
                        .map_err(anyhow::Error::msg)
                };
                Ok(Self {
                    child: AnySessionStore::SharedChild(table("child_sessions")?),
                    console: AnySessionStore::Postgres(table("console_sessions")?),
                    child_pool: Some(pool),
                })
            }
        }
    }

    /// Deletes the child sessions beyond the newest [`CHILD_SESSIONS_MAX`] (those that expire
    /// soonest go first): a flood of cookieless requests fills the table no further than that.
    /// Nothing to do where they live in memory (moka evicts by itself).
    pub async fn trim_child_sessions(&self) -> sqlx::Result<u64> {
        let Some(pool) = &self.child_pool else {
            return Ok(0);
        };
        // The newest row to go is found first (an uncorrelated subquery: run once), then every
        // row up to it goes. As `DELETE … WHERE id IN (SELECT …)` PostgreSQL planned a nested
        // loop over both sides whenever its statistics said the table was empty (after a
        // VACUUM, before a flood), and took minutes once a flood had filled it.
        let done = sqlx::query(
            "DELETE FROM child_sessions WHERE (expiry_date, id) <= \
             (SELECT expiry_date, id FROM child_sessions \
              ORDER BY expiry_date DESC, id DESC OFFSET $1 LIMIT 1)",
        )
        .bind(CHILD_SESSIONS_MAX as i64)
        .execute(pool)
        .await?;
        Ok(done.rows_affected())
    }
}

/// A child session's expiry as the database keeps it: rounded up to the next whole hour, so that
/// a stored row does not say to the second when a child was last active. The cookie keeps its
/// own exact expiry; a row may outlive it by up to an hour, and is deleted then. (Not for the
/// console's: the stored expiry is what ends a reviewer's idle session.)
fn coarse(record: &Record) -> Record {
    let mut stored = record.clone();
    let at = stored.expiry_date;
    let hour = at
        .replace_minute(0)
        .and_then(|t| t.replace_second(0))
        .and_then(|t| t.replace_nanosecond(0))
        .unwrap_or(at);
    stored.expiry_date = if hour == at {
        hour
    } else {
        hour + time::Duration::HOUR
    };
    stored
}

#[async_trait::async_trait]
impl SessionStore for AnySessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        match self {
            Self::Memory(s) => s.create(record).await,
            Self::Sqlite(s) => s.create(record).await,
            Self::Postgres(s) => s.create(record).await,
            Self::SharedChild(s) => {
                let mut stored = coarse(record);
                s.create(&mut stored).await?;
                // The store may have drawn a new id (a collision): the session takes it.
                record.id = stored.id;
                Ok(())
            }
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        match self {
            Self::Memory(s) => s.save(record).await,
            Self::Sqlite(s) => s.save(record).await,
            Self::Postgres(s) => s.save(record).await,
            Self::SharedChild(s) => s.save(&coarse(record)).await,
        }
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        match self {
            Self::Memory(s) => s.load(id).await,
            Self::Sqlite(s) => s.load(id).await,
            Self::Postgres(s) | Self::SharedChild(s) => s.load(id).await,
        }
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        match self {
            Self::Memory(s) => s.delete(id).await,
            Self::Sqlite(s) => s.delete(id).await,
            Self::Postgres(s) | Self::SharedChild(s) => s.delete(id).await,
        }
    }
}

impl AnySessionStore {
    /// Deletes expired sessions (moka's expire by themselves).
    pub async fn delete_expired(&self) -> session_store::Result<()> {
        match self {
            Self::Memory(_) => Ok(()),
            Self::Sqlite(s) => s.delete_expired().await,
            Self::Postgres(s) | Self::SharedChild(s) => s.delete_expired().await,
        }
    }
}
