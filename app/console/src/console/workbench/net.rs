//! The workbench's calls to the console API: JSON in and out, the CSRF token on every change, and
//! every failure turned into a translated sentence for the reviewer.

use crate::api::console::CSRF_HEADER;
use crate::api::ApiError;
use crate::i18n::Lang;
use gloo_net::http::{Request, RequestBuilder, Response};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// Language and CSRF token of this page. `Copy` so every event handler can hold it: the token
/// is leaked once per page load (a few dozen bytes that live as long as the page anyway).
#[derive(Clone, Copy)]
pub struct Api {
    pub lang: Lang,
    csrf: &'static str,
}

impl Api {
    /// The session's CSRF token, for the passkey script's requests (`data-csrf`).
    pub fn csrf(&self) -> &'static str {
        self.csrf
    }

    pub fn new(lang: Lang, csrf: String) -> Self {
        Self {
            lang,
            csrf: Box::leak(csrf.into_boxed_str()),
        }
    }

    fn unavailable(self) -> String {
        self.lang.t("error-unavailable")
    }

    async fn refusal(self, response: Response) -> String {
        match response.json::<ApiError>().await {
            Ok(error) => error.message,
            Err(_) => self.unavailable(),
        }
    }

    async fn finish(self, request: RequestBuilder) -> Result<Response, String> {
        let response = request
            .header("accept-language", self.lang.code())
            .send()
            .await
            .map_err(|_| self.unavailable())?;
        if response.ok() {
            Ok(response)
        } else {
            Err(self.refusal(response).await)
        }
    }

    pub async fn get<T: DeserializeOwned>(self, path: &str) -> Result<T, String> {
        let response = self.finish(Request::get(path)).await?;
        response.json().await.map_err(|_| self.unavailable())
    }

    /// A state change with a JSON body.
    pub async fn send_json<B: Serialize>(
        self,
        method: &str,
        path: &str,
        body: &B,
    ) -> Result<(), String> {
        let request = match method {
            "PUT" => Request::put(path),
            "DELETE" => Request::delete(path),
            _ => Request::post(path),
        }
        .header(CSRF_HEADER, self.csrf)
        .json(body)
        .map_err(|_| self.unavailable())?;
        let response = request.send().await.map_err(|_| self.unavailable())?;
        if response.ok() {
            Ok(())
        } else {
            Err(self.refusal(response).await)
        }
    }

    /// A state change with ciphertext as the body.
    pub async fn post_bytes(self, path: &str, bytes: &[u8]) -> Result<(), String> {
        self.post_bytes_with(path, bytes, &[]).await
    }

    /// [`Api::post_bytes`] with one more header.
    pub async fn post_bytes_with(
        self,
        path: &str,
        bytes: &[u8],
        headers: &[(&str, &str)],
    ) -> Result<(), String> {
        let mut request = Request::post(path);
        for (name, value) in headers {
            request = request.header(name, value);
        }
        let request = request
            .header(CSRF_HEADER, self.csrf)
            .header("accept-language", self.lang.code())
            .header("content-type", "application/octet-stream")
            .body(js_sys::Uint8Array::from(bytes))
            .map_err(|_| self.unavailable())?;
        let response = request.send().await.map_err(|_| self.unavailable())?;
        if response.ok() {
            Ok(())
        } else {
            Err(self.refusal(response).await)
        }
    }
}

pub use crate::browser::let_the_page_paint;
