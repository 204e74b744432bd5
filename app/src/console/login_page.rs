//! The console's sign-in page, rendered on the server (no script).

use super::enrol_page::document;
use crate::i18n::Lang;
use leptos::prelude::*;

/// `error` is a translated message about the last attempt.
pub fn login_document(lang: Lang, error: Option<String>) -> String {
    let invalid = error.is_some().then_some("true");
    let body = view! {
        <h1>{lang.t("login-title")}</h1>
        <p id="login-error" class="error" role="alert">{error}</p>
        <form method="post" action="/console/login">
            <label for="handle">{lang.t("login-handle")}</label>
            <input id="handle" name="handle" type="text" dir="auto" autocomplete="username"
                autocapitalize="none" spellcheck="false" aria-invalid=invalid
                aria-describedby="login-error"/>
            <label for="password">{lang.t("login-password")}</label>
            <input id="password" name="password" type="password" autocomplete="current-password"/>
            <label for="code">{lang.t("login-code")}</label>
            <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code"
                pattern="[0-9]{6}" maxlength="6"/>
            <p><button type="submit">{lang.t("login-submit")}</button></p>
        </form>
    };
    document(lang, lang.t("login-title"), body)
}
