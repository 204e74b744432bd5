//! Console sign-in and sessions: password + single-use TOTP, the session id rotated at sign-in,
//! sign-out destroying the session server-side and needing the CSRF token, idle and absolute
//! timeouts, and throttling per account that locks for a while, never forever.

use crate::support::console::{code, cookie, enrol, PASSWORD};
use crate::support::{spawn_app, spawn_app_with, Options, TestApp};
use heard::accounts::Role;

async fn enrolled(app: &TestApp) -> String {
    enrol(app, "rita", Role::Reviewer).await
}

async fn sign_in(
    app: &TestApp,
    cookie_header: Option<&str>,
    password: &str,
    code: &str,
) -> reqwest::Response {
    crate::support::console::sign_in(app, "rita", password, code, cookie_header).await
}

async fn home(app: &TestApp, cookie_header: &str) -> String {
    let r = app
        .child_client()
        .get(format!("{}/console", app.console))
        .header("cookie", cookie_header)
        .send()
        .await
        .unwrap();
    r.text().await.unwrap()
}

fn csrf_in(page: &str) -> String {
    let start =
        page.find("name=\"csrf\" value=\"").expect("a CSRF field") + "name=\"csrf\" value=\"".len();
    page[start..].split('"').next().unwrap().to_owned()
}

async fn logout(app: &TestApp, cookie_header: &str, csrf: Option<&str>) -> reqwest::Response {
    let form: Vec<(&str, &str)> = csrf.map(|c| vec![("csrf", c)]).unwrap_or_default();
    app.child_client()
        .post(format!("{}/console/logout", app.console))
        .header("cookie", cookie_header)
        .form(&form)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn sign_in_rotates_the_session_and_sign_out_destroys_it() {
    let app = spawn_app().await;
    let secret = enrolled(&app).await;
    let before = app
        .child_client()
        .get(format!("{}/console?lang=en", app.console))
        .send()
        .await
        .unwrap();
    let before = cookie(&before).expect("a session before sign-in");

    let signed = sign_in(&app, Some(&before), PASSWORD, &code(&secret, -1)).await;
    assert_eq!(signed.status(), 303);
    let after = cookie(&signed).expect("a new session cookie");
    assert_ne!(before, after, "the session id is rotated at sign-in");
    let page = home(&app, &after).await;
    assert!(
        page.contains("Signed in as") && page.contains("reviewer"),
        "{page}"
    );
    assert!(
        !home(&app, &before).await.contains("Signed in as"),
        "the old id is worthless"
    );

    let csrf = csrf_in(&page);
    assert_eq!(logout(&app, &after, None).await.status(), 403);
    assert_eq!(logout(&app, &after, Some("forged")).await.status(), 403);
    assert!(
        home(&app, &after).await.contains("Signed in as"),
        "a refused sign-out changes nothing"
    );
    let out = logout(&app, &after, Some(&csrf)).await;
    assert_eq!(out.status(), 303);
    assert!(
        !home(&app, &after).await.contains("Signed in as"),
        "destroyed server-side"
    );

    let actions = app.audit_actions().await;
    assert_eq!(actions, ["account.login", "account.logout"]);
}

#[tokio::test]
async fn wrong_credentials_are_refused_alike_and_throttling_ends() {
    let app = spawn_app().await;
    let secret = enrolled(&app).await;
    let first = sign_in(&app, None, PASSWORD, &code(&secret, -1)).await;
    assert_eq!(first.status(), 303);
    let reused = sign_in(&app, None, PASSWORD, &code(&secret, -1)).await;
    assert_eq!(reused.status(), 400, "a code works once");
    let reused = reused.text().await.unwrap();
    let unknown = app
        .child_client()
        .post(format!("{}/console/login", app.console))
        .form(&[
            ("handle", "nobody"),
            ("password", PASSWORD),
            ("code", "123456"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 400);
    let unknown = unknown.text().await.unwrap();
    assert!(reused.contains("The handle, password or code is not right"));
    assert!(unknown.contains("The handle, password or code is not right"));

    for _ in 0..4 {
        assert_eq!(
            sign_in(&app, None, "wrong password!!", &code(&secret, 0))
                .await
                .status(),
            400
        );
    }
    // Five failures now: even the right credentials are refused while locked, in the same
    // words as a wrong password (a guesser learns nothing of the lock).
    let locked = sign_in(&app, None, PASSWORD, &code(&secret, 0)).await;
    assert_eq!(locked.status(), 400);
    let locked = locked.text().await.unwrap();
    assert!(locked.contains("The handle, password or code is not right"));
    assert!(!locked.to_lowercase().contains("attempts") && !locked.contains("minute"));
    // The lock ends (here: its time has passed), and one slip afterwards does not lock again.
    sqlx::query("UPDATE accounts SET locked_until = 1")
        .execute(app.store.pool())
        .await
        .unwrap();
    assert_eq!(
        sign_in(&app, None, "wrong password!!", &code(&secret, 0))
            .await
            .status(),
        400
    );
    assert_eq!(
        sign_in(&app, None, PASSWORD, &code(&secret, 0))
            .await
            .status(),
        303
    );

    let refused = app
        .store
        .audit_entries()
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "account.login.refused")
        .count();
    assert_eq!(refused, 8, "every refusal is audited");
}

#[tokio::test]
async fn idle_and_absolute_timeouts_end_sessions() {
    let app = spawn_app().await;
    let secret = enrolled(&app).await;
    let signed = sign_in(&app, None, PASSWORD, &code(&secret, -1)).await;
    let session = cookie(&signed).unwrap();
    assert!(home(&app, &session).await.contains("Signed in as"));
    // Idle: the stored session has expired.
    sqlx::query("UPDATE console_sessions SET expiry_date = '2000-01-01 00:00:00'")
        .execute(app.store.pool())
        .await
        .unwrap();
    assert!(!home(&app, &session).await.contains("Signed in as"));

    let strict = spawn_app_with(Options {
        console_session_max_minutes: 0,
        ..Options::default()
    })
    .await;
    let secret = enrolled(&strict).await;
    let signed = sign_in(&strict, None, PASSWORD, &code(&secret, -1)).await;
    assert_eq!(signed.status(), 303);
    assert!(!home(&strict, &cookie(&signed).unwrap())
        .await
        .contains("Signed in as"));
}
