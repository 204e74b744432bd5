//! A reviewer registers their age key (made and passphrase-sealed in the browser; here by the
//! same age library): the server keeps only the sealed identity and the public recipient, and
//! new submissions are sealed to the reviewer too.

use crate::support::console::signed_in_as;
use crate::support::{contains, spawn_app, TestApp};
use age::secrecy::{ExposeSecret, SecretString};
use app::sealing::open;
use heard::accounts::Role;
use std::io::{Read, Write};

const PASSPHRASE: &str = "reviewer key passphrase";

/// What the console's script does: a new identity, sealed to a passphrase with age scrypt.
pub(crate) fn new_sealed_identity() -> (String, String, String) {
    let identity = age::x25519::Identity::generate();
    let secret = identity.to_string().expose_secret().to_owned();
    let mut scrypt = age::scrypt::Recipient::new(SecretString::from(PASSPHRASE.to_owned()));
    scrypt.set_work_factor(10);
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&scrypt as &dyn age::Recipient)).unwrap();
    let mut out = vec![];
    let armor =
        age::armor::ArmoredWriter::wrap_output(&mut out, age::armor::Format::AsciiArmor).unwrap();
    let mut writer = encryptor.wrap_output(armor).unwrap();
    writer.write_all(secret.as_bytes()).unwrap();
    writer.finish().and_then(|armor| armor.finish()).unwrap();
    (
        identity.to_public().to_string(),
        String::from_utf8(out).unwrap(),
        secret,
    )
}

fn unseal(armored: &str) -> String {
    let decryptor =
        age::Decryptor::new(age::armor::ArmoredReader::new(armored.as_bytes())).unwrap();
    let identity = age::scrypt::Identity::new(SecretString::from(PASSPHRASE.to_owned()));
    let mut reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .unwrap();
    let mut plain = String::new();
    reader.read_to_string(&mut plain).unwrap();
    plain
}

pub(crate) async fn csrf(app: &TestApp, cookie: &str) -> String {
    let page = app
        .child_client()
        .get(format!("{}/console", app.console))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let start = page.find("name=\"csrf\" value=\"").unwrap() + "name=\"csrf\" value=\"".len();
    page[start..].split('"').next().unwrap().to_owned()
}

pub(crate) async fn put_key(
    app: &TestApp,
    cookie: Option<&str>,
    csrf: Option<&str>,
    recipient: &str,
    sealed: &str,
) -> u16 {
    let mut request = app
        .child_client()
        .put(format!("{}/console/api/key", app.console))
        .json(&serde_json::json!({ "recipient": recipient, "encrypted_identity": sealed }));
    if let Some(c) = cookie {
        request = request.header("cookie", c);
    }
    if let Some(t) = csrf {
        request = request.header("x-csrf-token", t);
    }
    request.send().await.unwrap().status().as_u16()
}

#[tokio::test]
async fn a_registered_reviewer_key_receives_new_submissions() {
    let app = spawn_app().await;
    let cookie = signed_in_as(&app, "rev", Role::Reviewer).await;
    let token = csrf(&app, &cookie).await;
    let (recipient, sealed, secret) = new_sealed_identity();

    assert_eq!(put_key(&app, None, None, &recipient, &sealed).await, 401);
    assert_eq!(
        put_key(&app, Some(&cookie), None, &recipient, &sealed).await,
        403
    );
    assert_eq!(
        put_key(&app, Some(&cookie), Some("forged"), &recipient, &sealed).await,
        403
    );
    assert_eq!(
        put_key(&app, Some(&cookie), Some(&token), "age1nope", &sealed).await,
        400
    );
    let plain_identity = secret.clone();
    assert_eq!(
        put_key(
            &app,
            Some(&cookie),
            Some(&token),
            &recipient,
            &plain_identity
        )
        .await,
        400
    );
    assert!(
        !app.store
            .active_recipients()
            .await
            .unwrap()
            .contains(&recipient),
        "refusals change nothing"
    );

    assert_eq!(
        put_key(&app, Some(&cookie), Some(&token), &recipient, &sealed).await,
        201
    );
    assert_eq!(
        put_key(&app, Some(&cookie), Some(&token), &recipient, &sealed).await,
        409
    );
    assert!(app
        .store
        .active_recipients()
        .await
        .unwrap()
        .contains(&recipient));

    let id = app.send_by_form("for the reviewer").await;
    let stored = &app.store.submissions().await.unwrap()[0];
    let account: i64 = sqlx::query_scalar("SELECT id FROM accounts WHERE handle = 'rev'")
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    let kept = app
        .store
        .encrypted_identity(account)
        .await
        .unwrap()
        .unwrap();
    let identity = unseal(&kept);
    assert_eq!(
        open(&stored.ciphertext, &identity, &id).unwrap().text,
        "for the reviewer"
    );

    for (path, bytes) in app.data_files() {
        assert!(
            !contains(&bytes, &secret),
            "the identity in the clear is in {}",
            path.display()
        );
        assert!(
            !contains(&bytes, PASSPHRASE),
            "the passphrase is in {}",
            path.display()
        );
    }
    let actions = app.audit_actions().await;
    assert!(actions.contains(&"key.register".to_owned()));
}

#[tokio::test]
async fn roles_that_read_no_cases_hold_no_key() {
    let app = spawn_app().await;
    let cookie = signed_in_as(&app, "aud", Role::Auditor).await;
    let token = csrf(&app, &cookie).await;
    let (recipient, sealed, _) = new_sealed_identity();
    assert_eq!(
        put_key(&app, Some(&cookie), Some(&token), &recipient, &sealed).await,
        403
    );
    let refused = app
        .store
        .audit_entries()
        .await
        .unwrap()
        .into_iter()
        .any(|e| e.action == "access.refused" && e.subject == "/console/api/key");
    assert!(refused);
}
