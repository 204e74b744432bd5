//! Load figures (`cargo xtask load`): a real `heard serve` (the binary given as the first
//! argument, a release build) on a fresh SQLite database, and 4, then 16, then 32 connections
//! sending 1 KiB messages as fast as it answers, each with a fresh session and id — the
//! no-JavaScript form (the server seals) and the browser path (a PUT of ciphertext, with its
//! proof of work). `HEARD_LOAD_CONNECTIONS` (e.g. `4,64`) chooses the counts. Why more than
//! four: every answer waits for its commit to be on disk, one fsync (about 0.8 ms on this
//! machine's disk), so four connections cannot pass 4 / (fsync + the rest of a send) whatever
//! the server does; many children sending at once share a commit (`store/case_commits.rs`),
//! which is what a site under load sees.
//!
//! What each send needs from an earlier request (the form's page and token; the recipients and
//! a solved challenge) is fetched and solved before the clock starts, as many browsers would
//! have done before pressing Send: the timed part is only the sends. Prints throughput, p50 and
//! p99 of a send, the server's peak resident memory and how many of the two cores it used. Not
//! a test: it prints figures.
//!
//! With `HEARD_LOAD_POSTGRES` set to a PostgreSQL server's URL (`cargo xtask load` sets it), the
//! browser path once more with two servers on one fresh database there, each taking half of the
//! sends (as a load balancer would spread them); the CPU figure is then the two servers' only,
//! PostgreSQL's own processes share the same two cores. The database is dropped afterwards, also
//! when a run fails. `HEARD_LOAD_ONLY=postgres` runs only that path (to compare two binaries on
//! it side by side).

use app::api::RecipientsResponse;
use app::domain::{ChildWords, Envelope, SealedIn, SubmissionId};
use app::proof::{header_value, solve};
use app::sealing::{seal, RecipientSet};
use std::process::Stdio;
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, BufReader};

/// Connection counts, one run each (`HEARD_LOAD_CONNECTIONS` to change them).
const CONNECTIONS: &[usize] = &[4, 16, 32];
/// Sends per path (`HEARD_LOAD_SENDS` to change it).
const SENDS: usize = 4000;

struct Server {
    process: tokio::process::Child,
    child_url: String,
    _dir: tempfile::TempDir,
}

/// Starts a server on a fresh data directory, on SQLite or on the PostgreSQL database at
/// `database` (`init`: make its recovery recipient first, once per database).
async fn start(binary: &str, database: Option<&str>, init: bool) -> anyhow::Result<Server> {
    let dir = tempfile::tempdir()?;
    let with_database = |command: &mut std::process::Command| {
        match database {
            Some(url) => command.env("HEARD_DATABASE_URL", url),
            None => command.env_remove("HEARD_DATABASE_URL"),
        };
    };
    if init {
        let mut command = std::process::Command::new(binary);
        command
            .args(["recovery", "init", "--data-dir"])
            .arg(dir.path());
        with_database(&mut command);
        let init = command.output()?;
        anyhow::ensure!(init.status.success(), "recovery init failed");
    }
    let mut command = std::process::Command::new(binary);
    with_database(&mut command);
    let mut process = tokio::process::Command::from(command)
        .args([
            "serve",
            "--send-limit",
            "100000000",
            "--storage-budget-mb",
            "100000",
        ])
        .args([
            "--child-addr",
            "127.0.0.1:0",
            "--console-addr",
            "127.0.0.1:0",
        ])
        .args(["--operator-addr", "127.0.0.1:0", "--data-dir"])
        .arg(dir.path())
        .args(["--site-root", "target/site"])
        .env("HEARD_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()?;
    let mut lines = BufReader::new(process.stdout.take().expect("piped")).lines();
    let child_url = loop {
        let line = lines
            .next_line()
            .await?
            .ok_or_else(|| anyhow::anyhow!("heard exited"))?;
        if let Some(url) = line.trim().strip_prefix("Child site: ") {
            break url.trim_end_matches('/').to_owned();
        }
    };
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    Ok(Server {
        process,
        child_url,
        _dir: dir,
    })
}

/// Peak resident memory (KiB) and CPU seconds used so far, from `/proc`.
fn usage(pid: u32) -> (u64, f64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let peak = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0);
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields 14 and 15 (utime, stime), counted after the command's closing parenthesis.
    let after = stat.rsplit(')').next().unwrap_or_default();
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks: f64 = [11, 12]
        .iter()
        .filter_map(|i| fields.get(*i)?.parse::<f64>().ok())
        .sum();
    (peak, ticks / 100.0)
}

fn words() -> String {
    "The food is cold every evening and nobody listens. ".repeat(21)[..1024].to_owned()
}

fn client(connections: usize) -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(connections)
        .build()
        .expect("a client")
}

/// One prepared send: its request, ready to go.
type Prepared = reqwest::Request;

async fn prepare_form(http: &reqwest::Client, url: &str) -> anyhow::Result<Prepared> {
    // The form's token is signed for its id: no session is needed (nor kept, as a child's).
    let page = http.get(format!("{url}/")).send().await?.text().await?;
    let value_of = |name: &str| -> anyhow::Result<String> {
        let at = page
            .find(&format!("name=\"{name}\""))
            .ok_or_else(|| anyhow::anyhow!("no {name}"))?;
        let rest = &page[at..];
        let start = rest
            .find("value=\"")
            .ok_or_else(|| anyhow::anyhow!("no value"))?
            + 7;
        Ok(rest[start..]
            .split('"')
            .next()
            .unwrap_or_default()
            .to_owned())
    };
    let form = [
        ("submission_id", value_of("submission_id")?),
        ("form_token", value_of("form_token")?),
        ("text", words()),
    ];
    Ok(http.post(format!("{url}/send")).form(&form).build()?)
}

async fn prepare_put(http: &reqwest::Client, url: &str) -> anyhow::Result<Prepared> {
    let r = http.get(format!("{url}/api/recipients")).send().await?;
    let cookie = session_cookie(&r)?;
    let fetched: RecipientsResponse = r.json().await?;
    let recipients = RecipientSet::parse(&fetched.recipients)?;
    let id = SubmissionId::generate();
    let envelope = Envelope::new(
        id.clone(),
        "en",
        SealedIn::Browser,
        ChildWords::parse(words())?,
    );
    let body = seal(envelope, &recipients)?.into_bytes();
    let proof = header_value(
        &fetched.challenge,
        solve(&fetched.challenge, fetched.proof_bits),
    );
    Ok(http
        .put(format!("{url}/api/submissions/{}", id.as_str()))
        .header("cookie", cookie)
        .header("x-proof", proof)
        .header("x-recipient-set", fetched.set_id)
        .header("content-type", "application/octet-stream")
        .body(body)
        .build()?)
}

fn session_cookie(r: &reqwest::Response) -> anyhow::Result<String> {
    let set = r
        .headers()
        .get("set-cookie")
        .ok_or_else(|| anyhow::anyhow!("no session"))?;
    Ok(set
        .to_str()?
        .split(';')
        .next()
        .unwrap_or_default()
        .to_owned())
}

/// Sends every prepared request over `connections` connections; the time of each, and the wall.
async fn fire(
    http: &reqwest::Client,
    connections: usize,
    prepared: Vec<Prepared>,
    ok: u16,
) -> (Vec<Duration>, Duration) {
    let queue = std::sync::Arc::new(std::sync::Mutex::new(prepared));
    let started = Instant::now();
    let workers: Vec<_> = (0..connections)
        .map(|_| {
            let (http, queue) = (http.clone(), std::sync::Arc::clone(&queue));
            tokio::spawn(async move {
                let mut times = Vec::new();
                loop {
                    let Some(request) = queue.lock().expect("queue").pop() else {
                        return times;
                    };
                    let t = Instant::now();
                    let response = http.execute(request).await.expect("an answer");
                    assert_eq!(response.status().as_u16(), ok, "a send was refused");
                    times.push(t.elapsed());
                }
            })
        })
        .collect();
    let mut times = Vec::new();
    for w in workers {
        times.extend(w.await.expect("a worker"));
    }
    (times, started.elapsed())
}

async fn run(
    name: &str,
    connections: usize,
    servers: &[&Server],
    prepared: Vec<Prepared>,
    ok: u16,
) {
    let http = client(connections);
    let pids: Vec<u32> = servers
        .iter()
        .map(|s| s.process.id().expect("running"))
        .collect();
    let cpu_before: f64 = pids.iter().map(|p| usage(*p).1).sum();
    let (mut times, wall) = fire(&http, connections, prepared, ok).await;
    let peak_kib = pids.iter().map(|p| usage(*p).0).max().unwrap_or(0);
    let cpu_after: f64 = pids.iter().map(|p| usage(*p).1).sum();
    times.sort();
    let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    println!(
        "{name}, {connections} connections: {} sends in {:.2} s = {:.0}/s; p50 {:.1} ms, p99 {:.1} ms, slowest {:.1} ms; \
         peak RSS of a server {:.1} MiB, CPU of the server(s) {:.2} of 2 cores",
        times.len(),
        wall.as_secs_f64(),
        times.len() as f64 / wall.as_secs_f64(),
        at(0.5).as_secs_f64() * 1e3,
        at(0.99).as_secs_f64() * 1e3,
        times.last().expect("sends").as_secs_f64() * 1e3,
        peak_kib as f64 / 1024.0,
        (cpu_after - cpu_before) / wall.as_secs_f64(),
    );
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let binary = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/release/heard".into());
    let sends = std::env::var("HEARD_LOAD_SENDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(SENDS);
    let counts: Vec<usize> = match std::env::var("HEARD_LOAD_CONNECTIONS") {
        Ok(list) => list
            .split(',')
            .map(|n| n.trim().parse())
            .collect::<Result<_, _>>()?,
        Err(_) => CONNECTIONS.to_vec(),
    };
    anyhow::ensure!(
        counts.iter().all(|&n| n > 0),
        "HEARD_LOAD_CONNECTIONS: each count must be at least 1"
    );
    println!("load: {sends} sends of 1 KiB per path and connection count, {binary}");
    let http = client(1);
    let only_postgres = std::env::var("HEARD_LOAD_ONLY").as_deref() == Ok("postgres");
    if !only_postgres {
        sqlite_runs(&binary, sends, &counts, &http).await?;
    }
    let Ok(postgres) = std::env::var("HEARD_LOAD_POSTGRES") else {
        anyhow::ensure!(
            !only_postgres,
            "HEARD_LOAD_ONLY=postgres needs HEARD_LOAD_POSTGRES"
        );
        return Ok(());
    };
    let runs = postgres_runs(&binary, sends, &counts, &http, &postgres).await;
    // Dropped whether or not the runs got through, so that a failed one leaves nothing behind.
    let dropped = drop_database(&postgres).await;
    runs.and(dropped)
}

/// The no-JS form, then the browser path, on SQLite: a fresh server for each connection count.
async fn sqlite_runs(
    binary: &str,
    sends: usize,
    counts: &[usize],
    http: &reqwest::Client,
) -> anyhow::Result<()> {
    for &connections in counts {
        // A fresh server (and database) for each run, so that no run measures another's rows.
        let server = start(binary, None, true).await?;
        let mut forms = Vec::with_capacity(sends);
        for _ in 0..sends {
            forms.push(prepare_form(http, &server.child_url).await?);
        }
        let name = "no-JS form (server seals), SQLite";
        run(name, connections, &[&server], forms, 303).await;
    }
    for &connections in counts {
        let server = start(binary, None, true).await?;
        let mut puts = Vec::with_capacity(sends);
        for _ in 0..sends {
            puts.push(prepare_put(http, &server.child_url).await?);
        }
        let name = "browser path (ciphertext PUT), SQLite";
        run(name, connections, &[&server], puts, 201).await;
    }
    Ok(())
}

/// The browser path with two servers on a fresh PostgreSQL database for each connection count.
async fn postgres_runs(
    binary: &str,
    sends: usize,
    counts: &[usize],
    http: &reqwest::Client,
    postgres: &str,
) -> anyhow::Result<()> {
    for &connections in counts {
        let database = fresh_database(postgres).await?;
        let first = start(binary, Some(&database), true).await?;
        let second = start(binary, Some(&database), false).await?;
        let mut puts = Vec::with_capacity(sends);
        for i in 0..sends {
            let server = if i % 2 == 0 { &first } else { &second };
            puts.push(prepare_put(http, &server.child_url).await?);
        }
        let name = "browser path, PostgreSQL, two servers";
        run(name, connections, &[&first, &second], puts, 201).await;
    }
    Ok(())
}

/// This run's database's name.
fn database_name() -> String {
    format!("heard_load_{}", std::process::id())
}

/// Drops this run's database (its servers' connections too) on the PostgreSQL server at `server`.
async fn drop_database(server: &str) -> anyhow::Result<()> {
    use sqlx::Connection;
    let mut admin = sqlx::PgConnection::connect(server).await?;
    let name = database_name();
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .execute(&mut admin)
        .await?;
    Ok(())
}

/// A new, empty database on the PostgreSQL server at `server`: its URL.
async fn fresh_database(server: &str) -> anyhow::Result<String> {
    use sqlx::Connection;
    drop_database(server).await?;
    let name = database_name();
    let mut admin = sqlx::PgConnection::connect(server).await?;
    sqlx::query(&format!(
        "CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
    ))
    .execute(&mut admin)
    .await?;
    let base = server.rsplit_once('/').map_or(server, |(base, _)| base);
    Ok(format!("{base}/{name}"))
}
