//! Return codes and replies: a browser registers the code's token (stored as a hash) and the
//! child's recipient with a new case; the child opens the case with the token, reads a reviewer's
//! sealed reply with the identity derived from the pictures, adds a message, and takes the case
//! back (deleted for real, audited). A wrong code reveals nothing and a session gets five tries.

use crate::cases::audited;
use crate::child_flows::put_from_browser;
use crate::support::staff::Staff;
use crate::support::{canary, contains, spawn_app, TestApp};
use app::api::coming_back::{ReturnAdd, ReturnRequest, ReturnView};
use app::api::console::CaseDetail;
use app::api::ApiError;
use app::case_notes::{open_note, seal_note};
use app::domain::SubmissionId;
use app::return_code::{identity_text, recipient_of, Derived, ReturnCode};
use app::sealing::RecipientSet;
use app::vocabulary::ApiErrorCode;
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use heard::accounts::Role;
use std::str::FromStr;

async fn post(
    app: &TestApp,
    cookie: Option<&str>,
    path: &str,
    body: serde_json::Value,
) -> reqwest::Response {
    let mut request = app
        .child_client()
        .post(format!("{}{path}", app.child))
        .header("accept-language", "es");
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    request.json(&body).send().await.unwrap()
}

async fn view(app: &TestApp, token: &str) -> ReturnView {
    let r = post(
        app,
        None,
        "/api/return",
        serde_json::json!(ReturnRequest {
            token: token.into()
        }),
    )
    .await;
    assert_eq!(r.status(), 200);
    r.json().await.unwrap()
}

/// A child sends through the browser path with a fresh code; returns the case id and the code.
pub(crate) async fn child_sends(app: &TestApp, words: &str) -> (SubmissionId, Derived) {
    child_sends_with(app, words, "0").await
}

/// The same, saying "I am not safe" when `urgent` is `1`.
async fn child_sends_with(app: &TestApp, words: &str, urgent: &str) -> (SubmissionId, Derived) {
    let salt = app.store.return_code_salt().await.unwrap();
    let derived = ReturnCode::generate().derive(&salt);
    let id = SubmissionId::generate();
    let recipient = recipient_of(&derived);
    let headers = [
        ("x-return-token", derived.token.as_str()),
        ("x-child-recipient", recipient.as_str()),
        ("x-urgent", urgent),
    ];
    assert_eq!(put_from_browser(app, &id, words, &headers).await, 201);
    (id, derived)
}

fn child_identity(derived: &Derived) -> age::x25519::Identity {
    age::x25519::Identity::from_str(&identity_text(derived)).unwrap()
}

async fn reply(app: &TestApp, ana: &Staff, id: &SubmissionId, text: &str) -> u16 {
    let detail: CaseDetail = ana
        .get(&format!("/console/api/cases/{id}"))
        .await
        .json()
        .await
        .unwrap();
    let mut to = detail.recipients.clone();
    to.push(
        detail
            .child_recipient
            .clone()
            .expect("the child kept a code"),
    );
    let sealed = seal_note(id, text, &RecipientSet::parse(&to).unwrap()).unwrap();
    app.child_client()
        .post(format!("{}/console/api/cases/{id}/replies", app.console))
        .header("cookie", &ana.cookie)
        .header("x-csrf-token", &ana.csrf)
        .body(sealed.as_bytes().to_vec())
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test]
async fn a_child_reads_a_reply_adds_a_message_and_takes_the_case_back() {
    let app = spawn_app().await;
    let ana = app.staff("ana", Role::Reviewer).await;
    let words = canary("return code");
    let (id, derived) = child_sends(&app, &words).await;
    for (path, stored) in app.data_files() {
        assert!(
            !contains(&stored, &derived.token),
            "only the token's hash is stored, not the token ({})",
            path.display()
        );
    }

    let seen = view(&app, &derived.token).await;
    assert_eq!(
        (seen.case_id.as_str(), seen.status.as_str()),
        (id.as_str(), "new")
    );
    assert!(seen.messages.is_empty());
    assert!(seen.recipients.contains(&recipient_of(&derived)));

    let answer = canary("our answer");
    assert_eq!(reply(&app, &ana, &id, &answer).await, 201);
    let seen = view(&app, &derived.token).await;
    let sealed = BASE64.decode(&seen.messages[0].ciphertext).unwrap();
    let opened = open_note(&sealed, &child_identity(&derived), &id).unwrap();
    assert_eq!(
        opened.as_str(),
        answer,
        "the child opens the reply with the derived key"
    );
    assert!(!seen.messages[0].from_child);

    let added = canary("what the child added");
    let set = RecipientSet::parse(&seen.recipients).unwrap();
    let sealed = seal_note(&id, &added, &set).unwrap();
    let body = ReturnAdd {
        token: derived.token.to_string(),
        ciphertext: BASE64.encode(sealed.as_bytes()),
    };
    let r = post(&app, None, "/api/return/messages", serde_json::json!(body)).await;
    assert_eq!(r.status(), 201);
    let detail: CaseDetail = ana
        .get(&format!("/console/api/cases/{id}"))
        .await
        .json()
        .await
        .unwrap();
    let from_child = detail.messages.iter().find(|m| m.from_child).unwrap();
    let ana_identity = age::x25519::Identity::from_str(&ana.identity).unwrap();
    let bytes = BASE64.decode(&from_child.ciphertext).unwrap();
    assert_eq!(
        open_note(&bytes, &ana_identity, &id).unwrap().as_str(),
        added
    );

    let r = post(
        &app,
        None,
        "/api/return/withdraw",
        serde_json::json!(ReturnRequest {
            token: derived.token.to_string()
        }),
    )
    .await;
    assert_eq!(r.status(), 204);
    assert_eq!(app.submission_count().await, 0);
    assert_eq!(
        ana.get(&format!("/console/api/cases/{id}")).await.status(),
        404
    );
    let again = post(
        &app,
        None,
        "/api/return",
        serde_json::json!(ReturnRequest {
            token: derived.token.to_string()
        }),
    )
    .await;
    assert_eq!(again.status(), 410, "the child is told it was taken back");
    for (path, bytes) in app.data_files() {
        assert!(!contains(&bytes, &added), "{}", path.display());
    }
    assert_eq!(
        audited(&app, "case.withdraw").await,
        vec![format!("child {id}")]
    );
    assert_eq!(audited(&app, "case.reply").await.len(), 1);
    assert_eq!(audited(&app, "case.child_view").await.len(), 2);
    assert_eq!(audited(&app, "case.child_message").await.len(), 1);
}

#[tokio::test]
async fn a_wrong_code_reveals_nothing_and_a_session_gets_five_tries() {
    let app = spawn_app().await;
    let (_, derived) = child_sends(&app, "words").await;
    let session = crate::intake::session_with_proof(&app).await.0;
    let other = ReturnCode::generate().derive("another salt");
    for wrong in [
        other.token.to_string(),
        "not a token".into(),
        "0".repeat(64),
        "f".repeat(64),
        "a".repeat(64),
    ] {
        let r = post(
            &app,
            Some(&session),
            "/api/return",
            serde_json::json!({ "token": wrong }),
        )
        .await;
        assert_eq!(r.status(), 404);
        let error: ApiError = r.json().await.unwrap();
        assert_eq!(error.error, ApiErrorCode::CodeNotFound);
        assert!(
            error.message.contains("No encontramos"),
            "{}",
            error.message
        );
    }
    let right = serde_json::json!({ "token": derived.token.as_str() });
    let locked = post(&app, Some(&session), "/api/return", right.clone()).await;
    assert_eq!(
        locked.status(),
        429,
        "even the right code waits once the session tried five"
    );
    assert_eq!(post(&app, None, "/api/return", right).await.status(), 200);
}

#[tokio::test]
async fn a_put_with_half_a_code_or_a_bad_recipient_stores_nothing() {
    let app = spawn_app().await;
    let token = "b".repeat(64);
    for headers in [
        vec![("x-return-token", token.as_str())],
        vec![
            ("x-return-token", token.as_str()),
            ("x-child-recipient", "age1nope"),
        ],
        vec![
            ("x-return-token", "short"),
            ("x-child-recipient", "age1nope"),
        ],
    ] {
        let id = SubmissionId::generate();
        assert_eq!(put_from_browser(&app, &id, "words", &headers).await, 400);
    }
    assert_eq!(app.submission_count().await, 0);
}

#[tokio::test]
async fn an_urgent_case_taken_back_stays_readable_to_a_lead_for_the_grace_period_only() {
    let app = spawn_app().await;
    let lead = app.staff("lena", Role::SafeguardingLead).await;
    let words = canary("taken back under pressure");
    let (id, derived) = child_sends_with(&app, &words, "1").await;
    let today = heard::store::Day::today();
    let until = today.plus_days(7);
    // The child is told before choosing.
    assert_eq!(
        view(&app, &derived.token)
            .await
            .withdraw_keeps_until
            .as_deref(),
        Some(until.as_str())
    );
    let request = serde_json::json!(ReturnRequest {
        token: derived.token.to_string()
    });
    let r = post(&app, None, "/api/return/withdraw", request.clone()).await;
    assert_eq!(r.status(), 202);
    let due: app::api::coming_back::WithdrawalDue = r.json().await.unwrap();
    assert_eq!(due.readable_until, until.as_str());
    // The code opens nothing any more; the lead still reads the case, marked as taken back.
    let again = post(&app, None, "/api/return", request).await;
    assert_eq!(again.status(), 410);
    let detail = lead.get(&format!("/console/api/cases/{id}")).await;
    assert_eq!(detail.status(), 200);
    let detail: CaseDetail = detail.json().await.unwrap();
    assert_eq!(
        detail.case.summary.withdrawal_due.as_deref(),
        Some(until.as_str())
    );
    assert_eq!(audited(&app, "case.withdraw.requested").await.len(), 1);

    // Retention before the day keeps it; on the day it is deleted for real, and audited.
    let kept = app
        .store
        .purge_expired_closed_cases(&today, 90)
        .await
        .unwrap();
    assert!(kept.is_empty());
    let deleted = app
        .store
        .purge_expired_closed_cases(&until, 90)
        .await
        .unwrap();
    assert_eq!(deleted, vec![id.clone()]);
    assert_eq!(app.submission_count().await, 0);
    assert_eq!(audited(&app, "case.delete.withdrawn").await.len(), 1);
    for (path, bytes) in app.data_files() {
        assert!(!contains(&bytes, &words), "{}", path.display());
    }
    // An ordinary case is still deleted at once (the test above), and says so before.
    let (_, ordinary) = child_sends(&app, "an idea").await;
    assert_eq!(view(&app, &ordinary.token).await.withdraw_keeps_until, None);
}
