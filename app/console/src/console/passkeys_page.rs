//! `/console/passkeys`: the signed-in account's own passkeys — list, add, remove. Adding and
//! removing ask for a fresh second factor (a code, or an existing passkey): a session left open
//! must not be enough to plant a second factor. The ceremonies run in the passkey script.

use super::enrol_page::document_with_passkeys;
use crate::i18n::Lang;
use leptos::prelude::*;

pub struct PasskeyLine {
    pub id: i64,
    pub label: String,
    /// `YYYY-MM-DD`.
    pub created_on: String,
    pub last_used_on: Option<String>,
}

pub struct PasskeysForm {
    pub csrf: String,
    pub nonce: String,
    /// False where this console's address cannot have passkeys (no domain name).
    pub available: bool,
    pub passkeys: Vec<PasskeyLine>,
    /// A translated message about the last change.
    pub notice: Option<String>,
}

/// The attributes every passkey control carries: its status line and translated messages.
fn messages(lang: Lang) -> (String, String, String) {
    (
        lang.t("passkey-working"),
        lang.t("passkey-failed"),
        lang.t("passkey-unsupported"),
    )
}

/// A step-up field: a fresh code, or "use my passkey" (which then submits the form).
pub(crate) fn step_up_fields(lang: Lang, id: &str, csrf: &str) -> impl IntoView {
    view! {
        <label for=id.to_owned()>{lang.t("step-up-code")}</label>
        <input id=id.to_owned() name="code" inputmode="numeric" autocomplete="one-time-code"
            maxlength="6" size="6"/>
        {passkey_confirm(lang, id, csrf)}
    }
}

/// "Use my passkey instead" for the step-up field `code_id`, with its status line.
pub(crate) fn passkey_confirm(lang: Lang, code_id: &str, csrf: &str) -> impl IntoView {
    let (working, failed, unsupported) = messages(lang);
    let status = format!("{code_id}-status");
    view! {
        <button type="button" class="secondary" data-passkey-confirm="" data-csrf=csrf.to_owned()
            data-status=status.clone() data-working=working data-failed=failed
            data-unsupported=unsupported data-done=lang.t("passkey-confirmed")>
            {lang.t("passkey-confirm")}
        </button>
        <span id=status role="status" class="hint"></span>
    }
}

fn row(lang: Lang, csrf: &str, line: PasskeyLine) -> impl IntoView {
    let code_id = format!("remove-code-{}", line.id);
    let never = lang.t("passkeys-never-used");
    view! {
        <tr>
            <td>{line.label.clone()}</td>
            <td>{line.created_on}</td>
            <td>{line.last_used_on.unwrap_or(never)}</td>
            <td>
                <form method="post" action="/console/passkeys/remove" class="inline">
                    <input type="hidden" name="csrf" value=csrf.to_owned()/>
                    <input type="hidden" name="id" value=line.id.to_string()/>
                    {step_up_fields(lang, &code_id, csrf)}
                    <button type="submit">{lang.t("passkeys-remove")}" "{line.label}</button>
                </form>
            </td>
        </tr>
    }
}

pub fn passkeys_document(lang: Lang, form: PasskeysForm) -> String {
    let PasskeysForm {
        csrf,
        nonce,
        available,
        passkeys,
        notice,
    } = form;
    let list = (!passkeys.is_empty()).then(|| {
        let rows = passkeys
            .into_iter()
            .map(|line| row(lang, &csrf, line))
            .collect_view();
        view! {
            <table class="audit">
                <thead>
                    <tr>
                        <th scope="col">{lang.t("passkeys-label")}</th>
                        <th scope="col">{lang.t("passkeys-added")}</th>
                        <th scope="col">{lang.t("passkeys-last-used")}</th>
                        <th scope="col">{lang.t("passkeys-change")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
    });
    let (working, failed, unsupported) = messages(lang);
    let add = available.then(|| {
        view! {
            <h2>{lang.t("passkeys-add-heading")}</h2>
            <form method="post" action="/console/passkeys" data-passkey-register=""
                data-status="add-status" data-working=working data-failed=failed
                data-unsupported=unsupported>
                <input type="hidden" name="csrf" value=csrf.clone()/>
                <label for="label">{lang.t("passkeys-label")}</label>
                <p id="label-hint" class="hint">{lang.t("passkeys-label-hint")}</p>
                <input id="label" name="label" maxlength="40" required=true
                    aria-describedby="label-hint"/>
                {step_up_fields(lang, "add-code", &csrf)}
                <p><button type="submit">{lang.t("passkeys-add")}</button></p>
                <p id="add-status" role="status"></p>
            </form>
        }
    });
    let unavailable = (!available).then(|| view! { <p>{lang.t("passkey-unavailable")}</p> });
    let empty = list
        .is_none()
        .then(|| view! { <p>{lang.t("passkeys-none")}</p> });
    let body = view! {
        <h1>{lang.t("passkeys-title")}</h1>
        <p>{lang.t("passkeys-intro")}</p>
        <p role="status">{notice}</p>
        {unavailable}
        {empty}
        {list}
        {add}
        <p><a href="/console">{lang.t("error-go-back")}</a></p>
    };
    document_with_passkeys(lang, lang.t("passkeys-title"), body, &nonce)
}
