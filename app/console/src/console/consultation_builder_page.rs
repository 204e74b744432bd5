//! The consultation leads' builder, rendered on the server (forms, no script but the passkey
//! one): a new consultation from its definition — checked whole, with the reason in the lead's
//! language when it is refused — and, for one consultation, what was decided ("you said, we
//! did"), closing it early and deleting it (both with a fresh second factor).

use crate::api::console::CONSULTATIONS_PAGE;
use crate::i18n::Lang;
use leptos::prelude::*;

pub struct BuilderForm {
    pub csrf: String,
    pub nonce: String,
    /// The definition as the lead last sent it (or the example to start from).
    pub text: String,
    /// Why it was refused, translated.
    pub error: Option<String>,
}

pub fn new_consultation_document(lang: Lang, form: BuilderForm) -> String {
    let error = form
        .error
        .map(|e| view! { <p class="error" role="alert" id="builder-error">{e}</p> });
    let action = format!("{CONSULTATIONS_PAGE}/new");
    let body = view! {
        <h1>{lang.t("builder-title")}</h1>
        <p>{lang.t("builder-intro")}</p>
        <ul>
            <li>{lang.t("builder-rule-texts")}</li>
            <li>{lang.t("builder-rule-pictures")}</li>
            <li>{lang.t("builder-rule-k")}</li>
        </ul>
        {error}
        <form method="post" action=action>
            <input type="hidden" name="csrf" value=form.csrf/>
            <label for="definition">{lang.t("builder-definition")}</label>
            <textarea id="definition" name="definition" rows="30" spellcheck="false" dir="ltr">
                {form.text}
            </textarea>
            <p><button type="submit">{lang.t("builder-submit")}</button></p>
        </form>
        <p><a href=CONSULTATIONS_PAGE>{lang.t("error-go-back")}</a></p>
    };
    super::enrol_page::document_with_script(lang, lang.t("builder-title"), body, &form.nonce)
}

pub struct ManageForm {
    pub csrf: String,
    pub nonce: String,
    pub id: String,
    pub title: String,
    pub open: bool,
    /// The actions file as last sent (or empty).
    pub actions: String,
    /// What the last change came to (translated), and whether it was refused.
    pub notice: Option<(String, bool)>,
}

pub fn manage_document(lang: Lang, form: ManageForm) -> String {
    let ManageForm {
        csrf,
        nonce,
        id,
        title,
        open,
        actions,
        notice,
    } = form;
    let action = format!("{CONSULTATIONS_PAGE}/{id}/manage");
    let notice = notice.map(|(text, refused)| {
        let (class, role) = if refused {
            ("error", "alert")
        } else {
            ("notice", "status")
        };
        view! { <p class=class role=role id="manage-notice">{text}</p> }
    });
    let close = open.then(|| {
        view! {
            <h2>{lang.t("manage-close-title")}</h2>
            <p>{lang.t("manage-close-hint")}</p>
            <form method="post" action=action.clone()>
                <input type="hidden" name="csrf" value=csrf.clone()/>
                <input type="hidden" name="action" value="close"/>
                {super::passkeys_page::step_up_fields(lang, "close-code", &csrf)}
                <button type="submit">{lang.t("manage-close-submit")}</button>
            </form>
        }
    });
    let body = view! {
        <h1>{title.clone()}</h1>
        {notice}
        <h2>{lang.t("manage-actions-title")}</h2>
        <p>{lang.t("manage-actions-hint")}</p>
        <form method="post" action=action.clone()>
            <input type="hidden" name="csrf" value=csrf.clone()/>
            <input type="hidden" name="action" value="actions"/>
            <label for="actions">{lang.t("manage-actions-label")}</label>
            <textarea id="actions" name="actions" rows="16" spellcheck="false" dir="ltr">
                {actions}
            </textarea>
            <p><button type="submit">{lang.t("manage-actions-submit")}</button></p>
        </form>
        {close}
        <h2>{lang.t("manage-delete-title")}</h2>
        <p>{lang.t("manage-delete-hint")}</p>
        <form method="post" action=action>
            <input type="hidden" name="csrf" value=csrf.clone()/>
            <input type="hidden" name="action" value="delete"/>
            {super::passkeys_page::step_up_fields(lang, "delete-code", &csrf)}
            <button type="submit" class="danger">{lang.t("manage-delete-submit")}</button>
        </form>
        <p><a href=CONSULTATIONS_PAGE>{lang.t("error-go-back")}</a></p>
    };
    super::enrol_page::document_with_passkeys(lang, title, body, &nonce)
}
