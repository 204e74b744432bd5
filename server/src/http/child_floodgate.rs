//! The child site's defence against floods that holds when a script throws its cookie away after
//! every send (so limits kept in a session hold nothing) — without ever keying on an address (a
//! shelter puts many children behind one).
//!
//! - **The proof of work rises with the site's recent send rate** ([`Floodgate::proof_bits`]):
//!   16 bits when quiet, up to 21 as the window fills, so each send of a flood costs more.
//! - **A global ceiling**: at most `sends_per_window` new messages and stories are stored per
//!   ten minutes; beyond it a send is refused with a translated "try again in a few minutes"
//!   and nothing is stored ([`Floodgate::admit`]).
//! - **"I am not safe" is never refused by the rate.** Beyond `urgent_per_window` urgent sends,
//!   one is still stored, but grouped as a possible flood for a lead instead of going to the
//!   urgent queue, so a burst cannot bury the real ones there.
//! - **A storage budget** for the data directory, or the PostgreSQL database's size
//!   ([`Floodgate::has_room`]); urgent sends may use a reserve of a twentieth beyond it.
//!
//! Written by hand (about 150 lines): rate-limit crates (`governor`, `tower_governor`) give a
//! yes/no per key, while the level of this one global window also sets the proof's difficulty
//! and decides where an urgent send goes. Counters live in memory: one process, as SQLite is.
//!
//! **A fleet** (several servers on PostgreSQL) holds the limits for the whole site: every second
//! each server reports its counts to the database and hears the sum of the others'
//! (`jobs::fleet_window`), and lets a send in only while its own count and theirs are under the
//! limit. A flood spread over N servers can pass the limit by at most what the others let in
//! within that second.

use super::errors::IntakeError;
use crate::store::{Backend, Store, WindowCounts};
use app::proof::PROOF_BITS;
use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The window the limits count over.
pub const WINDOW: Duration = Duration::from_secs(10 * 60);
/// The proof never asks more than this many extra bits (about 3 s on a slow phone at 16 + 5).
const MAX_EXTRA_BITS: u32 = 5;

/// The limits an operator configures (`config::FloodArgs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FloodLimits {
    /// New messages and stories stored per window, urgent ones included.
    pub sends_per_window: usize,
    /// Urgent sends per window that go to the urgent queue; beyond, "possible flood".
    pub urgent_per_window: usize,
    /// Bytes the data directory may hold before new sends are refused.
    pub storage_budget_bytes: u64,
    /// Children who may start a consultation per window, across the site.
    pub consultation_starts_per_window: usize,
}

/// Where a send that was let in goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admitted {
    Normal,
    Urgent,
    /// Urgent, beyond the urgent rate: stored and grouped for a lead as a possible flood.
    PossibleFlood,
}

#[derive(Default)]
struct Windows {
    sends: VecDeque<Instant>,
    urgent: VecDeque<Instant>,
    consultation_starts: VecDeque<Instant>,
}

#[derive(Clone)]
pub struct Floodgate {
    limits: FloodLimits,
    data_dir: PathBuf,
    /// On PostgreSQL the data is not in the data directory: the database's size is measured,
    /// at most once a second (it walks the database's files), and the last size kept.
    database: Option<Store>,
    measured: Arc<Mutex<Option<(Instant, u64)>>>,
    windows: Arc<Mutex<Windows>>,
    /// What the fleet's other servers last said their windows hold (none on SQLite).
    others: Arc<Mutex<WindowCounts>>,
}

/// A place in the window, taken by [`Floodgate::admit`]. Dropped without [`Ticket::keep`] (the
/// send was not stored, or had already arrived), it gives the place back.
pub struct Ticket {
    gate: Floodgate,
    at: Instant,
    pub admitted: Admitted,
    kept: bool,
}

impl Ticket {
    /// The send was stored: the place stays taken for the window.
    pub fn keep(mut self) {
        self.kept = true;
    }
}

impl Drop for Ticket {
    fn drop(&mut self) {
        if self.kept {
            return;
        }
        let mut windows = self.gate.lock();
        remove(&mut windows.sends, self.at);
        if self.admitted == Admitted::Urgent {
            remove(&mut windows.urgent, self.at);
        }
    }
}

fn remove(queue: &mut VecDeque<Instant>, at: Instant) {
    if let Some(i) = queue.iter().rposition(|t| *t == at) {
        queue.remove(i);
    }
}

fn prune(queue: &mut VecDeque<Instant>, now: Instant) {
    while queue
        .front()
        .is_some_and(|t| now.duration_since(*t) >= WINDOW)
    {
        queue.pop_front();
    }
}

/// The proof's bits when `recent` sends of at most `limit` arrived in the window.
pub fn bits_for(recent: usize, limit: usize) -> u32 {
    let extra = (recent * 6) / limit.max(1);
    PROOF_BITS + (extra as u32).min(MAX_EXTRA_BITS)
}

impl Floodgate {
    pub fn new(limits: FloodLimits, data_dir: PathBuf) -> Self {
        Self {
            limits,
            data_dir,
            database: None,
            measured: Arc::default(),
            windows: Arc::default(),
            others: Arc::default(),
        }
    }

    /// The budget is for what `store` holds, when it is not in the data directory (PostgreSQL).
    pub fn measuring(mut self, store: &Store) -> Self {
        if store.backend() == Backend::Postgres {
            self.database = Some(store.clone());
        }
        self
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Windows> {
        // A poisoned lock only means a panic elsewhere while counting: the counts stay usable.
        self.windows.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// What the other servers of the fleet let in, as they last said.
    fn others(&self) -> WindowCounts {
        *self.others.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// What this server's window holds now (for the fleet: `jobs::fleet_window`).
    pub fn counts(&self) -> WindowCounts {
        let now = Instant::now();
        let mut windows = self.lock();
        prune(&mut windows.sends, now);
        prune(&mut windows.urgent, now);
        prune(&mut windows.consultation_starts, now);
        let count = |queue: &VecDeque<Instant>| queue.len() as i64;
        WindowCounts {
            sends: count(&windows.sends),
            urgent: count(&windows.urgent),
            consultation_starts: count(&windows.consultation_starts),
        }
    }

    /// Takes what the fleet's other servers said their windows hold.
    pub fn hear_others(&self, others: WindowCounts) {
        *self.others.lock().unwrap_or_else(|e| e.into_inner()) = others;
    }

    /// The difficulty a challenge issued now carries.
    pub fn proof_bits(&self) -> u32 {
        let others = self.others().sends.max(0) as usize;
        let mut windows = self.lock();
        prune(&mut windows.sends, Instant::now());
        bits_for(windows.sends.len() + others, self.limits.sends_per_window)
    }

    /// Takes a place for one new send, or refuses it (nothing is stored). An urgent send is never
    /// refused by the rate; past the urgent rate it is a possible flood.
    pub fn admit(&self, urgent: bool) -> Result<Ticket, IntakeError> {
        let now = Instant::now();
        let others = self.others();
        let mut windows = self.lock();
        prune(&mut windows.sends, now);
        prune(&mut windows.urgent, now);
        let sends = windows.sends.len() + others.sends.max(0) as usize;
        let urgent_sends = windows.urgent.len() + others.urgent.max(0) as usize;
        let admitted = match urgent {
            false if sends >= self.limits.sends_per_window => {
                tracing::warn!("the site's send limit is reached; a send was refused");
                return Err(IntakeError::Busy);
            }
            false => Admitted::Normal,
            true if urgent_sends >= self.limits.urgent_per_window => Admitted::PossibleFlood,
            true => Admitted::Urgent,
        };
        windows.sends.push_back(now);
        if admitted == Admitted::Urgent {
            windows.urgent.push_back(now);
        }
        drop(windows);
        Ok(Ticket {
            gate: self.clone(),
            at: now,
            admitted,
            kept: false,
        })
    }

    /// Takes a place for one child starting a consultation, or refuses (503, "try again in a few
    /// minutes"): a script that drops its cookie can start again, but not without limit.
    pub fn admit_consultation(&self) -> Result<(), IntakeError> {
        let now = Instant::now();
        let others = self.others().consultation_starts.max(0) as usize;
        let mut windows = self.lock();
        prune(&mut windows.consultation_starts, now);
        if windows.consultation_starts.len() + others >= self.limits.consultation_starts_per_window
        {
            tracing::warn!("the site's consultation limit is reached; a start was refused");
            return Err(IntakeError::Busy);
        }
        windows.consultation_starts.push_back(now);
        Ok(())
    }

    /// The database's size, measured again when the last measure is a second old; in between,
    /// the last measure plus what was let in since (`has_room` adds it).
    async fn database_size(&self, store: &Store) -> Result<u64, IntakeError> {
        let last = *self.measured.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((at, size)) = last {
            if at.elapsed() < Duration::from_secs(1) {
                return Ok(size);
            }
        }
        let size = store
            .database_size()
            .await
            .map_err(|e| IntakeError::Unexpected(e.into()))?;
        *self.measured.lock().unwrap_or_else(|e| e.into_inner()) = Some((Instant::now(), size));
        Ok(size)
    }

    /// Whether `incoming` more bytes fit the storage budget (urgent sends: a twentieth more).
    /// A send needs twice its size: the database writes it to its log, then into its file.
    pub async fn has_room(&self, incoming: usize, urgent: bool) -> Result<(), IntakeError> {
        let used: u64 = match &self.database {
            Some(store) => self.database_size(store).await?,
            None => std::fs::read_dir(&self.data_dir)
                .map_err(|e| IntakeError::Unexpected(e.into()))?
                .filter_map(|entry| entry.ok()?.metadata().ok())
                .filter(|meta| meta.is_file())
                .map(|meta| meta.len())
                .sum(),
        };
        let budget = self.limits.storage_budget_bytes;
        let budget = if urgent { budget + budget / 20 } else { budget };
        if used.saturating_add(2 * incoming as u64) > budget {
            tracing::error!(
                used,
                budget,
                "the storage budget is spent: new sends are refused"
            );
            return Err(IntakeError::StorageFull);
        }
        if let Some((_, size)) = self
            .measured
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .as_mut()
        {
            *size += incoming as u64;
        }
        Ok(())
    }
}

#[cfg(test)]
#[path = "child_floodgate_tests.rs"]
mod tests;
