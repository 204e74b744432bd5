//! `heard consultations`: define a consultation from a file, list, close early, and export the
//! published results (suppressed exactly as everywhere else, and only after close).

use super::keys::open;
use crate::audit::{Actor, AuditAction};
use crate::config::DataArgs;
use crate::consultation_results::{results, to_csv, to_json};
use crate::store::{Added, Day};
use anyhow::{bail, Context};
use app::consultation::{ActionsDef, Definition};
use app::i18n::Locale;
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

/// Reads and checks a definition file.
pub fn read_definition(file: &std::path::Path) -> anyhow::Result<Definition> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let definition: Definition = toml::from_str(&text)
        .with_context(|| format!("{} is not a consultation", file.display()))?;
    let known: Vec<&str> = Locale::ALL.iter().map(|l| l.code()).collect();
    definition.check(&known)?;
    Ok(definition)
}

pub async fn run(command: ConsultationsCommand) -> anyhow::Result<()> {
    let today = Day::today();
    match command {
        ConsultationsCommand::Add { data, file } => {
            let definition = read_definition(&file)?;
            let store = open(&data).await?;
            match store.add_consultation(&definition, &today).await? {
                Added::Added => {}
                Added::Exists => bail!("a consultation {:?} exists already", definition.id),
                Added::UnknownPlace(code) => bail!("{code:?} is no active facility here"),
            }
            store
                .audit(Actor::Cli, AuditAction::ConsultationAdd, &definition.id)
                .await?;
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
            let store = open(&data).await?;
            if !store.close_consultation(&id, &today).await? {
                bail!("no open consultation {id:?}");
            }
            store
                .audit(Actor::Cli, AuditAction::ConsultationClose, &id)
                .await?;
            println!("Consultation {id} is closed; its results can be read from today.");
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
            match format {
                Format::Json => println!("{:#}", to_json(&consultation, &found)),
                Format::Csv => print!("{}", to_csv(&found)),
            }
        }
        ConsultationsCommand::Actions { data, id, file } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("reading {}", file.display()))?;
            let actions: ActionsDef = toml::from_str(&text)
                .with_context(|| format!("{} is not a list of actions", file.display()))?;
            let store = open(&data).await?;
            let consultation = store
                .consultation(&id)
                .await?
                .with_context(|| format!("no consultation {id:?}"))?;
            let questions: Vec<String> = store
                .questions(consultation.id)
                .await?
                .into_iter()
                .map(|q| q.key)
                .collect();
            actions.check(
                &consultation.locales,
                consultation.fallback.as_deref(),
                &questions,
            )?;
            store.set_actions(&consultation, &actions, &today).await?;
            store
                .audit(Actor::Cli, AuditAction::ConsultationActions, &id)
                .await?;
            println!("{} actions set for {id}.", actions.actions.len());
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
