//! Retention deletes exactly the closed cases whose period has ended — really deletes them,
//! from the database file and its WAL — and audits each deletion.

use crate::support::{spawn_app, TestApp};
use app::domain::SubmissionId;
use heard::audit::ChainVerdict;
use heard::store::{CaseStatus, Day};

async fn submit(app: &TestApp, words: &str) -> SubmissionId {
    app.send_by_form(words).await
}

#[tokio::test]
async fn exactly_the_expired_closed_cases_are_deleted_and_audited() {
    let app = spawn_app().await;
    let today = Day::parse("2026-11-22").unwrap();
    let expired = submit(&app, "closed long ago").await;
    let boundary = submit(&app, "closed exactly 90 days ago").await;
    let recent = submit(&app, "closed recently").await;
    let open = submit(&app, "still open").await;
    let referred = submit(&app, "referred long ago").await;
    let store = &app.store;
    assert!(store
        .set_case_status(&expired, CaseStatus::Closed, &today.minus_days(200))
        .await
        .unwrap());
    assert!(store
        .set_case_status(&boundary, CaseStatus::Closed, &today.minus_days(90))
        .await
        .unwrap());
    assert!(store
        .set_case_status(&recent, CaseStatus::Closed, &today.minus_days(89))
        .await
        .unwrap());
    assert!(store
        .set_case_status(&referred, CaseStatus::Referred, &today.minus_days(300))
        .await
        .unwrap());
    let expired_bytes = store.submissions().await.unwrap()[0].ciphertext.clone();
    // An internal note on the expired case (stored as ciphertext; random bytes stand in here).
    let note_bytes: Vec<u8> = (0..64).map(|i| (i * 37 + 11) as u8).collect();
    sqlx::query(
        "INSERT INTO case_notes (submission_seq, author, written_on, ciphertext) \
         SELECT seq, NULL, '2026-01-01', $2 FROM submissions WHERE public_id = $1",
    )
    .bind(expired.as_str())
    .bind(&note_bytes)
    .execute(store.pool())
    .await
    .unwrap();

    let deleted = store.purge_expired_closed_cases(&today, 90).await.unwrap();
    assert_eq!(deleted, vec![expired.clone(), boundary.clone()]);

    let left: Vec<SubmissionId> = store
        .submissions()
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.public_id)
        .collect();
    assert_eq!(left, vec![recent, open, referred]);
    let status_rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM case_status")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!(
        status_rows, 2,
        "the deleted cases' status rows went with them"
    );

    let notes: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM case_notes")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!(notes, 0, "the deleted case's notes went with it");

    // A real delete: neither the ciphertext nor the note is in the database file or its WAL.
    let marker = &expired_bytes[expired_bytes.len() - 48..];
    for (path, bytes) in app.data_files() {
        for gone in [marker, &note_bytes[..]] {
            assert!(
                !bytes.windows(gone.len()).any(|w| w == gone),
                "still in {}",
                path.display()
            );
        }
    }

    let entries = store.audit_entries().await.unwrap();
    let audited: Vec<(&str, &str)> = entries
        .iter()
        .map(|e| (e.action.as_str(), e.subject.as_str()))
        .collect();
    assert_eq!(
        audited,
        [
            ("case.delete.retention", expired.as_str()),
            ("case.delete.retention", boundary.as_str())
        ]
    );
    assert!(matches!(
        store.verify_audit_chain().await.unwrap(),
        ChainVerdict::Intact { entries: 2, .. }
    ));

    // Running again deletes nothing more.
    assert!(store
        .purge_expired_closed_cases(&today, 90)
        .await
        .unwrap()
        .is_empty());
}
