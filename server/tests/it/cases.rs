//! The console's case API: a reviewer reads only the cases sealed to their key (others do not
//! exist for them), every read and change is audited, triage changes apply or change nothing, and
//! notes are stored sealed and read back by the case's readers.

use crate::support::staff::Staff;
use crate::support::{canary, contains, spawn_app, TestApp};
use app::api::console::{CaseDetail, CasePage};
use app::case_notes::{open_note, seal_note};
use app::domain::SubmissionId;
use app::sealing::{open, RecipientSet};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use heard::accounts::Role;
use heard_core::vocabulary::{CaseStatus, Category, Urgency};
use std::str::FromStr;

async fn page(who: &Staff, query: &str) -> CasePage {
    let r = who.get(&format!("/console/api/cases{query}")).await;
    assert_eq!(r.status(), 200);
    r.json().await.unwrap()
}

async fn change(
    app: &TestApp,
    who: &Staff,
    id: &str,
    body: serde_json::Value,
) -> reqwest::Response {
    app.child_client()
        .post(format!("{}/console/api/cases/{id}", app.console))
        .header("cookie", &who.cookie)
        .header("x-csrf-token", &who.csrf)
        .header("accept-language", "es")
        .json(&body)
        .send()
        .await
        .unwrap()
}

pub(crate) async fn audited(app: &TestApp, action: &str) -> Vec<String> {
    app.store
        .audit_entries()
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == action)
        .map(|e| format!("{} {}", e.actor, e.subject))
        .collect()
}

#[tokio::test]
async fn a_reviewer_reads_only_cases_sealed_to_their_key_and_every_read_is_audited() {
    let app = spawn_app().await;
    let ana = app.staff("ana", Role::Reviewer).await;
    let first_words = canary("first");
    let first = app.send_by_form(&first_words).await;
    let ben = app.staff("ben", Role::SafeguardingLead).await;
    let second = app.send_by_form(&canary("second")).await;

    let ana_page = page(&ana, "").await;
    let ids: Vec<&str> = ana_page
        .cases
        .iter()
        .map(|c| c.summary.id.as_str())
        .collect();
    assert_eq!(ids, [second.as_str(), first.as_str()], "newest first");
    let oldest = &ana_page.cases[1];
    let opened = open(
        &BASE64.decode(&oldest.ciphertext).unwrap(),
        &ana.identity,
        &first,
    )
    .unwrap();
    assert_eq!(opened.text, first_words);
    assert_eq!(audited(&app, "case.fetch").await.len(), 2);

    // Ben's key came after the first case: for him it does not exist.
    let ben_page = page(&ben, "").await;
    assert_eq!(ben_page.cases.len(), 1);
    assert_eq!(ben_page.cases[0].summary.id, second.as_str());
    let hidden = ben
        .get(&format!("/console/api/cases/{}", first.as_str()))
        .await;
    assert_eq!(hidden.status(), 404);
    let refused = audited(&app, "access.refused").await;
    assert!(
        refused.iter().any(|e| e.ends_with(first.as_str())),
        "{refused:?}"
    );

    let detail: CaseDetail = ana
        .get(&format!("/console/api/cases/{}", first.as_str()))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(detail.assignable, ["ana"], "only readers can be assignees");
    assert_eq!(detail.recipients.len(), 2, "recovery key and Ana");
    assert_eq!(audited(&app, "case.view").await.len(), 1);

    let bad = ana.get("/console/api/cases?queue=everything").await;
    assert_eq!(bad.status(), 400);
}

#[tokio::test]
async fn triage_changes_apply_and_are_audited_and_bad_ones_change_nothing() {
    let app = spawn_app().await;
    let ana = app.staff("ana", Role::Reviewer).await;
    let id = app.send_by_form(&canary("triage")).await;
    let ben = app.staff("ben", Role::Reviewer).await;
    let id = id.as_str();

    assert_eq!(
        change(
            &app,
            &ana,
            id,
            serde_json::json!({"status": "acknowledged"})
        )
        .await
        .status(),
        204
    );
    assert_eq!(
        change(&app, &ana, id, serde_json::json!({"category": "safety"}))
            .await
            .status(),
        204
    );
    let refused = change(&app, &ana, id, serde_json::json!({"category": "nonsense"})).await;
    assert_eq!(refused.status(), 400);
    assert!(
        refused.text().await.unwrap().contains("No se cambió nada"),
        "translated"
    );
    // Ben cannot read this case, so it cannot be his.
    let refused = change(&app, &ana, id, serde_json::json!({"assign": "ben"})).await;
    assert_eq!(refused.status(), 400);
    assert_eq!(
        change(&app, &ana, id, serde_json::json!({"assign": "ana"}))
            .await
            .status(),
        204
    );
    assert_eq!(
        change(&app, &ana, id, "escalate".into()).await.status(),
        204
    );
    let no_token = app
        .child_client()
        .post(format!("{}/console/api/cases/{id}", app.console))
        .header("cookie", &ana.cookie)
        .json(&serde_json::json!({"status": "closed"}))
        .send()
        .await
        .unwrap();
    assert_eq!(no_token.status(), 403);
    // Ben changing a case he cannot see: as if it did not exist.
    let unseen = change(&app, &ben, id, serde_json::json!({"status": "closed"})).await;
    assert_eq!(unseen.status(), 404);

    let mine = page(&ana, "?queue=mine").await;
    let s = &mine.cases[0].summary;
    assert_eq!(
        s.status,
        CaseStatus::Acknowledged,
        "no change after the refusals"
    );
    assert_eq!(s.category, Some(Category::Safety));
    assert_eq!(s.assignee.as_deref(), Some("ana"));
    assert!(s.escalated);
    assert_eq!(s.urgency, Urgency::Urgent, "escalation makes it urgent");
    assert_eq!(page(&ana, "?queue=escalated").await.cases.len(), 1);
    assert_eq!(page(&ana, "?status=closed").await.cases.len(), 0);
    for action in ["case.status", "case.triage", "case.assign", "case.escalate"] {
        assert_eq!(audited(&app, action).await.len(), 1, "{action}");
    }
}

#[tokio::test]
async fn a_case_past_its_deadlines_is_overdue_until_acknowledged_then_closed() {
    let app = spawn_app().await;
    let ana = app.staff("ana", Role::Reviewer).await;
    let old = app.send_by_form(&canary("old")).await;
    let _fresh = app.send_by_form(&canary("fresh")).await;
    sqlx::query("UPDATE submissions SET received_on = '2026-01-01' WHERE public_id = $1")
        .bind(old.as_str())
        .execute(app.store.pool())
        .await
        .unwrap();
    let overdue = page(&ana, "?queue=overdue").await;
    assert_eq!(overdue.cases.len(), 1);
    let s = &overdue.cases[0].summary;
    assert_eq!(s.id, old.as_str());
    assert!(s.overdue);
    assert_eq!(s.ack_due, "2026-01-04", "72 hours are three days");
    change(
        &app,
        &ana,
        old.as_str(),
        serde_json::json!({"status": "acknowledged"}),
    )
    .await;
    assert!(page(&ana, "?queue=overdue").await.cases.is_empty());
    // Acknowledged, it still owes its response: due 20 days after arrival (the default), and
    // overdue since; closing it stops that clock.
    let s = page(&ana, "")
        .await
        .cases
        .into_iter()
        .find(|c| c.summary.id == old.as_str());
    let s = s.expect("the old case").summary;
    assert!(!s.overdue);
    assert_eq!(s.respond_due, "2026-01-21");
    assert!(s.respond_overdue);
    let fresh = page(&ana, "")
        .await
        .cases
        .into_iter()
        .find(|c| c.summary.id != old.as_str());
    assert!(!fresh.expect("the fresh case").summary.respond_overdue);
    change(
        &app,
        &ana,
        old.as_str(),
        serde_json::json!({"status": "closed"}),
    )
    .await;
    let s = page(&ana, "")
        .await
        .cases
        .into_iter()
        .find(|c| c.summary.id == old.as_str());
    assert!(!s.expect("the old case").summary.respond_overdue);
}

#[tokio::test]
async fn notes_are_stored_sealed_and_open_for_the_cases_readers() {
    let app = spawn_app().await;
    let ana = app.staff("ana", Role::Reviewer).await;
    let ben = app.staff("ben", Role::SafeguardingLead).await;
    let id = app.send_by_form(&canary("noted case")).await;
    let path = format!("/console/api/cases/{}", id.as_str());
    let detail: CaseDetail = ana.get(&path).await.json().await.unwrap();
    let note_words = canary("note");
    let recipients = RecipientSet::parse(&detail.recipients).unwrap();
    let sealed = seal_note(&id, &note_words, &recipients).unwrap();
    let post = |body: Vec<u8>| {
        app.child_client()
            .post(format!("{}{path}/notes", app.console))
            .header("cookie", &ana.cookie)
            .header("x-csrf-token", &ana.csrf)
            .body(body)
            .send()
    };
    assert_eq!(
        post(sealed.as_bytes().to_vec()).await.unwrap().status(),
        201
    );
    let plain = post(note_words.clone().into_bytes()).await.unwrap();
    assert_eq!(plain.status(), 400, "plaintext is refused");

    let seen: CaseDetail = ben.get(&path).await.json().await.unwrap();
    assert_eq!(seen.notes.len(), 1);
    assert_eq!(seen.notes[0].author.as_deref(), Some("ana"));
    let ben_identity = age::x25519::Identity::from_str(&ben.identity).unwrap();
    let bytes = BASE64.decode(&seen.notes[0].ciphertext).unwrap();
    assert_eq!(
        open_note(&bytes, &ben_identity, &id).unwrap().as_str(),
        note_words
    );
    assert_eq!(audited(&app, "case.note").await.len(), 1);
    for (path, bytes) in app.data_files() {
        assert!(!contains(&bytes, &note_words), "note in {}", path.display());
    }
    let other = SubmissionId::generate();
    assert!(open_note(&bytes, &ben_identity, &other).is_err());
}
