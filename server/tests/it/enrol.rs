//! Enrolment through the console: a one-time link, a password (Argon2id) and a TOTP
//! authenticator; translated refusals that change nothing; the link works once.

use crate::support::{contains, log, spawn_app, TestApp};
use heard::accounts::{Handle, InvitationToken, Role};
use std::time::Duration;
use totp_rs::{Algorithm, Secret, TOTP};

async fn invite(app: &TestApp) -> InvitationToken {
    app.store
        .invite(
            &Handle::parse("ana").unwrap(),
            Role::Reviewer,
            Duration::from_secs(3600),
        )
        .await
        .unwrap()
}

fn key_in(page: &str) -> String {
    let start =
        page.find("class=\"totp-key\">").expect("the key is shown") + "class=\"totp-key\">".len();
    page[start..].split('<').next().unwrap().to_owned()
}

fn code_for(key: &str) -> String {
    let bytes = Secret::Encoded(key.to_owned()).to_bytes().unwrap();
    TOTP::new(Algorithm::SHA1, 6, 0, 30, bytes, None, "x".into())
        .unwrap()
        .generate_current()
        .unwrap()
}

async fn status_of(app: &TestApp) -> String {
    app.store.accounts().await.unwrap()[0].status.clone()
}

#[tokio::test]
async fn an_invited_person_enrols_once_with_a_password_and_an_authenticator() {
    let app = spawn_app().await;
    let token = invite(&app).await;
    let url = format!("{}/console/enrol/{}", app.console, token.reveal());
    let client = app.child_client();

    let page = client.get(&url).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    assert!(
        page.contains("Welcome, \u{2068}ana\u{2069}") && page.contains("<svg"),
        "{page}"
    );
    let key = key_in(&page);
    assert_eq!(
        client
            .get(format!("{}/console/enrol/{}", app.child, token.reveal()))
            .send()
            .await
            .unwrap()
            .status(),
        404,
        "the child site has no enrolment"
    );

    let password = crate::support::canary("password");
    let post = |password: String, confirm: String, code: String| {
        let form = [
            ("password", password),
            ("password_confirm", confirm),
            ("totp_key", key.clone()),
            ("code", code),
        ];
        client
            .post(&url)
            .header("accept-language", "es")
            .form(&form)
            .send()
    };
    let wrong_code = post(password.clone(), password.clone(), "000000".into())
        .await
        .unwrap();
    assert_eq!(wrong_code.status(), 400);
    assert!(wrong_code
        .text()
        .await
        .unwrap()
        .contains("Ese código no coincide"));
    let short = post("short".into(), "short".into(), code_for(&key))
        .await
        .unwrap();
    assert_eq!(short.status(), 400);
    assert!(short.text().await.unwrap().contains("demasiado corta"));
    let mismatch = post(password.clone(), format!("{password}!"), code_for(&key))
        .await
        .unwrap();
    assert!(mismatch.text().await.unwrap().contains("no son iguales"));
    assert_eq!(status_of(&app).await, "invited", "refusals change nothing");

    let done = post(password.clone(), password.clone(), code_for(&key))
        .await
        .unwrap();
    assert_eq!(done.status(), 200);
    assert!(done.text().await.unwrap().contains("Tu cuenta está lista"));
    assert_eq!(status_of(&app).await, "active");
    let stored: String = sqlx::query_scalar("SELECT password_hash FROM accounts")
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    assert!(stored.starts_with("$argon2id$"), "{stored}");
    for (path, bytes) in app.data_files() {
        assert!(
            !contains(&bytes, &password),
            "the password is in {}",
            path.display()
        );
    }
    assert!(!log().text().contains(&password));
    let actions = app.audit_actions().await;
    assert_eq!(actions, ["account.enrol"]);

    let again = post(password.clone(), password, code_for(&key))
        .await
        .unwrap();
    assert_eq!(again.status(), 404, "the link works once");
}

#[tokio::test]
async fn an_unknown_link_is_refused_in_the_readers_language() {
    let app = spawn_app().await;
    for token in ["nope", &"0".repeat(64)] {
        let r = app
            .child_client()
            .get(format!("{}/console/enrol/{token}", app.console))
            .header("accept-language", "es")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 404);
        assert!(r.text().await.unwrap().contains("Este enlace no es válido"));
    }
}
