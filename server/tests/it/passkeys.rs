//! Passkeys' abuse cases over HTTP: who may call each endpoint, what a malformed or forged answer
//! gets, that adding one asks for a fresh second factor, and that signing in with a passkey
//! tells a guesser nothing more than the form does and counts towards the same lock. (A real
//! authenticator's ceremonies are tested in Chromium: `tests/e2e/passkeys.test.mjs`.)

use crate::reviewer_keys::csrf;
use crate::support::console::{code, cookie, enrol, sign_in, signed_in_as, PASSWORD};
use crate::support::{spawn_app, TestApp};
use heard::accounts::Role;
use heard::store::NewPasskey;
use serde_json::{json, Value};

async fn post_json(
    app: &TestApp,
    path: &str,
    cookie: Option<&str>,
    csrf: Option<&str>,
    body: &Value,
) -> (u16, Value) {
    let mut request = app
        .child_client()
        .post(format!("{}{path}", app.console))
        .json(body);
    if let Some(c) = cookie {
        request = request.header("cookie", c);
    }
    if let Some(t) = csrf {
        request = request.header("x-csrf-token", t);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// A credential in the browser's JSON shape whose signature nobody made.
fn forged_assertion() -> Value {
    json!({
        "id": "AAAA", "rawId": "AAAA", "type": "public-key",
        "response": { "authenticatorData": "AAAA", "clientDataJSON": "e30", "signature": "AAAA" },
    })
}

fn forged_registration() -> Value {
    json!({
        "id": "AAAA", "rawId": "AAAA", "type": "public-key",
        "response": { "attestationObject": "AAAA", "clientDataJSON": "e30" },
    })
}

#[tokio::test]
async fn adding_a_passkey_asks_for_a_fresh_second_factor_and_a_forged_answer_stores_nothing() {
    let app = spawn_app().await;
    let secret = enrol(&app, "ana", Role::Reviewer).await;
    let ana = cookie(&sign_in(&app, "ana", PASSWORD, &code(&secret, -1), None).await).unwrap();
    let token = csrf(&app, &ana).await;
    let register = "/console/passkeys/register";
    let add = |code: &str| json!({ "label": "work laptop", "code": code });

    // Nobody signed in, no CSRF token, a malformed body, a bad name: refused.
    assert_eq!(post_json(&app, register, None, None, &add("")).await.0, 401);
    assert_eq!(
        post_json(&app, register, Some(&ana), None, &add(""))
            .await
            .0,
        403
    );
    let (status, _) = post_json(&app, register, Some(&ana), Some(&token), &json!([1])).await;
    assert_eq!(status, 400);
    let bad_label = json!({ "label": "", "code": code(&secret, 0) });
    let (status, body) = post_json(&app, register, Some(&ana), Some(&token), &bad_label).await;
    assert_eq!((status, body["error"].as_str()), (400, Some("bad_label")));
    // Without a code or a confirmed passkey, or with a wrong code: no challenge.
    for wrong in ["", "000000"] {
        let (status, body) = post_json(&app, register, Some(&ana), Some(&token), &add(wrong)).await;
        assert_eq!(
            (status, body["error"].as_str()),
            (403, Some("step_up")),
            "{wrong:?}"
        );
        assert!(body.get("publicKey").is_none());
    }

    // A fresh code: a challenge for this console, naming the handle, never the account number.
    let (status, body) = post_json(
        &app,
        register,
        Some(&ana),
        Some(&token),
        &add(&code(&secret, 0)),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let options = &body["publicKey"];
    assert_eq!(options["rp"]["id"], "localhost");
    assert_eq!(options["user"]["name"], "ana");
    assert!(
        options["challenge"].as_str().unwrap().len() >= 43,
        "32 random bytes"
    );
    assert_eq!(
        options["authenticatorSelection"]["userVerification"],
        "required"
    );

    // A forged answer is refused and stores nothing; the challenge is spent either way.
    let answer = "/console/passkeys/register/answer";
    let forged = forged_registration();
    assert_eq!(
        post_json(&app, answer, Some(&ana), Some(&token), &forged)
            .await
            .0,
        400
    );
    assert_eq!(
        post_json(&app, answer, Some(&ana), Some(&token), &forged)
            .await
            .0,
        400
    );
    let account = app.store.login_account("ana").await.unwrap().unwrap().id;
    assert!(app.store.passkeys_of(account).await.unwrap().is_empty());
    let added = app
        .store
        .audit_entries()
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "passkey.add")
        .count();
    assert_eq!(added, 0);
}

#[tokio::test]
async fn a_passkey_confirmation_cannot_be_had_without_a_passkey_or_forged() {
    let app = spawn_app().await;
    let ana = signed_in_as(&app, "ana", Role::Reviewer).await;
    let token = csrf(&app, &ana).await;
    let confirm = "/console/passkeys/confirm";
    assert_eq!(
        post_json(&app, confirm, None, None, &json!({})).await.0,
        401
    );
    assert_eq!(
        post_json(&app, confirm, Some(&ana), None, &json!({}))
            .await
            .0,
        403
    );
    let (status, body) = post_json(&app, confirm, Some(&ana), Some(&token), &json!({})).await;
    assert_eq!((status, body["error"].as_str()), (409, Some("no_passkey")));

    // Ana has a (stored) passkey: a challenge is given, and a forged answer is refused.
    let account = app.store.login_account("ana").await.unwrap().unwrap().id;
    store_placeholder_passkey(&app, account, "cred-ana").await;
    let (status, body) = post_json(&app, confirm, Some(&ana), Some(&token), &json!({})).await;
    assert_eq!(status, 200, "{body}");
    assert!(
        body["publicKey"]["allowCredentials"]
            .as_array()
            .unwrap()
            .len()
            == 1
    );
    let answer = "/console/passkeys/confirm/answer";
    let forged = forged_assertion();
    assert_eq!(
        post_json(&app, answer, Some(&ana), Some(&token), &forged)
            .await
            .0,
        400
    );

    // No confirmation stands, so an action with an empty code is refused.
    let page = app
        .child_client()
        .post(format!("{}/console/passkeys/remove", app.console))
        .header("cookie", &ana)
        .form(&[("csrf", token.as_str()), ("id", "1"), ("code", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 403);
    assert_eq!(app.store.passkeys_of(account).await.unwrap().len(), 1);
}

/// A stored passkey row built from a real credential shape (webauthn-rs's own JSON), with a key
/// nobody holds: enough for challenges and refusals.
async fn store_placeholder_passkey(app: &TestApp, account: i64, credential_id: &str) -> i64 {
    let passkey = include_str!("passkey_placeholder.json");
    assert!(app
        .store
        .add_passkey(NewPasskey {
            account,
            user_uuid: "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b",
            credential_id,
            label: "placeholder",
            passkey,
        })
        .await
        .unwrap());
    app.store
        .passkeys_of(account)
        .await
        .unwrap()
        .last()
        .unwrap()
        .id
}

#[tokio::test]
async fn nobody_removes_another_accounts_passkey_and_a_credential_is_registered_once() {
    let app = spawn_app().await;
    let secret = enrol(&app, "ana", Role::Reviewer).await;
    let ana = cookie(&sign_in(&app, "ana", PASSWORD, &code(&secret, -1), None).await).unwrap();
    let token = csrf(&app, &ana).await;
    let _ben = signed_in_as(&app, "ben", Role::Reviewer).await;
    let ben_account = app.store.login_account("ben").await.unwrap().unwrap().id;
    let bens = store_placeholder_passkey(&app, ben_account, "cred-ben").await;
    // The same credential id cannot be claimed by a second account.
    let ana_account = app.store.login_account("ana").await.unwrap().unwrap().id;
    let again = app
        .store
        .add_passkey(NewPasskey {
            account: ana_account,
            user_uuid: "x",
            credential_id: "cred-ben",
            label: "stolen",
            passkey: "{}",
        })
        .await
        .unwrap();
    assert!(!again);

    // Ana, with a fresh code, asks to remove Ben's passkey: nothing of Ben's changes.
    let response = app
        .child_client()
        .post(format!("{}/console/passkeys/remove", app.console))
        .header("cookie", &ana)
        .form(&[
            ("csrf", token.as_str()),
            ("id", bens.to_string().as_str()),
            ("code", code(&secret, 0).as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    assert_eq!(app.store.passkeys_of(ben_account).await.unwrap().len(), 1);
}

#[tokio::test]
async fn signing_in_with_a_passkey_says_no_more_than_the_form_and_counts_towards_the_lock() {
    let app = spawn_app().await;
    let secret = enrol(&app, "ana", Role::Reviewer).await;
    let _ben = enrol(&app, "ben", Role::Reviewer).await;
    let ben = app.store.login_account("ben").await.unwrap().unwrap().id;
    store_placeholder_passkey(&app, ben, "cred-ben").await;
    let start = "/console/login/passkey";
    let attempt = |handle: &str, password: &str| json!({ "handle": handle, "password": password });

    // Unknown handle, wrong password, right password of an account without a passkey: the same.
    let mut answers = vec![];
    for (handle, password) in [
        ("nobody", PASSWORD),
        ("ana", "wrong password!!"),
        ("ana", PASSWORD),
    ] {
        answers.push(post_json(&app, start, None, None, &attempt(handle, password)).await);
    }
    assert!(answers.iter().all(|a| a == &answers[0]), "{answers:?}");
    assert_eq!(answers[0].0, 400);
    assert_eq!(answers[0].1["error"], "login_failed");

    // Ben's right password gives a challenge for his passkey only; no session is signed in.
    let (status, body) = post_json(&app, start, None, None, &attempt("ben", PASSWORD)).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body["publicKey"]["allowCredentials"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    // An answer without its challenge (no session), and a forged one: refused.
    let answer = "/console/login/passkey/answer";
    assert_eq!(
        post_json(&app, answer, None, None, &forged_assertion())
            .await
            .0,
        400
    );
    assert_eq!(
        post_json(&app, answer, None, None, &json!("x")).await.0,
        400
    );

    // A right password is not a success: five of them lock Ana, and then even her code fails.
    for _ in 0..3 {
        post_json(&app, start, None, None, &attempt("ana", PASSWORD)).await;
    }
    let locked = sign_in(&app, "ana", PASSWORD, &code(&secret, 0), None).await;
    assert_eq!(
        locked.status(),
        400,
        "locked after five password-only attempts"
    );
}

#[tokio::test]
async fn a_flood_of_passkey_sign_ins_gets_refusals_never_errors() {
    let app = spawn_app().await;
    enrol(&app, "ana", Role::Reviewer).await;
    let mut attempts = tokio::task::JoinSet::new();
    for n in 0..24 {
        let (client, url) = (
            app.child_client(),
            format!("{}/console/login/passkey", app.console),
        );
        attempts.spawn(async move {
            let body = json!({ "handle": "ana", "password": format!("guess {n}") });
            client
                .post(url)
                .json(&body)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        });
    }
    let statuses = attempts.join_all().await;
    assert!(
        statuses.iter().all(|s| *s == 400 || *s == 503),
        "{statuses:?}"
    );
    let failures = app.store.login_account("ana").await.unwrap().unwrap();
    assert!(failures.locked_until > 0, "the guesses locked the account");
}
