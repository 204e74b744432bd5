//! The background jobs: retention (and the deletions that go with it), the sessions' upkeep,
//! taking the language fallbacks from the database, and sharing the flood window with the fleet.
//! Several servers on one PostgreSQL database take turns at the retention jobs
//! ([`Store::job_turn`]): none runs twice at once.

use crate::http::{Floodgate, SessionStores};
use crate::languages::Fallbacks;
use crate::store::{Backend, Day, Store};

/// Deletes expired closed cases, unused stories and closed consultations' written answers, and
/// ends expired story consents, at start-up and every six hours.
pub async fn retention_job(store: Store, retention_days: u32) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(6 * 3600));
    loop {
        every.tick().await;
        let _ = run_retention(&store, &Day::today(), retention_days).await;
    }
}

/// One run of the retention jobs, if this server has the turn: whether it had.
pub async fn run_retention(store: &Store, today: &Day, retention_days: u32) -> bool {
    let turn = match store.job_turn().await {
        Ok(Some(turn)) => turn,
        Ok(None) => {
            tracing::info!("another server is running the retention jobs");
            return false;
        }
        Err(e) => {
            job_ran::<()>("retention", Err(e), |_| ());
            return false;
        }
    };
    let deleted = store
        .purge_expired_closed_cases(today, retention_days)
        .await;
    job_ran("retention", deleted, |d| {
        tracing::info!(deleted = d.len(), "retention run")
    });
    // Story consents past their time end the same way (the public page also checks the
    // day on every request, so nothing expired is shown between two runs).
    let ended = store.expire_story_consents(today).await;
    job_ran("story_consent_expiry", ended, |ended| {
        tracing::info!(ended, "story consent expiry run")
    });
    let unused = store.purge_unused_stories(today, retention_days).await;
    job_ran("unused_stories", unused, |d| {
        tracing::info!(deleted = d.len(), "unused stories deleted")
    });
    // A closed consultation's written answers go after the same time as a closed case.
    let written = store.purge_expired_written(today, retention_days).await;
    job_ran("written_answers", written, |p| {
        tracing::info!(consultations = p.len(), "written answers deleted")
    });
    let vacuumed = store.vacuum_content().await;
    job_ran("vacuum", vacuumed, |()| ());
    if let Err(e) = turn.end().await {
        tracing::warn!(error = %e, "the jobs' turn did not end cleanly (it ends with its connection)");
    }
    true
}

/// Logs a background job's run (`done` says what it did) and counts it for the operator's
/// metrics, by job and outcome. A failed run is tried again at the next tick.
fn job_ran<T>(job: &'static str, result: Result<T, sqlx::Error>, done: impl FnOnce(T)) {
    let outcome = match result {
        Ok(value) => {
            done(value);
            "ok"
        }
        Err(e) => {
            tracing::error!(error = %e, job, "a background job failed; will retry");
            "failed"
        }
    };
    metrics::counter!("heard_job_runs_total", "job" => job, "outcome" => outcome).increment(1);
}

/// Deletes expired sessions every ten minutes and keeps the child sessions' table (PostgreSQL)
/// to its size every ten seconds (a flood can pass the cap for those seconds).
pub async fn session_upkeep(stores: SessionStores) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(10));
    for tick in 0u64.. {
        every.tick().await;
        if let Err(e) = stores.trim_child_sessions().await {
            tracing::warn!(error = %e, "the child sessions could not be trimmed");
        }
        if tick % 60 == 0 {
            for store in [&stores.child, &stores.console] {
                if let Err(e) = store.delete_expired().await {
                    tracing::warn!(error = %e, "expired sessions could not be deleted");
                }
            }
        }
    }
}

/// How often a server takes the language fallbacks from the database.
const FALLBACKS_REFRESH: std::time::Duration = std::time::Duration::from_secs(5);

/// Takes the language fallbacks from the database every [`FALLBACKS_REFRESH`]: an admin's choice
/// made on another server of the fleet (or by the CLI beside a running server) reaches this
/// one's pages within that, not at its restart.
pub async fn fallbacks_refresh(store: Store, fallbacks: Fallbacks) {
    let mut every = tokio::time::interval(FALLBACKS_REFRESH);
    loop {
        every.tick().await;
        if let Err(e) = fallbacks.reload(&store).await {
            tracing::warn!(error = %e, "the language fallbacks could not be read");
        }
    }
}

/// How often a server of a fleet reports its flood window and hears the others'.
const FLEET_WINDOW_EVERY: std::time::Duration = std::time::Duration::from_secs(1);

/// Shares this server's flood window with the fleet's other servers every
/// [`FLEET_WINDOW_EVERY`] (PostgreSQL; on SQLite there are none), so that the site-wide limits
/// hold for the site and not for each server (`http::child_floodgate`). A report that fails
/// keeps what the others last said.
pub async fn fleet_window(store: Store, floodgate: Floodgate) {
    if store.backend() == Backend::Sqlite {
        return;
    }
    let mut name = [0u8; 8];
    if getrandom::getrandom(&mut name).is_err() {
        tracing::error!("no random name for the fleet: this server's window is not shared");
        return;
    }
    let server: String = name.iter().map(|b| format!("{b:02x}")).collect();
    let mut every = tokio::time::interval(FLEET_WINDOW_EVERY);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    loop {
        every.tick().await;
        match store.share_window(&server, floodgate.counts()).await {
            Ok(others) => floodgate.hear_others(others),
            Err(e) => tracing::warn!(error = %e, "the flood window could not be shared"),
        }
    }
}
