//! Inbox benchmark: 100,000 cases in a fresh SQLite database, then the server time of the
//! inbox's first page, a deep page, a status-filtered page and the overdue and escalated queues
//! for one reviewer. Cases span about a year of days; 1 in 10 is closed, 1 in 100 assigned to
//! the reviewer, 1 in 200 escalated; half name one of ten facilities, and the reviewer is
//! affiliated with one of them (so the shield filters every page).
//!
//! Run: `cargo run -p server --example inbox_bench` (add `--release` for production figures).
//! Prints the median and the worst of 25 runs of each query. A report, not a test.

use app::domain::{ChildWords, Envelope, SealedIn, SubmissionId};
use app::sealing::{seal, RecipientSet};
use heard::store::CaseStatus;
use heard::store::{CaseReader, Day, InboxFilter, Queue, Store};
use std::time::{Duration, Instant};

const CASES: i64 = 100_000;
const RUNS: usize = 25;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let store = Store::open_sqlite(&dir.path().join("heard.sqlite3")).await?;
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

    let today = Day::parse("2026-11-22").expect("a day");
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
    for seq in 1..=CASES {
        let received_on = today.minus_days(((CASES - seq) / 300) as u32);
        sqlx::query("INSERT INTO submissions (seq, public_id, ciphertext, sealed_in, received_on) VALUES ($1, $2, $3, 'browser', $4)")
            .bind(seq)
            .bind(SubmissionId::generate().as_str())
            .bind(sealed.as_bytes())
            .bind(received_on.as_str())
            .execute(&mut *tx)
            .await?;
        if seq % 2 == 0 {
            sqlx::query(
                "INSERT INTO case_facilities (submission_seq, facility_id) VALUES ($1, $2)",
            )
            .bind(seq)
            .bind(seq % 10 + 1)
            .execute(&mut *tx)
            .await?;
        }
        // Every case to the recovery key (keys[0]); the reviewer (keys[1]) gets two in three;
        // another reviewer (keys[2]) the rest — as affiliations would split them.
        let reviewer = if seq % 3 == 0 { &keys[2] } else { &keys[1] };
        for recipient in [&keys[0], reviewer] {
            sqlx::query(
                "INSERT INTO submission_recipients (submission_seq, recipient) VALUES ($1, $2)",
            )
            .bind(seq)
            .bind(recipient)
            .execute(&mut *tx)
            .await?;
        }
        if seq % 10 == 0 {
            sqlx::query("INSERT INTO case_status (submission_seq, status, changed_on) VALUES ($1, 'closed', '2026-11-22')")
                .bind(seq)
                .execute(&mut *tx)
                .await?;
        } else if seq % 100 == 7 {
            sqlx::query("INSERT INTO case_status (submission_seq, status, changed_on, assigned_to) VALUES ($1, 'in_progress', '2026-11-22', 1)")
                .bind(seq)
                .execute(&mut *tx)
                .await?;
        } else if seq % 200 == 5 {
            sqlx::query("INSERT INTO case_status (submission_seq, status, changed_on, urgency, escalated_on) VALUES ($1, 'in_progress', '2026-11-22', 'urgent', '2026-11-22')")
                .bind(seq)
                .execute(&mut *tx)
                .await?;
        }
    }
    tx.commit().await?;
    sqlx::query("ANALYZE").execute(store.pool()).await?;
    println!(
        "seeded {CASES} cases in {:.1} s",
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
    Ok(())
}
