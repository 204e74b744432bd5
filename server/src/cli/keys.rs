//! Admin commands for keys and ciphertext. Output goes to stdout for the admin; nothing secret is
//! stored.

use crate::audit::{Actor, AuditAction};
use crate::config::DataArgs;
use crate::store::{RecipientKind, Store};
use age::secrecy::ExposeSecret;
use anyhow::Context;
use std::path::Path;

pub(super) async fn open(data: &DataArgs) -> anyhow::Result<Store> {
    tokio::fs::create_dir_all(&data.data_dir)
        .await
        .with_context(|| format!("creating {}", data.data_dir.display()))?;
    data.open_store().await
}

/// Makes a recovery identity, stores its public recipient and returns the secret identity,
/// which the caller shows once. The secret never touches the database or a file.
pub async fn new_recovery_identity(
    store: &Store,
    rotate: bool,
) -> anyhow::Result<age::x25519::Identity> {
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public().to_string();
    store
        .add_recipient(&recipient, RecipientKind::Recovery, "recovery", rotate)
        .await?;
    store
        .audit(Actor::Cli, AuditAction::RecoveryInit, &recipient)
        .await?;
    Ok(identity)
}

pub async fn recovery_init(data: &DataArgs, rotate: bool) -> anyhow::Result<()> {
    let store = open(data).await?;
    let identity = new_recovery_identity(&store, rotate).await?;
    println!("# Heard recovery identity. It is shown ONCE and is not stored anywhere.");
    println!("# Keep it offline (printed, in a safe). It can decrypt every submission.");
    println!("# public key: {}", identity.to_public());
    println!("{}", identity.to_string().expose_secret());
    Ok(())
}

pub async fn add(data: &DataArgs, recipient: &str, label: &str) -> anyhow::Result<()> {
    let recipient = app::sealing::parse_recipient(recipient)?;
    let store = open(data).await?;
    store
        .add_recipient(&recipient, RecipientKind::Extra, label, false)
        .await?;
    store
        .audit(Actor::Cli, AuditAction::RecipientAdd, &recipient)
        .await?;
    println!("added {recipient}");
    eprintln!(
        "warning: this key belongs to no account, so the retaliation shield cannot leave it out: \
         it receives every new case, including cases about any facility. The auditors' facility \
         proof lists every such case it received under the label {label:?}. Remove it with \
         `heard recipients remove` when it is no longer needed."
    );
    Ok(())
}

pub async fn list(data: &DataArgs) -> anyhow::Result<()> {
    for row in open(data).await?.list_recipients().await? {
        println!(
            "{}\t{}\t{}\t{}",
            row.recipient, row.kind, row.added_on, row.label
        );
    }
    Ok(())
}

pub async fn remove(data: &DataArgs, recipient: &str) -> anyhow::Result<()> {
    let store = open(data).await?;
    store.remove_recipient(recipient.trim()).await?;
    store
        .audit(Actor::Cli, AuditAction::RecipientRemove, recipient.trim())
        .await?;
    println!("removed {recipient}");
    Ok(())
}

pub async fn export(data: &DataArgs, dir: &Path) -> anyhow::Result<()> {
    let store = open(data).await?;
    tokio::fs::create_dir_all(dir).await?;
    // Audited before anything is revealed: if the entry cannot be written, nothing is exported.
    let count = store.count_submissions().await?;
    store
        .audit(
            Actor::Cli,
            AuditAction::SubmissionsExport,
            &format!("{count} submissions"),
        )
        .await?;
    let submissions = store.submissions().await?;
    for s in &submissions {
        let path = dir.join(format!("{}-{}.age", s.seq, s.public_id));
        tokio::fs::write(&path, &s.ciphertext)
            .await
            .with_context(|| format!("writing {}", path.display()))?;
    }
    println!(
        "exported {} sealed submissions to {}",
        submissions.len(),
        dir.display()
    );
    Ok(())
}
