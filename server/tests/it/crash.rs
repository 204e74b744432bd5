//! Nothing acknowledged is lost: a real `heard serve` on SQLite is killed with SIGKILL under
//! load, twenty times. Senders PUT browser-sealed messages as the browser does; a send whose
//! answer never came is retried, after the restart, with the same id and the same bytes (as
//! "Try again" does), and the server must answer "it had arrived" (200) exactly for those the
//! database had committed before the kill (read while the server is down), "stored" (201) for
//! the others. Afterwards every message whose sender was told it arrived is stored and opens with
//! the recovery identity. A live server answering a send with an error fails the test.
//!
//! What a process kill cannot show: the operating system keeps what was written, so this proves
//! the order (answer after commit) and idempotent retries, not durability across a power loss
//! (that is `synchronous = FULL`'s part).
//!
//! The same on PostgreSQL (`crash_postgres`), on a database cluster of its own that one round
//! also crashes (an immediate stop: no shutdown checkpoint, recovery from the WAL at start).

use app::api::{Received, RecipientsResponse};
use app::domain::{ChildWords, Envelope, SealedIn, SubmissionId};
use app::proof::{header_value, solve};
use app::sealing::{open, seal, RecipientSet};
use heard::store::{Database, PostgresUrl, Store};
use std::collections::{BTreeMap, BTreeSet};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

const ROUNDS: usize = 20;
const SENDERS: usize = 4;

/// A send the sender was not told about: retried with the same id and bytes.
type Unanswered = BTreeMap<String, (Vec<u8>, String)>;

#[derive(Default)]
struct Ledger {
    /// Told "arrived" (201, or 200 for a retry the server already had): id → words.
    arrived: BTreeMap<String, String>,
    unanswered: Unanswered,
}

/// Starts `heard serve` on `dir` (and `database`, a PostgreSQL URL, if given); its child site's
/// URL once it listens.
pub(crate) async fn start(dir: &std::path::Path, database: Option<&str>) -> (Child, String) {
    let mut server = Command::new(env!("CARGO_BIN_EXE_heard"));
    match database {
        Some(url) => server.env("HEARD_DATABASE_URL", url),
        None => server.env_remove("HEARD_DATABASE_URL"),
    };
    let mut server = server
        .args(["serve", "--send-limit", "1000000"])
        .args([
            "--child-addr",
            "127.0.0.1:0",
            "--console-addr",
            "127.0.0.1:0",
        ])
        .args(["--operator-addr", "127.0.0.1:0", "--data-dir"])
        .arg(dir)
        .arg("--site-root")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/../target/site"))
        .env("HEARD_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(server.stdout.take().unwrap()).lines();
    let url = loop {
        let line = lines
            .next_line()
            .await
            .unwrap()
            .expect("heard printed its URLs");
        if let Some(url) = line.trim().strip_prefix("Child site: ") {
            break url.trim_end_matches('/').to_owned();
        }
    };
    // Keep reading, so that the server never blocks on a full pipe.
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    (server, url)
}

/// One PUT as the browser sends it (fresh session, proof of work): the status of a whole
/// answer, or `None` when the answer never came or was cut off (the server was killed).
async fn put(client: &reqwest::Client, url: &str, id: &str, body: &[u8]) -> Option<u16> {
    let r = client
        .get(format!("{url}/api/recipients"))
        .send()
        .await
        .ok()?;
    if r.status() != 200 {
        // The sender decides: only while the database is being crashed is this no answer.
        return Some(r.status().as_u16());
    }
    let cookie = r
        .headers()
        .get("set-cookie")?
        .to_str()
        .ok()?
        .split(';')
        .next()?
        .to_owned();
    let fetched: RecipientsResponse = r.json().await.ok()?;
    let proof = header_value(
        &fetched.challenge,
        solve(&fetched.challenge, fetched.proof_bits),
    );
    let r = client
        .put(format!("{url}/api/submissions/{id}"))
        .header("cookie", cookie)
        .header("x-proof", proof)
        .header("x-recipient-set", fetched.set_id)
        .header("content-type", "application/octet-stream")
        .body(body.to_vec())
        .send()
        .await
        .ok()?;
    let status = r.status().as_u16();
    // "Arrived" is the answer read whole; a cut-off answer is no answer.
    let whole = r.bytes().await.ok()?;
    if (200..300).contains(&status) {
        let received: Received = serde_json::from_slice(&whole).expect("an answer the page reads");
        assert!(received.received);
    }
    Some(status)
}

/// Sends until an answer does not come. `errors_unanswered`: while the database is being
/// crashed, an error answer means "not stored" too (the child is told to try again).
async fn sender(
    url: String,
    recipients: RecipientSet,
    ledger: Arc<Mutex<Ledger>>,
    n: usize,
    errors_unanswered: bool,
) {
    let client = reqwest::Client::new();
    for i in 0.. {
        let id = SubmissionId::generate();
        let words = format!("crash canary {n}-{i} {}", id.as_str());
        let envelope = Envelope::new(
            id.clone(),
            "en",
            SealedIn::Browser,
            ChildWords::parse(words.clone()).unwrap(),
        );
        let body = seal(envelope, &recipients).unwrap().into_bytes();
        match put(&client, &url, id.as_str(), &body).await {
            Some(201) => {
                ledger
                    .lock()
                    .unwrap()
                    .arrived
                    .insert(id.as_str().into(), words);
            }
            // A crashed PostgreSQL empties its unlogged child sessions: a challenge fetched
            // before the crash is gone after it (403, "press Send again").
            Some(other) if !errors_unanswered || (other < 500 && other != 403) => {
                panic!("a live server answered a new send with {other}")
            }
            Some(_) | None => {
                ledger
                    .lock()
                    .unwrap()
                    .unanswered
                    .insert(id.as_str().into(), (body, words));
                return;
            }
        }
    }
}

/// Where the crashed servers keep their data.
pub(crate) enum Target<'a> {
    Sqlite(&'a std::path::Path),
    /// A database URL, and a way to crash its server (once, in the middle round).
    Postgres(&'a str, &'a dyn Fn(&str)),
}

impl Target<'_> {
    async fn open(&self) -> Option<Store> {
        let database = match self {
            Target::Sqlite(dir) => {
                let path = dir.join("heard.sqlite3");
                if !path.exists() {
                    return None;
                }
                Database::Sqlite(path)
            }
            Target::Postgres(url, _) => Database::Postgres(PostgresUrl::parse(url).unwrap()),
        };
        Some(Store::open(&database).await.unwrap())
    }

    fn url(&self) -> Option<&str> {
        match self {
            Target::Sqlite(_) => None,
            Target::Postgres(url, _) => Some(url),
        }
    }
}

/// The ids the database holds, read while no server runs.
async fn stored_ids(target: &Target<'_>) -> BTreeSet<String> {
    let Some(store) = target.open().await else {
        return BTreeSet::new();
    };
    let ids = store
        .submissions()
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.public_id.as_str().to_owned())
        .collect();
    store.pool().close().await;
    ids
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twenty_sigkills_under_load_lose_nothing_acknowledged_and_duplicate_nothing() {
    let dir = tempfile::tempdir().unwrap();
    kill_under_load(dir.path(), Target::Sqlite(dir.path())).await;
}

/// Twenty rounds of load and SIGKILL on `target`; on PostgreSQL, the middle round crashes the
/// database server instead, under the same load, before the server is killed.
pub(crate) async fn kill_under_load(dir: &std::path::Path, target: Target<'_>) {
    let mut init = std::process::Command::new(env!("CARGO_BIN_EXE_heard"));
    init.args(["recovery", "init", "--data-dir"]).arg(dir);
    if let Some(url) = target.url() {
        init.env("HEARD_DATABASE_URL", url);
    }
    let init = init.output().unwrap();
    assert!(init.status.success(), "{init:?}");
    let identity = String::from_utf8(init.stdout)
        .unwrap()
        .lines()
        .find(|l| l.starts_with("AGE-SECRET-KEY-1"))
        .unwrap()
        .to_owned();
    let ledger = Arc::new(Mutex::new(Ledger::default()));
    let mut retried = 0;
    let mut already_stored = 0;
    for round in 0..ROUNDS {
        // While it is down: which of the unanswered sends did the database commit?
        let unanswered = std::mem::take(&mut ledger.lock().unwrap().unanswered);
        let stored = stored_ids(&target).await;
        let (mut server, url) = start(dir, target.url()).await;
        // First, every send left without an answer: the same id, the same bytes. The server
        // says "it had arrived" (200) exactly for those it had committed.
        let client = reqwest::Client::new();
        for (id, (body, words)) in unanswered {
            let status = put(&client, &url, &id, &body)
                .await
                .expect("the retry is answered");
            let had = stored.contains(&id);
            assert_eq!(status, if had { 200 } else { 201 }, "{id}");
            already_stored += usize::from(had);
            ledger.lock().unwrap().arrived.insert(id, words);
            retried += 1;
        }
        let fetched: RecipientsResponse = client
            .get(format!("{url}/api/recipients"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let recipients = RecipientSet::parse(&fetched.recipients).unwrap();
        let crash_database = match &target {
            Target::Postgres(_, crash) if round == ROUNDS / 2 => Some(crash),
            _ => None,
        };
        let senders: Vec<_> = (0..SENDERS)
            .map(|n| {
                tokio::spawn(sender(
                    url.clone(),
                    recipients.clone(),
                    Arc::clone(&ledger),
                    round * SENDERS + n,
                    crash_database.is_some(),
                ))
            })
            .collect();
        tokio::time::sleep(Duration::from_millis(150 + 37 * (round as u64 % 7))).await;
        if let Some(crash) = crash_database {
            crash("stop"); // under load: immediate, no checkpoint
            tokio::time::sleep(Duration::from_millis(300)).await;
            crash("start"); // recovery from the WAL
        }
        server.start_kill().unwrap(); // SIGKILL
        server.wait().await.unwrap();
        for s in senders {
            s.await.unwrap();
        }
    }
    let arrived = std::mem::take(&mut ledger.lock().unwrap().arrived);
    // What was never answered after the last kill may or may not be stored; it was never
    // acknowledged. Everything acknowledged must be there, once.
    let store = target.open().await.expect("the database exists");
    let stored = store.submissions().await.unwrap();
    assert!(
        arrived.len() >= ROUNDS,
        "the load was real: {}",
        arrived.len()
    );
    let by_id: BTreeMap<&str, &Vec<u8>> = stored
        .iter()
        .map(|s| (s.public_id.as_str(), &s.ciphertext))
        .collect();
    for (id, words) in &arrived {
        let sealed = by_id
            .get(id.as_str())
            .unwrap_or_else(|| panic!("{id} was lost"));
        let opened = open(sealed, &identity, &SubmissionId::parse(id).unwrap()).unwrap();
        assert_eq!(&opened.text, words);
    }
    println!(
        "{} acknowledged across {ROUNDS} kills ({retried} retried after a kill, \
         {already_stored} of them already committed), all present once",
        arrived.len()
    );
}
