//! One helper per console role: enrol an account and sign it in, returning its session cookie.

use super::TestApp;
use heard::accounts::credentials::{hash_new_password, new_totp_secret};
use heard::accounts::{Handle, Role};
use std::time::Duration;
use totp_rs::{Algorithm, Secret, TOTP};

pub const PASSWORD: &str = "a long enough passphrase";

/// Enrols `handle` with `role` and [`PASSWORD`]; returns the TOTP secret.
pub async fn enrol(app: &TestApp, handle: &str, role: Role) -> String {
    let token = app
        .store
        .invite(
            &Handle::parse(handle).unwrap(),
            role,
            Duration::from_secs(60),
        )
        .await
        .unwrap();
    let secret = new_totp_secret().to_string();
    let phc = hash_new_password(PASSWORD, PASSWORD).unwrap();
    app.store
        .complete_enrolment(&token, &phc, &secret, 0)
        .await
        .unwrap()
        .unwrap();
    secret
}

/// The code for the current step plus `offset` steps (each code works once).
pub fn code(secret: &str, offset: i64) -> String {
    let bytes = Secret::Encoded(secret.to_owned()).to_bytes().unwrap();
    let totp = TOTP::new(Algorithm::SHA1, 6, 0, 30, bytes, None, "x".into()).unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    totp.generate((now + offset * 30) as u64)
}

/// The `name=value` of a response's session cookie, if it sets one.
pub fn cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get("set-cookie")
        .map(|v| v.to_str().unwrap().split(';').next().unwrap().to_owned())
}

pub async fn sign_in(
    app: &TestApp,
    handle: &str,
    password: &str,
    code: &str,
    cookie_header: Option<&str>,
) -> reqwest::Response {
    let mut request = app
        .child_client()
        .post(format!("{}/console/login", app.console))
        .form(&[("handle", handle), ("password", password), ("code", code)]);
    if let Some(c) = cookie_header {
        request = request.header("cookie", c);
    }
    request.send().await.unwrap()
}

/// A signed-in session of a new account with `role`; returns the cookie.
pub async fn signed_in_as(app: &TestApp, handle: &str, role: Role) -> String {
    let secret = enrol(app, handle, role).await;
    let response = sign_in(app, handle, PASSWORD, &code(&secret, -1), None).await;
    assert_eq!(response.status(), 303, "{handle} signs in");
    cookie(&response).unwrap()
}
