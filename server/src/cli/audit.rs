//! `heard audit`: verify and list the hash-chained audit log, and print its head to record
//! outside the machine (`verify --head` then proves the log still extends it).

use super::keys::open;
use crate::audit::{verify_from, ChainVerdict, HeadVerdict};
use crate::config::DataArgs;

pub async fn audit_verify(data: &DataArgs) -> anyhow::Result<()> {
    match open(data).await?.verify_audit_chain().await? {
        ChainVerdict::Intact { entries, head } => {
            println!("audit chain intact: {entries} entries; head {head}");
            Ok(())
        }
        ChainVerdict::Broken { at_seq, reason } => {
            anyhow::bail!("audit chain BROKEN at entry {at_seq}: {reason:?}")
        }
    }
}

/// `heard audit head`: the newest entry's hash, to write down or publish outside this machine.
pub async fn audit_head(data: &DataArgs) -> anyhow::Result<()> {
    match open(data).await?.verify_audit_chain().await? {
        ChainVerdict::Intact { entries, head } => {
            println!("{head}");
            eprintln!(
                "audit chain intact: {entries} entries. Keep this head somewhere the database's \
                 holders cannot change (paper, another organisation, a public post); \
                 `heard audit verify --head` then proves the log still extends it."
            );
            Ok(())
        }
        ChainVerdict::Broken { at_seq, reason } => {
            anyhow::bail!("audit chain BROKEN at entry {at_seq}: {reason:?}")
        }
    }
}

/// `heard audit verify --head H`: the chain is intact and still passes through `H`.
pub async fn audit_verify_head(data: &DataArgs, recorded: &str) -> anyhow::Result<()> {
    let entries = open(data).await?.audit_entries().await?;
    match verify_from(entries, recorded) {
        HeadVerdict::Extends {
            at_seq,
            verdict: ChainVerdict::Intact { entries, head },
        } => {
            println!(
                "audit chain intact: {entries} entries; it extends the recorded head \
                 (entry {at_seq}); head now {head}"
            );
            Ok(())
        }
        HeadVerdict::Broken(ChainVerdict::Broken { at_seq, reason }) => {
            anyhow::bail!("audit chain BROKEN at entry {at_seq}: {reason:?}")
        }
        HeadVerdict::Extends { .. } | HeadVerdict::Broken(_) => {
            anyhow::bail!("audit chain BROKEN")
        }
        HeadVerdict::Lost => anyhow::bail!(
            "the audit log no longer contains the recorded head: entries up to it were \
             rewritten, or the log was cut back before it"
        ),
    }
}

pub async fn audit_list(data: &DataArgs) -> anyhow::Result<()> {
    for e in open(data).await?.audit_entries().await? {
        println!(
            "{}\t{}\t{}\t{}\t{}\t{}",
            e.seq, e.day, e.actor, e.action, e.subject, e.hash
        );
    }
    Ok(())
}
