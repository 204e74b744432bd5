//! `heard stories`: the admins' story policy (how long a yes holds, when a guardian's or
//! advocate's consent is also needed), the consent record's verification and listing, and the
//! expiry run (which the server also does every six hours).

use super::keys::open;
use crate::audit::{Actor, AuditAction, ChainVerdict};
use crate::config::DataArgs;
use crate::store::Day;
use crate::story_rules::StoryPolicy;
use anyhow::{bail, Context};
use app::story::Purpose;
use clap::Subcommand;

#[derive(Subcommand, Debug)]
pub enum StoriesCommand {
    /// Show the policy, or change it with the options given.
    Policy {
        #[command(flatten)]
        data: DataArgs,
        /// Months a child's yes holds before it must be renewed (1–60; default 12).
        #[arg(long)]
        expiry_months: Option<u32>,
        /// Ask a guardian's or advocate's consent too for children under this age (7–18), or
        /// `none`. A child who did not say their age counts as under it.
        #[arg(long)]
        co_consent_under: Option<String>,
        /// Purposes that always need a second consent, comma-separated (e.g. `media`), or `none`.
        #[arg(long)]
        co_consent_for: Option<String>,
    },
    /// Verify the consent record's hash chain.
    Verify {
        #[command(flatten)]
        data: DataArgs,
    },
    /// Print the consent record.
    List {
        #[command(flatten)]
        data: DataArgs,
    },
    /// End every yes older than the policy allows (unpublishes at once).
    Expire {
        #[command(flatten)]
        data: DataArgs,
    },
}

fn describe(p: &StoryPolicy) -> String {
    let under = p
        .co_consent_under
        .map_or("none".to_owned(), |a| a.to_string());
    let purposes: Vec<&str> = p.co_consent_for.iter().map(|x| x.as_str()).collect();
    let purposes = if purposes.is_empty() {
        "none".to_owned()
    } else {
        purposes.join(",")
    };
    format!(
        "expiry_months={} co_consent_under={under} co_consent_for={purposes}",
        p.expiry_months
    )
}

fn parse_purposes(raw: &str) -> anyhow::Result<Vec<Purpose>> {
    if raw == "none" {
        return Ok(Vec::new());
    }
    raw.split(',')
        .map(|p| {
            Purpose::parse(p.trim())
                .with_context(|| format!("{p:?} is not learning, advocacy, public or media"))
        })
        .collect()
}

pub async fn run(command: StoriesCommand) -> anyhow::Result<()> {
    match command {
        StoriesCommand::Policy {
            data,
            expiry_months,
            co_consent_under,
            co_consent_for,
        } => {
            let store = open(&data).await?;
            let mut policy = store.story_policy().await?;
            let changing =
                expiry_months.is_some() || co_consent_under.is_some() || co_consent_for.is_some();
            if let Some(months) = expiry_months {
                if !(1..=60).contains(&months) {
                    bail!("--expiry-months is 1 to 60");
                }
                policy.expiry_months = months;
            }
            if let Some(under) = co_consent_under {
                policy.co_consent_under = match under.as_str() {
                    "none" => None,
                    age => match age.parse::<u8>() {
                        Ok(a) if (7..=18).contains(&a) => Some(a),
                        _ => bail!("--co-consent-under is an age from 7 to 18, or none"),
                    },
                };
            }
            if let Some(purposes) = co_consent_for {
                policy.co_consent_for = parse_purposes(&purposes)?;
            }
            if changing {
                store
                    .audit(Actor::Cli, AuditAction::StoryPolicySet, &describe(&policy))
                    .await?;
                store.set_story_policy(&policy).await?;
            }
            println!("{}", describe(&policy));
            Ok(())
        }
        StoriesCommand::Verify { data } => {
            match open(&data).await?.verify_consent_record().await? {
                ChainVerdict::Intact { entries, head } => {
                    println!("consent record intact: {entries} entries; head {head}");
                    Ok(())
                }
                ChainVerdict::Broken { at_seq, reason } => {
                    bail!("consent record BROKEN at entry {at_seq}: {reason:?}")
                }
            }
        }
        StoriesCommand::List { data } => {
            for e in open(&data).await?.consent_entries().await? {
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    e.seq, e.day, e.actor, e.action, e.subject, e.hash
                );
            }
            Ok(())
        }
        StoriesCommand::Expire { data } => {
            let ended = open(&data)
                .await?
                .expire_story_consents(&Day::today())
                .await?;
            println!("ended {ended} expired consents");
            Ok(())
        }
    }
}
