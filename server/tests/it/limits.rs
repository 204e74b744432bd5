//! Abuse limits that never key on an address: fifty children behind one shelter address can each
//! send; one session has a budget; a browser send needs a proof of work on a one-time challenge
//! of its own session. Refusals are translated and store nothing.

use crate::intake::{sealed_by_browser, session_with_proof};
use crate::support::{spawn_app, TestApp};
use app::api::{ApiError, RecipientsResponse};
use app::domain::SubmissionId;
use app::proof::{header_value, solve};
use app::vocabulary::ApiErrorCode;

async fn put(
    app: &TestApp,
    cookie: &str,
    proof: Option<&str>,
    id: &SubmissionId,
) -> reqwest::Response {
    let set = app.recipients().await;
    let body = sealed_by_browser(app, id, "a child's words").await;
    let mut request = app
        .child_client()
        .put(format!("{}/api/submissions/{}", app.child, id.as_str()))
        .header("cookie", cookie)
        .header("accept-language", "es")
        .header("x-recipient-set", set.set_id)
        .body(body);
    if let Some(proof) = proof {
        request = request.header("x-proof", proof);
    }
    request.send().await.unwrap()
}

/// A new proof for the session behind `cookie`.
pub(crate) async fn proof_for(app: &TestApp, cookie: &str) -> String {
    let fetched: RecipientsResponse = app
        .child_client()
        .get(format!("{}/api/recipients", app.child))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    header_value(
        &fetched.challenge,
        solve(&fetched.challenge, fetched.proof_bits),
    )
}

#[tokio::test]
async fn fifty_children_behind_one_address_can_each_send() {
    let app = spawn_app().await;
    for _ in 0..50 {
        let (cookie, proof) = session_with_proof(&app).await;
        let r = put(&app, &cookie, Some(&proof), &SubmissionId::generate()).await;
        assert_eq!(r.status(), 201);
    }
    assert_eq!(app.submission_count().await, 50);
}

#[tokio::test]
async fn a_send_needs_its_own_sessions_proof_once_and_a_session_has_a_budget() {
    let app = spawn_app().await;
    let (cookie, proof) = session_with_proof(&app).await;
    let (_, others_proof) = session_with_proof(&app).await;

    let without = put(&app, &cookie, None, &SubmissionId::generate()).await;
    assert_eq!(without.status(), 403);
    let error: ApiError = without.json().await.unwrap();
    assert_eq!(error.error, ApiErrorCode::ProofNeeded);
    assert!(
        error.message.contains("Enviar otra vez"),
        "{}",
        error.message
    );
    let borrowed = put(
        &app,
        &cookie,
        Some(&others_proof),
        &SubmissionId::generate(),
    )
    .await;
    assert_eq!(borrowed.status(), 403, "a challenge of another session");
    assert_eq!(app.submission_count().await, 0);

    let first = SubmissionId::generate();
    assert_eq!(put(&app, &cookie, Some(&proof), &first).await.status(), 201);
    let reused = put(&app, &cookie, Some(&proof), &SubmissionId::generate()).await;
    assert_eq!(reused.status(), 403, "a challenge works once");
    // A retry of what already arrived (its answer was lost) needs nothing more.
    assert_eq!(put(&app, &cookie, None, &first).await.status(), 200);

    for _ in 1..10 {
        let proof = proof_for(&app, &cookie).await;
        assert_eq!(
            put(&app, &cookie, Some(&proof), &SubmissionId::generate())
                .await
                .status(),
            201
        );
    }
    let proof = proof_for(&app, &cookie).await;
    let over = put(&app, &cookie, Some(&proof), &SubmissionId::generate()).await;
    assert_eq!(over.status(), 429);
    let error: ApiError = over.json().await.unwrap();
    assert_eq!(error.error, ApiErrorCode::TooMany);
    assert_eq!(app.submission_count().await, 10);
}

#[tokio::test]
async fn one_proof_sent_many_times_at_once_is_let_through_once() {
    let app = spawn_app().await;
    let (cookie, proof) = session_with_proof(&app).await;
    let set = app.recipients().await.set_id;
    // A script sends one solved challenge eight times at once, each with an id of its own: each
    // request loads the session before any of them saves it.
    let mut sends = Vec::new();
    for _ in 0..8 {
        let id = SubmissionId::generate();
        let request = app
            .child_client()
            .put(format!("{}/api/submissions/{}", app.child, id.as_str()))
            .header("cookie", &cookie)
            .header("x-proof", &proof)
            .header("x-recipient-set", &set)
            .body(sealed_by_browser(&app, &id, "a child's words").await);
        sends.push(tokio::spawn(request.send()));
    }
    let mut statuses = Vec::new();
    for send in sends {
        statuses.push(send.await.unwrap().unwrap().status().as_u16());
    }
    statuses.sort();
    assert_eq!(statuses, [201, 403, 403, 403, 403, 403, 403, 403]);
    assert_eq!(app.submission_count().await, 1);
}
