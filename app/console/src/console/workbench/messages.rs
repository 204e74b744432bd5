//! The messages between a case's reviewers and the child: replies written here and sealed in
//! this browser to the child's own recipient and the case's recipients, and what the child added
//! with their return code. Reply templates come in the child's language (the one sealed in the
//! envelope), because the child reads the reply, not the reviewer.

use super::net::Api;
use crate::api::console::{MessageItem, CASES_PATH};
use crate::case_notes::{open_note, seal_note, MAX_NOTE_CHARS};
use crate::domain::SubmissionId;
use crate::i18n::Lang;
use crate::sealing::RecipientSet;
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use leptos::html::Textarea;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Reply templates (translated as `template-<name>`): plain, warm, no blame, no promises.
pub const TEMPLATES: [&str; 5] = ["thanks", "not-your-fault", "tell-more", "working", "done"];

/// Seals `text` about `case` to `recipients` in this browser and posts only the ciphertext to
/// `path` (a note, or a reply). A refusal comes back as a translated message.
pub fn seal_and_post(
    api: Api,
    lang: Lang,
    path: String,
    case: &SubmissionId,
    text: &str,
    recipients: &[String],
) -> Result<impl std::future::Future<Output = Result<(), String>>, String> {
    if text.trim().is_empty() || text.chars().count() > MAX_NOTE_CHARS {
        return Err(lang.t("note-invalid"));
    }
    let sealed = RecipientSet::parse(recipients)
        .ok()
        .and_then(|set| seal_note(case, text, &set).ok())
        .ok_or_else(|| lang.t("error-unavailable"))?;
    Ok(async move { api.post_bytes(&path, sealed.as_bytes()).await })
}

/// One message, opened with the reviewer's key (or a note that it cannot be).
fn message_line(lang: Lang, m: &MessageItem, case: &SubmissionId) -> impl IntoView {
    let text = super::keyring::current()
        .zip(BASE64.decode(&m.ciphertext).ok())
        .and_then(|(identity, bytes)| open_note(&bytes, &identity, case).ok())
        .map(|t| t.to_string())
        .unwrap_or_else(|| lang.t("message-cannot-open"));
    let by = if m.from_child {
        lang.t_args(
            "message-from-child",
            &[("day", m.written_on.clone().into())],
        )
    } else {
        lang.t_args(
            "message-to-child",
            &[
                ("handle", m.author.clone().unwrap_or_default().into()),
                ("day", m.written_on.clone().into()),
            ],
        )
    };
    view! { <li><p class="hint">{by}</p><p class="case-text" dir="auto" lang="">{text}</p></li> }
}

#[component]
pub fn CaseMessages(
    lang: Lang,
    api: Api,
    case_id: String,
    messages: Vec<MessageItem>,
    /// The case's recipients; a reply goes to them and to the child.
    recipients: Vec<String>,
    child_recipient: Option<String>,
    /// The language the child wrote in (templates are offered in it).
    child_lang: Lang,
    reload: RwSignal<u32>,
    /// The panel's status line: it outlives this form, which is drawn again after a reply.
    notice: RwSignal<Option<String>>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let field = NodeRef::<Textarea>::new();
    let Ok(case) = SubmissionId::parse(&case_id) else {
        return ().into_any();
    };
    let lines = messages
        .iter()
        .map(|m| message_line(lang, m, &case))
        .collect_view();
    let Some(child) = child_recipient else {
        return view! {
            <h3>{lang.t("messages-heading")}</h3>
            <p class="hint" id="reply-no-code">{lang.t("reply-no-code")}</p>
        }
        .into_any();
    };
    let use_template = move |ev: leptos::ev::Event| {
        let name = event_target_value(&ev);
        if let (Some(area), false) = (field.get(), name.is_empty()) {
            area.set_value(&child_lang.t(&format!("template-{name}")));
        }
    };
    let path = format!("{CASES_PATH}/{case_id}/replies");
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(area) = field.get() else {
            return;
        };
        let mut to = recipients.clone();
        to.push(child.clone());
        let posting = match seal_and_post(api, lang, path.clone(), &case, &area.value(), &to) {
            Ok(posting) => posting,
            Err(message) => return error.set(Some(message)),
        };
        spawn_local(async move {
            match posting.await {
                Ok(()) => {
                    area.set_value("");
                    error.set(None);
                    notice.set(Some(lang.t("reply-sent")));
                    reload.update(|n| *n += 1);
                }
                Err(message) => error.set(Some(message)),
            }
        });
    };
    let templates = TEMPLATES
        .iter()
        .map(|t| view! { <option value=*t>{child_lang.t(&format!("template-{t}"))}</option> })
        .collect_view();
    view! {
        <h3>{lang.t("messages-heading")}</h3>
        <ul class="notes" id="messages">{lines}</ul>
        <form id="reply" on:submit=send>
            <label for="reply-template">{lang.t("reply-template")}</label>
            <select id="reply-template" on:change=use_template>
                <option value="">{lang.t("reply-template-none")}</option>
                {templates}
            </select>
            <label for="reply-text">{lang.t("reply-label")}</label>
            <p id="reply-hint" class="hint">{lang.t("reply-hint")}</p>
            <textarea id="reply-text" node_ref=field rows="4" dir="auto" lang=child_lang.code()
                aria-describedby="reply-hint" maxlength=MAX_NOTE_CHARS.to_string()></textarea>
            <p class="error" role="alert">{move || error.get()}</p>
            <p><button type="submit">{lang.t("reply-send")}</button></p>
        </form>
    }
    .into_any()
}
