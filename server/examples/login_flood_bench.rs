//! The child site's latency during a flood of console sign-ins: a real `heard` in this process;
//! 500 `GET /` of the child's start page with no other load, then 500 more while 64 clients keep
//! posting sign-ins with wrong passwords (each costs Argon2id, which runs on a blocking thread
//! behind a one-permit semaphore, off the async runtime). Prints p50, p99 and the worst of both.
//!
//! Run: `cargo run -p server --example login_flood_bench` (add `--release` for production
//! figures; run `cargo xtask build` first so the start page has its bundle). A report, not a test.

use heard::config::{DataArgs, FloodArgs, ServeArgs};
use heard::startup::Heard;
use heard::store::RecipientKind;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const SAMPLES: usize = 500;
const FLOODERS: usize = 64;

async fn start_page_latencies(client: &reqwest::Client, child: &str) -> Vec<Duration> {
    let mut times = Vec::with_capacity(SAMPLES);
    for _ in 0..SAMPLES {
        let t = Instant::now();
        let r = client
            .get(format!("{child}/"))
            .send()
            .await
            .expect("an answer");
        assert!(r.status().is_success());
        let _ = r.bytes().await;
        times.push(t.elapsed());
    }
    times.sort();
    times
}

fn report(label: &str, times: &[Duration]) {
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{label}: p50 {:.1} ms, p99 {:.1} ms, worst {:.1} ms ({} requests)",
        ms(times[times.len() / 2]),
        ms(times[times.len() * 99 / 100]),
        ms(times[times.len() - 1]),
        times.len()
    );
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let data = DataArgs {
        data_dir: dir.path().to_path_buf(),
    };
    let store = heard::store::Store::open_sqlite(&data.database_path()).await?;
    let recovery = age::x25519::Identity::generate().to_public().to_string();
    store
        .add_recipient(&recovery, RecipientKind::Recovery, "recovery", false)
        .await?;
    let args = ServeArgs {
        data,
        child_addr: "127.0.0.1:0".parse()?,
        console_addr: "127.0.0.1:0".parse()?,
        child_url: None,
        console_url: None,
        console_session_max_minutes: 720,
        retention_days: 90,
        ack_deadline_hours: 72,
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
    let client = reqwest::Client::new();
    start_page_latencies(&client, &child).await;
    report(
        "child start page, quiet",
        &start_page_latencies(&client, &child).await,
    );

    let stop = Arc::new(AtomicBool::new(false));
    let attempts = Arc::new(AtomicUsize::new(0));
    let mut flood = tokio::task::JoinSet::new();
    for i in 0..FLOODERS {
        let (client, url) = (client.clone(), format!("{console}/console/login"));
        let (stop, attempts) = (stop.clone(), attempts.clone());
        flood.spawn(async move {
            while !stop.load(Ordering::Relaxed) {
                let form = [
                    ("handle", format!("guess{i}")),
                    ("password", "a wrong password".to_owned()),
                    ("code", "123456".to_owned()),
                ];
                if client.post(&url).form(&form).send().await.is_ok() {
                    attempts.fetch_add(1, Ordering::Relaxed);
                }
            }
        });
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let started = Instant::now();
    let during = start_page_latencies(&client, &child).await;
    let elapsed = started.elapsed();
    stop.store(true, Ordering::Relaxed);
    while flood.join_next().await.is_some() {}
    report(
        &format!("child start page during a flood of {FLOODERS} sign-in clients"),
        &during,
    );
    println!(
        "sign-in attempts answered during the flood: {} in {:.1} s",
        attempts.load(Ordering::Relaxed),
        elapsed.as_secs_f64() + 0.5
    );
    Ok(())
}
