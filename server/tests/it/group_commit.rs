//! New cases that arrive together share one commit on SQLite (`store/case_commits.rs`); on
//! PostgreSQL each commits on its own. On both: every send is stored once and told so, a retried
//! id in the same group is a duplicate, and a case that cannot be stored fails alone — its
//! neighbours in the group are stored and told so. The HTTP paths' retries are in `intake.rs`
//! and `child_flows.rs`.

use crate::support::database::on_postgres;
use crate::support::{age_decrypt, canary, log, spawn_app, TestApp};
use app::domain::{ChildWords, Envelope, SealedIn, SubmissionId};
use app::sealing::{seal, RecipientSet};
use heard::store::{Arrival, Day, Inserted, SealedCase, Store};

async fn case(app: &TestApp, id: &SubmissionId, words: &str, facility: Option<i64>) -> SealedCase {
    let recipients = RecipientSet::parse(&app.recipients().await.recipients).unwrap();
    let envelope = Envelope::new(
        id.clone(),
        "en",
        SealedIn::Browser,
        ChildWords::parse(words.to_owned()).unwrap(),
    );
    SealedCase {
        id: id.clone(),
        sealed: seal(envelope, &recipients).unwrap(),
        recipients,
        facility,
        arrival: Arrival::Normal,
        return_code: None,
    }
}

/// Every case sent at once, each from a task of its own, as concurrent requests would: the
/// answers in the order of `cases`.
async fn all_at_once(store: &Store, cases: Vec<SealedCase>) -> Vec<sqlx::Result<Inserted>> {
    let sends: Vec<_> = cases
        .into_iter()
        .map(|c| {
            let store = store.clone();
            tokio::spawn(async move { store.insert_case(c, &Day::today()).await })
        })
        .collect();
    let mut answers = Vec::new();
    for send in sends {
        answers.push(send.await.unwrap());
    }
    answers
}

/// [`all_at_once`] while a writer holds the write turn, so that the sends queue up behind it
/// and meet the committer together when it lets go.
async fn queued_behind_a_writer(
    store: &Store,
    cases: Vec<SealedCase>,
) -> Vec<sqlx::Result<Inserted>> {
    let writer = store.write_tx().await.unwrap();
    let answers = tokio::spawn({
        let store = store.clone();
        async move { all_at_once(&store, cases).await }
    });
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    writer.rollback().await.unwrap();
    answers.await.unwrap()
}

#[tokio::test]
async fn sends_arriving_together_are_each_stored_once_and_each_told_so() {
    let app = spawn_app().await;
    let ids: Vec<SubmissionId> = (0..40).map(|_| SubmissionId::generate()).collect();
    let words: Vec<String> = (0..40).map(|i| canary(&format!("together-{i}"))).collect();
    let mut cases = Vec::new();
    for (id, words) in ids.iter().zip(&words) {
        cases.push(case(&app, id, words, None).await);
    }
    // Five of them sent twice at once (a retry racing its first send).
    for (id, words) in ids.iter().zip(&words).take(5) {
        cases.push(case(&app, id, words, None).await);
    }
    let answers = all_at_once(&app.store, cases).await;
    let new = answers
        .iter()
        .filter(|a| matches!(a, Ok(Inserted::New)))
        .count();
    let duplicate = answers
        .iter()
        .filter(|a| matches!(a, Ok(Inserted::Duplicate)))
        .count();
    assert_eq!((new, duplicate), (40, 5), "{answers:?}");
    let stored = app.store.submissions().await.unwrap();
    assert_eq!(stored.len(), 40);
    for (id, words) in ids.iter().zip(&words) {
        let one = stored.iter().find(|s| &s.public_id == id).expect("stored");
        let opened = age_decrypt(&app.recovery_identity, &one.ciphertext);
        assert!(String::from_utf8(opened).unwrap().contains(words.as_str()));
        assert_eq!(app.store.submission_recipients(id).await.unwrap().len(), 1);
    }
}

#[tokio::test]
async fn a_case_that_cannot_be_stored_fails_alone_and_its_neighbours_are_stored() {
    let app = spawn_app().await;
    let ids: Vec<SubmissionId> = (0..30).map(|_| SubmissionId::generate()).collect();
    let mut cases = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        // The eleventh names a facility that does not exist: its insert breaks a foreign key.
        let facility = (i == 10).then_some(i64::MAX);
        cases.push(case(&app, id, &format!("neighbour {i}"), facility).await);
    }
    // On SQLite they are committed as a group (or two), the broken one among others.
    let answers = queued_behind_a_writer(&app.store, cases).await;
    if !on_postgres() {
        assert!(log().text().contains("a group commit failed"));
    }
    for (i, answer) in answers.iter().enumerate() {
        if i == 10 {
            assert!(answer.is_err(), "the broken case was told it arrived");
        } else {
            assert!(matches!(answer, Ok(Inserted::New)), "{i}: {answer:?}");
        }
    }
    let stored = app.store.submissions().await.unwrap();
    assert_eq!(stored.len(), 29);
    assert!(!stored.iter().any(|s| s.public_id == ids[10]));
    // Nothing of the broken case is left behind: no recipients without a submission.
    let orphans: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM submission_recipients r \
         WHERE NOT EXISTS (SELECT 1 FROM submissions s WHERE s.seq = r.submission_seq)",
    )
    .fetch_one(app.store.pool())
    .await
    .unwrap();
    assert_eq!(orphans, 0);
}

#[tokio::test]
async fn a_group_the_database_refuses_is_answered_with_the_error_for_all_and_stores_nothing() {
    // SQLite's group commit (PostgreSQL commits each case alone).
    let app = crate::support::spawn_sqlite_app().await;
    let ids: Vec<SubmissionId> = (0..10).map(|_| SubmissionId::generate()).collect();
    let mut cases = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        cases.push(case(&app, id, &format!("refused together {i}"), None).await);
    }
    // The database refuses every new case for a while, as a full disk or an I/O error would:
    // not one case's fault (no constraint of its own), so no case is worth trying alone.
    sqlx::query(
        "CREATE TRIGGER refuse_everything BEFORE INSERT ON submissions \
         BEGIN SELECT RAISE(ABORT, 'the disk is full'); END",
    )
    .execute(app.store.pool())
    .await
    .unwrap();
    // Tried as one group (or the first alone and the rest as a group).
    let answers = queued_behind_a_writer(&app.store, cases).await;
    for (i, answer) in answers.iter().enumerate() {
        assert!(answer.is_err(), "{i} was told it arrived: {answer:?}");
    }
    assert!(
        log()
            .text()
            .lines()
            .any(|l| l.contains("a group commit failed") && !l.contains("one by one")),
        "the group was refused as one, not tried case by case"
    );
    assert_eq!(app.submission_count().await, 0, "nothing of it is stored");

    // Once the database takes cases again, each may be sent again, and is stored once.
    sqlx::query("DROP TRIGGER refuse_everything")
        .execute(app.store.pool())
        .await
        .unwrap();
    let mut again = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        again.push(case(&app, id, &format!("refused together {i}"), None).await);
    }
    let answers = all_at_once(&app.store, again).await;
    assert!(answers.iter().all(|a| matches!(a, Ok(Inserted::New))));
    assert_eq!(app.submission_count().await, 10);
}
