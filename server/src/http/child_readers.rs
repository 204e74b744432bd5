//! Whom a child's case is sealed to — the readers of the place the child named, the shield
//! applied — and the check that a browser-sealed case is stored only for the current ones.
//!
//! On PostgreSQL a server keeps the readers it read between sends (`store::readers_cache`): a
//! send sealed to them is checked against the kept ones, and its insert passes only while the
//! readers' epoch is still theirs. When another server (or the CLI) changed who may read it,
//! the insert stores nothing, the readers are read afresh, and the case is stored only if it is
//! sealed to exactly them; otherwise the browser is told they changed and seals afresh.

use super::child_upload::{SealedUpload, MESSAGE};
use super::errors::IntakeError;
use super::AppState;
use crate::store::{Day, Epoch, Inserted, Readers, SealedCase};
use anyhow::Context;
use app::domain::NamedPlace;
use app::sealing::{RecipientError, RecipientSet};

/// How many times a case meets readers changed since they were read before it is refused as
/// changed (each time they are read afresh; only a storm of changes gets that far).
const MOST_READS: usize = 3;

/// The recipients for a message about `place`, read now, and the facility's id when it names
/// one. A code that is no (active) facility is refused, so a child is never silently sealed to
/// everyone.
pub(super) async fn recipients_for(
    state: &AppState,
    place: &NamedPlace,
) -> Result<(RecipientSet, Option<i64>), IntakeError> {
    let readers = readers_now(state, place).await?;
    Ok((recipient_set(&readers.keys[..])?, readers.facility))
}

async fn readers_now(state: &AppState, place: &NamedPlace) -> Result<Readers, IntakeError> {
    state
        .store
        .readers(place.facility().map(|code| code.as_str()))
        .await
        .context("reading recipients")?
        .ok_or(IntakeError::UnknownPlace)
}

/// The readers `upload` was sealed to, checked (`SealedUpload::readers`), with the facility it
/// names and the epoch to store it at: this server's kept readers when the send matches them,
/// else readers read now. A kiosk's outbox may name an earlier set, checked against readers
/// read now and stored without an epoch, as before readers were kept.
pub(super) async fn checked_readers(
    state: &AppState,
    upload: &SealedUpload,
) -> Result<(RecipientSet, Option<i64>, Option<Epoch>), IntakeError> {
    let code = upload.place.facility().map(|code| code.as_str());
    if upload.from_kiosk_outbox.is_none() {
        if let Some(kept) = state.store.kept_readers(code) {
            let current = recipient_set(&kept.keys[..])?;
            if let Ok(sealed_to) = upload.readers(current, MESSAGE, &state.kiosk_outbox) {
                return Ok((sealed_to, kept.facility, kept.epoch));
            }
        }
    }
    let now = readers_now(state, &upload.place).await?;
    let sealed_to = upload.readers(recipient_set(&now.keys[..])?, MESSAGE, &state.kiosk_outbox)?;
    let epoch = upload
        .from_kiosk_outbox
        .is_none()
        .then_some(now.epoch)
        .flatten();
    Ok((sealed_to, now.facility, epoch))
}

/// Stores `case`, whose readers were read at `epoch` for `place`, as of `day`. When who may read
/// it changed since, it is stored only if it is sealed to exactly the readers of now (read
/// afresh, at most [`MOST_READS`] times); otherwise it is refused as changed and nothing is
/// stored — unless its id already arrived (a retry whose answer was lost), which is answered
/// as arrived, as every other refused send is.
pub(super) async fn insert_checked(
    state: &AppState,
    mut case: SealedCase,
    place: &NamedPlace,
    mut epoch: Option<Epoch>,
    day: &Day,
) -> Result<Inserted, IntakeError> {
    let mut refusal = IntakeError::RecipientsChanged;
    for _ in 0..MOST_READS {
        case = match state.store.insert_case_at(case, day, epoch).await {
            Ok(Ok(inserted)) => return Ok(inserted),
            Ok(Err(stale)) => stale,
            Err(e) => return Err(anyhow::Error::from(e).context("storing a sealed submission"))?,
        };
        let now = match readers_now(state, place).await {
            Ok(now) => now,
            // The facility was closed meanwhile.
            Err(IntakeError::UnknownPlace) => {
                refusal = IntakeError::UnknownPlace;
                break;
            }
            Err(e) => return Err(e),
        };
        let current = recipient_set(&now.keys[..])?;
        if now.facility != case.facility || current.id() != case.recipients.id() {
            break;
        }
        epoch = now.epoch;
    }
    if super::child_intake::already_arrived(state, &case.id).await? {
        return Ok(Inserted::Duplicate);
    }
    Err(refusal)
}

/// The stored recipients as a set; none is a site without reviewers (503, logged).
pub(super) fn recipient_set(stored: &[String]) -> Result<RecipientSet, IntakeError> {
    match RecipientSet::parse(stored) {
        Ok(set) => Ok(set),
        Err(RecipientError::Empty) => Err(IntakeError::NoRecipients),
        Err(e) => Err(anyhow::Error::from(e)
            .context("a stored recipient does not parse")
            .into()),
    }
}

/// The id of the facility a child named; a code that is no (active) facility is refused.
pub(super) async fn facility_of(
    state: &AppState,
    place: &NamedPlace,
) -> Result<Option<i64>, IntakeError> {
    Ok(match place.facility() {
        Some(code) => Some(
            state
                .store
                .facility_id(code.as_str())
                .await
                .context("reading a facility")?
                .ok_or(IntakeError::UnknownPlace)?,
        ),
        None => None,
    })
}
