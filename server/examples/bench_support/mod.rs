//! What the benchmark examples share: a real `heard` (both listeners, a fresh SQLite database
//! with a recovery key) running in this process on random ports.

use heard::config::{DataArgs, FloodArgs, ServeArgs};
use heard::startup::Heard;
use heard::store::{RecipientKind, Store};

pub struct Running {
    pub child: String,
    /// Not every benchmark reads both listeners.
    #[allow(dead_code)]
    pub console: String,
    pub store: Store,
    /// Kept so the data directory lives as long as the server.
    pub _dir: tempfile::TempDir,
}

pub async fn start() -> anyhow::Result<Running> {
    let dir = tempfile::tempdir()?;
    let data = DataArgs {
        data_dir: dir.path().to_path_buf(),
        database_url: None,
    };
    let store = Store::open_sqlite(&data.database_path()).await?;
    let recovery = age::x25519::Identity::generate().to_public().to_string();
    store
        .add_recipient(&recovery, RecipientKind::Recovery, "recovery", false)
        .await?;
    let args = ServeArgs {
        data,
        child_addr: "127.0.0.1:0".parse()?,
        console_addr: "127.0.0.1:0".parse()?,
        operator_addr: "127.0.0.1:0".parse()?,
        child_url: None,
        console_url: None,
        console_session_max_minutes: 720,
        retention_days: 90,
        ack_deadline_hours: 72,
        response_deadline_days: 20,
        quick_exit_url: None,
        kiosk_idle_seconds: 120,
        kiosk_warning_seconds: 30,
        pseudo_locale: false,
        urgent_withdrawal_days: 7,
        site_root: "target/site".into(),
        flood: FloodArgs::default(),
    };
    let heard = Heard::build(&args).await?;
    let (child, console) = (heard.child_bound_url(), heard.console_bound_url());
    tokio::spawn(heard.run_until(std::future::pending()));
    Ok(Running {
        child,
        console,
        store,
        _dir: dir,
    })
}
