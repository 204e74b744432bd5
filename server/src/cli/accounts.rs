//! `heard accounts`: invite staff (one-time enrolment link), list accounts, disable (offboard)
//! and enable them.

use super::keys::open;
use crate::accounts::offboarding::change_status;
use crate::accounts::{Handle, Role};
use crate::audit::{Actor, AuditAction};
use crate::config::DataArgs;
use crate::store::StatusChange;
use anyhow::Context;
use std::time::Duration;

pub async fn invite(
    data: &DataArgs,
    handle: &str,
    role: &str,
    valid_hours: u64,
    console_url: &str,
) -> anyhow::Result<()> {
    let handle = Handle::parse(handle)?;
    let role = Role::parse(role).with_context(|| {
        let roles: Vec<&str> = Role::ALL.iter().map(|r| r.as_str()).collect();
        format!("unknown role {role:?}; one of {}", roles.join(", "))
    })?;
    let store = open(data).await?;
    let token = store
        .invite(&handle, role, Duration::from_secs(valid_hours * 3600))
        .await?;
    store
        .audit(
            Actor::Cli,
            AuditAction::AccountInvite,
            &format!("{} {role}", handle.as_str()),
        )
        .await?;
    println!(
        "Invited {} as {role}. Send this one-time link; it expires in {valid_hours} hours:",
        handle.as_str()
    );
    println!(
        "{}/console/enrol/{}",
        console_url.trim_end_matches('/'),
        token.reveal()
    );
    Ok(())
}

pub async fn list(data: &DataArgs) -> anyhow::Result<()> {
    for account in open(data).await?.accounts().await? {
        println!(
            "{}\t{}\t{}\t{}",
            account.handle, account.role, account.status, account.created_on
        );
    }
    Ok(())
}

pub async fn set_active(data: &DataArgs, handle: &str, active: bool) -> anyhow::Result<()> {
    let store = open(data).await?;
    match change_status(&store, Actor::Cli, handle, active).await? {
        StatusChange::Done { .. } if active => println!("Enabled {handle}."),
        StatusChange::Done { .. } => println!(
            "Disabled {handle}: their sessions end at their next request and their key \
             receives no new case."
        ),
        StatusChange::Unknown => anyhow::bail!("no account has the handle {handle:?}"),
        StatusChange::NotEnrolled => {
            anyhow::bail!("{handle} has not enrolled yet: there is nothing to disable or enable")
        }
    }
    Ok(())
}
