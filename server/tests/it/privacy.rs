//! Privacy invariants over real requests: the child's words, IP address and user agent appear in
//! no file of the data directory (database, WAL, shared memory) and nowhere in the log; stored
//! times are days. And the reference `age` tool decrypts what was stored.

use crate::support::{canary, contains, log, spawn_app};

/// The child connects from 127.0.0.2 so that any trace of its address is unambiguous.
fn child_from_distinct_address() -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(Some("127.0.0.2".parse().unwrap()))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

#[tokio::test]
async fn no_words_no_address_no_user_agent_anywhere_on_disk_or_in_the_log() {
    let app = spawn_app().await;
    let words = canary("words");
    let user_agent = canary("useragent");
    let client = child_from_distinct_address();
    let (id, id_token) = app.nojs_ticket().await;
    let r = client
        .post(format!("{}/send", app.child))
        .header("user-agent", &user_agent)
        .header("x-forwarded-for", "203.0.113.77")
        .form(&[
            ("submission_id", id.as_str()),
            ("form_token", id_token.as_str()),
            ("text", words.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    // Refused input travels the error path, which must not leak either.
    let refused = client
        .post(format!("{}/send", app.child))
        .header("user-agent", &user_agent)
        .form(&[("submission_id", "bad"), ("text", words.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 400);
    assert_eq!(app.submission_count().await, 1);

    let files = app.data_files();
    let checked = match crate::support::database::on_postgres() {
        true => "postgres:submissions",
        false => "heard.sqlite3-wal",
    };
    assert!(
        files
            .iter()
            .any(|(p, _)| p.to_string_lossy().ends_with(checked)),
        "{checked} checked"
    );
    for (path, bytes) in &files {
        for needle in [
            words.as_str(),
            user_agent.as_str(),
            "127.0.0.2",
            "203.0.113.77",
        ] {
            assert!(
                !contains(bytes, needle),
                "{needle:?} found in {}",
                path.display()
            );
        }
    }
    let text = log().text();
    assert!(
        text.contains("heard::request"),
        "the request log was captured"
    );
    for needle in [
        words.as_str(),
        user_agent.as_str(),
        "127.0.0.2",
        "203.0.113.77",
    ] {
        assert!(!text.contains(needle), "{needle:?} found in the log");
    }
}

#[tokio::test]
async fn stored_times_are_days_and_order_is_a_sequence() {
    let app = spawn_app().await;
    let client = app.child_client();
    for _ in 0..3 {
        let (id, id_token) = app.nojs_ticket().await;
        let r = client
            .post(format!("{}/send", app.child))
            .form(&[
                ("submission_id", id.as_str()),
                ("form_token", id_token.as_str()),
                ("text", "a worry"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 303);
    }
    let stored = app.store.submissions().await.unwrap();
    let seqs: Vec<i64> = stored.iter().map(|s| s.seq).collect();
    assert!(seqs.windows(2).all(|w| w[0] < w[1]), "{seqs:?}");
    for s in &stored {
        assert_eq!(s.received_on.len(), 10, "{}", s.received_on);
        assert!(!s.received_on.contains(':') && !s.received_on.contains('T'));
    }
    // No column beyond the ones designed: a new one must be argued for here.
    let columns: Vec<String> = crate::support::database::columns(&app.store, "submissions")
        .await
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    assert_eq!(
        columns,
        ["seq", "public_id", "ciphertext", "sealed_in", "received_on"]
    );
}

#[tokio::test]
async fn the_reference_age_tool_decrypts_a_stored_submission() {
    let app = spawn_app().await;
    let words = canary("age-cli");
    let (id, id_token) = app.nojs_ticket().await;
    let r = app
        .child_client()
        .post(format!("{}/send", app.child))
        .form(&[
            ("submission_id", id.as_str()),
            ("form_token", id_token.as_str()),
            ("text", words.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let stored = &app.store.submissions().await.unwrap()[0];
    let plain = crate::support::age_decrypt(&app.recovery_identity, &stored.ciphertext);
    let envelope: serde_json::Value = serde_json::from_slice(&plain).unwrap();
    assert_eq!(envelope["text"], words.as_str());
    assert_eq!(envelope["submission_id"], id.as_str());
    assert_eq!(envelope["sealed_in"], "server");
    // Padded to a size bucket: the plaintext is 1 KiB although the words are short.
    assert_eq!(plain.len(), 1024);
}

#[tokio::test]
async fn log_lines_carry_the_day_and_no_time_of_day() {
    let app = spawn_app().await;
    let r = app
        .child_client()
        .get(format!("{}/", app.child))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let text = log().text();
    let day = heard::store::Day::today();
    assert!(text.lines().any(|l| l.contains("heard::request")));
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        assert!(line.starts_with(day.as_str()), "{line}");
        let after_day = &line[day.as_str().len()..];
        assert!(!after_day.starts_with('T'), "a time of day in: {line}");
    }
}

/// Every table holding something about a child's case, after a run that writes to each.
const CHILD_TABLES: [&str; 6] = [
    "submissions",
    "submission_recipients",
    "case_status",
    "case_notes",
    "case_facilities",
    "recusals",
];

#[tokio::test]
async fn no_child_related_row_holds_a_time_finer_than_the_day() {
    let app = spawn_app().await;
    app.store
        .add_facility("casa-norte", None, &[("en".into(), "North".into())])
        .await
        .unwrap();
    let (id, id_token) = app.nojs_ticket().await;
    let r = app
        .child_client()
        .post(format!("{}/send", app.child))
        .form(&[
            ("submission_id", id.as_str()),
            ("form_token", id_token.as_str()),
            ("text", "a worry"),
            ("place", "casa-norte"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    sqlx::query(
        "INSERT INTO case_status (submission_seq, status, changed_on, escalated_on) \
         SELECT seq, 'acknowledged', '2026-11-22', '2026-11-22' FROM submissions",
    )
    .execute(app.store.pool())
    .await
    .unwrap();
    crate::support::console::enrol(&app, "rita", heard::accounts::Role::Reviewer).await;
    let account = app.store.login_account("rita").await.unwrap().unwrap().id;
    let seq = app.store.submissions().await.unwrap()[0].seq;
    app.store.recuse(seq, account).await.unwrap();
    sqlx::query(
        "INSERT INTO case_notes (submission_seq, author, written_on, ciphertext) \
         VALUES ($1, $2, '2026-11-22', $3)",
    )
    .bind(seq)
    .bind(account)
    .bind(vec![0u8])
    .execute(app.store.pool())
    .await
    .unwrap();
    for table in CHILD_TABLES {
        let rows: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(app.store.pool())
            .await
            .unwrap();
        assert!(rows > 0, "{table} was written to");
        let columns = crate::support::database::columns(&app.store, table).await;
        for (column, kind) in columns {
            // A time would hide in a column named like one, or as text with a clock in it.
            let lower = column.to_lowercase();
            assert!(
                !lower.contains("time") && !lower.ends_with("_at"),
                "{table}.{column} is named like a time"
            );
            if kind != "TEXT" {
                continue;
            }
            let values: Vec<Option<String>> =
                sqlx::query_scalar(&format!("SELECT {column} FROM {table}"))
                    .fetch_all(app.store.pool())
                    .await
                    .unwrap();
            for value in values.into_iter().flatten() {
                let clock = value.contains(':')
                    && value.chars().filter(char::is_ascii_digit).count() >= 4
                    && !value.starts_with("age1");
                assert!(!clock, "{table}.{column} holds {value:?}");
                if lower.ends_with("_on") {
                    assert_eq!(value.len(), 10, "{table}.{column} holds {value:?}");
                }
            }
        }
    }
}
