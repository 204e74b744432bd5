//! The readers of a new case — the facility a child named and the keys its case is sealed to —
//! kept between sends on PostgreSQL, where reading them is a round trip to a database every
//! server of the fleet shares (on SQLite they are read afresh for every case: a read there is
//! no wait).
//!
//! Every change to who may read a new case moves the database's readers' epoch (migration 0030:
//! triggers on recipients, accounts' role and status, affiliations and facilities), whichever
//! server or CLI made it. Readers are kept with the epoch they were read at, and a case sealed
//! to kept readers is inserted only if the epoch is still that one, in the insert's own statement
//! (`case_statement`). A server whose kept readers are stale finds out at its next case, reads
//! them afresh and checks the case against them again: what another server changed reaches every
//! server's next case, as when each case read its readers.
//!
//! *Invariant*: a case sealed to kept readers is stored only if no change to who may read it was
//! committed before its insert's snapshot.

use super::{Backend, Store};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// A value of the readers' epoch: what kept readers were read at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Epoch(pub(super) i64);

/// The readers of a new case naming a facility (or none).
#[derive(Debug, Clone)]
pub struct Readers {
    /// The named facility's id; `None` when the case names none.
    pub facility: Option<i64>,
    /// The keys it is sealed to: every eligible recipient (the shield applied).
    pub keys: Arc<[String]>,
    /// The epoch they were read at (PostgreSQL), which the insert checks; `None` on SQLite.
    pub epoch: Option<Epoch>,
}

/// Facility code (`None`: no place) → its readers, all of one epoch. Only found, active
/// facilities are kept, so a flood of made-up codes adds nothing to it.
#[derive(Default, Clone)]
pub(super) struct ReadersCache(Arc<Mutex<Option<(Epoch, Places)>>>);

type Places = HashMap<Option<String>, Readers>;

impl ReadersCache {
    fn get(&self, code: Option<&str>) -> Option<Readers> {
        let held = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let (_, places) = held.as_ref()?;
        places.get(&code.map(str::to_owned)).cloned()
    }

    /// Keeps `readers`, read at their epoch; forgets everything read at an older one.
    fn keep(&self, code: Option<&str>, readers: &Readers) {
        let Some(epoch) = readers.epoch else { return };
        let mut held = self.0.lock().unwrap_or_else(|e| e.into_inner());
        match held.as_mut() {
            Some((kept, places)) if *kept == epoch => {
                places.insert(code.map(str::to_owned), readers.clone());
            }
            // A read racing another may finish after a newer one: it is not kept then.
            Some((kept, _)) if kept.0 > epoch.0 => {}
            _ => {
                *held = Some((
                    epoch,
                    HashMap::from([(code.map(str::to_owned), readers.clone())]),
                ))
            }
        }
    }
}

impl Store {
    /// The readers of a new case naming the facility `code` (or none), as they are now; `None`
    /// when `code` is no active facility. On PostgreSQL the epoch is read first, and readers
    /// this server kept at that very epoch are current (any change since they were read would
    /// have moved it): one round trip instead of reading them again. Readers read afresh are
    /// kept, for this and for [`Store::kept_readers`].
    pub async fn readers(&self, code: Option<&str>) -> Result<Option<Readers>, sqlx::Error> {
        // The epoch first: readers read after it are at least as new as it says, so an insert
        // at that epoch can never pass with readers older than it.
        let epoch = match self.backend {
            Backend::Postgres => Some(Epoch(
                sqlx::query_scalar("SELECT n FROM readers_epoch WHERE id = 1")
                    .fetch_one(self.pool())
                    .await?,
            )),
            Backend::Sqlite => None,
        };
        if let Some(kept) = self.readers_cache.get(code) {
            if epoch.is_some() && kept.epoch == epoch {
                return Ok(Some(kept));
            }
        }
        let facility = match code {
            Some(code) => match self.facility_id(code).await? {
                Some(id) => Some(id),
                None => return Ok(None),
            },
            None => None,
        };
        let keys = self.eligible_recipients(facility).await?.into();
        let readers = Readers {
            facility,
            keys,
            epoch,
        };
        self.readers_cache.keep(code, &readers);
        Ok(Some(readers))
    }

    /// [`Store::readers`] as this server last read them (PostgreSQL), if it holds them. They
    /// may be stale: a case sealed to them is stored only at their epoch
    /// ([`Store::insert_case_at`]).
    pub fn kept_readers(&self, code: Option<&str>) -> Option<Readers> {
        self.readers_cache.get(code)
    }
}
