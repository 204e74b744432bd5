//! `heard backup` and `heard restore`, run as the real binary beside a serving Heard: a backup
//! made under way restores into a database whose cases open with the recovery identity; it holds
//! only ciphertext and no console session; an operator's slip (an existing file, an existing
//! database, a file that is not a backup) changes nothing.

use crate::support::console::signed_in_as;
use crate::support::{age_decrypt, canary, contains, heard, spawn_sqlite_app};
use heard::accounts::Role;
use heard::audit::ChainVerdict;
use heard::store::Store;
use std::os::unix::fs::PermissionsExt;
use std::process::Output;

fn ok(output: &Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn refused(output: &Output) -> String {
    assert!(!output.status.success(), "{output:?}");
    String::from_utf8_lossy(&output.stderr).into_owned()
}

async fn session_rows(store: &Store) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM console_sessions")
        .fetch_one(store.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn a_backup_made_while_serving_restores_and_its_cases_open_with_the_recovery_identity() {
    let app = spawn_sqlite_app().await;
    let words = canary("backup");
    let id = app.send_by_form(&words).await;
    signed_in_as(&app, "rita", Role::Reviewer).await;
    let session: String = sqlx::query_scalar("SELECT id FROM console_sessions LIMIT 1")
        .fetch_one(app.store.pool())
        .await
        .expect("a console session is live");

    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("heard.backup");
    // Children go on sending while the copy is made.
    let (dir, target) = (app.data_dir.path().to_owned(), file.clone());
    let backup = tokio::task::spawn_blocking(move || {
        heard(&dir, &["backup", "--to", target.to_str().unwrap()])
    });
    let during = async {
        for n in 0..10 {
            app.send_by_form(&canary(&format!("during {n}"))).await;
        }
    };
    let (made, ()) = tokio::join!(backup, during);
    let printed = ok(&made.unwrap());
    assert!(printed.contains("sealed submissions"), "{printed}");
    let bytes = std::fs::read(&file).unwrap();
    assert!(!contains(&bytes, &words), "only ciphertext in the backup");
    assert!(
        !contains(&bytes, &session),
        "no session id, not even in free pages"
    );
    let mode = std::fs::metadata(&file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "readable by this user only");
    assert_eq!(
        std::fs::read_dir(out.path()).unwrap().count(),
        1,
        "no working file is left beside it"
    );

    let fresh = tempfile::tempdir().unwrap();
    let restored_out = ok(&heard(
        fresh.path(),
        &["restore", "--from", file.to_str().unwrap()],
    ));
    let restored = Store::open_sqlite(&fresh.path().join("heard.sqlite3"))
        .await
        .unwrap();
    let submissions = restored.submissions().await.unwrap();
    // A consistent copy: the first message and some of the ten sent during, as it said.
    assert!(
        (1..=11).contains(&submissions.len()),
        "{}",
        submissions.len()
    );
    assert!(
        restored_out.contains(&format!("{} sealed submissions", submissions.len())),
        "{restored_out}"
    );
    let first = submissions.iter().find(|s| s.public_id == id).unwrap();
    let opened = age_decrypt(&app.recovery_identity, &first.ciphertext);
    assert!(contains(&opened, &words), "the recovery identity opens it");
    assert_eq!(session_rows(&restored).await, 0, "no session came back");
    let actions: Vec<String> = restored
        .audit_entries()
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert!(actions.contains(&"database.backup".to_owned()));
    assert_eq!(actions.last().unwrap(), "database.restore");
    assert!(matches!(
        restored.verify_audit_chain().await.unwrap(),
        ChainVerdict::Intact { .. }
    ));
}

#[tokio::test]
async fn an_existing_file_or_database_or_a_foreign_file_is_refused_and_nothing_changes() {
    let app = spawn_sqlite_app().await;
    app.send_by_form(&canary("slips")).await;
    let out = tempfile::tempdir().unwrap();

    // A backup never overwrites.
    let taken = out.path().join("taken");
    std::fs::write(&taken, "keep me").unwrap();
    let said = refused(&heard(
        app.data_dir.path(),
        &["backup", "--to", taken.to_str().unwrap()],
    ));
    assert!(said.contains("never overwrites"), "{said}");
    assert_eq!(std::fs::read(&taken).unwrap(), b"keep me");

    // A restore never replaces the live database.
    let file = out.path().join("good.backup");
    ok(&heard(
        app.data_dir.path(),
        &["backup", "--to", file.to_str().unwrap()],
    ));
    app.send_by_form(&canary("newer than the backup")).await;
    let said = refused(&heard(
        app.data_dir.path(),
        &["restore", "--from", file.to_str().unwrap()],
    ));
    assert!(said.contains("never replaces"), "{said}");
    assert_eq!(
        app.submission_count().await,
        2,
        "the live database is untouched"
    );
    // Nor a WAL left behind by a crashed server: SQLite would replay it into the restored file.
    let crashed = tempfile::tempdir().unwrap();
    let wal = crashed.path().join("heard.sqlite3-wal");
    std::fs::write(&wal, b"an old WAL").unwrap();
    let said = refused(&heard(
        crashed.path(),
        &["restore", "--from", file.to_str().unwrap()],
    ));
    assert!(said.contains("heard.sqlite3-wal"), "{said}");
    assert!(!crashed.path().join("heard.sqlite3").exists());
    assert_eq!(std::fs::read(&wal).unwrap(), b"an old WAL");

    // Neither a file that is not a database, nor a SQLite file that is not Heard's.
    let garbage = out.path().join("garbage");
    std::fs::write(&garbage, vec![7u8; 8192]).unwrap();
    let foreign = out.path().join("foreign.sqlite3");
    let conn = sqlx::SqlitePool::connect(&format!("sqlite://{}?mode=rwc", foreign.display()))
        .await
        .unwrap();
    sqlx::query("CREATE TABLE notes (x TEXT)")
        .execute(&conn)
        .await
        .unwrap();
    conn.close().await;
    for bad in [&garbage, &foreign] {
        let fresh = tempfile::tempdir().unwrap();
        refused(&heard(
            fresh.path(),
            &["restore", "--from", bad.to_str().unwrap()],
        ));
        assert_eq!(
            std::fs::read_dir(fresh.path()).unwrap().count(),
            0,
            "{}: nothing is left in the data directory",
            bad.display()
        );
    }

    // Backing up a data directory without a database makes no empty one.
    let empty = tempfile::tempdir().unwrap();
    refused(&heard(
        empty.path(),
        &["backup", "--to", out.path().join("x").to_str().unwrap()],
    ));
    assert_eq!(std::fs::read_dir(empty.path()).unwrap().count(), 0);
}
