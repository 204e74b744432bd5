//! `heard backup` and `heard restore` (SQLite; see `store::backup`).

use crate::config::DataArgs;
use crate::store::backup::{restore as restore_into, BackupSummary};
use crate::store::Store;
use anyhow::bail;
use std::path::Path;

fn report(done: &str, summary: &BackupSummary) {
    println!(
        "{done}: {} sealed submissions; audit head {}",
        summary.submissions, summary.audit_head
    );
}

/// `heard backup --to FILE`: a consistent copy while the server runs.
pub async fn backup(data: &DataArgs, to: &Path) -> anyhow::Result<()> {
    refuse_postgres(data)?;
    let database = data.database_path();
    // Opening would create an empty database, and back that up.
    if !database.exists() {
        bail!("no database at {}: nothing to back up", database.display());
    }
    let store = Store::open_sqlite(&database).await?;
    let summary = store.backup_to(to).await?;
    report(&format!("backed up to {}", to.display()), &summary);
    println!(
        "It holds sealed messages, metadata and the audit log, readable only by this user; \
         console sessions are left out. A case deleted later (retention, a child's withdrawal) \
         stays in this file until the file is destroyed: keep backups only as long as your \
         retention period."
    );
    Ok(())
}

/// `heard restore --from FILE`: into a data directory that has no database yet.
pub async fn restore(data: &DataArgs, from: &Path) -> anyhow::Result<()> {
    refuse_postgres(data)?;
    tokio::fs::create_dir_all(&data.data_dir).await?;
    let summary = restore_into(from, &data.database_path()).await?;
    report(
        &format!("restored into {}", data.database_path().display()),
        &summary,
    );
    println!(
        "Check the head against the one you recorded: heard audit verify --head <recorded head>"
    );
    Ok(())
}

/// On PostgreSQL, backups are the database's own (`pg_dump`): the README says how.
fn refuse_postgres(data: &DataArgs) -> anyhow::Result<()> {
    if data.database_url.is_some() {
        bail!(
            "heard backup and heard restore are for SQLite; on PostgreSQL use pg_dump and \
             pg_restore as the README's \"Backup and restore\" section describes"
        );
    }
    Ok(())
}
