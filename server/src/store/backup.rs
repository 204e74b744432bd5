//! Online backup and restore of the SQLite database (`heard backup`, `heard restore`).
//!
//! A backup is `VACUUM INTO`: one read transaction, so it is consistent while the server keeps
//! serving, and it holds only what the database holds — sealed submissions, metadata, the audit
//! log — never a child's words in the clear. Two things are taken out of the copy before anyone
//! can read it: the console's sessions (a stolen backup must not sign anybody in) and, by
//! `secure_delete` and a second `VACUUM`, the pages they were on.
//!
//! *Invariants:* a backup never overwrites a file, and a restore never replaces a database: an
//! operator's slip changes nothing. A restore checks the copy (SQLite's integrity check, then
//! the audit chain) before it puts it in place.

use super::Store;
use crate::audit::{Actor, AuditAction, ChainVerdict};
use anyhow::{bail, Context};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode};
use sqlx::{ConnectOptions, Connection, SqliteConnection};
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// What a backup or a restore holds, as the operator is told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupSummary {
    pub submissions: i64,
    /// The audit log's last hash: the same in the backup and, before its own entry, the restore.
    pub audit_head: String,
}

/// A folder only this user may enter, beside `target`, removed when dropped: the copy is made
/// and cleaned there, so nobody else can read it half-made.
struct Workroom(PathBuf);

impl Workroom {
    fn beside(target: &Path) -> anyhow::Result<Self> {
        let parent = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let mut random = [0u8; 8];
        getrandom::getrandom(&mut random).context("no randomness for a working folder")?;
        let name = format!(
            ".heard-backup-{}",
            random
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
        );
        let dir = parent.join(name);
        std::fs::DirBuilder::new()
            .mode(0o700)
            .create(&dir)
            .with_context(|| format!("making a private folder in {}", parent.display()))?;
        Ok(Self(dir))
    }

    fn file(&self) -> PathBuf {
        self.0.join("heard.sqlite3")
    }
}

impl Drop for Workroom {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// One connection to a database file outside the store, in rollback-journal mode so that no WAL
/// is left beside it.
async fn connect(path: &Path) -> anyhow::Result<SqliteConnection> {
    SqliteConnectOptions::new()
        .filename(path)
        .journal_mode(SqliteJournalMode::Delete)
        .pragma("secure_delete", "ON")
        .disable_statement_logging()
        .connect()
        .await
        .with_context(|| format!("opening {}", path.display()))
}

async fn integrity_ok(conn: &mut SqliteConnection) -> anyhow::Result<bool> {
    let verdict: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&mut *conn)
        .await?;
    Ok(verdict == "ok")
}

/// Puts `from` at `to` without ever replacing a file there: a hard link fails if `to` exists.
fn place(from: &Path, to: &Path) -> anyhow::Result<()> {
    std::fs::set_permissions(from, std::fs::Permissions::from_mode(0o600))?;
    std::fs::hard_link(from, to).with_context(|| {
        format!(
            "{} already exists or cannot be written: nothing was changed",
            to.display()
        )
    })
}

impl Store {
    /// Writes a consistent copy of the database to `target` (which must not exist), readable by
    /// this user only, without console sessions. Audited first: the backup holds its own entry.
    pub async fn backup_to(&self, target: &Path) -> anyhow::Result<BackupSummary> {
        if target.exists() {
            bail!(
                "{} already exists: a backup never overwrites a file",
                target.display()
            );
        }
        let room = Workroom::beside(target)?;
        let submissions = self.count_submissions().await?;
        self.audit(
            Actor::Cli,
            AuditAction::DatabaseBackup,
            &format!("{submissions} submissions"),
        )
        .await?;
        let copy = room.file();
        sqlx::query("VACUUM INTO ?")
            .bind(copy.to_string_lossy().into_owned())
            .execute(self.pool())
            .await
            .context("copying the database")?;
        let mut conn = connect(&copy).await?;
        sqlx::query("DELETE FROM console_sessions")
            .execute(&mut conn)
            .await?;
        sqlx::query("VACUUM").execute(&mut conn).await?;
        if !integrity_ok(&mut conn).await? {
            bail!("the copy failed SQLite's integrity check: no backup was written");
        }
        conn.close().await?;
        let summary = summary_of(&copy).await?;
        place(&copy, target)?;
        Ok(summary)
    }
}

/// What the database at `path` holds, its audit chain verified (refused if broken).
async fn summary_of(path: &Path) -> anyhow::Result<BackupSummary> {
    let store = Store::open_sqlite(path).await?;
    let submissions = store.count_submissions().await?;
    let verdict = store.verify_audit_chain().await?;
    store.pool().close().await;
    match verdict {
        ChainVerdict::Intact { head, .. } => Ok(BackupSummary {
            submissions,
            audit_head: head,
        }),
        ChainVerdict::Broken { at_seq, reason } => {
            bail!("the audit chain is broken at entry {at_seq} ({reason:?}): refused")
        }
    }
}

/// Restores the backup `from` as the database at `database` (which must not exist): checked
/// (integrity, audit chain), upgraded by the migrations if it is older, audited, then put in
/// place. Nothing is left behind if any step fails.
pub async fn restore(from: &Path, database: &Path) -> anyhow::Result<BackupSummary> {
    // A database's WAL and shared memory left beside it (after a crash) would be replayed into
    // the restored file by SQLite: they count as a database too.
    let beside = |suffix: &str| {
        let mut name = database.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    };
    let present: Vec<PathBuf> = [
        beside(""),
        beside("-wal"),
        beside("-shm"),
        beside("-journal"),
    ]
    .into_iter()
    .filter(|p| p.exists())
    .collect();
    if !present.is_empty() {
        let names: Vec<String> = present.iter().map(|p| p.display().to_string()).collect();
        bail!(
            "a database is already here ({}): a restore never replaces one (move all of these \
             away first)",
            names.join(", ")
        );
    }
    let room = Workroom::beside(database)?;
    let copy = room.file();
    std::fs::copy(from, &copy).with_context(|| format!("reading {}", from.display()))?;
    std::fs::set_permissions(&copy, std::fs::Permissions::from_mode(0o600))?;
    let mut conn = connect(&copy)
        .await
        .context("the file is not a Heard backup")?;
    let intact = integrity_ok(&mut conn)
        .await
        .context("the file is not a Heard backup")?;
    conn.close().await?;
    if !intact {
        bail!(
            "{} failed SQLite's integrity check: refused",
            from.display()
        );
    }
    // Any SQLite file would pass the check, and the migrations would make an empty Heard of it.
    let mut conn = connect(&copy).await?;
    let heard_tables: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' \
         AND name IN ('_sqlx_migrations', 'audit_log', 'submissions')",
    )
    .fetch_one(&mut conn)
    .await?;
    conn.close().await?;
    if heard_tables != 3 {
        bail!("{} is not a Heard backup: refused", from.display());
    }
    let summary = summary_of(&copy).await?;
    let store = Store::open_sqlite(&copy).await?;
    store
        .audit(
            Actor::Cli,
            AuditAction::DatabaseRestore,
            &format!(
                "{} submissions; head {}",
                summary.submissions, summary.audit_head
            ),
        )
        .await?;
    store.forget_deleted().await?;
    store.pool().close().await;
    place(&copy, database)?;
    Ok(summary)
}
