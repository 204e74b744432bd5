//! Consultation results benchmark: 100,000 children's answers to the example consultation (three
//! questions) across 50 places in 10 regions, four languages and four age bands, then the server
//! time of its public results page (`GET /consult/<id>/results`: read the counters, publish with
//! the small-group rule, render) and of `publish` alone; then what one answer costs to write,
//! with and without emptying the WAL after it (as every answer does).
//!
//! The answers are written as the counters they add up to (what 300,000 `count_answer` calls
//! would leave), so the set-up takes seconds. Run:
//! `cargo run --release -p server --example consult_results_bench`. A report, not a test.

mod bench_support;

use app::consultation::{publish, Definition, MinGroup};
use app::vocabulary::Dimension;
use heard::store::Day;
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

const CHILDREN: u64 = 100_000;
const PLACES: u64 = 50;
const RUNS: usize = 25;
const ANSWERS: usize = 200;

fn median(mut times: Vec<Duration>) -> (Duration, Duration) {
    times.sort();
    (times[times.len() / 2], times[times.len() - 1])
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let running = bench_support::start().await?;
    let store = &running.store;
    let today = Day::today();
    let mut def: Definition =
        toml::from_str(include_str!("../../docs/examples/consultation.toml"))?;
    def.opens_on = today.minus_days(30).as_str().to_owned();
    def.closes_on = today.minus_days(1).as_str().to_owned();
    let mut tx = store.pool().begin().await?;
    for p in 0..PLACES {
        sqlx::query("INSERT INTO facilities (code, region, created_on) VALUES ($1, $2, $3)")
            .bind(format!("place-{p}"))
            .bind(format!("region-{}", p % 10))
            .bind(today.as_str())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    store.add_consultation(&def, &today).await?;
    let consultation = store.consultation(&def.id).await?.expect("added");
    let questions = store.questions(consultation.id).await?;
    // The counters 100,000 children leave: skewed, so some groups are small.
    let mut counters: BTreeMap<(i64, &str, String, String), i64> = BTreeMap::new();
    let languages = ["en", "es", "ar", "fr"];
    let ages = ["up_to_11", "12_to_14", "15_to_17", "not_said"];
    for child in 0..CHILDREN {
        let place = format!("place-{}", (child * child) % PLACES);
        let language = languages[(child % 7).min(3) as usize].to_owned();
        let age = ages[(child % 5).min(3) as usize].to_owned();
        for q in &questions {
            let option = q.options[(child as usize * 7 + q.id as usize) % q.options.len()]
                .0
                .clone();
            for (dimension, group) in [
                ("place", place.clone()),
                ("language", language.clone()),
                ("age_band", age.clone()),
            ] {
                *counters
                    .entry((q.id, dimension, group.clone(), "*".into()))
                    .or_default() += 1;
                *counters
                    .entry((q.id, dimension, group, option.clone()))
                    .or_default() += 1;
            }
        }
    }
    let mut tx = store.pool().begin().await?;
    for ((question, dimension, group, option), count) in &counters {
        sqlx::query("INSERT INTO consultation_counts VALUES ($1, $2, $3, $4, $5)")
            .bind(question)
            .bind(dimension)
            .bind(group)
            .bind(option)
            .bind(count)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    println!(
        "{CHILDREN} children, {} questions, {PLACES} places: {} counters stored",
        questions.len(),
        counters.len()
    );

    let client = reqwest::Client::new();
    let url = format!("{}/consult/{}/results", running.child, def.id);
    let mut page = Vec::with_capacity(RUNS);
    let mut bytes = 0;
    for _ in 0..RUNS {
        let started = Instant::now();
        let response = client.get(&url).send().await?;
        assert_eq!(response.status(), 200);
        bytes = response.bytes().await?.len();
        page.push(started.elapsed());
    }
    let (m, worst) = median(page);
    println!("results page: median {m:.2?}, worst {worst:.2?} ({bytes} bytes of HTML)");

    let counts = store.question_counts(&questions[0]).await?;
    let mut alone = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let started = Instant::now();
        std::hint::black_box(publish(&counts, MinGroup::default()));
        alone.push(started.elapsed());
    }
    let (m, worst) = median(alone);
    println!("publish, one question: median {m:.2?}, worst {worst:.2?}");

    // One answer as a child's request writes it: +1 on its counters, then the WAL emptied (on
    // this database of 100,000 answers), against the same write alone.
    let groups = [
        (Dimension::Place, "place-1".to_owned()),
        (Dimension::Language, "en".to_owned()),
        (Dimension::AgeBand, "12_to_14".to_owned()),
    ];
    let chosen = [questions[0].options[0].0.clone()];
    let (mut with_truncate, mut alone) = (Vec::new(), Vec::new());
    for _ in 0..ANSWERS {
        let started = Instant::now();
        store
            .count_answer(questions[0].id, &groups, &chosen)
            .await?;
        alone.push(started.elapsed());
        let started = Instant::now();
        store
            .count_answer(questions[0].id, &groups, &chosen)
            .await?;
        store.forget_deleted().await?;
        with_truncate.push(started.elapsed());
    }
    let (m, worst) = median(alone);
    println!("one answer counted: median {m:.2?}, worst {worst:.2?}");
    let (m, worst) = median(with_truncate);
    println!("one answer counted and the WAL emptied: median {m:.2?}, worst {worst:.2?}");
    Ok(())
}
