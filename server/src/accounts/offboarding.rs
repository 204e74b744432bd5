//! Offboarding: disabling an account (or enabling it again), the same for the CLI and the console.

use crate::audit::{Actor, AuditAction};
use crate::store::{StatusChange, Store};

/// Disables or enables an account and audits it, in the same words for the CLI and the console.
pub async fn change_status(
    store: &Store,
    actor: Actor,
    handle: &str,
    active: bool,
) -> anyhow::Result<StatusChange> {
    let change = store.set_account_active(handle, active).await?;
    if let StatusChange::Done { .. } = change {
        let action = if active {
            AuditAction::AccountEnable
        } else {
            AuditAction::AccountDisable
        };
        store.audit(actor, action, handle).await?;
    }
    Ok(change)
}
