//! Group commit of new cases on SQLite. Sends that arrive together are stored in one
//! transaction by one task, the committer, and each sender is answered only after that transaction's commit: what
//! a child is told "arrived" is on disk, as before, but a commit (and its flush to disk, and
//! SQLite's one-writer-at-a-time turn) is shared by every send waiting for it instead of taken
//! by each in turn. Under four concurrent sends a commit of one was the limit of the site
//! (`examples/load_bench.rs`).
//!
//! - The committer takes whatever is waiting when it is free (at most [`MOST_AT_ONCE`]): alone,
//!   a send is committed at once, never held back to wait for others. A group's submissions go
//!   in as one statement and their recipients as another (each statement is a trip to SQLite's
//!   own thread).
//! - A batch where one case breaks a constraint is rolled back and every case in it is then
//!   stored in a transaction of its own: each sender gets its own case's answer, never a
//!   neighbour's error. A batch the database itself failed (busy, gone) is answered with the
//!   error for all: nothing of it is stored, and each may be sent again.
//! - A sender that goes away (the child's connection dropped) does not stop its case: it is
//!   committed, and the retry is answered "it arrived" (`Inserted::Duplicate`).
//!
//! *Invariant*: a sender's answer is sent after the commit that holds its case, or is an error
//! and the case is not stored.

use super::submissions::{insert_details, insert_readers};
use super::{Day, Inserted, SealedCase, Store};
use sqlx::AnyConnection;
use std::collections::HashMap;
use tokio::sync::{mpsc, oneshot};

/// The most cases one transaction takes (four values each in one statement: far below SQLite's
/// limit of 32,766).
const MOST_AT_ONCE: usize = 64;
/// How many sends may wait for the committer before a sender waits to queue.
const QUEUE: usize = 1024;

/// One send waiting for the committer.
struct Waiting {
    case: SealedCase,
    day: Day,
    answer: oneshot::Sender<sqlx::Result<Inserted>>,
}

/// The way to the committer, held by every clone of the store that opened it.
#[derive(Clone)]
pub(super) struct CaseCommits(mpsc::Sender<Waiting>);

impl CaseCommits {
    /// Starts the committer of `store` (a store without one of its own: the committer writes
    /// directly). It ends when the last [`CaseCommits`] is dropped.
    pub(super) fn start(store: Store) -> Self {
        let (sender, receiver) = mpsc::channel(QUEUE);
        tokio::spawn(commit_loop(store, receiver));
        Self(sender)
    }

    /// Stores `case` in the next group commit; returns after that commit.
    pub(super) async fn insert(
        &self,
        store: &Store,
        case: SealedCase,
        day: &Day,
    ) -> sqlx::Result<Inserted> {
        let (answer, answered) = oneshot::channel();
        let waiting = Waiting {
            case,
            day: day.clone(),
            answer,
        };
        match self.0.send(waiting).await {
            Ok(()) => answered.await.map_err(|_| sqlx::Error::WorkerCrashed)?,
            // The committer is gone (its runtime is shutting down): store it here instead.
            Err(mpsc::error::SendError(waiting)) => {
                store.insert_alone(&waiting.case, &waiting.day).await
            }
        }
    }
}

async fn commit_loop(store: Store, mut receiver: mpsc::Receiver<Waiting>) {
    let mut batch = Vec::with_capacity(MOST_AT_ONCE);
    while receiver.recv_many(&mut batch, MOST_AT_ONCE).await > 0 {
        commit(&store, &mut batch).await;
    }
}

/// Commits `batch` (emptying it) and answers each of its senders.
async fn commit(store: &Store, batch: &mut Vec<Waiting>) {
    if batch.len() > 1 {
        match insert_together(store, batch).await {
            Ok(inserted) => {
                for (waiting, inserted) in batch.drain(..).zip(inserted) {
                    // A sender that went away finds its case stored when it retries.
                    let _ = waiting.answer.send(Ok(inserted));
                }
                return;
            }
            // One case broke a constraint: the others are not to fail with it.
            Err(e) if broke_a_constraint(&e) => tracing::warn!(
                error = %e,
                cases = batch.len(),
                "a group commit failed: storing its cases one by one"
            ),
            // The database itself failed (busy, gone): one by one, each could wait as long again
            // while the queue behind it waits too. Every sender is told it failed (nothing of
            // the group is stored) and may send again.
            Err(e) => {
                tracing::error!(error = %e, cases = batch.len(), "a group commit failed");
                for waiting in batch.drain(..) {
                    let failed = std::io::Error::other(format!("the group commit failed: {e}"));
                    let _ = waiting.answer.send(Err(sqlx::Error::Io(failed)));
                }
                return;
            }
        }
    }
    for waiting in batch.drain(..) {
        let inserted = store.insert_alone(&waiting.case, &waiting.day).await;
        let _ = waiting.answer.send(inserted);
    }
}

/// Whether `e` is one case's own fault (a unique, foreign key or check constraint).
fn broke_a_constraint(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Database(db) => {
            db.is_unique_violation() || db.is_foreign_key_violation() || db.is_check_violation()
        }
        _ => false,
    }
}

/// Every case of `batch` in one transaction: all stored, or none.
async fn insert_together(store: &Store, batch: &[Waiting]) -> sqlx::Result<Vec<Inserted>> {
    let mut tx = store.insert_tx().await?;
    match insert_batch(&mut tx, batch).await {
        Ok(inserted) => {
            tx.commit().await?;
            Ok(inserted)
        }
        Err(e) => {
            // Rolled back before the cases are tried alone, so that SQLite's write lock is free
            // for them (a dropped transaction only queues its rollback).
            let _ = tx.rollback().await;
            Err(e)
        }
    }
}

/// The rows of every case of `batch`: the submissions in one statement, their recipients in
/// another, then what only some cases have. An id sent twice in the batch (a retry racing its
/// first send) is new once, the first time, and a duplicate after.
async fn insert_batch(conn: &mut AnyConnection, batch: &[Waiting]) -> sqlx::Result<Vec<Inserted>> {
    let values: Vec<String> = (0..batch.len())
        .map(|i| {
            let n = 4 * i;
            format!("(${}, ${}, ${}, ${})", n + 1, n + 2, n + 3, n + 4)
        })
        .collect();
    let statement = format!(
        "INSERT INTO submissions (public_id, ciphertext, sealed_in, received_on) VALUES {} \
         ON CONFLICT (public_id) DO NOTHING RETURNING seq, public_id",
        values.join(", ")
    );
    let mut insert = sqlx::query_as::<_, (i64, String)>(&statement);
    for waiting in batch {
        let sealed = &waiting.case.sealed;
        insert = insert
            .bind(waiting.case.id.as_str())
            .bind(sealed.as_bytes())
            .bind(sealed.sealed_in().as_str())
            .bind(waiting.day.as_str());
    }
    let mut new: HashMap<String, i64> = insert
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(|(seq, id)| (id, seq))
        .collect();
    let mut stored = Vec::with_capacity(batch.len());
    let inserted = batch
        .iter()
        .map(|waiting| match new.remove(waiting.case.id.as_str()) {
            Some(seq) => {
                stored.push((seq, &waiting.case, &waiting.day));
                Inserted::New
            }
            None => Inserted::Duplicate,
        })
        .collect();
    let readers: Vec<(i64, &SealedCase)> =
        stored.iter().map(|(seq, case, _)| (*seq, *case)).collect();
    insert_readers(conn, &readers).await?;
    for (seq, case, day) in stored {
        insert_details(conn, seq, case, day).await?;
    }
    Ok(inserted)
}
