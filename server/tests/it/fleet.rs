//! Two servers on one PostgreSQL database behave as one site: a child whose requests alternate
//! between them notices nothing, a reviewer's session holds on both, a key registered on one is
//! sealed to by the other at once, and the retention jobs never run on both at once. (On SQLite,
//! one server, there is nothing to test: each test says so and returns.)

use crate::support::console::cookie;
use crate::support::database::on_postgres;
use crate::support::{age_decrypt, canary, contains, spawn_app, spawn_peer};
use app::api::RecipientsResponse;
use app::domain::SubmissionId;
use app::proof::{header_value, solve};
use heard::accounts::Role;
use heard::audit::AuditAction;
use heard::store::{CaseStatus, Day};
use std::time::Duration;

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_childs_requests_alternate_between_servers_and_arrive_once() {
    if !on_postgres() {
        return;
    }
    let (a, b) = {
        let a = spawn_app().await;
        let b = spawn_peer(&a).await;
        (a, b)
    };
    // Without JavaScript: the form from one server, sent to the other.
    let (id, token) = a.nojs_ticket().await;
    let words = canary("fleet form");
    let sent = client()
        .post(format!("{}/send", b.child))
        .form(&[
            ("submission_id", id.as_str()),
            ("form_token", token.as_str()),
            ("text", words.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(
        sent.status(),
        303,
        "a form from one server is taken by the other"
    );
    // With JavaScript: the challenge from one server (in the child's session), the sealed
    // message and its proof to the other; the retry of the same id to the first.
    let fetched = client()
        .get(format!("{}/api/recipients", b.child))
        .send()
        .await
        .unwrap();
    let session = cookie(&fetched).expect("the challenge is kept in a session");
    let fetched: RecipientsResponse = fetched.json().await.unwrap();
    let proof = header_value(
        &fetched.challenge,
        solve(&fetched.challenge, fetched.proof_bits),
    );
    let id = SubmissionId::generate();
    let body = crate::intake::sealed_by_browser(&a, &id, "fleet browser").await;
    let put = |server: String| {
        client()
            .put(format!("{server}/api/submissions/{}", id.as_str()))
            .header("cookie", &session)
            .header("x-proof", &proof)
            .header("x-recipient-set", &fetched.set_id)
            .body(body.clone())
            .send()
    };
    assert_eq!(put(a.child.clone()).await.unwrap().status(), 201);
    assert_eq!(
        put(b.child.clone()).await.unwrap().status(),
        200,
        "the retry on the other server meets the stored case"
    );
    assert_eq!(a.submission_count().await, 2);
    assert_eq!(b.submission_count().await, 2);
    let stored = a.store.submissions().await.unwrap();
    let opened = age_decrypt(&a.recovery_identity, &stored[0].ciphertext);
    assert!(
        contains(&opened, &words),
        "the form's case opens with the recovery identity"
    );
}

#[tokio::test]
async fn a_reviewers_session_and_key_hold_on_both_servers() {
    if !on_postgres() {
        return;
    }
    let a = spawn_app().await;
    let b = spawn_peer(&a).await;
    // Signed in and key registered on the first server.
    let ana = a.staff("ana", Role::Reviewer).await;
    let on_b = client()
        .get(format!("{}/console/api/cases", b.console))
        .header("cookie", &ana.cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(
        on_b.status(),
        200,
        "the session is known to the other server"
    );
    // The other server seals a new case to her key at once.
    let fetched: RecipientsResponse = client()
        .get(format!("{}/api/recipients", b.child))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        fetched.recipients.iter().any(|r| r == &ana.recipient),
        "{:?}",
        fetched.recipients
    );
    // Signing out on the second server ends the session on the first.
    let out = client()
        .post(format!("{}/console/logout", b.console))
        .header("cookie", &ana.cookie)
        .header("x-csrf-token", &ana.csrf)
        .form(&[("csrf", ana.csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert!(out.status().is_redirection(), "{}", out.status());
    assert_ne!(ana.get("/console/api/cases").await.status(), 200);
}

#[tokio::test]
async fn the_retention_jobs_run_on_one_server_at_a_time() {
    if !on_postgres() {
        return;
    }
    let a = spawn_app().await;
    let b = spawn_peer(&a).await;
    let today = Day::today();
    let id = a.send_by_form("closed long ago").await;
    assert!(a
        .store
        .set_case_status(&id, CaseStatus::Closed, &today.minus_days(200))
        .await
        .unwrap());
    // While the first server holds the jobs' turn, the second does not run them. (Each server
    // runs its jobs once at start-up: the turn is taken once those are done.)
    let waited = std::time::Instant::now();
    let turn = loop {
        if let Some(turn) = a.store.job_turn().await.unwrap() {
            break turn;
        }
        assert!(
            waited.elapsed() < Duration::from_secs(30),
            "the first takes the turn"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(b.store.job_turn().await.unwrap().is_none());
    assert!(!heard::jobs::run_retention(&b.store, &today, 90).await);
    assert_eq!(
        a.submission_count().await,
        1,
        "nothing was deleted meanwhile"
    );
    turn.end().await.unwrap();
    // Both try at once: the case is deleted and audited once.
    let (ran_a, ran_b) = tokio::join!(
        heard::jobs::run_retention(&a.store, &today, 90),
        heard::jobs::run_retention(&b.store, &today, 90)
    );
    assert!(ran_a || ran_b);
    assert_eq!(a.submission_count().await, 0);
    let deletions = a
        .audit_actions()
        .await
        .into_iter()
        .filter(|action| action.starts_with("case.delete"))
        .count();
    assert_eq!(deletions, 1);
}

#[tokio::test]
async fn child_sessions_are_never_logged_and_a_flood_holds_no_more_than_the_cap() {
    if !on_postgres() {
        return;
    }
    let app = spawn_app().await;
    let persistence: String =
        sqlx::query_scalar("SELECT relpersistence::text FROM pg_class WHERE relname = $1")
            .bind("child_sessions")
            .fetch_one(app.store.pool())
            .await
            .unwrap();
    assert_eq!(persistence, "u", "UNLOGGED: never in the WAL");
    // A flood's worth of sessions, ten beyond the cap; the first ten expire soonest.
    let cap = heard::http::CHILD_SESSIONS_MAX as i64;
    sqlx::query(
        "INSERT INTO child_sessions (id, data, expiry_date) \
         SELECT 'flood-' || n, '\\x00'::bytea, now() + n * interval '1 millisecond' \
         FROM generate_series(1, $1) AS n",
    )
    .bind(cap + 10)
    .execute(app.store.pool())
    .await
    .unwrap();
    let stores = heard::http::SessionStores::connect(app.store.database())
        .await
        .unwrap();
    // The server's own upkeep may trim first (every ten seconds): what is left is the same.
    // Its statistics say the table is empty (the retention job's VACUUM ran at start): a trim
    // planned on them once took minutes here.
    let trim = tokio::time::timeout(Duration::from_secs(10), stores.trim_child_sessions());
    assert!(trim.await.expect("a trim within 10 s").unwrap() <= 10);
    let (left, soonest): (i64, String) =
        sqlx::query_as("SELECT COUNT(*), MIN(id) FROM child_sessions WHERE id LIKE 'flood-1_'")
            .fetch_one(app.store.pool())
            .await
            .unwrap();
    assert_eq!(
        (left, soonest.as_str()),
        (9, "flood-11"),
        "the soonest to expire went"
    );
    let all: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM child_sessions")
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    assert_eq!(all, cap);
}

#[tokio::test]
async fn two_servers_appending_at_once_keep_one_unbroken_audit_chain() {
    if !on_postgres() {
        return;
    }
    let a = spawn_app().await;
    let b = spawn_peer(&a).await;
    let before = a.store.audit_entries().await.unwrap().len();
    let append = |store: heard::store::Store, n: usize| async move {
        for i in 0..25 {
            let subject = format!("server {n} entry {i}");
            store
                .audit(
                    heard::audit::Actor::System,
                    AuditAction::RecipientAdd,
                    &subject,
                )
                .await
                .unwrap();
        }
    };
    tokio::join!(
        append(a.store.clone(), 1),
        append(b.store.clone(), 2),
        append(a.store.clone(), 3),
        append(b.store.clone(), 4)
    );
    let entries = a.store.audit_entries().await.unwrap();
    assert_eq!(entries.len(), before + 100);
    assert!(
        matches!(
            a.store.verify_audit_chain().await.unwrap(),
            heard::audit::ChainVerdict::Intact { .. }
        ),
        "each entry follows the one before it, whichever server wrote it"
    );
}

#[tokio::test]
async fn a_child_sessions_row_keeps_the_hour_not_the_second() {
    if !on_postgres() {
        return;
    }
    let app = spawn_app().await;
    assert!(!app.recipients().await.challenge.is_empty());
    let exact: Vec<String> = sqlx::query_scalar(
        "SELECT to_char(expiry_date AT TIME ZONE 'UTC', 'MI:SS.US') FROM child_sessions",
    )
    .fetch_all(app.store.pool())
    .await
    .unwrap();
    assert!(!exact.is_empty(), "the challenge's session is shared");
    assert!(exact.iter().all(|t| t == "00:00.000000"), "{exact:?}");
}

#[tokio::test]
async fn the_demo_refuses_a_postgresql_database() {
    // No database is needed: the refusal comes before connecting.
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_heard"))
        .args(["demo", "--data-dir"])
        .arg(dir.path())
        .env("HEARD_DATABASE_URL", "postgres://heard@127.0.0.1:1/heard")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("SQLite only"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing was made"
    );
}
