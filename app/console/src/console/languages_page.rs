//! The admins' languages page (server-rendered; its only script is the passkey one): every child-facing language with who
//! translated it, whether a native speaker checked it, how much is translated, and the language
//! its missing messages are shown in — which an admin can change here, with a fresh code from
//! their own authenticator (step-up).

use super::enrol_page::document_with_passkeys;
use crate::i18n::{Lang, Locale};
use leptos::prelude::*;

/// One language's row.
pub struct LanguageRow {
    pub locale: Locale,
    /// `None`: drafted by machine.
    pub translator: Option<String>,
    pub native_review: bool,
    pub done: usize,
    pub total: usize,
    pub percent: usize,
    pub fallback: Locale,
}

pub struct LanguagesForm {
    pub csrf: String,
    /// The response's CSP nonce, for the passkey script (step-up with a passkey).
    pub nonce: String,
    pub rows: Vec<LanguageRow>,
    /// Languages that may stand in for another (fully translated).
    pub complete: Vec<Locale>,
    /// A translated message about the last change.
    pub notice: Option<String>,
}

/// A language's own name, marked with its own language and direction.
fn own_name(locale: Locale) -> impl IntoView {
    view! { <span lang=locale.code() dir=locale.dir()>{locale.self_name()}</span> }
}

fn fallback_form(
    lang: Lang,
    csrf: String,
    row: &LanguageRow,
    complete: &[Locale],
) -> impl IntoView {
    let options = complete
        .iter()
        .filter(|l| **l != row.locale)
        .map(|l| {
            let selected = *l == row.fallback;
            view! { <option value=l.code() selected=selected lang=l.code()>{l.self_name()}</option> }
        })
        .collect_view();
    let id = format!("fallback-{}", row.locale.code());
    let code_id = format!("code-{}", row.locale.code());
    view! {
        <form method="post" action="/console/languages" class="inline">
            <input type="hidden" name="csrf" value=csrf.clone()/>
            <input type="hidden" name="locale" value=row.locale.code()/>
            <label for=id.clone() class="visually-hidden">
                {lang.t("languages-fallback")}" "{row.locale.self_name()}
            </label>
            <select id=id name="fallback">{options}</select>
            <label for=code_id.clone() class="visually-hidden">
                {lang.t("step-up-code")}" "{row.locale.self_name()}
            </label>
            <input id=code_id.clone() name="code" inputmode="numeric" autocomplete="one-time-code"
                maxlength="6" size="6"/>
            {super::passkeys_page::passkey_confirm(lang, &code_id, &csrf)}
            <button type="submit">{lang.t("languages-save")}</button>
        </form>
    }
}

pub fn languages_document(lang: Lang, form: LanguagesForm) -> String {
    let LanguagesForm {
        csrf,
        nonce,
        rows,
        complete,
        notice,
    } = form;
    let rows = rows
        .iter()
        .map(|r| {
            let translator = r
                .translator
                .clone()
                .unwrap_or_else(|| lang.t("languages-machine"));
            let reviewed = if r.native_review {
                lang.t("languages-reviewed-yes")
            } else {
                lang.t("languages-reviewed-no")
            };
            let coverage = lang.t_args(
                "languages-coverage-value",
                &[
                    ("done", r.done.into()),
                    ("total", r.total.into()),
                    ("percent", r.percent.into()),
                ],
            );
            view! {
                <tr>
                    <td>{own_name(r.locale)}</td>
                    <td><code>{r.locale.code()}</code></td>
                    <td>{translator}</td>
                    <td>{reviewed}</td>
                    <td>{coverage}</td>
                    // English is the source and the last fallback of every language.
                    <td>{(r.locale != Locale::En).then(|| fallback_form(lang, csrf.clone(), r, &complete))}</td>
                </tr>
            }
        })
        .collect_view();
    let body = view! {
        <h1>{lang.t("languages-title")}</h1>
        <p>{lang.t("languages-intro")}</p>
        <p class="hint">{lang.t("languages-step-up")}</p>
        <p role="status">{notice}</p>
        <table class="audit">
            <thead>
                <tr>
                    <th scope="col">{lang.t("languages-name")}</th>
                    <th scope="col">{lang.t("languages-code")}</th>
                    <th scope="col">{lang.t("languages-translator")}</th>
                    <th scope="col">{lang.t("languages-reviewed")}</th>
                    <th scope="col">{lang.t("languages-coverage")}</th>
                    <th scope="col">{lang.t("languages-fallback")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    };
    document_with_passkeys(lang, lang.t("languages-title"), body, &nonce)
}
