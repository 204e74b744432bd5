//! The child site's latency during a flood of console sign-ins: a real `heard` in this process;
//! 500 `GET /` of the child's start page with no other load, then 500 more while 64 clients keep
//! posting sign-ins with wrong passwords (each costs Argon2id, which runs on a blocking thread
//! behind a one-permit semaphore, off the async runtime). Prints p50, p99 and the worst of both.
//!
//! Run: `cargo run -p server --example login_flood_bench` (add `--release` for production
//! figures; run `cargo xtask build` first so the start page has its bundle). A report, not a test.

mod bench_support;

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
    let heard = bench_support::start().await?;
    let (child, console) = (heard.child.clone(), heard.console.clone());
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
    let refused = heard
        .store
        .audit_entries()
        .await?
        .iter()
        .filter(|e| e.action == "account.login.refused")
        .count();
    println!("refused sign-ins in the audit log: {refused}");
    Ok(())
}
