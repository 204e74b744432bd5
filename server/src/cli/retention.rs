//! `heard retention`: run the retention job once.

use super::keys::open;
use crate::config::DataArgs;
use crate::store::Day;

pub async fn run(data: &DataArgs, retention_days: u32) -> anyhow::Result<()> {
    let store = open(data).await?;
    // Never beside a server's run of the same jobs (PostgreSQL: the fleet's jobs' turn).
    let Some(turn) = store.job_turn().await? else {
        anyhow::bail!("a server is running the retention jobs now: try again in a minute");
    };
    let deleted = store
        .purge_expired_closed_cases(&Day::today(), retention_days)
        .await?;
    println!(
        "deleted {} closed cases older than {retention_days} days",
        deleted.len()
    );
    let ended = store.expire_story_consents(&Day::today()).await?;
    let unused = store
        .purge_unused_stories(&Day::today(), retention_days)
        .await?;
    println!(
        "ended {ended} expired story consents; deleted {} stories nobody may use since {retention_days} days",
        unused.len()
    );
    let written = store
        .purge_expired_written(&Day::today(), retention_days)
        .await?;
    println!(
        "deleted the written answers of {} consultations closed more than {retention_days} days ago",
        written.len()
    );
    store.vacuum_content().await?;
    turn.end().await?;
    Ok(())
}
