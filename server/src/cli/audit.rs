//! `heard audit`: verify and list the hash-chained audit log.

use super::keys::open;
use crate::audit::ChainVerdict;
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

pub async fn audit_list(data: &DataArgs) -> anyhow::Result<()> {
    for e in open(data).await?.audit_entries().await? {
        println!(
            "{}\t{}\t{}\t{}\t{}\t{}",
            e.seq, e.day, e.actor, e.action, e.subject, e.hash
        );
    }
    Ok(())
}
