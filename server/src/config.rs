//! Configuration: command-line flags, each also settable by an environment variable (clap).

use crate::store::{Database, PostgresUrl, Store};
use clap::Args;
use std::net::SocketAddr;
use std::path::PathBuf;

/// Where Heard keeps its data. Shared by every subcommand.
#[derive(Args, Clone, Debug)]
pub struct DataArgs {
    /// Directory for the SQLite database (created on first run).
    #[arg(long, env = "HEARD_DATA_DIR", default_value = "heard-data")]
    pub data_dir: PathBuf,
    /// A PostgreSQL database instead of SQLite, e.g. postgres://heard@db.internal/heard: for
    /// several Heard servers on one database. Without it, SQLite in the data directory. Give it
    /// in the environment rather than on the command line, where other users see it.
    #[arg(long, env = "HEARD_DATABASE_URL", hide_env_values = true,
          value_parser = PostgresUrl::parse_arg)]
    pub database_url: Option<PostgresUrl>,
}

impl DataArgs {
    /// The SQLite file, when no `--database-url` is given.
    pub fn database_path(&self) -> PathBuf {
        self.data_dir.join("heard.sqlite3")
    }

    pub fn database(&self) -> anyhow::Result<Database> {
        Ok(match &self.database_url {
            Some(url) => Database::Postgres(url.clone()),
            None => Database::Sqlite(self.database_path()),
        })
    }

    /// Opens the database (creating SQLite's file if needed) and applies the migrations.
    pub async fn open_store(&self) -> anyhow::Result<Store> {
        Store::open(&self.database()?).await
    }
}

/// How the two listeners are served.
#[derive(Args, Clone, Debug)]
pub struct ServeArgs {
    #[command(flatten)]
    pub data: DataArgs,
    /// Address of the child site (public).
    #[arg(long, env = "HEARD_CHILD_ADDR", default_value = "127.0.0.1:3000")]
    pub child_addr: SocketAddr,
    /// Address of the reviewer console (may be internal only).
    #[arg(long, env = "HEARD_CONSOLE_ADDR", default_value = "127.0.0.1:3001")]
    pub console_addr: SocketAddr,
    /// Address of the operator's listener: `/healthz`, `/readyz`, `/metrics`. Keep it internal.
    #[arg(long, env = "HEARD_OPERATOR_ADDR", default_value = "127.0.0.1:3002")]
    pub operator_addr: SocketAddr,
    /// Public URL of the child site, e.g. https://heard.example.org. An https URL turns on
    /// Secure `__Host-` cookies. Defaults to http on the child address.
    #[arg(long, env = "HEARD_CHILD_URL")]
    pub child_url: Option<String>,
    /// Public URL of the console (same rules as --child-url).
    #[arg(long, env = "HEARD_CONSOLE_URL")]
    pub console_url: Option<String>,
    /// Longest a console session lasts, however active (minutes). The idle timeout is 30 minutes.
    #[arg(long, env = "HEARD_CONSOLE_SESSION_MAX_MINUTES", default_value_t = 720)]
    pub console_session_max_minutes: i64,
    /// Days after closing that a case's content is deleted by the retention job.
    #[arg(long, env = "HEARD_RETENTION_DAYS", default_value_t = 90)]
    pub retention_days: u32,
    /// Hours within which a new case should be acknowledged; after that it is overdue. Counted
    /// in whole days (times are stored as days), rounding up: 72 hours is three days.
    #[arg(long, env = "HEARD_ACK_DEADLINE_HOURS", default_value_t = 72)]
    pub ack_deadline_hours: u32,
    /// Days within which an open case should have its response (until it is closed or referred);
    /// after that the workbench shows it overdue. 20 is a common complaints procedure's first
    /// stage; set your organisation's own.
    #[arg(long, env = "HEARD_RESPONSE_DEADLINE_DAYS", default_value_t = 20,
          value_parser = clap::value_parser!(u32).range(1..=3650))]
    pub response_deadline_days: u32,
    /// Where Quick Exit sends the child, e.g. https://www.google.com/ (an ordinary site, so
    /// nobody looking at the screen learns anything). Defaults to an empty page of this site.
    #[arg(long, env = "HEARD_QUICK_EXIT_URL", value_parser = parse_exit_url)]
    pub quick_exit_url: Option<String>,
    /// On a kiosk, seconds without input before "Are you still here?".
    #[arg(long, env = "HEARD_KIOSK_IDLE_SECONDS", default_value_t = 120,
          value_parser = clap::value_parser!(u32).range(30..=3600))]
    pub kiosk_idle_seconds: u32,
    /// On a kiosk, seconds the child has to answer "Are you still here?" before the wipe
    /// (at least 20).
    #[arg(long, env = "HEARD_KIOSK_WARNING_SECONDS", default_value_t = 30,
          value_parser = clap::value_parser!(u32).range(20..=600))]
    pub kiosk_warning_seconds: u32,
    /// Offers the pseudo-locale `en-XA` (accented, 40 % longer English) for finding untranslated
    /// text and clipped boxes. For testing only; never on a real instance.
    #[arg(long, env = "HEARD_PSEUDO_LOCALE")]
    pub pseudo_locale: bool,
    /// The built site: `pkg/` (the child's JS + WASM) and `assets/` (CSS). `cargo xtask build` makes it.
    #[arg(long, env = "HEARD_SITE_ROOT", default_value = "target/site")]
    pub site_root: PathBuf,
    /// Days a safeguarding lead can still read an urgent case ("I am not safe") after the child
    /// takes it back, before it is deleted (0: at once, as any other case).
    #[arg(long, env = "HEARD_URGENT_WITHDRAWAL_DAYS", default_value_t = 7,
          value_parser = clap::value_parser!(u32).range(0..=90))]
    pub urgent_withdrawal_days: u32,
    #[command(flatten)]
    pub flood: FloodArgs,
}

/// The child site's global limits (`http::child_floodgate`), which hold however many cookies a
/// script throws away.
#[derive(Args, Clone, Copy, Debug, PartialEq, Eq)]
pub struct FloodArgs {
    /// New messages and stories stored per ten minutes across the whole site. Beyond it a send
    /// is asked to try again in a few minutes ("I am not safe" always gets through).
    #[arg(long, env = "HEARD_SEND_LIMIT", default_value_t = 100,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub send_limit: u32,
    /// "I am not safe" sends per ten minutes that go to the urgent queue; beyond it they are
    /// stored but grouped as a possible flood for a safeguarding lead.
    #[arg(long, env = "HEARD_URGENT_LIMIT", default_value_t = 20,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub urgent_limit: u32,
    /// Megabytes the data directory may hold; beyond it new sends are refused (urgent ones have
    /// a reserve of a twentieth more).
    #[arg(long, env = "HEARD_STORAGE_BUDGET_MB", default_value_t = 4096,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub storage_budget_mb: u64,
    /// Children who may start a consultation per ten minutes across the site (a script that
    /// drops its cookie could otherwise answer without end). Beyond it: "try again in a few
    /// minutes". Its own window: it never holds back a message.
    #[arg(long, env = "HEARD_CONSULTATION_LIMIT", default_value_t = 300,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub consultation_limit: u32,
}

impl Default for FloodArgs {
    fn default() -> Self {
        Self {
            send_limit: 100,
            urgent_limit: 20,
            storage_budget_mb: 4096,
            consultation_limit: 300,
        }
    }
}

impl ServeArgs {
    pub fn ack_deadline_days(&self) -> u32 {
        self.ack_deadline_hours.div_ceil(24).max(1)
    }

    pub fn child_url_or_default(&self, bound: SocketAddr) -> String {
        public_url(self.child_url.as_deref(), bound)
    }

    pub fn console_url_or_default(&self, bound: SocketAddr) -> String {
        public_url(self.console_url.as_deref(), bound)
    }
}

fn public_url(configured: Option<&str>, bound: SocketAddr) -> String {
    configured
        .map(|u| u.trim_end_matches('/').to_owned())
        .unwrap_or_else(|| format!("http://{bound}"))
}

/// An absolute http(s) address: anything else (`javascript:`, a relative path) is refused.
fn parse_exit_url(raw: &str) -> Result<String, String> {
    let ok = (raw.starts_with("https://") || raw.starts_with("http://"))
        && raw.len() > "https://".len()
        && raw.is_ascii()
        && !raw
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"')
        // It becomes a Location header: anything a header cannot carry is refused at start-up.
        && http::HeaderValue::from_str(raw).is_ok();
    if ok {
        Ok(raw.to_owned())
    } else {
        Err("give an absolute http:// or https:// address".to_owned())
    }
}

pub fn is_tls(url: &str) -> bool {
    url.starts_with("https://")
}
