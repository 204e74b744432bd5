//! Inbox benchmark: 100,000 cases in a fresh SQLite database, then the server time of the
//! inbox's first page, a deep page, a status-filtered page and the overdue and escalated queues
//! for one reviewer. Cases span about a year of days; 1 in 10 is closed, 1 in 100 assigned to
//! the reviewer, 1 in 200 escalated; half name one of ten facilities, and the reviewer is
//! affiliated with one of them (so the shield filters every page).
//!
//! Run: `cargo run -p server --example inbox_bench` (add `--release` for production figures).
//! Prints the median and the worst of 25 runs of each query. A report, not a test.
//!
//! `HEARD_BENCH_POSTGRES=postgres://…` runs it on a fresh PostgreSQL database there instead, and
//! `HEARD_BENCH_CASES` sets the number of cases (e.g. 1000000). The cases are made by the
//! database itself (a recursive query), in one transaction.

use app::domain::{ChildWords, Envelope, SealedIn, SubmissionId};
use app::sealing::{seal, RecipientSet};
use heard::store::CaseStatus;
use heard::store::{Backend, CaseReader, Database, InboxFilter, PostgresUrl, Queue, Store};
use std::time::{Duration, Instant};

const CASES: i64 = 100_000;
const RUNS: usize = 25;

/// A new, empty database on the PostgreSQL server at `server`: its URL.
async fn fresh_postgres(server: &str) -> anyhow::Result<String> {
    use sqlx::Connection;
    let name = format!("heard_bench_{}", std::process::id());
    let mut admin = sqlx::PgConnection::connect(server).await?;
    sqlx::query(&format!(
        "CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
    ))
    .execute(&mut admin)
    .await?;
    let base = server.rsplit_once('/').map_or(server, |(base, _)| base);
    Ok(format!("{base}/{name}"))
}

enum Value<'a> {
    Bytes(&'a [u8]),
    Text(&'a str),
}

/// Inserts cases `1..=count` by one statement per table: `{day}` is the SQL of the day a case
/// arrived (300 a day, the newest on `today`), from `n.seq`.
async fn seed(
    tx: &mut sqlx::AnyConnection,
    backend: Backend,
    count: i64,
    sealed: &[u8],
    keys: &[String],
) -> anyhow::Result<()> {
    let day = match backend {
        Backend::Sqlite => {
            format!("date('2026-11-22', '-' || (({count} - n.seq) / 300) || ' days')")
        }
        Backend::Postgres => {
            format!("to_char(date '2026-11-22' - (({count} - n.seq) / 300)::int, 'YYYY-MM-DD')")
        }
    };
    let numbers =
        "WITH RECURSIVE n(seq) AS (SELECT 1 UNION ALL SELECT seq + 1 FROM n WHERE seq < $1)";
    // Each statement with the parameters it uses after the count ($1): the sealed bytes, keys.
    let statements: [(String, Vec<Value>); 5] = [
        (
            format!("{numbers} INSERT INTO submissions (seq, public_id, ciphertext, sealed_in, \
                     received_on) SELECT n.seq, 'case-' || n.seq, $2, 'browser', {day} FROM n"),
            vec![Value::Bytes(sealed)],
        ),
        (
            format!("{numbers} INSERT INTO case_facilities (submission_seq, facility_id) \
                     SELECT n.seq, n.seq % 10 + 1 FROM n WHERE n.seq % 2 = 0"),
            vec![],
        ),
        // Every case to the recovery key; the reviewer gets two in three, another the rest.
        (
            format!("{numbers} INSERT INTO submission_recipients (submission_seq, recipient) \
                     SELECT n.seq, $2 FROM n"),
            vec![Value::Text(&keys[0])],
        ),
        (
            format!("{numbers} INSERT INTO submission_recipients (submission_seq, recipient) \
                     SELECT n.seq, CASE WHEN n.seq % 3 = 0 THEN $3 ELSE $2 END FROM n"),
            vec![Value::Text(&keys[1]), Value::Text(&keys[2])],
        ),
        (
            format!("{numbers} INSERT INTO case_status (submission_seq, status, changed_on, \
                     urgency, escalated_on, assigned_to) \
                     SELECT n.seq, CASE WHEN n.seq % 10 = 0 THEN 'closed' ELSE 'in_progress' END, \
                     '2026-11-22', CASE WHEN n.seq % 10 <> 0 AND n.seq % 100 <> 7 THEN 'urgent' ELSE 'normal' END, \
                     CASE WHEN n.seq % 10 <> 0 AND n.seq % 100 <> 7 THEN '2026-11-22' END, \
                     CASE WHEN n.seq % 10 <> 0 AND n.seq % 100 = 7 THEN 1 END \
                     FROM n WHERE n.seq % 10 = 0 OR n.seq % 100 = 7 OR n.seq % 200 = 5"),
            vec![],
        ),
    ];
    for (sql, values) in &statements {
        let mut query = sqlx::query(sql).bind(count);
        for value in values {
            query = match value {
                Value::Bytes(b) => query.bind(*b),
                Value::Text(t) => query.bind(*t),
            };
        }
        query.execute(&mut *tx).await?;
    }
    if backend == Backend::Postgres {
        // Identity columns go on after the seeded ids.
        sqlx::query("SELECT setval(pg_get_serial_sequence('submissions', 'seq'), $1)")
            .bind(count)
            .execute(&mut *tx)
            .await?;
    }
    Ok(())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let cases: i64 = std::env::var("HEARD_BENCH_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(CASES);
    let database = match std::env::var("HEARD_BENCH_POSTGRES") {
        Ok(server) => Database::Postgres(PostgresUrl::parse(&fresh_postgres(&server).await?)?),
        Err(_) => Database::Sqlite(dir.path().join("heard.sqlite3")),
    };
    let store = Store::open(&database).await?;
    let keys: Vec<String> = (0..3)
        .map(|_| age::x25519::Identity::generate().to_public().to_string())
        .collect();
    // One real sealed submission; its bytes stand in for every case (the query never reads them).
    let set = RecipientSet::parse(&keys)?;
    let words = ChildWords::parse("benchmark".to_owned())?;
    let sealed = seal(
        Envelope::new(SubmissionId::generate(), "en", SealedIn::Browser, words),
        &set,
    )?;

    let today = heard::store::Day::parse("2026-11-22").expect("a day");
    let started = Instant::now();
    let mut tx = store.pool().begin().await?;
    sqlx::query("INSERT INTO accounts (id, handle, role, status, created_on) VALUES (1, 'bench', 'reviewer', 'active', '2026-11-22')")
        .execute(&mut *tx)
        .await?;
    // Ten facilities; the reviewer declared an affiliation with one of them after its cases
    // arrived, so the shield has to filter them out of every page.
    for f in 1..=10 {
        sqlx::query("INSERT INTO facilities (id, code, created_on) VALUES ($1, $2, '2026-11-22')")
            .bind(f)
            .bind(format!("facility-{f}"))
            .execute(&mut *tx)
            .await?;
    }
    sqlx::query("INSERT INTO affiliations (account_id, facility_id, declared_on) VALUES (1, 3, '2026-11-22')")
        .execute(&mut *tx)
        .await?;
    seed(&mut tx, store.backend(), cases, sealed.as_bytes(), &keys).await?;
    tx.commit().await?;
    sqlx::query("ANALYZE").execute(store.pool()).await?;
    println!(
        "seeded {cases} cases on {database:?} in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let reviewer = CaseReader {
        account: 1,
        recipient: keys[1].clone(),
    };
    let cutoff = today.minus_days(3);
    let cases: [(&str, Option<i64>, Option<CaseStatus>, Queue); 6] = [
        ("first page (50 newest)", None, None, Queue::All),
        (
            "deep page (before case 1,000)",
            Some(1_000),
            None,
            Queue::All,
        ),
        (
            "first page, status = closed",
            None,
            Some(CaseStatus::Closed),
            Queue::All,
        ),
        ("first page, overdue queue", None, None, Queue::Overdue),
        ("first page, escalated queue", None, None, Queue::Escalated),
        ("first page, assigned to me", None, None, Queue::Mine(1)),
    ];
    for (label, before, status, queue) in cases {
        let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
        for _ in 0..RUNS {
            let t = Instant::now();
            let filter = InboxFilter {
                before,
                status,
                queue,
                overdue_cutoff: cutoff.clone(),
                limit: 50,
            };
            let rows = store.inbox_page(&reviewer, &filter).await?;
            times.push(t.elapsed());
            assert_eq!(rows.len(), 50);
            // Cases naming facility 3 (seq ending in 2) never reach the affiliated reviewer.
            assert!(rows.iter().all(|r| r.seq % 10 != 2));
        }
        times.sort();
        println!(
            "{label}: median {:.2} ms, worst {:.2} ms ({RUNS} runs)",
            times[RUNS / 2].as_secs_f64() * 1000.0,
            times[RUNS - 1].as_secs_f64() * 1000.0
        );
    }
    // `HEARD_BENCH_KEEP=1` leaves the database for a look at the plans (its name is printed).
    if let (Database::Postgres(url), Ok(server), Err(_)) = (
        &database,
        std::env::var("HEARD_BENCH_POSTGRES"),
        std::env::var("HEARD_BENCH_KEEP"),
    ) {
        use sqlx::Connection;
        store.pool().close().await;
        let name = url
            .as_str()
            .rsplit_once('/')
            .map_or("", |(_, n)| n)
            .to_owned();
        let mut admin = sqlx::PgConnection::connect(&server).await?;
        sqlx::query(&format!("DROP DATABASE {name} WITH (FORCE)"))
            .execute(&mut admin)
            .await?;
    }
    Ok(())
}
