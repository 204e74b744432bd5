//! A script that throws its cookie away after every send (so no per-session limit holds it) and
//! never uses more than one address: the site-wide ceiling holds, the proof of work hardens,
//! "I am not safe" still gets through and a burst of it cannot fill the urgent queue, and the
//! data directory stays within its storage budget.

use crate::support::{spawn_app_with, Options, TestApp};
use app::api::{ApiError, RecipientsResponse};
use app::domain::SubmissionId;
use app::proof::{header_value, solve};
use app::sealing::MAX_TEXT_SEALED_BYTES;
use app::vocabulary::ApiErrorCode;
use heard::config::FloodArgs;
use std::io::Write;

const LIMIT: u32 = 12;
const URGENT_LIMIT: u32 = 2;

async fn app_with(flood: FloodArgs) -> TestApp {
    spawn_app_with(Options {
        flood,
        ..Options::default()
    })
    .await
}

/// One send from a fresh session, as a script that drops its cookie does: fetch recipients (a
/// new session and challenge), solve the proof at the bits asked, seal, put. The answer and the
/// bits that were asked.
pub(crate) async fn fresh_send(
    app: &TestApp,
    urgent: bool,
    body: Option<Vec<u8>>,
) -> (reqwest::Response, u32) {
    let (put, bits) = fresh_put(app, urgent, body).await;
    (put.send().await.unwrap(), bits)
}

/// [`fresh_send`] up to the put, which is left to the caller to send; and the bits asked.
async fn fresh_put(
    app: &TestApp,
    urgent: bool,
    body: Option<Vec<u8>>,
) -> (reqwest::RequestBuilder, u32) {
    let r = app
        .child_client()
        .get(format!("{}/api/recipients", app.child))
        .send()
        .await
        .unwrap();
    let cookie = crate::support::console::cookie(&r).unwrap();
    let fetched: RecipientsResponse = r.json().await.unwrap();
    let proof = header_value(
        &fetched.challenge,
        solve(&fetched.challenge, fetched.proof_bits),
    );
    let id = SubmissionId::generate();
    let voice = body.is_some();
    let body = match body {
        Some(body) => body,
        None => crate::intake::sealed_by_browser(app, &id, "flood").await,
    };
    let put = app
        .child_client()
        .put(format!("{}/api/submissions/{}", app.child, id.as_str()))
        .header("cookie", cookie)
        .header("x-proof", proof)
        .header("x-recipient-set", fetched.set_id)
        .header("x-urgent", if urgent { "1" } else { "0" })
        .header("x-voice", if voice { "1" } else { "0" })
        .body(body);
    (put, fetched.proof_bits)
}

async fn nojs_send(app: &TestApp) -> u16 {
    let (id, token) = app.nojs_ticket().await;
    app.child_client()
        .post(format!("{}/send", app.child))
        .form(&[
            ("submission_id", id.as_str()),
            ("form_token", token.as_str()),
            ("text", "flood"),
        ])
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

async fn escalated_and_flood(app: &TestApp) -> (i64, i64) {
    sqlx::query_as(
        "SELECT COUNT(escalated_on), COUNT(CASE WHEN possible_flood = 1 THEN 1 END) \
         FROM case_status",
    )
    .fetch_one(app.store.pool())
    .await
    .unwrap()
}

#[tokio::test]
async fn a_cookie_dropping_script_cannot_pass_the_ceiling_and_not_safe_still_gets_through() {
    let app = app_with(FloodArgs {
        send_limit: LIMIT,
        urgent_limit: URGENT_LIMIT,
        storage_budget_mb: 4096,
        ..FloodArgs::default()
    })
    .await;
    let (mut stored, mut busy, mut highest_bits) = (0u32, 0u32, 0u32);
    for round in 0..30 {
        if round % 3 == 2 {
            match nojs_send(&app).await {
                303 => stored += 1,
                503 => busy += 1,
                other => panic!("the form answered {other}"),
            }
            continue;
        }
        let (answer, bits) = fresh_send(&app, false, None).await;
        highest_bits = highest_bits.max(bits);
        match answer.status().as_u16() {
            201 => stored += 1,
            503 => {
                assert_eq!(answer.headers()["retry-after"], "300");
                let error: ApiError = answer.json().await.unwrap();
                assert_eq!(error.error, ApiErrorCode::Busy);
                busy += 1;
            }
            other => panic!("a send answered {other}"),
        }
    }
    assert_eq!(stored, LIMIT, "exactly the ceiling was stored");
    assert_eq!(busy, 30 - LIMIT);
    assert_eq!(app.submission_count().await, i64::from(LIMIT));
    assert!(
        highest_bits >= 19,
        "the proof hardened as the window filled: {highest_bits}"
    );

    // A child who starts fresh during the flood and says "I am not safe" gets through, into the
    // urgent queue; a burst of "not safe" beyond the urgent rate is stored but kept out of it.
    let (child, _) = fresh_send(&app, true, None).await;
    assert_eq!(child.status(), 201);
    assert_eq!(escalated_and_flood(&app).await, (1, 0));
    for _ in 0..4 {
        assert_eq!(fresh_send(&app, true, None).await.0.status(), 201);
    }
    assert_eq!(
        escalated_and_flood(&app).await,
        (i64::from(URGENT_LIMIT), 5 - i64::from(URGENT_LIMIT)),
        "beyond the urgent rate: a possible flood, not the urgent queue"
    );
}

/// What the budget measures: the data directory's files, or the PostgreSQL database's size.
async fn data_dir_bytes(app: &TestApp) -> u64 {
    if crate::support::database::on_postgres() {
        return app.store.database_size().await.unwrap();
    }
    app.data_files()
        .iter()
        .map(|(_, bytes)| bytes.len() as u64)
        .sum()
}

/// The size of a fresh app's database, in whole megabytes, rounded up.
async fn empty_database_mb() -> u64 {
    let app = crate::support::spawn_app().await;
    data_dir_bytes(&app).await.div_ceil(1024 * 1024)
}

/// An age file of about `size` bytes sealed to the site's recipients (the server checks the
/// header, not what is inside).
async fn big_sealed(app: &TestApp, size: usize) -> Vec<u8> {
    let fetched = app.recipients().await;
    let recipients: Vec<age::x25519::Recipient> = fetched
        .recipients
        .iter()
        .map(|r| r.parse().unwrap())
        .collect();
    let encryptor =
        age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
            .unwrap();
    let mut out = vec![];
    let mut writer = encryptor.wrap_output(&mut out).unwrap();
    writer.write_all(&vec![7u8; size]).unwrap();
    writer.finish().unwrap();
    out
}

#[tokio::test]
async fn the_data_directory_stays_within_its_budget_and_text_has_a_smaller_cap() {
    // Six megabytes more than an empty database: SQLite's is a few hundred kilobytes,
    // PostgreSQL's several megabytes of catalogue before any row.
    let budget_mb = 6 + empty_database_mb().await;
    let app = app_with(FloodArgs {
        send_limit: 1000,
        urgent_limit: 1000,
        storage_budget_mb: budget_mb,
        ..FloodArgs::default()
    })
    .await;
    // Without a recording, a send may not be voice-sized.
    let (answer, _) = fresh_send(
        &app,
        false,
        Some(big_sealed(&app, MAX_TEXT_SEALED_BYTES).await),
    )
    .await;
    assert_eq!(answer.status(), 201, "x-voice: 1 allows the large cap");
    let oversized = big_sealed(&app, MAX_TEXT_SEALED_BYTES).await;
    let id = SubmissionId::generate();
    let r = app
        .child_client()
        .put(format!("{}/api/submissions/{}", app.child, id.as_str()))
        .body(oversized)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 413, "a text-only send has the small cap");

    let mut refused = false;
    for _ in 0..12 {
        let (answer, _) = fresh_send(&app, false, Some(big_sealed(&app, 900 * 1024).await)).await;
        match answer.status().as_u16() {
            201 => {}
            503 => {
                let error: ApiError = answer.json().await.unwrap();
                assert_eq!(error.error, ApiErrorCode::Unavailable);
                refused = true;
                break;
            }
            other => panic!("a send answered {other}"),
        }
    }
    assert!(refused, "the budget was spent and said so");
    let used = data_dir_bytes(&app).await;
    assert!(
        used <= budget_mb * 1024 * 1024,
        "the data directory holds {used} bytes, over its budget"
    );
}

/// Holds every insert of new cases back until dropped: SQLite's write lock, or on PostgreSQL a
/// lock on the submissions table (a new case takes no fleet-wide turn there).
async fn hold_inserts(app: &TestApp) -> heard::store::WriteTx {
    let mut held = app.store.write_tx().await.unwrap();
    if crate::support::database::on_postgres() {
        sqlx::query("LOCK TABLE submissions IN EXCLUSIVE MODE")
            .execute(&mut *held)
            .await
            .unwrap();
    }
    held
}

#[tokio::test]
async fn a_send_whose_connection_drops_while_it_is_stored_keeps_its_place_in_the_window() {
    const CEILING: u32 = 3;
    let app = app_with(FloodArgs {
        send_limit: CEILING,
        storage_budget_mb: 4096,
        ..FloodArgs::default()
    })
    .await;
    // The script sends while the database is busy and hangs up before the answer.
    let (put, _) = fresh_put(&app, false, None).await;
    let held = hold_inserts(&app).await;
    let hung_up = tokio::time::timeout(std::time::Duration::from_millis(700), put.send()).await;
    assert!(
        hung_up.is_err(),
        "the send was still waiting for its insert"
    );
    held.rollback().await.unwrap();
    // Its case is stored all the same, once the database is free (a child told nothing may
    // find it arrived when the browser retries)…
    for _ in 0..100 {
        if app.submission_count().await == 1 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(app.submission_count().await, 1);
    // …so it is counted: the ceiling leaves room for two more, not three.
    for _ in 1..CEILING {
        assert_eq!(fresh_send(&app, false, None).await.0.status(), 201);
    }
    assert_eq!(fresh_send(&app, false, None).await.0.status(), 503);
    assert_eq!(app.submission_count().await, i64::from(CEILING));
}
