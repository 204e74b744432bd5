//! What several servers on one PostgreSQL database do one at a time: writing (each write
//! transaction holds [`WRITERS_LOCK`]) and the background jobs ([`Store::job_turn`]). Both are
//! transaction-scoped advisory locks, so a server that dies lets go of them with its connection.
//! On SQLite there is one server: its write lock is SQLite's own, and its jobs always have a turn.

use super::{Backend, Store};
use sqlx::{Any, Transaction};

/// The advisory lock key of the fleet's writers ("heard" in ASCII).
pub(super) const WRITERS_LOCK: i64 = 0x0068_6561_7264;
/// The advisory lock key of the background jobs ("heard" + "j").
const JOBS_LOCK: i64 = 0x6865_6172_646a;

/// A server's turn at the background jobs, held until [`JobTurn::end`] (or until dropped).
pub struct JobTurn(Option<Transaction<'static, Any>>);

impl JobTurn {
    pub async fn end(self) -> sqlx::Result<()> {
        match self.0 {
            Some(tx) => tx.rollback().await,
            None => Ok(()),
        }
    }
}

impl Store {
    /// This server's turn at the background jobs (retention, consent expiry, deleting unused
    /// stories and written answers), or `None` while another server of the fleet has it: a job
    /// never runs twice at once. The jobs themselves run on other connections; the turn is an
    /// open transaction holding the lock, which ends with it.
    pub async fn job_turn(&self) -> sqlx::Result<Option<JobTurn>> {
        match self.backend() {
            Backend::Sqlite => Ok(Some(JobTurn(None))),
            Backend::Postgres => {
                let mut tx = self.pool().begin().await?;
                let got: bool = sqlx::query_scalar("SELECT pg_try_advisory_xact_lock($1)")
                    .bind(JOBS_LOCK)
                    .fetch_one(&mut *tx)
                    .await?;
                Ok(got.then_some(JobTurn(Some(tx))))
            }
        }
    }
}

impl Store {
    /// The key of the no-JavaScript form's tokens that every server of the fleet checks
    /// (`http::child_form_token`), made by the first server that asks; `None` on SQLite, whose
    /// one server keeps a key in memory only. A form fetched from one server is sent to another.
    pub async fn fleet_form_key(&self) -> anyhow::Result<Option<zeroize::Zeroizing<[u8; 32]>>> {
        if self.backend() == Backend::Sqlite {
            return Ok(None);
        }
        let mut fresh = zeroize::Zeroizing::new([0u8; 32]);
        getrandom::getrandom(fresh.as_mut_slice())?;
        let fresh_hex: String = fresh.iter().map(|b| format!("{b:02x}")).collect();
        sqlx::query(
            "INSERT INTO instance_settings (name, value) VALUES ('form_key', $1) \
             ON CONFLICT (name) DO NOTHING",
        )
        .bind(&fresh_hex)
        .execute(self.pool())
        .await?;
        let stored: String =
            sqlx::query_scalar("SELECT value FROM instance_settings WHERE name = 'form_key'")
                .fetch_one(self.pool())
                .await?;
        let mut key = zeroize::Zeroizing::new([0u8; 32]);
        for (i, byte) in key.iter_mut().enumerate() {
            let pair = stored.get(2 * i..2 * i + 2).unwrap_or("zz");
            *byte = u8::from_str_radix(pair, 16)
                .map_err(|_| anyhow::anyhow!("the stored form key is not 32 bytes of hex"))?;
        }
        Ok(Some(key))
    }
}

/// What a server's flood window let in, one count per limit (`http::child_floodgate`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WindowCounts {
    pub sends: i64,
    pub urgent: i64,
    pub consultation_starts: i64,
}

/// Seconds after which a server that stopped reporting (stopped, or dead) is no longer counted:
/// its window was in its memory, gone with it, as a restarted lone server's is.
const REPORT_LAPSES_AFTER: i64 = 10;

impl Store {
    /// Reports this server's window (`server`: the name it drew at start) and returns the sum of
    /// the other servers' that reported lately, in one round trip; rows of servers gone for an
    /// hour are deleted on the way. Times are the database's clock, so that servers whose clocks
    /// disagree still count each other. Nothing to share on SQLite (one server): the others' sum
    /// is nothing.
    pub async fn share_window(
        &self,
        server: &str,
        mine: WindowCounts,
    ) -> sqlx::Result<WindowCounts> {
        if self.backend() == Backend::Sqlite {
            return Ok(WindowCounts::default());
        }
        let (sends, urgent, consultation_starts) = sqlx::query_as(&format!(
            "WITH t AS (SELECT CAST(EXTRACT(EPOCH FROM now()) AS BIGINT) AS now), \
             mine AS (INSERT INTO fleet_windows \
             (server, sends, urgent, consultation_starts, reported_at) \
             SELECT $1, $2, $3, $4, now FROM t \
             ON CONFLICT (server) DO UPDATE SET sends = $2, urgent = $3, \
             consultation_starts = $4, reported_at = EXCLUDED.reported_at), \
             gone AS (DELETE FROM fleet_windows \
             WHERE server <> $1 AND reported_at < (SELECT now FROM t) - 3600) \
             SELECT CAST(COALESCE(SUM(sends), 0) AS BIGINT), \
             CAST(COALESCE(SUM(urgent), 0) AS BIGINT), \
             CAST(COALESCE(SUM(consultation_starts), 0) AS BIGINT) \
             FROM fleet_windows \
             WHERE server <> $1 AND reported_at >= (SELECT now FROM t) - {REPORT_LAPSES_AFTER}"
        ))
        .bind(server)
        .bind(mine.sends)
        .bind(mine.urgent)
        .bind(mine.consultation_starts)
        .fetch_one(self.pool())
        .await?;
        Ok(WindowCounts {
            sends,
            urgent,
            consultation_starts,
        })
    }
}
