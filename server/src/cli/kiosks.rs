//! `heard kiosks`: shared devices (a shelter's tablet) that run the child site in kiosk mode —
//! an idle warning, then a full wipe; Quick Exit returns to the kiosk's start page.

use super::keys::open;
use crate::audit::{Actor, AuditAction};
use crate::config::DataArgs;
use crate::secret_token::SecretToken;
use anyhow::{bail, Context};
use app::i18n::Locale;
use clap::Subcommand;

#[derive(Subcommand, Debug)]
pub enum KiosksCommand {
    /// Register a kiosk; prints its start page (open it on the device and make it the home page).
    Add {
        #[command(flatten)]
        data: DataArgs,
        /// Where the device is, for the admins, e.g. "North House, common room".
        #[arg(long)]
        label: String,
        /// Public URL of the child site, e.g. https://heard.example.org.
        #[arg(long)]
        child_url: String,
        /// The language the kiosk starts in, e.g. `es` or `fa-AF` (a child can still choose
        /// another); without it, the browser's language.
        #[arg(long)]
        lang: Option<String>,
    },
    /// List kiosks (id, label, day added, day revoked).
    List {
        #[command(flatten)]
        data: DataArgs,
    },
    /// Revoke a kiosk: its start page answers 404 from now on.
    Revoke {
        #[command(flatten)]
        data: DataArgs,
        #[arg(long)]
        id: i64,
    },
}

pub async fn run(command: KiosksCommand) -> anyhow::Result<()> {
    match command {
        KiosksCommand::Add {
            data,
            label,
            child_url,
            lang,
        } => {
            let label = label.trim();
            if label.is_empty() || label.chars().count() > 120 {
                bail!("a kiosk label has 1 to 120 characters");
            }
            let lang = match lang.as_deref() {
                None => None,
                Some(code) => Some(
                    Locale::parse(code)
                        .filter(|l| Locale::ALL.contains(l))
                        .with_context(|| format!("{code:?} is not a language Heard speaks"))?,
                ),
            };
            let store = open(&data).await?;
            let token = SecretToken::generate();
            let id = store
                .add_kiosk(label, &token.hash(), lang.map(Locale::code))
                .await?;
            store
                .audit(Actor::Cli, AuditAction::KioskAdd, &id.to_string())
                .await?;
            println!("Kiosk {id} ({label}). Its start page (shown once, keep it private):");
            println!(
                "{}/kiosk/{}",
                child_url.trim_end_matches('/'),
                token.reveal()
            );
        }
        KiosksCommand::List { data } => {
            for k in open(&data).await?.kiosks().await? {
                let revoked = k.revoked_on.as_deref().unwrap_or("-");
                println!(
                    "{}\t{}\tadded {}\trevoked {revoked}",
                    k.id, k.label, k.added_on
                );
            }
        }
        KiosksCommand::Revoke { data, id } => {
            let store = open(&data).await?;
            if !store.revoke_kiosk(id).await? {
                bail!("no active kiosk {id}");
            }
            store
                .audit(Actor::Cli, AuditAction::KioskRevoke, &id.to_string())
                .await?;
            println!("Revoked kiosk {id}.");
        }
    }
    Ok(())
}
