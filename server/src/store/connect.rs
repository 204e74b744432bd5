//! Which database Heard keeps its data in, and opening it. SQLite (one file in the data
//! directory) is the embedded default; PostgreSQL (`--database-url postgres://…`) is for several
//! servers on one database. The store speaks to both through sqlx's `Any` driver with the same
//! SQL text; each has its own migrations (`migrations/sqlite`, `migrations/postgres`).

use anyhow::{bail, Context};
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, ConnectOptions, Executor};
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// Where the data is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Database {
    Sqlite(PathBuf),
    Postgres(PostgresUrl),
}

/// A `postgres://` URL. Its `Debug` hides the password.
#[derive(Clone, PartialEq, Eq)]
pub struct PostgresUrl(String);

impl PostgresUrl {
    pub fn parse(raw: &str) -> anyhow::Result<Self> {
        if !(raw.starts_with("postgres://") || raw.starts_with("postgresql://")) {
            bail!("--database-url takes a postgres:// URL (SQLite needs none: it is the default)");
        }
        Ok(Self(raw.to_owned()))
    }

    /// [`PostgresUrl::parse`] for clap.
    pub fn parse_arg(raw: &str) -> Result<Self, String> {
        Self::parse(raw).map_err(|e| e.to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for PostgresUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // An unescaped `@` or `/` in the password makes the URL ambiguous: then show nothing of it.
        let ambiguous = self.0.matches('@').count() > 1;
        let shown = match sqlx::postgres::PgConnectOptions::from_str(&self.0) {
            Ok(_) if ambiguous => "postgres://…".to_owned(),
            Ok(o) => format!(
                "postgres://{}@{}:{}/{}",
                o.get_username(),
                o.get_host(),
                o.get_port(),
                o.get_database().unwrap_or_default()
            ),
            Err(_) => "postgres://…".to_owned(),
        };
        f.write_str(&shown)
    }
}

/// Which kind of database a store is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The pragmas of every SQLite connection.
/// - `journal_mode = WAL`: readers do not block the writer.
/// - `synchronous = FULL`: a commit is on disk before the child is told "it arrived".
/// - `secure_delete`: deleted content is overwritten, not left in free pages.
/// - `temp_store = MEMORY`: SQLite's own temporary tables stay in memory, never in a temp file.
/// - `busy_timeout`: first, so that the others wait for a lock instead of failing.
const SQLITE_PRAGMAS: &str = "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; \
     PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; \
     PRAGMA temp_store = MEMORY;";

/// The settings of every PostgreSQL connection.
/// - `jit = off`: a page of the inbox (`LIMIT 50` over a million cases) has a large estimated
///   cost, which made PostgreSQL compile it to machine code first: 20–45 ms of compiling for a
///   query that then ran in 2 ms (`examples/inbox_bench.rs`).
/// - `lock_timeout = 5s`: a writer waits for the fleet's writers' lock (`fleet.rs`) as long as
///   SQLite's busy timeout, then fails (a child is asked to try again) instead of waiting
///   without end behind a server whose host vanished with the lock.
const POSTGRES_SETTINGS: &str = "SET jit = off; SET lock_timeout = '5s'";

pub(super) async fn pool(database: &Database) -> anyhow::Result<(AnyPool, Backend)> {
    sqlx::any::install_default_drivers();
    match database {
        Database::Sqlite(path) => Ok((sqlite_pool(path).await?, Backend::Sqlite)),
        Database::Postgres(url) => {
            // SQL text is harmless, but nothing about requests belongs in the logs by default.
            let options = AnyConnectOptions::from_str(url.as_str())
                .context("reading --database-url")?
                .disable_statement_logging();
            let pool = AnyPoolOptions::new()
                .max_connections(16)
                .after_connect(|conn, _meta| {
                    Box::pin(async move {
                        conn.execute(POSTGRES_SETTINGS).await?;
                        Ok(())
                    })
                })
                .connect_with(options)
                .await
                .with_context(|| format!("connecting to {url:?}"))?;
            Ok((pool, Backend::Postgres))
        }
    }
}

async fn sqlite_pool(path: &Path) -> anyhow::Result<AnyPool> {
    let options = AnyConnectOptions::from_str(&sqlite_url(path)?)?.disable_statement_logging();
    AnyPoolOptions::new()
        .max_connections(8)
        .after_connect(|conn, _meta| {
            Box::pin(async move {
                conn.execute(SQLITE_PRAGMAS).await?;
                Ok(())
            })
        })
        .connect_with(options)
        .await
        .with_context(|| format!("opening the database {}", path.display()))
}

/// `sqlite:///absolute/path?mode=rwc` (created if missing). The Any driver takes only a URL; the
/// characters a URL would read as its own (`%`, `?`, `#`) are escaped, and SQLite's parser
/// unescapes them.
pub fn sqlite_url(path: &Path) -> anyhow::Result<String> {
    let absolute = std::path::absolute(path)
        .with_context(|| format!("finding the absolute path of {}", path.display()))?;
    let Some(text) = absolute.to_str() else {
        bail!(
            "the data directory's path must be UTF-8: {}",
            path.display()
        );
    };
    let escaped = text
        .replace('%', "%25")
        .replace('?', "%3F")
        .replace('#', "%23");
    Ok(format!("sqlite://{escaped}?mode=rwc"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_postgres_url_hides_its_password_when_shown() {
        let url = PostgresUrl::parse("postgres://heard:s3cret@db.internal:5433/heard").unwrap();
        let shown = format!("{url:?}");
        assert!(!shown.contains("s3cret"), "{shown}");
        assert!(shown.contains("db.internal:5433/heard"), "{shown}");
    }

    #[test]
    fn an_ambiguous_url_shows_nothing_of_its_password() {
        let url = PostgresUrl::parse("postgres://heard:p@ss/word@db/heard").unwrap();
        let shown = format!("{url:?}");
        assert!(!shown.contains("ss") && !shown.contains("word"), "{shown}");
    }

    #[test]
    fn only_postgres_urls_are_taken() {
        assert!(PostgresUrl::parse("mysql://x/y").is_err());
        assert!(PostgresUrl::parse("sqlite://x").is_err());
        assert!(PostgresUrl::parse("postgresql://x/y").is_ok());
    }

    #[test]
    fn sqlite_paths_with_url_characters_are_escaped() {
        let url = sqlite_url(Path::new("/data/a?b#c%d/heard.sqlite3")).unwrap();
        assert_eq!(url, "sqlite:///data/a%3Fb%23c%25d/heard.sqlite3?mode=rwc");
    }
}
