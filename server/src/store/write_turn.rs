//! This process's writers take turns before SQLite's write lock. SQLite makes a writer that finds
//! the database locked sleep and retry, in steps that grow to 100 ms (its busy handler), however
//! soon the lock is free again: under four concurrent sends that was the p99 of a send (tens of
//! milliseconds for a commit of about one). Waiting here instead is a fair queue that wakes the
//! next writer the moment the last one ends. Every transaction of the store takes a turn
//! ([`super::Store::write_tx`], the audit's appends too); SQLite's handler is left for writers of
//! other processes (an admin's CLI) and for single statements written outside a transaction.
//!
//! A turn is waited for at most as long as SQLite's busy timeout; past it the transaction goes
//! to SQLite without one (which then waits or fails as before), so a writer that somehow asks
//! for a second turn while holding one is slowed, never stuck.

use sqlx::{Any, AnyConnection, Transaction};
use std::ops::{Deref, DerefMut};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Mutex, OwnedMutexGuard};

/// As long as SQLite's busy timeout (`Store::open_sqlite`).
pub(super) const MOST_WAIT: Duration = Duration::from_secs(5);

/// The turns of one database's writers in this process.
#[derive(Clone, Default)]
pub(super) struct WriteTurns(Arc<Mutex<()>>);

impl WriteTurns {
    /// This writer's turn, or none once [`MOST_WAIT`] has passed.
    pub(super) async fn take(&self) -> Option<OwnedMutexGuard<()>> {
        tokio::time::timeout(MOST_WAIT, Arc::clone(&self.0).lock_owned())
            .await
            .ok()
    }
}

/// A write transaction (`BEGIN IMMEDIATE` on SQLite, the writers' advisory lock on PostgreSQL)
/// holding this process's write turn until it ends.
/// Used as the connection it runs on (`&mut *tx`); ends with [`WriteTx::commit`], or is rolled
/// back when dropped.
pub struct WriteTx {
    // Declared first, so dropped first. Dropping a transaction only queues its rollback, so a
    // writer that gives up should `rollback` it: then the turn passes on once the lock is free.
    tx: Transaction<'static, Any>,
    _turn: Option<OwnedMutexGuard<()>>,
}

impl WriteTx {
    pub(super) fn new(tx: Transaction<'static, Any>, turn: Option<OwnedMutexGuard<()>>) -> Self {
        Self { tx, _turn: turn }
    }

    pub async fn commit(self) -> sqlx::Result<()> {
        self.tx.commit().await
    }

    pub async fn rollback(self) -> sqlx::Result<()> {
        self.tx.rollback().await
    }
}

impl Deref for WriteTx {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        &self.tx
    }
}

impl DerefMut for WriteTx {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        &mut self.tx
    }
}
