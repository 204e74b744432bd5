//! The audit log: admin actions are recorded, the chain verifies, the database refuses edits,
//! and an edit, a deletion or a reordering made behind its back is found by verification.

use crate::support::heard;
use heard::audit::{BreakReason, ChainVerdict};
use heard::store::Store;

/// A data directory with four audited admin actions.
async fn audited_instance() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let extra = age::x25519::Identity::generate().to_public().to_string();
    let export = dir.path().join("export");
    for args in [
        vec!["recovery", "init"],
        vec!["recipients", "add", extra.as_str()],
        vec!["submissions", "export", "--dir", export.to_str().unwrap()],
        vec!["recipients", "remove", extra.as_str()],
    ] {
        let out = heard(dir.path(), &args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let store = Store::open_sqlite(&dir.path().join("heard.sqlite3"))
        .await
        .unwrap();
    (dir, store)
}

async fn sql(store: &Store, statement: &str) -> Result<(), sqlx::Error> {
    sqlx::query(statement)
        .execute(store.pool())
        .await
        .map(|_| ())
}

async fn without_guards(store: &Store) {
    sql(store, "DROP TRIGGER audit_log_no_update")
        .await
        .unwrap();
    sql(store, "DROP TRIGGER audit_log_no_delete")
        .await
        .unwrap();
}

#[tokio::test]
async fn admin_actions_are_recorded_and_the_chain_verifies() {
    let (dir, store) = audited_instance().await;
    let actions: Vec<String> = store
        .audit_entries()
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        actions,
        [
            "recovery.init",
            "recipient.add",
            "submissions.export",
            "recipient.remove"
        ]
    );
    assert!(matches!(
        store.verify_audit_chain().await.unwrap(),
        ChainVerdict::Intact { entries: 4, .. }
    ));
    let verified = heard(dir.path(), &["audit", "verify"]);
    assert!(verified.status.success());
    assert!(String::from_utf8_lossy(&verified.stdout).contains("intact: 4 entries"));
}

#[tokio::test]
async fn the_database_refuses_to_edit_or_delete_entries() {
    let (_dir, store) = audited_instance().await;
    let edit = sql(
        &store,
        "UPDATE audit_log SET actor = 'nobody' WHERE seq = 2",
    )
    .await;
    assert!(edit.unwrap_err().to_string().contains("append-only"));
    let delete = sql(&store, "DELETE FROM audit_log WHERE seq = 2").await;
    assert!(delete.unwrap_err().to_string().contains("append-only"));
}

#[tokio::test]
async fn an_edited_entry_is_detected() {
    let (dir, store) = audited_instance().await;
    without_guards(&store).await;
    sql(
        &store,
        "UPDATE audit_log SET action = 'recipient.list' WHERE seq = 3",
    )
    .await
    .unwrap();
    assert_eq!(
        store.verify_audit_chain().await.unwrap(),
        ChainVerdict::Broken {
            at_seq: 3,
            reason: BreakReason::WrongHash
        }
    );
    let verified = heard(dir.path(), &["audit", "verify"]);
    assert!(!verified.status.success());
    assert!(String::from_utf8_lossy(&verified.stderr).contains("BROKEN at entry 3"));
}

#[tokio::test]
async fn a_deleted_entry_is_detected() {
    let (_dir, store) = audited_instance().await;
    without_guards(&store).await;
    sql(&store, "DELETE FROM audit_log WHERE seq = 2")
        .await
        .unwrap();
    assert_eq!(
        store.verify_audit_chain().await.unwrap(),
        ChainVerdict::Broken {
            at_seq: 3,
            reason: BreakReason::Gap
        }
    );
}

#[tokio::test]
async fn reordered_entries_are_detected() {
    let (_dir, store) = audited_instance().await;
    without_guards(&store).await;
    // Swap entries 2 and 3, keeping their sequence numbers in order.
    sql(&store, "UPDATE audit_log SET seq = 100 WHERE seq = 2")
        .await
        .unwrap();
    sql(&store, "UPDATE audit_log SET seq = 2 WHERE seq = 3")
        .await
        .unwrap();
    sql(&store, "UPDATE audit_log SET seq = 3 WHERE seq = 100")
        .await
        .unwrap();
    assert!(matches!(
        store.verify_audit_chain().await.unwrap(),
        ChainVerdict::Broken { at_seq: 2, .. }
    ));
}

#[tokio::test]
async fn a_recomputed_chain_is_caught_against_a_recorded_head() {
    let (dir, store) = audited_instance().await;
    let printed = heard(dir.path(), &["audit", "head"]);
    assert!(printed.status.success());
    let head = String::from_utf8_lossy(&printed.stdout).trim().to_owned();
    assert_eq!(head.len(), 64, "{head}");
    let fine = heard(dir.path(), &["audit", "verify", "--head", &head]);
    assert!(
        fine.status.success(),
        "{}",
        String::from_utf8_lossy(&fine.stderr)
    );

    // Whoever holds the database rewrites entry 2 and recomputes every hash from there on.
    without_guards(&store).await;
    sql(
        &store,
        "UPDATE audit_log SET subject = 'forged' WHERE seq = 2",
    )
    .await
    .unwrap();
    let entries = store.audit_entries().await.unwrap();
    let mut prev = entries[0].hash.clone();
    for e in entries.iter().skip(1) {
        let hash = heard::audit::entry_hash(&prev, e.seq, &e.day, &e.actor, &e.action, &e.subject);
        sqlx::query("UPDATE audit_log SET prev_hash = $1, hash = $2 WHERE seq = $3")
            .bind(&prev)
            .bind(&hash)
            .bind(e.seq)
            .execute(store.pool())
            .await
            .unwrap();
        prev = hash;
    }
    let plain = heard(dir.path(), &["audit", "verify"]);
    assert!(
        plain.status.success(),
        "a recomputed chain alone looks intact"
    );
    let against = heard(dir.path(), &["audit", "verify", "--head", &head]);
    assert!(!against.status.success());
    assert!(
        String::from_utf8_lossy(&against.stderr).contains("no longer contains the recorded head")
    );
}
