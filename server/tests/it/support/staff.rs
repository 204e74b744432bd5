//! One client per staff role: an enrolled, signed-in account carrying its session cookie, CSRF
//! token and TOTP secret — and, for the roles that hold a key, a key made and registered as a
//! browser would. Its requests go to the console with the cookie (and the token for changes).

use super::console::{code, cookie, enrol, sign_in, PASSWORD};
use super::TestApp;
use crate::reviewer_keys::{csrf, new_sealed_identity, put_key};
use heard::accounts::Role;
use serde::de::DeserializeOwned;
use serde::Serialize;

pub struct Staff {
    pub account: i64,
    pub role: Role,
    pub cookie: String,
    pub csrf: String,
    /// The key's public recipient and its identity (key holders only; empty otherwise).
    pub recipient: String,
    pub identity: String,
    /// The account's TOTP secret, for step-up codes (each works once).
    pub totp: String,
    pub console: String,
}

impl TestApp {
    /// A new account `handle` with `role`, signed in; key holders also register a key.
    pub async fn staff(&self, handle: &str, role: Role) -> Staff {
        let totp = enrol(self, handle, role).await;
        let signed = sign_in(self, handle, PASSWORD, &code(&totp, -1), None).await;
        assert_eq!(signed.status(), 303, "{handle} signs in");
        let cookie = cookie(&signed).unwrap();
        let token = csrf(self, &cookie).await;
        let (mut recipient, mut identity) = (String::new(), String::new());
        if Role::KEY_HOLDERS.contains(&role) {
            let (r, sealed, i) = new_sealed_identity();
            let put = put_key(self, Some(&cookie), Some(&token), &r, &sealed).await;
            assert_eq!(put, 201, "{handle} registers a key");
            (recipient, identity) = (r, i);
        }
        let account = self.store.login_account(handle).await.unwrap().unwrap().id;
        Staff {
            account,
            role,
            cookie,
            csrf: token,
            recipient,
            identity,
            totp,
            console: self.console.clone(),
        }
    }

    /// The actions of the audit log, oldest first.
    pub async fn audit_actions(&self) -> Vec<String> {
        let entries = self.store.audit_entries().await.unwrap();
        entries.into_iter().map(|e| e.action).collect()
    }
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

impl Staff {
    /// `GET` a console path (e.g. `/console/api/cases`) with the session cookie.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        client()
            .get(format!("{}{path}", self.console))
            .header("cookie", &self.cookie)
            .send()
            .await
            .unwrap()
    }

    /// [`Staff::get`], expecting success and JSON of type `T`.
    pub async fn get_json<T: DeserializeOwned>(&self, path: &str) -> T {
        let response = self.get(path).await;
        assert!(
            response.status().is_success(),
            "GET {path}: {}",
            response.status()
        );
        response.json().await.unwrap()
    }

    /// `POST` JSON with the cookie and the CSRF header.
    pub async fn post_json<T: Serialize + ?Sized>(
        &self,
        path: &str,
        body: &T,
    ) -> reqwest::Response {
        self.send_json(reqwest::Method::POST, path, body).await
    }

    /// JSON by any method, with the cookie and the CSRF header.
    pub async fn send_json<T: Serialize + ?Sized>(
        &self,
        method: reqwest::Method,
        path: &str,
        body: &T,
    ) -> reqwest::Response {
        client()
            .request(method, format!("{}{path}", self.console))
            .header("cookie", &self.cookie)
            .header("x-csrf-token", &self.csrf)
            .json(body)
            .send()
            .await
            .unwrap()
    }

    /// `POST` a form with the cookie and the session's CSRF token as its `csrf` field.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let mut form = vec![("csrf", self.csrf.as_str())];
        form.extend_from_slice(fields);
        client()
            .post(format!("{}{path}", self.console))
            .header("cookie", &self.cookie)
            .form(&form)
            .send()
            .await
            .unwrap()
    }

    /// A TOTP code `offset` steps from now (step-up; each code works once).
    pub fn code(&self, offset: i64) -> String {
        code(&self.totp, offset)
    }
}
