//! The console's sign-in page, rendered on the server. It works without script (handle, password
//! and a code); where this console can have passkeys, the passkey script adds "sign in with a
//! passkey instead of a code".

use super::enrol_page::document_with_passkeys;
use crate::i18n::Lang;
use leptos::prelude::*;

/// How the page is drawn: the response's CSP nonce (for the passkey script) and whether passkeys
/// can be used at this console's address.
pub struct LoginPage {
    pub nonce: String,
    pub passkeys: bool,
}

/// `error` is a translated message about the last attempt.
pub fn login_document(lang: Lang, page: LoginPage, error: Option<String>) -> String {
    let invalid = error.is_some().then_some("true");
    let passkey = page.passkeys.then(|| {
        view! {
            <p class="hint" id="passkey-hint">{lang.t("login-passkey-hint")}</p>
            <p>
                <button type="button" class="secondary" data-passkey-login=""
                    data-status="login-error" data-working=lang.t("passkey-working")
                    data-failed=lang.t("login-failed") data-unsupported=lang.t("passkey-unsupported")
                    aria-describedby="passkey-hint">
                    {lang.t("login-passkey")}
                </button>
            </p>
        }
    });
    let body = view! {
        <h1>{lang.t("login-title")}</h1>
        <p id="login-error" class="error" role="alert">{error}</p>
        <form method="post" action="/console/login">
            <label for="handle">{lang.t("login-handle")}</label>
            <input id="handle" name="handle" type="text" dir="auto" autocomplete="username webauthn"
                autocapitalize="none" spellcheck="false" aria-invalid=invalid
                aria-describedby="login-error"/>
            <label for="password">{lang.t("login-password")}</label>
            <input id="password" name="password" type="password" autocomplete="current-password"/>
            <label for="code">{lang.t("login-code")}</label>
            <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code"
                pattern="[0-9]{6}" maxlength="6"/>
            <p><button type="submit">{lang.t("login-submit")}</button></p>
            {passkey}
        </form>
    };
    document_with_passkeys(lang, lang.t("login-title"), body, &page.nonce)
}
