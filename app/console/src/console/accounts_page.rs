//! The admins' accounts page (server-rendered; its only script is the passkey one): every account with its role and
//! status, and a form to disable (offboard) or enable it. A change asks for a fresh code from the
//! admin's own authenticator (step-up): a session left open on a desk is not enough.

use super::enrol_page::document_with_passkeys;
use crate::i18n::Lang;
use leptos::prelude::*;

pub struct AccountLine {
    pub handle: String,
    /// The role's stable name.
    pub role: String,
    /// `invited`, `active` or `disabled`.
    pub status: String,
}

pub struct AccountsForm {
    pub csrf: String,
    /// The response's CSP nonce, for the passkey script (step-up with a passkey).
    pub nonce: String,
    pub accounts: Vec<AccountLine>,
    /// A translated message about the last change.
    pub notice: Option<String>,
}

fn change_form(lang: Lang, csrf: String, line: &AccountLine) -> impl IntoView {
    let (action, label) = match line.status.as_str() {
        "active" => ("disable", lang.t("accounts-disable")),
        "disabled" => ("enable", lang.t("accounts-enable")),
        _ => return None,
    };
    let code_id = format!("code-{}", line.handle);
    Some(view! {
        <form method="post" action="/console/accounts" class="inline">
            <input type="hidden" name="csrf" value=csrf.clone()/>
            <input type="hidden" name="handle" value=line.handle.clone()/>
            <input type="hidden" name="action" value=action/>
            {super::passkeys_page::step_up_fields(lang, &code_id, &csrf)}
            <button type="submit">{label}" "{line.handle.clone()}</button>
        </form>
    })
}

pub fn accounts_document(lang: Lang, form: AccountsForm) -> String {
    let AccountsForm {
        csrf,
        nonce,
        accounts,
        notice,
    } = form;
    let rows = accounts
        .iter()
        .map(|a| {
            view! {
                <tr>
                    <td>{a.handle.clone()}</td>
                    <td>{lang.t(&format!("role-{}", a.role))}</td>
                    <td>{lang.t(&format!("accounts-status-{}", a.status))}</td>
                    <td>{change_form(lang, csrf.clone(), a)}</td>
                </tr>
            }
        })
        .collect_view();
    let body = view! {
        <h1>{lang.t("accounts-title")}</h1>
        <p>{lang.t("accounts-intro")}</p>
        <p role="status">{notice}</p>
        <table class="audit">
            <thead>
                <tr>
                    <th scope="col">{lang.t("accounts-handle")}</th>
                    <th scope="col">{lang.t("accounts-role")}</th>
                    <th scope="col">{lang.t("accounts-status")}</th>
                    <th scope="col">{lang.t("accounts-change")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    };
    document_with_passkeys(lang, lang.t("accounts-title"), body, &nonce)
}
