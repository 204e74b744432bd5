//! `heard accounts`: invite staff (one-time enrolment link) and list accounts.

use super::keys::open;
use crate::accounts::{Handle, Role};
use crate::audit::{Actor, AuditAction};
use crate::config::DataArgs;
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
