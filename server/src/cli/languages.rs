//! `heard languages`: the status of every child-facing language (who translated it, native
//! review, coverage, fallback), and the admin's choice of fallback for a locale.

use super::keys::open;
use crate::audit::{Actor, AuditAction};
use crate::config::DataArgs;
use crate::languages::{check_fallback, markdown, table, Fallbacks, Row};
use clap::Subcommand;

#[derive(Subcommand, Debug)]
pub enum LanguagesCommand {
    /// Print each language's status and coverage (with `--markdown`, the README's table). Without
    /// a database in the data directory, the fallbacks are the defaults of `status.toml`.
    Status {
        #[command(flatten)]
        data: DataArgs,
        #[arg(long)]
        markdown: bool,
    },
    /// Choose the language a locale's missing messages are shown in (e.g. `quc es`); it must be
    /// another, fully translated language.
    Fallback {
        #[command(flatten)]
        data: DataArgs,
        locale: String,
        fallback: String,
    },
}

pub async fn run(command: LanguagesCommand) -> anyhow::Result<()> {
    match command {
        LanguagesCommand::Status { data, markdown: md } => {
            let fallbacks = if data.database_url.is_some() || data.database_path().exists() {
                Fallbacks::load(&open(&data).await?).await?
            } else {
                Fallbacks::defaults()
            };
            let rows = table(&fallbacks);
            if md {
                print!("{}", markdown(&rows));
            } else {
                print_plain(&rows);
            }
            Ok(())
        }
        LanguagesCommand::Fallback {
            data,
            locale,
            fallback,
        } => {
            let (locale, fallback) = check_fallback(&locale, &fallback)?;
            let store = open(&data).await?;
            store
                .set_locale_fallback(locale.code(), fallback.code())
                .await?;
            let subject = format!("{}={}", locale.code(), fallback.code());
            store
                .audit(Actor::Cli, AuditAction::LanguageFallbackSet, &subject)
                .await?;
            println!(
                "Messages missing in {} are now shown in {} (a running server picks this up when restarted).",
                locale.code(),
                fallback.code()
            );
            Ok(())
        }
    }
}

/// The coverage report: one line per language, partial ones marked.
fn print_plain(rows: &[Row]) {
    println!(
        "{:<6} {:<16} {:<14} {:<8} {:>9} {:>5}  fallback",
        "code", "language", "translator", "review", "coverage", "%"
    );
    for r in rows {
        let translator = if r.status.is_machine() {
            "machine draft"
        } else {
            r.status.translator.as_str()
        };
        println!(
            "{:<6} {:<16} {:<14} {:<8} {:>4}/{:<4} {:>5}  {}{}",
            r.locale.code(),
            r.locale.self_name(),
            translator,
            if r.status.native_review {
                "yes"
            } else {
                "not yet"
            },
            r.coverage.done,
            r.coverage.total,
            r.coverage.percent(),
            r.fallback.code(),
            if r.coverage.is_full() {
                ""
            } else {
                "  (partial)"
            },
        );
    }
}
