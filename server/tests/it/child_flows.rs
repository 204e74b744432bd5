//! The guided flows as the server sees them: "I am not safe" starts a case urgent in the
//! safeguarding leads' queue (browser and no-JavaScript paths); the no-JavaScript form carries
//! the choices sealed with the words; help contacts reach the page as tap-to-call links; Quick
//! Exit ends the session and clears site data.

use crate::intake::{sealed_by_browser, session_with_proof};
use crate::support::{heard, spawn_app, spawn_app_with, Options, TestApp};
use app::domain::{Feeling, Kind, PhoneNumber, SubmissionId, Wish};
use app::sealing::open;

/// The urgency and escalation day recorded for a case, if it has a status row.
async fn urgency(app: &TestApp, id: &SubmissionId) -> Option<(String, Option<String>)> {
    sqlx::query_as(
        "SELECT cs.urgency, cs.escalated_on FROM case_status cs \
         JOIN submissions s ON s.seq = cs.submission_seq WHERE s.public_id = $1",
    )
    .bind(id.as_str())
    .fetch_optional(app.store.pool())
    .await
    .unwrap()
}

/// A PUT as the browser makes it, with `extra` headers; the status code.
pub(crate) async fn put_from_browser(
    app: &TestApp,
    id: &SubmissionId,
    text: &str,
    extra: &[(&str, &str)],
) -> u16 {
    let body = sealed_by_browser(app, id, text).await;
    let (cookie, proof) = session_with_proof(app).await;
    let set = app.recipients().await;
    let mut request = app
        .child_client()
        .put(format!("{}/api/submissions/{id}", app.child))
        .header("cookie", cookie)
        .header("x-proof", proof)
        .header("x-recipient-set", set.set_id)
        .header("content-type", "application/octet-stream");
    for (name, value) in extra {
        request = request.header(*name, *value);
    }
    request.body(body).send().await.unwrap().status().as_u16()
}

#[tokio::test]
async fn not_safe_from_the_browser_starts_urgent_and_escalated_and_nothing_else_does() {
    let app = spawn_app().await;
    let urgent = SubmissionId::generate();
    assert_eq!(
        put_from_browser(&app, &urgent, "words", &[("x-urgent", "1")]).await,
        201
    );
    let (level, escalated) = urgency(&app, &urgent).await.expect("a status row");
    assert_eq!(level, "urgent");
    assert!(escalated.is_some(), "in the safeguarding leads' queue");

    let ordinary = SubmissionId::generate();
    assert_eq!(
        put_from_browser(&app, &ordinary, "words", &[("x-urgent", "0")]).await,
        201
    );
    assert_eq!(urgency(&app, &ordinary).await, None, "a new, normal case");
}

#[tokio::test]
async fn the_no_javascript_form_seals_the_choices_and_marks_not_safe_urgent() {
    let app = spawn_app().await;
    let (id, id_token) = app.nojs_ticket().await;
    let form = [
        ("submission_id", id.as_str()),
        ("form_token", id_token.as_str()),
        ("kind", "unsafe"),
        ("feeling", "scared"),
        ("feeling", "sad"),
        ("wish", "talk"),
        ("place", ""),
        ("text", ""),
    ];
    let r = app
        .child_client()
        .post(format!("{}/send", app.child))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303, "no words, but choices: it is a message");
    let stored = &app.store.submissions().await.unwrap()[0];
    let opened = open(&stored.ciphertext, &app.recovery_identity, &id).unwrap();
    assert_eq!(opened.choices.kind, Some(Kind::Unsafe));
    assert_eq!(opened.choices.feelings, vec![Feeling::Sad, Feeling::Scared]);
    assert_eq!(opened.choices.wishes, vec![Wish::Talk]);
    assert_eq!(opened.text, "");
    assert_eq!(urgency(&app, &id).await.unwrap().0, "urgent");
}

#[tokio::test]
async fn an_empty_or_unknown_choice_is_refused_in_the_childs_language_and_stores_nothing() {
    let app = spawn_app().await;
    let cases: [&[(&str, &str)]; 3] = [
        &[("kind", ""), ("text", "  ")],
        &[("kind", "bogus"), ("text", "hi")],
        &[("kind", "idea"), ("feeling", "<script>"), ("text", "hi")],
    ];
    for fields in cases {
        let (id, id_token) = app.nojs_ticket().await;
        let mut form = vec![
            ("submission_id", id.as_str()),
            ("form_token", id_token.as_str()),
        ];
        form.extend_from_slice(fields);
        let r = app
            .child_client()
            .post(format!("{}/send", app.child))
            .header("accept-language", "es")
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 400, "{fields:?}");
        let page = r.text().await.unwrap();
        assert!(page.contains("lang=\"es\""), "{page}");
        assert!(!page.contains("script>\""), "nothing echoed back");
    }
    let (empty_id, empty_token) = app.nojs_ticket().await;
    let empty = app
        .child_client()
        .post(format!("{}/send", app.child))
        .header("accept-language", "es")
        .form(&[
            ("submission_id", empty_id.as_str()),
            ("form_token", empty_token.as_str()),
            ("text", ""),
        ])
        .send()
        .await
        .unwrap();
    assert!(empty
        .text()
        .await
        .unwrap()
        .contains("Todavía no hay nada para enviar"));
    assert_eq!(app.submission_count().await, 0);
}

#[tokio::test]
async fn help_contacts_reach_the_page_as_tap_to_call_links_in_the_childs_language() {
    let app = spawn_app().await;
    let phone = PhoneNumber::parse("+1 (800) 555-0100").unwrap();
    let labels = [
        ("en".to_owned(), "Child helpline".to_owned()),
        ("es".to_owned(), "Línea de ayuda".to_owned()),
    ];
    app.store.add_help_contact(&phone, &labels).await.unwrap();
    let only_english = PhoneNumber::parse("911").unwrap();
    let english = [("en".to_owned(), "Emergency".to_owned())];
    app.store
        .add_help_contact(&only_english, &english)
        .await
        .unwrap();
    let page = app
        .child_client()
        .get(format!("{}/", app.child))
        .header("accept-language", "es")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("href=\"tel:+18005550100\""), "{page}");
    assert!(page.contains("Línea de ayuda"));
    assert!(
        page.contains("Emergency"),
        "a label missing in Spanish falls back to English"
    );
}

#[tokio::test]
async fn the_help_contacts_cli_refuses_a_bad_number_and_adds_lists_and_removes() {
    let app = spawn_app().await;
    let refused = heard(
        app.data_dir.path(),
        &[
            "help-contacts",
            "add",
            "--phone",
            "javascript:alert(1)",
            "--label",
            "en=x",
        ],
    );
    assert!(!refused.status.success());
    let added = heard(
        app.data_dir.path(),
        &[
            "help-contacts",
            "add",
            "--phone",
            "112",
            "--label",
            "en=Emergency",
        ],
    );
    assert!(added.status.success(), "{added:?}");
    let list = heard(app.data_dir.path(), &["help-contacts", "list"]);
    let listed = String::from_utf8(list.stdout).unwrap();
    assert!(listed.contains("112\tEmergency"), "{listed}");
    let id = listed.split('\t').next().unwrap().trim().to_owned();
    let removed = heard(
        app.data_dir.path(),
        &["help-contacts", "remove", "--id", &id],
    );
    assert!(removed.status.success());
    assert!(app
        .store
        .help_contacts(app::i18n::Lang::default())
        .await
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn quick_exit_ends_the_session_clears_site_data_and_says_nothing_about_heard() {
    let app = spawn_app().await;
    let (cookie, _) = session_with_proof(&app).await;
    let r = app
        .child_client()
        .get(format!("{}/exit", app.child))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let clear = r.headers()["clear-site-data"].to_str().unwrap().to_owned();
    for what in ["\"cookies\"", "\"storage\"", "\"cache\""] {
        assert!(clear.contains(what), "{clear}");
    }
    let body = r.text().await.unwrap();
    assert!(!body.contains("Heard") && !body.contains("heard"), "{body}");

    // Only the child site may ask for the microphone (to record instead of writing).
    let child = app
        .child_client()
        .get(format!("{}/", app.child))
        .send()
        .await
        .unwrap();
    let policy = child.headers()["permissions-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(policy.contains("microphone=(self)"), "{policy}");
    let console = app
        .child_client()
        .get(format!("{}/console/login", app.console))
        .send()
        .await
        .unwrap();
    let policy = console.headers()["permissions-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(policy.contains("microphone=()"), "{policy}");

    let elsewhere = spawn_app_with(Options {
        quick_exit_url: Some("https://www.example.org/".into()),
        ..Options::default()
    })
    .await;
    let r = elsewhere
        .child_client()
        .get(format!("{}/exit", elsewhere.child))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "https://www.example.org/");
    assert!(r.headers().contains_key("clear-site-data"));
}

#[tokio::test]
async fn a_retry_after_the_recipients_changed_is_told_it_arrived_and_makes_no_second_case() {
    let app = spawn_app().await;
    let id = SubmissionId::generate();
    assert_eq!(put_from_browser(&app, &id, "words", &[]).await, 201);
    // A key joins after the first PUT arrived but before its lost answer is retried.
    let newcomer = age::x25519::Identity::generate().to_public().to_string();
    app.store
        .add_recipient(&newcomer, heard::store::RecipientKind::Extra, "new", false)
        .await
        .unwrap();
    let retry = app
        .child_client()
        .put(format!("{}/api/submissions/{id}", app.child))
        .header("x-recipient-set", "the old set")
        .header("content-type", "application/octet-stream")
        .body(sealed_by_browser(&app, &id, "words").await)
        .send()
        .await
        .unwrap();
    assert_eq!(
        retry.status(),
        200,
        "not 409: sealing afresh would make a second case"
    );
    assert_eq!(app.submission_count().await, 1);
}
