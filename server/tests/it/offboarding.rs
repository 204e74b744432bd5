//! Staff come and go: a disabled account's sessions end at once, it cannot sign in, its key
//! receives no new case; every console request re-reads the account's status and role; and a
//! flood of parallel guesses cannot exceed the lock limit.

use crate::support::console::{code, cookie, enrol, sign_in, PASSWORD};
use crate::support::{heard, spawn_app, TestApp};
use heard::accounts::login::MAX_FAILURES;
use heard::accounts::Role;

async fn cases_status(app: &TestApp, cookie: &str) -> u16 {
    app.child_client()
        .get(format!("{}/console/api/cases", app.console))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

async fn recipients_now(app: &TestApp) -> Vec<String> {
    let r = app.recipients().await;
    r.recipients
}

fn actions(entries: Vec<heard::audit::AuditEntry>) -> Vec<String> {
    entries.into_iter().map(|e| e.action).collect()
}

#[tokio::test]
async fn a_disabled_account_loses_its_sessions_its_sign_in_and_new_cases() {
    let app = spawn_app().await;
    let ben = app.staff("ben", Role::Reviewer).await;
    assert_eq!(cases_status(&app, &ben.cookie).await, 200);
    assert!(recipients_now(&app).await.contains(&ben.recipient));

    let out = heard(
        app.data_dir.path(),
        &["accounts", "disable", "--handle", "ben"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    assert_eq!(
        cases_status(&app, &ben.cookie).await,
        401,
        "the session ended"
    );
    assert!(!recipients_now(&app).await.contains(&ben.recipient));
    let id = app.send_by_form("after ben left").await;
    assert!(!app
        .store
        .submission_recipients(&id)
        .await
        .unwrap()
        .contains(&ben.recipient));
    let account = app.store.login_account("ben").await.unwrap().unwrap();
    assert_eq!(account.status, "disabled");
    assert!(actions(app.store.audit_entries().await.unwrap()).contains(&"account.disable".into()));

    let out = heard(
        app.data_dir.path(),
        &["accounts", "enable", "--handle", "ben"],
    );
    assert!(out.status.success());
    assert_eq!(
        cases_status(&app, &ben.cookie).await,
        401,
        "an old session stays ended after enabling"
    );
    assert!(recipients_now(&app).await.contains(&ben.recipient));
    // Unknown and invited handles are refused with nothing changed.
    let out = heard(
        app.data_dir.path(),
        &["accounts", "disable", "--handle", "nobody"],
    );
    assert!(!out.status.success());
}

#[tokio::test]
async fn a_session_does_not_outlive_a_change_of_role() {
    let app = spawn_app().await;
    let ben = app.staff("ben", Role::Reviewer).await;
    sqlx::query("UPDATE accounts SET role = 'auditor' WHERE handle = 'ben'")
        .execute(app.store.pool())
        .await
        .unwrap();
    assert_eq!(cases_status(&app, &ben.cookie).await, 401);
}

async fn accounts_post(app: &TestApp, cookie: &str, form: &[(&str, &str)]) -> (u16, String) {
    let r = app
        .child_client()
        .post(format!("{}/console/accounts", app.console))
        .header("cookie", cookie)
        .form(form)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

fn csrf_in(page: &str) -> String {
    let start = page.find("name=\"csrf\" value=\"").unwrap() + "name=\"csrf\" value=\"".len();
    page[start..].split('"').next().unwrap().to_owned()
}

#[tokio::test]
async fn an_admin_offboards_in_the_console_with_a_fresh_second_factor() {
    let app = spawn_app().await;
    let ben = app.staff("ben", Role::Reviewer).await;
    let secret = enrol(&app, "ada", Role::Admin).await;
    let signed = sign_in(&app, "ada", PASSWORD, &code(&secret, -1), None).await;
    let admin = cookie(&signed).unwrap();
    let page = app
        .child_client()
        .get(format!("{}/console/accounts", app.console))
        .header("cookie", &admin)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("ben"));
    let csrf = csrf_in(&page);

    // No token, a wrong code, a reused code, an unknown action, oneself: refused, nothing changes.
    let base = |code: &'static str| vec![("handle", "ben"), ("action", "disable"), ("code", code)];
    let (status, _) = accounts_post(&app, &admin, &base("000000")).await;
    assert_eq!(status, 403, "no CSRF token");
    let mut wrong = base("000000");
    wrong.push(("csrf", &csrf));
    let (status, body) = accounts_post(&app, &admin, &wrong).await;
    assert_eq!(status, 403);
    assert!(body.contains("That code is not right"));
    let reused = code(&secret, -1);
    let form = [
        ("csrf", csrf.as_str()),
        ("handle", "ben"),
        ("action", "disable"),
        ("code", reused.as_str()),
    ];
    assert_eq!(
        accounts_post(&app, &admin, &form).await.0,
        403,
        "a used code"
    );
    let fresh = code(&secret, 0);
    let myself = [
        ("csrf", csrf.as_str()),
        ("handle", "ada"),
        ("action", "disable"),
        ("code", fresh.as_str()),
    ];
    assert_eq!(accounts_post(&app, &admin, &myself).await.0, 400);
    assert_eq!(
        cases_status(&app, &ben.cookie).await,
        200,
        "nothing changed yet"
    );

    let form = [
        ("csrf", csrf.as_str()),
        ("handle", "ben"),
        ("action", "disable"),
        ("code", fresh.as_str()),
    ];
    let (status, body) = accounts_post(&app, &admin, &form).await;
    assert_eq!(status, 200, "{body}");
    assert!(
        body.contains("is disabled: their sessions have ended"),
        "{body}"
    );
    assert_eq!(cases_status(&app, &ben.cookie).await, 401);
    let refused = sign_in(&app, "ben", PASSWORD, &code(&secret, 1), None).await;
    assert_eq!(refused.status(), 400);

    // Other roles may not.
    let (status, _) = accounts_post(&app, &ben.cookie, &form).await;
    assert_ne!(status, 200);
}

#[tokio::test]
async fn parallel_guesses_cannot_exceed_the_lock_limit() {
    let app = spawn_app().await;
    enrol(&app, "rita", Role::Reviewer).await;
    let mut guesses = tokio::task::JoinSet::new();
    for i in 0..20 {
        let (client, url) = (app.child_client(), format!("{}/console/login", app.console));
        guesses.spawn(async move {
            let password = format!("wrong guess number {i}");
            let form = [
                ("handle", "rita"),
                ("password", &password),
                ("code", "000000"),
            ];
            client.post(url).form(&form).send().await.unwrap().status()
        });
    }
    while let Some(answer) = guesses.join_next().await {
        assert_eq!(answer.unwrap().as_u16(), 400);
    }
    let account = app.store.login_account("rita").await.unwrap().unwrap();
    assert_eq!(
        account.failed_logins, MAX_FAILURES,
        "only {MAX_FAILURES} guesses were checked; the rest found the account locked"
    );
    assert!(account.locked_until > 0);
}
