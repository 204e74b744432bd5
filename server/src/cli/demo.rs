//! Demo data for `cargo xtask demo`. Demo only: the recovery identity is written to a file in the
//! data directory so that a newcomer can decrypt with the `age` tool. A real instance prints it
//! once (`heard recovery init`) and stores it nowhere.

use super::keys::new_recovery_identity;
use crate::config::DataArgs;
use crate::store::{Day, Store};
use age::secrecy::ExposeSecret;
use app::domain::{ChildWords, Envelope, SealedIn, SubmissionId};
use app::sealing::{seal, RecipientSet};

pub const DEMO_IDENTITY_FILE: &str = "DEMO-ONLY-recovery-identity.txt";

const DEMO_WORDS: [&str; 3] = [
    "(demo) I would like more time to call my family.",
    "(demo) The bathroom door on the second floor does not lock.",
    "(demo) Gracias por las clases de inglés.",
];

pub async fn prepare(data: &DataArgs) -> anyhow::Result<()> {
    tokio::fs::create_dir_all(&data.data_dir).await?;
    let store = Store::open_sqlite(&data.database_path()).await?;
    let identity_path = data.data_dir.join(DEMO_IDENTITY_FILE);
    if !store.has_recovery_recipient().await? {
        let identity = new_recovery_identity(&store, false).await?;
        let text = format!(
            "# DEMO ONLY. A real instance never stores its recovery identity.\n{}\n",
            identity.to_string().expose_secret()
        );
        write_private(&identity_path, &text).await?;
    }
    if store.count_submissions().await? == 0 {
        let set = RecipientSet::parse(&store.active_recipients().await?)?;
        for words in DEMO_WORDS {
            let id = SubmissionId::generate();
            let envelope = Envelope::new(
                id.clone(),
                "en",
                SealedIn::Server,
                ChildWords::parse(words.to_owned())?,
            );
            store
                .insert_sealed(&id, &seal(envelope, &set)?, &Day::today())
                .await?;
        }
    }
    println!("Demo data is in {}.", data.data_dir.display());
    println!(
        "  Decrypt a demo submission: heard submissions export --data-dir {} --dir /tmp/heard-export && age -d -i {} /tmp/heard-export/1-*.age",
        data.data_dir.display(),
        identity_path.display()
    );
    Ok(())
}

async fn write_private(path: &std::path::Path, text: &str) -> anyhow::Result<()> {
    tokio::fs::write(path, text).await?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tokio::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).await?;
    }
    Ok(())
}
