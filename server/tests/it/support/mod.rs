//! The test app: a real `heard` (both listeners, a fresh SQLite database in a temp directory) on
//! random ports, with the log captured, and one helper per role. With `HEARD_TEST_POSTGRES` set
//! to a PostgreSQL server's URL (`cargo xtask test` sets it for the second run of the suite),
//! each app gets a fresh PostgreSQL database there instead (`database`). Only the anonymous child exists
//! and, in `console`, one per staff role (enrol, sign in, get the session cookie).
#![allow(dead_code)]

pub mod console;
pub mod database;
pub mod staff;

use age::secrecy::ExposeSecret;
use heard::config::{DataArgs, FloodArgs, ServeArgs};
use heard::startup::Heard;
use heard::store::{RecipientKind, Store};
use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};
use tracing_subscriber::fmt::MakeWriter;

/// Everything every test's server logged (one subscriber per test binary).
#[derive(Clone, Default)]
pub struct CapturedLog(Arc<Mutex<Vec<u8>>>);

impl CapturedLog {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

impl Write for CapturedLog {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for CapturedLog {
    type Writer = CapturedLog;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

pub fn log() -> &'static CapturedLog {
    static LOG: OnceLock<CapturedLog> = OnceLock::new();
    LOG.get_or_init(|| {
        let log = CapturedLog::default();
        // Debug everywhere: more than an operator would run with, so leaks show up here first.
        heard::telemetry::init_with(log.clone(), tracing_subscriber::EnvFilter::new("debug"));
        log
    })
}

pub struct TestApp {
    pub child: String,
    pub console: String,
    /// The operator's listener: health and metrics.
    pub operator: String,
    pub store: Store,
    pub data_dir: tempfile::TempDir,
    /// The recovery identity (`AGE-SECRET-KEY-1…`); in production it is printed once, offline.
    pub recovery_identity: String,
}

pub struct Options {
    pub child_url: Option<String>,
    pub console_url: Option<String>,
    pub console_session_max_minutes: i64,
    pub quick_exit_url: Option<String>,
    /// Fallback languages an admin chose before the server started (`(locale, fallback)`).
    pub locale_fallbacks: Vec<(&'static str, &'static str)>,
    pub pseudo_locale: bool,
    /// The child site's global limits (`--send-limit` and the others).
    pub flood: FloodArgs,
    /// On SQLite even when the suite runs on PostgreSQL (tests of SQLite's own files).
    pub sqlite: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            child_url: None,
            console_url: None,
            console_session_max_minutes: 720,
            quick_exit_url: None,
            locale_fallbacks: Vec::new(),
            pseudo_locale: false,
            // Far above what any other test sends: the flood tests set their own.
            flood: FloodArgs {
                send_limit: 100_000,
                urgent_limit: 100_000,
                storage_budget_mb: 1024 * 1024,
                consultation_limit: 100_000,
            },
            sqlite: false,
        }
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(Options::default()).await
}

/// An app on SQLite whatever the suite runs on: for tests of SQLite's files (backup, WAL).
pub async fn spawn_sqlite_app() -> TestApp {
    spawn_app_with(Options {
        sqlite: true,
        ..Options::default()
    })
    .await
}

pub async fn spawn_app_with(options: Options) -> TestApp {
    log();
    let data_dir = tempfile::tempdir().unwrap();
    let data = DataArgs {
        data_dir: data_dir.path().to_path_buf(),
        database_url: match options.sqlite {
            true => None,
            false => database::fresh(data_dir.path())
                .await
                .map(|url| postgres(&url)),
        },
    };
    let store = data.open_store().await.unwrap();
    let identity = age::x25519::Identity::generate();
    store
        .add_recipient(
            &identity.to_public().to_string(),
            RecipientKind::Recovery,
            "recovery",
            false,
        )
        .await
        .unwrap();
    for (locale, fallback) in &options.locale_fallbacks {
        store.set_locale_fallback(locale, fallback).await.unwrap();
    }
    let (child, console, operator) = serve(data, options).await;
    TestApp {
        child,
        console,
        operator,
        store,
        data_dir,
        recovery_identity: identity.to_string().expose_secret().to_owned(),
    }
}

/// A second server on the same PostgreSQL database as `app` (the suite must run on PostgreSQL),
/// with its own data directory: what a load balancer's second backend would be.
pub async fn spawn_peer(app: &TestApp) -> TestApp {
    spawn_peer_with(app, Options::default()).await
}

/// [`spawn_peer`] with `options` (its limits, say).
pub async fn spawn_peer_with(app: &TestApp, options: Options) -> TestApp {
    let url = database::url_of(app.data_dir.path()).expect("a peer needs PostgreSQL");
    let data_dir = tempfile::tempdir().unwrap();
    database::register(data_dir.path(), &url);
    let data = DataArgs {
        data_dir: data_dir.path().to_path_buf(),
        database_url: Some(postgres(&url)),
    };
    let store = data.open_store().await.unwrap();
    let (child, console, operator) = serve(data, options).await;
    TestApp {
        child,
        console,
        operator,
        store,
        data_dir,
        recovery_identity: app.recovery_identity.clone(),
    }
}

fn postgres(url: &str) -> heard::store::PostgresUrl {
    heard::store::PostgresUrl::parse(url).unwrap()
}

/// Builds and starts a server on `data`: its child, console and operator URLs.
async fn serve(data: DataArgs, options: Options) -> (String, String, String) {
    let args = ServeArgs {
        data,
        child_addr: "127.0.0.1:0".parse().unwrap(),
        console_addr: "127.0.0.1:0".parse().unwrap(),
        operator_addr: "127.0.0.1:0".parse().unwrap(),
        child_url: options.child_url,
        console_url: options.console_url,
        retention_days: 90,
        ack_deadline_hours: 72,
        response_deadline_days: 20,
        console_session_max_minutes: options.console_session_max_minutes,
        quick_exit_url: options.quick_exit_url,
        kiosk_idle_seconds: 120,
        kiosk_warning_seconds: 30,
        pseudo_locale: options.pseudo_locale,
        urgent_withdrawal_days: 7,
        site_root: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/site"),
        flood: options.flood,
    };
    let heard = Heard::build(&args).await.unwrap();
    let (child, console) = bound_urls(&heard);
    let operator = heard.operator_bound_url();
    tokio::spawn(heard.run_until(std::future::pending()));
    (child, console, operator)
}

/// The listeners' real addresses (the configured public URLs may differ in tests of cookies).
fn bound_urls(heard: &Heard) -> (String, String) {
    (heard.child_bound_url(), heard.console_bound_url())
}

impl TestApp {
    /// An anonymous child's browser: no cookies kept, never follows redirects by itself.
    pub fn child_client(&self) -> reqwest::Client {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
    }

    /// What the no-JavaScript form of a freshly fetched start page carries: its submission id and
    /// the token issued for it (`POST /send` refuses a form without).
    pub async fn nojs_ticket(&self) -> (app::domain::SubmissionId, String) {
        let page = self
            .child_client()
            .get(format!("{}/", self.child))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let value_of = |name: &str| {
            let at = page.find(&format!("name=\"{name}\"")).expect(name);
            let rest = &page[at..];
            let start = rest.find("value=\"").unwrap() + "value=\"".len();
            rest[start..].split('"').next().unwrap().to_owned()
        };
        let id = app::domain::SubmissionId::parse(&value_of("submission_id")).unwrap();
        (id, value_of("form_token"))
    }

    /// A child sends `text` with the no-JavaScript form; asserts it arrived.
    pub async fn send_by_form(&self, text: &str) -> app::domain::SubmissionId {
        let (id, token) = self.nojs_ticket().await;
        let r = self
            .child_client()
            .post(format!("{}/send", self.child))
            .form(&[
                ("submission_id", id.as_str()),
                ("form_token", token.as_str()),
                ("text", text),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 303);
        id
    }

    /// `GET /api/recipients` as a fresh browser (no cookie): the set to seal to and a challenge.
    pub async fn recipients(&self) -> app::api::RecipientsResponse {
        self.recipients_at("").await
    }

    /// [`Self::recipients`] for a message naming the facility `place` (its code).
    pub async fn recipients_at(&self, place: &str) -> app::api::RecipientsResponse {
        let response = self
            .child_client()
            .get(format!("{}/api/recipients?place={place}", self.child))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        response.json().await.unwrap()
    }

    /// The operator's `/metrics` (Prometheus text; one recorder for the whole test binary).
    pub async fn metrics(&self) -> String {
        reqwest::get(format!("{}/metrics", self.operator))
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    }

    pub async fn submission_count(&self) -> i64 {
        self.store.count_submissions().await.unwrap()
    }

    /// Every file in the data directory (database, WAL, shared memory, anything else); on
    /// PostgreSQL also every table's rows as they are stored, bytes as bytes
    /// ([`database::table_dump`]).
    pub fn data_files(&self) -> Vec<(PathBuf, Vec<u8>)> {
        let mut files: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(self.data_dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_file())
            .map(|p| {
                let bytes = std::fs::read(&p).unwrap();
                (p, bytes)
            })
            .collect();
        if let Some(url) = database::url_of(self.data_dir.path()) {
            files.extend(database::table_dump(&url));
        }
        files
    }
}

pub fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

/// A unique sentence that must never appear in plaintext anywhere.
pub fn canary(tag: &str) -> String {
    format!("canary {tag} {}", app::domain::SubmissionId::generate())
}

/// Decrypts `sealed` with the reference `age` tool and `identity` (`AGE-SECRET-KEY-1…`): the
/// plaintext, after asserting that the tool succeeded.
pub fn age_decrypt(identity: &str, sealed: &[u8]) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let (key, file) = (
        dir.path().join("identity.key"),
        dir.path().join("sealed.age"),
    );
    std::fs::write(&key, identity).unwrap();
    std::fs::write(&file, sealed).unwrap();
    let output = std::process::Command::new("age")
        .arg("--decrypt")
        .arg("--identity")
        .arg(&key)
        .arg(&file)
        .output()
        .expect("the reference `age` tool is installed (apt-get install age)");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

/// Registers a kiosk with the CLI (`extra`: more arguments, e.g. `--lang ti`); its start page's
/// full URL, as printed once.
pub fn add_kiosk(app: &TestApp, extra: &[&str]) -> String {
    let mut args = vec![
        "kiosks",
        "add",
        "--label",
        "hall",
        "--child-url",
        &app.child,
    ];
    args.extend_from_slice(extra);
    let added = heard(app.data_dir.path(), &args);
    assert!(added.status.success(), "{added:?}");
    let printed = String::from_utf8(added.stdout).unwrap();
    let start = printed.lines().find(|l| l.contains("/kiosk/")).unwrap();
    start.trim().to_owned()
}

/// Runs the real `heard` binary with `--data-dir` appended (and the app's PostgreSQL database,
/// when the suite runs on PostgreSQL).
pub fn heard(data_dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_heard"));
    command.args(args).arg("--data-dir").arg(data_dir);
    match database::url_of(data_dir) {
        Some(url) => command.env("HEARD_DATABASE_URL", url),
        None => command.env_remove("HEARD_DATABASE_URL"),
    };
    command.output().unwrap()
}
