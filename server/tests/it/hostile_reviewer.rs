//! A reviewer who abuses their access: they cannot change or destroy what a child sent, and
//! nothing they are shown tells them that cases kept from them exist.

use crate::shield::send_naming;
use crate::support::console::code;
use crate::support::staff::Staff;
use crate::support::{spawn_app, TestApp};
use app::api::console::CasePage;
use app::domain::{ChildWords, Envelope, SealedIn};
use app::sealing::{seal, RecipientSet};
use heard::accounts::Role;
use heard::store::AffiliationTarget;

async fn share(app: &TestApp, who: &Staff, id: &str, with: &str, body: Vec<u8>) -> u16 {
    share_with_code(app, who, id, with, body, &code(&who.totp, 0)).await
}

async fn share_with_code(
    app: &TestApp,
    who: &Staff,
    id: &str,
    with: &str,
    body: Vec<u8>,
    step_up: &str,
) -> u16 {
    app.child_client()
        .post(format!("{}/console/api/cases/{id}/share", app.console))
        .header("cookie", &who.cookie)
        .header("x-csrf-token", &who.csrf)
        .header("x-share-with", with)
        .header("x-step-up", step_up)
        .body(body)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

async fn cases_of(who: &Staff) -> CasePage {
    who.get_json("/console/api/cases").await
}

fn age_decrypt(identity: &str, sealed: &[u8]) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    let (key, file) = (dir.path().join("key"), dir.path().join("case.age"));
    std::fs::write(&key, identity).unwrap();
    std::fs::write(&file, sealed).unwrap();
    std::process::Command::new("age")
        .arg("--decrypt")
        .arg("--identity")
        .arg(&key)
        .arg(&file)
        .output()
        .expect("the reference `age` tool is installed (apt-get install age)")
}

#[tokio::test]
async fn a_forged_share_leaves_the_childs_original_as_it_arrived() {
    let app = spawn_app().await;
    let ben = app.staff("ben", Role::Reviewer).await;
    let id = app.send_by_form("the words the child wrote").await;
    // Cris joins later, so the case was not sealed to her.
    let cris = app.staff("cris", Role::Reviewer).await;
    let original = app.store.submissions().await.unwrap()[0].ciphertext.clone();

    // Ben "shares" made-up words with Cris, sealed to himself only: a file of his own choosing.
    let words = ChildWords::parse("made-up words".into()).unwrap();
    let forged = seal(
        Envelope::new(id.clone(), "en", SealedIn::Browser, words),
        &RecipientSet::parse(&[ben.recipient.as_str()]).unwrap(),
    )
    .unwrap()
    .into_bytes();
    // Without a fresh second factor (none, a wrong one, the one used to sign in): refused.
    for step_up in ["", "000000", &code(&ben.totp, -1)] {
        let refused = share_with_code(&app, &ben, id.as_str(), "cris", forged.clone(), step_up);
        assert_eq!(refused.await, 403, "step-up {step_up:?}");
    }
    assert!(!app
        .store
        .submission_recipients(&id)
        .await
        .unwrap()
        .contains(&cris.recipient));
    assert_eq!(share(&app, &ben, id.as_str(), "cris", forged).await, 204);

    let stored = app.store.submissions().await.unwrap()[0].ciphertext.clone();
    assert_eq!(stored, original, "the original bytes are unchanged");
    let output = age_decrypt(&app.recovery_identity, &stored);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let envelope: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(envelope["text"], "the words the child wrote");
    assert_eq!(envelope["submission_id"], id.as_str());

    // Cris is told whose copy she holds; Ben still reads the original.
    let page = cases_of(&cris).await;
    assert_eq!(page.cases[0].summary.shared_by.as_deref(), Some("ben"));
    let bens = cases_of(&ben).await;
    assert_eq!(bens.cases[0].summary.shared_by, None);
    use base64::Engine;
    let bens_bytes = base64::engine::general_purpose::STANDARD
        .decode(&bens.cases[0].ciphertext)
        .unwrap();
    assert_eq!(bens_bytes, original);
}

#[tokio::test]
async fn the_database_refuses_to_rewrite_an_original() {
    let app = spawn_app().await;
    let id = app.send_by_form("immutable").await;
    let rewrite = sqlx::query("UPDATE submissions SET ciphertext = $2 WHERE public_id = $1")
        .bind(id.as_str())
        .bind(vec![0u8])
        .execute(app.store.pool())
        .await;
    assert!(rewrite.is_err(), "a trigger refuses it");
    let output = age_decrypt(
        &app.recovery_identity,
        &app.store.submissions().await.unwrap()[0].ciphertext,
    );
    assert!(output.status.success());
}

/// Every number anywhere in a JSON value (a sequence number would be one).
fn numbers(value: &serde_json::Value, found: &mut Vec<String>) {
    match value {
        serde_json::Value::Number(n) => found.push(n.to_string()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| numbers(v, found)),
        serde_json::Value::Object(map) => map.values().for_each(|v| numbers(v, found)),
        _ => {}
    }
}

#[tokio::test]
async fn a_shielded_reviewer_sees_nothing_ordered_or_countable_across_hidden_cases() {
    let app = spawn_app().await;
    let north = app
        .store
        .add_facility("casa-norte", None, &[("en".into(), "North House".into())])
        .await
        .unwrap();
    let ana = app.staff("ana", Role::Reviewer).await;
    app.store
        .affiliate(ana.account, &AffiliationTarget::Facility(north), true)
        .await
        .unwrap();
    let first = app.send_by_form("one").await;
    let hidden = send_naming(&app, "casa-norte").await;
    let last = app.send_by_form("three").await;

    let response = ana.get("/console/api/cases").await;
    let json: serde_json::Value = response.json().await.unwrap();
    let mut found = vec![];
    numbers(&json, &mut found);
    assert!(found.is_empty(), "no number reaches the reader: {found:?}");
    let ids: Vec<&str> = json["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["summary"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [last.as_str(), first.as_str()]);

    // A cursor naming the hidden case is refused exactly like one naming no case at all.
    for cursor in [hidden.as_str(), "0123456789abcdef0123456789abcdef", "7"] {
        let r = ana
            .get(&format!("/console/api/cases?before={cursor}"))
            .await;
        assert_eq!(r.status(), 400, "{cursor}");
        assert_eq!(
            r.text().await.unwrap(),
            r#"{"error":"bad_filter","message":"That filter is not one the inbox knows. Nothing was changed."}"#
        );
    }
    // The page itself shows references, not numbers.
    let page = ana.get("/console/inbox").await.text().await.unwrap();
    assert!(page.contains(&format!("<tr><td>{}</td>", &last.as_str()[..8])));
    assert!(!page.contains("<tr><td>3</td>") && !page.contains("<tr><td>1</td>"));
}
