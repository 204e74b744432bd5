//! `heard help-contacts`: the numbers a child who says "I am not safe" sees at once, for the
//! region this instance serves.

use super::facilities::parse_in_lang;
use super::keys::open;
use crate::audit::{Actor, AuditAction};
use crate::config::DataArgs;
use anyhow::bail;
use app::domain::PhoneNumber;
use clap::Subcommand;

#[derive(Subcommand, Debug)]
pub enum HelpContactsCommand {
    /// Add a contact: its number and its label in one or more languages.
    Add {
        #[command(flatten)]
        data: DataArgs,
        /// What a tap dials, e.g. "+1 800 422 4453" or "911".
        #[arg(long)]
        phone: String,
        /// LANG=LABEL, once per language, e.g. --label en="Child helpline, free, day and night".
        #[arg(long = "label", required = true)]
        labels: Vec<String>,
    },
    /// List the contacts (id, number, English label).
    List {
        #[command(flatten)]
        data: DataArgs,
    },
    /// Remove a contact by its id.
    Remove {
        #[command(flatten)]
        data: DataArgs,
        #[arg(long)]
        id: i64,
    },
}

pub async fn run(command: HelpContactsCommand) -> anyhow::Result<()> {
    match command {
        HelpContactsCommand::Add {
            data,
            phone,
            labels,
        } => {
            let phone = PhoneNumber::parse(&phone)?;
            let labels = labels
                .iter()
                .map(|l| parse_in_lang(l, 160))
                .collect::<anyhow::Result<Vec<_>>>()?;
            let store = open(&data).await?;
            let id = store.add_help_contact(&phone, &labels).await?;
            store
                .audit(Actor::Cli, AuditAction::HelpContactAdd, &id.to_string())
                .await?;
            println!("Added help contact {id}: {}.", phone.as_str());
        }
        HelpContactsCommand::List { data } => {
            for contact in open(&data)
                .await?
                .help_contacts(app::i18n::Lang::default())
                .await?
            {
                println!("{}\t{}\t{}", contact.id, contact.phone, contact.label);
            }
        }
        HelpContactsCommand::Remove { data, id } => {
            let store = open(&data).await?;
            if !store.remove_help_contact(id).await? {
                bail!("no help contact {id}");
            }
            store
                .audit(Actor::Cli, AuditAction::HelpContactRemove, &id.to_string())
                .await?;
            println!("Removed help contact {id}.");
        }
    }
    Ok(())
}
