//! Abuse limits for the child site that never key on an IP address (a shelter puts many children
//! behind one): a budget of new submissions per child session, and, for the browser path, a
//! proof of work on a one-time challenge kept in that session (`app::proof`), at the difficulty
//! the site's recent send rate asked for when it was issued (`child_floodgate`). Both live in
//! the child's in-memory session, so they add nothing to disk. A script that drops its cookie
//! escapes the budget, not the floodgate's site-wide limits.
//!
//! Written by hand (about sixty lines) because rate-limit crates key on addresses or on a key we
//! would have to invent; the session is the key here.
//!
//! Requests of one session sent at once each load the session before any of them saves it, so
//! each would find the same challenge unspent: one solved proof would let a script through as
//! many times as it sends at once. A challenge is therefore also spent in [`SpentChallenges`],
//! this server's memory of the last minutes' spent challenges, where only the first spend of it
//! counts. (Across a fleet a session's requests sent at once to N servers could still spend one
//! challenge N times: the site-wide window holds them all the same.)

use super::errors::IntakeError;
use anyhow::Context;
use app::proof::{meets, parse};
use std::time::Duration;
use tower_sessions::Session;

/// New submissions one child session may send. A child who has more to say can start afresh
/// (the session ends after 30 idle minutes, or with a new browser session).
pub const SESSION_BUDGET: u32 = 10;
/// Challenges one session may hold at once (a few open tabs).
const MAX_PENDING: usize = 4;
const CHALLENGES: &str = "proof_challenges";
const SENT: &str = "sent";

/// A fresh one-time challenge at `bits`, remembered in the session with its difficulty.
pub async fn new_challenge(session: &Session, bits: u32) -> Result<String, IntakeError> {
    let mut bytes = [0u8; 16];
    getrandom::getrandom(&mut bytes).context("the OS random source")?;
    let challenge: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let mut pending: Vec<(String, u32)> = session
        .get(CHALLENGES)
        .await
        .context("reading the session")?
        .unwrap_or_default();
    pending.push((challenge.clone(), bits));
    let excess = pending.len().saturating_sub(MAX_PENDING);
    pending.drain(..excess);
    session
        .insert(CHALLENGES, pending)
        .await
        .context("writing the session")?;
    Ok(challenge)
}

/// How long a spent challenge is remembered: far longer than a request that loaded the session
/// before the challenge was spent can take (the session itself forgets it once saved).
const SPENT_FOR: Duration = Duration::from_secs(120);
/// At most this many (a few MiB): more spends than that in [`SPENT_FOR`] would be refused by the
/// site-wide window long before.
const MOST_SPENT: u64 = 200_000;

/// The challenges this server saw spent in the last [`SPENT_FOR`].
#[derive(Clone)]
pub struct SpentChallenges(moka::future::Cache<String, ()>);

impl Default for SpentChallenges {
    fn default() -> Self {
        Self(
            moka::future::Cache::builder()
                .max_capacity(MOST_SPENT)
                .time_to_live(SPENT_FOR)
                .build(),
        )
    }
}

impl SpentChallenges {
    /// Spends `challenge`: true only for its first spend.
    async fn first_spend(&self, challenge: &str) -> bool {
        self.0
            .entry(challenge.to_owned())
            .or_insert(())
            .await
            .is_fresh()
    }
}

/// Checks the proof in `header` against this session's challenges and uses the challenge up.
pub async fn spend_proof(
    session: &Session,
    spent: &SpentChallenges,
    header: Option<&str>,
) -> Result<(), IntakeError> {
    let (challenge, nonce) = header.and_then(parse).ok_or(IntakeError::ProofNeeded)?;
    let mut pending: Vec<(String, u32)> = session
        .get(CHALLENGES)
        .await
        .context("reading the session")?
        .unwrap_or_default();
    let Some(at) = pending.iter().position(|(c, _)| c == challenge) else {
        return Err(IntakeError::ProofNeeded);
    };
    if !meets(challenge, nonce, pending[at].1) || !spent.first_spend(challenge).await {
        return Err(IntakeError::ProofNeeded);
    }
    pending.remove(at);
    session
        .insert(CHALLENGES, pending)
        .await
        .context("writing the session")?;
    Ok(())
}

/// Refuses a new submission once the session has sent its budget.
pub async fn within_budget(session: &Session) -> Result<u32, IntakeError> {
    let sent: u32 = session
        .get(SENT)
        .await
        .context("reading the session")?
        .unwrap_or(0);
    if sent >= SESSION_BUDGET {
        return Err(IntakeError::TooMany);
    }
    Ok(sent)
}

/// Counts one more submission stored for this session.
pub async fn count_sent(session: &Session, before: u32) -> Result<(), IntakeError> {
    session
        .insert(SENT, before + 1)
        .await
        .context("writing the session")?;
    Ok(())
}
