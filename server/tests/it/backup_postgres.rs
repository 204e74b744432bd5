//! The README's backup procedure on PostgreSQL, as written there: `pg_dump` while the server
//! runs, leaving out the sessions; `pg_restore` into a new database; the restored case opens
//! with the recovery identity and the audit chain verifies. `heard backup` itself refuses on
//! PostgreSQL and points there. Runs when the suite runs on PostgreSQL.

use crate::support::database::{on_postgres, url_of};
use crate::support::{age_decrypt, canary, contains, heard, spawn_app};
use heard::accounts::Role;
use heard::audit::ChainVerdict;
use heard::store::{Database, PostgresUrl, Store};
use sqlx::Connection;
use std::process::Command;

fn run(command: &mut Command) {
    let out = command.output().unwrap();
    assert!(out.status.success(), "{command:?}: {out:?}");
}

#[tokio::test]
async fn pg_dump_and_pg_restore_as_the_readme_says_bring_back_cases_and_no_session() {
    if !on_postgres() {
        return;
    }
    let app = spawn_app().await;
    let words = canary("pg backup");
    let id = app.send_by_form(&words).await;
    let rita = app.staff("rita", Role::Reviewer).await;
    let session = rita.cookie.split_once('=').unwrap().1.to_owned();
    let live = url_of(app.data_dir.path()).unwrap();
    // A child session too (a challenge): unlogged, left out of the dump.
    let r = app.recipients().await;
    assert!(!r.challenge.is_empty());
    let child_rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM child_sessions")
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    assert!(child_rows > 0, "a child session is live");

    let refused = heard(app.data_dir.path(), &["backup", "--to", "/tmp/never"]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("pg_dump"));

    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("heard.dump");
    run(Command::new("pg_dump")
        // Uncompressed here, so that the search below reads what the dump holds.
        .args(["--format=custom", "--compress=0", "--no-owner"])
        .arg("--no-unlogged-table-data")
        .arg("--exclude-table-data=console_sessions")
        .arg(format!("--file={}", file.display()))
        .arg(&live));
    let bytes = std::fs::read(&file).unwrap();
    assert!(!contains(&bytes, &words), "only ciphertext in the dump");
    assert!(
        !contains(&bytes, &session),
        "no console session in the dump"
    );

    let new_name = format!("{}_restored", live.rsplit_once('/').unwrap().1);
    let server = crate::support::database::postgres_server().unwrap();
    let mut admin = sqlx::PgConnection::connect(&server).await.unwrap();
    sqlx::query(&format!(
        "CREATE DATABASE {new_name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
    ))
    .execute(&mut admin)
    .await
    .unwrap();
    let restored_url = format!("{}/{new_name}", live.rsplit_once('/').unwrap().0);
    run(Command::new("pg_restore")
        .args(["--no-owner", "--exit-on-error"])
        .arg(format!("--dbname={restored_url}"))
        .arg(&file));

    let restored = Store::open(&Database::Postgres(
        PostgresUrl::parse(&restored_url).unwrap(),
    ))
    .await
    .unwrap();
    assert_eq!(
        restored.verify_audit_chain().await.unwrap(),
        app.store.verify_audit_chain().await.unwrap()
    );
    assert!(matches!(
        restored.verify_audit_chain().await.unwrap(),
        ChainVerdict::Intact { .. }
    ));
    let stored = restored.submissions().await.unwrap();
    let first = stored.iter().find(|s| s.public_id == id).unwrap();
    assert!(contains(
        &age_decrypt(&app.recovery_identity, &first.ciphertext),
        &words
    ));
    for table in ["console_sessions", "child_sessions"] {
        let rows: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(restored.pool())
            .await
            .unwrap();
        assert_eq!(rows, 0, "{table} came back empty");
    }
    // The restored database takes new cases: its identity columns go on from the dump's.
    let newest = stored.iter().map(|s| s.seq).max().unwrap();
    let seq: i64 = sqlx::query_scalar(
        "INSERT INTO submissions (public_id, ciphertext, sealed_in, received_on) \
         VALUES ($1, $2, 'server', '2026-12-06') RETURNING seq",
    )
    .bind(app::domain::SubmissionId::generate().as_str())
    .bind(vec![1u8])
    .fetch_one(restored.pool())
    .await
    .unwrap();
    assert!(seq > newest, "{seq} after {newest}");
    restored.pool().close().await;
    sqlx::query(&format!("DROP DATABASE {new_name} WITH (FORCE)"))
        .execute(&mut admin)
        .await
        .unwrap();
}
