//! Child-session memory under a flood of cookieless requests: a real `heard` (both listeners, a
//! fresh SQLite database) in this process; two rounds of 100,000 `GET /api/recipients` without a
//! cookie, each of which makes a session (it must remember the proof-of-work challenge it hands
//! out); the process's resident memory before and after each round — bounded, the second round
//! adds little — and the console's session rows after 1,000 anonymous views of the sign-in page.
//!
//! Run: `cargo run -p server --example session_bench` (add `--release` for production figures).
//! A report, not a test.

mod bench_support;

use std::time::Instant;

const REQUESTS: usize = 100_000;
const CONCURRENCY: usize = 32;

fn resident_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|n| n.parse().ok())
        })
        .unwrap_or(0)
}

async fn flood(client: &reqwest::Client, child: &str) -> anyhow::Result<()> {
    let mut tasks = tokio::task::JoinSet::new();
    for worker in 0..CONCURRENCY {
        let (client, url) = (client.clone(), format!("{child}/api/recipients"));
        tasks.spawn(async move {
            for _ in (worker..REQUESTS).step_by(CONCURRENCY) {
                let r = client.get(&url).send().await.expect("an answer");
                assert!(r.headers().contains_key("set-cookie"), "a new session");
                let _ = r.bytes().await;
            }
        });
    }
    while let Some(done) = tasks.join_next().await {
        done?;
    }
    Ok(())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let heard = bench_support::start().await?;
    let (child, console) = (heard.child.clone(), heard.console.clone());
    let client = reqwest::Client::new();
    // Warm up (allocator arenas, connection pool) before the first reading.
    for _ in 0..200 {
        client.get(format!("{child}/api/recipients")).send().await?;
    }
    let mut before = resident_kib();
    for round in 1..=2 {
        let started = Instant::now();
        flood(&client, &child).await?;
        let after = resident_kib();
        println!(
            "round {round}: {REQUESTS} cookieless requests (each makes a session) in {:.1} s: \
             resident memory {before} KiB before, {after} KiB after ({:+} KiB); the store holds \
             at most {} sessions",
            started.elapsed().as_secs_f64(),
            after as i64 - before as i64,
            heard::http::CHILD_SESSIONS_MAX
        );
        before = after;
    }
    for _ in 0..1000 {
        client
            .get(format!("{console}/console/login"))
            .send()
            .await?;
    }
    let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM console_sessions")
        .fetch_one(heard.store.pool())
        .await?;
    println!("1000 anonymous views of the console sign-in page: {rows} session rows");
    Ok(())
}
