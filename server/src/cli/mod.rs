//! The `heard` command line: serve, demo, and the admin commands (clap).

mod accounts;
mod audit;
mod backup;
pub mod consultations;
mod demo;
mod demo_consultations;
mod facilities;
mod help_contacts;
mod keys;
mod kiosks;
mod languages;
mod retention;
mod stories;

use crate::config::{DataArgs, ServeArgs};
use crate::startup::{shutdown_signal, Heard};
use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "heard",
    version,
    about = "Heard: confidential feedback for children, sealed with age."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Serve the child site and the console.
    Serve(ServeArgs),
    /// Serve with demo data: a demo recovery key (saved in the data directory — demo only) and a
    /// few sealed demo submissions.
    Demo(ServeArgs),
    /// Print the demo reviewer's current authenticator code (demo data directories only).
    DemoCode {
        #[command(flatten)]
        data: DataArgs,
        /// The demo story editor's code instead of the demo reviewer's.
        #[arg(long)]
        story_editor: bool,
    },
    /// The instance's recovery key.
    Recovery {
        #[command(subcommand)]
        command: RecoveryCommand,
    },
    /// The public age recipients new submissions are sealed to.
    Recipients {
        #[command(subcommand)]
        command: RecipientsCommand,
    },
    /// Console accounts: invite staff with a one-time enrolment link, list accounts.
    Accounts {
        #[command(subcommand)]
        command: AccountsCommand,
    },
    /// Delete the content of cases closed longer ago than the retention period (the server also
    /// does this every six hours).
    Retention {
        #[command(flatten)]
        data: DataArgs,
        #[arg(long, env = "HEARD_RETENTION_DAYS", default_value_t = 90)]
        retention_days: u32,
    },
    /// The append-only, hash-chained audit log.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Places children may name (shelters, foster agencies, schools …), with reviewer coverage.
    Facilities {
        #[command(subcommand)]
        command: FacilitiesCommand,
    },
    /// Staff affiliations with facilities or operators: affiliated staff never receive, and
    /// never see, a case naming the facility.
    Affiliations {
        #[command(subcommand)]
        command: AffiliationsCommand,
    },
    /// Help contacts for the region, shown at once to a child who says "I am not safe".
    HelpContacts {
        #[command(subcommand)]
        command: help_contacts::HelpContactsCommand,
    },
    /// Consultations: questions asked of children, results that protect small groups.
    Consultations {
        #[command(subcommand)]
        command: consultations::ConsultationsCommand,
    },
    /// Shared devices in kiosk mode (idle warning, then a full wipe).
    Kiosks {
        #[command(subcommand)]
        command: kiosks::KiosksCommand,
    },
    /// Child-facing languages: status and coverage, and the fallback of a partial one.
    Languages {
        #[command(subcommand)]
        command: languages::LanguagesCommand,
    },
    /// Stories: the consent policy, the consent record, the expiry run.
    Stories {
        #[command(subcommand)]
        command: stories::StoriesCommand,
    },
    /// Sealed submissions (ciphertext only).
    Submissions {
        #[command(subcommand)]
        command: SubmissionsCommand,
    },
    /// A consistent copy of the database while the server runs (never overwrites FILE).
    Backup {
        #[command(flatten)]
        data: DataArgs,
        /// Where to write the backup; must not exist.
        #[arg(long)]
        to: PathBuf,
    },
    /// Restore a backup into a data directory that has no database yet (never replaces one).
    Restore {
        #[command(flatten)]
        data: DataArgs,
        /// The backup made by `heard backup`.
        #[arg(long)]
        from: PathBuf,
    },
}

#[derive(Subcommand, Debug)]
pub enum RecoveryCommand {
    /// Make the recovery key: prints its secret identity ONCE and stores only the public recipient.
    Init {
        #[command(flatten)]
        data: DataArgs,
        /// Replace an existing recovery recipient (new submissions only; old ones stay sealed to the old key).
        #[arg(long)]
        rotate: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum RecipientsCommand {
    /// Add an age X25519 recipient (age1…).
    Add {
        #[command(flatten)]
        data: DataArgs,
        recipient: String,
        #[arg(long, default_value = "")]
        label: String,
    },
    /// List the active recipients.
    List {
        #[command(flatten)]
        data: DataArgs,
    },
    /// Retire an extra recipient (new submissions are no longer sealed to it).
    Remove {
        #[command(flatten)]
        data: DataArgs,
        recipient: String,
    },
}

#[derive(Subcommand, Debug)]
pub enum AccountsCommand {
    /// Create an invited account and print its one-time enrolment link.
    Invite {
        #[command(flatten)]
        data: DataArgs,
        /// Login name (3–40 of a-z 0-9 . _ -).
        #[arg(long)]
        handle: String,
        /// reviewer, safeguarding_lead, auditor or admin.
        #[arg(long)]
        role: String,
        /// Hours until the link expires.
        #[arg(long, default_value_t = 72)]
        valid_hours: u64,
        /// Public URL of the console, for the link.
        #[arg(
            long,
            env = "HEARD_CONSOLE_URL",
            default_value = "http://127.0.0.1:3001"
        )]
        console_url: String,
    },
    /// List the accounts (handle, role, status, day created).
    List {
        #[command(flatten)]
        data: DataArgs,
    },
    /// Offboard: the account can no longer sign in, its sessions end at their next request and
    /// its key receives no new case. Audited.
    Disable {
        #[command(flatten)]
        data: DataArgs,
        #[arg(long)]
        handle: String,
    },
    /// Let a disabled account sign in again (its old sessions stay ended). Audited.
    Enable {
        #[command(flatten)]
        data: DataArgs,
        #[arg(long)]
        handle: String,
    },
}

#[derive(Subcommand, Debug)]
pub enum FacilitiesCommand {
    /// Add a facility with its name in one or more languages.
    Add {
        #[command(flatten)]
        data: DataArgs,
        /// Stable code (2–40 of a-z 0-9 -), e.g. casa-norte.
        #[arg(long)]
        code: String,
        /// The organisation that runs it (same form as a code); an affiliation with the
        /// organisation covers all its facilities.
        #[arg(long)]
        operator: Option<String>,
        /// LANG=NAME, once per language, e.g. --name en="Casa Norte" --name es="Casa Norte".
        #[arg(long = "name", required = true)]
        names: Vec<String>,
        /// A PNG, JPEG or WebP picture (at most 256 KiB) shown to children next to the name.
        #[arg(long)]
        picture: Option<PathBuf>,
    },
    /// List facilities and how many unaffiliated reviewers can read a case naming each.
    List {
        #[command(flatten)]
        data: DataArgs,
    },
    /// Retire a facility: children can no longer name it; cases naming it stay shielded.
    Retire {
        #[command(flatten)]
        data: DataArgs,
        #[arg(long)]
        code: String,
    },
}

#[derive(Subcommand, Debug)]
pub enum AffiliationsCommand {
    /// Record and confirm that an account is affiliated with a facility or an operator.
    Add {
        #[command(flatten)]
        data: DataArgs,
        #[arg(long)]
        handle: String,
        #[arg(long)]
        facility: Option<String>,
        #[arg(long)]
        operator: Option<String>,
    },
    /// List affiliations, declared and confirmed.
    List {
        #[command(flatten)]
        data: DataArgs,
    },
}

#[derive(Subcommand, Debug)]
pub enum AuditCommand {
    /// Check every entry against the chain; exits non-zero and names the first broken entry.
    /// With --head: also that the log still extends a head recorded earlier (`audit head`).
    Verify {
        #[command(flatten)]
        data: DataArgs,
        #[arg(long)]
        head: Option<String>,
    },
    /// Print the newest entry's hash, to record outside this machine.
    Head {
        #[command(flatten)]
        data: DataArgs,
    },
    /// Print the entries (sequence, day, actor, action, subject, hash).
    List {
        #[command(flatten)]
        data: DataArgs,
    },
}

#[derive(Subcommand, Debug)]
pub enum SubmissionsCommand {
    /// Write each sealed submission to DIR as `<seq>-<id>.age` (decrypt with `age -d -i KEY`).
    Export {
        #[command(flatten)]
        data: DataArgs,
        #[arg(long)]
        dir: PathBuf,
    },
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve(args) => serve(args).await,
        Command::Demo(args) => {
            demo::prepare(&args.data).await?;
            serve(args).await
        }
        Command::DemoCode { data, story_editor } => demo::current_code(&data, story_editor).await,
        Command::Recovery {
            command: RecoveryCommand::Init { data, rotate },
        } => keys::recovery_init(&data, rotate).await,
        Command::Recipients { command } => match command {
            RecipientsCommand::Add {
                data,
                recipient,
                label,
            } => keys::add(&data, &recipient, &label).await,
            RecipientsCommand::List { data } => keys::list(&data).await,
            RecipientsCommand::Remove { data, recipient } => keys::remove(&data, &recipient).await,
        },
        Command::Accounts { command } => match command {
            AccountsCommand::Invite {
                data,
                handle,
                role,
                valid_hours,
                console_url,
            } => accounts::invite(&data, &handle, &role, valid_hours, &console_url).await,
            AccountsCommand::List { data } => accounts::list(&data).await,
            AccountsCommand::Disable { data, handle } => {
                accounts::set_active(&data, &handle, false).await
            }
            AccountsCommand::Enable { data, handle } => {
                accounts::set_active(&data, &handle, true).await
            }
        },
        Command::Retention {
            data,
            retention_days,
        } => retention::run(&data, retention_days).await,
        Command::Audit { command } => match command {
            AuditCommand::Verify { data, head: None } => audit::audit_verify(&data).await,
            AuditCommand::Verify {
                data,
                head: Some(head),
            } => audit::audit_verify_head(&data, &head).await,
            AuditCommand::Head { data } => audit::audit_head(&data).await,
            AuditCommand::List { data } => audit::audit_list(&data).await,
        },
        Command::Submissions {
            command: SubmissionsCommand::Export { data, dir },
        } => keys::export(&data, &dir).await,
        Command::Backup { data, to } => backup::backup(&data, &to).await,
        Command::Restore { data, from } => backup::restore(&data, &from).await,
        Command::Facilities { command } => match command {
            FacilitiesCommand::Add {
                data,
                code,
                operator,
                names,
                picture,
            } => {
                let picture = picture.as_deref();
                facilities::add(&data, &code, operator.as_deref(), &names, picture).await
            }
            FacilitiesCommand::List { data } => facilities::list(&data).await,
            FacilitiesCommand::Retire { data, code } => facilities::retire(&data, &code).await,
        },
        Command::HelpContacts { command } => help_contacts::run(command).await,
        Command::Kiosks { command } => kiosks::run(command).await,
        Command::Consultations { command } => consultations::run(command).await,
        Command::Languages { command } => languages::run(command).await,
        Command::Stories { command } => stories::run(command).await,
        Command::Affiliations { command } => match command {
            AffiliationsCommand::Add {
                data,
                handle,
                facility,
                operator,
            } => {
                facilities::affiliate(&data, &handle, facility.as_deref(), operator.as_deref())
                    .await
            }
            AffiliationsCommand::List { data } => facilities::list_affiliations(&data).await,
        },
    }
}

async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let heard = Heard::build(&args).await?;
    println!("Heard is running.");
    println!("  Child site: {}/", heard.child_url);
    println!("  Console:    {}/console", heard.console_url);
    println!(
        "  Operator:   {}/healthz, /readyz, /metrics (keep it internal)",
        heard.operator_bound_url()
    );
    // WebAuthn refuses IP addresses: where the console URL is one, say where passkeys work.
    match crate::accounts::passkeys::passkey_origin(&heard.console_url) {
        Some(origin) if origin.as_str().trim_end_matches('/') != heard.console_url => {
            println!("  (passkeys work at {}console)", origin.as_str());
        }
        Some(_) => {}
        None => println!("  (passkeys are off: give the console a domain name, --console-url)"),
    }
    tracing::info!("serving the child site and the console");
    heard.run_until(shutdown_signal()).await
}
