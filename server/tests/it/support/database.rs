//! The database of a test app: SQLite in its data directory, or, when `HEARD_TEST_POSTGRES`
//! names a PostgreSQL server (`postgres://user@host/db`), a fresh database there, named
//! `heard_t_<random>` (`cargo xtask test` drops them all before and after the run). The CLI runs
//! of a test find their app's database by its data directory.

use sqlx::Connection;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

/// The PostgreSQL server the suite runs against, if any.
pub fn postgres_server() -> Option<String> {
    std::env::var("HEARD_TEST_POSTGRES")
        .ok()
        .filter(|s| !s.is_empty())
}

pub fn on_postgres() -> bool {
    postgres_server().is_some()
}

fn urls() -> &'static Mutex<HashMap<PathBuf, String>> {
    static URLS: OnceLock<Mutex<HashMap<PathBuf, String>>> = OnceLock::new();
    URLS.get_or_init(Default::default)
}

/// A fresh database for the app whose data directory is `data_dir`: `None` for SQLite (the
/// default, in the directory), or the URL of a new, empty PostgreSQL database.
pub async fn fresh(data_dir: &Path) -> Option<String> {
    let server = postgres_server()?;
    let mut random = [0u8; 8];
    getrandom::getrandom(&mut random).unwrap();
    let name = format!("heard_t_{}", u64::from_le_bytes(random));
    let mut admin = sqlx::PgConnection::connect(&server)
        .await
        .expect("HEARD_TEST_POSTGRES names a PostgreSQL server this user can create databases on");
    // Byte order for text, as SQLite sorts (and as the README asks of a production database).
    sqlx::query(&format!(
        "CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
    ))
    .execute(&mut admin)
    .await
    .unwrap();
    admin.close().await.unwrap();
    let url = database_url(&server, &name);
    register(data_dir, &url);
    Some(url)
}

/// Says that the app whose data directory is `data_dir` is on the database at `url`.
pub fn register(data_dir: &Path, url: &str) {
    urls()
        .lock()
        .unwrap()
        .insert(data_dir.to_owned(), url.to_owned());
}

/// The database URL of the app whose data directory is `data_dir`, on PostgreSQL.
pub fn url_of(data_dir: &Path) -> Option<String> {
    urls().lock().unwrap().get(data_dir).cloned()
}

/// `server` with its database name replaced by `name`.
fn database_url(server: &str, name: &str) -> String {
    let (base, query) = match server.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (server, String::new()),
    };
    let authority_end = base["postgres://".len()..]
        .find('/')
        .map(|i| i + "postgres://".len())
        .unwrap_or(base.len());
    format!("{}/{name}{query}", &base[..authority_end])
}

/// Every table of the PostgreSQL database at `url`, its live rows in COPY's binary format (a
/// text column's bytes and a bytea column's bytes as they are): what the database holds, for the
/// tests that search it for what must not be there. (Rows deleted but not yet vacuumed away are
/// not in it: the README says what deletion means on PostgreSQL.)
pub fn table_dump(url: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let psql = |args: &[&str]| {
        let out = std::process::Command::new("psql")
            .arg(url)
            .args(args)
            .output()
            .expect("psql is installed");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    let tables = psql(&[
        "-At",
        "-c",
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    ]);
    String::from_utf8(tables)
        .unwrap()
        .lines()
        .map(|table| {
            let copy = format!("\\copy {table} TO STDOUT WITH (FORMAT binary)");
            (
                PathBuf::from(format!("postgres:{table}")),
                psql(&["-c", &copy]),
            )
        })
        .collect()
}

/// A table's columns and their declared types (upper case), in order, on either database.
pub async fn columns(store: &heard::store::Store, table: &str) -> Vec<(String, String)> {
    let sql = match store.backend() {
        heard::store::Backend::Sqlite => {
            "SELECT name, UPPER(type) FROM pragma_table_info($1) ORDER BY cid"
        }
        heard::store::Backend::Postgres => {
            "SELECT column_name::text, UPPER(data_type::text) FROM information_schema.columns \
             WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position"
        }
    };
    sqlx::query_as(sql)
        .bind(table)
        .fetch_all(store.pool())
        .await
        .unwrap()
}

/// The tables whose definition mentions `word` (in their name, a column's name, or, on SQLite,
/// anywhere in their SQL).
pub async fn tables_mentioning(store: &heard::store::Store, word: &str) -> Vec<String> {
    let sql = match store.backend() {
        heard::store::Backend::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE $1"
        }
        heard::store::Backend::Postgres => {
            "SELECT DISTINCT table_name::text FROM information_schema.columns \
             WHERE table_schema = 'public' AND (table_name LIKE $1 OR column_name LIKE $1)"
        }
    };
    sqlx::query_scalar(sql)
        .bind(format!("%{word}%"))
        .fetch_all(store.pool())
        .await
        .unwrap()
}

/// Drops a trigger, as someone with the database in hand could.
pub async fn drop_trigger(store: &heard::store::Store, trigger: &str, table: &str) {
    let sql = match store.backend() {
        heard::store::Backend::Sqlite => format!("DROP TRIGGER {trigger}"),
        heard::store::Backend::Postgres => format!("DROP TRIGGER {trigger} ON {table}"),
    };
    sqlx::query(&sql).execute(store.pool()).await.unwrap();
}
