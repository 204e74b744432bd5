//! Where the console's sessions live: in the database Heard stores in, so that they survive a
//! restart and every server of a fleet on one PostgreSQL database knows every session
//! (tower-sessions-sqlx-store's SQLite or PostgreSQL store, in the table `console_sessions`).
//! Each store has its own small pool of native connections.

use crate::store::Database;
use anyhow::Context;
use sqlx::postgres::PgPoolOptions;
use sqlx::sqlite::SqlitePoolOptions;
use std::str::FromStr;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, ExpiredDeletion};
use tower_sessions::SessionStore;
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

const TABLE: &str = "console_sessions";

#[derive(Clone, Debug)]
pub enum ConsoleSessionStore {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

impl ConsoleSessionStore {
    /// Connects to the database the store opened (and migrated: the table exists).
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
                let store = SqliteStore::new(pool)
                    .with_table_name(TABLE)
                    .map_err(anyhow::Error::msg)?;
                Ok(Self::Sqlite(store))
            }
            Database::Postgres(url) => {
                let options = sqlx::postgres::PgConnectOptions::from_str(url.as_str())?;
                let pool = PgPoolOptions::new()
                    .max_connections(4)
                    .connect_with(options)
                    .await
                    .context("opening the console's session store")?;
                let store = PostgresStore::new(pool)
                    .with_schema_name("public")
                    .and_then(|s| s.with_table_name(TABLE))
                    .map_err(anyhow::Error::msg)?;
                Ok(Self::Postgres(store))
            }
        }
    }
}

#[async_trait::async_trait]
impl SessionStore for ConsoleSessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        match self {
            Self::Sqlite(s) => s.create(record).await,
            Self::Postgres(s) => s.create(record).await,
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        match self {
            Self::Sqlite(s) => s.save(record).await,
            Self::Postgres(s) => s.save(record).await,
        }
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        match self {
            Self::Sqlite(s) => s.load(id).await,
            Self::Postgres(s) => s.load(id).await,
        }
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        match self {
            Self::Sqlite(s) => s.delete(id).await,
            Self::Postgres(s) => s.delete(id).await,
        }
    }
}

#[async_trait::async_trait]
impl ExpiredDeletion for ConsoleSessionStore {
    async fn delete_expired(&self) -> session_store::Result<()> {
        match self {
            Self::Sqlite(s) => s.delete_expired().await,
            Self::Postgres(s) => s.delete_expired().await,
        }
    }
}
