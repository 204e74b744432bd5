//! `heard consultations`: define a consultation from a file, list, close early, and export the
//! published results (suppressed exactly as everywhere else, and only after close).

use super::keys::open;
use crate::audit::{Actor, AuditAction};
use crate::config::DataArgs;
use crate::consultation_admin as admin;
use crate::consultation_results::{chain, results, to_csv, to_json};
use crate::store::Day;
use anyhow::{bail, Context};
use clap::{Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Subcommand, Debug)]
pub enum ConsultationsCommand {
    /// Define a consultation from a TOML file (see docs/CONSULTATIONS.md); checked whole first:
    /// every question and option translated in every language it is offered in (or a fallback).
    Add {
        #[command(flatten)]
        data: DataArgs,
        file: PathBuf,
    },
    /// List consultations (id, open and close days, languages, open or closed).
    List {
        #[command(flatten)]
        data: DataArgs,
    },
    /// Close a consultation now: no more answers, and its results are out of embargo.
    Close {
        #[command(flatten)]
        data: DataArgs,
        id: String,
    },
    /// Delete a consultation whole: its definition, counts, written answers, quotes and actions
    /// (audited).
    Delete {
        #[command(flatten)]
        data: DataArgs,
        id: String,
    },
    /// Print the published results of a closed consultation (small groups hidden).
    Export {
        #[command(flatten)]
        data: DataArgs,
        id: String,
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
    /// "You said, we did": set what was decided and what became of it, from a TOML file
    /// (replaces the consultation's actions; every text in every language it was offered in).
    Actions {
        #[command(flatten)]
        data: DataArgs,
        id: String,
        file: PathBuf,
    },
    /// Set the region a facility's results coarsen to when it alone has too few answers.
    Region {
        #[command(flatten)]
        data: DataArgs,
        /// The facility's code.
        facility: String,
        region: String,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    Json,
    Csv,
}

pub async fn run(command: ConsultationsCommand) -> anyhow::Result<()> {
    let today = Day::today();
    match command {
        ConsultationsCommand::Add { data, file } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("reading {}", file.display()))?;
            let store = open(&data).await?;
            let definition = admin::add(&store, &text, Actor::Cli)
                .await
                .with_context(|| format!("{} was not added", file.display()))?;
            println!(
                "Consultation {} added: open {} to {}.",
                definition.id, definition.opens_on, definition.closes_on
            );
        }
        ConsultationsCommand::List { data } => {
            for c in open(&data).await?.consultations().await? {
                let state = c.state(&today);
                println!(
                    "{}\t{} to {}\t{}\t{state}",
                    c.public_id,
                    c.opens_on,
                    c.closes_on,
                    c.locales.join(",")
                );
            }
        }
        ConsultationsCommand::Close { data, id } => {
            admin::close(&open(&data).await?, &id, Actor::Cli).await?;
            println!("Consultation {id} is closed; its results can be read from today.");
        }
        ConsultationsCommand::Delete { data, id } => {
            admin::delete(&open(&data).await?, &id, Actor::Cli).await?;
            println!("Consultation {id} is deleted: its definition, counts, written answers, quotes and actions.");
        }
        ConsultationsCommand::Export { data, id, format } => {
            let store = open(&data).await?;
            let consultation = store
                .consultation(&id)
                .await?
                .with_context(|| format!("no consultation {id:?}"))?;
            let Some(found) = results(&store, &consultation, &today).await? else {
                store
                    .audit(Actor::Cli, AuditAction::ConsultationEmbargo, &id)
                    .await?;
                bail!(
                    "{id} is open until {}: its results are under embargo",
                    consultation.closes_on
                );
            };
            store
                .audit(Actor::Cli, AuditAction::ConsultationExport, &id)
                .await?;
            let chain = chain(&store, &consultation, &found).await?;
            match format {
                Format::Json => println!("{:#}", to_json(&consultation, &found, &chain)),
                Format::Csv => print!("{}", to_csv(&found, &chain)),
            }
        }
        ConsultationsCommand::Actions { data, id, file } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("reading {}", file.display()))?;
            let set = admin::set_actions(&open(&data).await?, &id, &text, Actor::Cli).await?;
            println!("{set} actions set for {id}.");
        }
        ConsultationsCommand::Region {
            data,
            facility,
            region,
        } => {
            let region = region.trim();
            if region.is_empty() || region.chars().count() > 60 {
                bail!("a region has 1 to 60 characters");
            }
            if !open(&data)
                .await?
                .set_facility_region(&facility, region)
                .await?
            {
                bail!("no facility {facility:?}");
            }
            println!("{facility} is in {region}.");
        }
    }
    Ok(())
}
